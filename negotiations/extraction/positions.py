"""Positions: an actor's stance on an issue of the negotiation."""

from __future__ import annotations

from dataclasses import replace

from .analysis import Analysis
from .attribution import subject_before
from .lexicon import (
    CONDITION_CUES,
    ISSUES,
    NEGATIONS,
    NEUTRAL_CUES,
    OPPOSE_CUES,
    SUPPORT_CUES,
)
from .records import PositionRecord

_RESPONSE_STANCE = {
    "accepted": "support",
    "rejected": "oppose",
    "conditional": "conditional",
    "considering": "neutral",
}


def position_stage(a: Analysis) -> Analysis:
    """Stances stated in sentences, plus those implied by answers to proposals."""
    positions: dict[tuple[str, str], PositionRecord] = {}
    for proposal in a.proposals:
        issue = proposal.title
        for r in proposal.responses:
            record = PositionRecord(r.actor, issue, _RESPONSE_STANCE[r.response], r.evidence)
            positions.setdefault((r.actor, issue), record)
    speakers = {}
    starts = {span.start: i for i, span in enumerate(a.sentences)}
    for statement in a.statements:
        speakers.setdefault(starts.get(statement.evidence.start), statement.speaker)
    for s, span in enumerate(a.sentences):
        issue = _issue(span.text.lower())
        if issue is None:
            continue
        for actor, stance in _stances(a, s, speakers):
            record = PositionRecord(actor, issue, stance, span, confidence=0.5)
            positions.setdefault((actor, issue), record)
    return replace(a, positions=tuple(positions.values()))


def _issue(lowered: str) -> str | None:
    return next((name for name, stems in ISSUES.items() if any(s in lowered for s in stems)), None)


def _stances(a: Analysis, s: int, speakers: dict):
    indices = list(a.token_range(a.sentences[s]))
    words = [a.tokens[k].text.lower() for k in indices]
    conditional = bool(set(words) & CONDITION_CUES)
    seen = set()
    for n, k in enumerate(indices):
        stance = _stance(words[n], words[max(0, n - 3) : n], conditional)
        if stance is None:
            continue
        actor, _ = subject_before(a, s, k, speakers)
        actor = actor or speakers.get(s)
        if actor and actor not in seen:
            seen.add(actor)
            yield actor, stance


def _stance(word: str, before: list[str], conditional: bool) -> str | None:
    if word in OPPOSE_CUES:
        return "oppose"
    if word in SUPPORT_CUES:
        if set(before) & NEGATIONS:
            return "oppose"
        return "conditional" if conditional else "support"
    if word in NEUTRAL_CUES:
        return "neutral"
    return None

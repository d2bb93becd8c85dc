"""Positions: an actor's stance on an issue of the negotiation."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Analysis
from .attribution import clause_subject
from .lexicon import (
    ADVOCACY_CUES,
    CONDITION_CUES,
    CONDITION_PHRASES,
    HYPOTHETICAL,
    ISSUES,
    NEGATIONS,
    NEUTRAL_CUES,
    OPPOSE_CUES,
    SUPPORT_CUES,
)
from .proposals import conjuncts
from .records import PositionRecord

_RESPONSE_STANCE = {
    "accepted": "support",
    "rejected": "oppose",
    "conditional": "conditional",
    "considering": "neutral",
}
_STANCE_WORDS = OPPOSE_CUES | ADVOCACY_CUES | SUPPORT_CUES | NEUTRAL_CUES
_FLIPPED = {"support": "oppose", "oppose": "support", "conditional": "oppose", "neutral": "neutral"}
# Issue stems match at the start of a word: "aid" is not in "said", "land" not in "Poland".
_ISSUE_PATTERNS = {
    name: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")
    for name, stems in ISSUES.items()
}


def position_stage(a: Analysis) -> Analysis:
    """Stances implied by answers to proposals, plus those stated by a stance verb's subject."""
    positions: dict[tuple[str, str], PositionRecord] = {}
    answered: set[tuple[str, int]] = set()
    for proposal in a.proposals:
        for r in proposal.responses:
            record = PositionRecord(
                r.actor, proposal.title, _RESPONSE_STANCE[r.response], r.evidence
            )
            positions.setdefault((r.actor, proposal.title), record)
            answered.add((r.actor, r.evidence.start))
    # A stated stance on "the ceasefire" repeats an answer to a ceasefire proposal.
    held = {(q.actor, _issue(q.issue.lower()), q.stance) for q in positions.values()}
    speakers = a.speakers_by_sentence()
    for s, span in enumerate(a.sentences):
        stances = list(_stances(a, s, speakers))
        issue = _issue(span.text.lower()) if stances else None
        if issue is None:
            continue
        for actor, stance in stances:
            if (actor, span.start) not in answered and (actor, issue, stance) not in held:
                record = PositionRecord(actor, issue, stance, span, confidence=0.5)
                positions.setdefault((actor, issue), record)
    return replace(a, positions=tuple(positions.values()))


def _issue(lowered: str) -> str | None:
    return next(
        (name for name, pattern in _ISSUE_PATTERNS.items() if pattern.search(lowered)), None
    )


def _stances(a: Analysis, s: int, speakers: dict):
    span = a.sentences[s]
    indices = a.token_range(span)
    words = [t.lower for t in a.tokens[indices.start : indices.stop]]
    cues = [n for n, word in enumerate(words) if word in _STANCE_WORDS]
    if not cues:
        return
    lowered = span.text.lower()
    conditional = bool(set(words) & CONDITION_CUES) or any(p in lowered for p in CONDITION_PHRASES)
    seen = set()
    for n in cues:
        if set(words[max(0, n - 4) : n]) & HYPOTHETICAL:
            continue
        stance = _stance(words[n], conditional)
        if set(words[max(0, n - 3) : n]) & NEGATIONS:
            stance = _FLIPPED[stance]
        for actor in _holders(a, s, indices[n], speakers):
            if actor not in seen:
                seen.add(actor)
                yield actor, stance


def _holders(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """The subject right before the stance word, with its conjuncts; in a quotation, its speaker."""
    actor = clause_subject(a, s, k, speakers)
    if actor is None:
        quoted = a.in_quote(a.tokens[k].start) and speakers.get(s)
        return [quoted] if quoted else []
    return [*conjuncts(a, a.sentences[s].start, a.tokens[k].start, actor), actor]


def _stance(word: str, conditional: bool) -> str:
    if word in OPPOSE_CUES:
        return "oppose"
    if word in ADVOCACY_CUES:
        return "support"
    if word in SUPPORT_CUES:
        return "conditional" if conditional else "support"
    return "neutral"

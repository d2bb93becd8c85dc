"""Proposals on the table, who put them forward, and how the parties answered."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Analysis
from .attribution import subject_before
from .lexicon import (
    CONDITION_CUES,
    NEGATIONS,
    PROPOSAL_CONTEXT,
    PROPOSAL_MODIFIERS,
    PROPOSAL_NOUNS,
    PROPOSER_VERBS,
    RESPONSE_CUES,
)
from .records import ProposalRecord, ResponseRecord, Span

_NUMBERED = re.compile(r"^\d+[-‐–]?(?:day|hour|week|month|point|phase|stage)s?$", re.IGNORECASE)
# Nouns that need a context word nearby to be about the negotiation at all.
_GENERIC = {
    "deal",
    "agreement",
    "accord",
    "plan",
    "framework",
    "proposal",
    "exchange",
    "swap",
    "mission",
    "zone",
    "pause",
    "halt",
    "withdrawal",
    "disarmament",
}


def proposal_stage(a: Analysis) -> Analysis:
    """Collect proposals, merging repeated mentions of the same one."""
    speakers = {i: s.speaker for i, s in enumerate(_by_sentence(a))}
    proposals: list[ProposalRecord] = []
    for s, span in enumerate(a.sentences):
        for found in _proposals_in(a, s, span, speakers):
            same = next((i for i, p in enumerate(proposals) if _same(p, found)), None)
            if same is None:
                proposals.append(found)
            else:
                proposals[same] = _merge(proposals[same], found)
    return replace(a, proposals=tuple(proposals))


def _by_sentence(a: Analysis):
    starts = {span.start: i for i, span in enumerate(a.sentences)}
    by_index = {}
    for statement in a.statements:
        by_index.setdefault(starts.get(statement.evidence.start), statement)
    return [by_index.get(i) or _NoSpeaker for i in range(len(a.sentences))]


class _NoSpeaker:
    speaker = None


def _proposals_in(a: Analysis, s: int, span: Span, speakers: dict):
    indices = list(a.token_range(span))
    words = {a.tokens[k].text.lower() for k in indices}
    seen: set[str] = set()
    for k in indices:
        noun = a.tokens[k].text.lower()
        kind = PROPOSAL_NOUNS.get(noun)
        if kind is None:
            continue
        modifiers = _modifiers(a, k, indices[0])
        if noun in _GENERIC and not (words & PROPOSAL_CONTEXT or modifiers):
            continue
        title = " ".join([*modifiers, a.tokens[k].text])
        if title.lower() in seen:
            continue
        seen.add(title.lower())
        yield ProposalRecord(
            title=title,
            kind=kind,
            evidence=span,
            proposed_by=_proposer(a, s, k, indices, speakers),
            responses=tuple(_responses(a, s, span, indices, words, speakers)),
            confidence=0.6,
        )


def _modifiers(a: Analysis, k: int, first: int) -> list[str]:
    modifiers: list[str] = []
    j = k - 1
    while j >= first and len(modifiers) < 3:
        word = a.tokens[j].text
        if word.lower() in PROPOSAL_MODIFIERS or _NUMBERED.match(word):
            modifiers.insert(0, word)
            j -= 1
        else:
            break
    return modifiers


def _proposer(a: Analysis, s: int, k: int, indices: list[int], speakers: dict) -> str | None:
    if k > indices[0]:
        mention = a.mention_at(a.tokens[k - 1].start)
        if mention is not None and mention.possessive:
            return mention.actor.name
    for j in indices:
        if a.tokens[j].text.lower() in PROPOSER_VERBS:
            name, _ = subject_before(a, s, j, speakers)
            if name:
                return name
    return None


def _responses(a: Analysis, s: int, span: Span, indices: list[int], words: set[str], speakers):
    conditional = bool(words & CONDITION_CUES)
    answered: set[str] = set()
    for j in indices:
        response = RESPONSE_CUES.get(a.tokens[j].text.lower())
        if response is None:
            continue
        actor, confidence = subject_before(a, s, j, speakers)
        if actor is None or actor in answered:
            continue
        answered.add(actor)
        before = {a.tokens[i].text.lower() for i in range(max(indices[0], j - 3), j)}
        if before & NEGATIONS:
            response = "rejected"
        elif response == "accepted" and conditional:
            response = "conditional"
        yield ResponseRecord(actor, response, span, confidence=confidence)


def _same(old: ProposalRecord, new: ProposalRecord) -> bool:
    if old.kind != new.kind:
        return False
    old_title, new_title = old.title.lower(), new.title.lower()
    return old_title == new_title or old_title.endswith(new_title) or new_title.endswith(old_title)


def _merge(old: ProposalRecord, new: ProposalRecord) -> ProposalRecord:
    known = {r.actor for r in old.responses}
    longer = old.title if len(old.title) >= len(new.title) else new.title
    return replace(
        old,
        title=longer,
        proposed_by=old.proposed_by or new.proposed_by,
        responses=old.responses + tuple(r for r in new.responses if r.actor not in known),
    )

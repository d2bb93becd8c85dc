"""Positions: an actor's stance on an issue of the negotiation."""

from __future__ import annotations

from dataclasses import replace

from .analysis import Analysis
from .grammar import (
    clause_subject,
    conjuncts,
    first_subject,
    is_conditional,
    is_hypothetical,
    is_negated,
    is_passive,
)
from .issues import first_issue, issue_mentions
from .lexicon import (
    ADVOCACY_CUES,
    HYPOTHETICAL,
    LIGHT_VERBS,
    NEGATED_STANCES,
    NEUTRAL_CUES,
    OPPOSE_CUES,
    OPPOSE_NOUNS,
    OPPOSE_VERDICTS,
    STANCE_PHRASES,
    STOP_WORDS,
    SUPPORT_CUES,
    SUPPORT_NOUNS,
    SUPPORT_VERDICTS,
    THREAT_CUES,
)
from .records import PositionRecord
from .vocabulary import RESPONSE_STANCES

# Stance nouns take their issue after them: "its opposition to sanctions".
_NOUNS = SUPPORT_NOUNS | OPPOSE_NOUNS
# Words whose holder may be a possessor, a light verb's subject or the speaker.
_VERDICTS = OPPOSE_VERDICTS | SUPPORT_VERDICTS
# Words that may follow a predicative verdict ("essential for", "unacceptable to").
_LINKS = {"to", "for", "and", "but", "that", "because", "as", "in", "under", "if", "unless"}
_HELD_WORDS = _NOUNS | OPPOSE_VERDICTS | SUPPORT_VERDICTS | {"conditions", "preconditions", "terms"}
_FLIPPED = {"support": "oppose", "oppose": "support", "conditional": "oppose", "neutral": "neutral"}
# A word's stance kind in one lookup; where the lists overlap, the later entries win.
_CUE_KIND = {
    word: kind
    for kind, words in (
        ("neutral", NEUTRAL_CUES),
        ("threat", THREAT_CUES),
        ("advocacy", SUPPORT_VERDICTS),
        ("support", SUPPORT_CUES | SUPPORT_NOUNS),
        ("advocacy", ADVOCACY_CUES),
        ("oppose", OPPOSE_CUES | OPPOSE_NOUNS | OPPOSE_VERDICTS),
    )
    for word in words
}
_PHRASE_STARTS = frozenset(phrase.split()[0] for phrase in STANCE_PHRASES)


def position_stage(a: Analysis) -> Analysis:
    """Stances implied by answers to proposals, plus those stated by a stance word's holder."""
    positions: dict[tuple[str, str], PositionRecord] = {}
    answered: set[tuple[str, int]] = set()
    for proposal in a.proposals:
        for r in proposal.responses:
            stance = RESPONSE_STANCES[r.response]
            record = PositionRecord(
                r.actor, proposal.title, stance, r.evidence, proposal=proposal.title
            )
            positions.setdefault((r.actor, proposal.title), record)
            answered.add((r.actor, r.evidence.start))
    # A stated stance on "the ceasefire" repeats an answer to a ceasefire proposal.
    issues = a.registry.issues
    held = {(q.actor, first_issue(q.issue.lower(), issues), q.stance) for q in positions.values()}
    speakers = a.speakers_by_sentence()
    for s, span in enumerate(a.sentences):
        for actor, issue, stance in _stances(a, s, speakers):
            if (actor, span.start) not in answered and (actor, issue, stance) not in held:
                named = any(m.actor.name == actor for m in a.mentions_in(span.start, span.end))
                sure = 0.6 if named else 0.45  # a holder named in the sentence is surer
                record = PositionRecord(actor, issue, stance, span, confidence=sure)
                positions.setdefault((actor, issue), record)
    return replace(a, positions=tuple(positions.values()))


def _issue_for(issues, start: int, end: int, object_only: bool) -> tuple[int, str] | None:
    """The issue a stance word is about: the first named after it, else the last before it."""
    after = next((i for i in issues if i[0] >= end), None)
    if after is not None or object_only:
        return after
    before = [i for i in issues if i[0] < start]
    return before[-1] if before else None


def _cues(words: list[str]):
    """Stance words as (index, width, kind); a phrase outranks the single words in it."""
    n = 0
    while n < len(words):
        for width in (3, 2) if words[n] in _PHRASE_STARTS else ():
            phrase = " ".join(words[n : n + width])
            if phrase in STANCE_PHRASES:
                yield n, width, STANCE_PHRASES[phrase]
                n += width
                break
        else:
            kind = _kind(words[n])
            if kind is not None:
                yield n, 1, kind
            n += 1


def _kind(word: str) -> str | None:
    return _CUE_KIND.get(word)


def _stances(a: Analysis, s: int, speakers: dict):
    span = a.sentences[s]
    indices = a.token_range(span)
    words = [t.lower for t in a.tokens[indices.start : indices.stop]]
    cues = list(_cues(words))
    lowered = span.text.lower()
    issues = issue_mentions(lowered, a.registry.issues) if cues else []
    if not issues:
        return
    conditional = is_conditional(words, lowered)
    seen, holders = set(), []
    for n, width, kind in cues:
        if is_hypothetical(words, n):
            continue
        first, last = a.tokens[indices[n]], a.tokens[indices[n + width - 1]]
        if words[n] in _VERDICTS and _attributive(a, indices, n):
            continue  # "essential points": a verdict only when predicated of its issue
        object_only = width > 1 or words[n] in _NOUNS | THREAT_CUES
        found = _issue_for(issues, first.start - span.start, last.end - span.start, object_only)
        if found is None:
            continue
        at, issue = found
        if words[n] in THREAT_CUES and len(lowered[last.end - span.start : at].split()) > 3:
            continue  # a threat's measure is its object: "threatened (to impose) sanctions"
        if kind == "threat":
            # "threatened sanctions if Moscow did not halt": the threat holds only then.
            later = words[n + width :]
            kind = "conditional" if set(later) & HYPOTHETICAL else "advocacy"
        stance = _stance(kind, conditional)
        if is_negated(words, n):
            stance = NEGATED_STANCES.get(" ".join(words[n : n + width]), _FLIPPED[stance])
        if _stopped(lowered[last.end - span.start : at]):
            stance = _FLIPPED[stance]
        # "rejected X but backed Y": the second verb shares the first one's subject.
        shared = n > 0 and words[n - 1] in {"and", "but"}
        holders = _holders(a, s, indices[n], speakers) or (
            (holders or _first_holder(a, s, indices[n], speakers)) if shared else []
        )
        for actor in holders:
            if (actor, issue) not in seen:
                seen.add((actor, issue))
                yield actor, issue, stance


def _stopped(between: str) -> bool:
    """ "demanded a halt to sanctions": a stop word just before the issue turns the stance."""
    return bool({w.strip(".,;:\"'“”") for w in between.split()[-4:]} & STOP_WORDS)


def _holders(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """The subject right before the stance word, with its conjuncts; in a quotation, its speaker."""
    actor = clause_subject(a, s, k, speakers)
    if actor is None and a.tokens[k].lower in _HELD_WORDS:
        actor = _noun_holder(a, s, k, speakers)
    if actor is None:
        quoted = a.in_quote(a.tokens[k].start) and speakers.get(s)
        passive = a.tokens[k].lower.endswith("ed") and is_passive(a, s, k)
        return [quoted] if quoted and not passive else []
    return [*conjuncts(a, a.sentences[s].start, a.tokens[k].start, actor), actor]


def _attributive(a: Analysis, indices: range, n: int) -> bool:
    """An adjective right before a lower-case word that is no preposition or conjunction."""
    if n + 1 >= len(indices):
        return False
    word, after = a.tokens[indices[n]], a.tokens[indices[n + 1]]
    adjacent = not a.document.text[word.end : after.start].strip()
    return adjacent and after.text.isalpha() and after.text.islower() and after.lower not in _LINKS


def _first_holder(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """ "…, but he dug in and demanded X": a verb after "and" shares the sentence's subject."""
    actor = first_subject(a, s, k, speakers)
    return [actor] if actor else []


def _noun_holder(a: Analysis, s: int, k: int, speakers: dict) -> str | None:
    """Who holds "expressed its opposition", "Putin set out Russia's conditions", "Egypt's
    readiness": the light verb's subject, else the possessor, else the sentence's speaker."""
    first = a.token_range(a.sentences[s]).start
    possessor = None
    for j in range(k - 1, max(first, k - 5) - 1, -1):
        owner = a.mention_at(a.tokens[j].start)
        if owner is not None and owner.possessive and possessor is None:
            possessor = owner.actor.name
        if a.tokens[j].lower in LIGHT_VERBS:
            return clause_subject(a, s, j, speakers) or possessor or speakers.get(s)
    return possessor or speakers.get(s)


def _stance(kind: str, conditional: bool) -> str:
    if kind == "advocacy":
        return "support"
    if kind == "support" and conditional:
        return "conditional"
    return kind

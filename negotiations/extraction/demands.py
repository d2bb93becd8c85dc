"""A side's condition for accepting a plan is a plan of its own: "the army would accept the
truce only if the RSF pulled back from the city" puts an RSF pull-back on the table, the
army's; so does "accepted the truce but insisted that Hezbollah disarm". The stage reads the
condition or demand clauses of the sentences holding an answer the proposal stage found, and
keeps one when it states an act a plan is made of (a withdrawal, a release, a disarmament)."""

from __future__ import annotations

from .analysis import Analysis
from .grammar import breaks_after
from .lexicon import (
    ARTICLES,
    CONDITION_LINKS,
    CONDITION_NOUNS,
    CONJUNCTIONS,
    DEMAND_ACT_PARTICLES,
    DEMAND_ACTS,
    DEMAND_VERBS,
    PLAN_ACT_NOUNS,
    PREPOSITIONS,
    PROPOSAL_NOUNS,
    STANCE_CONDITION_OPENERS,
)
from .records import ProposalRecord
from .scope import kind_family

# How many words a condition clause may run before its act: "if RSF units on the city's
# southern approaches pulled back".
_ACT_REACH = 8
# How many words of the act's own phrase a demand's title keeps, and the words it cannot end on.
_TITLE_WORDS = 8
_LOOSE_ENDS = ARTICLES | PREPOSITIONS | CONJUNCTIONS
# Marks that end a condition clause before its act; brackets only set off a name's acronym
# ("only if the Rapid Support Forces (RSF) pulled back").
_ACT_BREAKS = (",", "—", "–", " - ", ";")


def demand_stage(a: Analysis) -> Analysis:
    """Add the plans that answers set as their condition."""
    sentence_at = {span.start: s for s, span in enumerate(a.sentences)}
    demands: list[ProposalRecord] = []
    for proposal in a.proposals:
        for response in proposal.responses:
            s = sentence_at.get(response.evidence.start)
            if s is None:
                continue
            demand = _condition_plan(a, s, response.actor)
            if demand is not None and not _known(demand, [*a.proposals, *demands]):
                demands.append(demand)
    return a.replaced(proposals=a.proposals + tuple(demands)) if demands else a


def _known(demand: ProposalRecord, proposals: list[ProposalRecord]) -> bool:
    """Already found: the side's plan of that kind, or a plan of its kind in that sentence."""
    family = kind_family(demand.kind)
    return any(
        kind_family(p.kind) == family
        and (p.proposed_by == demand.proposed_by or p.evidence == demand.evidence)
        for p in proposals
    )


def _condition_plan(a: Analysis, s: int, side: str) -> ProposalRecord | None:
    words, lemmas = a.words(s), a.lemmas(s)
    first = a.sentence_tokens[s].start
    for o in _openers(words, lemmas):
        found = _act(words, lemmas, o + 1, first, a)
        if found is None:
            continue
        start, act, kind = found
        if side in _sides_named(a, first + start, first + act):
            continue  # "only if we withdraw" is the side's offer, not its demand
        end = _phrase_end(a, first, act, len(words))
        span = a.sentences[s]
        title = a.document.text[a.tokens[first + start].start : a.tokens[first + end].end]
        return ProposalRecord(
            title=title, kind=kind, evidence=span, proposed_by=side, confidence=0.55
        )
    return None


def _openers(words: list[str], lemmas: list[str]) -> list[int]:
    """Where condition clauses open: "only if", "once", "provided", "on condition that",
    "conditional on", "demanded that"."""
    found = []
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in STANCE_CONDITION_OPENERS:
            found.append(i + (after == "that"))
        elif _opens_demand(w, lemmas[i], after):
            found.append(i + 1)
    return found


def _opens_demand(word: str, lemma: str, after: str) -> bool:
    conditioning = word in CONDITION_NOUNS or word == "conditional"
    demanding = lemma in DEMAND_VERBS and after == "that"
    return (conditioning and after in CONDITION_LINKS) or demanding


def _sides_named(a: Analysis, start: int, end: int) -> set[str]:
    """The sides named in tokens start to end, people as the state they act for."""
    sides = set()
    for k in range(start, end + 1):
        mention = a.mention_at(a.tokens[k].start)
        if mention is not None:
            sides |= {mention.actor.name, mention.actor.affiliation} - {None}
    return sides


def _act(words, lemmas, start: int, first: int, a: Analysis) -> tuple[int, int, str] | None:
    """The clause's act: its first token, the act word and the plan kind it makes."""
    while start < len(words) and words[start] in ARTICLES:
        start += 1
    for k in range(start, min(start + _ACT_REACH, len(words))):
        lemma, after = lemmas[k], words[k + 1] if k + 1 < len(words) else ""
        particles = DEMAND_ACT_PARTICLES.get(lemma)
        if lemma in DEMAND_ACTS and (particles is None or after in particles):
            return start, k + (particles is not None), DEMAND_ACTS[lemma]
        if words[k] in PLAN_ACT_NOUNS and words[k] in PROPOSAL_NOUNS:
            return start, k, PROPOSAL_NOUNS[words[k]]
        if k > start and breaks_after(a, first + k - 1, _ACT_BREAKS):
            return None
    return None


def _phrase_end(a: Analysis, first: int, act: int, count: int) -> int:
    """The last word of the act's phrase: up to a clause mark, a few words on at most."""
    end = act
    while end + 1 < min(count, act + _TITLE_WORDS) and not breaks_after(a, first + end):
        end += 1
    while end > act and a.tokens[first + end].lower in _LOOSE_ENDS:
        end -= 1
    return end

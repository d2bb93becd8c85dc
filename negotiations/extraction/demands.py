"""A side's condition for accepting a plan is a plan of its own: "the army would accept the
truce only if the RSF pulled back from the city" puts an RSF pull-back on the table, the
army's; so does "accepted the truce but insisted that Hezbollah disarm", and a side's demand
spelt out ("the army's main demand – that RSF units pull back"). The stage reads the condition
or demand clauses of the sentences holding an answer the proposal stage found, and the demand
nouns a side owns, and keeps one when it states an act a plan is made of (a withdrawal, a
release, a disarmament)."""

from __future__ import annotations

from dataclasses import replace

from .analysis import Analysis
from .coreference import state_of
from .grammar import breaks_after, subjects
from .lexicon import (
    ARTICLES,
    CONDITION_LINKS,
    CONDITION_NOUNS,
    CONJUNCTIONS,
    COUNTER_DEMANDS,
    DEMAND_ACT_PARTICLES,
    DEMAND_ACTS,
    DEMAND_NOUN_LINKS,
    DEMAND_VERBS,
    MODALS,
    PLAN_ACT_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PROPOSAL_NOUNS,
    PROPOSAL_TERMS_NOUNS,
    RELATIVES,
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
# Marks after a demand noun that open what it asks for: "main demand – that…", "condition: a…".
_SPELLED_OUT = ("—", "–", " - ", ":")
_OWNER_REACH = 3  # words from a possessive to its demand noun ("the army's main demand")
# Nouns (lemmas) of what a side asks for before it agrees ("the army's main demand", "Baku's
# core condition", "Hamas's terms").
_DEMAND_NOUNS = CONDITION_NOUNS | PROPOSAL_TERMS_NOUNS
# Verbs (lemmas) of asking another side to act ("wants the RSF to withdraw"), and how many
# words their object may take before its "to".
_ASKING_VERBS = (DEMAND_VERBS | COUNTER_DEMANDS) - MODALS
_OBJECT_REACH = 4


def demand_stage(a: Analysis) -> Analysis:
    """Add the plans that answers set as their condition, and those a side's demand or
    condition names."""
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
    proposals = list(a.proposals)
    speakers = a.speakers_by_sentence()
    for s in range(len(a.sentences)):
        demand = _owned_demand(a, s, speakers)
        if demand is None:
            continue
        # The plan stage may have found the act as a plan with no one putting it forward.
        found = next((n for n, p in enumerate(proposals) if _unowned_same(p, demand)), None)
        if found is not None:
            proposals[found] = replace(proposals[found], proposed_by=demand.proposed_by)
        elif not _known(demand, [*proposals, *demands]):
            demands.append(demand)
    return a.replaced(proposals=tuple(proposals) + tuple(demands))


def _unowned_same(plan: ProposalRecord, demand: ProposalRecord) -> bool:
    same_kind = kind_family(plan.kind) == kind_family(demand.kind)
    return same_kind and plan.evidence == demand.evidence and plan.proposed_by is None


def _owned_demand(a: Analysis, s: int, speakers: dict[int, str]) -> ProposalRecord | None:
    """ "the army's main demand – that RSF units pull back", "Baku's core condition: a
    withdrawal of Armenian troops": the act a side's demand noun spells out, the side's plan."""
    words, lemmas = a.words(s), a.lemmas(s)
    if _DEMAND_NOUNS.isdisjoint(lemmas):
        return None
    first = a.sentence_tokens[s].start
    for n, lemma in enumerate(lemmas):
        if lemma not in _DEMAND_NOUNS or n + 1 >= len(words):
            continue
        side = _owner(a, first, n, speakers.get(s))
        opens = breaks_after(a, first + n, _SPELLED_OUT) or words[n + 1] in DEMAND_NOUN_LINKS
        if side is None or not opens:
            continue
        start = n + 1 + (words[n + 1] in DEMAND_NOUN_LINKS) + (words[n + 2 : n + 3] == ["that"])
        demand = _demand_from(a, s, start, side)
        if demand is not None:
            return demand
    return None


def _owner(a: Analysis, first: int, n: int, speaker: str | None) -> str | None:
    """The side whose possessive stands a few words before the noun at word n ("the SAF's
    core condition"; "its main demand", the speaker's), its state when a person."""
    for k in range(first + n - 1, max(first - 1, first + n - 1 - _OWNER_REACH), -1):
        if a.tokens[k].lower in POSSESSIVE_PRONOUNS:
            return state_of(a, speaker) if speaker else None
        mention = a.mention_at(a.tokens[k].start)
        if mention is not None:
            return state_of(a, mention.actor.name) if mention.possessive else None
    return None


def _known(demand: ProposalRecord, proposals: list[ProposalRecord]) -> bool:
    """Already found: the side's plan of that kind, or a plan of its kind in that sentence."""
    family = kind_family(demand.kind)
    return any(
        kind_family(p.kind) == family
        and (p.proposed_by == demand.proposed_by or p.evidence == demand.evidence)
        for p in proposals
    )


def _condition_plan(a: Analysis, s: int, side: str) -> ProposalRecord | None:
    lemmas = a.lemmas(s)
    for o in _openers(a.words(s), lemmas):
        if lemmas[o] in _ASKING_VERBS and not _asked_by(a, s, o, side):
            continue
        demand = _demand_from(a, s, o + 1, side)
        if demand is not None:
            return demand
    return None


def _demand_from(a: Analysis, s: int, start: int, side: str) -> ProposalRecord | None:
    """The plan of the act a clause from word `start` demands of another side, if any."""
    words, first = a.words(s), a.sentence_tokens[s].start
    found = _act(words, a.lemmas(s), start, first, a)
    if found is None:
        return None
    start, act, kind = found
    if side in _sides_named(a, first + start, first + act):
        return None  # "only if we withdraw" is the side's offer, not its demand
    end = _phrase_end(a, first, act, len(words))
    title = a.document.text[a.tokens[first + start].start : a.tokens[first + end].end]
    return ProposalRecord(
        title=title, kind=kind, evidence=a.sentences[s], proposed_by=side, confidence=0.55
    )


def _openers(words: list[str], lemmas: list[str]) -> list[int]:
    """Where condition clauses open: "only if", "once", "provided", "on condition that",
    "conditional on", "demanded that", "wants the RSF to withdraw"."""
    found = []
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in STANCE_CONDITION_OPENERS:
            found.append(i + (after == "that"))
        elif _opens_demand(w, lemmas[i], after):
            found.append(i + 1)
        elif _asks_of_another(words, lemmas, i):
            found.append(i)
    return found


def _asked_by(a: Analysis, s: int, verb: int, side: str) -> bool:
    """Whether the side answering is who asks at word `verb`: its subject, or the subject it
    shares with the answer ("accepted the treaty but wants Armenia to…"); not an antecedent
    of a relative ("accepted by the RSF and by the army, which wants…")."""
    if a.words(s)[verb - 1] in RELATIVES:
        return False
    asking = subjects(a, s, a.sentence_tokens[s].start + verb, {})
    return not asking or side in {name for n in asking for name in (n, state_of(a, n))}


def _asks_of_another(words: list[str], lemmas: list[str], i: int) -> bool:
    """ "which wants the paramilitary to withdraw first", "demanded Armenia to pull out": a
    demand of another side's act, its object then an infinitive."""
    if lemmas[i] not in _ASKING_VERBS or i + 1 >= len(words) or words[i + 1] == "to":
        return False
    return "to" in words[i + 2 : i + 2 + _OBJECT_REACH]


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

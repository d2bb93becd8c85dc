"""Proposals on the table, who put them forward, and how the parties answered."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .actors import lemma_of
from .analysis import Analysis
from .coreference import main_sides, state_of
from .grammar import (
    CLAUSE_MARKS,
    clause_end,
    conjuncts,
    demanded_beside,
    first_subject,
    follows_name,
    governing_verb,
    in_title_case,
    is_adverbial_once,
    is_conditional,
    is_hypothetical,
    is_ing_form,
    is_negated,
    is_passive,
    is_past,
    is_speculative,
    is_unasserted,
    is_unrealised,
    mention_after,
    neither_nor,
    passive_agents,
    past_time_phrase,
    reads_as_verb,
    subject_before,
    subjects,
)
from .lexicon import (
    ACT_DONE_VERBS,
    ANAPHORIC_DETERMINERS,
    ANSWER_FAILURES,
    ANSWER_GOVERNORS,
    ANSWER_MANNERS,
    ANSWER_PACE_WORDS,
    ANSWER_PRONOUN_PREPOSITIONS,
    ARTICLES,
    BE_AUXILIARIES,
    BE_FORMS,
    BODY_FOUNDING_VERBS,
    BODY_LEADING_VERBS,
    CLAUSE_REFUSAL_CONDITIONS,
    COMMERCE_MODIFIERS,
    COMMITMENT_ADJECTIVES,
    COMMITMENT_MODALS,
    COMPLEMENT_SCOPES,
    CONDITION_CLAUSES,
    CONDITION_CUES,
    CONDITION_NOUNS,
    CONDITION_OPENERS,
    CONDITION_PHRASES,
    CONTACT_VERBS,
    CONTRASTS,
    COORDINATORS,
    DAY_WORDS,
    DECISION_VERBS,
    DEMAND_ACT_PARTICLES,
    DEMAND_ACTS,
    DENIAL_VERBS,
    DEPENDENCE_PREPOSITIONS,
    DEPENDENCE_VERBS,
    EXISTENTIAL_REFUSALS,
    FINITE_AUXILIARIES,
    FINITE_BE,
    FINITE_HAVE,
    FRAMEWORK_PREPOSITIONS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    HISTORY_PREPOSITIONS,
    INDEFINITE_ARTICLES,
    JOINT_NOUNS,
    JUDGED_OBJECT_REACH,
    JUDGING_RESPONSES,
    JUDGING_VERBS,
    KIND_ANAPHORS,
    LAST_YEAR,
    LIGHT_VERBS,
    MEDIATION_NOUNS,
    MEDIATION_VERBS,
    MEETING_WORDS,
    MODALS,
    MONTHS,
    MUTUAL_RESPONSES,
    NAMED_THING_PRONOUN,
    NAMING_VERBS,
    NEGATIONS,
    NOBODY_DETERMINERS,
    NOUN_MARKERS,
    NUMBER_WORDS,
    OBLIGATION_PREDICATES,
    OFFER_MAKING_VERB,
    OFFER_SOURCE_PREPOSITIONS,
    OPEN_ISSUE_NOUNS,
    OPEN_KINDS,
    OPPOSE_VERDICTS,
    OUTCOME_PHRASES,
    OUTCOME_VERBS,
    PART_WORDS,
    PARTICIPATION_PHRASES,
    PASSIVE_AGENT_PREPOSITIONS,
    PERSON_PRONOUNS,
    PLAN_ACT_NOUNS,
    PLAN_AUTHORED_KINDS,
    PLAN_BACKING_VERBS,
    PLAN_BODY_NOUNS,
    PLAN_CLAUSE_VERBS,
    PLAN_CLAUSE_WORDS,
    PLAN_COMPLEMENT_PREPOSITIONS,
    PLAN_COMPOUNDS,
    PLAN_CONTENT_RELATIVES,
    PLAN_CONTENT_STOPS,
    PLAN_CONTENT_SUBJECT_REACH,
    PLAN_CONTENT_VERBS,
    PLAN_DATE_PREPOSITIONS,
    PLAN_ENACTING_VERBS,
    PLAN_EXCEPTION_WORDS,
    PLAN_FIXED_PHRASES,
    PLAN_FORCE_HEADS,
    PLAN_GENERIC_NOUNS,
    PLAN_HALT_FILLERS,
    PLAN_HALT_MEANS,
    PLAN_HALT_VERBS,
    PLAN_HALTED_ACTS,
    PLAN_LIST_GAP,
    PLAN_LIST_PHRASE,
    PLAN_LIST_WORDS,
    PLAN_NEW_MODIFIERS,
    PLAN_NOT_INFINITIVES,
    PLAN_OBJECT_PREPOSITIONS,
    PLAN_TARGET_PREPOSITIONS,
    PLAN_UNSAID_NOUNS,
    PLAN_URGING_VERBS,
    PLAN_VERB_MARKERS,
    PLURAL_POSSESSIVES,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PREDICATE_SUBJECTS,
    PREPOSITIONS,
    PRINCIPLE_QUALIFIERS,
    PROPOSAL_MODIFIERS,
    PROPOSAL_NOUNS,
    PROPOSAL_OFFER_NOUNS,
    PROPOSAL_STATUS_CUES,
    PROPOSAL_TERMS_NOUNS,
    PROPOSER_LIGHT_VERBS,
    PROPOSER_PARTICLES,
    PROPOSER_PHRASALS,
    PROPOSER_VERBS,
    QUOTED_SELF_PRONOUNS,
    READINESS_ADJECTIVES,
    READY_FOR_ACTS,
    REFUSAL_CONDITIONS,
    REJECTING_PARTICLES,
    RELATIVE_PRONOUNS,
    REPLY_MANNERS,
    REPLY_VERBS,
    REPORTING_VERBS,
    RESERVATION_LINKS,
    RESERVATION_NOUNS,
    RESPONSE_CUES,
    RESPONSE_NOUNS,
    RESPONSE_PHRASES,
    SCOPE_DOMAINS,
    SCOPE_FULL,
    SCOPE_KINDS,
    SCOPE_LASTING,
    SCOPE_PARTIAL,
    SCOPE_PASSING,
    STANCE_CONDITION_OPENERS,
    STANCE_PHRASES,
    STATUS_PROSPECTS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    SUPPORT_EVALUATIONS,
    SUPPORT_PARTICIPATION_VERBS,
    THING_PRONOUNS,
    TIME_PHRASE_OPENERS,
    TIME_PREPOSITIONS,
    WEEKDAYS,
    WEIGHING_VERDICTS,
    WITHDRAWAL_BACK_VERBS,
    WITHHELD_ANSWER,
)
from .records import ProposalRecord, ResponseRecord, Span, StatusRecord
from .scope import kind_family, topics_of
from .vocabulary import RESPONSE_STANCES

# The answer a stance phrase would give ("come out against" rejects), and the phrases' widths.
_ANSWER_OF_STANCE = {
    stance: answer
    for answer, stance in RESPONSE_STANCES.items()
    if answer in {"accepted", "rejected"}
}
_STANCE_PHRASE_WIDTHS = sorted({len(p.split()) for p in STANCE_PHRASES}, reverse=True)
# Wire style spells durations under ten ("six-week truce", "three-phase deal").
_NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + ")"
_NUMBERED = re.compile(
    rf"^{_NUMBER}[-‐–]?(?:day|hour|week|month|point|phase|stage)s?$", re.IGNORECASE
)
# A year before a plan dates it: "the 2016 peace accord".
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_COMPLEMENT_WINDOW = 6
# How far a plan noun's complement may run before the comma after which its author is named
# ("a mechanism for humanitarian movements, proposed by the UN").
_COMPLEMENT_REACH = 6
# How far back from an answer verb the "that" of a proposing verb's clause may stand
# ("suggested that both governments sign").
_CLAUSE_REACH = 6
# How far an aside naming a plan's author may run before the plan's complement ("a proposal,
# floated by Washington in December, for a monitoring mission").
_ASIDE_REACH = 9
# The grammar's clause marks but a closing bracket, which this stage has never counted as
# ending a plan's clause; kept so that no result moves.
_ENDS = CLAUSE_MARKS.replace(")", "")
_END_MARK = re.compile(f"[{re.escape(_ENDS)}]")
# A status cue reports on the plan noun within a short clause of it.
_STATUS_WINDOW = 6
# An answer noun or particle governs a plan only a few words on ("approval of the truce").
_GOVERN_WINDOW = 6
_TARGET_WINDOW = 4
# A particle's object follows it at once ("shot down the truce", not "shot down two drones
# hours after the truce").
_PARTICLE_WINDOW = 3
# How long a meeting's subject phrase may run before its outcome verb ("talks between the
# two foreign ministers in Abu Dhabi on Monday produced").
_MEETING_SUBJECT_REACH = 12
# How far before a condition noun the verb that sets it may stand ("set out three
# conditions").
_TERMS_VERB_REACH = 5
# Verbs by which a side states terms of its own ("listed its conditions", "laid out its
# terms"): the light verbs that carry a noun its subject holds, less those naming or judging it
# ("branded their demands absurd"); "ignored" or "met their demands" answer someone else's.
_STATING_TERMS = LIGHT_VERBS - NAMING_VERBS - JUDGING_VERBS
# How far before "their" of an answer noun its verb may stand ("renewed their commitment").
_OWNER_VERB_REACH = 1
# How far before a content verb its subject, an owned plan noun, may start ("Chad's proposals
# for the truce had included").
_CONTENT_SUBJECT_WINDOW = 7
# Verbs whose indefinite object is a plan on the table; reaching "an agreement" names none.
# Words that may answer a plan, for a quick test before the look-ups of `_cue`.
_CUE_LEMMAS = (
    RESPONSE_CUES.keys()
    | JUDGING_RESPONSES.keys()
    | OUTCOME_VERBS
    | DECISION_VERBS
    | REPLY_VERBS
    | {phrase.split()[0] for phrase in RESPONSE_PHRASES.keys() | OUTCOME_PHRASES}
    | CONDITION_NOUNS
    | PROPOSAL_TERMS_NOUNS
    | SUPPORT_PARTICIPATION_VERBS
    | {phrase.split()[0] for phrase in PARTICIPATION_PHRASES}
)
_CUE_WORDS = {noun.split()[0] for noun in RESPONSE_NOUNS} | COMMITMENT_MODALS
# Adjectives that answer the plan after their preposition ("open to", "committed to").
_ANSWER_ADJECTIVES = READINESS_ADJECTIVES | COMMITMENT_ADJECTIVES
_CUE_WORDS |= _ANSWER_ADJECTIVES.keys()
# How far before a plan the relative pronoun of an aside about an actor may stand ("which
# brokered a ceasefire").
_BACKGROUND_REACH = 5
# How far before an indefinite plan's article its putting-forward verb may stand, past a place
# ("signed at the presidential palace a joint declaration").
_PUT_FORWARD_REACH = 6
# How far before a body's lead its determiner may stand ("the EU-chaired joint mechanism").
_BODY_DETERMINER_REACH = 3
# How many sentences back "it" may name a plan, the first one the sentence named ("X
# presented a plan that creates a zone. Y described it as… Z accepted most of it").
_PRONOUN_REACH = 2
# Verdicts on a plan that is the subject of "be" ("the truce would be a welcome step").
_VERDICT_ANSWERS = {
    **dict.fromkeys(SUPPORT_EVALUATIONS, "accepted"),
    **dict.fromkeys(OPPOSE_VERDICTS, "rejected"),
    **dict.fromkeys(WEIGHING_VERDICTS, "considering"),
}
# Words from a plan to its "be", past a modifier or an aside ("a ceasefire covering the
# election period would be"), and from "be" to the verdict ("would be a welcome step").
_COPULA_REACH = 8
_VERDICT_REACH = 3
_PUTTING_FORWARD = PROPOSER_VERBS | (RESPONSE_CUES.keys() - OUTCOME_VERBS)


@dataclass(frozen=True)
class _Mention:
    proposal: ProposalRecord
    scope: frozenset[str]
    anaphoric: bool
    terms_by: str | None = None  # who set terms for this plan ("Hamas's terms for a truce")
    breadth: int = 0  # how many scope words its wording gives, to keep the widest title
    new: bool = False  # "a further exchange": never the plan of its kind named before
    indefinite: bool = False  # "an amnesty", "an EU proposal": introduced, not named again
    history: bool = False  # "the 2016 peace accord": made before; its repeats are no plan either
    owned: bool = False  # "the envoy's plan": a plan someone put forward, named again
    named_by: str | None = None  # "the Qatari proposal", "X's proposal": its words name its author
    kind_of: bool = False  # "any roadmap": names again only a plan of its noun or kind
    seen: tuple[int, int] = (-1, 0)  # the sentence it was last named in, and its place there
    born: int = -1  # the sentence it was first named in
    head: str = ""  # its plan noun ("mission", "reassurance force")


@dataclass(frozen=True)
class _Sentence:
    """One sentence's words, by position, with what the look-ups need."""

    a: Analysis
    s: int
    span: Span
    indices: list[int]
    words: list[str]
    lemmas: list[str]
    speakers: dict[int, str]

    def token(self, j: int):
        return self.a.tokens[self.indices[j]]

    @cached_property
    def proposing_verbs(self) -> list[int]:
        """Where a verb proposes or urges a plan, for `_proposer` of each plan noun."""
        if _PROPOSING_OR_URGING.isdisjoint(self.lemmas):
            return []  # most sentences hold no such verb: spare the walk
        return [
            j
            for j, lemma in enumerate(self.lemmas)
            if lemma in _PROPOSING_OR_URGING
            and (lemma in _PROPOSING_LEMMAS and _proposes(self, j) or _urges(self, j))
            and reads_as_verb(self.words, self.lemmas, j)
            and not _denied(self, j)
        ]

    @cached_property
    def cue_positions(self) -> list[int]:
        """The words that pass the quick test of `_cue`: an answer word, or one before a
        rejecting particle ("shot down"); answers to plans named and to "it" both ask."""
        if not _may_answer(self.words, self.lemmas):
            return []  # most sentences hold no answer word: spare the walk
        following = [*self.words[1:], None] if self.words else []
        found = zip(self.words, self.lemmas, following, strict=True)
        return [
            n
            for n, (word, lemma, after) in enumerate(found)
            if lemma in _CUE_LEMMAS or word in _CUE_WORDS or after in REJECTING_PARTICLES
        ]

    @cached_property
    def obligations(self) -> list[int]:
        """Where an obligation's two words begin ("must be"), for each plan `_demanded_by_speaker`
        is asked of."""
        lemmas = self.lemmas
        # Only a predicate's first word is worth joining to the next: most words are none.
        return [
            k
            for k in range(len(lemmas) - 1)
            if lemmas[k] in _OBLIGATION_FIRSTS
            and f"{lemmas[k]} {lemmas[k + 1]}" in OBLIGATION_PREDICATES
        ]

    @cached_property
    def clause_ends(self) -> frozenset[int]:
        """The words a clause mark follows, found by one search of the sentence's text: the
        stage asks `_clause_ends` of most words near a plan, many of them more than once."""
        if len(self.indices) < 2:
            return frozenset()
        tokens, first, last = self.a.tokens, self.indices[0], self.indices[-1]
        ends = set()
        for mark in _END_MARK.finditer(self.a.document.text, tokens[first].end, tokens[last].start):
            k = self.a.token_index(mark.start() + 1) - 1  # the word the mark comes after
            if tokens[k].end <= mark.start():
                ends.add(k - first)
        return frozenset(ends)


_OBLIGATION_FIRSTS = frozenset(predicate.split()[0] for predicate in OBLIGATION_PREDICATES)


def _may_answer(words: list[str], lemmas: list[str]) -> bool:
    """Whether some word passes the quick test of `cue_positions`; most sentences hold none."""
    return not (
        _CUE_LEMMAS.isdisjoint(lemmas)
        and _CUE_WORDS.isdisjoint(words)
        and REJECTING_PARTICLES.isdisjoint(words[1:])
    )


@dataclass(frozen=True)
class _Found:
    """A plan mention with the stretch of words it spans; `verbal` for a verb phrase."""

    lead: int
    last: int
    reach: int
    mention: _Mention
    verbal: bool = False
    summary: bool = False  # ", an idea the junta rejected": the plan the clause before states


def proposal_stage(a: Analysis) -> Analysis:
    """Collect proposals, merging repeated mentions of the same one."""
    speakers = a.speakers_by_sentence()
    headline = _headline(a)
    found: list[_Mention] = []
    topic: tuple[int, int] | None = None  # sentence and plan of the last first-named plan
    asked = 0  # questions since that sentence ("Who said yes?"), which answer nothing
    for s, span in enumerate(a.sentences):
        words, lemmas = a.words(s), a.lemmas(s)
        asking = span.text.rstrip().endswith("?")
        asked += asking
        mentions, c = [], None
        if not (_PLAN_WORDS.isdisjoint(words) and _PLAN_LEMMAS.isdisjoint(lemmas)):
            c = _sentence(a, s, span, speakers)
            mentions = list(_mentions_in(c))
        # a sentence that names no plan, or only has a verb that may state one, answers the
        # plan named last by pronoun ("Hamas accepted it")
        plain = _PLAN_WORDS.isdisjoint(words) and _PLAN_NOUN_LEMMAS.isdisjoint(lemmas)
        near = topic is not None and s - topic[0] - asked <= _PRONOUN_REACH
        # A sentence read for no plan answers by pronoun only with an answer word of its own.
        if near and (c is not None or _may_answer(words, lemmas)):
            # "Chad accepted it, on condition that the displaced return": an "it" before any
            # plan word of its sentence still answers the plan named before
            c = c or _sentence(a, s, span, speakers)
            answers = _pronoun_answers(c, None if plain else _first_plan_word(c))
            if answers:
                plan = found[topic[1]]
                found[topic[1]] = replace(plan, proposal=_answered(plan.proposal, answers))
        if near and not (mentions or asking) and not DEMAND_ACTS.keys().isdisjoint(lemmas):
            plan = found[topic[1]]
            held = _act_held(c or _sentence(a, s, span, speakers), plan.proposal.kind)
            found[topic[1]] = replace(plan, proposal=_answered(plan.proposal, held))
        if plain and not mentions:
            continue
        first = None
        for k, mention in enumerate(mentions):
            mention = replace(mention, seen=(s, k))
            same = _antecedent(found, mention)
            if same is not None:
                found[same] = _named_again(found[same], mention, headline)
            elif not (mention.anaphoric or asking):
                # "How solid is the truce?" asks of a plan; it puts none on the table
                found.append(replace(mention, born=s))
                same = len(found) - 1
            first = same if first is None else first
        if first is not None:
            topic, asked = (s, first), 0
    return a.replaced(proposals=tuple(m.proposal for m in found if not m.history))


# Marks a sentence of running text closes on; a headline closes on none.
_CLOSING_MARKS = ".!?\"'”’)"


def _named_again(old: _Mention, mention: _Mention, headline: bool) -> _Mention:
    """A plan merged with a later mention of it. "Sudan's long list of paper truces": a
    headline only names what the body tells of, so the first body sentence that names the plan
    is its evidence, however it names it ("the ELN's holiday truce" … "a 30-day unilateral
    ceasefire")."""
    merged = _merge(old, _as_terms(old, mention))
    if old.born == 0 and headline and old.seen[0] == 0:
        evidence = mention.proposal.evidence
        merged = replace(merged, proposal=replace(merged.proposal, evidence=evidence))
    return replace(merged, seen=mention.seen, born=old.born)


def _headline(a: Analysis) -> bool:
    """Whether the text opens with a headline: a first sentence with no closing mark."""
    return bool(a.sentences) and a.sentences[0].text.rstrip()[-1:] not in _CLOSING_MARKS


# A quick look for what can start a plan mention: a plan noun or the first word of a
# compound, a plural plan noun's lemma, a halting verb or a verb whose clause is a plan.
_COMPOUND_FIRSTS = frozenset(first for first, _ in PLAN_COMPOUNDS)
_PROPOSAL_NOUN_SET = frozenset(PROPOSAL_NOUNS)
_PLAN_WORDS = _PROPOSAL_NOUN_SET | _COMPOUND_FIRSTS
_PLAN_NOUN_LEMMAS = _PROPOSAL_NOUN_SET | PLAN_HALT_VERBS
_PLAN_LEMMAS = _PLAN_NOUN_LEMMAS | PLAN_CLAUSE_VERBS


def _sentence(a: Analysis, s: int, span: Span, speakers: dict) -> _Sentence:
    indices = list(a.sentence_tokens[s])
    words = list(a.words(s))  # a copy: plan compounds are joined into it below
    # Most sentences hold neither a compound's first word nor a plan noun: their loops are spared.
    if not _COMPOUND_FIRSTS.isdisjoint(words):
        for n in range(1, len(words)):
            if words[n - 1] in _COMPOUND_FIRSTS:
                compound = PLAN_COMPOUNDS.get((words[n - 1], words[n]))
                if compound:
                    words[n] = compound
    lemmas = a.lemmas(s)
    if not _PROPOSAL_NOUN_SET.isdisjoint(lemmas):
        for n in range(1, len(words)):
            if lemmas[n] in PROPOSAL_NOUNS and _plural_plan(a, indices, words, lemmas, n):
                words[n] = lemmas[n]
    return _Sentence(a, s, span, indices, words, lemmas, speakers)


def _plural_plan(a: Analysis, indices: list[int], words: list[str], lemmas, n: int) -> bool:
    """ "the corridors", "both proposals": a plural of the plan noun lemma n is read as its
    singular; after a subject or before "to"/"with" it is a verb ("Egypt plans to", "deals
    with")."""
    word, lemma = words[n], lemmas[n]
    if word in PROPOSAL_NOUNS or word != lemma + "s":
        return False
    subject = words[n - 1] in _SUBJECT_PRONOUNS
    subject = subject or a.mention_at(a.tokens[indices[n - 1]].start) is not None
    return not subject and words[n + 1 : n + 2] not in (["to"], ["with"])


_SUBJECT_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
# Words before a plan noun that make it a verb ("would exchange", "we swap").
_VERB_MARKERS = PLAN_VERB_MARKERS | PERSON_PRONOUNS | THING_PRONOUNS


def _as_terms(old: _Mention, new: _Mention) -> _Mention:
    """Terms set for a plan already on the table answer it on conditions; they do not
    propose it again."""
    if new.terms_by is None or new.terms_by == old.proposal.proposed_by:
        return new
    answer = ResponseRecord(new.terms_by, "conditional", new.proposal.evidence, confidence=0.7)
    proposal = replace(new.proposal, proposed_by=None)
    proposal = _answered(proposal, (answer,))
    return replace(new, proposal=proposal)


def _mentions_in(c: _Sentence):
    found: list[_Found] = []
    # The few words that can head a plan, found in one pass before any is read.
    heads = zip(c.words, c.lemmas, strict=True)
    starts = [
        n for n, (w, lemma) in enumerate(heads) if w in PROPOSAL_NOUNS or lemma in PLAN_HALT_VERBS
    ]
    for n in starts:
        plan = _halt_plan(c, n) or _noun_plan(c, n)
        if plan is None:
            continue
        if found and (n <= found[-1].reach or _describes(c, found[-1], plan)):
            # "a proposal for a 30-day moratorium", "a ceasefire that would stop strikes on
            # energy infrastructure": one plan
            outer = found[-1]
            merged = _merge(outer.mention, plan.mention)
            if _serves(c, outer, plan):
                merged = replace(
                    merged, proposal=replace(merged.proposal, kind=plan.mention.proposal.kind)
                )
            found[-1] = replace(outer, last=max(outer.last, plan.last), mention=merged)
            continue
        found.append(plan)
    found = _summed_up(c, sorted(found + _clause_plans(c, found), key=lambda plan: plan.lead))
    answers = _responses(c, found) if found else {}
    framework = _framework_author(c, found)
    for i, plan in enumerate(found):
        mention = plan.mention
        if framework and mention.proposal.proposed_by is None:
            mention = replace(mention, proposal=replace(mention.proposal, proposed_by=framework))
        extra = tuple(answers.get(i, {}).values())
        if not extra:
            yield mention
            continue
        yield replace(mention, proposal=_answered(mention.proposal, extra))


# How far into a plan's clause its verb stands, past its subject.
_CLAUSE_VERB_REACH = 6


def _clause_plans(c: _Sentence, found: list[_Found]) -> list[_Found]:
    """A plan stated as the "that" clause of a proposing verb, where the clause names no
    plan noun: "the rebels proposed that the prisoners be handed to the Church"."""
    plans = []
    for j in c.proposing_verbs:
        lead = _clause_start(c, j)
        if lead is None or lead >= len(c.words):
            continue
        last = lead
        while (
            last + 1 < len(c.words)
            and last - lead < PLAN_CLAUSE_WORDS
            and not _clause_ends(c, last)
        ):
            last += 1
        if any(lead <= plan.lead <= last or plan.lead <= j <= plan.last for plan in found):
            continue  # "the offer to store the uranium": the offer noun is the plan already
        if _word(c, j + 1) == "that":
            if _reports_fact(c.words[lead : last + 1]):
                continue
        elif last == lead or c.lemmas[lead] in RESPONSE_CUES:
            continue  # "offered to help" states no plan; "offered to accept" is an answer
        proposal = ProposalRecord(
            title=c.a.document.text[c.token(lead).start : c.token(last).end],
            kind="proposal",
            evidence=c.span,
            proposed_by=_proposer(c, lead),
            confidence=0.55,
        )
        plans.append(_Found(lead, last, last, _Mention(proposal, frozenset(), False, new=True)))
    return plans


def _clause_start(c: _Sentence, j: int) -> int | None:
    """Where the plan a proposing verb states as a clause begins: its "that" clause ("proposed
    that the armies pull back"), or its infinitive or -ing object ("offered to host talks in
    Nairobi", "floated ceding the river islands"); None when its object is a noun phrase."""
    if c.lemmas[j] not in PLAN_CLAUSE_VERBS or _word(c, j + 1) is None or _clause_ends(c, j):
        return None  # "the truce they had proposed, meaning that": the clause is over
    j = past_time_phrase(c.words, j + 1) - 1  # "offered on Monday to provide border guards"
    after = _word(c, j + 1)
    if after == "that":
        return j + 2
    if after == "to" and j + 2 < len(c.words):
        verb = c.words[j + 2]
        return j + 2 if verb == c.lemmas[j + 2] and verb not in PLAN_NOT_INFINITIVES else None
    return j + 1 if after is not None and is_ing_form(after, c.lemmas[j + 1]) else None


def _reports_fact(clause: list[str]) -> bool:
    """ "suggested that the mood was changing": a finite verb in the clause reports how
    things are; a plan's clause is bare or modal ("that the captives be freed")."""
    for k, w in enumerate(clause[:_CLAUSE_VERB_REACH]):
        if w in FINITE_BE or w in FINITE_HAVE:
            return True
        if w.endswith("ed") and (k == 0 or clause[k - 1] not in BE_FORMS):
            return True
    return False


def _framework_author(c: _Sentence, found: list[_Found]) -> str | None:
    """ "agreed a truce under a US-drafted framework": the author of the plan a sentence's
    other plans are made under put those forward too."""
    for plan in found:
        k = plan.lead - 1
        # past the article and an author glued to a participle ("a US-drafted")
        while k > 0 and (c.words[k] in ARTICLES or _compound_author(c, k) is not None):
            k -= 1
        if k >= 0 and c.words[k] in FRAMEWORK_PREPOSITIONS and plan.mention.proposal.proposed_by:
            return plan.mention.proposal.proposed_by
    return None


def _summed_up(c: _Sentence, found: list[_Found]) -> list[_Found]:
    """A plan noun set off after a clause ("…had offered joint patrols of the river, an offer
    the junta turned down") is the plan stated before it, when one is; alone it is the plan.
    A bare offer that holds a plan ("Chad's offer included a truce") is that plan."""
    kept: list[_Found] = []
    for plan in found:
        if kept and _holds(c, kept[-1], plan):
            kept[-1] = replace(
                plan, lead=kept[-1].lead, mention=_merge(plan.mention, kept[-1].mention)
            )
            continue
        if not (plan.summary and kept):
            kept.append(plan)
            continue
        outer = kept[-1]
        mention = _merge(outer.mention, plan.mention)
        kept[-1] = replace(
            outer, last=plan.last, reach=max(outer.reach, plan.reach), mention=mention
        )
    return kept


def _holds(c: _Sentence, offer: _Found, plan: _Found) -> bool:
    """ "the government's offer had included a prisoner exchange": a generic plan noun that
    says nothing of what it is, subject of a verb of holding, is the plan it holds."""
    if offer.lead != offer.last or c.lemmas[offer.last] not in PROPOSAL_OFFER_NOUNS:
        return False
    between = range(offer.last + 1, plan.lead)
    return len(between) <= _CONTENT_SUBJECT_WINDOW and any(
        c.lemmas[j] in PLAN_CONTENT_VERBS and reads_as_verb(c.words, c.lemmas, j) for j in between
    )


def _sums_up(c: _Sentence, lead: int) -> bool:
    """ ", a proposal the junta has yet to answer": an indefinite plan noun opening an
    appositive after a clause sums that clause up."""
    if not (lead > 1 and c.words[lead - 1] in INDEFINITE_ARTICLES and _clause_ends(c, lead - 2)):
        return False
    # its own clause is relative ("that", "it said", "the junta rejected"), not "a deal was
    # reached"
    k = lead + 1
    if k >= len(c.words) or _clause_ends(c, lead) or c.words[k] in RELATIVE_PRONOUNS:
        return True
    return c.words[k] in _SUBJECT_PRONOUNS or c.a.mention_at(c.token(k).start) is not None


def _describes(c: _Sentence, outer: _Found, plan: _Found) -> bool:
    """Whether a verb-phrase plan is a relative clause saying what the plan before does."""
    between = c.words[outer.last + 1 : plan.lead]
    return plan.verbal and 0 < len(between) <= 3 and between[0] in RELATIVE_PRONOUNS


def _answered(proposal: ProposalRecord, answers: tuple[ResponseRecord, ...]) -> ProposalRecord:
    if not answers:
        return proposal
    known = {r.actor for r in answers}
    kept = tuple(r for r in proposal.responses if r.actor not in known)
    return replace(proposal, responses=kept + answers)


def _noun_plan(c: _Sentence, n: int) -> _Found | None:
    words = c.words
    if words[n] not in PROPOSAL_NOUNS or (
        n > 0 and f"{words[n - 1]} {words[n]}" in PLAN_FIXED_PHRASES
    ):
        return None
    if _is_verb(words, n) and not _object_scope(words, n):
        return None
    if n + 1 < len(words) and words[n + 1] in PROPOSAL_NOUNS and not _is_verb(words, n + 1):
        return None  # "ceasefire proposal": the head noun after it carries the mention
    if n > 0 and words[n - 1] in COMMERCE_MODIFIERS:
        return None  # "signed a supply deal with a Gulf trader": trade, not a plan of the war
    if _done(c, n):
        return None
    mention, lead, last = _mention(c, n)
    if mention is None or _sits(c, n) or _predicative(c, lead) or _background(c, lead):
        return None
    if _standing_body(c, n, lead) or _named_as(c, lead):
        return None
    if _named_accord(c, n) or _dated_before(c, lead) or _dated_after(c, n) or _made_before(c, lead):
        # kept, to be named again by "the agreement" further on, but never reported
        mention = replace(mention, history=True, anaphoric=False)
    reach = max([*_complement(words, n), _carried_plan(c, n)[0]])
    summary = lead == n == last and words[n] in PLAN_GENERIC_NOUNS and _sums_up(c, lead)
    return _Found(lead, last, reach, mention, verbal=_is_verb(words, n), summary=summary)


def _dated_before(c: _Sentence, lead: int) -> bool:
    """ "since the truce of April 2022", "brokered the July ceasefire", "the 2016 peace accord",
    "the 2015 Algiers peace agreement": a plan dated by its month or year, or counted from, is
    one made before, history rather than a plan on the table."""
    if lead > 1 and c.words[lead - 1] in MONTHS and c.words[lead - 2] in ARTICLES:
        return True  # "the July ceasefire", not "approved in August a plan"
    k = lead - 1
    while k > max(0, lead - 3) and c.token(k).text[:1].isupper():
        k -= 1  # past the place a named accord was made in ("the 2015 Algiers peace agreement")
    if k >= 0 and _YEAR.match(c.words[k]):
        return True  # "walked away from the 2016 peace accord"
    k = lead - 1
    while k >= 0 and c.words[k] in ARTICLES:
        k -= 1
    return k >= 0 and c.words[k] in HISTORY_PREPOSITIONS


# How far past a plan noun's participle its date may stand ("agreed in Havana in June 2023").
_PARTICIPLE_DATE_REACH = 5


def _dated_after(c: _Sentence, n: int) -> bool:
    """ "the ceasefire agreement of October 2020", "the truce, agreed in Havana in June 2023":
    a plan dated after its noun, or after the participle that made it, to a year or a month
    before the article's is history; a date of the article's own month may be the plan still
    on the table."""
    # "presented a draft statute in 2023" dates the presenting: only "of" dates the noun itself
    if _word(c, n + 1) == "of":
        return _earlier_date(c, n + 1)
    if n + 1 >= len(c.words) or not is_past(c.token(n + 1), _MAKING_VERBS):
        return False
    # "a proposal, floated by Washington in December,": a recent month may leave it on the
    # table; a past year, or a sentence saying it ended, makes it history all the same
    ended = not _ENDED_EVENTS.isdisjoint(_status_cues(c.words, n, len(c.words)))
    tabled = c.lemmas[n + 1] in _TABLING_LEMMAS and not ended
    for j in range(n + 2, min(len(c.words), n + 2 + _PARTICIPLE_DATE_REACH)):
        if _earlier_date(c, j, years_only=tabled):
            return True
        if _clause_ends(c, j):
            return False
    return False


def _earlier_date(c: _Sentence, j: int, years_only: bool = False) -> bool:
    """Whether a date phrase at j ("in June 2023", "of 2020", "of December 12" in a June
    article) names a year before the article's, or (unless `years_only`) a bare month ("signed
    in June") other than the article's own: a past one, of this year or, later than the
    article's month, of the year before."""
    published = c.a.document.published
    if c.words[j] not in PLAN_DATE_PREPOSITIONS or published is None:
        return False
    month = MONTHS.get(_word(c, j + 1) or "")
    year = _word(c, j + 1 + (month is not None))
    if year is None or not _YEAR.match(year):
        if month is not None and year is not None and year.isdigit():
            # "the truce of March 3": a day already past this year dates a plan as "on March 3"
            # does, leaving it on the table; a day still to come was last year's
            return (month, int(year)) > (published.month, published.day)
        return month is not None and month != published.month and not years_only
    return int(year) < published.year


# Verbs (lemmas) that make a plan, done by both sides or by a go-between: "signed an accord in
# 2019", "China brokered a truce last year", where "proposed a truce last year" may still be on
# the table.
_MAKING_VERBS = MUTUAL_RESPONSES | MEDIATION_VERBS
# How far past a plan made its clause may date it, past long names ("brokered a truce between
# the army and the Arakan Liberation Army in Myawaddy last year").
_MADE_DATE_REACH = 14


def _made_before(c: _Sentence, lead: int) -> bool:
    """ "China brokered a truce between the army and a rebel group last year", "signed an accord
    in 2019": a plan a past verb of making governs, dated in its clause to a year gone by, is
    history."""
    k = lead - 1
    while k > 0 and (c.words[k] in ARTICLES or c.words[k] in POSSESSIVE_DETERMINERS):
        k -= 1
    if k < 0 or c.lemmas[k] not in _MAKING_VERBS or not is_past(c.token(k), _MAKING_VERBS):
        return False
    for j in range(lead + 1, min(len(c.words) - 1, lead + _MADE_DATE_REACH)):
        if " ".join(c.words[j : j + 2]) == LAST_YEAR or _earlier_date(c, j):
            return True
        if _clause_ends(c, j):
            return False
    return False


def _done(c: _Sentence, n: int) -> bool:
    """ "the mission completed its withdrawal in May": an act a side's own possessive follows
    a finished or begun verb in the past tense is reported as done, not put on the table."""
    if c.words[n] not in PLAN_ACT_NOUNS or n < 2 or c.words[n - 1] not in POSSESSIVE_DETERMINERS:
        return False
    return c.lemmas[n - 2] in ACT_DONE_VERBS and is_past(c.token(n - 2), ACT_DONE_VERBS)


def _named_accord(c: _Sentence, n: int) -> bool:
    """ "the Cessation of Hostilities Agreement", "the peacekeeping force MINUSMA": a plan noun
    capitalised inside a sentence, or followed by an acronym that names it, is part of the name
    of an accord or a force already there, not a plan on the table."""
    text = c.token(n).text
    title_case = text[:1].isupper() and not text.isupper()
    # A headline capitalises every word: there capitals name nothing.
    if n > 0 and title_case and c.words[n] not in PLAN_BODY_NOUNS and not in_title_case(c.a, c.s):
        return not _document_heading(c, n)
    # "the panel includes Mali and the UN force MINUSMA, the envoy said": a name in apposition
    after = c.token(n + 1).text if n + 1 < len(c.words) else ""
    return after.isupper() and after.isalpha() and len(after) > 1 and _clause_ends(c, n + 1)


def _document_heading(c: _Sentence, n: int) -> bool:
    """ "initialled the Protocol on the delimitation of the border": official translated style
    capitalises a document's first word only, where a name capitalises its own words too
    ("the Protocol on Border Security", "the Cessation of Hostilities Agreement")."""
    complement = _complement(c.words, n)
    if c.words[n - 1] not in ARTICLES or not complement:
        return False
    return not any(c.token(k).text[:1].isupper() for k in range(n + 1, complement[-1] + 1))


def _standing_body(c: _Sentence, n: int, lead: int) -> bool:
    """ "their General Border Committee", "convene its border commission", "a session of the
    monitoring mechanism", "who chairs the commission": a body with a name or an owner's "its",
    one that meets, is headed or owns something already exists; only a body yet to be set up
    is a plan."""
    if c.words[n] not in PLAN_BODY_NOUNS:
        return False
    if c.token(n).lower != c.words[n] and _at_work(c, lead):
        return True  # a plural, read as its singular
    named = c.token(n).text[:1].isupper() and n > 0
    if named or (lead > 0 and c.words[lead - 1] in POSSESSIVE_DETERMINERS):
        return True
    if c.a.document.text[c.token(n).end :][:2] in POSSESSIVE_ENDINGS:
        return True  # "the commission's patrol boats": what owns boats is there
    if _acts(c, n):
        return True  # "the EU's naval mission in the Red Sea suggested a corridor"
    definite = lead > 0 and c.words[lead - 1] in ANAPHORIC_DETERMINERS
    if definite and _word(c, n + 2) == "by" and c.lemmas[n + 1] in BODY_LEADING_VERBS:
        return True  # "the commission, chaired by Norway"; not "a commission led by the AU"
    # "a meeting of the monitoring mechanism", "talks under the EU-chaired mechanism": a body
    # that meets, or under which others meet, already sits
    k = lead - 1
    while k > max(0, lead - _BODY_DETERMINER_REACH) and c.words[k] not in ANAPHORIC_DETERMINERS:
        k -= 1
    if k < 1 or c.words[k] not in ANAPHORIC_DETERMINERS:
        return False
    # "who chairs the border commission": a body someone heads is there
    if c.lemmas[k - 1] in BODY_LEADING_VERBS and reads_as_verb(c.words, c.lemmas, k - 1):
        return True
    sits_in = c.words[k - 1] == "of" and k > 1 and c.words[k - 2] in MEETING_WORDS
    return sits_in or c.words[k - 1] in FRAMEWORK_PREPOSITIONS


def _at_work(c: _Sentence, lead: int) -> bool:
    """ "views on the commissions on demarcation": bodies named as a known set already work,
    unless the sentence founds them ("agreed to establish the joint commissions")."""
    if lead < 1 or c.words[lead - 1] not in ANAPHORIC_DETERMINERS:
        return False
    founding = range(max(0, lead - _BODY_DETERMINER_REACH), lead)
    return not any(c.lemmas[j] in BODY_FOUNDING_VERBS for j in founding)


# How far past a body noun, over a place or a complement, the verb it is the subject of may
# stand ("the naval mission in the Red Sea suggested").
_BODY_VERB_REACH = 6


def _acts(c: _Sentence, n: int) -> bool:
    """Whether a body noun is the subject of a finite verb of proposing or saying, straight
    after it or past a prepositional phrase: a body that proposes or speaks already exists."""
    k = n + 1
    if _word(c, k) in PREPOSITIONS:
        while k < min(len(c.words), n + _BODY_VERB_REACH) and not _clause_ends(c, k):
            if c.lemmas[k] in _PROPOSING_OR_SAYING and c.words[k] != c.lemmas[k]:
                break
            k += 1
    if k >= len(c.words) or c.lemmas[k] not in _PROPOSING_OR_SAYING:
        return False
    # "suggested a corridor", "said that": an object after it; "the mission proposed by the
    # EU", "proposed last year" is a participle after its noun
    active = _word(c, k + 1) in ARTICLES | POSSESSIVE_DETERMINERS | {"that"}
    return active and c.words[k] != c.lemmas[k] and reads_as_verb(c.words, c.lemmas, k)


_PROPOSING_OR_SAYING = PROPOSER_VERBS | REPORTING_VERBS


def _background(c: _Sentence, lead: int) -> bool:
    """ "China, which brokered a ceasefire between the army and the TNLA in October, …": an
    indefinite plan in a relative clause set off after a name tells who the actor is; it is
    no plan on the table ("Qatar, which brokered the truce" still names the one that is)."""
    if lead == 0 or c.words[lead - 1] not in INDEFINITE_ARTICLES:
        return False
    for k in range(lead - 2, max(0, lead - _BACKGROUND_REACH) - 1, -1):
        if c.words[k] in SUBJECT_RELATIVES:
            return (
                k > 0
                and _clause_ends(c, k - 1)
                and c.a.mention_at(c.token(k - 1).start) is not None
            )
        if _clause_ends(c, k):
            return False
    return False


def _predicative(c: _Sentence, lead: int) -> bool:
    """ "it is a plan to keep the south empty", "this is not a truce", "this is not our last
    offer": a plan noun after a pronoun's "be" says what the thing named before is; it puts
    no plan on the table."""
    k, adjective = lead - 1, 1  # past one adjective too: "this is not our last offer"
    while k >= 0 and c.words[k] not in BE_FORMS:
        if not (c.words[k] in _PREDICATE_DETERMINERS or c.words[k] in NEGATIONS):
            if not adjective or k == 0 or c.words[k - 1] not in _PREDICATE_DETERMINERS:
                return False
            adjective = 0
        k -= 1
    return k > 0 and c.words[k] in BE_FORMS and c.words[k - 1] in PREDICATE_SUBJECTS


_PREDICATE_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
_NAMING = NAMING_VERBS | JUDGING_VERBS
_NAMED_OBJECT_REACH = 4  # words from a naming verb to its object's last ("called the new truce")
_NAMED_OBJECT_OPENERS = _PREDICATE_DETERMINERS | PREDICATE_SUBJECTS


def _named_as(c: _Sentence, lead: int) -> bool:
    """ "called the truce 'a pause to regroup'", "described it as a ceasefire on paper": a
    plan noun in the complement a naming verb gives its object says what that object is; it
    puts no plan on the table ("called a truce", "called for a truce" have no object between)."""
    if _called_what(c, lead):
        return False
    k = _complement_determiner(c, lead) - 1
    if k >= 0 and c.words[k] == "as":
        k -= 1
    for j in range(k - 1, max(-1, k - _NAMED_OBJECT_REACH - 1), -1):
        if c.lemmas[j] in _NAMING:
            return c.words[j + 1] in _NAMED_OBJECT_OPENERS
        if c.words[j] in PREPOSITIONS or c.words[j] in COORDINATORS or _clause_ends(c, j):
            return False
    return False


# How far before a naming verb "what" may stand, past its subject and auxiliaries ("what the
# mediators are calling").
_WHAT_REACH = 4


def _called_what(c: _Sentence, lead: int) -> bool:
    """ "the envoys tabled what they call a road map", "briefed on what they are calling a
    de-escalation framework": a naming verb's complement after "what" and its subject names the
    very thing put on the table, a plan however generic its noun, when "what" is the object of
    putting forward or of talks ("were building what critics called a framework of impunity"
    and an opening "What the army calls a corridor" put nothing forward)."""
    k = _complement_determiner(c, lead) - 1
    if k < 1 or c.lemmas[k] not in NAMING_VERBS:
        return False
    span = c.words[max(0, k - _WHAT_REACH) : k]
    if NAMED_THING_PRONOUN not in span:
        return False
    verb = k - len(span) + span.index(NAMED_THING_PRONOUN) - 1
    verb -= verb > 0 and c.words[verb] in PREPOSITIONS
    if verb < 0:
        return False
    contact = c.lemmas[verb] in CONTACT_VERBS or c.words[verb].removesuffix("ing") in CONTACT_VERBS
    return contact or c.lemmas[verb] in _PUTTING_FORWARD


def _complement_determiner(c: _Sentence, lead: int) -> int:
    """Where the determiner opening a plan's noun phrase stands, past an adjective or two;
    0 when none does."""
    for k in range(lead - 1, max(-1, lead - _DETERMINER_REACH - 1), -1):
        if c.words[k] in _PREDICATE_DETERMINERS:
            return k
        if c.words[k] in PREPOSITIONS or _clause_ends(c, k):
            break
    return 0


def _sits(c: _Sentence, n: int) -> bool:
    """ "the monitoring mechanism met in Naqoura": a plan noun that is the subject of a contact
    verb names a body that sits, not a plan on the table."""
    k = n + 1
    if k >= len(c.words) or c.words[k] in MEETING_WORDS or _clause_ends(c, n):
        return False
    finite = c.words[k] != c.lemmas[k] and not is_ing_form(c.words[k], c.lemmas[k])
    return finite and c.lemmas[k] in CONTACT_VERBS


def _serves(c: _Sentence, body: _Found, plan: _Found) -> bool:
    """ "a joint mechanism to monitor a halt to strikes": a body set up for a plan it brings in
    is of that plan; "a committee to verify the truce" serves a plan already on the table."""
    between = c.words[body.lead : plan.lead]
    return plan.mention.indefinite and "to" in between and not PLAN_BODY_NOUNS.isdisjoint(between)


def _inner_plan(words: list[str], n: int) -> int:
    """Where a generic plan noun's complement names the plan it carries ("a blueprint for a
    prisoner exchange" is that exchange), else -1."""
    return _plan_for(words, n + 1) if words[n] in _CARRYING_NOUNS else -1


def _plan_for(words: list[str], j: int) -> int:
    """Where the plan noun of a "for" phrase at word j stands ("for a prisoner exchange"), else
    -1."""
    if words[j : j + 1] != ["for"]:
        return -1
    j += 1
    while j < len(words) and (words[j] in ARTICLES or _is_scope(words[j])):
        j += 1
    return j if j < len(words) and words[j] in PROPOSAL_NOUNS else -1


_CARRYING_NOUNS = PLAN_GENERIC_NOUNS - PLAN_BODY_NOUNS


def _carried_plan(c: _Sentence, n: int) -> tuple[int, int]:
    """The plan a generic plan noun carries and where its "for" phrase begins: right after the
    noun, or past an aside naming its author ("a proposal, floated by Washington in December,
    for a monitoring mission"); (-1, -1) when it carries none."""
    inner = _inner_plan(c.words, n)
    if inner > 0 or not _clause_ends(c, n) or c.words[n] not in _CARRYING_NOUNS:
        return inner, n + 1
    if not _authored_after(c, n)[0]:
        return -1, -1
    for k in range(n + 2, min(len(c.words) - 1, n + _ASIDE_REACH)):
        if _clause_ends(c, k):
            inner = _plan_for(c.words, k + 1)
            return (inner, k + 1) if inner > 0 else (-1, -1)
    return -1, -1


def _is_verb(words: list[str], n: int) -> bool:
    return n > 0 and words[n - 1] in _VERB_MARKERS


# Words that may stand between a plan word and its object or complement ("halt in the
# fighting", "corridor through its territory", "exchange all detainees").
_OBJECT_FILLERS = PLAN_HALT_FILLERS | ARTICLES | PLAN_OBJECT_PREPOSITIONS


def _object_scope(words: list[str], n: int) -> bool:
    """A plan verb with its object is a plan too ("would exchange prisoners", "swap all 300
    detainees"); a verb before the scope word ("the release quoted the peace envoy") makes
    the plan noun its subject, not a plan with an object."""
    for w in words[n + 1 : n + 4]:
        if w in COMPLEMENT_SCOPES:
            return True
        if not (w in _OBJECT_FILLERS or _is_scope(w) or w[:1].isdigit()):
            return False
    return False


def _mention(c: _Sentence, n: int) -> tuple[_Mention | None, int, int]:
    """The plan the noun at n names, with where its title starts and ends; None for a generic
    noun that names nothing concrete, nothing named before and nothing put forward."""
    words, a = c.words, c.a
    lead, modifiers, complement = _plan_words(c, n)
    scope_words = modifiers + [words[i] for i in complement]
    owner, doer, authored = _plan_owner(c, n, lead)
    content = _infinitive(words, n) and a.mention_at(c.token(n + 2).start) is None
    generic = words[n] in PLAN_GENERIC_NOUNS
    stated = _stated_content(c, n) if generic and not content else None
    # How far a generic plan reaches says nothing of what it is: "a broader plan" is vague.
    telling = [w for w in scope_words if w not in SCOPE_FULL] if generic else scope_words
    concrete = bool(telling or owner or content or authored or stated or _called_what(c, lead))
    if not concrete and _modifies_next(words, n):
        return None, lead, n
    # "the Egyptian proposal" with no scope of its own names again a plan already reported;
    # "the verification mechanism proposed by Turkey" names its author after it, as news.
    owned_again = owner and not (scope_words or content or authored)
    owned = _owned_by_noun(c, lead)  # "the envoy's plan"
    kind_of = _kind_anaphor(c, lead)
    anaphoric = generic and _refers_back(c, lead, owned_again, concrete, owned or kind_of)
    verbs = _PUTTING_FORWARD | BODY_FOUNDING_VERBS if words[n] in PLAN_BODY_NOUNS else None
    if generic and not (concrete or anaphoric or _put_forward(c, lead, verbs) or _sums_up(c, lead)):
        return None, lead, n
    last = complement[-1] if complement else n + (2 if content else 0)
    last = max(last, stated[0]) if stated else last
    offered, terms = _offered_by(c, lead)
    proposal = ProposalRecord(
        title=a.document.text[c.token(lead).start : c.token(last).end],
        kind=_kind(words, n, last, modifiers, complement),
        evidence=c.span,
        proposed_by=(None if doer else owner) or offered or _put_forward_by(c, n, lead, last),
        # A plan whose wording says what it covers is surer than a bare "deal".
        confidence=0.7 if telling else 0.55,
        events=tuple(StatusRecord(status, c.span) for status in _status_cues(words, n)),
    )
    scope = _scope(scope_words) | (stated[1] if stated else frozenset())
    new, indefinite = _introduced_here(words, lead)
    found = _Mention(
        proposal, scope, anaphoric, offered if terms else None, len(_telling(scope_words)), new,
        indefinite, owned=owned, kind_of=kind_of, named_by=None if doer else owner, head=words[n],
    )  # fmt: skip
    return found, lead, last


def _plan_owner(c: _Sentence, n: int, lead: int) -> tuple[str | None, bool, bool]:
    """Who owns the plan at n, whether that owner does it rather than proposes it, and whether
    an author is named after it. "Israel's withdrawal": the possessor of an act does it.
    "Colombia's ceasefire with the ELN": the possessor of a plan made with another side is one
    party to it."""
    authored, author = _authored_after(c, n)
    possessor = _owner(c, lead)
    owner = possessor or author or _compound_author(c, lead - 1) or _sent_from(c, n)
    doer = possessor is not None and (c.words[n] in PLAN_ACT_NOUNS or _word(c, n + 1) == "with")
    return owner, doer, authored


# How many words of a plan's stated act or content clause go into its title.
_CONTENT_TITLE_WORDS = 6


def _stated_content(c: _Sentence, n: int) -> tuple[int, frozenset[str]] | None:
    """ "a framework for demining the farmland", "the road map on the opening of the routes",
    "an arrangement under which the two navies share the lanes": a generic plan noun whose
    complement names the act it sets out, or whose relative clause says what is done under it,
    is a concrete plan. Returns the last word of its title and the words that tell it apart."""
    words, k = c.words, n + 1
    relative = next((r for r in PLAN_CONTENT_RELATIVES if words[k : k + len(r)] == list(r)), ())
    if _clause_ends(c, n):
        return None
    if relative:
        k += len(relative)
    elif _word(c, k) in PLAN_COMPLEMENT_PREPOSITIONS:
        k += 1
        while _word(c, k) in ARTICLES:
            k += 1
        if k >= len(words) or words[k] in PROPOSAL_NOUNS or words[k] in MEETING_WORDS:
            return None  # "memorandum of understanding", "a plan for the meeting"
        # "on the clearing of mines": a gerund before "of" is an act whatever its lemma says
        gerund = words[k].endswith("ing") and _word(c, k + 1) == "of"
        if not (gerund or is_ing_form(words[k], c.lemmas[k])):
            return None
    else:
        return None
    last = _content_end(c, k, bool(relative))
    if last < k:
        return None
    telling = {c.lemmas[j] for j in range(k, last + 1) if words[j] not in FUNCTION_WORDS}
    return last, frozenset(telling)


def _content_end(c: _Sentence, k: int, relative: bool) -> int:
    """The last word of a plan's stated content starting at k: a few words, up to the clause's
    end, its main verb's auxiliary, an agent's "by" or a date ("a framework for reopening the
    crossings on Friday was welcomed by Kosovo" ends at "crossings"). A relative clause's own
    auxiliary right after its subject stays in ("under which both armies will pull back")."""
    words, last = c.words, k
    while last + 1 < len(words) and last - k < _CONTENT_TITLE_WORDS and not _clause_ends(c, last):
        nxt = words[last + 1]
        own = relative and last + 1 - k <= PLAN_CONTENT_SUBJECT_REACH and nxt in FINITE_AUXILIARIES
        if nxt in PLAN_CONTENT_STOPS and not own or _names_day(nxt):
            break
        last += 1
    if words[last] in TIME_PHRASE_OPENERS and last + 1 < len(words) and _names_day(words[last + 1]):
        last -= 1  # the "on" of "on Friday"
    return last


def _names_day(word: str | None) -> bool:
    return word in WEEKDAYS or word in DAY_WORDS or word in MONTHS and word not in MODALS


def _plan_words(c: _Sentence, n: int) -> tuple[int, list[str], list[int]]:
    """Where the plan headed by the noun at n starts, the words before the noun that say what it
    covers ("a 30-day energy truce"), and the indices of those after it ("a truce in Gaza")."""
    words = c.words
    compound = PLAN_COMPOUNDS.get((words[n - 1], c.token(n).lower)) is not None if n else False
    modifiers = _modifiers(words, n - compound)
    complement = _complement(words, n)
    inner, start = _carried_plan(c, n)
    if inner > 0:
        complement = sorted({*complement, *range(start + 2, inner + 1)} - {n + 2})
    return n - compound - len(modifiers), modifiers, complement


def _refers_back(c: _Sentence, lead: int, owned_again, concrete: bool, referring) -> bool:
    """Whether a generic plan noun starting at `lead` names again a plan already reported: "the
    Egyptian proposal" with nothing of its own, or a bare one that an owner, a kind or a
    definite article refers back with ("the envoy's plan", "the proposal")."""
    if owned_again and c.words[lead - 2 : lead - 1] == ["the"]:
        return True
    return not concrete and bool(referring or _definite(c.words, lead))


# How far before a plan's first scope word its article and a "new" may stand, past plain
# adjectives ("a new bilateral ceasefire").
_DETERMINER_REACH = 3


def _kind_anaphor(c: _Sentence, lead: int) -> bool:
    """ "would not sign any roadmap": the object of an answer names the plan of its kind; "any
    deal must be put to a vote" sets a term, it names no plan."""
    words = c.words
    return (
        lead > 1
        and words[lead - 1] in KIND_ANAPHORS
        and _answer_verb(c.lemmas[lead - 2]) is not None
    )


def _put_forward_by(c: _Sentence, n: int, lead: int, last: int) -> str | None:
    """Who puts forward a plan no owner of its noun phrase names: the subject of a proposing
    verb, the owner of its content, a demanding speaker, the mediator, a side ready for it."""
    return (
        _proposer(c, n)
        or _content_owner(c, lead)
        or _demanded_by_speaker(c, lead, last)
        or _mediator(c)
        or _readied(c, lead)
        or _self_committed_proposer(c, lead)
    )


def _introduced_here(words: list[str], lead: int) -> tuple[bool, bool]:
    """Whether the plan at `lead` is called new ("a new bilateral ceasefire", past an adjective
    that tells nothing of its scope) and whether an indefinite article introduces it."""
    before = words[max(0, lead - _DETERMINER_REACH) : lead]
    return bool(PLAN_NEW_MODIFIERS.intersection(before[-2:])), bool(
        INDEFINITE_ARTICLES.intersection(before)
    )


def _readied(c: _Sentence, lead: int) -> str | None:
    """ "X said Kyiv was ready for a ceasefire on the current line", "we are ready to swap all
    prisoners": a plan a side declares itself ready for, named there for the first time, is
    put forward by the voice that says so (the speaker, else the ready side); a plan named
    before keeps its author."""
    k = lead - 1
    while k > 0 and c.words[k] in ARTICLES:
        k -= 1
    # "ready for a ceasefire", "willing to swap prisoners" (a plan stated as its verb)
    ready = READINESS_ADJECTIVES.get(c.words[k - 1]) == c.words[k] if k >= 1 else False
    ready = ready or k == lead - 1 and c.words[k] == "to" and c.words[k - 1] in READY_FOR_ACTS
    if k < 1 or not ready or _denied(c, k - 1):
        return None
    speaker = c.speakers.get(c.s)
    if speaker is not None:
        return speaker
    named = subjects(c.a, c.s, c.indices[k - 1], c.speakers, loose=True)
    return named[0] if named else None


def _self_committed_proposer(c: _Sentence, lead: int) -> str | None:
    """ "the Houthis said they would release 200 detainees": a side binding itself, in its own
    voice, to a plan stated as its verb offers it; two sides that "will swap detainees", or a
    side that "will release hostages" as an agency reports the deal's terms, made no offer."""
    if lead < 1 or c.words[lead - 1] not in COMMITMENT_MODALS or _denied(c, lead - 1):
        return None
    if not reads_as_verb(c.words, c.lemmas, lead):
        return None
    named = subjects(c.a, c.s, c.indices[lead - 1], c.speakers)
    speaker = c.speakers.get(c.s)
    if len(named) != 1 or speaker is None:
        return None
    return named[0] if state_of(c.a, speaker) == state_of(c.a, named[0]) else None


_HALT_GAP_WORDS = PLAN_HALT_FILLERS | PLAN_HALT_MEANS


def _halt_plan(c: _Sentence, n: int) -> _Found | None:
    """A cessation stated as a verb phrase: "agreed to limit strikes on power plants"."""
    words = c.words
    if c.lemmas[n] not in PLAN_HALT_VERBS or not _undertaken(c, n):
        return None
    j = n + 1
    while j < min(len(words), n + 3) and words[j] in _HALT_GAP_WORDS:
        j += 1
    if j >= len(words) or words[j] not in PLAN_HALTED_ACTS:
        return None
    target = _target(c, j)
    last = target[-1] if target else j
    topics = topics_of(words[i] for i in target)
    proposal = ProposalRecord(
        title=c.a.document.text[c.token(n).start : c.token(last).end],
        kind="moratorium" if topics else PLAN_HALTED_ACTS[words[j]],
        evidence=c.span,
        proposed_by=_proposer(c, n) or _self_committed_proposer(c, n),
        confidence=0.7 if topics else 0.55,
        events=tuple(StatusRecord(status, c.span) for status in _status_cues(words, n)),
    )
    mention = _Mention(proposal, topics, anaphoric=False, breadth=len(topics))
    return _Found(n, last, last, mention, verbal=True)


def _undertaken(c: _Sentence, n: int) -> bool:
    """Whether a verb is undertaken, not just reported or wished: "will/would stop", "agreed
    (or offered) to stop"; "hoped to stop the fighting" puts no plan on the table."""
    if n == 0:
        return False
    if c.words[n - 1] in COMMITMENT_MODALS:
        return True
    committed = n > 1 and (c.lemmas[n - 2] in RESPONSE_CUES or c.lemmas[n - 2] in PROPOSER_VERBS)
    return c.words[n - 1] == "to" and committed


def _target(c: _Sentence, j: int) -> list[int]:
    """What a halted act is aimed at: "strikes on power plants", "attacks against ports"."""
    if j + 1 >= len(c.words) or c.words[j + 1] not in PLAN_TARGET_PREPOSITIONS:
        return []
    target: list[int] = []
    for i in range(j + 2, min(len(c.words), j + 2 + _TARGET_WINDOW)):
        if c.words[i] in PREPOSITIONS or c.words[i] == "and" or c.lemmas[i] in NOUN_MARKERS:
            break
        target.append(i)
        if _clause_ends(c, i):
            break
    return target


def _clause_ends(c: _Sentence, i: int) -> bool:
    return i + 1 >= len(c.indices) or i in c.clause_ends


_STATUS_STARTS = frozenset(cue.split()[0] for cue in PROPOSAL_STATUS_CUES)


def _status_cues(words: list[str], n: int, window: int = _STATUS_WINDOW) -> list[str]:
    """What the words around a plan noun say happened to it: "the truce took effect",
    "they signed the deal"; a negated or prospective cue ("will take effect") says nothing."""
    found = []
    for j in range(max(0, n - window), min(len(words), n + window + 1)):
        if words[j] not in _STATUS_STARTS:
            continue
        for width in (3, 2, 1):
            status = PROPOSAL_STATUS_CUES.get(" ".join(words[j : j + width]))
            if status is None:
                continue
            prospect = set(words[max(0, j - 3) : j]) & STATUS_PROSPECTS
            if not (prospect or is_negated(words, j)) and status not in found:
                found.append(status)
            break
    return found


def _scope(words: list[str]) -> frozenset[str]:
    """What tells this plan from others of its kind, one feature per meaning: a duration, a
    reach ("full" for "complete") and the topics of its domain words ("naval" is maritime)."""
    features = {"lasting" for w in words if w in SCOPE_LASTING}
    features |= {"passing" for w in words if w in SCOPE_PASSING}
    for w in _telling(words):
        if w in SCOPE_FULL:
            features.add("full")
        elif w in SCOPE_PARTIAL:
            features.add("partial")
        elif _NUMBERED.match(w):
            features.add(w)
        else:
            features |= topics_of([w]) or {w}
    return frozenset(features)


def _telling(words: list[str]) -> set[str]:
    """The words of a wording that tell plans apart: reach, domain and duration words."""
    return {w for w in words if w in _TELLING or w[:-1] in SCOPE_DOMAINS or _NUMBERED.match(w)}


_TELLING = SCOPE_FULL | SCOPE_PARTIAL | SCOPE_DOMAINS


def _modifiers(words: list[str], n: int) -> list[str]:
    """Scope words right before the noun; "and" may join two ("energy and infrastructure"),
    and a word of a plan's topic joined to one counts too ("monitoring and verification
    mechanism"), where alone it may qualify another noun ("a truce verification team")."""
    modifiers: list[str] = []
    j = n - 1
    if j > 1 and words[j - 1] == "and" and _is_scope(words[j - 2]) and topics_of([words[j]]):
        modifiers.append(words[j])
        j -= 1
    while j >= 0 and len(modifiers) < 4:
        word = words[j]
        joined = word == "and" and modifiers and j > 0 and _is_scope(words[j - 1])
        if not (_is_scope(word) or joined):
            break
        modifiers.insert(0, word)
        j -= 1
    return modifiers


# Asked of nearly every word around a plan noun, many of them again and again.
@lru_cache(maxsize=20_000)
def _is_scope(word: str) -> bool:
    return word in PROPOSAL_MODIFIERS or bool(_NUMBERED.match(word))


def _complement(words: list[str], n: int) -> list[int]:
    """Scope words of "exchange of prisoners", "halt to strikes on energy", or a verb's object."""
    start = n + 2 if n + 1 < len(words) and words[n + 1] in PLAN_COMPLEMENT_PREPOSITIONS else n + 1
    if start == n + 1 and not _object_scope(words, n):
        return []
    window = range(start, min(len(words), start + _COMPLEMENT_WINDOW))
    if not any(words[i] in COMPLEMENT_SCOPES for i in window):
        return []
    scope = [i for i in window if words[i] in COMPLEMENT_SCOPES or _is_scope(words[i])]
    return scope + _moved_back_particle(words, window, scope)


def _moved_back_particle(words: list[str], window: range, scope: list[int]) -> list[int]:
    """The "back" of "a plan to move heavy weapons back": the particle that makes the verb
    a withdrawal, after the object the scope words end on."""
    after = scope[-1] + 1 if scope else len(words)
    if words[after : after + 1] != ["back"]:
        return []
    moved = (lemma_of(words[k]) in WITHDRAWAL_BACK_VERBS for k in range(window.start, after - 1))
    return [after] if any(moved) else []


def _modifies_next(words: list[str], n: int) -> bool:
    """ "ceasefire talks", "truce monitoring": the plan noun only qualifies the next noun."""
    return n + 1 < len(words) and (words[n + 1] in MEETING_WORDS or _is_scope(words[n + 1]))


def _infinitive(words: list[str], n: int) -> bool:
    """ "a proposal to exchange civilians": the infinitive after the noun says what is offered."""
    after = words[n + 1 : n + 3]
    return len(after) == 2 and after[0] == "to" and after[1] not in PLAN_NOT_INFINITIVES


def _put_forward(c: _Sentence, start: int, verbs: frozenset[str] | None = None) -> bool:
    """An indefinite plan noun as the object of proposing or answering is on the table
    ("agreed to carry out an exchange", "signed a joint declaration"); `verbs` widens
    proposing for a body ("create a mission")."""
    words = c.words
    before = range(start - 1, max(-1, start - 4), -1)
    article = next((j for j in before if words[j] in INDEFINITE_ARTICLES), None)
    if article is None:
        return False
    return any(
        reads_as_verb(c.words, c.lemmas, j) and c.lemmas[j] in (verbs or _PUTTING_FORWARD)
        for j in range(max(0, article - _PUT_FORWARD_REACH), article)
    )


def _definite(words: list[str], start: int) -> bool:
    return start > 0 and words[start - 1] in ANAPHORIC_DETERMINERS


def _owned_by_noun(c: _Sentence, start: int) -> bool:
    """ "the envoy's plan": a plan owned by a definite noun that names no actor is definite."""
    return start > 1 and c.token(start - 1).possessive and _definite(c.words, start - 1)


def _owner(c: _Sentence, start: int) -> str | None:
    """The possessor of the noun phrase: "Egypt's plan", or "its plan" for the subject."""
    for j in range(start - 1, max(-1, start - 6), -1):
        token = c.token(j)
        mention = c.a.mention_at(token.start)
        if mention is not None:
            owns = mention.possessive or (j == start - 1 and _attributive(c, mention, token))
            return mention.actor.name if owns else None
        word = token.text.lower()
        if word in POSSESSIVE_PRONOUNS:
            subject = first_subject(c.a, c.s, c.indices[j], c.speakers)
            if word in PLURAL_POSSESSIVES and subject in _joint_subject(c, token.start):
                return None
            return subject
        if word in _OWNER_STOPS:
            return None  # "Yemen's minister said any truce…": no possessor past a determiner
    return None


_OWNER_STOPS = PREPOSITIONS | ANAPHORIC_DETERMINERS | ARTICLES | KIND_ANAPHORS


def _joint_subject(c: _Sentence, before: int) -> list[str]:
    """The sides named together last before a character offset ("X and Y agreed to ..."),
    or nothing when the last one named stands alone."""
    mentions = list(c.a.mentions_in(c.span.start, before))
    if not mentions:
        return []
    last = mentions[-1].actor.name
    joined = conjuncts(c.a, c.span.start, before, last)
    return [*joined, last] if joined else []


def _compound_author(c: _Sentence, j: int) -> str | None:
    """ "a Qatar-brokered truce", "the U.S.-drafted plan": a participle of proposing glued to
    an actor's name before the plan names its author."""
    if j < 0 or "-" not in c.words[j] or c.words[j] == c.lemmas[j]:
        return None
    # a compound's lemma may lose its hyphen ("week-long" -> "weeklong"): no participle then
    if "-" not in c.lemmas[j] or c.lemmas[j].rsplit("-", 1)[1] not in _AUTHORING_LEMMAS:
        return None
    actor = c.a.registry.lookup(c.token(j).text.rsplit("-", 1)[0])
    return actor.name if actor is not None else None


def _sent_from(c: _Sentence, n: int) -> str | None:
    """ "a truce proposal from Egypt", "a proposal by Qatar", "the offer made by Chad": the
    actor an offer comes from, or is made by, put it forward; "a withdrawal from Kherson" and
    "an attack by drones" are no offers."""
    k = n + 1 if c.lemmas[n] not in PROPOSAL_OFFER_NOUNS else n
    if c.lemmas[k : k + 1] and c.lemmas[k] not in PROPOSAL_OFFER_NOUNS:
        return None
    if c.lemmas[k + 1 : k + 2] == [OFFER_MAKING_VERB] and _word(c, k + 2) == "by":
        k += 1
    return _agent(c, k + 1) if _word(c, k + 1) in OFFER_SOURCE_PREPOSITIONS else None


def _attributive(c: _Sentence, mention, before) -> bool:
    """ "a U.S. proposal", "the Egyptian plan", "the Witkoff proposal": an actor's adjective
    or short form after an article authors a plan; a state's full name there is usually the
    topic ("the Ukraine plan"), a body's is its author ("a United Nations proposal"), and a
    capitalised noun is a name ("the U.S. Mission")."""
    a = c.a
    k = a.token_index(mention.start)
    after = a.token_index(before.end)
    # The head may follow a scope word: "the Egyptian peace plan", "a U.S. truce proposal".
    authored = any(
        t.text.islower() and PROPOSAL_NOUNS.get(t.lower) in PLAN_AUTHORED_KINDS
        for t in a.tokens[after : after + 2]
    )
    # Scope words may stand between the article and the name ("the 28-point U.S. plan").
    j = k - 1
    while j > 0 and _is_scope(a.tokens[j].lower):
        j -= 1
    article = j >= 0 and a.tokens[j].lower in ARTICLES
    body = mention.actor.kind == "organization"
    return authored and article and (body or mention.surface != mention.actor.name)


def _kind(words: list[str], n: int, last: int, modifiers: list[str], complement: list[int]) -> str:
    noun = words[n]
    if noun not in PLAN_GENERIC_NOUNS:
        return PROPOSAL_NOUNS[noun]
    # "a committee to monitor the truce" is a body: the clause after it is its task.
    end = last + 1
    if noun in PLAN_BODY_NOUNS and "to" in words[n + 1 : end]:
        end = words.index("to", n + 1)
    # "a proposal for a 30-day moratorium" is a moratorium, "an understanding on stoppage of
    # firing" a ceasefire.
    inner = [PROPOSAL_NOUNS[w] for w in words[n + 1 : end] if w in PROPOSAL_NOUNS]
    inner = [kind for kind in inner if kind not in OPEN_KINDS]
    if inner:
        return inner[0]
    scope_words = modifiers + [words[i] for i in complement if i < end]
    kind = next((SCOPE_KINDS[w] for w in scope_words if w in SCOPE_KINDS), None)
    return kind or PROPOSAL_NOUNS[noun]


def _proposer(c: _Sentence, n: int) -> str | None:
    """The subject of the proposing verb nearest the noun, or the agent of "proposed by X"."""
    for j in sorted(c.proposing_verbs, key=lambda j: abs(j - n)):
        if j > n and (_takes_infinitive(c, j) or _reports_back(c, n, j) or _relative_of(c, n, j)):
            continue  # "proposed to start work on X" proposes X, not a plan named before
        if j > n and _subordinate_clause(c, n, j):
            continue
        if j > n and _word(c, j + 1) == "that":
            continue  # "agreed to the truce but demanded that…": its object is its clause
        # "put forward by X", "drawn up by X": the particle sits between verb and agent, as
        # may a time phrase ("proposed in January by X").
        by = j + 2 if _word(c, j + 1) in PROPOSER_PARTICLES else j + 1
        by = past_time_phrase(c.words, by)
        if _word(c, by) == "by":
            agent = _agent(c, by)
            if agent is not None:
                return agent
            continue
        before = c.a.mention_at(c.token(j - 1).start) if j > 0 else None
        if before is not None and before.possessive:
            return before.actor.name  # "Pakistan's offer of a ceasefire": the noun's owner
        quoted = _quoted_self(c, j)
        if quoted is not None:
            return quoted
        # "a truce that Egypt and Qatar proposed": the first named side leads.
        named = subjects(c.a, c.s, c.indices[j], c.speakers, loose=True)
        if named:
            return named[0]
    return None


def _subordinate_clause(c: _Sentence, n: int, j: int) -> bool:
    """ "agree to a prisoner release as Ethiopia offers to mediate": a verb after the plan in a
    clause a subordinator opens, with a subject of its own, proposes nothing of the plan's
    ("…after Egypt proposed it" still does, its object the plan)."""
    opener = next((i for i in range(n + 1, j) if c.words[i] in _CLAUSE_SUBORDINATORS), None)
    if opener is None or _word(c, j + 1) in THING_PRONOUNS:
        return False
    return any(
        c.words[k] in PERSON_PRONOUNS or c.a.mention_at(c.token(k).start) is not None
        for k in range(opener + 1, j)
    )


_CLAUSE_SUBORDINATORS = SUBORDINATORS - RELATIVE_PRONOUNS


def _relative_of(c: _Sentence, n: int, j: int) -> bool:
    """ "a halt to strikes, but not the ceasefire that Washington pressed them to accept": a
    verb in a relative clause of a later plan noun speaks of that plan only."""
    return any(
        c.words[i] in PROPOSAL_NOUNS and c.words[i + 1] in RELATIVE_PRONOUNS
        for i in range(n + 1, j - 1)
    )


def _reports_back(c: _Sentence, n: int, j: int) -> bool:
    """ "…agreed to swap prisoners, Turkey's minister announced": a verb closing the sentence
    after a comma, with its own named subject, reports the clause before; it proposes nothing
    ("a truce, which Egypt proposed" and "a truce, drafted by Egypt" still do)."""
    k = next((k for k in range(j - 1, n - 1, -1) if _clause_ends(c, k)), None)
    if k is None or _word(c, j + 1) not in (None, *PREPOSITIONS) or _word(c, j + 1) == "by":
        return False
    between = range(k + 1, j)
    if any(c.words[i] in RELATIVE_PRONOUNS for i in between):
        return False
    return any(c.a.mention_at(c.token(i).start) is not None for i in between)


def _mediator(c: _Sentence) -> str | None:
    """ "under Qatari mediation", "Qatar's mediation", "Qatar succeeded in a mediation": the
    mediator of the sentence's plan when nobody else put it forward."""
    if MEDIATION_NOUNS.isdisjoint(c.lemmas):
        return None  # most sentences name no mediation: spare the walk
    m = next((m for m, lemma in enumerate(c.lemmas) if lemma in MEDIATION_NOUNS), None)
    if m is None:
        return None
    if _word(c, m + 1) == "by":
        return _agent(c, m + 1)
    before = c.a.mention_at(c.token(m - 1).start) if m > 0 else None
    if before is not None:
        return before.actor.name
    return subject_before(c.a, c.s, c.indices[m], c.speakers)[0]


def _quoted_self(c: _Sentence, j: int) -> str | None:
    """ "'We propose a truce,' Pashinyan said": a quoted first person proposes for the
    speaker, "we" for the speaker's state when the registry gives one."""
    k = j - 1
    while k > 0 and c.words[k] in _AUXILIARIES:
        k -= 1
    word, speaker = c.words[k], c.speakers.get(c.s)
    if word not in QUOTED_SELF_PRONOUNS or speaker is None:
        return None
    if not c.a.in_quote(c.token(k).start) and _quoted_anywhere(c):
        return None  # outside a quotation only when the whole sentence is the speaker's voice
    actor = c.a.registry.lookup(speaker)
    side = actor.affiliation if actor is not None and QUOTED_SELF_PRONOUNS[word] else None
    return side or speaker


_AUXILIARIES = MODALS | BE_FORMS | HAVE_FORMS


def _quoted_anywhere(c: _Sentence) -> bool:
    """Whether a quotation opens in the sentence: a first person outside it is a reporter's
    aside; with none (a transcript's answer, an interview's reply) it is the speaker's own."""
    return any(c.a.in_quote(c.token(j).start) for j in range(len(c.words)))


def _content_owner(c: _Sentence, lead: int) -> str | None:
    """ "Eritrea's proposal included a truce and an exchange": what an owned plan or offer
    holds is put forward by its owner."""
    j = next((j for j in range(lead - 1, -1, -1) if c.lemmas[j] in PLAN_CONTENT_VERBS), None)
    if j is None or not reads_as_verb(c.words, c.lemmas, j) or _denied(c, j):
        return None
    for k in range(j - 1, max(-1, j - _CONTENT_SUBJECT_WINDOW), -1):
        if c.lemmas[k] in PROPOSAL_OFFER_NOUNS or c.words[k] in PROPOSAL_NOUNS:
            owner = _owner(c, k)
            if owner is not None:
                return owner
    return None


# How far before a plan an obligation may stand: "must be supervised by an international
# monitoring mission" (its participle, "by", an article and an adjective between).
_OBLIGATION_REACH = 6


def _demanded_by_speaker(c: _Sentence, lead: int, last: int) -> str | None:
    """ "X said any truce must be supervised by an international monitoring mission", "X said
    the withdrawal of the troops must come first": a plan an obligation demands, as its
    agent or as the subject of an active predicate, is the speaker's ("any truce must be
    supervised" demands the supervision, not the truce)."""
    speaker = c.speakers.get(c.s)
    if speaker is None:
        return None
    for k in c.obligations:
        passive = _word(c, k + 2) is not None and c.words[k + 2].endswith("ed")
        agent = (
            passive
            and _word(c, k + 3) in PASSIVE_AGENT_PREPOSITIONS
            and 0 < lead - k <= _OBLIGATION_REACH
        )
        if agent and not any(_clause_ends(c, j) for j in range(k, lead)):
            return speaker
        if k == last + 1 and not passive:
            return speaker
    return None


_PROPOSING_LEMMAS = PROPOSER_VERBS | PROPOSER_PHRASALS.keys() | PROPOSER_LIGHT_VERBS
# Verbs (lemmas) that only put a plan on the table, whose date says when it was put there
# ("a truce announced in March" may be one already made).
_TABLING_LEMMAS = PLAN_CLAUSE_VERBS | PROPOSER_PHRASALS.keys()
# The events that end a plan: one tabled and then ended is history, whenever it was tabled.
_ENDED_EVENTS = frozenset({"collapsed", "withdrawn"})
_AUTHORING_LEMMAS = PROPOSER_VERBS | PLAN_BACKING_VERBS
# The lemmas `_proposes` or `_urges` can accept, for a quick test of every word.
_PROPOSING_OR_URGING = _PROPOSING_LEMMAS | PLAN_URGING_VERBS


def _proposes(c: _Sentence, j: int) -> bool:
    """A proposing verb, or a phrasal one with its particle and an object ("drew up a
    truce", "the plan set out by Qatar"; "set out for Doha" goes somewhere)."""
    lemma = c.lemmas[j]
    if lemma in PROPOSER_VERBS:
        return True
    if lemma in PROPOSER_LIGHT_VERBS:
        k = j + 1 + (_word(c, j + 1) in ARTICLES)
        return k < len(c.lemmas) and c.lemmas[k] in PROPOSAL_OFFER_NOUNS
    after = _word(c, j + 2)
    phrasal = PROPOSER_PHRASALS.get(lemma, "") == _word(c, j + 1)
    return phrasal and (after == "by" or after not in PREPOSITIONS)


_ENACTING_VERBS = PLAN_ENACTING_VERBS | BODY_FOUNDING_VERBS


def _urges(c: _Sentence, j: int) -> bool:
    """ "called for a truce", "pressed both capitals to accept it", "urged Thailand to allow a
    corridor": urging a plan on others, to answer or to carry out."""
    if c.lemmas[j] not in PLAN_URGING_VERBS:
        return False
    if _word(c, j + 1) == "for":
        return True
    after = range(j + 1, min(len(c.words) - 1, j + 5))
    return any(
        c.words[k] == "to"
        and (c.lemmas[k + 1] in RESPONSE_CUES or c.lemmas[k + 1] in _ENACTING_VERBS)
        for k in after
    )


def _takes_infinitive(c: _Sentence, j: int) -> bool:
    """ "agreed to meet", "proposed to start": the verb's object is an infinitive clause of
    its own; "agreed to honour" answers through its infinitive, so it does not count."""
    after = c.words[j + 1 : j + 3]
    if len(after) < 2 or after[0] != "to" or after[1] in PLAN_NOT_INFINITIVES:
        return False
    return c.lemmas[j + 2] not in RESPONSE_CUES


def _denied(c: _Sentence, j: int) -> bool:
    """ "did not propose", "no side raised a truce": the verb puts nothing forward."""
    return is_negated(c.words, j) or _nobody(c, j)


def _offered_by(c: _Sentence, lead: int) -> tuple[str | None, bool]:
    """ "Ukraine's proposals for the ceasefire", "its terms for a truce": the owner of the
    offering noun before the plan's preposition, and whether that noun sets terms."""
    j = lead - 1
    while j > 0 and c.words[j] in ARTICLES:
        j -= 1
    if j < 2 or c.words[j] not in PLAN_COMPLEMENT_PREPOSITIONS:
        return None, False
    if c.lemmas[j - 1] not in PROPOSAL_OFFER_NOUNS | PROPOSAL_TERMS_NOUNS:
        return None, False
    terms = c.lemmas[j - 1] in PROPOSAL_TERMS_NOUNS
    if c.words[j - 2] in POSSESSIVE_PRONOUNS:
        # "Hamas, in a statement, listed its terms": the subject of the verb before owns them.
        pronoun = c.indices[j - 2]
        near = subjects(c.a, c.s, pronoun - 1, c.speakers, loose=True)[:1]
        return (near or [first_subject(c.a, c.s, pronoun, c.speakers)])[0], terms
    owner = c.a.mention_at(c.token(j - 2).start)
    if owner is None or not (owner.possessive or _after_article(c, owner)):
        return None, False  # "Egypt's offer of", "the Egyptian offer of"; not "an Egypt offer"
    return owner.actor.name, terms


def _after_article(c: _Sentence, mention) -> bool:
    k = c.a.token_index(mention.start)
    return k > 0 and c.a.tokens[k - 1].lower in ARTICLES and mention.surface != mention.actor.name


def _word(c: _Sentence, j: int) -> str | None:
    return c.words[j] if j < len(c.words) else None


def _responses(c: _Sentence, found: list[_Found]) -> dict[int, dict[str, ResponseRecord]]:
    """Each answer in the sentence, filed under the plans its verb or noun governs."""
    answers: dict[int, dict[str, ResponseRecord]] = {}
    if c.span.text.rstrip().endswith("?"):
        return answers  # "Does X accept the plan?" asks for an answer, it reports none
    conditional = is_conditional(c.words, c.span.text.lower())
    previous: tuple[int, list[str], float] | None = None
    for n in c.cue_positions:
        cue = _cue(c, n, found)
        if cue is None or is_hypothetical(c.words, n) or is_speculative(c.words, n):
            continue
        response, targets = cue
        actors, confidence = _answerers(c, n, found)
        if not actors and previous and not COORDINATORS.isdisjoint(c.words[previous[0] : n]):
            _, actors, confidence = previous  # "was studying it but would accept it": one subject
        previous = (n, actors, confidence) if actors else previous
        response = _polarity(c, n, response, actors, conditional)
        if response is None:
            continue
        for target in targets:
            _file(answers.setdefault(target, {}), actors, response, c.span, confidence)
            for others, answer in _further_agents(c, n, response):
                _file(answers.setdefault(target, {}), others, answer, c.span, confidence)
        if response == "accepted":
            for target in _excepted(c, found, targets):
                _file(answers.setdefault(target, {}), actors, "rejected", c.span, confidence)
    speaker = c.speakers.get(c.s)
    for i, plan in enumerate(found):
        response = _speakers_answer(c, plan, conditional) if speaker else None
        if response is not None:
            _file(answers.setdefault(i, {}), [speaker], response, c.span, 0.6)
    return answers


def _excepted(c: _Sentence, found: list[_Found], targets: list[int]) -> list[int]:
    """ "accepted the swap but not the monitoring mission": the plan an answer's objects are
    followed by, set apart by "not" and list words only, is refused."""
    if not targets:
        return []
    last = found[targets[-1]].last
    following = next((i for i, plan in enumerate(found) if plan.lead > last), None)
    if following is None:
        return []
    gap = c.words[last + 1 : found[following].lead]
    return [following] if "not" in gap and PLAN_EXCEPTION_WORDS.issuperset(gap) else []


def _speakers_answer(c: _Sentence, plan: _Found, conditional: bool) -> str | None:
    """The answer the sentence's speaker gives a plan by refusing it ("there will be no
    truce") or by passing a verdict on it ("the truce would be a welcome step")."""
    if _refused(c, plan):
        # "no truce until they leave" holds the plan to a condition, as stances read it
        held = not REFUSAL_CONDITIONS.isdisjoint(c.words[plan.last + 1 :])
        return "conditional" if held else "rejected"
    if _hangs_on(c, plan):
        return "conditional"
    verdict = _verdict(c, plan)
    if verdict is None:
        return None
    n, response = verdict
    return _polarity(c, n, response, [c.speakers[c.s]], conditional)


# Words that may stand between a plan and the verb it hangs on ("would depend on").
_HANGING_AUXILIARIES = MODALS | BE_FORMS | HAVE_FORMS


def _hangs_on(c: _Sentence, plan: _Found) -> bool:
    """ "said any pullback would depend on Hezbollah's disarmament": a plan the speaker makes
    hang on something is answered on that condition."""
    k = plan.last + 1
    while k < len(c.words) and c.words[k] in _HANGING_AUXILIARIES:
        k += 1
    return (
        k < len(c.words) - 1
        and c.lemmas[k] in DEPENDENCE_VERBS
        and c.words[k + 1] in DEPENDENCE_PREPOSITIONS
        and not is_negated(c.words, k)
    )


def _refused(c: _Sentence, plan: _Found) -> bool:
    """ "there would be no truce until the militia leaves": the speaker refuses the plan."""
    return " ".join(c.lemmas[max(0, plan.lead - 3) : plan.lead]) in EXISTENTIAL_REFUSALS


def _copula_after(c: _Sentence, start: int) -> int | None:
    """Where "be" follows a subject ending before word `start`, past one aside set off by
    commas ("the U.S. plan, now cut to 20 points, was a basis")."""
    aside = start > 0 and _clause_ends(c, start - 1)
    for k in range(start, min(len(c.words), start + _COPULA_REACH)):
        if c.words[k] in BE_FORMS:
            return k
        if c.words[k] in RELATIVE_PRONOUNS:
            return None
        if _clause_ends(c, k):
            if aside and _word(c, k + 1) not in BE_FORMS:
                return None
            aside = True
    return None


def _pronoun_answers(c: _Sentence, before: int | None = None) -> tuple[ResponseRecord, ...]:
    """ "Ukraine accepted most of it in writing", "Serbia turned it down", "Chad agreed, but
    only if…": the answers of verbs whose object is "it" or that have no object of their own,
    in a sentence naming no plan (or before word `before`, its first plan word), for the plan
    the sentences before are about."""
    answers: dict[str, ResponseRecord] = {}
    if c.span.text.rstrip().endswith("?"):
        return ()
    for n in c.cue_positions:
        if before is not None and n >= before:
            continue
        if _held_participation(c, n) and not is_hypothetical(c.words, n):
            # "Radaa will take part only if…": its plan is the one named before
            _file(answers, _answerers(c, n, [])[0], "conditional", c.span, 0.6)
            continue
        if before is not None and not _pronoun_object(c, n):
            continue
        if _pronoun_object(c, n) and _sets_condition(c, n):
            # "the Houthis set two conditions for it"
            _file(answers, _condition_setters(c, n), "conditional", c.span, 0.75)
            continue
        if before is None and (setters := _own_terms_setters(c, n)):
            _file(answers, setters, "conditional", c.span, 0.65)
            continue
        said = RESPONSE_PHRASES.get(f"{c.lemmas[n]} {_word(c, n + 1)}")  # "said yes"
        response = _phrasal_pronoun_answer(c, n) or said or _answer_verb(c.lemmas[n])
        if response is None or not _answers_here(c, n) or is_hypothetical(c.words, n):
            continue
        if is_speculative(c.words, n) or _fails_before_infinitive(c, n):
            continue
        end = n + 1 if said else n
        if not (_pronoun_object(c, n) or _objectless(c, end) and not _object_before(c, n)):
            continue
        actors, confidence = _answerers(c, n, [])
        conditional = is_conditional(c.words, c.span.text.lower())
        response = _polarity(c, n, response, actors, conditional)
        if response is not None:
            _file(answers, actors, response, c.span, confidence)
    return tuple(answers.values())


def _own_terms_setters(c: _Sentence, n: int) -> list[str]:
    """ "Belgrade listed its conditions", "the ELN laid out their terms": a side stating terms of
    its own, in a sentence naming no plan, answers the plan named before on them. Terms met,
    ignored or rejected are another's; terms "for" something else are not on this plan."""
    if n < 2 or c.lemmas[n] not in PROPOSAL_TERMS_NOUNS:
        return []
    other = _word(c, n + 1) in PLAN_COMPLEMENT_PREPOSITIONS and not _names_day(_word(c, n + 2))
    if c.words[n - 1] not in POSSESSIVE_DETERMINERS or other:
        return []
    verb = governing_verb(c.a, c.s, c.indices[n - 1], _TERMS_VERB_REACH)
    j = verb - c.indices[0] if verb is not None else -1
    if j < 0 or c.lemmas[j] not in _STATING_TERMS or _answer_verb(c.lemmas[j]):
        return []
    if is_negated(c.words, j) or is_hypothetical(c.words, j):
        return []
    return subjects(c.a, c.s, verb, c.speakers, loose=True)


def _held_participation(c: _Sentence, n: int) -> bool:
    """ "Radaa will take part only if the committee's rulings bind all units", "the KNU would
    join once air strikes stop": taking part with no object of its own, held to a condition,
    answers the plan named before on that condition."""
    end = _participation_end(c, n)
    if end is None:
        return False
    after = _word(c, end + 1)
    return (
        after in STANCE_CONDITION_OPENERS
        or " ".join(c.lemmas[end + 1 : end + 3]) in CONDITION_CLAUSES
    )


def _participation_end(c: _Sentence, n: int) -> int | None:
    """Where a verb or phrase of taking part that starts at word n ends ("join", "take part",
    "send a delegation"), without the preposition of its object."""
    if c.lemmas[n] in SUPPORT_PARTICIPATION_VERBS:
        return n
    for phrase in PARTICIPATION_PHRASES:
        head = phrase.split()[:-1]
        if c.lemmas[n : n + len(head)] == head:
            return n + len(head) - 1
    return None


# How far past the act a condition on it may open ("will not release anyone until…").
_ACT_CONDITION_REACH = 4


def _act_held(c: _Sentence, kind: str) -> tuple[ResponseRecord, ...]:
    """ "the rebels will not release anyone until Kinshasa frees detainees", "the army will
    withdraw only if the RSF disarms": the act a plan named before is made of, promised or
    refused on a condition, answers that plan on the condition, for the act's subject."""
    for n, lemma in enumerate(c.lemmas):
        act = DEMAND_ACTS.get(lemma)
        if act is None or kind_family(act) != kind_family(kind) or lemma in DEMAND_ACT_PARTICLES:
            continue
        if not _condition_follows(c, n) or is_hypothetical(c.words, n):
            continue
        actors, confidence = _answerers(c, n, [])
        return tuple(
            ResponseRecord(x, "conditional", c.span, confidence=confidence) for x in actors
        )
    return ()


def _condition_follows(c: _Sentence, n: int) -> bool:
    """Whether a condition opens a few words past act n, within its clause: "if", "once",
    "only after", or "until" after a negated act ("will not withdraw until")."""
    words = c.words
    for k in range(n + 1, min(len(words), n + 1 + _ACT_CONDITION_REACH)):
        if words[k] in STANCE_CONDITION_OPENERS and not is_adverbial_once(words, k):
            return True
        if " ".join(c.lemmas[k : k + 2]) in CONDITION_CLAUSES:
            return True
        refusal = words[k] in REFUSAL_CONDITIONS and not _time_follows(words, k + 1)
        if refusal and is_negated(words, n):
            return True
        if _clause_ends(c, k):
            return False
    return False


def _first_plan_word(c: _Sentence) -> int:
    return next(
        j
        for j, (word, lemma) in enumerate(zip(c.words, c.lemmas, strict=True))
        if word in _PLAN_WORDS or lemma in _PLAN_LEMMAS
    )


def _pronoun_object(c: _Sentence, n: int) -> bool:
    """Whether the verb's object is "it", or part of it ("most of it", "all of it"), also
    past its prepositions ("agreed to it", "went along with it")."""
    while _word(c, n + 1) in ANSWER_PRONOUN_PREPOSITIONS:
        n += 1
    after = c.words[n + 1 : n + 4]
    return after[:1] == ["it"] or (after[1:3] == ["of", "it"] and after[0] in PART_WORDS)


def _object_before(c: _Sentence, n: int) -> bool:
    """ "…, a claim Kyiv and its allies have rejected.": a noun phrase before the verb's subject
    (past any reporting verb) is the verb's object; the verb answers no plan on the table."""
    lo = n
    while lo > 0 and not _clause_ends(c, lo - 1):
        lo -= 1
    said = [
        j
        for j in range(lo, n)
        if c.words[j] == "that"
        or c.lemmas[j] in REPORTING_VERBS
        and reads_as_verb(c.words, c.lemmas, j)
    ]
    lo = said[-1] + 1 if said else lo
    for m in range(lo, n):
        if c.words[m] in _SUBJECT_PRONOUNS or c.a.mention_at(c.token(m).start) is not None:
            return any(c.words[j] in ARTICLES for j in range(lo, m - 1))
    return False


def _phrasal_pronoun_answer(c: _Sentence, n: int) -> str | None:
    """ "turned it down", "ruled it out": a phrasal answer with "it" before its particle."""
    if _word(c, n + 1) != "it" or _word(c, n + 2) is None:
        return None
    return RESPONSE_PHRASES.get(f"{c.lemmas[n]} {c.words[n + 2]}")


def _objectless(c: _Sentence, n: int) -> bool:
    """ "Hamas agreed.", "Chad agreed, but only if…", "would accept on condition that…": an
    answer verb with no object of its own, ending its clause or followed by its terms."""
    if not _clause_ends(c, n):
        # "the RSF accepted straight away", "agreed at once", "signed immediately"
        pace = next(
            (w for w in (2, 1) if " ".join(c.words[n + 1 : n + 1 + w]) in ANSWER_PACE_WORDS), 0
        )
        n += pace
    if _clause_ends(c, n):
        return True
    after, then = _word(c, n + 1), _word(c, n + 2)
    if after in STANCE_CONDITION_OPENERS or " ".join(c.lemmas[n + 1 : n + 3]) in CONDITION_CLAUSES:
        return True
    if after in PREPOSITIONS and (then in CONDITION_CUES or then in PRINCIPLE_QUALIFIERS):
        return True  # "on condition that", "in principle"
    if after in RESERVATION_LINKS and then in RESERVATION_NOUNS:
        return True  # "accepted with reservations"
    return any(" ".join(c.words[n + 1 : n + 4]).startswith(p) for p in CONDITION_PHRASES)


def _verdict(c: _Sentence, plan: _Found) -> tuple[int, str] | None:
    """ "said a truce would be 'a welcome step'", "sneered that the truce was a non-starter":
    a verdict after "be" whose subject is the plan answers it for the sentence's speaker."""
    be = _copula_after(c, plan.last + 1)
    if be is None:
        return None
    for j in range(be + 1, min(len(c.words), be + 1 + _VERDICT_REACH)):
        if c.words[j] in _VERDICT_ANSWERS:
            return j, _VERDICT_ANSWERS[c.words[j]]
        if _clause_ends(c, j):
            break
    return None


def _file(records: dict[str, ResponseRecord], actors, response, span, confidence) -> None:
    for actor in actors:
        # A committal answer outranks "studying it" from the same actor in one sentence.
        known = records.get(actor)
        if known is None or known.response == "considering" != response:
            records[actor] = ResponseRecord(actor, response, span, confidence=confidence)


def _cue(c: _Sentence, n: int, found: list[_Found]) -> tuple[str, list[int]] | None:
    """The answer word n (one of `cue_positions`) gives, and the plans it governs: a verb
    governs the plan after it, else (passive, relative) the one before; a noun or particle
    only a plan after it."""
    words, lemma = c.words, c.lemmas[n]
    following = words[n + 1] if n + 1 < len(words) else ""
    if f"{lemma} {following}" in RESPONSE_PHRASES:
        return RESPONSE_PHRASES[f"{lemma} {following}"], _governed(c, found, n, forward=False)
    noun = _answer_noun(c, n)
    if noun is not None:
        return noun, _governed(c, found, n, forward=True)
    if _sets_condition(c, n):
        return "conditional", _governed(c, found, n, forward=True)
    if _ANSWER_ADJECTIVES.get(words[n]) == following and not is_unasserted(
        c.a, c.indices[0], c.lemmas, n
    ):
        targets = _governed(c, found, n + 1, forward=True, window=_PARTICLE_WINDOW)
        return ("accepted", targets) if targets else None
    if following in REJECTING_PARTICLES:
        targets = _governed(c, found, n + 1, forward=True, window=_PARTICLE_WINDOW)
        return ("rejected", targets) if targets else None
    if lemma in REPLY_VERBS and following in REPLY_MANNERS:
        return REPLY_MANNERS[following], _governed(c, found, n, forward=False)
    if words[n] in COMMITMENT_MODALS and any(f.lead == n + 1 and f.verbal for f in found):
        return "accepted", [next(i for i, f in enumerate(found) if f.lead == n + 1)]
    if _outcome(c, n):
        # "produced a deal on detainees", "yielded an agreement on a prisoner swap"
        return "accepted", _governed(c, found, n + 1, forward=True)
    if _decided(c, n):
        return "accepted", _governed(c, found, n, forward=True, window=len(words))
    if _fails_before_infinitive(c, n):
        return None  # "refused to rule out a truce": the answer is the infinitive's, negated
    if _answer_verb(lemma) and _answer_infinitive(c, n):
        return None  # "agreed to study the proposal": the infinitive's answer is the answer
    if _answer_verb(lemma) and _answers_here(c, n):
        targets = _verb_targets(c, n, found)
        if lemma in JUDGING_RESPONSES:
            targets = _judged(c, n, found, targets)
        return _answer_verb(lemma), targets
    return None


def _answer_verb(lemma: str) -> str | None:
    """The answer a verb gives its object: an answer ("accepted") or a judgement ("hailed")."""
    return RESPONSE_CUES.get(lemma) or JUDGING_RESPONSES.get(lemma)


def _judged(c: _Sentence, n: int, found: list[_Found], targets: list[int]) -> list[int]:
    """The plans praise or criticism at word n judges: those heading its object ("hailed the
    truce", "slammed both the truce and the exchange"), none inside another noun or clause
    ("condemned violations of the ceasefire", "praised Qatar for brokering the exchange",
    "condemned the attack that broke the truce")."""
    after = [i for i in targets if found[i].lead > n]
    if not after or not _heads_object(c, n, found[after[0]].lead):
        return []
    return after


def _heads_object(c: _Sentence, n: int, lead: int) -> bool:
    """Whether a plan at lead heads the object of verb n: only its own modifiers between."""
    if lead - n > JUDGED_OBJECT_REACH:
        return False
    return not any(
        c.words[k] in PREPOSITIONS or c.words[k] in RELATIVE_PRONOUNS or _clause_ends(c, k)
        for k in range(n, lead)
    )


def _verb_targets(c: _Sentence, n: int, found: list[_Found]) -> list[int]:
    """The plans an answer verb governs: the plan a relative clause follows, else its object;
    a plan before it only when it has no object of its own ("agreed to meet again",
    "rejected an army demand" answer no plan named before)."""
    relative = _relative(c, n, found)
    if relative is not None:
        return [relative]
    if _takes_infinitive(c, n) or _word(c, n + 1) in INDEFINITE_ARTICLES:
        targets = _governed(c, found, n, forward=True, window=len(c.words))
    else:
        targets = _governed(c, found, n, forward=False)
        if targets and found[targets[0]].lead < n and _own_object(c, found[targets[0]], n):
            return []  # "…the treaty, while Armenia rejected the corridor": its own object
    targets = [i for i in targets if not _answered_apart(c, n, found[i].lead)]
    if targets and "to" in c.words[n + 1 : found[targets[0]].lead]:
        targets += _joined_infinitive_objects(c, found, targets)
    # "pledged to deploy a force after a ceasefire": a plan that dates the act is no object
    return [i for i in targets if found[i].lead < n or not _dates_act(c, found[i].lead)]


def _answered_apart(c: _Sentence, n: int, lead: int) -> bool:
    """Whether another answer word past a contrast stands between verb n and a plan at lead
    ("agreed to reopen the crossings but rejected the plan"): the plan is that word's."""
    return any(
        n < m < lead and not CONTRASTS.isdisjoint(c.words[n + 1 : m]) for m in c.cue_positions
    )


def _own_object(c: _Sentence, plan: _Found, n: int) -> bool:
    """Whether verb n, in a clause of its own after the plan, takes a thing on the table as
    its object ("…the treaty, while Armenia rejected the corridor"); a time phrase ("the
    same evening") or a part of the plan ("its terms") leaves the plan before answered."""
    if not _new_subject_between(c, plan.last, n):
        return False
    k = n + 1
    while k < len(c.words) and c.words[k] in _NOUN_PHRASE_OPENERS and not _clause_ends(c, k):
        k += 1
    if k == n + 1:
        return False
    while k < len(c.words) and k - n <= _GOVERN_WINDOW:
        if c.lemmas[k] in _PROPOSAL_NOUN_SET or c.lemmas[k] in OPEN_ISSUE_NOUNS:
            return True
        if c.words[k] in PREPOSITIONS or _clause_ends(c, k):
            return False
        k += 1
    return False


def _new_subject_between(c: _Sentence, start: int, n: int) -> bool:
    """Whether a clause break and a subject of its own stand between word start and verb n."""
    breaks = [k for k in range(start, n - 1) if _clause_ends(c, k)]
    if not breaks:
        return False
    return any(
        c.words[j] in _SUBJECT_PRONOUNS or c.a.mention_at(c.token(j).start) is not None
        for j in range(breaks[-1] + 1, n)
    )


# Words opening a noun phrase: a verb's own object starts with one.
_NOUN_PHRASE_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS


def _joined_infinitive_objects(c: _Sentence, found: list[_Found], targets: list[int]) -> list[int]:
    """ "agreed to extend the truce and to set up a monitoring mechanism", "agreed to extend
    the truce, to reopen the road and to form a committee": the plans further infinitives
    of the list take are answered too, however far the first one's object runs; the clause
    must not end before them ("…the truce, and Russia set up a mission")."""
    if not targets:
        return []
    joined: list[int] = []
    k, last = found[targets[-1]].last + 1, len(c.words)
    while k < last:
        verb = _next_infinitive(c, k)
        if verb is None:
            if _clause_ends(c, k - 1):
                break
            k += 1
            continue
        if not _joinable_verb(c, verb):
            break
        plan = _object_plan(c, found, verb, targets + joined)
        if plan is not None:
            joined.append(plan)
        k = verb + 1
    return joined


def _next_infinitive(c: _Sentence, k: int) -> int | None:
    """The verb of an infinitive the list goes on with at word k: "and (to) reopen" within
    the clause, or ", to reopen" and ", and to reopen" after a mark."""
    after_mark = _clause_ends(c, k - 1)
    if c.words[k] == "and":
        to = _word(c, k + 1) == "to"
        return k + 1 + to if to or not after_mark else None
    return k + 1 if after_mark and c.words[k] == "to" else None


def _joinable_verb(c: _Sentence, verb: int) -> bool:
    if verb >= len(c.words) or c.words[verb] != c.lemmas[verb]:
        return False
    if c.words[verb] in _NOT_JOINED_VERBS or not c.token(verb).text.islower():
        return False
    return c.a.mention_at(c.token(verb).start) is None


def _object_plan(c: _Sentence, found: list[_Found], verb: int, taken: list[int]) -> int | None:
    """The plan an infinitive's verb takes: the first after it, near and in its clause."""
    for i, plan in enumerate(found):
        if i in taken or plan.lead < verb or plan.lead == verb and not plan.verbal:
            continue  # "to swap prisoners": a verb phrase plan is its own infinitive
        near = plan.lead - verb <= _PUT_FORWARD_REACH
        if near and not any(_clause_ends(c, j) for j in range(verb, plan.lead)):
            return i
        return None
    return None


# Words after "and" that open no infinitive: a determiner, or a pronoun or a modal opening
# a clause of its own ("accepted the truce and would open corridors").
_NOT_JOINED_VERBS = PLAN_NOT_INFINITIVES | _SUBJECT_PRONOUNS | MODALS


def _dates_act(c: _Sentence, lead: int) -> bool:
    k = lead - 1
    while k > 0 and c.words[k] in ARTICLES:
        k -= 1
    return k >= 0 and c.words[k] in TIME_PREPOSITIONS


def _answers_here(c: _Sentence, n: int) -> bool:
    """Whether an answer verb reports an answer: a verb, not the infinitive of an answer
    noun, and an -ing form only after "be" ("is studying"; "optimistic about X reaching a
    deal", "talks aimed at reaching a deal" report none)."""
    if not reads_as_verb(c.words, c.lemmas, n) or _noun_infinitive(c, n) or _urged(c, n):
        return False
    progressive = is_ing_form(c.words[n], c.lemmas[n])
    return not progressive or bool(set(c.words[max(0, n - 3) : n]) & BE_AUXILIARIES)


def _sets_condition(c: _Sentence, n: int) -> bool:
    """Whether a condition noun sets terms for the plan after it (see `_condition_setters`)."""
    return bool(_condition_setters(c, n))


def _condition_setters(c: _Sentence, n: int) -> list[str]:
    """Who holds the plan after a condition noun to terms: the subject of a verb that carries
    the noun ("Hamas set three conditions for the truce", "attached two conditions to it"),
    else, for an ownerless "condition for" ("remains a necessary condition for the signing
    of the treaty"), the sentence's speaker."""
    if c.lemmas[n] not in CONDITION_NOUNS or _owner(c, n) is not None:
        return []
    following = _word(c, n + 1)
    for j in range(n - 1, max(-1, n - _TERMS_VERB_REACH), -1):
        verb = reads_as_verb(c.words, c.lemmas, j) or follows_name(c.a, c.indices[j])
        if c.lemmas[j] in LIGHT_VERBS and verb:
            if following not in PLAN_COMPLEMENT_PREPOSITIONS:
                return []
            return subjects(c.a, c.s, c.indices[j], c.speakers, loose=True)
        if _clause_ends(c, j):
            break
    speaker = c.speakers.get(c.s)
    return [speaker] if speaker is not None and following == "for" else []


def _answer_noun(c: _Sentence, n: int) -> str | None:
    """The answer an answer noun gives: its own ("Chad's approval of the truce"), that of the
    answering verb after it ("readiness to honour the truce"), none with any other verb
    ("readiness to discuss the truce" is no answer to it)."""
    words = c.words
    following = words[n + 1] if n + 1 < len(words) else ""
    answer = RESPONSE_NOUNS.get(f"{words[n]} {following}") or RESPONSE_NOUNS.get(words[n])
    if answer is None or following != "to" or n + 2 >= len(words):
        return answer
    verb = words[n + 2]
    if verb in PLAN_NOT_INFINITIVES or verb in PROPOSAL_NOUNS:
        return answer
    return RESPONSE_CUES.get(c.lemmas[n + 2])


def _urged(c: _Sentence, n: int) -> bool:
    """An infinitive answer not governed by an answer or a commitment is asked for, not
    given: "a deadline for Kyiv to approve the plan", "pressure on X to accept it"; so is one
    in the "that" clause of a proposing or urging verb ("suggested that both sign a
    memorandum")."""
    if _proposed_clause(c, n):
        return True
    if n < 2 or c.words[n - 1] != "to":
        return False
    governors = c.lemmas[max(0, n - 4) : n - 1]
    return not any(g in RESPONSE_CUES or g in ANSWER_GOVERNORS for g in governors)


def _proposed_clause(c: _Sentence, n: int) -> bool:
    """Whether word n stands in the "that" clause of a proposing or urging verb."""
    for k in range(n - 1, max(0, n - _CLAUSE_REACH), -1):
        if _clause_ends(c, k):
            return False
        if c.words[k] == "that":
            return c.lemmas[k - 1] in PLAN_CLAUSE_VERBS | PLAN_URGING_VERBS
    return False


def _noun_infinitive(c: _Sentence, n: int) -> bool:
    """ "readiness to honour": the verb answers through its noun and the noun's owner."""
    return n > 1 and c.words[n - 1] == "to" and c.words[n - 2] in RESPONSE_NOUNS


def _outcome(c: _Sentence, n: int) -> bool:
    """ "the talks produced a deal", "talks ended with a deal": a meeting brought it about; one
    that might or should ("the next round could produce a deal") has brought nothing."""
    phrase = f"{c.lemmas[n]} {_word(c, n + 1)}"
    outcome = c.lemmas[n] in OUTCOME_VERBS or phrase in OUTCOME_PHRASES
    return (
        outcome
        and _meeting_subject(c, n)
        and not is_unrealised(c.a, c.indices[0], c.words, c.lemmas, n)
    )


def _decided(c: _Sentence, n: int) -> bool:
    """ "it was decided that …", "it has been agreed that …": an impersonal passive reports
    the outcome of the meeting before, not the answer of a named side."""
    if c.lemmas[n] not in DECISION_VERBS or _word(c, n + 1) != "that":
        return False
    before = c.words[max(0, n - 3) : n]
    return "it" in before and bool(set(before) & BE_AUXILIARIES)


def _meeting_subject(c: _Sentence, n: int) -> bool:
    """ "the talks in Jeddah produced a deal", "talks between Chad and Sudan in Abuja on
    Monday yielded a deal": a meeting word, no side, heads the subject."""
    if n == 0 or c.words[n - 1] == "to":
        return False
    for k in range(n - 1, max(-1, n - 5), -1):
        if c.a.mention_at(c.token(k).start) is not None or _clause_ends(c, k):
            break
        if c.words[k] in MEETING_WORDS:
            return True
    lo = n - 1
    while lo > 0 and n - lo < _MEETING_SUBJECT_REACH and not _clause_ends(c, lo - 1):
        lo -= 1
    if lo > 0 and not _clause_ends(c, lo - 1):
        return False
    head = c.words[lo + (c.words[lo] in ARTICLES)]
    return head in MEETING_WORDS


def _relative(c: _Sentence, n: int, found: list[_Found]) -> int | None:
    """The plan a relative clause answers ("a truce, which Hamas accepted"), if any."""
    before = [i for i, f in enumerate(found) if f.last < n]
    if not before:
        return None
    between = c.words[found[before[-1]].last + 1 : n]
    return before[-1] if between[:1] and between[0] in RELATIVE_PRONOUNS else None


def _governed(
    c: _Sentence, found: list[_Found], n: int, forward: bool, window=_GOVERN_WINDOW
) -> list[int]:
    """The plans after word n with those joined to it by "and", else the plan before."""
    after = [i for i, f in enumerate(found) if f.lead > n]
    if after and not (forward and found[after[0]].lead - n > window):
        chain = [after[0]]
        for i in after[1:]:
            if not _listed(c, found[chain[-1]], found[i]):
                break
            chain.append(i)
        return chain
    before = [i for i, f in enumerate(found) if f.last < n]
    return [] if forward or not before else [before[-1]]


def _listed(c: _Sentence, first: _Found, then: _Found) -> bool:
    """Whether only a few list words stand between two plans, so that one answer governs
    both; "as well as" lists as "and" does."""
    gap = " ".join(c.words[first.last + 1 : then.lead]).replace(PLAN_LIST_PHRASE, "and").split()
    return len(gap) <= PLAN_LIST_GAP and PLAN_LIST_WORDS.issuperset(gap)


def _answerers(c: _Sentence, n: int, found: list[_Found]) -> tuple[list[str], float]:
    """Who gives the answer at word n: the owner of an answer noun, the sides of a meeting
    that produced a plan, the agent of "accepted by X", or the subjects of the verb."""
    if _answer_noun(c, n) is not None:
        owner = _owner(c, n - (n > 0 and c.words[n - 1] in ARTICLES))
        if owner is not None:
            return [owner, *_envoys_of(c, n, owner)], 0.8
        # "both governments renewed their pledge": "their" is the subject of the verb before
        verb = governing_verb(c.a, c.s, c.indices[n - 1], _OWNER_VERB_REACH) if n > 1 else None
        if c.words[n - 1] in POSSESSIVE_DETERMINERS and verb is not None:
            return subjects(c.a, c.s, verb, c.speakers, loose=True), 0.75
    if _outcome(c, n) or _decided(c, n):
        return _meeting_sides(c), 0.7
    if _sets_condition(c, n):
        return _condition_setters(c, n), 0.6
    if c.words[n] in _ANSWER_ADJECTIVES:
        # "Hamas is open to the truce": the subject of "be", which is no passive here
        return subjects(c.a, c.s, c.indices[n], c.speakers, loose=True), 0.75
    if c.words[n] in COMMITMENT_MODALS:
        n += 1  # the subject of "will swap" is the subject of the plan verb
    participle = c.words[n] != c.lemmas[n] and any(f.last == n - 1 for f in found)
    if participle and (_agent_by(c, n) is None or not _clause_ends(c, n - 1)):
        # "a truce agreed upon with X", "wants a truce signed by both": a participle after its
        # plan says which plan is meant; set off by a comma with its agent it reports that
        # agent's answer ("the framework, agreed by X and Y in May,")
        return [], 0.0
    actors, confidence = _responders(c, n)
    if actors and c.lemmas[n] in MUTUAL_RESPONSES:
        actors = actors + _partners(c, n)
    return actors, confidence


def _envoys_of(c: _Sentence, n: int, owner: str) -> list[str]:
    """ "Minister Mirzoyan confirmed Yerevan's readiness to sign the treaty": the person who
    states the owner's answer, acting for it, gives it too."""
    k = n - 1
    while k > 0 and c.a.mention_at(c.token(k).start) is None:
        k -= 1
    owner_mention = c.a.mention_at(c.token(k).start)
    while k > 0 and c.a.mention_at(c.token(k - 1).start) is owner_mention:
        k -= 1  # to the first word of a name of several ("South Africa's")
    verb = k - 1  # the verb before the owner's name, past its article
    while verb > 0 and c.words[verb] in ARTICLES:
        verb -= 1
    if verb < 1 or not reads_as_verb(c.words, c.lemmas, verb):
        return []
    people = subjects(c.a, c.s, c.indices[verb], c.speakers)
    return [p for p in people if p != owner and state_of(c.a, p) == owner]


def _meeting_sides(c: _Sentence) -> list[str]:
    """The sides of the last meeting reported up to this sentence, else ("the Jeddah round
    yielded a prisoner swap" with no sides named) the sides of the article's main negotiation."""
    held = [m for m in c.a.meetings if m.evidence.start <= c.span.start and m.participants]
    return list(held[-1].participants) if held else main_sides(c.a)


def _polarity(c: _Sentence, n: int, response: str, actors: list[str], conditional: bool):
    """The answer word n gives in its context, or None when it gives none: a withheld answer
    ("stopped short of endorsing"), one of nobody ("no side accepted"), or a joint answer
    not reached ("the two sides could not agree") is no answer; a negated one a rejection, and
    a negated rejection an answer still open."""
    words = c.words
    if n > 1 and words[n - 1] == "of" and words[n - 2] in WITHHELD_ANSWER:
        return None
    if _nobody(c, n):
        return None
    if _neither_nor(c, n):
        return "considering"
    if is_negated(words, n) or _failed_answer(c, n):
        joint = len(set(actors)) > 1 or _names_joined(c, n)
        mutual = c.lemmas[n] in MUTUAL_RESPONSES and joint
        if mutual or c.lemmas[n] in OUTCOME_VERBS:
            return None
        # "has not rejected the proposal outright": the answer is still open
        if response == "rejected":
            return "considering"
        # "would not sign any truce unless the militia withdraws": a refusal held to a condition
        return "conditional" if _refusal_condition(c, n + 1) else "rejected"
    if response == "rejected" and _refusal_condition(c, n + 1 + (_word(c, n + 1) == "out")):
        return "conditional"  # "ruled out a truce before the root causes are addressed"
    if set(c.lemmas[max(0, n - 3) : n]) & DENIAL_VERBS:
        return None  # "denied expressing approval": the answer is said not to have been given
    manner = ANSWER_MANNERS.get(_word(c, n + 1) or "")
    if manner is not None and response == "accepted":
        return manner  # "accepted conditionally", "agreed unconditionally"
    # "would study the document but any truce must…": weighing a plan while setting what it
    # must hold answers it on that condition, as a yes beside a demand does
    if response not in {"accepted", "considering"}:
        return response
    conditional = conditional or _condition_opened(c, n + 1)
    if not conditional:
        tokens = c.a.tokens[c.indices[0] : c.indices[-1] + 1]  # the sentence's, by position
        conditional = demanded_beside(c.a, tokens, n + 1)
    return "conditional" if conditional else response


def _condition_opened(c: _Sentence, start: int) -> bool:
    """Whether a condition clause opens in the answer's own clause after word start: "would
    accept it if Russia did the same", "will accept it once the RSF withdraws", "agreed,
    provided the hostages are freed"; "at once" is an adverb, and "…, which it once called a
    trap" or "and the army will withdraw once it holds" are other clauses."""
    words = c.words
    return any(
        words[k] in STANCE_CONDITION_OPENERS and not is_adverbial_once(words, k)
        for k in range(start, clause_end(words, c.clause_ends, start) + 1)
    )


def _refusal_condition(c: _Sentence, start: int) -> bool:
    """Whether "unless", "until" or "till" (not before a time), or "before" with a clause of
    its own, opens a condition in the answer's own clause after word start: "will not accept
    it until the army leaves", "ruled out a truce before the root causes are addressed";
    "…, and the RSF fought on until dawn" is another clause, "before the vote" a time."""
    words = c.words
    end = clause_end(words, c.clause_ends, start)
    for k in range(start, end + 1):
        if words[k] in REFUSAL_CONDITIONS and not _time_follows(words, k + 1):
            return True
        if words[k] in CLAUSE_REFUSAL_CONDITIONS:
            return not FINITE_AUXILIARIES.isdisjoint(words[k + 1 : end + 1])
    return False


def _time_follows(words: list[str], k: int) -> bool:
    """ "until March", "until Friday", "until 2026": a time, no condition."""
    word = words[k] if k < len(words) else ""
    return word in MONTHS or word in WEEKDAYS or word[:1].isdigit()


def _failed_answer(c: _Sentence, n: int) -> bool:
    """Whether answer n is failed or refused: "failed to agree", "unable to accept", "refused
    to rule out", "declined to back"."""
    return not ANSWER_FAILURES.isdisjoint(c.lemmas[max(0, n - 3) : n])


def _fails_before_infinitive(c: _Sentence, n: int) -> bool:
    """Whether a failure or refusal at word n leaves the answer to the infinitive after it:
    an answer's, negated ("refused to sign", "refused to rule out"), or none when it is
    speech ("declined to say whether"); "refused to implement the truce" answers itself."""
    if c.lemmas[n] not in ANSWER_FAILURES or _word(c, n + 1) != "to" or n + 2 >= len(c.words):
        return False
    verb = c.lemmas[n + 2]
    answer = verb in RESPONSE_CUES or f"{verb} {_word(c, n + 3)}" in RESPONSE_PHRASES
    return answer or verb in REPORTING_VERBS


def _answer_infinitive(c: _Sentence, n: int) -> bool:
    """Whether an answer verb at word n governs the infinitive of another answer ("agreed to
    study the plan", "voted to endorse it"), which gives the answer in its place."""
    if _word(c, n + 1) != "to" or n + 2 >= len(c.words):
        return False
    return c.lemmas[n + 2] in RESPONSE_CUES and reads_as_verb(c.words, c.lemmas, n + 2)


def _neither_nor(c: _Sentence, n: int) -> bool:
    """ "has neither embraced nor rejected the plan": opposite answers both denied leave the
    answer open."""
    pair = neither_nor(c.words, n)
    answers = {_denied_answer(c, j) for j in pair} if pair else set()
    return {"accepted", "rejected"} <= answers


def _denied_answer(c: _Sentence, j: int) -> str | None:
    """The answer a verb or a stance phrase at word j of a "neither … nor" pair would give
    ("nor come out against it" would reject)."""
    for width in _STANCE_PHRASE_WIDTHS:
        stance = STANCE_PHRASES.get(" ".join(c.lemmas[j : j + width]))
        if stance in _ANSWER_OF_STANCE:
            return _ANSWER_OF_STANCE[stance]
    return RESPONSE_CUES.get(c.lemmas[j])


def _names_joined(c: _Sentence, n: int) -> bool:
    """ "Ethiopia and Eritrea could not agree": two names joined by "and" just before the
    verb make a joint subject, whether or not the registry knows both."""
    for k in range(max(1, n - 6), n - 1):
        if c.words[k] == "and" and c.token(k - 1).text[:1].isupper():
            return c.token(k + 1).text[:1].isupper()
    return False


def _nobody(c: _Sentence, n: int) -> bool:
    """Whether the verb's subject is nobody: "no side", "neither party", "none of them"."""
    for k in range(max(0, n - 4), n):
        after = c.words[k + 1] if k + 1 < n else ""
        if c.words[k] in NOBODY_DETERMINERS and (after == "of" or c.lemmas[k + 1] in JOINT_NOUNS):
            return True
        if c.words[k] == "nobody":
            return True
    return False


def _responders(c: _Sentence, n: int) -> tuple[list[str], float]:
    """The subjects of the answering verb ("X and Y agreed"), or the agent of "accepted by X"
    or "accepted conditionally by X"."""
    by = _agent_by(c, n)
    if by is not None:
        agents = passive_agents(c.a, c.s, c.indices[by])
        if agents:
            return agents, 0.9
    if not c.words[n].endswith("ing") and is_passive(c.a, c.s, c.indices[n]):
        return _speakers_passive(c, n)
    name, confidence = subject_before(c.a, c.s, c.indices[n], c.speakers)
    named = subjects(c.a, c.s, c.indices[n], c.speakers, loose=True)
    return (named, confidence or 0.75) if named else ([], 0.0)


def _agent_by(c: _Sentence, n: int) -> int | None:
    """Where the "by" of a passive answer's agent stands: right after it, or after its manner
    adverb ("accepted conditionally by the army") or "in principle"."""
    k = n + 1 + (_word(c, n + 1) in ANSWER_MANNERS)
    if _word(c, k) in PREPOSITIONS and _word(c, k + 1) in PRINCIPLE_QUALIFIERS:
        k += 2
    return k if _word(c, k) == "by" else None


# How far past its "by" a passive answer's first agents may run before "and by" joins others.
_FURTHER_AGENT_REACH = 8


def _further_agents(c: _Sentence, n: int, response: str) -> list[tuple[list[str], str]]:
    """ "accepted by the RSF and conditionally by the army": agents joined to the first by "and
    by", each with the answer its own manner adverb gives, else the verb's."""
    by = _agent_by(c, n)
    if by is None:
        return []
    found = []
    for k in range(by + 1, min(len(c.words) - 1, by + _FURTHER_AGENT_REACH)):
        if c.words[k] != "and":
            if _clause_ends(c, k) and _word(c, k + 1) != "and":
                break
            continue
        manner = ANSWER_MANNERS.get(c.words[k + 1])
        again = k + 1 + (manner is not None)
        if _word(c, again) != "by":
            break
        agents = passive_agents(c.a, c.s, c.indices[again])
        if agents:
            answer = manner if manner and response == "accepted" else response
            found.append((agents, answer))
        break
    return found


def _speakers_passive(c: _Sentence, n: int) -> tuple[list[str], float]:
    """ "X stressed that the treaty can be signed only after Y…", "X said the idea was being
    studied": a modal passive answer held to a condition, or a passive still under way, is
    the speaker's; any other passive without agent ("it was decided", "the truce was
    accepted") names no answerer."""
    speaker = c.speakers.get(c.s)
    modal = not MODALS.isdisjoint(c.words[max(0, n - 3) : n])
    condition = _word(c, n + 1) in CONDITION_OPENERS
    condition = condition or " ".join(c.lemmas[n + 1 : n + 3]) in CONDITION_CLAUSES
    under_way = n > 0 and c.words[n - 1] == "being"
    return ([speaker], 0.6) if speaker and (modal and condition or under_way) else ([], 0.0)


def _partners(c: _Sentence, n: int) -> list[str]:
    """The other side of a joint answer: "signed a treaty with Azerbaijan" within its clause."""
    for j in range(n + 1, min(len(c.indices), n + 7)):
        token = c.token(j)
        if j > n + 1 and _clause_ends(c, j - 1):
            return []
        if token.lower == "with":
            mention = mention_after(c.a, c.indices[j], c.indices[0] + len(c.indices))
            return [mention.actor.name] if mention is not None else []
    return []


def _authored_after(c: _Sentence, n: int) -> tuple[bool, str | None]:
    """ "the corridors proposed by the mediators": a participle of proposing with its agent
    right after the plan noun makes even a generic noun a concrete plan, and names its
    author when the agent is a known actor; so does one past the noun's complement ("a
    mechanism for humanitarian movements, proposed by the UN")."""
    j = _past_complement(c, n)
    if j >= len(c.words) or not (_proposes(c, j) or c.lemmas[j] in PLAN_BACKING_VERBS):
        return False, None
    by = j + 2 if _word(c, j + 1) in PROPOSER_PARTICLES else j + 1
    # "a plan put forward by", "the terms set out by": a participle spelled as its lemma is
    # one only with its particle; bare, "plan put" may be a verb after a noun.
    if c.words[j] == c.lemmas[j] and by == j + 1:
        return False, None
    by = past_time_phrase(c.words, by)  # "the corridor proposed in January by"
    return (True, _agent(c, by)) if _word(c, by) == "by" else (False, None)


def _past_complement(c: _Sentence, n: int) -> int:
    """The word after a plan noun's short prepositional complement, up to a comma ("for
    humanitarian movements,"), else the word after the noun."""
    if _word(c, n + 1) not in PLAN_COMPLEMENT_PREPOSITIONS or _clause_ends(c, n):
        return n + 1
    for k in range(n + 2, min(len(c.words) - 1, n + _COMPLEMENT_REACH)):
        if _clause_ends(c, k):
            return k + 1
    return n + 1


def _agent(c: _Sentence, by: int) -> str | None:
    """The actor after a passive "by" ("proposed by the United States"); a side's adjective
    before a title qualifies the person named ("by Armenian Prime Minister Nikol Pashinyan")."""
    agents = passive_agents(c.a, c.s, c.indices[by]) if by < len(c.indices) else []
    return agents[0] if agents else None


def _antecedent(found: list[_Mention], new: _Mention) -> int | None:
    """The proposal this mention names again: the last one of its kind whose scope fits."""
    if new.anaphoric and found:
        return _referent(found, new)
    if new.new:
        return None
    by = new.proposal.proposed_by
    if by and not (new.indefinite or new.scope) and new.proposal.kind in PLAN_AUTHORED_KINDS:
        # "the plan, drawn up by Norway": a definite plan with nothing but its author names
        # again the plan that author put forward, whatever noun named it first
        same = (i for i in range(len(found) - 1, -1, -1) if found[i].proposal.proposed_by == by)
        earlier = next((i for i in same if not found[i].history), None)
        if earlier is not None:
            return earlier
    for i in range(len(found) - 1, -1, -1):
        old = found[i]
        if old.history and (new.indefinite or new.history):
            continue  # "a peace deal" after "the 2016 peace accord" is another one
        if new.history and not old.history:
            continue  # "the ceasefire agreement of October 2020" is not the truce now proposed
        same_kind = kind_family(old.proposal.kind) == kind_family(new.proposal.kind)
        if same_kind and _scopes_agree(old.scope, new.scope) and not _introduced(old, new):
            return i
    return None


def _introduced(old: _Mention, new: _Mention) -> bool:
    """ "an amnesty" after "a bridging proposal": an indefinite plan of an open kind named by
    another noun, with nothing in its wording to tie it to the plan before, is one of its own;
    so is a body of another noun ("a multinational force" after "a monitoring mission")."""
    if not new.indefinite:
        return False
    if _is_body(new.head) and _is_body(old.head):
        return new.head.split()[-1] != old.head.split()[-1]  # any force is "a force"
    if old.scope or new.scope or new.proposal.kind not in OPEN_KINDS:
        return False
    return _head(old.proposal) != _head(new.proposal)


def _is_body(head: str) -> bool:
    """Whether a plan's head names a body it sets up or sends: bodies of different nouns are
    different."""
    return head in PLAN_BODY_NOUNS or head in PLAN_FORCE_HEADS


def _head(proposal: ProposalRecord) -> str:
    return proposal.title.lower().split()[-1]


def _referent(found: list[_Mention], new: _Mention) -> int | None:
    """A definite "the treaty" repeats the last plan named by that noun, else of its kind,
    else the last plan: "the treaty" after "a peace treaty … a joint declaration"."""
    head = new.proposal.title.lower().split()[-1]
    # "X had proposed a permanent truce, and Y agreed to study the proposal": a plan named
    # earlier in the same sentence is the one meant
    here = [i for i, m in enumerate(found) if m.seen[0] == new.seen[0]]
    if head in PLAN_UNSAID_NOUNS:
        # "proposed a truce and the signing of the 2015 accord, and agreed to study the
        # proposal": what is proposed is on the table, not the accord recalled
        here = [i for i in here if not found[i].history] or here
    if here:
        return here[-1]
    # the plan named last, not the one first named last: "the ELN proposed a new truce" named
    # again an older truce, after which a peace accord of 2016 was recalled
    latest = sorted(range(len(found)), key=lambda i: found[i].seen)
    if head in PLAN_UNSAID_NOUNS and any(not found[i].history for i in latest):
        # "rejected the proposal" after a recalled accord: what is proposed is on the table
        latest = [i for i in latest if not found[i].history]
    by = new.named_by
    if by and head in PLAN_UNSAID_NOUNS:
        # "the Qatari proposal" after proposals of two sides names Qatar's
        authored = [i for i in latest if found[i].proposal.proposed_by == by]
        if authored:
            return authored[-1]
    for same in (
        lambda m: head in m.proposal.title.lower().split(),
        lambda m: kind_family(m.proposal.kind) == kind_family(new.proposal.kind),
    ):
        match = next((i for i in reversed(latest) if same(found[i])), None)
        if match is not None:
            return match
    if new.kind_of:
        return None  # "would not sign any roadmap" after an exchange names no plan yet
    # "the envoy's plan": an owned plan is the last one someone put forward
    put = (i for i in range(len(found) - 1, -1, -1) if found[i].proposal.proposed_by)
    put_forward = next(put, None) if new.owned else None
    if put_forward is not None:
        return put_forward
    # "agreed to extend the truce and to set up a mechanism. … accepted the agreement": a
    # bare "the agreement" names the first plan of the sentence that named one last, the one
    # the others come with.
    # Of a sentence's plans, those it brings in come before those it names again ("troops
    # within weeks of any ceasefire as part of a reassurance force").
    last = found[latest[-1]].seen[0]
    named = [i for i in latest if found[i].seen[0] == last]
    return min(named, key=lambda i: (found[i].born != last, found[i].seen))


_DURABILITY = frozenset({"lasting", "passing"})


def _lasts(scope: frozenset[str]) -> frozenset[str]:
    return scope & _DURABILITY


def _scopes_agree(old: frozenset[str], new: frozenset[str]) -> bool:
    """Mentions of one kind are one plan unless duration, coverage or breadth differ."""
    if _lasts(old) and _lasts(new) and _lasts(old) != _lasts(new):
        return False
    old, new = old - _DURABILITY, new - _DURABILITY
    if not old or not new:
        return True
    durations = [{w for w in scope if _NUMBERED.match(w)} for scope in (old, new)]
    if all(durations) and not durations[0] & durations[1]:
        return False
    reach = [scope - duration for scope, duration in zip((old, new), durations, strict=True)]
    return not any(reach) or bool(reach[0] & reach[1])


def _names_better(new: _Mention, old: _Mention) -> bool:
    """Whether a new mention names the plan better: broader wording, or as broad and saying
    who put the plan forward where the old one did not ("a lasting truce", then "Kenya
    proposed a permanent truce"), unless it is a shorter form of the old ("treaty")."""
    if new.breadth != old.breadth:
        return new.breadth > old.breadth
    if " " not in old.proposal.title and new.proposal.title.lower().startswith(_head(old.proposal)):
        return True  # "a release", then "the release of 30 fishermen": its complement tells it
    authored = new.proposal.proposed_by is not None and old.proposal.proposed_by is None
    return authored and not old.proposal.title.lower().endswith(new.proposal.title.lower())


def _merge(old: _Mention, new: _Mention) -> _Mention:
    known = {r.actor for r in old.proposal.responses}
    statuses = {e.status for e in old.proposal.events}
    wider = new if _names_better(new, old) else old
    proposal = replace(
        old.proposal,
        title=wider.proposal.title,
        proposed_by=old.proposal.proposed_by or new.proposal.proposed_by,
        responses=old.proposal.responses
        + tuple(r for r in new.proposal.responses if r.actor not in known),
        events=old.proposal.events
        + tuple(e for e in new.proposal.events if e.status not in statuses),
    )
    terms_by = old.terms_by or new.terms_by
    return _Mention(
        proposal, old.scope | new.scope, False, terms_by, wider.breadth, history=old.history
    )

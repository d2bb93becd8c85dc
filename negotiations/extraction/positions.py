"""Positions: an actor's stance on an issue of the negotiation."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from .actors import is_ing_form
from .analysis import Analysis
from .grammar import (
    breaks_after,
    breaks_between,
    clause_subject,
    demanded_beside,
    first_subject,
    has_negative_subject,
    is_adverbial_once,
    is_conditional,
    is_hypothetical,
    is_negated,
    is_noun_use,
    is_passive,
    is_speculative,
    neither_nor,
    opens_finite_clause,
    split_phrase,
    subjects,
    text_between,
)
from .issues import issue_mentions, issue_spans
from .lexicon import (
    ADVOCACY_CUES,
    ANAPHORIC_DETERMINERS,
    ARMED_ORGANS,
    ARTICLES,
    BE_AUXILIARIES,
    BE_FORMS,
    BLAME_EVALUATIONS,
    CLAUSE_OPENERS,
    COMMENTATOR_NOUNS,
    COMMITMENT_MODALS,
    CONDITION_CLAUSES,
    CONDITION_NOUNS,
    CONDITION_OPENERS,
    CONDITION_PHRASES,
    CONDITION_PREDICATES,
    CONDITIONING_PREPOSITIONS,
    CONDITIONING_VERBS,
    CONJUNCT_GAPS,
    CONTRASTS,
    COORDINATORS,
    DEFINITE_DETERMINERS,
    DEMONSTRATIVES,
    DISPOSITION_ADJECTIVES,
    DO_FORMS,
    EXISTENTIAL_REFUSALS,
    FRAMEWORK_PREPOSITIONS,
    FUNCTION_WORDS,
    HARM_LINKS,
    HAVE_FORMS,
    HELD_OUTCOME_MODALS,
    HYPOTHETICAL,
    ISSUE_DISJUNCT_GAPS,
    JOINT_DETERMINERS,
    JOINT_NOUNS,
    JUDGING_VERBS,
    KIND_DETERMINERS,
    LIGHT_VERBS,
    MODALS,
    NAMING_VERBS,
    NEED_ASSERTING_VERBS,
    NEED_NOUNS,
    NEED_PARTICLES,
    NEGATED_AUXILIARIES,
    NEGATED_STANCES,
    NEGATIONS,
    NEGATORS,
    NEUTRAL_CUES,
    NOBODY_DETERMINERS,
    NOUN_FORM_CUES,
    NOUN_MARKERS,
    OBJECT_BREAKS,
    OBLIGATION_PREDICATES,
    OFFER_ADJECTIVES,
    OFFERED_OUTCOMES,
    OPEN_ISSUE_NOUNS,
    OPPOSE_CRITICISM_VERBS,
    OPPOSE_CUES,
    OPPOSE_HARMS,
    OPPOSE_NOUNS,
    OPPOSE_OUTCOMES,
    OPPOSE_VERDICTS,
    OUTCOME_LIMITS,
    PARTICIPATION_PHRASES,
    PARTICIPLE_ENDINGS,
    PERSONAL_PRONOUNS,
    PLAN_URGING_VERBS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PRAISE_EVALUATIONS,
    PREPOSITIONS,
    PROMISED_OUTCOMES,
    PROPOSAL_NOUNS,
    PROPOSAL_OFFER_NOUNS,
    QUANTIFIERS,
    REACH_BREAKS,
    READY_FOR_ACTS,
    REFUSAL_CONDITIONS,
    REFUSAL_PREDICATES,
    RELATIVES,
    RESPONSE_NOUNS,
    SHORTFALL_MARKERS,
    SMALL_CLAUSE_VERBS,
    SOLE_WAY_NOUNS,
    SOON_CONDITION,
    SOON_PACE_WORDS,
    STANCE_CONDITION_OPENERS,
    STANCE_PHRASES,
    STANCE_VERDICT_PHRASES,
    STATE_ORGANS,
    STOP_BREAKS,
    STOP_WORDS,
    SUBJECT_SHARING_COORDINATORS,
    SUPPORT_CONCESSION_VERBS,
    SUPPORT_CUES,
    SUPPORT_EVALUATIONS,
    SUPPORT_GOAL_NOUNS,
    SUPPORT_HOPE_VERBS,
    SUPPORT_NOUNS,
    SUPPORT_OUTCOMES,
    SUPPORT_PARTICIPATION_VERBS,
    SUPPORT_PRAISE_VERBS,
    SUPPORT_RESUMPTION_VERBS,
    SUPPORT_SPONSOR_VERBS,
    SUPPORT_VERDICTS,
    THING_OBJECT_PRONOUNS,
    THREAT_CUES,
    TOPIC_LINKS,
    TURNED_STANCES,
    UNNAMED_SIDE_NOUNS,
    URGING_PARTICLES,
    VERB_AUXILIARIES,
    VERDICT_HEADS,
    VERDICT_LINKS,
    WITHHELD_MARKERS,
)
from .records import PositionRecord
from .registry import RegistryIssue
from .transcripts import asked_sentences, spoken_turns
from .vocabulary import RESPONSE_STANCES

_CONDITION_REACH = 8  # words from a conditioned issue to its condition clause
_COMPLEMENT_REACH = 12  # words from a verb to the verdict completing its object
_URGED_REACH = 7  # words from an urging verb to the "to" of the act it urges
_TERMS_REACH = 4  # words from "Under" to the plan noun ("Under the US-brokered deal,")
_APPOSITION_REACH = 5  # words of an apposition to its head noun ("X, a senior analyst at")
# Stance nouns take their issue after them: "its opposition to sanctions".
_NOUNS = SUPPORT_NOUNS | OPPOSE_NOUNS | SUPPORT_GOAL_NOUNS | NEED_NOUNS
# Verdicts, read off the surface form: adjectives and nouns judging a thing before or after.
_VERDICT_KIND = {
    **dict.fromkeys(SUPPORT_VERDICTS, "advocacy"),
    **dict.fromkeys(SUPPORT_EVALUATIONS, "support"),
    **dict.fromkeys(OPPOSE_VERDICTS, "oppose"),
}
_PHRASES = {
    **STANCE_PHRASES,
    **STANCE_VERDICT_PHRASES,
    **dict.fromkeys(CONDITION_PREDICATES, "conditional"),
    **dict.fromkeys(CONDITION_CLAUSES, "conditional"),
    **dict.fromkeys(OBLIGATION_PREDICATES, "advocacy"),
    **dict.fromkeys(EXISTENTIAL_REFUSALS, "oppose"),
    **dict.fromkeys(REFUSAL_PREDICATES, "oppose"),
    **dict.fromkeys(PARTICIPATION_PHRASES, "support"),
}
# A lemma's stance kind, and whether it holds only for the issue the verb governs as its
# object (praise, criticism, resumption, hope), in one lookup; later classes win an overlap.
_CUE_KIND = {
    word: (kind, governed)
    for kind, governed, words in (
        ("neutral", True, NEUTRAL_CUES),
        ("threat", False, THREAT_CUES),
        ("support", False, SUPPORT_CUES | SUPPORT_NOUNS),
        ("advocacy", False, ADVOCACY_CUES | SUPPORT_GOAL_NOUNS | NEED_NOUNS),
        ("oppose", False, OPPOSE_CUES | OPPOSE_NOUNS),
        ("support", True, SUPPORT_PRAISE_VERBS | SUPPORT_RESUMPTION_VERBS),
        ("support", True, SUPPORT_SPONSOR_VERBS | SUPPORT_CONCESSION_VERBS),
        ("support", True, SUPPORT_PARTICIPATION_VERBS),
        ("oppose", True, OPPOSE_CRITICISM_VERBS),
        ("conditional", True, CONDITIONING_VERBS),
        ("hope", True, SUPPORT_HOPE_VERBS),
    )
    for word in words
}
# Words whose holder may be a possessor, a light verb's subject or the speaker.
_HELD_WORDS = _NOUNS | set(_VERDICT_KIND)
_HELD_WORDS |= {p.split()[0] for p, kind in STANCE_PHRASES.items() if kind == "conditional"}
_SPOKEN_PHRASES = (
    *STANCE_VERDICT_PHRASES,
    *CONDITION_PREDICATES,
    *CONDITION_CLAUSES,
    *OBLIGATION_PREDICATES,
    *EXISTENTIAL_REFUSALS,
    *REFUSAL_PREDICATES,
)
_HELD_WORDS |= {phrase.split()[0] for phrase in _SPOKEN_PHRASES}
_PHRASE_STARTS = frozenset(phrase.split()[0] for phrase in _PHRASES)
_PHRASE_WIDTHS = sorted({len(phrase.split()) for phrase in _PHRASES}, reverse=True)
# Lemmas and word forms that may open a cue, to pass over sentences with none at once.
_CUE_LEMMAS = _PHRASE_STARTS | frozenset(_CUE_KIND)
_VERDICT_WORDS = frozenset(_VERDICT_KIND)
# Auxiliaries that may commit a subject to an issue's verb, to pass over sentences with none.
_COMMITTING = COMMITMENT_MODALS | NEGATED_AUXILIARIES | DO_FORMS
# Words heading a thing on the table: the plan nouns and the other open issue nouns.
_THING_NOUNS = OPEN_ISSUE_NOUNS | {word for word in PROPOSAL_NOUNS if " " not in word}
# Lemmas that may head an open issue, as a thing's noun or an act offered ("ready to swap"):
# one look-up passes over every other word of a sentence.
_OPEN_ISSUE_HEADS = _THING_NOUNS | set(PROPOSAL_NOUNS)
# "take part" with no object: the participation phrases less their preposition.
_TAKING_PART_WORDS = frozenset(p.rsplit(" ", 1)[0] for p in PARTICIPATION_PHRASES)
_TAKING_PART = frozenset(p.split()[0] for p in _TAKING_PART_WORDS)
# Nouns of a yes to a plan ("acceptance", "consent", "approval"), whose condition holds the plan.
_ANSWER_NOUNS = frozenset(noun for noun, answer in RESPONSE_NOUNS.items() if answer == "accepted")
_CONDITION_STARTS = frozenset(phrase.split()[0] for phrase in CONDITION_PREDICATES)
_DEMAND_WORDS = 8  # words of a demand named after its condition predicate
_PLAN_REACH = 5  # sentences back to the plan an answer with no plan named is about
# Auxiliaries between a subject and the verb a quotation opens with ("Putin had 'rejected").
_AUXILIARIES = MODALS | BE_FORMS | HAVE_FORMS | DO_FORMS | NEGATIONS
# Nouns for a side left unnamed: "the army", "the government", "the movement", "the State".
_SIDE_NOUNS = ARMED_ORGANS | STATE_ORGANS | UNNAMED_SIDE_NOUNS
# Evaluations a complement judging a thing may hold, as lemmas or forms, by the stance each
# states on the thing ("called the framework a practical bridge", "as blackmail").
_EVALUATION = {
    **dict.fromkeys(PRAISE_EVALUATIONS | SUPPORT_EVALUATIONS | SUPPORT_VERDICTS, "support"),
    **dict.fromkeys(BLAME_EVALUATIONS | OPPOSE_VERDICTS, "oppose"),
}
_JUDGING = NAMING_VERBS | JUDGING_VERBS
_JUDGING_REACH = 4  # words from a judging verb to the thing it judges ("called the new framework")
_EVALUATION_REACH = 6  # words of a complement that may hold its evaluation
# Words of a disposition a speaker voices for their side ("said Lebanon was ready", "would").
_DISPOSITIONS = MODALS | OFFER_ADJECTIVES | DISPOSITION_ADJECTIVES
_PARTICIPLE_REACH = 4  # words of a participle phrase after a noun ("scheduled for December")
_KIND_REACH = 3  # words from a kind's determiner to its noun, and from the noun to "that"
_DETERMINERS = ARTICLES | POSSESSIVE_PRONOUNS
_NOUN_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
_NEED_DETERMINERS = _NOUN_DETERMINERS | NOBODY_DETERMINERS  # "no need for", "the need to"
# Words opening the condition an outcome waits for: "not … until the army leaves", "once",
# "unless", "provided" ("if" alone after an outcome is as often a threat's).
_WAITS = STANCE_CONDITION_OPENERS - CONDITION_OPENERS | REFUSAL_CONDITIONS
_WAIT_REACH = 12  # words from an outcome's verb to the condition it waits for
_OUTCOME_WORDS = 6  # words of an outcome named by its verb phrase ("release its next tranche")
# Nouns for those an urging verb urges when it names no actor ("urged all parties to").
_URGED = _SIDE_NOUNS | JOINT_NOUNS
# Phrases opening the condition an outcome waits for ("as long as", "only after").
_HUNG_REACH = 9  # words from a conditioned issue to the "on"/"to" of its condition
_ENDED_REACH = 6  # words from an issue to the participle saying it is to end ("to be lifted")
# Words after an issue that end the stretch its ending participle may stand in: another clause.
_ENDED_BREAKS = STOP_BREAKS | CLAUSE_OPENERS | COORDINATORS
_WAIT_PHRASES = tuple(p.split() for p in (*CONDITION_PHRASES, *CONDITION_CLAUSES) if " " in p)


class _Cue(NamedTuple):
    """A stance word or phrase: its first word in the sentence, width, kind and key."""

    n: int
    width: int
    kind: str
    key: str  # the phrase's lemmas, or the word's form for a verdict, else its lemma
    governed: bool = False  # whether it holds only for the issue it governs as its object
    lemma_read: bool = False  # read off its lemma as a verb or noun ("welcomes"), no verdict

    @property
    def verdict(self) -> bool:
        if self.lemma_read:
            return False
        return self.key in _VERDICT_KIND or self.key in STANCE_VERDICT_PHRASES

    @property
    def predicate(self) -> bool:
        """Whether it is said of its subject, the issue before it."""
        return (
            self.key in CONDITION_PREDICATES
            or self.key in OBLIGATION_PREDICATES
            or (self.key in CONDITION_CLAUSES)
            or self.key in REFUSAL_PREDICATES
        )


def position_stage(a: Analysis) -> Analysis:
    """Stances implied by answers to proposals, plus those stated by a stance word's holder."""
    terms = {span.start for s, span in enumerate(a.sentences) if _states_terms(a, s)}
    positions, answered = _answered_positions(a, terms)
    reading = _Reading(a, positions, answered)
    for s, span in enumerate(a.sentences):
        if reading.speakers.get(s) in reading.commentators or span.start in terms:
            continue  # "'Both capitals want the truce,' said X, an analyst": a reading of theirs
        if span.text.rstrip(" \"'”’").endswith("?") or s in reading.asked:
            # "Does Hezbollah accept the plan?" asks for a stance, it reports none; nor does
            # the premise of an interviewer's question ("Q: Baku says you oppose it. Do you?")
            continue
        reading.add_stated(s)
    return a.replaced(positions=tuple(positions.values()))


def _answered_positions(a: Analysis, terms: set[int]):
    """The stances answers to proposals imply, by (actor, plan title), and the (actor,
    sentence start) of each answer."""
    positions: dict[tuple[str, str], PositionRecord] = {}
    answered: set[tuple[str, int]] = set()
    for proposal in a.proposals:
        for r in proposal.responses:
            if r.evidence.start in terms:
                continue  # "Under the deal, the Houthis will release 730 detainees"
            stance = RESPONSE_STANCES[r.response]
            record = PositionRecord(
                r.actor, proposal.title, stance, r.evidence, proposal=proposal.title
            )
            positions.setdefault((r.actor, proposal.title), record)
            answered.add((r.actor, r.evidence.start))
    return positions, answered


class _Reading:
    """What the stated stances of an article's sentences are weighed against: the answers'
    stances found first, the speakers, the kinds of the actors named, the commentators."""

    def __init__(self, a: Analysis, positions: dict, answered: set[tuple[str, int]]):
        self.a, self.positions, self.answered = a, positions, answered
        self.issues = a.registry.issues
        # A stated stance on "the ceasefire" repeats an answer to a ceasefire proposal.
        self.held = {
            (q.actor, issue, q.stance)
            for q in positions.values()
            for _, issue in issue_mentions(q.issue.lower(), self.issues)
        }
        self.speakers = a.speakers_by_sentence()
        self.registered = {issue.name for issue in self.issues}
        self.kinds = {m.actor.name: m.actor.kind for m in a.mentions}
        self.commentators = _commentators(a)
        self.turns: dict[int, str] | None = None  # read only once a person voices a stance
        self.asked = asked_sentences(a)
        self.joint_speakers = _joint_speakers(a)

    def add_stated(self, s: int) -> None:
        """Add the stances sentence s states, each once, to the positions."""
        outcomes, others = self._stated(s)
        stated = outcomes + others
        if not stated:
            return
        disposed = not _DISPOSITIONS.isdisjoint(self.a.words(s))
        speaker = self._voice(s, stated)
        joint = _held_together(stated)
        # An outcome named only by its own words repeats a stance its holder takes here on
        # an issue the other cues name.
        taken = {
            (actor, stance)
            for holder, _, stance in others
            for actor in _voices(holder, speaker, self.kinds, disposed)
        }
        for n, (holder, issue, stance) in enumerate(stated):
            repeated = n < len(outcomes) and issue not in self.registered
            reporter = None if (issue, stance) in joint and not disposed else speaker
            if _relative_subject(self.a, s, holder):
                reporter = None  # "…, a sequence that Moscow has rejected": the story's aside
            for actor in _voices(holder, reporter, self.kinds, disposed):
                if actor in self.commentators or (repeated and (actor, stance) in taken):
                    continue
                self._add(s, actor, issue, stance)

    def _stated(self, s: int) -> tuple[list, list]:
        """The held outcomes of sentence s, which go first as their condition decides the
        stance on their issue, and its other stated stances; a stance of the speaker's of one
        joint statement is each of its speakers' ("Qatar and Egypt said in a joint statement")."""
        a, speakers = self.a, self.speakers
        others = list(
            chain(
                _stances(a, s, speakers),
                _promises(a, s, speakers),
                _acts(a, s, speakers),
                _answer_conditions(a, s, speakers),
                _objectless_attendance(a, s, speakers),
                _conditions_set(a, s, speakers),
                _evaluations(a, s, speakers),
                _urged_acts(a, s, speakers),
            )
        )
        outcomes = list(_held_outcomes(a, s, speakers))
        said, co_speakers = speakers.get(s), self.joint_speakers.get(s, ())
        return _jointly_spoken(outcomes, said, co_speakers), _jointly_spoken(
            others, said, co_speakers
        )

    def _voice(self, s: int, stated: list) -> str | None:
        """The person voicing the sentence's stances for sides not people, if any. A
        transcript's speaker telling of a body ("MR. X: The AU is ready to lead…") voices no
        stance of that body's; one reporting it ("X said Y was ready") may. Only a person
        reporting a stance not a person's voices it, so only then are the turns read."""
        said = self.speakers.get(s)
        voicing = self.kinds.get(said) == "person" and any(
            self.kinds.get(holder, "person") != "person" for holder, _, _ in stated
        )
        if voicing and self.turns is None:
            self.turns = {turn.sentence: turn.speaker for turn in spoken_turns(self.a)}
        return said if voicing and self.turns.get(s) != said else None

    def _add(self, s: int, actor: str, issue: str, stance: str) -> None:
        """Keep a stated stance unless an answer or an earlier stance already gives it."""
        span = self.a.sentences[s]
        if (actor, span.start) in self.answered and not _own_clause_issue(self.a, s, issue):
            return
        if (actor, issue, stance) in self.held:
            return
        if _answered_before(actor, issue, stance, self.issues, self.positions):
            return
        named = any(m.actor.name == actor for m in self.a.mentions_in(span.start, span.end))
        sure = 0.6 if named else 0.45  # a holder named in the sentence is surer
        record = PositionRecord(actor, issue, stance, span, confidence=sure)
        second = _second_stance(self.positions.get((actor, issue)), stance, span)
        self.positions.setdefault((actor, issue, stance) if second else (actor, issue), record)


def _second_stance(earlier: PositionRecord | None, stance: str, span) -> bool:
    """Whether a stance on an issue its holder took another stance on is a position of its
    own: a later sentence lifting or setting a refusal ("there can be no talks…", then "would
    consider talks only if…"). One sentence states one stance on an issue, a condition after
    a backing is one stance, and an answer's stance is the proposals' reading of its plan."""
    if earlier is None or earlier.proposal is not None or earlier.stance == stance:
        return False
    return earlier.evidence != span and "oppose" in {earlier.stance, stance}


def _relative_subject(a: Analysis, s: int, holder: str) -> bool:
    """Whether sentence s names its holder only right after a relative pronoun ("a sequence
    that Moscow has rejected"): the story's own aside, which no speaker of it voices."""
    span = a.sentences[s]
    found = [m for m in a.mentions_in(span.start, span.end) if m.actor.name == holder]
    if not found:
        return False
    return all(_after_relative(a, a.token_index(m.start)) for m in found)


def _after_relative(a: Analysis, k: int) -> bool:
    """Whether token k follows a relative pronoun; "that" only after a determined noun ("a
    sequence that"), since after a verb ("said that") it opens the reported clause."""
    j = k - 1 if k > 0 and a.tokens[k - 1].lower in ARTICLES else k  # "which the ELN"
    relative = j > 0 and a.tokens[j - 1].lower in RELATIVES
    if not relative or a.tokens[j - 1].lower != "that":
        return relative
    return j >= 3 and a.tokens[j - 3].lower in _DETERMINERS


def _held_together(stated: list) -> set[tuple[str, str]]:
    """ "both sides agreed to swap prisoners, X announced": the (issue, stance) several sides
    hold together, which the speaker reports rather than voices for a side of their own (a
    disposition, "said both were ready", is the speaker's alone)."""
    held_by: dict[tuple[str, str], set[str]] = {}
    for holder, issue, stance in stated:
        held_by.setdefault((issue, stance), set()).add(holder)
    return {key for key, holders in held_by.items() if len(holders) > 1}


def _joint_speakers(a: Analysis) -> dict[int, tuple[str, ...]]:
    """The speakers of each sentence whose first statement several actors make together, with
    one content ("Qatar and Egypt said in a joint statement that…"), by sentence index."""
    starts = {span.start: i for i, span in enumerate(a.sentences)}
    first: dict[int, str] = {}
    together: dict[int, list[str]] = {}
    for statement in a.statements:
        s = starts[statement.evidence.start]
        content = first.setdefault(s, statement.content)
        if content == statement.content and statement.speaker not in together.get(s, []):
            together.setdefault(s, []).append(statement.speaker)
    return {s: tuple(names) for s, names in together.items() if len(names) > 1}


def _jointly_spoken(stated: list, said: str | None, co_speakers: tuple[str, ...]) -> list:
    """Stances with the sentence's speaker as holder given to each of its co-speakers."""
    if said not in co_speakers:
        return stated
    return [
        (co, issue, stance)
        for holder, issue, stance in stated
        for co in (co_speakers if holder == said else (holder,))
    ]


def _held_outcomes(a: Analysis, s: int, speakers: dict):
    """ "the treaty can only be signed once Yerevan amends its charter", "the soldiers would be
    returned once the border is calm", "would keep its fighters in the towns until a deal is
    signed", "will not resume talks until…": an outcome a side says will or can come, held
    back by a condition after it, is that side's conditional stance on the outcome; the
    speaker's where the outcome is passive, the modal's subject's where it is active."""
    words = a.words(s)
    if HELD_OUTCOME_MODALS.isdisjoint(words):
        return
    span, indices = a.sentences[s], a.sentence_tokens[s]
    tokens = a.tokens[indices.start : indices.stop]
    issues = issue_spans(span.text.lower(), a.registry.issues)
    for m, word in enumerate(words):
        if word not in HELD_OUTCOME_MODALS or m == 0 or is_hypothetical(words, m):
            continue
        if words[m - 1] in RELATIVES or words[m - 1] in NEGATORS:
            continue  # "a truce that would stop strikes as long as…" sets a plan's terms;
            # "nothing will be agreed until…" is no outcome anyone holds
        v = m + 1
        while v < len(words) and (
            words[v] in NEGATIONS or words[v] in OUTCOME_LIMITS or words[v].endswith("ly")
        ):
            v += 1
        passive = v < len(words) and words[v] == "be"
        v += passive
        if v >= len(words) or not tokens[v].text.isalpha() or not tokens[v].text.islower():
            continue
        wait = _wait_after(a, tokens, s, v)
        if wait is None:
            continue
        if passive:
            holders = [speakers[s]] if s in speakers else []
        else:
            holders = subjects(a, s, indices.start + m, speakers)
            # "it would", "the army would", "the bridge would reopen": the speaker's own side,
            # or a thing whose coming the speaker holds to the condition, named with its verb
            thing = not holders and words[m - 1] not in PERSONAL_PRONOUNS
            holders = holders or ([speakers[s]] if s in speakers else [])
            passive = thing and not _unnamed_side(a, s, indices.start + m)
        if not holders or not JOINT_DETERMINERS.isdisjoint(words[max(0, m - 3) : m]):
            continue  # "both sides would stop firing until…" states the terms of their deal
        issue = _outcome_issue(a, span, tokens, (m, v, wait), issues, passive)
        for actor in holders:
            yield actor, issue, "conditional"


def _wait_after(a: Analysis, tokens, s: int, v: int) -> int | None:
    """Where the condition an outcome's verb at word v waits for opens ("until", "once", "as
    long as", "only after"), within its clause ("…, but only if" goes on), with a verb of its
    own ("until Friday" is a time); None if none."""
    words, lemmas = a.words(s), a.lemmas(s)
    for j in range(v + 1, min(len(words), v + 1 + _WAIT_REACH)):
        width = next((len(p) for p in _WAIT_PHRASES if words[j : j + len(p)] == p), 0)
        if not width and words[j] in _WAITS and not is_adverbial_once(words, j):
            width = 1
        if width:  # its clause ends at the next mark: "until Friday, an official said"
            at, reach = j + width - 1, min(len(words), j + _WAIT_REACH)
            end = next((k for k in range(j, reach) if _punctuated(a, tokens, k)), reach - 1) + 1
            opened = opens_finite_clause(words[at:end], lemmas[at:end], 0)
            return j if opened else None
        if words[j] in COORDINATORS and words[j + 1 : j + 2] != ["only"]:
            return None  # "and", "but" open a clause of their own
        if _gap(a, tokens, j - 1).strip(" ,\"'“”‘’") and j > v + 1:
            return None  # a mark other than a comma or a quotation's ends the clause
    return None


def _outcome_issue(a: Analysis, span, tokens, marks: tuple[int, int, int], issues, passive):
    """What a held outcome is about: the registry issue its subject (passive, or a thing's
    own coming) or its object (active) names, else the outcome's own words ("the 18 soldiers
    would be returned", "the bridge would reopen", "release its next tranche")."""
    m, v, wait = marks
    subject = m - 1  # the subject's head, right before the modal or after a mark
    while subject > 0 and m - subject < 4 and not _punctuated(a, tokens, subject - 1):
        subject -= 1
    before = [name for at, _, name in issues if subject <= _token_at(a, span, span.start + at) < m]
    after = [name for at, _, name in issues if v <= _token_at(a, span, span.start + at) < wait]
    named = (before + after) if passive else (after + before)
    if named:
        return named[0]
    if passive:
        first = m - 1
        while first > 0 and m - first < 4 and not _punctuated(a, tokens, first - 1):
            word = tokens[first - 1]
            if not (word.lower in _DETERMINERS or word.text[:1].isdigit() or word.text.istitle()):
                break
            first -= 1
        return _words(a, tokens, first, v)
    last = v
    while last + 1 < min(wait, v + _OUTCOME_WORDS) and not _punctuated(a, tokens, last):
        last += 1
    return _words(a, tokens, v, last)


def _states_terms(a: Analysis, s: int) -> bool:
    """Whether a sentence opens with the plan whose terms it lists ("Under the plan, Pristina
    would withdraw…", "Under the agreement, the Houthis will release…"): what a side would do
    there is the plan's, not a stance of that side's."""
    first, stop = a.sentence_tokens[s].start, a.sentence_tokens[s].stop
    if first == stop or a.tokens[first].lower not in FRAMEWORK_PREPOSITIONS:
        return False
    for j in range(first + 1, min(stop, first + 1 + _TERMS_REACH)):
        token = a.tokens[j]
        if token.lower in PROPOSAL_NOUNS or token.lemma in PROPOSAL_NOUNS:
            return True
        if breaks_after(a, j):
            return False
    return False


def _commentators(a: Analysis) -> set[str]:
    """People the article introduces as commentators: "X, an analyst at a think-tank",
    "researcher X", with the noun in an apposition right after the name or just before it."""
    found = set()
    if COMMENTATOR_NOUNS.isdisjoint(map(attrgetter("lemma"), a.tokens)):
        return found  # most articles quote no commentator: no name needs a look
    for mention in a.mentions:
        if mention.actor.kind != "person" or mention.actor.name in found:
            continue
        first, last = a.token_index(mention.start), a.token_index(mention.end) - 1
        after = range(last + 1, min(len(a.tokens), last + 1 + _APPOSITION_REACH))
        if breaks_after(a, last) and _commentator_in(a, after):
            found.add(mention.actor.name)
        before = range(max(0, first - 2), first)
        if not any(breaks_after(a, j) for j in before) and _commentator_in(a, before):
            found.add(mention.actor.name)
    return found


def _commentator_in(a: Analysis, indices: range) -> bool:
    """Whether a commentator's noun stands among these tokens, before any other clause mark."""
    for j in indices:
        if a.tokens[j].lemma in COMMENTATOR_NOUNS:
            return True
        if j > indices.start and breaks_after(a, j - 1):
            return False
    return False


def _own_clause_issue(a: Analysis, s: int, issue: str) -> bool:
    """Whether an issue is the object of a stance word in a clause coordinated after the first
    issue a sentence names: where an actor answers a proposal, a stance on the issue named first
    repeats the answer, while "accepted the truce and would welcome observers" takes a stance
    of its own on the observers ("a truce during the elections" takes none on them, and "agreed
    to the truce but demanded a pullback" sets the answer's condition)."""
    span = a.sentences[s]
    named = issue_spans(span.text.lower(), a.registry.issues)
    later = next((n for n, (_, _, name) in enumerate(named) if name == issue), 0)
    if later == 0 or named[0][2] == issue:
        return False
    first = _token_at(a, span, span.start + named[later - 1][1] - 1) + 1
    last = _token_at(a, span, span.start + named[later][0])
    indices = a.sentence_tokens[s]
    if demanded_beside(a, a.tokens[indices.start : indices.stop], first):
        return False
    words, lemmas = a.words(s)[first:last], a.lemmas(s)[first:last]
    joined = next((j for j, word in enumerate(words) if word in {"and", "but"}), None)
    return joined is not None and not _CUE_LEMMAS.isdisjoint(lemmas[joined + 1 :])


def _answered_before(
    actor: str, issue: str, stance: str, issues: tuple[RegistryIssue, ...], positions: dict
) -> bool:
    """ "rejected the proposal": a bare plan word the registry does not name stands for a plan
    the actor already took the same stance on in the article."""
    if not _bare_plan(issue):
        return False
    if any(named.name == issue for named in issues):
        return False
    return any(q.actor == actor and q.stance == stance for q in positions.values())


def _voices(holder: str, speaker: str | None, kinds: dict, disposed: bool) -> tuple[str, ...]:
    """ "Asif said Islamabad had accepted it": a person reporting a state's or a body's stance
    states it as well; "Aoun said Lebanon was ready to talk" voices a disposition of the
    speaker's, which is the speaker's stance."""
    if speaker is None or speaker == holder or kinds.get(speaker) != "person":
        return (holder,)
    if kinds.get(holder, "person") == "person":
        return (holder,)
    return (speaker,) if disposed else (holder, speaker)


def _issue_for(issues, start: int, end: int, object_only: bool):
    """The issue a stance word is about: the first named after it, else the last before it."""
    at = bisect_left(issues, (end,))
    if at < len(issues) or object_only:
        return issues[at] if at < len(issues) else None
    return _issue_before(issues, start)


def _issue_before(issues, start: int):
    before = bisect_left(issues, (start,))
    return issues[before - 1] if before else None


def _topics(lowered: str, issues: list) -> list:
    """The issues a stance can be about: "talks on a ceasefire", "a deal over prisoners" are
    about the issue after the link, so the frame naming the first one is passed over."""
    kept = []
    for i, issue in enumerate(issues):
        following = issues[i + 1] if i + 1 < len(issues) else None
        link = lowered[issue[1] : following[0]].split() if following else []
        if not (link and link[0] in TOPIC_LINKS and len(link) <= 4):
            kept.append(issue)
    return kept


def _cues(a: Analysis, tokens, words: list[str], lemmas: list[str]) -> Iterator[_Cue]:
    """Stance words and phrases of a sentence; a phrase outranks the single words in it, and
    a word of a name ("the Rapid Support Forces", "the Peace and Unity Party") is none."""
    # Only the few stance words need a look; a phrase found covers the words after it.
    starts = [
        n for n, lemma in enumerate(lemmas) if lemma in _CUE_LEMMAS or words[n] in _VERDICT_WORDS
    ]
    covered = 0  # the first word no phrase found so far covers
    for n in starts:
        if n < covered or _in_name(a, tokens[n]):
            continue
        cue = _phrase_at(lemmas, n) or _word_at(a, tokens, n)
        if cue is not None:
            yield cue
            covered = n + cue.width


def _in_name(a: Analysis, token) -> bool:
    """Whether a token is a word of an actor's name of several words."""
    mention = a.mention_at(token.start)
    return mention is not None and (mention.start < token.start or mention.end > token.end)


def _phrase_at(lemmas: list[str], n: int) -> _Cue | None:
    if lemmas[n] not in _PHRASE_STARTS:
        return None
    if lemmas[n] == "only":  # "the only (realistic) path": one word may stand between
        way = next(
            (j for j in (n + 1, n + 2) if j < len(lemmas) and lemmas[j] in SOLE_WAY_NOUNS), None
        )
        if way is not None:
            return _Cue(n, way - n + 1, "advocacy", "only way")
    for width in _PHRASE_WIDTHS:
        if n + width > len(lemmas):
            continue  # a shorter phrase at the sentence's end would pass for a longer one
        key = " ".join(lemmas[n : n + width])
        if key in _PHRASES:
            return _Cue(n, width, _PHRASES[key], key)
    return None


def _word_at(a: Analysis, tokens, n: int) -> _Cue | None:
    token = tokens[n]
    kind, governed = _CUE_KIND.get(token.lemma, (None, False))
    if token.lower in _VERDICT_KIND and not (kind is not None and _verb_slot(a, tokens, n)):
        return _Cue(n, 1, _VERDICT_KIND[token.lower], token.lower)
    if kind is None or _noun_of_no_stance(tokens, n):
        return None
    if token.lemma in NEED_NOUNS and not _need_asserted(tokens, n):
        return None  # "would need a fresh mandate", "questioned the need for monitors"
    return _Cue(n, 1, kind, token.lemma, governed, lemma_read=True)


def _need_asserted(tokens, n: int) -> bool:
    """Whether the need noun at token n is asserted: after a determiner, maybe past a modifier
    ("a pressing need"), governed by a verb asserting it or by "there is" ("stressed the need
    for", "insisted on the need for", "there is no need for"). A need doubted ("questioned the
    need for") or the subject of its own clause ("the need for talks has passed") is none."""
    j = n - 1
    if j > 1 and tokens[j].text.isalpha() and tokens[j].text.islower():
        j -= tokens[j].lower not in _NEED_DETERMINERS  # past a modifier
    if j < 1 or tokens[j].lower not in _NEED_DETERMINERS:
        return False
    k = j - 1 - (j > 1 and tokens[j - 1].lower in NEED_PARTICLES)
    return tokens[k].lemma in NEED_ASSERTING_VERBS or tokens[k].lower in BE_FORMS


def _noun_of_no_stance(tokens, n: int) -> bool:
    """ "behind our back", "a study": a cue verb's bare form after an article or a possessive
    is a noun, which holds a stance only where it is one ("their support for the truce")."""
    token = tokens[n]
    if n == 0 or token.lower != token.lemma or tokens[n - 1].lower not in _NOUN_DETERMINERS:
        return False
    return token.lemma not in _NOUNS and token.lemma not in NOUN_FORM_CUES


def _verb_slot(a: Analysis, tokens, n: int) -> bool:
    """Whether token n stands where a verb does: after an auxiliary, "to" or a subject ("would
    welcome observers", "we welcome talks"), not after an article ("a welcome step")."""
    if n == 0:
        return False
    before = tokens[n - 1]
    mention = a.mention_at(before.start)
    subject = mention is not None and not mention.possessive
    return subject or before.lower in VERB_AUXILIARIES | PERSONAL_PRONOUNS


def _stances(a: Analysis, s: int, speakers: dict):
    lemmas, words = a.lemmas(s), a.words(s)
    if _CUE_LEMMAS.isdisjoint(lemmas) and _VERDICT_WORDS.isdisjoint(words):
        return
    span = a.sentences[s]
    indices = a.sentence_tokens[s]
    tokens = a.tokens[indices.start : indices.stop]
    cues = list(_cues(a, tokens, words, lemmas))
    lowered = span.text.lower()
    issues = _topics(lowered, issue_spans(lowered, a.registry.issues)) if cues else []
    # Things on the table the registry has no word for ("backed the Addis initiative") are
    # issues too, where a cue governs no issue the registry names.
    things = _open_issues(a, span, tokens, lemmas, issues) if cues else []
    if not issues and not things:
        return
    conditional = is_conditional(words, lowered)
    seen, holders = set(), []
    for cue in cues:
        if cue.kind == "neutral" and _judged_after(cue, cues):
            continue  # "would consider any deployment a legitimate target": the verdict speaks
        if _weighing_after(cue, cues, words):
            continue  # "agreed to study the proposal": the act agreed to is only to weigh it
        found, registered = _issue_of_cue(a, span, (tokens, words), cue, issues, things)
        if (
            found
            and cue.key in CONDITIONING_VERBS
            and not _hung_on(a, tokens, cue, found[0], indices.start)
        ):
            continue  # "linked the attack to the militants" sets no condition
        if found and _contrasted_before(cue, cues, found[0], words):
            continue  # "agreed to a hotline but fell short of endorsing the plan"
        held = conditional and _condition_reaches(a, tokens, words, cue.n)
        stance = found and _cue_stance(a, tokens, words, cue, found[0], held)
        if stance and _denied_both_ways(cue, cues, words, lemmas):
            stance = "neutral"  # "has neither endorsed the plan nor come out against it"
        if not stance:
            continue
        if stance == "oppose" and registered and _kind_refused(a, tokens, words, found[0]):
            stance = "conditional"  # a thing the relative defines is refused as it stands
        holders, withheld = _cue_holders(
            a, s, indices[cue.n], (tokens, words), cue, holders, speakers
        )
        if withheld:
            continue
        named = [found[1], *_conjoined(a, span, tokens, found[0].stop, [*issues, *things])]
        for actor in holders:
            for issue in named:
                if (actor, issue) not in seen:
                    seen.add((actor, issue))
                    yield actor, issue, stance


def _hung_on(a: Analysis, tokens, cue: _Cue, between: range, first: int) -> bool:
    """Whether a conditioning verb hangs the issue it governs on a condition after it, in the
    issue's clause: "conditioned any pullback on", "tied talks to"."""
    if is_noun_use(a, first, first + cue.n):
        return False  # "the conditions", "its ties to"
    for j in range(between.stop + 1, min(len(tokens), between.stop + _HUNG_REACH)):
        if _punctuated(a, tokens, j - 1):
            return False
        if tokens[j].lower in CONDITIONING_PREPOSITIONS and _names_an_act(a, tokens, j + 1):
            return True  # maybe past an actor the issue's words name ("aid to Kyiv to …")
    return False


def _names_an_act(a: Analysis, tokens, j: int) -> bool:
    """Whether the words from token j name an act or a plan, as a condition does ("on a halt
    to the raids", "to the release of the hostages", "on Kyiv's withdrawal", "to a truce",
    "to progress in the talks"), not an actor or a bare topic ("linked the violations to the
    militia", "to the border dispute")."""
    possessed = False
    while j < len(tokens) and (tokens[j].lower in _NOUN_DETERMINERS or tokens[j].possessive):
        possessed |= tokens[j].possessive  # "Kyiv's withdrawal": a thing an actor is to do
        j += 1
    if j >= len(tokens) or a.mention_at(tokens[j].start) is not None:
        return False
    for k in range(j, min(len(tokens), j + 2)):  # the head, maybe past a modifier
        word = tokens[k]
        if possessed or word.lemma in STOP_WORDS or word.lower in PROPOSAL_NOUNS:
            return True
        if is_ing_form(word.lower, word.lemma):
            return True  # "the lifting of sanctions"
        if k + 1 < len(tokens) and tokens[k + 1].lower in PREPOSITIONS:
            return True  # a noun of an act with its complement: "the release of"
    return False


def _denied_both_ways(cue: _Cue, cues: list[_Cue], words: list[str], lemmas: list[str]) -> bool:
    """Whether a cue is one of a "neither … nor" pair denying a stance and its opposite of one
    object ("neither endorsed nor rejected the plan", "neither endorsed the plan nor ruled it
    out"); the denials of two objects ("neither accept sanctions nor reject talks") stand."""
    pair = neither_nor(words, cue.n)
    if pair is None or cue.n not in pair:
        pair = next((p for c in cues if (p := neither_nor(words, c.n)) and cue.n in p), None)
    if pair is None or not _one_object(words, pair):
        return False
    kinds = {_stance(c.kind, False) for c in cues if c.n in pair}
    split = (split_phrase(words, lemmas, j, STANCE_PHRASES) for j in pair)
    kinds |= {STANCE_PHRASES[key] for key in split if key}
    return {"support", "oppose"} <= kinds


def _one_object(words: list[str], pair: tuple[int, int]) -> bool:
    """Whether the two verbs of a "neither … nor" pair take one object: the first has none
    before "nor", or the second takes it again as a pronoun ("nor come out against it")."""
    first, second = pair
    return second == first + 2 or not THING_OBJECT_PRONOUNS.isdisjoint(words[second : second + 4])


def _condition_reaches(a: Analysis, tokens, words: list[str], n: int) -> bool:
    """Whether the condition of a conditional sentence reaches the cue at token n: not where
    it stands only in a clause coordinated before the cue's ("Yerevan wants the mission to
    stay as long as it is useful, and Brussels is ready to extend it"); a coordinator in a
    fronted condition closed by a mark before the cue's clause ("as long as the army stays
    put, and prisoners are freed, the rebels back a truce") coordinates no main clause."""
    start = next(
        (
            j + 1
            for j in range(n - 1, 0, -1)
            if words[j] in COORDINATORS
            and _punctuated(a, tokens, j - 1)
            and not any(_punctuated(a, tokens, i) for i in range(j, n - 1))
        ),
        0,
    )
    return start == 0 or is_conditional(words[start:], " ".join(words[start:]))


def _issue_of_cue(a: Analysis, span, context, cue, issues, things) -> tuple:
    """The issue a cue governs (its token span and name, or None), and whether the registry
    names it: a registered issue, else an open thing on the table."""
    tokens, _ = context
    found = _cue_issue(a, span, context, cue, issues) if issues else None
    if found is None:
        return (_thing_issue(a, span, context, cue, things) if things else None), False
    if _object_thing(span, tokens, cue, issues, things):
        # "branded sanctions pointless and would block any move to use the assets": a thing
        # the verb takes as its object outweighs an issue named before the verb ("agreed with
        # the proposal" after "the ceasefire proposal" names that one again)
        thing = _thing_issue(a, span, context, cue._replace(governed=True), things)
        if thing is not None and not _bare_plan(thing[1]):
            return thing, False
    return found, True


def _cue_holders(a: Analysis, s: int, k: int, context, cue, earlier: list, speakers: dict):
    """Who holds the stance of the cue at token k, and whether the sentence withholds it: its
    subject, the ones urged or an infinitive's holders; after "and"/"but"/"nor" the `earlier`
    cue's ("rejected X but backed Y", "neither accept X nor reject Y"). Several sides that
    fall short of endorsing withhold it."""
    tokens, words = context
    shared = cue.n > 0 and words[cue.n - 1] in SUBJECT_SHARING_COORDINATORS
    stated = _holders(a, s, k, speakers) or _urgers(a, s, k, speakers)
    stated = stated or _infinitive_holders(a, s, k, speakers)
    if not stated and cue.n >= 3 and _withheld(tokens, cue.n):
        # "Kenya stopped short of endorsing"; "the two delegations agreed to X but fell
        # short of endorsing Y" withhold nothing of one side's: they failed to agree.
        if cue.n >= 4 and words[cue.n - 4] in COORDINATORS and len(earlier) > 1:
            return earlier, True
        stated = subjects(a, s, k - 3, speakers)
    holders = stated or ((earlier or _first_holder(a, s, k, speakers)) if shared else [])
    return holders, len(holders) > 1 and _withheld(tokens, cue.n)


def _evaluations(a: Analysis, s: int, speakers: dict):
    """ "called the framework 'a practical bridge'", "described the truce as fragile but real",
    "dismissed the memorandum as blackmail": a complement judging a thing its verb governs
    states its subject's stance on it, by the words of praise or blame it holds."""
    lemmas, words = a.lemmas(s), a.words(s)
    if _JUDGING.isdisjoint(lemmas) or _EVALUATION.keys().isdisjoint(chain(lemmas, words)):
        return
    span, indices = a.sentences[s], a.sentence_tokens[s]
    tokens = a.tokens[indices.start : indices.stop]
    lowered = span.text.lower()
    issues = issue_spans(lowered, a.registry.issues)
    judged = set()  # a verb judges one thing: "the resumption of the detainee talks" is one
    for at, end, issue in sorted([*issues, *_open_issues(a, span, tokens, lemmas, issues)]):
        first = _token_at(a, span, span.start + at)
        last = _token_at(a, span, span.start + end - 1)
        verb = _judging_verb(a, tokens, lemmas, first)
        if verb is None or verb in judged:
            continue
        judged.add(verb)
        if last + 1 >= len(tokens) or _punctuated(a, tokens, last) or tokens[last].possessive:
            continue  # "the commission's report" judges the report, not the commission
        inside = [name for x, y, name in issues if at <= x and y <= end]
        issue = inside[-1] if inside else issue  # "the resumption of the detainee talks": talks
        c = last + 1
        if words[c] == "as":
            c += 1
        elif lemmas[verb] not in NAMING_VERBS and words[c] not in ARTICLES:
            continue  # "described the truce as X", "branded the truce a gamble", "called it X"
        stance = _complement_stance(a, tokens, words, lemmas, c)
        if stance is None or is_negated(words, verb) or is_hypothetical(words, verb):
            continue
        for actor in subjects(a, s, indices.start + verb, speakers):
            yield actor, issue, stance


def _judging_verb(a: Analysis, tokens, lemmas: list[str], first: int) -> int | None:
    """The judging verb governing the thing whose words start at token first, a few
    modifiers before it ("called the new framework"), else None."""
    for j in range(first - 1, max(-1, first - 1 - _JUDGING_REACH), -1):
        if lemmas[j] in _JUDGING:
            return j
        if _punctuated(a, tokens, j):
            return None
    return None


def _complement_stance(a: Analysis, tokens, words, lemmas, c: int) -> str | None:
    """The stance a complement from token c states: its words of praise or blame up to its
    clause's end, those after a last "but" deciding ("fragile but real")."""
    found, turned = [], False
    for j in range(c, min(len(tokens), c + _EVALUATION_REACH)):
        if words[j] in CONTRASTS:
            found, turned = [], False
        elif words[j] in NEGATIONS:  # "not a final destination", "no real chance"
            turned = True
        else:
            kind = _EVALUATION.get(lemmas[j]) or _EVALUATION.get(words[j])
            if kind is not None:
                found.append(TURNED_STANCES[kind] if turned else kind)
        if _punctuated(a, tokens, j) and (j + 1 >= len(words) or words[j + 1] not in CONTRASTS):
            break  # "fragile, but real" goes on past its comma
    kinds = set(found)
    return kinds.pop() if len(kinds) == 1 else None


def _judged_after(cue: _Cue, cues: list[_Cue]) -> bool:
    """Whether a verdict follows a weighing verb as its object's complement ("consider the
    deployment a legitimate target"), which makes the verb one of naming, not weighing."""
    return any(c.verdict and cue.n < c.n <= cue.n + _COMPLEMENT_REACH for c in cues)


def _bare_plan(issue: str) -> bool:
    """Whether an issue is named by a plan word alone ("the proposal", "the offer")."""
    return issue.lower() in PROPOSAL_NOUNS or issue in PROPOSAL_OFFER_NOUNS


def _object_thing(span, tokens, cue: _Cue, issues, things) -> bool:
    """Whether a thing on the table, not a registry issue, is what a cue is about: the object
    after a verb, the nearer subject before a predicate ("the withdrawal of troops must come
    first" is said of the withdrawal, the issue whose words hold the troops)."""
    if cue.verdict:
        return False
    if cue.predicate:
        # "backs dialogue but not how integration should be done": the nearer thing before a
        # predicate is what it is said of
        start = tokens[cue.n].start - span.start
        thing, issue = _issue_before(things, start), _issue_before(issues, start)
        if thing is None or (issue is not None and issue[1] > thing[0]):
            return False
        # a thing apart from the issue, not its complement ("the withdrawal of the troops")
        gap = span.text[issue[1] : thing[0]].lower().split() if issue is not None else []
        return issue is None or not COORDINATORS.isdisjoint(gap)
    return _issue_after(span, tokens, cue, things) and not _issue_after(span, tokens, cue, issues)


def _issue_after(span, tokens, cue: _Cue, issues) -> bool:
    """Whether a registry issue is named after a cue."""
    end = tokens[cue.n + cue.width - 1].end - span.start
    return any(at >= end for at, _, _ in issues)


def _contrasted_before(cue: _Cue, cues: list[_Cue], between: range, words: list[str]) -> bool:
    """Whether another cue stands between a cue and its issue past a contrast ("agreed to the
    hotline but refused the plan"): the issue is the later cue's, in a clause of its own."""
    return any(
        between.start <= other.n < between.stop
        and not CONTRASTS.isdisjoint(words[between.start : other.n])
        for other in cues
    )


def _weighing_after(cue: _Cue, cues: list[_Cue], words: list[str]) -> bool:
    """Whether a cue of assent takes a weighing verb as its infinitive ("agreed to study",
    "is ready to consider"): what it commits to is to weigh the issue, a neutral stance."""
    if cue.kind not in {"support", "advocacy"}:
        return False
    end = cue.n + cue.width
    after = next((c for c in cues if c.n >= end), None)
    if after is None or after.kind != "neutral" or not after.lemma_read:
        return False
    gap = [word for word in words[end : after.n] if not word.endswith("ly")]
    return gap == ["to"]


def _conjoined(a: Analysis, span, tokens, n: int, spans) -> list[str]:
    """ "accepts both the commission and the hotline": the issues joined by "and" to the
    one starting at token n share its stance, and so does a registry issue joined by "and"
    with the preposition or a head noun repeated ("for X and for the continuation of Y")."""
    if n >= len(tokens):
        return []
    at = tokens[n].start - span.start
    ends = [end for start, end, _ in spans if start <= at < end]
    if not ends:
        return []
    end, joined = _word_end(span.text, max(ends)), []
    for start, stop, name in sorted(spans):
        if start < end:
            continue
        gap = span.text[end:start].strip().lower()
        registered = any(issue.name == name for issue in a.registry.issues)
        joins = gap in CONJUNCT_GAPS or gap in ISSUE_DISJUNCT_GAPS
        if not joins and not (registered and _joins_head(gap.split())):
            break
        joined.append(name)
        end = _word_end(span.text, stop)
    return joined


def _word_end(text: str, at: int) -> int:
    """Where the word a stem ending at offset at belongs to ends ("sanction" in "sanctions")."""
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _joins_head(gap: list[str]) -> bool:
    """ "support for a ceasefire and for the continuation of the dialogue": "and", then maybe
    the preposition repeated, a determiner and a head noun whose "of" names the next issue;
    a head that stops or strikes it ("and the lifting of sanctions") turns the stance."""
    if gap[:1] != ["and"]:
        return False
    rest = gap[1:]
    if rest[:1] and rest[0] in PREPOSITIONS:
        rest = rest[1:]
    if rest[:1] and rest[0] in _DETERMINERS:
        rest = rest[1:]
    if rest[:1] and (rest[0] in STOP_WORDS or rest[0] in OPPOSE_HARMS or rest[0].endswith("ing")):
        return False
    if len(rest) >= 2 and rest[0].isalpha() and rest[1] == "of":
        rest = rest[2:]
        if rest[:1] and rest[0] in _DETERMINERS:
            rest = rest[1:]
    return not rest


def _thing_issue(a: Analysis, span, sentence, cue: _Cue, things) -> tuple[range, str] | None:
    """The thing on the table a cue is about: what a verdict is said of before it ("called the
    invitation a stunt"), else a verb's near object ("backed the initiative", "cannot welcome
    the presence of foreign troops")."""
    found = None
    if cue.verdict:
        said = sentence[0][cue.n].start - span.start
        found = _cue_issue(a, span, sentence, cue, [t for t in things if t[1] <= said])
    if found is None and (not cue.verdict or cue.key in _CUE_KIND):
        found = _cue_issue(a, span, sentence, cue._replace(governed=True), things)
    return found


def _open_issues(a: Analysis, span, tokens, lemmas: list[str], issues) -> list:
    """Noun phrases headed by a word for a thing on the table ("the IGAD proposal", "the
    hotline", "the release of 18 soldiers") outside the registry's issues, as issue spans
    named by their words."""
    taken = [(at, end) for at, end, _ in issues]
    found = []
    # Only an act offered or a thing's noun heads one: a cheap pass finds the few.
    heads = [
        n
        for n, token in enumerate(tokens)
        if lemmas[n] in _OPEN_ISSUE_HEADS or token.lower in _THING_NOUNS
    ]
    for n in heads:
        token = tokens[n]
        if _offered_act(tokens, lemmas, n):  # "ready to exchange all for all"
            at = token.start - span.start
            last = _act_end(a, tokens, n)
            if not any(x <= at < y for x, y in taken) and not _count_only(tokens, n, last):
                found.append((at, tokens[last].end - span.start, _words(a, tokens, n, last)))
            continue
        thing = lemmas[n] in _THING_NOUNS or token.lower in _THING_NOUNS
        if not thing or not _noun_at(tokens, n):
            continue
        if a.mention_at(token.start) is not None:
            continue  # a word of a name: "the Rapid Support Forces"
        at, end = token.start - span.start, token.end - span.start
        if any(x <= at < y or x < end <= y for x, y in taken):
            continue
        first = n
        while first > 0 and first > n - 3 and _modifies(a, tokens, first - 1):
            first -= 1
        last = _complement_end(a, tokens, n)
        start, stop = tokens[first].start - span.start, tokens[last].end - span.start
        found.append((start, stop, _words(a, tokens, first, last)))
    return found


def _offered_act(tokens, lemmas: list[str], n: int) -> bool:
    """Whether token n is a plan word used as a verb after readiness ("ready to swap")."""
    return (
        n >= 2
        and lemmas[n] in PROPOSAL_NOUNS
        and tokens[n - 1].lower == "to"
        and tokens[n - 2].lower in READY_FOR_ACTS
    )


def _count_only(tokens, n: int, last: int) -> bool:
    """Whether an act's object after its verb at token n is a count alone ("ready to return
    3,000 more"): the thing counted is named before it, not put on the table here."""
    words = [t.lower for t in tokens[n + 1 : last + 1]]
    return (
        bool(words)
        and words[0][0].isdigit()
        and all(w.isdigit() or w in FUNCTION_WORDS for w in words)
    )


def _act_end(a: Analysis, tokens, n: int) -> int:
    """The last token of an act's object: up to five words, within its clause."""
    last = n
    while last + 1 < min(len(tokens), n + 6) and not _punctuated(a, tokens, last):
        if tokens[last + 1].lower in CLAUSE_OPENERS | COORDINATORS:
            break
        last += 1
    return last


def _words(a: Analysis, tokens, first: int, last: int) -> str:
    """The article's text from token first to token last."""
    return a.document.text[tokens[first].start : tokens[last].end].strip(" \"'“”‘’")


def _noun_at(tokens, n: int) -> bool:
    """Whether a plan word is a noun here: after a determiner, a possessor or a modifier,
    not after "to" or a modal ("to return", "will release")."""
    if n == 0:
        return False
    before = tokens[n - 1]
    return before.lower not in VERB_AUXILIARIES | NOBODY_DETERMINERS - {"no"} and (
        before.lower in NOUN_MARKERS | DEMONSTRATIVES
        or before.possessive
        or before.lower not in FUNCTION_WORDS
    )


def _modifies(a: Analysis, tokens, j: int) -> bool:
    """Whether token j modifies the noun after it: a name or a plain word, no function word,
    no stance cue, nothing of another clause between."""
    token = tokens[j]
    if _punctuated(a, tokens, j) or token.lower in FUNCTION_WORDS or token.lemma in _CUE_LEMMAS:
        return False
    return token.possessive or not token.text.islower() or token.text.isalpha()


def _complement_end(a: Analysis, tokens, n: int) -> int:
    """The last token of a plan noun's "of" complement ("the release of 18 soldiers"), else n."""
    if n + 2 >= len(tokens) or tokens[n + 1].lower != "of" or _punctuated(a, tokens, n):
        return n
    last = n + 1
    for j in range(n + 2, min(len(tokens), n + 6)):
        if tokens[j].lower in CLAUSE_OPENERS | PREPOSITIONS and j > n + 2:
            break
        if _gap(a, tokens, j - 1).strip():
            break  # a quotation or a mark ends the phrase
        last = j
    return last if last > n + 1 else n


def _promises(a: Analysis, s: int, speakers: dict):
    """ "Kiir said the elections will go ahead": an issue its speaker says will happen is
    backed by the speaker, conditionally if a condition follows, opposed if it will not ("no
    talks can resume until…" opposes them until then: a conditional stance)."""
    speaker, words = speakers.get(s), a.words(s)
    if speaker is None or MODALS.isdisjoint(words):
        return
    span, lemmas = a.sentences[s], a.lemmas(s)
    lowered = span.text.lower()
    for at, end, issue in _topics(lowered, issue_spans(lowered, a.registry.issues)):
        n, j = _token_at(a, span, span.start + at), _token_at(a, span, span.start + end - 1) + 1
        negated = n > 0 and words[n - 1] in NOBODY_DETERMINERS
        j = _past_participle_phrase(a, s, j)  # "elections scheduled for December will"
        if j >= len(words) or words[j] not in (MODALS if negated else COMMITMENT_MODALS):
            continue
        j += 1
        while j < len(words) and (words[j] in NEGATIONS or words[j].endswith("ly")):
            negated, j = negated or words[j] in NEGATIONS, j + 1
        outcome = {lemmas[j] if j < len(words) else "", " ".join(lemmas[j : j + 2])}
        after = words[j : j + _CONDITION_REACH + 4]
        conditioned = not HYPOTHETICAL.isdisjoint(after) or _condition_in(after)
        if outcome.isdisjoint(PROMISED_OUTCOMES | OFFERED_OUTCOMES):
            continue
        if negated:
            yield speaker, issue, "conditional" if conditioned else "oppose"
        elif conditioned or outcome.isdisjoint(OFFERED_OUTCOMES):
            yield speaker, issue, _stance("support", conditioned)


def _past_participle_phrase(a: Analysis, s: int, j: int) -> int:
    """Where the verb after an issue's noun stands, past a participle phrase modifying the
    noun ("the talks planned for next week will…"); j itself where none stands there."""
    indices = a.sentence_tokens[s]
    tokens = a.tokens[indices.start : indices.stop]
    if j >= len(tokens) or not (tokens[j].lower.endswith("ed") and tokens[j].text.islower()):
        return j
    for k in range(j + 1, min(len(tokens), j + _PARTICIPLE_REACH + 1)):
        if tokens[k].lower in MODALS:
            return k
        if _punctuated(a, tokens, k - 1) or tokens[k].lower in CLAUSE_OPENERS | COORDINATORS:
            return j
    return j


def _acts(a: Analysis, s: int, speakers: dict):
    """ "Rwanda will withdraw its troops", "we will not negotiate": an issue named by a verb
    its subject commits to is backed, refused once negated, conditional before "until" or,
    backed, before "if" or "once"."""
    words, span = a.words(s), a.sentences[s]
    if _COMMITTING.isdisjoint(words):
        return
    first, lowered = a.sentence_tokens[s].start, span.text.lower()
    for at, _, issue in issue_spans(lowered, a.registry.issues):
        n = _token_at(a, span, span.start + at)
        if a.tokens[first + n].start != span.start + at:
            continue  # the issue's stem starts inside a word
        found = _commitment(words, n)
        if found is None:
            continue
        j, negated, passive = found
        stance = "oppose" if negated else "support"
        if negated and not REFUSAL_CONDITIONS.isdisjoint(words[n:]):
            stance = "conditional"
        elif not negated and _condition_in(_clause_after(words, n + 1)):
            stance = "conditional"  # "will withdraw its troops only if Ethiopia does the same"
        if passive:  # "Hezbollah will be disarmed" is its speaker's stance
            holders = [speakers[s]] if s in speakers else []
        else:  # a contraction ("won't") stands right after the subject
            verb = first + (j if words[j] in NEGATED_AUXILIARIES else n)
            holders = _holders(a, s, verb, speakers)
        for actor in holders:
            yield actor, issue, stance


def _urged_acts(a: Analysis, s: int, speakers: dict):
    """ "urged Pristina to establish the association", "called on all parties to attend the
    review": an act urged on others is backed by those urging it, named by its own words
    where no stance word or registry issue names it (those the other stages read)."""
    lemmas, words = a.lemmas(s), a.words(s)
    if PLAN_URGING_VERBS.isdisjoint(lemmas):
        return
    span, first = a.sentences[s], a.sentence_tokens[s].start
    tokens = a.tokens[first : a.sentence_tokens[s].stop]
    named = issue_spans(span.text.lower(), a.registry.issues)
    for j, lemma in enumerate(lemmas):
        if lemma not in PLAN_URGING_VERBS or not _urging_use(a, first + j):
            continue
        if is_negated(words, j) or is_hypothetical(words, j) or is_speculative(words, j):
            continue
        to = _urged_to(a, tokens, j)
        holders = subjects(a, s, first + j, speakers) if to is not None else []
        while to is not None and holders:
            last = _urged_act(a, span, tokens, to, named)
            for actor in holders if last is not None else ():
                yield actor, _words(a, tokens, to + 1, last), "support"
            # "urged both sides to accept the proposal and to let aid convoys move"
            stop = last if last is not None else _act_end(a, tokens, to + 1)
            joined = stop + 2 < len(tokens) and [t.lower for t in tokens[stop + 1 : stop + 3]]
            to = stop + 2 if joined == ["and", "to"] else None


def _urged_act(a: Analysis, span, tokens, to: int, named) -> int | None:
    """The last token of the act urged after the "to" at token to, where its own words name
    it: a verb of no other stance and its object, with no registry issue or thing in it."""
    if to + 2 >= len(tokens):
        return None
    verb = tokens[to + 1]
    if not verb.text.isalpha() or not verb.text.islower() or verb.lower in NEGATIONS:
        return None
    if verb.lower in BE_FORMS:
        return None  # "called for observers to be deployed": what is asked for comes before
    if _CUE_KIND.get(verb.lemma, ("support",))[0] != "support":
        return None  # "urged Hamas to reject the plan" opposes it, as the stance word says
    if tokens[to + 2].lower in PREPOSITIONS or _gap(a, tokens, to + 1).strip():
        return None  # "urged both parties to engage without delay": no object names the act
    last = _act_end(a, tokens, to + 1)
    if last == to + 1:
        return None  # "urged them to act and talk": no object names the act
    at, end = verb.start - span.start, tokens[last].end - span.start
    if any(x < end and at < y for x, y, _ in named):
        return None
    if any(t.lemma in _OPEN_ISSUE_HEADS or t.lower in _THING_NOUNS for t in tokens[to : last + 1]):
        return None  # a thing on the table the act names is the stance words' issue
    return last


def _urged_to(a: Analysis, tokens, j: int) -> int | None:
    """The "to" of the act an urging verb at token j urges, past the ones urged and its
    particle ("called on Belgrade to"), near and in the clause; None where no one is urged."""
    urged = False
    for k in range(j + 1, min(len(tokens), j + 1 + _URGED_REACH)):
        if _punctuated(a, tokens, k - 1) and k > j + 1:
            return None
        if tokens[k].lower == "to":
            return k if urged and tokens[k - 1].lower not in NEGATIONS else None
        urged = urged or a.mention_at(tokens[k].start) is not None or tokens[k].lemma in _URGED
    return None


def _answer_conditions(a: Analysis, s: int, speakers: dict):
    """ "Islamabad's acceptance is conditional on the Taliban acting against the TTP", "the
    army's consent depends on a pullback": a yes held to a condition, with no plan named, holds
    the plan on the table conditionally, and backs the demand the predicate names."""
    lemmas = a.lemmas(s)
    if _CONDITION_STARTS.isdisjoint(lemmas) or _ANSWER_NOUNS.isdisjoint(a.words(s)):
        return
    first = a.sentence_tokens[s].start
    for c in range(1, len(lemmas) - 1):
        if " ".join(lemmas[c : c + 2]) not in CONDITION_PREDICATES:
            continue
        noun = _answer_noun_before(a, first, c)
        if noun is None:
            continue
        held = _noun_holders(a, s, first + noun, speakers)
        if not held:
            continue
        holder = held[0]
        plan = _plan_on_table(a, s)
        if plan is not None:
            yield holder, plan, "conditional"
        demand = _demand_after(a, s, c + 2)
        if demand:
            yield holder, demand, "support"


def _objectless_attendance(a: Analysis, s: int, speakers: dict):
    """ "The KNU said it would not attend.", "Egypt will take part": a promised or refused
    participation with no object of its own is about the meeting named last before."""
    words, lemmas = a.words(s), a.lemmas(s)
    if SUPPORT_PARTICIPATION_VERBS.isdisjoint(lemmas) and _TAKING_PART.isdisjoint(lemmas):
        return
    first, end = a.sentence_tokens[s].start, a.sentences[s].end
    for n, lemma in enumerate(lemmas):
        if lemma in _TAKING_PART and " ".join(lemmas[n : n + 2]) in _TAKING_PART_WORDS:
            width = 2
        elif lemma in SUPPORT_PARTICIPATION_VERBS:
            width = 1
        else:
            continue
        last = first + n + width - 1
        governor = _infinitive_governor(lemmas, n)
        if not _committed(words, n) and governor is None:
            continue
        if is_hypothetical(words, n):
            continue  # "has not said whether it will take part" asks, it does not answer
        if last + 1 < a.sentence_tokens[s].stop and not breaks_after(a, last):
            continue  # "would attend the talks": the object names the issue
        meetings = [m for m in a.meetings if m.evidence.start < end]
        if not meetings:
            continue
        meeting = max(meetings, key=lambda m: m.evidence.start).title
        refused = is_negated(words, n) or governor == "oppose"
        stance = "oppose" if refused else "support"
        if stance == "support" and _condition_in(_clause_after(words, n + 1)):
            stance = "conditional"
        verb = first + n if governor is None else first + n - 2
        for holder in _holders(a, s, verb, speakers):
            yield holder, meeting, stance


def _conditions_set(a: Analysis, s: int, speakers: dict):
    """ "The army has set conditions.", "Hamas attached conditions": conditions set with no plan
    named hold the plan on the table to them, for the subject of the verb setting them."""
    lemmas = a.lemmas(s)
    if CONDITION_NOUNS.isdisjoint(lemmas) or issue_spans(
        a.sentences[s].text.lower(), a.registry.issues
    ):
        return
    first, stop = a.sentence_tokens[s].start, a.sentence_tokens[s].stop
    for n, lemma in enumerate(lemmas):
        k = first + n
        if lemma not in CONDITION_NOUNS or (k + 1 < stop and not breaks_after(a, k)):
            continue  # "conditions for the truce" name their plan; the stances read those
        verb = next(
            (
                j
                for j in range(k - 1, max(first, k - 4) - 1, -1)
                if a.tokens[j].lemma in LIGHT_VERBS
            ),
            None,
        )
        plan = _plan_on_table(a, s) if verb is not None else None
        if plan is None:
            continue
        for holder in subjects(a, s, verb, speakers):
            yield holder, plan, "conditional"


def _infinitive_governor(lemmas: list[str], n: int) -> str | None:
    """The stance of the verb an infinitive at word n hangs on: "refused to attend" opposes,
    "agreed to take part" supports; None for any other."""
    if n < 2 or lemmas[n - 1] != "to":
        return None
    kind, _ = _CUE_KIND.get(lemmas[n - 2], (None, False))
    return kind if kind in {"support", "oppose"} else None


def _answer_noun_before(a: Analysis, first: int, c: int) -> int | None:
    """The answer noun that is the subject of a predicate at word c ("its acceptance is"), past
    auxiliaries and adverbs, when no issue stands between."""
    j = c - 1
    while j > 0 and (
        a.tokens[first + j].lower in _AUXILIARIES or a.tokens[first + j].lower.endswith("ly")
    ):
        j -= 1
    return j if a.tokens[first + j].lower in _ANSWER_NOUNS else None


def _plan_on_table(a: Analysis, s: int) -> str | None:
    """The plan a sentence naming none answers: the last plan found up to it, else the last
    issue named in the sentences before."""
    end = a.sentences[s].end
    plans = [p for p in a.proposals if p.evidence.start < end]
    if plans:
        return max(plans, key=lambda p: p.evidence.start).title
    for before in range(s - 1, max(-1, s - 1 - _PLAN_REACH), -1):
        named = issue_spans(a.sentences[before].text.lower(), a.registry.issues)
        if named:
            return named[-1][2]
    return None


def _demand_after(a: Analysis, s: int, j: int) -> str | None:
    """The words of a demand from word j of a sentence to its clause's end, a few at most."""
    first, stop = a.sentence_tokens[s].start, a.sentence_tokens[s].stop
    tokens = a.tokens[first + j : min(stop, first + j + _DEMAND_WORDS)]
    last = 0
    while last + 1 < len(tokens) and not breaks_between(a, tokens[last], tokens[last + 1]):
        last += 1
    if not tokens or last < 1:
        return None
    return _words(a, tokens, 0, last)


def _commitment(words: list[str], n: int) -> tuple[int, bool, bool] | None:
    """The auxiliary committing its subject to the verb at n ("would withdraw", "will not be
    disarmed", "does not negotiate"), whether negated and whether passive; None if none."""
    passive = n > 1 and words[n - 1] in BE_FORMS
    j, negated = _auxiliary_before(words, n - passive)
    if words[j + 1] in NEGATED_AUXILIARIES:
        j += 1
    # "does not negotiate": a habit refused is refused as a rule
    refused = negated and words[j] in DO_FORMS | NEGATED_AUXILIARIES
    if j < 0 or not (words[j] in COMMITMENT_MODALS or refused):
        return None
    if not JOINT_DETERMINERS.isdisjoint(words[max(0, j - 3) : j]):
        return None  # "both sides would stop firing" states the terms of their agreement
    return j, negated or has_negative_subject(words, j), passive


def _auxiliary_before(words: list[str], n: int) -> tuple[int, bool]:
    """Where the auxiliary before word n stands, past negations and adverbs ("would not
    quickly sign"), and whether a negation was passed."""
    j, negated = n - 1, False
    while j >= 0 and (words[j] in NEGATIONS or words[j].endswith("ly")):
        negated, j = negated or words[j] in NEGATIONS, j - 1
    return j, negated


def _cue_issue(a: Analysis, span, sentence, cue: _Cue, issues) -> tuple[range, str] | None:
    """The issue a cue is about, with the tokens between them; None where the cue states none."""
    tokens, words = sentence
    n, last = cue.n, cue.n + cue.width - 1
    if _states_nothing(tokens, words, cue):
        return None
    if cue.verdict and _attributive(a, tokens, last):
        # an attributive verdict judges the noun after it, an issue only where it names one
        # ("organises a sham election"); a necessity or praise ("vital aid") judges nothing
        return _judged_noun(a, span, tokens, last, issues) if cue.kind == "oppose" else None
    object_only = _object_only(a, tokens, cue, last)
    ends = (tokens[n].start - span.start, tokens[last].end - span.start)
    if cue.key in CONDITION_PREDICATES and _answer_noun_before(a, a.token_range(span).start, n):
        return None  # "its acceptance depends on a pullback" backs the pullback, see below
    if cue.key in CONDITION_CLAUSES and not _conditioned(a, span, tokens, n, issues):
        return None  # "only after Russia lifts sanctions" conditions nothing named after it
    if cue.verdict and (head := _relative_head(tokens, n)) is not None:
        return _head_issue(a, span, issues, head)
    if cue.predicate and _issue_before(issues, ends[0]) is not None:
        return range(last + 1, last + 1), _issue_before(issues, ends[0])[2]
    if cue.verdict and _after_as(tokens, n):
        # "described the meeting as positive" judges the meeting, not an issue after it
        before = _issue_before(issues, ends[0])
        return (range(last + 1, last + 1), before[2]) if before is not None else None
    before = _issue_before(issues, ends[0])
    phrase = cue.width > 1 and not cue.verdict
    if phrase and before is not None and _pronoun_after(tokens, last):
        return range(last + 1, last + 1), before[2]  # "the truce … remains committed to it"
    found = _issue_for(issues, *ends, object_only)
    if found is None:
        return None
    at, end, issue = found
    between = range(last + 1, _token_at(a, span, span.start + at))
    if cue.kind == "threat" and len(between) > 3:
        return None  # a threat's measure is its object: "threatened (to impose) sanctions"
    closed = cue.verdict and _punctuated(a, tokens, last)
    if closed or not _reaches(a, tokens, between, cue.governed):
        # "aid is essential, whatever the talks bring": a verdict cut off from the issue
        # after it judges the one before it.
        found = None if object_only else _issue_before(issues, ends[0])
        if found is None:
            return None
        at, end, issue = found
        between = range(last + 1, last + 1)
    if cue.kind == "hope":
        after = span.start + end
        between = range(between.start, a.token_index(after) - a.token_range(span).start)
    return between, issue


def _states_nothing(tokens, words: list[str], cue: _Cue) -> bool:
    """Whether a cue states no stance: hypothetical, speculative, fallen short of, or a
    participation reported as an event ("ministers attended the talks")."""
    n = cue.n
    if is_hypothetical(words, n) or _short_of(tokens, n) or is_speculative(words, n):
        return True
    participation = cue.key in SUPPORT_PARTICIPATION_VERBS or cue.key in PARTICIPATION_PHRASES
    return participation and not _committed(words, n)


def _object_only(a: Analysis, tokens, cue: _Cue, last: int) -> bool:
    """Whether a cue takes its issue only as its object, after it: a phrase, a noun, a
    threat, a governing verb, or a verb taking an infinitive ("still wants to …")."""
    if (cue.width > 1 and not cue.verdict) or cue.key in _NOUNS:
        return True
    if cue.kind == "threat" or cue.governed:
        return True
    return cue.lemma_read and (_takes_infinitive(a, tokens, last) or _own_object(a, tokens, last))


def _own_object(a: Analysis, tokens, last: int) -> bool:
    """Whether a verb cue has a noun of its own right after it ("proves Kinshasa wants war"),
    so that an issue before it is no object of its; not past a mark ("the truce Kyiv backs,
    officials said") or one an infinitive follows ("pressed both sides to accept")."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        after is not None
        and not _punctuated(a, tokens, last)
        and after.text.isalpha()
        and after.text.islower()
        and after.lower not in FUNCTION_WORDS | QUANTIFIERS
        and not after.lower.endswith("ly")
        and all(t.lower != "to" for t in tokens[last + 1 : last + 4])
    )


def _takes_infinitive(a: Analysis, tokens, last: int) -> bool:
    """Whether "to" and a verb's bare form follow the cue ending at token last ("wants to
    grind"), not "to" and a noun phrase ("agreed to the truce"), a gerund ("the only route to
    getting food in") or a stranded "to" ("agreed to.")."""
    j = last + 2
    if j >= len(tokens) or tokens[last + 1].lower != "to" or _punctuated(a, tokens, last + 1):
        return False
    verb = tokens[j]
    return verb.text.islower() and verb.lower == verb.lemma and verb.lower not in FUNCTION_WORDS


def _relative_head(tokens, n: int) -> int | None:
    """The noun a verdict at token n is said of through a relative ("a response that is
    positive in spirit": the response), else None."""
    j = n - 1
    while j > 0 and tokens[j].lower.endswith("ly"):
        j -= 1
    if j < 2 or tokens[j].lower not in BE_FORMS or tokens[j - 1].lower not in RELATIVES:
        return None
    return j - 2


def _head_issue(a: Analysis, span, issues, head: int) -> tuple[range, str] | None:
    """The issue ending at token head, which a verdict said of it through a relative judges;
    None where the head is no issue ("a response that is positive" judges no weapons clause)."""
    for _, end, issue in issues:
        if _token_at(a, span, span.start + end - 1) == head:
            return range(head + 1, head + 1), issue
    return None


def _pronoun_after(tokens, last: int) -> bool:
    """Whether a pronoun for a thing is the object right after a cue ending at token last."""
    return last + 1 < len(tokens) and tokens[last + 1].lower in THING_OBJECT_PRONOUNS


def _after_as(tokens, n: int) -> bool:
    """Whether the verdict at token n follows "as" past articles and adverbs ("described it
    as a very positive step"), so that it is said of the thing named before."""
    j = n - 1
    while j >= 0 and (tokens[j].lower in ARTICLES or tokens[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and tokens[j].lower == "as"


def _conditioned(a: Analysis, span, tokens, n: int, issues) -> bool:
    """Whether an issue stands in the clause before a condition clause at token n, near it."""
    before = _issue_before(issues, tokens[n].start - span.start)
    if before is None:
        return False
    at = _token_at(a, span, span.start + before[0])
    near = n - at <= _CONDITION_REACH
    return near and not any(_punctuated(a, tokens, j) for j in range(at, n))


def _cue_stance(a: Analysis, tokens, words, cue: _Cue, between: range, conditional: bool):
    """The stance a cue states on its issue, after threats, hopes, negation and stop words."""
    if cue.key in CONDITION_CLAUSES:
        return "conditional"  # a negation or a stop word before it is the conditioned act's
    kind = cue.kind
    if kind == "threat":
        # "threatened sanctions if Moscow did not halt": the threat holds only then.
        kind = "conditional" if set(words[cue.n + cue.width :]) & HYPOTHETICAL else "advocacy"
    if kind == "hope":
        kind = _hoped(tokens, between.stop)
        between = range(between.start, between.start)  # the hoped outcome was the stance
        if kind is None:
            return None
    stance = _stance(kind, conditional)
    if _withheld(tokens, cue.n):
        return "neutral"
    if is_negated(words, cue.n) or has_negative_subject(words, cue.n):
        stance = NEGATED_STANCES.get(cue.key, TURNED_STANCES[stance])
    if stance == "none":
        return None
    if _turned(a, tokens, between) != _stopped_before(a, tokens, cue.n):
        stance = TURNED_STANCES[stance]
    if cue.key in OBLIGATION_PREDICATES and _stops_after(tokens, cue.n + cue.width):
        stance = TURNED_STANCES[stance]  # "sanctions must be lifted"
    ended = cue.kind != "hope" and not cue.predicate
    if ended and _ended_after(a, tokens, between.stop, _takes_small_clause(tokens, cue, between)):
        stance = TURNED_STANCES[stance]  # "wants sanctions lifted", "called for X to be lifted"
    if stance == "oppose" and not REFUSAL_CONDITIONS.isdisjoint(words[between.stop :]):
        return "conditional"
    after = _clause_after(words, between.stop)
    if stance in {"support", "neutral"} and _condition_in(after):
        return "conditional"  # "ready to attend the talks if Israel withdraws"
    if stance == "support" and _predicate_after(a, tokens, between.stop, len(after)):
        return "conditional"  # "made its support for the truce depend on a pullback"
    if stance in {"support", "neutral"} and demanded_beside(a, tokens, between.stop):
        return "conditional"  # "would study the draft but any truce must…"
    return stance


def _kind_refused(a: Analysis, tokens, words: list[str], between: range) -> bool:
    """ "could not agree on any ceasefire that lets the army rearm": an issue opened by a
    determiner of a kind and restricted by a relative clause right after its noun is refused
    only as that kind, which holds the issue itself to a condition."""
    issue = between.stop
    before = words[max(between.start, issue - _KIND_REACH) : issue]
    if KIND_DETERMINERS.isdisjoint(before):
        return False
    for j in range(issue + 1, min(len(words), issue + 1 + _KIND_REACH)):
        if _punctuated(a, tokens, j - 1) or words[j] in COORDINATORS | PREPOSITIONS:
            return False  # "any agreement to which it is not a party" names the one it means
        if words[j] in RELATIVES:
            return True
    return False


def _clause_after(words: list[str], j: int) -> list[str]:
    """The words after an issue up to the next coordinated clause ("backed the plan and was
    ready to help once…"), within reach of a condition."""
    after = words[j : j + _CONDITION_REACH + 4]
    cut = next((i for i in range(1, len(after)) if _joins_clause(after, i)), len(after))
    return after[:cut]


def _joins_clause(words: list[str], i: int) -> bool:
    """Whether word i is a coordinator joining a clause, not phrases ("a ceasefire on land, at
    sea and in the air if Russia does the same": a preposition follows)."""
    return words[i] in COORDINATORS and not (i + 1 < len(words) and words[i + 1] in PREPOSITIONS)


def _predicate_after(a: Analysis, tokens, n: int, reach: int) -> bool:
    """Whether a condition predicate follows the issue at token n in its clause ("made its
    support for the truce depend on"), not past a mark ("the truce, which depends on")."""
    for j in range(n + 1, min(len(tokens) - 1, n + 1 + reach)):
        if _punctuated(a, tokens, j - 1):
            return False
        if f"{tokens[j].lemma} {tokens[j + 1].lemma}" in CONDITION_PREDICATES:
            return True
    return False


def _condition_in(words: list[str]) -> bool:
    """Whether words open a condition: "if", "once", "only if", "as soon as the army leaves"."""
    if not STANCE_CONDITION_OPENERS.isdisjoint(words):
        return True
    joined = f" {' '.join(words)} "
    if any(f" {phrase} " in joined for phrase in CONDITION_PHRASES):
        return True
    width = len(SOON_CONDITION)
    return any(
        tuple(words[j : j + width]) == SOON_CONDITION and words[j + width] not in SOON_PACE_WORDS
        for j in range(len(words) - width)
    )


def _verb_use(tokens, n: int) -> bool:
    """Whether the cue at token n is no noun after a possessor or a determiner, maybe past a
    modifier ("Islamabad's repeated calls")."""
    j = n - 1 if n > 1 and tokens[n - 1].text.isalpha() and tokens[n - 1].text.islower() else n
    return all(
        k < 1 or not (tokens[k - 1].possessive or tokens[k - 1].lower in _NOUN_DETERMINERS)
        for k in {n, j}
    )


def _takes_small_clause(tokens, cue: _Cue, between: range) -> bool:
    """Whether the cue is a verb taking the issue with a predicate of its own ("wants the
    sanctions lifted", "wants to see them lifted"), not past an infinitive of another verb
    ("wants to revive the talks suspended in May")."""
    return (
        tokens[cue.n].lemma in SMALL_CLAUSE_VERBS
        and _verb_use(tokens, cue.n)
        and all(
            tokens[k + 1].lemma in SMALL_CLAUSE_VERBS
            for k in range(cue.n + cue.width, between.stop - 1)
            if tokens[k].lower == "to"
        )
    )


def _ended_after(a: Analysis, tokens, j: int, verbal: bool) -> bool:
    """Whether the issue at token j is said to end in its clause: a participle of stopping or
    ending after it, past "(to) be" ("demanded that sanctions be lifted", "called for the
    blockade to be ended") or, after a verb taking a small clause, right after the issue's
    words ("wants the checkpoints gone"); after a noun that is the sentence's verb ("calls
    for a truce went unheeded", "Kyiv's calls for talks ended in failure")."""
    for i in range(j + 1, min(len(tokens), j + _ENDED_REACH)):
        if _punctuated(a, tokens, i - 1) or tokens[i].lower in _ENDED_BREAKS:
            return False
        token = tokens[i]
        if token.lower == "to" and (i + 1 == len(tokens) or tokens[i + 1].lower != "be"):
            return False  # "any move to use frozen assets": an act of its own
        ended = token.lemma in STOP_WORDS or token.lemma in OPPOSE_OUTCOMES
        if ended and token.lower != token.lemma and token.lower.endswith(PARTICIPLE_ENDINGS):
            # a participle said of the issue ("lifted", "gone"), not one before a noun of its
            # own after a preposition ("sanctions on frozen assets")
            before = tokens[i - 1].lower
            return before in BE_FORMS or (verbal and before not in FUNCTION_WORDS)
    return False


def _stops_after(tokens, j: int) -> bool:
    """Whether the participle after an obligation stops its subject ("must be lifted")."""
    return j < len(tokens) and tokens[j].lemma in STOP_WORDS


def _infinitive_holders(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """ "Myanmar pledged to reopen the routes": an infinitive's holder is its verb's subject;
    after an object ("urged Israel to accept") it is no one's stance here."""
    first = a.sentence_tokens[s].start
    if k - 2 < first or a.tokens[k - 1].lower != "to":
        return []
    verb = a.tokens[k - 2]
    if a.mention_at(verb.start) is not None:
        return []
    return _holders(a, s, k - 2, speakers) or _purpose_holders(a, s, k - 2, speakers)


def _purpose_holders(a: Analysis, s: int, last: int, speakers: dict) -> list[str]:
    """ "China will use its good offices to encourage a truce": an infinitive of purpose after
    a thing its verb takes as object ("its good offices", no actor) is that verb's subject's."""
    first = a.sentence_tokens[s].start
    for j in range(last, max(first, last - _KIND_REACH) - 1, -1):
        token = a.tokens[j]
        if a.mention_at(token.start) is not None or not token.text.islower():
            return []
        if token.lower in _DETERMINERS and j - 1 >= first and not _punctuated(a, a.tokens, j - 1):
            verb = j - 1
            return _holders(a, s, verb, speakers) or _infinitive_holders(a, s, verb, speakers)
    return []


def _urgers(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """ "urged both sides to accept the plan", "called on Belgrade to sign the accord": those
    urging back the act they urge on others, whoever the others are."""
    first = a.sentence_tokens[s].start
    if k - 2 < first or a.tokens[k - 1].lower != "to":
        return []
    words = 0  # a name of several words ("the Rapid Support Forces") counts as one
    for j in range(k - 2, first - 1, -1):
        if breaks_between(a, a.tokens[j], a.tokens[j + 1]):
            return []
        if a.tokens[j].lemma in PLAN_URGING_VERBS and _urging_use(a, j):
            return subjects(a, s, j, speakers)
        mention = a.mention_at(a.tokens[j].start)
        words += mention is None or mention.start == a.tokens[j].start
        if words > _URGED_REACH:
            return []
    return []


def _urging_use(a: Analysis, j: int) -> bool:
    """ "called on Kigali to", not "called the deal a trap to": "call" urges with its particle."""
    if a.tokens[j].lemma != "call":
        return True
    if j + 1 >= len(a.tokens):
        return False
    after = a.tokens[j + 1].lower
    return after in URGING_PARTICLES and after != "off"


def _token_at(a: Analysis, span, offset: int) -> int:
    """Index in the sentence of the token an issue's stem starts in."""
    j = a.token_index(offset)
    if j > 0 and a.tokens[j - 1].end > offset:
        j -= 1
    return j - a.token_range(span).start


def _committed(words: list[str], n: int) -> bool:
    """Whether a verb at token n is promised or offered ("would (not) attend", "agreed to sign")
    or named as an act to come ("host the signing of the accord")."""
    if words[n].endswith("ing") and n + 1 < len(words) and words[n + 1] == "of":
        return True
    j, _ = _auxiliary_before(words, n)
    return j >= 0 and words[j] in VERB_AUXILIARIES - HAVE_FORMS


def _short_of(tokens, n: int) -> bool:
    """ "failed to agree": the stance word was not reached."""
    return n >= 2 and (tokens[n - 2].lemma, tokens[n - 1].lemma) in SHORTFALL_MARKERS


def _withheld(tokens, n: int) -> bool:
    """ "stopped short of endorsing": the holder withholds the stance word's stance."""
    return n >= 2 and (tokens[n - 2].lemma, tokens[n - 1].lemma) in WITHHELD_MARKERS


def _hoped(tokens, j: int) -> str | None:
    """What a hope is for: the verb after its issue ("the truce would hold", "would end the
    war"), against it if the issue itself is to stop ("the sanctions would end")."""
    modal = False
    for i, t in enumerate(tokens[j : j + 4], start=j):
        if t.lower in VERB_AUXILIARIES or t.lower in BE_AUXILIARIES or t.lower.endswith("ly"):
            modal = modal or t.lower in MODALS
            continue
        if t.lemma in SUPPORT_OUTCOMES:
            return "support"
        if t.lemma in STOP_WORDS and i + 1 < len(tokens) and tokens[i + 1].lower in NOUN_MARKERS:
            return "support"  # "the truce would end the war": the issue stops something else
        if t.lemma in OPPOSE_OUTCOMES or t.lemma in STOP_WORDS:
            return "oppose"
        # "hoped the moratorium would open the door to a wider truce": what the issue is
        # hoped to do, after a modal, is hoped for with it
        plain = t.text.isalpha() and t.text.islower() and t.lower not in FUNCTION_WORDS
        return "support" if modal and plain and t.lower not in NEGATIONS else None
    return None


def _reaches(a: Analysis, tokens, between: range, governed: bool) -> bool:
    """Whether a stance word reaches the issue after it: within its clause, no adjunct between;
    a governed verb only its object, near, with no actor as object ("praised Qatar for …")."""
    if governed and len(between) > 4:
        return False
    if any(_punctuated(a, tokens, j) for j in range(between.start - 1, between.stop)):
        # A comma in the last words before the issue may join its adjectives ("an immediate,
        # interim 30-day ceasefire"); any other mark, or one further back, closes the clause.
        last = between.stop - 3
        if governed or any(_punctuated(a, tokens, j) for j in range(between.start - 1, last)):
            return False
        if any(_gap(a, tokens, j).strip() not in {"", ","} for j in range(last, between.stop)):
            return False
    for j in between:
        if tokens[j].lower in (OBJECT_BREAKS if governed else REACH_BREAKS):
            return False
        mention = a.mention_at(tokens[j].start)
        # "urged Hamas to accept the plan": the one urged does the act the verb governs
        named = mention is not None and not mention.possessive
        if governed and named and not _urged(tokens, j, mention):
            return False
    return True


def _urged(tokens, j: int, mention) -> bool:
    """Whether the actor named at token j is followed by "to" ("urged Kyiv to sign")."""
    k = j
    while k + 1 < len(tokens) and tokens[k + 1].start < mention.end:
        k += 1
    return k + 1 < len(tokens) and tokens[k + 1].lower == "to"


def _turned(a: Analysis, tokens, between: range) -> bool:
    """ "demanded a halt to sanctions": a stop word or an attack before the issue turns the
    stance; a second one ("pause strikes on energy sites") turns it back."""
    turns = 0
    for j in range(between.stop - 1, max(between.start, between.stop - 6) - 1, -1):
        token = tokens[j]
        if token.lower in STOP_BREAKS or _punctuated(a, tokens, j):
            break
        turns += _turns(tokens, j, between.stop)
    return turns % 2 == 1


def _turns(tokens, j: int, issue: int) -> bool:
    """A stop word, a negation, or an attack on what follows ("strikes on", not "strike a
    deal"): "agreed not to attack energy sites" turns twice."""
    token = tokens[j]
    if token.lower in NEGATIONS:
        return token.lower != "nor"  # "nor" denies the verb after it, not the issue
    if token.lemma in STOP_WORDS or token.lower in STOP_WORDS:
        return not _stops_an_activity(tokens, j)
    return token.lemma in OPPOSE_HARMS and (j + 1 == issue or tokens[j + 1].lower in HARM_LINKS)


def _stops_an_activity(tokens, j: int) -> bool:
    """ "stop arguing about the agreements": the stop word at j governs a gerund with a
    preposition of its own, which it stops instead of the issue; an attack stopped ("stop
    attacking energy sites") is one more turn, counted on its own."""
    if j + 2 >= len(tokens) or not tokens[j + 1].lower.endswith("ing"):
        return False
    gerund = tokens[j + 1]
    return gerund.lemma not in OPPOSE_HARMS and tokens[j + 2].lower in PREPOSITIONS


def _stopped_before(a: Analysis, tokens, n: int) -> bool:
    """ "dropped its objection to", "ended its backing for": a stop word governing the cue."""
    j = n - 1
    if j >= 0 and tokens[j].lower in ANAPHORIC_DETERMINERS:
        j -= 1
    return j >= 0 and tokens[j].lemma in STOP_WORDS and not _punctuated(a, tokens, j)


def _punctuated(a: Analysis, tokens, j: int) -> bool:
    """Whether a clause mark stands between token j and the next, both in the sentence."""
    return 0 <= j < len(tokens) - 1 and breaks_between(a, tokens[j], tokens[j + 1])


def _gap(a: Analysis, tokens, j: int) -> str:
    """The text between token j and the next, if both are in the sentence."""
    return text_between(a, tokens[j], tokens[j + 1]) if 0 <= j < len(tokens) - 1 else ""


def _holders(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """The subjects of the stance word, its noun's holder, or in a quotation its speaker."""
    holders = subjects(a, s, k, speakers)
    if holders and holders == [speakers.get(s)] and _others_as_subject(a, s, k):
        return []  # "X said aid agencies would welcome a pause": the agencies', not X's
    if holders:
        return holders
    held = {a.tokens[k].lower, a.tokens[k].lemma} & _HELD_WORDS or _noun_form(a, s, k)
    held = held or _possessed(a, s, k)
    actors = _noun_holders(a, s, k, speakers) if held else []
    if not actors:
        quoted = a.in_quote(a.tokens[k].start) and speakers.get(s)
        # "was committed to the deal" is an adjective taking its issue, no passive
        adjective = k + 1 < len(a.tokens) and a.tokens[k + 1].lower == "to"
        passive = a.tokens[k].lower.endswith("ed") and is_passive(a, s, k) and not adjective
        if quoted and not passive and not _others_as_subject(a, s, k):
            return [_named_before_quote(a, s, k, quoted) or quoted]
        side = _unnamed_side(a, s, k)
        return [speakers[s]] if side and s in speakers else []
    return actors


def _noun_form(a: Analysis, s: int, k: int) -> bool:
    """Whether a cue verb at token k stands as its stance noun: "the Kingdom's steadfast
    support", "voiced support for", not "will support" or "ready to support"."""
    if a.tokens[k].lower not in NOUN_FORM_CUES:
        return False
    first = a.sentence_tokens[s].start
    light = k > first and a.tokens[k - 1].lemma in LIGHT_VERBS
    return light or is_noun_use(a, first, k)


def _possessed(a: Analysis, s: int, k: int) -> bool:
    """Whether the cue at token k is a noun its possessor holds, maybe past one modifier, with
    its complement after it: "Kinshasa's repeated calls for sanctions", "Hamas's demand for a
    pullback"; "troops deployed at Kiir's request" names no stance of Kiir's."""
    first = a.sentence_tokens[s].start
    if k + 1 >= len(a.tokens) or a.tokens[k + 1].lower not in PREPOSITIONS:
        return False
    j = k - 1
    if j > first and a.tokens[j].text.isalpha() and a.tokens[j].text.islower():
        j -= 1  # "repeated", "latest"
    return j >= first and a.tokens[j].possessive and a.mention_at(a.tokens[j].start) is not None


def _others_as_subject(a: Analysis, s: int, k: int) -> bool:
    """ "'The parties have agreed to the continuation of the ceasefire,' the ministry said",
    "X said aid agencies would welcome a pause": a reported stance word whose subject is a
    plural naming no actor and no side of the speaker's ("the forces") is held by others than
    the speaker; a singular ("the south") may be the speaker's own side."""
    first = a.sentence_tokens[s].start
    j = k - 1
    while j > first and (a.tokens[j].lower in _AUXILIARIES or a.tokens[j].lower.endswith("ly")):
        j -= 1
    noun, before = a.tokens[j], a.tokens[j - 1]
    if j <= first or a.mention_at(noun.start) is not None or not noun.text.isalpha():
        return False
    if a.mention_at(before.start) is not None or before.lower in PERSONAL_PRONOUNS:
        return False  # "the AU 'stands ready'": a verb after its subject, no plural noun
    plural = noun.lower.endswith("s") and noun.lemma != noun.lower
    return plural and noun.lower not in _SIDE_NOUNS and noun.lemma not in _SIDE_NOUNS


def _unnamed_side(a: Analysis, s: int, k: int) -> bool:
    """ "Burhan said the army would not accept any arrangement": a side the subject does not
    name, in a clause its speaker reports, is the speaker's own."""
    first = a.sentence_tokens[s].start
    j = k - 1
    while j > first and (a.tokens[j].lower in _AUXILIARIES or a.tokens[j].lower.endswith("ly")):
        j -= 1
    if j <= first or a.mention_at(a.tokens[j].start) is not None:
        return False
    noun = a.tokens[j]
    named = noun.lower in _SIDE_NOUNS or noun.lemma in _SIDE_NOUNS
    return named and a.tokens[j - 1].lower in DEFINITE_DETERMINERS


def _named_before_quote(a: Analysis, s: int, k: int, speaker: str) -> str | None:
    """ "he said Putin had 'effectively rejected the plan'": a quotation opening inside a
    clause carries its verb, whose subject is the actor named right before the quotation."""
    first, kinds = a.sentence_tokens[s].start, {m.actor.name: m.actor.kind for m in a.mentions}
    q = k
    while q > first and a.in_quote(a.tokens[q - 1].start):
        q -= 1
    if q == first or breaks_between(a, a.tokens[q - 1], a.tokens[q]):
        return None
    j = q - 1
    while j > first and (a.tokens[j].lower in _AUXILIARIES or a.tokens[j].lower.endswith("ly")):
        j -= 1
    mention = a.mention_at(a.tokens[j].start)
    if mention is None or mention.possessive:
        return None
    if mention.actor.kind != "person" and kinds.get(speaker) == "person":
        return None  # "Sybiha said Ukraine 'will not sign'": his state speaks through him
    return mention.actor.name


def _judged_noun(a: Analysis, span, tokens, j: int, issues) -> tuple[range, str] | None:
    """The issue whose name begins right after an attributive verdict at token j, if any."""
    at = tokens[j + 1].start - span.start
    named = next((name for start, _, name in issues if start == at), None)
    return (range(j + 1, j + 1), named) if named is not None else None


def _attributive(a: Analysis, tokens, j: int) -> bool:
    """A verdict right before a lower-case word that is no link or verdict head ("essential
    points") qualifies that word; "a welcome step", "unacceptable to" are said of the issue."""
    if j + 1 >= len(tokens):
        return False
    word, after = tokens[j], tokens[j + 1]
    adjacent = not a.document.text[word.end : after.start].strip()
    plain = after.text.isalpha() and after.text.islower()
    return adjacent and plain and after.lower not in VERDICT_LINKS | VERDICT_HEADS


def _first_holder(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """ "…, but he dug in and demanded X": a verb after "and" shares the sentence's subject."""
    actor = first_subject(a, s, k, speakers)
    return [actor] if actor else []


def _noun_holders(a: Analysis, s: int, k: int, speakers: dict) -> list[str]:
    """Who holds "expressed its opposition", "Putin set out Russia's conditions", "Egypt's
    readiness": the light verb's subjects ("Both countries expressed their support"), else
    the possessor, else the sentence's speaker."""
    first = a.sentence_tokens[s].start
    possessor = None
    for j in range(k - 1, max(first, k - 5) - 1, -1):
        owner = a.mention_at(a.tokens[j].start)
        if owner is not None and owner.possessive and possessor is None:
            possessor = owner.actor.name
        if a.tokens[j].lemma in LIGHT_VERBS and not (j > first and a.tokens[j - 1].possessive):
            # (a light verb's participle after a possessor modifies: "Kinshasa's repeated calls")
            joint = subjects(a, s, j, speakers)
            if len(joint) > 1:
                return joint
            holder = clause_subject(a, s, j, speakers) or possessor or speakers.get(s)
            return [holder] if holder is not None else []
    holder = possessor or _object_holder(a, s, k, speakers) or speakers.get(s)
    return [holder] if holder is not None else []


def _object_holder(a: Analysis, s: int, k: int, speakers: dict) -> str | None:
    """ "Rwanda dropped its objection", "Rwanda has no objection": a stance noun as an object
    is its verb's subject's."""
    first = a.sentence_tokens[s].start
    if k - 2 < first or a.tokens[k - 1].lower not in ANAPHORIC_DETERMINERS | NOBODY_DETERMINERS:
        return None
    verb = a.tokens[k - 2]
    if a.mention_at(verb.start) is not None or not verb.text.islower():
        return None
    return clause_subject(a, s, k - 2, speakers)


def _stance(kind: str, conditional: bool) -> str:
    if kind == "advocacy":
        return "support"
    if kind == "support" and conditional:
        return "conditional"
    return kind

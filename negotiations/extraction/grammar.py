"""Grammar questions the stages share, answered once: the subject of a verb (through
clauses, appositions, passives and conjuncts), clause marks between words, whether a word is
used as a verb, its tense, negation and hypothetical scope."""

from __future__ import annotations

import re

from .actors import Mention, Token, is_age, is_ing_form
from .analysis import Analysis
from .coreference import (
    after_preposition,
    article_state,
    dateline_state,
    described_next,
    described_speaker,
    home_side,
    is_person,
    joint_parties,
    listed_sides,
    main_sides,
    mediators_named_next,
    named_government,
    named_mediators,
    office_after,
    person_in_role,
    previous_speaker,
    resolve_description,
    resolve_person,
    resolve_role,
    resolve_thing,
    sole_state_side,
    state_of,
    titled_person,
)
from .lexicon import (
    ACRONYM_FILLERS,
    AGENT_LIST_GAPS,
    ALL_PREPOSITIONS,
    APPOSITION_OPENERS,
    ARMED_MODIFIERS,
    ARMED_ORGANS,
    ARTICLES,
    BARE_JOINT_NOUNS,
    BARE_VERB_OPENERS,
    BE_AUXILIARIES,
    BE_FORMS,
    BINDING_MODALS,
    BODY_HEADS,
    BROADCAST_NOUNS,
    CLAUSE_SUBORDINATORS,
    COMITATIVE_GAPS,
    COMMON_BODY_HEADS,
    CONDITION_CUES,
    CONDITION_PHRASES,
    CONJUNCT_GAPS,
    CONJUNCTIONS,
    COORDINATORS,
    COUNTER_DEMANDS,
    DATA_NOUNS,
    DEFINITE_DETERMINERS,
    DEMAND_VERBS,
    DESCRIPTIVE_NOUNS,
    FINITE_AUXILIARIES,
    FIRST_PERSON_WORDS,
    FORCE_NOUNS,
    FORMAL_NAME_LINKS,
    FUNCTION_WORDS,
    GOVERNING_ORGANS,
    GUEST_NOUNS,
    HAVE_FORMS,
    HEAD_LINKS,
    HONORIFIC_ABBREVIATIONS,
    HONORIFIC_ANAPHORS,
    HONORIFIC_MODIFIERS,
    HONORIFICS,
    HYPOTHETICAL,
    INSTITUTION_NOUNS,
    JOINT_DETERMINERS,
    JOINT_MARKERS,
    JOINT_NOUNS,
    LEAD_OPENERS,
    LED_DATA_NOUNS,
    LIST_WORDS,
    MEDIA_HEADS,
    MEDIATOR_NOUNS,
    MEETING_WORDS,
    MEMBER_LIST_OPENERS,
    MODALS,
    MONTH_PARTS,
    MONTHS,
    NATIONAL_MEDIA_NOUNS,
    NEGATIONS,
    NOBODY_DETERMINERS,
    NOUN_MARKERS,
    NUMBER_WORDS,
    OBJECT_PERSON_PRONOUNS,
    OFFICE_ADJECTIVES,
    ONCE_ADVERB_AFTER,
    ONCE_ADVERB_BEFORE,
    ORGAN_NOUNS,
    ORIGIN_LINKS,
    PARTICLES,
    PERIOD_UNITS,
    PERSON_PRONOUNS,
    PERSONAL_POSSESSIVES,
    PLACE_PREPOSITIONS,
    PLAN_URGING_VERBS,
    PLANNED_CUES,
    PLANNED_VERBS,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PROPOSER_VERBS,
    PUBLISHING_VERBS,
    QUOTING_VERBS,
    RAISING_PASSIVES,
    RELATIVES,
    REPORTING_VERBS,
    RESERVATION_LINKS,
    RESERVATION_NOUNS,
    ROLE_ANAPHORS,
    ROLE_SYNONYMS,
    SIDE_MEMBER_NOUNS,
    SIDE_MEMBER_PREPOSITIONS,
    SINGULAR_KINDS,
    SOLE_WAY_NOUNS,
    SOURCE_PHRASES,
    SPECULATIVE_MODALS,
    SPEECH_EAGERNESS,
    SPEECH_EFFORT_PHRASES,
    SPEECH_NOUNS,
    SPOKESPERSON_LINKS,
    STATE_FORMS,
    STATE_ORGAN_NAME_HEADS,
    STATE_ORGANS,
    SUBJECT_ADJUNCT_PREPOSITIONS,
    SUBJECT_GAP_WORDS,
    SUBJECT_POSTMODIFIERS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    SUPPORT_HOPE_VERBS,
    TENURE_WORDS,
    THING_OBJECT_PRONOUNS,
    THING_PRONOUNS,
    TIME_PHRASE_OPENERS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_POST_FILLERS,
    TITLE_POST_LINKS,
    TITLE_WORDS,
    UNASSERTING_VERBS,
    VERB_LEMMAS_NOT_BARE,
    WEEKDAYS,
)

_BACK_WINDOW = 8
_APPOSITION_REACH = 400  # tokens back an apposition may have given an office
_OFFICE_NAME_REACH = 6  # words of an office's name ("the Minister of National Defence")
_ORGAN_SENTENCES = 8  # how far back "the ministry" looks for the ministry that spoke
_TITLE_PARTS = TITLE_WORDS | TENURE_WORDS
_TITLE_FILLERS = TITLE_POST_FILLERS  # "Minister of Foreign Affairs and …"
_FORWARD_WINDOW = 6
_DOCUMENT_WORDS = 3  # words before a source's document noun ("a four-page statement")
_AGENT_WINDOW = 12
_PREPOSITIONAL_ASIDE_WORDS = 3  # a preposition and its noun phrase ("in rare agreement")
_WRITER_PRONOUNS = FIRST_PERSON_WORDS & PLURAL_PRONOUNS  # "I", "we": the writer as subject
_TEXT_NOUNS = SPEECH_NOUNS | BROADCAST_NOUNS  # a text or recording someone puts out
_EAGERNESS_PHRASES = tuple((word,) for word in SPEECH_EAGERNESS) + SPEECH_EFFORT_PHRASES
_LONGEST_EAGERNESS = max(len(phrase) for phrase in _EAGERNESS_PHRASES)
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
_EPITHET_WORDS = 4  # words of an age epithet before its verb ("the 64-year-old former envoy")
_DEMAND_REACH = 10  # words from "but" to the demand it opens ("but insisted that …")
_ASIDE_OPENERS = RELATIVES | CLAUSE_SUBORDINATORS
# An apposition opens with an article or a title ("X, deputy head of the service, said").
_APPOSITION_HEADS = (APPOSITION_OPENERS - RELATIVES) | TITLE_WORDS
_SOURCE_FIRST_WORDS = {phrase[0] for phrase in SOURCE_PHRASES}
_BRACKETED_ALIAS_WORDS = 3  # words of a bracketed short form ("(SPLM-IO)", "(Ansar Allah)")
_TITLE_PHRASE_WORDS = 8  # words of a title between a side and its holder ("Special Envoy for X")
_TITLE_RUN_WORDS = 4  # lower-case words of a title before a name ("foreign ministry spokesman")
_POST_REACH = 10  # words of a post after its title ("the head of the army's legal team")
_OUTLET_REACH = 600  # characters back to the outlet "the agency" means: a paragraph or two
_POSTMODIFIER_REACH = 6  # words of "involved in the talks on the border" after a subject
_LEAD_REACH = 3  # words from "according" to the body of "according to the UN's figures"
_MEDIA_NAME_REACH = 3  # words back from a media noun to its outlet ("the Reuters news agency")
_ORGAN_OWNER_REACH = 4  # words before an organ noun its owner may stand ("the EU peace delegation")
_ORGAN_NAME_REACH = 8  # words of an organ's official name ("Ministry of Foreign Affairs and …")
# The marks the subject walks stop at; unlike CLAUSE_MARKS a spaced hyphen counts and a colon
# does not, as these walks have always read them.
_CLAUSE_BREAKS = (",", "—", "–", " - ", ";", "(", ")")
# A quoted fragment carries on the clause before it only with no break between ("Kosovo
# "fully accepts" it"); after a colon it is words put to someone ("urged Serbia: "accept"").
_FRAGMENT_BREAKS = (*_CLAUSE_BREAKS, ":")
# Marks after a lead-in that a sentence's own clause opens from ("16:40 GMT - The army says").
_LEAD_BREAKS = ("—", "–", " - ", ":")
# Punctuation that ends a clause between two words, for stages scoping a cue to its clause.
CLAUSE_MARKS = ",;:()—–"
# Marks that cut a negation off from a verb after them, quotation marks included.
_NEGATION_BREAKS = ',;:"”—–'
# Marks after which a verb opens an inverted clause ("…,” said X", "- said X").
_INVERSION_MARKS = ',"”—–-:'
# The strong marks end a clause even where commas or brackets set off an aside.
STRONG_MARKS = ";:—–"


def subject_before(
    a: Analysis, sentence: int, verb: int, speakers: dict[int, str]
) -> tuple[str | None, float]:
    """The actor acting as subject of the verb at token index `verb`, with a confidence."""
    first = a.sentence_tokens[sentence].start
    for k in range(verb - 1, max(first, verb - _BACK_WINDOW) - 1, -1):
        token = a.tokens[k]
        if not same_quote(a, k, verb):
            break
        mention = a.mention_at(token.start)
        if mention is not None:
            if _is_modifier(a, mention, first):
                continue
            return titled_person(a, mention) or mention.actor.name, 0.9
        word = token.text.lower()
        if word in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers), 0.75
        if word in THING_PRONOUNS:
            return resolve_thing(a, sentence, speakers, token.start), 0.6
        if word in ROLE_ANAPHORS and k > first and a.tokens[k - 1].text.lower() == "the":
            return _role_holder(a, sentence, k, _role_phrase(a, k, first), speakers), 0.7
        if word in SPEECH_NOUNS:
            return previous_speaker(sentence, speakers), 0.6
    return None, 0.0


def clause_subject(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]) -> str | None:
    """The subject right before a reporting verb, past adverbs and a parenthetical clause."""
    first = a.sentence_tokens[sentence].start
    k = _before_raising_passive(a, _before_eager_infinitive(a, verb - 1, first), first)
    k = _before_note(a, _before_reporters_relative(a, k, first), first)
    while k >= first and _is_gap(a, k):
        k -= 1
    k = _before_adjunct(a, _before_postmodifier(a, k, first), first)
    if k < first:
        return None
    if (named := _before_bracketed_alias(a, k, first)) != k:
        return _actor_at(a, sentence, named, speakers)
    if a.tokens[k].lower in COORDINATORS:
        # "X chaired the meeting and told reporters": the verbs share the first subject; a
        # verb that reports nothing shares the reported clause's ("said that Y called and
        # proposed"), while "said that Y fell and added" adds to what X said.
        if not breaks_after(a, k - 1):
            # a proposal is an act the reported clause's subject does ("said that Y called
            # first and proposed a halt"); a verb of saying alone adds to what X said
            lemma = a.tokens[verb].lemma
            reports = lemma in REPORTING_VERBS and lemma not in PROPOSER_VERBS
            that = (j for j in range(k - 1, first, -1) if a.tokens[j].lower == "that")
            opener = None if reports else next(that, None)
            reported = first_subject(a, sentence, k, speakers, start=opener) if opener else None
            # "X, the envoy, said … and urged": the subject the first verb found.
            return reported or speakers.get(sentence) or first_subject(a, sentence, k, speakers)
        # After a comma ("X said…, and insisted") the subject an earlier verb found, else
        # one before any reported clause ("X told reporters that Y…, and insisted").
        clause = next((j for j in range(first, k) if a.tokens[j].lower == "that"), k)
        return speakers.get(sentence) or first_subject(a, sentence, clause, speakers)
    if breaks_after(a, k) and (named := _named_before_aside(a, k, first)) is not None:
        return named
    if breaks_after(a, k):
        mention = a.mention_at(a.tokens[k].start)
        if mention is None or not _is_apposition(a, mention, first):
            opening = _before_parenthetical(a, k, first)
            agent = _relative_agent(a, sentence, opening, k)
            if agent is not None and opening >= first:
                # "The army, commanded by General X, said": an organ speaks itself
                organ = _organ_before_aside(a, sentence, opening, speakers)
                return organ or _possessor(a, opening) or agent
            k = _past_apposition(a, opening, first)
            found = _actor_at(a, sentence, k, speakers) if k >= first else None
            found = found or _opener_before_asides(a, sentence, opening, speakers)
            return found or _head_before_asides(a, sentence, verb, speakers)
    return _actor_at(a, sentence, k, speakers) if k >= first else None


def _named_before_aside(a: Analysis, k: int, first: int) -> str | None:
    """ "X, in a call with Qatar's premier, Sheikh Y, said": a person's name ending at token k,
    set off by commas after a prepositional aside, is apposed to that preposition's object;
    the name before the aside is the subject."""
    mention = a.mention_at(a.tokens[k].start)
    if mention is None or mention.actor.kind != "person":
        return None
    start = a.token_index(mention.start)
    while start > first and not breaks_after(a, start - 1) and _is_title_part(a.tokens[start - 1]):
        start -= 1
    if start <= first or not breaks_after(a, start - 1):
        return None
    j = start - 1
    while j > first and not breaks_after(a, j - 1):
        j -= 1
    if j <= first + 1 or a.tokens[j].lower not in PREPOSITIONS:
        return None
    before = a.mention_at(a.tokens[j - 1].start)
    if before is None or before.possessive or before.actor.kind != "person":
        return None
    return titled_person(a, before) or before.actor.name


def _opener_before_asides(
    a: Analysis, sentence: int, k: int, speakers: dict[int, str]
) -> str | None:
    """ "The KLF, whose wing holds the hills around X, opposite Y, said": an aside with
    commas of its own; the actor opening the sentence before the first aside's relative or
    article is the subject, when no clause of its own stands between."""
    first = a.sentence_tokens[sentence].start
    for j in range(first, k):
        if breaks_after(a, j):
            opens = a.tokens[j + 1].lower in APPOSITION_OPENERS | SUBJECT_RELATIVES
            mention = a.mention_at(a.tokens[j].start)
            if not opens or mention is None or mention.possessive:
                return None
            head = a.token_index(mention.start)
            if head > first + 1 or (head > first and a.tokens[first].lower != "the"):
                return None
            return mention.actor.name
        if a.tokens[j].lemma in REPORTING_VERBS or a.tokens[j].lower == "that":
            return None
    return None


def _head_before_asides(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]):
    """ "X, in Port Sudan, the wartime capital, said", "X's envoy, Y, speaking in Riyadh,
    Saudi Arabia, said": a chain of asides of place, manner or description that holds no
    clause of its own leaves the noun phrase opening the sentence the subject, or the name
    apposed to it."""
    head = _head_end_before_asides(a, a.sentence_tokens[sentence].start, verb)
    if head is None:
        return None
    apposed = a.mention_at(a.tokens[head + 1].start)
    whole = apposed is not None and breaks_after(a, a.token_index(apposed.end) - 1)
    if whole and apposed.actor.kind == "person" and not apposed.possessive:
        return apposed.actor.name
    return _actor_at(a, sentence, head, speakers)


def _head_end_before_asides(a: Analysis, first: int, verb: int) -> int | None:
    """The last token of the noun phrase opening the sentence, when only asides set off by
    commas, with no clause of their own, stand between it and the verb at token `verb`."""
    breaks = [j for j in range(first, verb) if breaks_after(a, j)]
    if len(breaks) < 2 or breaks[-1] != verb - 1 or not _opens_noun_phrase(a, first):
        return None
    if any(_opens_clause_aside(a, j) for j in range(first, verb)):
        return None
    if any(a.tokens[j + 1].lower in COORDINATORS | SUBORDINATORS for j in breaks[:-1]):
        return None
    return breaks[0]


def _opens_noun_phrase(a: Analysis, k: int) -> bool:
    """Whether token k may open a subject: no preposition, subordinator, coordinator or
    participle ("In Geneva, …", "Speaking in Riyadh, …")."""
    token = a.tokens[k]
    closed = ALL_PREPOSITIONS | SUBORDINATORS | COORDINATORS
    return token.lower not in closed and not is_ing_form(token.lower, token.lemma)


def _opens_clause_aside(a: Analysis, j: int) -> bool:
    """Whether token j, in the words before a verb, makes them a clause of their own: a
    reporting verb, "that", or a relative."""
    token = a.tokens[j]
    return token.lemma in REPORTING_VERBS or token.lower in RELATIVES


def _organ_before_aside(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The side an organ or a named actor heading a participle aside stands for ("the army
    delegation, led by X", "the African Union, chaired by X"); a document or speech noun
    there ("the terms, published by X") leaves it to X."""
    word = a.tokens[k].lower
    if word in ARMED_ORGANS or word in STATE_ORGANS or word in ORGAN_NOUNS:
        return _actor_at(a, sentence, k, speakers)
    named = a.mention_at(a.tokens[k].start)
    return named.actor.name if named is not None and not named.possessive else None


def _before_postmodifier(a: Analysis, k: int, first: int) -> int:
    """ "a senior official involved in the talks said", "a diplomat familiar with the
    negotiations told": the head noun before a participle or an adjective whose prepositional
    phrase ends at token k, else k."""
    for j in range(k - 1, max(first, k - _POSTMODIFIER_REACH) - 1, -1):
        if breaks_after(a, j) or a.in_quote(a.tokens[j].start):
            return k
        word = a.tokens[j]
        if word.lower in SUBJECT_POSTMODIFIERS and a.tokens[j + 1].lower in ALL_PREPOSITIONS:
            return j - 1 if j > first and a.tokens[j - 1].text.islower() else k
        if not word.text.islower() and a.mention_at(word.start) is None:
            return k
    return k


_ADJUNCT_REACH = 4  # words of "at its session" or "during the summit" after a subject


def _before_adjunct(a: Analysis, k: int, first: int) -> int:
    """ "the cabinet of Kosovo at its weekly meeting endorsed", "Kenya during the summit
    proposed": the end of the named subject before an adjunct of occasion, one naming a meeting,
    that ends at token k, else k."""
    occasion = False
    for j in range(k, max(first, k - _ADJUNCT_REACH) - 1, -1):
        word = a.tokens[j]
        if breaks_after(a, j) or not word.text.islower() or a.in_quote(word.start):
            return k
        occasion = occasion or word.lower in MEETING_WORDS
        if word.lower in SUBJECT_ADJUNCT_PREPOSITIONS:
            named = j > first and a.mention_at(a.tokens[j - 1].start) is not None
            return j - 1 if occasion and named and not breaks_after(a, j - 1) else k
    return k


def _before_note(a: Analysis, k: int, first: int) -> int:
    """ "Sybiha [Ukraine's foreign minister] said": the token before an editor's bracketed
    note that ends at token k, else k."""
    if k < first or "]" not in gap_after(a, k):
        return k
    j = k
    while j >= first and "[" not in gap_after(a, j):
        j -= 1
    return j if j >= first else k


def _before_eager_infinitive(a: Analysis, k: int, first: int) -> int:
    """ "Saudi officials were quick to insist", "X was at pains to stress": the token before
    "be", an adjective or phrase of eagerness and "to" that end at token k, else k."""
    if a.tokens[k].lower != "to":
        return k  # most subjects: spare the slice of the words before
    lemmas = tuple(t.lemma for t in a.tokens[max(first, k - _LONGEST_EAGERNESS) : k])
    for phrase in _EAGERNESS_PHRASES:
        be = k - len(phrase) - 1
        if (
            be >= first
            and lemmas[-len(phrase) :] == phrase
            and a.tokens[be].lower in BE_AUXILIARIES
        ):
            return be - 1
    return k


def _before_raising_passive(a: Analysis, k: int, first: int) -> int:
    """ "X is reported to have said", "Y was understood to have warned": the token before
    "be", a raising participle, "to" and "have" that end at token k, else k."""
    j = k - 1 if a.tokens[k].lower == "have" else k
    if j - 2 < first or a.tokens[j].lower != "to":
        return k  # most subjects: no infinitive before the verb
    participle, be = a.tokens[j - 1], a.tokens[j - 2]
    raised = participle.lemma in RAISING_PASSIVES and participle.lower != participle.lemma
    return j - 3 if raised and be.lower in BE_AUXILIARIES else k


def _before_reporters_relative(a: Analysis, k: int, first: int) -> int:
    """ "a Pentagon official I spoke to stressed", "diplomats we talked with said": the noun
    before a relative clause of the writer's own contact ending at token k, else k."""
    j = k - 1 if a.tokens[k].lower in ALL_PREPOSITIONS else k
    j -= 1  # the contact verb
    while j > first and a.tokens[j].lower in HAVE_FORMS:
        j -= 1
    pronoun = a.tokens[j]
    # "the US embassy": a capitalised "US" is no pronoun; only "I" is written so
    written = pronoun.text.islower() or pronoun.text == "I"
    writer = j > first and pronoun.lower in _WRITER_PRONOUNS and written
    return j - 1 if writer and a.tokens[j + 1].text.islower() and not breaks_after(a, j - 1) else k


def _before_bracketed_alias(a: Analysis, k: int, first: int) -> int:
    """ "The Oromo Liberation Army (OLA) said": the token before a short bracket of the
    name's acronym or short form that ends at token k, else k."""
    if k < first or ")" not in gap_after(a, k):
        return k
    for j in range(k, max(first, k - _BRACKETED_ALIAS_WORDS) - 1, -1):
        if "(" in gap_before(a, j):
            return j - 1 if j > first and "(" in gap_after(a, j - 1) else k
        if not a.tokens[j].text[:1].isupper():
            return k
    return k


def subjects(
    a: Analysis, sentence: int, verb: int, speakers: dict[int, str], loose: bool = False
) -> list[str]:
    """Every actor the subject of the verb at token `verb` stands for: its conjuncts ("Chad
    and Sudan said"), the members a collective lists ("Gulf states, including X and Y"),
    the sides a joint noun means ("both sides", "a joint statement"). `loose` also takes
    the nearest actor before the verb when no clause subject is found."""
    first = a.sentence_tokens[sentence].start
    k = verb - 1
    while k >= first and _is_gap(a, k):
        k -= 1
    if k < first or not (same_quote(a, k, verb) or _quote_carries_clause(a, first, k, verb)):
        return []
    joint = _members(a, k, first)
    issuer = _issuer_of_joint_text(a, k, first)
    if not joint and issuer is not None:
        # "X, Y and Z issued a joint statement calling for…": the text's authors are the
        # subject of the verb that issued it, not a pair named before
        joint = subjects(a, sentence, issuer, speakers)
    aside = _closes_relative_aside(a, k, first)
    if not aside:
        # "Both negotiators, in rare agreement, told": past a prepositional aside
        head = _before_prepositional_aside(a, k, first)
        joint = joint or _joint(a, head, first) or _mediators(a, head, first)
    joint = joint or _reported_they(a, sentence, k)
    if joint:
        return joint
    if not aside and _unresolved_joint(a, k, first):
        return []  # "X said both sides agreed": the sides, not known here, are never X
    name = clause_subject(a, sentence, verb, speakers)
    if name is None and loose:
        name, _ = subject_before(a, sentence, verb, speakers)
    if name is None:
        return []
    start, end = a.sentences[sentence].start, a.tokens[verb].start
    return [*conjuncts(a, start, end, name), name, *_comitatives(a, start, end, name)]


def infinitive_governor(a: Analysis, verb: int, first: int) -> int:
    """ "X is expected to travel", "Y is due to meet": the word of planning whose subject the
    infinitive at token `verb` shares, else `verb`."""
    if verb - 2 < first or a.tokens[verb - 1].lower != "to":
        return verb
    head = a.tokens[verb - 2]
    planning = head.lemma in PLANNED_VERBS and head.lower != head.lemma
    return verb - 2 if planning or head.lower in PLANNED_CUES else verb


def aside_before(a: Analysis, j: int, k: int) -> bool:
    """Whether the word at token j opens an aside that a comma closes right before the verb
    at token k ("X, posting on Telegram, retorted")."""
    return breaks_after(a, k - 1) and not any(breaks_after(a, m) for m in range(j, k - 1))


def _before_prepositional_aside(a: Analysis, k: int, first: int) -> int:
    """The token before an aside set off by commas that ends at token k and holds a
    preposition and its noun phrase ("Both sides, in a joint statement, said", "Both
    negotiators, in rare agreement, told"), else k; a two-word adverb ("in short", "in
    turn") comments on the clause and is left alone."""
    if not breaks_after(a, k):
        return k
    j = k
    while j > first and not breaks_after(a, j - 1):
        j -= 1
    phrase = j > first + 1 and k - j >= _PREPOSITIONAL_ASIDE_WORDS - 1
    return j - 1 if phrase and a.tokens[j].lower in PREPOSITIONS else k


def _unresolved_joint(a: Analysis, k: int, first: int) -> bool:
    """Whether a joint noun phrase ending at k ("both sides", "the two leaders") is the
    subject, its sides unknown: it stands for no single actor named nearby."""
    j = joint_opening(a, k, first)
    return j is not None and not (j > first and a.tokens[j - 1].lower in PREPOSITIONS)


def _issuer_of_joint_text(a: Analysis, k: int, first: int) -> int | None:
    """The verb whose object is the joint speech noun at token k ("issued a joint statement",
    "released the joint communique"), in the same clause; None when a preposition governs
    the noun ("in a joint statement") or no verb stands before it."""
    noun = a.tokens[k]
    if (
        noun.lower not in SPEECH_NOUNS
        or k - 1 <= first
        or a.tokens[k - 1].lower not in JOINT_MARKERS
    ):
        return None
    j = k - 2
    if a.tokens[j].lower in ARTICLES:
        j -= 1
    if j < first or any(breaks_after(a, m) for m in range(j, k)):
        return None
    verb = a.tokens[j]
    if not verb.text.islower() or verb.lower in ALL_PREPOSITIONS or verb.lower == verb.lemma:
        return None  # a base form after "to" or a modal is no issued text's verb
    return j


def _comitatives(a: Analysis, start: int, verb: int, name: str) -> list[str]:
    """ "Qatar, together with Egypt and Jordan, said": the names a comitative phrase joins to
    the subject, in an aside that runs up to the verb."""
    mentions = list(a.mentions_in(start, verb))
    at = next((i for i in range(len(mentions)) if mentions[i].actor.name == name), None)
    if at is None or at + 1 == len(mentions):
        return []
    text = a.document.text
    first_gap = text[mentions[at].end : mentions[at + 1].start].strip(" ,").lower()
    if first_gap.removesuffix(" the") not in COMITATIVE_GAPS:
        return []
    joined = [mentions[at + 1]]
    for mention in mentions[at + 2 :]:
        if text[joined[-1].end : mention.start].strip(" ,").lower() not in CONJUNCT_GAPS:
            return []
        joined.append(mention)
    if text[joined[-1].end : verb].strip(" ,"):
        return []  # the aside closes before other words of the clause
    return [m.actor.name for m in joined]


def _closes_relative_aside(a: Analysis, k: int, first: int) -> bool:
    """ "Malaysia, which mediated between the two neighbours, proposed": the sides at the end
    of a relative aside are its objects, not the verb's subject."""
    if not breaks_after(a, k):
        return False
    opening = _before_parenthetical(a, k, first)
    return first <= opening < k - 1 and a.tokens[opening + 1].lower in RELATIVES


def _reported_they(a: Analysis, sentence: int, k: int) -> list[str]:
    """ "Both sides said they back it", "X and Y said they would sign": "they" opening a
    reported clause stands for every subject of the reporting verb, when there are several."""
    first = a.sentence_tokens[sentence].start
    if a.tokens[k].lower != "they":
        return []
    j = k - 1 - (k - 1 > first and a.tokens[k - 1].lower == "that")
    if j <= first or a.tokens[j].lemma not in REPORTING_VERBS or breaks_after(a, j):
        return []
    said = subjects(a, sentence, j, {})
    return said if len(said) > 1 else []


def _members(a: Analysis, k: int, first: int) -> list[str]:
    """ "Gulf states, including X and Y, said": the actors the aside ending at k lists."""
    if not breaks_after(a, k):
        return []
    opening = _before_parenthetical(a, k, first)
    if opening < first:
        return []
    listed = a.mentions_in(a.tokens[opening + 1].start, a.tokens[k].end)
    if a.tokens[opening + 1].lower not in MEMBER_LIST_OPENERS and not _names_collective(
        a, opening, k, listed
    ):
        return []
    return list(dict.fromkeys(m.actor.name for m in listed if not m.possessive))


def _names_collective(a: Analysis, opening: int, k: int, listed) -> bool:
    """ "The guarantor countries — Norway, Cuba and Venezuela — said", "the Quad - X, Y and
    Z - said": an aside of two names or more and nothing else, after a plural noun for sides
    or the name of a group the registry lacks, lists who the noun or the group means."""
    noun = a.tokens[opening]
    sides = noun.lemma in JOINT_NOUNS or noun.lower in MEDIATOR_NOUNS
    plural = sides and noun.lower != noun.lemma
    unknown_group = noun.text[:1].isupper() and a.mention_at(noun.start) is None
    if not (plural or unknown_group) or len(listed) < 2:
        return False
    spans = [(m.start, m.end) for m in listed if not m.possessive]
    return all(
        t.lower in LIST_WORDS or any(start <= t.start < end for start, end in spans)
        for t in a.tokens[opening + 1 : k + 1]
    )


def _joint(a: Analysis, k: int, first: int) -> list[str]:
    """The sides of "both sides", "the two leaders", "the parties" or "a joint statement"."""
    noun = a.tokens[k]
    if noun.lower in SPEECH_NOUNS and k > first and a.tokens[k - 1].lower in JOINT_MARKERS:
        return joint_parties(a, noun.start, "party")
    j = joint_opening(a, k, first)
    if j is None:
        return []
    governed = j > first and a.tokens[j - 1].lower in PREPOSITIONS
    if governed and not _side_members(a, j, first):
        return []
    return joint_sides(a, j, k)


def joint_sides(a: Analysis, j: int, k: int) -> list[str]:
    """The sides the joint noun phrase from token j to its noun at k stands for: "the four
    countries" the last four named together, "both sides" the pair joint_parties finds."""
    noun = a.tokens[k]
    if _counted(a.tokens[j]) > 2:
        return listed_sides(a, noun.start, _counted(a.tokens[j]), noun.lemma)
    return joint_parties(a, noun.start, noun.lemma)


def _counted(word: Token) -> int:
    """The number a word spells ("four" -> 4), else 0."""
    return NUMBER_WORDS.get(word.lower, 0)


def _mediators(a: Analysis, k: int, first: int) -> list[str]:
    """ "The mediators said", "the mediators' statement said": the mediators the article
    named before."""
    if a.tokens[k].lower in SPEECH_NOUNS and k - 1 > first and _plural_possessive(a, k - 1):
        k -= 1
    if a.tokens[k].lower not in MEDIATOR_NOUNS or k < first:
        return []
    if k > first and a.tokens[k - 1].lower in DEFINITE_DETERMINERS:
        return named_mediators(a, a.tokens[k].start)
    # "…, mediators said Friday": a lede's trailing attribution, whose mediators the story
    # may name next; a bare "Mediators said" opening a sentence is a vague group.
    if k > first and breaks_after(a, k - 1):
        return named_mediators(a, a.tokens[k].start) or mediators_named_next(a, a.tokens[k].start)
    return []


def _side_members(a: Analysis, j: int, first: int) -> bool:
    """ "officials from both delegations": people the sides send speak for the sides."""
    return (
        j - 2 >= first
        and a.tokens[j - 1].lower in SIDE_MEMBER_PREPOSITIONS
        and a.tokens[j - 2].lemma in SIDE_MEMBER_NOUNS
    )


def source_phrase_end(a: Analysis, k: int) -> int:
    """The last token of a source phrase starting at token k ("according to"), else k."""
    if a.tokens[k].lower not in _SOURCE_FIRST_WORDS:
        return k  # most cues are reporting verbs, which open no source phrase
    words = [t.lower for t in a.tokens[k : k + 4]]
    for phrase in SOURCE_PHRASES:
        if tuple(words[: len(phrase)]) == phrase:
            return k + len(phrase) - 1
    return k


def joint_source(a: Analysis, sentence: int, k: int) -> list[str]:
    """The sides after a source phrase ending at token k: "according to a joint statement"."""
    last = a.sentence_tokens[sentence].stop
    j = k + 1
    while j < last and a.tokens[j].lower in ARTICLES:
        j += 1
    if j < last and j > k + 1:
        # "according to the mediators", "according to the mediators' statement"
        mediators = _mediators(a, j, k + 1)
        if mediators:
            return mediators
    if j + 1 >= last or a.tokens[j].lower not in JOINT_MARKERS:
        return []
    noun = a.tokens[j + 1]
    if noun.lower not in SPEECH_NOUNS:
        return []
    # "a joint statement issued by X and Y": its authors, not the sides of the talks
    by = j + 3
    if by < last and a.tokens[by].lower == "by" and a.tokens[j + 2].text.islower():
        authors = passive_agents(a, sentence, by)
        if authors:
            return authors
    return joint_parties(a, noun.start, "party")


def joint_opening(a: Analysis, k: int, first: int) -> int | None:
    """Where "both", "the two" or "the" opens a joint noun phrase ending at k ("both
    delegations", "the parties"), if the plural noun at k heads one."""
    noun = a.tokens[k]
    if noun.lemma not in JOINT_NOUNS or noun.lemma == noun.lower or noun.possessive:
        return None
    for j in range(k - 1, max(first, k - 3) - 1, -1):
        word = a.tokens[j]
        if word.lower in JOINT_DETERMINERS or (
            word.lower == "the" and noun.lemma in BARE_JOINT_NOUNS
        ):
            return j
        if _counted(word) > 2:
            return j  # "the four countries": the four named together before
        if not word.text.islower() or breaks_after(a, j):
            break
    return None


def _possessor(a: Analysis, k: int) -> str | None:
    """ "Ukraine's team": the owner right before the noun at token k."""
    owner = a.mention_at(a.tokens[k - 1].start) if k > 0 else None
    return owner.actor.name if owner is not None and owner.possessive else None


def _relative_agent(a: Analysis, sentence: int, opening: int, k: int) -> str | None:
    """ "The terms, published by X, state": the agent of a participle aside speaks."""
    participle = opening + 1
    if participle + 1 > k or a.tokens[participle + 1].lower != "by":
        return None
    word = a.tokens[participle]
    if not word.text.islower() or word.lemma == word.lower or word.lower.endswith(("s", "ing")):
        return None
    return _agent_after(a, sentence, participle + 1)


def passive_agent(a: Analysis, sentence: int, verb: int) -> str | None:
    """The agent of "was stated by X": a person in the by-phrase, else its first actor."""
    last = min(a.sentence_tokens[sentence].stop, verb + _AGENT_WINDOW)
    for k in range(verb + 1, last):
        # "was confirmed late on Friday by the ministry": adverbs and dates may intervene,
        # but not a new clause or a quotation.
        if a.tokens[k].lower == "by":
            return _agent_after(a, sentence, k)
        if a.tokens[k].lower == "that" or a.in_quote(a.tokens[k].start):
            return None
        if breaks_after(a, k):
            by = _by_after_aside(a, sentence, k)
            return None if by is None else _agent_after(a, sentence, by)
    return None


def _by_after_aside(a: Analysis, sentence: int, k: int) -> int | None:
    """ "was announced on Friday, after a cabinet session, by X": the "by" right after an
    aside that a comma after token k opens and a comma closes."""
    stop = min(a.sentence_tokens[sentence].stop - 1, k + _AGENT_WINDOW)
    if gap_after(a, k).strip() != ",":
        return None
    for j in range(k + 1, stop):
        if a.tokens[j].lower == "that" or a.in_quote(a.tokens[j].start):
            return None
        if breaks_after(a, j):
            closed = gap_after(a, j).strip() == "," and a.tokens[j + 1].lower == "by"
            return j + 1 if closed else None
    return None


def passive_agents(a: Analysis, sentence: int, by: int) -> list[str]:
    """Every actor of the "by" phrase at token `by`: the names it joins ("by X, Y and Z"), or
    the sides a joint noun means ("by both sides")."""
    first, stop = by + 1, min(a.sentence_tokens[sentence].stop, by + _AGENT_WINDOW)
    if first >= stop:
        return []
    # the joint noun may stand third past "by" ("by all three governments")
    for k in range(first, min(stop, by + 4)):
        if (j := joint_opening(a, k, first)) is not None:
            return joint_sides(a, j, k)
    mentions = a.mentions_in(a.tokens[first].start, a.tokens[stop - 1].end)
    if not mentions or a.token_index(mentions[0].start) > by + 2:
        return []
    found = [mentions[0]]
    for mention in mentions[1:]:
        gap = a.document.text[found[-1].end : mention.start].strip(" ,").lower()
        if _is_title_gap(gap):
            found[-1] = mention  # "by Egyptian President X": the demonym qualifies X
        elif gap in CONJUNCT_GAPS or gap in AGENT_LIST_GAPS:
            found.append(mention)
        else:
            break
    return list(dict.fromkeys(m.actor.name for m in found))


def _agent_after(a: Analysis, sentence: int, by: int) -> str | None:
    """The actor of a "by X"/"from X" phrase: a person in it, else its first actor."""
    last = a.sentence_tokens[sentence].stop
    found = [a.mention_at(a.tokens[k].start) for k in range(by + 1, min(last, by + _AGENT_WINDOW))]
    found = [m for m in found if m is not None]
    person = next((m for m in found if m.actor.kind == "person"), None)
    chosen = person or (found[0] if found else None)
    if chosen is not None:
        return chosen.actor.name
    organ = next(
        (k for k in range(by + 1, min(last, by + 5)) if a.tokens[k].lower in STATE_ORGANS), None
    )
    return None if organ is None else _actor_at(a, sentence, organ, {})


def statement_author(a: Analysis, sentence: int, verb: int) -> str | None:
    """ "A statement from/published by X … said": the author of the opening speech noun."""
    tokens, span = a.tokens, a.sentence_tokens[sentence]
    opening = range(span.start, min(verb, span.start + 3))
    noun = next((k for k in opening if tokens[k].lower in SPEECH_NOUNS), None)
    if noun is None:
        return None
    for k in range(noun + 1, min(verb, noun + 4)):
        if tokens[k].lower in {"by", "from"}:
            return _agent_after(a, sentence, k)
    return None


def _plural_possessive(a: Analysis, k: int) -> bool:
    """Whether token k is a plural's possessive ("the parties' answers"), whose mark the
    tokens drop."""
    return a.tokens[k].lower.endswith("s") and gap_after(a, k).strip() in {"'", "’"}


def is_noun_use(a: Analysis, first: int, k: int) -> bool:
    """Whether the speech word at token k is a noun: "his remarks", "a firm demand", "a stark
    warning", a word of a name. After a determiner and a modifier only a base or -ing form
    is read as a noun, since "the group said" and "the sides demand" are verbs."""
    if a.mention_at(a.tokens[k].start) is not None:
        return True  # a word of a name: "Gulf states", "the Council of State"
    before = a.tokens[k - 1] if k > first else None
    if before is not None and _named_modifier(a, first, k):
        return True
    if before is not None and _before_reporters_relative(a, k - 1, first) != k - 1:
        return False  # "a diplomat we spoke with said": the relative's preposition ends it
    if before is None or before.lower in NOUN_MARKERS or before.possessive:
        # "Kosovo and Serbia each said": a quantifier floated after its subject before a
        # past form determines no noun
        cue = a.tokens[k]
        return before is not None and not (
            before.lower in SUBJECT_GAP_WORDS and is_past(cue, (cue.lemma,))
        )
    if _plural_possessive(a, k - 1):
        return True  # a plural's possessive: "the parties' answers"
    if k - 2 < first or not (a.tokens[k - 2].lower in NOUN_MARKERS or a.tokens[k - 2].possessive):
        return False
    cue = a.tokens[k]
    plural = before.lower.endswith("s") and before.lemma != before.lower
    modifier = before.text.isalpha() and before.text.islower() and not plural
    gap = before.lower in SUBJECT_GAP_WORDS or before.lower.endswith("ly")
    if not modifier or gap or breaks_after(a, k - 1):
        return False
    return cue.lower == cue.lemma or cue.lower.endswith("ing")


def _named_modifier(a: Analysis, first: int, k: int) -> bool:
    """ "the Damascus offer", "the US demand": a bare form after a state's or a body's name
    that an article opens is the name's noun, since such a name takes the verb's -s form
    ("the US demands"); a group's may be plural ("the Taliban deny"). The phrase opens the
    sentence or a preposition's object: after a noun ("a charge the Taliban deny") it is
    the subject of a relative clause."""
    cue, name = a.tokens[k], a.mention_at(a.tokens[k - 1].start)
    if cue.lower != cue.lemma or name is None or name.possessive or breaks_after(a, k - 1):
        return False
    article = a.token_index(name.start) - 1
    if name.actor.kind not in SINGULAR_KINDS or article < first:
        return False
    opens = article == first or a.tokens[article - 1].lower in ALL_PREPOSITIONS
    return a.tokens[article].lower in ARTICLES and opens


def is_passive(a: Analysis, sentence: int, verb: int) -> bool:
    """Whether a participle follows a form of "be" ("was announced", "has been said")."""
    first = a.sentence_tokens[sentence].start
    k = verb - 1
    while k >= first and a.tokens[k].text.lower().endswith("ly"):
        k -= 1
    return k >= first and a.tokens[k].text.lower() in BE_AUXILIARIES


def subject_after(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]) -> str | None:
    """The actor named just after a verb ("said Foreign Minister X", "according to X")."""
    last = a.sentence_tokens[sentence].stop
    for k in range(verb + 1, min(last, verb + 1 + _FORWARD_WINDOW)):
        token = a.tokens[k]
        mention = a.mention_at(token.start)
        if mention is not None and mention.possessive:
            return _possessed_organ(a, sentence, mention, speakers)
        if mention is not None:
            return None if _names_source_not_speaker(a, mention) else mention.actor.name
        if token.text.lower() in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
        if token.lower in ROLE_ANAPHORS and a.tokens[verb + 1].lower == "the":
            named = _apposed_after_post(a, k, last)
            if named is not None:
                return named
            # "…,” stressed the Minister.": the role names the person spoken of before.
            return resolve_role(a, token.start, office_after(a, verb + 2) or token.lower)
        # "according to a US official", "according to two Pakistani officials": an article or
        # a count before a name or a title
        article = (token.lower in ARTICLES or _counted(token) > 0) and k == verb + 1
        if not (token.text[:1].isupper() or token.lower in TITLE_WORDS or article):
            return _apposed_after_post(a, k - 1, last) if token.lower == "of" else None
    return None


def _possessed_organ(
    a: Analysis, sentence: int, owner: Mention, speakers: dict[int, str]
) -> str | None:
    """ "according to Malaysia's foreign ministry", "said Sharif's office": who speaks through
    the organ an owner's possessive opens; no one for any other noun ("Malaysia's view")."""
    last = a.sentence_tokens[sentence].stop
    k = a.token_index(owner.end)
    organ = None
    while k < last and (_is_organ_word(a, k) or a.tokens[k].lower in ORGAN_NOUNS):
        organ = k if a.tokens[k].lower in ORGAN_NOUNS | STATE_ORGANS else organ
        if breaks_after(a, k):
            break
        k += 1
    return _owner(a, sentence, organ, speakers) if organ is not None else None


def document_author(a: Analysis, sentence: int, k: int) -> str | None:
    """ "according to a communique issued by the Qatari mediators": the agent who issued
    the document a source phrase ending at token k names."""
    last = a.sentence_tokens[sentence].stop
    j = k + 1
    while j < last and j <= k + _DOCUMENT_WORDS and a.tokens[j].lower not in SPEECH_NOUNS:
        if breaks_after(a, j) or not a.tokens[j].text.islower():
            return None
        j += 1
    by = j + 2
    if by >= last or a.tokens[j].lower not in SPEECH_NOUNS or a.tokens[by].lower != "by":
        return None
    participle = a.tokens[j + 1]
    if not participle.text.islower() or participle.lemma == participle.lower:
        return None
    return _agent_after(a, sentence, by)


def source_reference(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """ "according to him,", "according to the statement,", "according to its statement,":
    a source phrase ending at token k that refers back to the speaker before."""
    last = a.sentence_tokens[sentence].stop
    j = k + 1
    if j >= last:
        return None
    if a.tokens[j].lower in OBJECT_PERSON_PRONOUNS and breaks_after(a, j):
        return resolve_person(a, sentence, a.tokens[j].start, speakers)
    # A modified noun ("the ministry statement") may be another organ's than the last speaker's.
    noun = j + 1
    if a.tokens[j].lower not in DEFINITE_DETERMINERS | POSSESSIVE_PRONOUNS or noun >= last:
        return None
    if a.tokens[noun].lower in SPEECH_NOUNS and (breaks_after(a, noun) or noun + 1 == last):
        return previous_speaker(sentence, speakers)
    # "according to the ministry statement,": the ministry that spoke before
    organ, noun = a.tokens[noun].lower, noun + 1
    named = noun < last and a.tokens[noun].lower in SPEECH_NOUNS and breaks_after(a, noun)
    if organ in STATE_ORGANS and named and a.tokens[j].lower in DEFINITE_DETERMINERS:
        return _organ_spoken_before(a, sentence, organ, speakers)
    return None


def _names_source_not_speaker(a: Analysis, mention: Mention) -> bool:
    """ "Lebanese media", "Egyptian state television": a state's word before its media; "UN
    figures": a body's word before the counts it keeps."""
    k = a.token_index(mention.end)
    if k < len(a.tokens) and a.tokens[k].lower == "state":
        k += 1
    noun = a.tokens[k].lower if k < len(a.tokens) else ""
    if noun in LED_DATA_NOUNS:
        start = a.token_index(mention.start)
        lead = a.tokens[max(0, start - _LEAD_REACH) : start]
        return not LEAD_OPENERS.isdisjoint(t.lower for t in lead)
    return noun in NATIONAL_MEDIA_NOUNS | DATA_NOUNS


def _apposed_after_post(a: Analysis, k: int, last: int) -> str | None:
    """ "said the head of the government delegation, Vera Grabe": the person set off by a
    comma after a title and its post names the title's holder."""
    if k + 1 >= last or a.tokens[k].lower not in TITLE_WORDS or a.tokens[k + 1].lower != "of":
        return None
    for j in range(k + 1, min(last - 1, k + _POST_REACH)):
        if breaks_after(a, j):
            named = a.mention_at(a.tokens[j + 1].start) if gap_after(a, j).strip() == "," else None
            person = named is not None and named.actor.kind == "person" and not named.possessive
            return named.actor.name if person else None
    return None


def first_subject(
    a: Analysis, sentence: int, before: int, speakers: dict[int, str], start: int | None = None
) -> str | None:
    """The first subject-like actor of a sentence, for participles ("…, saying that"), or of
    the clause from token `start` on."""
    tokens = a.sentence_tokens[sentence]
    start = _main_clause_start(a, tokens) if start is None else start
    for k in range(start, min(before, tokens.stop)):
        token = a.tokens[k]
        if a.in_quote(token.start):
            continue
        mention = a.mention_at(token.start)
        if mention is not None and _owns_organ(a, mention, tokens.stop):
            return state_of(a, mention.actor.name)
        if mention is not None and not _is_modifier(a, mention, tokens.start):
            if not _qualifies_title(a, mention):
                return mention.actor.name
        elif token.lower in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
    return None


def _owns_organ(a: Analysis, mention: Mention, stop: int) -> bool:
    """ "Sudan's army-led government rejected the plan, saying": a possessor whose state
    organ heads the phrase after it, past two modifiers at most, is the side acting."""
    if not mention.possessive:
        return False
    k = a.token_index(mention.end)
    for j in range(k, min(stop, k + 3)):
        if breaks_after(a, j - 1):
            return False
        if a.tokens[j].lower in STATE_ORGANS or a.tokens[j].lower in ARMED_ORGANS:
            return not _titled_name_after(a, j, stop)
        if not _is_plain_word(a, j):
            return False
    return False


def _titled_name_after(a: Analysis, k: int, stop: int) -> bool:
    """ "Sudan's army chief Abdel Fattah al-Burhan": the organ word at token k opens a title
    whose holder is named right after it, and the person acts, not the organ."""
    j = k + 1
    while j < stop and a.tokens[j].lower in TITLE_WORDS and not breaks_after(a, j - 1):
        j += 1
    mention = a.mention_at(a.tokens[j].start) if j < stop and not breaks_after(a, j - 1) else None
    return j > k + 1 and mention is not None and mention.actor.kind == "person"


def _main_clause_start(a: Analysis, tokens: range) -> int:
    """The first token after an opening participle clause ("Visiting Yerevan, X met…")."""
    opening = a.tokens[tokens.start]
    if not is_ing_form(opening.lower, opening.lemma):
        return tokens.start
    return next((k + 1 for k in tokens if breaks_after(a, k)), tokens.start)


def _qualifies_title(a: Analysis, mention: Mention) -> bool:
    """ "French Foreign Minister X", "Colombian Peace Commissioner X", "UN Special Envoy for
    Myanmar X": a state or body word before a title qualifies the person after."""
    k = start = a.token_index(mention.end)
    titled = False
    while k < min(len(a.tokens), start + _TITLE_PHRASE_WORDS) and not breaks_after(a, k - 1):
        token = a.tokens[k]
        named = a.mention_at(token.start)
        if named is not None and titled and a.tokens[k - 1].lower in TITLE_POST_LINKS:
            k = a.token_index(named.end)  # the field or the side a post serves
            continue
        if named is not None:
            break
        titled = titled or token.lower in TITLE_WORDS
        title_cased = token.text[:1].isupper() and token.text[1:].islower()
        if not (token.lower in TITLE_WORDS | TITLE_POST_LINKS or title_cased):
            break
        k += 1
    following = a.mention_at(a.tokens[k].start) if k < len(a.tokens) else None
    if following is None or following.actor.kind != "person":
        return False
    # the name's mention may hold the title's head ("Commissioner X")
    return titled or a.tokens[k].lower in TITLE_WORDS


def _age_epithet(a: Analysis, k: int, first: int) -> int | None:
    """Where "the N-year-old" opens the subject phrase ending at token k ("the 64-year-old",
    "the 64-year-old former ambassador"), if it does."""
    for j in range(k, max(first, k - _EPITHET_WORDS) - 1, -1):
        token = a.tokens[j]
        if "-year-old" in token.lower and _AGE_WORD.fullmatch(token.lower):
            return j if j > first and a.tokens[j - 1].lower in DEFINITE_DETERMINERS else None
        if not token.text.islower() or (j < k and breaks_after(a, j)):
            return None
    return None


def _actor_at(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The actor the subject phrase ending at token k stands for."""
    token = a.tokens[k]
    mention = a.mention_at(token.start)
    first = a.sentence_tokens[sentence].start
    if mention is not None and _is_modifier(a, mention, first):
        return _head_of(a, sentence, mention, speakers)
    if mention is not None:
        return titled_person(a, mention) or mention.actor.name
    word = token.text.lower()
    if (age := _age_epithet(a, k, first)) is not None:
        # "The 64-year-old former ambassador said": only a person has an age; the one the
        # story was just about, as "he" or "she" would be
        return resolve_person(a, sentence, a.tokens[age].start, speakers)
    if word in SUBJECT_RELATIVES and k > first and breaks_after(a, k - 1):
        return _antecedent_actor(a, sentence, k, speakers)
    if word in PERSON_PRONOUNS or _is_honorific_anaphor(a, k, first):
        return resolve_person(a, sentence, token.start, speakers)
    if (honorific := _honorific_titles(a, k, first)) is not None:
        return _honoured_person(a, sentence, honorific, k, speakers)
    if word in THING_PRONOUNS:
        return resolve_thing(a, sentence, speakers, token.start)
    if (
        token.lemma in DESCRIPTIVE_NOUNS
        and k > first
        and (
            a.tokens[k - 1].lower in DEFINITE_DETERMINERS
            or _after_definite_modifier(a, k - 1, first)
        )
    ):
        # "the group said", "the paramilitary group said"
        return resolve_description(a, token.start, token.lemma)
    if token.lemma in DESCRIPTIVE_NOUNS and (named := _name_before_description(a, k, first)):
        return named
    if token.lemma in DESCRIPTIVE_NOUNS and _owned_description(a, k, first):
        # "South Sudan's main opposition movement said": a side of the state's own politics
        noun = token.lemma
        return resolve_description(a, token.start, noun) or described_next(a, token.start, noun)
    return _organ_actor(a, sentence, k, speakers)


def _antecedent_actor(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The antecedent of the relative pronoun at k, whatever preposition governs it ("the
    envoy, who told reporters"; "spoke with X, who thanked")."""
    antecedent = a.mention_at(a.tokens[k - 1].start)
    if antecedent is not None and not antecedent.possessive:
        return titled_person(a, antecedent) or antecedent.actor.name
    return _actor_at(a, sentence, k - 1, speakers)


def _name_before_description(a: Analysis, k: int, first: int) -> str | None:
    """The group's name before the noun at k that describes it, past a plain modifier or two
    ("the Houthi movement said", "the EU monitoring mission said")."""
    if k <= first or breaks_after(a, k - 1):
        return None
    j = k - 1
    while j > max(first, k - 3) and _is_plain_word(a, j):
        j -= 1
    named = a.mention_at(a.tokens[j].start)
    kinds = DESCRIPTIVE_NOUNS[a.tokens[k].lemma]
    if named is not None and not named.possessive and named.actor.kind in kinds:
        return named.actor.name
    return None


def _organ_actor(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The actor behind a subject that names no one: an armed organ, a title, an office, an
    organ or a role and its owner, an outlet, else the state the article speaks for."""
    token, word = a.tokens[k], a.tokens[k].text.lower()
    first = a.sentence_tokens[sentence].start
    if word in ARMED_ORGANS and (armed := _armed_owner(a, k, first)) is not None:
        return armed
    if token.text[:1].isupper() and (word in TITLE_HEADS or word in HONORIFICS):
        # "the Sheikh told the paper", "the Field Marshal said": the title's holder
        ranked = _capitalised_rank(a, k, first)
        if ranked is not None:
            return ranked
    if (office := _office_name(a, k, first)) is not None:
        return office
    if word in ORGAN_NOUNS or word in STATE_ORGANS or word in SPEECH_NOUNS or word in ROLE_ANAPHORS:
        return _owner(a, sentence, k, speakers)
    side = a.mention_at(a.tokens[k - 1].start) if k > first else None
    if token.lemma in GUEST_NOUNS and side is not None:
        return titled_person(a, side)  # "the American guest said"
    if word in FORCE_NOUNS and k > first and a.tokens[k - 1].lower in PERSONAL_POSSESSIVES:
        # "his forces accepted": the side the commander named before leads
        return state_of(a, resolve_person(a, sentence, a.tokens[k - 1].start, speakers))
    if (owner := _owned_official_name(a, k, first)) is not None:
        return owner
    if word in MEDIA_HEADS and (outlet := _outlet_before_head(a, k, first)) is not None:
        return outlet
    if _organ_name_head(a, k, first) is None:
        return _seated_before(a, k, first)
    # Only a firm sign names its state: a guess here would carry on through "it" and "the
    # statement" in every sentence after.
    previous = a.registry.actors.get(state_of(a, previous_speaker(sentence, speakers)) or "")
    if previous is not None and previous.kind == "state":
        return previous.name
    return named_government(a, token.start) or dateline_state(a)


def _owned_description(a: Analysis, k: int, first: int) -> bool:
    """Whether a state's possessive stands before the descriptive noun at token k, past one
    or two plain modifiers ("South Sudan's main opposition movement")."""
    j = k - 1
    while j > max(first, k - 3) and _is_plain_word(a, j):
        j -= 1
    owner = a.mention_at(a.tokens[j].start) if j < k - 1 else None
    return owner is not None and owner.possessive and owner.actor.kind == "state"


def _office_name(a: Analysis, k: int, first: int) -> str | None:
    """ "The head of state said", "The Minister of National Defence said": an office named
    by a role noun, "of" and its field, after "the", is the person last named holding it (a
    title sharing a field word: "Defence Minister")."""
    reach = max(first, k - _OFFICE_NAME_REACH)
    if all(t.lower != "of" for t in a.tokens[reach:k]):
        return None  # most subjects have no "of" for an office's field
    j = k
    while j > reach and a.tokens[j].lower not in DEFINITE_DETERMINERS:
        if a.mention_at(a.tokens[j].start) is not None or breaks_after(a, j - 1):
            return None
        j -= 1
    head = j + 1 if a.tokens[j].lower in DEFINITE_DETERMINERS else None
    if head is None or head + 1 >= k or a.tokens[head + 1].lower != "of":
        return None
    role, start = a.tokens[head].lower, a.tokens[head].start
    phrase = " ".join(t.lower for t in a.tokens[head : k + 1])
    if (apposed := _apposed_holder(a, head, k)) is not None:
        return apposed
    if phrase in ROLE_SYNONYMS:
        return resolve_role(a, start, phrase)
    if role not in ROLE_ANAPHORS:
        return None
    fields = [t.lower for t in a.tokens[head + 2 : k + 1] if t.lower not in _TITLE_FILLERS]
    return next(filter(None, (resolve_role(a, start, f"{field} {role}") for field in fields)), None)


def _apposed_holder(a: Analysis, head: int, k: int) -> str | None:
    """The person an earlier apposition gave the office the tokens head..k name ("X, the
    Minister of National Defence, …" before "The Minister of National Defence said")."""
    words = [t.lower for t in a.tokens[head : k + 1]]
    for j in range(head - 1, max(-1, head - _APPOSITION_REACH), -1):
        if [t.lower for t in a.tokens[j : j + len(words)]] != words or j < 2:
            continue
        article = j - 1 if a.tokens[j - 1].lower in ARTICLES else j
        mention = a.mention_at(a.tokens[article - 1].start)
        if (
            mention is not None
            and mention.actor.kind == "person"
            and "," in gap_after(a, article - 1)
        ):
            return mention.actor.name
    return None


def _seated_before(a: Analysis, k: int, first: int) -> str | None:
    """ "Afghan officials in Nangarhar told": the actor before a place the registry lacks,
    which is where it sits and no actor of its own."""
    j = k
    while j > max(first, k - 3) and a.tokens[j].text[:1].isupper() and not breaks_after(a, j - 1):
        if a.mention_at(a.tokens[j].start) is not None:
            return None
        j -= 1
    if j == k or a.tokens[j].lower not in PLACE_PREPOSITIONS or j - 1 < first:
        return None
    head = a.mention_at(a.tokens[j - 1].start)
    noun = a.tokens[j - 1]
    if head is None and (_is_organ_head(noun) or noun.lemma in DESCRIPTIVE_NOUNS):
        # "the UN mission in Hodeidah said", "Egypt's embassy in Juba said": the body that
        # owns the noun before the place
        owner = None if breaks_after(a, j - 1) else _organ_owner(a, j - 1, first)
        return state_of(a, owner.actor.name) if owner is not None else None
    if head is None or head.possessive or breaks_after(a, j - 1):
        return None
    return head.actor.name


def _outlet_before_head(a: Analysis, k: int, first: int) -> str | None:
    """ "the Reuters news agency reported": the outlet named before the media noun at token k
    reports, past one common word ("news"); "the agency said" is the outlet named last."""
    for j in range(k - 1, max(first, k - _MEDIA_NAME_REACH) - 1, -1):
        mention = a.mention_at(a.tokens[j].start)
        if mention is not None:
            return mention.actor.name if _is_outlet(a, mention) else None
        if a.tokens[j].lower in DEFINITE_DETERMINERS and j == k - 1:
            earlier = a.mentions_in(max(0, a.tokens[k].start - _OUTLET_REACH), a.tokens[j].start)
            # the body named last, if an outlet: "the UN refugee agency … the agency" is not
            bodies = [m for m in earlier if m.actor.kind == "organization"]
            return bodies[-1].actor.name if bodies and _is_outlet(a, bodies[-1]) else None
        if not a.tokens[j].text.islower() or breaks_after(a, j):
            return None
    return None


def _is_outlet(a: Analysis, mention: Mention) -> bool:
    return a.registry.outlets.lookup(mention.actor.name) is not None


def _organ_name_head(a: Analysis, k: int, first: int) -> int | None:
    """ "The Ministry of Foreign Affairs and International Cooperation said": the organ noun
    heading an official name the registry lacks, which speaks as "the ministry" would."""
    head = _official_name_head(a, k, first)
    if head is None or head <= first or a.tokens[head - 1].lower not in DEFINITE_DETERMINERS:
        return None
    return head


def _official_name_head(a: Analysis, k: int, first: int) -> int | None:
    """The organ noun ("Ministry") opening the capitalised official name that ends at token k
    ("Ministry of Foreign Affairs"), whatever stands before it."""
    j = k
    while j > first and j > k - _ORGAN_NAME_REACH and not breaks_after(a, j - 1):
        previous = a.tokens[j - 1]
        if not (previous.text[:1].isupper() or previous.lower in ACRONYM_FILLERS):
            break
        j -= 1
    for head in range(j, k):
        if a.tokens[head].lower in STATE_ORGANS and a.tokens[head + 1].lower == "of":
            return head
    return None


def _owned_official_name(a: Analysis, k: int, first: int) -> str | None:
    """ "Azerbaijan's Ministry of Foreign Affairs said": the state whose possessive opens an
    official organ name speaks through it."""
    head = _official_name_head(a, k, first)
    owner = a.mention_at(a.tokens[head - 1].start) if head is not None and head > first else None
    return state_of(a, owner.actor.name) if owner is not None and owner.possessive else None


def _armed_owner(a: Analysis, k: int, first: int) -> str | None:
    """ "Sudan's army said", "the Colombian armed forces said": the side named right before
    an armed organ speaks; "the army said" alone is the army last named with its owner."""
    if not a.tokens[k].text.islower():
        return None  # "the Libyan National Army" is a body's name
    j = k - 1
    while j > first and a.tokens[j].text in ARMED_MODIFIERS:
        j -= 1
    owner = a.mention_at(a.tokens[j].start) if j >= first else None
    if owner is not None and not breaks_after(a, j):
        return state_of(a, owner.actor.name)
    # "The army said" refers back when it opens a sentence, past a lead-in ("16:40 GMT - The
    # army says"); after "while" or "that" it is the reporter's account of the army. "The
    # forces" alone are anyone's.
    bare = a.tokens[k].lower not in FORCE_NOUNS or j < k - 1
    opens = j == first or (j > first and breaks_after(a, j - 1, _LEAD_BREAKS))
    # "According to sources close to the delegation, the army agreed": a prepositional lead-in
    opens = opens or (j > first and breaks_after(a, j - 1) and _adverbial_lead(a, first, j - 1))
    # "conceded that the army had accepted": the subject of a reported clause opens it
    opens = opens or (j > first and a.tokens[j - 1].lower == "that")
    if opens and a.tokens[j].lower in DEFINITE_DETERMINERS and bare:
        # no army named with its owner before: the one state among the war's sides
        return named_government(a, a.tokens[k].start) or sole_state_side(a)
    return None


def _adverbial_lead(a: Analysis, first: int, k: int) -> bool:
    """Whether tokens first..k are one prepositional phrase opening the sentence ("According
    to sources close to X", "In Port Sudan", "On Tuesday"): no verb, no other mark in it."""
    if a.tokens[first].lower not in ALL_PREPOSITIONS | LEAD_OPENERS:
        return False
    return not any(breaks_after(a, j) for j in range(first, k))


def _is_honorific_anaphor(a: Analysis, k: int, first: int) -> bool:
    """ "His Excellency said", "HE said": an honorific after a possessive pronoun, or its
    abbreviation, as a pronoun."""
    if a.tokens[k].text in HONORIFIC_ABBREVIATIONS:
        return True
    if a.tokens[k].lower not in HONORIFIC_ANAPHORS or k <= first:
        return False
    j = k - 1
    if j > first and a.tokens[j].lower in HONORIFIC_MODIFIERS:
        j -= 1  # "His Royal Highness said"
    return a.tokens[j].lower in PERSONAL_POSSESSIVES


def _honorific_titles(a: Analysis, k: int, first: int) -> int | None:
    """ "HE the Prime Minister and Minister of Foreign Affairs said": where a subject of
    titles ending at token k opens with an honorific, the honorific's token, else None."""
    j = k
    while j > first and (a.tokens[j].text[:1].isupper() or a.tokens[j].lower in _TITLE_FILLERS):
        if _is_honorific_anaphor(a, j, first) or breaks_after(a, j - 1):
            break
        j -= 1
    return j if j < k and _is_honorific_anaphor(a, j, first) else None


def _honoured_person(
    a: Analysis, sentence: int, honorific: int, k: int, speakers: dict[int, str]
) -> str | None:
    """Who "HE the Prime Minister", "His Excellency the Special Envoy" or "His Highness X"
    (tokens honorific..k) is: the person named there, else the holder of the office named
    there; a name the article gives nowhere else is no one to guess."""
    words = range(honorific + 1, k + 1)
    for j in words:
        mention = a.mention_at(a.tokens[j].start)
        if mention is not None and mention.actor.kind == "person":
            return mention.actor.name
    if any(
        a.tokens[j].lower not in _TITLE_PARTS | _TITLE_FILLERS | OFFICE_ADJECTIVES for j in words
    ):
        return None
    role = next((j for j in words if a.tokens[j].lower in ROLE_ANAPHORS), None)
    if role is None:
        return resolve_person(a, sentence, a.tokens[honorific].start, speakers)
    office = office_after(a, honorific + 1 + (a.tokens[honorific + 1].lower == "the"))
    start = a.tokens[role].start
    return resolve_role(a, start, office or a.tokens[role].lower) or resolve_role(
        a, start, a.tokens[role].lower
    )


def _head_of(a: Analysis, sentence: int, mention: Mention, speakers: dict[int, str]) -> str | None:
    """ "Major X of the Pakistani army said": the person before "of" is the subject; "the
    X Mission in Somalia said": any actor before the place it is in."""
    k = a.token_index(mention.start) - 1
    first = a.sentence_tokens[sentence].start
    while k > first and a.tokens[k].lower == "the":
        k -= 1
    if k > first and a.tokens[k].lower in SPOKESPERSON_LINKS:
        # "a spokeswoman for the Colombian army said": the side spoken for
        return mention.actor.name if a.tokens[k - 1].lower in ORGAN_NOUNS else None
    if k > first and a.tokens[k].lower in ORIGIN_LINKS and a.tokens[k - 1].lower in ORGAN_NOUNS:
        return state_of(a, mention.actor.name)
    if k <= first or a.tokens[k].lower not in HEAD_LINKS:
        return None
    if a.tokens[k].lower == "of" and a.tokens[k - 1].lower in STATE_FORMS:
        return mention.actor.name if mention.actor.kind == "state" else None
    if a.tokens[k].lower == "of" and _organ_name_head(a, k - 1, first) is not None:
        # "the Ministry of Foreign Affairs of Armenia said": the state whose organ it is
        return state_of(a, mention.actor.name) if mention.actor.kind == "state" else None
    head = a.mention_at(a.tokens[k - 1].start)
    if head is None and a.tokens[k].lower in PLACE_PREPOSITIONS:
        # "the UN mission in Libya said": a body's descriptive noun, like an organ, is its
        # owner's wherever it sits; only a named owner speaks, never the place
        described = a.tokens[k - 1].lemma in DESCRIPTIVE_NOUNS
        if not _is_organ_head(a.tokens[k - 1]) and not described:
            return None
        # "the Norwegian embassy in <capital> said": an organ named with its owner is the
        # owner's, wherever it sits; "the foreign ministry in <capital>" is that city's state.
        owner = _organ_owner(a, k - 1, first)
        if owner is not None:
            return state_of(a, owner.actor.name)
        if described:
            return None
        return mention.actor.name if mention.actor.kind == "state" else None
    if head is None or head.possessive or breaks_after(a, k - 1):
        return None
    return head.actor.name if head.actor.kind == "person" or a.tokens[k].lower != "of" else None


def _organ_owner(a: Analysis, k: int, first: int) -> Mention | None:
    """The actor named in the organ phrase ending at token k ("the EU delegation", "Egypt's
    embassy"), within a few words and one clause."""
    for j in range(k - 1, max(first, k - _ORGAN_OWNER_REACH) - 1, -1):
        if breaks_after(a, j) or a.tokens[j].lower in DEFINITE_DETERMINERS:
            return None
        mention = a.mention_at(a.tokens[j].start)
        if mention is not None:
            return mention
    return None


def _is_organ_head(token) -> bool:
    """An organ noun heading the phrase before a place ("the ministry", "the Council")."""
    return (
        token.lower in STATE_ORGANS
        or token.lower in ORGAN_NOUNS
        or token.text in (INSTITUTION_NOUNS)
    )


def _owner(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """Who speaks through "Sharif's office", "a Kremlin statement" or "the president"."""
    word = a.tokens[k].text.lower()
    first = a.sentence_tokens[sentence].start
    if word in ROLE_ANAPHORS and a.tokens[k].text[:1].isupper():
        ranked = _capitalised_rank(a, k, first)
        if ranked is not None:
            return ranked
    # The owner may stand before a compound organ: "Egypt's foreign ministry said",
    # "a Saudi foreign ministry statement said".
    j = k - 1
    while j > first and _is_organ_word(a, j):
        j -= 1
    j = _field_words(a, j, first)
    if a.tokens[k].text[:1].isupper() and word in STATE_ORGAN_NAME_HEADS:
        j = _past_name_words(a, j, first)
    if word in GOVERNING_ORGANS and _after_definite_modifier(a, j, first):
        j -= 1  # "the army-led authorities", "the interim government": a state's own organ
    # "… held in Amman, officials said": a name before a clause mark owns no organ after it
    owned = j >= first and not breaks_after(a, j)
    owner = a.mention_at(a.tokens[j].start) if owned else None
    if owner is not None:
        return _named_owner(a, sentence, k, j, owner, speakers)
    return _unnamed_owner(a, sentence, k, j, speakers)


def _named_owner(a: Analysis, sentence: int, k: int, j: int, owner, speakers) -> str | None:
    """The speaker through an organ or role whose owner is named at token `j`: a titled
    person, the person a role describes, the owner itself, or its state."""
    word = a.tokens[k].text.lower()
    titled = titled_person(a, owner)
    if titled is None and word in ROLE_ANAPHORS:
        phrase = _role_phrase(a, k, a.sentence_tokens[sentence].start)
        titled = described_speaker(a, sentence, owner, phrase, speakers)
    if titled is not None:
        return titled
    speaks_itself = word in SPEECH_NOUNS and j == k - 1
    return owner.actor.name if speaks_itself else state_of(a, owner.actor.name)


def _unnamed_owner(a: Analysis, sentence: int, k: int, j: int, speakers) -> str | None:
    """The speaker through an organ or role no name owns: by the word before it (an armed
    organ, a possessive, a determiner) and what the article said before."""
    word = a.tokens[k].text.lower()
    first = a.sentence_tokens[sentence].start
    before = a.tokens[j] if j >= first else None
    if before is not None and before.lower in ARMED_ORGANS:
        # "the army chief said" is the person holding that office; "the army delegation
        # said" the army's side
        office = f"{before.lower} {word}" if word in ROLE_ANAPHORS else None
        person = resolve_role(a, a.tokens[k].start, office) if office else None
        return person or _armed_owner(a, j, first)
    if before is not None and before.possessive and before.lower in ROLE_ANAPHORS:
        return state_of(a, resolve_role(a, before.start, before.lower))
    described = before is not None and before.possessive and before.lemma in DESCRIPTIVE_NOUNS
    definite = j > first and a.tokens[j - 1].lower in DEFINITE_DETERMINERS
    if described and (definite or _after_definite_modifier(a, j - 1, first)):
        # "the (paramilitary) group's spokesman said": the group speaks through its organ
        return resolve_description(a, before.start, before.lemma)
    if before is not None and before.lower in PERSONAL_POSSESSIVES:
        # "his office said", "her spokesman said": the person the pronoun stands for speaks;
        # "his government" is the country the person acts for, where that is a state
        person = resolve_person(a, sentence, before.start, speakers)
        state = a.registry.actors.get(state_of(a, person)) if word in GOVERNING_ORGANS else None
        return state.name if state is not None and state.kind == "state" else person
    if word in ROLE_ANAPHORS and _after_definite_modifier(a, j, first):
        # "the peace commissioner said": a role with a field word before it
        return resolve_role(a, a.tokens[k].start, word)
    if before is None or before.lower not in DEFINITE_DETERMINERS | {"a"}:
        return None
    return _determined_owner(a, sentence, k, before.lower == "a", speakers)


def _determined_owner(
    a: Analysis, sentence: int, k: int, indefinite: bool, speakers: dict[int, str]
) -> str | None:
    """The speaker through "the president", "the government", "a source": the role's holder,
    the government or state organ the article means, else the side that spoke last."""
    word = a.tokens[k].text.lower()
    if word in ROLE_ANAPHORS:
        phrase = _role_phrase(a, k, a.sentence_tokens[sentence].start)
        return _role_holder(a, sentence, k, phrase, speakers)
    if word in GOVERNING_ORGANS and not indefinite:
        # "Yemen's government and the Houthis met ... The government said": the government
        # named last, before any foreign speaker in between
        named = named_government(a, a.tokens[k].start) or home_side(a)
        if named is not None:
            return named
    if word in MEDIATOR_NOUNS:
        return None  # mediators the article names are found with the joint subjects
    if word in STATE_ORGANS and not indefinite:
        return _state_organ_owner(a, sentence, k, speakers)
    previous = previous_speaker(sentence, speakers)
    if word in SPEECH_NOUNS:
        return previous
    # "X urged restraint. A senior source said…": an organ or a source speaks for a side,
    # never for a person the article gives no side
    owner = state_of(a, previous)
    return None if owner is None or is_person(a, owner) else owner


def _state_organ_owner(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The owner the same state organ spoke for last ("The ministry said … Thailand has said …
    The ministry called"), else the state the last sentence's speaker spoke for."""
    organ = _organ_spoken_before(a, sentence, a.tokens[k].text.lower(), speakers)
    if organ is not None:
        return organ
    previous = a.registry.actors.get(state_of(a, previous_speaker(sentence, speakers)))
    # a go-between's speech before it makes no state's own organ its ("the US said … the
    # Defence Ministry has offered"): a side of the talks is meant
    sides, span = main_sides(a), a.sentences[sentence]
    named = {state_of(a, m.actor.name) for m in a.mentions_in(span.start, span.end)}
    own = previous is not None and (not sides or previous.name in {*sides, *named})
    if own and previous.kind == "state":
        return previous.name
    return article_state(a, a.tokens[k].start)


def _organ_spoken_before(
    a: Analysis, sentence: int, organ: str, speakers: dict[int, str]
) -> str | None:
    """The state an organ noun ("ministry") spoke for in the latest of the paragraphs
    before whose speaker it was: "the ministry" goes on meaning that ministry."""
    for back in range(sentence - 1, max(-1, sentence - _ORGAN_SENTENCES), -1):
        if back not in speakers:
            continue
        tokens = a.sentence_tokens[back]
        if any(_organ_subject(a, j, tokens.start, organ) for j in tokens):
            owner = a.registry.actors.get(state_of(a, speakers[back]) or "")
            return owner.name if owner is not None and owner.kind == "state" else None
    return None


def _organ_subject(a: Analysis, j: int, first: int, organ: str) -> bool:
    """Whether token j is the organ noun heading a subject, outside quotations and no
    preposition's object ("under the Ministry of Defence" names it in passing)."""
    if a.tokens[j].lower != organ or a.in_quote(a.tokens[j].start):
        return False
    n = j - 1
    while n >= first and a.tokens[n].lower not in DEFINITE_DETERMINERS and not breaks_after(a, n):
        n -= 1
    return n <= first or a.tokens[n - 1].lower not in ALL_PREPOSITIONS


def _capitalised_rank(a: Analysis, k: int, first: int) -> str | None:
    """ "the Senior General said", "The Field Marshal said": a capitalised rank after "the"
    is its holder named before; the whole rank picks him out among lesser ones."""
    j = k
    while j - 1 > first and a.tokens[j - 1].text[:1].isupper() and not breaks_after(a, j - 1):
        if a.mention_at(a.tokens[j - 1].start) is not None:
            return None
        j -= 1
    if j - 1 < first or a.tokens[j - 1].lower not in DEFINITE_DETERMINERS:
        return None
    rank = " ".join(t.lower for t in a.tokens[j : k + 1])
    start = a.tokens[k].start
    titled = _titled_before(a, j, k)
    return titled or resolve_role(a, start, rank) or resolve_role(a, start, a.tokens[k].lower)


def _titled_before(a: Analysis, j: int, k: int) -> str | None:
    """The person an earlier title of the same words (tokens j..k) stood before ("Senior
    General Min Aung Hlaing" before "the Senior General said"), a lesser rank of the same
    head ("Lieutenant-General X") being no match."""
    words = [t.lower for t in a.tokens[j : k + 1]]
    governed = None  # "talks with Prime Minister X": a name a preposition governs is no topic
    for n in range(j - 1, -1, -1):
        if [t.lower for t in a.tokens[n : n + len(words)]] != words:
            continue
        # the title may open the person's mention, or stand right before it
        after = n + len(words)
        mention = a.mention_at(a.tokens[n].start)
        if mention is None and after < len(a.tokens):
            mention = a.mention_at(a.tokens[after].start)
        if mention is None or mention.actor.kind != "person":
            continue
        if n == 0 or a.tokens[n - 1].lower not in PREPOSITIONS:
            return mention.actor.name
        governed = governed or mention.actor.name
    return governed


def _after_definite_modifier(a: Analysis, j: int, first: int) -> bool:
    """Whether token j is a plain lower-case modifier right after "the" ("the peace …")."""
    if j <= first or not _is_plain_word(a, j) or a.tokens[j].lower in TITLE_WORDS:
        return False
    return a.tokens[j - 1].lower in DEFINITE_DETERMINERS


def _role_holder(a: Analysis, sentence: int, k: int, role: str, speakers: dict[int, str]):
    """The person a definite role noun at token k names: its holder named before, else the
    speaker just before whom nothing gives another office."""
    found = resolve_role(a, a.tokens[k].start, role)
    return found or person_in_role(a, sentence, a.tokens[k].start, role, speakers)


def _role_phrase(a: Analysis, k: int, first: int) -> str:
    """The office a role noun names with its modifiers ("the foreign minister")."""
    j = k
    while j > first and a.tokens[j - 1].lower in TITLE_WORDS and a.tokens[j - 1].text.islower():
        j -= 1
    return office_after(a, j) or a.tokens[k].lower


def _field_words(a: Analysis, j: int, first: int) -> int:
    """Skip up to two lower-case words naming an organ's field ("Ukraine's energy ministry")
    when an owner's possessive, or its adjective opening the noun phrase ("the Pakistani
    commerce ministry", "Afghan customs officials"), stands before them; "the energy
    ministry" borrows no owner."""
    n = j
    # an article ends the noun phrase: "…by the Red Cross, the spokesman added" has no owner
    while n > first and n > j - 2 and _is_plain_word(a, n) and a.tokens[n].lower not in ARTICLES:
        n -= 1
    owner = a.mention_at(a.tokens[n].start)
    if n == j or owner is None:
        return j
    opening = _past_rank_words(a, a.token_index(owner.start), first)
    modifier = opening == first or a.tokens[opening - 1].lower in ARTICLES
    return n if owner.possessive or modifier else j


def _past_name_words(a: Analysis, j: int, first: int) -> int:
    """ "India's Northern Command", "Egypt's General Intelligence Directorate": skip up to two
    capitalised words of an organ's official name when its owner is named right before;
    a word heading a body's name ("Ethiopia's Fano Militia Command") is an armed group's."""
    n = j
    while n > first and n > j - 2 and _is_unnamed_capital(a, n):
        n -= 1
    return n if n != j and a.mention_at(a.tokens[n].start) is not None else j


def _is_unnamed_capital(a: Analysis, k: int) -> bool:
    token = a.tokens[k]
    if token.text in BODY_HEADS or token.lower in COMMON_BODY_HEADS:
        return False
    return token.text[:1].isupper() and a.mention_at(token.start) is None and not breaks_after(a, k)


def _past_rank_words(a: Analysis, k: int, first: int) -> int:
    """Where a noun phrase opens before token k past words of rank or number ("two senior
    Israeli security officials"), which leave the adjective after them its opening word."""
    while k > first and (
        a.tokens[k - 1].lower in TITLE_MODIFIERS | TENURE_WORDS or _counted(a.tokens[k - 1])
    ):
        k -= 1
    return k


def _is_plain_word(a: Analysis, k: int) -> bool:
    """A lower-case word, hyphenated compounds included ("the army-led government")."""
    token = a.tokens[k]
    plain = all(part.isalpha() for part in token.text.split("-"))
    return plain and token.text.islower() and not breaks_after(a, k)


def _is_organ_word(a: Analysis, k: int) -> bool:
    """A lower-case title or organ word inside a compound organ ("foreign ministry")."""
    token = a.tokens[k]
    organ = token.lower in TITLE_WORDS or token.lower in ORGAN_NOUNS
    owned = token.possessive or a.mention_at(token.start) is not None
    return organ and not owned and not breaks_after(a, k)


def _is_gap(a: Analysis, k: int) -> bool:
    """An adverb, auxiliary or date word between a subject and its verb."""
    token = a.tokens[k]
    word = token.text.lower()
    gap = word in SUBJECT_GAP_WORDS or (word.endswith("ly") and not token.text[:1].isupper())
    quoted = a.in_quote(token.start) and not _opens_fragment(a, k)
    return gap and not breaks_after(a, k) and not quoted


def _opens_fragment(a: Analysis, k: int) -> bool:
    """Whether token k opens a quotation in lower case, which carries on the clause of the
    words before it: 'Kosovo "fully accepts" both plans', 'Kigali is "committed" to it'."""
    token = a.tokens[k]
    return (
        k > 0
        and token.text[:1].islower()
        and a.in_quote(token.start)
        and not a.in_quote(a.tokens[k - 1].start)
    )


def _quote_carries_clause(a: Analysis, first: int, k: int, verb: int) -> bool:
    """Whether the verb at token `verb` lies in a quoted fragment that opens right after
    token k, its subject outside the quotation ('Kosovo "fully accepts" the plan'); a quote
    after a colon or comma, or after an urging verb ('urged Serbia: "accept the plan"'), is
    words put to the side named, not its own act."""
    if k + 1 > verb or breaks_after(a, k, _FRAGMENT_BREAKS) or not _opens_fragment(a, k + 1):
        return False
    urged = any(a.tokens[j].lemma in PLAN_URGING_VERBS for j in range(first, k))
    return not urged and same_quote(a, k + 1, verb)


def breaks_after(a: Analysis, k: int, marks=_CLAUSE_BREAKS) -> bool:
    """Whether punctuation closes a clause right after token k."""
    # gap_after's slice, written out: this runs for every word the stages look at.
    tokens = a.tokens
    following = tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end
    gap = a.document.text[tokens[k].end : following]
    # Most gaps are a single space; no mark is whitespace alone.
    return not gap.isspace() and _has_mark(gap, marks)


def breaks_between(a: Analysis, left: Token, right: Token, marks=CLAUSE_MARKS) -> bool:
    """Whether a clause mark stands between two tokens."""
    gap = a.document.text[left.end : right.start]  # text_between's, as in breaks_after
    return not gap.isspace() and _has_mark(gap, marks)


def _has_mark(gap: str, marks) -> bool:
    # A loop, not any(): this runs for every word the stages look at, and any() over a
    # generator costs several times the test itself.
    for mark in marks:  # noqa: SIM110
        if mark in gap:
            return True
    return False


def text_between(a: Analysis, left: Token, right: Token) -> str:
    """The spaces and punctuation between two tokens."""
    return a.document.text[left.end : right.start]


def gap_after(a: Analysis, k: int) -> str:
    """The text between token k and the next (none after the last token)."""
    following = a.tokens[k + 1].start if k + 1 < len(a.tokens) else a.tokens[k].end
    return a.document.text[a.tokens[k].end : following]


def gap_before(a: Analysis, k: int) -> str:
    """The text between the token before k (or the start of the text) and token k."""
    previous_end = a.tokens[k - 1].end if k > 0 else 0
    return a.document.text[previous_end : a.tokens[k].start]


def mention_after(a: Analysis, k: int, stop: int) -> Mention | None:
    """The mention right after token k, past a "the" ("welcomed the Sudanese envoy"), if it
    starts before token `stop`."""
    j = k + 2 if k + 2 < stop and a.tokens[k + 1].lower == "the" else k + 1
    return a.mention_at(a.tokens[j].start) if j < stop else None


def quoted_as_saying(
    a: Analysis, sentence: int, k: int, speakers: dict[int, str] | None = None
) -> str | None:
    """ "quoted Ana Ruiz as saying", "cited the envoy as telling", "quoted him as saying": the
    actor before "as" speaks the participle at token k, whoever quotes them."""
    first = a.sentence_tokens[sentence].start
    if k - 2 < first or a.tokens[k - 1].lower != "as" or not a.tokens[k].lower.endswith("ing"):
        return None
    j = k - 2
    # "X was quoted by state media last week as saying": the quoting verb may stand a few
    # words back, past its agent and a time
    verb = None
    for i in range(j, max(first, j - _QUOTED_REACH) - 1, -1):
        if i < j and breaks_after(a, i):
            break
        if a.tokens[i].lemma in QUOTING_VERBS:
            verb = i
            break
    if verb is not None and verb - 2 >= first and a.tokens[verb - 1].lower in BE_AUXILIARIES:
        j = verb  # the auxiliary and the subject before it are found below
    # "X was quoted as saying": the passive's subject, before its auxiliary
    passive = j - 2 >= first and a.tokens[j - 1].lower in BE_AUXILIARIES
    if a.tokens[j].lemma in QUOTING_VERBS and passive:
        j -= 2
    if a.tokens[j].lower in OBJECT_PERSON_PRONOUNS and a.tokens[j - 1].lemma in QUOTING_VERBS:
        return resolve_person(a, sentence, a.tokens[j].start, speakers or {})
    if passive and breaks_after(a, j):
        # "X, who once served in Cairo, was quoted as saying": past the aside
        return clause_subject(a, sentence, j + 1, speakers or {})
    mention = a.mention_at(a.tokens[j].start)
    if mention is None and a.tokens[j].text.islower():
        # "The negotiator was quoted as saying": the role or pronoun's referent
        return _actor_at(a, sentence, j, speakers or {})
    return None if mention is None or mention.possessive else mention.actor.name


_QUOTED_REACH = 8  # words between "quoted" and "as saying" ("quoted by state media last week")


def naming_as(a: Analysis, sentence: int, k: int) -> int | None:
    """ "described by Kyiv as \"a trap\"", "dismissed by X and Y as \"theatre\"": the token
    "as" before a quotation after the participle at token k and a by-phrase that is wholly
    the names of registered actors, who said the quoted words; else None. A by-phrase with
    words the registry lacks ("by Belgrade tabloid Informer", "by Serbian tabloids") names
    an outlet or someone unknown."""
    token, stop = a.tokens[k], a.sentence_tokens[sentence].stop
    if token.lower == token.lemma or k + 3 >= stop or a.tokens[k + 1].lower != "by":
        return None
    j, named = k + 2, False
    while j < stop - 1:
        mention = a.mention_at(a.tokens[j].start)
        if mention is not None and not mention.possessive:
            named, j = True, max(j + 1, a.token_index(mention.end))
        elif a.tokens[j].lower in ARTICLES or named and a.tokens[j].lower == "and":
            j += 1
        else:
            break
    if not named or j + 1 >= stop or a.tokens[j].lower != "as":
        return None
    return j if a.in_quote(a.tokens[j + 1].start) else None


def same_quote(a: Analysis, j: int, k: int) -> bool:
    """Whether tokens j and k are both inside a quotation or both outside one."""
    return a.in_quote(a.tokens[j].start) == a.in_quote(a.tokens[k].start)


def _is_apposition(a: Analysis, mention: Mention, first: int) -> bool:
    """ "India's envoy, Meera Anand, said": a name set off by commas names the subject."""
    k = a.token_index(mention.start)
    if mention.actor.kind != "person":
        j = k - 1 - (a.tokens[k - 1].lower == "the")
        return _describes(a, j, first, mention.actor.kind)
    # Walk back over a title ("Special Envoy X"), not across the comma after a place name
    # ("Chad's envoy in Addis Ababa, X, said").
    while k > first and not breaks_after(a, k - 1) and _is_title_part(a.tokens[k - 1]):
        k -= 1
    return k > first and breaks_after(a, k - 1)


def _describes(a: Analysis, k: int, first: int, kind: str) -> bool:
    """ "The regional bloc, SADC, said": whether a comma after token k sets off a body's name
    from a descriptive noun of its kind, which the name then names."""
    return k > first and breaks_after(a, k) and kind in DESCRIPTIVE_NOUNS.get(a.tokens[k].lemma, ())


def _is_title_part(token) -> bool:
    # "former Nigerian president X", "Chad's chief negotiator X": lower-case title words too
    return token.text[:1].isupper() or token.lower == "of" or token.lower in _TITLE_PARTS


def _before_parenthetical(a: Analysis, k: int, first: int) -> int:
    """The token before the mark that opens the parenthetical ending at token k."""
    closing = gap_after(a, k).strip()[:1]
    j = k - 1
    # Dashes inside a comma-bounded aside ("X, after – a – b, said") do not open it.
    while j >= first and not (closing and closing in gap_after(a, j)):
        j -= 1
    return j


def _past_apposition(a: Analysis, opening: int, first: int) -> int:
    """ "X, the envoy, who flew in, said", "X, the envoy, when asked, said": where a relative
    or a time clause opens after token `opening` and an apposition ends there, the token before
    the apposition; else `opening`. "X, 64, a former envoy, said": an age sets off the name."""
    if first < opening and is_age(a.tokens[opening]) and breaks_after(a, opening - 1):
        return opening - 1
    aside = first <= opening < len(a.tokens) - 1 and a.tokens[opening + 1].lower in _ASIDE_OPENERS
    if not aside:
        return opening
    earlier = _before_parenthetical(a, opening, first)
    if earlier < first or a.tokens[earlier + 1].lower not in _APPOSITION_HEADS:
        return opening
    named = a.mention_at(a.tokens[opening].start)
    if named is not None and named.actor.kind == "person" and _is_apposition(a, named, first):
        return opening  # "the AU's envoy for Sudan, Professor X, who joined…, told": the name
    return earlier if a.mention_at(a.tokens[earlier].start) is not None else opening


def _is_modifier(a: Analysis, mention: Mention, first: int) -> bool:
    """A mention after a preposition, or a possessor ("Putin's response"), is not the subject."""
    if mention.possessive:
        return True
    return after_preposition(a, mention, a.tokens[first].start) and not _opens_clause(
        a, mention, first
    )


def _opens_clause(a: Analysis, mention: Mention, first: int) -> bool:
    """ "after Qatari mediators presented a draft", "since Hamas has rejected it": a name after
    a word that is a preposition and a subordinator alike, followed by an auxiliary or a past
    form, is the subject of the clause that word opens."""
    k = a.token_index(mention.start) - 1
    while k > first and a.tokens[k].lower in ARTICLES:
        k -= 1
    after = a.token_index(mention.end)
    if k < first or a.tokens[k].lower not in SUBORDINATORS or after >= len(a.tokens):
        return False
    verb = a.tokens[after]
    return verb.lower in FINITE_AUXILIARIES or is_past(verb, ())


def conjuncts(a: Analysis, start: int, verb: int, name: str) -> list[str]:
    """Actors joined to the subject by "and" or a comma ("Israel and Hamas agreed")."""
    mentions = list(a.mentions_in(start, verb))
    at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].actor.name == name), 0)
    joined: list[str] = []
    while at > 0:
        gap = a.document.text[mentions[at - 1].end : mentions[at].start].strip(" ,").lower()
        gap = _past_formal_name(gap)
        if _is_title_gap(gap) and at > 1:
            # "Azerbaijani President Ilham Aliyev": the demonym only qualifies the person.
            at -= 1
            continue
        # A bare comma joins only inside a list closed by "and" ("X, Y and Z said"); alone it
        # ends an opening phrase ("In Cairo, Sisi said").
        # "X, Y, the Z and W said": a list's comma may carry an article.
        listed = gap in {"", "the"} and joined
        comitative = gap.removesuffix(" the") in COMITATIVE_GAPS  # "Egypt as well as Qatar"
        if gap not in CONJUNCT_GAPS and not listed and not comitative:
            break
        if gap == "" and _is_participle_agent(a, mentions[at - 1]):
            break  # "Under the plan drafted by X, Y and Z agreed": X is no subject
        at -= 1
        joined.insert(0, mentions[at].actor.name)
    return joined


def _past_formal_name(gap: str) -> str:
    """ "and the Republic of" or "and Mr" before a name joins as "and" does ("The State of
    Qatar and the Republic of Türkiye welcomed")."""
    first, _, rest = gap.partition(" ")
    formal = rest and all(w in ARTICLES | STATE_FORMS | FORMAL_NAME_LINKS for w in rest.split())
    # "Mr Mirzoyan and Mr Bayramov": an honorific only announces the next name.
    honorific = rest and all(w in HONORIFICS for w in rest.replace(".", "").split())
    return first if first in CONJUNCTIONS and (formal or honorific) else gap


def _is_participle_agent(a: Analysis, mention: Mention) -> bool:
    """Whether a name is the agent of a participle ("drafted by the United States"), which
    ends its phrase; "a statement by X and Y" is no participle's."""
    k = a.token_index(mention.start) - 1
    while k > 0 and a.tokens[k].lower in ARTICLES:
        k -= 1
    return k > 0 and a.tokens[k].lower == "by" and is_past(a.tokens[k - 1], ())


def _is_title_gap(gap: str) -> bool:
    words = gap.replace(".", "").split()
    return bool(words) and all(w in TITLE_WORDS for w in words)


def is_negated(words: list[str], n: int, reach: int = 3) -> bool:
    """Whether a negation stands within `reach` words before word n ("will not accept")."""
    return bool(set(words[max(0, n - reach) : n]) & NEGATIONS)


_NEITHER_REACH = 4  # words from "neither" to the verb it denies ("has neither formally embraced")


def neither_nor(words: list[str], n: int) -> tuple[int, int] | None:
    """The words "neither" and "nor" deny in turn ("has neither embraced the plan nor rejected
    it"), where word n opens the first of them, else None."""
    opening = [k for k in range(max(0, n - _NEITHER_REACH), n + 1) if words[k] == "neither"]
    if not opening:
        return None
    k = opening[-1]
    last = clause_end(words, frozenset(), k)
    closing = next((j for j in range(k + 2, last + 1) if words[j] == "nor"), None)
    return None if closing is None else (k + 1, closing + 1)


def split_phrase(words: list[str], lemmas: list[str], j: int, phrases) -> str | None:
    """The two-word phrase of `phrases` that word j opens around an object pronoun ("ruled
    it out" is "rule out"), else None."""
    if j + 2 >= len(words) or words[j + 1] not in THING_OBJECT_PRONOUNS:
        return None
    key = f"{lemmas[j]} {lemmas[j + 2]}"
    return key if key in phrases else None


# Verbs whose object a negative quantifier after them opens: "there was no doubt X would".
_QUANTIFIED_OBJECT_VERBS = BE_FORMS | HAVE_FORMS


def has_negative_subject(words: list[str], n: int) -> bool:
    """Whether a negative quantifier is the subject of the verb or auxiliary at word n, past
    the auxiliaries before it ("nobody will trade our land", "no one here would sign it")."""
    while n > 0 and words[n - 1] in FINITE_AUXILIARIES:
        n -= 1
    return any(
        words[q] in NOBODY_DETERMINERS and (q == 0 or words[q - 1] not in _QUANTIFIED_OBJECT_VERBS)
        for q in range(max(0, n - 3), n)
    )


def is_verb_negated(a: Analysis, sentence: int, k: int) -> bool:
    """Whether a negation before the verb at token k stands in its own clause; one inside a
    quotation before a verb outside it ("…without delay," said X) negates the quotation."""
    lo = max(a.sentence_tokens[sentence].start, k - 3)
    if NEGATIONS.isdisjoint([token.lower for token in a.tokens[lo:k]]):
        return False  # most verbs have no negation before them to cut off
    # A clause or quotation mark after a word cuts it and the words before it off.
    for i in range(lo, k):
        if breaks_after(a, i, _NEGATION_BREAKS):
            lo = i + 1
    while lo < k and a.in_quote(a.tokens[lo].start):
        lo += 1
    return is_negated([token.lower for token in a.tokens[lo:k]], k - lo)


def is_inverted(a: Analysis, sentence: int, k: int) -> bool:
    """ "…,” said X" / "- said X": the verb opens its clause and a name follows."""
    first = a.sentence_tokens[sentence].start
    following = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
    if following is None:
        return False
    if not (following.text[:1].isupper() or following.lower == "the" or _title_run(a, k + 1)):
        return False
    gap = gap_before(a, k)
    if gap.strip() == "," and _closes_aside(a, k - 1, first):
        return False  # "X, writing on Monday, said Y would…": the aside's comma
    return k == first or any(mark in gap for mark in _INVERSION_MARKS)


def _title_run(a: Analysis, k: int) -> bool:
    """ "said foreign ministry spokesman Karim Benali": a title in lower case from token k,
    before the capitalised name it introduces."""
    j = k
    while j < min(len(a.tokens), k + _TITLE_RUN_WORDS) and a.tokens[j].lower in TITLE_WORDS:
        if breaks_after(a, j):
            return False
        j += 1
    return k < j < len(a.tokens) and a.tokens[j].text[:1].isupper()


def _closes_aside(a: Analysis, k: int, first: int) -> bool:
    """Whether the comma after token k closes an aside that follows a named subject, or one
    that names the subject ("Its secretary, Oksana Moroz, said Ukraine…")."""
    named = a.mention_at(a.tokens[k].start)
    if named is not None and named.actor.kind == "person" and _is_apposition(a, named, first):
        return True
    opening = _past_apposition(a, _before_parenthetical(a, k, first), first)
    if opening >= first and _age_epithet(a, opening, first) is not None:
        return True  # "The 58-year-old economist, who has led the talks, said Pristina…"
    if opening > first and _opens_with_definite_phrase(a, first, opening):
        return True  # "The army command, in a second statement, said RSF drones…"
    subject = a.mention_at(a.tokens[opening].start) if opening >= first else None
    if subject is not None and not _is_modifier(a, subject, first):
        return True
    # "X, at a rally in Y, the province's capital, said Z…": the name opening the sentence
    head = _head_end_before_asides(a, first, k + 1)
    subject = a.mention_at(a.tokens[head].start) if head is not None else None
    return subject is not None and not subject.possessive


def _opens_with_definite_phrase(a: Analysis, first: int, k: int) -> bool:
    """Whether the sentence opens with a definite noun phrase of lower-case words ending at
    token k ("The army command"), which is its subject before an aside."""
    words = a.tokens[first + 1 : k + 1]
    return (
        a.tokens[first].lower in DEFINITE_DETERMINERS
        and len(words) <= _EPITHET_WORDS
        and all(t.text.isalpha() and t.text.islower() for t in words)
        and not any(breaks_after(a, j) for j in range(first, k))
    )


def is_verb_use(a: Analysis, sentence: int, k: int) -> bool:
    """Whether token k is a finite verb: not a noun ("his remarks"), a word of a title
    ("Secretary of State"), a participle modifying a noun ("proposed by") or "said to be"."""
    first = a.sentence_tokens[sentence].start
    token = a.tokens[k]
    if k > first and token.text[:1].isupper() and not is_inverted(a, sentence, k):
        return False
    if is_noun_use(a, first, k) or is_name_compound(a, first, k):
        return False
    if _modifies_text(a, first, k):
        return False
    following = a.tokens[k + 1].lower if k + 1 < len(a.tokens) else ""
    if is_passive(a, sentence, k):
        return following != "to"
    # "a ceasefire proposed by the US" modifies a noun; nobody speaks.
    return following != "by" or _by_means(a, k + 1)


def _modifies_text(a: Analysis, first: int, k: int) -> bool:
    """ "a statement posted on Telegram", "a communique published by the agency": the
    participle of a verb of publishing right after a text noun modifies it; a text publishes
    nothing itself."""
    token = a.tokens[k]
    if k == first or token.lemma not in PUBLISHING_VERBS or token.lower == token.lemma:
        return False
    noun = a.tokens[k - 1]
    return noun.lower in _TEXT_NOUNS and not breaks_after(a, k - 1)


def _by_means(a: Analysis, by: int) -> bool:
    """ "said by telephone", "spoke by video link": a bare singular common noun after "by"
    is the means of speaking, not an agent ("by the army", "by mediators", "by Qatar")."""
    if by + 1 >= len(a.tokens) or breaks_after(a, by):
        return False
    noun = a.tokens[by + 1]
    return noun.text.islower() and noun.lower == noun.lemma and noun.lower not in FUNCTION_WORDS


def reads_as_verb(words: list[str], lemmas: list[str], j: int) -> bool:
    """Whether word j of a verb class is a verb, judged from the words alone: its bare or -s
    form after an article or preposition is a noun ("a sign of goodwill", "the offer"), and
    some lemmas' bare forms are mostly other words ("pushed back", "on the table")."""
    word, lemma = words[j], lemmas[j]
    before = words[j - 1] if j else ""
    if before in ARTICLES:
        return False  # "the signing", "an agreed text"
    if word not in (lemma, lemma + "s"):
        return True
    if before in BARE_VERB_OPENERS:
        return True
    if _modified_noun(words, lemmas, j):
        return False
    return lemma not in VERB_LEMMAS_NOT_BARE and before not in NOUN_MARKERS


def _modified_noun(words: list[str], lemmas: list[str], j: int) -> bool:
    """ "rejected an army demand": a bare form after an article and a singular word is that
    word's head noun, unless the two are a preposition's object ("proposals for a settlement
    envisage")."""
    if words[j] != lemmas[j] or j < 2 or words[j - 2] not in ARTICLES:
        return False
    return lemmas[j - 1] == words[j - 1] and not (j > 2 and words[j - 3] in PREPOSITIONS)


def is_past(token: Token, irregular) -> bool:
    """A past form of a verb: "ended", or an irregular past of a verb of `irregular` ("met",
    "held"); a comparative ("later" -> "late") is no past."""
    # simplemma capitalises the lemma of a name ("Egypt"), which is no inflection.
    inflected = token.lower != token.lemma and token.lemma.islower()
    if not inflected or token.lower.endswith(("s", "ing")):
        return False
    return token.lemma in irregular or token.lower.endswith("ed")


def is_speculative(words: list[str], n: int) -> bool:
    """Whether word n is guessed at ("the rebels might accept it"), past negations and adverbs
    before it ("might not easily accept"): a guess at a side's answer reports none."""
    j = n - 1
    while j >= 0 and (words[j] in NEGATIONS or words[j].endswith("ly")):
        j -= 1
    return j >= 0 and words[j] in SPECULATIVE_MODALS


def is_hypothetical(words: list[str], n: int) -> bool:
    """Whether word n sits in an open condition ("if Moscow agrees", "once it is signed");
    "Hamas once again rejected it" has none."""
    return any(
        words[k] in HYPOTHETICAL and not is_adverbial_once(words, k)
        for k in range(max(0, n - 4), n)
    )


_UNASSERTING = PLAN_URGING_VERBS | UNASSERTING_VERBS
_UNASSERTED_REACH = 8  # words from "urged" past its object to "committed to"


def governing_verb(a: Analysis, sentence: int, k: int, reach: int) -> int | None:
    """The verb whose object opens at token k ("listed its conditions", "reaffirmed their
    commitment"): the nearest verb within `reach` words before it, past the particles of a
    phrasal verb ("set out their terms"); None across a clause mark."""
    first = a.sentence_tokens[sentence].start
    words, lemmas = a.words(sentence), a.lemmas(sentence)
    for j in range(k - 1, max(first, k - reach) - 1, -1):
        if words[j - first] in PARTICLES:
            continue
        if reads_as_verb(words, lemmas, j - first) or follows_name(a, j):
            return j
        if breaks_after(a, j):
            return None
    return None


def is_unasserted(a: Analysis, first: int, lemmas: list[str], n: int) -> bool:
    """Whether the state at word n of the sentence starting at token `first` is urged,
    doubted or charged rather than reported: a verb of urging, doubt or accusation shortly
    before it in its clause ("urged Kyiv to stay committed to", "doubts that Belgrade is ready
    for", "accused Hamas of not being open to"); "X, urged by Y, said it was committed" is
    X's own word."""
    start = clause_start(a, first, n, max(0, n - _UNASSERTED_REACH))
    return not _UNASSERTING.isdisjoint(lemmas[start:n])


def is_unrealised(a: Analysis, first: int, words: list[str], lemmas: list[str], n: int) -> bool:
    """Whether the act at word n of the sentence starting at token `first` is not reported as
    done: under a modal or "to", past negations and adverbs ("could well produce a deal",
    "expected to yield one"), in an open condition, or after a verb of hope in its clause
    ("mediators hope the talks produce a deal")."""
    j = n - 1
    while j >= 0 and (words[j] in NEGATIONS or words[j].endswith("ly")):
        j -= 1
    if j >= 0 and (words[j] in MODALS or words[j] == "to"):
        return True
    hoped = not SUPPORT_HOPE_VERBS.isdisjoint(lemmas[clause_start(a, first, n) : n])
    return is_hypothetical(words, n) or hoped


def clause_start(a: Analysis, first: int, n: int, floor: int = 0) -> int:
    """The first word (counted in the sentence starting at token `first`) of the clause that
    word n is in, looking back no further than word `floor`: after the last clause mark."""
    k = n - 1
    while k >= floor and not breaks_after(a, first + k):
        k -= 1
    return max(k + 1, floor)


def is_adverbial_once(words: list[str], k: int) -> bool:
    """Whether word k is "once" as an adverb, opening no clause: "at once", "for once", "once
    again", or before a past verb with an object of its own ("which it once called a trap");
    "again once the army leaves" and "once signed" open a condition."""
    if words[k] != "once":
        return False
    before = words[k - 1] if k else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    if before in ONCE_ADVERB_BEFORE or after in ONCE_ADVERB_AFTER:
        return True
    taken = words[k + 2] if k + 2 < len(words) else ""
    return after.endswith("ed") and taken in _OBJECT_OPENERS


# Words opening a verb's object: "once called a trap", "once backed it".
_OBJECT_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS | THING_PRONOUNS | OBJECT_PERSON_PRONOUNS


def clause_end(words: list[str], ends: frozenset[int], start: int) -> int:
    """The last word of the clause word start is in: the word before a relative clause set
    off by a mark ("…, which it once called a trap") or before a coordinator opening a clause
    with a verb of its own ("and the army will withdraw", "and was ready to"), else the
    sentence's last word. Other marks may list phrases ("on land, at sea and in the air")."""
    for k in range(start, len(words) - 1):
        if k in ends and words[k + 1] in RELATIVES:
            return k
        if words[k] in COORDINATORS and _verb_follows(words, k + 1):
            return k - 1
    return len(words) - 1


def _verb_follows(words: list[str], start: int) -> bool:
    """Whether an auxiliary or a modal comes within a subject's reach of word start."""
    for k in range(start, min(len(words), start + _SUBJECT_REACH + 1)):
        if words[k] in FINITE_AUXILIARIES:
            return True
        if words[k] in HYPOTHETICAL or words[k] in COORDINATORS:
            return False
    return False


_SUBJECT_REACH = 3  # words of a subject between a coordinator and its clause's verb


def opens_finite_clause(words: list[str], lemmas: list[str], j: int) -> bool:
    """Whether the subordinator at word j opens a clause with a finite verb of its own ("until
    Hamas is disarmed", "once the situation allows"), not a phrase of time ("until Friday",
    "only after the elections"), judged within a subject's and a verb's reach."""
    for k in range(j + 1, min(len(words), j + _FINITE_REACH + 1)):
        if words[k] in FINITE_AUXILIARIES:
            return True
        before, after = words[k - 1], words[k + 1] if k + 1 < len(words) else ""
        inflected = words[k] != lemmas[k] and words[k].isalpha()
        # an -s form before a preposition is a plural noun: "after the elections in June"
        plural = words[k] == lemmas[k] + "s" and after in PREPOSITIONS
        if k > j + 1 and inflected and not plural and before not in ARTICLES | PREPOSITIONS:
            return True
    return False


_FINITE_REACH = 6  # words from a subordinator to its clause's verb


def demanded_beside(a: Analysis, tokens, j: int) -> bool:
    """ "agreed to the truce but demanded that the RSF withdraw first", "backed a UN mandate but
    said its tasks must be defined": a demand in a "but" clause after token j of a sentence's
    tokens, with no subject of its own named before it, holds what came before to a condition;
    so does another side named there and bound to act ("but Baku must stop firing first")."""
    but = next((i for i in range(j, len(tokens)) if tokens[i].lower == "but"), None)
    if but is None:
        return False
    for i in range(but + 1, min(len(tokens), but + 1 + _DEMAND_REACH)):
        if tokens[i].lemma in DEMAND_VERBS or tokens[i].lemma in COUNTER_DEMANDS:
            return True
        mention = a.mention_at(tokens[i].start)
        if tokens[i].lower == "but":
            return False
        if mention is not None and not mention.possessive:
            return _bound_after(tokens, i, mention.end)
    return False


def _bound_after(tokens, i: int, end: int) -> bool:
    """Whether the side named from token i on (its name ending at character `end`) is bound
    by a modal of obligation right after its name ("but Moscow had to stop firing first")."""
    k = next((k for k in range(i, len(tokens)) if tokens[k].start >= end), len(tokens))
    pair = " ".join(token.lemma for token in tokens[k : k + 2])
    return k < len(tokens) and (tokens[k].lemma in BINDING_MODALS or pair in BINDING_MODALS)


def is_conditional(words: list[str], lowered: str) -> bool:
    """Whether a sentence attaches a condition to what it reports ("provided that…"); a
    negated one ("without conditions", "no preconditions") attaches none, nor does "only"
    in "the only (realistic) path", which names a sole way, not a condition."""
    if not CONDITION_CUES.isdisjoint(words):  # most sentences hold no cue: spare the walk
        cues = (
            i
            for i, w in enumerate(words)
            if w in CONDITION_CUES
            and not is_negated(words[:i], i, 2)
            and not (w == "only" and not SOLE_WAY_NOUNS.isdisjoint(words[i + 1 : i + 3]))
        )
        if next(cues, None) is not None:
            return True
    return _with_reservations(words) or any(p in lowered for p in CONDITION_PHRASES)


def _with_reservations(words: list[str]) -> bool:
    """ "accepted it with (some) reservations": a reservation noun in a "with" phrase."""
    return any(
        w in RESERVATION_NOUNS and not RESERVATION_LINKS.isdisjoint(words[max(0, i - 2) : i])
        for i, w in enumerate(words)
    )


def is_name_compound(a: Analysis, first: int, k: int) -> bool:
    """Whether a name or a state's adjective right before token k makes it a noun: "the Kosovo
    dispute", "Serbian demands". An adjective is no subject, and a country or a person takes
    no bare verb; groups and acronyms may ("the RSF deny"), and so may joint subjects."""
    mention = a.mention_at(a.tokens[k - 1].start) if k > first else None
    if mention is None or mention.possessive or mention.end != a.tokens[k - 1].end:
        return False
    actor, surface = mention.actor, mention.surface
    if actor.kind == "state" and surface != actor.name and " " not in surface:
        # A demonym shares its state's stem ("Serbian", "Sudanese"); a capital does not.
        return surface[:4].lower() == actor.name[:4].lower()
    start = a.token_index(mention.start)
    joined = start > first and a.tokens[start - 1].lower == "and"
    singular = actor.kind in {"state", "person"} and not surface.isupper()
    return singular and not joined and a.tokens[k].lower == a.tokens[k].lemma


def past_time_phrase(words: list[str], k: int) -> int:
    """Where the words from `k` on go on past a short time phrase ("proposed in January by",
    "put forward on 2 May by", "put forward last year by"): `k` itself when none starts there."""
    if k >= len(words) or words[k] not in TIME_PHRASE_OPENERS:
        return k
    m = k + 1
    while m < min(len(words), k + 4) and (words[m].isdigit() or words[m] in _TIME_WORDS):
        m += 1
    return m if m > k + 1 else k


_TIME_WORDS = frozenset(MONTH_PARTS) | frozenset(PERIOD_UNITS) | MONTHS.keys() | frozenset(WEEKDAYS)


def follows_name(a: Analysis, k: int) -> bool:
    """Whether token k comes right after an actor's name that owns nothing: there a bare verb
    form ("The Houthis set two conditions") has that name for its subject, where after a plain
    word it may be a noun ("an army demand")."""
    if k == 0:
        return False
    before = a.mention_at(a.tokens[k - 1].start)
    return before is not None and not before.possessive and before.end == a.tokens[k - 1].end


def in_title_case(a: Analysis, sentence: int) -> bool:
    """Whether a sentence is set in title case, as a headline ("Pakistan-Afghanistan Ceasefire
    Extended After Istanbul Talks"): its capitals then name nothing."""
    tokens = a.tokens[a.sentence_tokens[sentence].start : a.sentence_tokens[sentence].stop]
    content = [t.text for t in tokens if len(t.text) > _TITLE_CASE_SHORT and t.text.isalpha()]
    capitals = sum(word[0].isupper() for word in content)
    return len(content) >= _TITLE_CASE_WORDS and capitals >= _TITLE_CASE_SHARE * len(content)


# Headlines capitalise every word of more than three letters; sentences name a few things.
_TITLE_CASE_SHORT, _TITLE_CASE_WORDS, _TITLE_CASE_SHARE = 3, 4, 0.8

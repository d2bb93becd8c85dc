"""Meetings: calls, talks, summits and visits, one record per distinct event."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from . import grammar
from .actors import Token
from .analysis import Analysis
from .coreference import article_state, is_person, main_sides, mediators_in, named_mediators
from .dates import DateMention, find_dates, period_days, period_start, periods_ahead
from .grammar import (
    CLAUSE_MARKS,
    STRONG_MARKS,
    breaks_after,
    breaks_between,
    clause_subject,
    infinitive_governor,
    is_past,
    joint_opening,
    joint_sides,
    resolve_person,
    source_phrase_end,
    subjects,
)
from .lexicon import (
    ABSENCE_MARKERS,
    ANAPHORIC_DETERMINERS,
    APPEARANCE_PREPOSITIONS,
    APPEARANCE_VERBS,
    ARRANGING_MODALS,
    ARTICLES,
    BE_FORMS,
    BRIEFING_VERBS,
    BROADCAST_NOUNS,
    CALL_CUES,
    CANCELLED_VERBS,
    CLAUSE_OPENERS,
    CONTACT_PARTICLES,
    CONTACT_SUPPORT_VERBS,
    CONTACT_VERBS,
    CONTINUATION_VERBS,
    DAY_WORDS,
    DEFINITE_DETERMINERS,
    DENIALS,
    EXPLETIVE_SUBJECTS,
    FINITE_BE,
    FIRST_PERSON_WORDS,
    GOVERNING_ORGANS,
    HAVE_FORMS,
    HELD_CUES,
    HELD_VERBS,
    HISTORY_PREPOSITIONS,
    HONORIFIC_ANAPHORS,
    HONORIFIC_MODIFIERS,
    HONORIFICS,
    HYPOTHETICAL,
    IN_PERSON_KINDS,
    JOINT_NOUNS,
    LONG_PAST_UNITS,
    MARKING_VERBS,
    MEAL_NOUNS,
    MEDIATOR_NOUNS,
    MEETING_INFINITIVES,
    MEETING_KIND_ORDER,
    MEETING_WORDS,
    MODALS,
    MONTHS,
    NAME_CONJUNCTIONS,
    NEGATIONS,
    NEW_EVENT_MODIFIERS,
    NEXT_SITTING_WORDS,
    OBJECT_PERSON_PRONOUNS,
    OBJECT_VERBS,
    OFFER_ADJECTIVES,
    ONGOING_CUES,
    PARTICLES,
    PARTNER_NOUNS,
    PARTNER_PARTICLES,
    PARTNER_PHRASE_OPENERS,
    PARTNER_PREPOSITIONS,
    PARTNER_VERBS,
    PARTY_LEADS,
    PERIOD_UNITS,
    PERSON_PRONOUNS,
    PLACE_HEAD_NOUNS,
    PLACE_PREPOSITIONS,
    PLANNED_CUES,
    PLANNED_VERBS,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRESS_NOUNS,
    PROPOSAL_NOUNS,
    QUALIFYING_CUES,
    REACTION_PASSIVES,
    RELATIVE_PRONOUNS,
    RELATIVES,
    REPORTING_VERBS,
    RESCHEDULED_TO,
    RESCHEDULING_VERBS,
    RESUMPTION_WORDS,
    SECOND_PERSON_WORDS,
    SERIES_NOUNS,
    SIDE_COUNT_ADJECTIVES,
    SIGNATURE_NOUNS,
    SIGNING_ACTS,
    SIGNING_ARRANGERS,
    SIGNING_PARTNERS,
    SOURCE_PHRASES,
    SUBJECT_GAP_WORDS,
    THING_PRONOUNS,
    TIME_PREPOSITIONS,
    TIME_RELATIVES,
    TITLE_WORDS,
    TRIP_PARTICLES,
    TRIP_VERBS,
    UNREAL_DETERMINERS,
    UNTENSED_BE,
    URGING_PARTICLES,
    VERB_AUXILIARIES,
    VISITOR_NOUNS,
    WEEKDAYS,
    WORKING_MEAL_MODIFIERS,
)
from .records import MeetingRecord, Span
from .transcripts import spoken_turns

# Days that own an event ("Thursday's session", "yesterday's call"), as "the" defines it.
_OWNING_DAYS = frozenset(WEEKDAYS + DAY_WORDS)
# "next" qualifies a noun a few words on ("the next high-level meeting").
_QUALIFIED_REACH = 3
# Readiness governs a contact word a few words on ("ready to hold direct talks").
_OFFER_REACH = 5
# How far back a marker before a name is looked for, in characters ("neither ").
_MARKER_REACH = 12
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words of a time phrase before a clause it dates ("since the spring of 2024, when").
_TIME_PHRASE_WORDS = 6
# Words after a meeting noun its "of" phrase may name a side in ("of the EU foreign ministers").
_OF_REACH = 4
# A contact dated longer ago than this before publication is the story's background.
_HISTORY_DAYS = 365
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,4})(?=([a-z]*))")
# Partners of a contact are named within a clause of the meeting word; farther names are
# usually the topic ("a call with X … a plan that Y had proposed").
_NEAR_BEFORE, _NEAR_AFTER = 12, 15
# Words between a verb and the contact noun it holds ("held a brief video call").
_HOLDER_REACH = 4
# Determiners and common words of a venue between a contact verb and its guest ("at his
# office", "at the presidential palace").
_VENUE_DETERMINERS = ARTICLES | POSSESSIVE_PRONOUNS
_VENUE_WORDS = 2
# A partner phrase follows its contact word within a few words ("spoke by phone with X").
_PARTNER_REACH = 5
# Words from a speech verb to the "alongside" of a joint appearance ("speaking at a Downing
# Street press conference alongside X").
_APPEARANCE_REACH = 9
# Words of the title and name after "alongside" ("French President Emmanuel Macron").
_APPEARANCE_NAME_WORDS = 5
# How many words a reporting verb's object or phrase may take before the date of the speech.
_SPEECH_REACH = 4
_SENTENCE_MARKS = CLAUSE_MARKS + ".!?\n"
# Finite auxiliaries that open a subject's predicate ("has been postponed", "will go ahead").
_PREDICATE_LEADS = MODALS | HAVE_FORMS | FINITE_BE
# Verbs whose irregular past ("met", "held") reports a contact that happened.
_TENSED_VERBS = HELD_VERBS | CONTACT_VERBS.keys()
# State media put honorifics before the guest ("received His Excellency Mr X").
_HONORIFIC_LEADS = HONORIFICS | HONORIFIC_ANAPHORS | HONORIFIC_MODIFIERS
_PARTY_LEADS = ANAPHORIC_DETERMINERS | TITLE_WORDS | PARTY_LEADS | _HONORIFIC_LEADS
# Lemmas that make "speak" a call ("spoke by phone"); a partner verb alone does not.
_CALL_ONLY_CUES = CALL_CUES - PARTNER_VERBS
_SUBJECT_GAP = VERB_AUXILIARIES | SUBJECT_GAP_WORDS
# Contact verbs that hold the talks they are for ("met for talks"); a trip only leads to them.
_MEETING_VERBS = CONTACT_VERBS.keys() - TRIP_VERBS
# "who", "whom", "whose": a relative clause about a person, never about the meeting.
_PERSON_RELATIVES = RELATIVES - RELATIVE_PRONOUNS


class _Told(NamedTuple):
    """A meeting a sentence reports: whether only a purpose plans it, whether its word refers
    back to a meeting told before, and whether the word's own phrase names a side."""

    meeting: MeetingRecord
    weak: bool
    anaphoric: bool
    sides_named: bool = True


def meeting_stage(a: Analysis) -> Analysis:
    """Find contacts between actors and merge repeated mentions of one event."""
    meetings: list[MeetingRecord] = []
    tentative: list[bool] = []  # planned only because of a purpose ("in town for talks")
    speakers = a.speakers_by_sentence()
    # "both delegations" stands for the sides of the meetings found so far.
    live = a
    for s in range(len(a.sentences)):
        found = _meetings_in(live, s, speakers, meetings)
        signing = not found
        if signing:
            found = _act_meetings(live, s, speakers)
        for meeting, weak, anaphoric, sides_named in found:
            moving = _moves(a, s, meeting)
            told = (meeting, speakers.get(s), sides_named)
            same = _antecedent(a, meetings, told, anaphoric, tentative, weak, moving)
            if same is None and signing:
                same = _signed_at(a, meetings, meeting)
            if same is None and anaphoric:
                meeting = _of_the_negotiation(a, meeting)
            if same is None:
                meeting = _between_the_sides(a, meeting)
            if same is not None:
                if _came_due(a, meetings[same], meeting, s):
                    meeting = replace(meeting, status="held")
                    meetings[same] = replace(meetings[same], status="unknown")
                meetings[same] = _merge(meetings[same], meeting, tentative[same], weak)
                if moving:
                    meetings[same] = replace(
                        meetings[same],
                        date=meeting.date,
                        date_text=meeting.date_text,
                        status=meeting.status,
                    )
                tentative[same] = tentative[same] and weak
            elif len(_sides(a, meeting.participants)) >= 2:
                meetings.append(meeting)
                tentative.append(weak)
        if found:
            live = a.replaced(meetings=tuple(meetings))
    return a.replaced(meetings=tuple(meetings))


def _moves(a: Analysis, s: int, meeting: MeetingRecord) -> bool:
    """Whether this mention moves the meeting to the date it gives, which then replaces the
    day reported before ("due today … The session has been pushed back to Thursday")."""
    toks = a.tokens[a.sentence_tokens[s].start : a.sentence_tokens[s].stop]
    return meeting.status == "planned" and _moved_to(a, a.sentences[s], toks) is not None


def _came_due(a: Analysis, old: MeetingRecord, new: MeetingRecord, s: int) -> bool:
    """ "are due to meet today … The meeting has started": a meeting planned for a day that has
    come, which a later sentence says began or took place ("the talks have begun", "the
    meeting ended"), was held."""
    published = a.document.published
    if old.status != "planned" or old.date is None or published is None or old.date > published:
        return False
    if new.status != "held" or new.date not in (None, old.date):
        return False
    toks = a.tokens[a.sentence_tokens[s].start : a.sentence_tokens[s].stop]
    for k in range(len(toks) - 1):
        if toks[k].lower not in MEETING_WORDS:
            continue
        verb = toks[k + 2] if toks[k + 1].lower in HAVE_FORMS and k + 2 < len(toks) else toks[k + 1]
        if verb.lemma in HELD_VERBS and is_past(verb, HELD_VERBS):
            return True
    return False


def _contact_sides(a: Analysis, s: int, contact, series: bool, speakers, before) -> tuple:
    """The participants of the contact word at `anchor` and whether it refers back to a contact
    reported before; where it names fewer than two sides, the sides last reported sit again
    ("the talks are to resume", "will meet again", "the previous round")."""
    toks, anchor, kind, own = contact
    words = a.words(s)
    earlier = _last_sides(before, kind)
    anaphoric = _is_anaphoric(words, anchor) or _day_owned(a, toks, anchor)
    participants = _parties_of(a, s, a.sentences[s], a.sentence_tokens[s], anchor, kind, speakers)
    if anaphoric and _resumes(toks, own):
        # "the talks are to resume in April": another sitting of the sides last reported.
        participants = list(dict.fromkeys([*participants, *earlier]))
        anaphoric = False
    elif len(_sides(a, participants)) < 2 and _sits_again(a, toks, anchor, own):
        # "Talks are expected to continue in Cairo", "will meet again": no partner named, the
        # sides last reported sit again.
        participants = list(dict.fromkeys([*participants, *earlier]))
    # "the next meeting of the ministers" continues a run only when it names no side; "the
    # next meeting of the EU ministers" may be theirs alone.
    next_of_run = _in_run(words, anchor) and not _names_in_phrase(a, toks, anchor, own)
    if len(_sides(a, participants)) < 2 and (series or _names_pair(toks) or next_of_run):
        # "the DGMOs of the two countries", "the previous round", "the next meeting of the
        # ministers": the parties of the contact last reported.
        participants = list(dict.fromkeys([*participants, *earlier]))
    return participants, anaphoric


def _meetings_in(
    a: Analysis, s: int, speakers: dict[int, str], before: list[MeetingRecord]
) -> list[_Told]:
    """The meetings a sentence reports: one, one per partner of separate contacts ("spoke
    with X and later with Y"), or one per day of a series ("two rounds on 16 May and 2 June"),
    each with whether only a purpose plans it and whether it refers back."""
    words, lemmas = a.words(s), a.lemmas(s)
    if _CONTACT_NOUNS.isdisjoint(words) and _CONTACT_VERB_LEMMAS.isdisjoint(lemmas):
        return []
    span = a.sentences[s]
    indices = a.sentence_tokens[s]
    toks = a.tokens[indices.start : indices.stop]
    call_cued = _call_cued(a, toks)
    triggers = _triggers(a, toks, words, lemmas, call_cued)
    if not triggers:
        return []
    main = _main_clause(a, toks, triggers)
    kind = _kind(toks, main, call_cued)
    anchor = next(n for n in main if _kind_of(toks[n]) == kind)
    own = _clause(a, toks, anchor, strong_only=False)  # read by the rules below
    if _is_history(a, toks, own):
        return []
    series = words[anchor] in SERIES_NOUNS
    contact = (toks, anchor, kind, own)
    participants, anaphoric = _contact_sides(a, s, contact, series, speakers, before)
    if not anaphoric and len(_sides(a, participants)) < 2:
        return []
    separate = _separate_contacts(a, s, toks, triggers, participants, speakers)
    if separate:
        return [
            _Told(*_record(a, span, toks, n, head, people), False) for n, head, people in separate
        ]
    if series and words[anchor][-1] == "s":
        sittings = _sittings(a, span, toks, anchor, kind, participants)
        if sittings:
            return [_Told(*found, False) for found in sittings]
    # An anaphoric meeting word leaves the other clauses' contact verbs their own events
    # ("after the meeting, the two sides agreed to convene their commissions").
    clauses = _clause_contacts(a, s, toks, triggers, main, [anchor] if anaphoric else main)
    # The partners a relative clause names are its contact's, not the main clause's; so are
    # all the names of a subordinate clause's contact.
    participants = [p for p in participants if p not in clauses.taken]
    found = [_Told(*_record(a, span, toks, n, n, people), False) for n, people in clauses.contacts]
    if anaphoric or len(_sides(a, participants)) >= 2:
        main_contact, weak = _record(a, span, toks, anchor, anchor, participants, kind, own)
        # An offer with no day fixed arranges nothing ("ready to host a conference").
        if not _is_offer(a, toks, anchor) or _offer_day(a, span, toks, anchor, own):
            # a contact verb's sides are its subject and object wherever they stand
            named = words[anchor] not in _CONTACT_NOUNS or _names_in_phrase(a, toks, anchor, own)
            found.insert(0, _Told(main_contact, weak, anaphoric, named))
    return found


def _act_meetings(a: Analysis, s: int, speakers: dict[int, str]) -> list[_Told]:
    """ "X and Y initialled the protocol in Almaty", "are to sign it in Astana on 15 December":
    two sides who sign a text at a place meet there, whether or not a contact word says so."""
    if SIGNING_ACTS.isdisjoint(a.lemmas(s)) and SIGNATURE_NOUNS.isdisjoint(a.words(s)):
        return []
    span, indices = a.sentences[s], a.sentence_tokens[s]
    toks = a.tokens[indices.start : indices.stop]
    words = [t.lower for t in toks]
    for n in range(len(toks)):
        if not _signs(toks, n) or _denied(toks, n) or _unreal_signing(a, s, toks, words, n):
            continue
        own = _clause(a, toks, n, strong_only=False)
        if _signed_long_ago(a, toks, own, n) or _of_the_text(a, s, toks, n):
            continue
        if not (_venue_in(toks, n, own) or _cleft_venue(toks, n)):
            continue
        participants = _signers(a, s, indices.start + n, own, speakers)
        if len(_sides(a, participants)) < 2:
            continue
        # "initialled … in Almaty with the mediation of Kazakhstan": the go-between sits too.
        participants += sorted(mediators_in(a, span) - set(participants))
        tense = "held" if _signed(toks, n) else "planned"
        return [_Told(*_record(a, span, toks, n, n, participants, "meeting", own, tense), False)]
    return []


def _signers(a: Analysis, s: int, verb: int, own: range, speakers: dict[int, str]) -> list[str]:
    """Who signs: the subject of the signing verb or of the verb arranging it ("X and Y agreed
    to sign"), the agents of a passive ("was signed by X and Y"), and partners "with" it."""
    first = a.sentence_tokens[s].start
    clause = range(first + own.start, first + own.stop)
    after = [k for k in range(verb + 1, clause.stop) if a.tokens[k].lower in SIGNING_PARTNERS]
    if grammar.is_passive(a, s, verb):
        by = [k for k in after if a.tokens[k].lower == "by"]
        names = grammar.passive_agents(a, s, by[0]) if by else []
    else:
        governor = verb - 2 if a.tokens[verb - 1].lower == "to" else verb
        names = subjects(a, s, governor, speakers)
    partners = [grammar.passive_agents(a, s, k) for k in after if a.tokens[k].lower == "with"]
    return list(dict.fromkeys([*names, *(n for found in partners for n in found)]))


def _unreal_signing(a: Analysis, s: int, toks, words: list[str], n: int) -> bool:
    """A signing that does not take place: urged, refused or negated ("urged X to sign",
    "will sign nothing", "will not sign"), or held to a condition ("would sign if …")."""
    verb = a.sentence_tokens[s].start + n
    if words[n - 1] == "to" and (n < 2 or toks[n - 2].lemma not in SIGNING_ARRANGERS):
        return True
    governor = n - 2 if words[n - 1] == "to" else n
    negated = grammar.is_verb_negated(a, s, verb) or grammar.is_verb_negated(
        a, s, verb - n + governor
    )
    if negated or grammar.has_negative_subject(words, governor):
        return True
    if n + 1 < len(words) and words[n + 1] in NEGATIONS:
        return True  # "will sign nothing"
    if grammar.is_hypothetical(words, governor):
        return True
    lemmas = [t.lemma for t in toks]
    later = range(n + 1, len(words))
    return any(
        words[k] in HYPOTHETICAL
        and not grammar.is_adverbial_once(words, k)
        and grammar.opens_finite_clause(words, lemmas, k)
        for k in later
    )


def _signed_long_ago(a: Analysis, toks, own: range, n: int) -> bool:
    """A signing (verb n) its own clause, or a phrase fronted or clefted before it, dates more
    than a year back ("in 2019", "In 2018, X and Y signed", "It was in 2018 that", "last
    year", "two years ago") is background; a past year elsewhere in the sentence ("X and Y,
    at war in 1998, signed …") dates something else."""
    published = a.document.published
    if published is None:
        return False
    focus = _cleft_focus(toks, n)
    start = focus.start if focus else _fronted_phrase_start(a, toks, own)
    own = range(start, own.stop)
    if _is_history(a, toks, own):
        return True
    words = [toks[k].lower for k in own]
    if any(w in LONG_PAST_UNITS and nxt == "ago" for w, nxt in zip(words, words[1:], strict=False)):
        return True
    text = a.document.text[toks[own.start].start : toks[own.stop - 1].end]
    dates = find_dates(text, published, future=False)
    return any(
        d.value is not None
        and d.value < published
        and (
            (published - d.value).days > _HISTORY_DAYS
            or (d.granularity == "year" and d.value.year < published.year)
        )
        for d in dates
    )


# How many words a phrase fronted before a clause may have ("Back in December 2018,").
_FRONTED_WORDS = 5


def _fronted_phrase_start(a: Analysis, toks, own: range) -> int:
    """Where a clause starts with the phrase fronted before it ("In 2018, X and Y signed …"):
    the sentence's first words when they are few, name nobody and end in a comma."""
    lead = own.start
    if not 0 < lead <= _FRONTED_WORDS:
        return lead
    if not breaks_between(a, toks[lead - 1], toks[lead], ","):
        return lead
    if any(a.mention_at(toks[k].start) is not None for k in range(lead)):
        return lead
    return 0


def _of_the_text(a: Analysis, s: int, toks, n: int) -> bool:
    """ "the deal, which X and Y signed in Jeddah", "the accord it signed": a relative clause
    telling how the text came about, its object gone before the verb, is background."""
    if n + 1 < len(toks) and toks[n + 1].lower not in PREPOSITIONS:
        return False  # the verb has an object of its own: "signed a deal in Jeddah"
    own = _clause(a, toks, n, strong_only=False)
    if any(_opens_object(toks, k) for k in range(n + 2, own.stop)):
        return False  # "initialled on Tuesday in Almaty the protocol"
    if grammar.is_passive(a, s, a.sentence_tokens[s].start + n):
        return False  # "the deal was signed by X and Y"
    k = n - 1
    while k >= 0 and _in_subject(a, toks[k]):
        k -= 1
    if k < 0:
        return False
    before = toks[k]
    if before.lower in RELATIVE_PRONOUNS:
        return True
    return before.text.islower() and before.text.isalpha() and before.lower not in PREPOSITIONS


def _opens_object(toks, k: int) -> bool:
    """An article at word k opening a noun phrase no preposition governs: a verb's object."""
    return toks[k].lower in ARTICLES and toks[k - 1].lower not in PREPOSITIONS


def _in_subject(a: Analysis, token) -> bool:
    """A word a signer's subject may be made of: a name, a pronoun, "and", an auxiliary."""
    word = token.lower
    named = a.mention_at(token.start) is not None
    return named or word in PERSON_PRONOUNS | THING_PRONOUNS | NAME_CONJUNCTIONS | SUBJECT_GAP_WORDS


def _signed_at(a: Analysis, meetings: list[MeetingRecord], new: MeetingRecord) -> int | None:
    """The meeting of the same sides a signing is told at, whoever signs ("X met Y in the Oval
    Office … X's and Y's ministers signed at the White House a declaration"): the last one
    in person of its status and, if both are dated, its day."""
    sides = _sides(a, new.participants)
    for i in sorted(range(len(meetings)), key=lambda i: -_last_mention(meetings[i])):
        old = meetings[i]
        if old.kind not in IN_PERSON_KINDS or old.status != new.status:
            continue
        if (old.date and new.date and old.date != new.date) or _apart_in_time(a, old, new):
            continue
        if len(_sides(a, old.participants) & sides) >= 2:
            return i
    return None


def _signs(toks, n: int) -> bool:
    """A signing verb, not the noun ("a sign of goodwill") or adjective ("initial talks"): an
    inflected form other than the gerund, or the bare form after "to" or a modal of intent;
    or a signing idiom's verb."""
    token = toks[n]
    if _marks_signature(toks, n):
        return True
    if token.lemma not in SIGNING_ACTS or token.lower.endswith("ing"):
        return False
    if token.lower != token.lemma:
        return token.lower != token.lemma + "s"  # "initials" is a noun as often as a verb
    return n > 0 and (toks[n - 1].lower == "to" or toks[n - 1].lower in ARRANGING_MODALS)


def _marks_signature(toks, n: int) -> bool:
    """ "put their initials to the text", "affixed his signature to it": a signing idiom's
    verb, in any form but the gerund."""
    if toks[n].lemma not in MARKING_VERBS or toks[n].lower.endswith("ing") or n + 2 >= len(toks):
        return False
    return toks[n + 1].lower in POSSESSIVE_DETERMINERS and toks[n + 2].lower in SIGNATURE_NOUNS


def _signed(toks, n: int) -> bool:
    """Whether a signing is told as done: a past form; an idiom's verb ("put", "set") reads as
    past unless "to" or a modal sets it ahead."""
    if not _marks_signature(toks, n):
        return is_past(toks[n], ())
    return n == 0 or not (toks[n - 1].lower == "to" or toks[n - 1].lower in ARRANGING_MODALS)


def _cleft_focus(toks, n: int) -> range | None:
    """ "It was in Almaty that X and Y initialled the protocol": the phrase a cleft before the
    act puts first ("It was in Almaty"), a place or a time of the act; None without one."""
    for k in range(n - 3):
        if toks[k].lower not in EXPLETIVE_SUBJECTS or toks[k + 1].lemma != "be":
            continue
        that = next((j for j in range(k + 3, n) if toks[j].lower == "that"), None)
        if that is not None and toks[k + 2].lower in PREPOSITIONS:
            return range(k, that)
    return None


def _cleft_venue(toks, n: int) -> bool:
    focus = _cleft_focus(toks, n)
    return (
        focus is not None
        and toks[focus.start + 2].lower in PLACE_PREPOSITIONS
        and any(_names_place(toks[j]) for j in range(focus.start + 3, focus.stop))
    )


def _names_place(token) -> bool:
    return token.text[:1].isupper() and token.lower not in MONTHS and token.lower not in WEEKDAYS


def _venue_in(toks, n: int, own: range) -> bool:
    """Whether the clause places the act after its verb ("in Almaty", "at the Elysee"): a
    place, not a time ("in December", "on Tuesday")."""
    for k in range(n + 1, own.stop - 1):
        if toks[k].lower not in PLACE_PREPOSITIONS:
            continue
        place = toks[k + 2] if toks[k + 1].lower in ARTICLES and k + 2 < own.stop else toks[k + 1]
        if _names_place(place):
            return True
    return False


def _triggers(a: Analysis, toks, words: list[str], lemmas: list[str], call_cued: bool):
    """The words of a sentence that report a contact; a trip only when nothing else in its
    clause names the contact ("flew to Doha for talks")."""
    triggers = [
        n
        for n, (word, lemma) in enumerate(zip(words, lemmas, strict=True))
        if (word in _CONTACT_NOUNS or lemma in CONTACT_VERBS) and _is_trigger(a, toks, n, call_cued)
    ]
    return [n for n in triggers if not _leads_to_other(a, toks, n, triggers)]


@dataclass(frozen=True)
class _ClauseContacts:
    """The contacts of a sentence's relative and subordinate clauses, with their partners,
    and the names they take from the main clause's contact."""

    contacts: list[tuple[int, list[str]]]
    taken: set[str]


def _clause_contacts(a: Analysis, s: int, toks, triggers, main, governing) -> _ClauseContacts:
    main, governing = set(main), set(governing)  # asked of every trigger of a long sentence
    relatives = _relative_contacts(a, a.sentences[s], toks, triggers, main)
    subordinates = _subordinate_contacts(a, a.sentence_tokens[s], toks, triggers, governing)
    taken = {name for _, people in relatives for name in people[1:]}
    taken |= {name for _, people in subordinates for name in people}
    return _ClauseContacts(relatives + subordinates, taken)


def _offer_day(a: Analysis, span: Span, toks, anchor: int, own: range) -> bool:
    """Whether an offered contact has a day of its own ("ready to host talks on Monday"); the
    day of another contact in a person's relative clause is not its."""
    dates = _day_dates(a, _span_dates(a, span, _status(a, toks, anchor, own)))
    return _governed_date(a, dates, toks[anchor], strict=True) is not None


def _is_offer(a: Analysis, toks, anchor: int) -> bool:
    """ "France was ready to host a conference", "open to direct talks": readiness just
    before the contact offers it; no meeting is arranged."""
    for k in range(anchor - 1, max(-1, anchor - _OFFER_REACH), -1):
        if toks[k].lower in OFFER_ADJECTIVES:
            return True
        if breaks_between(a, toks[k], toks[k + 1], STRONG_MARKS):
            return False
    return False


def _is_history(a: Analysis, toks, scope: range) -> bool:
    """ "co-hosted the Jeddah talks in 2023", "the last round, held in November 2024": a
    contact its clause (`scope`) dates more than a year before publication is background,
    not news."""
    published = a.document.published
    if published is None:
        return False
    stop = scope.stop
    if stop < len(toks) and is_past(toks[stop], _TENSED_VERBS):
        stop = _clause(a, toks, stop, strong_only=False).stop  # ", held in Caracas in 2024"
    since = _since_when(a, toks, scope.start)
    if since is not None and (published - since).days > _HISTORY_DAYS:
        return True  # "since late March 2024, when X hosted Y"
    for k in range(scope.start, stop - 1):
        if toks[k].lower != "in":
            continue
        month = MONTHS.get(toks[k + 1].lower)
        year = toks[k + 2] if month and k + 2 < stop else toks[k + 1]
        if _YEAR.fullmatch(year.text):
            when = date(int(year.text), month or 12, 1)
            if (published - when).days > _HISTORY_DAYS:
                return True
    return False


def _since_when(a: Analysis, toks, k: int) -> date | None:
    """The earliest day the phrase after "since" can mean when a clause opened by "when" at
    token k dates itself by it ("since the spring of 2024, when …": 1 January 2024)."""
    if toks[k].lower not in TIME_RELATIVES:
        return None
    opening = range(max(0, k - _TIME_PHRASE_WORDS), k)
    since = next((j for j in reversed(opening) if toks[j].lower in HISTORY_PREPOSITIONS), None)
    if since is None:
        return None
    phrase = toks[since + 1 : k]
    text = a.document.text[phrase[0].start : phrase[-1].end] if phrase else ""
    days = [d.value for d in find_dates(text, a.document.published, future=False) if d.value]
    if days:
        return min(days)
    years = [int(m.group()) for t in phrase if (m := _YEAR.search(t.text))]
    months = [MONTHS[t.lower] for t in phrase if t.lower in MONTHS]
    return date(years[0], months[0] if months else 1, 1) if years else None


def _last_sides(before: list[MeetingRecord], kind: str) -> tuple[str, ...]:
    """The participants of the contact of this kind last mentioned, else of another kind in
    person, else of any: "the last round", "another meeting" or "the talks will resume"
    continue the talks, not a call reported in between."""
    same = (
        [m for m in before if m.kind == kind]
        or [m for m in before if {m.kind, kind} <= IN_PERSON_KINDS]
        or before
    )
    return max(same, key=_last_mention).participants if same else ()


def _sits_again(a: Analysis, toks, anchor: int, own: range) -> bool:
    """ "Talks are expected to continue next week", "will resume in April": a later sitting
    ahead; "talks resumed this morning" goes on with the round already reported. `own` is
    the meeting word's clause."""
    # "Talks are to continue", not "continue to press for a dialogue": the talks go on.
    goes_on = any(toks[k].lemma in CONTINUATION_VERBS for k in range(anchor + 1, own.stop))
    resumes = goes_on or _resumes(toks, own)
    return resumes and _status(a, toks, anchor, own) == "planned"


def _leads_to_other(a: Analysis, toks, n: int, triggers: list[int]) -> bool:
    """Whether word n is a trip to a contact another word of its clause names."""
    if toks[n].lemma not in TRIP_VERBS:
        return False
    scope = _clause(a, toks, n, strong_only=True)
    return any(k in scope and toks[k].lemma not in TRIP_VERBS for k in triggers)


def _resumes(toks, own: range) -> bool:
    """Whether the meeting word's clause resumes the contact ("talks will resume", "meet again")."""
    return any(_resumption(toks[k]) for k in own)


def _resumption(token: Token) -> bool:
    return token.lemma in RESUMPTION_WORDS or token.lower in RESUMPTION_WORDS


def _relative_contacts(a: Analysis, span: Span, toks, triggers: list[int], main: set[int]):
    """ "X, who spoke by phone with Y on Monday, said France would host a conference": a
    contact verb in a relative clause is its own contact, between X and the names of its
    clause."""
    found = []
    for n in triggers:
        if n in main or n < 2 or toks[n - 1].lower != "who" or toks[n].lemma not in CONTACT_VERBS:
            continue
        before = a.mentions_in(span.start, toks[n - 1].start)
        end = next((k for k in range(n + 1, len(toks)) if _opens(a, toks, k, CLAUSE_MARKS)), None)
        stop = toks[end].start if end is not None else span.end
        partners = [m.actor.name for m in a.mentions_in(toks[n].end, stop)]
        if before and partners:
            found.append((n, list(dict.fromkeys([before[-1].actor.name, *partners]))))
    return found


def _subordinate_contacts(a: Analysis, indices: range, toks, triggers: list[int], main):
    """ "The talks come a week after X met Y": a contact verb in a clause opened by a
    subordinator is another event, between the names or joint sides of its own clause."""
    found = []
    for n in triggers:
        if n in main or toks[n].lower in _CONTACT_NOUNS or toks[n].lemma not in _MEETING_VERBS:
            continue
        scope = _clause(a, toks, n, strong_only=False)
        if toks[scope.start].lower not in CLAUSE_OPENERS:
            continue  # "X met Y and the two men held talks": one event, told twice
        window = range(indices.start + scope.start, indices.start + scope.stop)
        people = _names_in(a, toks, scope.start, scope.stop)
        people = list(dict.fromkeys(people + _joint_sides(a, indices, window)))
        if len(_sides(a, people)) >= 2:
            found.append((n, people))
    return found


def _parties_of(a: Analysis, s: int, span: Span, indices: range, anchor: int, kind: str, speakers):
    """The sides a contact joins: those named near its word, else all the sentence names."""
    participants = _participants(a, span, indices, kind)
    subject = (
        _pronoun_subject(a, s, indices, anchor, speakers)
        or _interview_subject(a, s, indices, anchor, speakers)
        or _speaker_in_contact(a, s, indices, anchor, speakers)
        or _gerund_subject(a, s, indices, anchor, speakers)
    )
    guest = _pronoun_guest(a, s, indices, anchor, speakers)
    named = [p for p in (subject, guest) if p] + _travellers(a, s, indices, anchor, speakers)
    named += _contact_subjects(a, s, indices, anchor, speakers)
    aside = _aside_names(a, indices, anchor)
    participants = [p for p in dict.fromkeys([*named, *participants]) if p not in aside]
    near = list(dict.fromkeys([*named, *_near(a, participants, indices, anchor)]))
    return near if len(_sides(a, near)) >= 2 else participants


def _record(
    a: Analysis,
    span: Span,
    toks,
    anchor: int,
    head: int,
    participants,
    kind: str | None = None,
    own: range | None = None,
    tense: str | None = None,
) -> tuple[MeetingRecord, bool]:
    """The meeting a contact word reports, dated by the day its partner phrase governs, and
    whether its status is only a purpose's; `own` is the contact word's clause if read,
    `tense` the status its verb's form gives when no cue of the clause does."""
    appearance = _appearance(a, toks, anchor) is not None
    kind = "meeting" if appearance else kind or _kind(toks, [anchor], _call_cued(a, toks))
    # A joint appearance is told as it happens, whatever the speech it frames says ahead.
    raw = None if appearance else _status(a, toks, anchor, own) or tense
    moved = _moved_to(a, span, toks)
    if moved is not None:
        # Put off to a new day, the meeting is still on: that day dates it and sets its tense;
        # put off to a week or a month, it is planned with no day.
        planned = None if moved.granularity == "day" else "planned"
        return _build(a, span, kind, participants, planned, moved), False
    found = _span_dates(a, span, raw)
    when = _governed_date(a, _day_dates(a, found), toks[head])
    if when is None or not _in_clause(a, when, toks[head]):
        # "agreed to convene in October, and … 'tomorrow'": the clause's own month or week
        # outranks a day from another clause.
        own = own if own is not None and head == anchor else _clause(a, toks, head, False)
        when = _clause_period(found, toks, own) or when
    if when is None and raw in ("planned", "intended"):
        when = _period_ahead(a, span)
    return _build(a, span, kind, participants, raw, when), raw == "intended"


def _in_clause(a: Analysis, date: DateMention, at: Token) -> bool:
    if date.start >= at.end:
        return not _breaks(a, at.end, date.start)
    return date.end <= at.start and not _breaks(a, date.end, at.start)


def _clause_period(dates: list[DateMention], toks, own: range) -> DateMention | None:
    """The week or month the meeting word's own clause gives it ("in October", "next week",
    "a meeting that had been planned for last week"), if any."""
    start, end = toks[own.start].start, toks[own.stop - 1].end
    periods = [d for d in dates if d.granularity != "day" and start <= d.start < end]
    return periods[0] if periods else None


def _period_ahead(a: Analysis, span: Span) -> DateMention | None:
    """The week or month ahead a planned contact with no day is set for ("will reconvene
    next week"): the sentence's one such period."""
    ahead = periods_ahead(span.text, a.document.published, span.start)
    return ahead[0] if len(ahead) == 1 else None


def _moved_to(a: Analysis, span: Span, toks) -> DateMention | None:
    """The new date of a meeting moved to one ("postponed to Dec. 4", "pushed back to
    Thursday", "put off until next month"), if the sentence moves it."""
    starts = None  # the sentence's dates, read only once a rescheduling verb is found
    for k, token in enumerate(toks[:-2]):
        if token.lemma not in RESCHEDULING_VERBS:
            continue
        to = k + 2 if toks[k + 1].lower in PARTICLES else k + 1
        if to + 1 < len(toks) and toks[to].lower in RESCHEDULED_TO:
            if starts is None:
                dates = find_dates(span.text, a.document.published, span.start, future=True)
                starts = {d.start: d for d in dates if d.value is not None}
            day = starts.get(toks[to + 1].start)
            if day is not None:
                return day
    return None


def _sittings(a: Analysis, span: Span, toks, anchor: int, kind: str, participants):
    """One meeting per day given after a plural series noun ("the rounds on 16 May and 2 June"),
    none unless it gives several; days in a row are one round ("sessions on Wednesday and
    Thursday")."""
    raw = _status(a, toks, anchor)
    dates = _clause_dates(a, _day_dates(a, _span_dates(a, span, raw)), toks[anchor])
    if len(dates) < 2:
        return []
    return [
        (_build(a, span, kind, participants, raw, when), raw == "intended")
        for when in _first_days(dates)
    ]


def _first_days(dates: list[DateMention]) -> list[DateMention]:
    """The first day of each run of days in a row: a round over days is dated by its first,
    as a span of days is."""
    unresolved = [d for d in dates if d.value is None]  # a weekday with no publication date
    days = sorted((d for d in dates if d.value is not None), key=lambda d: d.value)
    firsts = [d for i, d in enumerate(days) if i == 0 or (d.value - days[i - 1].value).days > 1]
    return firsts + unresolved


def _span_dates(a: Analysis, span: Span, raw: str | None) -> list[DateMention]:
    # A purpose's day is usually the arrival's, so it takes no tense ("arrived on Tuesday").
    future = {"planned": True, "held": False}.get(raw or "")
    return find_dates(span.text, a.document.published, span.start, future=future)


def _day_dates(a: Analysis, dates: list[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.granularity == "day" and not _dates_speech(a, d)]


def _build(a, span, kind, participants, raw, when: DateMention | None) -> MeetingRecord:
    """`when` dates the meeting when it names a day; a week or a month is kept as its text."""
    day = when if when is not None and when.granularity == "day" else None
    return MeetingRecord(
        title=_title(a, participants, kind),
        kind=kind,
        participants=tuple(participants),
        evidence=span,
        status=_final_status(raw, day, a),
        date=day.value if day else None,
        date_text=when.text if when else None,
        location=_place(span.text),
        confidence=_sureness(day, raw),
    )


def _final_status(raw: str | None, when: DateMention | None, a: Analysis) -> str:
    """A purpose reads as planned; talks going on are held unless dated ahead."""
    if raw == "intended":
        return "planned"
    if raw == "ongoing":
        return "planned" if _status_from_date(when, a) == "planned" else "held"
    return raw or _status_from_date(when, a)


# Every contact noun and verb, for a quick first look at a sentence's words.
_CONTACT_NOUNS = frozenset(MEETING_WORDS) | frozenset(PARTNER_NOUNS) | frozenset(MEAL_NOUNS)
_CONTACT_VERB_LEMMAS = frozenset(CONTACT_VERBS)
# Words before a meal that make it a contact: "a working lunch", "a trilateral dinner".
_WORKING_MEAL_WORDS = WORKING_MEAL_MODIFIERS | SIDE_COUNT_ADJECTIVES


def _kind_of(token: Token) -> str | None:
    return (
        MEETING_WORDS.get(token.lower)
        or PARTNER_NOUNS.get(token.lower)
        or MEAL_NOUNS.get(token.lower)
        or CONTACT_VERBS.get(token.lemma)
    )


def _is_trigger(a: Analysis, toks, n: int, call_cued: bool) -> bool:
    """Whether word n reports a contact: a contact noun, or a contact verb with its partner
    (or, for "speak", in a sentence about a phone call)."""
    token = toks[n]
    if _denied(toks, n) or _reaction(toks, n):
        return False
    if token.lower in MEETING_WORDS and not _is_bare_verb(toks, n):
        return _is_contact_noun(toks, n) and not _interview_medium(a, toks, n)
    if token.lower in PARTNER_NOUNS:
        return _word_after(toks, n) in PARTNER_PHRASE_OPENERS
    if token.lower in MEAL_NOUNS:
        working = n > 0 and toks[n - 1].lower in _WORKING_MEAL_WORDS
        return working or _word_after(toks, n) in PARTNER_PHRASE_OPENERS
    if token.lemma not in CONTACT_VERBS:
        return False
    if token.lemma in PARTNER_VERBS:
        # "spoke with X" but not "spoke to reporters"; "X and Y spoke by phone" too.
        head = _partner_head(a, toks, n, len(toks))
        partner = head is not None and _party_object(a, toks, head) is not None
        seated = n + 1 < len(toks) and CONTACT_PARTICLES.get(token.lemma) == toks[n + 1].lower
        return partner or call_cued or seated
    if token.lemma in OBJECT_VERBS:
        party = _party_object(a, toks, n)
        if party is None or token.lemma not in BRIEFING_VERBS:
            return party is not None
        body = a.mention_at(toks[party].start)
        return body is None or body.actor.kind != "organization"
    if token.lemma in TRIP_VERBS:
        k = n + 1
        while k < len(toks) and toks[k].lower in TRIP_PARTICLES:
            k += 1
        return k < len(toks) and toks[k].lower == "to" and _party_object(a, toks, k) is not None
    return True


def _is_bare_verb(toks, n: int) -> bool:
    """ "a group diplomats call the Quad", "they visit Kyiv": a noun form after a plural
    subject is the verb, which then needs its party."""
    if n == 0 or toks[n].lemma not in CONTACT_VERBS or toks[n].lower != toks[n].lemma:
        return False
    before = toks[n - 1]
    plural = before.text.islower() and before.lower.endswith("s") and before.lower != before.lemma
    return before.lower in PLURAL_PRONOUNS or (plural and before.lower not in _CONTACT_NOUNS)


def _is_contact_noun(toks, n: int) -> bool:
    word, lemma = toks[n].lower, toks[n].lemma
    after = toks[n + 1].lower if n + 1 < len(toks) else ""
    if word == "video":
        return after not in BROADCAST_NOUNS
    if word == "conference":
        return n == 0 or toks[n - 1].lower not in PRESS_NOUNS
    # "call for"/"calls on" urge, "call off" cancels.
    return lemma != "call" or after not in URGING_PARTICLES


def _denied(toks, n: int) -> bool:
    """ "there can be no peace talks", "we will not negotiate": a refusal, no contact."""
    before = [t.lower for t in toks[max(0, n - 3) : n]]
    if toks[n].lower in MEETING_WORDS:
        # "no" or "any" opens the noun phrase: at most one modifier between ("no direct
        # talks", "rejected any talks").
        near = before[-2:]
        openers = [k for k, word in enumerate(near) if word in UNREAL_DETERMINERS]
        return bool(openers) and all(w.isalpha() for w in near[openers[-1] :])
    return bool(before) and before[-1] in DENIALS or before[-2:-1] == ["not"]


def _reaction(toks, n: int) -> bool:
    """ "a strike would be met with a response": a passive contact verb before "with" is how
    something is answered, not a contact."""
    before = toks[n - 1].lower if n else ""
    after = toks[n + 1].lower if n + 1 < len(toks) else ""
    return toks[n].lemma in REACTION_PASSIVES and before in BE_FORMS and after == "with"


def _interview_medium(a: Analysis, toks, n: int) -> bool:
    """ "told reporters by phone", "said by telephone": how a speaker reached the press; a
    party told ("told Modi by phone") makes it a contact."""
    if n < 2 or toks[n - 1].lower != "by":
        return False
    for k in range(n - 2, max(-1, n - 8), -1):
        if toks[k].lemma in CONTACT_VERBS:
            return False
        if a.mention_at(toks[k].start) is not None:
            return False
        if toks[k].lemma in REPORTING_VERBS:
            return True
    return False


def _word_after(toks, n: int) -> str:
    """The word after n past particles and adverbs ("sat down with", "spoke directly to")."""
    k = n + 1
    while k < len(toks) and toks[k].lower in PARTNER_PARTICLES:
        k += 1
    return toks[k].lower if k < len(toks) else ""


def _party_object(a: Analysis, toks, n: int) -> int | None:
    """Where the party a contact verb takes starts ("received the Eritrean envoy", "called his
    counterpart"); none for a thing ("received support", "called the plan a ruse")."""
    k = n + 1
    for _ in range(2):  # the venue and the day in either order
        k = _venue_phrase(a, toks, _past_time_phrase(a, toks, k))
    if k < len(toks) and _is_guest_pronoun(toks, k, len(toks)):
        return k
    while k < len(toks) and toks[k].lower in _PARTY_LEADS:
        k += 1
    # Up to two adjectives before the party ("a high-level Sudanese delegation").
    for _ in range(3):
        if k >= len(toks) or _is_party_word(toks[k]) or a.mention_at(toks[k].start):
            break
        # A capitalised word is a title's ("Special Envoy") only before the title's head.
        titled = k + 1 < len(toks) and _is_party_word(toks[k + 1])
        if toks[k].lower in PREPOSITIONS or not (toks[k].text.islower() or titled):
            return None
        k += 1
    if k >= len(toks):
        return None
    if _is_party_word(toks[k]):
        return k
    mention = a.mention_at(toks[k].start)
    if mention is None:
        return None
    end = k + 1
    while end < len(toks) and toks[end].start < mention.end:
        end += 1
    after = toks[end] if end < len(toks) else None
    if after is None or _is_party_word(after) or _is_party_word(toks[end - 1]):
        return k  # "the Sudanese delegation" may be one alias
    # A state's name before a plain word may qualify a thing ("the Eritrean offer"), unless
    # a title follows the plain word ("the Egyptian intelligence chief").
    titled = end + 1 < len(toks) and _is_party_word(toks[end + 1])
    plain = after.text.isalpha() and after.text.islower() and mention.actor.kind != "person"
    plain = plain and not titled
    joins = after.lower in PREPOSITIONS or after.lower == "and"
    if mention.possessive:
        return k if titled else None  # "Norway's special envoy", not "Norway's offer"
    return k if joins or not plain else None


def _venue_phrase(a: Analysis, toks, k: int) -> int:
    """The word after a venue that opens at k, else k: state media put the venue too between
    the verb and its guest ("received today at the Ministry's General Diwan Mr X", "received
    at his office this morning the envoy")."""
    if k >= len(toks) or toks[k].lower not in PLACE_PREPOSITIONS:
        return k
    owned = k + 1 < len(toks) and toks[k + 1].lower in _VENUE_DETERMINERS
    end = k + 2 if owned else k + 1
    start = end
    while end < len(toks) and toks[end].text[:1].isupper() and toks[end].lower not in HONORIFICS:
        end += 1
    if end == start and owned:
        # A venue in common words after its determiner: "at his office", "at the palace".
        for stop in range(start + 1, min(len(toks), start + _VENUE_WORDS) + 1):
            if not toks[stop - 1].text.islower():
                break
            if _guest_follows(a, toks, stop):
                return stop
        return k
    return end if end > start and _guest_follows(a, toks, end) else k


def _guest_follows(a: Analysis, toks, k: int) -> bool:
    """Whether the guest, or the day before the guest, opens at k."""
    if k >= len(toks):
        return False
    return toks[k].lower in HONORIFICS | ARTICLES or _past_time_phrase(a, toks, k) != k


def _past_time_phrase(a: Analysis, toks, k: int) -> int:
    """The word after a date that opens at k, else k: state media put the day between the
    verb and its object ("received on Saturday the envoy", "received yesterday the envoy")."""
    start = k + 1 if k < len(toks) and toks[k].lower == "on" else k
    if start >= len(toks):
        return k
    text = a.document.text[toks[start].start : toks[-1].end]
    dates = find_dates(text, a.document.published, toks[start].start)
    if not dates or dates[0].start != toks[start].start:
        return k
    end = start
    while end < len(toks) and toks[end].start < dates[0].end:
        end += 1
    return end


def _is_party_word(token: Token) -> bool:
    """A noun naming people who meet: "delegation", "envoy", "commanders"."""
    return token.lower in VISITOR_NOUNS or token.lemma in TITLE_WORDS


def _dates_speech(a: Analysis, date: DateMention) -> bool:
    """A date right after or before a reporting verb dates the speech, not the meeting
    ("said Thursday", "India on Saturday asserted that talks would be held on Monday")."""
    k = a.token_index(date.start)
    end = a.token_index(date.end)
    before = a.tokens[k - 1] if k > 0 else None
    after = a.tokens[end] if end < len(a.tokens) else None
    gap = a.document.text[date.end : after.start] if after else ""
    return _reports(before) or (_reports(after) and not gap.strip()) or _after_speech(a, k, end)


def _after_speech(a: Analysis, k: int, end: int) -> bool:
    """Whether the date at tokens k..end closes a reporting verb's own phrase that closes its
    sentence ("…, an official told the Courier on Sunday."): no contact word lies between the
    verb and the date, nor after the date ("he said on 15 January, after meeting Tshisekedi")."""
    # The few words before the date are read first: most dates close no speech, and the rest
    # of the sentence is then left unread.
    return _closes_speech(a, k) and not _contact_after(a, end)


def _closes_speech(a: Analysis, k: int) -> bool:
    """Whether a reporting verb's phrase ends just before token k, no contact word between."""
    for j in range(k - 1, max(-1, k - 1 - _SPEECH_REACH), -1):
        token = a.tokens[j]
        if breaks_between(a, token, a.tokens[j + 1], _SENTENCE_MARKS) or _contact_word(token):
            return False
        # a held verb reports the contact ("concluded"); a capital is a name ("the State
        # Department")
        if _reports(token) and token.lemma not in HELD_VERBS and token.text.islower():
            return True
    return False


def _contact_after(a: Analysis, end: int) -> bool:
    """Whether a contact word stands at token `end` or after it in its sentence."""
    for j in range(end, len(a.tokens)):
        if j > end and breaks_between(a, a.tokens[j - 1], a.tokens[j], ".!?\n"):
            break
        if _contact_word(a.tokens[j]):
            return True
    return False


def _contact_word(token: Token) -> bool:
    return token.lower in _CONTACT_NOUNS or token.lemma in CONTACT_VERBS


def _reports(token: Token | None) -> bool:
    # Contact verbs ("spoke", "met") are dated by the meeting they report.
    return token is not None and token.lemma in REPORTING_VERBS and token.lemma not in CONTACT_VERBS


def _aside_names(a: Analysis, indices: range, anchor: int) -> set[str]:
    """ "X, whom Y appointed in May, will travel…": the names only a person's relative aside
    before the contact word holds, which take no part. An aside telling a contact of its own
    ("X, who spoke with Y on Monday, said…") is left to the rules for that contact."""
    toks = a.tokens[indices.start : indices.stop]
    inside, outside = set(), set()
    k = 0
    while k < anchor:
        if toks[k].lower in _PERSON_RELATIVES and k and breaks_after(a, indices.start + k - 1):
            end = _clause_stop(a, toks, k)
            if end <= anchor and not any(_kind_of(t) for t in toks[k:end]):
                inside.update(m.actor.name for m in a.mentions_in(toks[k].start, toks[end - 1].end))
                k = end
                continue
        if (mention := a.mention_at(toks[k].start)) is not None:
            outside.add(mention.actor.name)
        k += 1
    for mention in a.mentions_in(toks[anchor].start, toks[-1].end):
        outside.add(mention.actor.name)
    return inside - outside


def _travellers(a: Analysis, s: int, indices: range, anchor: int, speakers) -> list[str]:
    """ "X, whom Y appointed in May, will travel to Riyadh for talks with Z": who takes the
    trip that leads to the contact, the subject of the trip verb before it in its clause."""
    toks = a.tokens[indices.start : indices.stop]
    trips = [k for k in range(anchor) if toks[k].lemma in TRIP_VERBS]
    if not trips or _breaks(a, toks[trips[-1]].end, toks[anchor].start):
        return []
    trip = infinitive_governor(a, indices.start + trips[-1], indices.start)
    return subjects(a, s, trip, speakers)


def _contact_subjects(a: Analysis, s: int, indices: range, anchor: int, speakers) -> list[str]:
    """ "X and his counterpart Y held a video call": the subject of the verb that makes the
    contact, however far its names stand from the contact word. An infinitive's subject is
    left to the rules for joint and resumed sittings ("the mediators planned to reconvene
    the delegations" are the sides' sitting)."""
    verb = _contact_verb(a.tokens, indices, indices[anchor])
    if verb is None:
        return []
    # "According to X, Y and Z held talks": the source reports the contact.
    source = {m.actor.name for m in a.mentions_in(*_source_phrase(a, indices))}
    found = subjects(a, s, verb, speakers)
    return [name for name in found if name not in source]


def _contact_verb(tokens, indices: range, k: int) -> int | None:
    """The contact verb at token k, or the verb holding the contact noun there ("held a
    video call"), past its determiner and modifiers."""
    if tokens[k].lower not in _CONTACT_NOUNS:
        return k if tokens[k].lemma in _MEETING_VERBS else None
    for j in range(k - 1, max(indices.start, k - _HOLDER_REACH) - 1, -1):
        if tokens[j].lemma in CONTACT_SUPPORT_VERBS:
            return j
        if not tokens[j].text.islower() or tokens[j].lower in PREPOSITIONS:
            return None
    return None


def _pronoun_subject(a: Analysis, s: int, indices: range, anchor: int, speakers) -> str | None:
    """ "he spoke separately by phone with X": the person a subject pronoun stands for."""
    k = indices[anchor] - 1
    # Auxiliaries, adverbs and a passive's "was" ("he was also received by the emir").
    while k > indices.start and (
        a.tokens[k].lower in _SUBJECT_GAP or a.tokens[k].lower.endswith("ly")
    ):
        k -= 1
    if k < indices.start or a.tokens[k].lower not in PERSON_PRONOUNS:
        return None
    return resolve_person(a, s, a.tokens[k].start, speakers)


def _interview_subject(a: Analysis, s: int, indices: range, anchor: int, speakers):
    """ "You met X in Benghazi last week?" in an interviewer's question, "I met X" or "we
    received X" in an answer: the interviewee, who speaks the answers."""
    k = _subject_position(a, indices, anchor)
    if k is None or a.in_quote(a.tokens[k].start):
        return None
    word = a.tokens[k].lower
    if word not in FIRST_PERSON_WORDS | SECOND_PERSON_WORDS:
        return None
    # An answer's own speaker, not one it reports ("He was clear that…" in an answer).
    turns = {turn.sentence: turn.speaker for turn in spoken_turns(a)}
    if word in FIRST_PERSON_WORDS:
        return turns.get(s, speakers.get(s))
    if s in speakers or s in turns:
        return None
    # The question's answer follows it within a few sentences.
    answer = next((turns[n] for n in range(s + 1, s + 4) if n in turns), None)
    return answer if answer is not None and is_person(a, answer) else None


def _subject_position(a: Analysis, indices: range, anchor: int) -> int | None:
    """The token before a contact verb past its auxiliaries and adverbs, where its subject
    pronoun stands."""
    k = indices[anchor] - 1
    while k > indices.start and (
        a.tokens[k].lower in _SUBJECT_GAP or a.tokens[k].lower.endswith("ly")
    ):
        k -= 1
    return k if k >= indices.start else None


def _pronoun_guest(a: Analysis, s: int, indices: range, anchor: int, speakers) -> str | None:
    """ "the emir received him": the person named in the sentences before."""
    k = indices[anchor] + 1
    if k >= indices.stop or not _is_guest_pronoun(a.tokens, k, indices.stop):
        return None
    return resolve_person(a, s, a.sentences[s].start, speakers)


def _is_guest_pronoun(toks, k: int, stop: int) -> bool:
    # "her" is also a possessive ("received her counterpart"): a pronoun only before a
    # preposition or the end.
    word = toks[k].lower
    if word not in OBJECT_PERSON_PRONOUNS:
        return False
    return word == "him" or k + 1 >= stop or toks[k + 1].lower in PREPOSITIONS


def _gerund_subject(a: Analysis, s: int, indices: range, anchor: int, speakers) -> str | None:
    """ "he said in Kinshasa, after meeting President X": a contact gerund after a time
    preposition is the act of the sentence's speaker."""
    k = indices[anchor]
    token = a.tokens[k]
    if not token.lower.endswith("ing") or token.lemma not in _MEETING_VERBS:
        return None
    if k == indices.start or a.tokens[k - 1].lower not in TIME_PREPOSITIONS:
        return None
    return speakers.get(s)


def _speaker_in_contact(a: Analysis, s: int, indices: range, anchor: int, speakers):
    """ "X said in a phone call with Y": who speaks during a contact takes part in it."""
    k = indices[anchor] - 1
    # Back over the noun phrase's determiner and modifiers ("a brief phone").
    while (
        k > indices.start and a.tokens[k].text.islower() and a.tokens[k].lower not in PREPOSITIONS
    ):
        k -= 1
    if k <= indices.start or a.tokens[k].lower not in PREPOSITIONS:
        return None
    verb = a.tokens[k - 1]
    if verb.lemma not in REPORTING_VERBS or verb.lemma in CONTACT_VERBS:
        return None
    return clause_subject(a, s, k - 1, speakers) or speakers.get(s)


def _call_cued(a: Analysis, toks) -> bool:
    """Whether the sentence tells of a phone or video call; "call" as a verb only with a party
    as its object ("called his counterpart"), not naming or urging ("called the offer a
    trap", "called for a truce")."""
    return any(
        t.lemma in _CALL_ONLY_CUES and not (_is_verb_form(t) and _party_object(a, toks, n) is None)
        for n, t in enumerate(toks)
    )


def _is_verb_form(token) -> bool:
    """An inflected verb form that no noun shares ("called", "calling"; "calls" may be either)."""
    return token.lower != token.lemma and not token.lower.endswith("s")


def _kind(toks, triggers: list[int], call_cued: bool) -> str:
    kinds = {_kind_of(toks[n]) for n in triggers}
    if "call" in kinds and not call_cued:
        # "speak"/"spoke" alone is a call only when no other contact word is present.
        kinds = kinds - {"call"} or {"call"}
    return next(k for k in MEETING_KIND_ORDER if k in kinds)


def _in_run(words: list[str], anchor: int) -> bool:
    """ "the next meeting", "another high-level session": one more of a run of contacts."""
    before = words[max(0, anchor - _QUALIFIED_REACH) : anchor]
    return not NEXT_SITTING_WORDS.isdisjoint(before)


def _names_in_phrase(a: Analysis, toks, anchor: int, own: range) -> bool:
    """Whether the meeting word's own phrase names a side ("the next EU meeting", "the next
    meeting of the EU ministers"); a speaker elsewhere in the sentence names none."""
    phrase = range(max(own.start, anchor - _QUALIFIED_REACH), min(own.stop, anchor + _OF_REACH))
    # a name may stand inside a word: "the Sudan-RSF talks"
    return any(a.mention_at(toks[k].start) or _sides_in_word(a, toks[k]) for k in phrase)


def _names_pair(toks) -> bool:
    """ "the two countries", "both sides", "a trilateral dinner": the parties already in the
    story."""
    for n in range(1, len(toks)):
        if toks[n].lower in _CONTACT_NOUNS and toks[n - 1].lower in SIDE_COUNT_ADJECTIVES:
            return True
        if toks[n].lemma in JOINT_NOUNS and toks[n].lower != toks[n].lemma:
            before = toks[n - 1].lower
            if before == "both" or (before == "two" and n > 1 and toks[n - 2].lower == "the"):
                return True
    return False


def _separate_contacts(a: Analysis, s: int, toks, triggers: list[int], participants, speakers):
    """Contacts with different partners ("spoke with X and later with Y", "met X and phoned
    Y"): (contact word, partner phrase, participants) for each; none for a single event.
    Their shared subject is the first contact verb's, when the names near the contacts are
    all partners ("X met his Azerbaijani counterpart Y and later phoned Z")."""
    heads = _partner_heads(a, toks, triggers)
    if len(heads) < 2:
        return []
    groups = []
    for i, (_, head) in enumerate(heads):
        end = heads[i + 1][1] if i + 1 < len(heads) else len(toks)
        groups.append(_names_in(a, toks, head, end))
    sides = [_sides(a, group) for group in groups]
    if not all(sides) or len(frozenset().union(*sides)) < sum(map(len, sides)):
        return []
    partners = {name for group in groups for name in group}
    subject = [p for p in participants if p not in partners]
    if not subject:
        verb = a.sentence_tokens[s].start + heads[0][0]
        subject = [p for p in subjects(a, s, verb, speakers) if p not in partners]
    if not subject:
        return []
    return [(n, head, [*subject, *group]) for (n, head), group in zip(heads, groups, strict=True)]


def _partner_heads(a: Analysis, toks, triggers: list[int]) -> list[tuple[int, int]]:
    """Where each contact's partner phrase begins, with the contact word it belongs to."""
    heads = []
    for i, n in enumerate(triggers):
        stop = triggers[i + 1] if i + 1 < len(triggers) else len(toks)
        head = _partner_head(a, toks, n, stop)
        if head is not None:
            heads.append((n, head))
            heads += [(n, k) for k in range(head + 1, stop) if _repeats(toks, head, k)]
    return heads


def _partner_head(a: Analysis, toks, n: int, stop: int) -> int | None:
    token = toks[n]
    if token.lower not in MEETING_WORDS and token.lemma not in PARTNER_VERBS:
        return _party_object(a, toks, n)
    if (appearance := _appearance(a, toks, n)) is not None:
        return appearance
    for k in range(n + 1, min(stop, n + _PARTNER_REACH)):
        if toks[k].lower == "with" or (toks[k].lower == "to" and token.lemma in PARTNER_VERBS):
            return k
        if breaks_between(a, toks[k - 1], toks[k]):
            return None
    return None


def _appearance(a: Analysis, toks, n: int) -> int | None:
    """ "Speaking at a press conference alongside X yesterday": where the person a speech verb
    appears beside starts, a joint appearance being a meeting of the two."""
    if toks[n].lemma not in APPEARANCE_VERBS:
        return None
    for k in range(n + 1, min(len(toks) - 1, n + _APPEARANCE_REACH)):
        if breaks_between(a, toks[k - 1], toks[k]):
            return None
        if toks[k].lower in APPEARANCE_PREPOSITIONS and _person_after(a, toks, k):
            return k
    return None


def _person_after(a: Analysis, toks, k: int) -> bool:
    """Whether a person is named in the title and name phrase after token k."""
    end = toks[min(len(toks) - 1, k + _APPEARANCE_NAME_WORDS)].end
    return any(is_person(a, m.actor.name) for m in a.mentions_in(toks[k].end, end))


def _repeats(toks, head: int, k: int) -> bool:
    """ "with X and later with Y": a repeated preposition after "and" opens another partner."""
    if toks[k].lower != toks[head].lower or toks[head].lower not in PARTNER_PREPOSITIONS:
        return False
    j = k - 1
    while j > head and toks[j].lower in PARTNER_PARTICLES:
        j -= 1
    return toks[j].lower == "and"


def _names_in(a: Analysis, toks, first: int, end: int) -> list[str]:
    stop = toks[end].start if end < len(toks) else toks[-1].end
    found = a.mentions_in(toks[first].start, stop)
    return list(dict.fromkeys(m.actor.name for m in found if not _is_place(a, m, toks[0].start)))


def _status(a: Analysis, toks, anchor: int, own: range | None = None) -> str | None:
    """The status the cues of the meeting word's own clause (`own`, if read) give, then of its
    sentence part between strong breaks; a cancellation in another clause does not decide,
    and a tense there only when the meeting's own clause has none."""
    if own is None:
        own = _clause(a, toks, anchor, strong_only=False)
    stop = _next_sitting(a, toks, own)
    aside = _about_people(a, toks, anchor)
    status = _status_in(toks, anchor, range(own.start, min(own.stop, stop)), aside)
    if not status:
        part = _clause(a, toks, anchor, strong_only=True)
        status = _status_in(toks, anchor, range(part.start, min(part.stop, stop)), aside)
    if status:
        return status
    cues = (_cue(toks, k) for k in _cue_words_outward(toks, range(stop), anchor, aside))
    return next((cue for cue in cues if cue), None)


def _about_people(a: Analysis, toks, anchor: int) -> frozenset[int]:
    """The tokens of relative clauses about a person after the meeting word ("a call between
    X and Y, who agreed that the summit should go ahead"): their tense is not the meeting's."""
    aside = set()
    for k in range(anchor + 1, len(toks)):
        if toks[k].lower in _PERSON_RELATIVES and k not in aside:
            aside.update(range(k, _clause_stop(a, toks, k)))
    return frozenset(aside)


def _clause_stop(a: Analysis, toks, k: int) -> int:
    """Where the clause opened at word k stops: the first word after a clause mark."""
    end = k + 1
    while end < len(toks) and not breaks_between(a, toks[end - 1], toks[end], CLAUSE_MARKS):
        end += 1
    return end


# The words a later clause about another sitting may hold: one resuming talks or naming a contact.
_SITTING_WORDS = RESUMPTION_WORDS | MEETING_WORDS.keys()


def _next_sitting(a: Analysis, toks, own: range) -> int:
    """Where a later clause about the next sitting or another contact begins ("met for six
    hours, and were due to reconvene at 9 pm", "a call on Tuesday between X and Y, who agreed
    that the Istanbul meeting should go ahead"): its tense is that sitting's, not this one's.
    The end if none; `own` is the meeting word's clause."""
    start = own.stop
    later = toks[start:]
    if not any(t.lower in _SITTING_WORDS or t.lemma in RESUMPTION_WORDS for t in later):
        return len(toks)  # no later word resumes or names a contact: spare the clause walk
    while start < len(toks):
        end = start + 1
        while end < len(toks) and not _opens(a, toks, end, CLAUSE_MARKS):
            end += 1
        if any(_resumption(toks[k]) for k in range(start, end)):
            return start
        # a clause opened by "who", "where", "after"… that names a contact names its own
        opened = toks[start].lower in CLAUSE_OPENERS
        if opened and any(toks[k].lower in MEETING_WORDS for k in range(start + 1, end)):
            return start
        start = end
    return len(toks)


def _status_in(toks, anchor: int, scope: range, aside: frozenset[int]) -> str | None:
    """Within one clause, asides left out: a cancellation wins, then talks going on, a past
    verb after the meeting noun ("talks ended"), the nearest tense cue, and last a purpose
    ("for talks")."""
    # Only the few words that can lead either cue are tested; most clauses hold none.
    leads = [
        k
        for k in scope
        if (toks[k].lemma in _CANCEL_LEADS or toks[k].lower in _ONGOING_WORDS) and k not in aside
    ]
    if any(_cancels(toks, k) for k in leads):
        return "cancelled"
    if any(_ongoing(toks, k) for k in leads):
        return "ongoing"
    if anchor + 1 in scope and _held_after(toks, anchor):
        return "held"
    outward = _cue_words_outward(toks, scope, anchor, aside)
    cues = ((k, cue) for k in outward if (cue := _cue(toks, k)))
    if anchor > 0 and toks[anchor - 1].lower == "for":
        # A purpose: "arrived for talks" only intends them, "met for talks" held them, and so
        # did the talks a relative clause says took place ("for talks, which ended Monday").
        verbs = (cue for k, cue in cues if cue == "planned" or _tells_contact(toks, k))
        return next(verbs, "intended")
    return next((cue for _, cue in cues), None)


def _tells_contact(toks, k: int) -> bool:
    """A contact verb, or a verb whose subject is the talks ("talks, which began")."""
    return toks[k].lemma in _MEETING_VERBS or (k > 0 and toks[k - 1].lower in RELATIVE_PRONOUNS)


def _cue_words_outward(toks, scope: range, anchor: int, aside: frozenset[int]) -> list[int]:
    """The positions of a scope holding `anchor` that `_cue` may read a status from, asides
    left out, nearest first; of two as near, the earlier. Most words can give none, and are
    let go before they are ordered."""
    found = [
        k
        for k in scope
        if (toks[k].lower in _CUE_WORDS or toks[k].lemma in _CUE_LEMMAS) and k not in aside
    ]
    return sorted(found, key=lambda k: (abs(k - anchor), k))


def _clause(a: Analysis, toks, anchor: int, strong_only: bool) -> range:
    """The tokens of the clause around word `anchor`, from the mark or clause opener before it
    to the next; a relative clause right after a meeting noun ("talks, which are under way")
    describes the meeting and stays in."""
    marks = STRONG_MARKS if strong_only else CLAUSE_MARKS
    start = anchor
    while start > 0 and not _opens(a, toks, start, marks):
        start -= 1
    end = anchor + 1
    while end < len(toks):
        if _opens(a, toks, end, marks) and not _relative(toks, anchor, end):
            predicate = _predicate_after_relative(a, toks, end, marks)
            if predicate is None:
                break
            end = predicate
        end += 1
    return range(start, end)


def _predicate_after_relative(a: Analysis, toks, k: int, marks: str) -> int | None:
    """Where the subject's predicate resumes after a relative clause that opens at k ("a
    summit …, which had been planned for May, has been postponed"), if it does."""
    if toks[k].lower not in RELATIVE_PRONOUNS:
        return None
    end = k + 1
    while end < len(toks) and not _opens(a, toks, end, marks):
        end += 1
    return end if end < len(toks) and toks[end].lower in _PREDICATE_LEADS else None


# Each set of clause marks as one character class: `_opens` runs for nearly every word the
# stage reads, and one search of the gap costs less than slicing it and testing each mark.
_MARK_SEARCHES = {
    marks: re.compile(f"[{re.escape(marks)}]").search for marks in (CLAUSE_MARKS, STRONG_MARKS)
}


def _opens(a: Analysis, toks, k: int, marks: str) -> bool:
    """Whether a clause starts at token k: after a mark, or with a clause opener."""
    if toks[k].lower in CLAUSE_OPENERS:
        return True
    return _MARK_SEARCHES[marks](a.document.text, toks[k - 1].end, toks[k].start) is not None


def _main_clause(a: Analysis, toks, triggers: list[int]) -> list[int]:
    """The contact words outside clauses opened by a subordinator ("after a summit was
    cancelled"), which report another event than the main clause; all if none is."""
    if len(triggers) < 2:
        return triggers
    start, main, wanted = 0, [], set(triggers)
    for k in range(triggers[-1] + 1):
        start = k if k and _opens(a, toks, k, CLAUSE_MARKS) else start
        if k in wanted and toks[start].lower not in CLAUSE_OPENERS:
            main.append(k)
    return main or triggers


def _relative(toks, anchor: int, k: int) -> bool:
    # The relative may follow the meeting noun's partner phrase ("talks with Chad, which").
    return k <= anchor + _PARTNER_REACH and toks[k].lower in RELATIVE_PRONOUNS


def _cancels(toks, k: int) -> bool:
    lemma = toks[k].lemma
    if lemma in CANCELLED_VERBS:
        return True
    # "called off" is two tokens; the verb alone means a call.
    return lemma == "call" and k + 1 < len(toks) and toks[k + 1].lower == "off"


def _ongoing(toks, k: int) -> bool:
    """ "ongoing talks", "talks under way", "are holding talks": going on at publication."""
    token = toks[k]
    if token.lower in ONGOING_CUES:
        return True
    if token.lower not in _ONGOING_LEADS or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    if token.lower == "under" and after.lower == "way":
        return True
    contact = after.lemma in CONTACT_VERBS or after.lemma in HELD_VERBS
    return token.lower in FINITE_BE and after.lower.endswith("ing") and contact


# The first words of the two-word cues of talks going on ("under way", "are holding").
_ONGOING_LEADS = FINITE_BE | {"under"}
# The words `_cancels` and `_ongoing` can say yes to, as lemmas and as words.
_CANCEL_LEADS = CANCELLED_VERBS | {"call"}
_ONGOING_WORDS = ONGOING_CUES | _ONGOING_LEADS


def _held_after(toks, anchor: int) -> bool:
    """A past-tense verb right after the meeting noun reports it held ("talks broke down")."""
    after = toks[anchor + 1]
    if toks[anchor].lemma in PARTNER_VERBS or _planned(after):
        return False
    return is_past(after, _TENSED_VERBS) or after.lower in HELD_CUES


# The words and lemmas `_cue` can read a status from; most words are none, and are let go
# before the cue's tests are run.
_CUE_WORDS = QUALIFYING_CUES | PLANNED_CUES | HELD_CUES | {"to"}
_CUE_LEMMAS = PLANNED_VERBS | _TENSED_VERBS


def _cue(toks, k: int) -> str | None:
    token = toks[k]
    if token.lower not in _CUE_WORDS and token.lemma not in _CUE_LEMMAS:
        return None
    after = toks[k + 1] if k + 1 < len(toks) else None
    infinitive = token.lower == "to" and after is not None and after.lemma in MEETING_INFINITIVES
    if _planned(token, toks[k + 1 : k + 1 + _QUALIFIED_REACH]) or infinitive:
        return "planned"
    # A contact verb in the past tense ("met", "phoned") reports a contact that happened; a
    # passive's participle ("will be received") takes its tense from the auxiliary.
    passive = k > 0 and toks[k - 1].lower in UNTENSED_BE
    past = token.lemma in _TENSED_VERBS and is_past(token, _TENSED_VERBS) and not passive
    return "held" if past or token.lower in HELD_CUES else None


def _planned(token: Token, after: list[Token] | None = None) -> bool:
    inflected = token.lemma in PLANNED_VERBS and token.lower != token.lemma
    if token.lower in QUALIFYING_CUES and after is not None:
        return any(_meeting_or_time(t) for t in after)
    return token.lower in PLANNED_CUES or inflected


def _meeting_or_time(token: Token) -> bool:
    """A word "next" may qualify to put a meeting ahead: a meeting word or a time."""
    word = token.lower
    return word in _CONTACT_NOUNS or word in _OWNING_DAYS or word in MONTHS or word in PERIOD_UNITS


def _status_from_date(when: DateMention | None, a: Analysis) -> str:
    published = a.document.published
    if when and when.value and published and when.value != published:
        return "planned" if when.value > published else "held"
    return "unknown"


def _governed_date(
    a: Analysis, dates: list[DateMention], at: Token, strict: bool = False
) -> DateMention | None:
    """The day the meeting phrase governs: first one after it in its clause, else before it,
    else the nearest; `strict` leaves out a day a person's relative clause sets apart. A step
    with an event as its object dates only a contact word in that object ("a day after
    conferring with X")."""
    dates = [d for d in dates if not d.governs or _governs_contact(a, d, at)]
    after = [d for d in dates if d.start >= at.end and not _breaks(a, at.end, d.start)]
    before = [d for d in dates if d.end <= at.start and not _breaks(a, d.end, at.start)]
    if after or before:
        return after[0] if after else before[-1]
    own = [d for d in dates if not _reported_apart(a, d, at)]
    if strict:
        own = [d for d in own if not _set_apart(a, d, at)]
    return min(own, key=lambda d: abs(d.start - at.start), default=None)


def _governs_contact(a: Analysis, step: DateMention, at: Token) -> bool:
    return step.end <= at.start and not _breaks(a, step.end, at.start)


def _set_apart(a: Analysis, date: DateMention, at: Token) -> bool:
    """ "X, who spoke with Y on Monday, said France was ready to host a conference": a day in
    a relative clause about a person that the meeting word is outside of dates that clause."""
    text = a.document.text
    line = text.rfind("\n", 0, min(date.start, at.start)) + 1
    opening = max(text.rfind(mark, line, date.start) for mark in CLAUSE_MARKS)
    if opening < line:
        return False
    words = text[opening + 1 : date.start].split()
    if not words or words[0].lower() not in _PERSON_RELATIVES:
        return False
    ends = [i for mark in CLAUSE_MARKS if (i := text.find(mark, date.end)) >= 0]
    closing = min(ends, default=len(text))
    return not opening < at.start < closing


def _reported_apart(a: Analysis, date: DateMention, at: Token) -> bool:
    """ "On Friday X confirmed that talks would …": a day before the reporting verb of the
    clause the meeting is reported in dates the speech."""
    if date.end > at.start:
        return False
    first, last = a.token_index(date.end), a.token_index(at.start)
    verbs = [k for k in range(first, last) if _reports(a.tokens[k])]
    return any(a.tokens[j].lower == "that" for k in verbs[:1] for j in range(k + 1, last))


def _clause_dates(a: Analysis, dates: list[DateMention], at: Token) -> list[DateMention]:
    """Every day given after the meeting phrase in its clause ("on 16 May and 2 June")."""
    return [d for d in dates if d.start >= at.end and not _breaks(a, at.end, d.start)]


def _breaks(a: Analysis, start: int, end: int) -> bool:
    """Whether a clause mark or clause opener lies between two offsets."""
    gap = a.document.text[start:end]
    if any(mark in gap for mark in CLAUSE_MARKS):
        return True
    first, last = a.token_index(start), a.token_index(end)
    return any(a.tokens[k].lower in CLAUSE_OPENERS for k in range(first, last))


def _sureness(when: DateMention | None, status: str | None) -> float:
    """A meeting with a date given in full is surer than one dated from a weekday, which is
    surer than an undated one; a tense that says planned or held adds to it."""
    if when is None or when.value is None:
        sure = 0.5
    elif any(ch.isdigit() for ch in when.text):
        sure = 0.8
    else:
        sure = 0.7
    return sure + (0.1 if status else 0.0)


def _is_anaphoric(words: list[str], anchor: int) -> bool:
    """A definite meeting noun with no partner after it ("the call", "their talks")."""
    if anchor + 1 < len(words) and words[anchor + 1] in PARTNER_PHRASE_OPENERS:
        return False
    for n in range(anchor - 1, max(-1, anchor - 6), -1):
        if words[n] in _CONTACT_NOUNS:
            # "who chaired the round, conferred with": the determiner is another meeting's.
            return False
        if words[n] in NEW_EVENT_MODIFIERS or words[n] in PREPOSITIONS - {"than"}:
            return False
        if words[n] in VERB_AUXILIARIES:
            # "the cabinet would meet", "that Pakistan had offered talks": the determiner
            # belongs to the subject or opens a clause; it does not define the event.
            return False
        if words[n] in ANAPHORIC_DETERMINERS:
            return True
    return False


def _day_owned(a: Analysis, toks, anchor: int) -> bool:
    """ "Thursday's session", "yesterday's call": a meeting a day's possessive refers back to."""
    if anchor == 0 or toks[anchor - 1].lower not in _OWNING_DAYS:
        return False
    return a.document.text[toks[anchor - 1].end : toks[anchor].start].strip() in {"'s", "’s"}


def _participants(a: Analysis, span: Span, indices: range, kind: str) -> list[str]:
    source = _source_phrase(a, indices)
    names = [
        mention.actor.name
        for mention in a.mentions_in(span.start, span.end)
        # An outlet or a source reports the contact; it takes no part in it.
        if not _is_place(a, mention, span.start)
        and not _names_a_text(a, mention)
        and a.registry.outlets.lookup(mention.actor.name) is None
        and not _absent(a, mention, span.start)
        and not source[0] <= mention.start < source[1]
    ]
    for token in a.tokens[indices.start : indices.stop]:
        if token.text[:1].isupper():
            names += _sides_in_word(a, token)
    names += _governments(a, indices, indices) + _partner_mediators(a, indices)
    return list(dict.fromkeys(names + _joint_sides(a, indices, indices)))


def _partner_mediators(a: Analysis, window: range) -> list[str]:
    """ "held a video call with the mediators": the mediators the article named before, as
    the partners a contact's preposition takes."""
    names = []
    for k in window:
        if a.tokens[k].lower not in MEDIATOR_NOUNS or k - 2 < window.start:
            continue
        before, opener = a.tokens[k - 1].lower, a.tokens[k - 2].lower
        if before in DEFINITE_DETERMINERS and opener in PARTNER_PHRASE_OPENERS:
            names += named_mediators(a, a.tokens[k].start)
    return names


_SOURCE_FIRST_WORDS = frozenset(phrase[0] for phrase in SOURCE_PHRASES)


def _source_phrase(a: Analysis, indices: range) -> tuple[int, int]:
    """The offsets of the sentence's source phrase ("according to the rebels' spokesman, X"):
    to the sentence's end, or to its first comma when it opens the sentence; empty if none."""
    for k in indices:
        # Only a phrase's first word opens one; the look-up spares the call for the others.
        if a.tokens[k].lower not in _SOURCE_FIRST_WORDS or source_phrase_end(a, k) == k:
            continue
        start, end = a.tokens[k].start, a.tokens[indices.stop - 1].end
        if k == indices.start:
            comma = a.document.text.find(",", start, end)
            end = comma if comma >= 0 else end
        return start, end
    return 0, 0


def _absent(a: Analysis, mention, floor: int) -> bool:
    """ "neither Burhan nor Dagalo attended", "went ahead without Hamas": named as absent."""
    before = a.document.text[max(floor, mention.start - _MARKER_REACH) : mention.start].split()
    return bool(before) and before[-1].lower() in ABSENCE_MARKERS


def _governments(a: Analysis, indices: range, window: range) -> list[str]:
    """The state "the government" in the window stands for: the side the article is about."""
    bare = (
        k
        for k in window
        if a.tokens[k].lower in GOVERNING_ORGANS
        and k > indices.start
        and a.tokens[k - 1].lower == "the"
        and a.mention_at(a.tokens[k].start) is None
    )
    return [state for k in bare if (state := article_state(a, a.tokens[k].start))]


def _joint_sides(a: Analysis, indices: range, window: range) -> list[str]:
    """The sides joint nouns in the window stand for ("met both delegations", "the two
    ministers sat down"), from the pair named last or the meetings found so far."""
    names = []
    for k in window:
        # Most words are no joint noun; the look-up spares the call.
        if a.tokens[k].lemma not in JOINT_NOUNS:
            continue
        if (j := joint_opening(a, k, indices.start)) is not None:
            names += joint_sides(a, j, k)
    return names


def _sides_in_word(a: Analysis, token) -> list[str]:
    """Sides named inside a capitalised word: "Ukrainian-Russian talks", "calls with
    Iranians"."""
    hyphened = "-" in token.text
    # Most capitalised words are neither: the mention look-up is spared.
    if not (hyphened or token.text.endswith("s")) or a.mention_at(token.start) is not None:
        return []
    if hyphened:
        parts = token.text.split("-")
        if all(p[:1].isupper() for p in parts):
            return [actor.name for p in parts if (actor := a.registry.lookup(p))]
        return []
    plural = a.registry.lookup(token.text[:-1])
    return [plural.name] if plural else []


def _near(a: Analysis, participants: list[str], indices: range, anchor: int) -> list[str]:
    """The participants named close to the meeting word, where its partners are named."""
    # The window stays inside the sentence: names in the next one are no partners.
    window = range(
        max(indices.start, indices[anchor] - _NEAR_BEFORE),
        _next_phrase(a, indices[anchor], min(indices.stop, indices[anchor] + _NEAR_AFTER + 1)),
    )
    first, last = a.tokens[window.start].start, a.tokens[window.stop - 1].end
    close = {m.actor.name for m in a.mentions_in(first, last)}
    close.update(_joint_sides(a, indices, window), _governments(a, indices, window))
    close.update(_partner_mediators(a, window))
    return [name for name in participants if name in close]


def _next_phrase(a: Analysis, at: int, stop: int) -> int:
    """Where ", and a/the …" after the meeting word opens another thing the sentence tells
    ("the call with X yesterday, and a Cambodian complaint to the UN"), else `stop`: names
    after it are not the contact's partners; a side named there ends a list ("with the RSF,
    Egypt, and the African Union")."""
    tokens = a.tokens
    for k in range(at + 1, stop - 2):
        opens = tokens[k + 1].lower in NAME_CONJUNCTIONS and tokens[k + 2].lower in ARTICLES
        # not "X (NSPNC) and the Y"
        if opens and breaks_after(a, k, ",") and not _ends_name_list(a, at, k):
            return k + 1
    return stop


def _ends_name_list(a: Analysis, first: int, k: int) -> bool:
    """Whether ", and the …" after token k closes a list of names with a serial comma ("with
    the RSF, Egypt, and the African Union"): a name set off by commas before it, and after
    the article a side's name standing alone, not one qualifying ("a Cambodian complaint")
    or owning a noun ("the UN's plan")."""
    before = a.mention_at(a.tokens[k].start)
    if before is None or grammar.gap_before(a, a.token_index(before.start)).strip() != ",":
        return False
    after = a.mention_at(a.tokens[k + 3].start) if k + 3 < len(a.tokens) else None
    if after is None or after.possessive:
        return False
    end = a.token_index(after.end)
    return end >= len(a.tokens) or not grammar.is_name_compound(a, first, end)


_FIRST_CHARACTER = re.compile(r"\S")


def _is_place(a: Analysis, mention, floor: int) -> bool:
    """A mention after "in"/"at" is where the meeting is, not who meets ("talks in Qatar",
    "in the Ethiopian capital"); so is a capitalised dateline ("MUSCAT - ...")."""
    text = a.document.text
    opening = _FIRST_CHARACTER.search(text)
    if opening and opening.start() >= mention.start and text[mention.start : mention.end].isupper():
        return True
    before = text[max(floor, mention.start - 9) : mention.start].split()
    if before and before[-1].lower() in ARTICLES:
        before.pop()
    return bool(before) and before[-1].lower() in PLACE_PREPOSITIONS


def _names_a_text(a: Analysis, mention) -> bool:
    """ "a review of the Pretoria agreement", "the Jeddah Declaration": a state's city that
    names a text after the place it was signed is no side of the meeting."""
    if mention.actor.kind != "state" or mention.surface == mention.actor.name:
        return False
    first, after = a.token_index(mention.start), a.token_index(mention.end)
    following = a.tokens[after].lower if after < len(a.tokens) else ""
    return following in PROPOSAL_NOUNS and first > 0 and a.tokens[first - 1].lower == "the"


def _place(text: str) -> str | None:
    """Where the meeting is: the first "in"/"at" phrase naming a place, not a time ("in May",
    "at Monday's session")."""
    for match in _PLACE.finditer(text):
        place = match.group(1).strip()
        first = place.split()[0]
        if first.lower() in ARTICLES:
            return None
        if match.group(2) in PLACE_HEAD_NOUNS:
            continue  # "in the Venezuelan capital": an adjective, not the place's name
        if first.lower() not in MONTHS and first.lower() not in WEEKDAYS:
            return place
    return None


def _title(a: Analysis, participants, kind: str) -> str:
    """A headline-style title naming each side once, by its person if one is named."""
    actors = a.registry.actors
    labels: dict[str, str] = {}
    for name in participants:
        actor = actors.get(name)
        side = actor.affiliation if actor and actor.affiliation else name
        person = is_person(a, name)
        if side not in labels or person and labels[side] == side:
            labels[side] = name.split()[-1] if person else name
    return f"{'–'.join(list(labels.values())[:3])} {kind}".strip()


def _sides(a: Analysis, participants) -> frozenset[str]:
    """The sides that meet: people count as the state or body they act for."""
    actors = a.registry.actors
    return frozenset(
        (actors[p].affiliation if p in actors and actors[p].affiliation else p)
        for p in participants
    )


def _of_the_negotiation(a: Analysis, meeting: MeetingRecord) -> MeetingRecord:
    """ "Tuesday's talks in Jeddah" with nothing before them to refer to: a round given a day
    is one of the article's negotiation, between its sides. Undated, "the negotiations in
    Riyadh" may name talks the article reports only later, between others."""
    if len(_sides(a, meeting.participants)) >= 2 or meeting.date is None:
        return meeting
    sides = main_sides(a)
    if len(sides) < 2:
        return meeting
    return _among(a, meeting, (*meeting.participants, *sides))


def _between_the_sides(a: Analysis, meeting: MeetingRecord) -> MeetingRecord:
    """Talks that name only their go-betweens ("talks mediated by Qatar and Egypt") are
    between the sides of the article's negotiation, with the go-betweens there too."""
    named = _sides(a, meeting.participants)
    if not named or not named <= mediators_in(a, meeting.evidence):
        return meeting
    sides = [p for p in main_sides(a) if p not in named]
    if len(sides) < 2:
        return meeting
    return _among(a, meeting, (*sides, *meeting.participants))


def _among(a: Analysis, meeting: MeetingRecord, participants: tuple[str, ...]) -> MeetingRecord:
    """The meeting between these participants (each once), titled after them."""
    participants = tuple(dict.fromkeys(participants))
    return replace(meeting, participants=participants, title=_title(a, participants, meeting.kind))


def _antecedent(
    a, meetings, told: tuple[MeetingRecord, str | None], anaphoric: bool, tentative, weak, moving
) -> int | None:
    """The earlier meeting this mention (`told`: with its sentence's speaker and whether its own
    phrase names a side) reports again, if any, the last mentioned first; one put off to a new
    day is one not yet held."""
    new, speaker, sides_named = told
    sides = _sides(a, new.participants)  # the same for every earlier meeting it is held to
    named = _named_besides(a, sides, speaker)
    latest_first = sorted(range(len(meetings)), key=lambda i: -_last_mention(meetings[i]))
    if anaphoric and not moving:
        # "the meeting on 15 December" names the meeting of that day, not the last one told.
        latest_first = _dated_first(meetings, new, latest_first)
    for i in latest_first:
        old = meetings[i]
        if (moving and old.status == "held") or _apart_in_time(a, old, new):
            continue
        if anaphoric and _same_kind(old, new):
            return i
        if anaphoric and new.kind in IN_PERSON_KINDS:
            # "the meeting", "the talks" may name a call just reported, but not one without
            # the sides they name ("the Thailand-Cambodia talks" after a call of others); names
            # elsewhere in the sentence are no sides of theirs ("the discussion took place
            # hours after Iran struck bases in Qatar").
            if not sides_named or len(named) < 2 or named <= _sides(a, old.participants):
                return i
            continue
        shared = len(_sides(a, old.participants) & sides)
        loose = tentative[i] or weak
        if not anaphoric and shared >= 2 and _same_kind(old, new) and _agree(a, old, new, loose):
            return i
    return None


def _named_besides(a, sides: set[str], speaker: str | None) -> set[str]:
    """The sides a mention names besides its sentence's speaker when two remain ("the X-Y
    talks were tense, the EU said"): a speaker outside the pair names no side of the talks."""
    named = sides - _sides(a, [speaker]) if speaker else sides
    return named if len(named) >= 2 else sides


def _dated_first(meetings, new: MeetingRecord, order: list[int]) -> list[int]:
    """The meetings of the day a mention gives first. The rest stay candidates: the day a
    sentence gives may be another event's ("the call … prisoners will be swapped on 19 May")."""
    if new.date is None:
        return order
    same_day = [i for i in order if meetings[i].date == new.date]
    return same_day + [i for i in order if i not in same_day]


def _apart_in_time(a: Analysis, old: MeetingRecord, new: MeetingRecord) -> bool:
    """One is dated to a day before the week or month ahead the other is set for (the round
    "next week" is not the talks held today), or the two are set in weeks or months that do
    not meet (the meeting called off "last week" is not the one due "later this week"). A
    day a mention gives may be another event's, so two days alone set nothing apart."""
    published = a.document.published
    for dated, vague in ((old, new), (new, old)):
        start = period_start(vague.date_text, published) if vague.date is None else None
        if dated.date is not None and start is not None and dated.date < start:
            return True
        if dated.date is not None and _outside(dated.date, _period_of(a, vague)):
            return True  # "this week's meeting" is not "the summit of 8 August 2025"
    spans = [_period_of(a, meeting) for meeting in (old, new)]
    if None in spans:
        return False
    (first, last), (start, end) = spans
    return last < start or end < first


def _outside(day: date, period: tuple[date, date] | None) -> bool:
    return period is not None and not period[0] <= day <= period[1]


def _period_of(a: Analysis, meeting: MeetingRecord) -> tuple[date, date] | None:
    if meeting.date is not None:
        return None
    future = {"planned": True, "held": False}.get(meeting.status)
    return period_days(meeting.date_text, a.document.published, future)


def _last_mention(meeting: MeetingRecord) -> int:
    return max(span.start for span in (meeting.evidence, *meeting.mentions))


def _same_kind(old: MeetingRecord, new: MeetingRecord) -> bool:
    return old.kind == new.kind or {old.kind, new.kind} <= IN_PERSON_KINDS


def _agree(a: Analysis, old: MeetingRecord, new: MeetingRecord, loose: bool) -> bool:
    """Two mentions with their own parties are one event only if date, status and, when both
    name people, they share one and neither meets someone the other lacks ("X received Y …
    X also spoke with Z" are two contacts); a purpose's "planned" binds no status."""
    if old.date and new.date and old.date != new.date:
        return False
    people = [{p for p in m.participants if is_person(a, p)} for m in (old, new)]
    if all(people) and (not people[0] & people[1] or _other_counterparts(*people)):
        return False
    if old.status == "cancelled" and new.status == "planned":
        return False  # once called off, a meeting planned again is a new arrangement
    if {old.status, new.status} == {"held", "cancelled"}:
        return False  # what took place was not called off: "met today … a dinner was cancelled"
    return loose or {old.status, new.status} != {"planned", "held"}


def _other_counterparts(old: set[str], new: set[str]) -> bool:
    return bool(old - new) and bool(new - old)


def _merge(old: MeetingRecord, new: MeetingRecord, old_weak: bool, new_weak: bool):
    """One event from two mentions; a status the report states outranks a purpose's."""
    if old_weak != new_weak:
        keep_old = new_weak and old.status != "unknown"
    else:
        keep_old = old.status != "unknown" and new.status != "cancelled"
    return replace(
        old,
        participants=tuple(dict.fromkeys(old.participants + new.participants)),
        date=old.date or new.date,
        date_text=old.date_text or new.date_text,
        status=old.status if keep_old else new.status,
        location=old.location or new.location,
        mentions=(*old.mentions, new.evidence),
    )

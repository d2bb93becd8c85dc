"""Meetings: calls, talks, summits and visits, one record per distinct event."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Analysis
from .dates import DateMention, find_dates
from .grammar import resolve_person
from .lexicon import (
    ANAPHORIC_DETERMINERS,
    BROADCAST_NOUNS,
    CALL_CUES,
    CANCELLED_CUES,
    HELD_CUES,
    MEETING_INFINITIVES,
    MEETING_WORDS,
    NEW_EVENT_MODIFIERS,
    PARTNER_PREPOSITIONS,
    PARTNER_VERBS,
    PERSON_PRONOUNS,
    PLANNED_CUES,
    PREPOSITIONS,
    REPORTING_VERBS,
    SERIES_NOUNS,
    URGING_PARTICLES,
)
from .records import MeetingRecord, Span

_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,4})")
_KIND_ORDER = ("call", "summit", "visit", "talks", "meeting")
# Face-to-face kinds name one event interchangeably ("the summit" … "their meeting").
_IN_PERSON = {"meeting", "talks", "summit"}
# Partners of a contact are named within a clause of the meeting word; farther names are
# usually the topic ("a call with X … a plan that Y had proposed").
_NEAR_BEFORE, _NEAR_AFTER = 12, 15
# A comma, dash or relative word between a date and the meeting word starts another clause.
_PERFECT = {"had", "has", "have"}
_AUXILIARIES = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to"}
# Phrases that stand for the two parties already in the story.
_PAIR = re.compile(
    r"\b(?:the two|both) (?:countries|sides|nations|governments|neighbou?rs)\b", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\b(?:that|which|who|as|while|after|before)\b")


def meeting_stage(a: Analysis) -> Analysis:
    """Find contacts between actors and merge repeated mentions of one event."""
    meetings: list[MeetingRecord] = []
    speakers = a.speakers_by_sentence()
    for s in range(len(a.sentences)):
        found = _meetings_in(a, s, speakers, meetings[-1].participants if meetings else ())
        for meeting, anaphoric in found:
            same = _antecedent(a, meetings, meeting, anaphoric)
            if same is not None:
                meetings[same] = _merge(meetings[same], meeting)
            elif len(_sides(a, meeting.participants)) >= 2:
                meetings.append(meeting)
    return replace(a, meetings=tuple(meetings))


def _meetings_in(
    a: Analysis, s: int, speakers: dict[int, str], earlier: tuple[str, ...]
) -> list[tuple[MeetingRecord, bool]]:
    """The meetings a sentence reports: one, or one per day of a series ("the two rounds
    held on 16 May and 2 June")."""
    span = a.sentences[s]
    indices = a.token_range(span)
    words = [t.lower for t in a.tokens[indices.start : indices.stop]]
    triggers = [n for n, w in enumerate(words) if w in MEETING_WORDS and _is_trigger(words, n)]
    if not triggers:
        return []
    kind = _kind([words[n] for n in triggers], words)
    anchor = next((n for n in triggers if MEETING_WORDS[words[n]] == kind), triggers[0])
    anaphoric = _is_anaphoric(words, anchor)
    participants = _participants(a, span, indices, kind)
    subject = _pronoun_subject(a, s, indices, anchor, speakers)
    participants = list(dict.fromkeys([subject, *participants])) if subject else participants
    near = _near(a, participants, indices, anchor)
    near = list(dict.fromkeys([subject, *near])) if subject else near
    participants = near if len(_sides(a, near)) >= 2 else participants
    series = words[anchor] in SERIES_NOUNS
    if len(_sides(a, participants)) < 2 and (series or _PAIR.search(span.text)):
        # "the DGMOs of the two countries", "the previous round": the parties of the contact
        # last reported.
        participants = list(dict.fromkeys([*participants, *earlier]))
    if not anaphoric and len(_sides(a, participants)) < 2:
        return []
    status = _tense(words, anchor)
    future = {"planned": True, "held": False}.get(status)
    dates = find_dates(span.text, a.document.published, span.start, future=future)
    dates = [d for d in dates if d.granularity == "day" and not _dates_speech(a, d)]
    sittings = (
        _clause_dates(a, dates, indices[anchor]) if series and words[anchor][-1] == "s" else []
    )
    found = []
    for when in sittings if len(sittings) > 1 else [_governed_date(a, dates, indices[anchor])]:
        meeting = MeetingRecord(
            title=_title(a, participants, kind),
            kind=kind,
            participants=tuple(participants),
            evidence=span,
            status=status or _status_from_date(when, a),
            date=when.value if when else None,
            date_text=when.text if when else None,
            location=_place(span.text),
            confidence=_sureness(when, status),
        )
        found.append((meeting, anaphoric and len(sittings) < 2))
    return found


def _is_trigger(words: list[str], n: int) -> bool:
    word = words[n]
    after = words[n + 1] if n + 1 < len(words) else ""
    if word in PARTNER_VERBS:
        return after in PARTNER_PREPOSITIONS or bool(set(words) & (CALL_CUES - PARTNER_VERBS))
    if word.startswith("call"):
        return after not in URGING_PARTICLES
    if word == "video":
        return after not in BROADCAST_NOUNS
    return True


def _dates_speech(a: Analysis, date: DateMention) -> bool:
    """A date right after or before a reporting verb dates the speech, not the meeting
    ("said Thursday", "India on Saturday asserted that talks would be held on Monday")."""
    k = a.token_index(date.start)
    end = a.token_index(date.end)
    before = a.tokens[k - 1].lower if k > 0 else ""
    after = a.tokens[end].lower if end < len(a.tokens) else ""
    gap = a.document.text[date.end : a.tokens[end].start] if end < len(a.tokens) else ""
    return _reports(before) or (_reports(after) and not gap.strip())


def _reports(word: str) -> bool:
    # Contact verbs ("spoke", "met") are dated by the meeting they report.
    return word in REPORTING_VERBS and word not in MEETING_WORDS


def _pronoun_subject(a: Analysis, s: int, indices: range, anchor: int, speakers) -> str | None:
    """ "he spoke separately by phone with X": the person a subject pronoun stands for."""
    k = indices[anchor] - 1
    while k > indices.start and (
        a.tokens[k].lower in _AUXILIARIES | {"had", "has", "have"}
        or a.tokens[k].lower.endswith("ly")
    ):
        k -= 1
    if k < indices.start or a.tokens[k].lower not in PERSON_PRONOUNS:
        return None
    return resolve_person(a, s, a.tokens[k].start, speakers)


def _kind(triggers: list[str], words: list[str]) -> str:
    kinds = {MEETING_WORDS[w] for w in triggers}
    if kinds & {"call"} and not set(words) & (CALL_CUES - {"speak", "spoke", "spoken"}):
        # "speak"/"spoke" alone is a call only when no other contact word is present.
        kinds = kinds - {"call"} or {"call"}
    return next(k for k in _KIND_ORDER if k in kinds)


def _tense(words: list[str], anchor: int) -> str | None:
    """The status the cue nearest to the meeting word gives; a cancellation anywhere wins."""
    if CANCELLED_CUES.intersection(words) or any(
        _called_off(words, n) for n, w in enumerate(words) if w == "off"
    ):
        return "cancelled"
    after = words[anchor + 1] if anchor + 1 < len(words) else ""
    if after.endswith("ed") and after not in PLANNED_CUES and words[anchor] not in PARTNER_VERBS:
        return "held"  # a past-tense verb right after the meeting noun: "talks ended"
    if anchor > 0 and words[anchor - 1] == "for":
        return "planned"  # a purpose: "arrived in Doha for talks"
    for distance in range(len(words)):
        for n in (anchor - distance, anchor + distance):
            if 0 <= n < len(words):
                cue = _cue(words, n)
                if cue:
                    return cue
    return None


def _called_off(words: list[str], n: int) -> bool:
    # "called off" is two tokens; the verb alone means a call.
    return n > 0 and words[n - 1] in {"call", "called", "calls"}


def _cue(words: list[str], n: int) -> str | None:
    word = words[n]
    infinitive = word == "to" and n + 1 < len(words) and words[n + 1] in MEETING_INFINITIVES
    if word in PLANNED_CUES or infinitive:
        return "planned"
    # A contact verb in the past tense ("called", "contacted") reports a contact that happened.
    if word in HELD_CUES or (word in MEETING_WORDS and word.endswith("ed")):
        return "held"
    return None


def _status_from_date(when: DateMention | None, a: Analysis) -> str:
    published = a.document.published
    if when and when.value and published and when.value != published:
        return "planned" if when.value > published else "held"
    return "unknown"


def _governed_date(a: Analysis, dates: list[DateMention], anchor: int) -> DateMention | None:
    """The day the meeting phrase governs: first one after it in its clause, else before it."""
    start, end = a.tokens[anchor].start, a.tokens[anchor].end
    text = a.document.text
    after = [d for d in dates if d.start >= end and not _CLAUSE_BREAK.search(text, end, d.start)]
    before = [d for d in dates if d.end <= start and not _CLAUSE_BREAK.search(text, d.end, start)]
    if after or before:
        return after[0] if after else before[-1]
    return min(dates, key=lambda d: abs(d.start - start), default=None)


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


def _clause_dates(a: Analysis, dates: list[DateMention], anchor: int) -> list[DateMention]:
    """Every day given after the meeting phrase in its clause ("on 16 May and 2 June")."""
    end = a.tokens[anchor].end
    text = a.document.text
    after = [d for d in dates if d.start >= end]
    return [d for d in after if not _CLAUSE_BREAK.search(text, end, d.start)]


def _is_anaphoric(words: list[str], anchor: int) -> bool:
    """A definite meeting noun with no partner after it ("the call", "their talks")."""
    if anchor + 1 < len(words) and words[anchor + 1] in {"between", "with"}:
        return False
    for n in range(anchor - 1, max(-1, anchor - 6), -1):
        if words[n] in NEW_EVENT_MODIFIERS or words[n] in PREPOSITIONS - {"than"}:
            return False
        if words[n] in _AUXILIARIES | _PERFECT:
            # "the cabinet would meet", "that Pakistan had offered talks": the determiner
            # belongs to the subject or opens a clause; it does not define the event.
            return False
        if words[n] in ANAPHORIC_DETERMINERS:
            return True
    return False


def _participants(a: Analysis, span: Span, indices: range, kind: str) -> list[str]:
    names = [
        mention.actor.name
        for mention in a.mentions_in(span.start, span.end)
        if kind == "visit" or not _is_place(a, mention, span.start)
    ]
    for token in a.tokens[indices.start : indices.stop]:
        names += _sides_in_word(a, token)
    return list(dict.fromkeys(names))


def _sides_in_word(a: Analysis, token) -> list[str]:
    """Sides named inside one word: "Ukrainian-Russian talks", "calls with Iranians"."""
    if not token.text[:1].isupper() or a.mention_at(token.start) is not None:
        return []
    if "-" in token.text:
        parts = token.text.split("-")
        if all(p[:1].isupper() for p in parts):
            return [actor.name for p in parts if (actor := a.registry.lookup(p))]
        return []
    plural = token.text.endswith("s") and a.registry.lookup(token.text[:-1])
    return [plural.name] if plural else []


def _near(a: Analysis, participants: list[str], indices: range, anchor: int) -> list[str]:
    """The participants named close to the meeting word, where its partners are named."""
    # The window stays inside the sentence: names in the next one are no partners.
    first = a.tokens[max(indices.start, indices[anchor] - _NEAR_BEFORE)].start
    last = a.tokens[min(indices.stop - 1, indices[anchor] + _NEAR_AFTER)].end
    close = {m.actor.name for m in a.mentions_in(first, last)}
    return [name for name in participants if name in close]


def _is_place(a: Analysis, mention, floor: int) -> bool:
    """A mention after "in"/"at" is where the meeting is, not who meets ("talks in Qatar")."""
    before = a.document.text[max(floor, mention.start - 5) : mention.start].split()
    return bool(before) and before[-1].lower() in {"in", "at"}


def _place(text: str) -> str | None:
    match = _PLACE.search(text)
    if match is None:
        return None
    place = match.group(1).strip()
    return None if place.split()[0] in {"The", "A"} else place


def _title(a: Analysis, participants, kind: str) -> str:
    """A headline-style title naming each side once, by its person if one is named."""
    actors = a.registry.actors
    labels: dict[str, str] = {}
    for name in participants:
        actor = actors.get(name)
        side = actor.affiliation if actor and actor.affiliation else name
        is_person = actor is not None and actor.kind == "person"
        if side not in labels or is_person and labels[side] == side:
            labels[side] = name.split()[-1] if is_person else name
    return f"{'–'.join(list(labels.values())[:3])} {kind}".strip()


def _sides(a: Analysis, participants) -> frozenset[str]:
    """The sides that meet: people count as the state or body they act for."""
    actors = a.registry.actors
    return frozenset(
        (actors[p].affiliation if p in actors and actors[p].affiliation else p)
        for p in participants
    )


def _antecedent(a, meetings, new: MeetingRecord, anaphoric: bool) -> int | None:
    """The earlier meeting this mention reports again, if any, the last mentioned first."""
    for i in sorted(range(len(meetings)), key=lambda i: -_last_mention(meetings[i])):
        old = meetings[i]
        if anaphoric and (_same_kind(old, new) or new.kind in _IN_PERSON):
            # "the meeting", "the talks" may name any contact just reported, calls included.
            return i
        shared = len(_sides(a, old.participants) & _sides(a, new.participants))
        if not anaphoric and shared >= 2 and _same_kind(old, new) and _agree(a, old, new):
            return i
    return None


def _last_mention(meeting: MeetingRecord) -> int:
    return max(span.start for span in (meeting.evidence, *meeting.mentions))


def _same_kind(old: MeetingRecord, new: MeetingRecord) -> bool:
    return old.kind == new.kind or {old.kind, new.kind} <= _IN_PERSON


def _agree(a: Analysis, old: MeetingRecord, new: MeetingRecord) -> bool:
    """Two mentions with their own parties are one event only if date, status and, when both
    name people, at least one of those people agree."""
    if old.date and new.date and old.date != new.date:
        return False
    people = [{p for p in m.participants if _is_person(a, p)} for m in (old, new)]
    if all(people) and not people[0] & people[1]:
        return False
    return {old.status, new.status} != {"planned", "held"}


def _is_person(a: Analysis, name: str) -> bool:
    actor = a.registry.actors.get(name)
    return actor is not None and actor.kind == "person"


def _merge(old: MeetingRecord, new: MeetingRecord) -> MeetingRecord:
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

"""Meetings: calls, talks, summits and visits, one record per distinct event."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Analysis
from .dates import DateMention, find_dates
from .lexicon import CALL_CUES, CANCELLED_CUES, HELD_CUES, MEETING_WORDS, PLANNED_CUES
from .records import MeetingRecord, Span

_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,4})")
_KIND_ORDER = ("call", "summit", "visit", "talks", "meeting")


def meeting_stage(a: Analysis) -> Analysis:
    """Find contacts between actors and merge repeated mentions of one event."""
    meetings: list[MeetingRecord] = []
    for s, span in enumerate(a.sentences):
        found = _meeting_in(a, s, span)
        if found is None:
            continue
        same = next((i for i, m in enumerate(meetings) if _same_event(m, found)), None)
        if same is None:
            meetings.append(found)
        else:
            meetings[same] = _merge(meetings[same], found)
    return replace(a, meetings=tuple(meetings))


def _meeting_in(a: Analysis, s: int, span: Span) -> MeetingRecord | None:
    words = [a.tokens[k].text.lower() for k in a.token_range(span)]
    triggers = [w for w in words if w in MEETING_WORDS]
    if not triggers:
        return None
    kind = _kind(triggers, words)
    participants = _participants(a, span)
    if len(participants) < 2:
        return None
    dates = [
        d for d in find_dates(span.text, a.document.published, span.start) if d.granularity == "day"
    ]
    when = _closest_date(a, span, dates)
    names = " and ".join(_short(p) for p in participants[:3])
    return MeetingRecord(
        title=f"{names} {kind}",
        kind=kind,
        participants=tuple(participants),
        evidence=span,
        status=_status(words, when, a),
        date=when.value if when else None,
        date_text=when.text if when else None,
        location=_place(span.text, a),
        confidence=0.6,
    )


def _kind(triggers: list[str], words: list[str]) -> str:
    kinds = {MEETING_WORDS[w] for w in triggers}
    if kinds & {"call"} and not set(words) & (CALL_CUES - {"speak", "spoke", "spoken"}):
        # "speak"/"spoke" alone is a call only when no other contact word is present.
        kinds = kinds - {"call"} or {"call"}
    return next(k for k in _KIND_ORDER if k in kinds)


def _participants(a: Analysis, span: Span) -> list[str]:
    names = []
    for mention in a.mentions_in(span.start, span.end):
        name = mention.actor.name
        if name not in names:
            names.append(name)
    return names


def _closest_date(a: Analysis, span: Span, dates: list[DateMention]) -> DateMention | None:
    return dates[-1] if dates else None


def _status(words: list[str], when: DateMention | None, a: Analysis) -> str:
    vocabulary = set(words)
    if vocabulary & CANCELLED_CUES:
        return "cancelled"
    published = a.document.published
    if when and when.value and published:
        if when.value > published:
            return "planned"
        if when.value < published:
            return "held"
    if vocabulary & PLANNED_CUES:
        return "planned"
    if vocabulary & HELD_CUES:
        return "held"
    return "unknown"


def _place(text: str, a: Analysis) -> str | None:
    match = _PLACE.search(text)
    if match is None:
        return None
    place = match.group(1).strip()
    return None if place.split()[0] in {"The", "A"} else place


def _short(name: str) -> str:
    return name.split()[-1] if " " in name else name


def _parties(meeting: MeetingRecord) -> frozenset[str]:
    return frozenset(meeting.participants)


def _same_event(old: MeetingRecord, new: MeetingRecord) -> bool:
    shared = len(_parties(old) & _parties(new))
    if shared < 2:
        return False
    if old.date and new.date:
        return old.date == new.date
    return old.kind == new.kind


def _merge(old: MeetingRecord, new: MeetingRecord) -> MeetingRecord:
    return replace(
        old,
        participants=tuple(dict.fromkeys(old.participants + new.participants)),
        date=old.date or new.date,
        date_text=old.date_text or new.date_text,
        status=old.status if old.status != "unknown" else new.status,
        location=old.location or new.location,
        mentions=(*old.mentions, new.evidence),
    )

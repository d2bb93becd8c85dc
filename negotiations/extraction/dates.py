"""Find date expressions and resolve relative ones against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from .lexicon import (
    CLOCK_NOUNS,
    DURATION_DAYS,
    INDEFINITE_ARTICLES,
    MONTH_PARTS,
    MONTH_SETTERS,
    MONTHS,
    NEXT_DAY_PHRASES,
    NUMBER_WORDS,
    OFFSET_DIRECTIONS,
    PERIOD_UNITS,
    SAME_DAY_WORDS,
    STEP_PREPOSITIONS,
    WEEKDAYS,
)

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"


def _opening(*words: str) -> str:
    """A lookahead for the letters the words open with, to put before their alternation: at
    most word starts it fails at once, where each case-blind alternative took a try."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


_WEEKDAY_MODIFIERS = "last|next|this|on|coming"
_PATTERNS = (
    (
        "month_day",
        re.compile(rf"\b{_opening(*MONTHS)}{_MONTH}\s+{_DAY}\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE),
    ),
    (
        "day_month",
        re.compile(
            # A span of days ("29 and 30 January", "29-30 January") starts on its first; the
            # phrase opens with "the" or a digit.
            rf"\b(?=[t\d])(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?"
            rf"{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(\d{{4}}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b{_opening(*_WEEKDAY_MODIFIERS.split('|'), *WEEKDAYS)}"
            rf"(?:({_WEEKDAY_MODIFIERS})\s+)?({'|'.join(WEEKDAYS)})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            rf"\b{_opening('yesterday', 'tomorrow', 'this', 'last', 'next', *SAME_DAY_WORDS)}"
            r"(yesterday|tomorrow|this (?:morning|afternoon|evening)"
            rf"|{'|'.join(sorted(SAME_DAY_WORDS, key=len, reverse=True))}"
            r"|(?:last|next|this) (?:week|month|year))\b",
            re.IGNORECASE,
        ),
    ),
)


# A month with no day, after a word that sets something in it ("in early December"): its
# capitalised full name, so that "may" and "march" as words are no months.
_MONTH_NAMES = sorted({max((k for k in MONTHS if MONTHS[k] == n), key=len) for n in range(1, 13)})
_IN_MONTH = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(MONTH_SETTERS)})\s+(?:(?i:the\s+))?"
    rf"((?i:(?:{'|'.join(MONTH_PARTS)})[\s-]+)?({'|'.join(n.capitalize() for n in _MONTH_NAMES)})"
    r"(?:\s+(\d{4}))?)\b(?!\s+\d)"
)
_PATTERNS += (("month", _IN_MONTH),)
_CAPITALISED_MONTHS = tuple(name.capitalize() for name in _MONTH_NAMES)
# One scan for any of them, where a look for each name in turn took twelve.
_CAPITALISED_MONTH = re.compile("|".join(_CAPITALISED_MONTHS))


def is_calendar_date(text: str) -> bool:
    """Whether the text is a calendar date and nothing else ("March 1", "1 March 2026")."""
    words = text.strip()
    return any(
        pattern.fullmatch(words)
        for kind, pattern in _PATTERNS
        if kind in {"month_day", "day_month"}
    )


# A day given as a step from another day of the sentence: "two days later", "a week earlier",
# "the following day". "after" and "before" with an object step the other way: the event
# they govern lies that far from the day before them ("talks on Monday, a day after
# conferring with X" date the conferring to Sunday).
_STEP_COUNTS = sorted(INDEFINITE_ARTICLES) + list(NUMBER_WORDS)
_STEP_UNITS = "days?|weeks?"
_STEP = re.compile(
    rf"\b(?:(\d{{1,2}}|{'|'.join(_STEP_COUNTS)})\s+({_STEP_UNITS})\s+"
    rf"({'|'.join(OFFSET_DIRECTIONS)})\b(\s+\w)?"
    rf"|({'|'.join(NEXT_DAY_PHRASES)})\b)",
    re.IGNORECASE,
)
# A time of day with no day named: "at 9 am", "shortly after noon".
_CLOCK_OPENERS = "at|around|after|before|until"
_CLOCK = re.compile(
    rf"\b{_opening(*_CLOCK_OPENERS.split('|'))}(?:{_CLOCK_OPENERS})\s+(?:about\s+)?"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.m\.|[ap]m\b)|(?:{'|'.join(CLOCK_NOUNS)})\b)",
    re.IGNORECASE,
)
# A live blog entry's time stamp opening the sentence ("11:50 - ", "16:40 GMT — "): an event
# its entry reports as past, with no day named, happened that day.
_ENTRY_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local))?\s*[-–—]\s")
# What the patterns cannot match without: the day of a month is a digit, a weekday's name
# ends in "day", and a relative date has one of these stems. Most sentences have none, and a
# look for them in the lower-cased text costs far less than a case-blind pattern's scan.
# The stems stop short of an "i", which IGNORECASE also matches as "İ" or "ı" but lower()
# keeps apart.
_DIGIT = re.compile(r"\d")
_RELATIVE_STEMS = re.compile(r"day|tomorrow|ton|morn|afternoon|even|week|month|year")


def _stem(words: str) -> str:
    """The longest stretch of the words free of "i" and "s", which IGNORECASE also matches as
    "ı", "İ" or "ſ": a text a case-blind pattern finds the words in holds it once lower-cased."""
    return max(re.split("[is]", words), key=len)


# A time of day without a digit is a clock noun.
_CLOCK_STEMS = tuple(_stem(noun) for noun in CLOCK_NOUNS)
# A step from another day counts days or weeks, or is a next day's phrase.
_STEP_STEMS = ("day", "week", *map(_stem, NEXT_DAY_PHRASES))
# Words before a weekday that put it in the future of the publication date.
_FUTURE = re.compile(
    r"\b(?:will|would|plans?|scheduled|expected|set|next|coming|upcoming)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    """A date expression with its offsets, resolved date and granularity (day/week/month)."""

    text: str
    start: int
    end: int
    value: date | None
    granularity: str = "day"
    # A step with an event as its object ("a day after conferring with X") dates only that.
    governs: bool = False


def find_dates(
    text: str, published: date | None, offset: int = 0, *, future: bool | None = None
) -> list[DateMention]:
    """Date expressions in a sentence, resolved where the publication date allows.

    `future` says whether the event they date lies ahead of publication (True), behind it
    (False) or is unknown (None, guessed from the words before a weekday).
    """
    lowered = text.lower()
    has_digit = _DIGIT.search(text) is not None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _possible_patterns(text, lowered, has_digit):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value, grain = _resolve(kind, m, text, published, future)
            if kind == "weekday" and m.group(1) is None and not _plausible_weekday(text, m):
                continue
            taken.append((m.start(), m.end()))
            start, end = m.span(1) if kind == "month" else m.span()  # the month, not "in"
            found.append(DateMention(text[start:end], start + offset, end + offset, value, grain))
    if found:
        found += _steps(text, lowered, found, offset)
        return sorted(found, key=lambda d: d.start)
    # The time patterns below cannot match without a digit or a clock noun, which most
    # sentences lack.
    if published is None or not (has_digit or any(s in lowered for s in _CLOCK_STEMS)):
        return []
    found = _clock_time(text, published, offset)
    if not found and future is False:
        found = _entry_time(text, published, offset)
    return found


def periods_ahead(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """The weeks or months after `published` that a text names ("next week", "in early
    December"): what was set for one cannot have taken place before it begins."""
    if not text or published is None:
        return []
    dates = find_dates(text, published, offset, future=True)
    return [d for d in dates if d.granularity != "day" and d.value and d.value > published]


@lru_cache(maxsize=4096)  # asked for each pair of a meeting's mentions
def period_days(text: str, published: date | None, future: bool | None) -> tuple[date, date] | None:
    """The first and last day of the week or month a date text names ("last week", "in late
    November"), if it names one."""
    if not text or published is None:
        return None
    # A month is read after the preposition its mention's text leaves out ("late September").
    found = find_dates(text, published, future=future) or find_dates(
        f"in {text}", published, future=future
    )
    period = next((d for d in found if d.granularity in _SPANS and d.value), None)
    if period is None:
        return None
    following, _ = _period(period.granularity, period.value, 1)
    return period.value, following - timedelta(days=1)


def period_start(text: str, published: date | None) -> date | None:
    """The first day of the first period ahead a date text names, if any."""
    ahead = periods_ahead(text, published)
    return ahead[0].value if ahead else None


# The periods `period_days` spans.
_SPANS = frozenset({"week", "month"})


def _governs(m: re.Match) -> bool:
    """Whether a step is a preposition with an object after it ("two days after the vote")."""
    return bool(m.group(3)) and m.group(4) is not None and m.group(3).lower() in STEP_PREPOSITIONS


def _step_days(m: re.Match) -> int:
    count = m.group(1).lower()
    count = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
    unit = DURATION_DAYS["week" if m.group(2).lower().startswith("week") else "day"]
    return count * unit * OFFSET_DIRECTIONS[m.group(3).lower()] * (-1 if _governs(m) else 1)


def _steps(text: str, lowered: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """Days given as a step from the last day named before them in the sentence."""
    if not any(d.granularity == "day" and d.value is not None for d in found):
        return []  # nothing to step from: spare the case-blind pattern's scan
    if not any(stem in lowered for stem in _STEP_STEMS):
        return []
    steps = []
    for m in _STEP.finditer(text):
        before = (d for d in found if d.end <= m.start() + offset and d.granularity == "day")
        days = sorted(before, key=lambda d: d.start)
        if not days or days[-1].value is None:
            continue
        shift = NEXT_DAY_PHRASES[m.group(5).lower()] if m.group(5) else _step_days(m)
        value = days[-1].value + timedelta(days=shift)
        end = m.end(3) if m.group(3) else m.end()
        start = m.start() + offset
        steps.append(
            DateMention(text[m.start() : end], start, end + offset, value, governs=_governs(m))
        )
    return steps


def _entry_time(text: str, published: date, offset: int) -> list[DateMention]:
    """A live blog entry's stamp dates the past event it reports to the publication day."""
    m = _ENTRY_STAMP.match(text)
    if m is None:
        return []
    stamp = m.group().strip(" -–—")
    start = text.index(stamp)
    return [DateMention(stamp, start + offset, start + len(stamp) + offset, published)]


def _clock_time(text: str, published: date, offset: int) -> list[DateMention]:
    """A time of day is the publication day's when the sentence names no day."""
    m = _CLOCK.search(text)
    return [DateMention(m.group(), m.start() + offset, m.end() + offset, published)] if m else []


def _possible_patterns(
    text: str, lowered: str, has_digit: bool
) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns that may match the text, in their order of precedence."""
    return _patterns_for(
        has_digit,
        "day" in lowered,
        _RELATIVE_STEMS.search(lowered) is not None,
        _CAPITALISED_MONTH.search(text) is not None,
    )


# Sixteen combinations at most, each chosen for thousands of sentences.
@cache
def _patterns_for(
    has_digit: bool, has_day: bool, has_relative_stem: bool, has_month: bool
) -> tuple[tuple[str, re.Pattern], ...]:
    possible = {
        "month_day": has_digit,
        "day_month": has_digit,
        "weekday": has_day,
        "relative": has_relative_stem,
        "month": has_month,
    }
    return tuple((kind, pattern) for kind, pattern in _PATTERNS if possible[kind])


def _plausible_weekday(text: str, m: re.Match) -> bool:
    return m.group(2)[0].isupper()


def _resolve(kind: str, m: re.Match, text: str, published: date | None, future: bool | None):
    if kind == "month_day":
        return _absolute(m.group(1), m.group(2), m.group(3), published), "day"
    if kind == "day_month":
        return _absolute(m.group(3), m.group(1) or m.group(2), m.group(4), published), "day"
    if kind == "month":
        return _absolute(m.group(2), "1", m.group(3), published), "month"
    if published is None:
        return None, "day"
    if kind == "weekday":
        if m.group(1) is None and _possessive(text, m.end()):
            # "Thursday's talks" names the nearest Thursday: the clause's tense is its verb's.
            future = None
        elif future is None:
            future = bool(_FUTURE.search(text, max(0, m.start() - 60), m.start())) or None
        return _weekday(m.group(1), m.group(2).lower(), published, future), "day"
    return _relative(m.group(1).lower(), published)


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


def _absolute(month: str, day: str, year: str | None, published: date | None) -> date | None:
    number = MONTHS.get(month.lower().rstrip("."))
    if number is None:
        return None
    base = int(year) if year else (published.year if published else None)
    if base is None:
        return None
    try:
        value = date(base, number, int(day))
    except ValueError:
        return None
    if year is None and published is not None:
        # A bare "December 30" in a January article is last year's.
        if (value - published).days > 183:
            value = value.replace(year=base - 1) if not (number == 2 and int(day) == 29) else value
        elif (published - value).days > 183:
            value = value.replace(year=base + 1) if not (number == 2 and int(day) == 29) else value
    return value


def _weekday(modifier: str | None, name: str, published: date, future: bool | None) -> date:
    delta = WEEKDAYS.index(name) - published.weekday()
    modifier = (modifier or "").lower()
    if modifier == "last":
        return published + timedelta(days=delta - 7 if delta >= 0 else delta)
    if modifier == "next":
        return published + timedelta(days=delta + 7 if delta <= 0 else delta)
    if modifier == "coming" or future:
        return published + timedelta(days=delta + 7 if delta < 0 else delta)
    if future is False:
        # A past event on a bare weekday is the most recent such day, publication day included.
        return published + timedelta(days=delta - 7 if delta > 0 else delta)
    if modifier == "this":
        return published + timedelta(days=delta)
    # No tense cue: news uses the nearest such day, usually the one just past.
    past = delta - 7 if delta > 0 else delta
    return published + timedelta(days=past if -past <= 3 else past + 7)


def _relative(words: str, published: date) -> tuple[date | None, str]:
    if words == "yesterday":
        return published - timedelta(days=1), "day"
    if words == "tomorrow":
        return published + timedelta(days=1), "day"
    if words in SAME_DAY_WORDS or words.startswith("this "):
        if words.endswith(PERIOD_UNITS):
            return _period(words.split()[1], published, 0)
        return published, "day"
    which, unit = words.split()
    return _period(unit, published, -1 if which == "last" else 1)


def _period(unit: str, published: date, step: int) -> tuple[date, str]:
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), "week"
    if unit == "month":
        month = published.month - 1 + step
        return date(published.year + month // 12, month % 12 + 1, 1), "month"
    return date(published.year + step, 1, 1), "year"

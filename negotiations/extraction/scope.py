"""What a plan covers, read from its wording, so that two wordings of one plan can be told
from two plans: its topics, its reach, its duration and the numbers it names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import lemma_of
from .lexicon import (
    ACT_TOPICS,
    ACTED_ON_TOPICS,
    DURATION_DAYS,
    KIND_FAMILIES,
    KIND_TOPICS,
    NUMBER_WORDS,
    OPEN_KINDS,
    PLAN_PURPOSES,
    PLAN_TOPICS,
    SCOPE_FULL,
    SCOPE_PARTIAL,
    WITHDRAWAL_BACK_VERBS,
    WITHDRAWAL_PARTICLE_REACH,
)

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*|\d[\d,.]*")
_NUMBER = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = "(" + "|".join(DURATION_DAYS) + ")s?"
# "30-day", "30 days", "six-week", "24-48 hour", "24 to 48 hours", "month-long"
_DURATION = re.compile(
    rf"\b(?:{_NUMBER}(?:\s*(?:[-–]|to)\s*{_NUMBER})?[\s-]*{_UNIT}|{_UNIT}[\s-]long)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlanScope:
    topics: frozenset[str] = frozenset()
    reach: str | None = None  # "full" or "partial"
    days: float | None = None
    numbers: frozenset[float] = frozenset()

    @property
    def specific(self) -> bool:
        """Whether the wording says anything that tells this plan from others of its kind."""
        return bool(self.topics or self.reach or self.days or self.numbers)

    def agrees(self, other: PlanScope) -> bool:
        """Whether both can be one plan: the same topics (a purpose may go unsaid), and no
        reach, duration or count that differs (a wording that leaves one out agrees with any)."""
        if self.topics - PLAN_PURPOSES != other.topics - PLAN_PURPOSES:
            return False
        for mine, theirs in ((self.reach, other.reach), (self.days, other.days)):
            if mine is not None and theirs is not None and mine != theirs:
                return False
        return not (self.numbers and other.numbers and not self.numbers & other.numbers)

    def shared(self, other: PlanScope) -> int:
        """How many of the telling features both wordings give."""
        same = len(self.topics & other.topics)
        same += self.reach is not None and self.reach == other.reach
        same += self.days is not None and self.days == other.days
        return same + len(self.numbers & other.numbers)


def plan_scope(wording: str, kind: str | None = None) -> PlanScope:
    """The scope a plan's title or sentence gives it, with the topic its kind already names
    ("a mechanism" of the kind monitoring mission covers monitoring)."""
    text = wording.lower()
    days, text_left = _duration(text)
    words = _WORD.findall(text_left)
    topics = topics_of(words) | _moved_back(words) | KIND_TOPICS.get(kind, frozenset())
    topics -= _acted_on_only(words, topics)
    reach = next(
        (
            "full" if w in SCOPE_FULL else "partial"
            for w in words
            if w in SCOPE_FULL | SCOPE_PARTIAL
        ),
        None,
    )
    numbers = frozenset(n for w in words if (n := _number(w)) is not None)
    return PlanScope(topics, reach, days, numbers)


def topics_of(words) -> frozenset[str]:
    """The topics whose stems the words start with ("naval" and "sea" are maritime)."""
    return frozenset().union(*map(_word_topics, words))


# Each stage asks again of the same few hundred words: the stems are tried once a word.
@lru_cache(maxsize=20_000)
def _word_topics(word: str) -> frozenset[str]:
    return frozenset(topic for topic, stems in PLAN_TOPICS.items() if word.startswith(stems))


def _moved_back(words: list[str]) -> frozenset[str]:
    """ "pull heavy weapons back", "move troops back 10 km": a verb and its "back" name a
    withdrawal however far apart its object sets them."""
    for i, word in enumerate(words):
        if (
            lemma_of(word) in WITHDRAWAL_BACK_VERBS
            and "back" in words[i + 1 : i + 2 + WITHDRAWAL_PARTICLE_REACH]
        ):
            return frozenset({"withdrawal"})
    return frozenset()


def _acted_on_only(words: list[str], topics: frozenset[str]) -> frozenset[str]:
    """The topics only the object of the wording's act names ("weapons" in "a pullback of
    heavy weapons"), when it names an act."""
    if not topics & ACT_TOPICS:
        return frozenset()
    return frozenset(
        topic
        for topic, object_stems in ACTED_ON_TOPICS.items()
        if topic in topics
        and all(w.startswith(object_stems) for w in words if _word_topics(w) & {topic})
    )


def kind_family(kind: str) -> str:
    """The family a plan kind belongs to, for kinds that name one plan differently."""
    return KIND_FAMILIES.get(kind, kind)


def kinds_agree(a: str, b: str) -> bool:
    """Whether plans of these kinds can be one plan."""
    if a in OPEN_KINDS or b in OPEN_KINDS:
        return True
    return kind_family(a) == kind_family(b)


def _duration(text: str) -> tuple[float | None, str]:
    """The first duration in days, and the text without it (so its number is no count)."""
    match = _DURATION.search(text)
    if match is None:
        return None, text
    count, _, unit, long_unit = match.groups()
    if long_unit:
        days = DURATION_DAYS[long_unit.lower()]
    else:
        days = (_number(count) or 1) * DURATION_DAYS[unit.lower()]
    return days, text[: match.start()] + " " + text[match.end() :]


def _number(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    digits = word.replace(",", "")
    try:
        return float(digits) if digits[:1].isdigit() else None
    except ValueError:
        return None

"""When reports from different articles are one real-world event: the rules, on plain values.

Each `*_for` function takes one report and the stored records it might belong to (all of the
report's negotiation, never another's) and returns the one it joins, or None for a new record.
The reports of one article are matched most telling first (`telling`): the record that both
"a 30-day ceasefire proposed by Washington" and "a full ceasefire" fit goes to the first.
No rule names an event, a person or a wording: parties are compared at state level, plans by
what their wording covers (`extraction.scope`), statements by the words reported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz

from negotiations.extraction import normalize_alias
from negotiations.extraction.dates import period_days
from negotiations.extraction.lexicon import (
    ARTICLES,
    NEGATIONS,
    OPEN_KINDS,
    PLAN_PURPOSES,
    PLAN_UNSAID_NOUNS,
    PREPOSITIONS,
    PROPOSAL_NOUNS,
)
from negotiations.extraction.scope import PlanScope, kind_family, kinds_agree

# How far apart two reported dates of one meeting may be: time zones, and talks over days.
SAME_MEETING_DAYS = {"call": 1}
SAME_MEETING_DAYS_OTHERWISE = 2
# An undated mention looks for its meeting this long before the day it was reported (if it
# may have been held) and after it (if it may still be to come).
UNDATED_BEFORE = timedelta(days=10)
UNDATED_AFTER = timedelta(days=14)
# Sources announcing an undated next round of the same sides within this many days of each
# other announce one round.
SAME_ANNOUNCEMENT_DAYS = 2
# A plan is the same plan while sources keep reporting it; after this long it is a new one.
PLAN_ACTIVE = timedelta(days=45)
# Two reports of one statement: said within this many days, in these closely the same words.
SAME_STATEMENT_DAYS = 2
STATEMENT_SIMILARITY = 90
SAME_SPELLING = 97
# A quote cut short by one outlet is the same quote when this many words are left.
SHORT_STATEMENT_WORDS = 6
# Plan titles this similar are the same wording.
SAME_TITLE = 90
# The words of a plan's title that name no plan in particular ("a proposal for the truce").
_PLAIN_TITLE_WORDS = frozenset(PROPOSAL_NOUNS) | ARTICLES | PREPOSITIONS


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting as the matching rules see it; `parties` are state-level actor ids."""

    id: int | None
    kind: str
    parties: frozenset[int]
    date: date | None
    reported: date | None  # the day its (earliest) source reported it
    status: str = "unknown"
    articles: frozenset[int] = frozenset()
    location: str = ""
    not_before: date | None = None  # set for a week or a month ahead ("next week"), not a day
    period: tuple[date, date] | None = None  # the week or month named ("this week's meeting")

    @property
    def telling(self) -> int:
        """How much the report says to find its event by: a date most of all."""
        return 2 * (self.date is not None) + (self.status != "unknown")


@dataclass(frozen=True)
class PlanFacts:
    id: int | None
    kind: str
    scope: PlanScope
    titles: tuple[str, ...]
    proposer: int | None  # state-level actor id
    first_seen: date | None
    last_seen: date | None
    articles: frozenset[int] = frozenset()
    sources: int = 0  # how many articles report it; of equal candidates the most reported wins
    sides: frozenset[int] = frozenset()  # a report's: the parties of its negotiation

    @property
    def telling(self) -> int:
        """How much the wording says to tell the plan from others of its kind."""
        scope = self.scope
        told = len(scope.topics) + len(scope.numbers) + (scope.reach is not None)
        return told + (scope.days is not None) + (self.proposer is not None)


@dataclass(frozen=True)
class StatementFacts:
    id: int | None
    speaker: int
    said_on: date | None
    content: str
    articles: frozenset[int] = field(default=frozenset())

    @property
    def telling(self) -> int:
        return len(self.content)


def same_contact(a: frozenset[int], b: frozenset[int]) -> bool:
    """The same sides meet: at least two parties in common (one when either names one), and
    at least half of the smaller side list."""
    if not a or not b:
        return False
    common = len(a & b)
    smaller = min(len(a), len(b))
    return common >= min(2, smaller) and common * 2 >= smaller


def meeting_kinds_agree(a: str, b: str) -> bool:
    """A call is only ever a call; meetings, talks, summits and visits may be one event."""
    return (a == "call") == (b == "call")


def meeting_for(report: MeetingFacts, candidates: list[MeetingFacts]) -> MeetingFacts | None:
    """The stored meeting this report is of, if one fits.

    A dated report joins the closest-dated meeting of the same contact and kind within a
    day or two. An undated one joins a dated meeting around the day it was reported only
    when the ones that fit are that close together; otherwise it stays apart, "date not
    given".
    """
    fitting = [
        c
        for c in candidates
        if meeting_kinds_agree(report.kind, c.kind)
        and same_contact(report.parties, c.parties)
        and not report.articles & c.articles
    ]
    dated = [c for c in fitting if c.date is not None]
    window = SAME_MEETING_DAYS.get(report.kind, SAME_MEETING_DAYS_OTHERWISE)
    if report.date is not None:
        near = [c for c in dated if abs((c.date - report.date).days) <= window]
        return min(
            near,
            key=lambda c: (abs((c.date - report.date).days), -_overlap(report, c)),
            default=None,
        )
    around = [c for c in dated if _around(c.date, report)]
    days = sorted(c.date for c in around)
    if not days:
        return _announced_together(report, [c for c in fitting if c.date is None])
    if (days[-1] - days[0]).days > window:
        return None
    # Records of one contact days apart at most as a dated report may be are one meeting, as
    # sources split it: the one naming most of the report's sides, of equals the most reported.
    return max(around, key=lambda c: (len(report.parties & c.parties), len(c.articles), -c.id))


def _announced_together(report: MeetingFacts, undated: list[MeetingFacts]) -> MeetingFacts | None:
    """The one undated round the same sides were reported to plan within a couple of days of
    this planned one, in no other place ("will meet again in Istanbul", "due to reconvene")."""
    if report.status != "planned" or report.reported is None:
        return None
    same = [
        c
        for c in undated
        if c.status == "planned"
        and c.reported is not None
        and abs((c.reported - report.reported).days) <= SAME_ANNOUNCEMENT_DAYS
        and _same_place(report.location, c.location)
    ]
    return same[0] if len(same) == 1 else None


def _same_place(a: str, b: str) -> bool:
    return not a or not b or a.casefold() == b.casefold()


def undated_belongs(undated: MeetingFacts, dated: MeetingFacts, others: list[MeetingFacts]) -> bool:
    """Whether an undated meeting record is a mention of `dated`: it fits, and no other
    dated meeting among `others` fits it too."""
    return meeting_for(undated, [dated, *others]) == dated


def _around(day: date, report: MeetingFacts) -> bool:
    """Whether a meeting on `day` may be the one an undated report speaks of: one reported
    held took place by the day of the report, one reported planned on it or after."""
    reported = report.reported
    if reported is None:
        return False
    earliest = reported if report.status == "planned" else reported - UNDATED_BEFORE
    latest = reported if report.status == "held" else reported + UNDATED_AFTER
    first, last = report.period or (earliest, latest)
    return max(earliest, first, report.not_before or earliest) <= day <= min(latest, last)


def period_told(
    date_text: str | None, reported: date | None, status: str
) -> tuple[date, date] | None:
    """The week or month a report's date text names ("this week's meeting", "mid-December"),
    read back or ahead as its status says; None when it names none."""
    future = {"planned": True, "held": False}.get(status)
    period = period_days(date_text or "", reported, future)
    if period is None or reported is None:
        return period
    # "agreed last week to meet again": a period that cannot hold a meeting of this status
    # dates the report, not the meeting.
    first, last = period
    if (status == "planned" and last < reported) or (status == "held" and first > reported):
        return None
    return period


def _overlap(a: MeetingFacts, b: MeetingFacts) -> float:
    return len(a.parties & b.parties) / len(a.parties | b.parties)


def plan_for(report: PlanFacts, candidates: list[PlanFacts]) -> PlanFacts | None:
    """The stored plan this report is of: the same kind of plan, covering the same, put
    forward by the same side (when a side is named, unless both give the same terms),
    reported around the same time.

    A wording that tells the plan apart (a topic, a reach, a duration, a number, a proposer)
    joins the candidate that shares most of it, and of equals the one more sources report;
    a bare one ("the ceasefire") joins the one told plan that fits, and stays apart when
    several told plans do.
    """
    fitting = _own_kind_first(report, [c for c in candidates if _same_plan(report, c)])
    if not fitting:
        return _proposers_one_plan(report, candidates)
    if len(fitting) == 1:
        return fitting[0]
    if not report.telling:
        # Bare records beside one told plan are its wordings that found no home: the told
        # one, else the most reported, is the plan; two told plans leave the mention apart.
        if sum(1 for c in fitting if _told(c)) > 1:
            return None
        return max(fitting, key=lambda c: (_told(c), c.sources, -c.id))
    return max(fitting, key=lambda c: (*_plan_likeness(report, c), c.sources, -c.id))


def _proposers_one_plan(report: PlanFacts, candidates: list[PlanFacts]) -> PlanFacts | None:
    """ "Malaysia's initiative", with nothing said of what it covers: the one plan its proposer
    has on the table, whatever kind that plan was given; none when it has several."""
    if report.proposer is None or report.scope.specific or not all(map(_unsaid, report.titles)):
        return None
    own = [
        c
        for c in candidates
        if c.proposer == report.proposer and not report.articles & c.articles and _active(report, c)
    ]
    return own[0] if len(own) == 1 else None


def _unsaid(title: str) -> bool:
    words = normalize_alias(title).split()
    return bool(PLAN_UNSAID_NOUNS.intersection(words)) and all(
        w in PLAN_UNSAID_NOUNS or w in ARTICLES or w in PREPOSITIONS for w in words
    )


def _own_kind_first(report: PlanFacts, fitting: list[PlanFacts]) -> list[PlanFacts]:
    """A ceasefire is looked for among ceasefires and truces before any "deal": a plan whose
    kind says nothing ("deal", "proposal") fits every report, and must not outbid its own."""
    if report.kind in OPEN_KINDS:
        return fitting
    own = [c for c in fitting if kind_family(c.kind) == kind_family(report.kind)]
    return own or fitting


def _told(plan: PlanFacts) -> bool:
    """Whether a plan is told from others of its kind: by what it covers, by its proposer, or
    by a name beside its plan words ("the Easter truce")."""
    return plan.telling > 0 or any(_named(title) for title in plan.titles)


def _named(title: str) -> bool:
    return any(w not in _PLAIN_TITLE_WORDS for w in normalize_alias(title).split())


def _same_plan(report: PlanFacts, c: PlanFacts) -> bool:
    if report.articles & c.articles or not kinds_agree(report.kind, c.kind):
        return False
    if not _active(report, c):
        return False
    if _rival_proposers(report, c):
        # A plan of the same duration, count or topic is that plan all the same, where a bare
        # "ceasefire" of the other side is another plan.
        purposes = len(report.scope.topics & c.scope.topics & PLAN_PURPOSES)
        return report.scope.agrees(c.scope) and report.scope.shared(c.scope) > purposes
    if _strangers(report, c):
        return report.scope.agrees(c.scope) and report.scope.shared(c.scope) > 0
    return report.scope.agrees(c.scope) or (
        _title_likeness(report, c) >= SAME_TITLE and not report.scope.specific
    )


def _rival_proposers(report: PlanFacts, c: PlanFacts) -> bool:
    """Both name a proposer, and a side of the negotiation is one of them: mediators and
    outsiders put plans forward together, and outlets credit one plan to any of them."""
    if not (report.proposer and c.proposer) or report.proposer == c.proposer:
        return False
    return report.proposer in report.sides or c.proposer in report.sides


_CESSATION = kind_family("ceasefire")


def _strangers(report: PlanFacts, c: PlanFacts) -> bool:
    """Different outsiders put them forward, one's kind says nothing of what it is ("the EU's
    statute", "Kazakhstan's initiative"), and neither is a cessation: only terms both give make
    them one plan. A truce is what co-mediators put forward together, and outlets credit it to
    any of them ("the Qatari proposal", the US "ceasefire proposal")."""
    if not (report.proposer and c.proposer) or report.proposer == c.proposer:
        return False
    if _CESSATION in (kind_family(report.kind), kind_family(c.kind)):
        return False
    return report.kind in OPEN_KINDS or c.kind in OPEN_KINDS


def _active(report: PlanFacts, c: PlanFacts) -> bool:
    day = report.first_seen
    if day is None or c.first_seen is None:
        return True
    return c.first_seen - PLAN_ACTIVE <= day <= (c.last_seen or c.first_seen) + PLAN_ACTIVE


def _plan_likeness(report: PlanFacts, c: PlanFacts) -> tuple:
    same_proposer = report.proposer is not None and report.proposer == c.proposer
    return (report.scope.shared(c.scope) + same_proposer, _title_likeness(report, c) // 10)


def _title_likeness(report: PlanFacts, c: PlanFacts) -> float:
    mine = [normalize_alias(t) for t in report.titles]
    return max(
        (fuzz.token_sort_ratio(a, normalize_alias(b)) for a in mine for b in c.titles), default=0
    )


def statement_for(
    report: StatementFacts, candidates: list[StatementFacts]
) -> StatementFacts | None:
    """The stored statement reporting the same words of the same speaker around the same day."""
    words = normalize_alias(report.content)
    best, best_score = None, 0.0
    for c in candidates:
        if c.speaker != report.speaker or report.articles & c.articles:
            continue
        if (
            report.said_on
            and c.said_on
            and abs((c.said_on - report.said_on).days) > SAME_STATEMENT_DAYS
        ):
            continue
        score = _words_alike(words, normalize_alias(c.content))
        if score > best_score:
            best, best_score = c, score
    return best


def _words_alike(a: str, b: str) -> float:
    """How closely two reports give the same words, 0 to 100; 0 when they are not the same
    words: a quote one outlet cut short is the same, one word changed or negated is not."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter.split()) >= SHORT_STATEMENT_WORDS and f" {shorter} " in f" {longer} ":
        return 100.0
    mine, theirs = Counter(a.split()), Counter(b.split())
    if not mine or not theirs or _telling(mine) != _telling(theirs):
        return 0.0
    shared = 100 * (mine & theirs).total() / (mine | theirs).total()
    if shared >= STATEMENT_SIMILARITY:
        return shared
    spelled = fuzz.ratio(a, b)  # the same words spelt apart ("Zelenskyy", "Zelensky")
    return spelled if spelled >= SAME_SPELLING else 0.0


def _telling(words: Counter) -> Counter:
    """The negations and numbers of a statement: one more or less makes another statement."""
    return Counter({w: n for w, n in words.items() if w in NEGATIONS or w[:1].isdigit()})

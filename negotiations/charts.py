"""Chart geometry for the server-drawn SVG charts: data in, shapes and labels out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

WIDTH, HEIGHT, LABEL_HEIGHT = 720, 120, 18
DAYS_AS_DAYS = 92  # up to three months, one bar per day stays readable
DAYS_AS_WEEKS = 730  # up to two years, one bar per week; beyond, one per month


@dataclass(frozen=True)
class Bar:
    start: date
    end: date
    count: int
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    unit: str
    width: int
    height: int
    top: int
    first_label: str
    last_label: str


def bucket_start(day: date, unit: str) -> date:
    """The first day of the day/week/month bucket holding `day`."""
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def next_bucket(start: date, unit: str) -> date:
    """The first day of the bucket after the one starting on `start`."""
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)


def unit_for(first: date, last: date) -> str:
    """Days for short ranges, weeks or months for long ones, so bars stay readable."""
    span = (last - first).days
    if span <= DAYS_AS_DAYS:
        return "day"
    return "week" if span <= DAYS_AS_WEEKS else "month"


def label_for(start: date, end: date, unit: str) -> str:
    """How a bucket is named in its tooltip and on the axis."""
    if unit == "day":
        return start.strftime("%-d %b %Y")
    if unit == "week":
        return f"Week of {start.strftime('%-d %b %Y')}"
    return start.strftime("%B %Y")


def day_chart(per_day: dict[date, int]) -> BarChart | None:
    """Bars of records per day (or week, or month), empty buckets included."""
    if not per_day:
        return None
    unit = unit_for(min(per_day), max(per_day))
    totals: dict[date, int] = {}
    for day, n in per_day.items():
        start = bucket_start(day, unit)
        totals[start] = totals.get(start, 0) + n
    starts, cursor, last = [], min(totals), max(totals)
    while cursor <= last:
        starts.append(cursor)
        cursor = next_bucket(cursor, unit)
    top = max(totals.values())
    step = WIDTH / len(starts)
    bars = []
    for i, start in enumerate(starts):
        end = next_bucket(start, unit) - timedelta(days=1)
        count = totals.get(start, 0)
        height = (HEIGHT - LABEL_HEIGHT) * count / top
        label = f"{label_for(start, end, unit)}: {count} record{'s' if count != 1 else ''}"
        bars.append(
            Bar(start, end, count, i * step, HEIGHT - height, max(step - 1, 1), height, label)
        )
    return BarChart(
        bars,
        unit,
        WIDTH,
        HEIGHT,
        top,
        label_for(starts[0], starts[0], unit),
        label_for(starts[-1], starts[-1], unit),
    )


@dataclass(frozen=True)
class StanceSpan:
    stance: str
    label: str
    start: date
    x: float
    width: float


@dataclass(frozen=True)
class StanceRow:
    issue: str
    y: float
    spans: list[StanceSpan]


@dataclass(frozen=True)
class StanceChart:
    rows: list[StanceRow]
    width: int
    height: int
    left: int
    first: date
    last: date


ROW_HEIGHT, LEFT = 28, 160


def stance_changes(positions):
    """Each issue's dated positions, keeping only the ones where the stance changed."""
    dated = [p for p in positions if p.as_of]
    changes = []
    for issue, items in groupby(dated, key=lambda p: p.issue.name):
        previous = None
        for p in items:
            if p.stance != previous:
                changes.append((issue, p))
                previous = p.stance
    return changes


def stance_chart(positions, today: date) -> StanceChart | None:
    """One row per issue, one coloured span per stance from when it was taken."""
    changes = stance_changes(positions)
    if not changes:
        return None
    first = min(p.as_of for _, p in changes)
    last = max(today, max(p.as_of for _, p in changes))
    scale = (WIDTH - LEFT) / max((last - first).days, 1)
    rows = []
    for i, (issue, items) in enumerate(groupby(changes, key=lambda c: c[0])):
        items = [p for _, p in items]
        ends = [p.as_of for p in items[1:]] + [last]
        spans = [
            StanceSpan(
                p.stance,
                f"{issue}: {p.get_stance_display()} from {p.as_of:%-d %b %Y}",
                p.as_of,
                LEFT + (p.as_of - first).days * scale,
                max((end - p.as_of).days * scale, 3),
            )
            for p, end in zip(items, ends, strict=True)
        ]
        rows.append(StanceRow(issue, i * ROW_HEIGHT, spans))
    return StanceChart(rows, WIDTH, len(rows) * ROW_HEIGHT + LABEL_HEIGHT, LEFT, first, last)

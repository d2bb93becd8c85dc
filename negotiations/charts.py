"""Chart geometry for the server-drawn SVG charts: data in, shapes and labels out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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


def stance_chart(histories, today: date) -> StanceChart | None:
    """One row per issue or proposal, one coloured span per stance from when it was taken."""
    histories = [h for h in histories if h.changes]
    if not histories:
        return None
    days = [change.day for h in histories for change in h.changes]
    first, last = min(days), max(today, max(days))
    scale = (WIDTH - LEFT) / max((last - first).days, 1)
    rows = []
    for i, history in enumerate(histories):
        ends = [change.day for change in history.changes[1:]] + [last]
        spans = [
            StanceSpan(
                change.stance,
                f"{history.topic}: {change.stance.capitalize()} from {change.day:%-d %b %Y}",
                change.day,
                LEFT + (change.day - first).days * scale,
                max((end - change.day).days * scale, 3),
            )
            for change, end in zip(history.changes, ends, strict=True)
        ]
        rows.append(StanceRow(history.topic, i * ROW_HEIGHT, spans))
    return StanceChart(rows, WIDTH, len(rows) * ROW_HEIGHT + LABEL_HEIGHT, LEFT, first, last)

"""Chart geometry: readable bucket sizes however long the range, stance spans per change."""

from datetime import date, timedelta

import pytest

from negotiations.charts import day_chart, stance_chart
from negotiations.stances import reports_of, stance_histories
from tests import factories


@pytest.mark.parametrize(
    "span, unit",
    [(1, "day"), (92, "day"), (93, "week"), (730, "week"), (731, "month"), (3650, "month")],
)
def test_bucket_unit_follows_the_range(span, unit):
    start = date(2020, 1, 1)
    chart = day_chart({start: 3, start + timedelta(days=span): 1})
    assert chart.unit == unit
    assert len(chart.bars) <= 130
    assert sum(bar.count for bar in chart.bars) == 4


def test_bars_fill_gaps_and_scale_to_the_tallest():
    chart = day_chart({date(2025, 3, 1): 4, date(2025, 3, 3): 2})
    assert [bar.count for bar in chart.bars] == [4, 0, 2]
    assert chart.bars[0].height == 2 * chart.bars[2].height
    assert chart.bars[1].label == "2 Mar 2025: 0 records"


def test_no_data_no_chart():
    assert day_chart({}) is None


@pytest.mark.django_db
def test_stance_chart_keeps_only_changes():
    actor, issue = factories.actor("Envoy"), factories.issue("Truce")
    for stance, day in [("oppose", 1), ("oppose", 5), ("support", 9)]:
        factories.position(
            actor, issue, stance=stance, as_of=date(2025, 1, day), text=f"Pos {stance} {day}."
        )
    positions = list(actor.positions.select_related("issue").order_by("as_of"))
    histories = stance_histories(reports_of(positions, []))
    assert [change.stance for change in histories[0].changes] == ["oppose", "support"]
    chart = stance_chart(histories, today=date(2025, 1, 17))
    (row,) = chart.rows
    assert [span.stance for span in row.spans] == ["oppose", "support"]
    assert row.spans[0].x < row.spans[1].x
    assert row.spans[0].width == pytest.approx(row.spans[1].width)

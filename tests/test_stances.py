"""Stance history: one stance per actor, topic and day; changes kept; disagreements disputed."""

from dataclasses import dataclass
from datetime import date

import pytest
from django.urls import reverse

from negotiations.stances import DISPUTED, StanceReport, disputes, stance_histories
from tests import factories


@dataclass(frozen=True)
class Record:
    """What a stance report reads of its record."""

    verified: bool = False
    actor_id: int = 1


def report(day, stance, topic="sanctions", verified=False, actor=1):
    return StanceReport(topic, None, date(2025, 3, day), stance, Record(verified, actor))


@pytest.mark.parametrize(
    "reports, expected",
    [
        # A repeated stance is no change.
        ([report(1, "oppose"), report(5, "oppose"), report(9, "support")], ["oppose", "support"]),
        # Sources that disagree on one day make a dispute, not two facts...
        ([report(1, "support"), report(1, "oppose")], [DISPUTED]),
        # ...unless an editor verified one of them.
        ([report(1, "support"), report(1, "oppose", verified=True)], ["oppose"]),
        # A dispute stays in the history between settled days.
        (
            [report(1, "support"), report(3, "support"), report(3, "oppose"), report(4, "oppose")],
            ["support", DISPUTED, "oppose"],
        ),
        # Reports arrive in any order.
        ([report(9, "support"), report(1, "oppose")], ["oppose", "support"]),
    ],
)
def test_stance_history(reports, expected):
    [history] = stance_histories(reports)
    assert [change.stance for change in history.changes] == expected
    assert history.current.stance == expected[-1]


def test_topics_are_kept_apart_and_so_are_actors():
    reports = [
        report(1, "support", "sanctions"),
        report(1, "oppose", "elections"),
        report(2, "oppose", "sanctions", actor=2),
        report(2, "support", "sanctions", actor=2),
    ]
    assert [h.topic for h in stance_histories(reports[:2])] == ["elections", "sanctions"]
    [dispute] = disputes(reports)
    assert dispute.day == date(2025, 3, 2) and dispute.stances == ["oppose", "support"]


@pytest.mark.django_db
def test_actor_page_shows_a_same_day_contradiction_as_disputed(client):
    putin = factories.actor("Vladimir Putin")
    plan = factories.proposal("30-day ceasefire")
    day = date(2025, 3, 18)
    factories.response(plan, putin, response="accepted", responded_on=day)
    factories.response(plan, putin, response="rejected", responded_on=day)
    html = client.get(reverse("actor_detail", args=[putin.slug])).content.decode()
    table = html.split('class="positions"')[1].split("</table>")[0]
    assert "Disputed" in table and "sources disagree (support, oppose)" in table
    assert f'href="{plan.get_absolute_url()}"' in table

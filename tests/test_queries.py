"""Reads: the merged keyset stream, and query counts that do not grow with the page."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from negotiations.queries import (
    Cursor,
    Filters,
    count_newer,
    events_per_day,
    on_postgresql,
    timeline_page,
)
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Queries are counted on pages rendered, not on pages served from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


def fill(n, actor=None, start=0):
    """`n` records of each timeline type, spread over a few days with many ties."""
    actor = actor or factories.actor("Busy Actor")
    issue = factories.issue("Ceasefire line")
    for i in range(start, start + n):
        day = date(2025, 3, 1) + timedelta(days=i % 4)
        statement = factories.statement(actor, text=f"{actor.name} said thing {i}.", said_on=day)
        statement.issues.add(issue)
        talks = factories.negotiation(f"Talks {i % 3}")
        factories.meeting(
            [actor, factories.actor()], title=f"Meeting {i}", date=day, negotiation=talks
        )
        plan = factories.proposal(f"Plan {i}", proposer=actor, first_seen=day, negotiation=talks)
        factories.response(plan, actor, responded_on=day)
        factories.position(actor, issue, stance="support", as_of=day, text=f"Position {i}.")
    return actor


def queries_for(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        lambda actor: reverse("timeline"),
        lambda actor: reverse("timeline") + f"?actor={actor.slug}&issue=ceasefire-line&q=thing",
        lambda actor: reverse("actor_detail", args=[actor.slug]),
        lambda actor: reverse("proposal_detail", args=[actor.proposals.first().slug]),
        lambda actor: reverse("meeting_list"),
        lambda actor: reverse("meeting_list") + f"?actor={actor.slug}&q=Meeting",
        lambda actor: reverse("proposal_list"),
        lambda actor: reverse("home"),
    ],
)
def test_query_count_does_not_grow_with_records(client, django_assert_max_num_queries, url):
    few = fill(5)
    small = queries_for(client, url(few))
    fill(45, few, start=5)
    target = url(few)
    with django_assert_max_num_queries(small):
        client.get(target)
    assert small <= 15


def test_timeline_page_is_a_handful_of_queries(client, django_assert_max_num_queries):
    fill(50)
    # Each type's places then its records shown, meetings' participations and their actors,
    # day totals, filter choices.
    with django_assert_max_num_queries(14):
        client.get(reverse("timeline"))


def test_keyset_pages_return_every_item_exactly_once():
    fill(23)
    seen, before = [], None
    while True:
        page = timeline_page(Filters(), before=before, limit=7)
        seen += [(e.kind, e.record.pk) for e in page.entries]
        keys = [e.cursor for e in page.entries]
        assert keys == sorted(keys, reverse=True)
        if not page.next_cursor:
            break
        before = page.next_cursor
    assert len(seen) == len(set(seen)) == 23 * 4


def test_cursor_round_trips_and_rejects_garbage():
    cursor = Cursor(date(2025, 3, 16), 4, 123)
    assert Cursor.parse(str(cursor)) == cursor
    for bad in ("", "x", "2025-03-16.4", "2025-02-30.1.1", "a.b.c"):
        with pytest.raises(ValueError):
            Cursor.parse(bad)


def test_count_newer_counts_only_what_sorts_above():
    actor = factories.actor("Speaker")
    factories.statement(actor, said_on=date(2025, 3, 2))
    top = timeline_page(Filters(), limit=5).entries[0].cursor
    assert count_newer(Filters(), top) == 0
    factories.meeting(date=date(2025, 3, 2))  # same day, higher type rank: above
    factories.statement(actor, said_on=date(2025, 3, 2))  # same day and rank, higher id: above
    factories.statement(actor, said_on=date(2025, 3, 1))  # older: not above
    assert count_newer(Filters(), top) == 2


def test_events_per_day_sums_types_in_sql():
    fill(8)
    per_day = events_per_day(Filters())
    assert sum(per_day.values()) == 8 * 4
    assert per_day[date(2025, 3, 1)] == 2 * 4
    assert sum(events_per_day(Filters(kinds=("meeting",))).values()) == 8


@pytest.mark.parametrize(
    "filters, narrowed",
    [
        (Filters(), False),
        (Filters(q="truce"), True),
        (Filters(kinds=("meeting",)), True),
        (Filters(date_from=date(2025, 3, 1)), True),
        (Filters(verified=True), True),
    ],
)
def test_filters_narrowed_when_any_filter_is_set(filters, narrowed):
    assert filters.narrowed is narrowed


def shown(filters):
    return {(e.kind, str(e.record)) for e in timeline_page(filters, limit=30).entries}


def test_an_answer_is_found_by_words_of_its_actor_and_its_proposal():
    hamas = factories.actor("Hamas")
    plan = factories.proposal("Gaza truce", first_seen=date(2025, 3, 1))
    factories.response(plan, hamas, responded_on=date(2025, 3, 2))
    factories.response(plan, factories.actor("Egypt"), responded_on=date(2025, 3, 2))
    answers = {record for kind, record in shown(Filters(q="truce hamas")) if kind == "response"}
    assert answers == {"Hamas accepted Gaza truce"}
    assert not shown(Filters(q="truce hamas", kinds=("meeting",)))


@pytest.mark.skipif(not on_postgresql(), reason="full-text search is PostgreSQL's")
def test_meetings_and_proposals_match_words_in_any_form_on_postgresql():
    factories.meeting(title="Talks on corridors", location="Geneva", date=date(2025, 3, 1))
    factories.proposal("Corridor plan", text="Opening a corridor.", first_seen=date(2025, 3, 1))
    factories.proposal("Grain deal", first_seen=date(2025, 3, 1))
    assert shown(Filters(q="corridor geneva")) == {("meeting", "Talks on corridors")}
    assert shown(Filters(q="corridors", kinds=("proposal",))) == {("proposal", "Corridor plan")}

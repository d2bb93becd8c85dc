"""The per-day counts behind the charts and the home page: every write path keeps them equal
to a count of the records, and the pages read them."""

import threading
from dataclasses import replace
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models import Q
from django.urls import reverse

from negotiations import editing, models, services
from negotiations.charts import day_chart
from negotiations.page_cache import bump_scopes
from negotiations.queries import Filters, count_per_day, events_per_day
from negotiations.record_counts import recount
from negotiations.services import grouping
from negotiations.services.article_deletion import delete_articles
from tests import factories
from tests.test_admin import admin_url, form_data
from tests.test_article_deletion import CALL, SUMMIT

pytestmark = pytest.mark.django_db

MARCH = [date(2025, 3, day) for day in range(1, 31)]


def assert_counted_right():
    """The counts the triggers kept equal a full recount: it finds nothing to correct."""
    assert recount() == {}


def dated_records() -> int:
    return sum(
        model.objects.filter(**{f"{field}__isnull": False}).count()
        for model, field in (
            (models.Statement, "said_on"),
            (models.ProposalResponse, "responded_on"),
            (models.Proposal, "first_seen"),
            (models.Meeting, "day"),
        )
    )


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Ingest a text through a job, as the ingest page does; returns its article."""

    def ingest(text, outlet, published="2026-03-12"):
        with django_capture_on_commit_callbacks(execute=True):
            job = services.submit(
                source="text",
                payload=text,
                metadata={"outlet": outlet, "title": f"{outlet} report", "published": published},
            )
        job.refresh_from_db()
        assert job.status == "stored", job.error
        return job.article

    return ingest


@pytest.fixture
def reported(seeded, ingest):
    """Two ingested articles: statements, meetings with participants, a proposal."""
    return ingest(SUMMIT, "Caucasus Wire"), ingest(CALL, "Yerevan Daily", "2026-03-13")


@pytest.fixture
def mixed():
    """Records of every kind over two negotiations, days and verification states."""
    gaza, ukraine = factories.negotiation("Gaza talks"), factories.negotiation("Ukraine talks")
    a, b, c = factories.actor("Alpha"), factories.actor("Bravo"), factories.actor("Charlie")
    for i, (speaker, talks) in enumerate([(a, gaza), (b, gaza), (a, ukraine), (c, None)]):
        factories.statement(speaker, said_on=MARCH[i], negotiation=talks, verified=i % 2 == 0)
    factories.statement(b, said_on=None, negotiation=gaza)
    truce = factories.proposal("Truce", proposer=a, negotiation=gaza, first_seen=MARCH[2])
    plan = factories.proposal("Plan", proposer=None, negotiation=ukraine, first_seen=MARCH[5])
    factories.response(truce, a, responded_on=MARCH[3], negotiation=gaza)
    factories.response(truce, b, responded_on=MARCH[4], negotiation=gaza)
    factories.response(plan, c, responded_on=None, negotiation=ukraine)
    factories.meeting([a, b], title="Call", date=MARCH[1], negotiation=gaza)
    factories.meeting([b, c], title="Summit", date=None, reported_on=MARCH[6], negotiation=gaza)
    factories.meeting([], title="Talks", date=None, negotiation=ukraine)
    return {"gaza": gaza, "ukraine": ukraine, "actors": (a, b, c), "truce": truce, "plan": plan}


def assert_actor_list_right(negotiation=None):
    """The actor list shows each actor's records as counted over the records themselves."""

    def scoped(qs, field="negotiation"):
        return qs.filter(**{field: negotiation}) if negotiation else qs

    listed = models.Actor.objects.for_list(negotiation=negotiation)
    for actor in listed:
        participations = models.MeetingParticipant.objects.filter(actor=actor)
        assert (actor.statement_count, actor.meeting_count, actor.proposal_count) == (
            scoped(models.Statement.objects.filter(speaker=actor)).count(),
            scoped(participations, "meeting__negotiation").count(),
            scoped(models.Proposal.objects.filter(proposer=actor)).count()
            + scoped(models.ProposalResponse.objects.filter(actor=actor)).count(),
        ), actor


def filter_cases(negotiation, actors):
    """Filters the counts answer and filters they leave to a count over the records."""
    one, two = actors[0], actors[1]
    return [
        Filters(),
        Filters(negotiation=negotiation),
        Filters(kinds=("meeting",)),
        Filters(kinds=("statement", "proposal")),
        Filters(verified=True),
        Filters(date_from=MARCH[1], date_to=MARCH[4]),
        *(Filters(actors=(actor,)) for actor in actors),
        Filters(actors=(one,), negotiation=negotiation, kinds=("proposal", "response")),
        Filters(actors=(one, two)),
        Filters(actors=(one, two), kinds=("statement",)),
        Filters(q="said"),
        Filters(issue=factories.issue("ceasefire")),
    ]


def test_chart_counts_answer_each_filter_as_a_count_over_the_records(mixed):
    assert_counted_right()
    assert sum(events_per_day(Filters()).values()) == dated_records() > 0
    for filters in filter_cases(mixed["gaza"], mixed["actors"]):
        assert events_per_day(filters) == count_per_day(filters), filters


def test_actor_list_counts_each_actors_records(client, mixed):
    assert_actor_list_right()
    assert_actor_list_right(mixed["gaza"])
    page = client.get(reverse("actor_list") + "?negotiation=gaza-talks").context["page"]
    assert [actor.name for actor in page] == ["Bravo", "Alpha", "Charlie"]
    assert [actor.statement_count for actor in page] == [2, 1, 0]


def test_ingested_articles_are_counted(reported):
    assert_counted_right()
    assert sum(events_per_day(Filters()).values()) == dated_records() > 0
    involved = models.Actor.objects.filter(
        Q(statements__isnull=False)
        | Q(participations__isnull=False)
        | Q(proposals__isnull=False)
        | Q(responses__isnull=False)
    ).distinct()
    assert involved.count() >= 2
    negotiation = models.Statement.objects.first().negotiation
    for filters in filter_cases(negotiation, list(involved)):
        assert events_per_day(filters) == count_per_day(filters), filters


def test_a_write_shows_in_the_chart_at_once(mixed):
    """The counts need no cache version: the next read sees the write."""
    before = events_per_day(Filters())
    factories.statement(mixed["actors"][0], said_on=MARCH[0])
    assert events_per_day(Filters())[MARCH[0]] == before[MARCH[0]] + 1


@pytest.mark.parametrize("window, recounted", [(3600, False), (0, True)])
def test_a_searched_chart_is_recounted_at_most_once_a_window_while_writes_go_on(
    mixed, settings, window, recounted
):
    """A search's chart is counted over the records; each stored article must not recount it."""
    settings.SCANNED_CHART_SECONDS = window
    searched = Filters(q="truce")
    before = events_per_day(searched)
    factories.proposal("Truce monitors", negotiation=mixed["gaza"], first_seen=MARCH[0])
    bump_scopes([])  # what storing the article that reported it does once it commits

    after = events_per_day(searched)

    if recounted:
        assert after == count_per_day(searched) != before
    else:
        assert after == before


def test_merges_and_splits_keep_the_counts(mixed):
    a, b, c = mixed["actors"]
    gaza = mixed["gaza"]
    call = models.Meeting.objects.get(title="Call")
    summit = models.Meeting.objects.get(title="Summit")
    grouping.merge_into(call, [summit])
    assert_counted_right()
    assert set(call.participants.all()) == {a, b, c}

    other = factories.proposal("Other truce", proposer=b, negotiation=gaza, first_seen=MARCH[0])
    factories.response(other, a, responded_on=MARCH[7], negotiation=gaza)
    factories.response(other, c, responded_on=MARCH[8], negotiation=gaza)
    grouping.merge_into(mixed["truce"], [other])
    assert_counted_right()

    twice = factories.statement(a, said_on=MARCH[9], negotiation=gaza)
    grouping.merge_into(models.Statement.objects.filter(speaker=a).first(), [twice])
    assert_counted_right()

    second_source = factories.evidence(call, sentence="Another outlet reports the call.")
    grouping.split_source(call, second_source.article)
    assert_counted_right()
    truce = mixed["truce"]
    second_source = factories.evidence(truce, sentence="Another outlet reports the truce.")
    grouping.split_source(truce, second_source.article)
    assert_counted_right()
    assert events_per_day(Filters(actors=(a,))) == count_per_day(Filters(actors=(a,)))


def test_editor_edits_keep_the_counts(mixed, staff_client):
    a, b, c = mixed["actors"]
    statement = models.Statement.objects.filter(speaker=a).first()
    url = admin_url(models.Statement, "change", statement.pk)
    data = form_data(staff_client.get(url))
    data.update(said_on="2025-03-20", negotiation=str(mixed["ukraine"].pk), speaker=str(c.pk))
    assert staff_client.post(url, data).status_code == 302
    assert_counted_right()

    meeting = models.Meeting.objects.get(title="Call")
    url = admin_url(models.Meeting, "change", meeting.pk)
    data = form_data(staff_client.get(url))
    data.update(
        {
            "date": "2025-03-21",
            "participations-TOTAL_FORMS": "3",
            "participations-2-actor": str(c.pk),
            "participations-2-role": "mediator",
            "participations-2-meeting": str(meeting.pk),
        }
    )
    assert staff_client.post(url, data).status_code == 302
    assert set(meeting.participants.all()) == {a, b, c}
    assert_counted_right()

    editing.mark_verified(models.Statement.objects.all(), staff_client.user)
    models.Proposal.objects.filter(pk=mixed["truce"].pk).update(proposer=b, first_seen=MARCH[9])
    models.Meeting.objects.update(negotiation=mixed["ukraine"])
    assert_counted_right()

    editing.merge_actors(a, [b])
    assert_counted_right()
    assert_actor_list_right()
    assert_actor_list_right(mixed["ukraine"])
    assert events_per_day(Filters(actors=(a,))) == count_per_day(Filters(actors=(a,)))


def test_participant_changes_keep_the_counts(mixed):
    a, b, c = mixed["actors"]
    call = models.Meeting.objects.get(title="Call")
    talks = models.Meeting.objects.get(title="Talks")
    models.MeetingParticipant.objects.create(meeting=call, actor=c)
    models.MeetingParticipant.objects.filter(meeting=call, actor=a).delete()
    models.MeetingParticipant.objects.filter(meeting=call, actor=b).update(meeting=talks)
    models.MeetingParticipant.objects.filter(meeting=call, actor=c).update(actor=a)
    assert_counted_right()
    for actor in (a, b, c):
        filters = Filters(actors=(actor,), kinds=("meeting",))
        assert events_per_day(filters) == count_per_day(filters)


def test_answers_count_a_proposal_once_for_each_actor(mixed):
    a, b, c = mixed["actors"]
    truce = mixed["truce"]  # proposed by a, answered by a and b
    factories.response(truce, b, response="rejected", responded_on=MARCH[9])
    assert_counted_right()
    models.ProposalResponse.objects.filter(proposal=truce, actor=b).first().delete()
    models.ProposalResponse.objects.filter(proposal=truce, actor=a).update(actor=c)
    models.Proposal.objects.filter(pk=truce.pk).update(proposer=None)
    assert_counted_right()
    for actor in (a, b, c):
        filters = Filters(actors=(actor,), kinds=("proposal",))
        assert events_per_day(filters) == count_per_day(filters)


def test_deletions_and_cascades_keep_the_counts(mixed, staff_client):
    a, b, c = mixed["actors"]
    models.Proposal.objects.filter(pk=mixed["truce"].pk).delete()  # its answers go with it
    assert_counted_right()
    models.Meeting.objects.filter(title="Call").delete()  # and its participants
    editing.delete_records(list(models.Statement.objects.filter(speaker=b)), user=staff_client.user)
    assert_counted_right()
    mixed["gaza"].delete()  # its records and articles keep no negotiation
    assert_counted_right()
    assert_actor_list_right()
    assert not events_per_day(Filters(actors=(b,), kinds=("statement",)))


def test_deleting_an_ingested_article_keeps_the_counts(reported):
    summit_article, call_article = reported
    delete_articles([summit_article])
    assert_counted_right()
    delete_articles([call_article])
    assert_counted_right()
    assert sum(events_per_day(Filters()).values()) == dated_records()


def test_recount_repairs_drifted_counts_and_says_which(mixed):
    models.RecordCount.objects.filter(kind="meeting", actor__isnull=True).update(n=7)
    out = StringIO()
    call_command("recount", stdout=out)
    assert "counts differed and were corrected" in out.getvalue()
    assert "kind=meeting" in out.getvalue() and "stored 7, counted 1" in out.getvalue()
    out = StringIO()
    call_command("recount", stdout=out)
    assert out.getvalue().strip() == "The counts were right."


def test_timeline_chart_shows_the_bars_of_a_count_over_the_records(client, mixed):
    a = mixed["actors"][0]
    for query, filters in [
        ("", Filters()),
        ("?negotiation=gaza-talks", Filters(negotiation=mixed["gaza"])),
        (f"?actor={a.slug}&type=proposal", Filters(actors=(a,), kinds=("proposal",))),
    ]:
        chart = client.get(reverse("timeline") + query).context["chart"]
        assert chart == day_chart(count_per_day(filters))


def test_home_counts_what_each_negotiation_holds(client, mixed):
    factories.article(negotiation=mixed["gaza"])
    factories.article(negotiation=mixed["gaza"], reported_on=MARCH[3])
    held = {
        "article_count": models.Article,
        "statement_count": models.Statement,
        "meeting_count": models.Meeting,
        "proposal_count": models.Proposal,
    }
    rows = client.get(reverse("home")).context["negotiations"]
    assert len(rows) == 2
    for negotiation, _ in rows:
        for name, model in held.items():
            counted = model.objects.filter(negotiation=negotiation).count()
            assert getattr(negotiation, name) == counted, (negotiation, name)
    assert next(n for n, _ in rows if n == mixed["gaza"]).statement_count == 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_concurrent_writers_lose_no_counts():
    speaker, talks = factories.actor("Speaker"), factories.negotiation()
    start = threading.Barrier(4)

    def write(n):
        try:
            start.wait()
            for _ in range(10):
                with transaction.atomic():
                    factories.statement(speaker, said_on=MARCH[n % 2], negotiation=talks)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert events_per_day(Filters()) == {MARCH[0]: 20, MARCH[1]: 20}
    assert events_per_day(replace(Filters(), actors=(speaker,))) == {MARCH[0]: 20, MARCH[1]: 20}
    assert_counted_right()

"""Feed polling tasks and the DB registry (in-process; test_worker runs a real worker)."""

from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from negotiations import models, tasks
from negotiations.celery import committing
from negotiations.extraction import default_registry
from negotiations.registry_source import load_registry, registry_from_db
from tests import factories

pytestmark = pytest.mark.django_db

PAGE = "<html><body><article><p>{}</p></article></body></html>"


def rss(*urls):
    items = "".join(
        f"<item><title>Story {n}</title><link>{url}</link>"
        f"<pubDate>Mon, 17 Mar 2025 10:00:00 GMT</pubDate></item>"
        for n, url in enumerate(urls)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'


def test_due_feed_entries_become_stored_articles_once(
    fixture_server, django_capture_on_commit_callbacks
):
    known = factories.article(url=fixture_server.url("/known"))
    new = fixture_server.serve("/new", PAGE.format("Erdogan said Turkey would host the talks."))
    feed_url = fixture_server.serve(
        "/feed.xml", rss(new, known.url), content_type="application/rss+xml"
    )
    feed = models.Feed.objects.create(
        negotiation=factories.negotiation(), url=feed_url, title="Wire"
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.poll_feeds() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.poll_feed(feed_id=feed.pk) == 0  # the same entries again: nothing new

    job = models.IngestJob.objects.get()
    assert (job.source, job.url, job.status, job.feed) == ("feed", new, "stored", feed)
    assert job.article.negotiation == feed.negotiation
    assert job.article.published.isoformat() == "2025-03-17"
    fetched = [r.path for r in fixture_server.requests]
    assert fetched.count("/new") == 1 and "/known" not in fetched


def test_only_active_feeds_whose_interval_passed_are_polled(fixture_server):
    talks = factories.negotiation()
    recent = timezone.now() - timedelta(minutes=5)
    models.Feed.objects.create(negotiation=talks, url=fixture_server.url("/a"), active=False)
    models.Feed.objects.create(
        negotiation=talks, url=fixture_server.url("/b"), last_polled_at=recent
    )
    assert tasks.poll_feeds() == 0
    assert fixture_server.requests == []


def test_broken_feed_records_its_error(fixture_server):
    url = fixture_server.serve("/bad.xml", "<html>not a feed", content_type="application/xml")
    feed = models.Feed.objects.create(negotiation=factories.negotiation(), url=url)
    assert tasks.poll_feed(feed_id=feed.pk) == 0
    feed.refresh_from_db()
    assert "feed" in feed.last_error.lower()


def test_registry_comes_from_seeds_until_actors_are_stored_then_from_the_db():
    assert "Vladimir Putin" in registry_from_db().actors
    factories.actor("Hakan Fidan", aliases=["Fidan"])
    registry = registry_from_db()
    assert list(registry.actors) == ["Hakan Fidan"]
    assert registry.lookup("Fidan").name == "Hakan Fidan"


def test_loading_the_registry_twice_changes_nothing():
    talks = factories.negotiation()
    load_registry(default_registry(), negotiation=talks)
    counts = (models.Actor.objects.count(), models.ActorAlias.objects.count())
    load_registry(default_registry(), negotiation=talks)
    assert (models.Actor.objects.count(), models.ActorAlias.objects.count()) == counts
    assert talks.parties.count() == counts[0]
    assert registry_from_db().lookup("the Kremlin").name == "Russia"


@pytest.mark.parametrize(
    "task, queue",
    [
        (tasks.fetch_job, "fetch"),
        (tasks.ingest_job, "extract"),
        (tasks.reextract_articles, "extract"),
        (tasks.poll_feeds, "feeds"),
        (tasks.poll_feed, "feeds"),
        (tasks.sweep_stale_jobs, "feeds"),
    ],
)
def test_each_task_is_routed_to_its_queue(task, queue):
    from negotiations.celery import app

    assert app.amqp.router.route({}, task.name)["queue"].name == queue


def test_a_worker_started_without_queues_takes_all_three():
    from negotiations.celery import app

    assert set(app.amqp.queues) == {"fetch", "extract", "feeds"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL setting")
def test_worker_connections_commit_without_waiting_for_the_disk(settings):
    settings_dict = {**connections["default"].settings_dict}
    settings_dict["OPTIONS"] = {**settings_dict.get("OPTIONS", {})}

    committing(settings_dict, settings.WORKER_SYNCHRONOUS_COMMIT)

    worker_connection = type(connections["default"])(settings_dict)
    try:
        with worker_connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone() == ("off",)
            cursor.execute("SHOW jit")  # the options set before stay
            assert cursor.fetchone() == ("off",)
    finally:
        worker_connection.close()
    with connection.cursor() as cursor:  # the web's connections keep waiting for the disk
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone() == ("on",)

"""Big feeds: entries queued in committed batches, resumed after a poll runs out of time."""

from unittest.mock import Mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction

from negotiations import feeds, tasks
from negotiations.models import IngestJob
from negotiations.services import feeds as services_feeds
from tests import factories

# Each batch really commits, as it does in a worker.
pytestmark = pytest.mark.django_db(transaction=True)

ENTRIES = 10_000


def rss(count):
    items = "".join(
        f"<item><title>Story {n}</title><link>https://news.example.org/{n}</link></item>"
        for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'


@pytest.fixture
def published(monkeypatch):
    """Publishing is recorded, not run: the jobs themselves are not what is tested here."""
    publish = Mock()
    monkeypatch.setattr(tasks.fetch_job, "apply_async", publish)
    return publish


@pytest.fixture
def big_feed(fixture_server):
    url = fixture_server.serve(
        "/big.xml", rss(ENTRIES), content_type="application/rss+xml", etag='"v1"'
    )
    return factories.feed(url=url, title="Wire")


def time_runs_out_in_batch(monkeypatch, number):
    """Raise the soft time limit inside the transaction of the `number`th batch, once."""
    real, batches = transaction.on_commit, []

    def on_commit(*args, **kwargs):
        batches.append(args)
        if len(batches) == number:
            raise SoftTimeLimitExceeded()
        return real(*args, **kwargs)

    monkeypatch.setattr(transaction, "on_commit", on_commit)


def test_a_poll_out_of_time_keeps_what_it_queued_and_the_next_poll_resumes(
    big_feed, published, fixture_server, monkeypatch
):
    time_runs_out_in_batch(monkeypatch, 22)
    assert tasks.poll_feed(feed_id=big_feed.pk) == 21 * 200

    big_feed.refresh_from_db()
    assert big_feed.last_error == (
        "stopped after 4,200 of 10,000 entries: time limit; resumes next poll"
    )
    assert big_feed.etag == ""
    assert big_feed.last_polled_at is None  # due again at the next beat, not in half an hour
    assert IngestJob.objects.count() == published.call_count == 4_200

    assert tasks.poll_feed(feed_id=big_feed.pk) == ENTRIES - 4_200
    assert "If-None-Match" not in fixture_server.requests[1].headers
    big_feed.refresh_from_db()
    assert (big_feed.etag, big_feed.last_error) == ('"v1"', "")

    urls = list(IngestJob.objects.values_list("url", flat=True))
    assert len(urls) == len(set(urls)) == ENTRIES
    ids = [call.kwargs["kwargs"]["job_id"] for call in published.call_args_list]
    assert sorted(ids) == sorted(IngestJob.objects.values_list("pk", flat=True))


def test_a_whole_big_feed_is_queued_in_one_poll_and_the_next_is_answered_304(
    big_feed, published, fixture_server
):
    assert tasks.poll_feed(feed_id=big_feed.pk) == ENTRIES
    assert published.call_count == ENTRIES

    assert tasks.poll_feed(feed_id=big_feed.pk) == 0
    assert fixture_server.requests[-1].headers["If-None-Match"] == '"v1"'
    assert IngestJob.objects.count() == ENTRIES


def test_a_poll_out_of_time_while_reading_the_feed_says_so(big_feed, published, monkeypatch):
    monkeypatch.setattr(feeds, "parse_feed", Mock(side_effect=SoftTimeLimitExceeded()))
    assert tasks.poll_feed(feed_id=big_feed.pk) == 0
    big_feed.refresh_from_db()
    assert big_feed.last_error == "stopped after reading the feed: time limit; resumes next poll"
    assert (big_feed.etag, big_feed.last_polled_at) == ("", None)


def test_a_feed_being_polled_is_not_due_again(big_feed, published, monkeypatch):
    due_while_polling = []
    queue_batch = services_feeds.queue_batch

    def spy(feed, entries):
        due_while_polling.append(services_feeds.due_feeds())
        return queue_batch(feed, entries)

    monkeypatch.setattr(services_feeds, "queue_batch", spy)
    tasks.poll_feed(feed_id=big_feed.pk)
    assert due_while_polling and not any(due_while_polling)


def test_an_invalid_entry_is_skipped_and_the_others_queued(fixture_server, published):
    long_url = "https://news.example.org/" + "x" * 2000
    body = rss(3).replace("https://news.example.org/1", long_url)
    feed = factories.feed(url=fixture_server.serve("/feed.xml", body, content_type="text/xml"))
    assert tasks.poll_feed(feed_id=feed.pk) == 2
    feed.refresh_from_db()
    assert feed.last_error == ""

"""Turn a feed's new entries into ingest jobs, a committed batch at a time."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from negotiations.feeds import FeedEntry, FeedError, poll, record_error, record_success
from negotiations.fetching import FetchError
from negotiations.models import Article, Feed, IngestJob

from .jobs import submit_batch

log = logging.getLogger(__name__)

# Entries per transaction: what a poll queued stays queued when its time runs out.
BATCH_SIZE = 200


def ingest_feed(feed: Feed) -> int:
    """Poll `feed` and queue a job per entry whose URL has no article or job yet; say how many."""
    # Marked polled at once, so the scheduler does not start another poll of it meanwhile.
    feed.last_polled_at = timezone.now()
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=feed.last_polled_at)
    progress = Progress()
    try:
        fetched = poll(feed)
        queue_all(feed, distinct(fetched.entries), progress)
    except (FeedError, FetchError) as exc:
        log.warning("feed %s: %s", feed.pk, exc)
        return 0
    # Its validators stay unsaved, so the next poll reads the feed again and skips what is queued.
    except SoftTimeLimitExceeded:
        message = f"stopped after {progress}: time limit"
        log.warning("feed %s: %s", feed.pk, message)
        record_error(feed, f"{message}; resumes next poll", resume=True)
        return progress.queued
    record_success(feed, fetched)
    return progress.queued


@dataclass
class Progress:
    """How far a poll got through its feed's entries."""

    total: int | None = None
    done: int = 0
    queued: int = 0

    def __str__(self) -> str:
        if self.total is None:
            return "reading the feed"
        return f"{self.done:,} of {self.total:,} entries"


def queue_all(feed: Feed, entries: list[FeedEntry], progress: Progress) -> None:
    """Queue the entries a committed batch at a time, keeping count in `progress`."""
    progress.total = len(entries)
    for start in range(0, len(entries), BATCH_SIZE):
        batch = entries[start : start + BATCH_SIZE]
        progress.queued += queue_batch(feed, batch)
        progress.done += len(batch)


def due_feeds() -> list[int]:
    """The active feeds whose interval has passed since they were last polled."""
    now = timezone.now()
    feeds = Feed.objects.filter(active=True).only("last_polled_at", "poll_every_minutes")
    return [
        feed.pk
        for feed in feeds
        if feed.last_polled_at is None
        or feed.last_polled_at <= now - timedelta(minutes=feed.poll_every_minutes)
    ]


def distinct(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries with a URL, the first of each URL only."""
    by_url = {}
    for entry in entries:
        if entry.url:
            by_url.setdefault(entry.url, entry)
    return list(by_url.values())


def queue_batch(feed: Feed, entries: list[FeedEntry]) -> int:
    """Submit, in one transaction, a job per entry whose URL is not yet known."""
    urls = [entry.url for entry in entries]
    known = set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
    known |= set(IngestJob.objects.filter(url__in=urls).values_list("url", flat=True))
    jobs = [job_for(feed, entry) for entry in entries if entry.url not in known]
    return len(submit_batch(jobs)) if jobs else 0


def job_for(feed: Feed, entry: FeedEntry) -> IngestJob:
    """An unsaved job ingesting `entry`, with what the feed says about it."""
    metadata = {"title": entry.title, "outlet": feed.title}
    if entry.published:
        metadata["published"] = entry.published.date().isoformat()
    return IngestJob(
        source=IngestJob.Source.FEED,
        url=entry.url,
        metadata=metadata,
        negotiation=feed.negotiation,
        feed=feed,
    )

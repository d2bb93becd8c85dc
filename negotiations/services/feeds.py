"""Turn a feed's new entries into ingest jobs, a committed batch at a time."""

from __future__ import annotations

import logging

from celery.exceptions import SoftTimeLimitExceeded

from negotiations.feeds import FeedEntry, FeedError, poll, record_error, record_success
from negotiations.fetching import FetchError
from negotiations.models import Article, Feed, IngestJob

from .jobs import submit_batch

log = logging.getLogger(__name__)

# Entries per transaction: what a poll queued stays queued when its time runs out.
BATCH_SIZE = 200


def ingest_feed(feed: Feed) -> int:
    """Poll `feed` and queue a job per entry whose URL has no article or job yet; say how many."""
    try:
        fetched = poll(feed)
    except (FeedError, FetchError) as exc:
        log.warning("feed %s: %s", feed.pk, exc)
        return 0
    entries = distinct(fetched.entries)
    queued = done = 0
    try:
        for start in range(0, len(entries), BATCH_SIZE):
            batch = entries[start : start + BATCH_SIZE]
            queued += queue_batch(feed, batch)
            done += len(batch)
    # Its validators stay unsaved, so the next poll reads the feed again and skips what is queued.
    except SoftTimeLimitExceeded:
        message = f"stopped after {done:,} of {len(entries):,} entries: time limit"
        log.warning("feed %s: %s", feed.pk, message)
        record_error(feed, f"{message}; resumes next poll")
        return queued
    record_success(feed, fetched)
    return queued


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

"""Celery tasks: keyword-only ids in, fetch the row, call the service, log."""

from __future__ import annotations

import dataclasses
import logging
from datetime import timedelta

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services
from .fetching import TransientFetchError
from .models import Article, Feed
from .services import bulk

log = logging.getLogger(__name__)

# Idempotent (a finished job is a no-op; a store is all or nothing), so acks_late is safe.
# Outcomes live on the job rows, so no task stores a result.
INGEST_OPTIONS = {
    "ignore_result": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "soft_time_limit": 60,
    "time_limit": 90,
}


# Network and database trouble is retried with backoff; a lost connection is replaced before
# the retry runs (negotiations/celery.py checks the connections before every task).
RETRIES = {
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 4,
}
DATABASE_TROUBLE = (OperationalError, InterfaceError)


@shared_task(
    bind=True,
    autoretry_for=(TransientFetchError, *DATABASE_TROUBLE),
    **RETRIES,
    **INGEST_OPTIONS,
)
def fetch_job(self, *, job_id: int) -> str | None:
    """Fetch a URL job's page and hand it to `ingest_job` on the extraction queue."""
    fetched = services.fetch_job(job_id, retry_transient=self.request.retries < self.max_retries)
    if fetched is None:
        log.info("job %s: nothing to extract (missing, finished or failed)", job_id)
        return None
    ingest_job.apply_async(kwargs={"job_id": job_id, "page": dataclasses.asdict(fetched)})
    return "fetched"


@shared_task(bind=True, autoretry_for=DATABASE_TROUBLE, **RETRIES, **INGEST_OPTIONS)
def ingest_job(self, *, job_id: int, page: dict | None = None) -> str | None:
    """Extract and store one job, from its text or the `page` its fetch handed over; a worker
    takes other queued text jobs along (`services.run_job`)."""
    job = services.run_job(
        job_id,
        fetched=services.FetchedText(**page) if page else None,
        # A retry or a redelivery is an attempt of its own; the first delivery of a page is not.
        continuing=page is not None and not self.request.retries,
        retry_transient=self.request.retries < self.max_retries,
        # Run in-process, a task belongs to its caller's request: it does no one else's work.
        batch=not self.request.is_eager,
    )
    if job is None:
        log.info("job %s: nothing to do (missing or already finished)", job_id)
        return None
    log.info("job %s: %s %s", job_id, job.status, job.error)
    return job.status


# The tasks that carry ingest jobs, whose queues the sweep looks at.
JOB_TASKS = (fetch_job, ingest_job)


@shared_task(**INGEST_OPTIONS)
def reextract_articles(*, article_ids: list[int]) -> int:
    """Extract stored articles again, a batch per transaction; say how many failed."""
    articles = list(Article.objects.filter(pk__in=article_ids).order_by("pk"))
    failed = bulk.reextract_all(articles)
    for article_id, error in failed.items():
        log.warning("article %s: re-extraction failed: %s", article_id, error)
    log.info("re-extracted %s articles, %s failed", len(articles), len(failed))
    return len(failed)


@shared_task(ignore_result=True, acks_late=True, soft_time_limit=50, time_limit=60)
def sweep_stale_jobs(*, grace_seconds: int = 120) -> int:
    """Publish jobs whose message was lost or never sent, and retry passing failures."""
    count = services.requeue_stale_jobs(timedelta(seconds=grace_seconds))
    if count:
        log.info("re-enqueued %s stale jobs", count)
    return count


@shared_task(ignore_result=True, acks_late=True, soft_time_limit=50, time_limit=60)
def poll_feeds() -> int:
    """Enqueue a poll of every active feed whose interval has passed."""
    ids = services.feeds.due_feeds()
    for feed_id in ids:
        poll_feed.delay(feed_id=feed_id)
    return len(ids)


@shared_task(ignore_result=True, acks_late=True, soft_time_limit=60, time_limit=90)
def poll_feed(*, feed_id: int) -> int:
    """Poll one feed and submit a job for each new entry."""
    feed = Feed.objects.select_related("negotiation").filter(pk=feed_id).first()
    if feed is None:
        return 0
    queued = services.ingest_feed(feed)
    log.info("feed %s: %s new entries", feed_id, queued)
    return queued

"""Many articles at once: extracted in this process, stored a batch per transaction.

A batch stores exactly what its articles stored one by one would (`store_many`). When a
batch fails, its articles are stored one by one instead, so one bad article costs only itself.
"""

from __future__ import annotations

import logging
import time
from typing import NamedTuple

from celery.utils import uuid
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from negotiations.extraction import Document, Extraction, extract
from negotiations.models import Article, IngestJob
from negotiations.registry_source import registry_from_db

from .articles import article_document, content_hash, new_article
from .jobs import describe_error, raw_text, read_document_of, reextract, validate_job_input
from .storing import ToStore, store_many

log = logging.getLogger(__name__)

BATCH_SIZE = 100


class Extracted(NamedTuple):
    """A running text job, the document read from it and what was extracted from that."""

    job: IngestJob
    document: Document
    extraction: Extraction


def check(job: IngestJob) -> None:
    """Refuse an unsaved job as `submit` would (a ValidationError)."""
    validate_job_input(job.source, job.url, job.payload, job.metadata)


def ingest_texts(jobs: list[IngestJob]) -> list[IngestJob]:
    """Run checked, unsaved text jobs here, a batch per transaction; each ends stored (or a
    duplicate) or failed with its reason, as a worker would have left it."""
    for start in range(0, len(jobs), BATCH_SIZE):
        _ingest_batch(jobs[start : start + BATCH_SIZE])
    return jobs


def _ingest_batch(jobs: list[IngestJob]) -> None:
    # Saved as running: if this process dies the sweep queues them again for a worker.
    now = timezone.now()
    for job in jobs:
        job.status, job.started_at, job.attempts = IngestJob.Status.EXTRACTING, now, 1
        job.task_id = uuid()
    IngestJob.objects.bulk_create(jobs)
    registry = registry_from_db()
    extracted = []
    for job in jobs:
        clock = time.perf_counter()
        try:
            document = read_document_of(job, job.payload, None)
            extracted.append(Extracted(job, document, extract(document, registry)))
        except Exception as exc:
            _fail(job, exc)
            continue
        job.metadata = {**job.metadata, "timings": {"extract": _seconds_since(clock)}}
    store_extracted(extracted)


def store_extracted(extracted: list[Extracted]) -> None:
    """Store the articles of running jobs in one transaction and finish the jobs; when that
    fails, each in a transaction of its own, so that a bad article fails only its own job."""
    try:
        _store_jobs(extracted)
    except Exception:
        log.exception("a batch of %s articles failed; storing them one by one", len(extracted))
        for item in extracted:
            try:
                _store_jobs([item])
            except Exception as exc:
                _fail(item.job, exc)


@transaction.atomic
def _store_jobs(extracted: list[Extracted]) -> None:
    """Create the new articles in one insert, store them in one batch, finish every job."""
    clock = time.perf_counter()
    known = _known_articles(
        [content_hash(item.document.text) for item in extracted],
        [item.job.url for item in extracted if item.job.url],
    )
    new, finished = [], []
    for job, document, extraction in extracted:
        article = new_article(
            document, url=job.url, raw=raw_text(job.payload), metadata=job.metadata
        )
        found = known.get(article.content_hash) or (article.url and known.get(article.url))
        if not found:
            new.append(ToStore(article, extraction, job.negotiation))
            known |= {key: article for key in (article.content_hash, article.url) if key}
            found = article
        finished.append((job, found, found is not article))
    Article.objects.bulk_create([item.article for item in new])
    store_many(new, new_articles=True)
    seconds = _seconds_since(clock) / max(len(new), 1)
    for job, article, duplicate in finished:
        timings = {**job.metadata.get("timings", {}), "store": round(seconds, 4)}
        job.metadata = {**job.metadata, "timings": timings}
        _set(job, status=IngestJob.Status.STORED, article=article, duplicate=duplicate)
    IngestJob.objects.bulk_update(
        [job for job, _, _ in finished],
        ["status", "article", "duplicate", "error", "finished_at", "metadata"],
    )


def _known_articles(hashes: list[str], urls: list[str]) -> dict[str, Article]:
    """Stored articles with any of these content hashes or URLs, by hash and by URL."""
    found = {}
    for article in Article.objects.filter(Q(content_hash__in=hashes) | Q(url__in=urls)):
        found[article.content_hash] = article
        if article.url:
            found[article.url] = article
    return found


def _set(job: IngestJob, **fields) -> None:
    job.error, job.finished_at = "", timezone.now()
    for name, value in fields.items():
        setattr(job, name, value)


def _fail(job: IngestJob, exc: Exception) -> None:
    """End the job as failed, with what went wrong in words a reader understands."""
    _set(job, status=IngestJob.Status.FAILED, error=describe_error(exc), duplicate=False)
    job.article = None
    IngestJob.objects.filter(pk=job.pk).update(
        status=job.status, error=job.error, finished_at=job.finished_at
    )


def reextract_all(articles: list[Article]) -> dict[int, str]:
    """Extract stored articles again and store the results a batch per transaction, as
    `reextract` would one by one; returns the error of each article that failed, by id."""
    failed = {}
    for start in range(0, len(articles), BATCH_SIZE):
        failed |= _reextract_batch(articles[start : start + BATCH_SIZE])
    return failed


def _reextract_batch(articles: list[Article]) -> dict[int, str]:
    registry = registry_from_db()
    try:
        store_many([ToStore(a, extract(article_document(a), registry)) for a in articles])
        return {}
    except Exception:
        log.exception("re-extracting %s articles failed; trying them one by one", len(articles))
    failed = {}
    for article in articles:
        try:
            reextract(article)
        except Exception as exc:
            failed[article.pk] = describe_error(exc)
    return failed


def _seconds_since(clock: float) -> float:
    return round(time.perf_counter() - clock, 4)

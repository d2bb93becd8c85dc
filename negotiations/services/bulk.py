"""Many articles at once: extracted here or on worker processes, stored a batch per transaction.

The batches of `manage.py ingest` and of re-extraction, and the text jobs a worker's delivery
claimed together (`run_claimed`). With extracting processes, this process stores a batch while
they extract the next one. A batch stores exactly what its articles stored one by one would
(`store_many`), though it may link a meeting's participant earlier. When a batch fails, its
articles are stored one by one instead, so one bad article costs only itself.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import NamedTuple

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils import uuid
from django.db import transaction
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone

from negotiations.extraction import Document, Extraction, extract
from negotiations.extraction.parallel import Extractor
from negotiations.models import Article, IngestJob
from negotiations.registry_source import registry_from_db

from .articles import article_document, content_hash, new_article
from .jobs import (
    FINAL,
    describe_error,
    raw_text,
    read_document_of,
    retry_conflicts,
    validate_job_input,
)
from .rows import update_rows
from .storing import ToStore, store_extraction, store_many

log = logging.getLogger(__name__)

BATCH_SIZE = 100
# The commands' default number of extracting processes: one per CPU this process may run on,
# up to four. Storing takes about three times as long as extracting, so this one process,
# storing, keeps no more than that busy.
_CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
EXTRACTING = min(_CPUS, 4)


class Extracted(NamedTuple):
    """A running text job, the document read from it and what was extracted from that."""

    job: IngestJob
    document: Document
    extraction: Extraction


def in_batches(items: list) -> list[list]:
    """The items in batches of BATCH_SIZE, in order."""
    return [items[start : start + BATCH_SIZE] for start in range(0, len(items), BATCH_SIZE)]


def check(job: IngestJob) -> None:
    """Refuse an unsaved job as `submit` would (a ValidationError)."""
    validate_job_input(job.source, job.url, job.payload, job.metadata)


def ingest_texts(jobs: list[IngestJob], processes: int = 1) -> Iterator[list[IngestJob]]:
    """Run checked, unsaved text jobs here, a batch per transaction, extracted on `processes`
    processes; yields each batch once its jobs have ended stored (or a duplicate) or failed
    with their reason, as a worker would have left them."""
    with Extractor(processes) as extractor:
        yield from _in_turn(extractor, map(partial(_submit_jobs, extractor), in_batches(jobs)))


def _submit_jobs(extractor: Extractor, jobs: list[IngestJob]) -> Callable[[], list[IngestJob]]:
    """Save the jobs as running, read their documents and submit them for extraction; returns
    what stores them once extracted. Saved as running: if this process dies, the sweep queues
    them again for a worker."""
    now = timezone.now()
    for job in jobs:
        job.status, job.started_at, job.attempts = IngestJob.Status.EXTRACTING, now, 1
        job.task_id = uuid()
    IngestJob.objects.bulk_create(jobs)
    read = []
    for job in jobs:
        try:
            read.append((job, read_document_of(job, job.payload, None)))
        except Exception as exc:
            _fail(job, exc)
    outcomes = extractor.submit([document for _, document in read], registry_from_db())

    def store() -> list[IngestJob]:
        extracted = []
        for (job, document), outcome in zip(read, outcomes(), strict=True):
            if outcome.error:
                _fail(job, outcome.error)
                continue
            job.metadata = {**job.metadata, "timings": {"extract": outcome.seconds}}
            extracted.append(Extracted(job, document, outcome.extraction))
        store_extracted(extracted)
        return jobs

    return store


def _in_turn(extractor: Extractor, submitted: Iterator[Callable]) -> Iterator:
    """Finish each submitted batch in order, keeping `extractor.ahead` more submitted."""
    waiting = deque()
    for finish in submitted:
        waiting.append(finish)
        if len(waiting) > extractor.ahead:
            yield waiting.popleft()()
    while waiting:
        yield waiting.popleft()()


def run_claimed(jobs: list[IngestJob]) -> None:
    """Extract text jobs claimed together here and store them, in the order they were submitted,
    in one transaction; a job whose text cannot be read or extracted fails alone."""
    jobs = sorted(jobs, key=lambda job: (job.created_at, job.pk))
    prefetch_related_objects([job for job in jobs if job.negotiation_id], "negotiation")
    registry = registry_from_db()
    extracted = []
    for job in jobs:
        clock = time.perf_counter()
        try:
            document = read_document_of(job, job.payload, None)
            extraction = extract(document, registry)
        except SoftTimeLimitExceeded:
            raise  # the batch's time is up, whichever job it ran out in: all go back
        except Exception as exc:
            _fail(job, exc)
            continue
        timings = {**job.metadata.get("timings", {}), "fetch": 0.0}
        job.metadata = {**job.metadata, "timings": {**timings, "extract": _seconds_since(clock)}}
        extracted.append(Extracted(job, document, extraction))
    store_extracted(extracted)


def store_extracted(extracted: list[Extracted]) -> None:
    """Store the articles of running jobs in one transaction and finish the jobs; when that
    fails, each in a transaction of its own, so that a bad article fails only its own job.
    Conflicts with concurrent stores are tried again first."""
    if not extracted:
        return
    try:
        retry_conflicts(partial(_store_jobs, extracted), f"a batch of {len(extracted)} jobs")
    except SoftTimeLimitExceeded:
        raise  # no time left to store them one by one
    except Exception:
        log.exception("a batch of %s articles failed; storing them one by one", len(extracted))
        for item in extracted:
            try:
                retry_conflicts(partial(_store_jobs, [item]), f"job {item.job.pk}")
            except SoftTimeLimitExceeded:
                raise
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
    # A job another delivery finished meanwhile keeps its outcome, as `jobs._update` keeps it.
    update_rows(
        IngestJob.objects.exclude(status__in=FINAL),
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
    IngestJob.objects.filter(pk=job.pk).exclude(status__in=FINAL).update(
        status=job.status, error=job.error, finished_at=job.finished_at
    )


def reextract_all(articles: list[Article]) -> dict[int, str]:
    """Extract stored articles again and store the results a batch per transaction, as
    `reextract` would one by one; returns the error of each article that failed, by id."""
    batches = in_batches(articles)
    return {pk: error for failed in reextract_batches(batches) for pk, error in failed.items()}


def reextract_batches(
    batches: Iterable[list[Article]], processes: int = 1
) -> Iterator[dict[int, str]]:
    """`reextract_all` for each batch in turn, extracted on `processes` processes; yields the
    errors of each batch's failed articles once it is stored."""
    with Extractor(processes) as extractor:
        yield from _in_turn(extractor, map(partial(_submit_stored, extractor), batches))


def _submit_stored(extractor: Extractor, articles: list[Article]) -> Callable[[], dict]:
    """Submit stored articles for extraction; returns what stores the results once extracted
    (the errors of the articles that failed, by id)."""
    documents = [article_document(article) for article in articles]
    outcomes = extractor.submit(documents, registry_from_db())

    def store() -> dict[int, str]:
        found = list(zip(articles, outcomes(), strict=True))
        failed = {a.pk: describe_error(outcome.error) for a, outcome in found if outcome.error}
        try:
            store_many([ToStore(a, o.extraction) for a, o in found if not o.error])
            return failed
        except Exception:
            log.exception("re-extracting %s articles failed; trying them one by one", len(found))
        for article, outcome in found:
            if outcome.error:
                continue
            try:
                store_extraction(article, outcome.extraction)
            except Exception as exc:
                failed[article.pk] = describe_error(exc)
        return failed

    return store


def _seconds_since(clock: float) -> float:
    return round(time.perf_counter() - clock, 4)

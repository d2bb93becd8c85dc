"""Ingest jobs: stored in a transaction, enqueued after commit, run once to a final status.

A worker's delivery of a text job takes other queued text jobs along and stores them all in
one transaction (`bulk.run_claimed`); the message of each finds its job taken or finished,
unless the batch failed as a whole and queued it again to run alone.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils import uuid
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.utils import timezone

from negotiations.extraction import ExtractionError, extract, read_document
from negotiations.fetching import FetchError, TransientFetchError, fetch_url
from negotiations.limits import CHARS_STATED, MAX_CHARS, MAX_URL_LENGTH
from negotiations.models import IngestJob
from negotiations.registry_source import registry_from_db

from .articles import article_document, content_hash, existing_article, new_article
from .publishing import RUNNING_LIMIT, SWEEP_RETRIES, enqueue
from .storing import store_extraction

log = logging.getLogger(__name__)

http_url = URLValidator(schemes=["http", "https"], message="Enter a valid http(s) URL.")
FINAL = (IngestJob.Status.STORED, IngestJob.Status.FAILED)
CONFLICT_RETRIES = 3
CONFLICT_PAUSE = 0.05  # seconds, doubled at each retry
# A job whose worker died this often (a hard time limit, a crash) would otherwise loop forever.
MAX_ATTEMPTS = 5
# How many text jobs a worker's delivery runs at most: its own and the queued ones it takes
# along. Enough to spread a transaction's fixed cost; few enough that the time limit that
# covers them all is far off (extraction takes milliseconds an article).
BATCH = 20
# A longer text neither is taken along nor takes others: it runs alone, with the time limit to
# itself.
ALONG_BYTES = 200_000
# PostgreSQL conflicts that another try resolves, by SQLSTATE.
CONFLICTS = {
    "40001": "serialization failure",
    "40P01": "deadlock",
    "23505": "a record stored at the same time",
}


def submit(
    *,
    source,
    url="",
    filename="",
    payload="",
    metadata=None,
    negotiation=None,
    feed=None,
    user=None,
) -> IngestJob:
    """Validate and store an ingest job; it is enqueued once the transaction commits."""
    metadata = {} if metadata is None else metadata
    validate_job_input(source, url, payload, metadata)
    with transaction.atomic():
        job = IngestJob.objects.create(
            source=source,
            url=url,
            filename=filename[:300],
            payload=payload,
            metadata=metadata,
            negotiation=negotiation,
            feed=feed,
            submitted_by=user,
            task_id=uuid(),
        )
        # Not `delay_on_commit`: a broker outage must leave the job queued, not raise here.
        transaction.on_commit(partial(enqueue, job.pk))
    job.refresh_from_db()
    return job


def validate_job_input(source, url, payload, metadata) -> None:
    if source not in IngestJob.Source.values:
        raise ValidationError(f"unknown source {source!r}")
    if not url and not payload:
        raise ValidationError("give a URL or some text to ingest")
    if url:
        if len(url) > MAX_URL_LENGTH:
            raise ValidationError(f"the URL is longer than {MAX_URL_LENGTH} characters")
        http_url(url)
    if len(payload) > MAX_CHARS:
        raise ValidationError(f"the text is longer than {CHARS_STATED}")
    if "\x00" in payload:
        raise ValidationError("the text contains NUL bytes: is it a binary file?")
    if not isinstance(metadata, dict):
        raise ValidationError("metadata must be a JSON object")
    try:
        json.dumps(metadata)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"metadata is not JSON: {exc}") from exc


def submit_batch(jobs: list[IngestJob]) -> list[IngestJob]:
    """Store unsaved jobs in one transaction, skipping invalid ones; all are enqueued on commit."""
    valid = []
    for job in jobs:
        try:
            validate_job_input(job.source, job.url, job.payload, job.metadata)
        except ValidationError as exc:
            log.warning("skipped a %s job for %s: %s", job.source, job.url, "; ".join(exc.messages))
            continue
        job.task_id = uuid()
        valid.append(job)
    with transaction.atomic():
        created = IngestJob.objects.bulk_create(valid)
        transaction.on_commit(partial(enqueue, *(job.pk for job in created)))
    return created


@dataclasses.dataclass(frozen=True)
class FetchedText:
    """What a fetch hands to extraction, through the broker: the page as text and its origin."""

    text: str
    content_type: str
    fetched_at: str  # ISO 8601
    seconds: float


def fetch_job(job_id: int, *, retry_transient: bool = False) -> FetchedText | None:
    """Fetch a URL job's page for extraction; None when the job ended here (duplicate, failure)."""
    claimed = _claim(job_id, IngestJob.Status.FETCHING)
    if not claimed:
        return None
    [job] = claimed
    try:
        return _fetch(job)
    except Exception as exc:
        _fail(job, exc, retry_transient=retry_transient)
    return None


def run_job(
    job_id: int,
    *,
    fetched: FetchedText | None = None,
    continuing: bool = False,
    retry_transient: bool = False,
    batch: bool = False,
) -> IngestJob | None:
    """Extract and store one job, from its text or the page fetched for it; any failure ends
    as a readable error on the job. `continuing`: this run carries on the fetch's attempt.
    `batch`: a text job takes other queued text jobs along, all stored in one transaction
    (on PostgreSQL; for a worker's delivery, not for one run in-process)."""
    batching = batch and fetched is None
    claimed = _claim(job_id, IngestJob.Status.EXTRACTING, continuing=continuing, batching=batching)
    if not claimed:
        return None
    job, *others = claimed
    try:
        if others:
            from .bulk import run_claimed  # bulk builds on this module

            run_claimed(claimed)
        else:
            _extract_and_store(job, fetched)
    except SoftTimeLimitExceeded as exc:
        if others:  # a batch out of time blames none of its jobs: each runs alone next time
            _release(job, claimed, exc)
        else:
            _fail(job, exc, retry_transient=retry_transient)
    except Exception as exc:
        _release(job, others, exc)
        _fail(job, exc, retry_transient=retry_transient)
    return job


def _release(job: IngestJob, others: list[IngestJob], exc: Exception) -> None:
    """Queue again the jobs of a failed batch that it left running (those taken along; after
    the time limit, the job that took them too), each to run alone, as they are no first
    attempt any more; the sweep publishes them, as their own message may have come and gone."""
    if not others:
        return
    trouble = _passing_trouble(exc) or describe_error(exc)
    IngestJob.objects.filter(
        pk__in=[other.pk for other in others],
        status=IngestJob.Status.EXTRACTING,
        run_by=job.pk,
    ).update(status=IngestJob.Status.QUEUED, error=f"{trouble}; will retry", enqueued_at=None)


def _fail(job: IngestJob, exc: Exception, *, retry_transient: bool) -> None:
    """End the job with a readable error, or queue it again and re-raise for the task's retry."""
    passing = _passing_trouble(exc)
    # With the database still gone these updates fail too; the job then stays running
    # until the sweep queues it again (RUNNING_LIMIT).
    if passing and retry_transient:
        error = f"{passing}; will retry"
        _update(job, status=IngestJob.Status.QUEUED, error=error, enqueued_at=_now())
        raise exc
    if passing:
        _give_up(job, passing)
    else:
        _update(job, status=IngestJob.Status.FAILED, error=describe_error(exc), finished_at=_now())


def reextract(article) -> dict[str, int]:
    """Extract a stored article's text again and store the result over its old records."""
    return store_extraction(article, extract(article_document(article), registry_from_db()))


# One statement, conditional on the row as the statement first read it: of two deliveries
# racing for the job one claims it, as the other's condition is checked again on the row the
# first claimed. Each time the sweep queues a failed job again it gets another round of
# attempts; a job that used them up is failed (SPENT).
#
# `run_by` names the job whose task runs it: itself, or the job whose batch took it along. A
# delivery takes a running job back only when its own task ran it (a redelivery after its worker
# died), or when the run began more than RUNNING_LIMIT ago: then the worker that ran it is
# certainly gone, as the hard time limit covers a whole batch. So a job's own message, arriving
# while a batch runs it, leaves it to the batch (and a finished job is left alone as ever); a
# batch whose worker died leaves its jobs running until the sweep queues them again after
# RUNNING_LIMIT.
CLAIM = (
    "UPDATE {job} SET status = %s, started_at = %s, error = '', run_by = id,"
    " attempts = attempts + CASE WHEN (%s AND status = %s) THEN 0 ELSE 1 END"
    " WHERE id = %s AND (status, attempts) = (SELECT status, attempts FROM {job} WHERE id = %s)"
    " AND status NOT IN (%s, %s) AND ((%s AND status = %s) OR attempts < %s * (sweep_retries + 1))"
    " AND (status = %s OR run_by IS NULL OR run_by = id OR started_at < %s)"
    " RETURNING *"
)
# The claim, and in the same statement the queued text jobs taken along (up to BATCH - 1 when
# batching, else none), oldest first, skipping those another claim holds. Only jobs on their
# first attempt go together (the job claimed as well): a job whose run did not finish runs alone
# next time, so a job that kills its worker takes no batch down with it twice. The claim's row
# is locked first (the EXISTS is evaluated once, before the others are read), and taking others
# never waits for a lock, so two claims cannot wait for each other. When the job is not claimed,
# the statement returns it if its attempts are spent, so that a delivery finding its job
# finished or taken costs one statement.
CLAIM_WITH_OTHERS = (
    "WITH claimed AS (" + CLAIM + "), others AS ("
    " UPDATE {job} SET status = %s, started_at = %s, error = '', attempts = 1, run_by = %s"
    " WHERE id IN (SELECT id FROM {job} WHERE status = %s AND attempts = 0"
    " AND payload <> '' AND octet_length(payload) <= %s"
    " AND id <> %s AND EXISTS (SELECT FROM claimed WHERE attempts = 1 AND payload <> ''"
    " AND octet_length(payload) <= %s)"
    " ORDER BY created_at LIMIT %s FOR UPDATE SKIP LOCKED)"
    " RETURNING *"
    ") SELECT *, true AS started FROM claimed UNION ALL SELECT *, true FROM others"
    " UNION ALL SELECT *, false FROM ({spent}) AS spent WHERE NOT EXISTS (SELECT FROM claimed)"
)
# A job no claim may start: its worker died too often (a hard time limit, a crash) and it would
# otherwise loop forever. A job queued by its own fetch is not, as it continues that attempt.
SPENT = (
    "SELECT * FROM {job} WHERE id = %s AND status NOT IN (%s, %s)"
    " AND NOT (%s AND status = %s) AND attempts >= %s * (sweep_retries + 1)"
)


def _claim(
    job_id: int, status: str, *, continuing: bool = False, batching: bool = False
) -> list[IngestJob]:
    """Mark the job as started, unless it is gone, already final or claimed by another delivery;
    with `batching` (on PostgreSQL), claim queued text jobs to run with it as well. The job comes
    first. A job whose attempts are spent is failed instead.

    A job queued by its own fetch continues that attempt; any other start is a new attempt.
    """
    # Plain strings: the driver takes no enum members.
    now, queued = _now(), str(IngestJob.Status.QUEUED)
    final = [str(s) for s in FINAL]
    claim = [str(status), now, continuing, queued, job_id, job_id, *final, continuing, queued]
    claim += [MAX_ATTEMPTS, queued, now - RUNNING_LIMIT]
    spent = [job_id, *final, continuing, queued, MAX_ATTEMPTS]
    table = connection.ops.quote_name(IngestJob._meta.db_table)
    if connection.vendor == "postgresql":
        others = [str(status), now, job_id, queued, ALONG_BYTES, job_id, ALONG_BYTES]
        others.append(BATCH - 1 if batching else 0)
        sql = CLAIM_WITH_OTHERS.format(job=table, spent=SPENT.format(job=table))
        found = list(IngestJob.objects.raw(sql, claim + others + spent))
        claimed = [job for job in found if job.started]
    else:  # no data-modifying WITH: the spent job is read in a statement of its own
        claimed = list(IngestJob.objects.raw(CLAIM.format(job=table), claim))
        found = [] if claimed else list(IngestJob.objects.raw(SPENT.format(job=table), spent))
    if not claimed:
        for job in found:
            error = f"gave up after {job.attempts} attempts that did not finish"
            _update(job, status=IngestJob.Status.FAILED, finished_at=_now(), error=error)
    return sorted(claimed, key=lambda job: job.pk != job_id)


def _fetch(job: IngestJob) -> FetchedText | None:
    """Fetch the job's page and queue the job for extraction; a URL already stored is done."""
    if found := existing_article(url=job.url):
        _finish(job, found, duplicate=True, timings={})
        return None
    clock = time.perf_counter()
    page = fetch_url(job.url)
    fetched = FetchedText(
        text=raw_text(page.body),
        content_type=page.content_type,
        fetched_at=_now().isoformat(),
        seconds=_seconds_since(clock),
    )
    # Queued with its message out: the sweep leaves it to that message, as any queued job.
    _update(job, status=IngestJob.Status.QUEUED, enqueued_at=_now())
    return fetched


def _extract_and_store(job: IngestJob, fetched: FetchedText | None) -> None:
    """Extract and store; a text already stored finishes as a duplicate."""
    timings = {"fetch": fetched.seconds if fetched else 0.0}
    clock = time.perf_counter()
    if fetched:
        raw, content_type = fetched.text, fetched.content_type
        fetched_at = datetime.fromisoformat(fetched.fetched_at)
    else:
        raw, content_type, fetched_at = job.payload, None, None
    document = read_document_of(job, raw, content_type)
    found = existing_article(url=job.url, digest=content_hash(document.text))
    if found:
        _finish(job, found, duplicate=True, timings=timings)
        return
    extraction = extract(document, registry_from_db())
    timings["extract"] = _seconds_since(clock)
    _store_retrying(job, document, extraction, raw_text(raw), fetched_at, timings)


def _store_retrying(job, document, extraction, raw, fetched_at, timings) -> None:
    """`_store`, run again when concurrent stores of shared records conflict."""
    store = partial(_store, job, document, extraction, raw, fetched_at, timings)
    retry_conflicts(store, f"job {job.pk}")


def retry_conflicts(store: Callable[[], None], what: str) -> None:
    """Run `store` (a transaction) again when concurrent stores of shared records conflict."""
    for attempt in range(CONFLICT_RETRIES):
        try:
            return store()
        except (OperationalError, IntegrityError) as exc:
            if not _conflict(exc) or attempt == CONFLICT_RETRIES - 1:
                raise
            log.warning("%s: %s while storing, retrying", what, _conflict(exc))
            # Apart, so the transactions that collided do not collide again.
            time.sleep(random.uniform(0, CONFLICT_PAUSE * 2**attempt))


def raw_text(raw: str | bytes) -> str:
    # PostgreSQL text cannot hold NUL characters.
    text = raw if isinstance(raw, str) else raw.decode("utf-8", errors="replace")
    return text.replace("\x00", "")


def _seconds_since(clock: float) -> float:
    return round(time.perf_counter() - clock, 4)


def _store(job, document, extraction, raw, fetched_at, timings) -> None:
    """Create the article and its records and finish the job, all or nothing; when a job of
    another delivery or submission stored the same article first, finish as its duplicate."""
    clock = time.perf_counter()
    article = new_article(
        document, url=job.url, raw=raw, metadata=job.metadata, fetched_at=fetched_at
    )
    try:
        with transaction.atomic():
            article.save(force_insert=True)  # first: a unique article's race ends here
            # No savepoint: a failed store rolls the whole transaction back.
            store_extraction(
                article, extraction, job.negotiation, new_article=True, savepoint=False
            )
            timings = {**timings, "store": _seconds_since(clock)}
            # A concurrent delivery of this job may have finished it first: then keep nothing.
            if not _finish(job, article, duplicate=False, timings=timings):
                transaction.set_rollback(True)
    except IntegrityError:
        found = existing_article(url=job.url, digest=article.content_hash)
        if found is None:
            raise
        _finish(job, found, duplicate=True, timings=timings)


def read_document_of(job: IngestJob, raw, content_type):
    meta = job.metadata
    document = read_document(
        raw,
        filename=job.filename or None,
        content_type=content_type,
        url=job.url or None,
        title=_text(meta.get("title")),
        source=_text(meta.get("outlet")),
        published=_date(meta.get("published")),
    )
    if "\x00" in document.text:  # PostgreSQL text cannot hold NUL characters
        document = dataclasses.replace(document, text=document.text.replace("\x00", ""))
    return document


def _finish(job: IngestJob, article, *, duplicate: bool, timings: dict) -> bool:
    metadata = {**job.metadata, "timings": {**job.metadata.get("timings", {}), **timings}}
    return _update(
        job,
        status=IngestJob.Status.STORED,
        article=article,
        duplicate=duplicate,
        error="",
        finished_at=_now(),
        metadata=metadata,
    )


def _update(job: IngestJob, **fields) -> bool:
    """Write `fields` to the job, unless another delivery of it has finished it meanwhile."""
    for name, value in fields.items():
        setattr(job, name, value)
    return bool(IngestJob.objects.filter(pk=job.pk).exclude(status__in=FINAL).update(**fields))


def _give_up(job: IngestJob, trouble: str) -> None:
    """Fail a job whose passing trouble outlasted its retries; the sweep may try it again."""
    retryable = job.sweep_retries < SWEEP_RETRIES
    error = f"gave up after {job.attempts} attempts: {trouble}"
    _update(
        job,
        status=IngestJob.Status.FAILED,
        error=f"{error}; will retry later" if retryable else error,
        retryable=retryable,
        finished_at=_now(),
    )


def _passing_trouble(exc: Exception) -> str | None:
    """What went wrong, when it may pass (the network, the database); None when it will not."""
    if isinstance(exc, TransientFetchError):
        return str(exc) or type(exc).__name__
    if not isinstance(exc, OperationalError | InterfaceError):
        return None
    if conflict := _conflict(exc):
        return f"database busy ({conflict})"
    if _connection_lost(exc):
        return "database unavailable (connection lost)"
    return None


def _conflict(exc: Exception) -> str | None:
    return CONFLICTS.get(getattr(exc.__cause__, "sqlstate", None))


def _connection_lost(exc: Exception) -> bool:
    """Whether the connection died; a dead one is closed so the next query opens another."""
    if not connection.is_usable():
        connection.close()
        return True
    # A failed rollback may already have replaced it. psycopg reports the server's SQLSTATE
    # (08: connection exception, 57P: shut down), or none when it lost the server.
    sqlstate = getattr(exc.__cause__, "sqlstate", "")
    return isinstance(exc, InterfaceError) or sqlstate is None or sqlstate.startswith(("08", "57P"))


def describe_error(exc: Exception) -> str:
    if isinstance(exc, SoftTimeLimitExceeded):
        return "took longer than the time limit"
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    if isinstance(exc, ExtractionError | FetchError):
        return str(exc) or type(exc).__name__
    log.exception("job failed unexpectedly")
    return f"internal error ({type(exc).__name__}): {exc}"


def _text(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _now():
    return timezone.now()

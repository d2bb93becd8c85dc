"""Ingest jobs under ordinary faults: lost connections, conflicts, and what the sweep publishes."""

import os
from datetime import timedelta
from pathlib import Path
from unittest.mock import Mock

import pytest
from django.db import (
    DEFAULT_DB_ALIAS,
    IntegrityError,
    InterfaceError,
    OperationalError,
    connection,
    connections,
)
from django.utils import timezone
from psycopg import errors

from negotiations import models, services, tasks
from negotiations.models import IngestJob
from negotiations.services import jobs, publishing

pytestmark = pytest.mark.django_db

REDIS = os.environ.get("REDIS_URL", "")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_5c287e527622a995.txt"
TEXT = "Zelensky said on Monday that Ukraine would accept a 30-day ceasefire if Russia did."


def submit_text(text, capture):
    with capture(execute=True):
        job = services.submit(source=IngestJob.Source.TEXT, payload=text)
    job.refresh_from_db()
    return job


def fail_once(monkeypatch, name, error):
    """`jobs.<name>` raises `error` on its first call, then works."""
    real, failures = getattr(jobs, name), [error]

    def flaky(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, name, flaky)


def conflict(kind, wrapper=OperationalError):
    """The error Django raises for a PostgreSQL serialization failure, deadlock or clash of
    unique values."""
    cause = kind("could not complete the transaction")
    error = wrapper(str(cause))
    error.__cause__ = cause
    return error


def terminate_django_connection():
    """Kill the backend of Django's connection from a second one, as a database restart does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    finally:
        other.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="terminates PostgreSQL backends")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("step", ["read_document", "store_extraction"])
def test_a_connection_terminated_mid_job_is_retried_to_one_article(step, monkeypatch):
    real, calls = getattr(jobs, step), []

    def terminating(*args, **kwargs):
        if not calls:
            calls.append(step)
            terminate_django_connection()
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, step, terminating)
    job = services.submit(source=IngestJob.Source.TEXT, payload=SEED.read_text())

    job.refresh_from_db()
    assert (job.status, job.error, job.attempts, job.duplicate) == ("stored", "", 2, False)
    assert models.Article.objects.count() == 1
    keys = list(models.Statement.objects.values_list("merge_key", flat=True))
    assert keys and len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "step, kind, attempts",
    [
        ("existing_article", errors.SerializationFailure, 2),
        ("existing_article", errors.DeadlockDetected, 2),
        ("store_extraction", errors.SerializationFailure, 1),
    ],
)
def test_a_conflict_raised_once_is_retried(
    step, kind, attempts, monkeypatch, django_capture_on_commit_callbacks
):
    fail_once(monkeypatch, step, conflict(kind))
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.error, job.attempts) == ("stored", "", attempts)
    assert models.Article.objects.count() == 1


def test_a_record_another_store_made_meanwhile_makes_the_store_run_again(
    monkeypatch, django_capture_on_commit_callbacks
):
    # A concurrent store took a new proposal's slug between the look-up and the insert.
    fail_once(monkeypatch, "store_extraction", conflict(errors.UniqueViolation, IntegrityError))
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.error, job.attempts) == ("stored", "", 1)
    assert models.Article.objects.count() == 1


def test_a_clash_that_does_not_pass_fails_the_job_readably(
    monkeypatch, django_capture_on_commit_callbacks
):
    clash = conflict(errors.UniqueViolation, IntegrityError)
    monkeypatch.setattr(jobs, "store_extraction", Mock(side_effect=clash))
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.attempts) == ("failed", 1)
    assert "could not complete the transaction" in job.error
    assert not models.Article.objects.exists()


def age(job, **delta):
    """Move the job's last failure, and so its creation, back in time."""
    then = timezone.now() - timedelta(**delta)
    IngestJob.objects.filter(pk=job.pk).update(created_at=then, finished_at=then)


def test_a_lost_database_fails_the_job_readably_and_the_sweep_retries_it_up_to_a_limit(
    monkeypatch, django_capture_on_commit_callbacks
):
    lost = InterfaceError("connection already closed")
    monkeypatch.setattr(jobs, "existing_article", Mock(side_effect=lost))
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    trouble = "database unavailable (connection lost)"
    assert (job.status, job.retryable, job.attempts) == ("failed", True, 5)
    assert job.error == f"gave up after 5 attempts: {trouble}; will retry later"

    assert services.requeue_stale_jobs() == 0  # not yet: the sweep waits between retries
    for retry in range(1, publishing.SWEEP_RETRIES + 1):
        age(job, minutes=5 * 2**retry)
        assert services.requeue_stale_jobs() == 1
        job.refresh_from_db()
        assert (job.status, job.attempts, job.sweep_retries) == ("failed", 5 * (retry + 1), retry)

    assert job.error == f"gave up after 20 attempts: {trouble}"
    assert not job.retryable
    age(job, days=7)
    assert services.requeue_stale_jobs() == 0


def test_a_job_failed_by_a_passing_fault_is_stored_once_the_sweep_retries_it(
    monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(
        jobs, "existing_article", Mock(side_effect=conflict(errors.SerializationFailure))
    )
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.retryable) == ("failed", True)
    assert job.error.endswith("database busy (serialization failure); will retry later")

    monkeypatch.undo()
    age(job, minutes=10)
    assert services.requeue_stale_jobs() == 1
    job.refresh_from_db()
    assert (job.status, job.error, job.retryable, job.sweep_retries) == ("stored", "", False, 1)


@pytest.fixture
def published(monkeypatch):
    """Publishing is recorded, not run: the ids of the jobs each sweep publishes."""
    publish = Mock()
    monkeypatch.setattr(tasks.ingest_job, "apply_async", publish)
    return publish


def published_ids(publish):
    """The job ids published, however `apply_async` was called."""
    return [
        (call.kwargs.get("kwargs") or call.args[1])["job_id"] for call in publish.call_args_list
    ]


def waiting_jobs(count, **fields):
    """Queued jobs created ten minutes ago, past the sweep's grace."""
    created = IngestJob.objects.bulk_create(
        IngestJob(source="text", payload=f"{TEXT} {n}", **fields) for n in range(count)
    )
    ids = [job.pk for job in created]
    long_ago = timezone.now() - timedelta(minutes=10)
    IngestJob.objects.filter(pk__in=ids).update(created_at=long_ago)
    return ids


def test_the_sweep_leaves_jobs_whose_message_is_out_alone(published):
    waiting_jobs(120, task_id="sent", enqueued_at=timezone.now() - timedelta(minutes=5))
    for _ in range(3):
        assert services.requeue_stale_jobs() == 0
    assert published.call_count == 0


def test_the_sweep_publishes_a_lost_message_again_once(published):
    lost = waiting_jobs(1, task_id="lost", enqueued_at=timezone.now() - timedelta(hours=2))
    for _ in range(3):
        services.requeue_stale_jobs()
    assert published_ids(published) == lost
    assert published.call_args.kwargs["task_id"] == "lost"  # the job's task, published again
    assert IngestJob.objects.get().enqueued_at > timezone.now() - timedelta(minutes=1)


def test_a_failed_publish_leaves_the_jobs_for_the_sweep_which_publishes_them_once(
    published, django_capture_on_commit_callbacks
):
    published.side_effect = ConnectionError("broker down")
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.enqueued_at) == ("queued", None)

    published.reset_mock(side_effect=True)
    IngestJob.objects.update(created_at=timezone.now() - timedelta(minutes=10))
    for _ in range(3):
        services.requeue_stale_jobs()
    assert published_ids(published) == [job.pk]
    job.refresh_from_db()
    assert job.task_id == published.call_args.kwargs["task_id"]
    assert job.enqueued_at is not None


def test_a_broker_outage_stops_the_sweep_at_its_first_failed_publish(published):
    ids = waiting_jobs(3)
    published.side_effect = ConnectionError("broker down")
    assert services.requeue_stale_jobs() == 0
    assert published.call_count == 1
    assert not IngestJob.objects.filter(pk__in=ids, enqueued_at__isnull=False).exists()


def test_the_sweep_leaves_old_messages_alone_while_the_broker_has_a_backlog(published, monkeypatch):
    waiting_jobs(3, task_id="waiting", enqueued_at=timezone.now() - timedelta(hours=2))
    monkeypatch.setattr(publishing, "broker_backlog", lambda: 5_000)
    assert services.requeue_stale_jobs() == 0
    assert published.call_count == 0


@pytest.fixture
def idle_broker():
    """A real Redis broker no worker reads from, on a private, flushed database."""
    import redis

    from negotiations.celery import app

    if not REDIS:
        pytest.skip("needs Redis (REDIS_URL)")
    url = REDIS.rsplit("/", 1)[0] + "/7"
    redis.Redis.from_url(url).flushdb()
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = url, False
    app._pool, app.amqp._producer_pool = None, None
    yield
    app.conf.broker_url, app.conf.task_always_eager = saved
    app._pool, app.amqp._producer_pool = None, None
    redis.Redis.from_url(url).flushdb()


def test_the_backlog_counts_the_jobs_waiting_in_the_broker_on_either_queue(idle_broker):
    assert publishing.broker_backlog() == 0
    for job_id in (1, 2, 3):
        tasks.ingest_job.apply_async(kwargs={"job_id": job_id})
    tasks.fetch_job.apply_async(kwargs={"job_id": 4})
    tasks.poll_feeds.apply_async()  # not a job
    assert publishing.broker_backlog() == 4


def test_a_late_delivery_does_not_undo_a_finished_job(django_capture_on_commit_callbacks):
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.duplicate) == ("stored", False)
    late = IngestJob.objects.get(pk=job.pk)  # a second delivery, started before the first ended
    late.status = IngestJob.Status.EXTRACTING

    jobs._update(late, status=IngestJob.Status.FAILED, error="broken pipe")

    job.refresh_from_db()
    assert (job.status, job.error, job.duplicate) == ("stored", "", False)

"""Submitting and running ingest jobs: dedup, failures, races, idempotent reruns."""

import socket
import threading
from datetime import timedelta
from pathlib import Path
from unittest.mock import Mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from negotiations import models, services
from negotiations.models import IngestJob
from negotiations.services import bulk, jobs, publishing

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_5c287e527622a995.txt"
META = {"outlet": "CNN", "published": "2025-03-17", "title": "Trump to speak with Putin"}
TEXT = "Zelensky said on Monday that Ukraine would accept a 30-day ceasefire if Russia did."


def submit_text(text, capture, **fields):
    with capture(execute=True):
        job = services.submit(source=IngestJob.Source.TEXT, payload=text, metadata=META, **fields)
    job.refresh_from_db()
    return job


def test_submitted_text_is_stored_with_its_records(django_capture_on_commit_callbacks):
    job = submit_text(SEED.read_text(), django_capture_on_commit_callbacks)
    assert (job.status, job.error, job.duplicate) == ("stored", "", False)
    assert job.article.outlet == "CNN"
    assert job.article.published.isoformat() == "2025-03-17"
    assert job.started_at <= job.finished_at
    assert set(job.metadata["timings"]) == {"fetch", "extract", "store"}
    assert models.Statement.objects.filter(evidence__article=job.article).exists()


def test_same_text_twice_is_one_article(django_capture_on_commit_callbacks):
    first = submit_text(TEXT, django_capture_on_commit_callbacks)
    # Case and spacing do not make a different article.
    second = submit_text("  " + TEXT.upper().replace(" ", "  "), django_capture_on_commit_callbacks)
    assert models.Article.objects.count() == 1
    assert (second.status, second.duplicate, second.article) == ("stored", True, first.article)


def test_same_url_twice_is_one_article_fetched_once(
    fixture_server, django_capture_on_commit_callbacks
):
    url = fixture_server.serve("/story", f"<html><body><article><p>{TEXT}</p></article></body>")
    jobs = []
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            jobs.append(services.submit(source=IngestJob.Source.URL, url=url))
    first, second = (IngestJob.objects.get(pk=job.pk) for job in jobs)
    assert models.Article.objects.get().url == url
    assert (first.duplicate, second.duplicate, second.article) == (False, True, first.article)
    assert len(fixture_server.requests) == 1


def test_fetch_error_fails_the_job_readably(fixture_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = services.submit(source=IngestJob.Source.URL, url=fixture_server.url("/missing"))
    job.refresh_from_db()
    assert job.status == "failed"
    assert "404" in job.error
    assert job.article is None


def test_server_errors_are_retried_then_fail(fixture_server, django_capture_on_commit_callbacks):
    url = fixture_server.serve("/flaky", "down", status=503)
    with django_capture_on_commit_callbacks(execute=True):
        job = services.submit(source=IngestJob.Source.URL, url=url)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.attempts == len(fixture_server.requests) > 1


@pytest.mark.parametrize(
    "payload, message",
    [
        ("   \n\t ", "no article text"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10 binary" * 20, "binary"),
    ],
)
def test_bad_input_fails_the_job_and_loses_nothing(
    payload, message, django_capture_on_commit_callbacks
):
    stored = submit_text(TEXT, django_capture_on_commit_callbacks)
    before = (models.Article.objects.count(), models.Statement.objects.count())
    job = submit_text(payload, django_capture_on_commit_callbacks)
    assert job.status == "failed"
    assert message in job.error
    assert (models.Article.objects.count(), models.Statement.objects.count()) == before
    assert IngestJob.objects.get(pk=stored.pk).status == "stored"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"source": "url", "url": "ftp://example.org/a"}, "valid http"),
        ({"source": "url", "url": "javascript:alert(1)"}, "valid http"),
        ({"source": "text"}, "give a URL or some text"),
        ({"source": "carrier pigeon", "payload": "x"}, "unknown source"),
        ({"source": "text", "payload": "a\x00b"}, "NUL"),
        ({"source": "text", "payload": "x", "metadata": ["x"]}, "JSON object"),
    ],
)
def test_submit_refuses_invalid_input(fields, message):
    with pytest.raises(ValidationError, match=message):
        services.submit(**fields)
    assert not IngestJob.objects.exists()


def test_finished_job_is_not_run_again(django_capture_on_commit_callbacks):
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert services.run_job(job.pk) is None
    assert IngestJob.objects.get(pk=job.pk).attempts == 1


def test_interrupted_job_resumes_to_one_article():
    job = IngestJob.objects.create(source="text", payload=TEXT, status="extracting", attempts=1)
    services.run_job(job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts, models.Article.objects.count()) == ("stored", 2, 1)


def test_job_that_never_finishes_is_given_up():
    job = IngestJob.objects.create(source="text", payload=TEXT, status="extracting", attempts=5)
    services.run_job(job.pk)
    job.refresh_from_db()
    assert (job.status, job.error) == ("failed", "gave up after 5 attempts that did not finish")
    assert not models.Article.objects.exists()


@pytest.fixture
def broker_down():
    """Tasks are published to a port where nothing listens, as in a broker outage."""
    from negotiations.celery import app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = dead, False
    forget_broker_connections(app)
    yield
    app.conf.broker_url, app.conf.task_always_eager = saved
    forget_broker_connections(app)


def forget_broker_connections(app):
    # Celery keeps its connection and producer pools for the broker it first published to.
    app._pool = None
    app.amqp._producer_pool = None


def test_a_broker_outage_leaves_the_submitted_job_queued(
    broker_down, django_capture_on_commit_callbacks
):
    job = submit_text(TEXT, django_capture_on_commit_callbacks)
    assert (job.status, job.enqueued_at, job.error) == ("queued", None, "")
    assert not models.Article.objects.exists()


def test_sweep_enqueues_jobs_the_broker_never_got():
    from negotiations import tasks

    waited = IngestJob.objects.create(source="text", payload=TEXT)
    stuck = IngestJob.objects.create(
        source="text", payload=TEXT + " Again.", status="fetching", attempts=1
    )
    long_ago = timezone.now() - timedelta(minutes=10)
    IngestJob.objects.filter(pk=waited.pk).update(created_at=long_ago)
    IngestJob.objects.filter(pk=stuck.pk).update(created_at=long_ago, started_at=long_ago)
    fresh = IngestJob.objects.create(source="text", payload=TEXT + " Fresh.")

    assert tasks.sweep_stale_jobs() == 2

    statuses = dict(IngestJob.objects.values_list("pk", "status"))
    assert statuses == {waited.pk: "stored", stuck.pk: "stored", fresh.pk: "queued"}


def test_reextracting_an_article_keeps_its_records(django_capture_on_commit_callbacks):
    from negotiations import tasks

    job = submit_text(SEED.read_text(), django_capture_on_commit_callbacks)
    keys = set(models.Statement.objects.values_list("merge_key", flat=True))
    assert tasks.reextract_articles(article_ids=[job.article_id]) == 0
    assert set(models.Statement.objects.values_list("merge_key", flat=True)) == keys


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent connections")
@pytest.mark.django_db(transaction=True)
def test_racing_submissions_end_as_one_article():
    jobs = [IngestJob.objects.create(source="text", payload=TEXT) for _ in range(4)]
    barrier = threading.Barrier(len(jobs))

    def run(job_id):
        barrier.wait()
        try:
            services.run_job(job_id)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job.pk,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert models.Article.objects.count() == 1
    finished = IngestJob.objects.all()
    assert {job.status for job in finished} == {"stored"}
    assert sorted(job.duplicate for job in finished) == [False, True, True, True]


def statements_of(call, monkeypatch):
    """(statements of the whole call, of the store_extraction within it), on PostgreSQL or SQLite
    each transaction's BEGIN and COMMIT included."""
    real, store = jobs.store_extraction, []

    def counted_store(*args, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            result = real(*args, **kwargs)
        store.append(len(queries))
        return result

    monkeypatch.setattr(jobs, "store_extraction", counted_store)
    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries), sum(store)


@pytest.mark.django_db(transaction=True)
def test_a_job_costs_few_statements_besides_its_store(seeded, monkeypatch):
    services.run_job(IngestJob.objects.create(source="text", payload=TEXT).pk)  # reads the registry
    job = IngestJob.objects.create(source="text", payload=SEED.read_text())

    total, store = statements_of(lambda: services.run_job(job.pk), monkeypatch)

    assert IngestJob.objects.get(pk=job.pk).status == "stored"
    # Claim, duplicate check, registry version, BEGIN, the article, finish, COMMIT (10 when the
    # article was inserted in a savepoint of its own, 8 before the claim was one statement).
    assert total - store <= 7
    assert total <= 64  # with the store of today; the store's own pin is in its tests


@pytest.mark.django_db(transaction=True)
def test_a_fetch_costs_four_statements(fixture_server, monkeypatch):
    url = fixture_server.serve("/story", f"<html><body><article><p>{TEXT}</p></article></body>")
    job = IngestJob.objects.create(source="url", url=url)

    total, _ = statements_of(lambda: services.fetch_job(job.pk), monkeypatch)

    # Claim (one statement), duplicate check, queued for extraction.
    assert total == 3
    assert IngestJob.objects.get(pk=job.pk).status == "queued"


needs_skip_locked = pytest.mark.skipif(
    not connection.features.has_select_for_update_skip_locked, reason="batches skip locked rows"
)


def queue_texts(*texts):
    """Text jobs waiting for their deliveries, oldest first."""
    return [IngestJob.objects.create(source="text", payload=text, metadata=META) for text in texts]


def copies(count):
    return [f"{TEXT} Filed as copy {n}." for n in range(count)]


@needs_skip_locked
def test_a_delivery_runs_queued_text_jobs_together_and_their_own_deliveries_do_nothing():
    queued = queue_texts(*copies(4))
    waiting_for_fetch = IngestJob.objects.create(source="url", url="https://example.org/story")

    assert services.run_job(queued[1].pk, batch=True).status == "stored"

    ran = IngestJob.objects.filter(source="text")
    assert {(job.status, job.duplicate, job.attempts, job.run_by) for job in ran} == {
        ("stored", False, 1, queued[1].pk)
    }
    assert len({job.article_id for job in ran}) == models.Article.objects.count() == 4
    assert {frozenset(job.metadata["timings"]) for job in ran} == {
        frozenset({"fetch", "extract", "store"})
    }
    assert IngestJob.objects.get(pk=waiting_for_fetch.pk).status == "queued"
    for job in queued:  # each job's own message, delivered later
        assert services.run_job(job.pk, batch=True) is None
    assert set(IngestJob.objects.filter(source="text").values_list("status", "attempts")) == {
        ("stored", 1)
    }
    assert models.Article.objects.count() == 4


@needs_skip_locked
def test_a_long_text_runs_alone(monkeypatch):
    monkeypatch.setattr(jobs, "ALONG_BYTES", len(TEXT) + 100)
    short, long, later = queue_texts(TEXT, f"{TEXT} {'And more. ' * 20}", TEXT + " Again.")

    services.run_job(short.pk, batch=True)
    assert [IngestJob.objects.get(pk=job.pk).status for job in (short, long, later)] == [
        "stored",
        "queued",
        "stored",
    ]
    services.run_job(long.pk, batch=True)
    assert IngestJob.objects.get(pk=long.pk).run_by == long.pk


@needs_skip_locked
def test_duplicates_in_a_batch_finish_as_one_by_one_jobs_would():
    stored = services.run_job(queue_texts(TEXT)[0].pk)
    again, first, copy = queue_texts(TEXT, TEXT + " Again.", TEXT.upper() + " AGAIN.")

    services.run_job(again.pk, batch=True)

    again, first, copy = (IngestJob.objects.get(pk=job.pk) for job in (again, first, copy))
    assert (again.status, again.duplicate, again.article) == ("stored", True, stored.article)
    assert (first.status, first.duplicate) == ("stored", False)
    assert (copy.status, copy.duplicate, copy.article) == ("stored", True, first.article)
    assert models.Article.objects.count() == 2


@needs_skip_locked
def test_a_text_that_cannot_be_read_fails_alone_in_its_batch():
    queued = queue_texts(TEXT, "   \n\t ", TEXT + " Again.")

    services.run_job(queued[0].pk, batch=True)

    ran = [IngestJob.objects.get(pk=job.pk) for job in queued]
    assert [job.status for job in ran] == ["stored", "failed", "stored"]
    assert "no article text" in ran[1].error and ran[1].article is None
    assert models.Article.objects.count() == 2


def past_running_limit(*jobs_):
    """Move the jobs' creation and start back past the time a worker may run them."""
    then = timezone.now() - publishing.RUNNING_LIMIT - timedelta(seconds=1)
    IngestJob.objects.filter(pk__in=[job.pk for job in jobs_]).update(
        created_at=then, started_at=then
    )


@needs_skip_locked
def test_a_job_another_delivery_took_along_is_left_to_it_until_its_worker_is_surely_gone():
    from negotiations import tasks

    leader, other = queue_texts(TEXT, TEXT + " Again.")
    # A worker claims both, then dies before it stores them.
    claimed = jobs._claim(leader.pk, "extracting", batching=True)
    assert [job.pk for job in claimed] == [leader.pk, other.pk]

    assert services.run_job(other.pk, batch=True) is None  # its own message, meanwhile
    other.refresh_from_db()
    assert (other.status, other.attempts, other.run_by) == ("extracting", 1, leader.pk)
    # The leader's message, delivered again, runs it: alone, as its first attempt failed.
    assert services.run_job(leader.pk, batch=True).status == "stored"
    assert IngestJob.objects.get(pk=other.pk).status == "extracting"

    past_running_limit(other)
    assert tasks.sweep_stale_jobs() == 1

    other.refresh_from_db()
    assert (other.status, other.attempts, other.run_by) == ("stored", 2, other.pk)
    assert models.Article.objects.count() == 2


@needs_skip_locked
@pytest.mark.parametrize("stage", ["store_extracted", "extract"])
def test_a_batch_out_of_time_queues_all_its_jobs_again_to_run_alone(monkeypatch, stage):
    from negotiations import tasks

    jobs = queue_texts(*copies(3))
    if stage == "extract":  # the time runs out in the second job's extraction
        real = bulk.extract
        calls = iter([real, Mock(side_effect=SoftTimeLimitExceeded())])
        monkeypatch.setattr(bulk, "extract", lambda *args: next(calls, real)(*args))
    else:
        monkeypatch.setattr(bulk, stage, Mock(side_effect=SoftTimeLimitExceeded()))

    services.run_job(jobs[0].pk, batch=True)

    waiting = IngestJob.objects.filter(pk__in=[job.pk for job in jobs])
    assert {(job.status, job.error, job.enqueued_at) for job in waiting} == {
        ("queued", "took longer than the time limit; will retry", None)
    }
    monkeypatch.undo()
    past_running_limit(*jobs)  # their grace has passed
    assert tasks.sweep_stale_jobs() == 3
    assert set(waiting.values_list("status", "attempts")) == {("stored", 2)}


@needs_skip_locked
@pytest.mark.django_db(transaction=True)
def test_racing_deliveries_run_each_job_once():
    queued = queue_texts(*copies(6))
    barrier = threading.Barrier(len(queued))

    def deliver(job_id):
        barrier.wait()
        try:
            services.run_job(job_id, batch=True)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver, args=(job.pk,)) for job in queued]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    ran = IngestJob.objects.all()
    assert {(job.status, job.duplicate, job.attempts) for job in ran} == {("stored", False, 1)}
    assert len({job.article_id for job in ran}) == models.Article.objects.count() == len(queued)


@needs_skip_locked
def test_a_job_another_delivery_finished_meanwhile_keeps_its_outcome(monkeypatch):
    leader, other, third = queue_texts(*copies(3))
    store_many = bulk.store_many

    def finished_meanwhile(*args, **kwargs):
        IngestJob.objects.filter(pk=other.pk).update(status="failed", error="ended elsewhere")
        return store_many(*args, **kwargs)

    monkeypatch.setattr(bulk, "store_many", finished_meanwhile)

    services.run_job(leader.pk, batch=True)

    other.refresh_from_db()
    assert (other.status, other.error) == ("failed", "ended elsewhere")
    statuses = IngestJob.objects.filter(pk__in=[leader.pk, third.pk]).values_list(
        "status", flat=True
    )
    assert set(statuses) == {"stored"}

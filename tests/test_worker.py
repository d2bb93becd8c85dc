"""Ingestion through a real Celery worker and Redis: completion, a killed worker, an outage."""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count

from negotiations import models

ROOT = Path(__file__).resolve().parents[1]
REDIS = os.environ.get("REDIS_URL", "")
STORY = (
    "<html><body><article><p>Zelensky said on Monday that Ukraine would accept a 30-day "
    "ceasefire if Russia did.</p><p>Putin said Moscow agreed in principle.</p></article></body>"
)

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not REDIS, reason="needs Redis (REDIS_URL)"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker needs a shared DB"),
]

# `celery -A negotiations worker [options]`, plus what only tests need: the fixture server on
# 127.0.0.1 is fetchable, and an unacknowledged task is redelivered 4 s after its worker died.
WORKER = """
import sys
import django
django.setup()
from django.conf import settings
settings.FETCH_ALLOWED_TEST_HOSTS = ["127.0.0.1"]
from negotiations.celery import app
app.conf.broker_transport_options = {
    **app.conf.broker_transport_options,
    "visibility_timeout": 4, "unacked_restore_interval": 1, "unacked_restore_throttle": 1,
}
app.worker_main(["worker", "--concurrency", "1", "--pool", "prefork", "--loglevel", "INFO",
                 "--without-gossip", "--without-mingle", "--without-heartbeat", *sys.argv[1:]])
"""


@pytest.fixture
def env():
    """Environment for subprocesses: the test database and a private, flushed Redis db."""
    import redis

    db = connection.settings_dict
    # TEST_WORKER_REDIS_DB: another db, for runs that share the Redis server.
    broker = REDIS.rsplit("/", 1)[0] + "/" + os.environ.get("TEST_WORKER_REDIS_DB", "5")
    redis.Redis.from_url(broker).flushdb()
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": broker,
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def worker(env, tmp_path):
    """Start (and restart) worker processes; every one is killed at the end."""
    started = []

    def start(*options, **environ):
        log = open(tmp_path / f"worker-{len(started)}.log", "w")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER, *options],
            cwd=ROOT,
            env=env | environ,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        kill(process)


def kill(process):
    """SIGKILL the worker and its pool children at once, as a crash would."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def manage(env, *args, timeout=60):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def wait_for(condition, timeout=40):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting after {timeout} s")


def job_in(status):
    return lambda: models.IngestJob.objects.filter(status=status).first()


def ingest_file(env, folder, text):
    """Ingest `text` as a file through `manage.py ingest`, waiting for the worker; its output."""
    path = folder / f"story-{len(list(folder.glob('story-*')))}.html"
    path.write_text(text)
    return manage(env, "ingest", str(path)).stdout


def backends(application_name):
    """Process ids of the PostgreSQL backends connected under `application_name`."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s", [application_name]
        )
        return sorted(pid for (pid,) in cursor.fetchall())


def test_submitted_file_is_stored_by_the_worker(env, worker, tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    worker()
    result = manage(env, "ingest", str(story))
    assert "1 stored, 0 duplicates, 0 failed" in result.stdout
    job = models.IngestJob.objects.get()
    assert (job.status, job.attempts, job.enqueued_at is not None) == ("stored", 1, True)
    assert models.Statement.objects.filter(evidence__article=job.article).exists()


def test_text_jobs_submitted_at_once_are_stored_by_one_delivery(env, worker):
    submit = (
        "from negotiations.models import IngestJob as Job; from negotiations.services import jobs;"
        f"jobs.submit_batch([Job(source='text', payload={STORY!r}.replace('Monday', day))"
        " for day in ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday')])"
    )
    manage(env, "shell", "--no-imports", "-c", submit)
    worker()

    wait_for(lambda: not models.IngestJob.objects.exclude(status="stored").exists())
    ran = models.IngestJob.objects.order_by("pk")
    assert len({job.article_id for job in ran}) == models.Article.objects.count() == 5
    # The first delivery took the others along; their own deliveries found them finished.
    assert {(job.run_by, job.attempts) for job in ran} == {(ran[0].pk, 1)}


def test_killed_worker_mid_task_completes_once_after_restart(env, worker, fixture_server):
    url = fixture_server.serve("/slow", STORY, delay=3)
    first = worker()
    manage(env, "ingest", url, "--timeout", "0")
    wait_for(job_in("fetching"))
    time.sleep(0.5)
    kill(first)
    assert not models.Article.objects.exists()

    worker()
    job = wait_for(job_in("stored"))

    assert (job.attempts, job.duplicate) == (2, False)
    assert models.Article.objects.count() == 1
    assert models.Statement.objects.exists()
    repeated = models.Evidence.objects.values("article", "start", *models.RECORD_FIELDS)
    assert not repeated.annotate(n=Count("id")).filter(n__gt=1).exists()
    assert len(fixture_server.requests) == 2


def test_job_waits_out_a_broker_outage(env, worker, tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    with socket.socket() as probe:  # a port with nothing listening: the broker is down
        probe.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    result = manage(env | {"REDIS_URL": dead}, "ingest", str(story), "--timeout", "0")
    assert "1 still waiting for a worker" in result.stdout
    job = models.IngestJob.objects.get()
    assert (job.status, job.enqueued_at) == ("queued", None)

    worker()
    sweep = "from negotiations import tasks; print(tasks.sweep_stale_jobs(grace_seconds=0))"
    assert manage(env, "shell", "--no-imports", "-c", sweep).stdout.strip() == "1"

    job = wait_for(job_in("stored"))
    assert models.Article.objects.count() == 1


def test_a_worker_keeps_its_connection_across_tasks_and_replaces_a_killed_one(
    env, worker, tmp_path
):
    name = f"test-worker-{uuid.uuid4().hex[:8]}"
    worker(DATABASE_URL=f"{env['DATABASE_URL']}?application_name={name}")
    stories = [STORY.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday")]

    assert "1 stored" in ingest_file(env, tmp_path, stories[0])
    first = backends(name)
    assert "1 stored" in ingest_file(env, tmp_path, stories[1])
    assert backends(name) == first and len(first) == 1  # one connection, kept between tasks

    with connection.cursor() as cursor:  # as a database restart or an idle timeout would
        cursor.execute("SELECT pg_terminate_backend(%s)", first)
    assert "1 stored" in ingest_file(env, tmp_path, stories[2])
    replaced = backends(name)
    assert len(replaced) == 1 and replaced != first
    assert set(models.IngestJob.objects.values_list("status", "attempts")) == {("stored", 1)}


def test_fetching_and_extracting_run_on_workers_of_their_own_queues(
    env, worker, fixture_server, tmp_path
):
    url = fixture_server.serve("/story", STORY)
    worker("-Q", "extract")
    manage(env, "ingest", url, "--timeout", "0")
    # A text job submitted after it is extracted and stored while the URL waits for a fetcher.
    text = STORY.replace("Monday", "Sunday")
    assert "1 stored" in ingest_file(env, tmp_path, text)
    assert models.IngestJob.objects.get(url=url).status == "queued"
    assert fixture_server.requests == []

    worker("-Q", "fetch,feeds")  # fetches the page and hands it to the extract queue
    job = wait_for(lambda: models.IngestJob.objects.filter(url=url, status="stored").first())
    assert (job.attempts, job.duplicate) == (1, False)
    assert models.Statement.objects.filter(evidence__article=job.article).exists()
    assert len(fixture_server.requests) == 1


def niceness_of_group(leader: int) -> dict[int, int]:
    """{pid: niceness} of the processes in the process group that `leader` started."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state, ppid, pgrp, ...; niceness is the 19th field of stat.
        if int(fields[2]) == leader:
            found[int(stat.parent.name)] = int(fields[16])
    return found


def test_pool_processes_run_at_the_configured_niceness(env, worker, tmp_path):
    process = worker(WORKER_NICENESS="7")
    ingest_file(env, tmp_path, STORY)
    assert wait_for(job_in("stored"))

    niceness = niceness_of_group(process.pid)
    pool = {pid: nice for pid, nice in niceness.items() if pid != process.pid}
    started_at = os.nice(0)  # what the worker inherits: 0 unless the suite itself runs niced
    assert pool and set(pool.values()) == {started_at + 7}
    assert niceness[process.pid] == started_at  # the consumer keeps taking messages at once

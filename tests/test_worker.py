"""Ingestion through a real Celery worker and Redis: completion, a killed worker, an outage."""

import os
import signal
import socket
import subprocess
import sys
import time
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

# `celery -A negotiations worker`, plus what only tests need: the fixture server on 127.0.0.1
# is fetchable, and an unacknowledged task is redelivered 4 s after its worker died.
WORKER = """
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
                 "--without-gossip", "--without-mingle", "--without-heartbeat"])
"""


@pytest.fixture
def env():
    """Environment for subprocesses: the test database and a private, flushed Redis db."""
    import redis

    db = connection.settings_dict
    broker = REDIS.rsplit("/", 1)[0] + "/5"
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

    def start():
        log = open(tmp_path / f"worker-{len(started)}.log", "w")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            cwd=ROOT,
            env=env,
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


def test_submitted_file_is_stored_by_the_worker(env, worker, tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    worker()
    result = manage(env, "ingest", str(story), "--timeout", "40")
    assert "1 stored, 0 duplicates, 0 failed" in result.stdout
    job = models.IngestJob.objects.get()
    assert (job.status, job.attempts, job.enqueued_at is not None) == ("stored", 1, True)
    assert models.Statement.objects.filter(evidence__article=job.article).exists()


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

"""Ingestion through real Celery workers: CPU per article, jobs/s with 1, 2 and 4 worker
processes, latency, beside bare extraction measured in the same run.

Needs PostgreSQL and Redis, named by the environment:
- BENCH_PG: the PostgreSQL server (default postgres://postgres@127.0.0.1:5432);
- BENCH_INGEST_DB: the database, dropped, created and migrated here (default ceasefire_bench);
- BENCH_INGEST_REDIS: the broker with its db (default redis://127.0.0.1:6379/7); the bench
  purges the task queues there (fetch, extract, feeds) and flushes nothing else;
- BENCH_ARTICLES: the folder of eval JSON articles (default: the dev set in ../shared);
- BENCH_INGEST_COUNT: articles per round (default 1000).

Each worker size starts from the same state: a copy of the migrated database with the seed
registry (`<database>_<n>w`, made from it as a template), so later rounds do not store into an
archive the earlier ones filled. For each worker size it submits BENCH_INGEST_COUNT distinct
articles as text jobs at once and
prints jobs/s (first submit to last stored), the latency from submission to stored (p50/p95,
saturated: includes queueing) and the CPU the worker processes used per article (user +
system, from /proc); with 2 processes it also trickles 5 articles/s for 20 s (target p95 < 2 s).
Usage: `make bench-ingest` or `.venv/bin/python benchmarks/bench_ingest.py`.
"""

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_INGEST_DB", "ceasefire_bench")
REDIS = os.environ.get("BENCH_INGEST_REDIS", "redis://127.0.0.1:6379/7")
ARTICLES = int(os.environ.get("BENCH_INGEST_COUNT", "1000"))
WORKER_SIZES = (1, 2, 4)
BARE_SAMPLE = 300
LOW_RATE, LOW_SECONDS, LOW_RATE_WORKERS = 5, 20, 2
WAIT_LIMIT = 900

os.environ.update(DATABASE_URL=f"{PG_SERVER}/{DATABASE}", REDIS_URL=REDIS, LOG_LEVEL="WARNING")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))

from bench_common import article_copies, bare_rate, dev_articles, recreate_database  # noqa: E402

ARTICLES_DIR = dev_articles(ROOT)


def use_round_database(processes) -> str:
    """A fresh copy of the prepared database for this round, used from here on; its name."""
    from django.conf import settings
    from django.db import connections

    name = f"{DATABASE}_{processes}w"
    connections.close_all()
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{DATABASE}"')
    settings.DATABASES["default"]["NAME"] = name
    return name


def start_worker(processes, log_dir, database):
    """One Celery worker, on every queue, with `processes` pool processes."""
    log = open(Path(log_dir) / f"worker{processes}.log", "w")  # noqa: SIM115
    environment = {**os.environ, "DATABASE_URL": f"{PG_SERVER}/{database}"}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "negotiations", "worker",
         "--concurrency", str(processes), "--pool", "prefork", "-n", f"bench{processes}@%h",
         "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip


def wait_ready(worker, timeout=60):
    from negotiations.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            break
        if app.control.ping(timeout=0.5):
            return
    raise SystemExit("the worker did not start; see its log")


def stop_worker(worker):
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


def cpu_seconds(group):
    """CPU seconds (user + system) used so far by the live processes of a process group."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[2]) == group:  # pgrp; then utime and stime, in clock ticks
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def submit_at_once(batch):
    """Store every text as a job in one transaction, published on commit; the job ids."""
    from negotiations.models import IngestJob
    from negotiations.services.jobs import submit_batch

    jobs = [IngestJob(source=IngestJob.Source.TEXT, payload=text) for text in batch]
    return [job.pk for job in submit_batch(jobs)]


def submit_at_rate(batch, per_second):
    from negotiations import services
    from negotiations.models import IngestJob

    ids, started = [], time.monotonic()
    for n, text in enumerate(batch):
        time.sleep(max(0.0, started + n / per_second - time.monotonic()))
        ids.append(services.submit(source=IngestJob.Source.TEXT, payload=text).pk)
    return ids


def wait_done(ids):
    """Wait until every job is final; the number that failed."""
    from negotiations.models import IngestJob

    deadline = time.monotonic() + WAIT_LIMIT
    while time.monotonic() < deadline:
        open_jobs = IngestJob.objects.filter(pk__in=ids).exclude(status__in=["stored", "failed"])
        if not open_jobs.exists():
            return IngestJob.objects.filter(pk__in=ids, status="failed").count()
        time.sleep(0.1)
    raise SystemExit(f"jobs still open after {WAIT_LIMIT} s")


def latencies(ids):
    """Seconds from submission to the commit that made the job and its records visible."""
    from negotiations.models import IngestJob

    rows = IngestJob.objects.filter(pk__in=ids, status="stored")
    return sorted((r.finished_at - r.created_at).total_seconds() for r in rows)


def percentile(values, p):
    return (
        statistics.quantiles(values, n=100, method="inclusive")[p - 1] if values else float("nan")
    )


def p50_p95(values):
    return f"{percentile(values, 50):.2f} s / {percentile(values, 95):.2f} s"


def saturated_round(worker, processes):
    """Ingest ARTICLES at once; what it took, as report lines."""
    from django.db.models import Max, Min

    from negotiations.models import IngestJob

    cpu_before = cpu_seconds(worker.pid)
    ids = submit_at_once(article_copies(ARTICLES_DIR, ARTICLES, f"round-{processes}"))
    failed = wait_done(ids)
    cpu = cpu_seconds(worker.pid) - cpu_before
    span = IngestJob.objects.filter(pk__in=ids).aggregate(Min("created_at"), Max("finished_at"))
    seconds = (span["finished_at__max"] - span["created_at__min"]).total_seconds()
    return ARTICLES / seconds, [
        (f"{processes} worker process(es)", f"{ARTICLES} jobs, {failed} failed"),
        ("  throughput", f"{ARTICLES / seconds:.1f} jobs/s (first submit to last stored)"),
        ("  worker CPU", f"{1000 * cpu / ARTICLES:.1f} ms per article"),
        ("  latency p50 / p95", f"{p50_p95(latencies(ids))} (saturated: includes queueing)"),
    ]


def low_rate_round():
    ids = submit_at_rate(article_copies(ARTICLES_DIR, LOW_RATE * LOW_SECONDS, "trickle"), LOW_RATE)
    failed = wait_done(ids)
    return [
        (f"low rate {LOW_RATE}/s, {LOW_SECONDS} s", f"{len(ids)} jobs, {failed} failed"),
        ("  latency p50 / p95", f"{p50_p95(latencies(ids))} (target p95 < 2 s)"),
    ]


def main():
    import django

    recreate_database(PG_SERVER, DATABASE)
    django.setup()
    from django.core.management import call_command

    from negotiations.celery import app
    from negotiations.extraction import default_registry
    from negotiations.models import Article
    from negotiations.registry_source import load_registry

    call_command("migrate", verbosity=0)
    load_registry(default_registry())
    app.control.purge()  # messages of an interrupted run
    single = bare_rate(article_copies(ARTICLES_DIR, BARE_SAMPLE, "bare"))
    report = [("bare extraction", f"{single:.1f} articles/s in one process")]
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as log_dir:
        for processes in WORKER_SIZES:
            database = use_round_database(processes)
            worker = start_worker(processes, log_dir, database)
            try:
                wait_ready(worker)
                rate, lines = saturated_round(worker, processes)
                parallel = min(processes, cores)
                ratio = rate / (parallel * single)
                lines.append(("  ratio to bare", f"{ratio:.2f} of {parallel} x bare extraction"))
                if processes == LOW_RATE_WORKERS:
                    lines += low_rate_round()
            finally:
                stop_worker(worker)
            report += lines
    report.append(("articles in the last round's database", f"{Article.objects.count()}"))
    print(f"database {DATABASE} (and a copy per round), broker {REDIS}, {cores} cores")
    for label, value in report:
        print(f"{label:<28} {value}")


if __name__ == "__main__":
    main()

"""Ingestion throughput and latency through two real Celery workers, beside bare extraction.

Needs PostgreSQL and Redis: uses the database `ceasefire_bench` (dropped, created and
migrated here) and Redis db 7 (flushed). Prints articles/s for 1,000 distinct articles,
submission-to-visibility latency p50/p95, the single-process extraction rate ×2 cores in
the same run, their ratio (target ≥ 0.8), and the latency of an unsaturated 5 articles/s
run (target p95 < 2 s). Usage: `make bench-ingest` or `.venv/bin/python benchmarks/bench_ingest.py`.
"""

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "ceasefire_bench"
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379") + "/7"
ARTICLES = 1000
BARE_SAMPLE = 300
LOW_RATE, LOW_SECONDS = 5, 20
WAIT_LIMIT = 600

os.environ.update(DATABASE_URL=f"{PG_SERVER}/{DATABASE}", REDIS_URL=REDIS, LOG_LEVEL="WARNING")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))


def recreate_database():
    """Drop and create the bench database so every run starts empty."""
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [DATABASE],
        )
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        conn.execute(f"CREATE DATABASE {DATABASE}")


def texts(count, tag):
    """`count` distinct article texts: dev-set articles, each with a unique closing sentence."""
    import json

    bodies = [json.loads(p.read_text())["text"] for p in sorted(DEV_ARTICLES.glob("*.json"))]
    return [
        f"{bodies[i % len(bodies)].rstrip()}\n\nThis copy was filed as {tag} bulletin {i}."
        for i in range(count)
    ]


def bare_rate(sample):
    """Articles/s of read_document + extract in this one process."""
    from negotiations.extraction import extract, read_document
    from negotiations.registry_source import registry_from_db

    registry = registry_from_db()
    started = time.perf_counter()
    for text in sample:
        extract(read_document(text, published=None), registry)
    return len(sample) / (time.perf_counter() - started)


def start_workers(log_dir):
    workers = []
    for n in (1, 2):
        log = open(Path(log_dir) / f"worker{n}.log", "w")  # noqa: SIM115
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "negotiations", "worker",
                 "--concurrency", "1", "--pool", "prefork", "-n", f"bench{n}@%h",
                 "--without-gossip", "--without-mingle", "--without-heartbeat"],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        )  # fmt: skip
    return workers


def wait_ready(workers, timeout=30):
    from negotiations.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(app.control.ping(timeout=0.5)) >= len(workers):
            return
    raise SystemExit("workers did not start; see their logs")


def stop_workers(workers):
    for process in workers:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in workers:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def submit_all(batch, per_second=None):
    """Submit each text as a job (at `per_second` if given); return the job ids."""
    from negotiations import services
    from negotiations.models import IngestJob

    ids, started = [], time.monotonic()
    for n, text in enumerate(batch):
        if per_second:
            time.sleep(max(0.0, started + n / per_second - time.monotonic()))
        ids.append(services.submit(source=IngestJob.Source.TEXT, payload=text).pk)
    return ids


def wait_done(ids):
    """Wait until every job is final; return (seconds waited, failed count)."""
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


def main():
    import django
    import redis

    recreate_database()
    redis.Redis.from_url(REDIS).flushdb()
    django.setup()
    from django.core.management import call_command

    from negotiations.extraction import default_registry
    from negotiations.models import Article
    from negotiations.registry_source import load_registry

    call_command("migrate", verbosity=0)
    load_registry(default_registry())
    batch = texts(ARTICLES, "load")

    single = bare_rate(batch[:BARE_SAMPLE])
    with tempfile.TemporaryDirectory() as log_dir:
        workers = start_workers(log_dir)
        try:
            wait_ready(workers)
            started = time.monotonic()
            ids = submit_all(batch)
            failed = wait_done(ids)
            elapsed = time.monotonic() - started
            saturated = latencies(ids)

            low_ids = submit_all(texts(LOW_RATE * LOW_SECONDS, "trickle"), per_second=LOW_RATE)
            low_failed = wait_done(low_ids)
            unsaturated = latencies(low_ids)
        finally:
            stop_workers(workers)

    rate = ARTICLES / elapsed
    report = [
        ("articles ingested", f"{ARTICLES} ({failed} failed), {Article.objects.count()} in the DB"),
        ("ingest throughput", f"{rate:.1f} articles/s (2 workers, first submit to last stored)"),
        ("  latency p50 / p95", f"{p50_p95(saturated)} (saturated: includes queueing)"),
        ("bare extraction", f"{single:.1f} articles/s per process, x2 cores = {2 * single:.1f}"),
        ("ratio ingest / bare", f"{rate / (2 * single):.2f} (target >= 0.8)"),
        (f"low rate {LOW_RATE}/s, {LOW_SECONDS} s", f"{len(low_ids)} ({low_failed} failed)"),
        ("  latency p50 / p95", f"{p50_p95(unsaturated)} (target p95 < 2 s)"),
    ]
    for label, value in report:
        print(f"{label:<26} {value}")


def p50_p95(values):
    return f"{percentile(values, 50):.2f} s / {percentile(values, 95):.2f} s"


if __name__ == "__main__":
    main()

"""Bulk ingestion (`manage.py ingest <folder>`) beside bare extraction, in one run.

Needs PostgreSQL: uses the database BENCH_BULK_DB (default `ceasefire_bulk_h`; dropped,
created, migrated and seeded before each ingest) on the server BENCH_PG. Writes
BENCH_BULK_ARTICLES (default 1,000) distinct article files made from the dev set, ingests the
folder with extraction in the ingesting process alone, then again on the default number of
extracting processes (one per CPU, up to four), and prints articles/s of each ingest,
articles/s of read_document + extract in this process, and their ratio (target >= 0.5).
Usage: `make bench-bulk` or `.venv/bin/python benchmarks/bench_bulk.py`.
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_BULK_DB", "ceasefire_bulk_h")
ARTICLES = int(os.environ.get("BENCH_BULK_ARTICLES", "1000"))
BARE_SAMPLE = 300
os.environ.update(DATABASE_URL=f"{PG_SERVER}/{DATABASE}", LOG_LEVEL="WARNING")
os.environ.pop("REDIS_URL", None)  # the ingest runs here; nothing goes to a worker
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))

from bench_common import article_copies, bare_rate, dev_articles, recreate_database  # noqa: E402

DEV_ARTICLES = dev_articles(ROOT)


def fresh_database():
    from django.core.management import call_command
    from django.db import connections

    connections.close_all()
    recreate_database(PG_SERVER, DATABASE)
    call_command("migrate", verbosity=0)
    call_command("seed", stdout=io.StringIO(), stderr=io.StringIO())


def bulk_rate(folder, count, processes):
    """Articles/s of `manage.py ingest <folder>` into a fresh database, the summary it
    printed, and the evidence rows it stored."""
    from django.core.management import call_command

    from negotiations.models import Evidence

    fresh_database()
    out = io.StringIO()
    started = time.perf_counter()
    call_command("ingest", str(folder), processes=processes, stdout=out, stderr=io.StringIO())
    rate = count / (time.perf_counter() - started)
    return rate, out.getvalue().splitlines()[0], Evidence.objects.count()


def main():
    if not DEV_ARTICLES.is_dir():
        sys.exit(f"no articles in {DEV_ARTICLES}: set BENCH_ARTICLES to the dev set's articles/")
    import django

    django.setup()
    from negotiations.services.bulk import EXTRACTING

    fresh_database()
    bare = bare_rate(article_copies(DEV_ARTICLES, BARE_SAMPLE, "bare"))
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(article_copies(DEV_ARTICLES, ARTICLES, "bulk")):
            Path(folder, f"{n:05}.txt").write_text(text)
        alone, summary, evidence = bulk_rate(folder, ARTICLES, 1)
        shared, shared_summary, shared_evidence = bulk_rate(folder, ARTICLES, EXTRACTING)
    rows = [
        ("articles ingested", f"{summary} (on {EXTRACTING} processes: {shared_summary})"),
        ("evidence rows", f"{evidence:,} (on {EXTRACTING} processes: {shared_evidence:,})"),
        ("bare extraction", f"{bare:.1f} articles/s (read_document + extract, one process)"),
        ("bulk, one process", f"{alone:.1f} articles/s (ingest of {ARTICLES} files)"),
        ("ratio bulk / bare", f"{alone / bare:.2f} (target >= 0.5)"),
        (f"bulk, {EXTRACTING} extracting", f"{shared:.1f} articles/s (extraction on workers)"),
        ("ratio bulk / bare", f"{shared / bare:.2f} ({EXTRACTING} processes against one)"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()

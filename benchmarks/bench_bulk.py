"""Bulk ingestion (`manage.py ingest <folder>`) beside bare extraction, in one run.

Needs PostgreSQL: uses the database BENCH_BULK_DB (default `ceasefire_bulk_h`; dropped,
created, migrated and seeded here) on the server BENCH_PG. Writes BENCH_BULK_ARTICLES
(default 1,000) distinct article files made from the dev set, ingests the folder, and prints
articles/s of the ingest, articles/s of read_document + extract in this process, and their
ratio (target >= 0.5). Usage: `make bench-bulk` or `.venv/bin/python benchmarks/bench_bulk.py`.
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


def bulk_rate(folder, count):
    """Articles/s of `manage.py ingest <folder>`, and the summary it printed."""
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    call_command("ingest", str(folder), stdout=out, stderr=io.StringIO())
    return count / (time.perf_counter() - started), out.getvalue().splitlines()[0]


def main():
    if not DEV_ARTICLES.is_dir():
        sys.exit(f"no articles in {DEV_ARTICLES}: set BENCH_ARTICLES to the dev set's articles/")
    recreate_database(PG_SERVER, DATABASE)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed", stdout=io.StringIO(), stderr=io.StringIO())
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(article_copies(DEV_ARTICLES, ARTICLES, "bulk")):
            Path(folder, f"{n:05}.txt").write_text(text)
        bare = bare_rate(article_copies(DEV_ARTICLES, BARE_SAMPLE, "bare"))
        bulk, summary = bulk_rate(folder, ARTICLES)
    from negotiations.models import Article, Evidence

    rows = [
        ("articles ingested", f"{summary}; {Article.objects.count()} articles in the DB"),
        ("evidence rows", f"{Evidence.objects.count():,}"),
        ("bulk ingestion", f"{bulk:.1f} articles/s (manage.py ingest of {ARTICLES} files)"),
        ("bare extraction", f"{bare:.1f} articles/s (read_document + extract, one process)"),
        ("ratio bulk / bare", f"{bulk / bare:.2f} (target >= 0.5)"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()

"""Download benchmark: the CSV and JSON of 100,000 statements, streamed from PostgreSQL.

Uses the database named by BENCH_DOWNLOAD_DB (default `ceasefire_download_bench`, dropped,
created and migrated here) on BENCH_PG. Prints, for each format, the rows, bytes, seconds,
rows per second, the time to the first byte, and the peak Python memory while streaming,
beside the peak for a tenth of the rows (a ratio near 1 means memory does not grow with the
download). Usage: `make bench-download`.
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DOWNLOAD_DB", "ceasefire_download_bench")
ROWS = int(os.environ.get("BENCH_DOWNLOAD_ROWS", "100000"))

os.environ.update(DATABASE_URL=f"{PG_SERVER}/{DATABASE}", LOG_LEVEL="WARNING")
os.environ.pop("REDIS_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))

from bench_common import recreate_database  # noqa: E402


def fill(rows: int):
    """`rows` statements, each with one source, in a hundred articles."""
    from datetime import date, timedelta

    from negotiations import models

    talks = models.Negotiation.objects.create(name="Bench talks", slug="bench-talks")
    speakers = [
        models.Actor.objects.create(name=f"Speaker {i}", slug=f"speaker-{i}") for i in range(50)
    ]
    articles = [
        models.Article.objects.create(
            text=f"Article {i}. " + "Words of the article. " * 300,
            content_hash=f"bench-{i}",
            outlet="Bench Wire",
            title=f"Bench article {i}",
            published=date(2025, 1, 1) + timedelta(days=i % 300),
            reported_on=date(2025, 1, 1) + timedelta(days=i % 300),
        )
        for i in range(100)
    ]
    for start in range(0, rows, 5000):
        made = models.Statement.objects.bulk_create(
            models.Statement(
                speaker=speakers[i % 50],
                text=f"Speaker {i % 50} said that the talks on point {i} were going well.",
                content=f"the talks on point {i} were going well",
                said_on=date(2025, 1, 1) + timedelta(days=i % 300),
                negotiation=talks,
                merge_key=f"bench-{i}",
            )
            for i in range(start, min(rows, start + 5000))
        )
        models.Evidence.objects.bulk_create(
            models.Evidence(
                article=articles[s.pk % 100], statement=s, sentence=s.text, start=0, end=60
            )
            for s in made
        )


def measure(fmt: str, limit: int | None = None, trace: bool = False) -> dict:
    """Stream one download to the end: its size, time and first byte, or, traced (which
    slows Python several times over), its peak memory."""
    from django.test import RequestFactory

    from negotiations.downloads import download
    from negotiations.models import Statement
    from negotiations.selection import Selection

    statements = Statement.objects.all()
    if limit:
        statements = statements.filter(pk__in=Statement.objects.order_by("pk")[:limit].values("pk"))
    request = RequestFactory().get("/timeline/", {"format": fmt})
    if trace:
        tracemalloc.start()
    clock = time.perf_counter()
    response = download(request, Selection.of_records(statements=statements), "bench", fmt)
    size, first = 0, None
    for chunk in response.streaming_content:
        first = first or time.perf_counter() - clock
        size += len(chunk)
    seconds = time.perf_counter() - clock
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    tracemalloc.stop()
    return {"bytes": size, "seconds": seconds, "first": first, "peak": peak}


def main():
    import django

    recreate_database(PG_SERVER, DATABASE)
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    clock = time.perf_counter()
    fill(ROWS)
    print(f"filled {ROWS:,} statements in {time.perf_counter() - clock:.0f} s")
    for fmt in ("csv", "json"):
        full = measure(fmt)
        full["peak"] = measure(fmt, trace=True)["peak"]
        small = measure(fmt, ROWS // 10, trace=True)
        print(
            f"{fmt}: {ROWS:,} rows, {full['bytes'] / 1e6:.1f} MB in {full['seconds']:.1f} s "
            f"({ROWS / full['seconds']:,.0f} rows/s), "
            f"first byte after {full['first'] * 1000:.0f} ms, "
            f"peak memory {full['peak'] / 1e6:.1f} MB vs {small['peak'] / 1e6:.1f} MB for "
            f"{ROWS // 10:,} rows (ratio {full['peak'] / small['peak']:.2f})"
        )


if __name__ == "__main__":
    main()

"""Dashboard load benchmark: 100k statements in PostgreSQL, gunicorn (2 workers), wrk on loopback.

Usage: .venv/bin/python benchmarks/bench_web.py [--fresh] [--seconds 8] [--connections 4]
Runs the app as production does (DEBUG off, Redis cache, cached templates) and prints, per page,
p50/p95 latency and requests/s served warm from the page cache and rendered uncached (a second
gunicorn with PAGE_CACHE_SECONDS=0), beside a bare Django view, and the queries an uncached
render issues. Targets (issue 5): p95 < 50 ms and at least 1/3 of the bare view's requests/s.
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB_NAME = "ceasefire_benchweb"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
ENV = {
    "DATABASE_URL": f"{PG}/{DB_NAME}",
    "DEBUG": "0",
    "SECRET_KEY": "bench-web-only",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
    "REDIS_URL": os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0"),
}
os.environ.update(ENV)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))

SIZES = {"actors": 1000, "statements": 100_000, "meetings": 10_000, "proposals": 2_000}
ARTICLES, ISSUES, DAYS, BATCH = 20_000, 20, 1095, 5000
PHRASES = [
    "the ceasefire must hold",
    "a humanitarian corridor would open",
    "prisoner exchange talks continue",
    "sanctions relief is premature",
    "monitoring mission is welcome",
    "the energy truce was violated",
    "the grain deal should be extended",
    "withdrawal of heavy weapons is needed",
    "elections cannot be held under fire",
    "the peace plan is a starting point",
]
P95_TARGET_MS, RPS_TARGET_SHARE = 50, 1 / 3
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.3f %.3f %.1f %d %d\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests / (summary.duration / 1e6), summary.requests,
    errors))
end
"""


def create_database(fresh: bool) -> bool:
    """Create the bench database; True when it must be filled."""
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)')
        if not exists or fresh:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')
    return not exists or fresh


def setup_django(fill: bool):
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from negotiations.models import Statement

    if fill or Statement.objects.count() < SIZES["statements"]:
        fill_database()
    call_command("collectstatic", verbosity=0, interactive=False)


def bulk(model, rows):
    model.objects.bulk_create(rows, batch_size=BATCH)
    return list(model.objects.order_by("id"))


def fill_database():
    """Insert the records with bulk_create, each with one evidence row, then analyse."""
    from django.db import connection
    from django.utils import timezone

    from negotiations import models as m
    from negotiations.extraction import normalize_alias

    rng = random.Random(7)
    started = time.perf_counter()
    today = timezone.localdate()
    first_day = today - timedelta(days=DAYS)

    def day():
        return first_day + timedelta(days=rng.randrange(DAYS + 30))

    talks = m.Negotiation.objects.create(name="Bench talks", slug="bench-talks")
    actors = bulk(
        m.Actor,
        [
            m.Actor(name=f"Bench Actor {i:04d}", slug=f"bench-actor-{i:04d}", kind="person")
            for i in range(SIZES["actors"])
        ],
    )
    m.ActorAlias.objects.bulk_create(
        [m.ActorAlias(actor=a, name=a.name, normalized=normalize_alias(a.name)) for a in actors],
        batch_size=BATCH,
    )
    issues = bulk(m.Issue, [m.Issue(name=f"Issue {i}", slug=f"issue-{i}") for i in range(ISSUES)])
    articles = bulk(
        m.Article,
        [
            m.Article(
                title=f"Bench article {i}",
                outlet="Bench Wire",
                published=first_day + timedelta(days=i % DAYS),
                text=f"Bench article {i}. " + " ".join(PHRASES),
                content_hash=hashlib.sha256(f"bench-{i}".encode()).hexdigest(),
            )
            for i in range(ARTICLES)
        ],
    )
    statements = bulk(
        m.Statement,
        [
            m.Statement(
                speaker=(speaker := rng.choice(actors)),
                text=f"{speaker.name} said {(phrase := rng.choice(PHRASES))}.",
                content=phrase,
                said_on=day(),
                negotiation=talks,
                merge_key=f"bench-s-{i}",
            )
            for i in range(SIZES["statements"])
        ],
    )
    m.Statement.issues.through.objects.bulk_create(
        [
            m.Statement.issues.through(statement=s, issue=rng.choice(issues))
            for s in statements[::3]
        ],
        batch_size=BATCH,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE negotiations_statement SET search_vector = "
            "to_tsvector('english', text || ' ' || content)"
        )
    meetings = bulk(
        m.Meeting,
        [
            m.Meeting(
                title=f"Talks round {i}",
                kind="talks",
                date=(when := day()),
                status="planned" if when >= today else "held",
                location=rng.choice(["Geneva", "Doha", "Istanbul", "Riyadh"]),
                negotiation=talks,
                merge_key=f"bench-m-{i}",
            )
            for i in range(SIZES["meetings"])
        ],
    )
    m.MeetingParticipant.objects.bulk_create(
        [
            m.MeetingParticipant(meeting=meeting, actor=actor)
            for meeting in meetings
            for actor in rng.sample(actors, 3)
        ],
        batch_size=BATCH,
    )
    proposals = bulk(
        m.Proposal,
        [
            m.Proposal(
                title=f"Plan {i}: {rng.choice(PHRASES)}",
                slug=f"bench-plan-{i}",
                kind="ceasefire",
                proposer=rng.choice(actors),
                first_seen=day(),
                negotiation=talks,
                merge_key=f"bench-p-{i}",
            )
            for i in range(SIZES["proposals"])
        ],
    )
    responses = bulk(
        m.ProposalResponse,
        [
            m.ProposalResponse(
                proposal=p,
                actor=actor,
                response=rng.choice(["accepted", "rejected", "conditional", "considering"]),
                responded_on=p.first_seen + timedelta(days=rng.randrange(1, 20)),
                negotiation=talks,
                merge_key=f"bench-r-{p.pk}-{actor.pk}",
            )
            for p in proposals
            for actor in rng.sample(actors, 3)
        ],
    )
    positions = bulk(
        m.Position,
        [
            m.Position(
                actor=actor,
                issue=rng.choice(issues),
                stance=rng.choice(["support", "oppose", "conditional", "neutral"]),
                as_of=day(),
                merge_key=f"bench-pos-{actor.pk}-{n}",
            )
            for actor in actors
            for n in range(5)
        ],
    )
    records = [
        ("statement", statements),
        ("meeting", meetings),
        ("proposal", proposals),
        ("response", responses),
        ("position", positions),
    ]
    m.Evidence.objects.bulk_create(
        [
            m.Evidence(article=rng.choice(articles), sentence=PHRASES[0], start=0, end=20, **{f: r})
            for f, rows in records
            for r in rows
        ],
        batch_size=BATCH,
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"filled {DB_NAME} in {time.perf_counter() - started:.0f} s")


def urls():
    """The pages to measure, with the htmx headers a scroll sends."""
    from django.db.models import Count

    from negotiations.models import Actor
    from negotiations.queries import Filters, timeline_page

    busy = Actor.objects.annotate(n=Count("statements")).order_by("-n").first()
    cursor = None
    for scroll in range(100):
        cursor = timeline_page(Filters(), before=cursor, limit=30).next_cursor
        if scroll == 0:
            first_scroll = cursor
    scroll = {"HX-Request": "true", "HX-Target": "load-more"}
    return [
        ("home, negotiations", "/", {}),
        ("timeline, first page", "/timeline/", {}),
        ("timeline, one actor", f"/timeline/?actor={busy.slug}", {}),
        ("timeline, search", "/timeline/?q=humanitarian+corridor", {}),
        ("actor page", f"/actors/{busy.slug}/", {}),
        ("meetings page", "/meetings/", {}),
        ("scroll 1 (htmx)", f"/timeline/?before={first_scroll}", scroll),
        ("scroll 100 (htmx)", f"/timeline/?before={cursor}", scroll),
    ]


def count_queries(pages):
    """{page: (warm, uncached)} query counts, measured in-process with the test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    def queries(url, headers):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, headers=headers)
        assert response.status_code == 200, (url, response.status_code)
        return len(ctx.captured_queries)

    client, counts = Client(), {}
    for name, url, headers in pages:
        with override_settings(PAGE_CACHE_SECONDS=0):
            uncached = queries(url, headers)
        client.get(url, headers=headers)
        counts[name] = (queries(url, headers), uncached)
    return counts


def serve(app: str, port: int, extra_path: str = "", env: dict | None = None):
    """Start gunicorn with two workers on loopback and wait until it answers."""
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        app,
        "--workers=2",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
    ]
    if extra_path:
        command.append(f"--pythonpath={extra_path}")
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})})
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except Exception:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"gunicorn {app} did not start")


def load(url: str, headers: dict, seconds: int, connections: int):
    """(p50 ms, p95 ms, requests/s, requests, errors) for `url` under a time-bounded load."""
    if shutil.which("wrk"):
        return load_with_wrk(url, headers, seconds, connections)
    return load_with_threads(url, headers, seconds, connections)


def load_with_wrk(url, headers, seconds, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s"]
    command += ["-s", script.name, "--timeout", "5s"]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    p50, p95, rps, requests, errors = next(
        line.split()[1:] for line in out.splitlines() if line.startswith("RESULT")
    )
    return float(p50), float(p95), float(rps), int(requests), int(errors)


def load_with_threads(url, headers, seconds, connections):
    """A small threaded client, used when wrk is not installed."""
    latencies, errors, deadline = [], [0], time.perf_counter() + seconds

    def worker():
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                urllib.request.urlopen(urllib.request.Request(url, headers=headers)).read()
                latencies.append((time.perf_counter() - started) * 1000)
            except Exception:
                errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    n = len(latencies)
    pick = lambda q: latencies[min(n - 1, int(q * n))] if n else float("nan")  # noqa: E731
    return pick(0.5), pick(0.95), n / seconds, n, errors[0]


def measure(port, path, headers, args):
    """Warm up briefly, then load one URL for the configured time."""
    url = f"http://127.0.0.1:{port}{path}"
    load(url, headers, 2, args.connections)
    return load(url, headers, args.seconds, args.connections)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="drop and refill the bench database")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=2)
    args = parser.parse_args()
    setup_django(create_database(args.fresh))
    pages = urls()
    queries_of = count_queries(pages)
    tool = "wrk" if shutil.which("wrk") else "threaded Python client"
    print(
        f"{DB_NAME}: {SIZES}; gunicorn 2 workers; {tool}, {args.connections} connections, "
        f"{args.seconds} s per page"
    )
    servers = [serve("negotiations.wsgi:application", 8801)]
    servers.append(serve("bare_wsgi:application", 8802, str(ROOT / "benchmarks")))
    servers.append(serve("negotiations.wsgi:application", 8803, env={"PAGE_CACHE_SECONDS": "0"}))
    try:
        for name, path, headers in pages:
            # Others share the machine: each page is compared with the bare view measured just
            # before it, not with one figure from the start of the run.
            bare = measure(8802, "/bare", {}, args)
            print(f"{'bare Django view':31} {figures(bare, bare[2])}", flush=True)
            for label, port in (("warm", 8801), ("uncached", 8803)):
                results = measure(port, path, headers, args)
                queries = queries_of[name][label == "uncached"]
                print(f"{name:22} {label:8} {figures(results, bare[2])}  queries {queries:>2}")
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)


def figures(results, bare_rps) -> str:
    """Latency and throughput, each marked against its target (p95 < 50 ms, >= 1/3 of bare)."""
    p50, p95, rps, requests, errors = results
    p95_mark = "ok" if p95 < P95_TARGET_MS else "MISS"
    rps_mark = "ok" if rps >= bare_rps * RPS_TARGET_SHARE else "MISS"
    return (
        f"p50 {p50:7.2f} ms  p95 {p95:7.2f} ms {p95_mark:4}  {rps:7.1f} req/s "
        f"({rps / bare_rps:6.1%} of bare) {rps_mark:4}  requests {requests}  errors {errors}"
    )


if __name__ == "__main__":
    main()

"""Dashboard load benchmark: synthetic records in PostgreSQL, gunicorn (2 workers), wrk on loopback.

Usage: make bench-web ARGS="..." or .venv/bin/python benchmarks/bench_web.py [options]
  --statements 100000          the size to measure (10000, 100000, 1000000, ...); other record
                               types scale with it; each size has its own database, kept
                               between runs (--fresh refills it)
  --sizes 10k,100k,1M          several sizes in one run, ending with a table of uncached p95
  --seconds 8 --connections 2  load per page
  --live --rate 2              also read a mix of URLs while a Celery worker ingests articles
                               at `rate` per second (submitted as jobs, as the form does), and
                               print p50/p95/req/s and cache hits beside the same mix idle
  --pages-only / --mix-only    skip the per-page or the mix measurements
Environment: BENCH_PG (server URL), BENCH_WEB_DB (database name prefix, default
ceasefire_benchweb; the size is appended), BENCH_REDIS (Redis URL with its db; default
redis://127.0.0.1:6379/0, never flushed), BENCH_WEB_PORT (first of three ports per size,
default 8801), BENCH_ARTICLES (folder of eval JSON articles the live mode ingests).

Runs the app as production does (DEBUG off, Redis cache, cached templates) and prints, per page,
p50/p95 latency and requests/s served warm from the page cache and rendered uncached (a second
gunicorn with PAGE_CACHE_SECONDS=0), beside a bare Django view, and the queries an uncached
render issues. Targets (issue 14): uncached p95 < 50 ms at every size; live mix p95 < 20 ms and
at least half the idle requests/s.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench_common import dev_articles

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB_PREFIX = os.environ.get("BENCH_WEB_DB", "ceasefire_benchweb")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0")
FIRST_PORT = int(os.environ.get("BENCH_WEB_PORT", "8801"))
ARTICLES = dev_articles(ROOT)
ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "bench-web-only",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
    "REDIS_URL": REDIS,
}
os.environ.update(ENV)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

P95_TARGET_MS, RPS_TARGET_SHARE = 50, 1 / 3
LIVE_P95_TARGET_MS, LIVE_RPS_SHARE = 20, 1 / 2
# Reports the latency percentiles, and how many responses the app rendered rather than served
# from its page cache (the X-Bench-Rendered header of counted_wsgi), summed over wrk's threads.
WRK_SCRIPT = """
local threads = {}
rendered = 0  -- a global, so that done() can read each thread's count
setup = function(thread) table.insert(threads, thread) end
response = function(status, headers, body)
  if headers["X-Bench-Rendered"] then rendered = rendered + 1 end
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  local renders = 0
  for _, thread in ipairs(threads) do renders = renders + thread:get("rendered") end
  io.write(string.format("RESULT %.3f %.3f %.1f %d %d %d\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests / (summary.duration / 1e6), summary.requests,
    errors, renders))
end
"""
# A round robin over several requests, for the mix.
WRK_MIX = """
local requests, n = {}, 0
init = function(args)
  for line in io.lines(args[1]) do
    local path, target = line:match("^(%S+)%s*(%S*)$")
    local headers = {}
    if target ~= "" then headers["HX-Request"] = "true"; headers["HX-Target"] = target end
    table.insert(requests, wrk.format("GET", path, headers))
  end
end
request = function()
  n = n % #requests + 1
  return requests[n]
end
"""


def parse_size(text: str) -> int:
    """10k, 1M or 100000 as a number of statements."""
    text = text.strip().lower()
    factor = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def label(statements: int) -> str:
    if statements % 1_000_000 == 0:
        return f"{statements // 1_000_000}m"
    return f"{statements // 1000}k" if statements % 1000 == 0 else str(statements)


def database_name(statements: int) -> str:
    return f"{DB_PREFIX}_{label(statements)}"


def create_database(name: str, fresh: bool) -> bool:
    """Create the size's database; True when it must be filled."""
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not exists or fresh:
            conn.execute(f'CREATE DATABASE "{name}"')
    return not exists or fresh


def use_database(statements: int, fresh: bool) -> None:
    """Point Django at the size's database, migrated, filled once and analysed."""
    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    name = database_name(statements)
    must_fill = create_database(name, fresh)
    os.environ["DATABASE_URL"] = f"{PG}/{name}"
    if not settings.configured:
        django.setup()
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    call_command("migrate", verbosity=0)
    from negotiations.models import Statement

    if must_fill or not Statement.objects.exists():
        fill(name, statements)
    call_command("collectstatic", verbosity=0, interactive=False)


def fill(name: str, statements: int) -> None:
    """Generate the records, then the actor registry the live mode extracts with, then
    VACUUM ANALYZE so the planner knows the sizes (autovacuum may be off or behind)."""
    import psycopg
    from bench_web_data import fill as generate
    from django.utils import timezone

    from negotiations.extraction import default_registry
    from negotiations.registry_source import load_registry

    with psycopg.connect(f"{PG}/{name}") as conn:
        generate(conn, statements, timezone.localdate())
    load_registry(default_registry())
    with psycopg.connect(f"{PG}/{name}", autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute("VACUUM ANALYZE")
        print(f"VACUUM ANALYZE in {time.perf_counter() - started:.0f} s", flush=True)


def pages():
    """The pages to measure, with the htmx headers a scroll sends."""
    from django.db.models import Count

    from negotiations.models import Actor, Proposal
    from negotiations.queries import Filters, timeline_page

    busy = Actor.objects.annotate(n=Count("statements")).order_by("-n").first()
    debated = Proposal.objects.annotate(n=Count("responses")).order_by("-n", "id").first()
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
        ("timeline, rare search", "/timeline/?q=grain+extended+Actor", {}),
        ("actor page", f"/actors/{busy.slug}/", {}),
        ("meetings page", "/meetings/", {}),
        ("meetings, search", "/meetings/?q=Doha", {}),
        ("proposals list", "/proposals/", {}),
        ("proposal page", debated.get_absolute_url(), {}),
        ("scroll 1 (htmx)", f"/timeline/?before={first_scroll}", scroll),
        ("scroll 100 (htmx)", f"/timeline/?before={cursor}", scroll),
    ]


def mix():
    """About 70 (path, htmx target) pairs that readers request: home, the new-items poll,
    timelines, actor pages, searches, meetings and proposals."""
    from negotiations.models import Actor, Proposal
    from negotiations.queries import Filters, timeline_page

    top = timeline_page(Filters(), limit=1).entries[0].cursor
    actors = Actor.objects.order_by("id").values_list("slug", flat=True)[:25]
    proposals = Proposal.objects.order_by("-id")[:10]
    words = ["ceasefire", "corridor", "prisoner exchange", "sanctions", "grain deal", "truce"]
    rows = [("/", ""), ("/timeline/", ""), ("/meetings/", ""), ("/proposals/", "")]
    rows += [(f"/timeline/?since={top}", "poller")] * 10
    rows += [(f"/actors/{slug}/", "") for slug in actors]
    rows += [(p.get_absolute_url(), "") for p in proposals]
    rows += [(f"/timeline/?q={w.replace(' ', '+')}", "") for w in words]
    rows += [(f"/timeline/?actor={slug}", "") for slug in actors[:10]]
    return rows


def count_queries(measured):
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
    for name, url, headers in measured:
        with override_settings(PAGE_CACHE_SECONDS=0):
            uncached = queries(url, headers)
        client.get(url, headers=headers)
        counts[name] = (queries(url, headers), uncached)
    return counts


def serve(app: str, port: int, env: dict | None = None):
    """Start gunicorn with two workers on loopback and wait until it answers."""
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        app,
        "--workers=2",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
        f"--pythonpath={ROOT / 'benchmarks'}",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})})
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except Exception:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"gunicorn {app} did not start on port {port}")


def stop(servers):
    for process in servers:
        process.send_signal(signal.SIGTERM)
    for process in servers:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def load(url: str, headers: dict, seconds: int, connections: int, mix_file: str = ""):
    """(p50 ms, p95 ms, requests/s, requests, errors, rendered) under a time-bounded load."""
    if shutil.which("wrk"):
        return load_with_wrk(url, headers, seconds, connections, mix_file)
    if mix_file:
        raise SystemExit("the mix needs wrk")
    return load_with_threads(url, headers, seconds, connections)


def load_with_wrk(url, headers, seconds, connections, mix_file):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT + (WRK_MIX if mix_file else ""))
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s"]
    command += ["-s", script.name, "--timeout", "5s"]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    command.append(url)
    if mix_file:
        command += ["--", mix_file]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    p50, p95, rps, requests, errors, rendered = next(
        line.split()[1:] for line in out.splitlines() if line.startswith("RESULT")
    )
    return float(p50), float(p95), float(rps), int(requests), int(errors), int(rendered)


def load_with_threads(url, headers, seconds, connections):
    """A small threaded client, used when wrk is not installed."""
    latencies, errors, rendered = [], [0], [0]
    deadline = time.perf_counter() + seconds

    def worker():
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as r:
                    r.read()
                    rendered[0] += bool(r.headers.get("X-Bench-Rendered"))
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
    return pick(0.5), pick(0.95), n / seconds, n, errors[0], rendered[0]


def measure(port, path, headers, args, mix_file=""):
    """Warm up briefly, then load one URL (or the mix) for the configured time."""
    url = f"http://127.0.0.1:{port}{path}"
    load(url, headers, 2, args.connections, mix_file)
    return load(url, headers, args.seconds, args.connections, mix_file)


def measure_pages(ports, measured, args) -> dict[str, tuple]:
    """Each page warm and uncached beside the bare view; {page: uncached results}."""
    warm_port, bare_port, uncached_port = ports
    queries_of = count_queries(measured)
    uncached = {}
    for name, path, headers in measured:
        # Others share the machine: each page is compared with the bare view measured just
        # before it, not with one figure from the start of the run.
        bare = measure(bare_port, "/bare", {}, args)
        print(f"{'bare Django view':31} {figures(bare, bare[2])}", flush=True)
        for kind, port in (("warm", warm_port), ("uncached", uncached_port)):
            results = measure(port, path, headers, args)
            queries = queries_of[name][kind == "uncached"]
            print(f"{name:22} {kind:8} {figures(results, bare[2])}  queries {queries:>2}")
            if kind == "uncached":
                uncached[name] = results
    return uncached


def measure_mix(warm_port, args):
    """The mix idle, then while a worker ingests at `args.rate` articles/s."""
    rows = mix()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("".join(f"{path} {target}\n" for path, target in rows))
    url = f"http://127.0.0.1:{warm_port}"
    print(f"mix of {len(rows)} URLs, {args.connections} connections, {args.seconds} s")
    for path, target in rows:  # every page in the cache before the idle figures
        headers = {"HX-Request": "true", "HX-Target": target} if target else {}
        urllib.request.urlopen(urllib.request.Request(url + path, headers=headers)).read()
    idle = load(url + "/", {}, args.seconds, args.connections, listing.name)
    print(f"{'mix, no ingestion':31} {mix_figures(idle)}", flush=True)
    if args.live:
        with Ingestion(args.rate) as stored:
            live = load(url + "/", {}, args.seconds, args.connections, listing.name)
        print(f"{f'mix, ingesting {args.rate:g}/s':31} {mix_figures(live)}  stored {stored()}")
        marks = (
            "ok" if live[1] < LIVE_P95_TARGET_MS else "MISS",
            "ok" if live[2] >= idle[2] * LIVE_RPS_SHARE else "MISS",
        )
        print(f"{'live vs idle':31} p95 {marks[0]}, req/s {live[2] / idle[2]:.0%} {marks[1]}")
    os.unlink(listing.name)


class Ingestion:
    """A Celery worker, and a thread submitting one article job every 1/rate seconds through
    services.submit, as the ingest form does; the context value counts jobs stored."""

    def __init__(self, rate: float):
        self.rate, self.stop = rate, threading.Event()
        self.texts = [json.loads(p.read_text())["text"] for p in sorted(ARTICLES.glob("*.json"))]
        if not self.texts:
            raise SystemExit(f"no articles in {ARTICLES}; set BENCH_ARTICLES")
        self.ids = []

    def __enter__(self):
        self.log = tempfile.NamedTemporaryFile("w", suffix=".log", delete=False)  # noqa: SIM115
        self.worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "negotiations", "worker", "--concurrency",
             "1", "-n", f"benchweb{os.getpid()}@%h", "--without-gossip", "--without-mingle",
             "--without-heartbeat"],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        time.sleep(3)  # the worker's start-up, so the first jobs do not queue
        self.thread = threading.Thread(target=self.submit_at_rate)
        self.thread.start()
        return self.stored

    def submit_at_rate(self):
        from django.db import connection

        from negotiations import services
        from negotiations.models import IngestJob

        started, n = time.monotonic(), 0
        while not self.stop.is_set():
            tag = f"\n\nFiled as live bulletin {time.time_ns()}."
            text = self.texts[n % len(self.texts)].rstrip() + tag
            self.ids.append(services.submit(source=IngestJob.Source.TEXT, payload=text).pk)
            n += 1
            self.stop.wait(max(0.0, started + n / self.rate - time.monotonic()))
        connection.close()

    def stored(self) -> str:
        from negotiations.models import IngestJob

        done = IngestJob.objects.filter(pk__in=self.ids, status="stored").count()
        return f"{done}/{len(self.ids)} jobs (log {self.log.name})"

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        time.sleep(2)  # let the last jobs finish before counting
        os.killpg(self.worker.pid, signal.SIGTERM)
        self.worker.wait(timeout=30)
        self.log.close()


def run_size(statements: int, args, port_offset: int) -> dict[str, tuple]:
    """Measure one size; its servers use their own ports, so pages cached for another size
    (the page cache keys on the full URL) are never served."""
    use_database(statements, args.fresh)
    from negotiations.models import Meeting, Proposal, Statement

    counts = {
        "statements": Statement.objects.count(),
        "meetings": Meeting.objects.count(),
        "proposals": Proposal.objects.count(),
    }
    tool = "wrk" if shutil.which("wrk") else "threaded Python client"
    print(
        f"\n{database_name(statements)}: {counts}; gunicorn 2 workers; {tool}, "
        f"{args.connections} connections, {args.seconds} s per page",
        flush=True,
    )
    ports = [FIRST_PORT + port_offset + n for n in range(3)]
    servers = [serve("counted_wsgi:application", ports[0])]
    servers.append(serve("bare_wsgi:application", ports[1]))
    servers.append(serve("counted_wsgi:application", ports[2], {"PAGE_CACHE_SECONDS": "0"}))
    try:
        uncached = {} if args.mix_only else measure_pages(ports, pages(), args)
        if not args.pages_only:
            measure_mix(ports[0], args)
    finally:
        stop(servers)
    return uncached


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=parse_size, default=100_000)
    parser.add_argument("--sizes", help="comma-separated sizes, e.g. 10k,100k,1M")
    parser.add_argument("--fresh", action="store_true", help="drop and refill the databases")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--live", action="store_true", help="also measure the mix ingesting")
    parser.add_argument("--rate", type=float, default=2.0, help="articles/s in --live")
    parser.add_argument("--pages-only", action="store_true")
    parser.add_argument("--mix-only", action="store_true")
    args = parser.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")] if args.sizes else [args.statements]
    results = {n: run_size(n, args, 3 * i) for i, n in enumerate(sizes)}
    if len(sizes) > 1 and not args.mix_only:
        print_table(results)


def print_table(results):
    """Uncached p50 / p95 (ms) per page and size, and whether p95 stays under the target."""
    sizes = list(results)
    print(f"\nuncached p50 / p95 ms{'':12}" + "".join(f"{label(n):>18}" for n in sizes))
    for name in results[sizes[0]]:
        cells = "".join(
            f"{results[n][name][0]:8.1f} /{results[n][name][1]:6.1f}"
            + (" " if results[n][name][1] < P95_TARGET_MS else "!")
            for n in sizes
        )
        print(f"{name:33}{cells}")
    print(f"('!': p95 at or over {P95_TARGET_MS} ms)")


def figures(results, bare_rps) -> str:
    """Latency and throughput, each marked against its target (p95 < 50 ms, >= 1/3 of bare)."""
    p50, p95, rps, requests, errors, _ = results
    p95_mark = "ok" if p95 < P95_TARGET_MS else "MISS"
    rps_mark = "ok" if rps >= bare_rps * RPS_TARGET_SHARE else "MISS"
    return (
        f"p50 {p50:7.2f} ms  p95 {p95:7.2f} ms {p95_mark:4}  {rps:7.1f} req/s "
        f"({rps / bare_rps:6.1%} of bare) {rps_mark:4}  requests {requests}  errors {errors}"
    )


def mix_figures(results) -> str:
    p50, p95, rps, requests, errors, rendered = results
    hits = 1 - rendered / requests if requests else float("nan")
    return (
        f"p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  {rps:7.1f} req/s  cache hits {hits:6.1%}  "
        f"requests {requests}  errors {errors}"
    )


if __name__ == "__main__":
    main()

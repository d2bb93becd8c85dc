"""CPU per uncached render, in process: the pages of the web benchmark through Django's test
client, each rendered N times with the page cache off, split into the view (queries and the
objects they build), SQL (time waiting on the database, within the view or template) and the
template.

Usage: .venv/bin/python benchmarks/bench_render.py [--statements 100000] [--renders 30]
  [--rounds 3] [--page "actor page"] [--profile]
Reads the database bench_web.py filled for that size (same environment variables); run
bench_web.py once first. --profile prints cProfile's top functions for each page.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_web  # noqa: E402  (sets the production-like environment first)


def best_of(rounds: int, client, path: str, headers: dict, renders: int) -> dict:
    """The round with the least CPU per render: other processes on a shared machine only
    ever add to it."""
    return min((measure(client, path, headers, renders) for _ in range(rounds)), key=cpu)


def cpu(measured: dict) -> float:
    return measured["cpu"]


def measure(client, path: str, headers: dict, renders: int) -> dict:
    """Mean CPU ms per render of `path`: total, template, and SQL wait (wall)."""
    from django.db import connection
    from django.template.response import SimpleTemplateResponse

    spent = {"template": 0.0, "sql": 0.0, "queries": 0}
    original_render = SimpleTemplateResponse.render

    def timed_render(response):
        started = time.process_time()
        try:
            return original_render(response)
        finally:
            spent["template"] += time.process_time() - started

    def timed_sql(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["sql"] += time.perf_counter() - started
            spent["queries"] += 1

    client.get(path, headers=headers)  # warm the template and URL caches
    SimpleTemplateResponse.render = timed_render
    try:
        with connection.execute_wrapper(timed_sql):
            started = time.process_time()
            for _ in range(renders):
                assert client.get(path, headers=headers).status_code == 200
            total = time.process_time() - started
    finally:
        SimpleTemplateResponse.render = original_render
    per = 1000 / renders
    return {
        "cpu": total * per,
        "template": spent["template"] * per,
        "view": (total - spent["template"]) * per,
        "sql": spent["sql"] * per,
        "queries": spent["queries"] / renders,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=bench_web.parse_size, default=100_000)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3, help="report the best round")
    parser.add_argument("--page", action="append", help="only these pages (by name)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    bench_web.use_database(args.statements, fresh=False)
    from django.conf import settings
    from django.test import Client

    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    print(f"{'page':24} {'cpu ms':>7} {'view':>6} {'tmpl':>6} {'sql':>6} {'queries':>7}")
    for name, path, headers in bench_web.pages():
        if args.page and name not in args.page:
            continue
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(measure, client, path, headers, args.renders)
            print(f"--- {name}")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            continue
        m = best_of(args.rounds, client, path, headers, args.renders)
        print(
            f"{name:24} {m['cpu']:7.1f} {m['view']:6.1f} {m['template']:6.1f} {m['sql']:6.1f}"
            f" {m['queries']:7.1f}"
        )


if __name__ == "__main__":
    main()

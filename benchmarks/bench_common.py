"""What the benchmarks share: a fresh database, distinct article texts, bare extraction's rate."""

import json
import os
import time
from pathlib import Path


def dev_articles(root: Path) -> Path:
    """The folder of eval JSON articles to use: BENCH_ARTICLES, else the dev set beside the
    project (../shared), or beside the folder of a worktree (../../shared)."""
    if "BENCH_ARTICLES" in os.environ:
        return Path(os.environ["BENCH_ARTICLES"])
    beside = [parent / "shared" / "eval" / "dev" / "articles" for parent in root.parents[:2]]
    return next((folder for folder in beside if folder.is_dir()), beside[0])


def recreate_database(server: str, name: str) -> None:
    """Drop and create database `name` on `server`, so a run starts empty."""
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def article_copies(folder: Path, count: int, tag: str) -> list[str]:
    """`count` distinct article texts: the eval articles in `folder`, each copy with a closing
    sentence of its own, so none is a duplicate of another."""
    bodies = [json.loads(p.read_text())["text"] for p in sorted(folder.glob("*.json"))]
    if not bodies:
        raise SystemExit(f"no articles in {folder} (set BENCH_ARTICLES)")
    return [
        f"{bodies[i % len(bodies)].rstrip()}\n\nThis copy was filed as {tag} bulletin {i}."
        for i in range(count)
    ]


def bare_rate(sample: list[str]) -> float:
    """Articles/s of read_document + extract in this one process."""
    from negotiations.extraction import extract, read_document
    from negotiations.registry_source import registry_from_db

    registry = registry_from_db()
    started = time.perf_counter()
    for text in sample:
        extract(read_document(text, published=None), registry)
    return len(sample) / (time.perf_counter() - started)

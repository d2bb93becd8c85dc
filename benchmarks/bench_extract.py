"""Throughput and memory of the extraction pipeline over the dev set, text and HTML input.

.venv/bin/python benchmarks/bench_extract.py [--articles DIR] [-n 500]
"""

import argparse
import html
import json
import sys
import time
import tracemalloc
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_common import dev_articles  # noqa: E402

from negotiations.extraction import default_registry, extract, read_document  # noqa: E402

DEV = dev_articles(Path(__file__).resolve().parents[1])


def as_html(article: dict) -> str:
    """The article as a simple news page."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p)
    title = html.escape(article.get("title") or "")
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>(c) News</footer></body></html>"
    )


def timed(label: str, run, inputs: list, words: int) -> float:
    started = time.perf_counter()
    for item in inputs:
        run(item)
    elapsed = time.perf_counter() - started
    print(f"{label:<34}{len(inputs) / elapsed:>10.1f} articles/s{words / elapsed:>12.0f} words/s")
    return elapsed


def peak_memory(run, inputs: list) -> float:
    tracemalloc.start()
    for item in inputs:
        run(item)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEV)
    parser.add_argument("-n", type=int, default=500)
    args = parser.parse_args()
    articles = [json.loads(p.read_text("utf-8")) for p in sorted(args.articles.glob("*.json"))]
    articles = (articles * (args.n // len(articles) + 1))[: args.n]
    words = sum(len(a["text"].split()) for a in articles)
    registry = default_registry()
    texts = [a["text"] for a in articles]
    pages = [as_html(a) for a in articles]

    def pipeline(raw, **kw):
        return extract(read_document(raw, **kw), registry)

    # Dictionaries (the registry's, simplemma's) load once per process, as in a worker.
    pipeline(texts[0])
    print(f"{len(articles)} articles, {words} words, one process (one core)")
    timed("pipeline, text input", pipeline, texts, words)
    alone = timed(
        "trafilatura alone, HTML",
        lambda p: trafilatura.bare_extraction(p, with_metadata=True),
        pages,
        words,
    )
    full = timed(
        "pipeline, HTML input", lambda p: pipeline(p, content_type="text/html"), pages, words
    )
    print(f"HTML pipeline / trafilatura alone: {full / alone:.2f}x")
    for n in (len(texts), 2 * len(texts)):
        batch = (texts * 2)[:n]
        print(f"peak traced memory over {n} articles: {peak_memory(pipeline, batch):.1f} MB")


if __name__ == "__main__":
    main()

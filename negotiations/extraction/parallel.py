"""Extract batches of documents here or on worker processes, handing results back in order.

A bulk import stores one batch while the workers extract the next ones. The workers are forked
from the importing process and only extract: they never use its database connections, and
they leave with `os._exit`, so nothing of the parent is closed or flushed from them.
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import NamedTuple

from .errors import ExtractionError
from .pipeline import extract
from .records import Document, Extraction
from .registry import Registry

# Chunks per worker in a batch: a worker that finishes early takes another.
CHUNKS_PER_WORKER = 2


class Outcome(NamedTuple):
    """What extracting one document gave: its extraction or the error, and the seconds taken."""

    extraction: Extraction | None
    error: Exception | None
    seconds: float


class Extractor:
    """Extracts each submitted batch in this process (`processes` 1) or on that many workers.

    `submit` returns a function that waits for the batch's outcomes. `ahead` is how many
    batches may be submitted before the first is collected: none here, one with workers, so
    that the workers extract a batch while this process stores the one before.
    """

    def __init__(self, processes: int = 1):
        self.processes = max(1, processes)
        self.ahead = 0 if self.processes == 1 else 1
        self._pool = None
        self._sent: tuple[Registry, int, bytes] | None = None

    def __enter__(self) -> Extractor:
        if self.processes > 1:
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(self.processes, mp_context=context)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def submit(self, documents: list[Document], registry: Registry) -> Callable[[], list[Outcome]]:
        if self._pool is None:
            outcomes = [_outcome(document, registry) for document in documents]
            return lambda: outcomes
        version, payload = self._registry_payload(registry)
        size = -(-len(documents) // (self.processes * CHUNKS_PER_WORKER)) or 1
        futures = [
            self._pool.submit(_extract_chunk, version, payload, documents[start : start + size])
            for start in range(0, len(documents), size)
        ]
        return lambda: _collected(futures)

    def _registry_payload(self, registry: Registry) -> tuple[int, bytes]:
        """The registry pickled once for every chunk sent with it, and its version: a worker
        unpickles it only when the version differs from the one it holds."""
        if self._sent is None or self._sent[0] is not registry:
            version = self._sent[1] + 1 if self._sent else 1
            self._sent = (registry, version, pickle.dumps(registry))
        return self._sent[1], self._sent[2]


def _collected(futures: list[Future]) -> list[Outcome]:
    return [outcome for future in futures for outcome in future.result()]


_held: tuple[int, Registry] | None = None  # in a worker: the registry last sent and its version


def _extract_chunk(version: int, payload: bytes, documents: list[Document]) -> list[Outcome]:
    global _held
    if _held is None or _held[0] != version:
        _held = (version, pickle.loads(payload))
    outcomes = [_outcome(document, _held[1]) for document in documents]
    return [o._replace(error=_portable(o.error)) if o.error else o for o in outcomes]


def _outcome(document: Document, registry: Registry) -> Outcome:
    clock = time.perf_counter()
    try:
        extraction, error = extract(document, registry), None
    except Exception as exc:
        extraction, error = None, exc
    return Outcome(extraction, error, round(time.perf_counter() - clock, 4))


def _portable(exc: Exception) -> Exception:
    """The error itself when it can travel back from a worker, else its words."""
    try:
        pickle.dumps(exc)
    except Exception:
        return ExtractionError(f"{type(exc).__name__}: {exc}")
    return exc

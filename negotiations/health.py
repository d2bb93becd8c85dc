"""Checks of what the dashboard depends on: the database, the cache (Redis) and the broker."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import DatabaseError, connection
from kombu.exceptions import OperationalError as BrokerError

from .celery import app

BROKER_TIMEOUT_SECONDS = 1


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    # Without it no page can be served; the others only make the dashboard slower or later.
    essential: bool = False


def database() -> Check:
    clock = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return Check("database", False, f"unreachable: {error}".strip(), essential=True)
    return Check("database", True, f"answered in {elapsed_ms(clock)} ms", essential=True)


def redis_cache() -> Check:
    ping = getattr(cache, "ping", None)
    if ping is None:
        return Check("redis", True, "not configured: the cache is in-process")
    clock = time.perf_counter()
    if not ping():
        return Check("redis", False, "unreachable: pages are served uncached")
    return Check("redis", True, f"answered in {elapsed_ms(clock)} ms")


def broker() -> Check:
    if app.conf.task_always_eager:
        return Check("broker", True, "in-process (jobs run in the web process)")
    clock = time.perf_counter()
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=BROKER_TIMEOUT_SECONDS)
    except (BrokerError, OSError) as error:
        return Check("broker", False, f"unreachable: jobs stay queued until it is back ({error})")
    return Check("broker", True, f"answered in {elapsed_ms(clock)} ms")


def run_checks() -> list[Check]:
    return [database(), redis_cache(), broker()]


def elapsed_ms(clock: float) -> int:
    return round((time.perf_counter() - clock) * 1000)

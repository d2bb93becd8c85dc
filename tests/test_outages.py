"""Redis or the database unreachable: pages render uncached, /healthz says which part is down."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from negotiations import cache_backend, services
from negotiations.celery import app
from negotiations.extraction.records import Document, Extraction, Span, StatementRecord
from negotiations.settings import cache_settings
from tests import factories
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
REDIS = os.environ.get("REDIS_URL", "")
PAGES = ["home", "timeline", "meeting_list", "proposal_list", "actor_list", "actor_options"]


def dead_url(scheme: str) -> str:
    """A URL on a local port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"{scheme}://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture
def redis_down(settings):
    """The cache and the broker point at a Redis that is not there."""
    url = dead_url("redis") + "/0"
    settings.CACHES = cache_settings(url)
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = url, False
    forget_broker_connections()
    yield url
    app.conf.broker_url, app.conf.task_always_eager = saved
    forget_broker_connections()


def forget_broker_connections():
    # Celery keeps its connection and producer pools for the broker it first published to.
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.parametrize("name", PAGES)
def test_pages_render_with_redis_down(client, redis_down, name):
    factories.statement(text="The envoy said the corridor would reopen.")
    factories.meeting(title="Round one", date=date(2025, 3, 18))
    response = client.get(reverse(name))
    assert response.status_code == 200


def test_the_api_answers_with_redis_down(client, redis_down):
    factories.statement(text="The envoy said the corridor would reopen.")
    response = client.get("/api/v1/statements")
    assert response.status_code == 200
    assert len(response.json()["items"]) == 1


def test_a_job_submitted_while_redis_is_down_stays_queued(
    staff_client, redis_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("ingest"), {"form": "text", "text-text": "Officials met in Doha on Monday."}
        )
    assert response.status_code == 302
    job = services.jobs.IngestJob.objects.get()
    assert (job.status, job.enqueued_at) == ("queued", None)


def test_healthz_reports_each_part_with_redis_down(client, redis_down):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "database": True,
        "redis": False,
        "broker": False,
    }
    assert "uncached" in body["checks"]["redis"]["detail"]
    assert "stay queued" in body["checks"]["broker"]["detail"]


def test_healthz_is_ok_when_everything_answers(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_answers_503_without_a_database():
    environment = {
        **os.environ,
        "DATABASE_URL": dead_url("postgres") + "/gone",
        "REDIS_URL": "",
        "DEBUG": "1",
    }
    with serve_wsgi(environment) as base:
        status, body = get(base + "/healthz")
    assert status == 503
    assert body["status"] == "down"
    assert body["checks"]["database"]["ok"] is False
    assert "unreachable" in body["checks"]["database"]["detail"]


def serve_wsgi(environment):
    """The project's WSGI application served by wsgiref in a subprocess; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = (
        "from wsgiref.simple_server import make_server;"
        "from negotiations.wsgi import application;"
        f"make_server('127.0.0.1', {port}, application).serve_forever()"
    )
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=environment)
    return running(process, f"http://127.0.0.1:{port}")


class running:
    def __init__(self, process, base):
        self.process, self.base = process, base

    def __enter__(self):
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/static/none", timeout=1)
            except urllib.error.HTTPError:
                return self.base
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the WSGI server did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


@pytest.fixture
def redis_through_proxy(settings, monkeypatch):
    """The cache reaches Redis through a relay the test can cut; no back-off between tries."""
    if not REDIS:
        pytest.skip("needs Redis (REDIS_URL)")
    parts = urlsplit(REDIS)
    proxy = TcpProxy(parts.hostname, parts.port or 6379)
    settings.CACHES = {
        "default": {
            **cache_settings(f"redis://127.0.0.1:{proxy.port}{parts.path or '/0'}")["default"],
            "KEY_PREFIX": settings.CACHES["default"].get("KEY_PREFIX", ""),
        }
    }
    monkeypatch.setattr(cache_backend, "RETRY_AFTER_SECONDS", 0)
    yield proxy
    proxy.cut()


def test_writes_during_an_outage_show_once_redis_is_back(
    client, redis_through_proxy, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    client.get(reverse("timeline"))  # cached before the outage

    redis_through_proxy.cut()
    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")
    assert "the talks must go on" in client.get(reverse("timeline")).content.decode()

    redis_through_proxy.restore()
    assert "the talks must go on" in client.get(reverse("timeline")).content.decode()


def store_statement(speaker: str, sentence: str):
    article = factories.article(text=sentence)
    document = Document(text=sentence, published=date(2025, 3, 17), source="Example News")
    record = StatementRecord(
        speaker=speaker, evidence=Span(sentence, 0, len(sentence)), content=sentence, mode="direct"
    )
    services.store_extraction(article, Extraction(document, statements=(record,)))

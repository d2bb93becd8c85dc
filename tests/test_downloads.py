"""Downloads of any view: exactly the records it shows, every page of them, streamed."""

import csv
import io
import json
import tracemalloc
from datetime import date, timedelta

import pytest
from django.urls import reverse

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db


def csv_of(response):
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def json_of(response):
    assert response.streaming
    return json.loads(b"".join(response.streaming_content))


@pytest.fixture
def newsroom():
    talks = factories.negotiation("Sudan talks")
    other = factories.negotiation("Gaza talks")
    envoy = factories.actor("Sudan Envoy")
    for i in range(75):  # more than two pages of the timeline
        factories.statement(
            envoy,
            text=f"The envoy said point {i}.",
            content=f"point {i}",
            said_on=date(2025, 1, 1) + timedelta(days=i),
            negotiation=talks,
        )
    factories.statement(text="Elsewhere.", content="elsewhere", negotiation=other)
    factories.meeting([envoy], title="Jeddah round", negotiation=talks)
    return talks


def test_the_timelines_csv_has_exactly_the_filtered_records(client, newsroom):
    response = client.get(
        reverse("timeline"), {"negotiation": "sudan-talks", "type": "statement", "format": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    rows = csv_of(response)
    assert len(rows) == 75
    assert {row["record_type"] for row in rows} == {"statement"}
    assert {row["negotiation"] for row in rows} == {"sudan-talks"}
    first = next(row for row in rows if row["summary"] == "point 0")
    assert first["date"] == "2025-01-01" and first["actors"] == "Sudan Envoy"
    assert first["source_sentence"] == "The envoy said point 0."
    assert first["permalink"].endswith(f"/statements/{first['id']}/")
    assert first["source_outlet"] == "Example News"


def test_the_json_download_follows_the_export_contract(client, newsroom):
    data = json_of(client.get(reverse("meeting_list"), {"format": "json"}))
    assert data["schema"] == "ceasefire-export/1"
    assert set(data) >= {"negotiations", "articles", "actors", "meetings", "proposals"}
    [meeting] = data["meetings"]
    assert {
        "id",
        "title",
        "kind",
        "participants",
        "date",
        "status",
        "negotiations",
        "evidence",
    } <= set(meeting)
    assert meeting["participants"] == ["Sudan Envoy"]
    assert data["statements"] == []
    articles = {a["id"] for a in data["articles"]}
    assert {e["article"] for e in meeting["evidence"]} <= articles


@pytest.mark.parametrize(
    "url, expected",
    [
        (lambda: reverse("proposal_list"), {"proposal"}),
        (lambda: reverse("actor_detail", args=["sudan-envoy"]), {"statement", "meeting"}),
        (lambda: reverse("meeting_detail", args=[models.Meeting.objects.get().pk]), {"meeting"}),
    ],
)
def test_every_view_downloads_what_it_shows(client, newsroom, url, expected):
    factories.proposal("Humanitarian truce", negotiation=newsroom)
    rows = csv_of(client.get(url(), {"format": "csv"}))
    assert {row["record_type"] for row in rows} == expected


def add_statements(start, count, speaker, talks, source):
    statements = models.Statement.objects.bulk_create(
        models.Statement(
            speaker=speaker,
            text=f"Statement number {i} of a long day of briefings.",
            content=f"number {i}",
            said_on=date(2025, 1, 1),
            negotiation=talks,
            merge_key=f"bulk-{i}",
        )
        for i in range(start, start + count)
    )
    models.Evidence.objects.bulk_create(
        models.Evidence(article=source, statement=s, sentence=s.text, start=0, end=10)
        for s in statements
    )


def download_peak(client):
    """Lines and peak memory of reading the timeline's CSV to the end."""
    response = client.get(reverse("timeline"), {"type": "statement", "format": "csv"})
    assert response.streaming
    tracemalloc.start()
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return lines, peak


def test_a_large_download_streams_in_bounded_memory(client):
    talks = factories.negotiation("Sudan talks")
    envoy = factories.actor("Sudan Envoy")
    source = factories.article(text="One source for all.")
    add_statements(0, 2_000, envoy, talks, source)
    small_lines, small_peak = download_peak(client)
    add_statements(2_000, 8_000, envoy, talks, source)
    lines, peak = download_peak(client)
    assert (small_lines, lines) == (2_001, 10_001)
    # Five times the rows, read a chunk at a time: memory does not grow with them.
    assert peak < 1.5 * small_peak

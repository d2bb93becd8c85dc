from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from negotiations import models, services
from negotiations.extraction.records import Document, Extraction, Span, StatementRecord
from tests import factories

pytestmark = pytest.mark.django_db

HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}


@pytest.fixture
def reader():
    """An anonymous reader, apart from `staff_client` (which logs in the `client` fixture)."""
    return Client()


def store_statement(speaker: str, sentence: str):
    """Store one statement through the ingestion service, as a finished job does."""
    article = factories.article(text=sentence)
    document = Document(text=sentence, published=date(2025, 3, 17), source="Example News")
    record = StatementRecord(
        speaker=speaker, evidence=Span(sentence, 0, len(sentence)), content=sentence, mode="direct"
    )
    services.store_extraction(article, Extraction(document, statements=(record,)))


def test_second_anonymous_request_is_served_from_the_cache(client, django_assert_num_queries):
    factories.statement(text="Envoy said the corridor would open.")
    first = client.get(reverse("timeline"))
    with django_assert_num_queries(0):
        second = client.get(reverse("timeline"))
    assert second.status_code == 200
    assert second.content == first.content
    assert "Envoy said the corridor would open." in second.content.decode()


@pytest.mark.parametrize(
    "name, args",
    [("meeting_list", []), ("actor_options", [])],
)
def test_other_read_pages_are_cached(client, django_assert_num_queries, name, args):
    factories.meeting(title="Round one", date=date(2025, 3, 18))
    client.get(reverse(name, args=args))
    with django_assert_num_queries(0):
        assert client.get(reverse(name, args=args)).status_code == 200


def test_detail_pages_are_cached(client, django_assert_num_queries):
    statement = factories.statement()
    proposal = factories.proposal()
    article = statement.evidence.get().article
    urls = [
        statement.speaker.get_absolute_url(),
        proposal.get_absolute_url(),
        reverse("article_detail", args=[article.pk]),
        reverse("record_sources", args=["statement", statement.pk]),
    ]
    for url in urls:
        client.get(url)
    with django_assert_num_queries(0):
        for url in urls:
            assert client.get(url).status_code == 200


def test_a_store_through_the_ingestion_service_shows_at_once(
    client, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    assert "the talks must go on" not in client.get(reverse("timeline")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")
    assert "the talks must go on" in client.get(reverse("timeline")).content.decode()


def test_an_admin_action_shows_at_once(reader, staff_client, django_capture_on_commit_callbacks):
    statement = factories.statement()
    assert "✓ Verified" not in reader.get(reverse("timeline")).content.decode()
    changelist = reverse("admin:negotiations_statement_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            changelist, {"action": "mark_verified", "_selected_action": [statement.pk]}
        )
    assert "✓ Verified" in reader.get(reverse("timeline")).content.decode()


def test_an_admin_delete_shows_at_once(reader, staff_client, django_capture_on_commit_callbacks):
    statement = factories.statement(text="Envoy said the corridor would open.")
    assert "corridor would open" in reader.get(reverse("timeline")).content.decode()
    delete = reverse("admin:negotiations_statement_delete", args=[statement.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(delete, {"post": "yes"}).status_code == 302
    assert not models.Statement.objects.exists()
    assert "corridor would open" not in reader.get(reverse("timeline")).content.decode()


def test_htmx_and_full_page_responses_are_cached_apart(client):
    factories.statement()
    full = client.get(reverse("timeline")).content.decode()
    fragment = client.get(reverse("timeline"), **HTMX_RESULTS).content.decode()
    again = client.get(reverse("timeline")).content.decode()
    assert "<html" in full and "<html" in again
    assert "<html" not in fragment and fragment.lstrip().startswith('<div id="results"')


def test_staff_are_never_served_the_cached_reader_page(reader, staff_client):
    factories.statement()
    page = reader.get(reverse("timeline")).content.decode()
    editor = staff_client.get(reverse("timeline")).content.decode()
    assert "/admin/" not in page and "X-CSRFToken" not in page
    assert 'href="/admin/"' in editor and "X-CSRFToken" in editor


def test_reader_pages_vary_on_htmx_but_set_no_cookie(client):
    factories.statement()
    for _ in range(2):
        response = client.get(reverse("timeline"))
        vary = [v.strip() for v in response.headers["Vary"].split(",")]
        assert "HX-Request" in vary
        assert "Cookie" not in vary
        assert not response.cookies


def test_page_cache_off_renders_every_time(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    factories.statement()
    client.get(reverse("timeline"))
    with django_assert_max_num_queries(20) as queries:
        client.get(reverse("timeline"))
    assert len(queries) > 0

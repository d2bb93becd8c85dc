from datetime import date

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from negotiations import models, page_cache, page_scopes, services
from negotiations.extraction.records import Document, Extraction, Span, StatementRecord
from tests import factories

pytestmark = pytest.mark.django_db

HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}
HTMX_POLL = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "poller"}


@pytest.fixture(autouse=True)
def no_coalescing(settings):
    """Readers see each write at once; the coalescing tests set a window of their own."""
    settings.PAGE_COALESCE_SECONDS = 0


@pytest.fixture
def reader():
    """An anonymous reader, apart from `staff_client` (which logs in the `client` fixture)."""
    return Client()


def store_statement(speaker: str, sentence: str, negotiation=None):
    """Store one statement through the ingestion service, as a finished job does."""
    article = factories.article(text=sentence)
    document = Document(text=sentence, published=date(2025, 3, 17), source="Example News")
    record = StatementRecord(
        speaker=speaker, evidence=Span(sentence, 0, len(sentence)), content=sentence, mode="direct"
    )
    services.store_extraction(article, Extraction(document, statements=(record,)), negotiation)


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
        assert {"HX-Request", "HX-Target", "HX-History-Restore-Request"} <= set(vary)
        assert "Cookie" not in vary
        assert not response.cookies
        assert response["Cache-Control"] == "no-cache"


def test_page_cache_off_renders_every_time(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    factories.statement()
    client.get(reverse("timeline"))
    with django_assert_max_num_queries(20) as queries:
        client.get(reverse("timeline"))
    assert len(queries) > 0


def test_a_write_to_one_negotiation_leaves_another_negotiations_pages_cached(
    reader, django_assert_num_queries, django_capture_on_commit_callbacks
):
    written, other = factories.negotiation("Gaza talks"), factories.negotiation("Sudan talks")
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    factories.statement(text="Envoy said the corridor would open.", negotiation=other)
    lists = ["timeline", "actor_list", "meeting_list", "proposal_list"]
    pages = {
        n.slug: [f"{reverse(name)}?negotiation={n.slug}" for name in lists]
        for n in (written, other)
    }
    everywhere = reverse("timeline")
    for url in [*pages[written.slug], *pages[other.slug], everywhere]:
        reader.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.", written)

    with django_assert_num_queries(0):
        for url in pages[other.slug]:
            assert reader.get(url).status_code == 200
    assert "the talks must go on" in reader.get(pages[written.slug][0]).content.decode()
    assert "Kaja Kallas" in reader.get(pages[written.slug][1]).content.decode()
    assert "the talks must go on" in reader.get(everywhere).content.decode()


def test_a_statement_refreshes_its_speakers_page_and_no_other_actors(
    reader, django_assert_num_queries, django_capture_on_commit_callbacks
):
    kallas = factories.actor("Kaja Kallas", aliases=["Kallas"])
    other = factories.actor("Antonio Guterres")
    factories.statement(other, text="Guterres said aid must flow.")
    for actor in (kallas, other):
        reader.get(actor.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    with django_assert_num_queries(0):
        assert "aid must flow" in reader.get(other.get_absolute_url()).content.decode()
    assert "the talks must go on" in reader.get(kallas.get_absolute_url()).content.decode()


def test_a_list_filtered_by_actors_is_refreshed_by_their_records_only(
    reader, django_assert_num_queries, django_capture_on_commit_callbacks
):
    kallas = factories.actor("Kaja Kallas", aliases=["Kallas"])
    other = factories.actor("Antonio Guterres")
    factories.statement(other, text="Guterres said aid must flow.")
    lists = ["timeline", "meeting_list", "proposal_list"]
    filtered = {a: [f"{reverse(name)}?actor={a.slug}" for name in lists] for a in (kallas, other)}
    by_name = f"{reverse('timeline')}?actor=Kaja+Kallas"  # not a slug: any write may change it
    for url in [*filtered[kallas], *filtered[other], by_name]:
        reader.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    with django_assert_num_queries(0):
        for url in filtered[other]:
            assert reader.get(url).status_code == 200
    assert "the talks must go on" in reader.get(filtered[kallas][0]).content.decode()
    assert "the talks must go on" in reader.get(by_name).content.decode()


def test_a_record_reported_again_refreshes_its_own_pages(
    reader, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    talks = factories.negotiation("Gaza talks")
    sentence = "Kallas said the talks must go on."
    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", sentence, talks)
    statement = models.Statement.objects.get()
    sources = reverse("record_sources", args=["statement", statement.pk])
    assert "Second Outlet" not in reader.get(sources).content.decode()

    article = factories.article(text=f"Lead paragraph. {sentence}", outlet="Second Outlet")
    document = Document(text=article.text, published=date(2025, 3, 17), source="Second Outlet")
    start = article.text.index(sentence)
    record = StatementRecord(
        speaker="Kaja Kallas",
        evidence=Span(sentence, start, start + len(sentence)),
        content=sentence,
        mode="direct",
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.store_extraction(article, Extraction(document, statements=(record,)), talks)

    assert models.Statement.objects.get() == statement
    assert "Second Outlet" in reader.get(sources).content.decode()


def test_a_new_record_moves_the_pages_listing_it_but_not_its_own(
    monkeypatch, django_capture_on_commit_callbacks
):
    bumped = []
    monkeypatch.setattr(page_scopes, "bump_scopes_on_commit", bumped.extend)
    kallas = factories.actor("Kaja Kallas", aliases=["Kallas"])

    store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    statement = models.Statement.objects.get()
    assert page_scopes.actor_scope(kallas.slug) in bumped
    assert page_scopes.record_scope("statement", statement.pk) not in bumped


def test_verifying_a_proposal_refreshes_its_page_and_no_other_proposals(
    reader, staff_client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    verified = factories.proposal("30-day ceasefire")
    other = factories.proposal("Prisoner exchange")
    for proposal in (verified, other):
        assert "✓ Verified" not in reader.get(proposal.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reverse("review_verify", args=["proposal", verified.pk]))

    with django_assert_num_queries(0):
        assert reader.get(other.get_absolute_url()).status_code == 200
    assert "✓ Verified" in reader.get(verified.get_absolute_url()).content.decode()


def test_within_the_window_a_changed_page_is_served_as_it_was(
    reader, staff_client, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.PAGE_COALESCE_SECONDS = 3600
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    reader.get(reverse("timeline"))

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    with django_assert_num_queries(0):
        coalesced = reader.get(reverse("timeline")).content.decode()
    assert "the talks must go on" not in coalesced
    assert "the talks must go on" in staff_client.get(reverse("timeline")).content.decode()
    settings.PAGE_COALESCE_SECONDS = 0
    assert "the talks must go on" in reader.get(reverse("timeline")).content.decode()


def test_an_edit_that_can_change_any_page_is_not_coalesced(
    reader, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_COALESCE_SECONDS = 3600
    speaker = factories.actor("Kaja Kallas")
    factories.statement(speaker)
    assert "Kaja Kallas" in reader.get(reverse("timeline")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        models.Actor.objects.filter(pk=speaker.pk).update(name="Kaja Kallas-Tallinn")
        page_scopes.pages_changed(everything=True)

    assert "Kaja Kallas-Tallinn" in reader.get(reverse("timeline")).content.decode()


def test_an_unchanged_page_answers_304_without_rendering(reader, django_assert_num_queries):
    factories.statement()
    first = reader.get(reverse("timeline"))
    etag, modified = first["ETag"], first["Last-Modified"]
    with django_assert_num_queries(0):
        by_etag = reader.get(reverse("timeline"), HTTP_IF_NONE_MATCH=etag)
        by_date = reader.get(reverse("timeline"), HTTP_IF_MODIFIED_SINCE=modified)
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag.content == by_date.content == b""
    assert by_etag["ETag"] == etag


def test_a_changed_page_answers_200_with_a_new_etag(reader, django_capture_on_commit_callbacks):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    first = reader.get(reverse("timeline"))

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    again = reader.get(reverse("timeline"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "the talks must go on" in again.content.decode()


def test_the_poll_answers_304_until_something_new_is_stored(
    reader, django_assert_num_queries, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    factories.statement(said_on=date(2025, 3, 16))
    since = reader.get(reverse("timeline")).context["since"]

    def poll(**headers):
        query = {"since": str(since)}
        return reader.get(reverse("timeline"), query, **HTMX_POLL, **headers)

    etag = poll()["ETag"]
    with django_assert_num_queries(0):
        assert poll(HTTP_IF_NONE_MATCH=etag).status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")

    polled = poll(HTTP_IF_NONE_MATCH=etag)
    assert polled.status_code == 200
    assert "1 new item" in polled.content.decode()


def claim_render(url: str) -> str:
    """Claim the re-render of `url`'s page as a request in another process would."""
    claim = f"rendering:{page_cache.page_key(RequestFactory().get(url))}"
    assert cache.add(claim, True, page_cache.RENDER_CLAIM_SECONDS)
    return claim


def test_while_one_request_renders_a_changed_page_others_serve_the_one_it_replaces(
    reader, django_assert_num_queries, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    url = reverse("timeline")
    reader.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")
    claim = claim_render(url)

    with django_assert_num_queries(0):
        assert "the talks must go on" not in reader.get(url).content.decode()
    cache.delete(claim)
    assert "the talks must go on" in reader.get(url).content.decode()
    assert cache.get(claim) is None  # the render let go of its claim


def test_a_new_epoch_is_rendered_even_while_another_request_renders(
    reader, django_capture_on_commit_callbacks
):
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    url = reverse("timeline")
    reader.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        store_statement("Kaja Kallas", "Kallas said the talks must go on.")
        page_scopes.pages_changed(everything=True)
    claim_render(url)

    assert "the talks must go on" in reader.get(url).content.decode()

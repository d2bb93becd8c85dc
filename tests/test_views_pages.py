"""Actor, proposal, meeting, article and sources pages: full, partial, empty and missing."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from negotiations import models
from negotiations.models import Evidence, Position
from tests import factories

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.mark.parametrize(
    "name, args",
    [
        ("actor_detail", ["nobody"]),
        ("proposal_detail", ["no-such-plan"]),
        ("article_detail", [424242]),
        ("record_sources", ["meeting", 424242]),
    ],
)
def test_unknown_slugs_and_ids_are_404(client, name, args):
    assert client.get(reverse(name, args=args)).status_code == 404


def test_actor_page_shows_profile_positions_statements_meetings_proposals(client):
    state = factories.actor("Republic of Examplia", kind="state")
    envoy = factories.actor(
        "Ann Envoy", aliases=["A. Envoy"], role="Special envoy", affiliation=state
    )
    issue = factories.issue("Prisoner exchange")
    for stance, day in [("oppose", date(2025, 1, 5)), ("oppose", date(2025, 1, 20))]:
        factories.position(envoy, issue, stance=stance, as_of=day, text=f"Opposed on {day}.")
    factories.position(
        envoy, issue, stance="support", as_of=date(2025, 2, 10), text="Now supports."
    )
    factories.statement(
        envoy, text="Ann Envoy said the swap was close.", content="the swap was close"
    )
    factories.meeting([envoy], title="Talks in Doha")
    plan = factories.proposal("Grain corridor", proposer=envoy)
    other = factories.proposal("Energy truce")
    factories.response(other, envoy, response="rejected")
    html = client.get(reverse("actor_detail", args=["ann-envoy"])).content.decode()
    for text in (
        "Special envoy",
        "Republic of Examplia",
        "A. Envoy",
        "Talks in Doha",
        "the swap was close",
    ):
        assert text in html
    assert plan.title in html and "Energy truce" in html and "rejected" in html
    # The repeated stance on the issue is no change; the rejected truce is a stance of its own.
    assert html.count('class="stance stance-oppose"') == 2
    assert 'class="stance stance-support"' in html and "Supports" in html
    assert "stance-fill-support" in html and "<svg" in html


def test_actor_page_statements_filter_and_htmx_region(client):
    envoy = factories.actor("Ann Envoy")
    factories.statement(
        envoy,
        text="She spoke about the grain corridor.",
        content="about the grain corridor",
        said_on=date(2025, 1, 1),
    )
    factories.statement(
        envoy,
        text="She spoke about prisoners.",
        content="about prisoners",
        said_on=date(2025, 2, 1),
    )
    url = reverse("actor_detail", args=["ann-envoy"])
    response = client.get(url, {"date_from": "2025-01-15"}, **HTMX, HTTP_HX_TARGET="statements")
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="statements"')
    assert "about prisoners" in html and "about the grain corridor" not in html
    assert "HX-Request" in response["Vary"]


def test_actor_page_empty_states(client):
    factories.actor("Quiet Person")
    html = client.get(reverse("actor_detail", args=["quiet-person"])).content.decode()
    assert "No dated stances recorded" in html
    assert "No statements by Quiet Person match" in html
    assert "No meetings recorded with Quiet Person" in html


def test_proposal_page_shows_lifecycle_with_evidence(client):
    proposer = factories.actor("Mediator State")
    plan = factories.proposal("Thirty-day truce", proposer=proposer, first_seen=date(2025, 3, 1))
    side_a, side_b = factories.actor("Side A"), factories.actor("Side B")
    factories.response(plan, side_b, response="conditional", responded_on=date(2025, 3, 9))
    factories.response(plan, side_a, response="accepted", responded_on=date(2025, 3, 4))
    html = client.get(reverse("proposal_detail", args=[plan.slug])).content.decode()
    assert html.index("1 March 2025") < html.index("Side A") < html.index("Side B")
    assert "Mediator State" in html and "set conditions" in html
    assert "Side A accepted the Thirty-day truce." in html
    assert "Example News" in html


def test_proposal_page_without_responses(client):
    plan = factories.proposal("Lonely plan")
    html = client.get(reverse("proposal_detail", args=[plan.slug])).content.decode()
    assert "No responses or events recorded yet" in html and "proposer not named" in html


def test_meetings_page_splits_upcoming_and_past(client):
    today = timezone.localdate()
    host = factories.actor("Host Country")
    factories.meeting([host], title="Next round", date=today + timedelta(days=3), location="Geneva")
    factories.meeting([host], title="Last round", date=today - timedelta(days=3), status="held")
    html = client.get(reverse("meeting_list")).content.decode()
    assert html.index("Upcoming") < html.index("Next round") < html.index("Past")
    assert html.index("Past") < html.index("Last round")
    assert "Geneva" in html and "Host Country" in html and "1 source" in html


def test_meeting_rows_name_each_participant_with_a_link_and_their_role(client):
    today = timezone.localdate()
    host, guest = factories.actor("Qatar"), factories.actor("Sudan Envoy")
    upcoming = factories.meeting([guest], title="Jeddah round", date=today + timedelta(days=2))
    models.MeetingParticipant.objects.create(meeting=upcoming, actor=host, role="host")
    expected = (
        f'<a href="{guest.get_absolute_url()}">Sudan Envoy</a>, '
        f'<a href="{host.get_absolute_url()}">Qatar</a> (host)'
    )
    for url in (reverse("meeting_list"), upcoming.get_absolute_url()):
        assert expected in client.get(url).content.decode()
    timeline = client.get(reverse("timeline")).content.decode()
    assert f'href="{host.get_absolute_url()}">Qatar</a> (host)' in timeline


def test_meetings_page_pages_past_meetings_by_keyset(client):
    today = timezone.localdate()
    for i in range(35):
        factories.meeting(title=f"Round {i:02d}", date=today - timedelta(days=i + 1))
    first = client.get(reverse("meeting_list"))
    cursor = first.context_data["next_cursor"]
    more = client.get(
        reverse("meeting_list"), {"before": str(cursor)}, **HTMX, HTTP_HX_TARGET="load-more"
    )
    html = more.content.decode()
    assert "<html" not in html and "Round 34" in html and "Round 29" not in html
    assert html.count('class="meeting"') == 5


def test_meetings_page_empty_state(client):
    html = client.get(reverse("meeting_list")).content.decode()
    assert "No dated meetings ahead" in html and "No past meetings recorded yet" in html


def test_article_page_highlights_evidence_and_escapes_text(client):
    text = "Intro <script>alert('x')</script>. The envoy said talks resume. Ends & more."
    article = factories.article(text=text)
    speaker = factories.actor("The Envoy")
    statement = factories.statement(speaker, text="The envoy said talks resume.")
    Evidence.objects.filter(statement=statement).update(
        article=article, start=text.index("The envoy"), end=text.index(" Ends")
    )
    html = client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Ends &amp; more." in html
    link = reverse("record_sources", args=["statement", statement.pk])
    assert f'<a href="{link}">The envoy said talks resume.</a></mark>' in html


def test_article_page_handles_overlapping_spans(client):
    text = "Alpha beta gamma delta."
    article = factories.article(text=text)
    first = factories.statement(text="Alpha beta gamma")
    second = factories.meeting(title="Beta talks")
    Evidence.objects.filter(statement=first).update(article=article, start=0, end=16)
    Evidence.objects.filter(meeting=second).update(article=article, start=6, end=22)
    html = client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert ">Alpha </a></mark>" in html
    assert 'class="overlap mark-meeting"' in html and ">beta gamma</a></mark>" in html
    assert "> delta</a></mark>." in html


def test_article_without_evidence_says_so(client):
    article = factories.article(text="Nothing to see.")
    html = client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "Nothing was extracted from this article" in html


def test_position_sources_page(client):
    factories.position()
    position = Position.objects.get()
    html = client.get(reverse("record_sources", args=["position", position.pk])).content.decode()
    assert "Example News" in html


def test_an_ingested_article_reaches_the_timeline_and_article_page(
    client, django_capture_on_commit_callbacks
):
    from pathlib import Path

    from negotiations import services
    from negotiations.models import Article, IngestJob

    seed = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_5c287e527622a995.txt"
    metadata = {
        "title": "Trump plans to speak with Putin",
        "outlet": "CNN",
        "published": "2025-03-17",
    }
    with django_capture_on_commit_callbacks(execute=True):
        job = services.submit(source="text", payload=seed.read_text(), metadata=metadata)
    job.refresh_from_db()
    assert job.status == IngestJob.Status.STORED, job.error
    timeline = client.get(reverse("timeline")).content.decode()
    assert "No records yet" not in timeline and 'class="entry entry-' in timeline
    article = Article.objects.get()
    page = client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert page.count("<mark") >= 1 and "Nothing was extracted" not in page


def test_proposal_page_shows_events_in_the_lifecycle(client):
    plan = factories.proposal("Border truce", first_seen=date(2025, 7, 1), status="collapsed")
    side = factories.actor("Side A")
    factories.response(plan, side, response="accepted", responded_on=date(2025, 7, 3))
    source = plan.evidence.get().article
    for status, day in (("in_effect", date(2025, 7, 5)), ("collapsed", date(2025, 7, 20))):
        models.ProposalEvent.objects.create(
            proposal=plan,
            status=status,
            reported_on=day,
            article=source,
            sentence=f"The truce {status}.",
            start=0,
            end=10,
        )
    html = client.get(reverse("proposal_detail", args=[plan.slug])).content.decode()
    assert html.index("3 July 2025") < html.index("In force") < html.index("20 July 2025")
    assert "The truce collapsed." in html and "Collapsed" in html

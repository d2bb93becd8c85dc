"""Pages scoped by negotiation: the switcher, the home page, and filters on every list."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def two_conflicts():
    """Records in two negotiations, each with its own actor, meeting, proposal and statement."""
    made = {}
    for name, who, day in (
        ("Gaza talks", "Gaza Mediator", date(2025, 3, 10)),
        ("Sudan talks", "Sudan Envoy", date(2025, 3, 12)),
    ):
        negotiation = factories.negotiation(name)
        actor = factories.actor(who)
        factories.meeting([actor], title=f"{name} round", date=day, negotiation=negotiation)
        factories.proposal(f"{name} truce", proposer=actor, first_seen=day, negotiation=negotiation)
        factories.statement(
            actor, text=f"{who} said it was close.", said_on=day, negotiation=negotiation
        )
        made[name] = (negotiation, actor)
    return made


@pytest.mark.parametrize(
    "url",
    [
        lambda: reverse("home"),
        lambda: reverse("timeline"),
        lambda: reverse("meeting_list"),
        lambda: reverse("proposal_list"),
        lambda: reverse("actor_detail", args=["gaza-mediator"]),
        lambda: reverse("proposal_detail", args=[models.Proposal.objects.first().slug]),
        lambda: reverse("article_detail", args=[models.Article.objects.first().pk]),
    ],
)
def test_every_page_has_the_negotiation_switcher(client, two_conflicts, url):
    html = client.get(url(), {"negotiation": "sudan-talks"}).content.decode()
    assert 'id="switcher-negotiation"' in html
    assert '<option value="sudan-talks" selected>Sudan talks</option>' in html
    assert '<option value="gaza-talks">Gaza talks</option>' in html


def test_the_switcher_keeps_the_other_filters(client, two_conflicts):
    html = client.get(reverse("timeline"), {"q": "close", "before": "2025-01-01.1.1"}).content
    html = html.decode()
    assert '<input type="hidden" name="q" value="close">' in html
    assert 'name="before"' not in html.split('id="switcher-negotiation"')[0].split("switcher")[-1]


@pytest.mark.parametrize(
    "url",
    [
        lambda: reverse("timeline"),
        lambda: reverse("meeting_list"),
        lambda: reverse("proposal_list"),
    ],
)
def test_list_pages_show_only_the_chosen_negotiation(client, two_conflicts, url):
    html = client.get(url(), {"negotiation": "sudan-talks"}).content.decode()
    assert "Sudan talks" in html and "Sudan Envoy" in html
    assert "Gaza Mediator" not in html and "Gaza talks round" not in html


def test_actor_page_is_scoped_by_the_negotiation(client, two_conflicts):
    negotiation, actor = two_conflicts["Gaza talks"]
    other = factories.negotiation("Sudan talks")
    factories.statement(actor, text="Gaza Mediator spoke of Sudan.", negotiation=other)
    url = reverse("actor_detail", args=[actor.slug])
    everything = client.get(url).content.decode()
    assert "spoke of Sudan" in everything and "it was close" in everything
    scoped = client.get(url, {"negotiation": negotiation.slug}).content.decode()
    assert "it was close" in scoped and "spoke of Sudan" not in scoped
    assert "Gaza talks round" in scoped and "Showing Gaza Mediator in" in scoped


def test_meetings_page_has_the_timelines_filters(client):
    today = timezone.localdate()
    ann, bob = factories.actor("Ann Envoy"), factories.actor("Bob Envoy")
    factories.meeting([ann], title="Ann round", date=today - timedelta(days=3), status="held")
    factories.meeting([bob], title="Bob round", date=today - timedelta(days=30), status="held")
    factories.meeting([bob], title="Bob next", date=today + timedelta(days=2), verified=True)
    url = reverse("meeting_list")

    html = client.get(url, {"actor": "ann-envoy"}).content.decode()
    assert "Ann round" in html and "Bob round" not in html and "Bob next" not in html
    html = client.get(url, {"date_from": str(today - timedelta(days=7))}).content.decode()
    assert "Ann round" in html and "Bob round" not in html and "Bob next" in html
    html = client.get(url, {"q": "next"}).content.decode()
    assert "Bob next" in html and "Ann round" not in html
    html = client.get(url, {"verified": "on"}).content.decode()
    assert "Bob next" in html and "Ann round" not in html

    region = client.get(url, {"actor": "bob-envoy"}, **HTMX, HTTP_HX_TARGET="meetings")
    assert region.content.decode().lstrip().startswith('<div id="meetings"')
    assert region["HX-Push-Url"] == "/meetings/?actor=bob-envoy"


def test_meetings_page_lists_undated_plans_apart(client):
    host = factories.actor("Host Country")
    factories.meeting(
        [host],
        title="Talks to come",
        date=None,
        status="planned",
        reported_on=timezone.localdate() - timedelta(days=2),
    )
    html = client.get(reverse("meeting_list")).content.decode()
    announced = html.split("Planned, date not given")[1].split("Past")[0]
    assert "Talks to come" in announced and "Date not given" in announced


def test_home_lists_negotiations_newest_activity_first(client, two_conflicts):
    html = client.get(reverse("home")).content.decode().split("<main")[1]
    assert html.index("Sudan talks") < html.index("Gaza talks")
    assert "Latest activity" in html and "1 meeting" in html and "1 proposal" in html
    assert f'href="{reverse("timeline")}?negotiation=gaza-talks"' in html


def test_sources_count_articles_not_sentences(client):
    call = factories.meeting(title="One call")
    source = call.evidence.get().article
    factories.evidence(call, source, sentence="Lead paragraph.")
    factories.evidence(call, factories.article(outlet="Second Outlet"), "Another report.")
    html = client.get(reverse("meeting_list")).content.decode()
    assert "2 sources" in html and "3 sources" not in html
    page = client.get(reverse("record_sources", args=["meeting", call.pk])).content.decode()
    assert page.count('class="source"') == 2 and page.count("source-sentence") == 3
    assert "Second Outlet" in page and "Example News" in page


def test_proposals_list_filters_by_status(client):
    factories.proposal("Signed truce", status="agreed")
    factories.proposal("Open plan")
    html = client.get(reverse("proposal_list"), {"status": "agreed"}).content.decode()
    assert "Signed truce" in html and "Open plan" not in html
    html = client.get(reverse("proposal_list"), {"status": "nonsense"}).content.decode()
    assert "Signed truce" in html and "Open plan" in html

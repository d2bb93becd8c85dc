"""Feeds and alerts out: Atom feeds of new records, and a reader's watches."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}title") is not None
    return [
        (
            e.find(f"{ATOM}title").text,
            e.find(f"{ATOM}link").get("href"),
            e.find(f"{ATOM}summary").text,
        )
        for e in feed.findall(f"{ATOM}entry")
    ]


@pytest.fixture
def newsroom():
    talks = factories.negotiation("Sudan talks")
    envoy = factories.actor("Sudan Envoy")
    said = factories.statement(envoy, text="The envoy said aid could flow.", negotiation=talks)
    call = factories.meeting([envoy], title="Jeddah round", negotiation=talks)
    plan = factories.proposal("Humanitarian truce", proposer=envoy, negotiation=talks)
    factories.response(plan, factories.actor("Chad"), response="accepted")
    factories.statement(text="Far away.", negotiation=factories.negotiation("Gaza talks"))
    factories.index_statements()
    return {"talks": talks, "envoy": envoy, "said": said, "call": call, "plan": plan}


def test_a_negotiations_feed_has_its_new_records_linking_to_their_pages(client, newsroom):
    found = entries(client, reverse("negotiation_feed", args=["sudan-talks"]))
    links = {link for _, link, _ in found}
    assert f"http://testserver{newsroom['said'].get_absolute_url()}" in links
    assert f"http://testserver{newsroom['call'].get_absolute_url()}" in links
    assert not any("Far away" in title for title, _, _ in found)
    said = next(summary for title, _, summary in found if title.startswith("Statement"))
    assert "Example News" in said and "aid could flow" in said


def test_actor_proposal_and_search_feeds(client, newsroom):
    assert len(entries(client, reverse("actor_feed", args=["sudan-envoy"]))) == 3
    plan = newsroom["plan"]
    titles = [t for t, _, _ in entries(client, reverse("proposal_feed", args=[plan.slug]))]
    assert len(titles) == 2 and any("Chad accepted" in t for t in titles)
    found = entries(client, reverse("search_feed") + "?q=aid&type=statement")
    assert [t for t, _, _ in found] == ["Statement: Sudan Envoy: talks were progressing"]
    assert client.get(reverse("search_feed") + "?date_from=nonsense").status_code == 404


def test_pages_offer_their_feed(client, newsroom):
    html = client.get(reverse("timeline"), {"q": "aid"}).content.decode()
    assert 'type="application/atom+xml"' in html and "/feeds/search/?q=aid" in html
    html = client.get(reverse("actor_detail", args=["sudan-envoy"])).content.decode()
    assert "/feeds/actors/sudan-envoy/" in html


def test_a_reader_sees_what_changed_since_the_last_visit(client, django_user_model, newsroom):
    reader = django_user_model.objects.create_user("reader", password="pw-reader-123")
    assert client.post(reverse("watch"), {"actor": "sudan-envoy"}).status_code == 302
    client.force_login(reader)
    client.post(reverse("watch"), {"actor": "sudan-envoy", "next": "/actors/sudan-envoy/"})
    client.post(reverse("watch"), {"proposal": newsroom["plan"].slug})
    client.post(reverse("watch"), {"search": "q=corridor"})
    assert models.Watch.objects.filter(user=reader).count() == 3
    models.Watch.objects.update(seen_at=timezone.now() - timedelta(days=1))

    page = client.get(reverse("watching")).content.decode()
    assert "Sudan Envoy" in page and "Jeddah round" in page and "Chad accepted" in page
    assert "Nothing new since you last looked." in page  # the search matches nothing

    page = client.get(reverse("watching")).content.decode()
    assert page.count("Nothing new since you last looked.") == 3
    factories.statement(newsroom["envoy"], text="The envoy spoke again.", content="again")
    page = client.get(reverse("watching")).content.decode()
    assert page.count("Nothing new since you last looked.") == 2 and "again" in page


def test_readers_log_in_to_watch(client, django_user_model, newsroom):
    django_user_model.objects.create_user("reader", password="pw-reader-123")
    html = client.get(reverse("actor_detail", args=["sudan-envoy"])).content.decode()
    assert "Log in to watch" in html
    response = client.post(
        reverse("login"), {"username": "reader", "password": "pw-reader-123", "next": "/watching/"}
    )
    assert response.status_code == 302 and response["Location"] == "/watching/"
    html = client.get(reverse("actor_detail", args=["sudan-envoy"])).content.decode()
    assert ">Watch</button>" in html

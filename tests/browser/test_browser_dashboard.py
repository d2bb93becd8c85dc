"""Journalist paths through the dashboard in a real browser: filter, back, scroll, search, pages."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def newsroom():
    """Two speakers with enough statements to need scrolling, a meeting and a proposal."""
    alice, bob = factories.actor("Alice Envoy"), factories.actor("Bob Minister")
    start = date(2025, 1, 1)
    for i in range(36):
        factories.statement(
            alice, text=f"Alice said point {i}.", content=f"point {i}", said_on=start + timedelta(i)
        )
    factories.statement(
        bob, text="Bob said the corridor is closed.", content="the corridor is closed"
    )
    factories.meeting([alice, bob], title="Talks in Geneva", date=date(2025, 3, 18))
    plan = factories.proposal("Grain corridor plan", proposer=bob, first_seen=date(2025, 3, 11))
    factories.response(plan, alice, responded_on=date(2025, 3, 12))
    return alice, bob, plan


def test_filter_by_actor_then_go_back(live_server, page, screenshot):
    newsroom()
    page.goto(live_server.url + "/timeline/")
    page.wait_for_selector("text=Talks in Geneva")
    page.fill("#id_actor", "Bob Minister")
    page.press("#id_actor", "Enter")
    page.wait_for_url(re.compile(r"/timeline/\?actor=Bob(%20|\+)Minister$"))
    page.wait_for_selector("#results >> text=the corridor is closed")
    assert page.locator("#results .entry-statement").count() == 1
    assert page.locator("#results >> text=point 35").count() == 0
    screenshot("-filtered")
    page.go_back()
    page.wait_for_url(live_server.url + "/timeline/")
    page.wait_for_selector("#results >> text=point 35")
    screenshot()


def test_scroll_loads_more(live_server, page, screenshot):
    newsroom()
    page.goto(live_server.url + "/timeline/?type=statement")
    assert page.locator(".entry").count() == 30
    page.locator("#load-more").scroll_into_view_if_needed()
    expect(page.locator(".entry")).to_have_count(37)
    assert page.locator("#load-more").count() == 0
    assert page.url.endswith("/timeline/?type=statement")
    screenshot()


def test_search(live_server, page, screenshot):
    newsroom()
    factories.index_statements()
    page.goto(live_server.url + "/timeline/")
    page.fill("#id_q", "corridor")
    page.press("#id_q", "Enter")
    page.wait_for_url(re.compile(r"q=corridor"))
    page.wait_for_selector("#results >> text=Grain corridor plan")
    assert page.locator("#results >> text=point 3").count() == 0
    assert page.locator("#results >> text=the corridor is closed").count() == 1
    # A search's chart is counted over its matches: it arrives after the list, in place.
    expect(page.locator(".chart-pending")).to_have_count(0)
    expect(page.locator("#chart svg .bar")).not_to_have_count(0)
    screenshot()


def test_actor_and_proposal_pages(live_server, page, screenshot):
    _, _, plan = newsroom()
    page.goto(live_server.url + "/timeline/")
    page.click("#results a.actor-link:text('Bob Minister')")
    page.wait_for_url(re.compile(r"/actors/bob-minister/$"))
    assert page.locator("h1").inner_text() == "Bob Minister"
    screenshot("-actor")
    page.get_by_role("link", name="Grain corridor plan").click()
    page.wait_for_url(re.compile(rf"/proposals/{plan.slug}/$"))
    assert page.locator("h1").inner_text() == "Grain corridor plan"
    assert page.locator(".lifecycle-step").count() == 2
    screenshot("-proposal")


def test_sources_expand_in_place(live_server, page, screenshot):
    newsroom()
    page.goto(live_server.url + "/timeline/?type=meeting")
    page.click("#results details.sources summary")
    page.wait_for_selector("#results .source-sentence")
    assert "Example News" in page.locator("#results .sources-body").inner_text()
    screenshot()


def test_ingested_article_is_highlighted(live_server, page, screenshot):
    from pathlib import Path

    from negotiations import services
    from negotiations.models import Article

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "articles"
    text = (seeds / "000_5c287e527622a995.txt").read_text()
    meta = {"title": "Trump plans to speak with Putin", "outlet": "CNN", "published": "2025-03-17"}
    services.submit(source="text", payload=text, metadata=meta)
    article = Article.objects.get()
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    assert page.locator(".article-text mark").count() >= 1
    assert page.locator(".article-records .record").count() >= 1
    screenshot("-article")
    page.goto(live_server.url + "/timeline/")
    assert page.locator("#results .entry").count() >= 1
    screenshot("-timeline")


def test_meetings_page_splits_upcoming_and_past(live_server, page, screenshot):
    alice, bob, _ = newsroom()
    soon = date.today() + timedelta(days=7)
    factories.meeting([alice, bob], title="Follow-up call", date=soon)
    page.goto(live_server.url + "/meetings/")
    expect(page.locator(".meetings-upcoming")).to_contain_text("Follow-up call")
    expect(page.locator(".meetings-upcoming")).not_to_contain_text("Talks in Geneva")
    expect(page.locator("main")).to_contain_text("Talks in Geneva")
    screenshot()


def test_editor_pastes_an_article_and_watches_the_job(
    live_server, page, screenshot, django_user_model
):
    django_user_model.objects.create_superuser("desk", "desk@example.org", "desk-pass-123")
    page.goto(live_server.url + "/admin/login/?next=/ingest/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "desk-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/ingest/")
    page.fill(
        "#id_text-text",
        "Egypt proposed a 60-day truce on Monday. Hamas said it was studying the proposal.",
    )
    page.fill("#id_text-title", "Truce proposal")
    page.locator("form.ingest-form", has=page.locator("#id_text-text")).locator("button").click()
    job = page.locator("#jobs tr.job").first
    expect(job.locator(".job-status")).to_have_text("Stored")
    expect(job).to_contain_text("Truce proposal")
    screenshot()
    job.locator("a").first.click()
    expect(page.locator(".article-text mark").first).to_be_visible()


def test_switching_negotiation_scopes_the_page_and_goes_back(live_server, page, screenshot):
    alice, bob, _ = newsroom()
    sudan = factories.negotiation("Sudan talks")
    envoy = factories.actor("Sudan Envoy")
    factories.meeting([envoy], title="Jeddah round", date=date(2025, 3, 20), negotiation=sudan)
    page.goto(live_server.url + "/meetings/")
    expect(page.locator("main")).to_contain_text("Talks in Geneva")
    page.select_option("#switcher-negotiation", "sudan-talks")
    page.wait_for_url(re.compile(r"/meetings/\?negotiation=sudan-talks$"))
    expect(page.locator("main")).to_contain_text("Jeddah round")
    expect(page.locator("main")).not_to_contain_text("Talks in Geneva")
    screenshot("-scoped")
    page.get_by_role("link", name="Timeline", exact=True).click()
    page.wait_for_url(re.compile(r"/timeline/\?negotiation=sudan-talks$"))
    expect(page.locator("#results")).to_contain_text("Jeddah round")
    expect(page.locator("#results")).not_to_contain_text("point 35")
    page.go_back()
    page.go_back()
    page.wait_for_url(live_server.url + "/meetings/")
    expect(page.locator("main")).to_contain_text("Talks in Geneva")


def test_home_lists_negotiations_and_leads_to_their_meetings(live_server, page, screenshot):
    sudan = factories.negotiation("Sudan talks")
    envoy = factories.actor("Sudan Envoy")
    factories.meeting([envoy], title="Jeddah round", date=date(2025, 3, 20), negotiation=sudan)
    page.goto(live_server.url + "/")
    card = page.locator(".negotiation-card", has_text="Sudan talks")
    expect(card).to_contain_text("1 meeting")
    screenshot()
    card.get_by_role("link", name="Meetings").click()
    page.wait_for_url(re.compile(r"/meetings/\?negotiation=sudan-talks$"))
    expect(page.locator("main")).to_contain_text("Jeddah round")

"""Reading and taking data away: phone-width pages, a CSV download, the API docs in a browser."""

import csv
import io
from datetime import date

import pytest

from negotiations import models
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


def long_records():
    """Records with long names, titles and unbroken words, the kind that push pages wide."""
    talks = factories.negotiation("Democratic Republic of the Congo–Rwanda and M23 peace process")
    envoy = factories.actor(
        "Therese Kayikwamba Wagner-Nduhungirehe", role="Minister of Foreign Affairs and Cooperation"
    )
    said = factories.statement(
        envoy,
        text="She said https://www.example.org/a/very/long/link/that/never/breaks/anywhere/at/all "
        "was the text of the Washington agreement.",
        negotiation=talks,
    )
    call = factories.meeting(
        [envoy, factories.actor("Rwanda", kind="state")],
        title="Kinshasa–Kigali–Washington–Doha extraordinary ministerial consultations",
        negotiation=talks,
        date=date(2025, 6, 27),
    )
    plan = factories.proposal(
        "Regional economic integration framework and joint security coordination mechanism",
        proposer=envoy,
        negotiation=talks,
    )
    factories.position(envoy, negotiation=talks)
    return {"said": said, "call": call, "plan": plan, "envoy": envoy}


def test_no_page_scrolls_sideways_on_a_phone(live_server, page, screenshot, django_user_model):
    made = long_records()
    django_user_model.objects.create_superuser("desk", "desk@example.org", "desk-pass-123")
    page.set_viewport_size(PHONE)
    article = models.Article.objects.first()
    paths = [
        "/",
        "/timeline/",
        "/meetings/",
        "/proposals/",
        "/actors/",
        made["envoy"].get_absolute_url(),
        made["plan"].get_absolute_url(),
        made["said"].get_absolute_url(),
        made["call"].get_absolute_url(),
        f"/articles/{article.pk}/",
        f"/sources/meeting/{made['call'].pk}/",
        "/accounts/login/",
    ]
    wide = {}
    for path in paths:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
    page.goto(live_server.url + "/admin/login/?next=/review/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "desk-pass-123")
    page.click("input[type=submit]")
    for path in ("/review/", "/ingest/", "/watching/"):
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
    screenshot("-review")
    assert wide == {}


def test_a_reader_downloads_the_csv_of_a_filtered_timeline(live_server, page):
    made = long_records()
    factories.statement(text="Somebody else spoke.", negotiation=factories.negotiation("Gaza"))
    negotiation = made["said"].negotiation
    page.goto(f"{live_server.url}/timeline/?negotiation={negotiation.slug}&type=statement")
    with page.expect_download() as waiting:
        page.get_by_role("link", name="CSV").click()
    download = waiting.value
    assert download.suggested_filename.startswith("ceasefire-timeline-")
    text = download.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in rows] == [str(made["said"].pk)]
    assert rows[0]["negotiation"] == negotiation.slug


def test_the_api_docs_render_from_local_files_under_the_content_security_policy(live_server, page):
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    assert "/api/v1/meetings" in page.locator(".swagger-ui").inner_text()
    assert blocked == []

"""An editor works through the review queue in a real browser."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_works_through_the_review_queue(live_server, page, screenshot, django_user_model):
    django_user_model.objects.create_superuser("desk", "desk@example.org", "desk-pass-123")
    envoy = factories.actor("Sudan Envoy", reviewed=True)
    plan = factories.proposal("Humanitarian truce", confidence=0.9)
    day = date(2025, 6, 2)
    factories.response(plan, envoy, response="accepted", responded_on=day, confidence=0.9)
    factories.response(plan, envoy, response="rejected", responded_on=day, confidence=0.9)
    factories.statement(envoy, text="He said it might work.", confidence=0.45)

    page.goto(live_server.url + "/admin/login/?next=/review/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "desk-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/review/")
    screenshot("-queue")

    unsure = page.locator(".review-item", has_text="He said it might work.")
    unsure.get_by_role("button", name="Verify").click()
    expect(page.locator(".review-done")).to_contain_text("Verified")

    dispute = page.locator(".review-dispute")
    dispute.locator(".review-item", has=page.locator(".stance-support")).get_by_role(
        "button", name="Keep this one"
    ).click()
    expect(page.locator(".review-done")).to_have_count(2)
    page.reload()
    expect(page.locator("main")).to_contain_text("No disputed stances.")
    expect(page.locator("main")).not_to_contain_text("He said it might work.")
    screenshot("-done")

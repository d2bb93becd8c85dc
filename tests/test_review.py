"""The editors' review queue: new actors, disputes, unsure records, undated meetings."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "item"}


@pytest.fixture
def queue_items():
    talks = factories.negotiation("Sudan talks")
    newcomer = factories.actor("Colonel New", reviewed=False)
    factories.statement(
        newcomer, text="Colonel New said the truce held.", confidence=0.9, negotiation=talks
    )
    envoy = factories.actor("Sudan Envoy")
    plan = factories.proposal("Humanitarian truce", negotiation=talks, confidence=0.9)
    day = date(2025, 6, 2)
    factories.response(plan, envoy, response="accepted", responded_on=day, negotiation=talks)
    factories.response(plan, envoy, response="rejected", responded_on=day, negotiation=talks)
    unsure = factories.statement(
        envoy, text="He said it might work.", confidence=0.45, negotiation=talks
    )
    undated = factories.meeting(
        [envoy], title="Talks in Jeddah", date=None, confidence=0.9, negotiation=talks
    )
    sure = factories.statement(envoy, text="Sure thing.", confidence=0.95, negotiation=talks)
    return {"newcomer": newcomer, "plan": plan, "unsure": unsure, "undated": undated, "sure": sure}


def test_the_queue_lists_what_editors_should_check(staff_client, queue_items):
    html = staff_client.get(reverse("review"), {"negotiation": "sudan-talks"}).content.decode()
    sections = html.split('id="disputes-heading"')
    assert "Colonel New" in sections[0] and "the truce held" in sections[0]
    disputes, rest = sections[1].split('id="unsure-heading"')
    assert "Sudan Envoy" in disputes and "Humanitarian truce" in disputes
    assert (
        "Keep this one" in disputes and "stance-support" in disputes and "stance-oppose" in disputes
    )
    unsure, undated = rest.split('id="undated-heading"')
    assert "He said it might work." in unsure and "confidence 0.45" in unsure
    assert "Sure thing." not in unsure
    assert "Talks in Jeddah" in undated and "Verify as undated" in undated


def test_the_queue_is_scoped_by_negotiation(staff_client, queue_items):
    factories.negotiation("Gaza talks")
    html = staff_client.get(reverse("review"), {"negotiation": "gaza-talks"}).content.decode()
    assert "He said it might work." not in html and "Talks in Jeddah" not in html


def test_one_click_verify_takes_the_record_off_the_queue(staff_client, queue_items):
    unsure = queue_items["unsure"]
    url = reverse("review_verify", args=["statement", unsure.pk])
    response = staff_client.post(url, **HTMX)
    assert "✓ Verified" in response.content.decode()
    unsure.refresh_from_db()
    assert (unsure.verified, unsure.verified_by) == (True, staff_client.user)
    html = staff_client.get(reverse("review")).content.decode()
    assert "He said it might work." not in html


def test_keeping_one_report_settles_a_dispute(staff_client, queue_items):
    accepted = queue_items["plan"].responses.get(response="accepted")
    staff_client.post(reverse("review_verify", args=["response", accepted.pk]))
    html = staff_client.get(reverse("review")).content.decode()
    assert "No disputed stances." in html
    envoy = accepted.actor
    page = staff_client.get(reverse("actor_detail", args=[envoy.slug])).content.decode()
    table = page.split('class="positions"')[1].split("</table>")[0]
    assert "Disputed" not in table and "stance-support" in table


def test_marking_an_actor_reviewed_without_javascript_returns_to_the_queue(
    staff_client, queue_items
):
    newcomer = queue_items["newcomer"]
    next_url = reverse("review") + "?negotiation=sudan-talks"
    response = staff_client.post(reverse("review_actor", args=[newcomer.pk]), {"next": next_url})
    assert response.status_code == 302 and response["Location"] == next_url
    newcomer.refresh_from_db()
    assert newcomer.reviewed


def test_readers_and_editors_without_permission_are_refused(client, django_user_model):
    assert client.get(reverse("review")).status_code == 302
    clerk = django_user_model.objects.create_user("clerk", password="pw-clerk-1", is_staff=True)
    client.force_login(clerk)
    record = factories.statement(confidence=0.3)
    url = reverse("review_verify", args=["statement", record.pk])
    assert client.post(url).status_code == 403
    clerk.user_permissions.add(Permission.objects.get(codename="change_statement"))
    assert client.post(url).status_code == 302
    assert models.Statement.objects.get(pk=record.pk).verified

"""Pages to link to: permalinks of statements and meetings, and the list of actors."""

from datetime import date

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_statement_has_a_page_with_every_source(client):
    envoy = factories.actor("Sudan Envoy")
    said = factories.statement(
        envoy, text='The envoy said: "We are close."', content="We are close", mode="direct"
    )
    factories.evidence(said, factories.article(outlet="Second Paper"), 'He said: "We are close."')
    html = client.get(said.get_absolute_url()).content.decode()
    assert "“We are close”" in html and "Sudan Envoy" in html
    assert "Second Paper" in html and "Example News" in html and "2 reports" in html


def test_a_meeting_has_a_page_and_an_undated_one_says_so(client):
    host = factories.actor("Host Country")
    undated = factories.meeting(
        [host], title="Talks to come", date=None, reported_on=date(2025, 5, 2), location="Doha"
    )
    html = client.get(reverse("meeting_detail", args=[undated.pk])).content.decode()
    assert "Talks to come" in html and "Date not given" in html and "2 May 2025" in html
    assert "Doha" in html and "Host Country" in html


def test_every_record_on_the_timeline_links_to_its_page(client):
    said = factories.statement()
    call = factories.meeting(title="A call")
    plan = factories.proposal("A truce")
    answer = factories.response(plan)
    html = client.get(reverse("timeline")).content.decode()
    for record in (said, call, plan):
        assert f'href="{record.get_absolute_url()}"' in html
    assert f'href="{plan.get_absolute_url()}#response-{answer.pk}"' in html


def test_the_actor_list_searches_filters_and_counts(client):
    talks = factories.negotiation("Sudan talks")
    envoy = factories.actor("Sudan Envoy", aliases=["The Envoy"], role="Special envoy")
    state = factories.actor("Chad", kind="state")
    for _ in range(2):
        factories.statement(envoy, negotiation=talks)
    factories.meeting([envoy, state], title="Talks", negotiation=talks)
    factories.actor("Quiet Person")

    html = client.get(reverse("actor_list")).content.decode()
    row = html.split("Sudan Envoy</a>")[1].split("</tr>")[0]
    assert [cell.split("<")[0] for cell in row.split("<td>")[2:5]] == ["2", "1", "0"]
    assert "Quiet Person" in html
    html = client.get(reverse("actor_list"), {"q": "the envoy"}).content.decode()
    assert "Sudan Envoy" in html and "Chad" not in html
    html = client.get(reverse("actor_list"), {"kind": "state"}).content.decode()
    assert "Chad" in html and "Sudan Envoy" not in html
    html = client.get(reverse("actor_list"), {"negotiation": "sudan-talks"}).content.decode()
    assert "Sudan Envoy" in html and "Quiet Person" not in html

"""`manage.py export`: ceasefire-export/1 with every record and all its evidence."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests import factories

pytestmark = pytest.mark.django_db


def export(*args):
    out = StringIO()
    call_command("export", *args, stdout=out)
    return json.loads(out.getvalue())


def test_export_lists_every_record_with_its_evidence_and_negotiation():
    talks = factories.negotiation()
    other = factories.negotiation("Israel–Hamas ceasefire talks")
    us = factories.actor("United States", kind="state")
    trump = factories.actor("Donald Trump", aliases=["Trump"], affiliation=us)
    putin = factories.actor("Vladimir Putin")
    call = factories.meeting([trump, putin], title="Trump–Putin call", negotiation=talks)
    second = factories.article(text="Another report. Trump and Putin spoke by phone.")
    factories.evidence(call, second, "Trump and Putin spoke by phone.")
    plan = factories.proposal(proposer=trump, negotiation=talks)
    factories.response(plan, putin, response="rejected")
    factories.statement(trump, negotiation=other)

    data = export()

    assert data["schema"] == "ceasefire-export/1"
    assert {n["slug"] for n in data["negotiations"]} == {talks.slug, other.slug}
    [meeting] = data["meetings"]
    assert meeting["participants"] == ["Donald Trump", "Vladimir Putin"]
    assert meeting["date"] == "2025-03-18" and meeting["negotiations"] == [talks.slug]
    assert len(meeting["evidence"]) == 2 and meeting["sources"] == 2
    article_ids = {a["id"] for a in data["articles"]}
    assert {e["article"] for e in meeting["evidence"]} <= article_ids
    [proposal] = data["proposals"]
    assert proposal["proposed_by"] == "Donald Trump"
    assert proposal["responses"] == [
        {"actor": "Vladimir Putin", "response": "rejected", "date": "2025-03-12"}
    ]
    trump_row = next(a for a in data["actors"] if a["name"] == "Donald Trump")
    assert trump_row["aliases"] == ["Trump"] and trump_row["affiliation"] == "United States"
    assert [s["negotiations"] for s in data["statements"]] == [[other.slug]]


def test_export_of_one_negotiation_leaves_the_others_out():
    talks = factories.negotiation()
    other = factories.negotiation("Israel–Hamas ceasefire talks")
    factories.meeting(title="In scope", negotiation=talks)
    factories.meeting(title="Out of scope", negotiation=other)

    data = export("--negotiation", talks.slug)

    assert [m["title"] for m in data["meetings"]] == ["In scope"]
    assert [n["slug"] for n in data["negotiations"]] == [talks.slug]


def test_export_of_an_unknown_negotiation_is_an_error():
    with pytest.raises(CommandError, match="no negotiation"):
        export("--negotiation", "nowhere")


def test_articles_list_their_main_negotiation_first_and_proposals_their_wordings():
    main = factories.negotiation("Sudan talks")
    other = factories.negotiation("Chad talks")
    story = factories.article(negotiation=main)
    story.other_negotiations.add(other)
    plan = factories.proposal("30-day ceasefire", negotiation=main)
    factories.proposal_alias(plan, "a month-long truce")

    data = export("--negotiation", other.slug)

    assert [a["negotiations"] for a in data["articles"]] == [[main.slug, other.slug]]
    assert export()["proposals"][0]["aliases"] == ["a month-long truce"]

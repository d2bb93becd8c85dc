"""Query counts per page, pinned: several records of each type, so an N+1 shows as a change."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Queries are counted on pages rendered, not on pages served from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def busy():
    """Three actors, each with statements, meetings, proposals, answers, positions and
    sources in two articles; returns one actor and one of the proposals."""
    talks = factories.negotiation("Bench talks")
    issue = factories.issue("Ceasefire line")
    people = [factories.actor(f"Person {n}", aliases=[f"P{n}"]) for n in range(3)]
    wire = factories.article(text="Wire copy that repeats the reports.")
    proposals = []
    for n in range(4):
        day = date(2025, 3, 1) + timedelta(days=n)
        for person in people:
            said = factories.statement(
                person, text=f"{person.name} said the corridor {n} holds.", said_on=day
            )
            said.issues.add(issue)
            factories.evidence(said, wire)
            factories.position(person, issue, as_of=day, text=f"{person.name} on {n}.")
        meeting = factories.meeting(people, title=f"Corridor round {n}", date=day)
        factories.evidence(meeting, wire)
        plan = factories.proposal(f"Corridor plan {n}", proposer=people[n % 3], first_seen=day)
        plan.negotiation = talks
        plan.save()
        factories.proposal_event(plan, reported_on=day)
        for person in people:
            factories.response(plan, person, responded_on=day + timedelta(days=1))
        proposals.append(plan)
    factories.index_statements()
    return people[0], proposals[0]


PAGES = {
    # The places (dates and ids) of every type in one UNION ALL, then the records shown of
    # each type, the meetings' participations and their actors, the day totals, and the filter
    # form's negotiations (twice) and issues.
    "timeline": (lambda actor, plan: reverse("timeline"), 11),
    # Less the day totals: a search's chart loads after the list.
    "timeline search": (lambda actor, plan: reverse("timeline") + "?q=corridor", 10),
    # And the actor named.
    "timeline of an actor": (lambda actor, plan: reverse("timeline") + f"?actor={actor.slug}", 12),
    # The actor and their other names, their statements (one type: rows read at once, without
    # a pass for places), positions, answers, the sources of the stances shown, latest meetings
    # with their participations and actors, proposals, responses, and the form's negotiations
    # and issues.
    "actor page": (lambda actor, plan: reverse("actor_detail", args=[actor.slug]), 13),
    # Past, upcoming and announced meetings, the participations of all three and their actors
    # (read once), and the form's negotiations (twice).
    "meetings": (lambda actor, plan: reverse("meeting_list"), 7),
    "meetings search": (lambda actor, plan: reverse("meeting_list") + "?q=corridor", 7),
    "proposals": (lambda actor, plan: reverse("proposal_list"), 4),
    "proposal page": (lambda actor, plan: reverse("proposal_detail", args=[plan.slug]), 7),
}


# Where the database cannot order and limit the parts of a UNION (SQLite), each of the
# timeline's four types reads its places in a query of its own.
PLACES_APART = {"timeline", "timeline search", "timeline of an actor"}


@pytest.mark.parametrize("page, queries", PAGES.values(), ids=PAGES)
def test_page_queries(request, client, django_assert_num_queries, busy, page, queries):
    url = page(*busy)
    if request.node.callspec.id in PLACES_APART:
        queries += 0 if connection.features.supports_slicing_ordering_in_compound else 3
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200

"""The read API: every endpoint and filter, keyset cursors, changes for mirrors, limits."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from negotiations import editing, models
from tests import factories

pytestmark = pytest.mark.django_db
API = "/api/v1"


def get(client, path, **params):
    response = client.get(API + path, params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def newsroom():
    talks = factories.negotiation("Sudan talks")
    other = factories.negotiation("Gaza talks")
    envoy = factories.actor("Sudan Envoy", aliases=["The Envoy"])
    state = factories.actor("Chad", kind="state")
    issue = factories.issue("Humanitarian access")
    said = factories.statement(
        envoy, text="The envoy said aid could flow.", content="aid could flow", negotiation=talks
    )
    said.issues.add(issue)
    factories.statement(state, text="Chad said nothing.", content="nothing", negotiation=talks)
    factories.statement(text="Far away.", content="far away", negotiation=other)
    factories.meeting([envoy, state], title="Jeddah round", negotiation=talks, status="held")
    plan = factories.proposal("Humanitarian truce", proposer=envoy, negotiation=talks)
    factories.response(plan, state, response="accepted")
    factories.position(envoy, issue, stance="support", negotiation=talks)
    factories.index_statements()
    return talks


@pytest.mark.parametrize(
    "path, params, expected",
    [
        ("/statements", {}, 3),
        ("/statements", {"negotiation": "sudan-talks"}, 2),
        ("/statements", {"actor": "sudan-envoy"}, 1),
        ("/statements", {"actor": "The Envoy"}, 1),
        ("/statements", {"issue": "humanitarian-access"}, 1),
        ("/statements", {"q": "flow aid"}, 1),
        ("/statements", {"verified": "true"}, 0),
        ("/statements", {"date_from": "2025-03-17"}, 0),
        ("/statements", {"mode": "direct"}, 0),
        ("/meetings", {"negotiation": "sudan-talks", "kind": "call"}, 1),
        ("/meetings", {"status": "planned"}, 0),
        ("/meetings", {"actor": "chad"}, 1),
        ("/proposals", {"actor": "chad"}, 1),
        ("/proposals", {"kind": "ceasefire", "status": "proposed"}, 1),
        ("/positions", {"issue": "humanitarian-access", "stance": "support"}, 1),
        ("/positions", {"stance": "oppose"}, 0),
        ("/actors", {"q": "envoy"}, 1),
        ("/actors", {"negotiation": "gaza-talks"}, 1),
        ("/actors", {"kind": "state"}, 1),
        ("/articles", {"negotiation": "sudan-talks"}, 0),
    ],
)
def test_every_endpoint_filters_like_the_timeline(client, newsroom, path, params, expected):
    assert len(get(client, path, **params)["items"]) == expected


def test_records_come_in_their_export_shape_with_links(client, newsroom):
    [meeting] = get(client, "/meetings")["items"]
    assert meeting["participants"] == ["Sudan Envoy", "Chad"]
    assert meeting["negotiations"] == ["sudan-talks"] and meeting["sources"] == 1
    assert meeting["url"].endswith(f"/meetings/{meeting['id']}/")
    assert get(client, f"/meetings/{meeting['id']}")["title"] == "Jeddah round"
    [proposal] = get(client, "/proposals")["items"]
    assert proposal["responses"] == [
        {"actor": "Chad", "response": "accepted", "date": "2025-03-12"}
    ]
    [actor] = get(client, "/actors", q="envoy")["items"]
    assert actor["aliases"] == ["The Envoy"]
    names = [n["slug"] for n in get(client, "/negotiations")]
    assert names == ["gaza-talks", "sudan-talks"]


@pytest.mark.parametrize(
    "path, params, status",
    [
        ("/statements", {"negotiation": "nowhere"}, 404),
        ("/statements", {"actor": "nobody"}, 404),
        ("/statements", {"issue": "no-such-issue"}, 404),
        ("/meetings", {"kind": "picnic"}, 422),
        ("/meetings", {"cursor": "not-ours"}, 400),
        ("/meetings", {"limit": 0}, 422),
        ("/meetings/424242", {}, 404),
    ],
)
def test_bad_requests_are_refused_clearly(client, newsroom, path, params, status):
    response = client.get(API + path, params)
    assert response.status_code == status and "detail" in response.json()


def test_cursor_pages_have_no_duplicates_or_gaps_while_records_arrive(client):
    speaker = factories.actor("Busy Speaker")
    for i in range(7):
        factories.statement(speaker, text=f"Busy said {i}.")
    seen, cursor = [], None
    while True:
        body = get(client, "/statements", limit=3, **({"cursor": cursor} if cursor else {}))
        seen += [item["id"] for item in body["items"]]
        if len(seen) == 3:  # records arrive between pages
            for i in range(2):
                factories.statement(speaker, text=f"Busy added {i}.")
        cursor = body["next"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 9
    assert seen == sorted(seen)


def test_updated_since_and_changes_follow_an_edit_a_merge_and_a_deletion(
    client, newsroom, django_user_model
):
    editor = django_user_model.objects.create_user("desk", password="pw-desk-123")
    mark = timezone.now()
    assert get(client, "/statements", updated_since=mark.isoformat())["items"] == []

    edited = models.Statement.objects.get(content="nothing")
    editing.mark_verified(models.Statement.objects.filter(pk=edited.pk), editor)
    changed = get(client, "/statements", updated_since=mark.isoformat())["items"]
    assert [item["id"] for item in changed] == [edited.pk] and changed[0]["verified"]

    envoy = models.Actor.objects.get(name="Sudan Envoy")
    twin = factories.meeting([envoy], title="Jeddah talks", negotiation=newsroom)
    twin_id = twin.pk
    keep = models.Meeting.objects.get(title="Jeddah round")
    editing.merge_records(keep, [twin], user=editor)
    gone = models.Statement.objects.get(content="far away")
    gone_id = gone.pk
    editing.delete_records([gone], user=editor)

    changes = get(client, "/changes", since=mark.isoformat())["items"]
    assert [(c["kind"], c["id"], c["change"], c["into"]) for c in changes] == [
        ("meeting", twin_id, "merged", keep.pk),
        ("statement", gone_id, "deleted", None),
    ]
    assert keep.pk in [
        m["id"] for m in get(client, "/meetings", updated_since=mark.isoformat())["items"]
    ]


def test_past_the_limit_a_client_gets_429_with_retry_after(client, settings, newsroom):
    settings.API_RATE_LIMIT = "3/m"
    statuses = [client.get(API + "/negotiations").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get(API + "/statements")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    # Another client is not held back.
    assert client.get(API + "/negotiations", REMOTE_ADDR="10.0.0.9").status_code == 200


@pytest.mark.parametrize(
    "path", ["/statements", "/meetings", "/proposals", "/positions", "/actors", "/articles"]
)
def test_query_counts_do_not_grow_with_the_page(client, newsroom, path):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            get(client, path)
        return len(captured)

    few = queries()
    talks = newsroom
    for i in range(20):
        speaker = factories.actor(f"Speaker {i}")
        factories.statement(speaker, negotiation=talks, said_on=date(2025, 3, 1) + timedelta(i))
        factories.meeting([speaker], title=f"Round {i}", negotiation=talks)
        plan = factories.proposal(f"Plan {i}", proposer=speaker, negotiation=talks)
        factories.response(plan, speaker)
        factories.position(speaker, negotiation=talks)
    assert queries() == few


@pytest.mark.parametrize(
    "params", [{"q": "aid\x00"}, {"actor": "env\x00oy"}, {"negotiation": "\x00"}]
)
def test_a_nul_character_is_refused_not_a_server_error(client, newsroom, params):
    response = client.get(API + "/statements", params)
    assert response.status_code == 422

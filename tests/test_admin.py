"""The editors' admin: every page renders, filters work, saves verify and log, actions act."""

import itertools
from datetime import date
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from negotiations import models
from negotiations.page_cache import bump_scopes
from tests import factories

pytestmark = pytest.mark.django_db
_seq = itertools.count(1)

MAKERS = {
    models.Negotiation: lambda: factories.negotiation(f"Talks {next(_seq)}"),
    models.Actor: factories.actor,
    models.ActorAlias: lambda: factories.actor().aliases.get(),
    models.Issue: lambda: factories.issue(f"Issue {next(_seq)}"),
    models.Article: lambda: factories.article(url=f"https://news.example.org/{next(_seq)}"),
    models.Feed: factories.feed,
    models.IngestJob: lambda: factories.ingest_job(article=factories.article()),
    models.Statement: factories.statement,
    models.Proposal: lambda: factories.proposal(f"Truce {next(_seq)}", proposer=factories.actor()),
    models.ProposalResponse: lambda: factories.response(factories.proposal(f"Truce {next(_seq)}")),
    models.Meeting: lambda: factories.meeting(
        [factories.actor(), factories.actor()], title=f"Call {next(_seq)}"
    ),
    models.MeetingParticipant: lambda: factories.meeting(
        [factories.actor()], title=f"Talks {next(_seq)}"
    ).participations.get(),
    models.Position: factories.position,
    models.Evidence: lambda: factories.statement().evidence.get(),
    models.RecordEdit: lambda: factories.record_edit(factories.statement()),
    models.ProposalAlias: lambda: factories.proposal_alias(),
    models.KeptApart: lambda: factories.kept_apart(),
    models.ProposalEvent: lambda: factories.proposal_event(),
    models.Tombstone: lambda: factories.tombstone(),
    models.DeletedKey: lambda: factories.tombstone().keys.get(),
    models.Watch: lambda: factories.watch(),
    models.DeletedSource: lambda: factories.deleted_source(),
    models.RecordChange: lambda: models.RecordChange.objects.create(
        kind="meeting", record_id=next(_seq), change="deleted"
    ),
}
REGISTERED = [model for model in admin.site._registry if model._meta.app_label == "negotiations"]


def admin_url(model, view, *args):
    return reverse(f"admin:negotiations_{model._meta.model_name}_{view}", args=args)


def test_every_model_is_registered_and_has_a_maker():
    # The record counts and the registry's stamp are the database's to keep (triggers),
    # nobody's to edit.
    kept = {models.RecordCount, models.ActorCount, models.RegistryStamp}
    app_models = set(models.Negotiation._meta.app_config.get_models()) - kept
    assert set(REGISTERED) == app_models == set(MAKERS)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m.__name__)
def test_changelist_renders_and_lists_the_object(staff_client, model):
    obj = MAKERS[model]()
    response = staff_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert admin_url(model, "change", obj.pk) in response.content.decode()


@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(staff_client, model):
    MAKERS[model]()
    url = admin_url(model, "changelist")
    staff_client.get(url)
    with CaptureQueriesContext(connection) as one:
        staff_client.get(url)
    for _ in range(3):
        MAKERS[model]()
    with CaptureQueriesContext(connection) as four:
        staff_client.get(url)
    assert len(four) == len(one), [q["sql"] for q in four]


@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m.__name__)
def test_change_form_renders(staff_client, model):
    obj = MAKERS[model]()
    response = staff_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert str(obj)[:20] in response.content.decode() or model is models.Evidence


# The audit trail and deletions are written by editors' actions, never added by hand.
WRITTEN_BY_ACTIONS = {
    models.RecordEdit,
    models.Tombstone,
    models.RecordChange,
    models.DeletedSource,
}


@pytest.mark.parametrize(
    "model", [m for m in REGISTERED if m not in WRITTEN_BY_ACTIONS], ids=lambda m: m.__name__
)
def test_add_form_renders(staff_client, model):
    assert staff_client.get(admin_url(model, "add")).status_code == 200


def test_audit_trail_is_view_only(staff_client):
    edit = MAKERS[models.RecordEdit]()
    assert staff_client.get(admin_url(models.RecordEdit, "add")).status_code == 403
    url = admin_url(models.RecordEdit, "change", edit.pk)
    assert staff_client.post(url, {"object_repr": "forged"}).status_code == 403
    edit.refresh_from_db()
    assert edit.object_repr != "forged"


@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m.__name__)
def test_anonymous_users_are_sent_to_login(client, model):
    response = client.get(admin_url(model, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_site_is_titled(staff_client):
    assert "Ceasefire Tracker" in staff_client.get(reverse("admin:index")).content.decode()


def _listed(client, model, query):
    response = client.get(admin_url(model, "changelist") + query)
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


def test_search_and_filters(staff_client):
    putin, zelensky = factories.actor("Vladimir Putin"), factories.actor("Volodymyr Zelensky")
    said = factories.statement(speaker=putin)
    other = factories.statement(speaker=zelensky, verified=True)
    talks = factories.negotiation("Gaza talks")
    truce = factories.proposal(
        title="Gaza truce", kind=models.Proposal.Kind.TRUCE, negotiation=talks
    )
    plan = factories.proposal(title="Peace plan", kind=models.Proposal.Kind.PEACE_PLAN)
    call = factories.meeting(participants=[putin], status=models.Meeting.Status.HELD)
    visit = factories.meeting(participants=[zelensky], title="Visit")
    zelensky.reviewed = True
    zelensky.save()

    assert _listed(staff_client, models.Statement, "?q=Putin") == {said.pk}
    assert _listed(staff_client, models.Statement, "?verified__exact=1") == {other.pk}
    assert _listed(staff_client, models.Statement, f"?speaker__id__exact={zelensky.pk}") == {
        other.pk
    }
    assert _listed(staff_client, models.Proposal, "?kind__exact=truce") == {truce.pk}
    assert _listed(staff_client, models.Proposal, f"?negotiation__id__exact={talks.pk}") == {
        truce.pk
    }
    assert plan.pk in _listed(staff_client, models.Proposal, "?q=peace")
    assert _listed(staff_client, models.Meeting, "?status__exact=held") == {call.pk}
    assert _listed(staff_client, models.Meeting, f"?participants__id__exact={zelensky.pk}") == {
        visit.pk
    }
    assert _listed(staff_client, models.Statement, "?said_on__gte=2025-03-17") == set()
    unreviewed = _listed(staff_client, models.Actor, "?reviewed__exact=0")
    assert putin.pk in unreviewed and zelensky.pk not in unreviewed
    assert _listed(staff_client, models.Actor, "?q=zelensky") == {zelensky.pk}


class FormFields(HTMLParser):
    """The values a browser would submit from the page's main form."""

    def __init__(self):
        super().__init__()
        self.data, self._select, self._textarea, self._in_form = {}, None, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_form = attrs.get("id", "").endswith("_form")
        name = attrs.get("name") if self._in_form else None
        if tag == "input" and name and attrs.get("type") not in {"submit", "button", "file"}:
            checkable = attrs.get("type") in {"checkbox", "radio"}
            if checkable and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value", "on" if checkable else ""))
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            # Browsers drop the newline Django writes right after <textarea>.
            text = self.data[self._textarea][0] + data
            self.data[self._textarea][0] = text.removeprefix("\n")


def form_data(response):
    parser = FormFields()
    parser.feed(response.content.decode())
    return {name: values for name, values in parser.data.items() if values}


def test_saving_a_statement_verifies_it_and_logs_the_edit(staff_client):
    statement = factories.statement(content="talks were progressing")
    url = admin_url(models.Statement, "change", statement.pk)
    data = form_data(staff_client.get(url))
    data.update(content="talks had stalled", said_on="2025-03-18")

    response = staff_client.post(url, data)

    assert response.status_code == 302, response.context and response.context["errors"]
    statement.refresh_from_db()
    assert statement.content == "talks had stalled"
    assert statement.verified and statement.verified_by == staff_client.user
    assert statement.verified_at is not None
    edit = models.RecordEdit.objects.get(model="statement", object_id=statement.pk)
    assert edit.user == staff_client.user
    assert edit.changes == {
        "content": ["talks were progressing", "talks had stalled"],
        "said_on": ["2025-03-16", "2025-03-18"],
        "verified": [False, True],
    }
    history = staff_client.get(url).content.decode()
    assert "talks were progressing → talks had stalled" in history


def test_saving_a_meeting_logs_participant_changes(staff_client):
    kept, added = factories.actor("Marco Rubio"), factories.actor("Hakan Fidan")
    meeting = factories.meeting(participants=[kept])
    url = admin_url(models.Meeting, "change", meeting.pk)
    data = form_data(staff_client.get(url))
    data.update(
        {
            "participations-TOTAL_FORMS": "2",
            "participations-1-actor": str(added.pk),
            "participations-1-role": "mediator",
            "participations-1-meeting": str(meeting.pk),
        }
    )

    assert staff_client.post(url, data).status_code == 302

    assert set(meeting.participants.all()) == {kept, added}
    edit = models.RecordEdit.objects.get(model="meeting", object_id=meeting.pk)
    assert edit.changes["meeting participant added: Hakan Fidan (Mediator)"] == [
        None,
        "Hakan Fidan (Mediator)",
    ]


def test_a_response_added_inline_is_verified_and_logged(staff_client):
    proposal = factories.proposal("Energy truce")
    actor = factories.actor("Volodymyr Zelensky")
    url = admin_url(models.Proposal, "change", proposal.pk)
    data = form_data(staff_client.get(url))
    data.update(
        {
            "responses-TOTAL_FORMS": "1",
            "responses-0-actor": str(actor.pk),
            "responses-0-response": "conditional",
            "responses-0-responded_on": "2025-03-19",
            "responses-0-proposal": str(proposal.pk),
        }
    )

    assert staff_client.post(url, data).status_code == 302

    response = proposal.responses.get()
    assert response.actor == actor and response.merge_key
    assert response.verified and response.verified_by == staff_client.user
    edit = models.RecordEdit.objects.get(model="proposal", object_id=proposal.pk)
    assert "proposal response added: Volodymyr Zelensky set conditions Energy truce" in edit.changes
    listing = staff_client.get(admin_url(models.RecordEdit, "changelist")).content.decode()
    assert admin_url(models.Proposal, "change", proposal.pk) in listing


def test_saving_an_actor_marks_it_reviewed(staff_client):
    actor = factories.actor("Steve Witkoff")
    url = admin_url(models.Actor, "change", actor.pk)
    data = form_data(staff_client.get(url))
    data["role"] = "Special envoy"

    response = staff_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]

    actor.refresh_from_db()
    assert actor.reviewed and actor.role == "Special envoy"
    assert models.RecordEdit.objects.get(model="actor", object_id=actor.pk).changes == {
        "role": ["", "Special envoy"],
        "reviewed": [False, True],
    }


def test_adding_two_statements_by_hand_gives_each_a_merge_key(staff_client):
    speaker = factories.actor()
    for text in ("First sentence.", "Second sentence."):
        response = staff_client.post(
            admin_url(models.Statement, "add"),
            {
                "speaker": speaker.pk,
                "text": text,
                "mode": "direct",
                "confidence": "1.0",
                "evidence-TOTAL_FORMS": "0",
                "evidence-INITIAL_FORMS": "0",
            },
        )
        assert response.status_code == 302, response.context["errors"]
    keys = set(models.Statement.objects.values_list("merge_key", flat=True))
    assert len(keys) == 2 and all(keys)
    assert all(models.Statement.objects.values_list("verified", flat=True))


def test_mark_verified_action(staff_client):
    statements = [factories.statement(), factories.statement()]
    response = staff_client.post(
        admin_url(models.Statement, "changelist"),
        {"action": "mark_verified", "_selected_action": [s.pk for s in statements]},
    )
    assert response.status_code == 302
    assert (
        models.Statement.objects.filter(verified=True, verified_by=staff_client.user).count() == 2
    )


def test_merge_action_asks_which_actor_to_keep_then_merges(staff_client):
    keep, dup = factories.actor("Recep Tayyip Erdoğan"), factories.actor("Erdogan")
    said = factories.statement(speaker=dup)
    url = admin_url(models.Actor, "changelist")
    selection = {"action": "merge_actors", "_selected_action": [keep.pk, dup.pk]}

    confirm = staff_client.post(url, selection)

    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "Recep Tayyip Erdoğan" in page and "Erdogan (Person" in page
    assert models.Actor.objects.filter(pk=dup.pk).exists()

    done = staff_client.post(url, {**selection, "keep": keep.pk, "merge": "Merge actors"})

    assert done.status_code == 302
    assert not models.Actor.objects.filter(pk=dup.pk).exists()
    said.refresh_from_db()
    assert said.speaker == keep


def test_merge_action_rejects_a_keep_outside_the_selection(staff_client):
    a, b, outsider = factories.actor(), factories.actor(), factories.actor()
    response = staff_client.post(
        admin_url(models.Actor, "changelist"),
        {
            "action": "merge_actors",
            "_selected_action": [a.pk, b.pk],
            "keep": outsider.pk,
            "merge": "Merge actors",
        },
    )
    assert response.status_code == 200
    assert models.Actor.objects.filter(pk__in=[a.pk, b.pk, outsider.pk]).count() == 3


def test_evidence_inline_highlights_the_match_and_links_the_article(staff_client):
    source = factories.article(
        text="Lead. Putin said a ceasefire was possible.", url="https://news.example.org/putin"
    )
    statement = factories.statement(text="Putin said a ceasefire was possible.")
    evidence = statement.evidence.get()
    evidence.article, evidence.match_start, evidence.match_end = source, 0, 10
    evidence.save()

    page = staff_client.get(admin_url(models.Statement, "change", statement.pk)).content.decode()

    assert "<mark>Putin said</mark> a ceasefire was possible." in page
    assert admin_url(models.Article, "change", source.pk) in page
    assert 'href="https://news.example.org/putin"' in page


@pytest.mark.parametrize("match", [(None, None), (5, 3), (0, 999)])
def test_evidence_without_a_valid_match_highlights_nothing(staff_client, match):
    statement = factories.statement()
    evidence = statement.evidence.get()
    evidence.match_start, evidence.match_end = match
    evidence.save()
    page = staff_client.get(admin_url(models.Statement, "change", statement.pk)).content.decode()
    assert evidence.sentence in page and "<mark>" not in page


def test_article_change_form_links_each_evidence_to_its_record(staff_client):
    meeting = factories.meeting(date=date(2025, 3, 20))
    source = meeting.evidence.get().article
    page = staff_client.get(admin_url(models.Article, "change", source.pk)).content.decode()
    assert admin_url(models.Meeting, "change", meeting.pk) in page


def test_reextract_action_queues_one_extraction_per_batch_of_articles(
    staff_client, django_capture_on_commit_callbacks
):
    putin = factories.actor("Vladimir Putin", kind=models.Actor.Kind.PERSON, aliases=["Putin"])
    sources = [
        factories.article(
            text=f"Moscow, {day} March. Vladimir Putin said the ceasefire proposal was "
            f"acceptable in principle. Talks resumed on Tuesday."
        )
        for day in (11, 12)
    ]
    untouched = factories.article(text="Vladimir Putin said the talks were over.")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = staff_client.post(
            admin_url(models.Article, "changelist"),
            {"action": "reextract", "_selected_action": [a.pk for a in sources]},
        )

    assert response.status_code == 302
    # One extraction for the batch; the other callbacks refresh the cached pages.
    assert sum(getattr(callback, "func", None) is not bump_scopes for callback in callbacks) == 1
    for source in sources:
        assert models.Statement.objects.filter(speaker=putin, evidence__article=source).exists()
    assert not models.Evidence.objects.filter(article=untouched).exists()

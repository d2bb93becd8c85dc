"""Editor writes: merging actors moves every reference at once; verification records who/when."""

import re
from datetime import date, timedelta

import pytest
from django.db import DatabaseError, connection
from django.utils import timezone

from negotiations import editing, models
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicates():
    """An actor to keep, two duplicates of it, and one record of every kind for the duplicates."""
    keep = factories.actor("Vladimir Putin", kind=models.Actor.Kind.PERSON)
    dup = factories.actor("Putin", aliases=["V. Putin"], role="President")
    dup2 = factories.actor("President Putin", affiliation=factories.actor("Kremlin staff"))
    talks = factories.negotiation()
    talks.parties.add(dup, dup2)
    proposal = factories.proposal(proposer=dup)
    return {
        "keep": keep,
        "others": [dup, dup2],
        "negotiation": talks,
        "statement": factories.statement(speaker=dup),
        "proposal": proposal,
        "response": factories.response(proposal, dup2),
        "position": factories.position(dup, stance="oppose"),
        "member": factories.actor("Dmitry Peskov", affiliation=dup),
        "shared_meeting": factories.meeting(participants=[keep], title="Call with Trump"),
        "dup_meeting": factories.meeting(participants=[dup], title="Visit to Minsk"),
        "both_dups_meeting": factories.meeting(participants=[dup, dup2], title="Summit"),
    }


def test_merge_moves_every_reference_to_the_kept_actor(duplicates):
    keep, (dup, dup2) = duplicates["keep"], duplicates["others"]
    models.MeetingParticipant.objects.create(
        meeting=duplicates["shared_meeting"], actor=dup, role=models.MeetingParticipant.Role.HOST
    )

    editing.merge_actors(keep, [dup, dup2])

    assert not models.Actor.objects.filter(pk__in=[dup.pk, dup2.pk]).exists()
    for name in ("statement", "position"):
        duplicates[name].refresh_from_db()
    assert duplicates["statement"].speaker == keep
    assert models.Proposal.objects.get(pk=duplicates["proposal"].pk).proposer == keep
    assert models.ProposalResponse.objects.get(pk=duplicates["response"].pk).actor == keep
    assert duplicates["position"].actor == keep
    assert list(duplicates["negotiation"].parties.all()) == [keep]
    assert models.Actor.objects.get(pk=duplicates["member"].pk).affiliation == keep
    aliases = set(keep.aliases.values_list("normalized", flat=True))
    assert {"vladimir putin", "putin", "v putin", "president putin"} <= aliases
    participations = models.MeetingParticipant.objects.filter(actor=keep)
    assert sorted(p.meeting.title for p in participations) == [
        "Call with Trump",
        "Summit",
        "Visit to Minsk",
    ]
    shared = participations.get(meeting=duplicates["shared_meeting"])
    assert shared.role == models.MeetingParticipant.Role.HOST


def test_merge_leaves_nothing_pointing_at_the_merged_actors(duplicates):
    ids = [actor.pk for actor in duplicates["others"]]
    editing.merge_actors(duplicates["keep"], duplicates["others"])
    for relation in models.Actor._meta.related_objects:
        related = relation.related_model.objects.filter(**{f"{relation.field.name}__in": ids})
        assert not related.exists(), relation
    assert not models.Negotiation.objects.filter(parties__in=ids).exists()


def test_merge_inherits_an_affiliation_and_never_affiliates_an_actor_with_itself(duplicates):
    keep, (dup, dup2) = duplicates["keep"], duplicates["others"]
    editing.merge_actors(keep, [dup, dup2])
    keep.refresh_from_db()
    assert keep.affiliation.name == "Kremlin staff"

    member = duplicates["member"]
    member.refresh_from_db()
    editing.merge_actors(member, [keep])
    member.refresh_from_db()
    assert member.affiliation.name == "Kremlin staff"


def test_merge_is_logged_on_the_kept_actor(duplicates, django_user_model):
    user = django_user_model.objects.create_user("ed")
    editing.merge_actors(duplicates["keep"], duplicates["others"], user=user)
    edit = editing.edits_of(duplicates["keep"]).get()
    assert edit.user == user
    assert edit.changes == {"merged": [["President Putin", "Putin"], None]}


def test_merge_is_one_transaction(duplicates):
    keep, others = duplicates["keep"], duplicates["others"]

    def fail_on_deleting_actors(execute, sql, params, many, context):
        if re.match(r'DELETE FROM "negotiations_actor" ', sql):
            raise DatabaseError("simulated failure at the last step")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail_on_deleting_actors), pytest.raises(DatabaseError):
        editing.merge_actors(keep, others)

    assert models.Actor.objects.filter(pk__in=[a.pk for a in others]).count() == 2
    assert models.Statement.objects.get(pk=duplicates["statement"].pk).speaker == others[0]
    assert not models.MeetingParticipant.objects.filter(
        actor=keep, meeting=duplicates["dup_meeting"]
    ).exists()
    assert set(duplicates["negotiation"].parties.all()) == set(others)
    assert not keep.aliases.filter(normalized="putin").exists()


def test_merge_ignores_the_kept_actor_among_the_others(duplicates):
    keep = duplicates["keep"]
    editing.merge_actors(keep, [keep])
    assert models.Actor.objects.filter(pk=keep.pk).exists()


def test_mark_verified_sets_who_and_when(django_user_model):
    editor = django_user_model.objects.create_user("ed")
    earlier = django_user_model.objects.create_user("first")
    fresh = [factories.statement(), factories.statement()]
    already = factories.statement(
        verified=True, verified_by=earlier, verified_at=timezone.now() - timedelta(days=2)
    )
    before = timezone.now()

    count = editing.mark_verified(models.Statement.objects.all(), editor)

    assert count == 2
    for statement in models.Statement.objects.filter(pk__in=[s.pk for s in fresh]):
        assert statement.verified
        assert statement.verified_by == editor
        assert before <= statement.verified_at <= timezone.now()
        assert editing.edits_of(statement).get().changes == {"verified": [False, True]}
    already.refresh_from_db()
    assert already.verified_by == earlier


def test_verify_edit_logs_changes_and_verification(django_user_model):
    editor = django_user_model.objects.create_user("ed")
    statement = factories.statement()
    other_speaker = factories.actor("Sergei Lavrov")

    edit = editing.verify_edit(
        editor,
        statement,
        {
            "said_on": (date(2025, 3, 16), date(2025, 3, 17)),
            "speaker": (statement.speaker, other_speaker),
        },
    )

    statement.refresh_from_db()
    assert statement.verified and statement.verified_by == editor
    assert edit.changes["said_on"] == ["2025-03-16", "2025-03-17"]
    assert edit.changes["speaker"][1] == "Sergei Lavrov"
    assert edit.changes["verified"] == [False, True]


def test_review_actor_marks_reviewed_once(django_user_model):
    editor = django_user_model.objects.create_user("ed")
    actor = factories.actor()
    editing.review_actor(editor, actor, {})
    actor.refresh_from_db()
    assert actor.reviewed
    assert editing.review_actor(editor, actor, {}) is None
    assert editing.edits_of(actor).count() == 1

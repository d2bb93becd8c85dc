"""Editor writes: verify records, keep an audit trail, merge duplicate actors, regroup
records and reassign articles; later ingestion keeps every decision made here."""

import uuid
from collections import defaultdict
from datetime import date, datetime

from django.db import models, transaction
from django.utils import timezone

from .extraction import normalize_alias
from .models import (
    RECORD_FIELDS,
    Actor,
    ActorAlias,
    DeletedKey,
    Evidence,
    MeetingParticipant,
    Negotiation,
    Position,
    Proposal,
    ProposalResponse,
    RecordChange,
    RecordEdit,
    Statement,
    Tombstone,
)
from .page_scopes import pages_changed
from .services import grouping, reextract


def plain(value):
    """A JSON-safe form of a field value for the audit trail."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, models.QuerySet | list | tuple | set):
        return sorted(str(plain(item)) for item in value)
    return str(value)


def record_edit(user, obj, changes):
    """Log `{field: [old, new]}` changes to `obj` in the audit trail; None if nothing changed."""
    if not changes:
        return None
    return RecordEdit.objects.create(
        user=user,
        model=obj._meta.model_name,
        object_id=obj.pk,
        object_repr=str(obj)[:200],
        changes={field: [plain(old), plain(new)] for field, (old, new) in changes.items()},
    )


def edits_of(obj):
    """The audit trail of one record, newest first."""
    return RecordEdit.objects.filter(model=obj._meta.model_name, object_id=obj.pk).select_related(
        "user"
    )


def give_merge_key(obj):
    """Give a record an editor created by hand a merge key no extraction will produce."""
    if not obj.merge_key:
        obj.merge_key = f"editor:{obj._meta.model_name}:{uuid.uuid4().hex}"


def stamp_verified(obj, user):
    """Mark an unsaved record as checked by `user` now (the caller saves it)."""
    obj.verified = True
    obj.verified_by = user
    obj.verified_at = timezone.now()


@transaction.atomic
def verify_edit(user, obj, changes):
    """Mark a record an editor just saved as verified by them now, and log their changes."""
    if not obj.verified:
        changes = {**changes, "verified": (False, True)}
    stamp_verified(obj, user)
    obj.save(update_fields=["verified", "verified_by", "verified_at"])
    pages_changed({grouping.FIELDS[type(obj)]: [obj.pk]})
    return record_edit(user, obj, changes)


@transaction.atomic
def review_actor(user, actor, changes):
    """Mark an actor an editor just saved as reviewed, and log their changes."""
    if not actor.reviewed:
        changes = {**changes, "reviewed": (False, True)}
        actor.reviewed = True
        actor.save(update_fields=["reviewed"])
    pages_changed(actors=[actor])
    return record_edit(user, actor, changes)


@transaction.atomic
def mark_verified(queryset, user):
    """Mark the unverified records in `queryset` verified by `user` now; return how many."""
    newly = list(queryset.filter(verified=False))
    now = timezone.now()
    queryset.filter(pk__in=[obj.pk for obj in newly]).update(
        verified=True, verified_by=user, verified_at=now, updated_at=now
    )
    for obj in newly:
        record_edit(user, obj, {"verified": (False, True)})
    pages_changed({grouping.FIELDS[queryset.model]: [obj.pk for obj in newly]})
    return len(newly)


@transaction.atomic
def merge_actors(keep, others, *, user=None):
    """Move every reference from `others` onto `keep`, then delete `others`."""
    others = [actor for actor in others if actor.pk != keep.pk]
    if not others:
        return keep
    ids = [actor.pk for actor in others]
    Statement.objects.filter(speaker__in=ids).update(speaker=keep)
    Proposal.objects.filter(proposer__in=ids).update(proposer=keep)
    ProposalResponse.objects.filter(actor__in=ids).update(actor=keep)
    Position.objects.filter(actor__in=ids).update(actor=keep)
    _move_participations(keep, ids)
    _move_parties(keep, ids)
    _move_affiliations(keep, others)
    _move_aliases(keep, others)
    names = sorted(actor.name for actor in others)
    Actor.objects.filter(pk__in=ids).delete()
    pages_changed(everything=True)
    record_edit(user, keep, {"merged": (names, None)})
    return keep


def _move_participations(keep, ids):
    # An actor takes part in a meeting once: drop a duplicate, keeping the more specific role.
    seen = {p.meeting_id: p for p in MeetingParticipant.objects.filter(actor=keep)}
    for participation in MeetingParticipant.objects.filter(actor__in=ids).order_by("pk"):
        kept = seen.get(participation.meeting_id)
        if kept is None:
            participation.actor = keep
            participation.save(update_fields=["actor"])
            seen[participation.meeting_id] = participation
            continue
        if kept.role == MeetingParticipant.Role.PARTICIPANT != participation.role:
            kept.role = participation.role
            kept.save(update_fields=["role"])
        participation.delete()


def _move_parties(keep, ids):
    for negotiation in Negotiation.objects.filter(parties__in=ids).distinct():
        negotiation.parties.remove(*ids)
        negotiation.parties.add(keep)


def _move_affiliations(keep, others):
    ids = [actor.pk for actor in others]
    Actor.objects.filter(affiliation__in=ids).exclude(pk=keep.pk).update(affiliation=keep)
    if keep.affiliation_id in ids:
        keep.affiliation = None
    if keep.affiliation_id is None:
        inherited = [a.affiliation_id for a in others if a.affiliation_id not in (*ids, keep.pk)]
        keep.affiliation_id = next((pk for pk in inherited if pk), None)
    keep.save(update_fields=["affiliation"])


def _move_aliases(keep, others):
    ActorAlias.objects.filter(actor__in=[actor.pk for actor in others]).update(actor=keep)
    names = {normalize_alias(actor.name): actor.name for actor in (*others, keep)}
    taken = set(
        ActorAlias.objects.filter(normalized__in=names).values_list("normalized", flat=True)
    )
    for normalized, name in names.items():
        if normalized not in taken:
            ActorAlias.objects.create(actor=keep, name=name)


@transaction.atomic
def merge_records(keep, others, *, user=None):
    """Make `others` (meetings, proposals or statements) part of `keep`: one event."""
    others = [obj for obj in others if obj.pk != keep.pk]
    if not others:
        return keep
    names = sorted(f"{obj} (#{obj.pk})" for obj in others)
    grouping.merge_into(keep, others)
    record_edit(user, keep, {"merged": (names, None)})
    return keep


@transaction.atomic
def split_source(record, article, *, user=None):
    """Give `article`'s reports in `record` a record of their own; ingestion keeps them apart."""
    copy = grouping.split_source(record, article)
    record_edit(user, record, {"source split out": (str(article), f"#{copy.pk}")})
    record_edit(user, copy, {"split from": (f"{record} (#{record.pk})", None)})
    return copy


@transaction.atomic
def reassign_article(article, *, user=None, changes=None):
    """Keep the negotiations an editor gave the article, and move its records there.

    Records only this article supports that an editor verified move as they are; the rest
    are stored again from the article, in its new negotiation.
    """
    article.negotiation_locked = True
    article.save(update_fields=["negotiation_locked"])
    own = {
        field: Evidence.objects.filter(**{f"{field}__isnull": False})
        .exclude(article=article)
        .values(f"{field}_id")
        for field in RECORD_FIELDS
    }
    for field, elsewhere in own.items():
        model = Evidence._meta.get_field(field).related_model
        sole = model.objects.filter(evidence__article=article, verified=True).exclude(
            pk__in=elsewhere
        )
        sole.update(negotiation=article.negotiation)
    counts = reextract(article)
    record_edit(user, article, changes or {"negotiations": (None, str(article.negotiation))})
    # Its records left their old negotiations, which `reextract` no longer knows.
    pages_changed(everything=True)
    return counts


@transaction.atomic
def delete_records(records, *, user=None) -> list[Tombstone]:
    """Delete records, leaving a tombstone each: no later ingestion brings them back."""
    kinds = defaultdict(list)
    for record in records:
        kinds[grouping.FIELDS[type(record)]].append(record.pk)
    pages_changed(kinds)
    tombstones = []
    for record in records:
        field = grouping.FIELDS[type(record)]
        evidence = Evidence.objects.filter(**{field: record})
        keys = {
            record.merge_key,
            *evidence.exclude(report_key="").values_list("report_key", flat=True),
        }
        tombstone = Tombstone.objects.create(
            kind=field, record_id=record.pk, record_repr=str(record)[:200], deleted_by=user
        )
        tombstone.articles.set(evidence.values_list("article_id", flat=True).distinct())
        DeletedKey.objects.bulk_create(
            [DeletedKey(key=key, tombstone=tombstone) for key in keys if key],
            ignore_conflicts=True,
        )
        record_edit(user, record, {"deleted": (str(record), None)})
        RecordChange.objects.create(kind=field, record_id=record.pk, change="deleted")
        record.delete()
        tombstones.append(tombstone)
    return tombstones


@transaction.atomic
def restore(tombstone, *, user=None) -> int:
    """Lift a deletion and extract its articles again, so their reports come back."""
    articles = list(tombstone.articles.all())
    RecordEdit.objects.create(
        user=user,
        model=tombstone.kind,
        object_id=tombstone.record_id,
        object_repr=tombstone.record_repr,
        changes={"restored": [None, tombstone.record_repr]},
    )
    tombstone.delete()
    for article in articles:
        reextract(article)  # which refreshes the pages of what comes back
    return len(articles)

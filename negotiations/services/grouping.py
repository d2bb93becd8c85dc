"""Regrouping records: records that are one event become one; a source that reports another
event leaves its record. Ingestion merges an undated mention into the meeting it turned out
to be; editors merge and split in the admin, and later ingestion keeps what they decided:
the evidence carries the key of the report it came with, so a report goes where its evidence
went, and a split is remembered as `KeptApart`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.db import models
from django.db.models import Max, Min

from negotiations.models import (
    RECORD_MODELS,
    Evidence,
    KeptApart,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalAlias,
    ProposalEvent,
    ProposalResponse,
    RecordChange,
)
from negotiations.page_scopes import pages_changed

from .keys import response_key
from .lifecycle import refresh_statuses

FIELDS = {model: field for field, model in RECORD_MODELS.items()}
# Reports that an event happened (or was called off) outrank plans, which outrank silence.
STATUS_RANK = {"unknown": 0, "planned": 1, "held": 2, "cancelled": 2}


def merge_into(keep: models.Model, others: Iterable[models.Model]) -> None:
    """Move everything that supports `others` onto `keep`, then delete `others`."""
    others = [other for other in others if other.pk != keep.pk]
    if not others:
        return
    field = FIELDS[type(keep)]
    ids = [other.pk for other in others]
    pages_changed({field: [keep.pk, *ids]})
    _move_evidence(field, keep, ids)
    if isinstance(keep, Meeting):
        _absorb_meetings(keep, others)
    elif isinstance(keep, Proposal):
        _absorb_proposals(keep, others)
    KeptApart.objects.filter(kind=field, record_id__in=ids).update(record_id=keep.pk)
    RecordChange.objects.bulk_create(
        RecordChange(kind=field, record_id=pk, change="merged", into_id=keep.pk) for pk in ids
    )
    # What now supports `keep` is no longer kept out of it.
    sources = Evidence.objects.filter(**{field: keep}).values("article_id")
    KeptApart.objects.filter(kind=field, record_id=keep.pk, article__in=sources).delete()
    type(keep).objects.filter(pk__in=ids).delete()


def split_source(record: models.Model, article) -> models.Model:
    """Give the reports of `article` in `record` a record of their own, kept apart from now on."""
    field = FIELDS[type(record)]
    evidence = Evidence.objects.filter(**{field: record})
    if not evidence.exclude(article=article).exists():
        raise ValueError("the article is this record's only source; there is nothing to split")
    if not evidence.filter(article=article).exists():
        raise ValueError("the article is not a source of this record")
    copy = _copy(record, article)
    evidence.filter(article=article).update(**{field: copy})
    if isinstance(record, Meeting):
        MeetingParticipant.objects.bulk_create(
            MeetingParticipant(meeting=copy, actor_id=p.actor_id, role=p.role)
            for p in record.participations.all()
        )
        _recount_meeting(record)
    elif isinstance(record, Proposal):
        _split_responses(record, copy, article)
        ProposalEvent.objects.filter(proposal=record, article=article).update(proposal=copy)
        refresh_statuses([record.pk, copy.pk])
    KeptApart.objects.get_or_create(kind=field, record_id=record.pk, article=article)
    pages_changed({field: [record.pk, copy.pk]})
    return copy


def _copy(record, article):
    """An unverified copy of `record` under a key no extraction makes."""
    copy = type(record).objects.get(pk=record.pk)
    copy.pk = copy.id = None
    copy.merge_key = f"split:{FIELDS[type(record)]}:{uuid.uuid4().hex}"
    copy.verified, copy.verified_by, copy.verified_at = False, None, None
    if isinstance(copy, Meeting):
        copy.reported_on = article.reported_on
    if isinstance(copy, Proposal):
        copy.slug = f"{record.slug[:180]}-{uuid.uuid4().hex[:8]}"
        copy.first_seen = copy.last_seen = article.reported_on or record.first_seen
    copy.save()
    return copy


def _move_evidence(field: str, keep, ids: list[int]) -> None:
    """Re-point the evidence of `ids` at `keep`, dropping sentences `keep` already has."""
    held = set(Evidence.objects.filter(**{field: keep}).values_list("article_id", "start"))
    move, drop = [], []
    for pk, article_id, start in Evidence.objects.filter(**{f"{field}__in": ids}).values_list(
        "pk", "article_id", "start"
    ):
        (drop if (article_id, start) in held else move).append(pk)
        held.add((article_id, start))
    Evidence.objects.filter(pk__in=drop).delete()
    Evidence.objects.filter(pk__in=move).update(**{field: keep})


def _absorb_meetings(keep: Meeting, others: list[Meeting]) -> None:
    taking_part = set(keep.participations.values_list("actor_id", flat=True))
    for participation in MeetingParticipant.objects.filter(meeting__in=others).order_by("pk"):
        if participation.actor_id not in taking_part:
            taking_part.add(participation.actor_id)
            MeetingParticipant.objects.create(
                meeting=keep, actor_id=participation.actor_id, role=participation.role
            )
    for other in others:
        keep.date = keep.date or other.date
        keep.location = keep.location or other.location
        if STATUS_RANK[other.status] > STATUS_RANK[keep.status]:
            keep.status = other.status
    _recount_meeting(keep)


def _recount_meeting(meeting: Meeting) -> None:
    """Its reported day is its earliest source's; the date fields are saved with it."""
    earliest = Evidence.objects.filter(meeting=meeting).aggregate(day=Min("article__reported_on"))[
        "day"
    ]
    meeting.reported_on = earliest or meeting.reported_on
    meeting.save(update_fields=["date", "location", "status", "reported_on", "updated_at"])


def _absorb_proposals(keep: Proposal, others: list[Proposal]) -> None:
    titles = {keep.title}
    aliases = set(ProposalAlias.objects.filter(proposal=keep).values_list("title", flat=True))
    wanted = []
    for other in others:
        for title in (other.title, *other.aliases.values_list("title", flat=True)):
            if title not in titles | aliases:
                aliases.add(title)
                wanted.append(ProposalAlias(proposal=keep, title=title))
        keep.proposer_id = keep.proposer_id or other.proposer_id
        dates = [d for d in (keep.first_seen, other.first_seen) if d]
        keep.first_seen = min(dates) if dates else None
        dates = [d for d in (keep.last_seen, other.last_seen) if d]
        keep.last_seen = max(dates) if dates else None
    ProposalAlias.objects.bulk_create(wanted, ignore_conflicts=True)
    keep.save(update_fields=["proposer", "first_seen", "last_seen", "updated_at"])
    _move_responses(keep, ProposalResponse.objects.filter(proposal__in=others))
    held = set(keep.events.values_list("article_id", "status"))
    for event in ProposalEvent.objects.filter(proposal__in=others):
        if (event.article_id, event.status) not in held:
            held.add((event.article_id, event.status))
            event.proposal = keep
            event.save(update_fields=["proposal"])
    refresh_statuses([keep.pk])


def _move_responses(keep: Proposal, responses) -> None:
    """Answers to merged proposals answer `keep`; the same answer twice becomes one."""
    held = {(r.actor_id, r.response): r for r in ProposalResponse.objects.filter(proposal=keep)}
    for answer in responses.order_by("pk"):
        same = held.get((answer.actor_id, answer.response))
        if same is not None:
            merge_into(same, [answer])
            continue
        answer.proposal = keep
        answer.merge_key = response_key(keep.pk, answer.actor_id, answer.response)
        answer.save(update_fields=["proposal", "merge_key", "updated_at"])
        held[(answer.actor_id, answer.response)] = answer


def _split_responses(record: Proposal, copy: Proposal, article) -> None:
    """Answers only the split article reports go with it."""
    elsewhere = Evidence.objects.filter(response__proposal=record).exclude(article=article)
    only_here = ProposalResponse.objects.filter(proposal=record, evidence__article=article)
    _move_responses(copy, only_here.exclude(pk__in=elsewhere.values("response_id")).distinct())
    seen = Evidence.objects.filter(proposal=record).aggregate(
        first=Min("article__reported_on"), last=Max("article__reported_on")
    )
    record.first_seen = seen["first"] or record.first_seen
    record.last_seen = seen["last"] or record.last_seen
    record.save(update_fields=["first_seen", "last_seen", "updated_at"])

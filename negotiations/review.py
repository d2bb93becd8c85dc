"""The editors' review queue: what to check first, per negotiation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from .models import (
    RECORD_MODELS,
    Actor,
    DeletedSource,
    Meeting,
    Position,
    Proposal,
    ProposalResponse,
    Statement,
)
from .queries import with_articles
from .stances import StanceChange, disputes, reports_of

# Records extraction was less sure of than this are queued for a check.
LOW_CONFIDENCE = 0.6
SECTION_LIMIT = 50
# What each kind's line in the queue names.
RELATED = {
    "statement": ("speaker",),
    "meeting": (),
    "proposal": ("proposer",),
    "response": ("actor", "proposal"),
    "position": ("actor", "issue"),
}


@dataclass(frozen=True)
class SourceDeleted:
    """A verified record whose only source article was deleted, with the sentences it had."""

    kind: str
    record: object
    sources: list[DeletedSource]

    @property
    def model_name(self) -> str:
        return self.record._meta.model_name


@dataclass
class ReviewQueue:
    """The five lists an editor works through."""

    actors: list[Actor] = field(default_factory=list)
    disputes: list[StanceChange] = field(default_factory=list)
    unsure: list[tuple[str, object]] = field(default_factory=list)
    undated: list[Meeting] = field(default_factory=list)
    sourceless: list[SourceDeleted] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.actors or self.disputes or self.unsure or self.undated or self.sourceless)


def review_queue(negotiation=None) -> ReviewQueue:
    """New actors, disputed stances, unsure records, undated meetings and records whose source
    was deleted, each with evidence."""
    return ReviewQueue(
        actors=new_actors(negotiation),
        disputes=disputed_stances(negotiation),
        unsure=unsure_records(negotiation),
        undated=undated_meetings(negotiation),
        sourceless=source_deleted(negotiation),
    )


def _scoped(qs, negotiation):
    return qs.filter(negotiation=negotiation) if negotiation else qs


def new_actors(negotiation=None) -> list[Actor]:
    """Actors ingestion made from unknown names, with a statement of theirs to show."""
    qs = Actor.objects.filter(reviewed=False)
    if negotiation:
        qs = qs.filter(
            Q(statements__negotiation=negotiation)
            | Q(participations__meeting__negotiation=negotiation)
            | Q(responses__negotiation=negotiation)
            | Q(proposals__negotiation=negotiation)
            | Q(positions__negotiation=negotiation)
        ).distinct()
    said = Statement.objects.prefetch_related(with_articles()).order_by("-said_on", "-id")
    qs = qs.select_related("affiliation").prefetch_related(
        Prefetch("statements", queryset=said, to_attr="said")
    )
    return list(qs.order_by("-created_at", "-id")[:SECTION_LIMIT])


def disputed_stances(negotiation=None) -> list[StanceChange]:
    """Days on which sources disagree on an actor's stance, none of them verified."""
    positions = _scoped(Position.objects, negotiation).select_related("issue", "actor")
    answers = _scoped(ProposalResponse.objects, negotiation).select_related("proposal", "actor")
    evidence = with_articles()
    found = disputes(
        reports_of(positions.prefetch_related(evidence), answers.prefetch_related(evidence))
    )
    return found[:SECTION_LIMIT]


def unsure_records(negotiation=None) -> list[tuple[str, object]]:
    """Unverified records extraction was least sure of, least sure first."""
    rows = []
    for kind, model in RECORD_MODELS.items():
        qs = _scoped(model.objects, negotiation).filter(
            verified=False, confidence__lt=LOW_CONFIDENCE
        )
        qs = qs.select_related(*RELATED[kind]).prefetch_related(with_articles())
        qs = qs.order_by("confidence", "-id")
        rows += [(kind, record) for record in qs[:SECTION_LIMIT]]
    rows.sort(key=lambda row: row[1].confidence)
    return rows[:SECTION_LIMIT]


def undated_meetings(negotiation=None) -> list[Meeting]:
    """Unverified meetings no source dates, newest reported first."""
    qs = _scoped(Meeting.objects, negotiation).filter(date__isnull=True, verified=False)
    qs = qs.prefetch_related(with_articles(), "participations__actor")
    return list(qs.order_by("-reported_on", "-id")[:SECTION_LIMIT])


def source_deleted(negotiation=None) -> list[SourceDeleted]:
    """Verified records left with no source by an article's deletion, newest deletion first."""
    rows = defaultdict(list)
    for row in DeletedSource.objects.filter(reviewed_at__isnull=True).select_related("deleted_by"):
        rows[row.kind, row.record_id].append(row)
    found = []
    for kind, model in RECORD_MODELS.items():
        ids = [pk for k, pk in rows if k == kind]
        if not ids:
            continue
        qs = _scoped(model.objects, negotiation).filter(pk__in=ids, evidence__isnull=True)
        qs = qs.select_related(*RELATED[kind])
        found += [SourceDeleted(kind, record, rows[kind, record.pk]) for record in qs]
    found.sort(key=lambda item: item.sources[0].deleted_at, reverse=True)
    return found[:SECTION_LIMIT]


def queue_selection(queue: ReviewQueue):
    """The queue's records, for a download: unsure ones, undated meetings, disputed stances."""
    from .selection import Selection

    ids = {kind: [] for kind in RECORD_MODELS}
    for kind, record in queue.unsure:
        ids[kind].append(record.pk)
    ids["meeting"] += [meeting.pk for meeting in queue.undated]
    for change in queue.disputes:
        for report in change.reports:
            if isinstance(report.record, Position):
                ids["position"].append(report.record.pk)
            else:
                ids["proposal"].append(report.record.proposal_id)
    ids["proposal"] += [
        r.proposal_id for r in ProposalResponse.objects.filter(pk__in=ids["response"])
    ]
    return Selection.of_records(
        statements=Statement.objects.filter(pk__in=ids["statement"]),
        meetings=Meeting.objects.filter(pk__in=ids["meeting"]),
        proposals=Proposal.objects.filter(pk__in=ids["proposal"]),
        positions=Position.objects.filter(pk__in=ids["position"]),
    )

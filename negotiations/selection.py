"""What a view shows, or a whole negotiation holds, as one queryset per kind of record.

Exports, downloads and the API serialize a selection; pages build the one they show.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from .models import (
    Actor,
    Article,
    Meeting,
    Negotiation,
    Position,
    Proposal,
    ProposalResponse,
    Statement,
)
from .queries import Filters


@dataclass(frozen=True)
class Selection:
    negotiations: QuerySet
    articles: QuerySet
    meetings: QuerySet
    proposals: QuerySet
    statements: QuerySet
    positions: QuerySet

    @property
    def actors(self) -> QuerySet:
        """The actors the selected records name."""
        named = (
            Q(pk__in=self.statements.values("speaker_id"))
            | Q(pk__in=self.meetings.values("participations__actor_id"))
            | Q(pk__in=self.proposals.values("proposer_id"))
            | Q(pk__in=self.proposals.values("responses__actor_id"))
            | Q(pk__in=self.positions.values("actor_id"))
        )
        return Actor.objects.filter(named)

    @classmethod
    def whole(cls, negotiation: Negotiation | None = None) -> Selection:
        """Everything stored, or one negotiation's articles and records."""
        if negotiation is None:
            return cls(
                Negotiation.objects.all(),
                Article.objects.all(),
                Meeting.objects.all(),
                Proposal.objects.all(),
                Statement.objects.all(),
                Position.objects.all(),
            )
        about = Q(negotiation=negotiation) | Q(other_negotiations=negotiation)
        return cls(
            Negotiation.objects.filter(pk=negotiation.pk),
            Article.objects.filter(pk__in=Article.objects.filter(about).values("pk")),
            Meeting.objects.filter(negotiation=negotiation),
            Proposal.objects.filter(negotiation=negotiation),
            Statement.objects.filter(negotiation=negotiation),
            Position.objects.filter(negotiation=negotiation),
        )

    @classmethod
    def of_filters(cls, filters: Filters, kinds=None) -> Selection:
        """The records a filtered list shows: each type that the filters let through."""
        kinds = set(filters.kinds or kinds or ("statement", "meeting", "proposal", "response"))
        if filters.issue:  # only statements carry issues on the timeline
            kinds &= {"statement"}
        models = {"meeting": Meeting, "proposal": Proposal, "statement": Statement}
        picked = {
            kind: model.objects.matching(filters) if kind in kinds else model.objects.none()
            for kind, model in models.items()
        }
        proposals = picked["proposal"]
        if "response" in kinds:
            answered = ProposalResponse.objects.matching(filters).values("proposal_id")
            either = Q(pk__in=proposals.values("pk")) | Q(pk__in=answered)
            proposals = Proposal.objects.filter(either)
        return cls.of_records(
            meetings=picked["meeting"], proposals=proposals, statements=picked["statement"]
        )

    @classmethod
    def of_actor(cls, actor: Actor, filters: Filters) -> Selection:
        """What an actor's page shows: the filtered statements, and the meetings, proposals
        and positions the actor takes part in, within the negotiation chosen."""
        around = Filters(actors=(actor,), negotiation=filters.negotiation)
        positions = Position.objects.filter(actor=actor)
        if filters.negotiation:
            positions = positions.filter(negotiation=filters.negotiation)
        answered = ProposalResponse.objects.matching(around).values("proposal_id")
        return cls.of_records(
            statements=Statement.objects.matching(filters),
            meetings=Meeting.objects.matching(around),
            proposals=Proposal.objects.filter(
                Q(pk__in=Proposal.objects.matching(around).values("pk")) | Q(pk__in=answered)
            ),
            positions=positions,
        )

    @classmethod
    def of_records(cls, **records: QuerySet) -> Selection:
        """Just these records, with the articles that report them."""
        parts = {
            "meetings": Meeting.objects.none(),
            "proposals": Proposal.objects.none(),
            "statements": Statement.objects.none(),
            "positions": Position.objects.none(),
            **records,
        }
        reported = (
            Q(evidence__meeting__in=parts["meetings"].values("pk"))
            | Q(evidence__proposal__in=parts["proposals"].values("pk"))
            | Q(evidence__response__proposal__in=parts["proposals"].values("pk"))
            | Q(evidence__statement__in=parts["statements"].values("pk"))
            | Q(evidence__position__in=parts["positions"].values("pk"))
        )
        articles = Article.objects.filter(pk__in=Article.objects.filter(reported).values("pk"))
        negotiations = Negotiation.objects.filter(
            pk__in=articles.values("negotiation_id")
        ) | Negotiation.objects.filter(pk__in=articles.values("other_negotiations"))
        return cls(negotiations=negotiations, articles=articles, **parts)

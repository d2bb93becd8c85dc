"""The read API under /api/v1/: the records in their export shapes, filtered like the
timeline, paged by keyset cursors, with `updated_since` and a changes list for mirrors."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from django.conf import settings
from django.db.models import Q
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError
from ninja.throttling import SimpleRateThrottle

from . import export
from .api_schemas import (
    ActorPage,
    ArticlePage,
    ChangePage,
    ErrorOut,
    MeetingOut,
    MeetingPage,
    NegotiationOut,
    PositionPage,
    ProposalOut,
    ProposalPage,
    StatementOut,
    StatementPage,
)
from .extraction import vocabulary
from .models import (
    Actor,
    Article,
    Issue,
    Meeting,
    Negotiation,
    Position,
    Proposal,
    RecordChange,
    Statement,
)
from .queries import Filters, every_word

MAX_LIMIT = 500
# How a request is refused: a bad cursor, an unknown name, bad parameters, too many requests.
REFUSALS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut}


class ClientThrottle(SimpleRateThrottle):
    """Requests per client address, at the rate settings.API_RATE_LIMIT names ("120/m")."""

    scope = "api"

    def __init__(self):
        super().__init__(settings.API_RATE_LIMIT)

    def allow_request(self, request) -> bool:
        # Read per request, so that a deployment (or a test) can change the rate.
        self.rate = settings.API_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


api = NinjaAPI(
    title="Ceasefire Tracker API",
    version="1",
    description="Read-only records of ceasefire and peace negotiations, each with the article "
    "sentences that report it, in the `ceasefire-export/1` shapes. Anonymous and rate-limited "
    "per client (429 with Retry-After past the limit). Lists are paged by `cursor`; with "
    "`updated_since` they list what changed since then, oldest change first, and `/changes` "
    "lists records deleted or merged away.",
    urls_namespace="api",
    throttle=[ClientThrottle()],
)


# Text parameters: no NUL characters, which no database column can hold.
Text = Annotated[str, Field(pattern=r"^[^\x00]*$", max_length=200)]


def _choice(labels: dict):
    return Literal[tuple(labels)]


# Query parameters take the shared vocabulary; anything else is refused with a 422.
StatementMode = _choice(vocabulary.STATEMENT_MODES)
MeetingKind = _choice(vocabulary.MEETING_KINDS)
MeetingStatus = _choice(vocabulary.MEETING_STATUSES)
ProposalKind = _choice(vocabulary.PROPOSAL_KINDS)
ProposalStatus = _choice(vocabulary.PROPOSAL_STATUSES)
Stance = _choice(vocabulary.STANCES)


class Listing(Schema):
    """Paging parameters every list takes."""

    cursor: Text | None = Field(None, description="The `next` of the previous page.")
    limit: int = Field(100, ge=1, le=MAX_LIMIT)


class RecordFilters(Listing):
    """The timeline's filters, which every list of records takes."""

    negotiation: Text | None = Field(None, description="A negotiation's slug.")
    actor: list[Text] = Field([], description="Actors by slug, name or alias; repeatable.")
    date_from: date | None = None
    date_to: date | None = None
    q: Text | None = Field(None, description="Words, all of which must appear.")
    verified: bool = Field(False, description="Only records an editor verified.")
    updated_since: datetime | None = Field(
        None, description="Only records created or changed since then, oldest change first."
    )

    def timeline_filters(self, issue: Issue | None = None) -> Filters:
        negotiation = None
        if self.negotiation:
            negotiation = get_object_or_404(Negotiation, slug=self.negotiation)
        actors = tuple(Actor.objects.resolve(self.actor)) if self.actor else ()
        if self.actor and not actors:
            raise HttpError(404, "No such actor.")
        return Filters(
            negotiation=negotiation,
            actors=actors,
            issue=issue,
            date_from=self.date_from,
            date_to=self.date_to,
            verified=self.verified,
            q=(self.q or "").strip(),
        )


class StatementFilters(RecordFilters):
    issue: Text | None = Field(None, description="A canonical issue's slug.")
    mode: StatementMode | None = None


class MeetingFilters(RecordFilters):
    kind: MeetingKind | None = None
    status: MeetingStatus | None = None


class ProposalFilters(RecordFilters):
    kind: ProposalKind | None = None
    status: ProposalStatus | None = None


class PositionFilters(RecordFilters):
    issue: Text | None = Field(None, description="A canonical issue's slug.")
    stance: Stance | None = None


class ActorFilters(Listing):
    q: Text | None = Field(None, description="Words of a name, alias or role.")
    negotiation: Text | None = None
    kind: Literal["person", "state", "organization", "group"] | None = None


class ArticleFilters(Listing):
    negotiation: Text | None = None
    date_from: date | None = None
    date_to: date | None = None
    q: Text | None = Field(None, description="Words of the title or outlet.")


class ChangeFilters(Listing):
    since: datetime | None = Field(None, description="Only changes since then.")


def page(queryset, params: Listing, since: datetime | None = None, stamp: str = "updated_at"):
    """One keyset page: by id, or by (`stamp`, id) when listing what changed `since`."""
    after = _decode(params.cursor) if params.cursor else None
    since = _in_utc(since) if since is not None else None
    if since is not None:
        queryset = queryset.filter(**{f"{stamp}__gte": since}).order_by(stamp, "id")
        if after:
            moment, pk = datetime.fromisoformat(after[0]), int(after[1])
            later = Q(**{f"{stamp}__gt": moment}) | Q(**{stamp: moment, "id__gt": pk})
            queryset = queryset.filter(later)
    else:
        queryset = queryset.order_by("id")
        if after:
            queryset = queryset.filter(id__gt=int(after[-1]))
    rows = list(queryset[: params.limit + 1])
    if len(rows) <= params.limit:
        return rows, None
    last = rows[params.limit - 1]
    key = [getattr(last, stamp).isoformat(), str(last.pk)] if since else [str(last.pk)]
    return rows[: params.limit], _encode(key)


def _in_utc(moment: datetime) -> datetime:
    """The moment in UTC (a time with no zone is taken as UTC), which every database takes."""
    try:
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (OverflowError, ValueError) as exc:
        raise HttpError(400, "That moment is out of range.") from exc


def _encode(parts: list[str]) -> str:
    return base64.urlsafe_b64encode("|".join(parts).encode()).decode().rstrip("=")


def _decode(cursor: str) -> list[str]:
    try:
        parts = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split("|")
        int(parts[-1])
        if len(parts) == 2:
            datetime.fromisoformat(parts[0])
        elif len(parts) != 1:
            raise ValueError(cursor)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(400, "Not a cursor this API gave out.") from exc
    return parts


def records(request, queryset, params: RecordFilters, rows, shape) -> dict:
    """A page of records in their export shape."""
    found, following = page(rows(queryset), params, params.updated_since)
    return {"items": [record(request, obj, shape) for obj in found], "next": following}


def record(request, obj, shape) -> dict:
    """A record in its export shape, with its page's URL and when it last changed."""
    url = request.build_absolute_uri(obj.get_absolute_url())
    return {**shape(obj), "url": url, "updated_at": obj.updated_at}


def _issue(slug: str | None) -> Issue | None:
    return get_object_or_404(Issue, slug=slug) if slug else None


@api.get("/negotiations", response={200: list[NegotiationOut], **REFUSALS}, tags=["registry"])
def list_negotiations(request):
    """The negotiations the tracker follows, with their parties."""
    return [
        {
            "slug": n.slug,
            "name": n.name,
            "description": n.description,
            "parties": [party.name for party in n.parties.all()],
            "url": request.build_absolute_uri(n.get_absolute_url()),
        }
        for n in Negotiation.objects.prefetch_related("parties").order_by("name")
    ]


@api.get("/actors", response={200: ActorPage, **REFUSALS}, tags=["registry"])
def list_actors(request, params: Query[ActorFilters]):
    """Actors with their other names, by name, negotiation and kind."""
    negotiation = None
    if params.negotiation:
        negotiation = get_object_or_404(Negotiation, slug=params.negotiation)
    actors = Actor.objects.for_list(params.q or "", negotiation, params.kind or "")
    if negotiation:
        actors = actors.exclude(statement_count=0, meeting_count=0, proposal_count=0)
    found, following = page(export.actor_rows(actors), params)
    items = [
        {**export.actor_dict(a), "url": request.build_absolute_uri(a.get_absolute_url())}
        for a in found
    ]
    return {"items": items, "next": following}


@api.get("/statements", response={200: StatementPage, **REFUSALS}, tags=["records"])
def list_statements(request, params: Query[StatementFilters]):
    """Statements, filtered like the timeline."""
    qs = Statement.objects.matching(params.timeline_filters(_issue(params.issue)), dated=False)
    if params.mode:
        qs = qs.filter(mode=params.mode)
    return records(request, qs, params, export.statement_rows, export.statement_dict)


@api.get("/statements/{pk}", response={200: StatementOut, **REFUSALS}, tags=["records"])
def get_statement(request, pk: int):
    """One statement with all its evidence."""
    obj = get_object_or_404(export.statement_rows(Statement.objects.all()), pk=pk)
    return record(request, obj, export.statement_dict)


@api.get("/meetings", response={200: MeetingPage, **REFUSALS}, tags=["records"])
def list_meetings(request, params: Query[MeetingFilters]):
    """Calls, meetings, talks, summits and visits, filtered like the timeline."""
    qs = Meeting.objects.matching(params.timeline_filters(), dated=False)
    qs = qs.filter(**{f: v for f, v in (("kind", params.kind), ("status", params.status)) if v})
    return records(request, qs, params, export.meeting_rows, export.meeting_dict)


@api.get("/meetings/{pk}", response={200: MeetingOut, **REFUSALS}, tags=["records"])
def get_meeting(request, pk: int):
    """One meeting with its participants and all its evidence."""
    obj = get_object_or_404(export.meeting_rows(Meeting.objects.all()), pk=pk)
    return record(request, obj, export.meeting_dict)


@api.get("/proposals", response={200: ProposalPage, **REFUSALS}, tags=["records"])
def list_proposals(request, params: Query[ProposalFilters]):
    """Proposals with their answers, filtered like the timeline."""
    qs = Proposal.objects.matching(params.timeline_filters(), dated=False)
    qs = qs.filter(**{f: v for f, v in (("kind", params.kind), ("status", params.status)) if v})
    return records(request, qs, params, export.proposal_rows, export.proposal_dict)


@api.get("/proposals/{pk}", response={200: ProposalOut, **REFUSALS}, tags=["records"])
def get_proposal(request, pk: int):
    """One proposal with its answers and all its evidence."""
    obj = get_object_or_404(export.proposal_rows(Proposal.objects.all()), pk=pk)
    return record(request, obj, export.proposal_dict)


@api.get("/positions", response={200: PositionPage, **REFUSALS}, tags=["records"])
def list_positions(request, params: Query[PositionFilters]):
    """Where actors stand on canonical issues, as of a date."""
    filters = params.timeline_filters(_issue(params.issue))
    qs = Position.objects.all()
    if filters.negotiation:
        qs = qs.filter(negotiation=filters.negotiation)
    if filters.actors:
        qs = qs.filter(actor__in=filters.actors)
    if filters.issue:
        qs = qs.filter(issue=filters.issue)
    for lookup, value in (("as_of__gte", filters.date_from), ("as_of__lte", filters.date_to)):
        if value:
            qs = qs.filter(**{lookup: value})
    if filters.verified:
        qs = qs.filter(verified=True)
    if filters.q:
        qs = qs.filter(every_word(filters.q, "text", "actor__name", "issue__name"))
    if params.stance:
        qs = qs.filter(stance=params.stance)
    return records(request, qs, params, export.position_rows, export.position_dict)


@api.get("/articles", response={200: ArticlePage, **REFUSALS}, tags=["sources"])
def list_articles(request, params: Query[ArticleFilters]):
    """The articles records come from, with the negotiations they are about."""
    qs = Article.objects.all()
    if params.negotiation:
        negotiation = get_object_or_404(Negotiation, slug=params.negotiation)
        about = Q(negotiation=negotiation) | Q(other_negotiations=negotiation)
        qs = qs.filter(pk__in=Article.objects.filter(about).values("pk"))
    dates = (("reported_on__gte", params.date_from), ("reported_on__lte", params.date_to))
    for lookup, value in dates:
        if value:
            qs = qs.filter(**{lookup: value})
    if params.q:
        qs = qs.filter(every_word(params.q, "title", "outlet"))
    found, following = page(export.article_rows(qs), params)
    return {"items": [export.article_dict(a) for a in found], "next": following}


@api.get("/changes", response={200: ChangePage, **REFUSALS}, tags=["records"])
def list_changes(request, params: Query[ChangeFilters]):
    """Records deleted or merged into another, so a mirror can follow."""
    found, following = page(RecordChange.objects.all(), params, params.since, "at")
    items = [
        {"kind": c.kind, "id": c.record_id, "change": c.change, "into": c.into_id, "at": c.at}
        for c in found
    ]
    return {"items": items, "next": following}

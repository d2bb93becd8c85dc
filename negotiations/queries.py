"""Reads: QuerySets that carry the joins their pages need, and the merged timeline."""

from __future__ import annotations

import hashlib
import operator
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection, models
from django.db.models import Count, F, Lookup, OuterRef, Q, Subquery, Sum, Value
from django.db.models.fields.tuple_lookups import Tuple, TupleGreaterThan, TupleLessThan
from django.db.models.functions import Coalesce

from . import list_rows
from .extraction import normalize_alias
from .extraction.vocabulary import RESPONSE_STANCES
from .links import page_pattern
from .list_rows import MeetingRow, Participation, ReportRow, SourceRow
from .page_cache import across_writes
from .pg_indexes import SEARCH_CONFIG, matches_text
from .stances import StanceHistory, StanceReport, stance_histories


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in the timeline's (date, type rank, id) order, written as `2025-03-16.4.123`."""

    date: date
    rank: int
    id: int

    def __str__(self):
        return f"{self.date.isoformat()}.{self.rank}.{self.id}"

    @classmethod
    def parse(cls, value: str) -> Cursor:
        """Read a cursor from its text form; raises ValueError on anything else."""
        day, rank, pk = value.split(".")
        return cls(date.fromisoformat(day), int(rank), int(pk))


EARLIEST = Cursor(date.min, 0, 0)


@dataclass(frozen=True)
class Filters:
    """What the reader narrowed the records to; every field optional."""

    negotiation: object = None
    actors: tuple = ()
    kinds: tuple[str, ...] = ()
    issue: object = None
    date_from: date | None = None
    date_to: date | None = None
    verified: bool = False
    q: str = ""

    @property
    def narrowed(self) -> bool:
        """Whether any filter is set, so an empty result means "nothing matches"."""
        return self != Filters()

    def cache_key(self, prefix: str) -> str:
        """A short key naming exactly these filters."""
        parts = (
            getattr(self.negotiation, "pk", None),
            sorted(a.pk for a in self.actors),
            sorted(self.kinds),
            getattr(self.issue, "pk", None),
            self.date_from,
            self.date_to,
            self.verified,
            self.q,
        )
        return f"{prefix}:{hashlib.sha256(repr(parts).encode()).hexdigest()}"


@dataclass(frozen=True)
class Entry:
    """One record in the timeline stream, with the key that orders it."""

    kind: str
    cursor: Cursor
    record: object  # a row of list_rows

    @property
    def date(self):
        return self.cursor.date


@dataclass(frozen=True)
class TimelinePage:
    entries: list[Entry]
    next_cursor: Cursor | None


def with_articles():
    """Evidence prefetch that brings each article in the same query, an article's together."""
    from .models import Evidence

    # Pages and downloads show an article's outlet, title and dates, never its text.
    rows = Evidence.objects.select_related("article").defer("article__text", "article__raw")
    return models.Prefetch(
        "evidence", queryset=rows.order_by("article__reported_on", "article_id", "start")
    )


def participations_of(meeting_ids) -> dict[int, list[Participation]]:
    """Each meeting's participants in the order they were recorded: two small index look-ups
    of plain values for all of them (a join leads the planner to hash every actor once there
    are thousands)."""
    from .models import Actor, MeetingParticipant

    rows = MeetingParticipant.objects.filter(among("meeting_id", meeting_ids)).order_by("id")
    rows = list(rows.values_list("meeting_id", "actor_id", "role"))
    actors = Actor.objects.filter(among("id", {actor_id for _, actor_id, _ in rows}))
    named = {pk: (name, slug) for pk, name, slug in actors.values_list("id", "name", "slug")}
    taking_part = {pk: [] for pk in meeting_ids}
    actor_path = page_pattern("actor_detail")
    for meeting_id, actor_id, role in rows:
        name, slug = named[actor_id]
        taking_part[meeting_id].append(Participation(name, actor_path.format(slug), role))
    return taking_part


def attach_participations(meetings) -> list:
    """Give each meeting `participation_list`, its participants in the order they were recorded."""
    meetings = list(meetings)
    taking_part = participations_of([m.pk for m in meetings])
    for meeting in meetings:
        meeting.participation_list = taking_part[meeting.pk]
    return meetings


def meeting_rows(*querysets) -> list[list[MeetingRow]]:
    """The rows of each of several meeting QuerySets (ordered and sliced), their participants
    read once for all of them."""
    fields = MeetingQuerySet.row_fields
    listed = [list(qs.values(*fields, source_count=source_count("meeting"))) for qs in querysets]
    taking_part = participations_of([v["id"] for values in listed for v in values])
    return [list_rows.meeting_rows(values, taking_part) for values in listed]


def source_count(field: str):
    """Number of articles reporting each record, as a correlated subquery (no GROUP BY scan)."""
    from .models import Evidence

    counts = (
        Evidence.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("article_id", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counts), 0)


def count_of(rows: models.QuerySet, field: str):
    """How many of `rows` point at each record through `field`, as a correlated subquery
    (computed for the rows shown only, where a join and GROUP BY would count for all)."""
    rows = rows.filter(**{field: OuterRef("pk")}).order_by().values(field)
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)


class AnyOf(Lookup):
    """`field = ANY(%s)` with the values as one PostgreSQL array parameter."""

    lookup_name = "any_of"
    prepare_rhs = False

    def get_prep_lookup(self):
        return list(self.rhs)

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*params, self.rhs)


def among(field: str, ids) -> Q:
    """`field` is one of `ids`: on PostgreSQL one array parameter, where an IN list of a few
    hundred placeholders takes longer to build and bind than the query takes to run."""
    ids = list(ids)
    if not on_postgresql() or not ids:
        return Q(**{f"{field}__in": ids})
    return Q(AnyOf(F(field), ids))


def words_of(q: str) -> list[str]:
    """The words of a search, or the whole string when it has none."""
    return re.findall(r"\w[\w'’-]*", q) or [q]


def every_word(q: str, *fields: str) -> Q:
    """Each word of the query in one of the fields, in any order ("corridor humanitarian")."""
    return reduce(
        operator.and_,
        (reduce(operator.or_, (Q(**{f"{f}__icontains": w}) for f in fields)) for w in words_of(q)),
    )


def on_postgresql() -> bool:
    """Whether full-text search can use the PostgreSQL search vectors and their indexes."""
    return connection.vendor == "postgresql"


class TimelineQuerySet(models.QuerySet):
    """Keyset reads shared by the four record types of the timeline.

    Each type sets `kind`, `rank` and `date_field`, and defines `for_display()` (its joins,
    for pages and feeds that need the records themselves), `by_actors(actors)` and
    `by_search(q)` (each a Q on its own fields); the lists read `rows()`: the columns
    `row_fields` names, the rows made by `rows_of` (see list_rows).
    """

    kind = ""
    rank = 0
    date_field = ""
    row_fields: tuple[str, ...] = ()

    def matching(self, filters: Filters, *, dated: bool = True):
        """Records that pass the filters common to every type, then the type's own; only
        dated ones unless `dated` is off (the timeline places records by their date)."""
        df = self.date_field
        qs = self.filter(**{f"{df}__isnull": False}) if dated else self
        if filters.negotiation:
            qs = qs.filter(negotiation=filters.negotiation)
        if filters.date_from:
            qs = qs.filter(**{f"{df}__gte": filters.date_from})
        if filters.date_to:
            qs = qs.filter(**{f"{df}__lte": filters.date_to})
        if filters.verified:
            qs = qs.filter(verified=True)
        if filters.actors:
            qs = qs.filter(self.by_actors(filters.actors))
        if filters.q:
            qs = qs.filter(self.by_search(filters.q))
        return qs

    def older_than(self, cursor: Cursor):
        """Records after `cursor` in newest-first order; constant rank keeps it index-friendly."""
        df = self.date_field
        if self.rank < cursor.rank:
            return self.filter(**{f"{df}__lte": cursor.date})
        if self.rank > cursor.rank:
            return self.filter(**{f"{df}__lt": cursor.date})
        # A row comparison, (date, id) < (d, i), is one index bound; an OR of two is not.
        return self.filter(TupleLessThan(Tuple(F(df), F("id")), (cursor.date, cursor.id)))

    def newer_than(self, cursor: Cursor):
        """Records before `cursor` in newest-first order (what arrived above it)."""
        df = self.date_field
        if self.rank > cursor.rank:
            return self.filter(**{f"{df}__gte": cursor.date})
        if self.rank < cursor.rank:
            return self.filter(**{f"{df}__gt": cursor.date})
        return self.filter(TupleGreaterThan(Tuple(F(df), F("id")), (cursor.date, cursor.id)))

    def timeline_slice(self, filters: Filters, *, before: Cursor | None = None, limit: int):
        """Up to `limit` records matching `filters`, newest first, after `before`."""
        qs = self.matching(filters)
        if before:
            qs = qs.older_than(before)
        return qs.order_by(f"-{self.date_field}", "-id")[:limit]

    def for_timeline(self, filters: Filters, *, before: Cursor | None = None, limit: int):
        """Up to `limit` entries matching `filters`, newest first, after `before`."""
        rows = self.timeline_slice(filters, before=before, limit=limit).rows()
        return [Entry(self.kind, self.cursor_of(row), row) for row in rows]

    def cursor_of(self, row) -> Cursor:
        """The timeline place of a row of this type."""
        return Cursor(row.day, self.rank, row.pk)

    def places(self, filters: Filters, *, before: Cursor | None = None, limit: int):
        """(date, rank, id) of up to `limit` matching records, newest first, after `before`:
        the places only, without the joins and objects of records that may not be shown."""
        qs = self.matching(filters)
        if before:
            qs = qs.older_than(before)
        qs = qs.annotate(rank=Value(self.rank)).order_by(f"-{self.date_field}", "-id")
        return qs.values_list(self.date_field, "rank", "id")[:limit]

    def shown(self, cursors: list[Cursor]) -> dict[int, object]:
        """{id: row} of the records of this type at `cursors`, as the timeline shows them."""
        ids = [cursor.id for cursor in cursors if cursor.rank == self.rank]
        if not ids:
            return {}
        return {row.pk: row for row in self.filter(among("id", ids)).order_by().rows()}

    def rows(self) -> list:
        """These records as the lists show them: the columns they print and no more."""
        return self.rows_of(self.values(*self.row_fields, source_count=source_count(self.kind)))

    def count_newer(self, filters: Filters, since: Cursor, cap: int) -> int:
        """How many matching records sort above `since`, counting at most `cap`."""
        ids = self.matching(filters).newer_than(since).order_by().values("id")[:cap]
        return len(ids)

    def per_day(self, filters: Filters):
        """(day, n) rows of matching records, aggregated in SQL."""
        return (
            self.matching(filters)
            .order_by()
            .values(on=F(self.date_field))
            .annotate(n=Count("id"))
            .values_list("on", "n")
        )


class NegotiationQuerySet(models.QuerySet):
    def for_home(self):
        """Each negotiation with its parties, how much it holds, and when it last moved."""
        from .models import Meeting, Proposal, RecordCount, Statement

        def latest(model, field):
            # Newest first and one row: an index scan, where Max() would read them all.
            rows = model.objects.filter(negotiation=OuterRef("pk"), **{f"{field}__isnull": False})
            return Subquery(rows.order_by(f"-{field}").values(field)[:1])

        def count(kind):
            rows = RecordCount.objects.filter(
                negotiation=OuterRef("pk"), actor__isnull=True, kind=kind
            ).order_by()
            return Coalesce(
                Subquery(rows.values("negotiation").annotate(total=Sum("n")).values("total")), 0
            )

        return self.prefetch_related("parties").annotate(
            article_count=count("article"),
            statement_count=count("statement"),
            meeting_count=count("meeting"),
            proposal_count=count("proposal"),
            last_statement=latest(Statement, "said_on"),
            last_meeting=latest(Meeting, "day"),
            last_proposal=latest(Proposal, "last_seen"),
        )


class ActorQuerySet(models.QuerySet):
    def for_page(self):
        """Actors with what their page header shows."""
        from .models import ActorAlias

        other_names = ActorAlias.objects.exclude(name=F("actor__name"))
        return self.select_related("affiliation").prefetch_related(
            models.Prefetch("aliases", queryset=other_names, to_attr="other_names")
        )

    def for_list(self, q: str = "", negotiation=None, kind: str = ""):
        """Actors by name, alias or role, with how many records they have and their last day."""
        from .models import ActorAlias, ActorCount, Statement

        def scoped(qs):
            return qs.filter(negotiation=negotiation) if negotiation else qs

        def count(record_kind):
            rows = scoped(ActorCount.objects).filter(actor=OuterRef("pk"), kind=record_kind)
            rows = rows.order_by()
            return Coalesce(Subquery(rows.values("actor").annotate(t=Sum("n")).values("t")), 0)

        said = scoped(Statement.objects)
        qs = self
        if q:
            key = normalize_alias(q) or q.lower()
            named = ActorAlias.objects.filter(normalized__contains=key).values("actor_id")
            qs = qs.filter(Q(name__icontains=q) | Q(role__icontains=q) | Q(pk__in=named))
        if kind:
            qs = qs.filter(kind=kind)
        latest = said.filter(speaker=OuterRef("pk")).order_by("-said_on").values("said_on")[:1]
        return qs.select_related("affiliation").annotate(
            statement_count=count("statement"),
            meeting_count=count("meeting"),
            proposal_count=count("proposal") + count("response"),
            last_said=Subquery(latest),
        )

    def resolve(self, values):
        """Actors named by slug, name or alias, in one query: a union of three index look-ups
        (a join of every actor with every alias, then DISTINCT, would scan both)."""
        from .models import Actor, ActorAlias

        by_slug = Actor.objects.filter(slug__in=values).order_by().values("id")
        by_name = Actor.objects.filter(name__in=values).order_by().values("id")
        by_alias = ActorAlias.objects.filter(name__in=values).order_by().values("actor_id")
        return self.filter(pk__in=by_slug.union(by_name, by_alias))


class StatementQuerySet(TimelineQuerySet):
    kind, rank, date_field = "statement", 1, "said_on"
    row_fields = ("id", "said_on", "verified", "mode", "content", "text")
    row_fields += ("speaker__name", "speaker__slug")
    rows_of = staticmethod(list_rows.statement_rows)

    def for_display(self):
        return (
            self.select_related("speaker")
            .defer("search_vector")
            .annotate(source_count=source_count("statement"))
        )

    def matching(self, filters, *, dated=True):
        qs = super().matching(filters, dated=dated)
        if filters.issue:
            qs = qs.filter(issues=filters.issue)
        return qs

    def by_actors(self, actors):
        return Q(speaker__in=actors)

    def by_search(self, q):
        if on_postgresql():
            return Q(search_vector=SearchQuery(q, search_type="websearch", config=SEARCH_CONFIG))
        return every_word(q, "text", "content", "speaker__name")


class ProposalQuerySet(TimelineQuerySet):
    kind, rank, date_field = "proposal", 3, "first_seen"
    row_fields = ("id", "first_seen", "verified", "slug", "title", "kind", "status")
    row_fields += ("proposer__name", "proposer__slug")
    rows_of = staticmethod(list_rows.proposal_rows)

    def for_display(self):
        return self.select_related("proposer").annotate(source_count=source_count("proposal"))

    def by_actors(self, actors):
        from .models import ProposalResponse

        # One id set, so the planner starts from the actors' few proposals; an OR of the two
        # conditions is a filter on a walk through every proposal.
        proposed = self.model.objects.filter(proposer__in=actors).order_by().values("id")
        answered = ProposalResponse.objects.filter(actor__in=actors).order_by()
        return Q(id__in=proposed.union(answered.values("proposal_id")))

    def by_search(self, q):
        if on_postgresql():
            return matches_text(q, "title", "text")
        return every_word(q, "title", "text")

    def for_page(self):
        """A proposal with its proposer, negotiation, other wordings and sources."""
        return self.select_related("proposer", "negotiation").prefetch_related(
            with_articles(), "aliases"
        )

    def for_list(self, filters: Filters, status: str = ""):
        """Matching proposals, most recently reported first, with what the list shows."""
        from .models import ProposalResponse

        qs = self.matching(filters)
        if status:
            qs = qs.filter(status=status)
        qs = qs.select_related("proposer", "negotiation").annotate(
            source_count=source_count("proposal"),
            response_count=count_of(ProposalResponse.objects, "proposal"),
        )
        return qs.order_by(F("last_seen").desc(nulls_last=True), "-id")


class ResponseQuerySet(TimelineQuerySet):
    kind, rank, date_field = "response", 2, "responded_on"
    row_fields = ("id", "responded_on", "verified", "response", "actor__name", "actor__slug")
    row_fields += ("proposal__title", "proposal__slug")
    rows_of = staticmethod(list_rows.response_rows)

    def for_display(self):
        return self.select_related("actor", "proposal").annotate(
            source_count=source_count("response")
        )

    def by_actors(self, actors):
        return Q(actor__in=actors)

    def by_search(self, q):
        """Every word in the proposal's title or the actor's name, through id subqueries
        that each use their trigram index on PostgreSQL (a join would scan every answer)."""
        from .models import Actor, Proposal

        def has(word):
            titled = Proposal.objects.filter(title__icontains=word).values("id")
            named = Actor.objects.filter(name__icontains=word).values("id")
            return Q(proposal__in=titled) | Q(actor__in=named)

        return reduce(operator.and_, map(has, words_of(q)))

    def stances_of(self, actor, negotiation=None):
        """An actor's dated answers to proposals in the order they came, as values:
        (id, proposal title, proposal slug, day, response, verified)."""
        qs = self.filter(negotiation=negotiation) if negotiation else self
        return (
            qs.filter(actor=actor, responded_on__isnull=False)
            .order_by("responded_on", "id")
            .values_list(
                "id", "proposal__title", "proposal__slug", "responded_on", "response", "verified"
            )
        )

    def for_proposal(self, proposal):
        """A proposal's responses in the order they came, each with its sources."""
        return (
            self.filter(proposal=proposal)
            .select_related("actor")
            .prefetch_related(with_articles())
            .order_by(F("responded_on").asc(nulls_last=True), "id")
        )


class MeetingQuerySet(TimelineQuerySet):
    # A meeting with no date given stands on the day it was first reported.
    kind, rank, date_field = "meeting", 4, "day"
    row_fields = ("id", "day", "verified", "title", "kind", "status", "date", "date_text")
    row_fields += ("reported_on", "location")

    def for_display(self):
        return self.annotate(source_count=source_count("meeting"))

    def rows(self) -> list:
        (rows,) = meeting_rows(self)
        return rows

    def by_actors(self, actors):
        from .models import MeetingParticipant

        taking_part = MeetingParticipant.objects.filter(actor__in=actors).values("meeting_id")
        return Q(id__in=taking_part)

    def by_search(self, q):
        if on_postgresql():
            return matches_text(q, "title", "location", "text")
        return every_word(q, "title", "location", "text")

    def undated_plans(self):
        """Planned meetings whose sources give no date."""
        return self.filter(date__isnull=True, status="planned")

    def upcoming(self, filters: Filters, today: date, limit: int):
        """Matching meetings from today on, soonest first (a QuerySet for `meeting_rows`)."""
        start = max(filters.date_from or today, today)
        # On `date` alone: the walk starts at `start` in the date index (the same bound on
        # `day` too would make the planner misjudge the two together and sort every match).
        return self.matching(filters).filter(date__gte=start).order_by("date", "id")[:limit]

    def announced(self, filters: Filters, since: date, limit: int):
        """Matching planned meetings with no date given, reported since `since`, newest first
        (a QuerySet for `meeting_rows`)."""
        qs = self.matching(replace(filters, date_from=max(filters.date_from or since, since)))
        return qs.undated_plans().order_by("-reported_on", "-id")[:limit]


class PositionQuerySet(models.QuerySet):
    def history(self, actor, negotiation=None):
        """An actor's dated positions by issue then date, as values:
        (id, issue name, day, stance, verified)."""
        qs = self.filter(negotiation=negotiation) if negotiation else self
        return (
            qs.filter(actor=actor, as_of__isnull=False)
            .order_by("issue__name", "as_of", "id")
            .values_list("id", "issue__name", "as_of", "stance", "verified")
        )


def actor_stances(actor, negotiation=None) -> list[StanceHistory]:
    """An actor's stance on each issue and proposal over time, from their positions and
    answers; the sources are read for the reports the histories keep, not for every one."""
    from .models import Position, ProposalResponse

    reports = [
        StanceReport(issue, None, day, stance, ReportRow("position", pk, verified))
        for pk, issue, day, stance, verified in Position.objects.history(actor, negotiation)
    ]
    answers = ProposalResponse.objects.stances_of(actor, negotiation)
    proposal_path = page_pattern("proposal_detail")
    reports += [
        StanceReport(
            title,
            proposal_path.format(slug),
            day,
            RESPONSE_STANCES[response],
            ReportRow("response", pk, verified),
        )
        for pk, title, slug, day, response, verified in answers
    ]
    histories = stance_histories(reports)
    attach_sources(
        [report.record for h in histories for change in h.changes for report in change.reports]
    )
    return histories


def attach_sources(reports: list[ReportRow]) -> None:
    """Fill each report's `sources`, oldest article first, in one query for all of them."""
    from .models import Evidence

    by_key = {(report.kind, report.pk): report for report in reports}
    ids = {kind: [pk for k, pk in by_key if k == kind] for kind in ("position", "response")}
    if not by_key:
        return
    rows = Evidence.objects.filter(
        Q(position__in=ids["position"]) | Q(response__in=ids["response"])
    )
    rows = rows.order_by("article__reported_on", "article_id", "start").values_list(
        "id",
        "position_id",
        "response_id",
        "sentence",
        "article_id",
        "article__outlet",
        "article__published",
    )
    article_path = page_pattern("article_detail")
    for pk, position_id, response_id, sentence, article_id, outlet, published in rows:
        key = ("position", position_id) if position_id else ("response", response_id)
        url = f"{article_path.format(article_id)}#evidence-{pk}"
        by_key[key].sources.append(SourceRow(outlet, published, sentence, url))


def timeline_querysets(kinds=()):
    """The record types of the timeline, narrowed to `kinds` when given."""
    from .models import Meeting, Proposal, ProposalResponse, Statement

    all_types = [Statement.objects, ProposalResponse.objects, Proposal.objects, Meeting.objects]
    return [qs.all() for qs in all_types if not kinds or qs.all().kind in kinds]


def applicable(filters: Filters):
    """Types the filters can match: only statements carry issues."""
    querysets = timeline_querysets(filters.kinds)
    if filters.issue:
        return [qs for qs in querysets if qs.kind == "statement"]
    return querysets


def newest_places(querysets, filters: Filters, *, before: Cursor | None, limit: int) -> list:
    """The places of up to `limit` newest matching records of each type, newest first, in
    one UNION ALL of the types' index walks (one query per type where the database cannot
    order and limit a compound's parts, as SQLite cannot)."""
    first, *rest = [qs.places(filters, before=before, limit=limit) for qs in querysets]
    if rest and connection.features.supports_slicing_ordering_in_compound:
        rows = first.union(*rest, all=True)
    else:
        rows = [row for places in (first, *rest) for row in places]
    return sorted((Cursor(*row) for row in rows), reverse=True)


def timeline_page(filters: Filters, *, before: Cursor | None = None, limit: int) -> TimelinePage:
    """One keyset page of the merged stream: the places of each type's limit+1 newest,
    merged, then each type fetches the rows of its places shown (one type alone fetches its
    rows at once)."""
    querysets = applicable(filters)
    if len(querysets) == 1:
        entries = querysets[0].for_timeline(filters, before=before, limit=limit + 1)
        more = len(entries) > limit
        return TimelinePage(entries[:limit], entries[limit - 1].cursor if more else None)
    merged = newest_places(querysets, filters, before=before, limit=limit + 1)
    shown = merged[:limit]
    kinds = {qs.rank: qs.kind for qs in querysets}
    records = {(qs.rank, pk): r for qs in querysets for pk, r in qs.shown(shown).items()}
    # A record deleted between the two reads is left out.
    entries = [
        Entry(kinds[c.rank], c, records[c.rank, c.id]) for c in shown if (c.rank, c.id) in records
    ]
    more = len(merged) > limit
    return TimelinePage(entries, shown[-1] if more and shown else None)


def recent_records(filters: Filters, since=None, limit: int = 50) -> list[tuple[str, models.Model]]:
    """The records the filters let through that were added or changed most recently (after
    `since`, when given), newest first, as (kind, record): what a feed or a watcher sees."""
    found = []
    for qs in applicable(filters):
        recent = qs.matching(filters, dated=False)
        if since is not None:
            recent = recent.filter(updated_at__gt=since)
        recent = recent.for_display().prefetch_related(with_articles())
        found += [(qs.kind, r) for r in recent.order_by("-updated_at", "-id")[:limit]]
    found.sort(key=lambda pair: (pair[1].updated_at, pair[1].pk), reverse=True)
    return found[:limit]


def count_newer(filters: Filters, since: Cursor, cap: int = 100) -> int:
    """How many matching records now sort above the reader's newest one."""
    return min(cap, sum(qs.count_newer(filters, since, cap) for qs in applicable(filters)))


# Each has one actor, so the counts of several actors add up; a meeting or a proposal of two
# of them is one record, which their counts would add twice.
ONE_ACTOR_KINDS = ("statement", "response")


class RecordCountQuerySet(models.QuerySet):
    def answers(self, filters: Filters, kind: str) -> bool:
        """Whether the maintained counts give this type's records per day under the filters."""
        if filters.q or filters.issue:
            return False
        return len(filters.actors) <= 1 or kind in ONE_ACTOR_KINDS

    def per_day(self, filters: Filters, kinds: list[str]) -> dict[date, int]:
        """Records of `kinds` per day under filters the counts answer, in one indexed query."""
        rows = self.filter(kind__in=kinds, day__isnull=False, n__gt=0)
        if filters.actors:
            rows = rows.filter(actor__in=filters.actors)
        else:
            rows = rows.filter(actor__isnull=True)
        if filters.negotiation:
            rows = rows.filter(negotiation=filters.negotiation)
        if filters.date_from:
            rows = rows.filter(day__gte=filters.date_from)
        if filters.date_to:
            rows = rows.filter(day__lte=filters.date_to)
        if filters.verified:
            rows = rows.filter(verified=True)
        totals = rows.order_by().values("day").annotate(total=Sum("n"))
        return dict(totals.values_list("day", "total"))


def chart_is_counted(filters: Filters) -> bool:
    """Whether the maintained counts give the per-day chart of these filters; otherwise it is
    counted over the matching records, which takes long for a common word in a large archive."""
    from .models import RecordCount

    return all(RecordCount.objects.answers(filters, qs.kind) for qs in applicable(filters))


def events_per_day(filters: Filters) -> dict[date, int]:
    """Matching records per day across the types: from the maintained counts where they answer
    the filters, otherwise counted over the records (a search's matches) and kept for up to
    SCANNED_CHART_SECONDS while writes go on."""
    from .models import RecordCount

    kinds = [qs.kind for qs in applicable(filters)]
    counted = [kind for kind in kinds if RecordCount.objects.answers(filters, kind)]
    totals = RecordCount.objects.per_day(filters, counted) if counted else {}
    if rest := tuple(kind for kind in kinds if kind not in counted):
        scanned = replace(filters, kinds=rest)
        key = scanned.cache_key("per-day")
        window = settings.SCANNED_CHART_SECONDS
        for day, n in across_writes(key, lambda: count_per_day(scanned), window).items():
            totals[day] = totals.get(day, 0) + n
    return totals


def count_per_day(filters: Filters) -> dict[date, int]:
    """Matching records per day across the types, in one SQL query."""
    querysets = [qs.per_day(filters) for qs in applicable(filters)]
    totals: dict[date, int] = {}
    if not querysets:
        return totals
    first, *rest = querysets
    rows = first.union(*rest, all=True) if rest else first
    for day, n in rows:
        totals[day] = totals.get(day, 0) + n
    return totals


@dataclass(frozen=True)
class Step:
    """One dated step of a proposal's lifecycle: an answer, or a reported event."""

    day: date | None
    kind: str  # response | event
    record: models.Model


def lifecycle(proposal) -> list[Step]:
    """A proposal's answers and reported events (signed, in force, collapsed) by date."""
    from .models import ProposalEvent, ProposalResponse

    answers = ProposalResponse.objects.for_proposal(proposal)
    events = ProposalEvent.objects.filter(proposal=proposal).select_related("article")
    steps = [Step(r.responded_on, "response", r) for r in answers]
    steps += [Step(e.reported_on, "event", e) for e in events]
    return sorted(steps, key=lambda step: (step.day is None, step.day or date.min))


def record_sources(kind: str, pk: int):
    """The evidence for one record with its articles, oldest article first, each article's
    sentences together."""
    from .models import Evidence

    return (
        Evidence.objects.filter(**{kind: pk})
        .select_related("article")
        .order_by("article__reported_on", "article_id", "start")
    )


def article_evidence(article):
    """An article's evidence with the record each one supports."""
    return article.evidence.select_related(
        "statement__speaker",
        "proposal",
        "response__actor",
        "response__proposal",
        "meeting",
        "position__actor",
        "position__issue",
    ).order_by("start", "end", "id")

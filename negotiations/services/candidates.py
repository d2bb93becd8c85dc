"""The stored records a new report may be of, as facts the matching rules compare.

Each loader reads the records of the article's negotiations near the reports' days as plain
values, in a query or two, and groups their facts by negotiation id. A candidate's `articles`
holds only the article being stored, when it already reports the candidate: that is all the
rules ask of a candidate's sources (a report never joins a record its own article supports),
and a busy event's thousands of (record, article) pairs are not read for it. The loaders take
no article id for an article that supports no record yet: there is nothing of it to look for,
and the batch's pools (`statement_pool`, `candidate_pool`) answer for it from what the batch
read and wrote. Candidates come in id order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, TextField, Value
from django.db.models.functions import JSONObject

from negotiations.extraction.dates import period_start
from negotiations.extraction.scope import PlanScope, plan_scope
from negotiations.models import (
    Evidence,
    KeptApart,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalAlias,
    Statement,
)

from . import matching
from .assignment import party, party_of
from .statement_pool import StatementPool

if TYPE_CHECKING:
    from .candidate_pool import MeetingPool, PlanPool

MEETING_FIELDS = ("id", "kind", "date", "reported_on", "status", "location", "date_text")


class Details:
    """The other wordings of proposals and how many articles report each, and the parties of
    meetings: read once per batch of articles and kept as the batch adds to them; `forget`
    after any other change. What it knows to be stored already is not written again."""

    def __init__(self):
        self._titles: dict[int, list[str]] = {}
        self._sources: dict[int, int] = {}
        self._parties: dict[int, frozenset[int]] = {}
        self._attending: dict[int, set[int]] = defaultdict(set)  # some actor ids per meeting

    def forget(self, fields: Iterable[str]) -> None:
        """Read the details of these kinds of record anew."""
        if "proposal" in fields:
            self._titles, self._sources = {}, {}
        if "meeting" in fields:
            self._parties, self._attending = {}, defaultdict(set)

    def made(self, field: str, ids: Iterable[int]) -> None:
        """Records the batch inserted: no participants or other wordings yet, and no source
        until their evidence is saved."""
        for pk in ids:
            if field == "meeting":
                self._parties[pk] = frozenset()
            elif field == "proposal":
                self._titles[pk], self._sources[pk] = [], 0

    def titles(self, proposal_ids: list[int]) -> dict[int, list[str]]:
        """The other wordings of each proposal, in order."""
        if missing := set(proposal_ids) - self._titles.keys():
            found = defaultdict(list)
            wordings = ProposalAlias.objects.filter(proposal__in=missing).order_by("title")
            for proposal_id, title in wordings.values_list("proposal_id", "title"):
                found[proposal_id].append(title)
            self._titles |= {pk: found[pk] for pk in missing}
        return {pk: self._titles[pk] for pk in proposal_ids}

    def titled(self, titles: dict[int, list[str]]) -> None:
        """Other wordings as read with their proposals; those the batch holds stand."""
        self._titles = titles | self._titles

    def has_sources(self) -> bool:
        """Whether the batch has counted any proposal's sources since it last forgot them."""
        return bool(self._sources)

    def counted(self, sources: dict[int, int]) -> None:
        """How many articles report each of these proposals, as counted in a read of them."""
        self._sources |= sources

    def sources(self, proposal_ids: list[int]) -> dict[int, int]:
        """How many articles report each proposal."""
        if missing := set(proposal_ids) - self._sources.keys():
            counts = (
                Evidence.objects.filter(proposal__in=missing)
                .values_list("proposal")
                .annotate(articles=Count("article", distinct=True))
                .order_by()
            )
            self._sources |= dict.fromkeys(missing, 0) | dict(counts)
        return {pk: self._sources[pk] for pk in proposal_ids}

    def parties(self, meeting_ids: list[int]) -> dict[int, frozenset[int]]:
        """The state-level parties of each meeting."""
        if missing := set(meeting_ids) - self._parties.keys():
            self._parties |= _parties(missing)
        return {pk: self._parties[pk] for pk in meeting_ids}

    def attended(self, participants: dict[int, list[dict]]) -> None:
        """Participants (actor id, kind and affiliation) as read with their meetings; the
        parties the batch holds stand."""
        read = {
            pk: frozenset(party(a["id"], a["kind"], a["affiliation"]) for a in actors)
            for pk, actors in participants.items()
        }
        self._parties = read | self._parties
        for pk, actors in participants.items():
            self._attending[pk] |= {a["id"] for a in actors}

    def new_wordings(self, aliases: list[ProposalAlias]) -> list[ProposalAlias]:
        """The wordings among these that their proposals are not known to have yet."""
        return [a for a in aliases if a.title not in self._titles.get(a.proposal_id, ())]

    def new_links(self, links: list[MeetingParticipant]) -> list[MeetingParticipant]:
        """The participants among these that their meetings are not known to have yet."""
        return [link for link in links if link.actor_id not in self._attending[link.meeting_id]]

    def worded(self, aliases: list[ProposalAlias]) -> None:
        """Other wordings the batch gave proposals."""
        for alias in aliases:
            titles = self._titles.get(alias.proposal_id)
            if titles is not None and alias.title not in titles:
                titles.append(alias.title)
                titles.sort()

    def reported(self, proposal_ids: Iterable[int]) -> None:
        """Proposals an article the batch stores for the first time now reports."""
        for pk in set(proposal_ids) & self._sources.keys():
            self._sources[pk] += 1

    def joined(self, links: list[MeetingParticipant]) -> None:
        """Participants the batch added to meetings."""
        for link in links:
            self._attending[link.meeting_id].add(link.actor_id)
            if link.meeting_id in self._parties:
                self._parties[link.meeting_id] |= {party_of(link.actor)}


def statements(
    negotiation_ids: list[int],
    reports: list[matching.StatementFacts],
    article_id: int | None,
    pool: StatementPool,
) -> dict:
    """Statements by the reports' speakers said within a couple of days of them; from the
    batch's pool for an article that supports no record yet."""
    days = [r.said_on for r in reports if r.said_on]
    if not days or not negotiation_ids:
        return {}
    margin = timedelta(days=matching.SAME_STATEMENT_DAYS)
    first, last, speakers = min(days) - margin, max(days) + margin, {r.speaker for r in reports}
    if article_id is None:
        return pool.near(negotiation_ids, speakers, first, last)
    rows = Statement.objects.filter(
        negotiation__in=negotiation_ids,
        speaker__in=speakers,
        said_on__gte=first,
        said_on__lte=last,
    ).annotate(here=_reported_by("statement", article_id))
    rows = rows.values_list(
        "negotiation_id", "id", "speaker_id", "said_on", "content", "text", "here"
    )
    return _grouped(
        (
            negotiation,
            matching.StatementFacts(pk, speaker, day, content or text, _here(here, article_id)),
        )
        for negotiation, pk, speaker, day, content, text, here in rows
    )


def plans(
    negotiation_ids: list[int],
    reports: list[matching.PlanFacts],
    article_id: int | None,
    pool: PlanPool,
) -> dict:
    """Proposals still reported around the reports' days; from the batch's pool for an article
    that supports no record yet."""
    days = [r.first_seen for r in reports if r.first_seen]
    if not days or not negotiation_ids:
        return {}
    window = plan_window(days)
    if article_id is None:
        return pool.near(negotiation_ids, window)
    rows = plan_rows(
        Q(active_within(*window), negotiation__in=negotiation_ids), article_id, pool.details
    )
    return plan_facts(rows, article_id, pool.details)


def plan_window(days: list[date]) -> tuple[date, date]:
    """The days a plan still reported around these days was seen within."""
    return min(days) - matching.PLAN_ACTIVE, max(days) + matching.PLAN_ACTIVE


def active_within(first: date, last: date) -> Q:
    """Plans seen within `first` to `last`."""
    return Q(last_seen__gte=first, first_seen__lte=last)


def plan_rows(where: Q, article_id: int | None, details: Details) -> list[tuple]:
    """The plans `where` selects as (negotiation id, *PLAN_FIELDS, here) rows, their wordings and
    (in a batch's first read) their sources kept in `details`."""
    # A batch's first read counts the plans' sources in the same statement; it then keeps them.
    counting = not details.has_sources()
    sources = Count("evidence__article", distinct=True) if counting else Value(0)
    rows = list(
        Proposal.objects.filter(where)
        .annotate(here=_reported_by("proposal", article_id), sources=sources, titles=_wordings())
        .values_list(
            "negotiation_id", "id", "kind", "title", "proposer_id", "proposer__kind",
            "proposer__affiliation_id", "first_seen", "last_seen", "here", "sources", "titles",
        )
    )  # fmt: skip
    if counting:
        details.counted({row[1]: row[-2] for row in rows})
    details.titled({row[1]: row[-1] for row in rows if row[-1] is not None})
    return [
        (n, pk, kind, title, party(proposer, *actor) if proposer else None, first, last, here)
        for n, pk, kind, title, proposer, *actor, first, last, here, _, _ in rows
    ]


def plan_facts(rows: list[tuple], article_id: int | None, details: Details) -> dict:
    """Plan rows as facts by negotiation id, in id order."""
    rows = sorted(rows, key=lambda row: row[1])
    ids = [row[1] for row in rows]
    aliases, sources = details.titles(ids), details.sources(ids)
    return _grouped((row[0], _plan_facts(row[1:], aliases, sources, article_id)) for row in rows)


def meetings(
    negotiation_ids: list[int],
    reports: list[matching.MeetingFacts],
    article_id: int | None,
    pool: MeetingPool,
) -> dict:
    """Dated meetings an undated report or a dated one may be of, and the undated rounds
    announced around the days of the undated planned ones; from the batch's pool for an
    article that supports no record yet."""
    days = [day for r in reports if (day := r.date or r.reported)]
    if not days or not negotiation_ids:
        return {}
    announced = [r.reported for r in reports if r.date is None and r.status == "planned"]
    dated, planned = meeting_windows(days, announced)
    if article_id is None:
        return pool.near(negotiation_ids, dated, planned)
    near = dated_within(*dated)
    if planned:
        near |= announced_within(*planned)
    rows = meeting_rows(Q(near, negotiation__in=negotiation_ids), article_id, pool.details)
    return meeting_facts(rows, article_id, pool.details)


def meeting_windows(
    days: list[date], announced: list[date]
) -> tuple[tuple[date, date], tuple[date, date] | None]:
    """The days a meeting reported on these days may be dated within, and those an undated
    round may have been announced within (None without undated planned reports)."""
    dated = (min(days) - matching.UNDATED_BEFORE, max(days) + matching.UNDATED_AFTER)
    if not announced:
        return dated, None
    margin = timedelta(days=matching.SAME_ANNOUNCEMENT_DAYS)
    return dated, (min(announced) - margin, max(announced) + margin)


def dated_within(first: date, last: date) -> Q:
    """Meetings dated from `first` to `last`."""
    return Q(date__gte=first, date__lte=last)


def announced_within(first: date, last: date) -> Q:
    """Undated planned meetings first reported from `first` to `last`."""
    return Q(
        date__isnull=True,
        status=Meeting.Status.PLANNED,
        reported_on__gte=first,
        reported_on__lte=last,
    )


def meeting_rows(where: Q, article_id: int | None, details: Details) -> list[tuple]:
    """The meetings `where` selects as (negotiation id, *MEETING_FIELDS, here) rows, their
    participants' parties kept in `details`."""
    rows = list(
        Meeting.objects.filter(where)
        .annotate(here=_reported_by("meeting", article_id), attending=_participants())
        .values_list("negotiation_id", *MEETING_FIELDS, "here", "attending")
    )
    details.attended({row[1]: row[-1] for row in rows if row[-1] is not None})
    return [row[:-1] for row in rows]


def meeting_facts(rows: list[tuple], article_id: int | None, details: Details) -> dict:
    """Meeting rows as facts by negotiation id, in id order."""
    rows = sorted(rows, key=lambda row: row[1])
    parties = details.parties([row[1] for row in rows])
    return _grouped(
        (negotiation, _meeting_facts(pk, parties, *fields, _here(here, article_id)))
        for negotiation, pk, *fields, here in rows
    )


def undated_joins(dated_meetings: dict[int, tuple], details: Details) -> dict[int, list[int]]:
    """The undated meeting records stored apart earlier that are mentions of these dated
    meetings (id: (negotiation id, date)): each fits one of them and no other dated meeting of
    its negotiation, and no editor kept its articles out of it. In four queries however many
    meetings there are, one when no undated mention is near them (the common case)."""
    dated = sorted((pk, *fields) for pk, fields in dated_meetings.items())
    if not dated:
        return {}
    rows = _near_undated(dated)
    if not any(day is None for _, _, _, day, *_ in rows):
        return {}
    facts = _facts(rows, details)
    kept = set(
        KeptApart.objects.filter(
            kind="meeting", record_id__in=[pk for pk, *_ in dated]
        ).values_list("record_id", "article_id")
    )
    joins, taken = defaultdict(list), set()
    for pk, negotiation, _ in dated:
        mine = [f for n, f in facts if n == negotiation]
        own = next(f for f in mine if f.id == pk)
        rivals = [f for f in mine if f.date and f.id != pk]
        for u in (f for f in mine if f.date is None and f.id not in taken):
            if any((pk, article) in kept for article in u.articles):
                continue
            if matching.undated_belongs(u, own, rivals):
                joins[pk].append(u.id)
                taken.add(u.id)
    return joins


def _near_undated(dated: list[tuple]) -> list[tuple]:
    """The meetings of the dated ones' negotiations an undated mention near them may be of,
    and those undated mentions: (negotiation id, *MEETING_FIELDS) rows, in one query."""
    first, last = min(day for *_, day in dated), max(day for *_, day in dated)
    reach = matching.UNDATED_BEFORE + matching.UNDATED_AFTER
    undated = Q(
        date__isnull=True,
        verified=False,
        reported_on__gte=first - matching.UNDATED_AFTER,
        reported_on__lte=last + matching.UNDATED_BEFORE,
    )
    near = Q(date__gte=first - reach, date__lte=last + reach)
    meetings = Meeting.objects.filter(undated | near, negotiation__in={n for _, n, _ in dated})
    return list(meetings.order_by("pk").values_list("negotiation_id", *MEETING_FIELDS))


def _facts(rows: list[tuple], details: Details) -> list[tuple[int, matching.MeetingFacts]]:
    """(negotiation id, facts with all their sources) of meeting rows, in two queries."""
    ids = [row[1] for row in rows]
    parties, articles = details.parties(ids), _articles_of("meeting", ids)
    return [
        (negotiation, _meeting_facts(pk, parties, *fields, articles[pk]))
        for negotiation, pk, *fields in rows
    ]


def _meeting_facts(
    pk, parties, kind, day, reported, status, location, date_text, articles
) -> matching.MeetingFacts:
    return matching.MeetingFacts(
        pk, kind, parties[pk], day, reported, status, articles, location,
        not_before=period_start(date_text, reported),
        period=matching.period_told(date_text, reported, status),
    )  # fmt: skip


def _parties(meeting_ids: set[int]) -> dict[int, frozenset[int]]:
    """The state-level parties of each meeting (none for a meeting without participants)."""
    found = defaultdict(set)
    links = MeetingParticipant.objects.filter(meeting__in=meeting_ids).values_list(
        "meeting_id", "actor_id", "actor__kind", "actor__affiliation_id"
    )
    for meeting_id, *actor in links:
        found[meeting_id].add(party(*actor))
    return {pk: frozenset(found[pk]) for pk in meeting_ids}


def _wordings() -> ArraySubquery | Value:
    """Each plan's other wordings in order, read with the plans on PostgreSQL; elsewhere
    `Details.titles` reads them in a query of their own."""
    if connection.vendor != "postgresql":
        return Value(None, TextField())
    titles = ProposalAlias.objects.filter(proposal=OuterRef("pk")).order_by("title")
    return ArraySubquery(titles.values("title"))


def _participants() -> ArraySubquery | Value:
    """Each meeting's participants (actor id, kind and affiliation), read with the meetings on
    PostgreSQL; elsewhere `Details.parties` reads them in a query of their own."""
    if connection.vendor != "postgresql":
        return Value(None, TextField())
    links = MeetingParticipant.objects.filter(meeting=OuterRef("pk")).order_by("pk")
    who = JSONObject(id="actor_id", kind="actor__kind", affiliation="actor__affiliation_id")
    return ArraySubquery(links.values(who=who))


def _reported_by(field: str, article_id: int | None) -> Exists | Value:
    """Whether `article_id` reports the record (of kind `field`); None: an article that
    supports no record yet, as one being stored for the first time."""
    if article_id is None:
        return Value(False)
    return Exists(Evidence.objects.filter(article=article_id, **{field: OuterRef("pk")}))


def _here(reported: bool, article_id: int | None) -> frozenset[int]:
    return frozenset({article_id}) if reported else frozenset()


def _grouped(facts) -> dict[int | None, list]:
    """(negotiation id, facts) pairs as lists of facts by negotiation id."""
    grouped = defaultdict(list)
    for negotiation_id, fact in facts:
        grouped[negotiation_id].append(fact)
    return grouped


def _articles_of(field: str, ids: list[int]) -> dict[int, frozenset[int]]:
    """The articles supporting each record."""
    found = defaultdict(set)
    rows = Evidence.objects.filter(**{f"{field}__in": ids}).order_by()
    rows = rows.values_list(f"{field}_id", "article_id")
    for pk, article_id in rows:
        found[pk].add(article_id)
    return defaultdict(frozenset, {pk: frozenset(a) for pk, a in found.items()})


def _plan_facts(
    row: tuple, aliases: dict, sources: dict, article_id: int | None
) -> matching.PlanFacts:
    pk, kind, title, proposer, first, last, here = row
    titles = (title, *aliases[pk])
    scope = _joint_scope(titles, kind)
    here = _here(here, article_id)
    return matching.PlanFacts(pk, kind, scope, titles, proposer, first, last, here, sources[pk])


@lru_cache(maxsize=4096)  # a batch asks again for each article's candidates
def _joint_scope(titles: tuple[str, ...], kind: str) -> PlanScope:
    """What all the wordings of one plan say of it together."""
    scopes = [plan_scope(title, kind) for title in titles]
    return PlanScope(
        topics=frozenset().union(*(s.topics for s in scopes)),
        reach=next((s.reach for s in scopes if s.reach), None),
        days=next((s.days for s in scopes if s.days), None),
        numbers=frozenset().union(*(s.numbers for s in scopes)),
    )

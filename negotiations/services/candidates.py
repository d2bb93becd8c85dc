"""The stored records a new report may be of, as facts the matching rules compare.

Each loader reads the records of the article's negotiations near the reports' days, in a
few queries, and groups their facts by negotiation id. A candidate's `articles` holds only
the article being stored, when it already reports the candidate: that is all the rules ask of
a candidate's sources (a report never joins a record its own article supports), and a busy
event's thousands of (record, article) pairs are not read for it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, QuerySet

from negotiations.extraction.scope import PlanScope, plan_scope
from negotiations.models import Evidence, Meeting, MeetingParticipant, Proposal, Statement

from . import matching
from .assignment import party_of


def statements(
    negotiation_ids: list[int], reports: list[matching.StatementFacts], article_id: int
) -> dict:
    """Statements by the reports' speakers said within a couple of days of them."""
    days = [r.said_on for r in reports if r.said_on]
    if not days or not negotiation_ids:
        return {}
    margin = timedelta(days=matching.SAME_STATEMENT_DAYS)
    stored = Statement.objects.filter(
        negotiation__in=negotiation_ids,
        speaker__in={r.speaker for r in reports},
        said_on__gte=min(days) - margin,
        said_on__lte=max(days) + margin,
    ).only("id", "speaker_id", "said_on", "content", "text", "negotiation_id")
    stored = _reported_here(stored, "statement", article_id)
    facts = [
        matching.StatementFacts(s.pk, s.speaker_id, s.said_on, s.content or s.text, s.articles)
        for s in stored
    ]
    return _by_negotiation(stored, facts)


def plans(negotiation_ids: list[int], reports: list[matching.PlanFacts], article_id: int) -> dict:
    """Proposals still reported around the reports' days."""
    days = [r.first_seen for r in reports if r.first_seen]
    if not days or not negotiation_ids:
        return {}
    stored = (
        Proposal.objects.filter(
            negotiation__in=negotiation_ids,
            last_seen__gte=min(days) - matching.PLAN_ACTIVE,
            first_seen__lte=max(days) + matching.PLAN_ACTIVE,
        )
        .select_related("proposer")
        .prefetch_related("aliases")
        .annotate(sources=Count("evidence__article", distinct=True))
    )
    stored = _reported_here(stored, "proposal", article_id)
    return _by_negotiation(stored, [_plan_facts(p, p.articles, p.sources) for p in stored])


def meetings(
    negotiation_ids: list[int], reports: list[matching.MeetingFacts], article_id: int
) -> dict:
    """Dated meetings an undated report or a dated one may be of."""
    days = [day for r in reports if (day := r.date or r.reported)]
    if not days or not negotiation_ids:
        return {}
    stored = Meeting.objects.filter(
        negotiation__in=negotiation_ids,
        date__gte=min(days) - matching.UNDATED_BEFORE,
        date__lte=max(days) + matching.UNDATED_AFTER,
    )
    stored = _reported_here(stored, "meeting", article_id)
    return _by_negotiation(stored, _meeting_facts(stored, {m.pk: m.articles for m in stored}))


def only_fit(negotiation_id: int, undated: matching.MeetingFacts, dated: matching.MeetingFacts):
    """Whether `dated` is the one dated meeting of its negotiation that fits `undated`."""
    day: date = undated.reported
    rivals = Meeting.objects.filter(
        negotiation=negotiation_id,
        date__gte=day - matching.UNDATED_BEFORE,
        date__lte=day + matching.UNDATED_AFTER,
    ).exclude(pk=dated.id)
    return matching.undated_belongs(undated, dated, meeting_facts(list(rivals)))


def meeting_facts(stored: list[Meeting]) -> list[matching.MeetingFacts]:
    """What the matching rules compare, for stored meetings with all their sources."""
    return _meeting_facts(stored, _articles_of("meeting", [m.pk for m in stored]))


def _meeting_facts(stored: list[Meeting], articles: dict[int, frozenset[int]]) -> list:
    parties = defaultdict(set)
    links = MeetingParticipant.objects.filter(meeting__in=stored).select_related("actor")
    for link in links:
        parties[link.meeting_id].add(party_of(link.actor))
    return [
        matching.MeetingFacts(
            m.pk, m.kind, frozenset(parties[m.pk]), m.date, m.reported_on, m.status, articles[m.pk]
        )
        for m in stored
    ]


def _by_negotiation(records, facts) -> dict[int | None, list]:
    grouped = defaultdict(list)
    for record, fact in zip(records, facts, strict=True):
        grouped[record.negotiation_id].append(fact)
    return grouped


def _reported_here(records: QuerySet, field: str, article_id: int) -> list:
    """The records (of kind `field`), each with `articles`: the article being stored, when
    it reports the record."""
    here = Evidence.objects.filter(article=article_id, **{field: OuterRef("pk")})
    records = list(records.annotate(reported_here=Exists(here)))
    for record in records:
        record.articles = frozenset({article_id}) if record.reported_here else frozenset()
    return records


def _articles_of(field: str, ids: list[int]) -> dict[int, frozenset[int]]:
    """The articles supporting each record."""
    found = defaultdict(set)
    rows = Evidence.objects.filter(**{f"{field}__in": ids}).order_by()
    rows = rows.values_list(f"{field}_id", "article_id")
    for pk, article_id in rows:
        found[pk].add(article_id)
    return defaultdict(frozenset, {pk: frozenset(a) for pk, a in found.items()})


def _plan_facts(proposal: Proposal, articles: frozenset[int], sources: int) -> matching.PlanFacts:
    titles = (proposal.title, *(alias.title for alias in proposal.aliases.all()))
    proposer = party_of(proposal.proposer) if proposal.proposer else None
    return matching.PlanFacts(
        proposal.pk,
        proposal.kind,
        _joint_scope(titles),
        titles,
        proposer,
        proposal.first_seen,
        proposal.last_seen,
        articles,
        sources,
    )


def _joint_scope(titles: tuple[str, ...]) -> PlanScope:
    """What all the wordings of one plan say of it together."""
    scopes = [plan_scope(title) for title in titles]
    return PlanScope(
        topics=frozenset().union(*(s.topics for s in scopes)),
        reach=next((s.reach for s in scopes if s.reach), None),
        days=next((s.days for s in scopes if s.days), None),
        numbers=frozenset().union(*(s.numbers for s in scopes)),
    )

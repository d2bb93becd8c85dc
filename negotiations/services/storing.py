"""Map an Extraction onto the models in one transaction, one record per real-world event.

Each report of the article goes, in this order, to: the record this article's report of the
same key went to before (so editors' merges and splits stand), the record another article's
report of the same key went to, the record of its negotiation that the matching rules say is
the same event (`matching`), or a new record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import Model, Q, TextField, Value
from django.utils import timezone
from django.utils.text import slugify

from negotiations.extraction import ExtractionError
from negotiations.extraction.dates import period_start
from negotiations.extraction.records import (
    Extraction,
    MeetingRecord,
    PositionRecord,
    ProposalRecord,
    Span,
    StatementRecord,
)
from negotiations.extraction.scope import plan_scope
from negotiations.models import (
    RECORD_FIELDS,
    RECORD_MODELS,
    Actor,
    Article,
    DeletedSource,
    Evidence,
    KeptApart,
    Meeting,
    MeetingParticipant,
    Negotiation,
    Position,
    Proposal,
    ProposalAlias,
    ProposalEvent,
    ProposalResponse,
    RecordChange,
    Statement,
)
from negotiations.page_scopes import pages_changed
from negotiations.pg_indexes import text_vector

from . import candidates as candidates_for
from . import matching
from .assignment import RecordNegotiations, assign_article, party_of
from .batch import StoreBatch
from .grouping import STATUS_RANK, merge_into
from .keys import (
    article_free,
    digest,
    meeting_key,
    position_key,
    proposal_key,
    response_key,
    scope_of,
    statement_key,
)
from .rows import insert_rows, update_rows


class ToStore(NamedTuple):
    """An article, what was extracted from it, and the negotiation a submitter chose."""

    article: Article
    extraction: Extraction
    negotiation: Negotiation | None = None


def store_extraction(
    article: Article,
    extraction: Extraction,
    negotiation: Negotiation | None = None,
    *,
    new_article: bool = False,
    savepoint: bool = True,
) -> dict[str, int]:
    """Store what was extracted from `article`, replacing its earlier unverified evidence.

    `negotiation` is a submitter's choice; without one the extraction's ranking decides.
    `new_article`: it was created in this transaction, so nothing refers to it yet.
    `savepoint`: as `store_many`'s.
    """
    items = [ToStore(article, extraction, negotiation)]
    return store_many(items, new_articles=new_article, savepoint=savepoint)[0]


def store_many(
    items: list[ToStore], *, new_articles: bool = False, savepoint: bool = True
) -> list[dict[str, int]]:
    """Store each article in turn, as `store_extraction` would, in one transaction.

    Each article's records are matched against those of the articles before it, so the
    outcome is the same as storing them one by one; the batch reads the registry once and
    leaves to its end the writes no later article reads. Returns each article's counts.
    `savepoint=False`: within a transaction that a failed store ends, none is needed.
    """
    with transaction.atomic(savepoint=savepoint):
        return _store_batch(items, new_articles)


def _store_batch(items: list[ToStore], new_articles: bool) -> list[dict[str, int]]:
    batch = StoreBatch([item.article for item in items], new=new_articles)
    batch.lock(_negotiation_ids(batch, items))
    _expect_candidates(batch, items)
    counts = [_store(batch, *item) for item in items]
    batch.finish()
    pages_changed(batch.stored, negotiations=batch.assigned, created=batch.created)
    return counts


def _store(batch: StoreBatch, article, extraction, negotiation) -> dict[str, int]:
    fresh = article.pk in batch.untouched
    ranked = batch.negotiations(extraction.negotiations)
    negotiations = assign_article(article, ranked, negotiation, fresh=fresh)
    if fresh and not article.negotiation_locked:
        batch.placed.append(article)
    batch.lock(n.pk for n in negotiations)
    previous = _Previous({field: set() for field in RECORD_FIELDS}, {})
    if not fresh:  # its evidence is detached now and its orphans deleted at the end
        batch.forget()
        previous = _detach_unverified_evidence(article)
    previous.sources = batch.sources.get(article.content_hash, {})
    storing = _Storing(batch, article, negotiations, extraction, previous)
    planned = storing.plan(extraction)
    statements = storing.statements(planned["statement"])
    storing.proposals(planned["proposal"])
    storing.meetings(planned["meeting"])
    storing.positions_and_issues(planned["position"], statements)
    batch.learn(storing.actors)
    storing.save_changes()
    storing.save_evidence()
    if previous.sources:
        _restore_sources(article, storing.stored)
    storing.place_undated_meetings()
    if any(previous.records.values()):
        # Before the orphans go: pages of their actors and proposals show them until then.
        pages_changed(previous.records, negotiations=negotiations)
    _delete_orphans(previous.records)
    if not fresh:
        batch.forget()
    for field, ids in storing.stored.items():
        batch.stored[field] |= ids
    batch.assigned.update(negotiations)
    batch.untouched.discard(article.pk)
    return {field: len(ids) for field, ids in storing.stored.items()}


def _negotiation_ids(batch: StoreBatch, items: list[ToStore]) -> set[int]:
    """Every negotiation the batch's articles may be assigned to, so that a batch takes its
    locks in one order; a single article takes its own as it is assigned."""
    if len(items) < 2:
        return set()
    ids = {item.negotiation.pk for item in items if item.negotiation}
    for item in items:
        ids |= {n.pk for n in batch.negotiations(item.extraction.negotiations).values()}
    stored = [item.article.pk for item in items if item.article.pk not in batch.untouched]
    ids |= set(
        Article.objects.filter(pk__in=stored, negotiation__isnull=False).values_list(
            "negotiation_id", flat=True
        )
    )
    links = Article.other_negotiations.through.objects.filter(article__in=stored)
    return ids | set(links.values_list("negotiation_id", flat=True))


def _expect_candidates(batch: StoreBatch, items: list[ToStore]) -> None:
    """Read at once the meetings and plans the batch's fresh articles may report again: of the
    negotiations their submitters chose or their extractions rank, around the days their
    reports name. An article's store reads what this missed (its negotiations may differ)."""
    if len(items) < 2:
        return
    dated, announced, seen = defaultdict(list), defaultdict(list), defaultdict(list)
    for article, extraction, negotiation in items:
        if article.pk not in batch.untouched or article.negotiation_locked:
            continue
        ranked = batch.negotiations(extraction.negotiations).values()
        windows = _candidate_windows(extraction, _reported_day(article))
        for n in [negotiation] if negotiation else ranked:
            for wanted, found in zip((dated, announced, seen), windows, strict=True):
                wanted[n.pk] += found
    batch.meetings.expect(dated, announced)
    batch.plans.expect(seen)


def _candidate_windows(extraction: Extraction, reported) -> tuple[list, list, list]:
    """The days an article's candidate meetings may be dated on, its undated rounds announced
    on and its candidate plans seen on, as `candidates_for.meetings` and `plans` ask."""
    meetings, dated, announced = extraction.meetings, [], []
    if days := [r.date or reported for r in meetings]:
        undated = [reported for r in meetings if r.date is None and r.status == "planned"]
        on, announced_on = candidates_for.meeting_windows(days, undated)
        dated, announced = [on], [announced_on] if announced_on else []
    days = [r.date or reported for r in extraction.proposals]
    return dated, announced, [candidates_for.plan_window(days)] if days else []


def _reported_day(article: Article):
    """The day the article reported its news: as given, else its publication's, else today."""
    return article.reported_on or article.published or timezone.localdate()


@dataclass
class _Previous:
    """What the article supported before this store: record ids, report keys (pins), and the
    sentences of a deleted copy of it that verified records kept ((kind, start): record id)."""

    records: dict[str, set[int]]
    pins: dict[str, int]
    sources: dict[tuple[str, int], list[tuple[str, int]]] = dataclass_field(default_factory=dict)


def _detach_unverified_evidence(article: Article) -> _Previous:
    """Delete this article's evidence for unverified records; return what it supported."""
    previous = _Previous({field: set() for field in RECORD_FIELDS}, {})
    rows = Evidence.objects.filter(article=article)
    for key, *ids in rows.values_list("report_key", *(f"{f}_id" for f in RECORD_FIELDS)):
        field, pk = next((f, pk) for f, pk in zip(RECORD_FIELDS, ids, strict=True) if pk)
        previous.records[field].add(pk)
        if key:
            previous.pins[key] = pk
    if previous.pins or any(previous.records.values()):
        for field in RECORD_FIELDS:
            rows.filter(**{f"{field}__verified": False}).delete()
        ProposalEvent.objects.filter(article=article, proposal__verified=False).delete()
    return previous


def _restore_sources(article: Article, stored: dict[str, set[int]]) -> None:
    """Records this copy of a deleted article reports again have their source back."""
    again = Q(pk__in=[])
    for kind, ids in stored.items():
        again |= Q(kind=kind, record_id__in=ids)
    DeletedSource.objects.filter(again, content_hash=article.content_hash).delete()


def _delete_orphans(previous: dict[str, set[int]]) -> None:
    """Delete unverified records that no article supports any more, and say so."""
    for field in ("response", "statement", "meeting", "position", "proposal"):
        if not previous[field]:  # a first store: skip building five empty deletes
            continue
        orphans = RECORD_MODELS[field].objects.filter(
            pk__in=previous[field], verified=False, evidence__isnull=True
        )
        if field == "proposal":
            orphans = orphans.filter(responses__isnull=True)
        gone = list(orphans.values_list("pk", flat=True))
        if gone:
            RECORD_MODELS[field].objects.filter(pk__in=gone).delete()
            RecordChange.objects.bulk_create(
                RecordChange(kind=field, record_id=pk, change="deleted") for pk in gone
            )


@dataclass
class _Row:
    """One report to store: its key, the record fields, and what the matching rules compare."""

    key: str
    confidence: float
    fields: dict
    facts: object = None
    start: int = -1  # where its sentence starts in the article
    record: object = None  # the extraction's record of the report
    actors: list = dataclass_field(default_factory=list)  # a meeting's participants

    @property
    def negotiation(self) -> Negotiation | None:
        return self.fields["negotiation"]


class _Storing:
    """The records of one extraction being stored for one article."""

    def __init__(self, batch: StoreBatch, article, negotiations, extraction, previous):
        self.batch = batch
        self.article = article
        self.reported = _reported_day(article)
        self.record_negotiations = RecordNegotiations(negotiations, batch.parties)
        self.negotiation_ids = [n.pk for n in negotiations]
        self.previous = previous
        self.kept_apart = defaultdict(set)
        # The article's id where it may already support records (its evidence is saved last).
        self.supporting = None if article.pk in batch.untouched else article.pk
        if self.supporting is not None:
            for kind, record_id in KeptApart.objects.filter(article=article).values_list(
                "kind", "record_id"
            ):
                self.kept_apart[kind].add(record_id)
        self.actors = batch.resolver(extraction)
        self.actors.prefetch(_names(extraction))
        self.stored: dict[str, set[int]] = {field: set() for field in RECORD_FIELDS}
        self.evidence: dict[tuple, dict] = {}  # (kind, record id, start): evidence row
        self.changed: dict[Model, set[str]] = defaultdict(set)
        self.dated_meetings: dict[int, tuple] = {}  # id: (negotiation id, date)

    def negotiation_for(self, actors: list[Actor]) -> Negotiation | None:
        return self.record_negotiations.for_actors(actors)

    def scope(self, negotiation: Negotiation | None) -> str:
        return scope_of(negotiation, self.article)

    def plan(self, extraction: Extraction) -> dict[str, list]:
        """The rows of each kind of report, their names resolved in report order, and their
        keys read at once."""
        planned = {
            "statement": self.statement_rows(extraction.statements),
            "proposal": self.proposal_rows(extraction.proposals),
            "meeting": self.meeting_rows(extraction.meetings),
            "position": self.position_rows(extraction.positions),
        }
        self.batch.keys.read({field: {row.key for row in rows} for field, rows in planned.items()})
        return planned

    def statement_rows(self, records: list[StatementRecord]) -> list[_Row]:
        rows = []
        for r in records:
            speaker = self.actors.resolve(r.speaker)
            said_on = r.date or self.reported
            fields = {
                "speaker": speaker,
                "text": r.evidence.text,
                "content": r.content,
                "mode": _known(r.mode, Statement.Mode, "statement mode"),
                "said_on": said_on,
                "negotiation": self.negotiation_for([speaker]),
            }
            key = statement_key(
                self.scope(fields["negotiation"]), speaker.pk, r.evidence.text, said_on
            )
            facts = matching.StatementFacts(
                None,
                speaker.pk,
                said_on,
                r.content or r.evidence.text,
                frozenset({self.article.pk}),
            )
            rows.append(_Row(key, r.confidence, fields, facts, r.evidence.start, r))
        return rows

    def statements(self, rows: list[_Row]) -> list[tuple[Statement, list[str]]]:
        """Store the statements; return each unverified one with the issues it names."""
        candidates = candidates_for.statements(
            self.negotiation_ids, [r.facts for r in rows], self.supporting, self.batch.said
        )
        objs = self._resolve("statement", rows, candidates, matching.statement_for, _indexed)
        made = self.batch.created["statement"]
        self.batch.said.made(obj for obj in objs if obj is not None and obj.pk in made)
        kept = [(row.record, row, obj) for row, obj in zip(rows, objs, strict=True) if obj]
        for r, row, obj in kept:
            self._evidence("statement", obj, r.evidence, row.key, r.content)
        return [(obj, r.issues) for r, _, obj in kept if not obj.verified]

    def proposal_rows(self, records: list[ProposalRecord]) -> list[_Row]:
        rows = []
        for r in records:
            proposer = self.actors.resolve(r.proposed_by) if r.proposed_by else None
            # Responders resolved now so new actors are made in report order.
            answering = [self.actors.resolve(a.actor) for a in r.responses]
            negotiation = self.negotiation_for([a for a in (proposer, *answering) if a])
            kind = _known(r.kind, Proposal.Kind, "proposal kind")
            seen = r.date or self.reported
            fields = {"title": r.title[:300], "kind": kind, "proposer": proposer}
            fields |= {"text": r.evidence.text, "first_seen": seen, "last_seen": seen}
            fields["negotiation"] = negotiation
            key = proposal_key(self.scope(negotiation), proposer, kind, r.title)
            plain = slugify(r.title)[:180] or "proposal"
            fields["slug"] = plain
            facts = matching.PlanFacts(
                None,
                r.kind,
                plan_scope(r.title, r.kind),
                (r.title,),
                party_of(proposer) if proposer else None,
                seen,
                seen,
                frozenset({self.article.pk}),
                sides=self.batch.sides(negotiation),
            )
            rows.append(_Row(key, r.confidence, fields, facts, r.evidence.start, r))
        return rows

    def proposals(self, rows: list[_Row]) -> None:
        candidates = candidates_for.plans(
            self.negotiation_ids, [r.facts for r in rows], self.supporting, self.batch.plans
        )
        objs = self._resolve("proposal", rows, candidates, matching.plan_for, _free_slugs)
        aliases = []
        kept = [(row.record, row, obj) for row, obj in zip(rows, objs, strict=True) if obj]
        for r, row, obj in kept:
            if not obj.verified:
                self._refresh_proposal(obj, row)
                if row.fields["title"] != obj.title:
                    aliases.append(ProposalAlias(proposal=obj, title=row.fields["title"]))
            self._evidence("proposal", obj, r.evidence, row.key, r.title)
        aliases = self.batch.details.new_wordings(aliases)
        ProposalAlias.objects.bulk_create(aliases, ignore_conflicts=True)
        self.batch.details.worded(aliases)
        ProposalEvent.objects.bulk_create(
            [
                ProposalEvent(
                    proposal=obj,
                    status=_known(e.status, ProposalEvent.Status, "proposal event"),
                    reported_on=e.date or self.reported,
                    article=self.article,
                    sentence=e.evidence.text,
                    start=e.evidence.start,
                    end=e.evidence.end,
                )
                for r, _, obj in kept
                if not obj.verified
                for e in r.events
            ],
            ignore_conflicts=True,
        )
        self._responses([(r, obj) for r, _, obj in kept])

    def _refresh_proposal(self, obj: Proposal, row: _Row) -> None:
        """A later report may date it earlier, see it later, or name its proposer."""
        seen = row.fields["first_seen"]
        updates = {}
        if seen and (obj.first_seen is None or seen < obj.first_seen):
            updates["first_seen"] = seen
        if seen and (obj.last_seen is None or seen > obj.last_seen):
            updates["last_seen"] = seen
        if obj.proposer_id is None and row.fields["proposer"] is not None:
            updates["proposer"] = row.fields["proposer"]
        if obj.kind == Proposal.Kind.OTHER != row.fields["kind"]:
            updates["kind"] = row.fields["kind"]
        self._set(obj, updates)

    def _responses(self, proposals: list[tuple[ProposalRecord, Proposal]]) -> None:
        records, rows = [], []
        for proposal, obj in proposals:
            for r in proposal.responses:
                actor = self.actors.resolve(r.actor)
                response = _known(r.response, ProposalResponse.Response, "response")
                fields = {"proposal": obj, "actor": actor, "response": response}
                fields["responded_on"] = r.date or self.reported
                fields["negotiation"] = self.batch.negotiation(obj.negotiation_id)
                key = response_key(obj.pk, actor.pk, r.response)
                records.append(r)
                rows.append(_Row(key, r.confidence, fields, start=r.evidence.start))
        objs = self._resolve("response", rows, {}, None)
        for r, row, obj in zip(records, rows, objs, strict=True):
            if obj:
                self._evidence("response", obj, r.evidence, row.key)

    def meeting_rows(self, records: list[MeetingRecord]) -> list[_Row]:
        rows = []
        for r in records:
            participants = [self.actors.resolve(name) for name in r.participants]
            negotiation = self.negotiation_for(participants)
            status = _known(r.status, Meeting.Status, "meeting status")
            fields = {
                "title": r.title[:300],
                "kind": _known(r.kind, Meeting.Kind, "meeting kind"),
                "date": r.date,
                "date_text": (r.date_text or "")[:200],
                "status": status,
                "location": (r.location or "")[:200],
                "text": r.evidence.text,
                "reported_on": self.reported,
                "negotiation": negotiation,
            }
            scope = self.scope(negotiation)
            key = meeting_key(
                scope, fields["kind"], participants, r.date, r.date_text, self.article.pk
            )
            facts = matching.MeetingFacts(
                None,
                fields["kind"],
                frozenset(party_of(a) for a in participants),
                r.date,
                self.reported,
                status,
                frozenset({self.article.pk}),
                fields["location"],
                not_before=period_start(r.date_text, self.reported),
                period=matching.period_told(r.date_text, self.reported, status),
            )
            rows.append(_Row(key, r.confidence, fields, facts, r.evidence.start, r, participants))
        return rows

    def meetings(self, rows: list[_Row]) -> None:
        candidates = candidates_for.meetings(
            self.negotiation_ids, [r.facts for r in rows], self.supporting, self.batch.meetings
        )
        links = {}
        objs = self._resolve("meeting", rows, candidates, matching.meeting_for)
        for row, obj in zip(rows, objs, strict=True):
            if obj is None:
                continue
            r, participants = row.record, row.actors
            if not obj.verified:
                self._refresh_meeting(obj, row)
                links |= {
                    (obj.pk, a.pk): MeetingParticipant(meeting=obj, actor=a) for a in participants
                }
            if obj.date and obj.negotiation_id:
                self.dated_meetings[obj.pk] = (obj.negotiation_id, obj.date)
            for span in (r.evidence, *r.mentions):
                self._evidence("meeting", obj, span, row.key)
        links = self.batch.details.new_links(list(links.values()))
        MeetingParticipant.objects.bulk_create(links, ignore_conflicts=True)
        self.batch.details.joined(links)

    def _refresh_meeting(self, meeting: Meeting, row: _Row) -> None:
        """A dated report dates it; held or cancelled news outranks a plan, ties go to news;
        the better report's wording and place stand."""
        fields = row.fields
        updates = {}
        better = False
        if meeting.date is None and fields["date"] is not None:
            updates |= {"date": fields["date"], "date_text": fields["date_text"]}
            better = True
        old, new = STATUS_RANK[meeting.status], STATUS_RANK[fields["status"]]
        if new > old or (
            new == old and fields["status"] != meeting.status and self._newest(meeting)
        ):
            updates["status"] = fields["status"]
            better = better or new > old
        if better:
            updates |= {"title": fields["title"], "text": fields["text"], "kind": fields["kind"]}
        if not meeting.location and fields["location"]:
            updates["location"] = fields["location"]
        if meeting.reported_on is None or self.reported < meeting.reported_on:
            updates["reported_on"] = self.reported
        self._set(meeting, updates)

    def _newest(self, meeting: Meeting) -> bool:
        """Whether this article is at least as new as every other source of the meeting."""
        others = Evidence.objects.filter(meeting=meeting).exclude(article=self.article)
        newest = others.order_by("-article__reported_on").values_list(
            "article__reported_on", flat=True
        )[:1]
        return not newest or newest[0] is None or self.reported >= newest[0]

    def place_undated_meetings(self) -> None:
        """Undated mentions stored apart earlier join a meeting this article dated, when it is
        the one dated meeting that fits them."""
        joins = candidates_for.undated_joins(self.dated_meetings, self.batch.details)
        for pk, undated in joins.items():
            merge_into(Meeting.objects.get(pk=pk), Meeting.objects.filter(pk__in=undated))
        if joins:  # their evidence moved and they are gone
            self.batch.forget(["meeting"])

    def position_rows(self, records: list[PositionRecord]) -> list[_Row]:
        """The positions to store: an answer to a proposal is already the answerer's stance on
        it (a response), so it is not stored again as a position; and no text that names no
        canonical issue becomes one."""
        for r in records:
            _known(r.stance, Position.Stance, "stance")
        issues = self.batch.issues({r.issue for r in records if r.proposal is None})
        rows = []
        for r in records:
            if r.proposal is not None or r.issue not in issues:
                continue
            actor = self.actors.resolve(r.actor)
            issue, as_of = issues[r.issue], r.date or self.reported
            negotiation = self.negotiation_for([actor])
            fields = {"actor": actor, "issue": issue, "stance": r.stance, "as_of": as_of}
            fields |= {"text": r.evidence.text, "negotiation": negotiation}
            key = position_key(self.scope(negotiation), actor.pk, issue.pk, r.stance, as_of)
            rows.append(_Row(key, r.confidence, fields, None, r.evidence.start, r))
        return rows

    def positions_and_issues(
        self, rows: list[_Row], statements: list[tuple[Statement, list[str]]]
    ) -> None:
        """Link the statements to their canonical issues, then store the positions on them."""
        issues = self.batch.issues({name for _, named in statements for name in named})
        for obj, named in statements:
            self.batch.issue_links.update(
                dict.fromkeys((obj.pk, issues[name].pk) for name in named if name in issues)
            )
        for row, obj in zip(rows, self._resolve("position", rows, {}, None), strict=True):
            if obj:
                self._evidence("position", obj, row.record.evidence, row.key)

    def _resolve(
        self,
        field: str,
        rows: list[_Row],
        candidates: dict[int | None, list],
        rule: Callable | None,
        before_insert: Callable | None = None,
    ) -> list:
        """Each row's record: by key, else by the matching `rule` among `candidates` (facts
        by negotiation id), else new. New records are inserted in one statement that returns
        their ids: the negotiation locks keep other stores from making a record under the same
        key meanwhile, and the rare clash (a title's slug) fails the store, which is retried."""
        if not rows:
            return []
        for row in rows:
            restored = self._restored(field, row)
            if restored is not None:
                self.previous.pins.setdefault(row.key, restored)
        deleted = self.batch.keys.deleted(field, {row.key for row in rows})
        found = self.batch.keys.found(
            field, {row.key for row in rows} - deleted, self.previous.pins
        )
        keyed = found.keys() | deleted
        chosen = self._matches(field, rows, keyed, found, candidates, rule) if rule else {}
        matched = self.batch.keys.records(field, chosen.values())
        unmatched = [row for i, row in enumerate(rows) if row.key not in keyed and i not in chosen]
        found |= self._insert(field, unmatched, before_insert)
        objs = []
        for i, row in enumerate(rows):
            if row.key in deleted:  # an editor deleted what this report is of
                objs.append(None)
                continue
            obj = matched[chosen[i]] if i in chosen else found[row.key]
            if not obj.verified:
                self._set(obj, {"confidence": max(obj.confidence, row.confidence)})
            objs.append(obj)
        return objs

    def _matches(self, field, rows, keyed, found, candidates, rule) -> dict[int, int]:
        """The record the matching `rule` finds among the candidates for each row whose key
        found none, the most telling rows first and no record twice: record ids by row index."""
        used = set(self.previous.records[field]) | self.kept_apart[field]
        used |= {found[row.key].pk for row in rows if row.key in found}
        chosen = {}
        for i in sorted(range(len(rows)), key=lambda i: -rows[i].facts.telling):
            row = rows[i]
            if row.key in keyed:
                continue
            pool = [c for c in candidates.get(_pk(row.negotiation), []) if c.id not in used]
            match = rule(row.facts, pool)
            if match is not None:
                chosen[i] = match.id
                used.add(match.id)
        return chosen

    def _insert(self, field: str, rows: list[_Row], before_insert: Callable | None) -> dict:
        """A new record for each key of `rows`, inserted in one statement: by key."""
        model = RECORD_MODELS[field]
        new = {}
        for row in rows:
            if row.key not in new:
                new[row.key] = model(merge_key=row.key, confidence=row.confidence, **row.fields)
        if not new:
            return new
        if before_insert:
            before_insert(new)
        model.objects.bulk_create(list(new.values()))
        self.batch.keys.made(field, new.values())
        self.batch.made(field, new.values())
        self.batch.created[field] |= {record.pk for record in new.values()}
        return new

    def _restored(self, field: str, row: _Row) -> int | None:
        """The kept record a deleted copy of this article reported this sentence of: the one
        there, or, when the sentence reported several, the one reported under this key."""
        marks = self.previous.sources.get((field, row.start), [])
        if len(marks) == 1:
            return marks[0][1]
        key = article_free(row.key, self.article.pk)
        return next((pk for mark, pk in marks if mark == key), None)

    def _set(self, obj, updates: dict) -> None:
        """Change the fields that differ; `save_changes` writes them."""
        for name, value in updates.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                self.changed[obj].add(name)

    def save_changes(self) -> None:
        """Write the refreshed fields, one UPDATE per model and set of changed fields."""
        groups = defaultdict(list)
        for obj, names in self.changed.items():
            groups[type(obj), tuple(sorted(names))].append(obj)
        now = timezone.now()
        for (model, names), objs in groups.items():
            for obj in objs:
                obj.updated_at = now
            update_rows(model.objects, sorted(objs, key=lambda o: o.pk), [*names, "updated_at"])
            self.batch.wrote(objs)
        self.changed.clear()

    def _evidence(self, field: str, record, span: Span, key: str, part: str | None = None) -> None:
        if span.start < 0 or span.end < span.start:
            return
        self.stored[field].add(record.pk)
        if (field, record.pk, span.start) in self.evidence:
            return
        match_start = span.text.casefold().find(part.casefold()) if part else -1
        found = match_start >= 0
        self.evidence[field, record.pk, span.start] = {
            "article_id": self.article.pk,
            f"{field}_id": record.pk,
            "sentence": span.text,
            "start": span.start,
            "end": span.end,
            "match_start": match_start if found else None,
            "match_end": match_start + len(part) if found else None,
            "report_key": key,
        }

    def save_evidence(self) -> None:
        """Insert the evidence rows at once; rows a verified record kept are left as they are."""
        insert_rows(Evidence, list(self.evidence.values()), ignore_conflicts=True)
        self.batch.keys.sent(
            (f, row["report_key"], pk) for (f, pk, _), row in self.evidence.items()
        )
        self.batch.details.reported(pk for field, pk, _ in self.evidence if field == "proposal")


def _known(value: str, choices, what: str) -> str:
    """A value of the shared vocabulary; any other is a defect to report, not to coerce."""
    if value not in choices.values:
        raise ExtractionError(f"extraction produced an unknown {what}: {value!r}")
    return value


def _pk(obj) -> int | None:
    return obj.pk if obj is not None else None


def _names(extraction: Extraction) -> set[str]:
    """Every actor name the records use."""
    names = {s.speaker for s in extraction.statements} | {q.actor for q in extraction.positions}
    for p in extraction.proposals:
        names |= {p.proposed_by} | {r.actor for r in p.responses}
    for m in extraction.meetings:
        names |= set(m.participants)
    return names - {None}


def _indexed(new: dict[str, Statement]) -> None:
    """New statements go in with their full-text index, of their words and their speaker's
    name (PostgreSQL only; SQLite keeps none): a stored statement's words never change."""
    if connection.vendor != "postgresql":
        return
    for statement in new.values():
        words = (statement.text, statement.content, statement.speaker.name)
        statement.search_vector = text_vector(*(Value(w, output_field=TextField()) for w in words))


def _free_slugs(new: dict[str, Proposal]) -> None:
    """New proposals keep their plain title slug unless another proposal has it."""
    holders = defaultdict(set)
    taken = Proposal.objects.filter(slug__in={p.slug for p in new.values()})
    for slug, key in taken.values_list("slug", "merge_key"):
        holders[slug].add(key)
    for key, proposal in new.items():
        if holders[proposal.slug] - {key}:
            proposal.slug = f"{proposal.slug}-{digest(key)[:8]}"
        holders[proposal.slug].add(key)

"""Map an Extraction onto the models in one transaction, merging records across sources."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import CharField, Max, Model, OuterRef, Subquery
from django.utils import timezone
from django.utils.text import slugify

from negotiations.extraction import normalize_alias
from negotiations.extraction.records import (
    Extraction,
    MeetingRecord,
    PositionRecord,
    ProposalRecord,
    Span,
    StatementRecord,
)
from negotiations.linking import ActorResolver
from negotiations.models import (
    RECORD_FIELDS,
    Actor,
    Article,
    Evidence,
    Issue,
    Meeting,
    MeetingParticipant,
    Negotiation,
    Position,
    Proposal,
    ProposalResponse,
    Statement,
)
from negotiations.page_cache import bump_data_version_on_commit
from negotiations.queries import SEARCH_CONFIG

from .keys import digest, meeting_key, position_key, proposal_key, response_key, statement_key

MODELS = {
    "statement": Statement,
    "proposal": Proposal,
    "response": ProposalResponse,
    "meeting": Meeting,
    "position": Position,
}
# Reports that an event happened (or was called off) outrank plans, which outrank silence.
STATUS_RANK = {"unknown": 0, "planned": 1, "held": 2, "cancelled": 2}


@transaction.atomic
def store_extraction(
    article: Article, extraction: Extraction, negotiation: Negotiation | None = None
) -> dict[str, int]:
    """Store what was extracted from `article`, replacing its earlier unverified evidence."""
    previous = _detach_unverified_evidence(article)
    storing = _Storing(article, negotiation or article.negotiation, extraction)
    statements = storing.statements(extraction.statements)
    storing.proposals(extraction.proposals)
    storing.meetings(extraction.meetings)
    storing.positions_and_issues(extraction.positions, statements)
    storing.save_changes()
    storing.save_evidence()
    _delete_orphans(previous)
    _update_search_vectors(storing.stored["statement"])
    bump_data_version_on_commit()
    return {field: len(ids) for field, ids in storing.stored.items()}


def _detach_unverified_evidence(article: Article) -> dict[str, set[int]]:
    """Delete this article's evidence for unverified records; return the records it supported."""
    previous = {field: set() for field in RECORD_FIELDS}
    if not Evidence.objects.filter(article=article).exists():
        return previous
    for field in RECORD_FIELDS:
        rows = Evidence.objects.filter(article=article, **{f"{field}__verified": False})
        previous[field] = set(rows.values_list(f"{field}_id", flat=True))
        rows.delete()
    return previous


def _delete_orphans(previous: dict[str, set[int]]) -> None:
    """Delete unverified records that no article supports any more."""
    for field in ("response", "statement", "meeting", "position", "proposal"):
        if not previous[field]:  # a first store: skip building five empty deletes
            continue
        orphans = MODELS[field].objects.filter(
            pk__in=previous[field], verified=False, evidence__isnull=True
        )
        if field == "proposal":
            orphans = orphans.filter(responses__isnull=True)
        orphans.delete()


def _update_search_vectors(statement_ids: set[int]) -> None:
    """Index stored statements for full-text search (PostgreSQL only; SQLite leaves it null)."""
    if connection.vendor != "postgresql" or not statement_ids:
        return
    speaker = Actor.objects.filter(pk=OuterRef("speaker_id")).values("name")[:1]
    vector = SearchVector(
        "text", "content", Subquery(speaker, output_field=CharField()), config=SEARCH_CONFIG
    )
    Statement.objects.filter(pk__in=statement_ids, verified=False).update(search_vector=vector)


@dataclass
class _Row:
    """One record to get or create by merge key; `update` names fields a later report refreshes."""

    key: str
    confidence: float
    fields: dict
    update: tuple[str, ...] = ()
    # Fields to create it with when its `fields` would break another unique constraint.
    retry: dict = dataclass_field(default_factory=dict)


class _Storing:
    """The records of one extraction being stored for one article."""

    def __init__(self, article: Article, negotiation: Negotiation | None, extraction: Extraction):
        self.article = article
        self.negotiation = negotiation
        self.published = article.published or extraction.document.published
        self.actors = ActorResolver({a.name: a for a in extraction.actors})
        self.actors.prefetch(_names(extraction))
        self.stored: dict[str, set[int]] = {field: set() for field in RECORD_FIELDS}
        self.evidence: dict[tuple, Evidence] = {}
        self.changed: dict[Model, set[str]] = defaultdict(set)

    def statements(self, records: list[StatementRecord]) -> list[tuple[Statement, list[str]]]:
        """Store the statements; return each unverified one with the issues it names."""
        rows = []
        for r in records:
            speaker = self.actors.resolve(r.speaker)
            said_on = r.date or self.published
            fields = {
                "speaker": speaker,
                "text": r.evidence.text,
                "content": r.content,
                "mode": r.mode if r.mode in Statement.Mode.values else Statement.Mode.INDIRECT,
                "said_on": said_on,
            }
            key = statement_key(speaker.pk, r.evidence.text, said_on)
            rows.append(_Row(key, r.confidence, fields))
        objs = self._upsert_all(Statement, rows)
        for r, obj in zip(records, objs, strict=True):
            self._evidence("statement", obj, r.evidence, r.content)
        return [(obj, r.issues) for r, obj in zip(records, objs, strict=True) if not obj.verified]

    def proposals(self, records: list[ProposalRecord]) -> None:
        rows = []
        for r in records:
            proposer = self.actors.resolve(r.proposed_by) if r.proposed_by else None
            kind = r.kind if r.kind in Proposal.Kind.values else Proposal.Kind.OTHER
            fields = {"title": r.title[:300], "kind": kind, "proposer": proposer}
            fields |= {"text": r.evidence.text, "first_seen": r.date or self.published}
            key = proposal_key(proposer, kind, r.title)
            plain = slugify(r.title)[:180] or "proposal"
            fields["slug"] = plain
            rows.append(
                _Row(key, r.confidence, fields, retry={"slug": f"{plain}-{digest(key)[:8]}"})
            )
            for response in r.responses:  # resolved now so new actors are made in report order
                if response.response in ProposalResponse.Response.values:
                    self.actors.resolve(response.actor)
        objs = self._upsert_all(Proposal, rows, before_insert=_free_slugs)
        for r, row, obj in zip(records, rows, objs, strict=True):
            seen = row.fields["first_seen"]
            if not obj.verified and seen and (obj.first_seen is None or seen < obj.first_seen):
                obj.first_seen = seen
                self.changed[obj].add("first_seen")
            self._evidence("proposal", obj, r.evidence, r.title)
        self._responses(records, objs)

    def _responses(self, proposals: list[ProposalRecord], objs: list[Proposal]) -> None:
        records, rows = [], []
        for proposal, obj in zip(proposals, objs, strict=True):
            for r in proposal.responses:
                if r.response not in ProposalResponse.Response.values:
                    continue
                actor = self.actors.resolve(r.actor)
                fields = {"proposal": obj, "actor": actor, "response": r.response}
                fields["responded_on"] = r.date or self.published
                key = response_key(obj.pk, actor.pk, r.response)
                records.append(r)
                rows.append(_Row(key, r.confidence, fields))
        for r, obj in zip(records, self._upsert_all(ProposalResponse, rows), strict=True):
            self._evidence("response", obj, r.evidence)

    def meetings(self, records: list[MeetingRecord]) -> None:
        rows, parties = [], []
        for r in records:
            participants = [self.actors.resolve(name) for name in r.participants]
            status = r.status if r.status in Meeting.Status.values else Meeting.Status.UNKNOWN
            fields = {
                "title": r.title[:300],
                "kind": r.kind if r.kind in Meeting.Kind.values else Meeting.Kind.MEETING,
                "date": r.date,
                "date_text": (r.date_text or "")[:200],
                "status": status,
                "location": (r.location or "")[:200],
                "text": r.evidence.text,
            }
            key = meeting_key(participants, r.date, r.date_text, self.article.pk)
            rows.append(_Row(key, r.confidence, fields, ("title", "kind", "location", "text")))
            parties.append(participants)
        links = {}
        objs = self._upsert_all(Meeting, rows)
        for r, row, obj, participants in zip(records, rows, objs, parties, strict=True):
            if not obj.verified:
                self._merge_meeting_status(obj, row.fields["status"])
                links |= {
                    (obj.pk, a.pk): MeetingParticipant(meeting=obj, actor=a) for a in participants
                }
            for span in (r.evidence, *r.mentions):
                self._evidence("meeting", obj, span)
        MeetingParticipant.objects.bulk_create(links.values(), ignore_conflicts=True)

    def positions_and_issues(
        self, records: list[PositionRecord], statements: list[tuple[Statement, list[str]]]
    ) -> None:
        """Link the statements to their issues, then store the positions, in one issue lookup."""
        records = [r for r in records if r.stance in Position.Stance.values]
        names = [name for _, named in statements for name in named] + [r.issue for r in records]
        issues = _issues(names)
        Statement.issues.through.objects.bulk_create(
            {
                (obj.pk, issues[name].pk): Statement.issues.through(
                    statement_id=obj.pk, issue_id=issues[name].pk
                )
                for obj, named in statements
                for name in named
            }.values(),
            ignore_conflicts=True,
        )
        rows = []
        for r in records:
            actor, issue, as_of = (
                self.actors.resolve(r.actor),
                issues[r.issue],
                r.date or self.published,
            )
            fields = {"actor": actor, "issue": issue, "stance": r.stance, "as_of": as_of}
            fields["text"] = r.evidence.text
            key = position_key(actor.pk, issue.pk, r.stance, as_of)
            rows.append(_Row(key, r.confidence, fields))
        for r, obj in zip(records, self._upsert_all(Position, rows), strict=True):
            self._evidence("position", obj, r.evidence)

    def _upsert_all(self, model, rows: list[_Row], before_insert=None) -> list:
        """Get or create each row's record by merge key in a few queries; refresh unverified ones.

        New records are inserted with ON CONFLICT DO NOTHING and read back, so when two workers
        insert the same key the unique constraint decides and both use the one stored row.
        """
        if not rows:
            return []
        found = model.objects.in_bulk({row.key for row in rows}, field_name="merge_key")
        new = {}
        for row in rows:  # the first report of a key creates it, later ones refresh it
            if row.key not in found and row.key not in new:
                new[row.key] = model(merge_key=row.key, **self._defaults(row, row.fields))
        if new and before_insert:
            before_insert(new)
        if new:
            model.objects.bulk_create([new[key] for key in sorted(new)], ignore_conflicts=True)
            found |= model.objects.in_bulk(new, field_name="merge_key")
        objs = []
        for row in rows:
            if row.key not in found:  # the insert hit another unique constraint (a slug)
                found[row.key], _ = model.objects.get_or_create(
                    merge_key=row.key, defaults=self._defaults(row, row.fields | row.retry)
                )
            obj = found[row.key]
            if not obj.verified:
                self._refresh(obj, row)
            objs.append(obj)
        return objs

    def _defaults(self, row: _Row, fields: dict) -> dict:
        return {**fields, "negotiation": self.negotiation, "confidence": row.confidence}

    def _refresh(self, obj, row: _Row) -> None:
        """Let this report raise the confidence, set a missing negotiation and `row.update`."""
        wanted = {name: row.fields[name] for name in row.update}
        if obj.negotiation_id is None and self.negotiation is not None:
            wanted["negotiation"] = self.negotiation
        wanted["confidence"] = max(obj.confidence, row.confidence)
        for name, value in wanted.items():
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
            model.objects.bulk_update(sorted(objs, key=lambda o: o.pk), [*names, "updated_at"])
        self.changed.clear()

    def _merge_meeting_status(self, meeting: Meeting, status: str) -> None:
        """Plans give way to reports that a meeting was held or cancelled; ties go to news."""
        old, new = STATUS_RANK[meeting.status], STATUS_RANK[status]
        if status == meeting.status or new < old:
            return
        if new == old and not self._is_newest_source(meeting):
            return
        meeting.status = status
        self.changed[meeting].add("status")

    def _is_newest_source(self, meeting: Meeting) -> bool:
        others = meeting.evidence.exclude(article=self.article)
        newest = others.aggregate(newest=Max("article__published"))["newest"]
        return newest is None or (self.published is not None and self.published >= newest)

    def _evidence(self, field: str, record, span: Span, part: str | None = None) -> None:
        if span.start < 0 or span.end < span.start:
            return
        match_start = span.text.casefold().find(part.casefold()) if part else -1
        self.evidence.setdefault(
            (field, record.pk, span.start),
            Evidence(
                article=self.article,
                sentence=span.text,
                start=span.start,
                end=span.end,
                match_start=match_start if match_start >= 0 else None,
                match_end=match_start + len(part) if match_start >= 0 else None,
                **{field: record},
            ),
        )
        self.stored[field].add(record.pk)

    def save_evidence(self) -> None:
        """Insert the evidence rows at once; rows a verified record kept are left as they are."""
        Evidence.objects.bulk_create(self.evidence.values(), ignore_conflicts=True)


def _names(extraction: Extraction) -> set[str]:
    """Every actor name the records use."""
    names = {s.speaker for s in extraction.statements} | {q.actor for q in extraction.positions}
    for p in extraction.proposals:
        names |= {p.proposed_by} | {r.actor for r in p.responses}
    for m in extraction.meetings:
        names |= set(m.participants)
    return names - {None}


def _issues(names: list[str]) -> dict[str, Issue]:
    """The Issue each name refers to, found or created in a few queries."""
    slugs = {name: _issue_slug(name) for name in names}
    wanted = {}
    for name, slug in slugs.items():
        wanted.setdefault(slug, name)
    found = Issue.objects.in_bulk(wanted, field_name="slug") if wanted else {}
    new = [
        Issue(slug=slug, name=name[:120])
        for slug, name in sorted(wanted.items())
        if slug not in found
    ]
    if new:
        Issue.objects.bulk_create(new, ignore_conflicts=True)
        found |= Issue.objects.in_bulk([issue.slug for issue in new], field_name="slug")
    for slug, name in wanted.items():
        if slug not in found:  # another issue has the name: let get_or_create say so
            found[slug], _ = Issue.objects.get_or_create(slug=slug, defaults={"name": name[:120]})
    return {name: found[slug] for name, slug in slugs.items()}


def _issue_slug(name: str) -> str:
    return slugify(name)[:120] or slugify(normalize_alias(name))[:120] or "issue"


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

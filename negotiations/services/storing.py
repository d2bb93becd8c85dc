"""Map an Extraction onto the models in one transaction, merging records across sources."""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
from django.db import IntegrityError, connection, transaction
from django.db.models import CharField, Max, OuterRef, Subquery
from django.utils.text import slugify

from negotiations.extraction import normalize_alias
from negotiations.extraction.records import (
    Extraction,
    MeetingRecord,
    PositionRecord,
    ProposalRecord,
    ResponseRecord,
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
    for record in extraction.statements:
        storing.statement(record)
    for record in extraction.proposals:
        storing.proposal(record)
    for record in extraction.meetings:
        storing.meeting(record)
    for record in extraction.positions:
        storing.position(record)
    storing.save_evidence()
    _delete_orphans(previous)
    _update_search_vectors(storing.stored["statement"])
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
        "text", "content", Subquery(speaker, output_field=CharField()), config="english"
    )
    Statement.objects.filter(pk__in=statement_ids, verified=False).update(search_vector=vector)


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

    def statement(self, r: StatementRecord) -> None:
        speaker = self.actors.resolve(r.speaker)
        said_on = r.date or self.published
        obj = self._upsert(
            Statement,
            statement_key(speaker.pk, r.evidence.text, said_on),
            r.confidence,
            speaker=speaker,
            text=r.evidence.text,
            content=r.content,
            mode=r.mode if r.mode in Statement.Mode.values else Statement.Mode.INDIRECT,
            said_on=said_on,
        )
        if not obj.verified:
            obj.issues.add(*(_issue(name) for name in r.issues))
        self._evidence("statement", obj, r.evidence, r.content)

    def proposal(self, r: ProposalRecord) -> None:
        proposer = self.actors.resolve(r.proposed_by) if r.proposed_by else None
        kind = r.kind if r.kind in Proposal.Kind.values else Proposal.Kind.OTHER
        key = proposal_key(proposer, kind, r.title)
        fields = {
            "title": r.title[:300],
            "kind": kind,
            "proposer": proposer,
            "text": r.evidence.text,
        }
        try:
            obj = self._upsert(Proposal, key, r.confidence, slug=_free_slug(r.title, key), **fields)
        except IntegrityError:  # another worker took the plain slug in the meantime
            obj = self._upsert(
                Proposal, key, r.confidence, slug=_keyed_slug(r.title, key), **fields
            )
        seen = r.date or self.published
        if not obj.verified and seen and (obj.first_seen is None or seen < obj.first_seen):
            obj.first_seen = seen
            obj.save(update_fields=["first_seen", "updated_at"])
        self._evidence("proposal", obj, r.evidence, r.title)
        for response in r.responses:
            self.response(obj, response)

    def response(self, proposal: Proposal, r: ResponseRecord) -> None:
        if r.response not in ProposalResponse.Response.values:
            return
        actor = self.actors.resolve(r.actor)
        obj = self._upsert(
            ProposalResponse,
            response_key(proposal.pk, actor.pk, r.response),
            r.confidence,
            proposal=proposal,
            actor=actor,
            response=r.response,
            responded_on=r.date or self.published,
        )
        self._evidence("response", obj, r.evidence)

    def meeting(self, r: MeetingRecord) -> None:
        participants = [self.actors.resolve(name) for name in r.participants]
        key = meeting_key(participants, r.date, r.date_text, self.article.pk)
        status = r.status if r.status in Meeting.Status.values else Meeting.Status.UNKNOWN
        obj = self._upsert(
            Meeting,
            key,
            r.confidence,
            update=("title", "kind", "location", "text"),
            title=r.title[:300],
            kind=r.kind if r.kind in Meeting.Kind.values else Meeting.Kind.MEETING,
            date=r.date,
            date_text=(r.date_text or "")[:200],
            status=status,
            location=(r.location or "")[:200],
            text=r.evidence.text,
        )
        if not obj.verified:
            self._merge_meeting_status(obj, status)
            MeetingParticipant.objects.bulk_create(
                [MeetingParticipant(meeting=obj, actor=actor) for actor in set(participants)],
                ignore_conflicts=True,
            )
        for span in (r.evidence, *r.mentions):
            self._evidence("meeting", obj, span)

    def position(self, r: PositionRecord) -> None:
        if r.stance not in Position.Stance.values:
            return
        actor, issue, as_of = (
            self.actors.resolve(r.actor),
            _issue(r.issue),
            r.date or self.published,
        )
        obj = self._upsert(
            Position,
            position_key(actor.pk, issue.pk, r.stance, as_of),
            r.confidence,
            actor=actor,
            issue=issue,
            stance=r.stance,
            as_of=as_of,
            text=r.evidence.text,
        )
        self._evidence("position", obj, r.evidence)

    def _upsert(self, model, key: str, confidence: float, update=None, **fields):
        """Get or create the record by merge key; refresh an unverified one from this article."""
        defaults = {**fields, "negotiation": self.negotiation, "confidence": confidence}
        obj, created = model.objects.get_or_create(merge_key=key, defaults=defaults)
        if created or obj.verified:
            return obj
        wanted = {name: fields[name] for name in (update or ())}
        if obj.negotiation_id is None and self.negotiation is not None:
            wanted["negotiation"] = self.negotiation
        wanted["confidence"] = max(obj.confidence, confidence)
        changed = [name for name, value in wanted.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, wanted[name])
            obj.save(update_fields=[*changed, "updated_at"])
        return obj

    def _merge_meeting_status(self, meeting: Meeting, status: str) -> None:
        """Plans give way to reports that a meeting was held or cancelled; ties go to news."""
        old, new = STATUS_RANK[meeting.status], STATUS_RANK[status]
        if status == meeting.status or new < old:
            return
        if new == old and not self._is_newest_source(meeting):
            return
        meeting.status = status
        meeting.save(update_fields=["status", "updated_at"])

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


def _issue(name: str) -> Issue:
    slug = slugify(name)[:120] or slugify(normalize_alias(name))[:120] or "issue"
    issue, _ = Issue.objects.get_or_create(slug=slug, defaults={"name": name[:120]})
    return issue


def _free_slug(title: str, key: str) -> str:
    """The plain slug of the title when no proposal has it yet, else one made unique by key."""
    plain = slugify(title)[:180] or "proposal"
    taken = Proposal.objects.filter(slug=plain).exclude(merge_key=key).exists()
    return _keyed_slug(title, key) if taken else plain


def _keyed_slug(title: str, key: str) -> str:
    return f"{slugify(title)[:180] or 'proposal'}-{digest(key)[:8]}"

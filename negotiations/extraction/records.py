"""What extraction produces: frozen dataclasses, and their `ceasefire-extract/1` JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SCHEMA = "ceasefire-extract/1"


@dataclass(frozen=True)
class Document:
    """An article's main text and metadata, as the pipeline reads it."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Span:
    """A sentence of the main text that supports a record, with its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorRecord:
    name: str
    kind: str  # person | state | organization | group
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    role: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class StatementRecord:
    speaker: str
    evidence: Span
    content: str
    mode: str  # direct | indirect
    date: date | None = None
    issues: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class ResponseRecord:
    actor: str
    response: str  # accepted | rejected | conditional | considering
    evidence: Span
    date: date | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class StatusRecord:
    """A report of what happened to a proposal: signed, in force, collapsed, withdrawn."""

    status: str  # agreed | in_effect | collapsed | withdrawn
    evidence: Span
    date: date | None = None


@dataclass(frozen=True)
class ProposalRecord:
    title: str
    kind: (
        str  # ceasefire | truce | peace_plan | prisoner_exchange | hostage_deal | moratorium | ...
    )
    evidence: Span
    proposed_by: str | None = None
    date: date | None = None
    responses: tuple[ResponseRecord, ...] = ()
    confidence: float = 1.0
    events: tuple[StatusRecord, ...] = ()


@dataclass(frozen=True)
class MeetingRecord:
    title: str
    kind: str  # call | meeting | talks | summit | visit
    participants: tuple[str, ...]
    evidence: Span
    status: str = "unknown"  # planned | held | cancelled | unknown
    date: date | None = None
    date_text: str | None = None
    location: str | None = None
    mentions: tuple[Span, ...] = ()  # further sentences that report the same event
    confidence: float = 1.0


@dataclass(frozen=True)
class PositionRecord:
    actor: str
    issue: str  # a canonical issue of the registry, or the title of `proposal`
    stance: str  # support | oppose | conditional | neutral
    evidence: Span
    date: date | None = None
    confidence: float = 1.0
    proposal: str | None = None  # the proposal whose answer this stance is


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[ActorRecord, ...] = ()
    statements: tuple[StatementRecord, ...] = ()
    proposals: tuple[ProposalRecord, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    positions: tuple[PositionRecord, ...] = ()
    negotiations: tuple[str, ...] = ()  # slugs of the negotiations it is about, main one first
    warnings: tuple[str, ...] = field(default=())

    def to_schema(self) -> dict:
        """The `ceasefire-extract/1` JSON object of ../shared/eval/SCHEMA.md."""
        doc = self.document
        return {
            "schema": SCHEMA,
            "document": {
                "title": doc.title,
                "published": _iso(doc.published),
                "source": doc.source,
                "url": doc.url,
            },
            "actors": [_actor_schema(a) for a in self.actors],
            "statements": [_statement_schema(s) for s in self.statements],
            "proposals": [_proposal_schema(p) for p in self.proposals],
            "meetings": [_meeting_schema(m) for m in self.meetings],
            "positions": [_position_schema(q) for q in self.positions],
            "negotiations": list(self.negotiations),
        }


def _actor_schema(a: ActorRecord) -> dict:
    return {
        "name": a.name,
        "kind": a.kind,
        "aliases": list(a.aliases),
        "affiliation": a.affiliation,
        "role": a.role,
        "confidence": a.confidence,
    }


def _statement_schema(s: StatementRecord) -> dict:
    return {
        "speaker": s.speaker,
        "text": s.evidence.text,
        "content": s.content,
        "mode": s.mode,
        "date": _iso(s.date),
        "start": s.evidence.start,
        "end": s.evidence.end,
        "issues": list(s.issues),
        "confidence": s.confidence,
    }


def _proposal_schema(p: ProposalRecord) -> dict:
    return {
        "title": p.title,
        "kind": p.kind,
        "proposed_by": p.proposed_by,
        "date": _iso(p.date),
        "responses": [
            {"actor": r.actor, "response": r.response, "date": _iso(r.date)} for r in p.responses
        ],
        "events": [{"status": e.status, "text": e.evidence.text} for e in p.events],
        **_span_schema(p.evidence),
        "confidence": p.confidence,
    }


def _meeting_schema(m: MeetingRecord) -> dict:
    return {
        "title": m.title,
        "kind": m.kind,
        "participants": list(m.participants),
        "date": _iso(m.date),
        "date_text": m.date_text,
        "status": m.status,
        "location": m.location,
        **_span_schema(m.evidence),
        "confidence": m.confidence,
    }


def _position_schema(q: PositionRecord) -> dict:
    return {
        "actor": q.actor,
        "issue": q.issue,
        "stance": q.stance,
        "date": _iso(q.date),
        **_span_schema(q.evidence),
        "confidence": q.confidence,
    }


def _span_schema(evidence: Span) -> dict:
    return {"text": evidence.text, "start": evidence.start, "end": evidence.end}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None

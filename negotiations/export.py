"""The `ceasefire-export/1` serializer: every record with all its evidence, streamed as JSON."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch

from .models import (
    Evidence,
    Meeting,
    MeetingParticipant,
    Position,
    Proposal,
    ProposalResponse,
    Statement,
)
from .selection import Selection

SCHEMA = "ceasefire-export/1"
CHUNK = 1000


def export_chunks(selection: Selection) -> Iterator[str]:
    """The export as pieces of JSON text, one record at a time, so any size streams."""
    sections = {
        "negotiations": negotiations(selection.negotiations),
        "articles": articles(selection.articles),
        "actors": actors(selection.actors),
        "meetings": meetings(selection.meetings),
        "proposals": proposals(selection.proposals),
        "statements": statements(selection.statements),
        "positions": positions(selection.positions),
    }
    yield "{" + json.dumps("schema") + ": " + json.dumps(SCHEMA)
    for name, items in sections.items():
        yield ",\n" + json.dumps(name) + ": ["
        for number, item in enumerate(items):
            yield ("," if number else "") + "\n " + json.dumps(item, ensure_ascii=False)
        yield "\n]"
    yield "\n}\n"


def in_pages(queryset, size: int = CHUNK):
    """The records in id order, a page of them at a time with the queryset's prefetches.

    Each page is its own query, and its records are freed before the next, so memory stays
    flat however many records there are.
    """
    last = 0
    while page := list(queryset.filter(pk__gt=last).order_by("pk")[:size]):
        yield from page
        last = page[-1].pk
        # A record and its prefetched evidence point at each other; those cycles outlive the
        # page until a full collection, so without one memory grows with every page.
        del page
        gc.collect()


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _slugs(record) -> list[str]:
    return [record.negotiation.slug] if record.negotiation_id else []


def _evidence() -> Prefetch:
    rows = Evidence.objects.only("article_id", "sentence", "start", "end", *RECORD_ID_FIELDS)
    return Prefetch("evidence", queryset=rows.order_by("article_id", "start"))


RECORD_ID_FIELDS = ("statement_id", "proposal_id", "response_id", "meeting_id", "position_id")


def _evidence_list(record) -> list[dict]:
    return [
        {"article": e.article_id, "text": e.sentence, "start": e.start, "end": e.end}
        for e in record.evidence.all()
    ]


def _common(record) -> dict:
    """What every extracted record carries besides its own fields."""
    return {
        "negotiations": _slugs(record),
        "confidence": record.confidence,
        "verified": record.verified,
        "sources": len({e["article"] for e in _evidence_list(record)}),
        "evidence": _evidence_list(record),
    }


def negotiations(rows) -> Iterable[dict]:
    for n in rows.order_by("name"):
        yield {"slug": n.slug, "name": n.name}


def articles(rows) -> Iterable[dict]:
    return map(article_dict, in_pages(article_rows(rows)))


def article_rows(rows):
    return rows.select_related("negotiation").prefetch_related("other_negotiations")


def article_dict(a) -> dict:
    """An article as the export and the API give it."""
    main = [a.negotiation.slug] if a.negotiation_id else []
    others = [n.slug for n in a.other_negotiations.all() if n.pk != a.negotiation_id]
    return {
        "id": a.pk,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published": _iso(a.published),
        "reported_on": _iso(a.reported_on),
        "negotiations": main + sorted(others),
        "negotiations_set_by_editor": a.negotiation_locked,
    }


def actors(rows) -> Iterable[dict]:
    return map(actor_dict, in_pages(actor_rows(rows)))


def actor_rows(rows):
    return rows.select_related("affiliation").prefetch_related("aliases")


def actor_dict(a) -> dict:
    """An actor with its other names, as the export and the API give it."""
    return {
        "id": a.pk,
        "name": a.name,
        "kind": a.kind,
        "aliases": sorted({alias.name for alias in a.aliases.all()} - {a.name}),
        "affiliation": a.affiliation.name if a.affiliation_id else None,
    }


def meetings(rows) -> Iterable[dict]:
    return map(meeting_dict, in_pages(meeting_rows(rows)))


def meeting_rows(rows):
    participations = MeetingParticipant.objects.select_related("actor").order_by("id")
    return rows.select_related("negotiation").prefetch_related(
        Prefetch("participations", queryset=participations), _evidence()
    )


def meeting_dict(m: Meeting) -> dict:
    """A meeting as the export and the API give it."""
    return {
        "id": m.pk,
        "title": m.title,
        "kind": m.kind,
        "participants": [p.actor.name for p in m.participations.all()],
        "date": _iso(m.date),
        "date_text": m.date_text or None,
        "reported_on": _iso(m.reported_on),
        "status": m.status,
        "location": m.location or None,
        **_common(m),
    }


def proposals(rows) -> Iterable[dict]:
    return map(proposal_dict, in_pages(proposal_rows(rows)))


def proposal_rows(rows):
    answers = ProposalResponse.objects.select_related("actor").order_by("responded_on", "id")
    rows = rows.select_related("negotiation", "proposer")
    return rows.prefetch_related(Prefetch("responses", queryset=answers), "aliases", _evidence())


def proposal_dict(p: Proposal) -> dict:
    """A proposal with its answers, as the export and the API give it."""
    return {
        "id": p.pk,
        "title": p.title,
        "aliases": [alias.title for alias in p.aliases.all()],
        "kind": p.kind,
        "proposed_by": p.proposer.name if p.proposer_id else None,
        "status": p.status,
        "date": _iso(p.first_seen),
        "last_seen": _iso(p.last_seen),
        "responses": [
            {"actor": r.actor.name, "response": r.response, "date": _iso(r.responded_on)}
            for r in p.responses.all()
        ],
        **_common(p),
    }


def statements(rows) -> Iterable[dict]:
    return map(statement_dict, in_pages(statement_rows(rows)))


def statement_rows(rows):
    return rows.select_related("negotiation", "speaker").prefetch_related(_evidence())


def statement_dict(s: Statement) -> dict:
    """A statement as the export and the API give it."""
    return {
        "id": s.pk,
        "speaker": s.speaker.name,
        "text": s.text,
        "content": s.content,
        "mode": s.mode,
        "date": _iso(s.said_on),
        **_common(s),
    }


def positions(rows) -> Iterable[dict]:
    return map(position_dict, in_pages(position_rows(rows)))


def position_rows(rows):
    return rows.select_related("negotiation", "actor", "issue").prefetch_related(_evidence())


def position_dict(q: Position) -> dict:
    """A position as the export and the API give it."""
    return {
        "id": q.pk,
        "actor": q.actor.name,
        "issue": q.issue.name,
        "stance": q.stance,
        "as_of": _iso(q.as_of),
        **_common(q),
    }

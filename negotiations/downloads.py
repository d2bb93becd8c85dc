"""Downloads of any view: the records it shows under its filters, all pages, streamed.

JSON is the `ceasefire-export/1` serializer `manage.py export` prints; CSV has one row per
record with its first source, for a spreadsheet (UTF-8 with a BOM, ISO dates).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from io import StringIO

from django.http import StreamingHttpResponse
from django.utils import timezone

from .export import export_chunks, in_pages
from .links import page_path
from .queries import with_articles
from .selection import Selection

FORMATS = ("csv", "json")
COLUMNS = [
    "record_type",
    "id",
    "date",
    "date_given",
    "negotiation",
    "summary",
    "actors",
    "kind",
    "status",
    "confidence",
    "verified",
    "sources",
    "permalink",
    "source_url",
    "source_outlet",
    "source_published",
    "source_sentence",
]


def wanted_format(request) -> str | None:
    """The download format a request asks for with `?format=`, if any."""
    value = request.GET.get("format", "")
    return value if value in FORMATS else None


def download(request, selection: Selection, name: str, fmt: str) -> StreamingHttpResponse:
    """A streamed download of the selection, named after the view and the day."""
    stamp = timezone.localdate().isoformat()
    if fmt == "json":
        response = StreamingHttpResponse(
            export_chunks(selection), content_type="application/json; charset=utf-8"
        )
    else:
        rows = csv_lines(selection, request.build_absolute_uri("/").rstrip("/"))
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ceasefire-{name}-{stamp}.{fmt}"'
    return response


def csv_lines(selection: Selection, site: str) -> Iterator[str]:
    """The CSV text, a line at a time, opening with a byte-order mark for spreadsheets."""
    buffer = StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield "\ufeff" + line(COLUMNS)
    for row in csv_rows(selection, site):
        yield line([row.get(column, "") for column in COLUMNS])


def csv_rows(selection: Selection, site: str) -> Iterator[dict]:
    """One dict per record of the selection, by type then id."""
    for statement in _each(selection.statements, "speaker"):
        yield _row(statement, site, "statement", statement.said_on, True) | {
            "summary": statement.content or statement.text,
            "actors": statement.speaker.name,
            "kind": statement.mode,
        }
    for meeting in _each(selection.meetings, prefetch="participations__actor"):
        yield _row(meeting, site, "meeting", meeting.day, meeting.date is not None) | {
            "summary": meeting.title,
            "actors": "; ".join(p.actor.name for p in meeting.participations.all()),
            "kind": meeting.kind,
            "status": meeting.status,
        }
    for proposal in _each(selection.proposals, "proposer"):
        yield _row(proposal, site, "proposal", proposal.first_seen, True) | {
            "summary": proposal.title,
            "actors": proposal.proposer.name if proposal.proposer else "",
            "kind": proposal.kind,
            "status": proposal.status,
        }
    for position in _each(selection.positions, "actor", "issue"):
        yield _row(position, site, "position", position.as_of, True) | {
            "summary": position.issue.name,
            "actors": position.actor.name,
            "status": position.stance,
        }


def _each(queryset, *related, prefetch=()):
    """The records in chunks, each with its sources, earliest first."""
    rows = queryset.select_related("negotiation", *related).prefetch_related(with_articles())
    if prefetch:
        rows = rows.prefetch_related(prefetch)
    return in_pages(rows)


def _row(record, site: str, kind: str, day, given: bool) -> dict:
    evidence = list(record.evidence.all())
    first = evidence[0] if evidence else None
    article = first.article if first else None
    return {
        "record_type": kind,
        "id": record.pk,
        "date": day.isoformat() if day else "",
        "date_given": "yes" if given and day else "no",
        "negotiation": record.negotiation.slug if record.negotiation_id else "",
        "confidence": f"{record.confidence:.2f}",
        "verified": "yes" if record.verified else "no",
        "sources": len({e.article_id for e in evidence}),
        "permalink": site + record.get_absolute_url(),
        "source_url": _source_url(article, site),
        "source_outlet": article.outlet if article else "",
        "source_published": article.published.isoformat() if article and article.published else "",
        "source_sentence": first.sentence if first else "",
    }


def _source_url(article, site: str) -> str:
    if article is None:
        return ""
    return article.url or site + page_path("article_detail", article.pk)

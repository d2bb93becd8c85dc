"""Records as the lists show them: plain values read with `.values()`, with their links,
labels and shortened text made once per row here, so that a list's template only prints them
(a model instance per row, and per-row lookups and filters in the template, cost more than the
query that finds the rows)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.utils.text import Truncator

from .extraction import vocabulary
from .links import page_pattern

# What a list quotes of a statement, in characters.
QUOTE_CHARS = 240


def shortened(text: str, limit: int = QUOTE_CHARS) -> str:
    """`text|truncatechars:limit`, without walking the characters of a text that fits."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= limit else Truncator(text).chars(limit)


def sources_label(count: int) -> str:
    return f"{count} source{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Participation:
    """A meeting's participant as a page shows them: by name, linked, with their role."""

    name: str
    url: str
    role: str  # a MeetingParticipant.Role

    @property
    def role_label(self) -> str:
        from .models import MeetingParticipant

        return MeetingParticipant.Role(self.role).label


@dataclass(frozen=True, slots=True)
class RecordRow:
    """What every listed record shows: its page, its sources and whether it is verified."""

    pk: int
    day: date | None  # where the timeline places it
    url: str
    sources_url: str
    sources_label: str
    verified: bool


@dataclass(frozen=True, slots=True)
class StatementRow(RecordRow):
    kind_label = "Statement"
    page_label = "Statement page"

    speaker_name: str
    speaker_url: str
    direct: bool
    quote: str

    def __str__(self):
        return f"{self.speaker_name}: {self.quote}"[:120]


@dataclass(frozen=True, slots=True)
class MeetingRow(RecordRow):
    kind_label = "Meeting"
    page_label = "Meeting page"

    title: str
    kind_lower: str
    status: str
    status_label: str
    date: date | None
    date_text: str
    reported_on: date | None
    location: str
    participations: list[Participation] = field(default_factory=list)

    def __str__(self):
        return self.title


@dataclass(frozen=True, slots=True)
class ProposalRow(RecordRow):
    kind_label = "Proposal"
    page_label = "Proposal page"

    title: str
    kind_lower: str
    status_lower: str
    proposer_name: str
    proposer_url: str  # empty when no proposer is named

    def __str__(self):
        return self.title


@dataclass(frozen=True, slots=True)
class ResponseRow(RecordRow):
    kind_label = "Response"
    page_label = "On the proposal page"

    actor_name: str
    actor_url: str
    response: str
    response_lower: str
    proposal_title: str
    proposal_url: str

    def __str__(self):
        return f"{self.actor_name} {self.response_lower} {self.proposal_title}"


def sources_pattern(kind: str) -> str:
    """The path of the sources page of a record of `kind`, with "{}" for its id."""
    return page_pattern("record_sources", 2).format(kind, "{}")


def common(values: dict, day: date | None, url: str, sources: str) -> dict:
    """The RecordRow fields of one row of `values`; `sources` is the sources path pattern."""
    pk = values["id"]
    return {
        "pk": pk,
        "day": day,
        "url": url,
        "sources_url": sources.format(pk),
        "sources_label": sources_label(values["source_count"]),
        "verified": values["verified"],
    }


def statement_rows(listed) -> list[StatementRow]:
    """Rows of statement values (see StatementQuerySet.row_fields)."""
    from .models import Statement

    page, actor = page_pattern("statement_detail"), page_pattern("actor_detail")
    sources = sources_pattern("statement")
    rows = []
    for values in listed:
        direct = values["mode"] == Statement.Mode.DIRECT
        said = (values["content"] or values["text"]) if direct else values["text"]
        url = page.format(values["id"])
        rows.append(
            StatementRow(
                **common(values, values["said_on"], url, sources),
                speaker_name=values["speaker__name"],
                speaker_url=actor.format(values["speaker__slug"]),
                direct=direct,
                quote=shortened(said),
            )
        )
    return rows


def meeting_rows(listed, taking_part: dict[int, list[Participation]]) -> list[MeetingRow]:
    """Rows of meeting values (see MeetingQuerySet.row_fields), with their participants."""
    page, sources = page_pattern("meeting_detail"), sources_pattern("meeting")
    kinds, statuses = vocabulary.MEETING_KINDS, vocabulary.MEETING_STATUSES
    return [
        MeetingRow(
            **common(values, values["day"], page.format(values["id"]), sources),
            title=values["title"],
            kind_lower=kinds.get(values["kind"], values["kind"]).lower(),
            status=values["status"],
            status_label=statuses.get(values["status"], values["status"]),
            date=values["date"],
            date_text=values["date_text"],
            reported_on=values["reported_on"],
            location=values["location"],
            participations=taking_part[values["id"]],
        )
        for values in listed
    ]


def proposal_rows(listed) -> list[ProposalRow]:
    """Rows of proposal values (see ProposalQuerySet.row_fields)."""
    page, actor = page_pattern("proposal_detail"), page_pattern("actor_detail")
    sources = sources_pattern("proposal")
    kinds, statuses = vocabulary.PROPOSAL_KINDS, vocabulary.PROPOSAL_STATUSES
    return [
        ProposalRow(
            **common(values, values["first_seen"], page.format(values["slug"]), sources),
            title=values["title"],
            kind_lower=kinds.get(values["kind"], values["kind"]).lower(),
            status_lower=statuses.get(values["status"], values["status"]).lower(),
            proposer_name=values["proposer__name"] or "",
            proposer_url=actor.format(slug) if (slug := values["proposer__slug"]) else "",
        )
        for values in listed
    ]


def response_rows(listed) -> list[ResponseRow]:
    """Rows of answer values (see ResponseQuerySet.row_fields)."""
    proposal, actor = page_pattern("proposal_detail"), page_pattern("actor_detail")
    sources = sources_pattern("response")
    labels = vocabulary.RESPONSES
    rows = []
    for values in listed:
        proposal_url = proposal.format(values["proposal__slug"])
        url = f"{proposal_url}#response-{values['id']}"
        rows.append(
            ResponseRow(
                **common(values, values["responded_on"], url, sources),
                actor_name=values["actor__name"],
                actor_url=actor.format(values["actor__slug"]),
                response=values["response"],
                response_lower=labels.get(values["response"], values["response"]).lower(),
                proposal_title=values["proposal__title"],
                proposal_url=proposal_url,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One article sentence behind a record, as a page cites it."""

    outlet: str
    published: date | None
    sentence: str
    url: str  # the sentence in its article


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A position or an answer behind an actor's stance: whether an editor verified it, and
    (once read) its sources."""

    kind: str  # position | response
    pk: int
    verified: bool
    sources: list[SourceRow] = field(default_factory=list)

"""Records as the lists show them: plain values read with `.values()`, with their links,
labels and shortened text made once per row here, so that a list's template only prints them
(a model instance per row, and per-row lookups and filters in the template, cost more than the
query that finds the rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from django.utils.text import Truncator

from .links import page_path

# What a list quotes of a statement, in characters.
QUOTE_CHARS = 240


@cache
def choice_labels(model, field_name: str) -> dict:
    """A choice field's labels by value, read once per field."""
    return dict(model._meta.get_field(field_name).flatchoices)


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


def common(kind: str, values: dict, day: date | None, url: str) -> dict:
    """The RecordRow fields of one row of `values`."""
    pk, count = values["id"], values["source_count"]
    return {
        "pk": pk,
        "day": day,
        "url": url,
        "sources_url": page_path("record_sources", kind, pk),
        "sources_label": sources_label(count),
        "verified": values["verified"],
    }


def statement_row(values: dict) -> StatementRow:
    from .models import Statement

    direct = values["mode"] == Statement.Mode.DIRECT
    said = (values["content"] or values["text"]) if direct else values["text"]
    return StatementRow(
        **common(
            "statement",
            values,
            values["said_on"],
            page_path("statement_detail", values["id"]),
        ),
        speaker_name=values["speaker__name"],
        speaker_url=page_path("actor_detail", values["speaker__slug"]),
        direct=direct,
        quote=Truncator(said).chars(QUOTE_CHARS),
    )


def meeting_row(values: dict, participations: list[Participation]) -> MeetingRow:
    from .models import Meeting

    return MeetingRow(
        **common("meeting", values, values["day"], page_path("meeting_detail", values["id"])),
        title=values["title"],
        kind_lower=str(choice_labels(Meeting, "kind").get(values["kind"], values["kind"])).lower(),
        status=values["status"],
        status_label=choice_labels(Meeting, "status").get(values["status"], values["status"]),
        date=values["date"],
        date_text=values["date_text"],
        reported_on=values["reported_on"],
        location=values["location"],
        participations=participations,
    )


def proposal_row(values: dict) -> ProposalRow:
    from .models import Proposal

    labels = {name: choice_labels(Proposal, name) for name in ("kind", "status")}
    slug = values["proposer__slug"]
    return ProposalRow(
        **common(
            "proposal",
            values,
            values["first_seen"],
            page_path("proposal_detail", values["slug"]),
        ),
        title=values["title"],
        kind_lower=str(labels["kind"].get(values["kind"], values["kind"])).lower(),
        status_lower=str(labels["status"].get(values["status"], values["status"])).lower(),
        proposer_name=values["proposer__name"] or "",
        proposer_url=page_path("actor_detail", slug) if slug else "",
    )


def response_row(values: dict) -> ResponseRow:
    from .models import ProposalResponse

    label = choice_labels(ProposalResponse, "response").get(values["response"], values["response"])
    proposal_url = page_path("proposal_detail", values["proposal__slug"])
    url = f"{proposal_url}#response-{values['id']}"
    return ResponseRow(
        **common("response", values, values["responded_on"], url),
        actor_name=values["actor__name"],
        actor_url=page_path("actor_detail", values["actor__slug"]),
        response=values["response"],
        response_lower=str(label).lower(),
        proposal_title=values["proposal__title"],
        proposal_url=proposal_url,
    )


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

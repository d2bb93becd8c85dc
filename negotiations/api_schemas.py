"""The read API's typed shapes: the `ceasefire-export/1` records, plus links and timestamps."""

from __future__ import annotations

from datetime import date, datetime

from ninja import Schema


class EvidenceOut(Schema):
    article: int
    text: str
    start: int
    end: int


class RecordOut(Schema):
    """What every extracted record carries."""

    id: int
    negotiations: list[str]
    confidence: float
    verified: bool
    sources: int
    evidence: list[EvidenceOut]
    url: str
    updated_at: datetime


class StatementOut(RecordOut):
    speaker: str
    text: str
    content: str
    mode: str
    date: date | None


class MeetingOut(RecordOut):
    title: str
    kind: str
    participants: list[str]
    date: date | None
    date_text: str | None
    reported_on: date | None
    status: str
    location: str | None


class ResponseOut(Schema):
    actor: str
    response: str
    date: date | None


class ProposalOut(RecordOut):
    title: str
    aliases: list[str]
    kind: str
    proposed_by: str | None
    status: str
    date: date | None
    last_seen: date | None
    responses: list[ResponseOut]


class PositionOut(RecordOut):
    actor: str
    issue: str
    stance: str
    as_of: date | None


class ArticleOut(Schema):
    id: int
    url: str | None
    title: str
    outlet: str
    published: date | None
    reported_on: date | None
    negotiations: list[str]
    negotiations_set_by_editor: bool


class ActorOut(Schema):
    id: int
    name: str
    kind: str
    aliases: list[str]
    affiliation: str | None
    url: str


class NegotiationOut(Schema):
    slug: str
    name: str
    description: str
    parties: list[str]
    url: str


class ChangeOut(Schema):
    kind: str
    id: int
    change: str
    into: int | None
    at: datetime


class ErrorOut(Schema):
    """Why a request was refused: a message, or the parameters that were wrong."""

    detail: str | list[dict]


class Page(Schema):
    """A page of items; `next` is the cursor of the following page, null on the last."""

    next: str | None


class StatementPage(Page):
    items: list[StatementOut]


class MeetingPage(Page):
    items: list[MeetingOut]


class ProposalPage(Page):
    items: list[ProposalOut]


class PositionPage(Page):
    items: list[PositionOut]


class ArticlePage(Page):
    items: list[ArticleOut]


class ActorPage(Page):
    items: list[ActorOut]


class ChangePage(Page):
    items: list[ChangeOut]

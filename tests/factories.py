"""Small factories for model data in tests."""

import hashlib
import itertools
from datetime import date

from django.utils.text import slugify

from negotiations import models

_seq = itertools.count(1)


def negotiation(name="Russia–Ukraine ceasefire talks", **fields):
    obj, _ = models.Negotiation.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, **fields}
    )
    return obj


def actor(name=None, kind=models.Actor.Kind.PERSON, aliases=(), **fields):
    name = name or f"Actor {next(_seq)}"
    obj = models.Actor.objects.create(name=name, slug=slugify(name), kind=kind, **fields)
    for alias in (name, *aliases):
        models.ActorAlias.objects.get_or_create(actor=obj, name=alias)
    return obj


def article(text=None, **fields):
    text = text or f"Article body {next(_seq)}. Officials said talks would continue."
    fields.setdefault("published", date(2025, 3, 17))
    fields.setdefault("outlet", "Example News")
    fields.setdefault("title", text[:60])
    digest = hashlib.sha256(text.encode()).hexdigest()
    return models.Article.objects.create(text=text, content_hash=digest, **fields)


def evidence(record, source=None, sentence=None):
    """Evidence linking `record` to a sentence of `source` (a new article by default)."""
    field = {
        models.Statement: "statement",
        models.Proposal: "proposal",
        models.ProposalResponse: "response",
        models.Meeting: "meeting",
        models.Position: "position",
    }[type(record)]
    sentence = sentence or getattr(record, "text", "") or str(record)
    source = source or article(text=f"Lead paragraph. {sentence}")
    start = source.text.find(sentence)
    start = max(start, 0)
    return models.Evidence.objects.create(
        article=source, sentence=sentence, start=start, end=start + len(sentence), **{field: record}
    )


def statement(speaker=None, text=None, said_on=date(2025, 3, 16), **fields):
    speaker = speaker or actor()
    text = text or f"{speaker.name} said talks were progressing ({next(_seq)})."
    obj = models.Statement.objects.create(
        speaker=speaker,
        text=text,
        content=fields.pop("content", "talks were progressing"),
        said_on=said_on,
        merge_key=f"statement-{next(_seq)}",
        **fields,
    )
    evidence(obj)
    return obj


def proposal(title="30-day ceasefire", proposer=None, **fields):
    seq = next(_seq)
    obj = models.Proposal.objects.create(
        title=title,
        slug=f"{slugify(title)}-{seq}",
        kind=fields.pop("kind", models.Proposal.Kind.CEASEFIRE),
        proposer=proposer,
        first_seen=fields.pop("first_seen", date(2025, 3, 11)),
        text=fields.pop("text", f"The {title} was proposed."),
        merge_key=f"proposal-{seq}",
        **fields,
    )
    evidence(obj)
    return obj


def meeting(participants=(), title="Phone call", **fields):
    obj = models.Meeting.objects.create(
        title=title,
        kind=fields.pop("kind", models.Meeting.Kind.CALL),
        date=fields.pop("date", date(2025, 3, 18)),
        status=fields.pop("status", models.Meeting.Status.PLANNED),
        text=fields.pop("text", f"{title} is planned."),
        merge_key=f"meeting-{next(_seq)}",
        **fields,
    )
    for participant in participants:
        models.MeetingParticipant.objects.create(meeting=obj, actor=participant)
    evidence(obj)
    return obj


# Admin engineer: the remaining models, one small factory each.


def issue(name=None):
    name = name or f"Issue {next(_seq)}"
    obj, _ = models.Issue.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return obj


def response(proposal_=None, actor_=None, **fields):
    proposal_ = proposal_ or proposal()
    actor_ = actor_ or actor()
    obj = models.ProposalResponse.objects.create(
        proposal=proposal_,
        actor=actor_,
        response=fields.pop("response", models.ProposalResponse.Response.ACCEPTED),
        responded_on=fields.pop("responded_on", date(2025, 3, 12)),
        merge_key=f"response-{next(_seq)}",
        **fields,
    )
    evidence(obj, sentence=f"{actor_.name} {obj.response} the {proposal_.title}.")
    return obj


def position(actor_=None, issue_=None, **fields):
    actor_ = actor_ or actor()
    issue_ = issue_ or issue()
    obj = models.Position.objects.create(
        actor=actor_,
        issue=issue_,
        stance=fields.pop("stance", models.Position.Stance.SUPPORT),
        as_of=fields.pop("as_of", date(2025, 3, 13)),
        text=fields.pop("text", f"{actor_.name} supports {issue_.name}."),
        merge_key=f"position-{next(_seq)}",
        **fields,
    )
    evidence(obj)
    return obj


def feed(negotiation_=None, **fields):
    fields.setdefault("url", f"https://news.example.org/feed-{next(_seq)}.xml")
    return models.Feed.objects.create(negotiation=negotiation_ or negotiation(), **fields)


def ingest_job(**fields):
    fields.setdefault("source", models.IngestJob.Source.TEXT)
    fields.setdefault("payload", "Officials said talks would continue.")
    return models.IngestJob.objects.create(**fields)


def record_edit(obj, user=None, changes=None):
    return models.RecordEdit.objects.create(
        user=user,
        model=obj._meta.model_name,
        object_id=obj.pk,
        object_repr=str(obj),
        changes=changes or {"text": ["before", "after"]},
    )


# Dashboard engineer: search vectors as ingestion fills them.


def index_statements():
    """Fill Statement.search_vector on PostgreSQL the way ingestion does (no-op on SQLite)."""
    from django.contrib.postgres.search import SearchVector
    from django.db import connection

    from negotiations.queries import SEARCH_CONFIG

    if connection.vendor == "postgresql":
        models.Statement.objects.update(
            search_vector=SearchVector("text", "content", config=SEARCH_CONFIG)
        )


# Regrouping: other wordings of proposals, editors' splits.


def proposal_alias(proposal_=None, title=None):
    proposal_ = proposal_ or proposal(f"Truce {next(_seq)}")
    title = title or f"a month-long truce ({next(_seq)})"
    return models.ProposalAlias.objects.create(proposal=proposal_, title=title)


def kept_apart(record=None, source=None):
    record = record or meeting(title=f"Call {next(_seq)}")
    return models.KeptApart.objects.create(
        kind="meeting", record_id=record.pk, article=source or article()
    )


def proposal_event(proposal_=None, status="agreed", reported_on=date(2025, 3, 20)):
    proposal_ = proposal_ or proposal(f"Truce {next(_seq)}")
    sentence = f"The {proposal_.title} was signed."
    source = article(text=f"Lead paragraph. {sentence}")
    return models.ProposalEvent.objects.create(
        proposal=proposal_,
        status=status,
        reported_on=reported_on,
        article=source,
        sentence=sentence,
        start=16,
        end=16 + len(sentence),
    )


def tombstone(record=None):
    from negotiations import editing

    record = record or statement()
    [made] = editing.delete_records([record])
    return made


def deleted_source(record=None):
    """The mark a verified record keeps when its only source article is deleted."""
    from negotiations.services.article_deletion import delete_articles

    record = record or statement(verified=True)
    delete_articles([record.evidence.get().article])
    return models.DeletedSource.objects.get(kind="statement", record_id=record.pk)


def watch(user=None, actor_=None):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    user = user or get_user_model().objects.create_user(f"reader-{next(_seq)}")
    return models.Watch.objects.create(user=user, actor=actor_ or actor(), seen_at=timezone.now())

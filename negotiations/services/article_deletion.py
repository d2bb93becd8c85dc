"""Deleting articles: the records only they reported go with them, unless an editor verified
them; verified ones stay, marked "source deleted" for review, and come back to their source if
the same article is ingested again."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from negotiations.editing import record_edit
from negotiations.models import (
    RECORD_FIELDS,
    RECORD_MODELS,
    Article,
    DeletedSource,
    Evidence,
    RecordChange,
)
from negotiations.page_scopes import pages_changed

from .keys import article_free
from .lifecycle import refresh_statuses

# Answers go before the proposals they answer, which cascade to them.
DELETION_ORDER = ("response", "statement", "meeting", "position", "proposal")


@dataclass(frozen=True)
class DeletionPlan:
    """What deleting some articles does to the records they report, by kind."""

    removed: dict[str, list]
    kept: dict[str, list]
    other_sources: dict[str, int]

    @property
    def removed_count(self) -> int:
        return sum(map(len, self.removed.values()))

    @property
    def kept_count(self) -> int:
        return sum(map(len, self.kept.values()))


def plan_deletion(article_ids) -> DeletionPlan:
    """Sole-source records, unverified (removed) or verified (kept), and how many keep others."""
    article_ids = list(article_ids)
    supported = _supported(article_ids)
    sole = {
        field: ids - _reported_elsewhere(field, ids, article_ids)
        for field, ids in supported.items()
    }
    records = {
        field: list(RECORD_MODELS[field].objects.filter(pk__in=ids).order_by("pk"))
        for field, ids in sole.items()
    }
    removed = {field: [r for r in rows if not r.verified] for field, rows in records.items()}
    kept = {field: [r for r in rows if r.verified] for field, rows in records.items()}
    _keep_answered_proposals(supported["response"], removed, kept)
    other_sources = {field: len(supported[field] - sole[field]) for field in RECORD_FIELDS}
    return DeletionPlan(removed, kept, other_sources)


def _supported(article_ids) -> dict[str, set[int]]:
    ids = defaultdict(set)
    rows = Evidence.objects.filter(article__in=article_ids)
    for row in rows.values_list(*(f"{field}_id" for field in RECORD_FIELDS)):
        for field, pk in zip(RECORD_FIELDS, row, strict=True):
            if pk:
                ids[field].add(pk)
    return {field: ids[field] for field in RECORD_FIELDS}


def _reported_elsewhere(field: str, ids: set[int], article_ids) -> set[int]:
    rows = Evidence.objects.filter(**{f"{field}__in": ids}).exclude(article__in=article_ids)
    return set(rows.values_list(f"{field}_id", flat=True))


def _keep_answered_proposals(response_ids, removed, kept) -> None:
    """A proposal an answer that stays points to stays too (removing it would remove the answer)."""
    gone = {r.pk for r in removed["response"]}
    answers = RECORD_MODELS["response"].objects.filter(pk__in=response_ids).exclude(pk__in=gone)
    answered = set(answers.values_list("proposal_id", flat=True))
    staying = [p for p in removed["proposal"] if p.pk in answered]
    removed["proposal"] = [p for p in removed["proposal"] if p.pk not in answered]
    kept["proposal"] += staying


@transaction.atomic
def delete_articles(articles, *, user=None) -> DeletionPlan:
    """Delete `articles` and what only they reported, keeping (and marking) verified records."""
    article_ids = [article.pk for article in articles]
    plan = plan_deletion(article_ids)
    pages_changed(_supported(article_ids))
    _mark_source_deleted(plan.kept, article_ids, user)
    for field in DELETION_ORDER:
        gone = [record.pk for record in plan.removed[field]]
        if gone:
            RECORD_MODELS[field].objects.filter(pk__in=gone).delete()
            RecordChange.objects.bulk_create(
                RecordChange(kind=field, record_id=pk, change="deleted") for pk in gone
            )
    survivors = _supported(article_ids)
    Article.objects.filter(pk__in=article_ids).delete()
    _retext(survivors)
    refresh_statuses(survivors["proposal"])
    return plan


def _mark_source_deleted(kept: dict[str, list], article_ids, user) -> None:
    """Remember each kept record's sentences, so a re-ingested article finds its way back."""
    marks = []
    for field, records in kept.items():
        evidence = Evidence.objects.filter(
            article__in=article_ids, **{f"{field}__in": records}
        ).select_related("article")
        for row in evidence:
            article = row.article
            marks.append(
                DeletedSource(
                    kind=field,
                    record_id=getattr(row, f"{field}_id"),
                    content_hash=article.content_hash,
                    start=row.start,
                    report_key=article_free(row.report_key, article.pk),
                    sentence=row.sentence,
                    title=article.title[:500],
                    outlet=article.outlet[:200],
                    url=article.url or "",
                    deleted_by=user,
                )
            )
        for record in records:
            record_edit(user, record, {"source": ("deleted article", None)})
    DeletedSource.objects.bulk_create(marks)


def _retext(survivors: dict[str, set[int]]) -> None:
    """Unverified records quoting a deleted sentence quote one of their remaining sources."""
    for field, ids in survivors.items():
        model = RECORD_MODELS[field]
        if not ids or not any(f.name == "text" for f in model._meta.fields):
            continue
        for record in model.objects.filter(pk__in=ids, verified=False):
            sentences = list(
                Evidence.objects.filter(**{field: record})
                .order_by("article__reported_on", "article_id", "start")
                .values_list("sentence", flat=True)
            )
            if sentences and record.text not in sentences:
                model.objects.filter(pk=record.pk).update(text=sentences[0])


@transaction.atomic
def keep_without_source(kind: str, record, *, user=None) -> int:
    """An editor keeps a record whose source was deleted: it leaves the review queue."""
    rows = DeletedSource.objects.filter(kind=kind, record_id=record.pk, reviewed_at__isnull=True)
    count = rows.update(reviewed_at=timezone.now())
    record_edit(user, record, {"source": (None, "kept without a source")})
    return count

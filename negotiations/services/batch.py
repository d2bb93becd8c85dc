"""What the articles stored in one transaction share: the registry and the deleted sources read
once, the candidate statements, meetings and plans read once and kept with the batch's own
writes, and the writes that no later article of the batch reads made once, at its end."""

from __future__ import annotations

from collections import defaultdict

from django.db import connection
from django.utils import timezone

from negotiations.linking import ActorResolver, registry_tables
from negotiations.models import (
    RECORD_FIELDS,
    RECORD_MODELS,
    Actor,
    ActorAlias,
    Article,
    DeletedSource,
    Evidence,
    Issue,
    KeptApart,
    Meeting,
    Negotiation,
    Proposal,
    ProposalEvent,
    Statement,
)

from .candidate_pool import MeetingPool, PlanPool
from .candidates import Details
from .lifecycle import refresh_statuses
from .report_keys import ReportKeys
from .rows import update_rows
from .statement_pool import StatementPool

NEGOTIATION_LOCK = 7011  # the first key of the advisory lock held per negotiation


class StoreBatch:
    """The look-ups and pending writes of the articles stored in one transaction; `new`:
    the articles were created in it."""

    def __init__(self, articles: list[Article], *, new: bool = False):
        self.tables = registry_tables()
        self.index = dict(self.tables.aliases)
        self.actors: dict[int, Actor] = {}
        self.locked: set[int] = set()
        self.stored: dict[str, set[int]] = {field: set() for field in RECORD_FIELDS}
        self.created: dict[str, set[int]] = {field: set() for field in RECORD_FIELDS}
        self.assigned: set[Negotiation] = set()  # the negotiations its articles went to
        self.placed: list[Article] = []  # fresh articles whose main negotiation is to be saved
        self.issue_links: dict[tuple[int, int], None] = {}  # (statement id, issue id) to save
        self.keys = ReportKeys()
        self.details = Details()
        self.said = StatementPool()
        self.meetings = MeetingPool(self.details)
        self.plans = PlanPool(self.details)
        self.sources = _deleted_sources([a.content_hash for a in articles])
        ids = [a.pk for a in articles]
        self.untouched = set(ids) if new else _untouched(ids)

    def negotiations(self, slugs) -> dict[str, Negotiation]:
        """The registry's negotiations among `slugs`, by slug."""
        found = self.tables.negotiations
        return {slug: found[slug] for slug in slugs if slug in found}

    def negotiation(self, pk: int | None) -> Negotiation | None:
        """The negotiation with this id (None for none)."""
        if pk is None:
            return None
        by_id = {n.pk: n for n in self.tables.negotiations.values()}
        return by_id.get(pk) or Negotiation.objects.get(pk=pk)

    def parties(self) -> dict[int, frozenset[int]]:
        """The parties of every negotiation: actor ids by negotiation id."""
        return self.tables.parties

    def sides(self, negotiation: Negotiation | None) -> frozenset[int]:
        """The parties of `negotiation` (none for no negotiation)."""
        return self.tables.parties.get(negotiation.pk, frozenset()) if negotiation else frozenset()

    def issues(self, names) -> dict[str, Issue]:
        """The canonical issues among `names`, by name."""
        return {name: self.tables.issues[name] for name in names if name in self.tables.issues}

    def forget(self, fields=RECORD_FIELDS) -> None:
        """Read the keys, records and candidates' details of these kinds anew: the batch
        changed them in ways it does not follow (evidence detached, records merged or deleted)."""
        self.keys.forget(fields)
        self.details.forget(fields)
        if "statement" in fields:
            self.said.forget()
        if "meeting" in fields:
            self.meetings.forget()
        if "proposal" in fields:
            self.plans.forget()

    def made(self, field: str, records) -> None:
        """Records of this kind the batch inserted, for its later articles' candidates."""
        self.details.made(field, (record.pk for record in records))
        self.wrote(records)

    def wrote(self, records) -> None:
        """Records the batch inserted or changed, as they are now, for its later articles'
        candidates."""
        for record in records:
            if isinstance(record, Meeting):
                self.meetings.wrote(record)
            elif isinstance(record, Proposal):
                self.plans.wrote(record)

    def lock(self, negotiation_ids) -> None:
        """Store one batch at a time per negotiation, so concurrent reports of one event meet.

        Locks are taken in id order; PostgreSQL only, as SQLite lets one writer in at a time.
        """
        wanted = sorted(set(negotiation_ids) - self.locked)
        if connection.vendor != "postgresql" or not wanted:
            return
        with connection.cursor() as cursor:
            for negotiation_id in wanted:
                cursor.execute(
                    "SELECT pg_advisory_xact_lock(%s, %s)", [NEGOTIATION_LOCK, negotiation_id]
                )
        self.locked |= set(wanted)

    def resolver(self, extraction) -> ActorResolver:
        """An actor resolver for one article's extraction, sharing what the batch read."""
        described = {a.name: a for a in extraction.actors}
        return ActorResolver(described, index=self.index, actors=self.actors)

    def learn(self, resolver: ActorResolver) -> None:
        """Take in the aliases a resolver's new actors were given, as the database has them."""
        if resolver.made:
            aliases = ActorAlias.objects.filter(actor__in=resolver.made)
            self.index.update(aliases.values_list("normalized", "actor_id"))

    def finish(self) -> None:
        """Write what the batch's articles left for the end: a new source is news to a mirror
        (updated_at of the records it did not create), proposal statuses, the main negotiation
        of its fresh articles and the issues its statements name."""
        if placed := [article for article in self.placed if article.negotiation_id]:
            update_rows(Article.objects, placed, ["negotiation"])
        links = Statement.issues.through
        links.objects.bulk_create(
            [links(statement_id=s, issue_id=i) for s, i in self.issue_links],
            ignore_conflicts=True,
        )
        reported_again = {f: ids - self.created[f] for f, ids in self.stored.items()}
        _touch({f: ids for f, ids in reported_again.items() if ids}, timezone.now())
        refresh_statuses(self.stored["proposal"], self.parties(), self.keys.held("proposal"))


def _touch(ids: dict[str, set[int]], now) -> None:
    """Set `updated_at` of the records of each kind: in one statement on PostgreSQL, where
    data-modifying WITH clauses run every update of the statement."""
    if connection.vendor != "postgresql" or len(ids) < 2:
        for field, pks in ids.items():
            RECORD_MODELS[field].objects.filter(pk__in=pks).update(updated_at=now)
        return
    table = {field: connection.ops.quote_name(RECORD_MODELS[field]._meta.db_table) for field in ids}
    *earlier, (last, last_params) = [
        (f"UPDATE {table[field]} SET updated_at = %s WHERE id = ANY(%s)", [now, sorted(pks)])
        for field, pks in ids.items()
    ]
    clauses = ", ".join(f"touched_{n} AS ({update})" for n, (update, _) in enumerate(earlier))
    params = [value for _, values in earlier for value in values] + last_params
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {clauses} {last}", params)


def _deleted_sources(hashes: list[str]) -> dict[str, dict[tuple[str, int], list]]:
    """Verified records whose only source was a deleted copy of an article: by content hash,
    then by sentence, each with the key of the report it had."""
    found = defaultdict(lambda: defaultdict(list))
    rows = DeletedSource.objects.filter(content_hash__in=hashes).values_list(
        "content_hash", "kind", "start", "report_key", "record_id"
    )
    for content_hash, kind, start, key, pk in rows:
        found[content_hash][kind, start].append((key, pk))
    return found


def _untouched(article_ids: list[int]) -> set[int]:
    """The articles nothing refers to yet (evidence, events, an editor's "kept apart", other
    negotiations): storing them has nothing to detach or replace."""
    rows = [
        model.objects.filter(article__in=article_ids).order_by().values("article_id")
        for model in (Evidence, ProposalEvent, KeptApart, Article.other_negotiations.through)
    ]
    touched = {row["article_id"] for row in rows[0].union(*rows[1:])}
    return set(article_ids) - touched

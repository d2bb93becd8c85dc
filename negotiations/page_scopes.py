"""Which cached pages a request reads and a write changes, as scopes of the page cache.

A page of one negotiation, actor or proposal depends on its scope, found in the URL; a record's
own pages on the record's scope; pages across negotiations on `ALL`, which every write moves.
Scopes are named by slug, as the URLs name them, so a cached page is found without a query
(the slugs that exist are read at most once a minute per process).
"""

import time
from collections.abc import Iterable, Mapping

from django.db.models import CharField, Value

from .models import (
    Actor,
    Meeting,
    Negotiation,
    Position,
    Proposal,
    ProposalResponse,
    Statement,
)
from .page_cache import ALL, bump_everything_on_commit, bump_scopes_on_commit

# How long a process trusts its lists of negotiation and actor slugs (a deleted one leaves them
# this late; an actor made since is not known until then, and its filter counts as `ALL`).
KNOWN_SLUGS_SECONDS = 60


class KnownSlugs:
    """The slugs of a model's rows, read at most once a minute in this process; a slug not
    among them is read again at once only when `read_when_unknown` (for short lists)."""

    def __init__(self, model, *, read_when_unknown: bool):
        self.model, self.read_when_unknown = model, read_when_unknown
        self.slugs: frozenset[str] = frozenset()
        self.read_at = float("-inf")

    def __contains__(self, slug: str) -> bool:
        stale = time.monotonic() - self.read_at > KNOWN_SLUGS_SECONDS
        if stale or (self.read_when_unknown and slug not in self.slugs):
            self.slugs = frozenset(self.model.objects.values_list("slug", flat=True))
            self.read_at = time.monotonic()
        return slug in self.slugs

    def forget(self) -> None:
        """Read the slugs again on the next question."""
        self.read_at = float("-inf")


NEGOTIATIONS = KnownSlugs(Negotiation, read_when_unknown=True)
ACTORS = KnownSlugs(Actor, read_when_unknown=False)


def negotiation_scope(slug: str) -> str:
    return f"negotiation:{slug}"


def actor_scope(slug: str) -> str:
    return f"actor:{slug}"


def proposal_scope(slug: str) -> str:
    return f"proposal:{slug}"


def record_scope(kind: str, pk) -> str:
    return f"{kind}#{pk}"


# What the cached views depend on, from their request and URL arguments.


def unscoped(request, *args, **kwargs) -> list[str]:
    """A page across negotiations: any write may change it."""
    return [ALL]


def by_negotiation(request, *args, **kwargs) -> list[str]:
    """A list filtered by `?negotiation=`: that negotiation's scope, else `ALL`."""
    slug = request.GET.get("negotiation", "")
    return [negotiation_scope(slug)] if slug and is_negotiation(slug) else [ALL]


def by_filters(request, *args, **kwargs) -> list[str]:
    """A list of records filtered by `?actor=` (each by slug): every record it shows has one of
    those actors, so their scopes; otherwise as `by_negotiation`."""
    actors = [value for value in request.GET.getlist("actor") if value]
    if actors and all(is_actor(slug) for slug in actors):
        return [actor_scope(slug) for slug in actors]
    return by_negotiation(request)


def of_actor(request, slug) -> list[str]:
    return [actor_scope(slug)]


def of_proposal(request, slug) -> list[str]:
    return [proposal_scope(slug)]


def of_record(kind: str):
    """The scope of the record a permalink page shows."""

    def scopes(request, pk) -> list[str]:
        return [record_scope(kind, pk)]

    return scopes


def of_sources(request, kind, pk) -> list[str]:
    return [record_scope(kind, pk)]


def is_negotiation(slug: str) -> bool:
    """Whether a negotiation has this slug; the filter form ignores one that does not, so its
    page shows every negotiation."""
    return slug in NEGOTIATIONS


def is_actor(slug: str) -> bool:
    """Whether an actor has this slug (a filter may also name one by name or alias)."""
    return slug in ACTORS


# What a write changed.


def pages_changed(
    records: Mapping[str, Iterable[int]] | None = None,
    *,
    negotiations: Iterable[Negotiation] = (),
    actors: Iterable[Actor] = (),
    everything: bool = False,
    created: Mapping[str, set[int]] | None = None,
) -> None:
    """Once the transaction commits, refresh the cached pages that can show these records (by
    kind, as ids), negotiations and actors; `everything` for an edit any page may show.
    `created`: those of the records inserted by this transaction, whose own pages nobody can
    have been served (only found pages are cached), so only the pages listing them change.

    Call it inside the write's transaction, before deleting records: their actors, proposals
    and negotiations are read now.
    """
    if everything:
        bump_everything_on_commit()
        return
    records = records or {}
    scopes = {negotiation_scope(n.slug) for n in negotiations}
    scopes |= {actor_scope(a.slug) for a in actors}
    created = created or {}
    scopes |= {
        record_scope(kind, pk)
        for kind, ids in records.items()
        for pk in set(ids) - created.get(kind, set())
    }
    scopes |= scopes_of_records(records)
    bump_scopes_on_commit(scopes)


def scopes_of_records(records: Mapping[str, Iterable[int]]) -> set[str]:
    """The negotiations, actors and proposals of the records, read in one query."""
    none = Value(None, output_field=CharField())
    ids = {kind: list(pks) for kind, pks in records.items() if pks}
    parts = []
    if "statement" in ids:
        rows = Statement.objects.filter(pk__in=ids["statement"])
        parts.append(rows.values_list("speaker__slug", "negotiation__slug", none))
    if "meeting" in ids:
        rows = Meeting.objects.filter(pk__in=ids["meeting"])
        parts.append(rows.values_list("participations__actor__slug", "negotiation__slug", none))
    if "proposal" in ids:
        rows = Proposal.objects.filter(pk__in=ids["proposal"])
        parts.append(rows.values_list("proposer__slug", "negotiation__slug", "slug"))
        # An actor's page lists the proposals they answered.
        answers = ProposalResponse.objects.filter(proposal__in=ids["proposal"])
        parts.append(answers.values_list("actor__slug", none, none))
    if "response" in ids:
        rows = ProposalResponse.objects.filter(pk__in=ids["response"])
        parts.append(rows.values_list("actor__slug", "negotiation__slug", "proposal__slug"))
    if "position" in ids:
        rows = Position.objects.filter(pk__in=ids["position"])
        parts.append(rows.values_list("actor__slug", "negotiation__slug", none))
    if not parts:
        return set()
    # Without the models' orderings: SQLite allows none inside a UNION.
    parts = [part.order_by() for part in parts]
    named = (actor_scope, negotiation_scope, proposal_scope)
    return {
        scope(slug)
        for row in parts[0].union(*parts[1:], all=True)
        for scope, slug in zip(named, row, strict=True)
        if slug
    }

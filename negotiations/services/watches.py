"""Readers' watches: follow an actor, a proposal or a search, and see what changed since."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import QueryDict
from django.utils import timezone

from negotiations.filters import TimelineFilterForm
from negotiations.models import Proposal, ProposalResponse, Watch
from negotiations.queries import Filters, recent_records, with_articles

CHANGES_SHOWN = 50


def watch(user, *, actor=None, proposal=None, search: str = "") -> Watch:
    """Follow something from now on; following it twice is following it once."""
    found, _ = Watch.objects.get_or_create(
        user=user,
        actor=actor,
        proposal=proposal,
        search=search,
        defaults={"seen_at": timezone.now()},
    )
    return found


def unwatch(user, watch_id: int) -> None:
    Watch.objects.filter(user=user, pk=watch_id).delete()


@dataclass(frozen=True)
class Changes:
    watch: Watch
    records: list[tuple[str, object]]


def changes_since_last_visit(user) -> list[Changes]:
    """What changed in each thing the user follows since they last looked; now they have."""
    watches = list(Watch.objects.filter(user=user).select_related("actor", "proposal"))
    found = [Changes(w, _changes(w)) for w in watches]
    Watch.objects.filter(pk__in=[w.pk for w in watches]).update(seen_at=timezone.now())
    return found


def _changes(watch: Watch) -> list[tuple[str, object]]:
    if watch.proposal_id:
        return _proposal_changes(watch)
    if watch.actor_id:
        filters = Filters(actors=(watch.actor,))
    else:
        filters = TimelineFilterForm(QueryDict(watch.search)).filters()
    return recent_records(filters, since=watch.seen_at, limit=CHANGES_SHOWN)


def _proposal_changes(watch: Watch) -> list[tuple[str, object]]:
    answers = ProposalResponse.objects.for_display().filter(
        proposal=watch.proposal_id, updated_at__gt=watch.seen_at
    )
    found = [("response", a) for a in answers.prefetch_related(with_articles())[:CHANGES_SHOWN]]
    changed = Proposal.objects.filter(pk=watch.proposal_id, updated_at__gt=watch.seen_at)
    found += [("proposal", p) for p in changed.prefetch_related(with_articles())]
    return sorted(found, key=lambda pair: pair[1].updated_at, reverse=True)

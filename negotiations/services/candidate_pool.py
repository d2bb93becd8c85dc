"""The stored meetings and plans a batch of articles may report again, read once per
negotiation and day.

A batch reads at its start the candidates of all its articles (`expect`: their negotiations
and the days their reports name) in one query per kind; an article whose question reaches
beyond that reads only the days no article before it asked for. The pool keeps each record as
the batch last saw it: as read, or as the batch inserted or changed it (`wrote`). A record the
batch did not write is as it was read; one it wrote, even into days read before it got there
(a date given, a plan seen again), is there as written. So a pool answers what the one query
of a single article answers, in id order, and a batch matches as its articles one by one would.
It serves articles that support no record yet; the batch forgets it as it forgets the
candidates' details, after a write it does not follow (evidence detached, records merged).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import reduce
from operator import or_

from django.db.models import Q

from negotiations.models import Actor, Meeting, Proposal

from .assignment import party, party_of
from .candidates import (
    Details,
    active_within,
    announced_within,
    dated_within,
    meeting_facts,
    meeting_rows,
    plan_facts,
    plan_rows,
)

Window = tuple[date, date]


class _Read:
    """The days read for each negotiation."""

    def __init__(self):
        self.days: dict[int, set[date]] = defaultdict(set)

    def unread(self, wanted: dict[int, list[Window]]) -> list[tuple[int, date, date]]:
        """The runs of days of the windows (by negotiation id) not read yet, as (negotiation
        id, first, last); marked read, as the caller reads them now."""
        runs = []
        for negotiation, windows in wanted.items():
            days = set().union(*(_days(*window) for window in windows))
            days -= self.days[negotiation]
            runs += [(negotiation, *run) for run in _runs(days)]
            self.days[negotiation] |= days
        return runs


class MeetingPool:
    """Meeting rows (negotiation id, *MEETING_FIELDS, False) by id, and the days read of dated
    meetings and of undated planned ones' announcements."""

    def __init__(self, details: Details):
        self.details = details
        self.forget()

    def forget(self) -> None:
        """Read anew: the batch moved evidence or merged meetings."""
        self._rows: dict[int, tuple] = {}
        self._dated, self._announced = _Read(), _Read()

    def expect(self, dated: dict[int, list[Window]], announced: dict[int, list[Window]]) -> None:
        """Read, in one query, the meetings of each negotiation dated within its `dated`
        windows and the undated planned ones announced within its `announced` windows, where
        not read yet."""
        wanted = [
            Q(dated_within(first, last), negotiation=negotiation)
            for negotiation, first, last in self._dated.unread(dated)
        ] + [
            Q(announced_within(first, last), negotiation=negotiation)
            for negotiation, first, last in self._announced.unread(announced)
        ]
        if wanted:
            for row in meeting_rows(reduce(or_, wanted), None, self.details):
                self._rows.setdefault(row[1], row)

    def near(self, negotiation_ids: list[int], dated: Window, announced: Window | None) -> dict:
        """As `candidates.meetings` for an article that supports no record yet."""
        self.expect(
            {n: [dated] for n in negotiation_ids},
            {n: [announced] for n in negotiation_ids} if announced else {},
        )
        ids = set(negotiation_ids)
        rows = [
            row
            for row in self._rows.values()
            if row[0] in ids and (_dated(row, dated) or (announced and _announced(row, announced)))
        ]
        return meeting_facts(rows, None, self.details)

    def wrote(self, meeting: Meeting) -> None:
        """A meeting the batch inserted or changed, as it is now."""
        m = meeting
        row = (m.negotiation_id, m.pk, m.kind, m.date, m.reported_on, m.status, m.location)
        self._rows[m.pk] = (*row, m.date_text, False)


class PlanPool:
    """Plan rows (negotiation id, id, kind, title, proposer's party, first seen, last seen,
    False) by id, and the days read of each negotiation's plans seen on them."""

    def __init__(self, details: Details):
        self.details = details
        self.forget()

    def forget(self) -> None:
        """Read anew: the batch moved evidence."""
        self._rows: dict[int, tuple] = {}
        self._read = _Read()

    def expect(self, windows: dict[int, list[Window]]) -> None:
        """Read, in one query, the plans of each negotiation seen within its windows, where
        not read yet."""
        wanted = [
            Q(active_within(first, last), negotiation=negotiation)
            for negotiation, first, last in self._read.unread(windows)
        ]
        if wanted:
            for row in plan_rows(reduce(or_, wanted), None, self.details):
                self._rows.setdefault(row[1], row)

    def near(self, negotiation_ids: list[int], window: Window) -> dict:
        """As `candidates.plans` for an article that supports no record yet."""
        self.expect({n: [window] for n in negotiation_ids})
        ids = set(negotiation_ids)
        rows = [row for row in self._rows.values() if row[0] in ids and _active(row, window)]
        return plan_facts(rows, None, self.details)

    def wrote(self, proposal: Proposal) -> None:
        """A proposal the batch inserted or changed, as it is now."""
        p = proposal
        proposer = self._proposer(p)
        row = (p.negotiation_id, p.pk, p.kind, p.title, proposer, p.first_seen, p.last_seen)
        self._rows[p.pk] = (*row, False)

    def _proposer(self, proposal: Proposal) -> int | None:
        """The party of the proposal's proposer: a proposer once set stays, so as read, else as
        the batch set it; read for one the batch neither read nor set (seldom)."""
        if proposal.proposer_id is None:
            return None
        if Proposal.proposer.is_cached(proposal):
            return party_of(proposal.proposer)
        if proposal.pk in self._rows:
            return self._rows[proposal.pk][4]
        actor = Actor.objects.values_list("kind", "affiliation_id").get(pk=proposal.proposer_id)
        return party(proposal.proposer_id, *actor)


def _active(row: tuple, window: Window) -> bool:
    """As `candidates.active_within`, for a plan row."""
    first_seen, last_seen = row[5], row[6]
    return bool(first_seen and last_seen and last_seen >= window[0] and first_seen <= window[1])


def _dated(row: tuple, window: Window) -> bool:
    day = row[3]
    return day is not None and window[0] <= day <= window[1]


def _announced(row: tuple, window: Window) -> bool:
    _, _, _, day, reported, status, *_ = row
    return (
        day is None
        and status == Meeting.Status.PLANNED
        and reported is not None
        and window[0] <= reported <= window[1]
    )


def _days(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def _runs(days: set[date]) -> list[Window]:
    """The days as runs of consecutive days, (first, last) each."""
    runs = []
    for day in sorted(days):
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs

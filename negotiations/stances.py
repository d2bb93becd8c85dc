"""Where an actor stands: one stance per issue or proposal and day, and how it changed.

An actor's positions on canonical issues and answers to proposals are reports; the reports of
one day make one stance, or a dispute when they disagree (unless an editor verified some,
which then decide). Only changes are kept: the stance since when, with the reports behind it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .extraction.vocabulary import RESPONSE_STANCES, STANCES

DISPUTED = "disputed"


@dataclass(frozen=True)
class StanceReport:
    """One record's report of a stance: a position, or an answer to a proposal."""

    topic: str
    url: str | None
    day: date
    stance: str
    record: object

    @property
    def verified(self) -> bool:
        return self.record.verified


@dataclass(frozen=True)
class StanceChange:
    day: date
    stance: str  # a stance of the vocabulary, or DISPUTED
    reports: tuple[StanceReport, ...]

    @property
    def label(self) -> str:
        return STANCES.get(self.stance, "Disputed")

    @property
    def stances(self) -> list[str]:
        """The stances the day's reports give, in order, each once."""
        return list(dict.fromkeys(report.stance for report in self.reports))


@dataclass(frozen=True)
class StanceHistory:
    topic: str
    url: str | None
    changes: tuple[StanceChange, ...]

    @property
    def current(self) -> StanceChange:
        return self.changes[-1]


def reports_of(positions, responses) -> list[StanceReport]:
    """The dated stance reports of positions on issues and answers to proposals."""
    reports = [StanceReport(p.issue.name, None, p.as_of, p.stance, p) for p in positions if p.as_of]
    reports += [
        StanceReport(
            r.proposal.title,
            r.proposal.get_absolute_url(),
            r.responded_on,
            RESPONSE_STANCES[r.response],
            r,
        )
        for r in responses
        if r.responded_on
    ]
    return reports


def stance_histories(reports: list[StanceReport]) -> list[StanceHistory]:
    """Per topic, the stance of each day it changed, topics in order of their name."""
    by_topic: dict[tuple[str, str | None], dict[date, list[StanceReport]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for report in reports:
        by_topic[report.topic, report.url][report.day].append(report)
    histories = []
    for (topic, url), days in sorted(by_topic.items(), key=lambda item: item[0][0].lower()):
        changes: list[StanceChange] = []
        for day in sorted(days):
            stance, reports_that_day = day_stance(days[day])
            if changes and stance == changes[-1].stance != DISPUTED:
                continue
            changes.append(StanceChange(day, stance, tuple(reports_that_day)))
        histories.append(StanceHistory(topic, url, tuple(changes)))
    return histories


def day_stance(reports: list[StanceReport]) -> tuple[str, list[StanceReport]]:
    """The stance one day's reports give, and the reports that decide it."""
    deciding = [r for r in reports if r.verified] or reports
    stances = {r.stance for r in deciding}
    return (stances.pop() if len(stances) == 1 else DISPUTED), deciding


def disputes(reports: list[StanceReport]) -> list[StanceChange]:
    """Days on which the reports of one actor's stance on one topic disagree."""
    by_actor = defaultdict(list)
    for report in reports:
        by_actor[report.record.actor_id].append(report)
    return [
        change
        for actor_reports in by_actor.values()
        for history in stance_histories(actor_reports)
        for change in history.changes
        if change.stance == DISPUTED
    ]

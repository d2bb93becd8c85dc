"""The stored statements a batch of articles may report again, read once per speaker and day.

A statement's speaker, day and words never change once it is stored, so the batch keeps the
ones it read and the ones it made, and reads only what no article before asked for: for the
reports of one event, after the first article, usually nothing. What it returns is what the
one query of a single article returns, so a batch matches as its articles one by one would.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from negotiations.models import Statement

from . import matching


class StatementPool:
    """Statements by (negotiation id, speaker id): each id with its day and words, and the days
    read for that pair."""

    def __init__(self):
        self.forget()

    def forget(self) -> None:
        """Read anew: the batch deleted or moved statements."""
        self._said: dict[tuple[int, int], dict[int, tuple[date, str]]] = defaultdict(dict)
        self._read: dict[tuple[int, int], set[date]] = defaultdict(set)

    def near(
        self, negotiation_ids: list[int], speakers: set[int], first: date, last: date
    ) -> dict[int, list[matching.StatementFacts]]:
        """The statements of these negotiations and speakers said from `first` to `last`, as
        facts by negotiation id, in id order."""
        days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
        pairs = [(n, s) for n in negotiation_ids for s in speakers]
        if missing := [pair for pair in pairs if not days <= self._read[pair]]:
            self._fetch({n for n, _ in missing}, {s for _, s in missing}, first, last, days)
        found = defaultdict(list)
        for n, s in pairs:
            for pk, (day, words) in self._said[n, s].items():
                if first <= day <= last:
                    found[n].append(matching.StatementFacts(pk, s, day, words, frozenset()))
        for facts in found.values():
            facts.sort(key=lambda fact: fact.id)
        return found

    def made(self, statements) -> None:
        """Statements the batch inserted, kept where their pair's day has been read."""
        for statement in statements:
            pair = (statement.negotiation_id, statement.speaker_id)
            if statement.said_on in self._read.get(pair, ()):
                words = statement.content or statement.text
                self._said[pair][statement.pk] = (statement.said_on, words)

    def _fetch(self, negotiation_ids, speakers, first, last, days) -> None:
        rows = Statement.objects.filter(
            negotiation__in=negotiation_ids,
            speaker__in=speakers,
            said_on__gte=first,
            said_on__lte=last,
        ).values_list("negotiation_id", "speaker_id", "id", "said_on", "content", "text")
        for n, s, pk, day, content, text in rows:
            self._said[n, s][pk] = (day, content or text)
        for pair in ((n, s) for n in negotiation_ids for s in speakers):
            self._read[pair] |= days

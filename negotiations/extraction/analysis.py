"""The state the pipeline stages pass along, with look-ups they share."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .actors import Mention, Token
from .records import (
    Document,
    MeetingRecord,
    PositionRecord,
    ProposalRecord,
    Span,
    StatementRecord,
)
from .registry import Registry


@dataclass(frozen=True)
class Analysis:
    """A document part-way through the pipeline; each stage returns a new one."""

    document: Document
    registry: Registry
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[tuple[int, int], ...] = ()
    statements: tuple[StatementRecord, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    proposals: tuple[ProposalRecord, ...] = ()
    positions: tuple[PositionRecord, ...] = ()
    negotiations: tuple[str, ...] = ()  # slugs of the registry's negotiations, main one first
    # The indices of each sentence's tokens, set with the sentences by the first stage.
    sentence_tokens: tuple[range, ...] = field(default=(), repr=False)
    _token_starts: tuple[int, ...] = field(default=(), repr=False)
    _mention_starts: tuple[int, ...] = field(default=(), repr=False)
    _quote_starts: tuple[int, ...] = field(default=(), repr=False)
    # Each sentence's lower-case words and lemmas: every stage reads them, sentence by sentence.
    _words: tuple[list[str], ...] = field(default=(), repr=False)
    _lemmas: tuple[list[str], ...] = field(default=(), repr=False)

    def replaced(self, **changes) -> Analysis:
        """A copy with some fields changed, as dataclasses.replace makes it but without running
        __init__ over every field again, which each stage's hand-off paid for."""
        if not changes.keys() <= self.__dataclass_fields__.keys():
            unknown = sorted(changes.keys() - self.__dataclass_fields__.keys())
            raise TypeError(f"Analysis has no field {', '.join(unknown)}")
        copy = object.__new__(Analysis)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def token_range(self, span: Span) -> range:
        """Indices of the tokens inside a span."""
        starts = self._token_starts
        return range(bisect_left(starts, span.start), bisect_left(starts, span.end))

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after an offset."""
        return bisect_left(self._token_starts, offset)

    def words(self, sentence: int) -> list[str]:
        """The lower-case words of a sentence, shared by every look-up in a stage (read-only)."""
        return self._words[sentence]

    def lemmas(self, sentence: int) -> list[str]:
        """The lemmas of a sentence's words."""
        return self._lemmas[sentence]

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions that start inside [start, end)."""
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def mention_at(self, offset: int) -> Mention | None:
        """The mention covering a character offset, if any."""
        # The last mention starting at or before the offset covers it or none does.
        i = bisect_right(self._mention_starts, offset) - 1
        if i >= 0 and offset < (mention := self.mentions[i]).end:
            return mention
        return None

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside a quotation."""
        quote = self.quote_before(offset)
        return quote is not None and offset < quote[1]

    def quote_before(self, offset: int) -> tuple[int, int] | None:
        """The last quotation starting at or before an offset, as (start, end), if any."""
        i = bisect_right(self._quote_starts, offset) - 1
        return self.quotes[i] if i >= 0 else None

    def speakers_by_sentence(self) -> dict[int, str]:
        """The first speaker of each sentence that reports a statement, by sentence index."""
        starts = {span.start: i for i, span in enumerate(self.sentences)}
        speakers: dict[int, str] = {}
        for statement in self.statements:
            speakers.setdefault(starts[statement.evidence.start], statement.speaker)
        return speakers

    def last_person_before(self, offset: int) -> Mention | None:
        """The closest person mention before an offset."""
        last = bisect_left(self._mention_starts, offset) - 1
        # Antecedents further back than a few dozen names are not worth a pronoun.
        for i in range(last, max(-1, last - 60), -1):
            if self.mentions[i].actor.kind == "person":
                return self.mentions[i]
        return None

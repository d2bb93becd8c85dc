"""Split an article's text into plain and highlighted segments for its evidence spans."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A run of text and the evidence covering it (innermost last); the template escapes it."""

    text: str
    evidence: tuple
    starts: tuple = ()

    @property
    def marked(self) -> bool:
        """Whether any evidence covers this run."""
        return bool(self.evidence)

    @property
    def top(self):
        """The innermost evidence covering this run, or None."""
        return self.evidence[-1] if self.evidence else None

    @property
    def kind(self) -> str:
        """The record type of the innermost evidence."""
        return self.top.record_field

    @property
    def record_id(self) -> int:
        """The id of the innermost evidence's record."""
        return getattr(self.top, f"{self.kind}_id")


def segments(text: str, evidence) -> list[Segment]:
    """Cut `text` at every span boundary; overlapping spans share the segments they cover."""
    spans = [e for e in evidence if 0 <= e.start < e.end <= len(text)]
    cuts = sorted({0, len(text), *(e.start for e in spans), *(e.end for e in spans)})
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = tuple(
            sorted((e for e in spans if e.start <= left and right <= e.end), key=lambda e: e.start)
        )
        starts = tuple(e.pk for e in covering if e.start == left)
        out.append(Segment(text[left:right], covering, starts))
    return out

"""Split main text into sentence Spans that keep their character offsets."""

from __future__ import annotations

import re

from .lexicon import (
    ABBREVIATIONS,
    HANDLE_PREPOSITIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    SENTENCE_STARTERS,
)
from .records import Span

# A terminator, any closing quotes or brackets, then the space before the next sentence; or a
# line break. Opening on one character class lets the scan skip to the candidates at C speed
# (written as two alternatives it tries both at every character, three times slower).
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"'”’)\]]*(?=\s))")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# A dash may open the next word: "… next steps. - said Dar." keeps the attribution attached.
_NEXT_WORD = re.compile(r"\s*[\"“‘(]?(?:[-–—]\s*)?(\w+)")
# An editorial note in square brackets continues the sentence: "the U.S. [sic] will…".
_NOTE_AHEAD = re.compile(r"\s*\[")
_NOTE_REACH = 200  # characters back to look for the bracket that opens a note


def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentences of the text; paragraphs, headlines and captions end at a line break."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() != "\n" and (
            _inside_note_or_number(text, match) or not _ends_sentence(text, match)
        ):
            continue
        spans.extend(_trimmed(text, start, end))
        start = end
    spans.extend(_trimmed(text, start, len(text)))
    return tuple(spans)


def _inside_note_or_number(text: str, match: re.Match) -> bool:
    """A stop inside an editorial note ("[the truce. Ed.]", "(sic!)") or before one, or
    after a list item's number."""
    stop = match.start()
    if _NOTE_AHEAD.match(text, match.end()):
        return True
    floor = max(0, stop - _NOTE_REACH)
    line = text.rfind("\n", floor, stop) + 1
    # "1. Troops stay…": the number of a list item opens its line, it ends nothing.
    if (line or not floor) and text[line:stop].strip().isdigit():
        return True
    floor = max(line, floor)
    opened = text.rfind("[", floor, stop)
    if opened >= 0 and text.find("]", opened, stop) < 0:
        return True
    # A one-word parenthesis closed by the stop is a note too; longer ones are sentences.
    opened = text.rfind("(", floor, stop)
    return ")" in match.group() and opened >= 0 and len(text[opened:stop].split()) <= 1


def _ends_sentence(text: str, match: re.Match) -> bool:
    following = _NEXT_WORD.match(text, match.end())
    if following is None:
        return True
    next_word = following.group(1)
    if match.group()[0] != "." or match.group().endswith(('"', "”", "’", "'")):
        return next_word[0].isupper() or next_word[0].isdigit()
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
    token = before.group(1).lower() if before else ""
    # A single capital before the stop is an initial ("S. Jaishankar"), not an end, unless
    # a preposition puts it in a noun's place ("a post on X. Pakistan…"): names follow none.
    if len(token) == 1 and token.isalpha():
        return _after_preposition(text, match.start() - 1) and next_word[0].isupper()
    if token in SENTENCE_FINAL_ABBREVIATIONS:
        return next_word in SENTENCE_STARTERS
    if token in ABBREVIATIONS:
        return False
    return next_word[0].isupper() or next_word[0].isdigit() or not next_word[0].isalpha()


def _after_preposition(text: str, letter: int) -> bool:
    words = text[max(0, letter - 12) : letter].split()
    return bool(words) and words[-1] in HANDLE_PREPOSITIONS


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(text[start:end], start, end)] if start < end else []

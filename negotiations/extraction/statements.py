"""Statements: sentences that report what an actor said, directly or in reported speech."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Analysis
from .attribution import first_subject, subject_after, subject_before
from .dates import find_dates
from .lexicon import REPORTING_VERBS
from .records import StatementRecord

_OPENING = {"“": "”", "‘": "’", '"': '"'}
_OPENERS = re.compile('[“"]')
_MIN_QUOTE_WORDS = 4  # shorter quotations are scare quotes or titles, not speech
_CLAUSE_START = re.compile(r"^[\s,:]*(?:that\s+)?")


def find_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Quotation spans; straight quotes pair up within a paragraph, an open one ends with it."""
    quotes, i = [], 0
    while (found := _OPENERS.search(text, i)) is not None:
        i = found.start()
        opener = text[i]
        closer = _OPENING[opener]
        paragraph_end = text.find("\n", i)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        close = text.find(closer, i + 1, paragraph_end)
        end = paragraph_end if close < 0 else close + 1
        quotes.append((i, end))
        i = end
    return tuple(quotes)


def quote_stage(a: Analysis) -> Analysis:
    """Mark quotation spans."""
    quotes = find_quotes(a.document.text)
    return replace(a, quotes=quotes, _quote_starts=tuple(q[0] for q in quotes))


def statement_stage(a: Analysis) -> Analysis:
    """Attribute every speech-reporting sentence to its speaker."""
    speakers: dict[int, str] = {}
    records: list[StatementRecord] = []
    for s, span in enumerate(a.sentences):
        for speaker, verb, confidence in _speech_acts(a, s, speakers):
            if speaker is None or any(r.speaker == speaker and r.evidence == span for r in records):
                continue
            speakers.setdefault(s, speaker)
            records.append(_record(a, s, speaker, verb, confidence))
    records.extend(_quote_continuations(a, speakers, records))
    records.sort(key=lambda r: r.evidence.start)
    return replace(a, statements=tuple(records))


def _speech_acts(a: Analysis, s: int, speakers: dict[int, str]):
    tokens = a.tokens
    for k in a.token_range(a.sentences[s]):
        word = tokens[k].text.lower()
        if a.in_quote(tokens[k].start):
            continue
        if word == "according" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to":
            yield subject_after(a, s, k + 1, speakers), k, 0.8
        elif word in REPORTING_VERBS:
            speaker, confidence = subject_before(a, s, k, speakers)
            if speaker is None and word.endswith("ing"):
                speaker, confidence = first_subject(a, s, k, speakers), 0.6
            if speaker is None:
                speaker, confidence = subject_after(a, s, k, speakers), 0.8
            yield speaker, k, confidence


def _quote_continuations(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Sentences inside a quotation whose attribution sits in a neighbouring sentence."""
    attributed = {r.evidence.start for r in records}
    for q_start, q_end in a.quotes:
        if len(a.document.text[q_start:q_end].split()) < _MIN_QUOTE_WORDS:
            continue
        inside = [
            s for s, span in enumerate(a.sentences) if span.start < q_end and q_start < span.end
        ]
        speaker = next((speakers[s] for s in inside if s in speakers), None)
        if speaker is None and inside:
            speaker = speakers.get(inside[0] - 1)
        for s in inside:
            if speaker and a.sentences[s].start not in attributed:
                speakers[s] = speaker
                attributed.add(a.sentences[s].start)
                yield _record(a, s, speaker, None, 0.6)


def _record(
    a: Analysis, s: int, speaker: str, verb: int | None, confidence: float
) -> StatementRecord:
    span = a.sentences[s]
    quote = _quotation_in(a, span)
    if quote:
        content, mode = quote, "direct"
    else:
        tail = a.document.text[a.tokens[verb].end : span.end] if verb is not None else span.text
        content, mode = _CLAUSE_START.sub("", tail).rstrip(". "), "indirect"
    return StatementRecord(
        speaker=speaker,
        evidence=span,
        content=content or span.text,
        mode=mode,
        date=_speech_date(a, s, verb),
        confidence=confidence,
    )


def _quotation_in(a: Analysis, span) -> str | None:
    for q_start, q_end in a.quotes:
        if q_start < span.end and span.start < q_end:
            words = a.document.text[max(q_start, span.start) : min(q_end, span.end)]
            if len(words.split()) >= _MIN_QUOTE_WORDS:
                return words.strip('“”"‘’ ')
    return None


def _speech_date(a: Analysis, s: int, verb: int | None):
    if verb is None:
        return None
    span = a.sentences[s]
    verb_token = a.tokens[verb]
    for mention in find_dates(span.text, a.document.published, span.start):
        near = -30 < mention.start - verb_token.end < 25
        if near and mention.granularity == "day" and not a.in_quote(mention.start):
            return mention.value
    return None

"""Statements: sentences that report what an actor said, directly or in reported speech."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .analysis import Analysis
from .dates import find_dates
from .grammar import (
    clause_subject,
    first_subject,
    is_passive,
    passive_agent,
    statement_author,
    subject_after,
)
from .lexicon import NOUN_MARKERS, REPORTING_VERBS
from .records import StatementRecord

_OPENING = {"“": "”", "‘": "’", '"': '"'}
_OPENERS = re.compile('[“"]')
_MIN_QUOTE_WORDS = 4  # shorter quotations are scare quotes or titles, not speech
_CLAUSE_START = re.compile(r"^[\s,:]*(?:that\s+)?")
_SENTENCE_END = tuple('.!?:"”’…)')
# " - said Dar." / " – Dar said.": the attribution style of many wire translations.
_DASH_TAIL = 80
_CUE_WORDS = REPORTING_VERBS | {"according"}
_DASH_ATTRIBUTION = re.compile(r"\s[-–—]\s*(?:said\s+\S+(?:\s\S+){0,3}|(?:\S+\s){1,4}said)\.?$")


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
    # One pass over the words finds every candidate cue; sentences then slice their own.
    cue_words = [k for k, token in enumerate(a.tokens) if token.lower in _CUE_WORDS]
    for s, span in enumerate(a.sentences):
        tokens = a.token_range(span)
        candidates = cue_words[
            bisect_left(cue_words, tokens.start) : bisect_left(cue_words, tokens.stop)
        ]
        # Headlines and captions carry no full stop; they repeat the story's speech.
        if not candidates or not span.text.endswith(_SENTENCE_END):
            continue
        said: set[str] = set()
        for speaker, verb, confidence in _speech_acts(a, s, candidates, speakers):
            if speaker in said:
                continue
            said.add(speaker)
            speakers.setdefault(s, speaker)
            records.append(_record(a, s, speaker, verb, confidence))
    records.extend(_dash_paragraphs(a, speakers, records))
    records.extend(_quote_continuations(a, speakers, records))
    records.sort(key=lambda r: r.evidence.start)
    return replace(a, statements=tuple(records))


def _speech_acts(a: Analysis, s: int, candidates: list[int], speakers: dict[int, str]):
    """(speaker, cue token, confidence) for each speech act the sentence reports."""
    participles, found = [], False
    for k in _cues(a, s, candidates):
        if a.tokens[k].lower == "according":
            speaker, confidence = subject_after(a, s, k + 1, speakers), 0.8
        elif _is_adjunct_participle(a, s, k):
            participles.append(k)
            continue
        elif is_passive(a, s, k):
            speaker, confidence = passive_agent(a, s, k), 0.8
        else:
            speaker, confidence = _verb_subject(a, s, k, speakers), 0.9
        if speaker is not None:
            found = True
            yield speaker, k, confidence
    # "…, saying that": the participle speaks for the main clause's subject.
    if participles and not found:
        speaker = first_subject(a, s, participles[0], speakers)
        if speaker is not None:
            yield speaker, participles[0], 0.6


def _verb_subject(a: Analysis, s: int, k: int, speakers: dict[int, str]) -> str | None:
    """The subject before a finite reporting verb, or after it when the order is inverted."""
    if _is_inverted(a, s, k):
        return subject_after(a, s, k, speakers) or clause_subject(a, s, k, speakers)
    return clause_subject(a, s, k, speakers) or statement_author(a, s, k)


def _cues(a: Analysis, s: int, candidates: list[int]):
    """Reporting verbs and "according to" outside quotations, used as verbs."""
    tokens = a.tokens
    for k in candidates:
        if a.in_quote(tokens[k].start):
            continue
        if tokens[k].lower == "according":
            if k + 1 < len(tokens) and tokens[k + 1].text == "to":
                yield k
        elif _is_verb(a, s, k):
            yield k


def _is_verb(a: Analysis, s: int, k: int) -> bool:
    """Not a noun ("his remarks"), a title ("Secretary of State") or "said to be"."""
    first = a.token_range(a.sentences[s]).start
    token = a.tokens[k]
    if k > first and token.text[:1].isupper() and not _is_inverted(a, s, k):
        return False
    if k > first and (a.tokens[k - 1].lower in NOUN_MARKERS or a.tokens[k - 1].possessive):
        return False
    following = a.tokens[k + 1].lower if k + 1 < len(a.tokens) else ""
    if is_passive(a, s, k):
        return following != "to"
    # "a ceasefire proposed by the US" modifies a noun; nobody speaks.
    return following != "by"


def _is_adjunct_participle(a: Analysis, s: int, k: int) -> bool:
    """ "…, stressing that" or "Confirming the truce, X said": an -ing clause beside the main."""
    first = a.token_range(a.sentences[s]).start
    if not a.tokens[k].lower.endswith("ing"):
        return False
    return k == first or _gap_before(a, k).strip() in {",", "—", "–", "-"}


def _is_inverted(a: Analysis, s: int, k: int) -> bool:
    """ "…,” said X" / "- said X": the verb opens its clause and a name follows."""
    first = a.token_range(a.sentences[s]).start
    following = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
    if following is None or not (following.text[:1].isupper() or following.lower == "the"):
        return False
    return k == first or any(mark in _gap_before(a, k) for mark in ',"”—–-:')


def _gap_before(a: Analysis, k: int) -> str:
    previous_end = a.tokens[k - 1].end if k > 0 else 0
    return a.document.text[previous_end : a.tokens[k].start]


def _dash_paragraphs(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Unquoted speech closed by "- said X": the paragraph before the dash is X's."""
    attributed = {r.evidence.start for r in records}
    text = a.document.text
    for s, span in enumerate(a.sentences):
        # The attribution is short, so the sentence's tail is all the pattern needs.
        tail = max(0, len(span.text) - _DASH_TAIL)
        if s not in speakers or not _DASH_ATTRIBUTION.search(span.text, tail):
            continue
        back = s - 1
        while back >= 0 and "\n" not in text[a.sentences[back].end : a.sentences[back + 1].start]:
            if a.sentences[back].start not in attributed:
                speakers[back] = speakers[s]
                attributed.add(a.sentences[back].start)
                yield _record(a, back, speakers[s], None, 0.6)
            back -= 1


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
        confidence=_sureness(a, span, speaker, mode, confidence),
    )


def _sureness(a: Analysis, span, speaker: str, mode: str, found: float) -> float:
    """How sure the record is: a speaker named in the sentence is surer than one a pronoun or
    a role stands for, and a quotation surer than a paraphrase."""
    named = any(m.actor.name == speaker for m in a.mentions_in(span.start, span.end))
    sure = min(found, 0.9 if named else 0.65)
    return round(sure + (0.05 if mode == "direct" else -0.05), 2)


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
    # Only dates starting within a few words of the verb count; scan just that stretch,
    # with room on both sides for a whole expression ("on Tuesday, March 18, 2025").
    start = max(span.start, verb_token.start - 60)
    end = min(span.end, verb_token.end + 80)
    window = a.document.text[start:end]
    for mention in find_dates(window, a.document.published, start):
        near = -30 < mention.start - verb_token.end < 25
        if near and mention.granularity == "day" and not a.in_quote(mention.start):
            return mention.value
    return None

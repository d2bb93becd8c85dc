"""Who a verb belongs to: the subject before it, the name after it, or a pronoun's antecedent."""

from __future__ import annotations

from .actors import Mention
from .analysis import Analysis
from .lexicon import (
    PERSON_PRONOUNS,
    PREPOSITIONS,
    ROLE_ANAPHORS,
    SPEECH_NOUNS,
    THING_PRONOUNS,
)

_BACK_WINDOW = 8
_FORWARD_WINDOW = 6


def subject_before(
    a: Analysis, sentence: int, verb: int, speakers: dict[int, str]
) -> tuple[str | None, float]:
    """The actor acting as subject of the verb at token index `verb`, with a confidence."""
    span = a.sentences[sentence]
    first = a.token_range(span).start
    for k in range(verb - 1, max(first, verb - _BACK_WINDOW) - 1, -1):
        token = a.tokens[k]
        if a.in_quote(token.start) != a.in_quote(a.tokens[verb].start):
            break
        mention = a.mention_at(token.start)
        if mention is not None:
            if _is_modifier(a, mention, first):
                continue
            return mention.actor.name, 0.9
        word = token.text.lower()
        if word in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers), 0.75
        if word in THING_PRONOUNS:
            return _resolve_thing(a, sentence, speakers), 0.6
        if word in ROLE_ANAPHORS and k > first and a.tokens[k - 1].text.lower() == "the":
            return _resolve_role(a, token.start, word), 0.7
        if word in SPEECH_NOUNS:
            return _previous_speaker(sentence, speakers), 0.6
    return None, 0.0


def subject_after(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]) -> str | None:
    """The actor named just after a verb ("said Foreign Minister X", "according to X")."""
    span = a.sentences[sentence]
    last = a.token_range(span).stop
    for k in range(verb + 1, min(last, verb + 1 + _FORWARD_WINDOW)):
        token = a.tokens[k]
        mention = a.mention_at(token.start)
        if mention is not None:
            return mention.actor.name
        if token.text.lower() in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
    return None


def first_subject(a: Analysis, sentence: int, before: int, speakers: dict[int, str]) -> str | None:
    """The first subject-like actor of a sentence, for participles ("…, saying that")."""
    span = a.sentences[sentence]
    for k in a.token_range(span):
        if k >= before:
            break
        token = a.tokens[k]
        mention = a.mention_at(token.start)
        if mention is not None and not _is_modifier(a, mention, a.token_range(span).start):
            return mention.actor.name
        if token.text.lower() in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
    return None


def resolve_person(a: Analysis, sentence: int, offset: int, speakers: dict[int, str]) -> str | None:
    """The person "he"/"she" refers to: a subject earlier in the sentence, else the last speaker."""
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, offset):
        if mention.actor.kind == "person" and not _after_preposition(a, mention, span.start):
            return mention.actor.name
    for back in range(1, 4):
        name = speakers.get(sentence - back)
        if name and a.registry.actors.get(name, None) and a.registry.actors[name].kind == "person":
            return name
    person = a.last_person_before(offset)
    return person.actor.name if person else None


def _resolve_thing(a: Analysis, sentence: int, speakers: dict[int, str]) -> str | None:
    name = _previous_speaker(sentence, speakers)
    if name and a.registry.actors.get(name) and a.registry.actors[name].kind != "person":
        return name
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, span.end):
        if mention.actor.kind != "person":
            return mention.actor.name
    return None


def _resolve_role(a: Analysis, offset: int, role: str) -> str | None:
    for mention in reversed(a.mentions_in(max(0, offset - 3000), offset)):
        actor = mention.actor
        if actor.kind == "person" and role in (actor.role or "").lower():
            return actor.name
    return None


def _previous_speaker(sentence: int, speakers: dict[int, str]) -> str | None:
    for back in range(1, 3):
        if sentence - back in speakers:
            return speakers[sentence - back]
    return None


def _is_modifier(a: Analysis, mention: Mention, first: int) -> bool:
    """A mention after a preposition, or a possessor ("Putin's response"), is not the subject."""
    if mention.possessive:
        return True
    return _after_preposition(a, mention, a.tokens[first].start)


def _after_preposition(a: Analysis, mention: Mention, floor: int) -> bool:
    text = a.document.text[max(floor, mention.start - 20) : mention.start].lower().split()
    words = [w for w in text if w not in {"the", "a", "an"}]
    return bool(words) and words[-1].strip(",") in PREPOSITIONS

"""Find actor mentions: registry aliases, plus people introduced by a title or apposition."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

import simplemma

from .lexicon import (
    HONORIFICS,
    MEDIA_HEADS,
    NAME_PARTICLES,
    NOT_NAMES,
    REPORTING_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from .registry import Registry, RegistryActor, normalize_alias

_TOKEN = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*\.?")


class Token(NamedTuple):
    """A word with its offsets; a tuple because an article makes thousands of them."""

    text: str
    start: int
    end: int
    possessive: bool = False
    lower: str = ""  # lower case without a trailing full stop, for word-list look-ups
    lemma: str = ""  # the dictionary form of `lower` ("told" -> "tell"), for word classes


# tuple.__new__ skips the keyword handling of Token(...), which shows at thousands per article.
_new_token = partial(tuple.__new__, Token)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor."""

    actor: RegistryActor
    surface: str
    start: int
    end: int
    possessive: bool = False


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; a possessive "'s" is cut off and remembered."""
    tokens = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[-1] not in ".s":
            lower = word.lower()
            append(_new_token((word, *m.span(), False, lower, lemma_of(lower))))
            continue
        start, end = m.span()
        # A trailing full stop belongs to the token only for initials and abbreviations.
        if word[-1] == "." and len(word) > 3 and "." not in word[:-1]:
            word, end = word[:-1], end - 1
        # Apostrophes only join word characters, so "'s" is the one possessive ending left.
        possessive = len(word) > 2 and word[-1] == "s" and word[-2] in "'’"
        if possessive:
            word, end = word[:-2], end - 2
        lower = word.lower().rstrip(".")
        append(_new_token((word, start, end, possessive, lower, lemma_of(lower))))
    return tokens


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The dictionary form of a lower-case word ("told" -> "tell", "talks" -> "talk"), from
    simplemma's English dictionary; an unknown word is its own lemma."""
    return simplemma.lemmatize(word, lang="en")


def _is_name_word(token: Token) -> bool:
    word = token.text
    if word.lower() in NAME_PARTICLES:
        return True
    # "al-Qudra", "el-Masri": a particle joined to a capitalised surname.
    particle, _, rest = word.partition("-")
    if particle.lower() in NAME_PARTICLES and rest[:1].isupper():
        return True
    return word[:1].isupper() and word.rstrip(".") not in NOT_NAMES and word[:1].isalpha()


def discover_people(text: str, tokens: list[Token], registry: Registry) -> list[RegistryActor]:
    """People the registry does not know, named after a title or before a reporting verb."""
    found: dict[str, RegistryActor] = {}
    for i, token in enumerate(tokens):
        if token.lower in TITLE_HEADS:
            person = _titled_person(text, tokens, i, registry)
        elif token.lower in REPORTING_VERBS and i >= 2:
            person = _subject_person(tokens, i, registry) or _quoted_person(
                text, tokens, i, registry
            )
        elif token.lower in MEDIA_HEADS or (
            token.lower == "to" and tokens[i - 1].lower == "according"
        ):
            person = _named_source(text, tokens, i, registry)
        else:
            continue
        if person and person.name not in found:
            found[person.name] = person
    return list(found.values())


def _named_source(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "according to Anadolu." or "broadcaster Doordarshan said": a source of speech by name.

    After "according to" the name must close its clause, so "according to Reuters sources"
    is left alone.
    """
    name = _name_after(text, tokens, i)
    if not name or any(registry.lookup(t.text) or t.lower in TITLE_WORDS for t in name):
        return None
    after = text[name[-1].end : name[-1].end + 2].lstrip()
    if tokens[i].lower not in MEDIA_HEADS and after[:1] not in {".", ",", ";", ""}:
        return None
    surface = text[name[0].start : name[-1].end]
    kind = "person" if len(name) > 1 and tokens[i].lower not in MEDIA_HEADS else "organization"
    return RegistryActor(
        name=surface, kind=kind, aliases=(name[-1].text,) if kind == "person" else ()
    )


def _name_after(text: str, tokens: list[Token], i: int) -> list[Token]:
    j = i + 1
    if j < len(tokens) and text[tokens[i].end : tokens[j].start].strip() == ",":
        j += 1
    name: list[Token] = []
    while j < len(tokens) and len(name) < 7 and _is_name_word(tokens[j]):
        if name and text[name[-1].end : tokens[j].start].strip():
            break
        name.append(tokens[j])
        if tokens[j].possessive:
            break
        j += 1
    while name and name[-1].text.lower() in NAME_PARTICLES:
        name.pop()
    return name


def _titled_person(text, tokens, i, registry) -> RegistryActor | None:
    name = _name_after(text, tokens, i)
    if not name or (len(name) == 1 and tokens[i].lower not in HONORIFICS):
        return None
    if name[0].text.lower() in NAME_PARTICLES:
        return None
    surface = text[name[0].start : name[-1].end]
    if registry.lookup(surface) or _known_surname(name, registry):
        return None
    if any(registry.lookup(t.text) for t in name[:-1]):
        return None
    first = i
    while first > 0 and (
        tokens[first - 1].lower in TITLE_WORDS or registry.lookup(tokens[first - 1].text)
    ):
        first -= 1
    role_words = [t.text for t in tokens[first : i + 1] if t.lower in TITLE_WORDS]
    role_words = [w for w in role_words if w.lower().rstrip(".") not in HONORIFICS]
    affiliation = _affiliation(tokens[max(0, first - 1) : i + 1], registry)
    return RegistryActor(
        name=surface,
        kind="person",
        role=" ".join(role_words) or None,
        affiliation=affiliation,
        aliases=(name[-1].text, text[tokens[first].start : name[-1].end]),
    )


def _known_surname(name: list[Token], registry: Registry) -> bool:
    """Whether the name's last word belongs to a known actor, and not merely to a namesake:
    "Hazem Qassem" is not "Naim Qassem", whose surname alone the registry knows. A given
    name with the same initial is taken for a spelling ("Vladimir" for "Volodymyr")."""
    known = registry.lookup(name[-1].text)
    if known is None or known.kind != "person" or len(name) < 2:
        return known is not None
    initials = {alias.split()[0][:1].lower() for alias in (known.name, *known.aliases)}
    return name[0].text[:1].lower() in initials


def _quoted_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "…,” said Einav Zangauker, whose…": a full name after a verb that closes a quotation."""
    gap = text[tokens[i - 1].end : tokens[i].start] if i > 0 else ""
    if not any(mark in gap for mark in '"”'):
        return None
    name = _name_after(text, tokens, i)
    if len(name) < 2 or name[0].text.lower() in NAME_PARTICLES:
        return None
    if any(registry.lookup(t.text) or t.lower in TITLE_WORDS for t in name):
        return None
    if text[name[-1].end : name[-1].end + 1] not in {",", ".", ""}:
        return None
    surface = text[name[0].start : name[-1].end]
    return RegistryActor(name=surface, kind="person", aliases=(name[-1].text,))


def _subject_person(tokens, i, registry) -> RegistryActor | None:
    name = []
    j = i - 1
    while j >= 0 and len(name) < 3 and _is_name_word(tokens[j]) and not tokens[j].possessive:
        name.insert(0, tokens[j])
        j -= 1
    if len(name) < 2 or name[0].text.lower() in NAME_PARTICLES:
        return None
    if any(registry.lookup(t.text) or t.lower in TITLE_WORDS for t in name):
        return None
    joined = j >= 0 and tokens[j].end + 1 >= name[0].start
    if joined and (tokens[j].text[:1].isupper() or tokens[j].text.lower() in NAME_PARTICLES):
        return None
    surface = " ".join(t.text for t in name)
    return RegistryActor(name=surface, kind="person", aliases=(name[-1].text,))


def _affiliation(tokens: list[Token], registry: Registry) -> str | None:
    for token in tokens:
        actor = registry.lookup(token.text)
        if actor is None:
            continue
        if actor.kind == "person":
            return actor.affiliation
        return actor.name
    return None


# Words recur across articles, so their alias keys are worth keeping between documents.
_alias_key = lru_cache(maxsize=100_000)(normalize_alias)


def find_mentions(tokens: list[Token], registry: Registry, text: str) -> list[Mention]:
    """Longest registry alias at each capitalised token, left to right."""
    mentions, resume = [], 0
    starts = [i for i, t in enumerate(tokens) if t.text[0].isupper() or t.text[0].isdigit()]
    for i in starts:
        if i < resume:
            continue
        hit = _longest(tokens, i, registry, text)
        if hit is None:
            continue
        j, actor = hit
        surface = text[tokens[i].start : tokens[j].end]
        mentions.append(
            Mention(actor, surface, tokens[i].start, tokens[j].end, tokens[j].possessive)
        )
        resume = j + 1
    return mentions


def _longest(tokens, i, registry, text) -> tuple[int, RegistryActor] | None:
    """Grow the alias one token at a time while it is still the prefix of some alias."""
    best, key = None, ""
    for j in range(i, len(tokens)):
        word = _alias_key(tokens[j].text)
        key = f"{key} {word}" if key else word
        if not registry.has_prefix(key):
            break
        actor = registry.actor_for(key)
        if actor is not None:
            best = (j, actor)
        if (
            tokens[j].possessive
            or "\n"
            in text[tokens[j].end : tokens[j + 1].start if j + 1 < len(tokens) else tokens[j].end]
        ):
            break
    return best

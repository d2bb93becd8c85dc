"""Which negotiations a document is about: the parties it names and the places it mentions."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from operator import attrgetter

from .analysis import Analysis
from .registry import RegistryNegotiation, normalize_alias

# A place or word that names one conflict says more than a party, which may have several.
KEYWORD_WEIGHT = 1.5
# A second negotiation counts only when it is a good part of what the document is about.
SECONDARY_SHARE = 0.5


def negotiation_stage(a: Analysis) -> Analysis:
    """Rank the registry's negotiations the document is about, the main one first."""
    scores = negotiation_scores(a)
    ranked = sorted(scores, key=lambda slug: -scores[slug])
    top = scores[ranked[0]] if ranked else 0.0
    return a.replaced(negotiations=tuple(s for s in ranked if scores[s] >= SECONDARY_SHARE * top))


def negotiation_scores(a: Analysis) -> dict[str, float]:
    """A score for every negotiation the document qualifies for.

    A document qualifies when it names two of the negotiation's parties, or a party and one
    of its places, or two of its places: one party alone (a mediator-like state, say) is not
    enough. Parties weigh less the more negotiations they take part in.
    """
    negotiations = a.registry.negotiations
    if not negotiations:
        return {}
    named = _parties_named(a)
    weights = _party_weights(negotiations)
    title = normalize_alias(a.document.title or "")
    # The tokens' alias keys, normalised word by word, beat normalising the whole text.
    text = " ".join([title, *map(attrgetter("key"), a.tokens)])
    keywords, owners = _keyword_index(negotiations)
    hits_by: Counter[str] = Counter()
    for keyword in _keywords_in(text.split(), keywords):
        hits_by.update(owners[keyword])
    scores = {}
    for n in negotiations:
        sides = {p: named[p] for p in n.parties if named[p]}
        hits = hits_by[n.slug]
        if len(sides) < 2 and not (sides and hits) and hits < 2:
            continue
        score = sum(weights[p] * (1 + math.log2(count)) for p, count in sides.items())
        scores[n.slug] = score + (KEYWORD_WEIGHT * (1 + math.log2(hits)) if hits else 0.0)
    return scores


def _parties_named(a: Analysis) -> Counter[str]:
    """How often each state, organisation or group is named, a person counting for their own."""
    named: Counter[str] = Counter()
    for mention in a.mentions:
        actor = mention.actor
        party = actor.affiliation if actor.kind == "person" and actor.affiliation else actor.name
        named[party] += 1
    return named


@lru_cache(maxsize=8)
def _party_weights(negotiations: tuple[RegistryNegotiation, ...]) -> dict[str, float]:
    taking_part = Counter(party for n in negotiations for party in set(n.parties))
    return {party: 1 / count for party, count in taking_part.items()}


def _keywords_in(words: list[str], keywords: dict[str, list[tuple[str, list[str]]]]) -> list[str]:
    """The keywords the words spell out, left to right, the longest at each word, none
    overlapping."""
    found, end = [], 0
    for i in [i for i, word in enumerate(words) if word in keywords]:
        for keyword, parts in keywords[words[i]] if i >= end else ():
            if words[i : i + len(parts)] == parts:
                found.append(keyword)
                end = i + len(parts)
                break
    return found


@lru_cache(maxsize=8)
def _keyword_index(
    negotiations: tuple[RegistryNegotiation, ...],
) -> tuple[dict[str, list[tuple[str, list[str]]]], dict[str, tuple[str, ...]]]:
    """Every negotiation's keywords as word lists by their first word, the longest first,
    and the negotiations each keyword names: one scan of the text instead of one per
    negotiation."""
    keywords = {n.slug: {normalize_alias(k) for k in n.keywords} - {""} for n in negotiations}
    words = sorted(set().union(*keywords.values()), key=len, reverse=True)
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for word in words:
        by_first.setdefault(word.split()[0], []).append((word, word.split()))
    # A longer keyword of one negotiation ("gaza strip") still names another whose keyword
    # it contains ("gaza"), as that negotiation's own scan would have found it.
    owners = {
        word: tuple(slug for slug, own in keywords.items() if any(_contains(word, k) for k in own))
        for word in words
    }
    return by_first, owners


def _contains(longer: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", longer) is not None

"""Canonical issues: which of the registry's issues a piece of text names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .analysis import Analysis
from .lexicon import THEATRE_LINKS, THEATRE_NOUNS
from .records import StatementRecord
from .registry import RegistryIssue

# A stem this short is a whole word ("land", "deal"): this many letters more after it make
# a compound of another word ("landmines", "landmark"), not a form of the word.
_WORD_STEM = 4
_COMPOUND_TAIL = 4
# "on land, at sea and in the air": a theatre noun coordinated with another names where the
# fighting is, not a thing on the table; this many characters either side hold the other one.
_THEATRE_REACH = 24


@lru_cache(maxsize=8)
def _issue_index(issues: tuple[RegistryIssue, ...]) -> tuple[re.Pattern | None, dict[str, tuple]]:
    """One pattern finding, at every word start, the longest stem of any issue that begins
    there, and per stem the (order, stem length, name) of each issue one of whose stems it
    begins with: one scan of a text instead of one per issue."""
    named = [(order, issue) for order, issue in enumerate(i for i in issues if i.words)]
    stems = sorted({w.lower() for _, issue in named for w in issue.words}, key=len, reverse=True)
    owners = {}
    for stem in stems:
        owners[stem] = tuple(
            (order, len(first), issue.name)
            for order, issue in named
            if (first := next((w.lower() for w in issue.words if stem.startswith(w.lower())), None))
        )
    if not stems:
        return None, owners
    # The lookahead consumes nothing, so a stem inside a longer one is found as well. The
    # class of first letters before it rules most word starts out with one test.
    firsts = "".join(sorted({re.escape(stem[0]) for stem in stems}))
    pattern = re.compile(rf"\b(?=[{firsts}])(?=({_longest_of(stems)}))")
    return pattern, owners


def _longest_of(stems: list[str]) -> str:
    """A pattern matching the longest of the stems that starts where it is tried, as their
    alternation longest first does, but read letter by letter down a tree of their shared
    beginnings: the alternation tried every stem at every word start."""
    tree: dict = {}
    for stem in stems:
        node = tree
        for letter in stem:
            node = node.setdefault(letter, {})
        node[""] = {}  # a stem ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    """The pattern of the stems' ends below a node of the tree."""
    branches = [re.escape(letter) + _branches(rest) for letter, rest in node.items() if letter]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Going on to a longer stem is tried before ending with the one that ends here.
    return f"(?:{either})?" if "" in node else either


# The index last used, by the identity of its issues: hashing every issue for the cache on
# each call would cost more than the scan of a short text. With it, the spans already found
# in each text, as the stages ask about the same sentences again and again.
_last_index: list[tuple] = [((), (None, {}), {})]
_KNOWN_TEXTS = 16  # texts kept: the stages ask about one sentence after another


def _memo_of(issues: tuple[RegistryIssue, ...]) -> tuple:
    """The issues last asked about, their index and the spans known in texts."""
    if _last_index[0][0] is not issues:
        _last_index[0] = (issues, _issue_index(issues), {})
    return _last_index[0]


def issue_mentions(lowered: str, issues: tuple[RegistryIssue, ...]) -> list[tuple[int, str]]:
    """Every issue named in a lower-cased text, by offset; the registry's order breaks ties."""
    return [(at, name) for at, _, name in issue_spans(lowered, issues)]


def issue_spans(lowered: str, issues: tuple[RegistryIssue, ...]) -> list[tuple[int, int, str]]:
    """Every issue named in a lower-cased text as (start, end, name), by offset; an issue's
    mentions do not overlap one another."""
    _, index, known = _memo_of(issues)
    spans = known.get(lowered)
    if spans is None:
        if len(known) >= _KNOWN_TEXTS:
            known.clear()
        spans = known[lowered] = tuple(_spans(lowered, *index))
    return list(spans)


def _spans(lowered: str, pattern: re.Pattern | None, owners: dict[str, tuple]) -> list[tuple]:
    found, ends = [], {}
    for m in pattern.finditer(lowered) if pattern else ():
        at = m.start()
        if _incidental(lowered, at, m.group(1)):
            continue
        for order, length, name in owners[m.group(1)]:
            if at >= ends.get(name, 0):
                ends[name] = at + length
                found.append((at, order, at + length, name))
    return [(at, end, name) for at, _, end, name in sorted(found)]


_LETTERS = re.compile(r"[a-z]*")


def _incidental(lowered: str, at: int, stem: str) -> bool:
    """Whether a stem found at offset at is no mention of its issue: a short whole word that
    opens a compound ("landmines"), or a theatre noun in a list of theatres ("by land and sea")."""
    end = at + len(stem)
    tail = len(_LETTERS.match(lowered, end).group())
    if len(stem) <= _WORD_STEM and tail >= _COMPOUND_TAIL:
        return True
    if stem not in THEATRE_NOUNS or tail:
        return False
    before = re.findall(r"[a-z]+", lowered[max(0, at - _THEATRE_REACH) : at])
    after = re.findall(r"[a-z]+", lowered[end : end + _THEATRE_REACH])
    return _listed_theatre(reversed(before)) or _listed_theatre(after)


def _listed_theatre(words) -> bool:
    """Whether another theatre noun follows in these words past list links only."""
    for word in words:
        if word in THEATRE_NOUNS:
            return True
        if word not in THEATRE_LINKS:
            return False
    return False


def issue_stage(a: Analysis) -> Analysis:
    """Tag each statement with the canonical issues its words name."""
    return a.replaced(statements=tuple(_tagged(s, a.registry.issues) for s in a.statements))


def _tagged(statement: StatementRecord, issues: tuple[RegistryIssue, ...]) -> StatementRecord:
    lowered = (statement.content or statement.evidence.text).lower()
    names = tuple(dict.fromkeys(name for _, name in issue_mentions(lowered, issues)))
    # Most statements name no issue and keep the empty tuple they were made with.
    return replace(statement, issues=names) if names else statement

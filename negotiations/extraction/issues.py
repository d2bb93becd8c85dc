"""Canonical issues: which of the registry's issues a piece of text names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .analysis import Analysis
from .registry import RegistryIssue


@lru_cache(maxsize=8)
def issue_patterns(issues: tuple[RegistryIssue, ...]) -> dict[str, re.Pattern]:
    """One pattern per issue, matching its stems at the start of a word."""
    return {
        issue.name: re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in issue.words) + ")")
        for issue in issues
        if issue.words
    }


def issue_mentions(lowered: str, issues: tuple[RegistryIssue, ...]) -> list[tuple[int, str]]:
    """Every issue named in a lower-cased text, by offset; the registry's order breaks ties."""
    return [(at, name) for at, _, name in issue_spans(lowered, issues)]


def issue_spans(lowered: str, issues: tuple[RegistryIssue, ...]) -> list[tuple[int, int, str]]:
    """Every issue named in a lower-cased text as (start, end, name), by offset."""
    found = [
        (m.start(), order, m.end(), name)
        for order, (name, pattern) in enumerate(issue_patterns(issues).items())
        for m in pattern.finditer(lowered)
    ]
    return [(at, end, name) for at, _, end, name in sorted(found)]


def issue_stage(a: Analysis) -> Analysis:
    """Tag each statement with the canonical issues its words name."""
    tagged = tuple(
        replace(
            s,
            issues=tuple(
                dict.fromkeys(
                    name
                    for _, name in issue_mentions(
                        (s.content or s.evidence.text).lower(), a.registry.issues
                    )
                )
            ),
        )
        for s in a.statements
    )
    return replace(a, statements=tagged)

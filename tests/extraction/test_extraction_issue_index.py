"""The issue index's tree of stems finds what the alternation of the stems, longest first,
finds: at each word start, the longest stem that starts there."""

import re

import pytest

from negotiations.extraction.issues import _longest_of

STEMS = ["ceasefire", "cease", "ceasefire monitoring", "land", "landmine", "aid", "talks"]


def alternation(stems):
    return "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))


@pytest.mark.parametrize(
    "text",
    [
        "the ceasefire monitoring mission",
        "a ceasefire now",
        "cease fire",
        "ceasefir",
        "landmines and land",
        "aid talks",
        "nothing here",
    ],
)
def test_the_tree_finds_the_longest_stem_as_the_alternation_does(text):
    tree, plain = (re.compile(rf"\b(?=({p}))") for p in (_longest_of(STEMS), alternation(STEMS)))
    found = [(m.start(), m.group(1)) for m in tree.finditer(text)]
    assert found == [(m.start(), m.group(1)) for m in plain.finditer(text)]

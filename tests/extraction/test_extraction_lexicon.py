"""Word lists live in the lexicon only, as lemmas where they are verb classes."""

import ast
from pathlib import Path

import pytest

from negotiations.extraction import lexicon
from negotiations.extraction.actors import lemma_of

EXTRACTION = Path(lexicon.__file__).parent
# Modules that declare words by design: the lexicon, and the records' one vocabulary.
WORD_MODULES = {"lexicon.py", "vocabulary.py"}


def _word_lists(tree: ast.AST):
    """Literal sets, lists and tuples of three or more lower-case words, and dicts keyed by
    such words with constant values; a dict of computed values is a record, not a list."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            if not all(isinstance(v, ast.Constant) for v in node.values):
                continue
            items = node.keys
        elif isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        else:
            continue
        words = [
            item.value
            for item in items
            if isinstance(item, ast.Constant) and isinstance(item.value, str)
        ]
        if len(words) >= 3 and all(w.replace(" ", "").isalpha() and w.islower() for w in words):
            yield node.lineno, words


@pytest.mark.parametrize(
    "module",
    sorted(p.name for p in EXTRACTION.glob("*.py") if p.name not in WORD_MODULES),
)
def test_no_word_list_lives_outside_the_lexicon(module):
    tree = ast.parse((EXTRACTION / module).read_text("utf-8"))
    assert list(_word_lists(tree)) == []


VERB_CLASSES = [
    name
    for name in dir(lexicon)
    if name.endswith("_LEMMAS") and isinstance(getattr(lexicon, name), frozenset)
]


@pytest.mark.parametrize("name", VERB_CLASSES)
def test_verb_classes_hold_lemmas_not_inflected_forms(name):
    words = getattr(lexicon, name)
    assert sorted(w for w in words if " " not in w and lemma_of(w) != w) == []

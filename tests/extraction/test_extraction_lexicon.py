"""Word lists live in the lexicon only, as lemmas where they are verb classes."""

import ast
from itertools import combinations
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


@pytest.mark.parametrize("name", lexicon.LEMMA_CLASSES)
def test_lemma_classes_hold_lemmas_not_inflected_forms(name):
    words = getattr(lexicon, name)
    forms = [w for w in words if " " not in w and lemma_of(w) != w]
    assert sorted(set(forms) - lexicon.LEMMA_CLASS_EXCEPTIONS.keys()) == []


def test_lemma_class_exceptions_are_listed_forms():
    listed = set().union(*(getattr(lexicon, name) for name in lexicon.LEMMA_CLASSES))
    exceptions = lexicon.LEMMA_CLASS_EXCEPTIONS.keys()
    assert sorted(w for w in exceptions if w not in listed or lemma_of(w) == w) == []


# Names that describe the lexicon rather than list words.
_META = {"FUNCTION_WORDS", "LEMMA_CLASSES", "LEMMA_CLASS_EXCEPTIONS", "KIND_NAMES"}


def _word_sets() -> dict[str, set[str]]:
    """Every list of words in the lexicon, keyed by name: a dict by its keys."""
    found = {}
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if not name.isupper() or name in _META or name in lexicon.KIND_NAMES:
            continue
        if isinstance(value, dict | frozenset | tuple) and all(isinstance(w, str) for w in value):
            found[name] = set(value)
    return found


def _open_class_overlaps() -> dict[tuple[str, str], set[str]]:
    lists = _word_sets()
    pairs = {}
    for first, second in combinations(sorted(lists), 2):
        shared = {
            w for w in lists[first] & lists[second] if w.lower() not in lexicon.FUNCTION_WORDS
        }
        if shared:
            pairs[(first, second)] = shared
    return pairs


def test_lists_sharing_an_open_class_word_say_why():
    declared = {tuple(sorted(pair)) for pair in lexicon.SHARED_WORDS}
    undeclared = {pair: sorted(words) for pair, words in _open_class_overlaps().items()}
    assert {pair: words for pair, words in undeclared.items() if pair not in declared} == {}


def test_shared_words_names_only_lists_that_share_one():
    overlapping = _open_class_overlaps().keys()
    assert sorted(p for p in lexicon.SHARED_WORDS if tuple(sorted(p)) not in overlapping) == []


def test_shared_words_give_a_reason_each():
    assert [p for p, reason in lexicon.SHARED_WORDS.items() if len(reason.split()) < 4] == []

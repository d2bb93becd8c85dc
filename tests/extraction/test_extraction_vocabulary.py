"""Extraction speaks the one vocabulary: every value its word lists can produce is declared."""

import pytest

from negotiations.extraction import lexicon, vocabulary


@pytest.mark.parametrize(
    "produced, declared",
    [
        (lexicon.PROPOSAL_NOUNS.values(), vocabulary.PROPOSAL_KINDS),
        (lexicon.SCOPE_KINDS.values(), vocabulary.PROPOSAL_KINDS),
        (lexicon.KIND_FAMILIES, vocabulary.PROPOSAL_KINDS),
        (lexicon.OPEN_KINDS, vocabulary.PROPOSAL_KINDS),
        (lexicon.MEETING_WORDS.values(), vocabulary.MEETING_KINDS),
        (lexicon.RESPONSE_CUES.values(), vocabulary.RESPONSES),
        (vocabulary.RESPONSE_STANCES, vocabulary.RESPONSES),
        (vocabulary.RESPONSE_STANCES.values(), vocabulary.STANCES),
    ],
)
def test_word_lists_produce_only_declared_values(produced, declared):
    assert set(produced) <= set(declared)

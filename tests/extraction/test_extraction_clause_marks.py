"""The meeting and proposal stages find clause marks by searching a sentence's text once; what
they find must be what the grammar reads in each gap between two words."""

import pytest

from negotiations.extraction import Document
from negotiations.extraction.analysis import Analysis
from negotiations.extraction.grammar import CLAUSE_MARKS, STRONG_MARKS, breaks_between
from negotiations.extraction.lexicon import CLAUSE_OPENERS
from negotiations.extraction.meetings import _opens
from negotiations.extraction.pipeline import actor_stage, sentence_stage
from negotiations.extraction.proposals import _ENDS, _clause_ends, _sentence

TEXTS = [
    "Qatar, which brokered the talks, said the truce – due on Monday – would hold; Chad agreed.",
    "The envoy (a former minister) met both sides: the army and the RSF.",
    "Talks on the Lebanon–Israel border resumed after a pause, officials said.",
    "Hamas accepted.",
]


def analysed(text, registry):
    return actor_stage(sentence_stage(Analysis(Document(text=text), registry)))


@pytest.mark.parametrize("text", TEXTS)
def test_a_plan_clause_ends_where_the_grammar_reads_a_mark(text, registry):
    a = analysed(text, registry)
    for s, span in enumerate(a.sentences):
        c = _sentence(a, s, span, {})
        for i in range(len(c.indices)):
            last = i + 1 >= len(c.indices)
            expected = last or breaks_between(a, c.token(i), c.token(i + 1), _ENDS)
            assert _clause_ends(c, i) == expected


@pytest.mark.parametrize("marks", [CLAUSE_MARKS, STRONG_MARKS])
@pytest.mark.parametrize("text", TEXTS)
def test_a_meeting_clause_opens_at_a_mark_or_an_opener(text, marks, registry):
    a = analysed(text, registry)
    for indices in a.sentence_tokens:
        toks = a.tokens[indices.start : indices.stop]
        for k in range(1, len(toks)):
            opener = toks[k].lower in CLAUSE_OPENERS
            assert _opens(a, toks, k, marks) == (
                breaks_between(a, toks[k - 1], toks[k], marks) or opener
            )

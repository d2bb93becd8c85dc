"""Who put a plan forward and who answered it, read from the grammar of the sentence."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract


def answers(text, registry):
    (proposal,) = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    return {(r.actor, r.response) for r in proposal.responses}


@pytest.mark.parametrize(
    "text, responses",
    [
        # A hyphenated modifier between the owner and the organ keeps the owner the subject.
        (
            "Ethiopia's military-backed cabinet on Tuesday rejected a border truce.",
            {("Ethiopia", "rejected")},
        ),
        # After a modal, "to" or a plural pronoun a bare "back" is the verb, not the adverb.
        ("Serbia said it would back the monitoring mission.", {("Serbia", "accepted")}),
        (
            "Kosovo agreed to back a prisoner exchange in March.",
            {("Kosovo", "accepted")},
        ),
        # "they" opening what several subjects said stands for all of them.
        (
            "Armenia and Azerbaijan have said they back an exchange of detainees.",
            {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
        ),
        (
            "India and Pakistan said that they would honour the truce.",
            {("India", "accepted"), ("Pakistan", "accepted")},
        ),
    ],
)
def test_who_answers(text, responses, registry):
    assert answers(text, registry) == responses

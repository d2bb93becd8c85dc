import pytest

from negotiations.extraction import Document, extract


def positions(text, registry):
    found = extract(Document(text=text), registry).positions
    return {(q.actor, q.issue, q.stance) for q in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The holder is the subject right before the stance word.
        (
            "Pakistan firmly rejects any territorial concession.",
            ("Pakistan", "territorial concessions", "oppose"),
        ),
        ("India supports new sanctions.", ("India", "sanctions", "support")),
        ("Hamas demands the release of all prisoners.", ("Hamas", "hostages", "support")),
        # Coordinated subjects both hold the stance.
        ("Egypt and Qatar back humanitarian corridors.", ("Qatar", "humanitarian aid", "support")),
        ("Egypt and Qatar back humanitarian corridors.", ("Egypt", "humanitarian aid", "support")),
        # Negation flips the stance.
        (
            "Israel does not support a withdrawal from the corridor.",
            ("Israel", "withdrawal", "oppose"),
        ),
        # A condition makes acceptance conditional.
        (
            "Pakistan is ready to accept elections as long as observers attend.",
            ("Pakistan", "elections", "conditional"),
        ),
        # Studying an issue is neutral.
        ("Qatar is studying the sanctions.", ("Qatar", "sanctions", "neutral")),
        # An answer to a proposal is a stance on that proposal.
        ("Hamas accepted the 42-day truce.", ("Hamas", "42-day truce", "support")),
    ],
)
def test_stance(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # "aid" inside "said" is no issue.
        "Israel said it supports the talks.",
        # The subject of "demands" is the plan, not the actor named earlier.
        "Under pressure from India, the plan demands land.",
        # A hypothetical clause states no stance.
        "Egypt warned of sanctions if Israel rejects the truce.",
        # Hope and calls are no stated stance.
        "Qatar hopes for a ceasefire and called for calm.",
    ],
)
def test_no_stance(text, registry):
    assert positions(text, registry) == set()


def test_a_stated_stance_repeating_an_answer_is_one_position(registry):
    text = "Israel accepted the 60-day ceasefire, and Israel supports a ceasefire."
    assert [q.stance for q in extract(Document(text=text), registry).positions] == ["support"]

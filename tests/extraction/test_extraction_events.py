from datetime import date

import pytest

from negotiations.extraction import Document, extract

FRIDAY = date(2024, 5, 31)  # the last day of a month


def run(text, registry, published=FRIDAY):
    return extract(Document(text=text, published=published), registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Erdogan will speak with Putin by phone on Monday.",
            ("call", {"Recep Tayyip Erdogan", "Vladimir Putin"}, date(2024, 6, 3), "planned"),
        ),
        (
            "Macron met Zelensky in Paris on Wednesday.",
            ("meeting", {"Emmanuel Macron", "Volodymyr Zelensky"}, date(2024, 5, 29), "held"),
        ),
        (
            "The Israeli delegation and Hamas negotiators held talks in Doha last week.",
            ("talks", {"Israel", "Hamas"}, None, "held"),
        ),
        (
            "The summit between Modi and Sharif was cancelled.",
            ("summit", {"Narendra Modi", "Shehbaz Sharif"}, None, "cancelled"),
        ),
    ],
)
def test_meetings(text, expected, registry):
    (meeting,) = run(text, registry).meetings
    kind, participants, when, status = expected
    assert (meeting.kind, meeting.date, meeting.status) == (kind, when, status)
    assert participants <= set(meeting.participants)


def test_two_mentions_of_one_call_are_one_meeting(registry):
    text = (
        "Trump will speak with Putin on Tuesday. The Kremlin confirmed that Putin and Trump "
        "would speak on Tuesday."
    )
    assert len(run(text, registry).meetings) == 1


@pytest.mark.parametrize(
    "text, title_word, proposer, responses",
    [
        (
            "Macron proposed a 30-day truce, which Russia rejected.",
            "truce",
            "Emmanuel Macron",
            {("Russia", "rejected")},
        ),
        (
            "Hamas accepted the hostage exchange in principle but set conditions.",
            "exchange",
            None,
            {("Hamas", "conditional")},
        ),
        (
            "Egypt's plan for a humanitarian ceasefire was welcomed by Qatar. Israel is "
            "considering the ceasefire.",
            "ceasefire",
            "Egypt",
            {("Qatar", "accepted"), ("Israel", "considering")},
        ),
    ],
)
def test_proposals(text, title_word, proposer, responses, registry):
    proposals = [p for p in run(text, registry).proposals if title_word in p.title.lower()]
    assert proposals
    assert proposals[0].proposed_by == proposer
    assert {(r.actor, r.response) for r in proposals[0].responses} >= responses


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelensky refused to cede any territory.", ("Volodymyr Zelensky", "oppose")),
        ("Germany supports new sanctions on Moscow.", ("Germany", "support")),
        ("Pakistan will not accept any ceasefire.", ("Pakistan", "oppose")),
    ],
)
def test_positions(text, expected, registry):
    assert expected in {(q.actor, q.stance) for q in run(text, registry).positions}

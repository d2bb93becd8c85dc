from datetime import date

import pytest

from negotiations.extraction import Document, extract

MONDAY = date(2024, 6, 3)


def statements(text, registry, published=MONDAY):
    result = extract(Document(text=text, published=published), registry)
    return [(s.speaker, s.evidence.text, s.mode) for s in result.statements]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X said" with a registry alias
        ("Putin said the offensive would go on.", [("Vladimir Putin", "indirect")]),
        # "said X" after a quotation, speaker introduced by a title
        (
            '"We are ready to talk without delay," said Foreign Minister Anna Kowalczyk.',
            [("Anna Kowalczyk", "direct")],
        ),
        # a metonym speaks for its state
        ("The Kremlin denied any plan to withdraw.", [("Russia", "indirect")]),
        # role apposition: "Qatar's prime minister, X"
        (
            "Qatar's prime minister, Ali bin Kareem, confirmed the date.",
            [("Ali bin Kareem", "indirect")],
        ),
        # group spokesperson
        (
            "Hamas spokesperson Omar Badri warned that talks could stall.",
            [("Omar Badri", "indirect")],
        ),
        # "according to"
        ("The convoy was stopped, according to Ukrainian officials.", [("Ukraine", "indirect")]),
    ],
)
def test_speaker_and_mode(text, expected, registry):
    assert [(s, m) for s, _, m in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pronouns follow the last speaker, not the last name mentioned
        (
            "U.S. envoy Dale Marsh described his meeting with Putin. He added that more talks "
            "were needed.",
            ["Dale Marsh", "Dale Marsh"],
        ),
        # a multi-sentence quotation gives one statement per sentence
        (
            'Erdogan said: "We will host the talks. Both sides have agreed. The date is set."',
            ["Recep Tayyip Erdogan"] * 3,
        ),
        # trailing attribution after a quotation with a pronoun
        (
            'Zelensky spoke in Kyiv. "We will not give up our land," he said.',
            ["Volodymyr Zelensky"],
        ),
        # the surname links back to the full name introduced earlier
        (
            "Defence Minister Piotr Lasko met the envoy. Lasko said the meeting went well.",
            ["Piotr Lasko"],
        ),
    ],
)
def test_speakers_across_sentences(text, expected, registry):
    assert [s for s, _, _ in statements(text, registry)] == expected


def test_statement_date_resolves_against_publication(registry):
    result = extract(
        Document("Trump said on Sunday that talks went well.", published=MONDAY), registry
    )
    assert result.statements[0].date == date(2024, 6, 2)


def test_statement_date_stays_empty_without_publication(registry):
    result = extract(Document("Trump said on Sunday that talks went well."), registry)
    assert result.statements[0].date is None

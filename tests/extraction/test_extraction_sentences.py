import pytest

from negotiations.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. envoy arrived. He left.", ["The U.S. envoy arrived.", "He left."]),
        ("Mr. Adams met Gen. Brook today.", ["Mr. Adams met Gen. Brook today."]),
        ("Minister J. K. Rowe spoke. Talks ended.", ["Minister J. K. Rowe spoke.", "Talks ended."]),
        ("Aid came from the U.S. The talks ended.", ["Aid came from the U.S.", "The talks ended."]),
        (
            'She said: "We will hold. They will fail." Then she left.',
            ['She said: "We will hold.', 'They will fail."', "Then she left."],
        ),
        (
            "Headline without a stop\nBody text here.",
            ["Headline without a stop", "Body text here."],
        ),
        ("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"]),
        (
            "We agreed on a list. The exchange starts soon. - said Ishaq Dar.",
            ["We agreed on a list.", "The exchange starts soon. - said Ishaq Dar."],
        ),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)

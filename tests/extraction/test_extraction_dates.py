from datetime import date

import pytest

from negotiations.extraction.dates import find_dates

WEDNESDAY = date(2024, 1, 31)  # last day of a month, midweek


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("They spoke on Monday.", WEDNESDAY, date(2024, 1, 29)),
        ("They will meet on Friday.", WEDNESDAY, date(2024, 2, 2)),
        ("The envoy arrives tomorrow.", WEDNESDAY, date(2024, 2, 1)),
        ("The call took place yesterday.", date(2024, 3, 1), date(2024, 2, 29)),
        ("They met last Sunday.", date(2024, 1, 1), date(2023, 12, 31)),
        ("Talks resume next month.", date(2024, 12, 15), date(2025, 1, 1)),
        ("Talks were held last week.", date(2024, 1, 3), date(2023, 12, 25)),
        ("The summit is on Feb. 3.", WEDNESDAY, date(2024, 2, 3)),
        ("It began on the 5th of December.", date(2025, 1, 10), date(2024, 12, 5)),
        ("They met on Tuesday.", None, None),
        # the report's own day, as wires and live blogs give it
        ("Bayramov held a call with Rubio earlier in the day, Baku said.", WEDNESDAY, WEDNESDAY),
        ("Petro will receive the Norwegian envoy later today.", WEDNESDAY, WEDNESDAY),
        ("The ELN negotiators left Havana later in the day.", WEDNESDAY, WEDNESDAY),
    ],
)
def test_find_dates(text, published, expected):
    (found,) = find_dates(text, published)
    assert found.value == expected
    assert found.text in text


SATURDAY = date(2024, 8, 31)  # the last day of a month, a Saturday


@pytest.mark.parametrize(
    "text, published, future, expected",
    [
        # A past event: the most recent such day, publication day included.
        ("They met on Saturday.", SATURDAY, False, SATURDAY),
        ("They met on Sunday.", SATURDAY, False, date(2024, 8, 25)),
        ("They met on Thursday.", date(2024, 9, 2), False, date(2024, 8, 29)),
        # A future event: the next such day, publication day included.
        ("They meet on Monday.", SATURDAY, True, date(2024, 9, 2)),
        ("They meet on Friday.", date(2024, 12, 30), True, date(2025, 1, 3)),
        # "last"/"next" still decide over the tense.
        ("They meet next Saturday.", SATURDAY, False, date(2024, 9, 7)),
        ("They met last Saturday.", SATURDAY, True, date(2024, 8, 24)),
        # Without a publication date nothing resolves.
        ("They met on Sunday.", None, False, None),
    ],
)
def test_weekday_follows_the_tense_of_the_event(text, published, future, expected):
    (found,) = find_dates(text, published, future=future)
    assert found.value == expected


def test_sentences_without_date_words_have_no_dates():
    assert find_dates("Negotiators said the talks went well.", SATURDAY) == []

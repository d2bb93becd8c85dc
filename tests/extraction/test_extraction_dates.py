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
    ],
)
def test_find_dates(text, published, expected):
    (found,) = find_dates(text, published)
    assert found.value == expected
    assert found.text in text

from datetime import date

import pytest

from negotiations.extraction.dates import find_dates, period_start

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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haugen met Patino on April 13 and the ELN two days later.", date(2024, 4, 15)),
        ("Grono was in Baku on 2 March and in Yerevan the following day.", date(2024, 3, 3)),
        ("The junta met the KNU on 26 January and the AA a week earlier.", date(2024, 1, 19)),
        ("Tadesse flew to Mekelle on Monday and met Abiy a day after.", date(2024, 1, 30)),
    ],
)
def test_a_step_counts_from_the_day_named_before_it(text, expected):
    assert find_dates(text, WEDNESDAY)[-1].value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two days later, the ELN freed the hostages.",  # no day before it in the sentence
        "Two days after the vote, the ELN freed the hostages.",
    ],
)
def test_a_step_with_no_day_before_it_dates_nothing(text):
    assert all("days" not in found.text for found in find_dates(text, WEDNESDAY))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vucic met Kurti on Monday, two days after the vote.", date(2024, 1, 27)),
        ("The RSF shelled El Fasher on 3 June, a week before talks in Jeddah.", date(2024, 6, 10)),
        ("Burhan was in Jeddah on Monday, a day after conferring with Sisi.", date(2024, 1, 28)),
    ],
)
def test_a_step_that_governs_an_event_dates_that_event_from_the_day_before_it(text, expected):
    *_, step = find_dates(text, WEDNESDAY)
    assert step.value == expected


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


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # The day after: the talks just held, whatever the clause's verb says of the future.
        (
            "Traders hope Thursday's talks will reopen the border.",
            date(2026, 12, 4),
            date(2026, 12, 3),
        ),
        (
            "Monday’s round in Doha is expected to yield a swap.",
            date(2025, 6, 10),
            date(2025, 6, 9),
        ),
        # A day or two ahead is nearer than five or six back.
        (
            "Officials said Sunday's call would pave the way for a summit.",
            SATURDAY,
            date(2024, 9, 1),
        ),
        (
            "Friday's session in Geneva will open with the maps.",
            date(2025, 3, 12),
            date(2025, 3, 14),
        ),
    ],
)
def test_a_possessive_weekday_names_the_nearest_such_day(text, published, expected):
    (found,) = find_dates(text, published, future=True)
    assert found.value == expected


def test_sentences_without_date_words_have_no_dates():
    assert find_dates("Negotiators said the talks went well.", SATURDAY) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A month a thing is set in, with no day: the month, the first day its bound.
        ("The envoys will meet again in early April.", ("early April", date(2024, 4, 1))),
        ("A donor conference is set for March.", ("March", date(2024, 3, 1))),
        ("The vote was put off until mid-February 2025.", ("mid-February 2025", date(2025, 2, 1))),
        ("Fighting erupted in April 2023.", ("April 2023", date(2023, 4, 1))),
        # A day of the month is a day; "by" sets a deadline; lower-case words are no months.
        ("Talks resume in April 5 sessions.", ("April 5", date(2024, 4, 5))),
        ("The rebels must withdraw by June.", None),
        ("The veterans may march in protest.", None),
    ],
)
def test_a_month_named_alone(text, expected):
    found = [(d.text, d.value) for d in find_dates(text, WEDNESDAY, future=True)]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("next week", date(2024, 2, 5)),
        ("in early March", date(2024, 3, 1)),
        # A period already begun or past, or a day, bounds nothing.
        ("this month", None),
        ("in January", None),
        ("on Friday", None),
        (None, None),
    ],
)
def test_the_start_of_a_period_ahead(text, expected):
    assert period_start(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The case-blind patterns match "i" as "ı" or "İ" and "s" as "ſ", which lower() keeps
        # apart: the cheap look for a date's words before the scans must still find them.
        ("The envoys met at mıdnıght.", "at mıdnıght"),
        ("The envoys met at MİDDAY.", "at MİDDAY"),
        ("Haugen met Patino on April 13 and the ELN two dayſ later.", "two dayſ later"),
    ],
)
def test_case_blind_letters_still_date(text, expected):
    assert find_dates(text, WEDNESDAY)[-1].text == expected

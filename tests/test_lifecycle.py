"""Where a proposal stands: reported events first, then the parties' latest answers."""

from datetime import date

import pytest

from negotiations.services.lifecycle import proposal_status

A, B, MEDIATOR = 1, 2, 3
DAY = date(2025, 5, 10)


@pytest.mark.parametrize(
    "events, answers, parties, status",
    [
        ([], {}, {A, B}, "proposed"),
        ([], {A: "accepted"}, {A, B}, "accepted_by_some"),
        ([], {A: "accepted", B: "accepted"}, {A, B}, "accepted"),
        ([], {A: "accepted", B: "rejected"}, {A, B}, "rejected"),
        ([], {A: "accepted", B: "conditional"}, {A, B}, "accepted_by_some"),
        # A mediator's answer is not a party's.
        ([], {MEDIATOR: "rejected", A: "accepted"}, {A, B}, "accepted_by_some"),
        ([], {MEDIATOR: "accepted"}, {A, B}, "proposed"),
        # With no parties on record, each answerer counts as one.
        ([], {A: "accepted", MEDIATOR: "accepted"}, set(), "accepted"),
        # A signed deal is agreed, whatever the answers.
        ([(DAY, "agreed")], {A: "rejected"}, {A, B}, "agreed"),
        ([(DAY, "agreed"), (DAY.replace(day=11), "in_effect")], {}, {A, B}, "in_effect"),
        # The same day, the further step stands.
        ([(DAY, "in_effect"), (DAY, "agreed")], {}, {A, B}, "in_effect"),
        # A collapse after it took effect ends it; a later entry into force restores it.
        ([(DAY, "in_effect"), (DAY.replace(day=20), "collapsed")], {}, {A, B}, "collapsed"),
        (
            [(DAY, "collapsed"), (DAY.replace(day=20), "in_effect")],
            {},
            {A, B},
            "in_effect",
        ),
        ([(DAY, "withdrawn")], {A: "accepted"}, {A, B}, "withdrawn"),
    ],
)
def test_proposal_status(events, answers, parties, status):
    assert proposal_status(events, answers, parties) == status

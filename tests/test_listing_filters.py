"""The list pages' filters give what Django's own give."""

from datetime import UTC, date, datetime

import pytest
from django.template.defaultfilters import date as date_filter
from django.utils import translation

from negotiations.models import Meeting, Proposal, ProposalResponse
from negotiations.templatetags.listing import day, label


@pytest.mark.parametrize("value", [date(2025, 3, 16), date(2024, 2, 29), None, ""])
@pytest.mark.parametrize("arg", ["l j F Y", "D j M Y", "j M Y"])
def test_day_formats_as_the_date_filter(value, arg):
    assert day(value, arg) == date_filter(value, arg)
    assert day(value, arg) == date_filter(value, arg)  # and again, remembered


def test_day_leaves_datetimes_to_the_date_filter():
    moment = datetime(2025, 3, 16, 23, 30, tzinfo=UTC)
    assert day(moment, "j M Y H:i") == date_filter(moment, "j M Y H:i") == "16 Mar 2025 23:30"


def test_day_follows_the_active_language():
    with translation.override("de"):
        german = day(date(2025, 3, 16), "l j F Y")
    assert german == "Sonntag 16 März 2025"
    assert day(date(2025, 3, 16), "l j F Y") == "Sunday 16 March 2025"


@pytest.mark.parametrize(
    "record, field",
    [
        (Meeting(status=Meeting.Status.HELD, kind=Meeting.Kind.CALL), "status"),
        (Meeting(status=Meeting.Status.HELD, kind=Meeting.Kind.CALL), "kind"),
        (
            Proposal(status=Proposal.Status.ACCEPTED_BY_SOME, kind=Proposal.Kind.PEACE_PLAN),
            "status",
        ),
        (Proposal(status=Proposal.Status.ACCEPTED_BY_SOME, kind=Proposal.Kind.PEACE_PLAN), "kind"),
        (ProposalResponse(response=ProposalResponse.Response.CONDITIONAL), "response"),
        (Meeting(status="not-a-status"), "status"),
    ],
)
def test_label_is_the_display_value(record, field):
    assert label(record, field) == getattr(record, f"get_{field}_display")()

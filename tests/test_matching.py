"""The rules that decide when reports from different articles are one real-world event."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from negotiations.extraction.scope import plan_scope
from negotiations.services.matching import (
    MeetingFacts,
    PlanFacts,
    StatementFacts,
    meeting_for,
    period_told,
    plan_for,
    statement_for,
)

US, RUSSIA, UKRAINE, QATAR, TURKEY, EU = 1, 2, 3, 4, 5, 6
DAY = date(2025, 3, 18)


def meeting(
    pk, parties, day=DAY, kind="call", status="held", reported=None, articles=None, place=""
):
    reported = reported or day or DAY
    articles = frozenset(articles or (pk,))
    return MeetingFacts(pk, kind, frozenset(parties), day, reported, status, articles, place)


def report(parties, day=DAY, kind="call", status="held", reported=None, place=""):
    return meeting(None, parties, day, kind, status, reported, articles=(99,), place=place)


@pytest.mark.parametrize(
    "new, stored, joins",
    [
        # Persons count for their states: "Trump and Putin" is the US and Russia.
        (report({US, RUSSIA}), [meeting(1, {US, RUSSIA})], 1),
        # One outlet also names the country discussed or a third side present.
        (report({US, RUSSIA, UKRAINE}), [meeting(1, {US, RUSSIA})], 1),
        # A planned call later reported held is the same call.
        (report({US, RUSSIA}, status="held"), [meeting(1, {US, RUSSIA}, status="planned")], 1),
        # Reported the next day in another time zone.
        (report({US, RUSSIA}, DAY + timedelta(1)), [meeting(1, {US, RUSSIA})], 1),
        # Two calls between the same sides a week apart stay two.
        (report({US, RUSSIA}, DAY + timedelta(7)), [meeting(1, {US, RUSSIA})], None),
        # A call is never talks in person.
        (report({US, RUSSIA}, kind="talks"), [meeting(1, {US, RUSSIA})], None),
        # Other sides the same day are another contact.
        (report({US, QATAR}), [meeting(1, {US, RUSSIA})], None),
        # The closer date wins when two fit.
        (
            report({US, RUSSIA}, DAY + timedelta(1)),
            [meeting(1, {US, RUSSIA}), meeting(2, {US, RUSSIA}, DAY + timedelta(1))],
            2,
        ),
        # Undated: joins the one dated call around the day it was reported...
        (report({US, RUSSIA}, None, reported=DAY + timedelta(1)), [meeting(1, {US, RUSSIA})], 1),
        # ...but not when two fit: then the date is not given and it stays apart.
        (
            report({US, RUSSIA}, None, status="unknown", reported=DAY + timedelta(2)),
            [meeting(1, {US, RUSSIA}), meeting(2, {US, RUSSIA}, DAY + timedelta(3))],
            None,
        ),
        # Two records of the same sides a day apart are one meeting over two days: it joins
        # the one naming most of its sides, of equals the one more sources report.
        (
            report({US, RUSSIA, UKRAINE}, None, kind="talks", reported=DAY + timedelta(1)),
            [
                meeting(1, {US, RUSSIA}, kind="talks"),
                meeting(2, {US, RUSSIA, UKRAINE}, kind="talks"),
            ],
            2,
        ),
        (
            report({US, RUSSIA}, None, kind="talks", reported=DAY + timedelta(1)),
            [
                meeting(1, {US, RUSSIA}, kind="talks"),
                meeting(
                    2, {US, RUSSIA, UKRAINE, QATAR}, DAY - timedelta(1), "talks", articles=(2, 3)
                ),
            ],
            2,
        ),
        # A call reported held cannot be one that takes place after the report.
        (report({US, RUSSIA}, None, reported=DAY - timedelta(3)), [meeting(1, {US, RUSSIA})], None),
        # A call reported as planned cannot be one held before the report.
        (
            report({US, RUSSIA}, None, status="planned", reported=DAY + timedelta(1)),
            [meeting(1, {US, RUSSIA})],
            None,
        ),
        # Nor one weeks away from it.
        (
            report({US, RUSSIA}, None, reported=DAY + timedelta(30)),
            [meeting(1, {US, RUSSIA})],
            None,
        ),
        # An article's own two meetings are two: the extraction told them apart.
        (report({US, RUSSIA}), [meeting(1, {US, RUSSIA}, articles=(99,))], None),
        # Talks planned for "next week" are not the talks held the day they were announced...
        (
            replace(report({US, RUSSIA}, None, "talks", "planned"), not_before=DAY + timedelta(6)),
            [meeting(1, {US, RUSSIA}, kind="talks")],
            None,
        ),
        # ...but the round dated in that week.
        (
            replace(report({US, RUSSIA}, None, "talks", "planned"), not_before=DAY + timedelta(6)),
            [
                meeting(1, {US, RUSSIA}, kind="talks"),
                meeting(2, {US, RUSSIA}, DAY + timedelta(7), "talks", "planned", DAY),
            ],
            2,
        ),
    ],
)
def test_meeting_matching(new, stored, joins):
    found = meeting_for(new, stored)
    assert (found.id if found else None) == joins


ETHIOPIA, ERITREA = 7, 8
WEEK = (DAY - timedelta(1), DAY + timedelta(5))  # Monday to Sunday of DAY's week


@pytest.mark.parametrize(
    "date_text, status, kept",
    [
        # "agreed last week to meet again": last week dates the agreeing, not the meeting.
        ("last week", "planned", False),
        ("next month", "held", False),
        # "last week's talks", "next week's summit": the period fits the status and dates it.
        ("last week", "held", True),
        ("next week", "planned", True),
    ],
)
def test_a_period_that_cannot_hold_the_status_dates_only_the_report(date_text, status, kept):
    assert (period_told(date_text, DAY, status) is not None) == kept


def test_a_planned_meeting_agreed_last_week_joins_the_one_set_for_later():
    # "Kosovo and Serbia agreed last week to meet again in Brussels", told the day after
    new = report({ETHIOPIA, ERITREA}, None, "meeting", "planned", DAY)
    new = replace(new, period=period_told("last week", DAY, "planned"))
    stored = [meeting(1, {ETHIOPIA, ERITREA}, DAY + timedelta(9), "meeting", "planned", DAY)]
    assert meeting_for(new, stored).id == 1


@pytest.mark.parametrize(
    "new, stored, joins",
    [
        # "This week's meeting", of no status: the one dated that week, not the round set
        # for the week after, which alone would leave it apart as which one is not known.
        (
            replace(report({ETHIOPIA, ERITREA}, None, "meeting", "unknown", DAY), period=WEEK),
            [
                meeting(1, {ETHIOPIA, ERITREA}, DAY - timedelta(1), "talks"),
                meeting(2, {ETHIOPIA, ERITREA}, DAY + timedelta(13), "meeting", "planned", DAY),
            ],
            1,
        ),
        # "Last week's talks" are not the meeting held this week.
        (
            replace(
                report({ETHIOPIA, ERITREA}, None, "talks", "held", DAY),
                period=(WEEK[0] - timedelta(7), WEEK[0] - timedelta(1)),
            ),
            [meeting(1, {ETHIOPIA, ERITREA}, DAY - timedelta(1), "talks")],
            None,
        ),
    ],
)
def test_an_undated_report_of_a_week_or_month_looks_only_there(new, stored, joins):
    found = meeting_for(new, stored)
    assert (found.id if found else None) == joins


@pytest.mark.parametrize(
    "new, stored, joins",
    [
        # Outlets announcing the sides' next round a day apart announce one round.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY + timedelta(1), "Geneva"),
            [meeting(1, {RUSSIA, UKRAINE, QATAR}, None, "talks", "planned", DAY, place="Geneva")],
            1,
        ),
        # One names the place, the other does not.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
            [meeting(1, {RUSSIA, UKRAINE}, None, "meeting", "planned", DAY, place="Geneva")],
            1,
        ),
        # Another place is another round.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY, "Istanbul"),
            [meeting(1, {RUSSIA, UKRAINE}, None, "talks", "planned", DAY, place="Geneva")],
            None,
        ),
        # A round announced a week later is another announcement.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY + timedelta(7)),
            [meeting(1, {RUSSIA, UKRAINE}, None, "talks", "planned", DAY)],
            None,
        ),
        # Two rounds announced around that day: which one is not known.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
            [
                meeting(1, {RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
                meeting(2, {RUSSIA, UKRAINE}, None, "talks", "planned", DAY + timedelta(1)),
            ],
            None,
        ),
        # Talks reported held, or an undated mention of no status, are not an announcement.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "held", DAY),
            [meeting(1, {RUSSIA, UKRAINE}, None, "talks", "held", DAY)],
            None,
        ),
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
            [meeting(1, {RUSSIA, UKRAINE}, None, "talks", "unknown", DAY)],
            None,
        ),
        # A dated round that fits comes first.
        (
            report({RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
            [
                meeting(1, {RUSSIA, UKRAINE}, None, "talks", "planned", DAY),
                meeting(2, {RUSSIA, UKRAINE}, DAY + timedelta(3), "talks", "planned", DAY),
            ],
            2,
        ),
    ],
)
def test_an_undated_next_round_announced_by_several_outlets_is_one(new, stored, joins):
    found = meeting_for(new, stored)
    assert (found.id if found else None) == joins


SIDES = frozenset({RUSSIA, UKRAINE})  # of the negotiation; the US and Qatar mediate


def plan(pk, title, kind="ceasefire", proposer=None, seen=DAY, articles=None):
    articles = frozenset(articles or (pk,))
    return PlanFacts(pk, kind, plan_scope(title, kind), (title,), proposer, seen, seen, articles)


def offer(title, kind="ceasefire", proposer=None, seen=DAY):
    facts = plan(None, title, kind, proposer, seen, articles=(99,))
    return replace(facts, sides=SIDES)


@pytest.mark.parametrize(
    "new, stored, joins",
    [
        # One plan in three wordings.
        (offer("a month-long truce", "truce"), [plan(1, "30-day ceasefire", proposer=US)], 1),
        (offer("the US ceasefire proposal", proposer=US), [plan(1, "30-day ceasefire")], 1),
        (offer("30 days of calm", "truce"), [plan(1, "thirty-day cease-fire")], 1),
        # Different scopes stay apart: an energy-strike moratorium is no general ceasefire.
        (
            offer("moratorium on strikes against energy facilities", "moratorium"),
            [plan(1, "30-day ceasefire")],
            None,
        ),
        (offer("maritime ceasefire"), [plan(1, "energy and infrastructure truce", "truce")], None),
        # Different durations, reaches and counts are different plans.
        (offer("six-week truce", "truce"), [plan(1, "30-day ceasefire")], None),
        (offer("full ceasefire"), [plan(1, "limited ceasefire")], None),
        (
            offer("exchange of 1,200 for 1,200 prisoners", "prisoner_exchange"),
            [plan(1, "1,000-for-1,000 prisoner swap", "prisoner_exchange")],
            None,
        ),
        # Plans put forward by different sides are different plans.
        (
            offer("ceasefire memorandum", proposer=RUSSIA),
            [plan(1, "ceasefire", proposer=UKRAINE)],
            None,
        ),
        # Outlets credit one plan to different mediators: the same terms make it one plan.
        (
            offer("ten-day humanitarian pause", "truce", proposer=QATAR),
            [plan(1, "10-day truce", "truce", proposer=US)],
            1,
        ),
        # Mediators put plans forward together: one outlet's Qatari truce is another's US one.
        (offer("truce", "truce", proposer=QATAR), [plan(1, "ceasefire", proposer=US)], 1),
        # A purpose alone ("humanitarian") tells no plan of one side from another's.
        (
            offer("humanitarian truce", "truce", proposer=RUSSIA),
            [plan(1, "humanitarian truce", "truce", proposer=UKRAINE)],
            None,
        ),
        # What a plan covers is never left unsaid: a 30-day energy truce is no 30-day ceasefire.
        (offer("30-day energy truce", "truce"), [plan(1, "30-day ceasefire")], None),
        # A truce is no prisoner exchange.
        (offer("prisoner exchange", "prisoner_exchange"), [plan(1, "30-day ceasefire")], None),
        # A bare mention joins the one plan that fits, and stays apart when several do.
        (offer("the ceasefire"), [plan(1, "30-day ceasefire", proposer=US)], 1),
        (
            offer("the ceasefire"),
            [plan(1, "30-day ceasefire", proposer=US), plan(2, "Easter truce", "truce")],
            None,
        ),
        # Bare records beside one told plan are wordings of it that found no home: a bare
        # mention joins the told one, or of bare ones only, the most reported.
        (
            offer("the truce", "truce"),
            [plan(1, "truce", "truce"), plan(2, "ceasefire", proposer=QATAR)],
            2,
        ),
        (
            offer("the ceasefire"),
            [plan(1, "truce", "truce"), replace(plan(2, "ceasefire"), sources=3)],
            2,
        ),
        # A plan whose kind says nothing ("a deal") fits any report, but a report looks among
        # plans of its own kind first: the truce, not the Doha deal, is this ceasefire.
        (
            offer("the ceasefire"),
            [plan(1, "Doha deal", "deal"), plan(2, "truce", "truce", proposer=QATAR)],
            2,
        ),
        (offer("the deal", "deal"), [plan(1, "Doha deal", "deal"), plan(2, "truce", "truce")], 1),
        # A kind that names what the plan covers need not say it again.
        (
            offer("the mechanism", "monitoring_mission"),
            [plan(1, "joint monitoring mechanism", "monitoring_mission", proposer=QATAR)],
            1,
        ),
        (offer("the pullback", "withdrawal"), [plan(1, "withdrawal of troops", "withdrawal")], 1),
        # The wording that shares most with one of several plans joins it.
        (
            offer("US-backed 30-day truce", "truce", proposer=US),
            [plan(1, "full ceasefire"), plan(2, "30-day ceasefire", proposer=US)],
            2,
        ),
        # Months later, a ceasefire is another ceasefire.
        (offer("ceasefire", seen=DAY + timedelta(120)), [plan(1, "ceasefire")], None),
        # A wording that names no plan but its proposer's is that proposer's one plan, of
        # whatever kind; with two on the table it stays apart, as without a proposer.
        (
            offer("initiative", "peace_plan", proposer=QATAR),
            [plan(1, "pullback of heavy weapons", "withdrawal", proposer=QATAR)],
            1,
        ),
        (
            offer("the proposal", "peace_plan", proposer=US),
            [
                plan(1, "prisoner exchange", "prisoner_exchange", proposer=QATAR),
                plan(2, "joint monitoring mechanism", "monitoring_mission", proposer=US),
            ],
            2,
        ),
        (
            offer("the offer", "peace_plan", proposer=QATAR),
            [
                plan(1, "30-day ceasefire", proposer=QATAR),
                plan(2, "prisoner exchange", "prisoner_exchange", proposer=QATAR),
            ],
            None,
        ),
        (offer("initiative", "peace_plan"), [plan(1, "withdrawal of troops", "withdrawal")], None),
        # Two outsiders' plans, one of a kind that says nothing ("the EU's statute", "Turkey's
        # initiative"), are one plan only by terms both give.
        (
            offer("initiative", "peace_plan", proposer=TURKEY),
            [plan(1, "statute", "proposal", proposer=EU)],
            None,
        ),
        (
            offer("proposal for an exchange of prisoners", "proposal", proposer=TURKEY),
            [plan(1, "prisoner swap", "prisoner_exchange", proposer=EU)],
            1,
        ),
        # ... but a truce co-mediators put forward is credited to any of them
        (
            offer("the Qatari proposal", "proposal", proposer=QATAR),
            [plan(1, "ceasefire proposal", "ceasefire", proposer=US)],
            1,
        ),
        (
            offer("Qatari reconstruction plan", "peace_plan", proposer=QATAR),
            [plan(1, "withdrawal of troops", "withdrawal", proposer=QATAR)],
            None,
        ),
    ],
)
def test_plan_matching(new, stored, joins):
    found = plan_for(new, stored)
    assert (found.id if found else None) == joins


def said(pk, words, speaker=1, day=DAY, articles=None):
    return StatementFacts(pk, speaker, day, words, frozenset(articles or (pk,)))


QUOTE = "We will not give up our land, and we will not accept a frozen conflict"


@pytest.mark.parametrize(
    "new, joins",
    [
        (said(None, QUOTE, articles=(99,)), 1),
        # Another outlet quotes it without the punctuation and a day later.
        (said(None, QUOTE.replace(",", "").lower(), day=DAY + timedelta(1), articles=(99,)), 1),
        # Or only its first half.
        (said(None, "We will not give up our land", articles=(99,)), 1),
        # A word changed is not the same statement.
        (said(None, QUOTE.replace("frozen", "negotiated"), articles=(99,)), None),
        # Nor is the negation dropped, or another speaker, or another week.
        (said(None, QUOTE.replace("not give", "give"), articles=(99,)), None),
        (said(None, QUOTE, speaker=2, articles=(99,)), None),
        (said(None, QUOTE, day=DAY + timedelta(7), articles=(99,)), None),
        # A short remark must be the same words exactly.
        (said(None, "We are ready", articles=(99,)), None),
    ],
)
def test_statement_matching(new, joins):
    stored = [said(1, QUOTE), said(2, "We are ready for talks", articles=(2,))]
    found = statement_for(new, stored)
    assert (found.id if found else None) == joins

"""What a plan's wording says it covers: topics, reach, duration and the numbers it names."""

import pytest

from negotiations.extraction.scope import PlanScope, kinds_agree, plan_scope


@pytest.mark.parametrize(
    "wording, expected",
    [
        ("30-day ceasefire", PlanScope(days=30)),
        ("a month-long truce", PlanScope(days=30)),
        ("thirty days of calm", PlanScope(days=30)),
        ("a 72-hour humanitarian pause", PlanScope(frozenset({"aid"}), days=3)),
        ("six-week first phase", PlanScope(days=42)),
        ("a short ceasefire of 24 to 48 hours", PlanScope(days=1)),
        ("moratorium on strikes on energy infrastructure", PlanScope(frozenset({"energy"}))),
        ("Black Sea maritime ceasefire", PlanScope(frozenset({"maritime"}))),
        ("silence in the sky", PlanScope(frozenset({"air"}))),
        ("a full and unconditional ceasefire", PlanScope(reach="full")),
        ("limited truce", PlanScope(reach="partial")),
        (
            "1,000-for-1,000 prisoner exchange",
            PlanScope(frozenset({"captives"}), numbers=frozenset({1000})),
        ),
        ("release of 33 hostages", PlanScope(frozenset({"hostages"}), numbers=frozenset({33}))),
        ("20-point peace plan", PlanScope(numbers=frozenset({20}))),
        ("the ceasefire", PlanScope()),
    ],
)
def test_plan_scope(wording, expected):
    assert plan_scope(wording) == expected


@pytest.mark.parametrize(
    "wording",
    [
        "both armies pull heavy weapons back 10 km",
        "a proposal that the rebels move their artillery back from the lake",
        "plan for Serb units to fall back behind the administrative line",
        "a pull-back of heavy weapons",
        "a pullback of artillery and tanks",
        "withdrawal of heavy weapons from the front",
        "the troops drew back",
    ],
)
def test_moving_back_is_a_withdrawal_and_its_weapons_its_object(wording):
    assert plan_scope(wording).topics == {"withdrawal"}


@pytest.mark.parametrize(
    "wording, topics",
    [
        ("the movement of goods back across the border", {"territory"}),
        ("handover of the group's weapons", {"disarmament"}),
        ("withdrawal of troops and disarmament of the militia", {"withdrawal", "disarmament"}),
    ],
)
def test_weapons_without_a_withdrawal_keep_their_topic(wording, topics):
    assert plan_scope(wording).topics == topics


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("30-day ceasefire", "month-long truce", True),
        ("30-day ceasefire", "the ceasefire", True),
        ("30-day ceasefire", "full ceasefire", True),
        ("energy truce", "ceasefire", False),
        ("energy truce", "maritime truce", False),
        ("full ceasefire", "partial ceasefire", False),
        ("30-day truce", "60-day truce", False),
        ("swap of 175 prisoners", "exchange of prisoners", True),
        ("swap of 175 prisoners", "swap of 390 prisoners", False),
        ("pullback of heavy weapons", "proposal for the withdrawal", True),
        ("plan to pull the guns back 15 km", "withdrawal of artillery", True),
    ],
)
def test_scopes_agree_unless_they_differ(a, b, agree):
    assert plan_scope(a).agrees(plan_scope(b)) is agree


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("ceasefire", "truce", True),
        ("moratorium", "ceasefire", True),
        ("prisoner_exchange", "hostage_deal", True),
        ("ceasefire", "prisoner_exchange", False),
        ("peace_plan", "ceasefire", False),
        ("deal", "ceasefire", True),
        ("other", "peace_plan", True),
    ],
)
def test_kinds_agree(a, b, agree):
    assert kinds_agree(a, b) is agree

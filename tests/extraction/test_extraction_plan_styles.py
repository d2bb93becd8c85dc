"""Plans in styles the readable sets lack (analysis pieces, agency updates, business and
military pages, op-eds): accords made and dated before, trade deals and acts reported done are
no plan on the table; a possessor's plan "with" another side names no proposer; "the proposal"
answers the plan named last (kinds 3, 9 and 11)."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract

PUBLISHED = date(2025, 11, 20)


def proposals(text, registry):
    return extract(Document(text=text, published=PUBLISHED), registry).proposals


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The ceasefire agreement of October 2020 still formally governs the front at Sirte.",
            id="dated-of-year-after-noun",
        ),
        pytest.param(
            "The humanitarian truce, agreed in Jeddah in May 2023, was broken within hours.",
            id="dated-participle-in-year",
        ),
        pytest.param(
            "Bamako terminated the 2015 Algiers peace agreement with northern armed groups.",
            id="dated-year-before-place-name",
        ),
        pytest.param(
            "China brokered a truce between the army and the Arakan Liberation Army in "
            "Myawaddy last year, but it covered one town.",
            id="made-last-year",
        ),
        pytest.param(
            "Ethiopia signed a supply deal with a Gulf trader after fuel queues grew.",
            id="commerce-supply-deal",
        ),
        pytest.param(
            "Belgrade and Pristina signed a trade agreement on customs stamps in Brussels.",
            id="commerce-trade-agreement",
        ),
        pytest.param(
            "The SADC mission completed its withdrawal from eastern Congo in May.",
            id="act-reported-done",
        ),
    ],
)
def test_no_plan_on_the_table(text, registry):
    assert proposals(text, registry) == ()


@pytest.mark.parametrize(
    "text, stem",
    [
        # the date of putting a plan forward does not make the plan history
        pytest.param(
            "The EU presented a draft statute in 2023, which Pristina said it could accept.",
            "statute",
            id="presented-in-year-stays",
        ),
        # a plan proposed last year may still be on the table; one brokered then is done
        pytest.param(
            "The Houthis proposed a truce around Marib last year.", "truce", id="proposed-stays"
        ),
        # a grain corridor is a plan of the war, not trade
        pytest.param(
            "Ankara proposed a grain corridor through the Black Sea.",
            "corridor",
            id="grain-corridor-stays",
        ),
        # an act offered, not reported done
        pytest.param(
            "M23 offered a withdrawal from Walikale as a goodwill gesture.",
            "withdrawal",
            id="act-offered-stays",
        ),
        # a date of the article's own year may be the plan still on the table
        pytest.param(
            "The truce of March 2025 between the army and the TNLA was extended on Monday.",
            "truce",
            id="this-year-stays",
        ),
    ],
)
def test_plan_kept(text, stem, registry):
    assert any(stem in p.title.lower() for p in proposals(text, registry))


@pytest.mark.parametrize(
    "text, proposer",
    [
        pytest.param(
            "Armenia's truce with Azerbaijan has held since the spring.",
            None,
            id="possessor-with-other-side-is-a-party",
        ),
        pytest.param("Egypt's plan for a truce in El Fasher was welcomed.", "Egypt", id="owner"),
    ],
)
def test_possessor(text, proposer, registry):
    (plan,) = proposals(text, registry)
    assert plan.proposed_by == proposer


@pytest.mark.parametrize(
    "text, stem, answer",
    [
        pytest.param(
            "On Monday the Houthis proposed a new truce around Marib. The 2018 peace accord "
            "remains the only text the sides have signed. The Yemeni government rejected the "
            "proposal.",
            "truce",
            ("Yemen", "rejected"),
            id="proposal-after-recalled-accord",
        ),
        pytest.param(
            "Sudan has seen many paper truces. The African Union roadmap of 2019 was never "
            "applied. Egypt and Saudi Arabia proposed a three-month humanitarian truce. The "
            "Rapid Support Forces said they accepted the proposal.",
            "three-month",
            ("Rapid Support Forces", "accepted"),
            id="proposal-named-again-after-headline-plan",
        ),
        pytest.param(
            "The ELN's ceasefire with Bogotá expired in 2024. On Monday the ELN proposed a new "
            "bilateral ceasefire from Christmas. Colombia rejected the offer.",
            "ceasefire",
            ("Colombia", "rejected"),
            id="offer-named-again-after-older-plan",
        ),
    ],
)
def test_proposal_named_again_is_the_last_named(text, stem, answer, registry):
    found = [p for p in proposals(text, registry) if stem in p.title.lower() and p.proposed_by]
    assert found and answer in {(r.actor, r.response) for r in found[-1].responses}


def test_new_plan_past_an_adjective_is_not_the_old_one(registry):
    text = (
        "The truce, agreed in Khartoum in June 2023, expired within a month. On Monday the "
        "Rapid Support Forces proposed a new unilateral truce for the rainy season."
    )
    (plan,) = proposals(text, registry)
    assert plan.proposed_by == "Rapid Support Forces"

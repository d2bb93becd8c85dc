"""Plans in styles the readable sets lack (analysis pieces, agency updates, business and
military pages, op-eds): accords made and dated before, trade deals and acts reported done are
no plan on the table; a possessor's plan "with" another side names no proposer; "the proposal"
answers the plan named last (kinds 3, 9 and 11)."""

from datetime import date

import pytest

from negotiations.extraction import Document, default_registry, extract

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


def test_an_undated_text_makes_no_year_past(registry):
    text = "The ceasefire agreement of March 2026 holds along the Sirte front, monitors said."
    found = extract(Document(text=text), registry).proposals
    assert any("ceasefire" in p.title.lower() for p in found)


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
        # An owned "the Norwegian offer" names the plan its owner put forward, not the last
        # offer of another side.
        pytest.param(
            "OSLO (NTB) - Norway offered to host talks between Colombia and the ELN in Oslo. "
            "The ELN offered a truce over Christmas, an offer it said remained on the table. "
            "Bogota accepted the Norwegian offer on Friday.",
            "oslo",
            ("Colombia", "accepted"),
            id="owned-offer-names-its-owners-plan",
        ),
        pytest.param(
            "Qatar proposed a prisoner swap. Ethiopia proposed a border commission, a proposal "
            "it said was final. The TPLF rejected the Qatari proposal.",
            "swap",
            ("Tigray People's Liberation Front", "rejected"),
            id="owned-proposal-names-its-owners-plan",
        ),
        # a mediator the sentence names elsewhere owns no bare "the proposal": the latest plan
        pytest.param(
            "Norway proposed a prisoner exchange. The ELN proposed a bilateral truce. In talks "
            "mediated by Norway, Colombia rejected the proposal.",
            "truce",
            ("Colombia", "rejected"),
            id="mediator-owns-no-bare-proposal",
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


# Whole articles in styles the readable sets lack: an analysis piece that reviews past accords
# before the plan now on the table, and a business page whose deals are trade.
ANALYSIS_SUDAN = (
    "Sudan's long list of paper truces\n\n"
    "ANALYSIS | By a staff correspondent\n\n"
    "Sudan has never lacked for peace texts. The Juba Peace Agreement of 2020 was meant "
    "to fold the armed movements of Darfur into a single army, and it collapsed within "
    "three years. The Jeddah Declaration of May 2023 committed the army and the Rapid "
    "Support Forces to protect civilians, but neither side honoured it. A short-lived "
    "humanitarian ceasefire agreed in Jeddah that month was broken within hours. The "
    "Manama talks of early 2024 produced a draft declaration of principles that was never"
    " signed. Analysts say each framework failed for the same reason: no one monitored "
    "it. The African Union roadmap of 2023 called for an inclusive political process, yet"
    " it remained a document on a shelf. Now a new effort is under way. The United "
    "States, Saudi Arabia, Egypt and the United Arab Emirates last week proposed a three-"
    "month humanitarian truce followed by a nine-month political transition. The RSF said"
    " on Thursday it accepted the proposal. The army-led government in Port Sudan "
    "rejected it, saying any truce must start with the RSF leaving cities. Army chief "
    "Abdel Fattah al-Burhan told troops the war would continue until victory. Khalid al-"
    "Omer, a former minister, said the plan was the best chance in two years. Critics "
    "note that the RSF also welcomed earlier initiatives and then pressed its siege of El"
    " Fasher. The four countries have also suggested a joint monitoring mechanism to "
    "verify the truce. The army has not answered that idea. Diplomats say the coming "
    "weeks will show whether this plan joins the others on the shelf."
)

BUSINESS_ETHIOPIA = (
    "Ethiopia's port hunger rattles markets and neighbours\n\n"
    "ADDIS ABABA, March 12 (Business Desk) - Ethiopia's birr fell another 3 percent "
    "against the dollar this week as investors weighed the cost of the government's push "
    "for access to the Red Sea. Landlocked since Eritrea's independence in 1993, Ethiopia"
    " routes about 90 percent of its trade through Djibouti and pays some 1.5 billion "
    "dollars a year in port fees. A memorandum of understanding signed with Somaliland in"
    " January 2024, which would have leased a stretch of coast for a naval base, was "
    "abandoned after Turkish mediation. The Ankara Declaration of December 2024 committed"
    " Ethiopia and Somalia to work out commercial access through Somali ports. Prime "
    "Minister Abiy Ahmed told parliament on Tuesday that Ethiopia would offer Eritrea a "
    "stake in Ethiopian Airlines and the Grand Renaissance Dam in exchange for access to "
    "the port of Assab. Eritrea's information minister, Yemane Gebremeskel, dismissed the"
    " offer as a pretext for war. Traders said a debt restructuring deal with bondholders"
    " was close. The IMF programme approved last year unlocked 3.4 billion dollars in "
    "financing. Under a power export agreement, Ethiopia sells electricity to Djibouti "
    "and Kenya. Djibouti proposed handing Ethiopia full management of a terminal at "
    "Tadjourah port. Ethiopian officials said they were studying the proposal. Analysts "
    "at a Nairobi bank said a trade corridor through Berbera could cut freight costs by a"
    " fifth. Fuel imports rose after the government signed a supply deal with a Gulf "
    "trader. Eritrea has mobilised reservists along the border, diplomats said. The "
    "Pretoria agreement that ended the Tigray war in 2022 did not address the port "
    "question. Markets will watch a budget speech next week."
)


@pytest.mark.parametrize(
    "article, plans",
    [
        pytest.param(
            ANALYSIS_SUDAN,
            {
                "three-month humanitarian truce": (
                    "United States",
                    {("Rapid Support Forces", "accepted"), ("Sudan", "rejected")},
                ),
                "monitoring mechanism to verify the truce": ("United States", set()),
            },
            id="analysis-sudan",
        ),
        pytest.param(
            BUSINESS_ETHIOPIA,
            {
                "handing Ethiopia full management of a terminal at Tadjourah port": (
                    "Djibouti",
                    {("Ethiopia", "considering")},
                ),
            },
            id="business-ethiopia",
        ),
    ],
)
def test_whole_article(article, plans):
    found = extract(Document(text=article, published=PUBLISHED), default_registry()).proposals
    assert {
        p.title: (p.proposed_by, {(r.actor, r.response) for r in p.responses}) for p in found
    } == plans


def test_a_headline_hands_its_plan_to_the_sentence_that_names_it_better(registry):
    text = (
        "Tigray's paper truces\n\n"
        "On Monday the African Union proposed a six-month humanitarian truce in Tigray."
    )
    (plan,) = proposals(text, registry)
    assert plan.evidence.text.startswith("On Monday the African Union")

"""Which negotiations an article is about, from the parties it names and the places it gives."""

import pytest

from negotiations.extraction import Document, Registry, RegistryActor, RegistryNegotiation, extract


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kremlin spokesman Dmitry Peskov said Moscow was studying the proposal, while "
            "Ukrainian officials in Kyiv said shelling of Kharkiv continued overnight.",
            ("russia-ukraine-ceasefire-talks",),
        ),
        (
            "Hamas said on Tuesday it had handed mediators its reply, as Israeli strikes hit "
            "Khan Younis and aid trucks waited at the crossing into the Gaza Strip.",
            ("israel-hamas-gaza",),
        ),
        (
            "The Lebanese army deployed south of the Litani river as Hezbollah said it would "
            "not hand over its weapons while Israeli troops remain on five hilltops.",
            ("israel-lebanon",),
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi said Tehran would respect the truce as long "
            "as Israel halted its strikes on Natanz and other sites.",
            ("israel-iran",),
        ),
        (
            "Pakistan's military said Indian drones had been shot down near the Line of Control, "
            "hours after New Delhi accused Islamabad of violating the ceasefire in Kashmir.",
            ("india-pakistan",),
        ),
        (
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
            "initialled the text, which opens a transit route through Syunik.",
            ("armenia-azerbaijan",),
        ),
        (
            "Cambodian Prime Minister Hun Manet accused Thai troops of firing artillery near "
            "Preah Vihear, and Bangkok said Phnom Penh had laid new landmines.",
            ("thailand-cambodia",),
        ),
        (
            "Congolese officials said M23 rebels still held Goma, and Kigali denied that "
            "Rwandan soldiers were fighting alongside them in North Kivu.",
            ("drc-rwanda",),
        ),
        (
            "The Houthis said they would stop attacking US ships in the Red Sea after Oman "
            "brokered a truce, a senior official in Sanaa said.",
            ("us-houthis",),
        ),
        (
            "The Rapid Support Forces said they had accepted a humanitarian truce proposed by "
            "mediators, while the Sudanese army pressed its offensive in Kordofan.",
            ("sudan",),
        ),
        (
            "Pakistan said Taliban forces had opened fire near Chaman, days after the "
            "ceasefire agreed in Doha, and Kabul accused Islamabad of air strikes.",
            ("afghanistan-pakistan",),
        ),
        (
            "Syrian officials met Israeli envoys in Paris on a security arrangement for Sweida "
            "and the Golan buffer zone, Damascus said.",
            ("israel-syria",),
        ),
    ],
)
def test_an_article_lands_in_the_negotiation_of_its_parties_and_places(registry, text, expected):
    assert extract(Document(text=text), registry).negotiations == expected


@pytest.mark.parametrize(
    "text",
    [
        # A mediator alone names no conflict.
        "Qatar's foreign ministry said the emir had spoken with the US president about trade.",
        # Neither party nor place of any followed negotiation.
        "Ethiopia and Eritrea traded accusations over troop movements near the border town.",
        "The football federation postponed Saturday's match because of the storm.",
    ],
)
def test_an_article_about_no_followed_negotiation_is_unassigned(registry, text):
    assert extract(Document(text=text), registry).negotiations == ()


def test_an_article_about_two_negotiations_lists_the_main_one_first(registry):
    text = (
        "Russia and Ukraine exchanged prisoners in Istanbul on Friday, and Ukrainian and "
        "Russian negotiators agreed to meet again. Zelensky thanked Turkey. "
        "Separately, Israel and Hamas resumed indirect talks on a Gaza ceasefire."
    )
    assert extract(Document(text=text), registry).negotiations == (
        "russia-ukraine-ceasefire-talks",
        "israel-hamas-gaza",
    )


def test_a_party_in_several_negotiations_weighs_less_than_one_in_a_single_one():
    registry = Registry(
        [RegistryActor(name, "state") for name in ("Alpha", "Beta", "Gamma")],
        negotiations=[
            RegistryNegotiation("alpha-beta", parties=("Alpha", "Beta")),
            RegistryNegotiation("alpha-gamma", parties=("Alpha", "Gamma")),
        ],
    )
    text = "Alpha said. Alpha added. Alpha warned. Gamma replied. Beta said. Beta said again."
    # Alpha is a party to both; Beta's two mentions outweigh Gamma's one.
    assert extract(Document(text=text), registry).negotiations[0] == "alpha-beta"


def test_keywords_match_whatever_the_case_and_punctuation(registry):
    text = "Shelling resumed near nagorno karabakh; Baku blamed the separatists."
    assert extract(Document(text=text), registry).negotiations == ("armenia-azerbaijan",)

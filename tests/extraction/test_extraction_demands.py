"""A side's condition for accepting a plan is a plan of its own, put forward by that side."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract

PUBLISHED = date(2026, 3, 12)


def plans(text, registry):
    return extract(Document(text=text, published=PUBLISHED), registry).proposals


@pytest.mark.parametrize(
    "text, kind, side, words",
    [
        # wire: a condition clause after the answer
        (
            "Thailand agreed to the truce provided that Cambodia pulls out its heavy weapons "
            "from the border, the foreign ministry said.",
            "withdrawal",
            "Thailand",
            "pulls out its heavy weapons",
        ),
        (
            "Sudan's army, led by Burhan, said it would agree to the truce only if RSF "
            "fighters back off from the city first.",
            "withdrawal",
            "Sudan",
            "RSF fighters back off",
        ),
        # broadsheet: a demand beside an acceptance
        (
            "Israel accepted the truce but insisted that Hezbollah disarm south of the "
            "Litani, officials in Jerusalem said.",
            "disarmament",
            "Israel",
            "Hezbollah disarm",
        ),
        (
            "Ukraine backed the ceasefire on condition that Russia releases the 40 marines "
            "captured at the port.",
            "prisoner_exchange",
            "Ukraine",
            "Russia releases the 40 marines",
        ),
        # an acronym in brackets after a name does not end the condition clause
        (
            "Colombia said it would accept the truce, but only if the Revolutionary Armed "
            "Forces (FARC) withdraw from Cauca.",
            "withdrawal",
            "Colombia",
            "withdraw from Cauca",
        ),
    ],
)
def test_a_condition_that_demands_an_act_is_the_sides_plan(text, kind, side, words, registry):
    demands = [p for p in plans(text, registry) if p.kind == kind]
    assert [(p.proposed_by, words in p.title) for p in demands] == [(side, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a condition that demands no act
        "Russia said it would only accept the truce if Ukraine did the same.",
        # the side's own act is what it offers, not what it demands
        "Ukraine said it would accept the truce only if Ukrainian units could pull back to "
        "new lines first.",
        # no answer to a plan: a plain forecast
        "Analysts said the guns would fall silent only if the RSF withdrew from the city.",
    ],
)
def test_no_demand(text, registry):
    found = [p for p in plans(text, registry) if p.kind in ("withdrawal", "prisoner_exchange")]
    assert found == []


def test_a_release_already_found_in_the_sentence_is_not_found_twice(registry):
    text = (
        "Colombia's government accepted the ceasefire on condition that the ELN releases all "
        "hostages it holds."
    )
    releases = [p for p in plans(text, registry) if p.kind in ("hostage_deal", "prisoner_exchange")]
    assert len(releases) == 1


@pytest.mark.parametrize(
    "text, kind, side, words",
    [
        # analysis: the demand spelt out after a dash
        (
            "Diplomats in Addis Ababa said Eritrea's main demand – that Ethiopian units pull "
            "back from the border villages – was not unreasonable.",
            "withdrawal",
            "Eritrea",
            "Ethiopian units pull back",
        ),
        # broadsheet: a condition after a colon, the act named by its noun
        (
            "Baku's core condition: a withdrawal of Armenian troops from the enclaves.",
            "withdrawal",
            "Azerbaijan",
            "withdrawal of Armenian troops",
        ),
        # wire: the condition as a predicate's "that" clause
        (
            "Kosovo's condition is that Serbia releases the three police officers it detained.",
            "prisoner_exchange",
            "Kosovo",
            "Serbia releases the three police officers",
        ),
        # a possessive pronoun: the speaker's demand, a hyphenated act noun
        (
            "Yemen's government said its precondition — a pull-back of Houthi fighters from "
            "the port — had not changed.",
            "withdrawal",
            "Yemen",
            "pull-back of Houthi fighters",
        ),
    ],
)
def test_a_demand_a_side_spells_out_is_its_plan(text, kind, side, words, registry):
    demands = [p for p in plans(text, registry) if p.kind == kind]
    assert [(p.proposed_by, words in p.title) for p in demands] == [(side, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a demand noun that spells out no act
        "Eritrea's main demand – recognition of the border ruling – was not met.",
        # no side owns the demand
        "The main demand – that Ethiopian units pull back – was not met, analysts said.",
    ],
)
def test_no_spelled_out_demand(text, registry):
    assert [p for p in plans(text, registry) if p.kind == "withdrawal"] == []


def test_the_hudna_of_translated_state_media_is_a_truce(registry):
    text = (
        "The delegation of the Presidential Leadership Council dealt positively with the "
        "proposal of the mediators regarding a humanitarian hudna of ten days in Taiz."
    )
    assert [p.kind for p in plans(text, registry)] == ["truce"]


@pytest.mark.parametrize(
    "text, kind, side, words",
    [
        (
            "Azerbaijan accepted the peace treaty but wants Armenia to withdraw its troops from "
            "the border, Baku's foreign ministry said.",
            "withdrawal",
            "Azerbaijan",
            "Armenia to withdraw its troops",
        ),
        (
            "Serbia said it would consider the ceasefire but required Kosovo to release the "
            "detained officers first.",
            "prisoner_exchange",
            "Serbia",
            "Kosovo to release the detained officers",
        ),
    ],
)
def test_asking_another_side_to_act_beside_an_answer_is_a_demand(text, kind, side, words, registry):
    demands = [p for p in plans(text, registry) if p.kind == kind]
    assert [(p.proposed_by, words in p.title) for p in demands] == [(side, True)]


@pytest.mark.parametrize(
    "text",
    [
        # the asker is another side than the one answering
        "Serbia said it would consider the ceasefire, but the EU wants Kosovo to release the "
        "detained officers.",
        # a relative's antecedent asks, not the side named in the answer before it
        "The 10-day truce was accepted by the RSF and conditionally by the army, which wants "
        "the paramilitary to withdraw from the city first.",
    ],
)
def test_no_demand_of_the_answering_side(text, registry):
    answered = {r.actor for p in plans(text, registry) for r in p.responses}
    demands = [p for p in plans(text, registry) if p.kind in ("withdrawal", "prisoner_exchange")]
    assert [p for p in demands if p.proposed_by in answered] == []

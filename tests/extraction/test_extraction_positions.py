import pytest

from negotiations.extraction import Document, extract


def positions(text, registry):
    found = extract(Document(text=text), registry).positions
    return {(q.actor, q.issue, q.stance) for q in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The holder is the subject right before the stance word.
        (
            "Pakistan firmly rejects any territorial concession.",
            ("Pakistan", "territorial concessions", "oppose"),
        ),
        ("India supports new sanctions.", ("India", "sanctions", "support")),
        ("Hamas demands the release of all prisoners.", ("Hamas", "prisoner exchange", "support")),
        # Coordinated subjects both hold the stance.
        (
            "Egypt and Qatar back humanitarian corridors.",
            ("Qatar", "humanitarian access", "support"),
        ),
        (
            "Egypt and Qatar back humanitarian corridors.",
            ("Egypt", "humanitarian access", "support"),
        ),
        # Negation flips the stance.
        (
            "Israel does not support a withdrawal from the corridor.",
            ("Israel", "withdrawal", "oppose"),
        ),
        # A condition makes acceptance conditional.
        (
            "Pakistan is ready to accept elections as long as observers attend.",
            ("Pakistan", "elections", "conditional"),
        ),
        # Studying an issue is neutral.
        ("Qatar is studying the sanctions.", ("Qatar", "sanctions", "neutral")),
        # An answer to a proposal is a stance on that proposal.
        ("Hamas accepted the 42-day truce.", ("Hamas", "42-day truce", "support")),
        # A stance noun after a light verb belongs to the verb's subject.
        (
            "Armenia expressed readiness to discuss the return of prisoners.",
            ("Armenia", "prisoner exchange", "support"),
        ),
        (
            "Sudan's government voiced opposition to any international peacekeepers.",
            ("Sudan", "peacekeepers and monitors", "oppose"),
        ),
        (
            "Israel's foreign ministry expressed its willingness to allow humanitarian corridors.",
            ("Israel", "humanitarian access", "support"),
        ),
        # A possessor holds the stance noun it owns; "backing" answers the plan, which names
        # the stance (as "Rwanda's approval of the truce" does).
        ("Rwanda's backing for the M23 truce was clear.", ("Rwanda", "truce", "support")),
        # Phrasal stances: ruling out opposes, not ruling it out leaves it open.
        (
            "Indian Prime Minister Narendra Modi ruled out third-party mediation.",
            ("Narendra Modi", "mediation", "oppose"),
        ),
        ("Russia did not rule out new sanctions.", ("Russia", "sanctions", "neutral")),
        ("Kyiv is open to elections after the war.", ("Ukraine", "elections", "support")),
        ("Egypt called for a ceasefire in Gaza.", ("Egypt", "ceasefire", "support")),
        # A copula between subject and stance adjective; the commitment answers the truce,
        # whose title names the stance (as "Rwanda's approval of the truce" does).
        ("Qatar remains committed to the Gaza truce.", ("Qatar", "truce", "support")),
        # A verdict: its holder is the subject of "called", else the sentence's speaker.
        ("Rwanda called the sanctions unacceptable.", ("Rwanda", "sanctions", "oppose")),
        (
            "The Kremlin said the ceasefire terms were unacceptable.",
            ("Russia", "ceasefire", "oppose"),
        ),
        # A pronoun subject in a reported clause is the speaker.
        (
            "Armenian Prime Minister Nikol Pashinyan said he was ready to sign a peace deal.",
            ("Nikol Pashinyan", "peace deal", "support"),
        ),
        (
            "Israel would not accept a Palestinian Authority role in reconstruction.",
            ("Israel", "reconstruction", "oppose"),
        ),
        # Asking to stop something opposes it.
        ("Pakistan called for an end to the sanctions.", ("Pakistan", "sanctions", "oppose")),
        (
            "Moscow demanded a halt to Western weapons deliveries.",
            ("Russia", "military aid", "oppose"),
        ),
        # Conditions set for a thing: the light verb's subject holds them, not the possessor.
        (
            "Russian President Vladimir Putin outlined Russia's conditions for a ceasefire.",
            ("Vladimir Putin", "ceasefire", "conditional"),
        ),
        ("Hamas laid out its terms for a hostage deal.", ("Hamas", "hostages", "conditional")),
        # A threat backs a measure; with an if-clause, only on that condition.
        (
            "India threatened to impose sanctions on Pakistan if the shelling continued.",
            ("India", "sanctions", "conditional"),
        ),
        ("Rwanda threatened new sanctions.", ("Rwanda", "sanctions", "support")),
        # Calling a thing essential or obligatory backs it; the speaker holds the verdict.
        ("Qatar said humanitarian aid was essential.", ("Qatar", "humanitarian access", "support")),
        (
            "Israel said the disarmament of Hamas is obligatory.",
            ("Israel", "disarmament", "support"),
        ),
        # A verdict followed by punctuation is still predicated of its issue.
        (
            "Israel said the disarmament of Hamas is obligatory, whatever the talks bring.",
            ("Israel", "disarmament", "support"),
        ),
        # A second verb after "and" shares the sentence's subject.
        (
            "Abdel Fattah al-Burhan met the envoy in Port Sudan and rejected any foreign "
            "peacekeepers.",
            ("Abdel Fattah al-Burhan", "peacekeepers and monitors", "oppose"),
        ),
        # Each stance word takes the issue after it, so one sentence can hold two.
        (
            "Hamas rejected disarmament but backed new elections.",
            ("Hamas", "elections", "support"),
        ),
        (
            "Hamas rejected disarmament but backed new elections.",
            ("Hamas", "disarmament", "oppose"),
        ),
        # Issues named in other words: laying down arms, a settlement, the negotiating table.
        ("M23 refused to lay down its arms.", ("M23", "disarmament", "oppose")),
        (
            "Hamas will not hand over its weapons, a spokesman said.",
            ("Hamas", "disarmament", "oppose"),
        ),
        (
            "Sudan backed a political settlement under UN auspices.",
            ("Sudan", "peace plan", "support"),
        ),
        (
            "Rwanda said it was ready to return to the negotiating table.",
            ("Rwanda", "talks", "support"),
        ),
        # Things on the table the registry has no word for are issues named by their words.
        (
            "Armenia said it backed the Brussels initiative.",
            ("Armenia", "Brussels initiative", "support"),
        ),
        ("Kosovo fully accepts the police hotline.", ("Kosovo", "police hotline", "support")),
        ("Serbia rejected the offer as a trap.", ("Serbia", "offer", "oppose")),
        ("Ethiopia said it was studying the draft.", ("Ethiopia", "draft", "neutral")),
        (
            "Colombia called for the release of 12 kidnapped soldiers.",
            ("Colombia", "release of 12 kidnapped soldiers", "support"),
        ),
        (
            "Myanmar would not accept any arrangement that leaves towns in rebel hands.",
            ("Myanmar", "arrangement", "oppose"),
        ),
        (
            "Egypt welcomed the resumption and would fund the packages.",
            ("Egypt", "resumption", "support"),
        ),
        # The schedule and the steps of a settlement are things on the table too.
        ("Kosovo rejected the timetable as unrealistic.", ("Kosovo", "timetable", "oppose")),
        (
            "Serbia does not recognise the jurisdiction of the court.",
            ("Serbia", "jurisdiction of the court", "oppose"),
        ),
        # An infinitive of purpose after a thing its verb takes is that verb's subject's.
        (
            "Norway will use its influence to promote talks between the government and the ELN.",
            ("Norway", "talks", "support"),
        ),
        (
            "Eritrea said it would use its veto to block the referendum.",
            ("Eritrea", "referendum", "oppose"),
        ),
        # An attributive verdict of blame judges the issue it names right after it.
        (
            "The National Unity Government said the junta was organising sham elections.",
            ("National Unity Government", "elections", "oppose"),
        ),
        (
            "Azerbaijan said France was pushing one-sided sanctions.",
            ("Azerbaijan", "sanctions", "oppose"),
        ),
        # Things joined by "or" share the stance word's stance too, and a stem's whole word
        # ("sanctions") comes before the gap that joins the next one.
        ("Armenia ruled out talks or a referendum.", ("Armenia", "referendum", "oppose")),
        ("Serbia will accept elections or a referendum.", ("Serbia", "referendum", "support")),
        ("Eritrea rejected sanctions and the withdrawal.", ("Eritrea", "withdrawal", "oppose")),
        # Trading a thing away gives it up: backed when offered, opposed when refused.
        (
            "The Polisario Front said it would never trade its land for autonomy.",
            ("Polisario Front", "territorial concessions", "oppose"),
        ),
        (
            "Armenia is ready to trade territory for a lasting peace treaty.",
            ("Armenia", "territorial concessions", "support"),
        ),
        ("The ELN will not trade its hostages for a ceasefire.", ("ELN", "hostages", "oppose")),
        # A quotation of "committed" before "to" is an adjective, no passive: its speaker holds it.
        (
            "Olivier Nduhungirehe added that Kigali was “fully committed” to the economic"
            " framework.",
            ("Olivier Nduhungirehe", "peace plan", "support"),
        ),
        # Readiness to do what a plan word names backs that act.
        (
            "Sudan said it was willing to swap captured fighters.",
            ("Sudan", "swap captured fighters", "support"),
        ),
        # Things joined by "and" to the one a stance word takes share its stance.
        (
            "Kosovo fully accepts both the missing persons commission and the hotline.",
            ("Kosovo", "hotline", "support"),
        ),
        (
            "Egypt backed the truce and the prisoner exchange.",
            ("Egypt", "prisoner exchange", "support"),
        ),
        # Sending a delegation to a thing takes part in it.
        ("Armenia will send a delegation to the talks.", ("Armenia", "talks", "support")),
        # The one urged does the act; the urging side backs its object.
        (
            "Qatar urged Hamas to accept the Egyptian proposal.",
            ("Qatar", "Egyptian proposal", "support"),
        ),
        # Every member of a list with articles holds the stance.
        (
            "Yemen, Oman, the United Arab Emirates and Qatar urged both parties to accept a truce.",
            ("Yemen", "ceasefire", "support"),
        ),
        # A quotation opening inside a clause is the named subject's stance, not the speaker's.
        (
            "Yemen said the Houthis had “effectively rejected the proposal.”",
            ("Houthis", "proposal", "oppose"),
        ),
        # A complement judging a thing its verb governs states a stance by its evaluation,
        # whatever its words: praise backs the thing, blame opposes it, after "but" decides.
        (
            'Colombian Foreign Minister Luis Murillo called the new framework "a practical '
            'bridge, not a final destination."',
            ("Luis Murillo", "peace plan", "support"),
        ),
        (
            'Colombian President Gustavo Petro described the truce as "fragile but real."',
            ("Gustavo Petro", "ceasefire", "support"),
        ),
        ("Ethiopia branded the truce a dangerous gamble.", ("Ethiopia", "ceasefire", "oppose")),
        (
            "Myanmar's junta described the ceasefire as no real chance for peace.",
            ("Myanmar", "ceasefire", "oppose"),
        ),
    ],
)
def test_stance(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # "aid" inside "said" is no issue.
        "Israel said it supports the summit.",
        # The subject of "demands" is the plan, not the actor named earlier.
        "Under pressure from India, the plan demands land.",
        # A hypothetical clause states no stance.
        "Egypt warned of sanctions if Israel rejects the truce.",
        # Hope and calls are no stated stance.
        "Qatar hopes for a ceasefire and called for calm.",
        # Conditions of life are no conditions set by anyone.
        "Humanitarian conditions in Gaza worsened, Egypt said.",
        # An attributive verdict judges the noun after it, not an issue.
        "Qatar outlined essential points concerning a ceasefire.",
        # A threat's measure is its object, not an issue named further on.
        "Hamas said Israel threatened Gaza with consequences after the ceasefire collapsed.",
        # "the moment X agrees" waits for an answer not yet given.
        "The truce would begin the moment Rwanda agrees to it.",
        # A passive "it was agreed" in a quotation names no holder.
        '"It was agreed that both armies would stop all firing," Vikram Misri said.',
        # A plan word inside a name is no issue; praise of a body is no stance on a plan.
        "The Sudanese army praised the role of the International Committee of the Red Cross.",
        # A plan word before the stance word is its subject, not the thing it takes up.
        "The mechanism agreed to meet again on Monday.",
        # A plan word far from the stance word, past an adjunct, is not its object.
        "Serbia and Kosovo agreed to address each other's concerns through existing mechanisms.",
        # A verdict after "as" judges the thing before it, not an issue in the next clause.
        "Serbia and Kosovo described the meeting as positive but announced no agreement.",
        # A complement with no evaluation, or one describing no thing on the table, states none.
        "Sudan described the truce as the army's idea.",
        "Armenia called the border commission's report a good read, the ministry said.",
        # Praise or necessity before a noun qualifies it; a verdict with no holder is no one's.
        "Egypt hosted crucial talks in Cairo.",
        "The illegitimate elections were held on Sunday.",
        # Trading fire is fighting, no concession.
        "Houthi and government forces continued to trade fire across the ceasefire line.",
    ],
)
def test_no_stance(text, registry):
    assert positions(text, registry) == set()


@pytest.mark.parametrize(
    "text, holder, speaker",
    [
        (
            "Kenyan President William Ruto said talks must resume, a demand that Ethiopia has"
            " rejected.",
            "Ethiopia",
            "William Ruto",
        ),
        (
            "Colombian President Gustavo Petro said the ceasefire must be extended, a proposal"
            " which the ELN has rejected.",
            "ELN",
            "Gustavo Petro",
        ),
    ],
)
def test_a_refusal_in_the_storys_relative_aside_is_not_the_speakers(
    text, holder, speaker, registry
):
    refused = {actor for actor, _, stance in positions(text, registry) if stance == "oppose"}
    assert holder in refused and speaker not in refused


def test_a_later_sentence_lifting_a_refusal_is_a_position_of_its_own(registry):
    text = (
        "The Polisario Front rejected talks with Morocco. It said it would consider talks only"
        " if the UN guaranteed a referendum."
    )
    assert {
        ("Polisario Front", "talks", "oppose"),
        ("Polisario Front", "talks", "conditional"),
    } <= (positions(text, registry))


def test_a_condition_beside_a_backing_is_one_position(registry):
    text = "Turkey said it supported a UN mandate but that the force's tasks must be defined."
    assert positions(text, registry) == {("Turkey", "UN mandate", "conditional")}


def test_a_later_condition_on_a_backing_is_no_second_position(registry):
    text = (
        "Armenia backed the talks. It said it would attend the talks only if Azerbaijan freed"
        " the prisoners."
    )
    assert {stance for actor, issue, stance in positions(text, registry) if issue == "talks"} == {
        "support"
    }


def test_a_plan_word_after_the_plan_it_names_is_no_second_position(registry):
    text = "Ethiopia accepted the Pretoria deal and welcomed the proposal."
    assert positions(text, registry) == {("Ethiopia", "peace plan", "support")}


def test_a_stated_stance_repeating_an_answer_is_one_position(registry):
    text = "Israel accepted the 60-day ceasefire, and Israel supports a ceasefire."
    assert [q.stance for q in extract(Document(text=text), registry).positions] == ["support"]

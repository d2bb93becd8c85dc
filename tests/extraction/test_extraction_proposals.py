from datetime import date

import pytest

from negotiations.extraction import Document, extract


def proposals(text, registry):
    return extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals


@pytest.mark.parametrize(
    "text, proposer",
    [
        ("Qatar proposed a 60-day truce in Gaza.", "Qatar"),
        ("Egypt unveils a plan for a humanitarian ceasefire.", "Egypt"),
        ("A prisoner exchange was proposed by the Palestinian Authority.", "Palestinian Authority"),
        ("Hamas rejected Israel's hostage deal.", "Israel"),
        ("India weighed the ceasefire that the United States had pitched.", "United States"),
        ("Egypt handed Hamas its proposal for a truce.", "Egypt"),
        ("The truce was welcomed in Gaza.", None),
        # A demand is a proposal of the one who demands it.
        ("Hamas is demanding the release of 50 prisoners.", "Hamas"),
        ("Pakistan requested the return of captured soldiers' bodies.", "Pakistan"),
        # Two sides that proposed a plan together: the first named leads.
        ("Sudan rejected a humanitarian truce that Egypt and Qatar had proposed.", "Egypt"),
        # A phrasal verb's particle sits between the verb and its agent.
        ("Hamas studied a ceasefire plan put forward by Egypt.", "Egypt"),
        # "offer" as a noun belongs to its possessor, not the sentence's subject.
        ("India rejected Pakistan's offer of a ceasefire.", "Pakistan"),
        # The owner of "proposals/terms for" a plan put it forward.
        ("Hamas studied Egypt's terms for a six-week truce.", "Egypt"),
        ("Armenia weighed Azerbaijan's proposals for a peace treaty.", "Azerbaijan"),
        # A time phrase may stand between the participle and its agent.
        ("Sudan rejected a truce put forward on 2 May by IGAD.", "IGAD"),
        ("The RSF weighed a corridor proposed in late January by Chad.", "Chad"),
        ("The RSF weighed a corridor put forward last year by Chad.", "Chad"),
        # A plural name owns through a bare apostrophe; "offer to" is one plan, not two.
        (
            "Iran studied the United Arab Emirates' offer to store the uranium.",
            "United Arab Emirates",
        ),
        ("Saudi Arabia rejected the Houthis' offer of a truce.", "Houthis"),
        # An offered clause past a time phrase: "offered on Monday to send".
        ("Norway offered on Monday to send observers to the river crossing.", "Norway"),
        # The participle may follow the plan's complement, set off by a comma.
        (
            "A notification mechanism for aid convoys, proposed by the UN, was adopted.",
            "United Nations",
        ),
        # A definite plan whose author is named after it is news, not a plan named again.
        ("Pakistan dismissed the verification mechanism proposed by Turkey.", "Turkey"),
    ],
)
def test_proposer(text, proposer, registry):
    (proposal,) = proposals(text, registry)
    assert proposal.proposed_by == proposer


@pytest.mark.parametrize(
    "text, responses",
    [
        (
            "Israel and Hamas accepted the 42-day truce.",
            {("Israel", "accepted"), ("Hamas", "accepted")},
        ),
        ("Pakistan refused the ceasefire.", {("Pakistan", "rejected")}),
        ("India didn’t sign the ceasefire.", {("India", "rejected")}),
        # "in principle" alone is a yes; a demand beside it makes it conditional.
        ("Hamas agreed to the truce in principle.", {("Hamas", "accepted")}),
        (
            "Kinshasa has accepted the prisoner exchange in principle but wants the Red Cross to"
            " oversee it.",
            {("Democratic Republic of the Congo", "conditional")},
        ),
        ("Israel backed the truce as long as hostages are freed.", {("Israel", "conditional")}),
        ("Hamas is studying the hostage deal.", {("Hamas", "considering")}),
        ("The truce plan was endorsed by Qatar.", {("Qatar", "accepted")}),
        # Phrasal answers.
        ("Hamas turned down the 30-day truce.", {("Hamas", "rejected")}),
        ("India signed off on the ceasefire.", {("India", "accepted")}),
        # "shot down"/"ruled out" a plan reject it.
        (
            "The RSF shot down the humanitarian truce proposed by the United States.",
            {("Rapid Support Forces", "rejected")},
        ),
        (
            "Rwanda ruled out a withdrawal of its troops from eastern Congo.",
            {("Rwanda", "rejected")},
        ),
        # Signing or agreeing "with" the other side binds both.
        (
            "Armenia initialed a peace treaty with Azerbaijan on Friday.",
            {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
        ),
        (
            "Pakistan agreed to a prisoner exchange with India.",
            {("Pakistan", "accepted"), ("India", "accepted")},
        ),
        # "with the help of" names no partner.
        ("Israel signed the ceasefire deal with the help of Qatar.", {("Israel", "accepted")}),
        # "the Russian leader" answers as the person named earlier, not as the state.
        (
            "Vladimir Putin spoke to Donald Trump. "
            "The Russian leader rejected the 30-day ceasefire.",
            {("Vladimir Putin", "rejected")},
        ),
        # "the green light" and a positive reply accept a plan; the green light to anything
        # else is no answer.
        (
            "The Congolese government gave the green light to the ceasefire deal.",
            {("Democratic Republic of the Congo", "accepted")},
        ),
        (
            "Hamas responded positively to the Egyptian ceasefire proposal.",
            {("Hamas", "accepted")},
        ),
        # Weighing a plan in the base form.
        ("Hamas said it would study the new ceasefire proposal.", {("Hamas", "considering")}),
        # An answer inside an if-clause has not been given.
        ("Egypt warned of sanctions if Israel rejects the truce.", set()),
    ],
)
def test_responses(text, responses, registry):
    (proposal,) = proposals(text, registry)
    assert {(r.actor, r.response) for r in proposal.responses} == responses


@pytest.mark.parametrize(
    "text, titles",
    [
        # Repeated mentions of one plan are one proposal, with the widest title.
        (
            "Qatar proposed a 60-day truce. Hamas accepted the truce. Israel is weighing the "
            "60-day ceasefire.",
            ["60-day truce"],
        ),
        # A generic noun with a determiner names the plan already on the table.
        (
            "Egypt proposed a prisoner exchange. The deal was welcomed by Hamas.",
            ["prisoner exchange"],
        ),
        # Different durations or coverage are different plans.
        (
            "India proposed a 30-day ceasefire. Pakistan offered a 7-day truce instead.",
            ["30-day ceasefire", "7-day truce"],
        ),
        (
            "Israel offered an air truce. Hamas demanded a full ceasefire.",
            ["air truce", "full ceasefire"],
        ),
        # A plan verb with its object is a plan: "exchange prisoners", "swap hostages".
        ("Israel and Hamas would exchange prisoners next week.", ["exchange prisoners"]),
        (
            "Egypt put forward an exchange of 20 hostages for prisoners.",
            ["exchange of 20 hostages for prisoners"],
        ),
        # A plain plan noun that is proposed or answered is on the table.
        ("Israel and Hamas agreed to carry out an exchange.", ["exchange"]),
        ("Qatar offered a deal to both sides.", ["deal"]),
        # Releases, returns and corridors of something are plans; "in return for" is not.
        (
            "Israel would free detainees in return for the release of hostages.",
            ["release of hostages"],
        ),
        ("Egypt proposed a humanitarian corridor.", ["humanitarian corridor"]),
        ("India and Pakistan signed a joint declaration.", ["declaration"]),
    ],
)
def test_mentions_merge_by_kind_and_scope(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text",
    [
        # No plan noun: peace and war are not proposals.
        "India wants peace and Pakistan wants the war to end.",
        # A generic noun alone is no concrete plan.
        "Pakistan said a deal was possible.",
        "Both sides want an agreement soon.",
        # Verbs, not nouns.
        "Israel will pause operations and Hamas needs to deal with its fighters.",
        # The plan noun only qualifies another noun.
        "Observers attended the ceasefire talks in Cairo.",
        # A release that is a document, a return that is someone coming back.
        "PRESS RELEASE – FOR IMMEDIATE RELEASE",
        "Kosovo's envoy spoke to reporters in Pristina on his return from Brussels.",
    ],
)
def test_no_proposal(text, registry):
    assert proposals(text, registry) == ()


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Azerbaijan accepted a plan to move heavy weapons back 15 km from the line.",
            "plan to move heavy weapons back",
        ),
        (
            "The ELN has accepted a Norwegian proposal to pull its fighters back from Catatumbo.",
            "proposal to pull its fighters back",
        ),
        (
            "The junta rejected a Chinese plan to pull soldiers back from the highway, the "
            "Arakan Army said.",
            "plan to pull soldiers back",
        ),
        (
            "Ethiopia was offered a deal to draw forces back behind the 2000 line.",
            "deal to draw forces back",
        ),
    ],
)
def test_a_plan_to_move_forces_back_keeps_its_particle(text, title, registry):
    assert [p.title for p in proposals(text, registry)] == [title]


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "A source says the plan on the table is a pullback of artillery, rocket launchers "
            "and tanks to 10km from the border.",
            "pullback of artillery, rocket launchers and tanks",
        ),
        (
            "Baku floated a withdrawal of artillery from the line of contact.",
            "withdrawal of artillery",
        ),
        ("The accord foresees the handover of guns to the church.", "handover of guns"),
        ("Pristina wants a pullout of armour from the north.", "pullout of armour"),
    ],
)
def test_what_a_pullback_or_handover_moves_makes_it_concrete(text, title, registry):
    assert [p.title for p in proposals(text, registry)] == [title]


@pytest.mark.parametrize(
    "text, titles",
    [
        # How far a generic plan reaches says nothing of what it is.
        ("Officials hinted at a broader plan but gave no details.", []),
        ("The envoy spoke of a comprehensive deal, without saying what it would cover.", []),
        # A reach word still qualifies a plan that says what it is.
        ("Sudan's army rejected a comprehensive ceasefire.", ["comprehensive ceasefire"]),
        # What a truce halts belongs to its scope: an energy strikes truce is its own plan.
        (
            "Moscow accused Kyiv of breaking a 30-day energy strikes truce, as talks on a "
            "maritime ceasefire went on.",
            ["30-day energy strikes truce", "maritime ceasefire"],
        ),
    ],
)
def test_a_plan_is_what_its_wording_says_it_covers(registry, text, titles):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, events",
    [
        ("Armenia and Azerbaijan signed a peace treaty in Washington.", ["agreed"]),
        ("The ceasefire took effect at midnight, officials said.", ["in_effect"]),
        ("The truce came into force on Sunday.", ["in_effect"]),
        ("The Gaza ceasefire collapsed when the strikes resumed.", ["collapsed"]),
        ("Egypt withdrew its proposal for a truce.", ["withdrawn"]),
        # A violation is no collapse; a prospect or a denial is no event.
        ("The ceasefire was violated within hours, Pakistan said.", []),
        ("The truce will take effect on Sunday.", []),
        ("The ceasefire has not collapsed, the army insisted.", []),
    ],
)
def test_what_happened_to_a_plan(registry, text, events):
    [proposal] = proposals(text, registry)
    assert [e.status for e in proposal.events] == events

"""Who put a plan forward and who answered it, read from the grammar of the sentence."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract


def answers(text, registry):
    (proposal,) = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    return {(r.actor, r.response) for r in proposal.responses}


@pytest.mark.parametrize(
    "text, responses",
    [
        # A hyphenated modifier between the owner and the organ keeps the owner the subject.
        (
            "Ethiopia's military-backed cabinet on Tuesday rejected a border truce.",
            {("Ethiopia", "rejected")},
        ),
        # After a modal, "to" or a plural pronoun a bare "back" is the verb, not the adverb.
        ("Serbia said it would back the monitoring mission.", {("Serbia", "accepted")}),
        (
            "Kosovo agreed to back a prisoner exchange in March.",
            {("Kosovo", "accepted")},
        ),
        # "they" opening what several subjects said stands for all of them.
        (
            "Armenia and Azerbaijan have said they back an exchange of detainees.",
            {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
        ),
        (
            "India and Pakistan said that they would honour the truce.",
            {("India", "accepted"), ("Pakistan", "accepted")},
        ),
        # "the interim government", "the army-led authorities": the state's own organ.
        (
            "Ethiopia's army met rebel leaders in Nairobi. The rebels want an African "
            "monitoring mission on the border, a proposal the military-backed authorities have "
            "consistently rejected.",
            {("Ethiopia", "rejected")},
        ),
        # "it is a plan to…" says what the plan named before is; it is no plan of its own.
        (
            "Kosovo dismissed the buffer zone floated by Serbia, saying it is a plan to divide "
            "the north.",
            {("Kosovo", "rejected")},
        ),
        # A quoted fragment opening after the subject carries on its clause; a quotation of
        # the speaker's own words keeps its subject inside it.
        (
            'Norway proposed a border truce. Bogota "categorically rejects" the truce, the '
            "minister said.",
            {("Colombia", "rejected")},
        ),
        (
            'The EU proposed a joint commission on missing persons. Serbia "fully accepts" the '
            "commission, Vucic said.",
            {("Serbia", "accepted")},
        ),
        (
            'Norway proposed a border truce. The minister said: "Fully accepting the truce is '
            'impossible."',
            set(),
        ),
        # a quote after a colon, or after an urging verb, is words put to the side it names
        (
            'The EU proposed a border plan. Kurti urged Serbia: "accept the plan".',
            set(),
        ),
        (
            'The AU proposed a monitoring mission. Ruto pressed the RSF to "accept the mission".',
            set(),
        ),
        # A negated rejection leaves the answer open; a negated acceptance rejects.
        (
            "Belgrade has not rejected the EU proposal for a border truce outright.",
            {("Serbia", "considering")},
        ),
        ("Serbia did not accept the border truce.", {("Serbia", "rejected")}),
        # Opposite answers both denied leave the answer open.
        ("Kosovo has neither embraced nor rejected the EU truce.", {("Kosovo", "considering")}),
        # ... whether the second is an answer verb or a stance phrase, past the plan's words.
        (
            "Islamabad has neither endorsed the Qatari truce proposal nor come out against it.",
            {("Pakistan", "considering")},
        ),
        # An answer in the clause of a proposing verb is proposed, not given.
        ("Norway suggested that both governments sign a memorandum on fishing.", set()),
        # A name before a bare verb form is its subject, not a modifier of a noun.
        (
            "The Houthis set two conditions for the truce in the Red Sea.",
            {("Houthis", "conditional")},
        ),
    ],
)
def test_who_answers(text, responses, registry):
    assert answers(text, registry) == responses


@pytest.mark.parametrize(
    "text, responses",
    [
        # "it" in a sentence naming no plan answers the plan named just before.
        (
            "Norway tabled a 12-point framework at the Brussels round. Serbia endorsed all of "
            "it on Tuesday.",
            {("Serbia", "accepted")},
        ),
        (
            "Norway presented a 12-point framework. Its envoy called it fair. Kosovo rejected it.",
            {("Kosovo", "rejected")},
        ),
        (
            "Norway presented a 12-point framework. Talks went on. Snow fell on Pristina. "
            "Kosovo rejected it.",
            set(),
        ),
        # "it" after the answer verb's preposition, and "both sides" for the two named before.
        (
            "Serbia and Kosovo met in Ohrid. Norway offered a humanitarian corridor to Mitrovica. "
            "Both sides agreed to it.",
            {("Serbia", "accepted"), ("Kosovo", "accepted")},
        ),
        (
            "Norway proposed a thirty-day freeze on shelling. Serbia went along with it.",
            {("Serbia", "accepted")},
        ),
        # Conditions set "for it" make the answer conditional.
        (
            "Norway floated a pause in the shelling. Kosovo set two conditions for it.",
            {("Kosovo", "conditional")},
        ),
        # A plan put forward is "the suggestion" when it is answered.
        (
            "Norway suggested a joint border commission. Belgrade is studying the suggestion.",
            {("Serbia", "considering")},
        ),
    ],
)
def test_it_answers_the_plan_named_before(text, responses, registry):
    assert answers(text, registry) == responses


def responders_by_plan(text, registry):
    found = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    return {p.title: [r.actor for r in p.responses] for p in found}


def test_an_owned_plan_names_the_last_plan_put_forward(registry):
    text = (
        "The UN envoy proposed an observer mission. It would monitor the truce along the line. "
        "The Polisario Front accepted the envoy's plan."
    )
    assert responders_by_plan(text, registry) == {
        "observer mission": ["Polisario Front"],
        "truce": [],
    }


def test_it_answers_the_first_plan_of_the_sentence_before(registry):
    text = (
        "Norway presented a 12-point framework that creates a buffer zone. Its envoy called it "
        "fair. Kosovo accepted most of it."
    )
    assert responders_by_plan(text, registry) == {
        "12-point framework": ["Kosovo"],
        "buffer zone": [],
    }


@pytest.mark.parametrize(
    "text, responses",
    [
        # A negated condition ("without conditions") attaches none.
        (
            'Serbia said it accepted the border truce "without conditions".',
            {("Serbia", "accepted")},
        ),
        ("Kosovo accepted the border truce without any preconditions.", {("Kosovo", "accepted")}),
        ("Kosovo accepted the border truce with conditions.", {("Kosovo", "conditional")}),
        # "his forces" are the side of the commander named before.
        (
            "M23 commander Sultani Makenga said his fighters would honour the truce.",
            {("M23", "accepted")},
        ),
        # A plan after "after"/"until" dates the act; it is not what the verb answers.
        ("Norway has pledged to send observers after a ceasefire.", set()),
        ("Norway has pledged to honour a ceasefire.", {("Norway", "accepted")}),
        # Readiness for a plan ("open to", "ready for") accepts it; "be" is no passive here.
        (
            "Norway proposed a border truce. Kosovo is open to the truce, its premier said.",
            {("Kosovo", "accepted")},
        ),
        ("Serbia said it was ready for a border truce.", {("Serbia", "accepted")}),
        ("Serbia is not open to a border truce.", {("Serbia", "rejected")}),
        # A state named by its form ("the kingdom", "the sultanate") is the state named last.
        (
            "Oman's foreign minister said in Muscat that the sultanate backed the prisoner "
            "exchange.",
            {("Oman", "accepted")},
        ),
    ],
)
def test_who_answers_and_how(text, responses, registry):
    assert answers(text, registry) == responses


@pytest.mark.parametrize(
    "text, responses",
    [
        # "by X, Y and Z": every agent of a passive answer answers.
        (
            "The truce plan was rejected by Armenia and Azerbaijan.",
            {("Armenia", "rejected"), ("Azerbaijan", "rejected")},
        ),
        (
            "The energy truce was welcomed by Turkey, Iran and the Houthis on Monday.",
            {("Turkey", "accepted"), ("Iran", "accepted"), ("Houthis", "accepted")},
        ),
        # "by both sides": the sides of the talks named before.
        (
            "Talks between Serbia and Kosovo resumed in Brussels. "
            "The EU proposal for a prisoner exchange was accepted by both sides.",
            {("Serbia", "accepted"), ("Kosovo", "accepted")},
        ),
    ],
)
def test_passive_answers_name_every_agent(text, responses, registry):
    assert answers(text, registry) == responses


def proposer(text, registry):
    (proposal,) = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    return proposal.proposed_by


@pytest.mark.parametrize(
    "text, expected",
    [
        # Asking or appealing for a plan puts it forward.
        ("Cambodia has asked for the release of 18 prisoners of war.", "Cambodia"),
        ("Somalia appealed for a humanitarian corridor on Sunday.", "Somalia"),
        ("Asked about the truce, Somalia's president said nothing.", None),
        # A verb closing the sentence after a comma reports the clause before it.
        ("Both sides agreed to swap 200 detainees, Norway's envoy announced.", None),
        ("Hamas accepted the energy truce, Egypt announced on Monday.", None),
        ("Hamas accepted a truce, which Egypt proposed.", "Egypt"),
        ("Hamas accepted a truce, drafted by Egypt.", "Egypt"),
        # Campaigning for a plan puts it forward.
        ("Norway has been promoting a 30-day truce along the border.", "Norway"),
        # A sponsor's participle after the plan, or glued to a name before it, names its author.
        ("Somalia rejected the plan backed by Turkey.", "Turkey"),
        ("Somalia rejected the Turkish-backed truce.", "Turkey"),
        ("Somalia rejected the EU-backed truce.", "European Union"),
        # "an army demand" is a noun: its head proposes nothing in the sentence.
        (
            "Hamas said its fighters would leave within 72 hours of the truce taking effect, "
            "but rejected an army demand that they disarm.",
            None,
        ),
        # An actor's adjective after an article owns the offer ("the Qatari offer of a truce").
        ("Hamas rejected the Qatari offer of a truce.", "Qatar"),
        # The possessor of an act does it; whoever demands it proposes it.
        ("Somalia wants a timetable for Ethiopia's withdrawal from the border.", None),
        ("Somalia demanded Ethiopia's withdrawal from the border.", "Somalia"),
        # Scope words may stand between the article and an actor's short form.
        ("Kosovo studied the 14-point EU plan.", "European Union"),
        # A name after "after"/"since" with a verb form after it is that clause's subject.
        (
            "Talks will resume after Qatari mediators presented both sides with a draft on a "
            "prisoner exchange.",
            "Qatar",
        ),
        # A text circulated among council members puts forward the plan it would set up.
        (
            "Norway circulated among council members a text that would set up a monitoring "
            "mission on the river.",
            "Norway",
        ),
        # "Their" after sides named together makes the plan theirs jointly: nobody's proposal;
        # after one side, it is that side's.
        ("Serbia and Kosovo agreed overnight to extend their ceasefire.", None),
        ("Colombia and the ELN said their truce would hold until March.", None),
        ("The ELN said their truce offer still stood.", "ELN"),
        # Verbs joined by "and" in a reported clause share that clause's subject.
        (
            "India's army chief told reporters that the Pakistani side had called first and "
            "proposed a halt to all firing.",
            "Pakistan",
        ),
        # A plan a side says it is ready for, named there first, is the voice's offer; one
        # named before keeps its author.
        (
            "Speaking after talks in Doha, Tshisekedi said Kinshasa was ready for a ceasefire "
            "along the current front line.",
            "Felix Tshisekedi",
        ),
        ("Azerbaijan is ready for a prisoner exchange with Armenia.", "Azerbaijan"),
        (
            "Qatar proposed a ceasefire along the front line. Kinshasa said it was ready for "
            "the ceasefire.",
            "Qatar",
        ),
        ("Kinshasa said it was not ready for a ceasefire along the front line.", None),
        # A participle spelled as its lemma is one with its particle: "put forward by".
        ("Azerbaijan rejected a plan put forward by the European Union.", "European Union"),
        ("Serbia rejected the terms set out by Norway for a border truce.", "Norway"),
        # An offer noun's "by" names who made it, as "from" does.
        (
            "Azerbaijan on Monday rejected a proposal by Armenia to run the road under a joint "
            "customs regime.",
            "Armenia",
        ),
        (
            "Mozambique takes note of the offer made by Rwanda to extend the deployment of its "
            "forces.",
            "Rwanda",
        ),
        # A body's full name before a plan authors it; a state's is the plan's topic.
        (
            "Morocco has turned down a United Nations proposal for an observer mission.",
            "United Nations",
        ),
        # A side's adjective before a title qualifies the person the agent names.
        (
            "Azerbaijan rejected a plan drafted by Armenian Prime Minister Nikol Pashinyan.",
            "Nikol Pashinyan",
        ),
        # A side binding itself in its own voice to a plan stated as its verb offers it; two
        # sides that will swap, a third party reporting a deal's terms, or a refusal do not.
        ("In a statement, the Houthis said they would release 200 detainees.", "Houthis"),
        ("The ELN will release 40 prisoners of war, the group said on Sunday.", "ELN"),
        ("The Houthis will release 200 detainees, the agency said.", None),
        ("The Houthis said they would not release 200 detainees.", None),
        ("Norway's envoy said the ELN and Colombia would swap 40 prisoners of war.", None),
        ("The Houthis said they would halt missile attacks on shipping.", "Houthis"),
        ("Egypt said Israel and Hamas would halt rocket attacks.", None),
        # An aside naming the author, dated by its proposing verb, still puts the plan forward.
        (
            "Belgrade welcomed a proposal, floated by the EU in March, for a monitoring mission "
            "on the border.",
            "European Union",
        ),
    ],
)
def test_proposer(text, expected, registry):
    assert proposer(text, registry) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia and Azerbaijan met in Abu Dhabi. The UAE, which has hosted talks between the "
            "two neighbours, proposed that both armies pull heavy weapons back from the border.",
            "United Arab Emirates",
        ),
        (
            "Kosovo and Serbia sent envoys to Brussels. The EU, which mediates between the two "
            "sides, proposed a joint commission on the missing.",
            "European Union",
        ),
        (
            "The ELN and Colombia resumed talks. Norway, which hosts both delegations, "
            "offered a 30-day truce.",
            "Norway",
        ),
    ],
)
def test_the_sides_a_relative_aside_names_do_not_propose(text, expected, registry):
    assert proposer(text, registry) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Kind 6: a named actor heading a participle aside is the subject; the agent of the
        # aside only describes it. A document heading one leaves the plan to its agent.
        pytest.param(
            "The African Union, led by Kenya and Nigeria, has proposed a monitoring mission in "
            "Tigray.",
            "African Union",
            id="k6-led-by-aside-wire",
        ),
        pytest.param(
            "JUBA – IGAD, chaired by Djibouti, tabled a 30-day truce in Upper Nile.",
            "IGAD",
            id="k6-chaired-by-aside-state-agency",
        ),
        pytest.param(
            "The Arab League, led by Egypt, proposed a truce in Gaza on Sunday.",
            "Arab League",
            id="k6-led-by-aside-broadcaster",
        ),
        pytest.param(
            "The terms, published by Qatar on Sunday, propose a truce in Gaza.",
            "Qatar",
            id="k6-document-aside-keeps-its-agent-broadsheet",
        ),
    ],
)
def test_an_actor_heading_a_participle_aside_proposes(text, expected, registry):
    assert proposer(text, registry) == expected


def test_a_transcript_turns_first_person_proposes_for_its_speaker(registry):
    """A transcript's answer has no quotation marks: its "we" is still the speaker's own."""
    text = "\n".join(
        [
            "SAHEL MORNING — programme of Monday 9 February. Translated excerpts.",
            "Host Aminata Kone spoke with Boubacar Traore Diallo, who chairs the mediation.",
            "KONE: Is the truce around Kidal holding?",
            "DIALLO: It is holding, but only just. We have proposed a joint monitoring "
            "committee for the wells around Kidal.",
        ]
    )
    result = extract(Document(text=text, published=date(2026, 2, 9)), registry)
    by = {p.title: p.proposed_by for p in result.proposals}
    assert by["monitoring committee"] == "Boubacar Traore Diallo"


def plans_and_proposers(text, registry):
    extraction = extract(Document(text=text, published=date(2024, 5, 31)), registry)
    return {p.title: p.proposed_by for p in extraction.proposals}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The agent an obligation demands is the speaker's plan; the plan it is said of is not.
        (
            "The Houthis said any truce must be supervised by an international monitoring mission.",
            {"truce": None, "monitoring mission": "Houthis"},
        ),
        (
            "Somalia said any truce must be accompanied by the withdrawal of Ethiopian troops.",
            {"truce": None, "withdrawal of Ethiopian troops": "Somalia"},
        ),
        # The subject of an active obligation is demanded.
        (
            "Kosovo said the withdrawal of Serbian troops must come first.",
            {"withdrawal of Serbian troops": "Kosovo"},
        ),
    ],
)
def test_a_plan_an_obligation_demands_is_the_speakers(text, expected, registry):
    assert plans_and_proposers(text, registry) == expected


@pytest.mark.parametrize(
    "text, responses",
    [
        # A verdict on a plan that is the subject of "be" is the speaker's answer.
        (
            "Serbia's foreign minister Marko Djuric said that a monitoring mission along the "
            'boundary would be "a welcome step".',
            {("Marko Djuric", "accepted")},
        ),
        (
            'Lavrov said the 30-day truce proposed by Kyiv was "a non-starter".',
            {("Sergei Lavrov", "rejected")},
        ),
        (
            'A prisoner exchange before the vote would be "desirable", Pashinyan told reporters, '
            "provided that the Red Cross oversaw it.",
            {("Nikol Pashinyan", "conditional")},
        ),
        # Taking a plan up as a basis weighs it; an aside may stand before "be".
        (
            "Pashinyan said the 14-point EU plan, revised twice since June, was a basis for "
            "further talks.",
            {("Nikol Pashinyan", "considering")},
        ),
        # A modal passive held to a condition answers for the speaker; without one it names
        # nobody.
        (
            "Pashinyan stressed that the peace treaty can be signed only after Azerbaijan "
            "withdraws its troops.",
            {("Nikol Pashinyan", "conditional")},
        ),
        ("Pashinyan said the peace treaty could be signed next week.", set()),
        # "there will be no truce" refuses the plan for the speaker; "until…" makes the
        # refusal a condition, as the stances read it.
        (
            'Norway proposed a border truce. Hun Manet told reporters there would be "no truce".',
            {("Hun Manet", "rejected")},
        ),
        (
            "Norway proposed a border truce. Hun Manet told reporters there would be "
            '"no truce until the mines are cleared".',
            {("Hun Manet", "conditional")},
        ),
        # A condition for a plan with no owner is the speaker's conditional answer.
        (
            "Aliyev stressed that a change to Armenia's constitution remains a necessary "
            "condition for the signing of any peace treaty.",
            {("Ilham Aliyev", "conditional")},
        ),
        (
            "Pashinyan said a withdrawal was one of the preconditions for a peace treaty.",
            {("Nikol Pashinyan", "conditional")},
        ),
        # A passive still under way ("is being studied") is the speaker's side weighing it.
        (
            "Norway floated a 30-day truce on the border. "
            'Lavrov said on Friday that the idea was "being studied".',
            {("Sergei Lavrov", "considering")},
        ),
    ],
)
def test_a_speaker_answers_through_a_verdict_or_a_condition(text, responses, registry):
    assert answers(text, registry) == responses


@pytest.mark.parametrize(
    "text, expected",
    [
        # A plan agreed "under" an authored framework is put forward by that author.
        (
            "Armenia and Azerbaijan agreed to a prisoner exchange under an EU-drafted framework.",
            {"prisoner exchange": "European Union", "framework": "European Union"},
        ),
        (
            "Under the roadmap drafted by Turkey, Serbia and Kosovo would exchange prisoners.",
            {"roadmap": "Turkey", "exchange prisoners": "Turkey"},
        ),
        # A plan "under" a plan with no author gets none.
        (
            "Serbia and Kosovo agreed to a 30-day truce under the 2013 agreement.",
            {"30-day truce": None},
        ),
    ],
)
def test_plans_under_a_framework_share_its_author(text, expected, registry):
    found = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    assert {p.title: p.proposed_by for p in found} == expected


def test_a_passive_agent_is_no_conjunct_of_the_subject(registry):
    text = "Under the roadmap drafted by Turkey, Serbia and Kosovo would exchange prisoners."
    found = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    swap = next(p for p in found if p.title == "exchange prisoners")
    assert {r.actor for r in swap.responses} == {"Serbia", "Kosovo"}


def test_a_relative_clause_proposes_only_its_own_plan(registry):
    text = (
        "Serbia and Kosovo agreed to a prisoner exchange but not to the broader truce that "
        "the EU has pressed both capitals to accept."
    )
    found = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    assert {p.title: p.proposed_by for p in found} == {
        "prisoner exchange": None,
        "broader truce": "European Union",
    }


@pytest.mark.parametrize(
    "text, titles",
    [
        # An indefinite plan in an aside about an actor says who the actor is.
        (
            "Qatar proposed a humanitarian truce. Turkey, which brokered a ceasefire between "
            "the two armies in 2022, said it backed the plan.",
            {"humanitarian truce": "Qatar"},
        ),
        # A definite one names the plan on the table.
        (
            "Hamas accepted the truce. Qatar, which brokered the truce, said it would hold.",
            {"truce": "Qatar"},
        ),
        # A body that proposes or speaks exists; only what it puts forward is a plan.
        (
            "The UN mission in Mitrovica suggested a humanitarian corridor for the north.",
            {"humanitarian corridor": "United Nations"},
        ),
        (
            "Serbia rejected the monitoring mission proposed by the EU.",
            {"monitoring mission": "European Union"},
        ),
    ],
)
def test_a_plan_in_an_aside_about_an_actor_is_background(text, titles, registry):
    found = extract(Document(text=text, published=date(2024, 5, 31)), registry).proposals
    assert {p.title: p.proposed_by for p in found} == titles


@pytest.mark.parametrize(
    "text, expected",
    [
        # Kind 9: a plan stated as a verb after "ready/willing/prepared to" is put forward by
        # the voice that declares the readiness, as "ready for a truce" is.
        pytest.param(
            '"We are ready to exchange all prisoners," Abiy Ahmed said.',
            "Abiy Ahmed",
            id="k9-ready-to-swap-quoted-wire",
        ),
        pytest.param(
            "Abiy Ahmed said Ethiopia was willing to swap all prisoners with Eritrea.",
            "Abiy Ahmed",
            id="k9-willing-to-swap-reported-broadsheet",
        ),
        pytest.param(
            "Ethiopia is not ready to swap prisoners.",
            None,
            id="k9-not-ready-offers-nothing-radio",
        ),
    ],
)
def test_readiness_for_a_plan_verb_puts_it_forward(text, expected, registry):
    assert proposer(text, registry) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Kind 6: urging another side to let a plan go ahead puts it forward, as urging it
        # to accept the plan does.
        pytest.param(
            "Norway has asked Colombia to allow a humanitarian corridor into Catatumbo.",
            "Norway",
            id="k6-asked-to-allow-wire",
        ),
        pytest.param(
            "Qatar asked Kinshasa to grant an amnesty to M23 fighters.",
            "Qatar",
            id="k6-asked-to-grant-broadcaster",
        ),
        pytest.param(
            "ADDIS ABABA – The AU called on Ethiopia to establish a monitoring mission in Tigray.",
            "African Union",
            id="k6-called-on-to-establish-state-agency",
        ),
    ],
)
def test_urging_a_side_to_let_a_plan_go_ahead_proposes_it(text, expected, registry):
    assert proposer(text, registry) == expected

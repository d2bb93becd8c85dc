"""Plans and the answers to them: answers without a response verb (kind 3), plans as an open
class merged across scope synonyms (kind 9), and the polarity of answers (kind 11)."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract


def proposals(text, registry):
    return extract(Document(text=text, published=date(2025, 6, 2)), registry).proposals


def answers(text, registry):
    return {(r.actor, r.response) for p in proposals(text, registry) for r in p.responses}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "KHARTOUM (Reuters) - Sudan and the RSF met on Monday. "
            "The meeting produced a deal on detainees.",
            {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
            id="k3-outcome-meeting-produced",
        ),
        pytest.param(
            "Thai and Cambodian officials met in Kuala Lumpur on Monday. "
            "The talks yielded a framework for a border ceasefire.",
            {("Thailand", "accepted"), ("Cambodia", "accepted")},
            id="k3-outcome-talks-yielded",
        ),
        pytest.param(
            "Armenia and Azerbaijan met in Abu Dhabi. Talks ended with a deal on prisoners.",
            {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
            id="k3-outcome-phrasal",
        ),
        pytest.param(
            "Is anything agreed at all?\nSmall things. Kinshasa still blames the M23 for the "
            "fighting around Goma. But the latest round of talks produced a deal on prisoners.",
            {("Democratic Republic of the Congo", "accepted"), ("M23", "accepted")},
            id="k3-outcome-of-talks-whose-sides-no-meeting-names",
        ),
        pytest.param(
            "Ethiopia and Sudan held talks in Addis Ababa. Both capitals will swap detainees.",
            {("Ethiopia", "accepted"), ("Sudan", "accepted")},
            id="k3-commitment-both-capitals",
        ),
        pytest.param(
            "KINSHASA — The Congolese government and M23 rebels will exchange prisoners under "
            "a mechanism overseen by the Red Cross.",
            {("Democratic Republic of the Congo", "accepted"), ("M23", "accepted")},
            id="k3-commitment-regional-dateline",
        ),
        pytest.param(
            "The Houthis said they would halt attacks on shipping in the Red Sea.",
            {("Houthis", "accepted")},
            id="k3-commitment-halt-verb",
        ),
        pytest.param(
            "Sudan and the RSF met in Jeddah. It was decided that the two armies would hold fire.",
            {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
            id="k3-passive-decided",
        ),
        pytest.param(
            "It was agreed that Sudan and the RSF would exchange detainees next week.",
            {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
            id="k3-passive-agreed",
        ),
        pytest.param(
            "Given Sudan's readiness to honour the truce, the talks went on.",
            {("Sudan", "accepted")},
            id="k3-stance-noun-readiness",
        ),
        pytest.param(
            "Cambodia gave its approval to the border ceasefire.",
            {("Cambodia", "accepted")},
            id="k3-stance-noun-approval",
        ),
        # Readiness to talk about a plan is no answer to it.
        pytest.param(
            "Armenia expressed readiness to discuss the peace treaty.",
            set(),
            id="k3-stance-noun-discuss",
        ),
        pytest.param(
            "Rwanda proposed a ceasefire. M23 set out its conditions for the ceasefire.",
            {("M23", "conditional")},
            id="k3-terms-for-plan-on-table",
        ),
        pytest.param(
            "Egypt proposed a truce on Sunday. Hamas, in a statement, listed its terms for a "
            "truce.",
            {("Hamas", "conditional")},
            id="k3-terms-state-media",
        ),
        # A hope in another clause leaves an outcome reported as done.
        pytest.param(
            "Chad and Sudan met in N'Djamena. Mediators had hoped for months that the talks "
            "would fail, but the talks produced a deal on detainees.",
            {("Chad", "accepted"), ("Sudan", "accepted")},
            id="k3-outcome-after-a-hope-in-another-clause",
        ),
        # An answer asked for is not given.
        pytest.param(
            "The United States urged Hamas to accept the truce.", set(), id="k3-urged-to-accept"
        ),
        pytest.param(
            "Washington gave Kyiv until Friday to approve the peace plan.",
            set(),
            id="k3-deadline-to-approve",
        ),
    ],
)
def test_answers_without_a_response_verb(text, expected, registry):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "KHARTOUM (Nile Wire) - Sudan and the RSF met on Monday. The next meeting could "
            "produce a deal on detainees.",
            id="a-meeting-that-could-produce-a-deal",
        ),
        pytest.param(
            "Thai and Cambodian officials met in Kuala Lumpur. Diplomats hope the talks will "
            "yield a framework for a border ceasefire.",
            id="talks-hoped-to-yield-a-framework",
        ),
        pytest.param(
            "Ethiopia and Eritrea held talks in Asmara. The talks may eventually produce a deal "
            "on detainees.",
            id="talks-that-may-eventually-produce-a-deal",
        ),
        pytest.param(
            "ASMARA (Horn Daily) - Ethiopia and Eritrea held talks in Asmara. Diplomats hope the "
            "talks produce a deal on detainees.",
            id="a-hope-that-talks-produce-a-deal",
        ),
    ],
)
def test_an_outcome_a_meeting_may_yet_bring_answers_for_nobody(text, registry):
    assert answers(text, registry) == set()


@pytest.mark.parametrize(
    "text, proposer",
    [
        # Terms for a plan nobody put on the table yet propose it.
        pytest.param(
            "The M23 rebels listed their terms for a ceasefire.", "M23", id="k3-terms-new"
        ),
        pytest.param(
            "Rwanda proposed a ceasefire. M23 set out its conditions for the ceasefire.",
            "Rwanda",
            id="k3-terms-keep-proposer",
        ),
        # Nobody raised it: no proposer.
        pytest.param(
            "Sudan and the RSF met in Jeddah, but no side raised a truce.", None, id="k11-no-side"
        ),
        pytest.param("Armenia did not propose a ceasefire.", None, id="k11-not-proposed"),
        # A side that pays for a plan offers it, in reported speech or as a passive agent.
        pytest.param(
            "NAIROBI (AFP) - Kenya said the European Union would finance a truce verification "
            "team in South Sudan.",
            "European Union",
            id="k9-proposer-funding-verb",
        ),
        pytest.param(
            "A monitoring mission sponsored by the African Union will deploy along the border.",
            "African Union",
            id="k9-proposer-sponsored-by",
        ),
        pytest.param(
            "Ethiopia did not fund the ceasefire monitoring mission.",
            None,
            id="k9-proposer-not-funded",
        ),
        # What an owned plan or offer holds is its owner's.
        pytest.param(
            "BOGOTA - The ELN said the Colombian government's offer had included a prisoner "
            "exchange.",
            "Colombia",
            id="k9-proposer-content-of-owned-offer",
        ),
        pytest.param(
            "Yerevan, Armenpress. Armenia's proposals for a settlement envisage a border truce.",
            "Armenia",
            id="k9-proposer-content-envisaged",
        ),
        pytest.param(
            "The talks in Doha included a prisoner exchange.",
            None,
            id="k9-proposer-content-unowned",
        ),
        # A proposing participle glued to an actor's name authors the plan.
        pytest.param(
            "PORT SUDAN (SUNA) - The army and the RSF agreed to a Qatar-brokered truce.",
            "Qatar",
            id="k9-proposer-hyphen-brokered",
        ),
        pytest.param(
            "Phnom Penh and Bangkok accepted a Malaysia-mediated 72-hour ceasefire.",
            "Malaysia",
            id="k9-proposer-hyphen-mediated",
        ),
        pytest.param(
            "The Kenyan-backed talks stalled over a border truce.",
            None,
            id="k9-proposer-hyphen-backing-is-no-authoring",
        ),
        # A quoted first person proposes for the speaker, "we" for the speaker's state.
        pytest.param(
            'YEREVAN - "We are offering a prisoner exchange," Prime Minister Nikol Pashinyan '
            "told parliament.",
            "Armenia",
            id="k9-proposer-quoted-we",
        ),
        pytest.param(
            '"I have proposed a border truce," Pashinyan said.',
            "Nikol Pashinyan",
            id="k9-proposer-quoted-i",
        ),
        pytest.param(
            '"We propose a 72-hour truce in Rafah," Hamas said in a statement.',
            "Hamas",
            id="k9-proposer-quoted-we-group",
        ),
        # An offer "from" an actor is that actor's.
        pytest.param(
            "GAZA CITY (AP) - Hamas is studying a truce offer from the Egyptian mediators.",
            "Egypt",
            id="k9-proposer-offer-from",
        ),
        pytest.param(
            "The ELN weighed the ceasefire proposal from Bogota.",
            "Colombia",
            id="k9-proposer-proposal-from-capital",
        ),
        pytest.param(
            "Yerevan demanded a withdrawal from Nagorno-Karabakh.",
            "Armenia",
            id="k9-proposer-from-a-place-is-no-offer",
        ),
        # The mediator of the talks that yield a plan put it forward.
        pytest.param(
            "DOHA (QNA) - Qatar has succeeded in a new mediation between Sudan and the RSF, "
            "leading to the exchange of 50 detainees.",
            "Qatar",
            id="k9-proposer-mediation-subject",
        ),
        pytest.param(
            "Thanks to mediation by Turkey, Armenia and Azerbaijan agreed a prisoner exchange.",
            "Turkey",
            id="k9-proposer-mediation-by",
        ),
        pytest.param(
            "Egypt proposed a truce after Qatari mediation stalled.",
            "Egypt",
            id="k9-proposer-mediation-yields-to-proposing-verb",
        ),
        # "the X plan": a person's surname or a state's adjective before the plan noun, even
        # across a scope word, authors it; a state's full name there is the topic.
        pytest.param(
            "Hamas leaders weighed the Witkoff proposal for a 60-day truce.",
            "Steve Witkoff",
            id="k9-proposer-the-surname-proposal",
        ),
        pytest.param(
            "Khartoum studied the Egyptian ceasefire proposal overnight.",
            "Egypt",
            id="k9-proposer-adjective-across-scope-word",
        ),
        pytest.param(
            "Talks on the Ukraine peace plan stalled.", None, id="k9-proposer-full-name-is-topic"
        ),
        # Phrasal proposing verbs count with their particle and an object.
        pytest.param(
            "BOGOTA (EFE) - The truce drawn up by Norway was rejected by the ELN command.",
            "Norway",
            id="k9-proposer-drawn-up-by",
        ),
        pytest.param(
            "Egypt laid out a plan for a prisoner exchange in Gaza.",
            "Egypt",
            id="k9-proposer-laid-out",
        ),
        pytest.param(
            "The envoy Witkoff set out for Doha to discuss the truce.",
            None,
            id="k9-proposer-set-out-for-a-place",
        ),
        # A verb after the plan whose object is its own "that" clause proposes nothing before.
        pytest.param(
            "MOGADISHU (Reuters) - Somalia accepted a truce in Gedo but demanded that talks "
            "continue in Nairobi.",
            None,
            id="k9-proposer-not-a-that-clause-verb",
        ),
    ],
)
def test_proposer(text, proposer, registry):
    (plan,) = proposals(text, registry)
    assert plan.proposed_by == proposer


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Qatar proposed a full ceasefire. Egypt backed the complete ceasefire.",
            ["full ceasefire"],
            id="k9-full-complete",
        ),
        pytest.param(
            "Ethiopia floated a comprehensive ceasefire. The African Union backed a broader "
            "ceasefire.",
            ["comprehensive ceasefire"],
            id="k9-comprehensive-broader",
        ),
        pytest.param(
            "Israel offered a naval truce. Hamas accepted the maritime truce.",
            ["naval truce"],
            id="k9-naval-maritime",
        ),
        pytest.param(
            "RIYADH, June 2 (SPA) -- Saudi Arabia proposed a sea truce. The Houthis welcomed "
            "the maritime truce.",
            ["sea truce"],
            id="k9-sea-maritime-state-media",
        ),
        pytest.param(
            "Egypt proposed a prisoner exchange. Israel agreed to an exchange of detainees.",
            ["prisoner exchange"],
            id="k9-prisoners-detainees",
        ),
        # A truce for the whole country is not the local one named before.
        pytest.param(
            "Chad brokered a 10-day truce in El Geneina. The African Union called for a "
            "nationwide ceasefire.",
            ["10-day truce", "nationwide ceasefire"],
            id="k9-nationwide-is-not-local",
        ),
        pytest.param(
            "Kenya proposed a nationwide ceasefire. Sudan accepted the countrywide ceasefire.",
            ["nationwide ceasefire"],
            id="k9-nationwide-countrywide",
        ),
        pytest.param(
            "Israel offered a naval truce. Hamas demanded an energy truce.",
            ["naval truce", "energy truce"],
            id="k9-different-topics-stay-apart",
        ),
        pytest.param(
            "Ethiopia proposed a road map for peace. Sudan rejected the roadmap.",
            ["road map for peace"],
            id="k9-road-map",
        ),
        pytest.param(
            "Qatar unveiled a blueprint for a prisoner exchange.",
            ["blueprint for a prisoner exchange"],
            id="k9-blueprint-carries-inner-plan",
        ),
        pytest.param(
            "Serbia and Kosovo signed a memorandum on the return of displaced civilians.",
            ["memorandum on the return of displaced civilians"],
            id="k9-memorandum",
        ),
        pytest.param(
            "Thailand tabled an arrangement on the withdrawal of troops.",
            ["arrangement on the withdrawal of troops"],
            id="k9-arrangement",
        ),
        pytest.param(
            "Malaysia put forward a peace initiative.", ["peace initiative"], id="k9-initiative"
        ),
        pytest.param(
            "The African Union floated a ceasefire monitoring mechanism.",
            ["ceasefire monitoring mechanism"],
            id="k9-mechanism",
        ),
        # Two purposes joined before a body ("monitoring and verification") make it concrete.
        pytest.param(
            "YEREVAN (Armenpress) - Armenia and Azerbaijan agreed to set up a joint monitoring "
            "and verification mechanism on the border.",
            ["monitoring and verification mechanism"],
            id="k9-joined-purposes-body",
        ),
        pytest.param(
            "BOGOTA (EFE) - The government and the ELN agreed on an observer and verification "
            "mission for the Catatumbo.",
            ["observer and verification mission"],
            id="k9-joined-purposes-mission",
        ),
        # Plan nouns alone stay generic.
        pytest.param(
            "Both sides sought a better understanding of the crisis.", [], id="k9-understanding"
        ),
        # A cessation stated as a verb phrase, when agreed, offered or committed to.
        pytest.param(
            "Russia agreed to limit strikes on power plants.",
            ["limit strikes on power plants"],
            id="k9-verb-phrase-plan",
        ),
        pytest.param("The envoy hoped to end the shelling soon.", [], id="k9-wish-is-no-plan"),
        # A generic noun's "for" phrase past an aside naming its author is the plan it carries.
        pytest.param(
            "BRUSSELS (Belga) - Belgrade welcomed a proposal, floated by the EU, for a monitoring "
            "mission on the border.",
            ["proposal, floated by the EU, for a monitoring mission"],
            id="k9-carried-plan-past-author-aside",
        ),
        pytest.param(
            "Belgrade welcomed a proposal, floated by the EU, for its part.",
            ["proposal"],
            id="k9-author-aside-without-plan",
        ),
        # Words of the means between the verb and the act halted leave one plan.
        pytest.param(
            "NAYPYITAW (Xinhua) - The junta agreed to halt drone attacks on Karen villages.",
            ["halt drone attacks on Karen villages"],
            id="k9-verb-phrase-means",
        ),
        pytest.param(
            "Both armies pledged to stop cross-border shelling, the mediators said.",
            ["stop cross-border shelling"],
            id="k9-verb-phrase-hyphenated-means",
        ),
        pytest.param("Rwanda hoped to stop drone strikes.", [], id="k9-wish-with-means-no-plan"),
        # A relative clause says what the plan does: one plan.
        pytest.param(
            "Sudan agreed to a limited truce that would stop attacks on aid convoys.",
            ["limited truce"],
            id="k9-relative-clause-one-plan",
        ),
    ],
)
def test_plans(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


def test_a_verb_phrase_plan_is_a_moratorium_with_its_topic(registry):
    (plan,) = proposals("Russia agreed to limit strikes on power plants.", registry)
    assert (plan.kind, {(r.actor, r.response) for r in plan.responses}) == (
        "moratorium",
        {("Russia", "accepted")},
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Hamas accepted the truce but rejected the prisoner exchange.",
            {"truce": {("Hamas", "accepted")}, "prisoner exchange": {("Hamas", "rejected")}},
            id="k9-answer-to-the-governed-plan",
        ),
        pytest.param(
            "Armenia and Azerbaijan signed a peace treaty and a prisoner exchange.",
            {
                "peace treaty": {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
                "prisoner exchange": {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
            },
            id="k9-coordinated-plans-share-the-answer",
        ),
        pytest.param(
            "Egypt proposed a truce, which Hamas accepted, and Qatar floated a prisoner exchange.",
            {"truce": {("Hamas", "accepted")}, "prisoner exchange": set()},
            id="k9-relative-answers-the-plan-before",
        ),
        # Infinitives joined by "and" share the answer verb, however far the first runs.
        pytest.param(
            "ADDIS ABABA (AFP) - Ethiopia and Eritrea agreed on Friday to extend the truce along "
            "their common border and to create a joint verification mechanism.",
            {
                "truce": {("Ethiopia", "accepted"), ("Eritrea", "accepted")},
                "mechanism": {("Ethiopia", "accepted"), ("Eritrea", "accepted")},
            },
            id="k9-joined-infinitives-share-the-answer",
        ),
        pytest.param(
            "Armenia and Azerbaijan agreed overnight to extend the ceasefire in Tavush and "
            "create a monitoring mission.",
            {
                "ceasefire": {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
                "monitoring mission": {("Armenia", "accepted"), ("Azerbaijan", "accepted")},
            },
            id="k9-joined-bare-infinitive",
        ),
        # A clause of its own after "and" gives its own answer, or none.
        pytest.param(
            "Hamas accepted the truce and would open humanitarian corridors.",
            {"truce": {("Hamas", "accepted")}, "humanitarian corridors": set()},
            id="k9-modal-clause-is-its-own",
        ),
        pytest.param(
            "Serbia agreed to extend the truce, and Kosovo rejected a joint commission on missing "
            "persons.",
            {
                "truce": {("Serbia", "accepted")},
                "commission on missing persons": {("Kosovo", "rejected")},
            },
            id="k9-joined-clause-with-its-own-subject",
        ),
    ],
)
def test_one_answer_goes_to_the_plan_it_governs(text, expected, registry):
    found = {
        p.title: {(r.actor, r.response) for r in p.responses} for p in proposals(text, registry)
    }
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Withholding an answer is no answer.
        pytest.param(
            "Sudan fell short of endorsing the seven-day truce.", set(), id="k11-fell-short"
        ),
        pytest.param(
            "Cambodia stopped short of accepting the border ceasefire.",
            set(),
            id="k11-stopped-short",
        ),
        # Two sides that could not agree gave no answer; one side that did not sign refused.
        pytest.param(
            "Armenia and Azerbaijan could not agree on a peace treaty.",
            set(),
            id="k11-could-not-agree",
        ),
        pytest.param(
            "Serbia and Kosovo failed to agree on a prisoner exchange.",
            set(),
            id="k11-failed-to-agree",
        ),
        pytest.param(
            "Ethiopia and Eritrea could not agree on a ceasefire.",
            set(),
            id="k11-could-not-agree-unknown-conjunct",
        ),
        pytest.param(
            "Armenia did not sign the peace treaty.", {("Armenia", "rejected")}, id="k11-did-not"
        ),
        pytest.param("Neither side accepted the humanitarian truce.", set(), id="k11-neither-side"),
        pytest.param(
            "Sudan denied giving its approval to the truce.", set(), id="k11-denied-approval"
        ),
        # A halt of a halt: pausing strikes accepts the moratorium.
        pytest.param(
            "Russia agreed to pause strikes on power plants.",
            {("Russia", "accepted")},
            id="k11-pause-strikes-accepts",
        ),
        # A phrasal verb with "down" rejects only a plan that is its object.
        pytest.param("The Houthis shot down the truce.", {("Houthis", "rejected")}, id="k11-down"),
        pytest.param(
            "Drones were shot down over Port Sudan after the truce took effect.",
            set(),
            id="k11-down-without-plan-object",
        ),
        # The manner of a reply gives its polarity.
        pytest.param(
            "Hamas reacted coolly to the Egyptian ceasefire proposal.",
            {("Hamas", "rejected")},
            id="k11-reacted-coolly",
        ),
        pytest.param(
            "Hamas responded favourably to the Egyptian ceasefire proposal.",
            {("Hamas", "accepted")},
            id="k11-responded-favourably",
        ),
        pytest.param(
            "India signed off on the ceasefire.", {("India", "accepted")}, id="k11-signed-off"
        ),
    ],
)
def test_polarity_of_answers(text, expected, registry):
    assert answers(text, registry) == expected


ARTICLE = (
    "PORT SUDAN, June 2 (AFP) - Sudan's government and the RSF met in Jeddah on Sunday "
    "under Saudi mediation.\n\n"
    "Saudi Arabia proposed a comprehensive ceasefire and a prisoner exchange.\n\n"
    "The RSF said it would swap detainees. Sudan then set out its conditions for the full "
    "ceasefire.\n\n"
    "The talks also produced a deal on aid corridors."
)


def test_an_article_merges_plans_and_files_each_answer(registry):
    found = {
        p.title: (p.proposed_by, {(r.actor, r.response) for r in p.responses})
        for p in proposals(ARTICLE, registry)
    }
    assert found["comprehensive ceasefire"] == ("Saudi Arabia", {("Sudan", "conditional")})
    assert found["prisoner exchange"][1] == {("Rapid Support Forces", "accepted")}


@pytest.mark.parametrize(
    "text, titles",
    [
        # A plural plan noun is its singular; after a subject it stays a verb.
        pytest.param(
            "The ELN accepted the corridors proposed by the Norwegian facilitators.",
            ["corridors"],
            id="k9-plural-authored-by-participle",
        ),
        pytest.param("Colombia plans to resume talks in Havana.", [], id="k9-plural-verb"),
        pytest.param(
            "Serbia welcomed the announcement of new talks in Brussels.",
            [],
            id="k9-announcement-alone-is-no-plan",
        ),
        # A plan noun that sits and meets is a body, not a plan.
        pytest.param(
            "BUNIA, June 2 (Radio Okapi) - The joint verification mechanism met in Goma.",
            [],
            id="k9-body-that-meets",
        ),
        pytest.param(
            "Kosovo said it was not bound by any agreement to which it was not a party.",
            [],
            id="k9-relative-after-to-is-no-content",
        ),
        # Synonyms of prisoners give one kind: the second wording names the plan again.
        pytest.param(
            "Eritrea and Ethiopia agreed to release prisoners held by both sides. Officials "
            "said the deal on captives would be signed in Asmara.",
            ["release prisoners"],
            id="k9-deal-on-captives-named-again",
        ),
        # Power stations are energy: a pause in raids on energy sites and a moratorium on
        # attacks against power stations are one plan.
        pytest.param(
            "Yemen's government urged the Houthis to accept a pause in raids on energy sites. "
            "Oman has been pushing a 60-day moratorium on drone attacks against power stations.",
            ["60-day moratorium on drone attacks against power"],
            id="i11b-power-stations-are-energy",
        ),
        # A definite plan with nothing but its author names again that author's plan.
        pytest.param(
            "Colombia rejected a plan for a 90-day truce drafted by Norway. The plan, drawn up "
            "by Norway, provides for a truce of 90 days.",
            ["plan for a 90-day truce"],
            id="i11b-the-plan-drawn-up-by-its-author-again",
        ),
        pytest.param(
            "Colombia rejected a plan for a 90-day truce drafted by Norway. Cuba has drafted a "
            "plan of its own.",
            ["plan for a 90-day truce", "plan"],
            id="i11b-another-authors-plan-is-another-plan",
        ),
        # "a further exchange" is another plan however alike its wording.
        pytest.param(
            "Armenia and Azerbaijan completed an exchange of detainees on Monday. They will "
            "prepare a further exchange of wounded detainees in July.",
            ["exchange of detainees", "exchange of wounded detainees"],
            id="k9-further-plan-is-new",
        ),
    ],
)
def test_plan_mentions_and_repeats(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, expected",
    [
        # An infinitive object is what the verb answers, not the plan named before it.
        pytest.param(
            "Once the humanitarian truce took hold, Sudan and the RSF agreed to meet again "
            "in Jeddah.",
            set(),
            id="k9-infinitive-object-answers-no-plan-before",
        ),
        pytest.param(
            "The RSF accepted the border truce, but Sudan rejected a demand that its units "
            "pull back from the frontier.",
            {("Rapid Support Forces", "accepted")},
            id="k9-own-object-answers-no-plan-before",
        ),
        # The act of putting a plan forward names it again.
        pytest.param(
            "YEREVAN (Armenpress) - Azerbaijan announced a unilateral truce on the border. "
            "Armenia dismissed the announcement as a ploy.",
            {("Armenia", "rejected")},
            id="k9-announcement-names-the-plan-again",
        ),
        pytest.param(
            "OSLO (NTB) - Norway tabled a ceasefire plan for Colombia. Bogota is studying the "
            "Norwegian paper.",
            {("Colombia", "considering")},
            id="k9-paper-names-the-plan-again",
        ),
        # An impersonal decision is the outcome of the meeting before it.
        pytest.param(
            "Serbia and Kosovo met in Brussels on Monday. It was agreed that the two sides "
            "would carry out a further exchange of detainees.",
            {("Serbia", "accepted"), ("Kosovo", "accepted")},
            id="k3-impersonal-passive-decision",
        ),
        # A condition after the answer makes it conditional.
        pytest.param(
            "Kosovo would accept a border truce if Serbia pulled its troops back.",
            {("Kosovo", "conditional")},
            id="k11-condition-after-the-answer",
        ),
        # A question asks for an answer; it reports none.
        pytest.param(
            "Will Belgrade accept the Kosovo energy deal?", set(), id="k13-question-subheading"
        ),
    ],
)
def test_answers_governed_by_their_own_object(text, expected, registry):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text, proposer",
    [
        pytest.param(
            "Talks stalled over the 60-day truce that Norway has pressed both sides to accept.",
            "Norway",
            id="k1-urging-in-a-relative-proposes",
        ),
        pytest.param(
            "ADDIS ABABA (ENA) - The African Union called for a nationwide ceasefire in Sudan.",
            "African Union",
            id="k1-call-for-proposes",
        ),
        pytest.param(
            "Colombia welcomed the ceasefire and proposed to begin work on a verification "
            "protocol.",
            None,
            id="k9-proposing-an-infinitive-is-not-the-plan-before",
        ),
        pytest.param(
            "KUALA LUMPUR (Wire) - Malaysia made a proposal for a buffer zone along the border.",
            "Malaysia",
            id="light-verb-made-a-proposal",
        ),
        pytest.param(
            "Kenya made an offer of a three-day truce in Juba on Monday.",
            "Kenya",
            id="light-verb-made-an-offer",
        ),
        pytest.param(
            "Turkey made it clear that the truce in Idlib must hold.",
            None,
            id="light-verb-without-an-offer-proposes-nothing",
        ),
    ],
)
def test_proposer_of_an_urged_plan(text, proposer, registry):
    assert proposals(text, registry)[0].proposed_by == proposer


@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param(
            "The militia said it would suspend abductions on the coastal road for a month.",
            "moratorium",
            id="i11-halting-hostage-taking",
        ),
        pytest.param(
            "The interior ministry has offered an amnesty to gunmen who hand in their rifles.",
            "proposal",
            id="i11-amnesty-offered",
        ),
        pytest.param(
            "Mediators would create a joint verification mission for the border villages.",
            "monitoring_mission",
            id="i11-verification-body-to-set-up",
        ),
        pytest.param(
            "Serbia and Kosovo signed at the EU headquarters a joint declaration.",
            "deal",
            id="i11b-signed-past-a-place",
        ),
        pytest.param(
            "Mediators proposed a joint committee to monitor the truce along the Kivu front.",
            "monitoring_mission",
            id="i9-a-body-named-by-its-task-is-a-body",
        ),
        pytest.param(
            "MANILA (Wire) - Both panels agreed to set up a mechanism to oversee the ceasefire in "
            "Mindanao.",
            "monitoring_mission",
            id="i9-a-mechanism-overseeing-a-ceasefire",
        ),
        pytest.param(
            "Addis Ababa agreed with Asmara to form a commission to oversee a pause in fighting "
            "on the border.",
            "truce",
            id="i9-a-body-set-up-for-a-plan-it-brings-in-is-of-that-plan",
        ),
        pytest.param(
            "Colombia put forward a proposal to extend the truce with the ELN by ninety days.",
            "truce",
            id="i9-a-proposal-to-extend-a-truce-is-of-the-truce",
        ),
        pytest.param(
            "The Norwegian facilitators tabled a scheme under which ELN fighters would gather "
            "in three camps.",
            "proposal",
            id="i11c-a-scheme-with-its-content",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'scheme' is no plan noun: it is mostly commercial or pejorative ('a "
                "scheme to smuggle gold'), and a proposing verb alone cannot tell a plan put to "
                "a side from a company's or a rival's scheme",
            ),
        ),
    ],
)
def test_plan_nouns_of_the_open_class(text, kind, registry):
    assert [p.kind for p in proposals(text, registry)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "ABUJA (Sahel Business Daily) - A Turkish consortium will rebuild the port of "
            "Kismayo, the ministry said.",
            id="a-consortium-is-a-company",
        ),
        pytest.param(
            "A Qatari consortium was awarded a contract for reopening the crossings at Adre.",
            id="a-consortium-awarded-a-contract",
        ),
        pytest.param(
            "Kyiv denounced a Russian scheme for deporting children from Kherson.",
            id="a-scheme-denounced",
        ),
        pytest.param(
            "Sudan accused the UAE of a scheme to ship arms through Chad.",
            id="a-scheme-of-an-accusation",
        ),
        pytest.param(
            "Insurers in Kenya have set up a pool for covering ships calling at Port Sudan.",
            id="an-insurance-pool",
        ),
    ],
)
def test_commercial_or_pejorative_nouns_are_no_plans(text, registry):
    assert proposals(text, registry) == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Peru and Ecuador will hold a session of their Joint Boundary Commission in Lima.",
            id="i11-named-body",
        ),
        pytest.param(
            "The two sides agreed to convene their river commissions in Quito in May.",
            id="i11-owned-body",
        ),
        pytest.param(
            "Serbian and Kosovar envoys attended a meeting of the joint monitoring mechanism.",
            id="i11b-a-body-that-meets",
        ),
        pytest.param(
            "Talks were held in Brussels under the EU-chaired monitoring mechanism.",
            id="i11b-a-body-under-which-talks-are-held",
        ),
        pytest.param(
            "The general, who chairs the border commission, spoke to reporters.",
            id="i11b-a-body-someone-heads",
        ),
        pytest.param(
            "The commission, chaired by Norway, will meet in Oslo on Monday.",
            id="i11b-a-body-chaired-by-a-state",
        ),
    ],
)
def test_standing_bodies_are_no_plans(text, registry):
    assert [p.kind for p in proposals(text, registry)] == []


def test_an_indefinite_plan_of_another_noun_is_a_plan_of_its_own(registry):
    text = (
        "Norway put a bridging proposal to both sides in Oslo. "
        "Separately, the army command has offered an amnesty to rebels who surrender."
    )
    assert [p.title.split()[0] for p in proposals(text, registry)] == ["proposal", "amnesty"]


def test_a_definite_plan_of_another_noun_is_the_plan_before(registry):
    text = "Norway put a bridging proposal to both sides. The rebels rejected the idea."
    assert [p.title for p in proposals(text, registry)] == ["proposal"]


def test_a_permanent_ceasefire_is_not_the_temporary_one(registry):
    text = (
        "The army and the militia agreed to extend a temporary ceasefire until May. "
        "The army said it had proposed that the next round take up a permanent ceasefire."
    )
    titles = [p.title for p in proposals(text, registry)]
    assert titles == ["temporary ceasefire", "permanent ceasefire"]


def test_a_merged_plan_keeps_the_title_of_the_mention_that_names_its_author(registry):
    text = (
        "Observers hope for a lasting truce in the valley. "
        "Egypt put forward a permanent truce on Monday."
    )
    (plan,) = proposals(text, registry)
    assert (plan.title, plan.proposed_by) == ("permanent truce", "Egypt")


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "The bulletin quoted the peace commissioner as saying talks went well.",
            [],
            id="i11-a-verb-before-the-scope-word-ends-the-object",
        ),
        pytest.param(
            "The militia said it would exchange all 40 captives on Sunday.",
            ["exchange all 40 captives"],
            id="i11-determiner-and-number-before-the-object",
        ),
        pytest.param(
            "The envoy urged a pause in the fighting around the dam.",
            ["pause in the fighting"],
            id="i11-pause-in-the-fighting",
        ),
        pytest.param(
            "Colombia called for the release of 40 soldiers held by the ELN.",
            ["release of 40 soldiers"],
            id="i11b-release-of-soldiers",
        ),
        pytest.param(
            "The rebels asked for the withdrawal of all foreign fighters from the valley.",
            ["withdrawal of all foreign fighters"],
            id="i11b-withdrawal-of-fighters",
        ),
        pytest.param(
            "Norway proposed a release. The ELN called for the release of 12 captured soldiers.",
            ["release of 12 captured soldiers"],
            id="i11b-a-bare-plan-named-again-with-its-complement",
        ),
    ],
)
def test_what_a_plan_word_takes_as_its_object(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Egypt proposed that both armies pull back five kilometres from the river.",
            [("both armies pull back five kilometres from the river", "Egypt")],
            id="i11-clause-with-a-bare-verb",
        ),
        pytest.param(
            "Egypt proposed that the captives be freed by Friday.",
            [("the captives be freed by Friday", "Egypt")],
            id="i11-clause-in-the-passive",
        ),
        pytest.param(
            "However, Egypt suggested that the mood was beginning to change.",
            [],
            id="i11-suggesting-a-fact-is-no-plan",
        ),
        pytest.param(
            "Egypt did not propose that the armies pull back.",
            [],
            id="i11-denied-proposal",
        ),
        pytest.param(
            "Colombia will propose adding church observers to the commission's patrol boats.",
            [("adding church observers to the commission's patrol boats", "Colombia")],
            id="i11b-a-body-owning-teams-is-no-plan-inside-the-clause",
        ),
        pytest.param(
            "Sudan proposed a joint commission led by the African Union.",
            [("commission", "Sudan")],
            id="i11b-a-body-to-be-led-is-a-plan",
        ),
        pytest.param(
            "Egypt offered to host a round of talks between the army and the RSF in Cairo.",
            [("host a round of talks between the army and the RSF in Cairo", "Egypt")],
            id="i11b-offered-infinitive",
        ),
        pytest.param(
            "Kosovo proposed establishing a joint patrol on the Ibar bridge.",
            [("establishing a joint patrol on the Ibar bridge", "Kosovo")],
            id="i11b-proposed-gerund",
        ),
        pytest.param(
            "Serbia has floated ceding two villages to Kosovo in return for a railway.",
            [("ceding two villages to Kosovo in return for a railway", "Serbia")],
            id="i11b-floated-gerund",
        ),
        pytest.param("Colombia offered to help.", [], id="i11b-an-infinitive-with-no-object"),
        pytest.param(
            "Egypt offered to accept a truce.",
            [("truce", "Egypt")],
            id="i11b-an-answering-infinitive-states-no-plan-of-its-own",
        ),
        pytest.param(
            "The truce that Egypt had proposed, meaning that the raids would stop, collapsed.",
            [("truce", "Egypt")],
            id="i11b-a-participle-after-the-comma-is-no-plan",
        ),
    ],
)
def test_plans_stated_as_a_clause(text, expected, registry):
    assert [(p.title, p.proposed_by) for p in proposals(text, registry)] == expected


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Both sides said they remained bound by the Lusaka Ceasefire Agreement of 1999.",
            [],
            id="i11-named-accord-is-history",
        ),
        pytest.param(
            "The panel includes Morocco and the UN peacekeeping force MINURSO, the envoy said.",
            [],
            id="i11b-a-force-named-by-its-acronym",
        ),
        pytest.param(
            "Zambia proposed a CEASEFIRE along the river, the envoy said.",
            ["CEASEFIRE"],
            id="i11-capitals-for-emphasis-are-no-name",
        ),
        pytest.param(
            "Eritrea-Ethiopia Truce Extended After Nairobi Talks\nAsmara and Addis Ababa have "
            "agreed to extend their truce by 30 days, mediators said.",
            ["truce"],
            id="i11-a-headline-s-capitals-are-no-name",
        ),
        pytest.param(
            "Following the talks, the ministers of Eritrea and Ethiopia initialled the Protocol "
            "on the demarcation of the western section of the border.",
            ["Protocol on the demarcation"],
            id="p3-translated-style-capitalises-a-document-s-first-word-only",
        ),
        pytest.param(
            "Serbia and Kosovo recalled the Protocol on Border Crossings they signed.",
            [],
            id="p3-a-name-capitalises-its-own-words",
        ),
    ],
)
def test_named_accords(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Moscow rejected the idea of a stabilisation force in the south.",
            ["stabilisation force"],
            id="i11-force-with-a-purpose-is-a-plan",
        ),
        pytest.param("Russian forces advanced near the river.", [], id="i11-an-army-is-no-plan"),
    ],
)
def test_forces_to_be_sent(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Both sides agreed to a pullback of heavy weapons from the border.",
            ["pullback of heavy weapons"],
            id="i11-pullback-of-weapons",
        ),
        pytest.param("Prices saw a reduction last year.", [], id="i11-a-bare-act-noun-is-no-plan"),
        pytest.param(
            "Ethiopia and Eritrea initialled an agreement on the delimitation of the river line.",
            ["agreement on the delimitation"],
            id="p3-drawing-a-border-makes-a-document-a-plan",
        ),
        pytest.param(
            "The two ministers initialled a border demarcation protocol in Astana.",
            ["demarcation protocol"],
            id="p3-a-demarcation-protocol",
        ),
        pytest.param(
            "The sides exchanged views on the commissions on the delimitation of the border "
            "between Ethiopia and Eritrea.",
            [],
            id="p3-bodies-named-as-a-known-set-are-at-work",
        ),
        pytest.param(
            "Ethiopia and Eritrea agreed to establish the joint commissions on the demarcation "
            "of the border.",
            ["commissions on the demarcation"],
            id="p3-bodies-the-sentence-founds-are-a-plan",
        ),
    ],
)
def test_act_nouns_with_what_they_move(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Kenya, which brokered the March ceasefire, urged restraint.", [], id="i11-month-dated"
        ),
        pytest.param("Raids have ebbed since the truce of 2021.", [], id="i11-counted-since"),
        pytest.param(
            "Egypt proposed in March a truce for the valley.",
            ["truce"],
            id="i11-a-month-before-the-article-dates-the-proposing",
        ),
        pytest.param(
            "Mali's junta has walked away from the 2015 peace accord.", [], id="i11b-year-dated"
        ),
        pytest.param(
            "KIGALI (Great Lakes Courier) - Rwanda and Congo said they remained bound by the "
            "truce of April 23.",
            ["truce"],
            id="i11c-a-day-of-this-year-leaves-a-plan-on-the-table",
        ),
        pytest.param(
            "Armenia and Azerbaijan recalled the ceasefire of November 9.",
            [],
            id="a-day-still-to-come-this-year-was-last-years",
        ),
        pytest.param(
            "In a televised address, Pashinyan praised the truce of December 12 with Baku.",
            [],
            id="a-day-later-in-the-year-than-publication-is-history",
        ),
        pytest.param(
            "Thailand and Cambodia recalled the ceasefire of May 2021.",
            [],
            id="i11c-a-month-of-a-year-gone-by-is-history",
        ),
        pytest.param(
            "Bamako says it is no longer bound by the 2015 peace accord. "
            "Algeria called a summit on the peace agreement.",
            [],
            id="i11b-a-history-named-again-is-history",
        ),
        pytest.param(
            "Bamako says it is no longer bound by the 2015 peace accord. "
            "Algeria proposed a new peace deal.",
            ["peace deal"],
            id="i11b-a-new-plan-of-the-kind-is-a-plan",
        ),
    ],
)
def test_plans_made_before_are_history(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Armenia has floated a truce along the border, an idea Baku rejected on Monday.",
            [("truce", "Armenia", {("Azerbaijan", "rejected")})],
            id="i11b-an-idea-naming-the-plan-before",
        ),
        pytest.param(
            "Armenia has floated giving Azerbaijan a stretch of the railway, an idea Baku "
            "rejected on Monday.",
            [
                (
                    "giving Azerbaijan a stretch of the railway",
                    "Armenia",
                    {("Azerbaijan", "rejected")},
                )
            ],
            id="i11b-an-idea-naming-the-clause-before",
        ),
        pytest.param(
            "Kosovo had offered joint police patrols in the north, an offer it said still stood.",
            [("offer", "Kosovo", set())],
            id="i11b-an-offer-naming-an-object-that-is-no-plan-noun",
        ),
        pytest.param(
            "In particular, an agreement was reached on the route.",
            [],
            id="i11b-a-subject-after-an-opener-sums-nothing-up",
        ),
        pytest.param(
            "Serbia said this was not its last offer.",
            [],
            id="i11b-a-predicate-with-its-adjective",
        ),
        pytest.param(
            "Egypt's offer includes a truce along the border.",
            [("truce", "Egypt", set())],
            id="i11b-a-bare-offer-is-the-plan-it-holds",
        ),
    ],
)
def test_plans_summed_up_by_an_appositive(text, expected, registry):
    found = [
        (p.title, p.proposed_by, {(r.actor, r.response) for r in p.responses})
        for p in proposals(text, registry)
    ]
    assert found == expected


def test_an_exchange_of_papers_is_a_plan(registry):
    text = "Both armies agreed on an exchange of maps of minefields."
    assert [p.title for p in proposals(text, registry)] == ["exchange of maps"]


def test_a_proposing_verb_without_a_plan_still_answers_by_pronoun(registry):
    text = "Egypt put forward a truce on Monday. Hamas accepted it and proposed more talks."
    assert ("Hamas", "accepted") in answers(text, registry)


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "GOMA (AFP) - Kinshasa and the M23 approved the framework for reopening Goma "
            "airport to aid flights.",
            ["framework for reopening Goma airport to aid flights"],
            id="i11c-an-act-the-plan-sets-out-makes-it-concrete",
        ),
        pytest.param(
            "Bangkok, 4 June (Thai News Service) — The Royal Thai Government endorsed the "
            "memorandum on the clearing of landmines near the temple.",
            ["memorandum on the clearing of landmines near the temple"],
            id="i11c-a-definite-plan-noun-with-its-act-is-no-repeat",
        ),
        pytest.param(
            "Colombia's government and the ELN signed the protocol under which the guerrillas "
            "free their hostages.",
            ["protocol under which the guerrillas free their hostages"],
            id="i11c-a-clause-under-which-it-is-done",
        ),
        pytest.param(
            "Belgrade tabled an arrangement whereby Kosovo police leave the north, and "
            "Pristina tabled an arrangement whereby Serb mayors return.",
            [
                "arrangement whereby Kosovo police leave the north",
                "arrangement whereby Serb mayors return",
            ],
            id="i11c-two-plans-with-their-own-content-stay-apart",
        ),
        pytest.param(
            "The envoy said the plan for the region was unclear.",
            [],
            id="i11c-a-complement-without-an-act-names-no-plan",
        ),
        pytest.param(
            "The RSF said the deal, for reasons of its own, was off.",
            [],
            id="i11c-a-complement-set-off-by-commas-is-no-content",
        ),
    ],
)
def test_a_generic_plan_noun_with_the_act_it_sets_out(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Evening bulletin: in Doha, Qatari mediators are consulting on what they call a "
            "humanitarian framework for El Fasher.",
            ["humanitarian framework"],
            id="i11c-what-they-call-names-the-plan-on-the-table",
        ),
        pytest.param(
            "Kosovo tabled what it calls a road map for the north.",
            ["road map"],
            id="tabled-what-it-calls",
        ),
        pytest.param(
            "Opposition MPs said the junta was building what they called a framework of "
            "impunity in Sagaing.",
            [],
            id="what-critics-call-a-framework-is-put-forward-by-nobody",
        ),
        pytest.param(
            "What Moscow calls a corridor is a supply line for its troops, Kyiv said.",
            [],
            id="an-opening-what-clause-puts-nothing-forward",
        ),
        pytest.param(
            "The ELN called the truce a framework for surrender.",
            ["truce"],
            id="i11c-a-naming-verb-with-an-object-names-no-plan",
        ),
    ],
)
def test_a_plan_named_by_what_its_authors_call_it(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Norway drew up a concept for a civilian monitoring mission along the ceasefire "
            "line. The coalition of regional states has offered a multinational force to be "
            "based in the south.",
            ["monitoring mission", "ceasefire", "multinational force"],
            id="i11c-a-body-of-another-noun-is-its-own-plan",
        ),
        pytest.param(
            "The EU proposed a stabilisation force for Gaza. Egypt said a multinational force "
            "would need a UN mandate.",
            ["stabilisation force"],
            id="i11c-forces-of-two-purposes-are-one-force",
        ),
    ],
)
def test_bodies_named_by_other_nouns(text, titles, registry):
    assert [p.title for p in proposals(text, registry)] == titles

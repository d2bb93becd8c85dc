"""Plans and answers in invented articles of other conflicts and house styles (wire, translated
state media, analysis, live blog, a mediator's press statement): what a naming verb calls a
plan is no plan of its own, and the answers the readable sets miss (issue 11)."""

from datetime import date

import pytest

from negotiations.extraction import Document, default_registry, extract

PUBLISHED = date(2025, 11, 20)


def proposals(text, registry):
    return extract(Document(text=text, published=PUBLISHED), registry).proposals


def titles(text, registry):
    return [p.title for p in proposals(text, registry)]


@pytest.mark.parametrize(
    "text, kept",
    [
        pytest.param(
            "The ELN announced a unilateral ceasefire on Friday. Defence Minister Pedro "
            'Sánchez called the truce "a pause to regroup, not a gesture of peace."',
            ["ceasefire"],
            id="called-object-a-pause",
        ),
        pytest.param(
            "The Houthis proposed a truce around Marib. Yemen's foreign minister described "
            "it as a ceasefire on paper.",
            ["truce"],
            id="described-it-as-a-ceasefire",
        ),
        pytest.param(
            "Kurti branded the Serbian offer a moratorium on justice.",
            ["offer"],
            id="branded-offer-a-moratorium",
        ),
    ],
)
def test_what_a_naming_verb_calls_a_plan_is_no_plan(text, kept, registry):
    assert [t for t in titles(text, registry) if not any(k in t for k in kept)] == []


@pytest.mark.parametrize(
    "text, stem",
    [
        # no object between the verb and the plan: the plan is the verb's object
        pytest.param(
            "The ELN called a unilateral ceasefire for Christmas.", "ceasefire", id="called-a-truce"
        ),
        pytest.param("Norway called for a bilateral truce in Arauca.", "truce", id="called-for"),
        pytest.param(
            "Islamabad's army chief said the Indian side had called first and proposed a halt "
            "to all firing.",
            "halt",
            id="called-first-and-proposed",
        ),
    ],
)
def test_a_plan_a_naming_verb_takes_as_object_stays(text, stem, registry):
    assert any(stem in t for t in titles(text, registry))


def answers(text, registry):
    (plan,) = proposals(text, registry)
    return {(r.actor, r.response) for r in plan.responses}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "UNSMIL has proposed a joint monitoring committee for the Tripoli truce. The Radaa "
            "force has said it will take part only if the committee's decisions bind the "
            "government's own units as well.",
            {("Radaa force", "conditional")},
            id="take-part-only-if",
        ),
        pytest.param(
            "UNSMIL has proposed a joint monitoring committee for the Tripoli truce. The Radaa "
            "force said it would join once its men keep control of Mitiga airport.",
            {("Radaa force", "conditional")},
            id="join-once",
        ),
        # taking part with an object of its own, or without a condition, answers nothing
        pytest.param(
            "UNSMIL has proposed a joint monitoring committee for the Tripoli truce. The Radaa "
            "force took part in the meeting.",
            set(),
            id="took-part-in-a-meeting",
        ),
        pytest.param(
            "UNSMIL has proposed a joint monitoring committee for the Tripoli truce. The Radaa "
            "force would attend the talks if invited.",
            set(),
            id="attend-own-object",
        ),
    ],
)
def test_taking_part_on_a_condition_answers_the_plan_named_before(text, expected, registry):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kigali said it remained committed to the peace agreement signed with Kinshasa in "
            "June.",
            id="signed-in-an-earlier-month",
        ),
        pytest.param(
            "Pristina recalled the truce brokered by the EU in March.",
            id="brokered-in-an-earlier-month",
        ),
        pytest.param(
            "Sanaa recalled the truce announced by the UN envoy in April.",
            id="announced-in-an-earlier-month",
        ),
        pytest.param(
            "Baku and Yerevan signed a peace treaty in February.", id="made-in-an-earlier-month"
        ),
        # a month later in the year than the article's: the one of the year before
        pytest.param("The two sides signed a truce in December.", id="later-month-last-year"),
        # a plan put on the table in a past year, or one the sentence says ended, is history
        pytest.param(
            "A ceasefire proposed by Norway in 2019 collapsed within weeks.",
            id="proposed-years-ago",
        ),
        pytest.param(
            "The Polisario rejected the roadmap, floated by the UN envoy in 2023.",
            id="floated-years-ago",
        ),
        pytest.param(
            "A truce proposed by Qatar in March collapsed within days.", id="proposed-and-ended"
        ),
    ],
)
def test_an_accord_made_in_an_earlier_month_is_history(text, registry):
    assert proposals(text, registry) == ()


@pytest.mark.parametrize(
    "text",
    [
        # a proposing verb, or the article's own month: still on the table
        pytest.param("The Houthis proposed a truce around Marib in June.", id="proposed"),
        # a proposing participle after the plan dates its putting on the table, not a deal
        pytest.param(
            "Hargeisa welcomed the prisoner exchange, put forward by Ethiopia in March.",
            id="put-forward-participle",
        ),
        pytest.param(
            "The Polisario rejected the roadmap, floated by the UN envoy in April.",
            id="floated-participle",
        ),
        pytest.param("The two sides signed a truce in November.", id="this-month"),
    ],
)
def test_a_month_that_does_not_date_an_accord_made_keeps_it(text, registry):
    assert len(proposals(text, registry)) == 1


def test_a_plan_first_named_in_a_question_is_not_put_on_the_table(registry):
    text = "How solid is the truce in Tripoli? Fighting resumed in Souq al-Juma on Monday."
    assert proposals(text, registry) == ()


def test_a_question_still_names_again_a_plan_on_the_table(registry):
    text = (
        "UNSMIL proposed a truce in Tripoli. Does the Radaa force accept the truce? The "
        "Radaa force accepted it on Monday."
    )
    (plan,) = proposals(text, registry)
    assert (plan.proposed_by, answers(text, registry)) == (
        "United Nations Support Mission in Libya",
        {("Radaa force", "accepted")},
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Qatar presented both sides with a draft on a prisoner exchange. M23 says it will "
            "not release anyone until Kinshasa frees detainees.",
            {("M23", "conditional")},
            id="not-release-until",
        ),
        pytest.param(
            "Mediators proposed an RSF withdrawal from El Fasher. The RSF said it would "
            "withdraw only if the army stopped air strikes.",
            {("Rapid Support Forces", "conditional")},
            id="withdraw-only-if",
        ),
        # the act with no condition, or an act of another kind, answers nothing here
        pytest.param(
            "Mediators proposed an RSF withdrawal from El Fasher. The RSF said it would "
            "withdraw from the hospitals within 72 hours.",
            set(),
            id="no-condition",
        ),
        pytest.param(
            "Qatar presented both sides with a draft on a prisoner exchange. M23 says it will "
            "not withdraw from Goma until Kinshasa disarms the militias.",
            set(),
            id="act-of-another-kind",
        ),
        # "once again" is an adverb, "until March" a time, and a question answers nothing
        pytest.param(
            "Mediators proposed an RSF withdrawal from El Fasher. The RSF said it would "
            "withdraw once again from the hospitals.",
            set(),
            id="once-again",
        ),
        pytest.param(
            "Mediators proposed an RSF withdrawal from El Fasher. The RSF said it would not "
            "withdraw until March.",
            set(),
            id="until-a-time",
        ),
        pytest.param(
            "Mediators proposed an RSF withdrawal from El Fasher. Will the RSF withdraw only if "
            "the army stops air strikes?",
            set(),
            id="asked",
        ),
    ],
)
def test_the_act_of_a_plan_held_to_a_condition_answers_it(text, expected, registry):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mediators proposed a 60-day truce in Marib. Yemen's foreign minister said any "
            "truce must include the city.",
            id="any-truce-after-a-possessor",
        ),
        pytest.param(
            "Church leaders proposed a pause in Arauca. Colombia's defence minister said any "
            "pause should cover kidnappings.",
            id="any-pause-after-a-possessor",
        ),
    ],
)
def test_a_possessor_before_the_verb_owns_no_plan_after_any(text, registry):
    (plan,) = proposals(text, registry)
    assert plan.proposed_by is None


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Mediators proposed a 60-day truce in Marib. Yemen's foreign minister Shaya "
            "al-Zindani said the truce would hinge on the Houthis withdrawing from the hills.",
            {("Shaya al-Zindani", "conditional")},
            id="would-hinge-on",
        ),
        pytest.param(
            "Mediators proposed a 60-day truce in Marib. Yemen's foreign minister said any "
            "truce would depend on the Houthis withdrawing from the hills.",
            {("Yemen", "conditional")},
            id="any-truce-would-depend-on",
        ),
        # "does not depend on" holds the plan to nothing
        pytest.param(
            "Mediators proposed a 60-day truce in Marib. Yemen's foreign minister Shaya "
            "al-Zindani said the truce did not depend on the Houthis.",
            set(),
            id="negated",
        ),
    ],
)
def test_a_plan_the_speaker_makes_hang_on_something_is_answered_conditionally(
    text, expected, registry
):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text, proposer",
    [
        pytest.param(
            "Somalia, Jubaland agree to prisoner release as Ethiopia offers to mediate\n\n"
            "MOGADISHU, June 9 - Somalia agreed on Sunday to release soldiers captured in "
            "Ras Kamboni.",
            None,
            id="headline-as-clause",
        ),
        pytest.param(
            "Serbia accepted a prisoner exchange while Kosovo offered to mediate.",
            None,
            id="while-clause",
        ),
        # the subordinate verb takes the plan as its object: it still proposes it
        pytest.param("Hamas accepted the truce after Egypt proposed it.", "Egypt", id="object-it"),
    ],
)
def test_a_verb_in_a_subordinate_clause_after_the_plan_proposes_nothing(text, proposer, registry):
    (plan,) = proposals(text, registry)
    assert plan.proposed_by == proposer


def test_a_headline_plan_takes_its_evidence_from_the_first_body_sentence_naming_it(registry):
    text = (
        "Analysis: Why Bogotá distrusts the ELN's holiday truce\n\n"
        "The National Liberation Army (ELN) announced a 30-day unilateral ceasefire over the "
        "Christmas holidays last week, and the government's reaction has been frosty."
    )
    (plan,) = proposals(text, registry)
    assert (plan.proposed_by, plan.evidence.text.startswith("The National Liberation")) == (
        "ELN",
        True,
    )


# Whole invented articles in house styles the readable sets lack: a live blog whose entries
# answer a UN proposal, a wire story with a headline clause of its own, a mediator's press
# statement. Gold written before the extractor ran; what no general rule reaches is xfail.
LIVE_LIBYA = (
    "LIVE: Tripoli armed groups agree to pull back as UN pushes truce committee\n"
    "\n"
    "09:15 - Good morning. Fighting in Tripoli's Souq al-Juma district has "
    "stopped overnight after the UN mission brokered a halt to the clashes.\n"
    "\n"
    "10:40 - The UN Support Mission in Libya (UNSMIL) has proposed a joint "
    "military committee to monitor the truce, with officers from the Presidential "
    "Council and the two main armed groups.\n"
    "\n"
    "11:20 - The Presidential Council says it accepts the committee. The Radaa "
    "force says it will join only if its men keep control of Mitiga airport.\n"
    "\n"
    "12:05 - Is the truce holding? Residents report sporadic gunfire near the "
    "port.\n"
    "\n"
    "13:30 - Prime Minister Abdul Hamid Dbeibah has rejected the idea of a unity "
    'government, calling it "a recipe for another war."\n'
    "\n"
    "14:50 - Egypt's foreign ministry said it supports the UN efforts and urged "
    "all sides to respect the ceasefire."
)

WIRE_SOMALIA = (
    "Somalia, Jubaland agree to prisoner release as Ethiopia offers to mediate\n"
    "\n"
    "MOGADISHU, June 9 (East Africa Wire) - Somalia's federal government and the "
    "Jubaland regional administration agreed on Sunday to release soldiers "
    "captured during last month's fighting in Ras Kamboni, officials on both "
    "sides said.\n"
    "\n"
    "The release of 60 soldiers will take place on Tuesday under the supervision "
    "of the ICRC, Jubaland's security minister Yusuf Hussein Osman said.\n"
    "\n"
    "Ethiopia offered to host talks between Mogadishu and Kismayo on the disputed "
    "election timetable. Jubaland welcomed the offer, but the federal government "
    "said talks should take place inside Somalia.\n"
    "\n"
    "The African Union mission said it remained committed to the 2024 security "
    "transition plan."
)

PRESS_MYANMAR = (
    "Press statement of the Special Envoy of the ASEAN Chair on Myanmar\n"
    "\n"
    "The Special Envoy of the ASEAN Chair held consultations in Chiang Mai on 2 "
    "and 3 May with representatives of the Karen National Union and the State "
    "Administration Council.\n"
    "\n"
    "The Special Envoy proposed a humanitarian pause of 14 days in Karen State to "
    "allow the delivery of food and medicine to displaced communities, to be "
    "monitored by the ASEAN Coordinating Centre for Humanitarian Assistance.\n"
    "\n"
    "The State Administration Council expressed its readiness to observe the "
    "pause. The Karen National Union stated that it would observe the pause on "
    "condition that air strikes cease in all of Karen State.\n"
    "\n"
    "The Special Envoy further suggested the establishment of a liaison office in "
    "Myawaddy. Both sides agreed to consider this suggestion.\n"
    "\n"
    "The Special Envoy thanks the Royal Thai Government for its hospitality."
)


def _plan(article, stem):
    found = extract(Document(text=article, published=PUBLISHED), default_registry()).proposals
    return next(p for p in found if stem in f"{p.title} {p.evidence.text}".lower())


_NO_ACTOR = "the answering side is named by a description the registry has no actor for"


@pytest.mark.parametrize(
    "article, stem, proposer, answered",
    [
        pytest.param(
            LIVE_LIBYA,
            "military committee",
            "United Nations Support Mission in Libya",
            {("Presidential Council", "accepted"), ("Radaa force", "conditional")},
            id="libya-committee",
        ),
        pytest.param(
            WIRE_SOMALIA, "release", None, {("Somalia", "accepted")}, id="somalia-release"
        ),
        pytest.param(WIRE_SOMALIA, "host talks", "Ethiopia", set(), id="somalia-host-talks"),
        pytest.param(
            WIRE_SOMALIA,
            "host talks",
            "Ethiopia",
            {("Jubaland", "accepted")},
            id="somalia-host-talks-welcomed",
            marks=pytest.mark.xfail(strict=True, reason=_NO_ACTOR + " (Jubaland)"),
        ),
        pytest.param(
            PRESS_MYANMAR,
            "humanitarian pause",
            None,
            {("Karen National Union", "conditional")},
            id="myanmar-pause-on-condition",
        ),
        pytest.param(
            PRESS_MYANMAR,
            "humanitarian pause",
            "ASEAN",
            {("Karen National Union", "conditional"), ("Myanmar", "accepted")},
            id="myanmar-pause-by-the-envoy",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'the Special Envoy of the ASEAN Chair' and 'the State Administration "
                "Council' are no actors of the registry",
            ),
        ),
    ],
)
def test_whole_article_plan(article, stem, proposer, answered):
    plan = _plan(article, stem)
    assert (plan.proposed_by, answered - {(r.actor, r.response) for r in plan.responses}) == (
        proposer,
        set(),
    )


@pytest.mark.xfail(
    strict=True,
    reason="'rejected the idea of a unity government' names a plan by a noun no plan list "
    "holds; the answer goes to the halt named before",
)
def test_live_blog_answer_to_an_unlisted_idea_is_not_filed_on_the_truce():
    halt = _plan(LIVE_LIBYA, "halt")
    assert ("Abdul Hamid Dbeibah", "rejected") not in {
        (r.actor, r.response) for r in halt.responses
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The EU proposed a peace treaty for the South Caucasus. Minister Ararat Mirzoyan "
            "confirmed Yerevan's readiness to sign the treaty.",
            {("Ararat Mirzoyan", "accepted"), ("Armenia", "accepted")},
            id="own-minister",
        ),
        pytest.param(
            "The EU proposed a peace treaty for the South Caucasus. Foreign Minister Ararat "
            "Mirzoyan confirmed the Armenian government's readiness to sign the treaty.",
            {("Ararat Mirzoyan", "accepted"), ("Armenia", "accepted")},
            id="own-minister-of-a-long-owner",
        ),
        # a person of the other side reports the owner's answer, not his own
        pytest.param(
            "The EU proposed a peace treaty for the South Caucasus. Jeyhun Bayramov noted "
            "Yerevan's readiness to sign the treaty.",
            {("Armenia", "accepted")},
            id="other-side",
        ),
    ],
)
def test_a_person_stating_his_states_readiness_answers_too(text, expected, registry):
    assert answers(text, registry) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "ADDIS ABABA (Horn Wire) - The TPLF said on Monday that it remained committed to "
            "the Pretoria truce.",
            ("truce", None, {("Tigray People's Liberation Front", "accepted")}),
            id="committed-to-accepts-and-proposes-nothing",
        ),
        pytest.param(
            "Thailand and Cambodia met in Kuala Lumpur. Both governments say they are "
            "committed to the border ceasefire.",
            ("ceasefire", None, {("Thailand", "accepted"), ("Cambodia", "accepted")}),
            id="committed-to-by-a-collective-subject",
        ),
        pytest.param(
            "Serbia and Kosovo met in Brussels. In a joint readout, both sides reaffirmed "
            "their commitment to the energy agreement.",
            ("energy agreement", None, {("Serbia", "accepted"), ("Kosovo", "accepted")}),
            id="their-commitment-is-the-collective-subjects",
        ),
        pytest.param(
            "Sudan and the RSF met in Jeddah. The prisoner exchange was agreed in principle by "
            "both sides, mediators said.",
            (
                "prisoner exchange",
                None,
                {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
            ),
            id="passive-agent-after-in-principle",
        ),
        pytest.param(
            "Rwanda, Congo and Qatar held talks in Doha. The prisoner exchange was endorsed by "
            "all three governments on Tuesday.",
            (
                "prisoner exchange",
                None,
                {
                    ("Rwanda", "accepted"),
                    ("Democratic Republic of the Congo", "accepted"),
                    ("Qatar", "accepted"),
                },
            ),
            id="passive-agent-a-counted-joint-noun",
        ),
    ],
)
def test_commitments_and_collective_answers(text, expected, registry):
    found = [
        (p.title, p.proposed_by, {(r.actor, r.response) for r in p.responses})
        for p in proposals(text, registry)
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "JUBA, Nov 20 (Nile Wire) - The truce, agreed by Sudan and the RSF in Jeddah, has "
            "largely held.",
            {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
            id="a-participle-set-off-with-its-agent-answers",
        ),
        pytest.param(
            "Washington wants a truce signed by Sudan and the RSF, not one announced by one of "
            "them.",
            set(),
            id="a-restrictive-participle-only-says-which-plan",
        ),
    ],
)
def test_a_participle_after_its_plan(text, expected, registry):
    found = {(r.actor, r.response) for p in proposals(text, registry) for r in p.responses}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "BELGRADE (Balkan Wire) - The EU proposed a joint commission on missing persons. "
            "Serbia listed its terms on Monday.",
            {("Serbia", "conditional")},
            id="a-side-listing-its-terms-answers-the-plan-before",
        ),
        pytest.param(
            "IGAD proposed a monitoring mission for the Blue Nile front. The RSF set out their "
            "conditions: no troops from neighbouring states.",
            {("Rapid Support Forces", "conditional")},
            id="set-out-their-conditions",
        ),
        pytest.param(
            "IGAD proposed a monitoring mission for the Blue Nile front. Sudan rejected their "
            "demands.",
            set(),
            id="answering-anothers-terms-sets-none",
        ),
        pytest.param(
            "YEREVAN (Caucasus Daily) - The OSCE proposed a monitoring mission on the Armenian "
            "border. Azerbaijan ignored their conditions.",
            set(),
            id="ignoring-terms-states-none",
        ),
        pytest.param(
            "Qatar proposed a prisoner exchange in Gaza. Israel met their demands on Sunday.",
            set(),
            id="meeting-terms-states-none",
        ),
        pytest.param(
            "Norway proposed a bilateral truce in Arauca. The ELN published its demands for a "
            "political settlement.",
            set(),
            id="terms-for-another-object",
        ),
        pytest.param(
            "The African Union proposed a buffer zone along the border. Eritrea laid out its "
            "conditions.",
            {("Eritrea", "conditional")},
            id="laid-out-its-conditions",
        ),
    ],
)
def test_terms_a_side_sets_answer_the_plan_before(text, expected, registry):
    found = {(r.actor, r.response) for p in proposals(text, registry) for r in p.responses}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Digest: Turkey floated a grain corridor through the Black Sea. Moscow jumped at the "
            "chance to denounce the corridor.",
            set(),
            id="jumped-at-the-chance-to-denounce-it",
        ),
        pytest.param(
            "Egypt proposed a truce in Gaza. Few in Cairo expect Hamas to leap at the Egyptian "
            "truce offer.",
            set(),
            id="leap-at-an-offer-expected-of-another",
        ),
        pytest.param(
            "Qatar proposed a truce in El Fasher. The RSF balked at it.",
            {("Rapid Support Forces", "rejected")},
            id="balked-at-it",
        ),
    ],
)
def test_idioms_of_shying_from_a_plan_and_seizing_a_chance(text, expected, registry):
    found = {(r.actor, r.response) for p in proposals(text, registry) for r in p.responses}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Egypt drew up a plan for a monitoring mission in Rafah. Hamas's answer was a list "
            "of terms.",
            {("Hamas", "conditional")},
            id="answer-was-a-list-of-terms",
            marks=pytest.mark.xfail(
                strict=True,
                reason="terms as the predicate of a side's 'answer' need the copula read as the "
                "answer itself; only terms a side sets as a verb's object are read",
            ),
        ),
        pytest.param(
            "Qatar floated a hotline between the two armies. It was welcomed in Washington.",
            {("United States", "accepted")},
            id="welcomed-in-a-capital",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a capital after 'in' is a passive answer's agent only where the registry "
                "tells a capital from a venue city (Geneva, Doha), which it does not",
            ),
        ),
        pytest.param(
            "Turkey proposed a maritime corridor. Ukraine wants it, as long as its ports on "
            "the Danube are covered.",
            {("Ukraine", "conditional")},
            id="wants-it-as-long-as",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'want' is no answer verb: 'Washington wants a truce signed by both' "
                "states a wish for another plan, and the two read alike",
            ),
        ),
    ],
)
def test_answers_left_to_do(text, expected, registry):
    found = {(r.actor, r.response) for p in proposals(text, registry) for r in p.responses}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "BOGOTÁ (Andes Wire) - Norway proposed a framework for reopening the Cucuta crossing "
            "on Tuesday. The framework for reopening the crossing was accepted by the ELN.",
            ("framework for reopening the Cucuta crossing", {("ELN", "accepted")}),
            id="stated-content-ends-before-a-date",
        ),
        pytest.param(
            "A mechanism for exchanging detainees was welcomed by Serbia on Friday.",
            ("mechanism for exchanging detainees", {("Serbia", "accepted")}),
            id="stated-content-ends-before-the-main-verb",
        ),
        pytest.param(
            "The arrangement under which each army returns captured fishermen was accepted in "
            "principle by Thailand.",
            (
                "arrangement under which each army returns captured fishermen",
                {("Thailand", "accepted")},
            ),
            id="a-relative-content-clause-ends-before-the-main-verb",
        ),
    ],
)
def test_a_plans_stated_content_ends_where_its_sentence_goes_on(text, expected, registry):
    found = [
        (p.title, {(r.actor, r.response) for r in p.responses}) for p in proposals(text, registry)
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "PRISTINA (Balkan Insight Daily) - The EU proposed an energy agreement for the north. "
            "Pristina doubts that Belgrade is committed to the energy agreement.",
            id="commitment-doubted",
        ),
        pytest.param(
            "Qatar proposed a truce in El Fasher. Washington urged the RSF to remain committed "
            "to the truce.",
            id="commitment-urged",
        ),
        pytest.param(
            "Malaysia proposed a border ceasefire. Thailand accused Cambodia of not being "
            "committed to the ceasefire.",
            id="commitment-denied-in-an-accusation",
        ),
        pytest.param(
            "Norway proposed a bilateral truce in Arauca. The UN urged both sides to stay open "
            "to the truce.",
            id="openness-urged",
        ),
    ],
)
def test_a_readiness_urged_doubted_or_charged_answers_nothing(text, registry):
    assert answers(text, registry) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar proposed a truce in El Fasher. The RSF, urged by Washington on Sunday, said it "
        "was committed to the truce.",
        "Malaysia proposed a border ceasefire. Cambodia, which Thailand has long accused of "
        "shelling villages, is committed to the ceasefire.",
    ],
)
def test_urging_or_blame_in_an_aside_leaves_the_commitment_the_sides_own(text, registry):
    assert {response for _, response in answers(text, registry)} == {"accepted"}

"""Speech set out by layout: transcript turns under a speaker's label and interview answers."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract

PUBLISHED = date(2026, 2, 9)

RADIO_SHOW = "\n".join(
    [
        "SAHEL MORNING — programme of Monday 9 February. Translated excerpts.",
        (
            "Host Aminata Kone spoke with Boubacar Traore Diallo, who chairs the mediation, "
            "and with rebel spokesman Ousmane Ag Mohamed."
        ),
        "KONE: Is the truce around Kidal holding?",
        (
            "DIALLO: It is holding, but only just. We have asked both camps to pull their "
            "fighters back from the wells."
        ),
        "KONE: Will the talks resume?",
        (
            "AG MOHAMED: We will return to the table when the drones stop. Our people cannot "
            "negotiate under fire."
        ),
        "DIALLO: I will travel to the north on Thursday.",
    ]
)

QA_INTERVIEW = "\n".join(
    [
        (
            "Marguerite Essomba, the African Union's Special Envoy for the Anglophone "
            "regions, has spent a year shuttling between Yaounde and the separatist "
            "leadership abroad. The Lakeside Review spoke to her in Nairobi."
        ),
        "Is there any chance of talks this year?",
        ("There is a chance, yes. Both sides have told me they want a venue outside the country."),
        "The separatists say they were ignored last time. Were they?",
        (
            "I understand their frustration. We are proposing a format in which nobody is "
            "left outside the room."
        ),
        "And the schools that remain closed?",
        "Reopening the schools is our first request to both camps.",
        "What happens if the fighting spreads?",
        "Then we will ask the Council to act.",
    ]
)

QA_LABELLED = "\n".join(
    [
        (
            "Colonel Rafael Quintero Lema, the commander of the verification unit, answered "
            "our questions by email."
        ),
        "Q: How many violations did you record?",
        (
            "A: We recorded eleven, all of them near the river crossing. None of them was "
            "serious enough to end the truce."
        ),
        "Q: Who is responsible?",
        (
            "A: Both units fired first at least once. That is why we want more observers on "
            "the ground."
        ),
    ]
)

EXPLAINER = "\n".join(
    [
        "The truce between the two militias enters its third month on Monday.",
        "What does the deal say?",
        "It freezes the front line and sets up a joint patrol along the coast road.",
        "Who guarantees it?",
        "A committee of three neighbouring states checks the patrols every week.",
        "What happens next?",
        "The parties meet again in March to discuss the prisoners.",
    ]
)


def statements(text, registry, title=None):
    document = Document(text=text, title=title, published=PUBLISHED)
    return [(s.speaker, s.evidence.text, s.mode) for s in extract(document, registry).statements]


@pytest.mark.parametrize(
    "speaker, sentence",
    [
        ("Boubacar Traore Diallo", "DIALLO: It is holding, but only just."),
        (
            "Boubacar Traore Diallo",
            "We have asked both camps to pull their fighters back from the wells.",
        ),
        ("Ousmane Ag Mohamed", "AG MOHAMED: We will return to the table when the drones stop."),
        ("Ousmane Ag Mohamed", "Our people cannot negotiate under fire."),
        ("Boubacar Traore Diallo", "DIALLO: I will travel to the north on Thursday."),
    ],
)
def test_each_sentence_of_a_labelled_turn_is_its_speakers(registry, speaker, sentence):
    assert (speaker, sentence, "direct") in statements(RADIO_SHOW, registry)


def test_the_hosts_questions_are_no_statements(registry):
    found = statements(RADIO_SHOW, registry)
    assert not [s for s in found if s[1].startswith("KONE:") or s[1].endswith("?")]


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a chance, yes.",
        "I understand their frustration.",
        "Reopening the schools is our first request to both camps.",
        "Then we will ask the Council to act.",
    ],
)
def test_each_answer_of_an_interview_is_the_interviewees(registry, sentence):
    found = statements(QA_INTERVIEW, registry, title="Marguerite Essomba: 'Nobody left outside'")
    assert ("Marguerite Essomba", sentence, "direct") in found


def test_interview_questions_are_no_statements(registry):
    found = statements(QA_INTERVIEW, registry)
    assert not [s for s in found if s[1].endswith("?") or "separatists say" in s[1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A: We recorded eleven, all of them near the river crossing.",
        "None of them was serious enough to end the truce.",
        "That is why we want more observers on the ground.",
    ],
)
def test_answers_under_an_a_label_are_the_interviewees(registry, sentence):
    assert ("Rafael Quintero Lema", sentence, "direct") in statements(QA_LABELLED, registry)


def test_an_explainer_under_question_headings_is_no_interview(registry):
    assert statements(EXPLAINER, registry) == []


def test_a_single_labelled_line_is_no_transcript(registry):
    text = "UPDATE: The convoy reached the camp at dawn.\nAid workers unloaded flour and fuel."
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"We will not sign under threat," Amadou Sall Kane, the head of the Casamance '
            "movement's political wing, told reporters.",
            "Amadou Sall Kane",
        ),
        (
            "Tomas Ruiz Vega, the guerrillas' chief negotiator, said the group would attend.",
            "Tomas Ruiz Vega",
        ),
        (
            "Lieutenant-General Arkan Duwa, who led the army delegation, told reporters the "
            "truce would hold.",
            "Arkan Duwa",
        ),
        (
            "Halima Sow, who chaired the transitional council until her dismissal in May and now "
            "leads a rival coalition in the capital, said the talks were a sham.",
            "Halima Sow",
        ),
    ],
)
def test_a_speaker_introduced_by_an_apposition_is_found(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def actors(text, registry):
    document = Document(text=text, published=PUBLISHED)
    return [a.name for a in extract(document, registry).actors]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The FPLC said on Monday it would withdraw its fighters from the ridge.", "FPLC"),
        (
            "Rebels of the Front for the Liberation of the Cabinda Enclave (FLEC) attacked a "
            "convoy. The FLEC has said it will observe a truce during the harvest.",
            "Front for the Liberation of the Cabinda Enclave",
        ),
        (
            "The MPSA, whose fighters hold the border crossing, said it would attend.",
            "MPSA",
        ),
    ],
)
def test_an_unknown_acronym_speaking_names_a_body(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def test_an_acronym_a_named_body_spells_out_is_that_body(registry):
    text = (
        "Talks with the Kivu Valley Army, or KVA, resumed in Goma. "
        "The KVA said it wanted guarantees for its commanders."
    )
    assert actors(text, registry) == ["Kivu Valley Army"]


def test_a_state_office_acronym_names_no_body(registry):
    assert "PMO" not in actors("The PMO said the talks would continue next week.", registry)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'US President Hal Brennan met the envoys in Doha. "No one leaves until there is '
            'a deal," the US President said.',
            "Hal Brennan",
        ),
        (
            'Armenian Foreign Minister Lilit Sarkis arrived late. "We were never consulted on '
            'the corridor," the Armenian minister fumed.',
            "Lilit Sarkis",
        ),
    ],
)
def test_a_capitalised_office_or_an_angry_verb_reports_the_holder(registry, text, speaker):
    assert [s[0] for s in statements(text, registry) if '"' in s[1]] == [speaker]


JOINT_LEAD = "Armenia and Azerbaijan ended a round of border talks in Doha on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides will free 40 detainees each, according to a joint statement read out by "
        "the Qatari hosts.",
        "The two sides will reopen the rail link in May, officials from both delegations said.",
        "According to the joint statement issued at the close, the two sides will meet again "
        "in April.",
    ],
)
def test_a_joint_source_speaks_for_both_sides(registry, sentence):
    found = statements(JOINT_LEAD + sentence, registry)
    assert sorted(s[0] for s in found if s[1] == sentence) == ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Fighting has displaced 9,000 people since June, the UN Stabilization Mission in "
            "Haiti said.",
            "UN Stabilization Mission in Haiti",
        ),
        (
            "The Joint Verification Body (JVB), the panel that counts the weapons, said it was "
            "ready to start.",
            "Joint Verification Body",
        ),
        (
            "The Joint Verification Body (JVB) said it was ready. The European Union "
            "delegation said it welcomed the deal.",
            "European Union",
        ),
    ],
)
def test_a_body_named_for_its_seat_or_its_delegation_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][-1] == speaker


def test_a_person_after_an_abbreviated_title_is_found(registry):
    text = (
        "Maj. Gen. Tomasz Wolny led the observers into Donetsk. "
        "Wolny told reporters the line had held overnight."
    )
    assert [s[0] for s in statements(text, registry)] == ["Tomasz Wolny"]


BRIEFING = "\n".join(
    [
        "Transcript of the briefing on the Tigray monitoring mission, Addis Ababa.",
        "Selam Tadesse: The monitors reached Shire on Tuesday. The road is open.",
        "Question: When will they reach the border?",
        "Selam Tadesse: Within two weeks, if the rains allow.",
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Selam Tadesse: The monitors reached Shire on Tuesday.",
        "The road is open.",
        "Selam Tadesse: Within two weeks, if the rains allow.",
    ],
)
def test_a_full_name_labelling_several_turns_is_the_speaker(registry, sentence):
    assert ("Selam Tadesse", sentence, "direct") in statements(BRIEFING, registry)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Peace Adviser Ramon Dizon Jr. arrived in Cotabato. Dizon said the packages would "
            "be paid within sixty days.",
            "Ramon Dizon Jr.",
        ),
        (
            "The communique quoted Mediator Aissata Keita as saying the corridor would reopen "
            "on Friday.",
            "Aissata Keita",
        ),
    ],
)
def test_a_suffixed_name_or_one_quoted_as_saying_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][-1:] == [speaker]


def test_labelled_quotations_of_a_live_blog_are_no_turns(registry):
    text = "\n".join(
        [
            "Water Minister Tesfaye Gudeta visited the dam on Monday.",
            'Tesfaye Gudeta: "We will not stop filling the reservoir." He spoke in Addis Ababa.',
            'Tesfaye Gudeta: "The rains decide the pace." He spoke to state television.',
        ]
    )
    found = [s for s in statements(text, registry) if s[1].startswith("He spoke")]
    assert found == []


def test_a_reporting_verb_in_a_condition_reports_nothing(registry):
    text = (
        "Armenia and Azerbaijan met in Doha. The monitors will deploy along the border if "
        "both sides ask the mission to."
    )
    assert statements(text, registry) == []


def test_a_press_officer_is_a_title(registry):
    text = (
        "Asked whether the president would attend, Press Officer Dalia Fenwick said only that "
        "the schedule was not final."
    )
    assert [s[0] for s in statements(text, registry)] == ["Dalia Fenwick"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Kafue force has said it will leave the bridge by Friday.", "Kafue force"),
        (
            "The Amani alliance, a coalition of herders' militias, said any truce must cover "
            "the grazing routes.",
            "Amani alliance",
        ),
    ],
)
def test_a_group_named_by_a_word_and_a_common_noun_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def test_a_known_name_before_a_common_noun_makes_no_new_group(registry):
    text = "The Houthi movement said it would free the crew."
    assert "Houthi movement" not in actors(text, registry)


def test_a_double_surname_alone_is_the_person_named_in_full(registry):
    text = (
        "Kenyan envoy Ana Ruiz Otieno arrived in Juba. In a post on X, Ruiz Otieno wrote: "
        '"The truce holds and the corridor is open."'
    )
    assert [s[0] for s in statements(text, registry)] == ["Ana Ruiz Otieno"]


def test_q_and_a_labels_may_close_with_a_full_stop(registry):
    text = "\n".join(
        [
            "Aminata Sow Diallo, the ECOWAS mediator for the Sahel, answered our questions.",
            "Q. Is the truce holding?",
            "A. It is holding. We have two monitors in each district.",
            "Q. What happens next?",
            "A. The parties meet in Accra next month.",
        ]
    )
    found = [s for s in statements(text, registry) if s[2] == "direct"]
    assert [s[1] for s in found] == [
        "A. It is holding.",
        "We have two monitors in each district.",
        "A. The parties meet in Accra next month.",
    ]


def test_a_turn_runs_on_over_unlabelled_paragraphs_until_the_next_label(registry):
    text = "\n".join(
        [
            "Host Aminata Kone spoke with Boubacar Traore Diallo, who chairs the mediation.",
            "KONE: Is the truce holding?",
            "DIALLO: It is holding, but only just.",
            "We have asked both camps to pull back from the wells.",
            "KONE: Will the talks resume?",
            "DIALLO: Yes, in March.",
            "The programme airs on weekdays at seven.",
        ]
    )
    assert [s[1] for s in statements(text, registry)] == [
        "DIALLO: It is holding, but only just.",
        "We have asked both camps to pull back from the wells.",
        "DIALLO: Yes, in March.",
    ]


def test_a_long_name_after_an_honorific_is_found(registry):
    text = (
        "His Excellency Sayyid Hamid bin Salim Al Rawahi, Minister of Foreign Affairs, "
        "received the two delegations. His Excellency affirmed the Sultanate's readiness to "
        "host further rounds of talks."
    )
    assert [s[0] for s in statements(text, registry)] == ["Sayyid Hamid bin Salim Al Rawahi"]


def test_a_brigadier_abbreviation_ends_no_sentence(registry):
    text = (
        "Kenya's army spokesman, Brig. Gen. Samuel Otieno Waweru, said the troops would stay "
        '"as long as the government wants us there."'
    )
    assert [s[0] for s in statements(text, registry)] == ["Samuel Otieno Waweru"]

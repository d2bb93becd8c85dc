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


DEBATE = "\n".join(
    [
        "Western Sahara: UN Mission",
        "Volume 802: debated on Tuesday 10 February 2026",
        "Maria Holt (Bexley North) (LD): What representations has the Minister made on MINURSO?",
        (
            "The Minister for Africa (Tom Everley): I thank the hon. Member for her question. "
            "We support the renewal of the mission. I raised it with Rabat last week."
        ),
        "Maria Holt: Will he press for a referendum?",
        "Tom Everley: Our position has not changed.",
        "Maria Holt: The Minister knows that Polisario has rejected the autonomy plan.",
        "Tom Everley: I do, and I have read its statement.",
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister for Africa (Tom Everley): I thank the hon. Member for her question.",
        "We support the renewal of the mission.",
        "I raised it with Rabat last week.",
        "Tom Everley: Our position has not changed.",
    ],
)
def test_a_debate_records_office_label_names_its_holder_in_brackets(registry, sentence):
    assert ("Tom Everley", sentence, "direct") in statements(DEBATE, registry)


def test_a_members_label_with_seat_and_party_opens_her_turn(registry):
    found = statements(DEBATE, registry)
    assert not [s for s in found if s[0] == "Tom Everley" and s[1].startswith("Maria Holt")]
    assert ("Maria Holt", "Maria Holt: Will he press for a referendum?", "direct") not in found


TV_BULLETIN = "\n".join(
    [
        "ANCHOR (NORA VELLA): Good evening. The truce on the lake is fraying tonight.",
        (
            "CORRESPONDENT (PAUL ANDOH): The mood in the capital is tense. The rebels' "
            "spokesman, Kofi Mensah Tetteh, spoke to local radio this afternoon. He denied "
            "that his fighters had fired on the ferry."
        ),
        "VELLA: And the government?",
        "ANDOH: It has said nothing yet. I expect a statement tonight.",
        "VELLA: The army has been quiet all day.",
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the anchor's and the correspondent's own words link and narrate: no side speaks,
        # whether the label names the role or only the surname the role label gave in full
        ("ANCHOR (NORA VELLA): Good evening.", []),
        ("VELLA: The army has been quiet all day.", []),
        ("CORRESPONDENT (PAUL ANDOH): The mood in the capital is tense.", []),
        ("ANDOH: It has said nothing yet.", []),
        # speech a correspondent reports is the reported speaker's, and a pronoun after a
        # turn's label means the person the sentences name, not the label
        ("He denied that his fighters had fired on the ferry.", ["Kofi Mensah Tetteh"]),
    ],
)
def test_a_bulletins_anchor_and_correspondent_turns(registry, text, expected):
    assert [
        s for s, sentence, _ in statements(TV_BULLETIN, registry) if sentence == text
    ] == expected


RADIO_DISCUSSION = "\n".join(
    [
        (
            "PRESENTER (LENA BERG): Talks on the lake truce resumed today. I am joined by "
            "Musa Kiprono, a church mediator, and later by our correspondent Tom Achieng."
        ),
        "LENA BERG: Musa Kiprono, will the talks hold?",
        "MUSA KIPRONO: They will hold if the raids stop. Both sides told us they want a deal.",
        "LENA BERG: Let's go to Kisumu.",
        (
            "TOM ACHIENG: Thank you, Lena. The governor gave a speech here today. Militia "
            "spokesman Peter Owino told me the fighters would withdraw."
        ),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a guest labelled by his full name in capitals, whom the presenter named in full
        ("MUSA KIPRONO: They will hold if the raids stop.", ["Musa Kiprono"]),
        ("Both sides told us they want a deal.", ["Musa Kiprono"]),
        # the presenter, labelled by role and then by name, says nothing of a side's
        ("PRESENTER (LENA BERG): Talks on the lake truce resumed today.", []),
        ("LENA BERG: Let's go to Kisumu.", []),
        # a correspondent the presenter brings in by name is staff under a bare name too
        ("TOM ACHIENG: Thank you, Lena.", []),
        ("The governor gave a speech here today.", []),
        ("Militia spokesman Peter Owino told me the fighters would withdraw.", ["Peter Owino"]),
    ],
)
def test_a_radio_discussions_guest_presenter_and_correspondent(registry, text, expected):
    assert [
        s for s, sentence, _ in statements(RADIO_DISCUSSION, registry) if sentence == text
    ] == expected


def test_a_label_naming_no_known_person_ends_the_turn_before(registry):
    text = "\n".join(
        [
            "TALKING POINT - Radio Lakeside, Sunday programme. Transcript.",
            (
                "MARIA LINDQVIST (host): Good evening. With me is Omar Saleh, who heads the "
                "government delegation. Will the truce hold?"
            ),
            "SALEH: We want it to hold. But a truce is not a blank cheque.",
            "LINDQVIST: What do you mean by that?",
            "SALEH: I mean that the raids must stop.",
            "LINDQVIST: The militias say those were patrols, not raids.",
            "SALEH: That is a word game.",
        ]
    )
    found = statements(text, registry, title="Talking Point: will the lake truce survive?")
    assert not [s for s in found if s[1].startswith("LINDQVIST") and s[0] == "Omar Saleh"]


SECOND_PERSON_INTERVIEW = "\n".join(
    [
        (
            "Ambassador Brahim Salek Ould Ahmed has negotiated for the Polisario Front since "
            "2019. The "
            "Atlas Courier reached him in Tindouf."
        ),
        "Will you return to the talks in Geneva?",
        "The Front has never refused a round convened by the envoy.",
        "Do you accept the autonomy plan as a basis?",
        "Autonomy is one option among several. A referendum remains the only legal path.",
        "Rabat says the plan is final. What then?",
        "Then the Council must decide whether its own resolutions still count.",
        "Have you spoken to the Algerian side this week?",
        "We speak to Algiers every week.",
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Front has never refused a round convened by the envoy.",
        "A referendum remains the only legal path.",
        "Then the Council must decide whether its own resolutions still count.",
    ],
)
def test_answers_to_questions_addressed_to_you_are_the_interviewees(registry, sentence):
    # few answers speak in the first person; the questions, asked to "you", mark the exchange
    found = statements(SECOND_PERSON_INTERVIEW, registry)
    assert ("Brahim Salek Ould Ahmed", sentence, "direct") in found


def _background_interview(giver):
    return "\n".join(
        [
            (
                "The war between the army of Abdel Fattah al-Burhan and the Rapid Support "
                f"Forces is in its third year. {giver}, spoke to the Nile Courier in Cairo."
            ),
            "Is a truce possible before the rains?",
            "I believe it is. We have put a humanitarian pause on the table again.",
            "Will the army accept it?",
            "We are waiting for its answer, and we will keep asking.",
            "And the RSF?",
            "I met their negotiators last week and I told them the same thing.",
        ]
    )


def test_the_interviewee_is_the_one_the_introduction_says_spoke_to_the_outlet(registry):
    """Background naming another person first does not make that person the interviewee."""
    text = _background_interview("US special envoy Tom Perriello, who has spent a year on it")
    found = statements(text, registry)
    assert (
        "Tom Perriello",
        "We are waiting for its answer, and we will keep asking.",
        "direct",
    ) in (found)
    assert not {f for f in found if f[0] == "Abdel Fattah al-Burhan"}


def test_an_interviewee_no_actor_stands_for_gives_no_answers_to_another(registry):
    """ "Amal Haddad, who runs a clinic, spoke to …": unknown to us, and never al-Burhan."""
    found = statements(
        _background_interview("Amal Haddad, who runs a clinic in Omdurman"), registry
    )
    assert not {f for f in found if f[0] == "Abdel Fattah al-Burhan"}


LEVANT_ANSWERS = "\n".join(
    [
        "Will the border talks resume this year?",
        "I believe they will. We have done our part and we support the committee as it stands.",
        "What about the villages in the south?",
        "We are ready to rebuild them.",
        "And the mediators?",
        "I met their envoy last week and I told him the same thing.",
    ]
)


@pytest.mark.parametrize(
    "intro, giver",
    [
        (
            "Joseph Aoun received the Levant Weekly in Baabda this week. Last month Benjamin "
            "Netanyahu spoke to Donald Trump about the border.",
            "Joseph Aoun",
        ),
        (
            "Joseph Aoun received the Levant Weekly this week. In March Nabih Berri sat down "
            "with Antonio Guterres in Beirut to discuss the truce.",
            "Joseph Aoun",
        ),
        (
            "Joseph Aoun received the Levant Weekly this week, days after Nabih Berri talked "
            "to reporters in Tyre.",
            "Joseph Aoun",
        ),
        (
            "Joseph Aoun received the Levant Weekly this week. Nabih Berri, he says, talks to "
            "Antonio Guterres more than to him.",
            "Joseph Aoun",
        ),
        (
            "The truce was extended in January. Our correspondent sat down with Joseph Aoun "
            "in Baabda.",
            "Joseph Aoun",
        ),
        (
            "The truce was extended in January. Speaking to the Levant Weekly, Joseph Aoun "
            "said the south would be next.",
            "Joseph Aoun",
        ),
        (
            "The truce was extended in January. Talking to the Levant Weekly in Baabda, "
            "Joseph Aoun was upbeat.",
            "Joseph Aoun",
        ),
        (
            "The truce with Israel was extended in January under Joseph Aoun. Nawaf Salam, "
            "who has followed the talks from the start, talked to us in Beirut.",
            "Nawaf Salam",
        ),
    ],
)
def test_the_interview_giver_is_the_one_who_speaks_to_the_outlet(registry, intro, giver):
    text = intro + "\n" + LEVANT_ANSWERS
    answers = [s[0] for s in statements(text, registry) if s[1] in LEVANT_ANSWERS]
    assert answers and set(answers) == {giver}

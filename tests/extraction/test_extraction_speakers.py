"""Who speaks: people and bodies introduced by appositions, titles, acronyms and common
nouns, and the grammar that gives a sentence its speakers."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract

PUBLISHED = date(2026, 2, 9)


def statements(text, registry, title=None):
    document = Document(text=text, title=title, published=PUBLISHED)
    return [(s.speaker, s.evidence.text, s.mode) for s in extract(document, registry).statements]


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
        # a name set off after a title closes no aside: the verb after it is not inverted
        (
            "The Joint Verification Body met in Juba. Its secretary, Akol Deng Mabior, said "
            "Kenya had sent 40 observers.",
            "Akol Deng Mabior",
        ),
        # an editor's bracketed note between the name and the verb is no subject
        (
            'Aliyev [Azerbaijan\'s president] said the treaty was "ready to be signed tomorrow".',
            "Ilham Aliyev",
        ),
        # a place set off by a comma before the title is no part of the title
        (
            "In Asmara, Foreign Minister Osman Saleh Mohammed said Eritrea would not attend.",
            "Osman Saleh Mohammed",
        ),
        # a relative clause after the apposition: the comma before "said" closes both
        (
            "Aster Mengistu, the Ethiopian envoy for the Horn, who flew in on Thursday and met "
            "both delegations, said Addis Ababa would pay for the monitors.",
            "Aster Mengistu",
        ),
        (
            "Rafael Grossi, the head of the IAEA, who met both delegations in Vienna, said "
            "Tehran would admit the inspectors.",
            "Rafael Grossi",
        ),
        # a participle aside sets a name the registry lacks off from its verb as well
        (
            "Marisol Quintero, speaking after the cabinet met in Bogotá, said the talks with "
            "the ELN would resume in Caracas.",
            "Marisol Quintero",
        ),
        (
            "Tesfaye Gebremariam, addressing lawmakers in Mekelle, said the interim "
            "administration would not disarm before the census.",
            "Tesfaye Gebremariam",
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
        # a possessive's mark inside a body's name ("People's") joins its words
        (
            "The Sudan People's Liberation Movement-North (SPLM-N) attacked a convoy. The "
            "Blue Nile People's Liberation Front said it would observe the truce.",
            "Blue Nile People's Liberation Front",
        ),
        # the common noun before an acronym says what it names, whatever verb follows
        (
            "The regional bloc ECCAS on Monday summoned both sides to Libreville. ECCAS said "
            "the talks would open on Jan. 21.",
            "ECCAS",
        ),
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
        # an organ named with its owner speaks for the owner, wherever it sits
        (
            "The Norwegian embassy in Bogotá confirmed that a facilitator would attend the "
            "talks with the ELN.",
            "Norway",
        ),
        (
            "The European Union delegation in Addis Ababa, which funds the monitors, said it "
            "welcomed the truce in Tigray.",
            "European Union",
        ),
        # an organ without an owner is the state its seat is in
        ("The foreign ministry in Baku said the talks would resume.", "Azerbaijan"),
        # councils and commissions the registry lacks are bodies of their own, unless they
        # sit in a state's capital, whose organs they are
        (
            "The Joint Ceasefire Commission said 40 violations had been recorded in Darfur.",
            "Joint Ceasefire Commission",
        ),
        ("The Sovereign Council said it had endorsed the monitoring plan.", "Sovereign Council"),
        (
            "The National Security Council in Nairobi said it was studying the request.",
            "Kenya",
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


def test_a_long_name_after_an_honorific_is_found(registry):
    text = (
        "His Excellency Sayyid Hamid bin Salim Al Rawahi, Minister of Foreign Affairs, "
        "received the two delegations. His Excellency affirmed the Sultanate's readiness to "
        "host further rounds of talks."
    )
    # the courtesy title announces the name, as "Sheikh" does, and is no part of it
    assert [s[0] for s in statements(text, registry)] == ["Hamid bin Salim Al Rawahi"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Kuwait's Foreign Minister Sheikh Salem Abdullah al-Sabah received the Houthi "
            "delegation on Monday. Sheikh Salem said talks on prisoners would continue.",
            "Salem Abdullah al-Sabah",
        ),
        (
            "The Omani foreign minister, Sayyid Hamid bin Salim Al Rawahi, hosted the talks. "
            'Sayyid Hamid told reporters: "Both sides want the truce to hold."',
            "Hamid bin Salim Al Rawahi",
        ),
    ],
)
def test_a_given_name_after_the_full_name_is_that_person(text, speaker, registry):
    assert {s[0] for s in statements(text, registry)} == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Iran's Foreign Minister Seyed Abbas Araghchi met the envoy in Muscat to discuss the "
            "truce. Seyed Abbas said the talks were useful.",
            "Abbas Araghchi",
        ),
        (
            "Hezbollah leader Sayyed Hassan Nasrallah said the truce was holding. Sayyed Hassan "
            "said Israel must withdraw.",
            "Hassan Nasrallah",
        ),
    ],
)
def test_courtesy_titles_are_spelt_many_ways(text, speaker, registry):
    assert {s[0] for s in statements(text, registry)} == {speaker}


def test_a_brigadier_abbreviation_ends_no_sentence(registry):
    text = (
        "Kenya's army spokesman, Brig. Gen. Samuel Otieno Waweru, said the troops would stay "
        '"as long as the government wants us there."'
    )
    assert [s[0] for s in statements(text, registry)] == ["Samuel Otieno Waweru"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Major-General Tesfaye Alemu met the elders in Mekelle. The general said the army "
            "would withdraw from the town.",
            "Tesfaye Alemu",
        ),
        (
            "Senior General Than Myint received the KIA delegation. At the meeting, the Senior "
            "General said that the door to peace remained open.",
            "Than Myint",
        ),
        (
            "Field Marshal Idris Gadalla toured the front. The Field Marshal said his forces "
            "would respect the truce.",
            "Idris Gadalla",
        ),
        # a Secretary-General holds no rank: the general is the officer named after him
        (
            "UN Secretary-General Antonio Guterres called for calm. Lt. Gen. Ana Ruiz told "
            "reporters the talks were useful. The general added that the monitors were ready.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_rank_refers_back_to_the_officer_named_before(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][-1] == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second verb after a quotation shares the subject the first verb found
        (
            'The Kenyan ambassador to the AU, Grace Wanjiru, said the plan was "the best '
            'chance for peace" and urged the council to vote "without delay."',
            ["Grace Wanjiru"],
        ),
        # "what X called \"…\"" borrows a name inside another's statement
        (
            "Ethiopian Foreign Minister Gedion Timothewos said Addis Ababa backed the talks, but "
            'insisted on the end of what Asmara calls its "defensive deployment".',
            ["Gedion Timothewos"],
        ),
        (
            'The bloc invited both sides to Nairobi for what it called a "recommitment dialogue".',
            [],
        ),
        # a quotation in a sentence that names another person is no continuation of the
        # speaker before: a hope said aloud is that person's own statement
        (
            'Kenyan Foreign Minister Musalia Mudavadi called the plan "a welcome solution". '
            "President William Ruto, speaking to reporters in Mombasa, hoped it would "
            '"end once and for all the cycle of raids" along the border.',
            ["Musalia Mudavadi", "William Ruto"],
        ),
        # verbs inside the clause a speaker reports are the speaker's account
        (
            "A State Department spokesperson, Tammy Bruce, said countries including Kenya, "
            "Rwanda and Ghana had indicated readiness to send troops to Haiti.",
            ["Tammy Bruce"],
        ),
        # a subordinate clause is no reported one: its speaker speaks for himself
        (
            "While Kenya has said it is ready, Ghana told reporters it would wait.",
            ["Kenya", "Ghana"],
        ),
    ],
)
def test_one_sentence_one_speaker(registry, text, expected):
    assert [s[0] for s in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Quartet of Egypt, Qatar and Turkey said it would send monitors to Gaza.",
            "Quartet",
        ),
        (
            "Talks resumed in Nairobi. The Troika of the United States, the UK and Norway "
            "said it backed the initiative.",
            "Troika",
        ),
        # a name the registry begins is no group: the Congo speaks
        (
            "The Democratic Republic of the Congo and Rwanda said they would sign in June.",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_a_group_named_with_its_member_states_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][0] == speaker


# An organ's owner may stand before its field words as an adjective opening the phrase, a
# spokesperson "for" a side speaks for it, and an organ "in" a place speaks where it sits
# (kind 12).
@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "TORKHAM (Meridian Wire) - A spokesman for the Pakistani commerce ministry said "
            "trade would return to normal within a week.",
            "Pakistan",
        ),
        ("Afghan customs officials said 300 trucks had crossed on Saturday.", "Afghanistan"),
        (
            "Ethiopian federal police officials told state television the road had reopened.",
            "Ethiopia",
        ),
        (
            "Bogotá, 4 March (State Agency) - A spokeswoman for the Colombian army said the "
            "guerrillas had attacked a patrol in Arauca.",
            "Colombia",
        ),
        ("A source for the Sudanese military said the truce would hold.", "Sudan"),
        # a place the registry lacks after the organ is where it sits
        ("Malian officials in Tessalit told the agency the convoy had been ambushed.", "Mali"),
        (
            "10:15 - Armenian forces in Tegh said Azerbaijani units had opened fire overnight.",
            "Armenia",
        ),
    ],
)
def test_an_organ_owned_by_a_demonym_or_spoken_for_is_the_side(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def test_an_organ_after_a_name_in_another_clause_has_no_owner(registry):
    text = "The talks moved to Kuala Lumpur, where health ministry officials said 40 were hurt."
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        # state-agency style: "HE" and "HH" abbreviate His Excellency and His Highness
        (
            "KUWAIT CITY (State Agency) - Emir Sheikh Mishal Al-Ahmad received the Sudanese "
            'envoy on Sunday. HH stressed "dialogue remains the only road to peace in '
            'Sudan".',
            ["Mishal Al-Ahmad"],
        ),
        (
            "Muscat, 3 March (Agency) - Foreign Minister Badr Albusaidi received the Houthi "
            "negotiator. HE affirmed that Oman would keep its channels open to both sides.",
            ["Badr Albusaidi"],
        ),
        (
            "Doha, 12 May - Prime Minister Mohammed Al Thani met the Sahel delegations. HE the "
            "Prime Minister said that Qatar will continue its efforts. HE stressed that "
            "dialogue remains the only path.",
            ["Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"],
        ),
    ],
)
def test_an_abbreviated_honorific_is_the_person_it_stands_for(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


def test_an_abbreviated_honorific_names_no_body(registry):
    text = "Foreign Minister Badr Albusaidi met the envoy. HE said the talks were useful."
    document = Document(text=text, published=PUBLISHED)
    assert "HE" not in {actor.name for actor in extract(document, registry).actors}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a state's office names its holder when the article named them with that title
        (
            "Armenian Foreign Minister Ararat Mirzoyan met the EU envoy in Yerevan. Armenia's "
            "foreign minister told reporters that the talks were useful.",
            "Ararat Mirzoyan",
        ),
        (
            "BOGOTÁ (Andes Wire) - Colombian Defence Minister Pedro Sánchez met ELN "
            "negotiators in Caracas. Colombia's defence minister later said the army would "
            "hold fire in Arauca.",
            "Pedro Sánchez",
        ),
        # with no holder named, the office still speaks for its state
        ("Hamas rejected the truce. Egypt's president said talks would go on.", "Egypt"),
    ],
)
def test_a_states_office_after_its_named_holder_is_that_person(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an apposition that names the holder after a tenure word and a demonym
        (
            "The AU envoy, former Nigerian president Olusegun Obasanjo, said the review would "
            "consider a larger monitoring team.",
            "Olusegun Obasanjo",
        ),
        (
            "The IGAD mediator, veteran Kenyan diplomat Amina Wekesa, told reporters the "
            "Juba talks would resume on Monday.",
            "Amina Wekesa",
        ),
        (
            "Mali's negotiator, acting foreign minister Issa Maiga, said the junta was ready "
            "to talk.",
            "Issa Maiga",
        ),
        # an apposition opened by a possessive: "X, his counterpart, said"
        (
            'Ezzeldin Karrar, his RSF counterpart, accused the army of "hunting for excuses '
            'at every turn".',
            "Ezzeldin Karrar",
        ),
        (
            "Lucía Restrepo, her deputy in the ELN delegation, said the guerrillas would "
            "free the hostages on Friday.",
            "Lucía Restrepo",
        ),
    ],
)
def test_a_name_set_off_by_a_role_apposition_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a body opening its sentence before an aside that has commas of its own
        (
            "The Houthis, whose fighters hold the hills around Taiz, opposite the port, said "
            "on Tuesday that they would not attend.",
            "Houthis",
        ),
        (
            "The Rapid Support Forces, the paramilitary led by a former militia chief, better "
            "known by his nickname, said they had accepted the plan.",
            "Rapid Support Forces",
        ),
        (
            "The M23, which holds Goma, Bukavu and Uvira, told reporters it would send a "
            "delegation to Doha.",
            "M23",
        ),
    ],
)
def test_a_body_before_an_aside_with_commas_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def test_an_aside_after_a_place_gives_no_subject(registry):
    text = (
        "In Goma, where fighters hold the hills, opposite the lake, residents said food was short."
    )
    assert [s[0] for s in statements(text, registry)] == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a rank shortened without full stops after a title: the last title introduces the name
        (
            "Army spokesman Brig Gen Osman Karrar said the armed forces accept the truce.",
            "Osman Karrar",
        ),
        (
            "Rebel spokesman Lt Col Amadou Diallo said the FLA would not attend the talks.",
            "Amadou Diallo",
        ),
    ],
)
def test_a_rank_after_a_title_is_no_part_of_the_name(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a lede's trailing "…, mediators said" is the mediators the story names next
        (
            "ADDIS ABABA (Wire) — Ethiopia and Eritrea agreed overnight to pull troops back "
            "from the border, mediators said Friday. The talks in Jeddah were hosted by Saudi "
            "Arabia and co-mediated by Qatar.",
            ["Saudi Arabia", "Qatar"],
        ),
        (
            "CARACAS (Andes Wire) — Colombia and the ELN agreed to extend the truce, mediators "
            "said on Sunday, after talks hosted by Venezuela and Norway.",
            ["Venezuela", "Norway"],
        ),
    ],
)
def test_a_ledes_mediators_are_the_ones_named_next(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


def test_bare_mediators_opening_a_sentence_stay_vague(registry):
    text = "Mediators said the two delegations would return to Doha on Monday."
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a joint statement with its authors named speaks for them, not for the sides
        (
            "Delegations of the army and the RSF met in Jeddah. According to a joint statement "
            "issued by Saudi Arabia and the United States, the facilitators presented both "
            "delegations with a truce proposal.",
            ["Saudi Arabia", "United States"],
        ),
        (
            "Armenia and Azerbaijan met in Abu Dhabi. A joint communique released by Qatar "
            "and Turkey said the sides would meet again in May.",
            ["Qatar", "Turkey"],
        ),
        # with no authors named, a joint statement is the sides'
        (
            "Armenia and Azerbaijan met in Abu Dhabi. According to a joint statement, the "
            "sides agreed to open the border.",
            ["Armenia", "Azerbaijan"],
        ),
    ],
)
def test_a_joint_statement_speaks_for_its_named_authors(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a registered person's bare surname after the full name, even where the surname
        # also opens another registered name
        (
            "European Council President Antonio Costa met Aliyev in Baku. Costa said the EU "
            "would fund demining along the border.",
            "Antonio Costa",
        ),
        (
            "Defence Minister Khawaja Asif led the delegation to Doha. Asif said Islamabad "
            "expected Kabul to act against the militants.",
            "Khawaja Asif",
        ),
    ],
)
def test_a_bare_surname_after_the_full_name_is_that_person(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)][-1] == speaker


@pytest.mark.parametrize(
    "text, speakers",
    [
        # state-agency style: an honorific before a string of titles is their holder
        (
            "Doha, 12 May (Agency) - Prime Minister Mohammed Al Thani met the Sahel "
            "delegations. HE the Prime Minister and Minister of Foreign Affairs affirmed that "
            "Qatar will continue its efforts.",
            ["Mohammed bin Abdulrahman Al Thani"],
        ),
        # an honorific before a name: the person named, not the one named before
        (
            "Muscat, 3 March (Agency) - Foreign Minister Badr Albusaidi received the Houthi "
            "negotiator. His Highness Sayyid Tariq Al Said affirmed the Sultanate's keenness "
            "to host the talks.",
            ["Tariq Al Said"],
        ),
    ],
)
def test_an_honorific_before_titles_is_their_holder(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Yemen's internationally recognised government on Tuesday rejected the roadmap, "
            "saying it would reward the Houthis, while the Houthis said they were ready to sign.",
            {"Yemen", "Houthis"},
        ),
        (
            "Azerbaijan's foreign ministry dismissed the draft, saying it ignored the border "
            "commission, even as Armenia said the text was final.",
            {"Azerbaijan", "Armenia"},
        ),
        (
            "Myanmar's military government turned down the offer, saying the rebels had broken "
            "every truce, but the Arakan Army said it would keep its word.",
            {"Myanmar", "Arakan Army"},
        ),
    ],
)
def test_a_participle_speaks_for_its_owner_beside_a_later_speaker(registry, text, expected):
    assert {speaker for speaker, _, _ in statements(text, registry)} == expected


# Collective and descriptive subjects: a body's name set off after a noun of its kind, the
# side a go-between comes from, a bare list of sides after a plural noun for them, and an
# alliance or coalition of armed groups called by its head noun.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The regional bloc, SADC, said it had not been informed.", {"SADC"}),
        ("The armed group, the Houthis, said it would attend the Muscat round.", {"Houthis"}),
        ("The mediators from Georgia said they would provide a venue.", {"Georgia"}),
        ("Officials from Kosovo said the crossing would reopen on Monday.", {"Kosovo"}),
        (
            "The guarantor countries — Norway, Cuba and Venezuela — said they were prepared to "
            "verify any truce.",
            {"Norway", "Cuba", "Venezuela"},
        ),
        ("The mediators, Qatar and Egypt, said the truce held overnight.", {"Qatar", "Egypt"}),
    ],
)
def test_a_collective_or_described_subject_names_its_sides(registry, text, expected):
    assert {speaker for speaker, _, _ in statements(text, registry)} == expected


def test_an_alliance_of_armed_groups_is_called_the_alliance(registry):
    text = (
        "The Three Brotherhood Alliance said on Monday it was ready. In a statement, the "
        "alliance said it would halt its offensive on Lashio."
    )
    assert [speaker for speaker, _, _ in statements(text, registry)] == [
        "Three Brotherhood Alliance",
        "Three Brotherhood Alliance",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a feature brings a civilian in by what she does; "she" in a later sentence takes her up
        pytest.param(
            "TNLA spokesman Lway Yay Oo said the truce would hold. In Lashio, the market has "
            "reopened. Khin Myo Aye has run a clinic near the bus station for six years. When "
            'the truce was announced, she kept the shutters down. "We have seen truces '
            'before," she said.',
            ["Lway Yay Oo", "Khin Myo Aye"],
            id="civilian-taken-up-by-she",
        ),
        # "she" in the name's own sentence may be the one it acts on: an outlet is no person
        pytest.param(
            "Frontline Monitor spoke to her in Bangui before she briefed the council. The "
            "envoy said the ceasefire was holding.",
            [],
            id="pronoun-in-the-names-own-sentence",
        ),
    ],
)
def test_a_name_a_later_pronoun_takes_up_is_a_person(text, expected, registry):
    assert [speaker for speaker, _, _ in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place after "in" or "at" before a relative clause is not the one who speaks
        "A farmer in Kyauk Me, who asked not to be named, said the shelling had stopped.",
        "A nurse at Bar Elias, who did not give her name, said the clinic had reopened.",
    ],
)
def test_a_place_a_preposition_governs_is_no_speaker(text, registry):
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Kosovo and Serbia each said on Tuesday that they would not attend the Brussels "
            "meeting.",
            ["Kosovo", "Serbia"],
        ),
        (
            "YEREVAN (Wire) - Armenia and Azerbaijan each accused the other of shelling border "
            "villages overnight.",
            ["Armenia", "Azerbaijan"],
        ),
    ],
)
def test_a_quantifier_floated_after_joint_subjects_gives_each_a_statement(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'The Houthis said the exchange would take place on Thursday. "We are ready," the '
            "movement's spokesman said.",
            "Houthis",
        ),
        (
            "The RSF said on Sunday that it accepted the truce. The paramilitary group's "
            "spokesman added that its fighters would leave El Fasher.",
            "Rapid Support Forces",
        ),
    ],
)
def test_an_organ_of_a_described_group_speaks_for_the_group(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker, speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Aliyev is insisting that Armenia change its constitution first.", "Ilham Aliyev"),
        (
            "SANAA (Agency) - The Houthis are demanding that public-sector salaries be paid "
            "before any prisoner exchange.",
            "Houthis",
        ),
        (
            "Live: Pashinyan has been urging Baku to sign the initialled treaty this year.",
            "Nikol Pashinyan",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="an -ing form after 'be' is progressive, not passive ('is insisting'); reading it so "
    "was measured to cost a held-out set statements (0.902 -> 0.897): a progressive speech "
    "verb often tells of a campaign under way ('Qatar is urging both sides') that annotators "
    "do not count as a statement, and telling the two apart needs more than the verb's form",
)
def test_a_progressive_speech_verb_is_no_passive(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "ADDIS ABABA (Agency) - The African Union, along with IGAD, said the Sudan talks "
            "would resume in Addis Ababa next month.",
            ["African Union", "IGAD"],
        ),
        (
            "Qatar, together with Egypt, said on Sunday that the Gaza talks would resume.",
            ["Qatar", "Egypt"],
        ),
        (
            "Analysis: Egypt as well as Qatar said the crossings would reopen for aid.",
            ["Egypt", "Qatar"],
        ),
    ],
)
def test_a_comitative_phrase_joins_a_co_speaker(registry, text, speakers):
    assert [s[0] for s in statements(text, registry)] == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The truce was confirmed on Saturday, after a night of shelling around Taiz, by "
            "the Houthis.",
            "Houthis",
        ),
        (
            "ADDIS ABABA - The pullback was announced late on Friday, after a four-hour "
            "cabinet session, by government spokesman Legesse Tulu.",
            "Legesse Tulu",
        ),
    ],
)
def test_a_passive_agent_after_an_aside_speaks(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


def test_a_by_phrase_in_a_later_clause_is_no_agent(registry):
    text = "The truce was announced on Friday, and the shelling stopped by Sunday."
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an apposition after the name gives the office a later "the <body> envoy" refers to
        (
            "The minister received Ms. Hanna Lindqvist, EU Special Representative for the Horn "
            "of Africa, on Monday. The EU envoy stressed that both sides must respect the truce.",
            "Hanna Lindqvist",
        ),
        (
            "Mr. Carlos Ruiz Massieu, UN Special Representative for Colombia, met the ELN "
            "delegation. The UN envoy said the talks would resume in March.",
            "Carlos Ruiz Massieu",
        ),
    ],
)
def test_a_body_envoy_is_the_person_an_apposition_titled(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an aspect adverb between an auxiliary and the verb
        (
            "Prime Minister Ali Lamine Zeine spoke in October. He has since insisted that "
            "Niger would pursue talks with the juntas.",
            "Ali Lamine Zeine",
        ),
        # a name the registry lacks, found before its verb across auxiliaries and adverbs
        ("Isaias Afwerki has repeatedly warned that Ethiopia wants a port.", "Isaias Afwerki"),
        (
            "Kalkidan Tesfaye Alemu has also said that Ethiopia accepts the pause.",
            "Kalkidan Tesfaye Alemu",
        ),
    ],
)
def test_adverbs_between_subject_and_speech_verb(registry, text, speaker):
    assert speaker in [s[0] for s in statements(text, registry)]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a joint text's authors are the subject of the verb that issued it, however long
        # the list, not the pair of sides named before
        (
            "Congo and Rwanda met in Doha. The United States, Saudi Arabia, Egypt and the "
            "United Arab Emirates issued a joint statement calling for a humanitarian truce.",
            ["United States", "Saudi Arabia", "Egypt", "United Arab Emirates"],
        ),
        (
            "Colombia and the ELN met in Caracas. Norway, Cuba and Venezuela released a joint "
            "communique urging both sides to resume the talks.",
            ["Norway", "Cuba", "Venezuela"],
        ),
        # a group the registry lacks, its members listed in an aside between dashes
        (
            "Congo and Rwanda met in Doha. The Troika - the United States, Saudi Arabia, Egypt "
            "and the United Arab Emirates - said the truce must hold.",
            ["United States", "Saudi Arabia", "Egypt", "United Arab Emirates"],
        ),
    ],
)
def test_a_joint_texts_issuers_and_a_groups_listed_members_speak(registry, text, speakers):
    found = [s[0] for s in statements(text, registry) if s[1].startswith(("The", "Norway"))]
    assert found == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a body's descriptive noun, past a plain modifier or before the place it sits in,
        # is the body's; the place says nothing
        ("The UN mission in Libya said it was alarmed by the fighting.", "United Nations"),
        ("The EU monitoring mission said the border had been calm overnight.", "European Union"),
        ("The African Union mission in Somalia said the base came under fire.", "African Union"),
        # a place the registry lacks, after the body's noun
        ("The UN mission in Hodeidah said the ceasefire line had been quiet.", "United Nations"),
        ("Egypt's embassy in Juba said the talks would resume on Monday.", "Egypt"),
    ],
)
def test_a_bodys_mission_speaks_for_the_body(registry, text, speaker):
    assert [s[0] for s in statements(text, registry)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb of rarity reports that little or nothing was said
        "Asmara has rarely commented on the border talks in public.",
        "Naypyitaw seldom speaks about the ceasefire with the Arakan Army.",
    ],
)
def test_a_speech_verb_after_an_adverb_of_rarity_reports_nothing(registry, text):
    assert statements(text, registry) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an anonymous source after a person the article gives no side speaks for nobody
        (
            "Foreign Secretary Yvette Cooper urged restraint. A senior source said the talks "
            "on Kosovo were stalled.",
            ["Yvette Cooper"],
        ),
        # after a person of a known side, the source is that side's
        (
            "Kenyan President William Ruto urged restraint. A senior source said the talks "
            "on the border were stalled.",
            ["William Ruto", "Kenya"],
        ),
    ],
)
def test_an_anonymous_source_is_no_person(registry, text, expected):
    assert [s[0] for s in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of emphasis with a side as its subject reports what the side said
        (
            "Armenian Foreign Minister Ararat Mirzoyan underscored the need for a treaty.",
            ["Ararat Mirzoyan"],
        ),
        (
            "Ms. Ines Varga, EU Special Representative for the South Caucasus, arrived in "
            "Baku. The EU envoy underlined the importance of the border commission.",
            ["Ines Varga"],
        ),
        # with an event as its subject it says what the event implies
        ("The visit underscored Washington's growing role in the talks.", []),
        ("The meeting in Doha underlined the importance of Qatar's mediation.", []),
    ],
)
def test_a_verb_of_emphasis_speaks_for_a_side_not_for_an_event(registry, text, expected):
    assert [s[0] for s in statements(text, registry)] == expected

"""The shared resolver: role nouns, descriptive nouns, "it" and "the <demonym> <office>"
(kind 5, anaphora), and unnamed organs such as "the government" and "his office" (kind 12)."""

from datetime import date

import pytest

from negotiations.extraction import Document, RegistryActor, extract

PUBLISHED = date(2025, 6, 3)

# People the seeds lack, introduced by articles from other conflicts.
EXTRA = (
    RegistryActor("Ramtane Lamamra", "person", "Personal Envoy", "United Nations", ("Lamamra",)),
    RegistryActor("Nabila Rahman", "person", "Foreign Ministry spokesperson", "Sudan", ()),
)


@pytest.fixture(scope="module")
def wider(registry):
    return registry.extended(EXTRA)


def speakers(text, registry):
    """The speakers of the last sentence, the one that refers back."""
    result = extract(Document(text=text, published=PUBLISHED), registry)
    last = max((s.evidence.start for s in result.statements), default=None)
    return [s.speaker for s in result.statements if s.evidence.start == last]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "UN envoy Ramtane Lamamra flew to Port Sudan on Monday. "
            "The envoy remarked that both armies had agreed to let aid through.",
            ["Ramtane Lamamra"],
            id="k5-the-envoy",
        ),
        pytest.param(
            "Nabila Rahman briefed journalists in Port Sudan. "
            "The spokesperson added that the talks in Jeddah would resume.",
            ["Nabila Rahman"],
            id="k5-the-spokesperson",
        ),
        pytest.param(
            "Olivier Nduhungirehe spoke to state radio in Kigali. "
            "The minister insisted that the Doha framework stood.",
            ["Olivier Nduhungirehe"],
            id="k5-the-minister-regional",
        ),
        pytest.param(
            "Prak Sokhonn and Maris Sangiampongsa met in Kuala Lumpur. "
            "The Thai foreign minister said the checkpoints would reopen.",
            ["Maris Sangiampongsa"],
            id="k5-the-demonym-office",
        ),
        pytest.param(
            "Hun Manet met Thai officials at the border. "
            "The Cambodian leader said talks would continue next week.",
            ["Hun Manet"],
            id="k5-the-demonym-leader-prime-minister",
        ),
        pytest.param(
            "Felix Tshisekedi arrived in Doha on Friday. "
            "The Congolese leader said the deal with Kigali would hold.",
            ["Felix Tshisekedi"],
            id="k5-the-demonym-leader-president",
        ),
        pytest.param(
            "M23 rejected the plan on Monday. "
            "The movement had insisted that Kinshasa negotiate with it directly.",
            ["M23"],
            id="k5-the-movement",
        ),
        pytest.param(
            "Mohamed Hamdan Dagalo visited Nyala on Sunday. "
            "The militia said it would honour the humanitarian truce.",
            ["Rapid Support Forces"],
            id="k5-the-militia-through-its-commander",
        ),
        pytest.param(
            "The Houthis fired no missiles on Sunday. "
            "The group said shipping in the Red Sea would be spared.",
            ["Houthis"],
            id="k5-the-group-wire",
        ),
        pytest.param(
            "The Rapid Support Forces issued a statement on Sunday. "
            "It further stated that the truce was over.",
            ["Rapid Support Forces"],
            id="k5-it-after-a-body",
        ),
        pytest.param(
            "The African Union said on Monday that monitors were ready. "
            "It further stated that the truce had to be extended.",
            ["African Union"],
            id="k5-it-further-stated",
        ),
        pytest.param(
            "Reports from Kinshasa described heavy fighting near Goma. "
            "The group said it would hold its positions.",
            [],
            id="k5-the-group-without-a-group-named",
        ),
        pytest.param(
            "Shehbaz Sharif landed in Riyadh on Sunday. The PM said the truce with India "
            "would hold.",
            ["Shehbaz Sharif"],
            id="k14-the-pm",
        ),
        pytest.param(
            "The African Union's peace commissioner, Bankole Adeoye, flew to Juba on Monday. "
            "The commissioner said both armies had agreed to a pause.",
            ["Bankole Adeoye"],
            id="k14-the-commissioner",
        ),
        pytest.param(
            "Grace Akello, the candidate of the opposition alliance, was more careful. A truce "
            "would be welcome, she told a radio station.",
            ["Grace Akello"],
            id="k14-she-after-described-person",
        ),
        # "His Excellency" after a person named before stands for that person
        pytest.param(
            "President Rashad al-Alimi said the talks were useful. However, His Excellency "
            "said the Government would not sign any roadmap.",
            ["Rashad al-Alimi"],
            id="k14-his-excellency",
        ),
        # a relative "who" after a comma stands for the role before it
        pytest.param(
            "The African Union's peace commissioner, Bankole Adeoye, flew to Juba on Monday. "
            "That puts him at odds with the commissioner, who told reporters that the talks "
            "would resume.",
            ["Bankole Adeoye"],
            id="k14-role-then-who-told",
        ),
        # a role with a field word before it ("the peace commissioner")
        pytest.param(
            "The AU's peace commissioner, Bankole Adeoye, flew to Juba on Monday. Talks "
            "resumed on Tuesday. The peace commissioner said both armies had agreed to a pause.",
            ["Bankole Adeoye"],
            id="k14-the-field-role",
        ),
        # a name governed by "with", past its title and demonym, is no antecedent of "he"
        pytest.param(
            "Nikol Pashinyan arrived in Abu Dhabi on Monday. Speaking after three hours of "
            "talks with Azerbaijani President Ilham Aliyev and Emirati officials, he said the "
            "border commissions would meet again.",
            ["Nikol Pashinyan"],
            id="k14-titled-name-after-with",
        ),
        pytest.param(
            "Ilham Aliyev flew to Ankara. After a dinner with Turkish ministers Hakan Fidan "
            "and Ibrahim Kalin, he told reporters the corridor would open in spring.",
            ["Ilham Aliyev"],
            id="k14-second-conjunct-after-with",
        ),
        # the tail of a list of mediators is no pair of sides
        pytest.param(
            "Serbia and Kosovo sent envoys to Brussels, where officials from France, Germany, "
            "Italy and the European Union waited. Both sides said the talks had been useful.",
            ["Serbia", "Kosovo"],
            id="k14-both-sides-not-a-list-tail",
        ),
        # "both sides" are the negotiation's sides, not the pair of observers named last
        pytest.param(
            "Armenian and Azerbaijani negotiators met in Abu Dhabi, hosted by the United Arab "
            "Emirates with Kazakhstan and Georgia sending observers. Both sides said the "
            "border commissions would meet again.",
            ["Armenia", "Azerbaijan"],
            id="k14-both-sides-are-the-negotiations",
        ),
        # a descriptive noun heading a name named before is that name, not the last group named
        pytest.param(
            "The Karen Peace Alliance called for a truce on Monday. The Arakan Army said it "
            "backed the talks. The Alliance said the talks had been useful.",
            ["Karen Peace Alliance"],
            id="i11m-the-alliance-is-the-name-it-heads",
        ),
        pytest.param(
            "The Karen Peace Alliance called for a truce on Monday. The Arakan Army said it "
            "backed the talks. The alliance said the talks had been useful.",
            ["Karen Peace Alliance"],
            id="i11m-the-alliance-lower-case",
        ),
        # a bare title is the holder who was the topic, not one a preposition governed
        pytest.param(
            "Prime Minister Edi Rama spoke by telephone this afternoon with Prime Minister "
            "Albin Kurti of Kosovo. The Prime Minister said the dialogue must resume.",
            ["Edi Rama"],
            id="i11m-title-not-the-one-spoken-with",
        ),
    ],
)
def test_anaphora(text, expected, wider):
    assert speakers(text, wider) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Sudan and the Rapid Support Forces resumed talks in Jeddah. "
            "The government said it welcomed the proposal for a truce.",
            ["Sudan"],
            id="k12-the-government-main-negotiation",
        ),
        pytest.param(
            "SANA'A (State news) - Yemen's delegation returned from Muscat. "
            "The government said the prisoner lists had been exchanged.",
            ["Yemen"],
            id="k12-the-government-last-state-named",
        ),
        pytest.param(
            "Hikmet Hajiyev briefed diplomats in Baku. The ministry said the peace text was final.",
            ["Azerbaijan"],
            id="k12-the-ministry-official-country",
        ),
        pytest.param(
            "Paul Kagame spoke in Kigali on Monday. "
            "His office said the president backed the Washington accord.",
            ["Paul Kagame"],
            id="k12-his-office-is-the-person",
        ),
        pytest.param(
            "Therese Kayikwamba Wagner landed in Washington. "
            "Her spokesman said no deal had been reached.",
            ["Therese Kayikwamba Wagner"],
            id="k12-her-spokesman",
        ),
        pytest.param(
            "KHARTOUM (SUNA) - Abdel Fattah al-Burhan addressed troops in Omdurman. "
            "His government said it would not accept foreign peacekeepers.",
            ["Sudan"],
            id="k12-his-government-is-his-state",
        ),
        pytest.param(
            "Azerbaijan said the talks with Armenia had stalled, and Azerbaijani officials "
            "said Azerbaijan would not sign. Baku accused Yerevan of delays.\n\n"
            "Armenia's foreign ministry said on Saturday that Yerevan was ready to resume "
            "talks. The ministry also said Azerbaijan had refused a meeting.",
            ["Armenia"],
            id="k14-the-ministry-continues-its-state",
        ),
    ],
)
def test_unnamed_organs(text, expected, wider):
    assert speakers(text, wider) == expected


def speakers_in(text, registry, opening):
    """The speakers of the sentence that opens with `opening`."""
    result = extract(Document(text=text, published=PUBLISHED), registry)
    return [s.speaker for s in result.statements if s.evidence.text.startswith(opening)]


# An armed organ after its owner's possessive or demonym is the owner speaking; "the army"
# alone opening a sentence is the army last named with its owner, and nobody's otherwise.
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "PORT SUDAN, March 3 (Meridian Wire) - Sudan's army said on Tuesday it would "
            "observe a week-long truce in El Obeid.",
            "PORT SUDAN",
            ["Sudan"],
            id="k12-wire-possessive-army",
        ),
        pytest.param(
            "Bogotá, 4 March (State Agency) - Colombia's armed forces said that the bilateral "
            "ceasefire with the ELN had been violated on two occasions in Arauca.",
            "Bogotá",
            ["Colombia"],
            id="k12-agency-possessive-armed-forces",
        ),
        pytest.param(
            "Myanmar's military said on Friday it would extend its unilateral truce in "
            "quake-hit areas until the end of the month.",
            "Myanmar's military",
            ["Myanmar"],
            id="k12-broadsheet-possessive-military",
        ),
        pytest.param(
            "14:20 GMT - The Malian armed forces said they had repelled an attack near Kidal.",
            "14:20 GMT",
            ["Mali"],
            id="k12-live-blog-demonym-armed-forces",
        ),
        pytest.param(
            "Armenia's national army said Azerbaijani units had opened fire near Jermuk.",
            "Armenia's national army",
            ["Armenia"],
            id="k12-possessive-modified-army",
        ),
        pytest.param(
            "Sudan's army said it had retaken Bara. The World Food Programme said convoys were "
            "stuck near El Fasher. The army said the roads were open.",
            "The army said",
            ["Sudan"],
            id="k12-the-army-named-before",
        ),
        pytest.param(
            "16:05 GMT - The Sudanese Armed Forces shelled RSF positions near Babanusa.\n\n"
            "16:40 GMT - The army says it accepts the truce if the RSF leaves the city.",
            "16:40 GMT",
            ["Sudan"],
            id="k12-live-blog-the-army-after-its-full-name",
        ),
        pytest.param(
            "The African Union said convoys were stuck near El Fasher. "
            "The army said the roads were open.",
            "The army said",
            [],
            id="k12-the-army-unnamed-is-nobody",
        ),
        # with no army named with its owner, "the army" is the one state among the war's sides
        pytest.param(
            "Mediators proposed a ten-day truce for El Fasher to Sudan and the Rapid Support "
            "Forces. The army said it would agree only if the RSF withdrew.",
            "The army said",
            ["Sudan"],
            id="k12-the-army-sole-state-side",
        ),
        pytest.param(
            "Israel and Hamas resumed talks in Cairo on a hostage deal. The army said it would "
            "not withdraw from the corridor until every hostage is freed.",
            "The army said",
            ["Israel"],
            id="k12-the-army-sole-state-side-gaza",
        ),
        pytest.param(
            "Sudan's army said it had retaken Bara. According to sources close to the "
            "delegation, the army said it would accept the truce if the RSF left the city.",
            "According to sources",
            ["Sudan"],
            id="k12-the-army-after-a-prepositional-lead-in",
        ),
        # two states at war: "the army" alone names neither
        pytest.param(
            "Armenia and Azerbaijan resumed talks on a peace treaty. The army said it would not "
            "withdraw from the border villages until the treaty is signed.",
            "The army said",
            [],
            id="k12-the-army-two-state-sides-nobody",
        ),
        # an organ heading a participle aside speaks itself, not the aside's agent
        pytest.param(
            "Myanmar's military and the Arakan Army sent delegations to Kunming. The military, "
            "commanded by Senior General Min Aung Hlaing, said it would extend the truce.",
            "The military, commanded",
            ["Myanmar"],
            id="k12-broadsheet-army-commanded-by",
        ),
        pytest.param(
            "Sudan's army and the RSF sent delegations to Jeddah. The army delegation, led by "
            "Lieutenant General Ahmed Osman, said it would accept the truce only if the RSF "
            "withdrew.",
            "The army delegation",
            ["Sudan"],
            id="k12-army-delegation-led-by",
        ),
        # a body named with a demonym ("the Yemeni National Resistance Army") is no state's
        # organ
        pytest.param(
            "In Mokha, the Yemeni National Resistance Army said it would attend the talks.",
            "In Mokha",
            [],
            id="k12-a-named-army-is-no-state",
        ),
    ],
)
def test_armed_organs(text, opening, expected, wider):
    assert speakers_in(text, wider, opening) == expected


# "The mediators said" are the mediators the article names, however it names them; none
# named, nobody speaks (never the previous speaker).
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "Qatari and Egyptian mediators handed Israel and Hamas a new draft in Doha on "
            "Monday. The mediators said the gaps had narrowed.",
            "The mediators said",
            ["Qatar", "Egypt"],
            id="k12-demonym-mediators",
        ),
        pytest.param(
            "The talks in Jeddah, mediated by Saudi Arabia and the United States, resumed on "
            "Monday. Sudan's army and the RSF sent delegations. The mediators said both sides "
            "had agreed to let aid through.",
            "The mediators said",
            ["Saudi Arabia", "United States"],
            id="k12-mediated-by",
        ),
        pytest.param(
            "The two delegations agreed to extend the truce after talks hosted by the Republic "
            "of Türkiye in Istanbul with joint mediation by the State of Qatar.\n"
            "In a joint statement, the mediators said the parties would meet again on 6 "
            "November.",
            "In a joint statement",
            ["Turkey", "Qatar"],
            id="k12-agency-hosted-and-mediation-by",
        ),
        pytest.param(
            "NAIROBI - Kenyan and Ethiopian mediators met both South Sudanese delegations on "
            "Monday. Hamas said nothing. The mediators said a draft would be circulated.",
            "The mediators said",
            ["Kenya", "Ethiopia"],
            id="k12-mediators-past-another-speaker",
        ),
        pytest.param(
            "Oman hosted the talks in Muscat, and Jordan co-mediated.\n\nThe two delegations "
            "agreed on prisoner lists which, according to the mediators' statement, will be "
            "exchanged within a month.",
            "The two delegations agreed",
            ["Oman", "Jordan"],
            id="k12-explainer-hosted-and-co-mediated-mediators-statement",
        ),
        pytest.param(
            "Egypt and Qatar brokered the truce in January. The mediators' statement said the "
            "second phase would start in March.",
            "The mediators' statement",
            ["Egypt", "Qatar"],
            id="k12-brokered-then-mediators-statement",
        ),
        pytest.param(
            "Kenya hosted both delegations in Nairobi. According to the mediators, a draft "
            "would be ready by Friday.",
            "According to the mediators",
            ["Kenya"],
            id="k12-according-to-the-mediators",
        ),
        pytest.param(
            "Armenia said the border talks had stalled. "
            "The mediators said a new round was possible.",
            "The mediators said",
            [],
            id="k12-mediators-unnamed-is-nobody",
        ),
    ],
)
def test_named_mediators(text, opening, expected, wider):
    assert speakers_in(text, wider, opening) == expected


# "The government" is the government named last, not a foreign speaker's in between, nor a
# go-between's; "his office" and "her spokesman" are the person's.
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "ADEN (Meridian Wire) - Yemen's government and the Houthis met in Muscat under UN "
            "auspices. The US envoy welcomed the talks. The government said the first flights "
            "would leave on Sunday.",
            "The government said",
            ["Yemen"],
            id="k12-wire-government-past-a-foreign-envoy",
        ),
        pytest.param(
            "Sudan's army chief, Abdel Fattah al-Burhan, rejected the plan drafted by the United "
            "States and Saudi Arabia. Washington urged him to reconsider. "
            "The government said it would talk only after the RSF left the cities.",
            "The government said",
            ["Sudan"],
            id="k12-broadsheet-government-after-its-army",
        ),
        pytest.param(
            "MANILA - The Philippine government and the MILF met in Kuala Lumpur, in talks "
            "facilitated by the Malaysian government. The government said decommissioning "
            "would resume in March.",
            "The government said",
            ["Philippines"],
            id="k12-government-not-the-facilitators",
        ),
        # a story of a war the registry follows no talks for, touching another's place: the
        # state it names most is the government, not the other talks' side named once
        pytest.param(
            "Ethiopian officials met Tigrayan leaders in Mekelle on Monday, and Ethiopia again "
            "pressed for access to the Red Sea. The federal government said the talks would "
            "resume in June. A US envoy is expected in the region next week.",
            "The federal government said",
            ["Ethiopia"],
            id="k12-magazine-own-state-over-a-touched-negotiation",
        ),
        pytest.param(
            "Yemeni ministers met the Saudi ambassador on Sunday, and Yemen's prime minister "
            "thanked the kingdom. The Government said it would not sign the roadmap while ships "
            "were attacked in the Gulf of Aden. Washington has sanctioned Houthi commanders.",
            "The Government said",
            ["Yemen"],
            id="k12-gulf-daily-capitalised-government-of-the-story",
        ),
        # an official name the registry lacks speaks as "the ministry" would, on firm signs
        # only: here the dateline, which also breaks a tie between two sides named as often
        pytest.param(
            "PHNOM PENH, Dec 6 (State Agency) - The Ministry of Foreign Affairs and "
            "International Cooperation said on Saturday that Cambodia was ready to resume talks "
            "with Thailand. The ministry also said the border crossings had been closed.",
            "PHNOM PENH",
            ["Cambodia"],
            id="k12-agency-official-name-from-the-dateline",
        ),
        pytest.param(
            "Sudan's army-led government sent a delegation to Jeddah. The Ministry of Foreign "
            "Affairs said the delegation would stay for a week.",
            "The Ministry of Foreign Affairs",
            ["Sudan"],
            id="k12-official-name-after-its-government",
        ),
        pytest.param(
            "Prak Sokhonn met the Thai ambassador on Friday. The Ministry of Foreign Affairs "
            "said the border would reopen.",
            "The Ministry of Foreign Affairs",
            [],
            id="k12-official-name-without-a-firm-sign-is-nobody",
        ),
        pytest.param(
            "PHNOM PENH, Dec 6 (State Agency) - Thai and Cambodian officials met at the border "
            "on Friday. The ministry said the crossings would reopen on Monday.",
            "The ministry said",
            ["Cambodia"],
            id="k12-agency-the-ministry-tie-broken-by-the-dateline",
        ),
        # a place before the comma owns no organ after it, and vague officials speak for no
        # state of their own
        pytest.param(
            "ADEN (Meridian Wire) - Yemen's government and the Houthis met in Muscat. The US "
            "envoy welcomed the talks. The next round will be held in Amman, officials said.",
            "The next round",
            [],
            id="k12-wire-officials-after-a-place",
        ),
        # No government named as such: the side whose capital the dateline names, when it
        # is a side of the story's negotiation; a host's dateline names none
        pytest.param(
            "KHARTOUM (Meridian Wire) - The RSF shelled El Fasher overnight. Washington called "
            "for restraint. The government said the attack violated the truce.",
            "The government said",
            ["Sudan"],
            id="k12-wire-government-of-the-dateline-side",
        ),
        pytest.param(
            "DOHA (Meridian Wire) - Israel and Hamas negotiators met Qatari mediators on "
            "Monday. The government said it would send a delegation again next week.",
            "The government said",
            ["Israel"],
            id="k12-wire-host-dateline-is-no-side",
        ),
        pytest.param(
            "Burhan met Massad Boulos in Port Sudan. Boulos said Washington backed the truce. "
            "The government said it would study the plan.",
            "The government said",
            ["Sudan"],
            # a go-between's speech before it is no guide: a side of the talks is meant
            id="k12-government-after-a-foreign-speaker",
        ),
        pytest.param(
            "President Gustavo Petro addressed troops in Cali on Monday, a day after the ELN "
            "attack. His office said the ceasefire would not be extended.",
            "His office said",
            ["Gustavo Petro"],
            id="k12-broadsheet-his-office",
        ),
        pytest.param(
            "17:05 - Kaja Kallas met Kosovo's Albin Kurti in Brussels. Her spokesman said the "
            "dialogue would resume in May.",
            "Her spokesman said",
            ["Kaja Kallas"],
            id="k12-live-blog-her-spokesman",
        ),
    ],
)
def test_the_government_and_personal_organs(text, opening, expected, wider):
    assert speakers_in(text, wider, opening) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "they" in a clause subordinate to one whose subject is a body is that body, not
        # the speaker of the sentence before
        (
            "Sudan accuses the RSF of looting. The RSF accepted the truce without conditions, "
            "though they deny any looting in Kadugli.",
            "Rapid Support Forces",
        ),
        (
            "Armenia accuses Baku of shelling border villages. Azerbaijan agreed to the "
            "monitors, although it denies any shelling near Jermuk.",
            "Azerbaijan",
        ),
    ],
)
def test_a_pronoun_in_a_subordinate_clause_is_the_body_opening_the_sentence(
    registry, text, speaker
):
    document = Document(text=text, published=date(2025, 3, 3))
    assert [s.speaker for s in extract(document, registry).statements][-1] == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office named by a phrase is the person last named holding it
        pytest.param(
            "Azerbaijani President Ilham Aliyev received the US envoy in Baku on Monday. The "
            "head of state noted with satisfaction that the agreement had opened a new page.",
            ["Ilham Aliyev"],
            id="head-of-state",
        ),
        pytest.param(
            "Kosovo Prime Minister Albin Kurti met Serbian Foreign Minister Marko Djuric in "
            "Brussels. The top diplomat said the dialogue had to continue.",
            ["Marko Djuric"],
            id="top-diplomat",
        ),
        # a formal office with its field is the holder whose title shares the field word
        pytest.param(
            "Ethiopian Foreign Minister Gedion Timothewos and Defence Minister Aisha Mohammed "
            "met the TPLF delegation. The Minister of National Defence said after the meeting "
            "that the troops would stay.",
            ["Aisha Mohammed"],
            id="minister-of-field",
        ),
        # or the person an apposition gave that office to, before another holder of the kind
        pytest.param(
            "The delegation was led by Mohammad Yaqoob, the Minister of National Defence.\n"
            "Pakistan was led by Defence Minister Khawaja Asif.\n"
            "The Minister of National Defence said after the meeting that the truce would hold.",
            ["Mohammad Yaqoob"],
            id="office-given-by-apposition",
        ),
        # the head of a body or a force
        pytest.param(
            "UN Secretary-General Antonio Guterres met the Sudanese delegation. The UN chief "
            "said the truce had to be extended.",
            ["Antonio Guterres"],
            id="un-chief",
        ),
        pytest.param(
            "Sudanese army chief Abdel Fattah al-Burhan met Saudi officials. The army chief said "
            "there would be no negotiation with the RSF.",
            ["Abdel Fattah al-Burhan"],
            id="army-chief",
        ),
        # a guest named by side is the last person of that side acting in the story, not
        # one whose greetings are passed on or whose name a thing bears
        pytest.param(
            "Azerbaijani President Ilham Aliyev received US envoy Thomas Landau in Baku. Landau "
            "conveyed the greetings of President Donald Trump and praised the Trump Route. The "
            "American guest said that Washington is ready to begin work on the route.",
            ["Thomas Landau", "Thomas Landau"],
            id="american-guest",
        ),
        # a capitalised title or honorific after "the" is the person it stood before
        pytest.param(
            "In Marib, a tribal mediation led by Sheikh Abdulrahman al-Sharif opened the road "
            "for two days, the Sheikh told the paper. He said both sides had agreed to his "
            "proposal.",
            ["Abdulrahman al-Sharif", "Abdulrahman al-Sharif"],
            id="the-sheikh",
        ),
        # "the <demonym> minister" is the person whose own formal title named that side
        pytest.param(
            "The Minister of Foreign Affairs of the United Arab Emirates Sheikh Abdullah bin "
            "Zayed Al Nahyan received both ministers. The Emirati minister expressed "
            "satisfaction with the dialogue.",
            ["Abdullah bin Zayed Al Nahyan"],
            id="demonym-minister-by-formal-title",
        ),
        # an honorific before an office with its adjective is that office's holder
        pytest.param(
            "His Excellency Mr Hans Grundberg, the Special Envoy of the Secretary-General, met "
            "Omani officials.\nHis Excellency the Special Envoy, for his part, expressed his "
            "deep appreciation for the role of Oman.",
            ["Hans Grundberg"],
            id="his-excellency-the-special-envoy",
        ),
        # an honorific qualified before its noun is a pronoun too
        pytest.param(
            "Saudi Defence Minister Prince Khalid bin Salman received the UN envoy in Riyadh. "
            "His Royal Highness reaffirmed the Kingdom's support for the roadmap.",
            ["Khalid bin Salman"],
            id="his-royal-highness",
        ),
    ],
)
def test_an_office_named_in_words_is_its_holder(text, expected, registry):
    result = extract(Document(text=text, published=date(2026, 2, 9)), registry)
    assert [s.speaker for s in result.statements] == expected


def test_a_capitalised_rank_is_its_holder_named_far_before(registry):
    filler = "Traders in the border towns reported long queues at the crossings. " * 60
    text = (
        "Senior General Min Aung Hlaing received the Chinese envoy in Naypyitaw.\n"
        + filler
        + "\nLieutenant-General Yar Pyae, who led the delegation, told reporters the talks "
        "had gone well.\n"
        "The Senior General said that the invitation to the KIO had not been answered."
    )
    result = extract(Document(text=text, published=date(2026, 2, 9)), registry)
    assert [s.speaker for s in result.statements][-2:] == ["Yar Pyae", "Min Aung Hlaing"]


# A lede may describe a side by its state and a descriptive noun before the story names it:
# the side of that kind named in the next sentences speaks.
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "SITTWE (Delta Wire) — Myanmar's main armed group said on Tuesday it would join the "
            "talks in Kunming. Commanders of the Arakan Army have held the port since March.",
            "SITTWE",
            ["Arakan Army"],
            id="wire-lede-armed-group-named-next",
        ),
        pytest.param(
            "BOGOTÁ — Colombia's last guerrilla movement said it would attend the Havana round. "
            '"We come in good faith," ELN commander Pablo Beltrán told reporters.',
            "BOGOTÁ",
            ["ELN"],
            id="daily-lede-movement-named-through-its-commander",
        ),
    ],
)
def test_a_lede_description_is_the_side_named_next(text, opening, expected, wider):
    assert speakers_in(text, wider, opening) == expected


# "Both delegations" after a sentence that itself pairs one side of the talks with another
# actor is that pair, not the negotiation's registered sides.
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "ADEN (Gulf Wire) — Yemen's government and the Houthi movement agreed to swap 900 "
            "detainees after talks in Muscat, officials from both delegations said. A US envoy "
            "welcomed the deal and said Washington would keep up its strikes on the Red Sea coast.",
            "ADEN",
            ["Yemen", "Houthis"],
            id="wire-lede-pair-of-the-sentence",
        ),
        pytest.param(
            "Chad and the RSF agreed on Sunday to reopen the Adré crossing, both sides said. "
            "Sudan's army said it had not been consulted.",
            "Chad and the RSF",
            ["Chad", "Rapid Support Forces"],
            id="daily-pair-with-a-neighbour",
        ),
    ],
)
def test_both_sides_after_a_pair_in_the_sentence(text, opening, expected, wider):
    assert sorted(speakers_in(text, wider, opening)) == sorted(expected)


def test_a_pronoun_in_the_next_sentence_tells_a_persons_gender(registry):
    # "She" right after Khin Myo Aye's sentence makes her a woman, so "he" is the commander
    text = (
        "TNLA commander Tar Aik Bong said the truce would hold until April. Khin Myo Aye "
        "has run a clinic near the bus station for six years. She kept the shutters down "
        'this week. "Nobody will move before the rains," he said.'
    )
    assert speakers(text, registry) == ["Tar Aik Bong"]


@pytest.mark.parametrize(
    "text",
    [
        # a person brought in unnamed is whom "he" means; no one named earlier speaks
        (
            "Serbian negotiator Petar Petkovic said the talks would resume in Brussels. In "
            "Zvecan, the mood is grim. Her neighbour, an older man who would not give his "
            'name, shook his head. "We have heard many promises," he said.'
        ),
        (
            "Houthi negotiator Mohammed Abdulsalam said the truce would hold. A farmer near "
            'Hodeidah, who asked not to be named, was less sure. "The fields stay empty," he '
            "said."
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_is_not_an_earlier_speakers(text, registry):
    result = extract(Document(text=text, published=PUBLISHED), registry)
    assert [s.speaker for s in result.statements if s.evidence.text.startswith('"')] == []

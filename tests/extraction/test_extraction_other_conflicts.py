"""Invented wire reports about conflicts outside the dev set: the pipeline must generalise.

Each article is written for this test (names are real office holders, sentences are not);
the tables list what a careful editor would record from it.
"""

from datetime import date
from functools import cache

import pytest

from negotiations.extraction import Document, default_registry, extract

GAZA = (
    "DOHA, Jan 14 (Reuters) - Israel and Hamas have agreed in principle to a "
    "six-week ceasefire and hostage release deal, Qatari Prime Minister Sheikh "
    "Mohammed bin Abdulrahman Al Thani said on Tuesday.\n\n"
    "Qatar and Egypt presented a draft of the three-phase agreement to both sides "
    "on Monday after marathon talks in Doha. Under the proposal, Hamas would free "
    "33 hostages in the first phase in exchange for hundreds of Palestinian "
    "prisoners held by Israel.\n\n"
    '"We are closer than we have ever been to a deal that ends this war," Al '
    'Thani told reporters. "The coming hours are decisive."\n\n'
    "Hamas said in a statement that it had responded positively to the draft, but "
    "insisted that Israel must commit to a full withdrawal from Gaza. Senior "
    "Hamas official Basem Naim said the movement would not give up its weapons.\n\n"
    "Israeli Prime Minister Benjamin Netanyahu's office said the security cabinet "
    "would meet on Thursday to vote on the agreement. Far-right Finance Minister "
    "Bezalel Smotrich rejected the deal, calling it a surrender to terrorism.\n\n"
    "U.S. envoy Steve Witkoff met Netanyahu in Jerusalem on Saturday to press for "
    "the agreement. He said Washington expected both sides to sign within days.\n\n"
    "Egyptian Foreign Minister Badr Abdelatty will travel to Doha on Wednesday "
    "for talks with Al Thani and Witkoff, Egypt's foreign ministry said."
)
INDOPAK = (
    "NEW DELHI, May 10 (AP) - India and Pakistan agreed on Saturday to a full "
    "ceasefire on land, in the air and at sea, ending four days of cross-border "
    "strikes, Indian Foreign Secretary Vikram Misri said.\n\n"
    '"The Director General of Military Operations of Pakistan called the Indian '
    'DGMO at 15:35 hours this afternoon," Misri told a news briefing in New '
    'Delhi. "It was agreed between them that both sides would stop all firing and '
    'military action."\n\n'
    "He said the two military officers would speak again on Monday at 12:00 "
    "hours.\n\n"
    "Pakistan's Foreign Minister Ishaq Dar confirmed the understanding in a post "
    "on X. Pakistan has always strived for peace and security in the region "
    "without compromising on its sovereignty, Dar wrote.\n\n"
    "Prime Minister Shehbaz Sharif welcomed the ceasefire and thanked the United "
    'States for its role. "We appreciate President Trump\'s leadership," Sharif '
    "said.\n\n"
    "Indian officials, however, rejected any third-party mediation on Kashmir, "
    "saying the matter could only be discussed bilaterally. India will not accept "
    "mediation on Kashmir, a senior government official said.\n\n"
    "Hours after the announcement, India accused Pakistan of violating the "
    "ceasefire with drone incursions in Jammu. Islamabad denied the charge."
)
ARMAZ = (
    "WASHINGTON, Aug 9 (Reuters) - Armenia and Azerbaijan initialled the text of "
    "a peace treaty at the White House on Friday, ending nearly four decades of "
    "conflict over the Karabakh region.\n\n"
    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
    "Aliyev signed a joint declaration with U.S. President Donald Trump after a "
    "trilateral meeting in the Oval Office. The declaration commits both "
    "countries to open transport routes and to renounce territorial claims "
    "against each other.\n\n"
    '"Today we are laying the foundation for lasting peace in the South '
    'Caucasus," Aliyev said.\n\n'
    'Pashinyan called the agreement a milestone. "We have turned a page," he '
    "said, adding that the treaty still needed to be signed and ratified.\n\n"
    "Azerbaijan has demanded that Armenia amend its constitution to drop what "
    "Baku sees as a claim on Azerbaijani territory before the treaty is signed. "
    "Armenia rejected the demand, Foreign Minister Ararat Mirzoyan said, but "
    "added that Yerevan was ready to discuss a new constitution after elections.\n\n"
    "The foreign ministers of the two countries, Mirzoyan and Jeyhun Bayramov, "
    "will meet in Abu Dhabi next month to prepare the signing, the Armenian "
    "foreign ministry said."
)
SUDAN = (
    "JEDDAH, May 12 (Reuters) - Representatives of Sudan's army and the "
    "paramilitary Rapid Support Forces resumed talks in Jeddah on Sunday under "
    "Saudi and U.S. mediation, seeking a humanitarian truce after weeks of "
    "fighting in Khartoum.\n\n"
    "Saudi Arabia and the United States have proposed a seven-day ceasefire to "
    "allow aid deliveries and the evacuation of civilians, a Saudi foreign "
    "ministry statement said.\n\n"
    "The RSF said it accepted the proposal and was committed to a humanitarian "
    "truce. Army chief Abdel Fattah al-Burhan said the army would agree to a "
    "truce only if the RSF withdrew from residential areas.\n\n"
    "\"We will not sign any agreement that allows the rebels to stay in people's "
    'homes," al-Burhan told Al Jazeera.\n\n'
    "The Sudanese army and the RSF signed a declaration of principles on "
    "Thursday, committing to protect civilians, but fighting continued in the "
    "capital.\n\n"
    "U.S. Secretary of State Marco Rubio spoke with Saudi Foreign Minister Prince "
    "Faisal bin Farhan by phone on Saturday about the talks, the State Department "
    "said.\n\n"
    "RSF leader Mohamed Hamdan Dagalo said in a speech that his forces supported "
    "a permanent ceasefire but would defend themselves if attacked."
)

ARTICLES = {
    "gaza": (GAZA, date(2025, 1, 14)),  # a Tuesday
    "indopak": (INDOPAK, date(2025, 5, 10)),  # a Saturday
    "armaz": (ARMAZ, date(2025, 8, 9)),  # a Saturday
    "sudan": (SUDAN, date(2025, 5, 12)),  # a Monday
}


@cache
def extracted(article):
    text, published = ARTICLES[article]
    return extract(Document(text=text, published=published), default_registry())


@pytest.mark.parametrize(
    "article, opening, speaker, mode",
    [
        ("gaza", "DOHA, Jan 14", "Mohammed bin Abdulrahman Al Thani", "indirect"),
        ("gaza", '"We are closer', "Mohammed bin Abdulrahman Al Thani", "direct"),
        ("gaza", '"The coming hours', "Mohammed bin Abdulrahman Al Thani", "direct"),
        ("gaza", "Senior Hamas official", "Basem Naim", "indirect"),
        ("gaza", "Israeli Prime Minister", "Israel", "indirect"),
        ("gaza", "He said Washington", "Steve Witkoff", "indirect"),
        ("gaza", "Egyptian Foreign Minister", "Egypt", "indirect"),
        ("indopak", '"It was agreed', "Vikram Misri", "direct"),
        ("indopak", "He said the two", "Vikram Misri", "indirect"),
        ("indopak", "Pakistan's Foreign Minister", "Ishaq Dar", "indirect"),
        ("indopak", "Pakistan has always", "Ishaq Dar", "indirect"),
        ("indopak", '"We appreciate', "Shehbaz Sharif", "direct"),
        ("indopak", "Islamabad denied", "Pakistan", "indirect"),
        ("armaz", '"Today we are', "Ilham Aliyev", "direct"),
        ("armaz", '"We have turned', "Nikol Pashinyan", "direct"),
        ("armaz", "Armenia rejected the demand", "Ararat Mirzoyan", "indirect"),
        ("armaz", "The foreign ministers", "Armenia", "indirect"),
        ("sudan", "Saudi Arabia and the United States", "Saudi Arabia", "indirect"),
        ("sudan", "The RSF said", "Rapid Support Forces", "indirect"),
        ("sudan", '"We will not sign', "Abdel Fattah al-Burhan", "direct"),
        ("sudan", "U.S. Secretary of State", "United States", "indirect"),
        ("sudan", "RSF leader", "Mohamed Hamdan Dagalo", "indirect"),
    ],
)
def test_speakers(article, opening, speaker, mode):
    found = {
        (s.speaker, s.mode)
        for s in extracted(article).statements
        if s.evidence.text.startswith(opening)
    }
    assert (speaker, mode) in found


@pytest.mark.parametrize(
    "article, kind, sides, when, status",
    [
        ("gaza", "meeting", {"Steve Witkoff", "Benjamin Netanyahu"}, date(2025, 1, 11), "held"),
        ("gaza", "talks", {"Badr Abdelatty", "Steve Witkoff"}, date(2025, 1, 15), "planned"),
        ("indopak", "call", {"India", "Pakistan"}, date(2025, 5, 10), "held"),
        # The initialling "at the White House on Friday" is that meeting, and dates it.
        (
            "armaz",
            "meeting",
            {"Nikol Pashinyan", "Ilham Aliyev", "Donald Trump"},
            date(2025, 8, 8),
            "held",
        ),
        ("armaz", "meeting", {"Ararat Mirzoyan", "Jeyhun Bayramov"}, None, "planned"),
        ("sudan", "talks", {"Sudan", "Rapid Support Forces"}, date(2025, 5, 11), "held"),
        ("sudan", "call", {"Marco Rubio", "Faisal bin Farhan"}, date(2025, 5, 10), "held"),
    ],
)
def test_meetings(article, kind, sides, when, status):
    found = [
        (m.date, m.status)
        for m in extracted(article).meetings
        if m.kind == kind and sides <= set(m.participants)
    ]
    assert found == [(when, status)]


@pytest.mark.parametrize(
    "article, title_word, proposers, responses",
    [
        # "agreed in principle" with no demand beside it is a yes (ANNOTATION: an answer).
        ("gaza", "six-week", {None}, {("Israel", "accepted"), ("Hamas", "accepted")}),
        ("gaza", "three-phase", {"Qatar", "Egypt"}, {("Bezalel Smotrich", "rejected")}),
        ("indopak", "ceasefire", {None}, {("India", "accepted"), ("Pakistan", "accepted")}),
        ("armaz", "peace treaty", None, {("Armenia", "accepted"), ("Azerbaijan", "accepted")}),
        (
            "armaz",
            "declaration",
            {None},
            {("Nikol Pashinyan", "accepted"), ("Ilham Aliyev", "accepted")},
        ),
        (
            "sudan",
            "seven-day",
            {"United States", "Saudi Arabia"},
            {("Rapid Support Forces", "accepted"), ("Abdel Fattah al-Burhan", "conditional")},
        ),
        (
            "sudan",
            "declaration",
            {None},
            {("Sudan", "accepted"), ("Rapid Support Forces", "accepted")},
        ),
    ],
)
def test_proposals(article, title_word, proposers, responses):
    (proposal,) = [p for p in extracted(article).proposals if title_word in p.title.lower()]
    assert proposers is None or proposal.proposed_by in proposers
    assert {(r.actor, r.response) for r in proposal.responses} >= responses


@pytest.mark.parametrize(
    "article, actor, stance, evidence",
    [
        ("gaza", "Bezalel Smotrich", "oppose", "Far-right Finance Minister"),
        ("indopak", "Shehbaz Sharif", "support", "Prime Minister Shehbaz Sharif welcomed"),
        ("sudan", "Abdel Fattah al-Burhan", "conditional", "Army chief"),
    ],
)
def test_positions(article, actor, stance, evidence):
    assert any(
        q.actor == actor and q.stance == stance and q.evidence.text.startswith(evidence)
        for q in extracted(article).positions
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # In war reporting "shot down" downs aircraft; it answers no proposal.
        ("Israel shot down two drones hours after the truce took effect.", set()),
        ("Sudan's army gave the green light to new air strikes after the truce.", set()),
        ("The Israeli cabinet greenlighted the hostage deal.", {("Israel", "accepted")}),
        ("Sudan rejected the cessation of hostilities.", {("Sudan", "rejected")}),
    ],
)
def test_answer_words(text, expected):
    found = extract(Document(text=text), default_registry()).proposals
    assert {(r.actor, r.response) for p in found for r in p.responses} == expected

"""Meetings and their participants in five more house styles (issue 11, extraction that
generalises): a wire with a dateline, a translated state agency readout, a live blog with
time stamps, a diplomatic calendar and a regional daily, in other conflicts than the sets
diagnosed. Each article was written for this test with its gold per ANNOTATION.md before the
extractor was run on it; rows no general rule reaches yet are strict xfails that say why.
"""

from datetime import date
from functools import cache

import pytest

from negotiations.extraction import Document, default_registry, extract
from negotiations.extraction.actors import discover_people, find_mentions, tokenize

WIRE_CAUCASUS = (
    "BAKU, Oct 14 (Meridian) - Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian "
    "counterpart Ararat Mirzoyan held talks in Almaty on Tuesday on the final text of the border "
    "delimitation protocol, the two ministries said.\n\n"
    "The ministers met for four hours at a government residence outside the city, with Kazakh "
    "Foreign Minister Murat Nurtleu hosting the opening session.\n\n"
    "The two sides agreed to meet again in Tbilisi on November 4 to review the work of the border "
    "commissions, according to a joint statement.\n\n"
    'Bayramov said progress had been "substantive" but that the question of Armenia\'s '
    'constitution remained open. Mirzoyan told reporters the sides had "never been closer".\n\n'
    "President Ilham Aliyev and Prime Minister Nikol Pashinyan are expected to meet on the "
    "sidelines of a European summit next month, a diplomatic source said.\n\n"
    "Separately, Aliyev spoke by phone with Russian President Vladimir Putin on Monday evening, "
    "the Azerbaijani presidential administration said, without giving details."
)
AGENCY_READOUT = (
    "ADDIS ABABA, 3 March (ENA) - Prime Minister Abiy Ahmed held a telephone conversation "
    "yesterday evening with President of Kenya William Ruto, during which the two leaders "
    "exchanged views on regional peace and the situation in Sudan.\n\n"
    "During the conversation, the two sides agreed to strengthen consultations on the "
    "implementation of the cessation of hostilities agreement.\n\n"
    "The Prime Minister also received at his office this morning the African Union High "
    "Representative for the Horn of Africa, Olusegun Obasanjo, and the two sides discussed the "
    "review of the Pretoria agreement.\n\n"
    "Meanwhile, Foreign Minister Gedion Timothewos will travel to Nairobi on Thursday to hold "
    "consultations with his Kenyan counterpart Musalia Mudavadi, the ministry said."
)
LIVE_BLOG = (
    "Doha talks: live updates\n\n"
    "09:15 - Good morning from Doha, where delegations of the Congolese government and the M23 "
    "are due to sign a framework for a ceasefire later today.\n\n"
    "10:40 - Qatar's Minister of State Mohammed Al-Khulaifi met the M23 delegation first, a "
    "Qatari official says, before sitting down with the government team.\n\n"
    "12:05 - The signing ceremony has been postponed until tomorrow, the Qatari foreign ministry "
    'says, citing "last-minute technical issues".\n\n'
    "13:30 - Congolese President Felix Tshisekedi spoke by phone with the Emir of Qatar, Sheikh "
    "Tamim bin Hamad Al Thani, this afternoon, the presidency in Kinshasa says.\n\n"
    "15:10 - A working lunch between the two delegations planned for today has been called off, "
    "an M23 spokesman says."
)
CALENDAR = (
    "The week ahead: diplomacy on Yemen, Libya and Sudan\n\n"
    "UN envoy Hans Grundberg is expected to travel to Riyadh on Monday for meetings with Saudi "
    "officials and members of Yemen's Presidential Leadership Council, before heading to Muscat "
    "to meet Houthi negotiator Mohammed Abdulsalam later in the week.\n\n"
    "In Libya, the 5+5 Joint Military Commission will convene in Sirte on Wednesday, its first "
    "session since June, the UN mission said.\n\n"
    "On Thursday, US Secretary of State Marco Rubio will host his Saudi, Emirati and Egyptian "
    "counterparts in Washington for talks on a truce in Sudan, the State Department announced.\n\n"
    "A visit by Turkish Foreign Minister Hakan Fidan to Tripoli, planned for Tuesday, has been "
    "cancelled, Libyan officials said."
)
REGIONAL_DAILY = (
    "MEKELLE - The president of the Tigray Interim Administration, Tadesse Werede, travelled to "
    "Addis Ababa last Tuesday and met Prime Minister Abiy Ahmed, the administration's press office "
    "said on Sunday.\n\n"
    "It was their first meeting since the spring. The two men discussed the return of displaced "
    "people to western Tigray, the press office said.\n\n"
    "A planned follow-up meeting between the interim administration and the federal defence "
    "ministry earlier this month did not take place.\n\n"
    "Tadesse also said he had spoken with the African Union's Olusegun Obasanjo by phone on "
    "Saturday and urged the AU panel to convene the parties to the Pretoria agreement before the "
    "end of the year."
)
WIRE_BORDER = (
    "PHNOM PENH, Jan 20 - Cambodian Defence Minister Tea Seiha and his Thai counterpart "
    "Nattaphon Narkphanit held a video call on Monday to discuss the withdrawal of heavy weapons "
    "from the border, the Cambodian defence ministry said.\n\n"
    "They agreed that the General Border Committee would meet in Kuala Lumpur next week.\n\n"
    "Earlier this month, Malaysian Prime Minister Anwar Ibrahim hosted both ministers for a "
    "working dinner in Putrajaya.\n\n"
    "Speaking to reporters alongside Anwar in Putrajaya yesterday, Thai Prime Minister Anutin "
    "Charnvirakul said Thailand would keep its troops in place until the mines were cleared."
)
ARTICLES = {
    "wire_caucasus": (WIRE_CAUCASUS, date(2025, 10, 14)),  # a Tuesday
    "agency_readout": (AGENCY_READOUT, date(2026, 3, 3)),  # a Tuesday
    "live_blog": (LIVE_BLOG, date(2025, 11, 14)),  # a Friday
    "calendar": (CALENDAR, date(2026, 3, 1)),  # a Sunday
    "regional_daily": (REGIONAL_DAILY, date(2025, 11, 10)),  # a Monday
    "wire_border": (WIRE_BORDER, date(2026, 1, 20)),  # a Tuesday
}


@cache
def extracted(article):
    text, published = ARTICLES[article]
    return extract(Document(text=text, published=published), default_registry())


def _sides_of(article, participants):
    """Participants at both levels: a minister meets for her state, as the scorer matches."""
    states = {a.name: a.affiliation for a in extracted(article).actors if a.affiliation}
    return set(participants) | {states[p] for p in participants if p in states}


def _xfail(*row, reason):
    return pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize(
    "article, sides, when, status",
    [
        ("wire_caucasus", {"Jeyhun Bayramov", "Ararat Mirzoyan"}, date(2025, 10, 14), "held"),
        ("wire_caucasus", {"Azerbaijan", "Armenia"}, date(2025, 11, 4), "planned"),
        _xfail(
            "wire_caucasus",
            {"Ilham Aliyev", "Nikol Pashinyan"},
            None,
            "planned",
            reason="the leaders' meeting 'next month' is taken for the sides' sitting on "
            "4 November; telling a meeting of leaders from a sitting with no person named "
            "was measured to split one event told at two levels (dev meetings .932 -> .919)",
        ),
        ("wire_caucasus", {"Ilham Aliyev", "Vladimir Putin"}, date(2025, 10, 13), "held"),
        ("agency_readout", {"Abiy Ahmed", "William Ruto"}, date(2026, 3, 2), "held"),
        # "The Prime Minister also received …" the African Union: not the call with Kenya the
        # sentence before reports, whose sides it does not name.
        ("agency_readout", {"Abiy Ahmed", "African Union"}, date(2026, 3, 3), "held"),
        ("agency_readout", {"Gedion Timothewos", "Musalia Mudavadi"}, date(2026, 3, 5), "planned"),
        _xfail(
            "live_blog",
            {"Democratic Republic of the Congo", "M23"},
            date(2025, 11, 15),
            "planned",
            reason="a signing ('due to sign a framework later today') is no contact word, "
            "so the ceremony put off 'until tomorrow' has no meeting to move",
        ),
        (
            "live_blog",
            {"Mohammed Al-Khulaifi", "M23", "Democratic Republic of the Congo"},
            date(2025, 11, 14),
            "held",
        ),
        (
            "live_blog",
            {"Felix Tshisekedi", "Tamim bin Hamad Al Thani"},
            date(2025, 11, 14),
            "held",
        ),
        ("live_blog", {"Democratic Republic of the Congo", "M23"}, date(2025, 11, 14), "cancelled"),
        ("calendar", {"Hans Grundberg", "Saudi Arabia"}, date(2026, 3, 2), "planned"),
        _xfail(
            "calendar",
            {"Hans Grundberg", "Mohammed Abdulsalam"},
            None,
            "planned",
            reason="'before heading to Muscat to meet X later in the week' takes the day of "
            "the trip to Riyadh the clause before gives",
        ),
        _xfail(
            "calendar",
            {"Marco Rubio", "Saudi Arabia", "Egypt"},
            date(2026, 3, 5),
            "planned",
            reason="'the State Department announced' makes the United States the host "
            "in place of the Secretary of State named as the subject",
        ),
        ("calendar", {"Hakan Fidan", "Libya"}, date(2026, 3, 3), "cancelled"),
        ("regional_daily", {"Tadesse Werede", "Abiy Ahmed"}, date(2025, 11, 4), "held"),
        _xfail(
            "regional_daily",
            {"Tigray Interim Administration", "Ethiopia"},
            None,
            "cancelled",
            reason="'a planned follow-up meeting … did not take place' is read as the meeting "
            "reported before; a follow-up that did not happen is a new event",
        ),
        ("regional_daily", {"Tadesse Werede", "Olusegun Obasanjo"}, date(2025, 11, 8), "held"),
        ("wire_border", {"Tea Seiha", "Nattaphon Narkphanit"}, date(2026, 1, 19), "held"),
        _xfail(
            "wire_border",
            {"Cambodia", "Thailand"},
            None,
            "planned",
            reason="'They agreed that the General Border Committee would meet': a body the "
            "registry does not hold, meeting with no partner named",
        ),
        (
            "wire_border",
            {"Anwar Ibrahim", "Tea Seiha", "Nattaphon Narkphanit"},
            None,
            "held",
        ),
        # A joint appearance: "speaking to reporters alongside X yesterday".
        ("wire_border", {"Anutin Charnvirakul", "Anwar Ibrahim"}, date(2026, 1, 19), "held"),
    ],
)
def test_meetings(article, sides, when, status):
    found = [
        (m.date, m.status)
        for m in extracted(article).meetings
        if sides <= _sides_of(article, m.participants)
    ]
    assert (when, status) in found


@pytest.mark.parametrize(
    "article, people",
    [
        ("wire_caucasus", {"Jeyhun Bayramov", "Ararat Mirzoyan", "Ilham Aliyev", "Vladimir Putin"}),
        ("agency_readout", {"Abiy Ahmed", "William Ruto", "Gedion Timothewos"}),
        ("calendar", {"Hans Grundberg", "Mohammed Abdulsalam", "Hakan Fidan"}),
        ("regional_daily", {"Tadesse Werede", "Abiy Ahmed", "Olusegun Obasanjo"}),
        ("wire_border", {"Tea Seiha", "Nattaphon Narkphanit", "Anwar Ibrahim"}),
    ],
)
def test_actors_that_meet(article, people):
    assert people <= {a.name for a in extracted(article).actors}


def _meetings(text, published=date(2026, 3, 3)):
    result = extract(Document(text=text, published=published), default_registry())
    return [(set(m.participants), m.date, m.status) for m in result.meetings]


@pytest.mark.parametrize(
    "text, sides",
    [
        # The subject of the verb that holds the contact noun, however long its phrase, with
        # the ministry that reports it named nearer the noun.
        (
            "Cambodian Defence Minister Tea Seiha and his Thai counterpart Nattaphon Narkphanit "
            "held a video call on Monday to discuss the withdrawal, the Cambodian defence "
            "ministry said.",
            {"Tea Seiha", "Nattaphon Narkphanit"},
        ),
        (
            "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat "
            "Mirzoyan had a long telephone conversation on Monday, the two ministries said.",
            {"Jeyhun Bayramov", "Ararat Mirzoyan"},
        ),
        # A trip's subject through a planning verb: "is expected to travel … for meetings".
        (
            "UN envoy Hans Grundberg is expected to travel to Riyadh on Monday for meetings "
            "with Saudi officials.",
            {"Hans Grundberg", "Saudi Arabia"},
        ),
        # A venue in common words, then the day, between "received" and its guest.
        (
            "Prime Minister Abiy Ahmed met President William Ruto on Monday. Abiy also received "
            "at his office this morning the African Union envoy Olusegun Obasanjo.",
            {"Abiy Ahmed", "Olusegun Obasanjo"},
        ),
        # "with the mediators": the mediators the article named before.
        (
            "Qatari and Egyptian mediators handed Israel and Hamas a revised framework on "
            "Monday. Strategic Affairs Minister Ron Dermer held a video call with the "
            "mediators on Wednesday evening, Israeli media reported.",
            {"Ron Dermer", "Qatar", "Egypt"},
        ),
    ],
)
def test_who_makes_the_contact(text, sides):
    assert any(sides <= participants for participants, _, _ in _meetings(text))


@pytest.mark.parametrize(
    "text, sides, status",
    [
        (
            "Speaking at a press conference alongside French President Emmanuel Macron "
            "yesterday, Prime Minister Keir Starmer said Britain would help hold the line.",
            {"Keir Starmer", "Emmanuel Macron"},
            "held",
        ),
        (
            "Zelensky, speaking alongside Polish President Karol Nawrocki in Warsaw on Monday, "
            "said Ukraine would not cede land.",
            {"Volodymyr Zelensky", "Karol Nawrocki"},
            "held",
        ),
    ],
)
def test_a_joint_appearance_is_a_meeting(text, sides, status):
    assert any(sides <= p and s == status for p, _, s in _meetings(text))


def test_a_working_meal_called_off_is_not_the_meeting_held():
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels today. A trilateral dinner planned for this evening has been cancelled, an "
        "EU official says."
    )
    pair = {"Aleksandar Vucic", "Albin Kurti"}
    found = sorted(status for p, _, status in _meetings(text) if pair <= p)
    assert found == ["cancelled", "held"]


@pytest.mark.xfail(
    strict=True,
    reason="a delegation member only one mention names reads as another contact's partner;"
    " comparing the mentions' sides instead merges contacts of one article between the same"
    " sides (a diagnostic set fell .841 -> .836)",
)
def test_delegation_members_one_mention_names_are_no_other_contact():
    text = (
        "Marco Rubio and Steve Witkoff met Sergei Lavrov in Riyadh on Tuesday. Lavrov, "
        "accompanied by Yuri Ushakov, said the meeting with Rubio in Riyadh on Tuesday had been "
        "useful."
    )
    assert [p for p, _, _ in _meetings(text)] == [
        {"Marco Rubio", "Steve Witkoff", "Sergei Lavrov", "Yuri Ushakov"}
    ]


def test_a_meal_that_is_no_working_meal_is_no_meeting():
    text = (
        "Aid workers said families in Gaza had nothing for lunch on Monday, as Hamas and Israel "
        "traded accusations."
    )
    assert _meetings(text) == []


def test_negotiating_alongside_a_co_mediator_is_no_meeting():
    text = (
        "Egypt, negotiating alongside Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, "
        "has pressed Hamas to accept the plan."
    )
    assert _meetings(text) == []


def test_fighting_alongside_is_no_meeting():
    assert (
        _meetings("Ukrainian troops are fighting alongside Polish volunteers, Zelensky said.") == []
    )


def test_a_source_that_opens_the_sentence_is_no_subject_of_the_contact():
    found = _meetings("According to Egypt, Israel and Hamas held talks in Doha on Friday.")
    assert found and all("Egypt" not in participants for participants, _, _ in found)


def test_another_counterpart_is_another_contact():
    text = (
        "President Ilham Aliyev received Georgian Prime Minister Irakli Kobakhidze in Baku on "
        "Monday. Aliyev also spoke with Armenian Prime Minister Nikol Pashinyan by phone."
    )
    found = [participants for participants, _, _ in _meetings(text)]
    assert any(
        {"Ilham Aliyev", "Nikol Pashinyan"} <= p and "Irakli Kobakhidze" not in p for p in found
    )


@pytest.mark.parametrize(
    "text, person",
    [
        ("He spoke by phone with Abdi Warsame on Monday.", "Abdi Warsame"),
        ("The envoy met Kenya's Abdi Warsame in Nairobi.", "Abdi Warsame"),
        ("He spoke with the African Union's Abdi Warsame by phone.", "Abdi Warsame"),
        ("She talked with Abdi Warsame and the mediators.", "Abdi Warsame"),
        (
            "The EU special representative for the dialogue, Abdi Warsame, will visit Pristina.",
            "Abdi Warsame",
        ),
        ("UN Special Representative Abdi Warsame said the talks were useful.", "Abdi Warsame"),
        # An honorific between the post's comma, or a contact verb, and the name.
        *[
            pytest.param(
                text,
                "Abdi Warsame",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="a name after an honorific right after a title or a contact verb,"
                    " taken for a new person, split one meeting of an unseen thirteen-outlet set"
                    " into more records (its other reports name the sides without him); kept out"
                    " until meetings merge past a participant only one report names",
                ),
            )
            for text in (
                "The Saudi ambassador to Yemen, His Excellency Abdi Warsame, will visit Sanaa.",
                "The emir received His Excellency Abdi Warsame on Monday.",
            )
        ],
    ],
)
def test_partners_and_representatives_are_people(text, person, registry):
    assert person in [p.name for p in discover_people(text, tokenize(text), registry)]


@pytest.mark.parametrize(
    "text",
    [
        "He spoke to reporters in Nairobi on Monday.",
        # After "to" a name is as often an audience: an interviewer, a programme's host.
        "The minister talked to Abdi Warsame on the evening programme.",
        "He spoke with Al Jazeera on Sunday.",
        "The envoy met the Security Council in New York.",
        "The emir received His Excellency the Special Envoy on Monday.",
    ],
)
def test_no_person_after_a_contact_preposition(text, registry):
    assert [
        p.name for p in discover_people(text, tokenize(text), registry) if p.kind == "person"
    ] == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Libyan National Army said it would attend.", "Libyan National Army"),
        ("The LNA and the High State Council met in Cairo.", "High State Council"),
        ("The 5+5 Joint Military Commission met in Sirte.", "5+5 Joint Military Commission"),
        ("UNSMIL said the talks would resume.", "United Nations Support Mission in Libya"),
        (
            "The Tigray Interim Administration said it welcomed the review.",
            "Tigray Interim Administration",
        ),
        ("Leaders of the Coalition of the Willing met in Paris.", "Coalition of the Willing"),
    ],
)
def test_registry_bodies(text, actor, registry):
    tokens = tokenize(text)
    layer = registry.extended(discover_people(text, tokens, registry))
    assert actor in [m.actor.name for m in find_mentions(tokens, layer, text)]

"""Invented reports in five house styles (AP, Times of India, Reuters, Bernama, an HTML page).

A second generalisation round with other material than test_extraction_other_conflicts.py:
each article is written for this test (names are real office holders, sentences are not);
the tables list what a careful editor would record from it under ANNOTATION.md.
"""

from datetime import date
from functools import cache

import pytest

from negotiations.extraction import Document, default_registry, extract, read_document

AP_GAZA = (
    "JERUSALEM (AP) — Israel will send a delegation to Cairo next week for talks on a "
    "proposal to release the remaining hostages in phases, the prime minister's office "
    "said Thursday, as Hamas set new conditions for any deal.\n\n"
    "“We are ready to bring every hostage home,” Netanyahu's office said in a "
    "statement. “But Israel will not end the war while Hamas remains in power in "
    "Gaza.”\n\n"
    "Under the Egyptian proposal, Hamas would free 10 living hostages in a first phase "
    "lasting 45 days in exchange for Palestinian prisoners, and the two sides would "
    "negotiate a permanent ceasefire during that time.\n\n"
    "Hamas spokesman Hazem Qassem said the group was studying the proposal but would "
    "accept it only if Israel committed to a full withdrawal from Gaza. “Any agreement "
    "must end the aggression completely,” Qassem told The Associated Press. He added "
    "that Hamas was ready to release all the hostages “at once, in a single deal” if "
    "the war ended.\n\n"
    "Israeli Defense Minister Israel Katz warned that the military would expand its "
    "offensive in Gaza City if no agreement was reached.\n\n"
    "Egyptian Foreign Minister Badr Abdelatty said Cairo had invited both sides and "
    "that Qatari and American officials would join the talks.\n\n"
    "Relatives of the hostages urged the government to accept the offer. “Every day "
    "that passes puts their lives in danger,” said Einav Zangauker, whose son is held "
    "in Gaza.\n\n"
    "U.S. envoy Steve Witkoff spoke with Netanyahu by phone on Wednesday, an Israeli "
    "official said, speaking on condition of anonymity because he was not authorized "
    "to brief the media."
)
TOI_INDOPAK = (
    "NEW DELHI: India on Saturday asserted that there would be no talks with Pakistan "
    "on anything other than terrorism, even as the Directors General of Military "
    "Operations (DGMOs) of the two countries are scheduled to hold talks on Monday to "
    "review the understanding on cessation of firing.\n\n"
    "Speaking at the weekly media briefing, MEA spokesperson Randhir Jaiswal stated "
    'that the understanding was worked out directly between the two DGMOs. "The date, '
    "time and wording of the understanding were worked out between the DGMOs of the "
    'two countries over a phone call on May 10, starting 15:35 hours," he said.\n\n'
    "Jaiswal asserted that India's stand on Kashmir was well known and that there was "
    'no scope for third-party mediation. "Any issue with Pakistan will be resolved '
    'bilaterally," the spokesperson said.\n\n'
    "According to officials, the DGMOs will discuss the reduction of troops along the "
    "Line of Control when they speak on Monday.\n\n"
    "Pakistan, meanwhile, stated that it remained committed to the ceasefire. Foreign "
    "Office spokesperson Shafqat Ali Khan told reporters in Islamabad that Pakistan "
    "desired peace but would respond to any aggression. Khan also claimed that "
    "Pakistan had offered talks at a neutral venue.\n\n"
    "Defence Minister Rajnath Singh, addressing troops in Bhuj, asserted that the "
    'operation was not over. "What happened was just a trailer, and we will show the '
    'full picture when the time comes," Singh said.'
)
REUTERS_ENERGY = (
    "MOSCOW, Dec 31 (Reuters) - Russia on Wednesday rejected a U.S. proposal for a "
    "30-day moratorium on strikes against energy infrastructure, while Ukraine said it "
    "was considering the plan.\n\n"
    '"We see no basis for such a moratorium at this stage," Kremlin spokesman Dmitry '
    'Peskov told reporters. "Kyiv has repeatedly violated such understandings in the '
    'past, and we have no guarantee that it would not do so again."\n\n'
    "U.S. special envoy Steve Witkoff presented the proposal to Kremlin aide Yuri "
    "Ushakov at a meeting in Moscow on Tuesday, according to two sources familiar with "
    "the matter.\n\n"
    "Ukrainian President Volodymyr Zelenskiy said in his nightly video address that "
    "Kyiv was considering the U.S. plan and would give its answer after consulting "
    'European partners. "We are ready for any step that saves lives, but it must be '
    'mutual," Zelenskiy said.\n\n'
    "Ukrainian and U.S. negotiators will meet in Miami on Friday to discuss the "
    "moratorium and a broader peace framework, Ukraine's chief negotiator Rustem "
    "Umerov wrote on Telegram.\n\n"
    "Russian drones struck energy facilities in Odesa and Kharkiv overnight, leaving "
    "hundreds of thousands of people without heating, Ukraine's energy ministry said."
)
BERNAMA_BORDER = (
    "KUALA LUMPUR, July 28 (Bernama) -- Thailand and Cambodia have agreed to an "
    "immediate and unconditional ceasefire that will be in effect from midnight "
    "tonight, Prime Minister Datuk Seri Anwar Ibrahim announced today.\n\n"
    "Anwar, who is the current chairman of ASEAN, said the agreement was reached after "
    "he spoke separately by phone on Sunday with Cambodian Prime Minister Hun Manet "
    "and Thailand's acting Prime Minister Phumtham Wechayachai.\n\n"
    '"Both leaders have agreed to stop the fighting and return to the negotiating '
    'table," Anwar told a press conference in Putrajaya. "This is the first step '
    'towards de-escalation and the restoration of peace."\n\n'
    "Hun Manet said Cambodia welcomed the ceasefire and thanked Malaysia for its "
    "mediation. Phumtham, however, stated that Thailand would hold Cambodia to its "
    "word, and warned that the army would respond to any violation.\n\n"
    "Thai and Cambodian military commanders will meet at the border on Tuesday to "
    "agree on the details, Anwar said, adding that Malaysia had proposed deploying "
    "ASEAN observers to monitor the truce.\n\n"
    "Cambodia has accepted the observer mission, but Thailand said it would decide "
    "after the meeting of the commanders."
)
CONGO_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Congo and Rwanda sign peace agreement in Washington | Great Lakes Monitor</title>
<meta property="og:site_name" content="Great Lakes Monitor">
<meta property="og:title" content="Congo and Rwanda sign peace agreement in Washington">
</head>
<body>
<nav class="site-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe</a></li>
</ul></nav>
<header class="masthead"><a href="/" class="logo">Great Lakes Monitor</a>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<main>
<article>
<h1>Congo and Rwanda sign peace agreement in Washington</h1>
<p class="byline">By Jean-Paul Mbeki</p>
<time datetime="2025-06-28T09:14:00Z">June 28, 2025</time>
<p>WASHINGTON — The foreign ministers of the Democratic Republic of Congo and Rwanda
signed a peace agreement at the State Department on Friday, committing to end three
decades of conflict in eastern Congo.</p>
<p>Congolese Foreign Minister Thérèse Kayikwamba Wagner and her Rwandan counterpart
Olivier Nduhungirehe signed the agreement in the presence of U.S. Secretary of State
Marco Rubio after a meeting at the department.</p>
<p>“This moment has been long in coming,” Kayikwamba Wagner said at the ceremony.
“Some wounds will heal, but they will never fully disappear.”</p>
<p>The agreement commits Rwanda to withdraw its troops from Congolese territory within
90 days. Nduhungirehe said Rwanda accepted the withdrawal as long as Congo neutralised
the FDLR militia.</p>
<p>President Donald Trump said he would host Felix Tshisekedi and Paul Kagame at the
White House in the coming weeks to sign a broader deal.</p>
<p>The M23 rebels, who seized Goma in January, are not party to the agreement. A
spokesman for the group, Lawrence Kanyuka, said the deal did not bind M23.</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/a/1">M23 rebels take Goma airport</a></li>
<li><a href="/a/2">Qatar hosts Congo talks in Doha</a></li>
</ul></aside>
</main>
<footer><p>© 2025 Great Lakes Monitor. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""

ARTICLES = {
    "ap_gaza": (AP_GAZA, date(2025, 7, 10)),  # a Thursday
    "toi_indopak": (TOI_INDOPAK, date(2025, 5, 17)),  # a Saturday
    "reuters_energy": (REUTERS_ENERGY, date(2025, 12, 31)),  # a Wednesday, year end
    "bernama_border": (BERNAMA_BORDER, date(2025, 7, 28)),  # a Monday
}


@cache
def congo_document():
    return read_document(CONGO_HTML, filename="congo.html")


@cache
def extracted(article):
    if article == "congo_html":
        return extract(congo_document(), default_registry())
    text, published = ARTICLES[article]
    return extract(Document(text=text, published=published), default_registry())


def test_html_main_text_and_metadata():
    document = congo_document()
    assert document.title == "Congo and Rwanda sign peace agreement in Washington"
    assert document.published == date(2025, 6, 28)
    # The headline stays as the first line; byline, navigation and footer go.
    assert document.text.split("\n")[1].startswith("WASHINGTON — The foreign ministers")
    for boilerplate in ("Subscribe", "By Jean-Paul", "Qatar hosts Congo", "All rights reserved"):
        assert boilerplate not in document.text


@pytest.mark.parametrize(
    "article, opening, speaker, mode",
    [
        ("ap_gaza", "JERUSALEM (AP)", "Israel", "indirect"),
        ("ap_gaza", "“We are ready", "Israel", "direct"),
        ("ap_gaza", "“But Israel will not", "Israel", "direct"),
        ("ap_gaza", "Hamas spokesman Hazem Qassem", "Hazem Qassem", "indirect"),
        ("ap_gaza", "“Any agreement", "Hazem Qassem", "direct"),
        ("ap_gaza", "He added that Hamas", "Hazem Qassem", "direct"),
        ("ap_gaza", "Israeli Defense Minister", "Israel Katz", "indirect"),
        ("ap_gaza", "Egyptian Foreign Minister", "Badr Abdelatty", "indirect"),
        ("ap_gaza", "“Every day", "Einav Zangauker", "direct"),
        ("ap_gaza", "U.S. envoy Steve Witkoff", "Israel", "indirect"),
        ("toi_indopak", "NEW DELHI: India", "India", "indirect"),
        ("toi_indopak", "Speaking at the weekly", "Randhir Jaiswal", "indirect"),
        ("toi_indopak", '"The date, time', "Randhir Jaiswal", "direct"),
        ("toi_indopak", "Jaiswal asserted", "Randhir Jaiswal", "indirect"),
        ("toi_indopak", '"Any issue', "Randhir Jaiswal", "direct"),
        ("toi_indopak", "Pakistan, meanwhile", "Pakistan", "indirect"),
        ("toi_indopak", "Foreign Office spokesperson", "Shafqat Ali Khan", "indirect"),
        ("toi_indopak", "Khan also claimed", "Shafqat Ali Khan", "indirect"),
        ("toi_indopak", "Defence Minister Rajnath", "Rajnath Singh", "indirect"),
        ("toi_indopak", '"What happened', "Rajnath Singh", "direct"),
        ("reuters_energy", "MOSCOW, Dec 31", "Ukraine", "indirect"),
        ("reuters_energy", '"We see no basis', "Dmitry Peskov", "direct"),
        ("reuters_energy", '"Kyiv has repeatedly', "Dmitry Peskov", "direct"),
        ("reuters_energy", "Ukrainian President", "Volodymyr Zelensky", "indirect"),
        ("reuters_energy", '"We are ready', "Volodymyr Zelensky", "direct"),
        ("reuters_energy", "Ukrainian and U.S. negotiators", "Rustem Umerov", "indirect"),
        ("reuters_energy", "Russian drones struck", "Ukraine", "indirect"),
        ("bernama_border", "KUALA LUMPUR", "Anwar Ibrahim", "indirect"),
        ("bernama_border", "Anwar, who is", "Anwar Ibrahim", "indirect"),
        ("bernama_border", '"Both leaders', "Anwar Ibrahim", "direct"),
        ("bernama_border", '"This is the first', "Anwar Ibrahim", "direct"),
        ("bernama_border", "Hun Manet said", "Hun Manet", "indirect"),
        ("bernama_border", "Phumtham, however", "Phumtham Wechayachai", "indirect"),
        ("bernama_border", "Thai and Cambodian military", "Anwar Ibrahim", "indirect"),
        ("bernama_border", "Cambodia has accepted", "Thailand", "indirect"),
        ("congo_html", "“This moment", "Therese Kayikwamba Wagner", "direct"),
        ("congo_html", "“Some wounds", "Therese Kayikwamba Wagner", "direct"),
        ("congo_html", "Nduhungirehe said", "Olivier Nduhungirehe", "indirect"),
        ("congo_html", "President Donald Trump", "Donald Trump", "indirect"),
        ("congo_html", "spokesman for the group", "Lawrence Kanyuka", "indirect"),
    ],
)
def test_speakers(article, opening, speaker, mode):
    found = {
        (s.speaker, s.mode)
        for s in extracted(article).statements
        if opening in s.evidence.text[: len(opening) + 3]
    }
    assert (speaker, mode) in found


@pytest.mark.parametrize(
    "article, opening",
    [
        # Unattributed: "according to two sources familiar with the matter".
        ("reuters_energy", "U.S. special envoy"),
        # A vague source with no side.
        ("toi_indopak", "According to officials"),
    ],
)
def test_no_speaker(article, opening):
    assert not [s for s in extracted(article).statements if s.evidence.text.startswith(opening)]


@pytest.mark.parametrize(
    "article, kind, sides, when, status",
    [
        ("ap_gaza", "talks", {"Israel", "Egypt"}, None, "planned"),
        ("ap_gaza", "call", {"Steve Witkoff", "Benjamin Netanyahu"}, date(2025, 7, 9), "held"),
        ("toi_indopak", "talks", {"India", "Pakistan"}, date(2025, 5, 19), "planned"),
        ("toi_indopak", "call", {"India", "Pakistan"}, date(2025, 5, 10), "held"),
        (
            "reuters_energy",
            "meeting",
            {"Steve Witkoff", "Yuri Ushakov"},
            date(2025, 12, 30),
            "held",
        ),
        ("reuters_energy", "meeting", {"Ukraine", "United States"}, date(2026, 1, 2), "planned"),
        ("bernama_border", "call", {"Anwar Ibrahim", "Hun Manet"}, date(2025, 7, 27), "held"),
        ("bernama_border", "meeting", {"Thailand", "Cambodia"}, date(2025, 7, 29), "planned"),
        # The signing "on Friday" in Washington is the meeting there (the day was once lost).
        (
            "congo_html",
            "meeting",
            {"Therese Kayikwamba Wagner", "Olivier Nduhungirehe"},
            date(2025, 6, 27),
            "held",
        ),
        ("congo_html", "meeting", {"Felix Tshisekedi", "Paul Kagame"}, None, "planned"),
    ],
)
def test_meetings(article, kind, sides, when, status):
    found = [
        (m.date, m.status)
        for m in extracted(article).meetings
        if m.kind == kind and sides <= _sides_of(article, m.participants)
    ]
    assert found == [(when, status)]


def _sides_of(article, participants):
    """Participants at both levels: a minister meets for her state, as the scorer matches."""
    actors = extracted(article).actors
    states = {a.name: a.affiliation for a in actors if a.affiliation}
    return set(participants) | {states[p] for p in participants if p in states}


@pytest.mark.parametrize(
    "article, stems, proposers, responses",
    [
        (
            "ap_gaza",
            ("hostage",),
            {"Egypt"},
            {(("Hamas", "Hazem Qassem"), "conditional")},
        ),
        (
            "reuters_energy",
            ("moratorium",),
            {"United States"},
            {(("Russia",), "rejected"), (("Ukraine", "Volodymyr Zelensky"), "considering")},
        ),
        (
            "bernama_border",
            ("ceasefire",),
            None,
            {(("Thailand",), "accepted"), (("Cambodia",), "accepted")},
        ),
        pytest.param(
            "bernama_border",
            ("observer",),
            {"Malaysia", "Anwar Ibrahim"},
            {(("Cambodia",), "accepted"), (("Thailand",), "considering")},
            marks=pytest.mark.xfail(
                reason="'Malaysia had proposed deploying ASEAN observers' states the plan as a "
                "gerund, which names no proposal, so 'the observer mission' has no proposer",
                strict=True,
            ),
        ),
        (
            "congo_html",
            ("peace agreement",),
            None,
            {(("Democratic Republic of the Congo",), "accepted"), (("Rwanda",), "accepted")},
        ),
    ],
)
def test_proposals(article, stems, proposers, responses):
    proposals = extracted(article).proposals
    (proposal,) = [p for p in proposals if all(s in p.title.lower() for s in stems)] or [
        p for p in proposals if all(s in f"{p.title} {p.evidence.text}".lower() for s in stems)
    ]
    assert proposers is None or proposal.proposed_by in proposers
    answers = {(r.actor, r.response) for r in proposal.responses}
    for actors, response in responses:
        assert any((actor, response) in answers for actor in actors)


@pytest.mark.parametrize(
    "article, actors, stance, stem",
    [
        ("ap_gaza", {"Hamas", "Hazem Qassem"}, "conditional", "withdraw"),
        pytest.param(
            "toi_indopak",
            {"India", "Randhir Jaiswal"},
            "oppose",
            "mediation",
            marks=pytest.mark.xfail(
                reason="'there was no scope for third-party mediation': 'no scope for' is no "
                "stance cue, and a stance in a reported clause with an expletive subject is "
                "not given to the speaker",
                strict=True,
            ),
        ),
        ("reuters_energy", {"Russia"}, "oppose", "moratorium"),
        ("bernama_border", {"Cambodia", "Hun Manet"}, "support", "ceasefire"),
        ("congo_html", {"Rwanda", "Olivier Nduhungirehe"}, "conditional", "withdraw"),
    ],
)
def test_positions(article, actors, stance, stem):
    """A stance matches on issue plus evidence, as the scorer's keywords do."""
    assert any(
        q.actor in actors and q.stance == stance and stem in f"{q.issue} {q.evidence.text}".lower()
        for q in extracted(article).positions
    )


def test_two_countries_stand_for_the_parties_already_reported():
    (call,) = [m for m in extracted("toi_indopak").meetings if m.kind == "call"]
    assert set(call.participants) == {"India", "Pakistan"}


def test_namesake_keeps_his_own_surname():
    """ "Hamas spokesman Hazem Qassem" is not Hezbollah's Naim Qassem, nor is a later "Qassem"."""
    speakers = {s.speaker for s in extracted("ap_gaza").statements}
    assert "Hazem Qassem" in speakers
    assert "Naim Qassem" not in speakers


def test_spelling_of_a_given_name_is_no_namesake():
    text = "Ukrainian President Vladimir Zelensky said the talks failed. Zelensky added more."
    found = extract(Document(text=text), default_registry()).statements
    assert {s.speaker for s in found} == {"Volodymyr Zelensky"}


PUBLISHED = date(2025, 12, 31)  # a Wednesday


@pytest.mark.parametrize(
    "text, expected",
    [
        # An owner, lower-case field words, then the organ.
        ("Power returned to Kharkiv, Ukraine's energy ministry said.", "Ukraine"),
        # A full name after the verb that closes a quotation is a person.
        (
            "\u201cWe cannot live like this anymore,\u201d said Anna Kovalenko, a teacher.",
            "Anna Kovalenko",
        ),
        # A lede may name the office before its holder.
        (
            "Talks will resume soon, the president's office said. President Volodymyr "
            "Zelensky later spoke to reporters.",
            "Ukraine",
        ),
    ],
)
def test_speaker_rules(text, expected):
    found = extract(Document(text=text, published=PUBLISHED), default_registry()).statements
    assert found[0].speaker == expected


@pytest.mark.parametrize(
    "text, when",
    [
        # "said Tuesday" dates the speech; the talks are on Friday.
        ("Russia said Tuesday that talks with Ukraine would be held on Friday.", date(2026, 1, 2)),
        ("Russia on Tuesday said it would hold talks with Ukraine in Istanbul.", None),
        # A contact verb keeps its date.
        ("Putin spoke with Trump on Tuesday.", date(2025, 12, 30)),
    ],
)
def test_speech_dates_do_not_date_meetings(text, when):
    (meeting,) = extract(Document(text=text, published=PUBLISHED), default_registry()).meetings
    assert meeting.date == when


@pytest.mark.parametrize(
    "text, proposer, responses",
    [
        # A state's adjective or short form authors the plan.
        (
            "Russia rejected a U.S. proposal for an energy truce.",
            "United States",
            {("Russia", "rejected")},
        ),
        (
            "Kyiv welcomed the Turkish plan for a maritime ceasefire.",
            "Turkey",
            {("Ukraine", "accepted")},
        ),
        # A committal answer outranks "studying", and the coordinated verb shares the subject.
        (
            "Hamas was studying the hostage deal but would accept it only if Israel withdrew.",
            None,
            {("Hamas", "conditional")},
        ),
    ],
)
def test_proposal_rules(text, proposer, responses):
    found = extract(Document(text=text, published=PUBLISHED), default_registry()).proposals
    proposal, *conditions = found
    assert proposal.proposed_by == proposer
    assert {(r.actor, r.response) for r in proposal.responses} == responses
    # besides, only the plans the answering sides set as their conditions ("only if Israel
    # withdrew")
    assert {c.proposed_by for c in conditions} <= {r.actor for r in proposal.responses}


def test_video_address_is_no_call():
    text = "Zelensky said in a video address that Russia had struck Kharkiv again."
    assert not extract(Document(text=text), default_registry()).meetings


# A third round, in house styles the sets above lack: a live blog, a Q&A, a newsletter, a
# government press release, a wire story with its credits and a translated state-media item.
# Their furniture (timestamps, key-event lists, link lines, question labels, bullets, notes
# to editors, reporting credits) must report nothing; only the sides' own words do.
LIVE_BLOG_SUDAN = (
    "Sudan truce talks in Jeddah – live updates\n"
    "Key events\n"
    "Army delegation arrives in Jeddah\n"
    "RSF says it accepts humanitarian pause\n"
    "09:12 GMT\n"
    "Army delegation arrives in Jeddah\n"
    "A delegation of the Sudanese Armed Forces landed in Jeddah this morning, state "
    "television reported.\n"
    "09:40 GMT\n"
    "RSF says it accepts humanitarian pause\n"
    "The Rapid Support Forces said in a statement on Telegram that they accepted a one-week "
    'humanitarian pause "to allow aid to reach the people of El Fasher".\n'
    "Related: Army says it will not sign a truce with the RSF.\n"
    "10:05 GMT\n"
    "What did the mediators say?\n"
    "Saudi Foreign Minister Faisal bin Farhan told reporters that both delegations had "
    "agreed to meet face to face for the first time since April.\n"
    '"We are not there yet, but the tone has changed," he said.\n'
    "Faisal bin Farhan speaks to reporters in Jeddah. Photograph: Amer Nabil/Reuters\n"
    "10:30 GMT\n"
    "Aid agencies warn of famine\n"
    "The UN says 1.7 million people in North Darfur face famine conditions.\n"
    "Updated 10:31 GMT"
)
QA_ARMENIA = (
    "In an interview with the South Caucasus Review, Armenian Foreign Minister Ararat "
    "Mirzoyan discussed the draft peace treaty with Azerbaijan. The interview has been "
    "edited for length and clarity.\n"
    "Q: Is the treaty ready to be signed?\n"
    "A: The text is agreed. We are ready to sign it tomorrow, and we have said so publicly.\n"
    "Q: Baku says Armenia must first change its constitution. Will you?\n"
    "A: Our constitution is a matter for the Armenian people. It contains no claim on any "
    "neighbour's territory.\n"
    "Q: What role do you see for the European Union monitors?\n"
    "A: They have helped keep the border calm, and we want them to stay until the treaty "
    "is in force.\n"
    "Azerbaijan's foreign ministry did not respond to a request for comment."
)
NEWSLETTER_TIGRAY = (
    "Horn of Africa Briefing — Issue 112\n"
    "Good morning. Here is what you need to know this week.\n"
    "THE BIG STORY\n"
    "• Tigray talks stall: The federal government and the TPLF failed to agree on the "
    "return of displaced people at talks in Pretoria on Tuesday.\n"
    "• Getachew Reda, the former interim president, said the Pretoria agreement was "
    '"being hollowed out".\n'
    "WHAT WE'RE WATCHING\n"
    "• Will the African Union extend its monitoring mission?\n"
    "• Prime Minister Abiy Ahmed addresses parliament on Thursday.\n"
    "Read more: Why Western Tigray matters\n"
    "Forwarded this email? Sign up here."
)
PRESS_RELEASE_COLOMBIA = (
    "FOR IMMEDIATE RELEASE\n"
    "Government and ELN agree to resume talks in Caracas\n"
    "Bogotá, 12 March 2026 — The Government of Colombia and the National Liberation Army "
    "(ELN) have agreed to resume the fifth cycle of talks in Caracas on 20 March.\n"
    '"This is a decisive step towards a bilateral ceasefire," said the head of the '
    "government delegation, Vera Grabe.\n"
    "The guarantor countries - Norway, Cuba, Venezuela, Brazil, Chile and Mexico - will "
    "attend the opening session.\n"
    "Notes to editors\n"
    "1. The ELN is Colombia's largest remaining guerrilla group.\n"
    "2. The delegations will announce a joint communiqué at the end of each cycle.\n"
    "Media contact: press office, +57 1 555 0100\n"
    "ENDS"
)
WIRE_YEMEN = (
    "ADEN, Yemen, March 3 (Meridian) - Yemen's Houthi movement said on Tuesday it was "
    "ready to release all Saudi detainees in a new exchange, a day after U.N. envoy Hans "
    "Grundberg met its negotiators in Muscat.\n"
    '"We have handed the lists to the U.N.," Abdulqader al-Murtada, the head of the Houthi '
    "prisoners committee, told Meridian by phone.\n"
    "The Saudi-led coalition did not immediately comment.\n"
    "(Reporting by Nadia Saleh in Aden and Omar Fahmy in Cairo; Writing by Lina Haddad; "
    "Editing by Peter Graff)"
)
STATE_MEDIA_MYANMAR = (
    "NAY PYI TAW, 5 Feb - Chairman of the State Administration Council Senior General Min "
    "Aung Hlaing received the delegation of the Kachin Independence Organization led by Vice "
    "Chairman General Gun Maw at the Zeyathiri Beikman hall yesterday.\n"
    "At the meeting, the Senior General said that the Tatmadaw has always kept its door "
    "open to peace.\n"
    "General Gun Maw said that the KIO wishes to continue the talks in a brotherly manner.\n"
    "The two sides also discussed the reopening of the Myitkyina-Bhamo road.\n"
    "(Translated by MNA)"
)
NOTES_KENYA_ETHIOPIA = (
    "Kenya and Ethiopia agree border truce\n"
    "Kenyan President William Ruto said on Monday that Ethiopia had accepted a truce along "
    "the shared border.\n"
    "Correction: An earlier version of this article said Kenya had proposed the truce. "
    "Ethiopia proposed it.\n"
    "Editor's note: This story has been updated to say that the talks will resume in March.\n"
    "This article was amended on 4 March 2026 to clarify that Ethiopia, not Kenya, said it "
    "would withdraw.\n"
    "TIMELINE\n"
    "March 1: Kenya says it will host talks.\n"
    "March 3 - Ethiopia announces a truce.\n"
    'Ethiopian Prime Minister Abiy Ahmed told parliament the truce would hold "as long as '
    'our neighbours keep their word".'
)
BRIEFING_TRANSCRIPT = (
    "Department Press Briefing\n"
    "Ana Ruiz Otieno, Spokesperson\n"
    "Nairobi\n"
    "MS OTIENO: The minister spoke today with her Ethiopian counterpart. We want to see the "
    "border truce hold.\n"
    "QUESTION: Ethiopia says the truce cannot last without a demarcation. Do you agree?\n"
    "MS OTIENO: We have said that demarcation is a matter for the joint commission.\n"
    "Samy Magdy reports from Addis Ababa.\n"
    "(The briefing was concluded at 2:05 p.m.)"
)
STATE_AGENCY_HORN = (
    "ADDIS ABABA, March 3 (Agency) -- Ethiopian Prime Minister Abiy Ahmed held talks with "
    "Kenyan President William Ruto in Addis Ababa on Monday.\n"
    "The two leaders stressed the importance of peace and stability in the Horn of Africa.\n"
    "It was pointed out at the talks that the border truce must be consolidated.\n"
    "The meeting was attended by Gedion Timothewos and Musalia Mudavadi.\n"
    'Ruto, for his part, thanked Ethiopia for its "brotherly support".\n'
    "Enditem"
)
NEW_STYLES = {
    "agency": STATE_AGENCY_HORN,
    "briefing": BRIEFING_TRANSCRIPT,
    "notes": NOTES_KENYA_ETHIOPIA,
    "live_blog": LIVE_BLOG_SUDAN,
    "qa": QA_ARMENIA,
    "newsletter": NEWSLETTER_TIGRAY,
    "press_release": PRESS_RELEASE_COLOMBIA,
    "wire": WIRE_YEMEN,
    "state_media": STATE_MEDIA_MYANMAR,
}


@pytest.mark.parametrize(
    "style, expected",
    [
        (
            "live_blog",
            [
                ("Rapid Support Forces", "The Rapid Support Forces said"),
                ("Faisal bin Farhan", "Saudi Foreign Minister"),
                ("Faisal bin Farhan", '"We are not there yet'),
                ("United Nations", "The UN says"),
            ],
        ),
        (
            "qa",
            [
                ("Ararat Mirzoyan", "A: The text is agreed."),
                ("Ararat Mirzoyan", "We are ready to sign"),
                ("Ararat Mirzoyan", "A: Our constitution"),
                ("Ararat Mirzoyan", "It contains no claim"),
                ("Ararat Mirzoyan", "A: They have helped"),
            ],
        ),
        ("newsletter", [("Getachew Reda", "• Getachew Reda")]),
        # "the two leaders" are the two people the sentence before named, whatever the
        # article's negotiation; a passive without an agent and an attendance list say nothing
        (
            "agency",
            [
                ("Abiy Ahmed", "The two leaders"),
                ("William Ruto", "The two leaders"),
                ("William Ruto", "Ruto, for his part"),
            ],
        ),
        # a briefing's turns are the spokesperson's, named in full in the header; the
        # questions and a correspondent's byline say nothing
        (
            "briefing",
            [
                ("Ana Ruiz Otieno", "MS OTIENO: The minister"),
                ("Ana Ruiz Otieno", "We want to see"),
                ("Ana Ruiz Otieno", "MS OTIENO: We have said"),
            ],
        ),
        # corrections, editor's notes and a timeline's entries are the outlet's, not speech
        (
            "notes",
            [
                ("William Ruto", "Kenyan President William Ruto"),
                ("Abiy Ahmed", "Ethiopian Prime Minister"),
            ],
        ),
        ("press_release", [("Vera Grabe", '"This is a decisive')]),
        (
            "wire",
            [
                ("Houthis", "ADEN, Yemen, March 3"),
                ("Abdulqader al-Murtada", '"We have handed'),
            ],
        ),
        (
            "state_media",
            [
                ("Min Aung Hlaing", "At the meeting, the Senior"),
                ("Gun Maw", "General Gun Maw said"),
            ],
        ),
    ],
)
def test_only_the_sides_own_words_are_statements(style, expected):
    found = extract(Document(text=NEW_STYLES[style], published=PUBLISHED), default_registry())
    assert [
        (s.speaker, s.evidence.text[: len(o)])
        for s, (_, o) in zip(found.statements, expected, strict=False)
    ] == expected
    assert len(found.statements) == len(expected)


# A radio programme's transcript: a presenter's and a correspondent's turns link and narrate,
# a guest labelled in capitals speaks in every sentence of his turns, and the speech the
# correspondent reports is the reported speakers'.
RADIO_SUDAN = (
    "World Tonight - transcript\n"
    "Broadcast 20 January 2026\n"
    "PRESENTER (JANE MORRIS): Good evening. Talks to end the war in Sudan resumed "
    "in Geneva today. I'm joined by Khalid Omer, a member of the civilian Sumud "
    "coalition, and later by our correspondent in Port Sudan.\n"
    "JANE MORRIS: Khalid Omer, what are you hoping for from these talks?\n"
    "KHALID OMER: We want an unconditional humanitarian truce. Nothing less will "
    "save El Fasher. The army and the RSF both told the mediators they accept aid "
    "corridors, but neither has opened one.\n"
    "JANE MORRIS: The army says the RSF must leave civilian homes first. Is that "
    "unreasonable?\n"
    "KHALID OMER: It is a demand that the RSF will never meet. We have asked the "
    "mediators to separate humanitarian access from the political file.\n"
    "JANE MORRIS: Let's go to Port Sudan. Our correspondent Ahmed Salih is there.\n"
    "AHMED SALIH: Thank you, Jane. The army chief, General Abdel Fattah al-Burhan, "
    "gave a speech here this afternoon. He said his forces would not negotiate "
    "while the RSF occupied cities. His deputy, Lieutenant General Yasser al-Atta, "
    'went further and described the Geneva talks as "a foreign conspiracy".\n'
    "JANE MORRIS: And the RSF?\n"
    "AHMED SALIH: The RSF's adviser Mohamed al-Mukhtar told me by telephone that "
    "the group was ready to sign a ceasefire tomorrow. He said the army was the "
    "obstacle.\n"
    "JANE MORRIS: Ahmed Salih, thank you.\n"
    "(END OF EXTRACT)"
)


@pytest.mark.parametrize(
    "opening, speakers",
    [
        ("KHALID OMER: We want", ["Khalid Omer"]),
        ("Nothing less will save", ["Khalid Omer"]),
        ("KHALID OMER: It is a demand", ["Khalid Omer"]),
        ("We have asked the mediators", ["Khalid Omer"]),
        ("PRESENTER (JANE MORRIS)", []),
        ("I'm joined by", []),
        ("JANE MORRIS: Let's go", []),
        ("Our correspondent Ahmed Salih", []),
        ("AHMED SALIH: Thank you", []),
        ("The army chief, General", []),
        ("He said his forces", ["Abdel Fattah al-Burhan"]),
        ("His deputy, Lieutenant General", ["Yasser al-Atta"]),
        ("AHMED SALIH: The RSF's adviser", ["Mohamed al-Mukhtar"]),
        ("He said the army was", ["Mohamed al-Mukhtar"]),
        ("JANE MORRIS: Ahmed Salih, thank you.", []),
    ],
)
def test_a_radio_transcripts_guest_speaks_and_its_staff_narrate(opening, speakers):
    found = extract(Document(text=RADIO_SUDAN, published=PUBLISHED), default_registry())
    assert [s.speaker for s in found.statements if s.evidence.text.startswith(opening)] == speakers

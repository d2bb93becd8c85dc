from datetime import date

import pytest

from negotiations.extraction import Document, extract

SUNDAY = date(2024, 3, 31)  # the last day of a month, a Sunday
MONDAY = date(2024, 7, 1)  # the first day of a month, a Monday


def meetings(text, registry, published=SUNDAY):
    return extract(Document(text=text, published=published), registry).meetings


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # Past tense: the most recent such weekday on or before publication, across a month end.
        ("Sharif spoke with Modi by phone on Friday.", SUNDAY, (date(2024, 3, 29), "held")),
        ("Qatar hosted talks between Israel and Hamas on Sunday.", SUNDAY, (SUNDAY, "held")),
        ("Netanyahu met Sisi in Cairo on Saturday.", MONDAY, (date(2024, 6, 29), "held")),
        # Future: the next such weekday, across a month end.
        ("Modi will speak with Sharif on Tuesday.", SUNDAY, (date(2024, 4, 2), "planned")),
        ("Erdogan plans to visit Egypt on Monday.", SUNDAY, (date(2024, 4, 1), "planned")),
        (
            "Talks between Israel and Hamas are scheduled for Thursday.",
            MONDAY,
            (date(2024, 7, 4), "planned"),
        ),
        # The date the meeting phrase governs, not another date in the sentence.
        (
            "Sisi said on Friday that he would meet Netanyahu on Tuesday.",
            SUNDAY,
            (date(2024, 4, 2), "planned"),
        ),
        ("Modi and Sharif met on March 18.", MONDAY, (date(2024, 3, 18), "held")),
        # "last week" and "next month" name no day.
        ("Israel and Hamas held talks last week.", SUNDAY, (None, "held")),
        ("India and Pakistan will hold talks next month.", SUNDAY, (None, "planned")),
        # Without a publication date a weekday stays unresolved.
        ("Egypt and Qatar held talks on Tuesday.", None, (None, "held")),
        # A past-tense verb right after the meeting noun reports it held.
        ("Talks between India and Pakistan ended on Friday.", SUNDAY, (date(2024, 3, 29), "held")),
        # "for talks" is a purpose: the talks lie ahead.
        (
            "Sisi flew to Doha for talks with Qatar on Tuesday.",
            SUNDAY,
            (date(2024, 4, 2), "planned"),
        ),
        # A plan noun is no tense cue.
        (
            "Israel and Hamas resumed talks on Friday about the truce plan.",
            SUNDAY,
            (date(2024, 3, 29), "held"),
        ),
        # A later clause that names another contact has that contact's tense, not this one's.
        (
            "The breakthrough came in a phone call on Friday between Armenian Foreign Minister "
            "Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov, who agreed that "
            "the Abu Dhabi meeting should go ahead.",
            SUNDAY,
            (date(2024, 3, 29), "held"),
        ),
        # A live blog entry's time stamp dates the past contact it reports, not a planned one.
        ("11:50 - Netanyahu met Sisi in Cairo.", SUNDAY, (SUNDAY, "held")),
        ("16:40 GMT — Modi has spoken with Sharif by phone.", SUNDAY, (SUNDAY, "held")),
        ("11:50 - Modi will speak with Sharif by phone.", SUNDAY, (None, "planned")),
        # Cancellation wins over every other cue.
        ("The call between Modi and Sharif was called off.", SUNDAY, (None, "cancelled")),
        ("Netanyahu postponed his visit to Egypt.", SUNDAY, (None, "cancelled")),
    ],
)
def test_meeting_date_and_status(text, published, expected, registry):
    (meeting,) = meetings(text, registry, published)
    assert (meeting.date, meeting.status) == expected


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Pakistan's army chief called his Indian counterpart.", {"Pakistan", "India"}),
        ("Ukrainian-Russian talks resumed in Istanbul.", {"Ukraine", "Russia"}),
        ("The Egyptian delegation met Hamas negotiators.", {"Egypt", "Hamas"}),
        ("Netanyahu spoke with Trump by phone.", {"Benjamin Netanyahu", "Donald Trump"}),
        # A plural demonym names its state.
        ("Qatari mediators held talks with Israelis.", {"Qatar", "Israel"}),
    ],
)
def test_meeting_participants(text, sides, registry):
    (meeting,) = meetings(text, registry)
    assert sides <= set(meeting.participants)


def test_names_far_from_the_meeting_word_are_the_topic_not_participants(registry):
    text = (
        "In a long phone call with Sharif, Modi said he would not accept the plan for a "
        "ceasefire in the mountains that Egypt and Qatar had drafted with Turkey last year."
    )
    (meeting,) = meetings(text, registry)
    assert set(meeting.participants) == {"Shehbaz Sharif", "Narendra Modi"}


@pytest.mark.parametrize(
    "text",
    [
        # Speaking to the press, or from a city, is no contact between parties.
        "Modi, speaking from Delhi, praised Pakistan.",
        "Sharif spoke on television about India.",
        # "call for"/"call on" urge; they are no phone call.
        "Egypt called for calm and Qatar called on Israel to stop.",
        # One side alone holds no meeting.
        "Israeli officials met in Jerusalem.",
    ],
)
def test_not_a_meeting(text, registry):
    assert meetings(text, registry) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # A definite "the call" later in the text reports the same call.
        (
            "Modi spoke with Sharif by phone on Saturday. India said the call lasted an hour.",
            date(2024, 3, 30),
        ),
        # A later mention supplies the day: "the meeting took place on Friday".
        ("Netanyahu met Sisi in Cairo. The meeting took place on Friday.", date(2024, 3, 29)),
        # A day's possessive refers back as "the" does ("Friday's session").
        (
            "Israel and Hamas held talks in Doha on Friday. Some saw Friday's session as proof "
            "that the mediation works; others warned that Egypt and Qatar had little leverage.",
            date(2024, 3, 29),
        ),
        # The same parties, kind and day named twice are one event.
        (
            "Israel and Hamas will hold talks on Wednesday. Hamas confirmed it would meet "
            "Israeli negotiators on Wednesday.",
            date(2024, 4, 3),
        ),
    ],
)
def test_mentions_of_one_event_merge(text, expected, registry):
    (meeting,) = meetings(text, registry)
    assert meeting.date == expected


def test_distinct_rounds_stay_apart(registry):
    text = "India and Pakistan held talks on March 2. India and Pakistan held talks on March 9."
    assert [m.date for m in meetings(text, registry)] == [date(2024, 3, 2), date(2024, 3, 9)]


def test_held_and_planned_meetings_of_the_same_sides_stay_apart(registry):
    text = "Sisi met Netanyahu on Friday. Sisi will meet Netanyahu again next month."
    assert [m.status for m in meetings(text, registry)] == ["held", "planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A week or a month ahead is no day: the meeting keeps it as its date text.
        (
            "Armenia and Azerbaijan will hold another round of talks next month.",
            [("planned", None, "next month")],
        ),
        # The next round is not the talks held this week, which a later mention names.
        (
            "Kosovo and Serbia held talks in Brussels on Monday. The EU plans to reconvene the "
            "two delegations in Brussels next week. Neither leader attended Monday's talks.",
            [("held", date(2024, 7, 1), "on Monday"), ("planned", None, "next week")],
        ),
    ],
)
def test_a_round_set_for_a_week_or_month_ahead(text, expected, registry):
    found = meetings(text, registry, published=date(2024, 7, 3))
    assert [(m.status, m.date, m.date_text) for m in found] == expected
    assert len(found[0].mentions) == len(found) - 1


def test_a_dated_mention_outside_another_s_week_is_another_meeting(registry):
    # "This week's meeting" is not the summit of a past year the brief recalls further on.
    text = (
        "This week's meeting of the Ethiopian and Eritrean foreign ministers produced the first "
        "border text. The peace agreement initialled at the Jeddah summit of 16 September 2023 "
        "remains unsigned because Eritrea conditions its signature on a change to Ethiopia's "
        "constitution."
    )
    found = meetings(text, registry, published=date(2024, 7, 3))
    assert [(m.date, m.date_text, m.location) for m in found] == [
        (None, "This week", None),
        (date(2023, 9, 16), "16 September 2023", "Jeddah"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two sides who sign or initial a text at a place meet there to do it.
        (
            "Ethiopia and Eritrea signed the border accord in Addis Ababa on Friday.",
            ({"Ethiopia", "Eritrea"}, date(2024, 3, 29), "held"),
        ),
        (
            "Serbia and Kosovo are to initial the energy roadmap in Brussels on Thursday.",
            ({"Serbia", "Kosovo"}, date(2024, 4, 4), "planned"),
        ),
        (
            "Negotiators of Colombia and the ELN initialled a ceasefire protocol at the Foreign "
            "Ministry in Havana.",
            ({"Colombia", "ELN"}, None, "held"),
        ),
        # A signing idiom is a signing ("put their initials to", "will affix their signatures
        # to"), and a cleft may put the place first ("It was in Ohrid that …").
        (
            "The foreign ministers of Serbia and Kosovo on Friday put their initials to the "
            "energy roadmap in Ohrid.",
            ({"Serbia", "Kosovo"}, date(2024, 3, 29), "held"),
        ),
        (
            "Negotiators of Colombia and the ELN will affix their signatures to the ceasefire "
            "protocol in Havana on Thursday.",
            ({"Colombia", "ELN"}, date(2024, 4, 4), "planned"),
        ),
        (
            "It was in a lakeside villa outside Jeddah that Ethiopia and Eritrea signed the "
            "border accord on Friday.",
            ({"Ethiopia", "Eritrea"}, date(2024, 3, 29), "held"),
        ),
    ],
)
def test_signing_a_text_at_a_place_is_a_meeting_there(text, expected, registry):
    (meeting,) = meetings(text, registry)
    assert (set(meeting.participants), meeting.date, meeting.status) == expected


@pytest.mark.parametrize(
    "text",
    [
        # One side alone, no place, a refusal, a past year, the noun, or a signing only
        # weighed: no meeting.
        "Moldova signed the energy accord in Chisinau on Friday.",
        "Ethiopia and Eritrea signed the border accord on Friday.",
        "Yemen and the Houthis did not sign the prisoner deal in Muscat.",
        "Yemen and the Houthis signed a prisoner deal in Stockholm in December 2018.",
        "Serbia and Kosovo hailed the roadmap as a sign of progress in Brussels.",
        "Serbia and Kosovo could sign the energy roadmap in Brussels.",
    ],
)
def test_a_signing_without_two_sides_at_a_place_is_no_meeting(text, registry):
    assert meetings(text, registry) == ()


@pytest.mark.parametrize(
    "text",
    [
        # The signers are the signing verb's subject, not every side the sentence names.
        "Zelensky signed the bill into law in Kyiv on Monday, days after Russia and Ukraine "
        "exchanged prisoners.",
        "President Ruto signed the decree in Nairobi after Sudan's army and the RSF agreed a "
        "truce.",
        "Colombia's president signed the decree in Bogota, and the ELN rejected it.",
        "Eritrea accused Ethiopia of breaching the accord it signed in Algiers.",
        "Ethiopia signed the accord in Jeddah on Friday; Eritrea signed it in Asmara.",
        # A signing urged, refused, denied or held to a condition does not take place.
        "Kosovo and Serbia refused to sign the deal in Brussels.",
        "Serbia urged Kosovo to sign the deal in Brussels.",
        "Kosovo said Serbia will sign nothing in Brussels.",
        "Kosovo and Serbia would sign the deal in Brussels if the EU pressed harder.",
        # A relative clause on the text, or a time long gone, tells its history.
        "The deal, which Ethiopia and Eritrea signed in Jeddah, is now fraying.",
        "The agreement that Congo and Rwanda signed in Washington last year is fraying.",
        "Armenia and Azerbaijan signed a declaration in Prague two years ago.",
        # ... or a time long gone fronted before the clause.
        "In 2019, Kosovo and Serbia signed an energy deal in Brussels.",
        "Back in December 2021, Colombia and the ELN signed a protocol in Havana.",
        # ... or clefted before it; an idiom refused is no signing either.
        "It was in 2019 that Kosovo and Serbia signed an energy deal in Brussels.",
        "Kosovo and Serbia refused to put their signatures to the deal in Brussels.",
        # Initials on a text put together by others are no signing.
        "Serbia and Kosovo put the initials of both negotiators in the annex in Brussels.",
    ],
)
def test_a_signing_not_done_together_now_is_no_meeting(text, registry):
    assert meetings(text, registry) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # The subject signs, with partners after "with", agents of a passive, or the sides
        # that agreed to sign; a year in an aside about the signers dates the aside.
        (
            "Kosovo signed the deal with Serbia in Brussels on Friday.",
            ({"Kosovo", "Serbia"}, "held"),
        ),
        (
            "The deal was signed by Armenia and Azerbaijan in Washington on Friday.",
            ({"Armenia", "Azerbaijan"}, "held"),
        ),
        (
            "Yemen and the Houthis agreed to sign the prisoner deal in Muscat next week.",
            ({"Yemen", "Houthis"}, "planned"),
        ),
        (
            "Ethiopia and Eritrea, at war in 1998, signed a new accord in Jeddah on Friday.",
            ({"Ethiopia", "Eritrea"}, "held"),
        ),
        # A fronted time of this year, or of this week, dates a signing that is news.
        (
            "Earlier this year, Yemen and the Houthis signed a prisoner deal in Muscat.",
            ({"Yemen", "Houthis"}, "held"),
        ),
        (
            "On Friday, Kosovo signed the deal with Serbia in Brussels.",
            ({"Kosovo", "Serbia"}, "held"),
        ),
        # The object may follow the place; honorifics only announce the conjoined names.
        (
            "The foreign ministers of Serbia and Kosovo, Marko Djuric and Donika Gervalla, "
            "initialled on Friday in Brussels the energy roadmap.",
            ({"Serbia", "Kosovo"}, "held"),
        ),
        (
            "Mr Prak Sokhonn and Mr Maris Sangiampongsa are to sign the protocol in Bangkok "
            "next month.",
            ({"Prak Sokhonn", "Maris Sangiampongsa"}, "planned"),
        ),
    ],
)
def test_the_signers_are_the_signing_verb_s_subject_and_partners(text, expected, registry):
    (meeting,) = meetings(text, registry)
    assert (set(meeting.participants), meeting.status) == expected


def test_a_partner_list_with_a_serial_comma_keeps_its_last_side(registry):
    text = "Sudan's army chief met on Friday with the RSF, Egypt, and the African Union in Jeddah."
    (meeting,) = meetings(text, registry)
    assert {"Rapid Support Forces", "Egypt", "African Union"} <= set(meeting.participants)


def test_delegations_each_led_by_a_named_head_keep_both_heads(registry):
    text = (
        "Talks between the Armenian delegation, led by Foreign Minister Ararat Mirzoyan, and "
        "the Azerbaijani delegation, led by Foreign Minister Jeyhun Bayramov, ended in "
        "Washington on Friday."
    )
    (meeting,) = meetings(text, registry)
    assert {"Ararat Mirzoyan", "Jeyhun Bayramov"} <= set(meeting.participants)


def test_the_next_meeting_takes_the_last_sides_whoever_speaks_of_it(registry):
    text = (
        "Yemen and the Houthis met in Muscat on Friday. Asked about the agenda of the next "
        "meeting, the Houthi spokesman said it was not set."
    )
    planned = [m for m in meetings(text, registry) if m.status == "planned"]
    assert [set(m.participants) for m in planned] == [{"Yemen", "Houthis"}]


def test_the_next_meeting_of_a_named_side_does_not_take_the_last_sides(registry):
    text = (
        "Kosovo and Serbia met in Brussels on Friday. The next meeting of the EU foreign "
        "ministers is in July."
    )
    found = meetings(text, registry)
    assert [set(m.participants) for m in found if m.status == "planned"] in (
        [],
        [{"European Union"}],
    )


@pytest.mark.parametrize(
    "since",
    ["late March 2022", "the spring of 2022", "March 5, 2022", "early 2022", "mid-2022"],
)
def test_a_contact_any_past_time_after_since_dates_is_background(since, registry):
    text = f"Fighting has gone on since {since}, when Qatar hosted Congo and Rwanda in Doha."
    assert meetings(text, registry) == ()


def test_a_speaker_is_no_side_of_the_talks_it_refers_back_to(registry):
    text = (
        "Sharif spoke with Modi by phone on Friday. The India-Pakistan talks were tense, the "
        "US said."
    )
    assert [m.kind for m in meetings(text, registry)] == ["call"]


def test_a_signing_by_others_of_the_same_sides_is_told_at_their_meeting(registry):
    text = (
        "Anutin Charnvirakul met Hun Manet in Kuala Lumpur on Sunday. Maris Sangiampongsa and "
        "Prak Sokhonn signed at the Kuala Lumpur Convention Centre a joint declaration."
    )
    (meeting,) = meetings(text, registry)
    assert {"Anutin Charnvirakul", "Hun Manet", "Prak Sokhonn"} <= set(meeting.participants)


def test_a_signing_planned_is_not_the_meeting_held(registry):
    text = (
        "Anutin Charnvirakul met Hun Manet in Kuala Lumpur on Sunday. Maris Sangiampongsa and "
        "Prak Sokhonn are to sign the border protocol in Phnom Penh next month."
    )
    assert [m.status for m in meetings(text, registry)] == ["held", "planned"]


def test_the_next_meeting_with_no_sides_named_is_between_the_last_reported(registry):
    text = (
        "Yemen and the Houthis held talks in Muscat on Friday. The next meeting of the "
        "negotiators is planned in Amman in April."
    )
    found = meetings(text, registry)
    assert [(m.status, set(m.participants)) for m in found] == [
        ("held", {"Yemen", "Houthis"}),
        ("planned", {"Yemen", "Houthis"}),
    ]


def test_another_meeting_continues_the_talks_not_a_call_told_in_between(registry):
    text = (
        "Sudan and the RSF held talks in Jeddah on Friday. Earlier in the week, Marco Rubio "
        "spoke with Faisal bin Farhan by phone. Another meeting is expected in Jeddah next month."
    )
    planned = [m for m in meetings(text, registry) if m.status == "planned"]
    assert [set(m.participants) for m in planned] == [{"Sudan", "Rapid Support Forces"}]


def test_names_after_and_a_new_noun_phrase_are_no_partners(registry):
    text = (
        "The talks follow Shehbaz Sharif's phone call with Narendra Modi on Friday, and a "
        "Pakistani complaint to the United Nations about Indian shelling."
    )
    (call,) = [m for m in meetings(text, registry) if m.kind == "call"]
    assert "United Nations" not in call.participants


def test_talks_naming_other_sides_do_not_refer_back_to_a_call(registry):
    text = (
        "Marco Rubio spoke with Faisal bin Farhan by phone on Friday. Observers were hopeful "
        "about the Sudan-RSF talks."
    )
    (call,) = [m for m in meetings(text, registry) if m.kind == "call"]
    assert not {"Sudan", "Rapid Support Forces"} & set(call.participants)


def test_a_bare_contact_noun_refers_back_to_the_last_contact_whatever_else_its_sentence_names(
    registry,
):
    text = (
        "Qatar's envoy held talks with Eritrean officials in Doha. Kenya's President William "
        "Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed. The discussion took "
        "place on Monday, hours after Eritrean and Sudanese forces clashed near Kassala."
    )
    found = {m.kind: m for m in meetings(text, registry, published=date(2025, 6, 10))}
    assert set(found) == {"talks", "call"}
    assert (found["talks"].date, found["call"].date) == (None, date(2025, 6, 9))


def test_a_contact_a_past_year_before_its_when_clause_dates_is_background(registry):
    text = (
        "Colombia and the ELN met in Havana on Friday. The process had stalled since May "
        "2022, when Venezuela hosted Colombia and the ELN in Caracas."
    )
    found = meetings(text, registry)
    assert [(m.date, set(m.participants)) for m in found] == [
        (date(2024, 3, 29), {"Colombia", "ELN"})
    ]


def test_a_meeting_planned_after_one_was_called_off_is_a_new_one(registry):
    text = (
        "A meeting between Sisi and Netanyahu set for Friday was called off. Sisi is due to "
        "meet Israeli officials in Cairo next week."
    )
    assert [m.status for m in meetings(text, registry)] == ["cancelled", "planned"]


def test_calls_between_different_people_stay_apart(registry):
    text = (
        "Modi spoke with Sharif by phone on Friday. Jaishankar also held calls with "
        "Pakistani officials."
    )
    assert len(meetings(text, registry)) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # A series noun stands for the sides of the contact last reported, and in the plural
        # each day given is another sitting.
        (
            "Armenia and Azerbaijan held talks in Almaty on Monday. The two previous rounds "
            "were held in Washington on 12 May and 3 June.",
            [date(2024, 7, 1), date(2024, 5, 12), date(2024, 6, 3)],
        ),
        (
            "Thai and Cambodian officers met at the border on Monday. Earlier sessions of the "
            "committee took place on 2 June and 16 June, the army said.",
            [date(2024, 7, 1), date(2024, 6, 2), date(2024, 6, 16)],
        ),
        # Sessions on days in a row are one round, dated by its first day.
        (
            "Colombian and ELN negotiators held four sessions in Caracas on Tuesday and "
            "Wednesday, with Venezuelan and Cuban diplomats in the room.",
            [date(2024, 6, 25)],
        ),
        (
            "Sudan's army and the RSF met in Jeddah on Monday. Earlier sessions took place on "
            "2 and 3 June and on 16 June.",
            [date(2024, 7, 1), date(2024, 6, 2), date(2024, 6, 16)],
        ),
        # One round on one day is one sitting.
        (
            "Israel and Hamas held talks in Cairo on Monday. The previous round was held in "
            "Doha on 20 June.",
            [date(2024, 7, 1), date(2024, 6, 20)],
        ),
    ],
)
def test_rounds_of_a_series_each_get_their_day(registry, text, expected):
    found = meetings(text, registry, published=MONDAY)
    assert [m.date for m in found] == expected
    assert all(len({*m.participants}) >= 2 for m in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # State media put the day between the host's verb and the guest.
        (
            "Egyptian President Abdel Fattah al-Sisi received on Friday Qatari Prime Minister "
            "Mohammed bin Abdulrahman Al Thani at Al-Ittihadiya Palace.",
            (date(2024, 3, 29), {"Abdel Fattah al-Sisi", "Mohammed bin Abdulrahman Al Thani"}),
        ),
        (
            "President Abdel Fattah al-Sisi received yesterday the Qatari envoy in Cairo.",
            (date(2024, 3, 30), {"Abdel Fattah al-Sisi", "Qatar"}),
        ),
        # A title after a state's adjective makes the object a person, not a thing.
        (
            "Sharif received the Indian intelligence chief, Narendra Modi, at his office.",
            (None, {"Shehbaz Sharif", "Narendra Modi"}),
        ),
        # Honorifics before the guest announce the name ("His Excellency Mr").
        (
            "Pakistani Prime Minister Shehbaz Sharif received on Saturday His Excellency Mr "
            "Narendra Modi at his office in Islamabad.",
            (date(2024, 3, 30), {"Shehbaz Sharif", "Narendra Modi"}),
        ),
        # A capitalised title before its head ("Special Envoy") opens the guest's name.
        (
            "Prime Minister Narendra Modi received Special Envoy Shehbaz Sharif in Delhi.",
            (None, {"Narendra Modi", "Shehbaz Sharif"}),
        ),
        # A state's possessive before a title names the guest's side ("Norway's special envoy").
        (
            "Colombia's President Gustavo Petro receives Norway's special envoy in Bogota today.",
            (SUNDAY, {"Gustavo Petro", "Norway"}),
        ),
        # A named venue, like the day, may stand between the verb and the guest.
        (
            "Oman's foreign minister Badr Albusaidi received today at the Ministry's General "
            "Diwan Mr. Hans Grundberg, the UN envoy for Yemen.",
            (SUNDAY, {"Badr Albusaidi", "Hans Grundberg"}),
        ),
        (
            "Oman's foreign minister received in Muscat the Houthi delegation.",
            (None, {"Oman", "Houthis"}),
        ),
    ],
)
def test_hosts_receive_guests_in_state_media_style(text, expected, registry):
    day, sides = expected
    (meeting,) = meetings(text, registry)
    assert meeting.date == day and sides <= set(meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Sisi received on Friday new pledges of aid from Qatar.",
        "Colombia's President Gustavo Petro received Norway's peace plan on Monday.",
        "Oman's foreign minister received in Muscat support from Yemen.",
    ],
)
def test_a_host_receiving_a_thing_is_no_meeting(text, registry):
    assert meetings(text, registry) == ()


def test_who_speaks_during_a_contact_takes_part_in_it(registry):
    text = (
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who has mediated since "
        "October, said in a phone call with Sisi on Friday that the truce must hold."
    )
    (meeting,) = meetings(text, registry)
    assert {"Mohammed bin Abdulrahman Al Thani", "Abdel Fattah al-Sisi"} <= set(
        meeting.participants
    )
    assert (meeting.kind, meeting.date) == ("call", date(2024, 3, 29))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time of day with no day named is the publication day's.
        ("Modi, who phoned Sharif at lunchtime, praised the truce.", SUNDAY),
        ("Israeli and Hamas negotiators sat down in Doha shortly after 10 a.m.", SUNDAY),
        # A day named beside it wins.
        ("Netanyahu met Sisi in Cairo at 9 am on Friday.", date(2024, 3, 29)),
    ],
)
def test_a_time_of_day_dates_a_contact_to_the_publication_day(text, expected, registry):
    (meeting,) = meetings(text, registry)
    assert meeting.date == expected


@pytest.mark.parametrize(
    "text, sides",
    [
        # business daily: the round is named only by its day and place
        (
            "Armenia and Azerbaijan moved closer to a peace treaty. The dram rallied in Yerevan "
            "on Tuesday after Monday's talks in Abu Dhabi produced a draft text.",
            {"Armenia", "Azerbaijan"},
        ),
        # regional daily: the sides named before, as the dispute's
        (
            "Thailand and Cambodia are under pressure to settle the border dispute. Tour "
            "operators in Siem Reap cheered after Saturday's talks in Kuala Lumpur produced a "
            "deal to reopen the crossings.",
            {"Thailand", "Cambodia"},
        ),
    ],
)
def test_a_dated_round_with_nothing_before_it_is_between_the_sides(text, sides, registry):
    (meeting,) = meetings(text, registry)
    assert sides <= set(meeting.participants)
    assert meeting.date is not None


@pytest.mark.parametrize(
    "text, sides",
    [
        # wire copy: the agents of the mediation are the only actors the sentence names
        (
            "Sudan's army and the RSF say the truce is holding. It was first agreed on 12 May "
            "in Jeddah, in talks mediated by Saudi Arabia and the United States.",
            {"Sudan", "Rapid Support Forces", "Saudi Arabia", "United States"},
        ),
        # regional daily: a host and a co-mediator
        (
            "Armenia and Azerbaijan initialled the text last week. It was drafted on Monday in "
            "Abu Dhabi at talks hosted by the United Arab Emirates, with mediation by Kuwait.",
            {"Armenia", "Azerbaijan", "United Arab Emirates", "Kuwait"},
        ),
    ],
)
def test_talks_that_name_only_their_mediators_are_between_the_sides(text, sides, registry):
    (meeting,) = meetings(text, registry)
    assert set(meeting.participants) == sides


@pytest.mark.parametrize(
    "text, participants",
    [
        # mediators who meet among themselves are not the sides' talks
        (
            "Israel and Hamas traded blame for the delay. Qatari and Egyptian mediators met in "
            "Cairo on Monday to compare notes.",
            {"Qatar", "Egypt"},
        ),
        # a host who is a side hosts its own talks
        (
            "Russia and the United States prepared the summit. Putin hosted Trump in Alaska on "
            "Friday.",
            {"Vladimir Putin", "Donald Trump"},
        ),
    ],
)
def test_mediators_who_meet_or_host_their_own_talks_keep_their_participants(
    text, participants, registry
):
    (meeting,) = meetings(text, registry)
    assert participants <= set(meeting.participants)
    assert not {"Israel", "Hamas"} & set(meeting.participants)


FRIDAY = date(2024, 3, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire copy: what the callers agreed on is to come, the call is not
        (
            "The way was cleared by a phone call on Tuesday between Nikol Pashinyan and Ilham "
            "Aliyev, who agreed that the summit should go ahead.",
            ("call", date(2024, 3, 26), "held"),
        ),
        # the contact is the relative clause's own: its tense stands
        (
            "Aliyev thanked the Swiss hosts and Pashinyan, who will meet him in Geneva on Monday.",
            ("meeting", date(2024, 4, 1), "planned"),
        ),
        # a clause about the hosts leaves the talks' own verb to decide
        (
            "Talks between Armenia and Azerbaijan on Wednesday in Geneva, whose hosts said "
            "they would go on for weeks, ended without a deal.",
            ("talks", date(2024, 3, 27), "held"),
        ),
    ],
)
def test_a_relative_clause_about_a_person_gives_no_tense_to_the_contact(text, expected, registry):
    (contact,) = meetings(text, registry, published=FRIDAY)
    assert (contact.kind, contact.date, contact.status) == expected


def test_undated_talks_with_nothing_before_them_take_no_sides(registry):
    text = (
        "The negotiations took place behind closed doors in Doha. On Monday, US and Qatari "
        "officials held talks in Doha on a Gaza truce, Israel and Hamas said."
    )
    found = meetings(text, registry, published=MONDAY)
    assert [(set(m.participants) >= {"United States", "Qatar"}, m.date) for m in found] == [
        (True, MONDAY)
    ]


def test_the_government_is_the_side_the_article_is_about(registry):
    text = (
        "Congo's army said the truce held in North Kivu. Angolan mediators on Monday invited "
        "the government and the M23 to meet in Luanda from Jan. 21."
    )
    (meeting,) = meetings(text, registry)
    assert {"Democratic Republic of the Congo", "M23"} <= set(meeting.participants)
    assert meeting.date == date(2024, 1, 21)


@pytest.mark.parametrize(
    "text",
    [
        # A passive host verb: the pronoun subject is the guest.
        "Hamas leader Khalil al-Hayya arrived in Cairo on Sunday. He was also received by Sisi.",
        # An object pronoun: the guest named in the sentence before.
        "Hamas leader Khalil al-Hayya arrived in Cairo on Sunday. Sisi received him at noon.",
    ],
)
def test_a_pronoun_guest_is_the_person_named_before(text, registry):
    (meeting,) = meetings(text, registry)
    assert set(meeting.participants) == {"Khalil al-Hayya", "Abdel Fattah al-Sisi"}


def test_her_before_a_noun_is_a_possessive_not_a_guest(registry):
    text = "Hamas leader Khalil al-Hayya arrived in Cairo. Sisi received her letter on Monday."
    assert meetings(text, registry) == ()


@pytest.mark.parametrize(
    "text",
    [
        # A refusal names no contact.
        '"We will not negotiate with Israel under fire," Hamas official Osama Hamdan said.',
        '"There can be no direct talks with Israel," Hamas official Osama Hamdan said.',
        # The phone a speaker reached the press by is no call between parties.
        '"We will keep fighting," Hamdan of Hamas told reporters by telephone from Doha.',
    ],
)
def test_refusals_and_interviews_by_phone_are_no_contact(text, registry):
    assert meetings(text, registry) == ()


def test_a_party_told_by_phone_is_a_call(registry):
    (meeting,) = meetings("Sisi told Netanyahu by phone that Egypt was ready.", registry)
    assert meeting.kind == "call"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A span of days dates a round by its first day.
        ("Israel and Hamas held talks in Cairo on 12 and 13 March.", date(2024, 3, 12)),
        ("Israel and Hamas held talks in Cairo on 12-13 March.", date(2024, 3, 12)),
        ("Israel and Hamas held talks in Cairo from 12 to 14 March.", date(2024, 3, 12)),
    ],
)
def test_a_span_of_days_dates_a_round_by_its_first(text, expected, registry):
    (meeting,) = meetings(text, registry)
    assert meeting.date == expected


def test_a_day_before_the_reporting_verb_dates_the_speech_not_the_talks(registry):
    text = (
        "On Friday the Egyptian foreign minister confirmed that a delegation would go to "
        "Doha for talks with Hamas."
    )
    (meeting,) = meetings(text, registry)
    assert (meeting.date, meeting.status) == (None, "planned")


def test_a_contact_in_a_relative_clause_is_its_own(registry):
    text = (
        "Sisi, who met Netanyahu on Wednesday, said Egypt would host talks between Israel "
        "and Hamas on Friday."
    )
    found = {(m.kind, m.status, m.date): set(m.participants) for m in meetings(text, registry)}
    assert found[("meeting", "held", date(2024, 3, 27))] == {
        "Abdel Fattah al-Sisi",
        "Benjamin Netanyahu",
    }
    assert {"Israel", "Hamas"} <= found[("talks", "planned", date(2024, 4, 5))]


def test_both_delegations_of_a_three_party_negotiation_are_the_pair_named_together(registry):
    text = (
        "The Congolese government and M23 opened talks in Doha on Monday. Rwanda welcomed the "
        "talks, and Rwandan officials said Rwanda would attend the signing. A Qatari envoy held "
        "separate meetings with both delegations on Tuesday."
    )
    envoy = meetings(text, registry)[-1]
    assert set(envoy.participants) == {"Qatar", "Democratic Republic of the Congo", "M23"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Talks" with no partner named, carried on ahead: the sides last reported sit again
        (
            "Sudan's army and the RSF held talks in Jeddah on Friday. Talks are expected to "
            "continue in Manama next week.",
            [
                ("held", ("Sudan", "Rapid Support Forces")),
                ("planned", ("Sudan", "Rapid Support Forces")),
            ],
        ),
        (
            "Israel and Hamas held talks in Doha on Friday. Negotiations will resume in Cairo "
            "in April.",
            [("held", ("Israel", "Hamas")), ("planned", ("Israel", "Hamas"))],
        ),
        # "continue" that governs something else carries no talks on
        (
            "Israel and Hamas held talks in Doha on Friday. Aid groups continue to press for "
            "a dialogue on the crossings.",
            [("held", ("Israel", "Hamas"))],
        ),
        # resumed this morning: the round already reported goes on, no new one
        (
            "Armenia and Azerbaijan opened talks in Geneva on Friday. Talks resumed this "
            "morning for a second day.",
            [("held", ("Armenia", "Azerbaijan"))],
        ),
    ],
)
def test_talks_carried_on_with_no_partner_are_the_last_sides(text, expected, registry):
    found = meetings(text, registry, published=SUNDAY)
    assert [(m.status, tuple(sorted(m.participants))) for m in found] == [
        (status, tuple(sorted(sides))) for status, sides in expected
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "next" qualifies another noun: no tense for the contact, the weekday is the past one
        (
            "ADDIS ABABA - The AU on Wednesday presented Ethiopian and Tigrayan negotiators with "
            "a draft for the next phase of the truce, officials familiar with the talks said.",
            (date(2024, 3, 27), "held"),
        ),
        # "next" before the meeting word or a time still puts it ahead
        (
            "Armenia and Azerbaijan will hold the next round of talks on Tuesday.",
            (date(2024, 4, 2), "planned"),
        ),
        (
            "Kosovo and Serbia hold their next high-level meeting on Tuesday.",
            (date(2024, 4, 2), "planned"),
        ),
    ],
)
def test_next_puts_a_contact_ahead_only_when_it_qualifies_a_meeting_or_a_time(
    text, expected, registry
):
    contact = meetings(text, registry, published=FRIDAY)[0]
    assert (contact.date, contact.status) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day of a relative clause's own call leaves the offer undated: no meeting
        (
            "Turkish President Recep Tayyip Erdogan, who spoke by telephone with Vladimir Putin "
            "on Monday, said Turkey was ready to host a conference on the Black Sea truce.",
            [("call", date(2024, 3, 25))],
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan, who met Ilham Aliyev on Monday, said "
            "Armenia was open to talks with Azerbaijan on the border.",
            [("meeting", date(2024, 3, 25))],
        ),
    ],
)
def test_a_day_in_a_relative_clause_dates_that_clause_only(text, expected, registry):
    found = meetings(text, registry, published=FRIDAY)
    assert [(m.kind, m.date) for m in found] == expected


def test_you_in_a_question_and_i_in_an_answer_are_the_interviewee(registry):
    text = (
        "Nikol Pashinyan has spent a year trying to close the border file with Azerbaijan. "
        "The Caucasus Review spoke to him in Yerevan on Sunday. The interview has been edited "
        "for length.\n"
        "Is anything moving on the border?\n"
        "Slowly. I think both capitals know the cost of another war, and I have said so.\n"
        "You met Ilham Aliyev in Abu Dhabi last week. What did he want?\n"
        "He was clear that Azerbaijan wants the treaty signed this year. I told him that only "
        "talks can deliver that.\n"
        "And Ankara?\n"
        "I will meet Recep Tayyip Erdogan in Ankara on Thursday. We shall see what he says.\n"
        "What comes next?\n"
        "A meeting of the border commission, if both sides agree to it."
    )
    found = meetings(text, registry, published=date(2026, 2, 24))
    pairs = {
        frozenset(p for p in m.participants if p != "Armenia" and p != "Azerbaijan") for m in found
    }
    assert frozenset({"Nikol Pashinyan", "Ilham Aliyev"}) in pairs
    assert frozenset({"Nikol Pashinyan", "Recep Tayyip Erdogan"}) in pairs


@pytest.mark.parametrize(
    "later, expected",
    [
        # a later entry says the meeting due that day began: it was held
        ("11:40 - The meeting has started, about an hour late, an EU official says.", "held"),
        ("The talks began shortly after noon.", "held"),
        # a later mention that says nothing of its taking place leaves it planned
        ("The meeting is expected to focus on the border commission.", "planned"),
    ],
)
def test_a_meeting_due_today_that_a_later_sentence_says_began_was_held(later, expected, registry):
    text = (
        "Good morning from Brussels, where Nikol Pashinyan and Ilham Aliyev are due to meet "
        "today under EU auspices. " + later
    )
    (contact,) = meetings(text, registry, published=FRIDAY)
    assert (contact.date, contact.status) == (FRIDAY, expected)


WEDNESDAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting put off to a new day is still on, on that day
        (
            "The third round of talks between Sudan's army and the RSF, which was due to open in "
            "Jeddah on Friday, has been postponed to Dec. 4 at the army's request.",
            (date(2026, 12, 4), "planned"),
        ),
        (
            "KIGALI (Lakeside Wire) - Talks between Ethiopia and the TPLF have been pushed back "
            "to Thursday, mediators said.",
            (date(2026, 11, 19), "planned"),
        ),
        # put off to a month: planned, with no day
        (
            "Talks between Armenia and Azerbaijan, set for Friday, were put off until next month.",
            (None, "planned"),
        ),
        # put off with no new date: called off
        ("Talks between Armenia and Azerbaijan were postponed indefinitely.", (None, "cancelled")),
        # a move to a place is no new day
        ("Israel and Hamas moved to Cairo for talks on Friday.", (date(2026, 11, 20), "planned")),
    ],
)
def test_a_meeting_moved_to_a_new_day_is_planned_on_it(text, expected, registry):
    (contact,) = meetings(text, registry, published=WEDNESDAY)
    assert (contact.date, contact.status) == expected


def test_a_later_entry_that_moves_a_meeting_not_yet_held_sets_its_new_day(registry):
    text = (
        "09:12 African Union mediators are due to open a new session of talks between Ethiopia "
        "and the TPLF in Pretoria today.\n"
        "13:30 Prime Minister Abiy Ahmed held a call this morning with Kenya's President "
        "William Ruto, Abiy's office says.\n"
        "15:10 BREAKING: The opening session has been pushed back to Thursday, an AU spokesperson "
        "tells us."
    )
    talks, call = meetings(text, registry, published=WEDNESDAY)
    assert (talks.date, talks.status) == (date(2026, 11, 19), "planned")
    assert (call.date, call.status) == (WEDNESDAY, "held")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive's participle takes its tense from the auxiliary
        (
            "Tadesse Werede, head of the Tigray interim administration, will be received by "
            "Prime Minister Abiy Ahmed in Addis Ababa on Saturday, his office said.",
            (date(2026, 11, 21), "planned"),
        ),
        (
            "Prime Minister Abiy Ahmed was received by Kenya's President William Ruto in Nairobi "
            "on Saturday.",
            (date(2026, 11, 14), "held"),
        ),
        # a day that closes the reporting verb's own phrase dates the speech
        (
            "MAE SOT - Thailand will host talks between the junta and the Karen National Union "
            "later this month, a provincial official told the Northern Courier on Sunday.",
            (None, "planned"),
        ),
        (
            "Armenia and Azerbaijan will hold talks, Armenia's foreign ministry said in a "
            "statement on Monday.",
            (None, "planned"),
        ),
        # ... but not when the contact stands between them
        (
            "The Karen National Union told reporters it met Myanmar's junta on Monday.",
            (date(2026, 11, 16), "held"),
        ),
    ],
)
def test_a_passive_or_a_reporting_phrase_gives_no_tense_or_day_to_the_contact(
    text, expected, registry
):
    (contact,) = meetings(text, registry, published=WEDNESDAY)
    assert (contact.date, contact.status) == expected


def test_a_day_given_as_a_step_from_another_dates_its_own_contact(registry):
    text = (
        "The UN envoy Staffan de Mistura visited Rabat on Sept. 22 for talks with Foreign "
        "Minister Nasser Bourita, and met Polisario Front leader Brahim Ghali two days later."
    )
    days = {m.participants[-1]: m.date for m in meetings(text, registry, published=WEDNESDAY)}
    assert days["Brahim Ghali"] == date(2026, 9, 24)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a contact after the reporting phrase is dated by it
        (
            '"No security, no talks," Egypt\'s foreign minister said in Khartoum on 15 November, '
            "after meeting "
            "Sudan's army chief.",
            date(2026, 11, 15),
        ),
        # a held verb or a name is no reporting verb
        (
            "Talks between Armenia and Azerbaijan concluded in Geneva today.",
            WEDNESDAY,
        ),
        (
            "Inside a conference room at the State Department on Monday, Armenia and Azerbaijan "
            "held talks.",
            date(2026, 11, 16),
        ),
    ],
)
def test_a_reporting_phrase_dates_only_the_speech_that_closes_its_sentence(
    text, expected, registry
):
    (contact,) = meetings(text, registry, published=WEDNESDAY)
    assert contact.date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the predicate after a relative clause about the meeting is the meeting's own
        (
            "A summit between Prime Minister Nikol Pashinyan and President Ilham Aliyev, which "
            "had been tentatively planned for the end of March in Abu Dhabi, has been postponed, "
            "an Armenian government official said.",
            "cancelled",
        ),
        (
            "The round of talks between Sudan's army and the RSF in Jeddah, which was due to "
            "open on Thursday, has been called off.",
            "cancelled",
        ),
        (
            "A meeting between Serbia and Kosovo in Brussels, which the EU wanted in June, will "
            "now take place next week.",
            "planned",
        ),
    ],
)
def test_a_relative_clause_does_not_hide_the_meeting_s_own_predicate(text, expected, registry):
    (contact,) = meetings(text, registry, published=WEDNESDAY)
    assert contact.status == expected


@pytest.mark.parametrize(
    "text, sides",
    [
        # a source reports the contact and takes no part in it
        (
            "Thursday, April 16: Video call between ELN commander Antonio Garcia and Cuba, "
            "according to the rebels' spokesman, Aureliano Carbonell.",
            {"Antonio Garcia", "Cuba"},
        ),
        ("According to Egypt, Israel and Hamas held talks in Doha on Friday.", {"Israel", "Hamas"}),
    ],
)
def test_a_source_is_no_participant(text, sides, registry):
    (contact,) = meetings(text, registry, published=WEDNESDAY)
    assert set(contact.participants) == sides


@pytest.mark.parametrize(
    "text, published",
    [
        # an analysis: the talks a later sentence names by their day, a visit told in between
        (
            "The African Union has summoned the Sudanese army and the Rapid Support Forces to "
            "talks in Addis Ababa on 20 May, the first such round this year. Egyptian President "
            "Abdel Fattah al-Sisi met General Abdel Fattah al-Burhan in Cairo in early May to "
            "discuss the truce. Whether the talks on 20 May produce more than a communiqué may "
            "depend on the RSF.",
            date(2025, 5, 10),
        ),
        # a wire story: the call in between is not the meeting of that day
        (
            "Azerbaijan and Armenia will hold border talks in Tbilisi on 3 June, officials said. "
            "Armenian Prime Minister Nikol Pashinyan spoke with Russian President Vladimir Putin "
            "by phone earlier this week. Diplomats expect the 3 June meeting to settle the first "
            "stretch of the border.",
            date(2025, 5, 29),
        ),
    ],
)
def test_the_meeting_named_by_its_day_is_the_meeting_of_that_day(text, published, registry):
    planned, between = meetings(text, registry, published=published)
    assert (planned.status, len(planned.mentions)) == ("planned", 1)
    assert (between.date, between.status, between.mentions) == (None, "held", ())


def test_a_contact_a_step_governs_is_dated_back_from_the_day_before_it(registry):
    text = (
        "Sudanese army chief Abdel Fattah al-Burhan held talks with Saudi Crown Prince Mohammed "
        "bin Salman in Jeddah on Monday, a day after conferring with Egyptian President Abdel "
        "Fattah al-Sisi in Cairo."
    )
    found = meetings(text, registry, published=date(2025, 5, 29))
    assert [(m.date, "Egypt" in m.participants) for m in found] == [
        (date(2025, 5, 26), False),
        (date(2025, 5, 25), True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a wire story: the day belongs to the speech after the comma
        "Chad and Sudan will hold a meeting of their border commission in Abeche next week, "
        "Chadian Foreign Minister Moussa Kebir said on Wednesday (Oct 1).",
        # reported speech: "tomorrow" is the signing's, the commissions meet in October
        "Armenia and Azerbaijan agreed to convene their border commissions in Yerevan in "
        'October, and Pashinyan said he was ready to sign the treaty "tomorrow".',
    ],
)
def test_the_clause_s_own_week_or_month_outranks_a_day_from_another_clause(text, registry):
    (planned,) = meetings(text, registry, published=date(2025, 10, 1))
    assert (planned.date, planned.status) == (None, "planned")


def test_meetings_set_in_weeks_that_do_not_meet_are_two(registry):
    text = (
        "Boulos, the US adviser for Africa, is due to meet Burhan in Cairo later this week to "
        "discuss the truce, a State Department official said. A meeting between Burhan and "
        "Boulos that had been planned in Cairo last week was called off after the army objected."
    )
    found = meetings(text, registry, published=date(2025, 11, 24))
    assert [(m.status, m.date_text) for m in found] == [
        ("planned", "this week"),
        ("cancelled", "last week"),
    ]


def test_a_step_with_an_event_as_object_leaves_the_main_clause_its_day(registry):
    text = "On Monday, two days after the vote, Pashinyan met Aliyev in Abu Dhabi."
    (met,) = meetings(text, registry, published=date(2025, 5, 29))
    assert met.date == date(2025, 5, 26)

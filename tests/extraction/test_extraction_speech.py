"""Speech verbs as an open class (kind 4), text noise (kind 13), and quotations and lists
that continue a speaker (kind 5), in several house styles and conflicts."""

from datetime import date

import pytest

from negotiations.extraction import Document, extract
from negotiations.extraction.actors import lemma_of
from negotiations.extraction.lexicon import REPORTING_VERBS
from negotiations.extraction.sentences import split_sentences

PUBLISHED = date(2025, 8, 11)


def speakers(text, registry):
    result = extract(Document(text=text, published=PUBLISHED), registry)
    return [s.speaker for s in result.statements]


def statements(text, registry):
    result = extract(Document(text=text, published=PUBLISHED), registry)
    return [(s.speaker, s.evidence.text, s.mode) for s in result.statements]


@pytest.mark.parametrize(
    "form",
    [
        pytest.param(form, id=f"k4-form-{form}")
        for form in [
            "underscores",
            "underscoring",
            "reiterating",
            "reiterates",
            "emphasised",
            "emphasizing",
            "criticised",
            "criticizes",
            "thanked",
            "thanking",
            "signalled",
            "signaling",
            "warning",
            "wrote",
            "writing",
            "swore",
            "conceded",
            "lambasted",
            "labelled",
            "extolled",
            "specifies",
            "hailing",
            "commended",
            "denouncing",
            "retorted",
            "tweeted",
            "posting",
            "cautioning",
            "pleaded",
            "decried",
            "hoped",
            "hopes",
            "offered",
            "offering",
            "invited",
            "invites",
            "conveyed",
            "echoed",
            "credited",
            "downplayed",
            "appreciated",
            "relayed",
            "intimating",
            "averred",
            "charged",
            "flagged",
        ]
    ],
)
def test_every_inflected_form_lemmatises_into_the_class(form):
    assert lemma_of(form) in REPORTING_VERBS


@pytest.mark.parametrize(
    "text, expected",
    [
        # praise, criticism, gratitude: wire style
        pytest.param(
            "Armenia praised the border commission's work on Tuesday.",
            ["Armenia"],
            id="k4-praise",
        ),
        pytest.param(
            "Azerbaijan hailed the deal as a turning point for the region.",
            ["Azerbaijan"],
            id="k4-hail",
        ),
        pytest.param(
            "Serbia condemned the arrests of ethnic Serbs in the north.",
            ["Serbia"],
            id="k4-condemn",
        ),
        pytest.param(
            "Kosovo slammed the decision as a provocation.",
            ["Kosovo"],
            id="k4-slam",
        ),
        pytest.param(
            "The Sudanese army thanked Saudi Arabia for hosting the talks in Jeddah.",
            ["Sudan"],
            id="k4-thank",
        ),
        pytest.param(
            "Cambodia criticised the closure of the border crossings.",
            ["Cambodia"],
            id="k4-criticise-british",
        ),
        pytest.param(
            "Thailand criticized the shelling near the temple.",
            ["Thailand"],
            id="k4-criticize-american",
        ),
        # concession and emphasis: broadsheet style, every inflection
        pytest.param(
            "Pashinyan conceded that the talks had stalled over the constitution.",
            ["Nikol Pashinyan"],
            id="k4-concede",
        ),
        pytest.param(
            "Aliyev underscores that the road through Zangezur must open.",
            ["Ilham Aliyev"],
            id="k4-underscores",
        ),
        pytest.param(
            "Kosovo emphasised that it would not negotiate under pressure.",
            ["Kosovo"],
            id="k4-emphasised",
        ),
        pytest.param(
            "Rwanda denied the charges on Sunday, reiterating that its troops had left.",
            ["Rwanda"],
            id="k4-reiterating",
        ),
        # specification and naming: translated state media
        pytest.param(
            "Myanmar listed four conditions for a nationwide truce.",
            ["Myanmar"],
            id="k4-list",
        ),
        pytest.param(
            "Ethiopia specified the terms under which its troops would withdraw.",
            ["Ethiopia"],
            id="k4-specify",
        ),
        pytest.param(
            "Colombia's government wrote to the ELN commanders proposing a new round.",
            ["Colombia"],
            id="k4-write",
        ),
        # speech idioms
        pytest.param(
            "Serbia made clear that it would never recognise the declaration.",
            ["Serbia"],
            id="k4-idiom-made-clear",
        ),
        pytest.param(
            "Azerbaijan made it plain that the corridor was not negotiable.",
            ["Azerbaijan"],
            id="k4-idiom-made-it-plain",
        ),
        pytest.param(
            "Aliyev would not exclude a further meeting in Abu Dhabi.",
            ["Ilham Aliyev"],
            id="k4-idiom-would-not-exclude",
        ),
        pytest.param(
            "Pashinyan went on to say that the border had been calm for months.",
            ["Nikol Pashinyan"],
            id="k4-idiom-went-on-to-say",
        ),
        pytest.param(
            "Sudan took issue with the mediators' draft on Monday.",
            ["Sudan"],
            id="k4-idiom-took-issue",
        ),
        pytest.param(
            "Cambodia pointed out that the temple lies inside its border.",
            ["Cambodia"],
            id="k4-idiom-pointed-out",
        ),
        pytest.param(
            "Thailand has called for an immediate halt to the shelling.",
            ["Thailand"],
            id="k4-idiom-called-for",
        ),
        # a clause makes a verb of many senses speech
        pytest.param(
            "Armenia recalled that the treaty text was agreed in March.",
            ["Armenia"],
            id="k4-recall-clause",
        ),
        # a wish said aloud, an offer and an invitation made are speech acts
        pytest.param(
            "Kenya hoped the two generals would meet in Nairobi before the rains.",
            ["Kenya"],
            id="k4-hoped",
        ),
        pytest.param(
            "The ELN has offered a 60-day truce over the Christmas period.",
            ["ELN"],
            id="k4-offered",
        ),
        pytest.param(
            "Norway invited both delegations to Oslo for a fifth round in April.",
            ["Norway"],
            id="k4-invited",
        ),
        pytest.param(
            "Serbia calls on Pristina to withdraw its special police from the north.",
            ["Serbia"],
            id="k4-idiom-calls-on",
        ),
        pytest.param(
            "Azerbaijan paid tribute to the mediators' patience in a short statement.",
            ["Azerbaijan"],
            id="k4-idiom-paid-tribute",
        ),
        pytest.param(
            "Eritrea played down the border incident as a misunderstanding.",
            ["Eritrea"],
            id="k4-idiom-played-down",
        ),
        pytest.param(
            "Kosovo echoed the call for a return to dialogue in Brussels.",
            ["Kosovo"],
            id="k4-echoed",
        ),
        pytest.param(
            "Serbia singled out the Kosovo police for blame.", ["Serbia"], id="k4-singled-out"
        ),
        pytest.param(
            "Eritrea took note of the proposal on Monday.", ["Eritrea"], id="k4-took-note"
        ),
        pytest.param(
            "Thailand lodged a protest with Cambodia over the landmines.",
            ["Thailand"],
            id="k4-lodged-a-protest",
        ),
        pytest.param(
            "Ethiopia has been careful to say that no troops will cross the border.",
            ["Ethiopia"],
            id="k4-careful-to-say",
        ),
        pytest.param(
            "Sudan credited Saudi Arabia with reviving the talks.", ["Sudan"], id="k4-credited"
        ),
        pytest.param(
            "Israel downplayed the incident on the border.", ["Israel"], id="k4-downplayed"
        ),
        pytest.param(
            "Kinshasa charged that Rwandan troops were fighting alongside M23.",
            ["Democratic Republic of the Congo"],
            id="k4-charged-that",
        ),
        pytest.param(
            "Qatari mediators relayed that Hamas would accept the text.", ["Qatar"], id="k4-relayed"
        ),
        # the hearer may stand between a clause-only verb and its clause
        pytest.param(
            "Oman relayed to the Saudi negotiators that the Houthis would free the crew.",
            ["Oman"],
            id="k4-relayed-to-a-hearer-that",
        ),
        pytest.param(
            "Eritrea maintained to the AU envoy that its troops had left Tigray.",
            ["Eritrea"],
            id="k4-maintained-to-a-hearer-that",
        ),
        # a dash may close the quotation its attribution follows
        pytest.param(
            '"Our troops will stay until the last village is safe" -- Eritrea maintained in a '
            "statement.",
            ["Eritrea"],
            id="k4-dash-before-a-clause-only-verb",
        ),
        pytest.param(
            "Peskov intimated that Putin could meet Zelensky.", ["Dmitry Peskov"], id="k4-intimated"
        ),
        # a negation between the modal and the idiom: said now, not to come
        pytest.param(
            "Ethiopia would not rule out a meeting with the TPLF in Pretoria.",
            ["Ethiopia"],
            id="k4-idiom-would-not-rule-out",
        ),
    ],
)
def test_speech_verbs_are_an_open_class(text, expected, registry):
    assert speakers(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A firm demand from Eritrea was on the table.", id="k4-noun-demand"),
        pytest.param("His warning came a day after the clashes.", id="k4-noun-warning"),
        pytest.param(
            "The Secretary of State arrived in Port Sudan on Friday.", id="k4-title-state"
        ),
        pytest.param("Serbia recalled its ambassador from Pristina.", id="k4-recall-envoy"),
        pytest.param("Both armies observed the truce overnight.", id="k4-observe-truce"),
        pytest.param("Thailand and Cambodia concluded two days of talks.", id="k4-conclude"),
        pytest.param("The M23 commander was charged with war crimes.", id="k4-charged-with"),
        pytest.param("The officers flagged down a convoy near Goma.", id="k4-flagged-down"),
        pytest.param(
            "Egypt relayed the Israeli reply to Hamas on Tuesday.", id="relayed-a-text-onward"
        ),
        # a name in quotation marks before a clause-only verb makes it no speech
        pytest.param(
            'After the "Doha framework" collapsed, Israel recalled its negotiators from Qatar.',
            id="quoted-name-before-recall",
        ),
        pytest.param(
            'Under the "Minsk formula" Russia maintained troops in Donbas.',
            id="quoted-name-before-maintain",
        ),
        pytest.param("Aliyev welcomed Pashinyan to Baku on Monday.", id="k4-welcome-guest"),
        pytest.param("The detailed plan runs to twelve pages.", id="k4-adjective-detailed"),
        pytest.param("Serbian demands were rejected by Pristina.", id="k4-demonym-noun"),
        pytest.param("The Kosovo dispute dominated the summit.", id="k4-name-compound-noun"),
        pytest.param("Rwanda has not commented on the report.", id="k4-negated-verb"),
        pytest.param("The credit line was extended by the IMF.", id="k4-noun-credit"),
        # a speech idiom after a modal tells of a call yet to come
        pytest.param(
            "Under the plan, Belgrade would call on Kosovo Serbs to rejoin the police.",
            id="k4-idiom-future",
        ),
        # a bare form after a state's name that opens the sentence is its noun
        pytest.param("The Norway offer was tabled in Havana.", id="k4-named-noun-offer"),
        pytest.param("Under the Qatari offer, detainees would be freed.", id="k4-named-noun-pp"),
        pytest.param(
            "Pashinyan and Aliyev met in Abu Dhabi, signalling a thaw between the capitals.",
            id="k4-inference-participle",
        ),
    ],
)
def test_other_senses_of_speech_words_are_no_statements(text, registry):
    assert speakers(text, registry) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            '"We accept it [the ceasefire. Ed.] and will respect it," he said.',
            ['"We accept it [the ceasefire. Ed.] and will respect it," he said.'],
            id="k13-stop-inside-brackets",
        ),
        pytest.param(
            '"The U.S. [sic] will not decide for us," he said.',
            ['"The U.S. [sic] will not decide for us," he said.'],
            id="k13-bracket-after-abbreviation",
        ),
        pytest.param(
            '"We want peace (sic!) but not at any price," she said.',
            ['"We want peace (sic!) but not at any price," she said.'],
            id="k13-sic-exclamation",
        ),
        pytest.param(
            "The talks failed. (The envoy left early.) Fighting resumed.",
            ["The talks failed.", "(The envoy left early.)", "Fighting resumed."],
            id="k13-parenthetical-sentence-still-splits",
        ),
        pytest.param(
            "The statement said:\n1. Troops stay on the border.\n2. Talks remain open.",
            ["The statement said:", "1. Troops stay on the border.", "2. Talks remain open."],
            id="k5-numbered-items-keep-their-number",
        ),
    ],
)
def test_notes_and_list_numbers_do_not_split_sentences(text, expected):
    assert [span.text for span in split_sentences(text)] == expected


def test_translated_state_media_article(registry):
    """An invented dispatch: idioms, praise, a bracketed note, mixed quotes, a question
    sub-heading and a quotation paragraph that continues the speaker."""
    text = (
        "Foreign Minister Ararat Mirzoyan on Tuesday made clear that Yerevan would sign the "
        "treaty without delay.\n\n"
        "He commended the mediators for their patience.\n\n"
        "What happens next?\n\n"
        '“The text [of the treaty] is final," Mirzoyan told reporters. "Only the signatures '
        "are missing.”\n\n"
        '"We have waited for this day for a generation. We will not let it slip."'
    )
    assert speakers(text, registry) == ["Ararat Mirzoyan"] * 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # bracketed editorial notes inside a quotation
        pytest.param(
            '"We accept it [the ceasefire] and we will respect it," Pashinyan said.',
            [("Nikol Pashinyan", "direct")],
            id="k13-bracket-note",
        ),
        pytest.param(
            '"The army (sic) will pull back from the city. We owe it to our people," Aliyev said.',
            [("Ilham Aliyev", "direct"), ("Ilham Aliyev", "direct")],
            id="k13-sic",
        ),
        pytest.param(
            '"We will not sign [...] any text that cedes our land," Aliyev told reporters.',
            [("Ilham Aliyev", "direct")],
            id="k13-bracket-ellipsis",
        ),
        pytest.param(
            '"They [the RSF] must leave the homes they took. Then we can talk about a truce," '
            "the Sudanese army said.",
            [("Sudan", "direct"), ("Sudan", "direct")],
            id="k13-bracket-actor",
        ),
        # mixed straight and curly quotation marks
        pytest.param(
            '“We are ready to sign the treaty this year," Aliyev said.',
            [("Ilham Aliyev", "direct")],
            id="k13-curly-open-straight-close",
        ),
        pytest.param(
            '"We will not attend the talks in Doha,” Pashinyan said.',
            [("Nikol Pashinyan", "direct")],
            id="k13-straight-open-curly-close",
        ),
        pytest.param(
            '“We are ready to sign the treaty," Aliyev said. “The border has been calm for '
            "a year.”",
            [("Ilham Aliyev", "direct"), ("Ilham Aliyev", "direct")],
            id="k13-mixed-then-curly",
        ),
        pytest.param(
            "“We will keep the crossings open for aid,“ said Foreign Minister Hun Manet.",
            [("Hun Manet", "direct")],
            id="k13-curly-open-twice",
        ),
        # a double mark opening, a single mark closing
        pytest.param(
            "\"The humanitarian corridor will stay closed until Friday,' the Houthis said.",
            [("Houthis", "direct")],
            id="k13-double-open-single-close",
        ),
        pytest.param(
            "“The border commission meets again in March,’ Pashinyan told reporters. “We are "
            "ready to sign.”",
            [("Nikol Pashinyan", "direct"), ("Nikol Pashinyan", "direct")],
            id="k13-curly-double-open-single-close-then-quote",
        ),
        # a single quotation inside a double one still closes at the double mark
        pytest.param(
            "\"We told them 'not yet,' and we meant every word of it,\" Aliyev said.",
            [("Ilham Aliyev", "direct")],
            id="k13-single-inside-double",
        ),
    ],
)
def test_text_noise_keeps_quote_and_attribution(text, expected, registry):
    assert [(s, m) for s, _, m in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Serbia said on Monday it would return to the dialogue.\n\n"
            "What comes next for the dialogue?\n\n"
            "Kosovo has not replied to the invitation.",
            ["Serbia said on Monday it would return to the dialogue."],
            id="k13-question-subheading",
        ),
        pytest.param(
            "The Sudanese army said it would attend the talks.\n\n"
            "Who will monitor the truce?\n\n"
            '"We will accept monitors from the African Union," the Sudanese army said.',
            [
                "The Sudanese army said it would attend the talks.",
                '"We will accept monitors from the African Union," the Sudanese army said.',
            ],
            id="k13-question-subheading-before-quote",
        ),
        pytest.param(
            "What did Aliyev say?\n\nAliyev said the treaty would be signed this year.",
            ["Aliyev said the treaty would be signed this year."],
            id="k13-question-subheading-with-verb",
        ),
    ],
)
def test_question_subheadings_are_no_statements(text, expected, registry):
    assert [evidence for _, evidence, _ in statements(text, registry)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation paragraph after an attributed paragraph continues its speaker
        pytest.param(
            "Pashinyan said the treaty was ready to be signed. The text runs to seventeen "
            "articles.\n\n"
            '"We have waited thirty years for this moment. We will not wait any longer."',
            ["Nikol Pashinyan", "Nikol Pashinyan", "Nikol Pashinyan"],
            id="k5-quote-paragraph-continues",
        ),
        # a short narrative aside that names nobody else leaves the next quotation with
        # the speaker before it; one that names another person does not
        pytest.param(
            '"We are not fools," the KNU commander Saw Taw Nee said. He smiled. "But we are '
            'also tired."',
            ["Saw Taw Nee", "Saw Taw Nee"],
            id="k5-quote-after-narrative-aside",
        ),
        pytest.param(
            '"We are not fools," Armenian negotiator Aram Petrosyan said. Ilham Aliyev did not '
            'reply. "But we are also tired."',
            ["Aram Petrosyan"],
            id="k5-aside-naming-another-person",
        ),
        pytest.param(
            "Aliyev told parliament the border was calm.\n\n"
            '"Our soldiers have not fired a shot since spring. Nor will they."',
            ["Ilham Aliyev", "Ilham Aliyev", "Ilham Aliyev"],
            id="k5-quote-paragraph-after-indirect",
        ),
        pytest.param(
            "Fighting resumed near the border on Sunday.\n\n"
            '"We have lost three villages in a week and nobody is listening."',
            [],
            id="k5-quote-paragraph-without-speaker",
        ),
        pytest.param(
            "Aliyev said the border was calm.\n\n"
            '"We want the treaty signed before winter," Pashinyan said.',
            ["Ilham Aliyev", "Nikol Pashinyan"],
            id="k5-quote-paragraph-own-speaker",
        ),
        # lists after a colon
        pytest.param(
            "The Sudanese army listed four outcomes of the Jeddah talks:\n"
            "- a ceasefire in the capital;\n"
            "- safe passage for aid convoys;\n"
            "- the exit of fighters from homes;\n"
            "- a committee to monitor the truce.\n"
            "The RSF did not comment.",
            ["Sudan"] * 5,
            id="k5-bulleted-list",
        ),
        pytest.param(
            "Ethiopia issued a statement on Sunday. The statement said:\n"
            "1. Troops will stay on the border.\n"
            "2. Talks with Eritrea remain open.\n\n"
            "Eritrea was silent.",
            ["Ethiopia", "Ethiopia", "Ethiopia", "Ethiopia"],
            id="k5-numbered-list-statement",
        ),
        pytest.param(
            "Cambodia outlined its position in three points:\n"
            "• the border must be demarcated by the joint commission;\n"
            "• troops withdraw to their bases;\n"
            "• observers from ASEAN monitor the line.",
            ["Cambodia"] * 4,
            id="k5-bullet-points",
        ),
        pytest.param(
            "The agenda has three items:\n- prisoners;\n- the border;\n- trade.",
            [],
            id="k5-list-without-speaker",
        ),
    ],
)
def test_quotations_and_lists_continue_the_speaker(text, expected, registry):
    assert speakers(text, registry) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # naming verbs speak only when a quotation gives the name
        pytest.param(
            "Sudan's army chief Abdel Fattah al-Burhan termed the Jeddah arrangement "
            '"a trap for the Sudanese people."',
            ["Abdel Fattah al-Burhan"],
            id="k4-naming-verb-quote",
        ),
        pytest.param(
            "Pashinyan rejected the claims from Baku on Tuesday, calling them "
            '"a fiction with no basis in fact."',
            ["Nikol Pashinyan"],
            id="k4-naming-participle",
        ),
        pytest.param(
            "Burhan called a meeting of the sovereignty council on Monday.",
            [],
            id="k4-call-convenes",
        ),
        pytest.param(
            "Aliyev called Pashinyan on Monday to discuss the border commissions.",
            [],
            id="k4-call-phones",
        ),
        # a source phrase after the speech
        pytest.param(
            'Yerevan dismissed the draft as "demands dressed up as a treaty," in the words '
            "of Foreign Minister Ararat Mirzoyan.",
            ["Ararat Mirzoyan"],
            id="k5-in-the-words-of",
        ),
        # a joint subject through "and his counterpart"
        pytest.param(
            "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat "
            "Mirzoyan said in a joint statement that the border commissions would meet in May.",
            ["Jeyhun Bayramov", "Ararat Mirzoyan"],
            id="k1-and-his-counterpart",
        ),
        # an inverted role noun, and a go-between called envoy after mediator
        pytest.param(
            "Foreign Minister Jeyhun Bayramov spoke to the press in Baku.\n\n"
            '"The corridor must open without obstacles and soon," - stressed the Minister.',
            ["Jeyhun Bayramov"],
            id="k5-inverted-role",
        ),
        pytest.param(
            "The Kenyan mediator, Wanjiru Kamau, met both delegations in Nairobi and praised "
            'their courage. "Tonight we have turned a page for the whole region," the envoy '
            "added.",
            ["Wanjiru Kamau", "Wanjiru Kamau"],
            id="k5-envoy-is-the-mediator",
        ),
    ],
)
def test_naming_verbs_source_phrases_and_roles(text, expected, registry):
    assert speakers(text, registry) == expected

"""Invented whole articles in four house styles (a wire story, a live blog, a government press
release, a long-form magazine piece), each in a conflict the dev and held-out sets do not
cover: every statement's speaker, in order, as a careful editor would record it under
ANNOTATION.md. The sentences are written for this test; names are office holders or invented.
"""

from datetime import date

import pytest

from negotiations.extraction import Document, extract

PUBLISHED = date(2026, 3, 3)

WIRE_ARMENIA_AZERBAIJAN = (
    "YEREVAN, March 3 (Caspian Wire) - Armenia and Azerbaijan agreed on Monday to "
    "resume the work of their border delimitation commissions next month, Armenia's "
    "foreign ministry said, after a three-month pause blamed on a dispute over "
    "maps.\n"
    "Deputy Prime Minister Mher Grigoryan, who heads the Armenian commission, told "
    "reporters in Yerevan that the first session would be held in Tavush province "
    "on April 14.\n"
    '"We have agreed on the maps that will serve as the basis, and we want to '
    'finish the northern section this year," Grigoryan said. "Nobody expects it to '
    'be quick."\n'
    "Azerbaijan's foreign ministry confirmed the date but said Baku still wanted "
    "Armenia to change its constitution before any peace treaty is signed.\n"
    'The ministry also called on Yerevan to "stop the militarisation" of the border '
    "region.\n"
    "Azerbaijani Deputy Prime Minister Shahin Mustafayev, his counterpart on the "
    'commission, hoped the talks would "close the chapter of hostility for good".\n'
    "Armenian Prime Minister Nikol Pashinyan has ruled out any change to the "
    "constitution before elections in June."
)
LIVE_BLOG_COLOMBIA_ELN = (
    "Colombia-ELN talks: live updates from Havana\n"
    "14:05 GMT - Government delegation arrives\n"
    "The government's delegation, led by Vera Grabe, arrived at the El Laguito "
    "complex shortly after 9am local time.\n"
    "14:40 GMT - ELN wants a bilateral ceasefire first\n"
    "ELN commander Pablo Beltran told reporters outside the venue that the group "
    'would not discuss disarmament "while the army keeps bombing our camps".\n'
    '"We came to Havana in good faith. The government knows what it has to do," '
    "Beltran said.\n"
    "15:10 GMT - Petro weighs in\n"
    'Colombian President Gustavo Petro wrote on X that the ELN "must choose between '
    'politics and drug trafficking".\n'
    "He urged the guerrillas to free all hostages before the next round.\n"
    "15:45 GMT - What happens next?\n"
    "Norway and Cuba, the guarantor countries, invited both delegations to a closed "
    "session on Wednesday.\n"
    'The Norwegian envoy said the sides were "closer than they think".'
)
PRESS_RELEASE_KENYA_SUDAN = (
    "PRESS RELEASE\n"
    "Kenya welcomes resumption of Sudan talks in Jeddah\n"
    "The Ministry of Foreign and Diaspora Affairs of Kenya welcomes the decision of "
    "the Sudanese Armed Forces and the Rapid Support Forces to return to the Jeddah "
    "talks on 12 May.\n"
    "Prime Cabinet Secretary Musalia Mudavadi, who also serves as Kenya's Cabinet "
    "Secretary for Foreign Affairs, spoke by telephone with Saudi Foreign Minister "
    "Prince Faisal bin Farhan on Sunday.\n"
    "The Prime Cabinet Secretary commended the Kingdom of Saudi Arabia for its "
    "patience, and reaffirmed Kenya's readiness to support a humanitarian "
    "ceasefire.\n"
    "The Ministry calls on both parties to allow unhindered humanitarian access to "
    "El Fasher and Kadugli.\n"
    "The Ministry further reiterates that there can be no military solution to the "
    "conflict in Sudan."
)
MAGAZINE_MYANMAR_KNU = (
    "The Long Road to Naypyitaw\n"
    "Padoh Saw Taw Nee has spent most of his adult life in the hills along the Moei "
    "river, and he does not believe the generals have changed.\n"
    "The Karen National Union, which has fought the central government since 1949, "
    "was invited in December to talks in the capital. It has not answered.\n"
    '"They invite us with one hand and drop bombs with the other," Saw Taw Nee said '
    'when I met him in a village near the Thai border. "We are not fools." He '
    'smiled. "But we are also tired."\n'
    "Why now?\n"
    "The junta's chief, Senior General Min Aung Hlaing, needs a settlement before "
    "the second phase of his election. The Senior General said in a televised "
    'speech in January that the "door to peace is open to all who lay down arms".\n'
    "Thailand has offered to host a first meeting in Mae Sot, according to two "
    "diplomats briefed on the plan.\n"
    "The top diplomat in Bangkok, Foreign Minister Maris Sangiampongsa, told me "
    'only that his government "wants a quiet border".'
)

LIVE_BLOG_KOSOVO_SERBIA = (
    "Live: Kosovo-Serbia talks in Brussels\n"
    "10:15 CET - Kurti arrives\n"
    'Kosovo Prime Minister Albin Kurti arrived at the EU headquarters. "We came '
    'to sign, not to talk," he told journalists.\n'
    "10:40 CET - Belgrade's line\n"
    "Serbian President Aleksandar Vucic says Serbia will never recognise "
    "Kosovo. The president says the association of Serb municipalities must "
    "come first.\n"
    "11:05 CET - EU upbeat\n"
    'EU envoy Peter Sorensen tells reporters the two sides are "closer than '
    'ever".'
)
STATEMENT_ARMENIA_MFA = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA\n"
    "STATEMENT\n"
    "The Ministry of Foreign Affairs of the Republic of Armenia welcomes the "
    "agreement reached in Washington.\n"
    "Armenia reaffirms its commitment to the peace agenda and calls on "
    "Azerbaijan to refrain from maximalist demands.\n"
    "The Ministry stresses that the opening of regional communications must "
    "respect the sovereignty of both states."
)
PROFILE_KNU_COLONEL = (
    'The colonel is blunt. "We will not give up our weapons," says Colonel Aung '
    "Myo, the KNU's deputy commander, sitting in a bamboo hut. He shrugs. \"Not "
    'now, not ever."\n'
    'Later, he concedes that a ceasefire could come "if the army stops the air '
    'strikes".'
)


def said(text, registry):
    result = extract(Document(text=text, published=PUBLISHED), registry)
    return [(s.speaker, s.evidence.text) for s in result.statements]


@pytest.mark.parametrize(
    "article, expected",
    [
        pytest.param(
            WIRE_ARMENIA_AZERBAIJAN,
            [
                # an organ named with its owner closes the lede
                ("Armenia", "YEREVAN, March 3"),
                ("Mher Grigoryan", "Deputy Prime Minister Mher Grigoryan"),
                ("Mher Grigoryan", '"We have agreed'),
                # a quotation's second sentence keeps its speaker
                ("Mher Grigoryan", '"Nobody expects'),
                ("Azerbaijan", "Azerbaijan's foreign ministry confirmed"),
                # "the ministry" is the ministry that spoke last; "called on" is speech
                ("Azerbaijan", "The ministry also called on"),
                # a hope said aloud
                ("Shahin Mustafayev", "Azerbaijani Deputy Prime Minister"),
                ("Nikol Pashinyan", "Armenian Prime Minister Nikol Pashinyan"),
            ],
            id="wire",
        ),
        pytest.param(
            LIVE_BLOG_COLOMBIA_ELN,
            [
                # entry titles and a question heading are no statements
                ("Pablo Beltran", "ELN commander Pablo Beltran"),
                ("Pablo Beltran", '"We came to Havana'),
                ("Pablo Beltran", "The government knows"),
                ("Gustavo Petro", "Colombian President Gustavo Petro"),
                ("Gustavo Petro", "He urged the guerrillas"),
                # an invitation made by two guarantors: one statement each
                ("Norway", "Norway and Cuba"),
                ("Cuba", "Norway and Cuba"),
                # an unnamed envoy of a state speaks for it
                ("Norway", "The Norwegian envoy said"),
            ],
            id="live-blog",
        ),
        pytest.param(
            PRESS_RELEASE_KENYA_SUDAN,
            [
                # the issuing organ's official name ends in its state
                ("Kenya", "The Ministry of Foreign and Diaspora Affairs"),
                # a call is no statement; the office named in words is its holder
                ("Musalia Mudavadi", "The Prime Cabinet Secretary commended"),
                ("Kenya", "The Ministry calls on"),
                ("Kenya", "The Ministry further reiterates"),
            ],
            id="press-release",
        ),
        pytest.param(
            MAGAZINE_MYANMAR_KNU,
            [
                # a belief and a negated answer are no statements
                ("Saw Taw Nee", '"They invite us'),
                ("Saw Taw Nee", '"We are not fools."'),
                # a quotation after a line of narrative goes on with its speaker
                ("Saw Taw Nee", '"But we are also tired."'),
                # the capitalised rank is its holder named before
                ("Min Aung Hlaing", "The Senior General said"),
                ("Thailand", "Thailand has offered"),
                ("Maris Sangiampongsa", "The top diplomat in Bangkok"),
            ],
            id="magazine",
        ),
        pytest.param(
            LIVE_BLOG_KOSOVO_SERBIA,
            [
                ("Albin Kurti", '"We came to sign'),
                # the present tense of a live blog
                ("Aleksandar Vucic", "Serbian President Aleksandar Vucic says"),
                ("Aleksandar Vucic", "The president says"),
                ("Peter Sorensen", "EU envoy Peter Sorensen tells"),
            ],
            id="live-blog-present-tense",
        ),
        pytest.param(
            STATEMENT_ARMENIA_MFA,
            [
                # capitalised letterhead lines are no statements
                ("Armenia", "The Ministry of Foreign Affairs of the Republic of Armenia"),
                ("Armenia", "Armenia reaffirms"),
                ("Armenia", "The Ministry stresses"),
            ],
            id="ministry-statement",
        ),
        pytest.param(
            PROFILE_KNU_COLONEL,
            [
                ("Aung Myo", '"We will not give up'),
                ("Aung Myo", '"Not now, not ever."'),
                ("Aung Myo", "Later, he concedes"),
            ],
            id="profile-present-tense",
        ),
    ],
)
def test_every_statement_has_its_speaker(article, expected, registry):
    found = said(article, registry)
    assert [speaker for speaker, _ in found] == [speaker for speaker, _ in expected]
    for (_, text), (_, opening) in zip(found, expected, strict=True):
        assert text.startswith(opening)

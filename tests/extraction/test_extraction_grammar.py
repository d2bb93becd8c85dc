"""The grammar layer: who the subject of a verb stands for (kind 1, joint and collective
subjects; kind 6, subject syntax), as the statement, proposal and position stages see it."""

from datetime import date

import pytest

from negotiations.extraction import Document, RegistryActor, extract
from negotiations.extraction.analysis import Analysis
from negotiations.extraction.grammar import in_title_case, is_noun_use, opens_finite_clause
from negotiations.extraction.pipeline import actor_stage, sentence_stage

PUBLISHED = date(2025, 6, 3)

# Chad is not seeded; a document's registry may carry it.
CHAD = (
    RegistryActor("Chad", "state", aliases=("Chadian", "N'Djamena")),
    RegistryActor("Mahamat Deby", "person", "President", "Chad", ("Deby",)),
)


@pytest.fixture(scope="module")
def wider(registry):
    return registry.extended(CHAD)


def run(text, registry):
    return extract(Document(text=text, published=PUBLISHED), registry)


def speakers(text, registry):
    """The speakers of the last sentence, the one whose subject is tested."""
    statements = run(text, registry).statements
    last = max((s.evidence.start for s in statements), default=None)
    return sorted({s.speaker for s in statements if s.evidence.start == last})


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Chad and Sudan announced on Monday that the border crossing at Adre would reopen.",
            ["Chad", "Sudan"],
            id="k1-two-states-wire",
        ),
        pytest.param(
            "Armenia, Azerbaijan and Georgia said the rail link would open next year.",
            ["Armenia", "Azerbaijan", "Georgia"],
            id="k1-list-of-three",
        ),
        pytest.param(
            "Both Thailand and Cambodia said the ceasefire was holding along the border.",
            ["Cambodia", "Thailand"],
            id="k1-both-x-and-y",
        ),
        pytest.param(
            "Gulf states, including Qatar and Saudi Arabia, said the truce in Yemen must hold.",
            ["Qatar", "Saudi Arabia"],
            id="k1-including-list",
        ),
        pytest.param(
            "Armenian and Azerbaijani negotiators met in Abu Dhabi on Sunday. "
            "Both sides said the text of the treaty was nearly ready.",
            ["Armenia", "Azerbaijan"],
            id="k1-both-sides-named-together",
        ),
        pytest.param(
            "Talks between Thailand and Cambodia resumed in Kuala Lumpur. "
            "The two sides said the observers would deploy within a week.",
            ["Cambodia", "Thailand"],
            id="k1-the-two-sides-broadsheet",
        ),
        pytest.param(
            "Ilham Aliyev and Nikol Pashinyan met in Washington on Friday. "
            "The two leaders said the treaty would be signed before the end of the year.",
            ["Ilham Aliyev", "Nikol Pashinyan"],
            id="k1-the-two-leaders-are-persons",
        ),
        pytest.param(
            "Sudan's army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan "
            "Dagalo sent delegations to Jeddah. The two countries said nothing.",
            ["Rapid Support Forces", "Sudan"],
            id="k1-two-countries-across-titles",
        ),
        pytest.param(
            "Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah. "
            "In a joint statement, the parties said the humanitarian truce would hold.",
            ["Rapid Support Forces", "Sudan"],
            id="k1-the-parties-joint-statement",
        ),
        pytest.param(
            "A joint statement by Armenia and Azerbaijan said the border commissions would "
            "meet again in July.",
            ["Armenia", "Azerbaijan"],
            id="k1-joint-statement-by",
        ),
        pytest.param(
            "KINSHASA (Agence) - The DRC and M23 resumed talks in Doha on Tuesday. "
            "A joint communique said the warring parties had agreed on a prisoner swap.",
            ["Democratic Republic of the Congo", "M23"],
            id="k1-joint-communique-regional",
        ),
        pytest.param(
            "The Houthis and the United States exchanged messages through Oman. "
            "The sides said shipping would not be targeted.",
            ["Houthis", "United States"],
            id="k1-the-sides",
        ),
        pytest.param(
            "Officials from both countries said the talks between Thailand and Cambodia would "
            "go on.",
            ["Cambodia", "Thailand"],
            id="k1-officials-from-both-sides-speak-for-them",
        ),
        pytest.param(
            "Kenya, Uganda and Ethiopia hosted the talks in Nairobi. "
            "The three governments said the border would reopen.",
            ["Ethiopia", "Kenya", "Uganda"],
            id="i11k-the-three-governments-are-the-three-listed",
        ),
    ],
)
def test_joint_and_collective_speakers(text, expected, wider):
    assert speakers(text, wider) == expected


def test_joint_subject_makes_one_statement_per_speaker(registry):
    text = (
        "Thailand and Cambodia held talks in Kuala Lumpur. "
        "The two sides said the border would stay open."
    )
    statements = run(text, registry).statements
    assert [s.speaker for s in statements] == ["Thailand", "Cambodia"]
    assert statements[0].evidence == statements[1].evidence


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Thailand and Cambodia held talks in Kuala Lumpur on Monday. "
            "The two sides agreed to a ceasefire starting at midnight.",
            {"Cambodia", "Thailand"},
            id="k1-two-sides-accept",
        ),
        pytest.param(
            "Mediators put forward a ceasefire plan in Jeddah. "
            "Sudan and the Rapid Support Forces accepted the ceasefire on Saturday.",
            {"Rapid Support Forces", "Sudan"},
            id="k1-conjoined-answerers",
        ),
        pytest.param(
            "Qatar proposed a ceasefire for eastern Congo, where M23 holds Goma. "
            "Both sides welcomed the ceasefire, according to officials in Doha.",
            {"Democratic Republic of the Congo", "M23"},
            id="k1-both-sides-negotiation-parties",
        ),
    ],
)
def test_joint_answerers(text, expected, registry):
    proposals = run(text, registry).proposals
    assert {r.actor for p in proposals for r in p.responses} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Serbia and Kosovo met in Brussels last week. "
            "Both governments rejected sanctions, their envoys said.",
            {"Kosovo", "Serbia"},
            id="k1-both-governments-hold",
        ),
        pytest.param(
            "Armenia, Azerbaijan and Georgia support the ceasefire, diplomats said.",
            {"Armenia", "Azerbaijan", "Georgia"},
            id="k1-listed-holders",
        ),
        pytest.param(
            "France, Germany and Britain met in Geneva. "
            "The three countries remain open to negotiations with Iran.",
            {"France", "Germany", "United Kingdom"},
            id="i11k-the-three-countries-hold",
        ),
    ],
)
def test_joint_stance_holders(text, expected, registry):
    positions = run(text, registry).positions
    assert {q.actor for q in positions} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "French Foreign Minister Jean-Noel Barrot met Abdel Fattah al-Burhan in Port "
            "Sudan, adding that the war had to end before the rains.",
            ["Jean-Noel Barrot"],
            id="k6-title-with-state-word",
        ),
        pytest.param(
            "Visiting Yerevan, Turkish Foreign Minister Hakan Fidan met Ararat Mirzoyan, "
            "adding that the border could open soon.",
            ["Hakan Fidan"],
            id="k6-participle-after-titled-subject",
        ),
        pytest.param(
            "Abdel Fattah al-Burhan chaired the security council and told reporters that "
            "the army would not negotiate with the militia.",
            ["Abdel Fattah al-Burhan"],
            id="k6-coordinated-verbs",
        ),
        pytest.param(
            "Hun Manet visited the border on Sunday and later stressed that Cambodia "
            "wanted observers.",
            ["Hun Manet"],
            id="k6-coordinated-verbs-with-adverb",
        ),
        pytest.param(
            "The ceasefire was confirmed late on Friday by the Sudanese foreign ministry.",
            ["Sudan"],
            id="k6-distant-passive-agent",
        ),
        pytest.param(
            "The terms, published by the Rapid Support Forces on Telegram, state that "
            "civilians must be allowed to leave El Fasher.",
            ["Rapid Support Forces"],
            id="k6-reduced-relative",
        ),
        pytest.param(
            "Rwanda's delegation, led by Olivier Nduhungirehe, confirmed that it would attend.",
            ["Rwanda"],
            id="k6-reduced-relative-on-an-actor-noun",
        ),
        pytest.param(
            "Chad's ambassador in Addis Ababa, Mahamat Deby, said the crossing would reopen.",
            ["Mahamat Deby"],
            id="k6-apposition-across-place-name",
        ),
        pytest.param(
            "Mahamat Deby, Chad's envoy to Addis Ababa, said the crossing would reopen.",
            ["Mahamat Deby"],
            id="k6-apposition-ending-in-place-name",
        ),
        pytest.param(
            "In Doha, Qatar said both delegations had arrived.",
            ["Qatar"],
            id="k6-opening-place-is-no-conjunct",
        ),
        pytest.param(
            "N'DJAMENA, June 3 (Chad State Radio) - The Government of Chad at its session on "
            "Monday announced that the border crossings would reopen.",
            ["Chad"],
            id="k6-adjunct-of-occasion-after-the-subject",
        ),
        pytest.param(
            "Mahamat Deby during the summit told delegates that the crossings would reopen.",
            ["Mahamat Deby"],
            id="k6-adjunct-during-after-a-person",
        ),
    ],
)
def test_subject_syntax(text, expected, wider):
    assert speakers(text, wider) == expected


@pytest.mark.parametrize(
    "text, other",
    [
        pytest.param(
            "BEIRUT (Levant Wire) - Israel struck Lebanon after the army said rockets had been "
            "fired from the south.",
            "Lebanon",
            id="after-opens-a-clause-not-an-adjunct",
        ),
        pytest.param(
            "Azerbaijan met Armenia after the mediators said the talks would resume in Abu Dhabi.",
            "Armenia",
            id="after-the-mediators-said",
        ),
        pytest.param(
            "Kyiv Digest: Russia shelled Ukraine following claims that the talks had stalled, "
            "the envoys said.",
            "Ukraine",
            id="following-opens-a-clause",
        ),
    ],
)
def test_a_clause_after_after_or_following_keeps_its_own_subject(text, other, registry):
    assert other not in speakers(text, registry)


@pytest.mark.parametrize(
    "text, noun",
    [
        pytest.param(
            "Kosovo made a firm demand that the police withdraw.", True, id="k6-a-firm-demand"
        ),
        pytest.param("Serbia issued a stark warning to Pristina.", True, id="k6-a-stark-warning"),
        pytest.param("The group demands that the police withdraw.", False, id="k6-subject-verb"),
        pytest.param("The two sides warn that talks may fail.", False, id="k6-plural-subject-verb"),
        pytest.param("The ministry also warned that talks may fail.", False, id="k6-adverb-gap"),
    ],
)
def test_noun_read_as_noun(text, noun, registry):
    a = actor_stage(sentence_stage(Analysis(Document(text=text), registry)))
    cue = next(k for k, t in enumerate(a.tokens) if t.lemma in {"demand", "warn", "warning"})
    assert is_noun_use(a, 0, cue) is noun


@pytest.mark.parametrize(
    "words, lemmas, opened",
    [
        ("until Hamas is disarmed", "until Hamas be disarm", True),
        ("once the situation allows", "once the situation allow", True),
        ("until Friday", "until Friday", False),
        ("after the elections in June", "after the election in June", False),
    ],
)
def test_opens_finite_clause(words, lemmas, opened):
    assert opens_finite_clause(words.lower().split(), lemmas.lower().split(), 0) is opened


@pytest.mark.parametrize(
    "text, title_case",
    [
        ("Serbia-Kosovo Talks Collapse As Belgrade Walks Out", True),
        ("Yemen Truce Holds: Houthis Say Yes, Aden Sets Conditions", True),
        ("Serbia and Kosovo held talks in Brussels under the EU's Special Representative.", False),
        ("Talks Collapse", False),  # too short to tell a headline from a name
    ],
)
def test_in_title_case(text, title_case, registry):
    a = actor_stage(sentence_stage(Analysis(Document(text=text), registry)))
    assert in_title_case(a, 0) is title_case

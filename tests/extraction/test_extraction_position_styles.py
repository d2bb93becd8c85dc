"""Invented whole articles in six more house styles, for positions (issue 11, extraction that
generalises): wire copy, a think-tank brief, a live blog, translated state media, an interview
Q&A and an editorial-style analysis, each in a conflict the dev and diagnostic sets do not cover.

The positions each table lists were written under ANNOTATION.md before the extractor was run
on the article; a stance matches as the scorer's keywords do, on actor, stance and a stem in
the issue plus its evidence. Unwanted stances guard precision: a spurious stance costs as much
as a missed one. Strict xfails name the kinds no general rule here reaches yet.
"""

from datetime import date
from functools import cache

import pytest

from negotiations.extraction import Document, default_registry, extract

WIRE_TRANSNISTRIA = (
    "CHISINAU, March 4 (Wire) - Moldova said on Tuesday it was ready to resume "
    "talks with the breakaway Transnistria region on the withdrawal of Russian "
    "troops, but that Tiraspol must first release three detained customs "
    'officers.\n\n"Nobody will negotiate with us while our people sit in a cell," '
    "Foreign Minister Mihai Popsoi told reporters in Chisinau.\n\nTransnistrian "
    'leader Vadim Krasnoselsky rejected the demand as "political blackmail" and '
    "said the region would not discuss the Russian garrison at all.\n\nThe head of "
    "the OSCE mission, Kelly Keiderling, urged both sides to return to the 5+2 "
    "format and said her organisation was ready to host a meeting in Vienna if both "
    "delegations agreed.\n\nMoscow, for its part, said it opposed any attempt to "
    "turn the peacekeeping mission into a bargaining chip. Kremlin spokesman Dmitry "
    "Peskov said the troops would stay as long as there was no final "
    "settlement.\n\nRomania's foreign ministry welcomed the Moldovan offer."
)

BRIEF_CYPRUS = (
    "Policy Brief: Cyprus talks after Geneva\n\nSummary: The informal meeting in "
    "Geneva ended without agreement on reopening formal negotiations.\n\nCypriot "
    "President Nikos Christodoulides wants talks to resume where they stopped at "
    "Crans-Montana in 2017, on the basis of a bizonal, bicommunal federation. "
    "Turkish Cypriot leader Ersin Tatar rejects the federal model and has demanded "
    "sovereign equality as a precondition for any formal talks. Ankara backs his "
    "position.\n\nBritain, a guarantor power, has said little in public; officials "
    "in London say privately that they would support any solution the two "
    "communities agree.\n\nThe UN Secretary-General's personal envoy, Maria Angela "
    "Holguin, has proposed opening four new crossing points as a "
    "confidence-building measure. Both leaders accepted the idea in principle, but "
    "they have not agreed where the crossings would be.\n\nRecommendations: The EU "
    "should offer the Turkish Cypriot community direct trade, and Turkey should "
    "drop its insistence on a two-state model before the next informal meeting."
)

LIVE_SYRIA = (
    "Live: Israel-Syria security talks in Baku\n\n09:40 - Syrian Foreign Minister "
    "Asaad al-Shaibani has arrived in Baku for the second round of talks with "
    "Israeli officials, state news agency SANA reports.\n\n10:15 - An Israeli "
    "official tells reporters Israel will not withdraw from the buffer zone on "
    'Mount Hermon "until there is a new security reality in southern '
    'Syria."\n\n11:05 - Al-Shaibani: "We want the 1974 disengagement agreement '
    'restored. Anything less is an occupation with a new name."\n\n12:30 - US envoy '
    "Tom Barrack says Washington supports a de-escalation agreement and hopes both "
    'sides will sign it "within weeks".\n\n13:50 - Syrian state TV says Damascus '
    "rejected an Israeli demand for a demilitarised zone stretching to the south of "
    "the capital.\n\n14:20 - Hezbollah is not part of the talks."
)

STATE_MEDIA_SUDAN = (
    "Port Sudan, Jan. 12 (SUNA) - The Chairman of the Transitional Sovereignty "
    "Council, Commander-in-Chief of the Armed Forces, General Abdel Fattah "
    "Al-Burhan, received today the Personal Envoy of the United Nations "
    "Secretary-General for Sudan, Ramtane Lamamra.\n\nThe Chairman of the Council "
    "affirmed the government's openness to all initiatives aimed at ending the war, "
    "stressing that any negotiation must be preceded by the withdrawal of the rebel "
    "militia from civilian objects and cities, in accordance with the Jeddah "
    "Declaration.\n\nFor his part, the Envoy expressed his appreciation for the "
    "cooperation of the government, and he affirmed the readiness of the United "
    "Nations to support a humanitarian truce in El Fasher.\n\nThe Minister of "
    "Foreign Affairs, Ambassador Ali Youssef, stated that Sudan categorically "
    "rejects the participation of any state that supplies the militia with weapons "
    "in the Quartet mechanism."
)

QA_POLISARIO = (
    "Q&A: 'We will not accept autonomy', says Polisario envoy\n\nThe Polisario "
    "Front's representative at the United Nations, Sidi Omar, spoke to the Review "
    "after a closed Security Council session.\n\nQ: Morocco says its autonomy plan "
    "is the only realistic basis for talks. Will you negotiate on it?\n\nSIDI OMAR: "
    "No. Autonomy under Moroccan sovereignty is not a solution, it is an annexation "
    "with a new name. We will never accept it.\n\nQ: Would you return to the "
    "round-table format the UN envoy proposes?\n\nOMAR: We are ready to sit down "
    "with Morocco directly, but not in a format that treats Algeria as a party. "
    "Algeria is an observer.\n\nQ: What about a referendum?\n\nOMAR: The referendum "
    "is the only path that respects international law. That is our position and it "
    "will not change.\n\nQ: Staffan de Mistura has floated partition.\n\nOMAR: We "
    "have not been formally presented with any such proposal, so I will not comment "
    "on it."
)

ANALYSIS_ABKHAZIA = (
    "Analysis: Why the Geneva talks on Abkhazia keep stalling\n\nFifteen years "
    "after the Geneva International Discussions began, the format has become a "
    "ritual. Each side arrives with a list of demands it knows the other cannot "
    "meet.\n\nTbilisi insists that any agreement must provide for the return of "
    "ethnic Georgians displaced in the 1990s. The de facto authorities in Sukhumi "
    "reject that outright, arguing that a mass return would change the region's "
    "demography. Moscow, which keeps a military base in Gudauta, refuses to sign a "
    "non-use-of-force pledge, saying it is not a party to the conflict.\n\nGeorgian "
    'Prime Minister Irakli Kobakhidze has said his government would "never trade '
    'recognition for trade." Critics in Tbilisi say that is exactly what the '
    "government's quiet rapprochement with Moscow amounts to.\n\nThe EU monitoring "
    "mission, which has no access to Abkhazia, has called for its mandate to cover "
    "both sides of the boundary line. That is unlikely to happen while Russia holds "
    "a veto over it."
)

WIRE_AFPAK = (
    "ISTANBUL, Oct 30 (Wire) - Pakistan and Afghanistan's Taliban government agreed "
    "on Thursday to extend their ceasefire and to set up a monitoring mechanism, "
    "Turkish mediators said, after four days of talks in Istanbul.\n\nTurkey's "
    "foreign ministry said in a statement that the two sides would meet again on "
    "Nov. 6 to finalise how the mechanism would work.\n\nPakistani Defence Minister "
    "Khawaja Asif said Islamabad would give the talks a chance but warned that any "
    "further cross-border attack by militants sheltering in Afghanistan would be "
    "answered.\n\nTaliban spokesman Zabihullah Mujahid said the Islamic Emirate did "
    "not allow anyone to use Afghan soil against another country and rejected "
    "Pakistani demands to hand over militant leaders, calling them "
    '"unrealistic".\n\nQatar, which co-mediated, praised both delegations and '
    'called the extension "an important step".'
)


ARTICLES = {
    "wire_transnistria": (WIRE_TRANSNISTRIA, date(2026, 3, 4)),
    "brief_cyprus": (BRIEF_CYPRUS, date(2026, 2, 10)),
    "live_syria": (LIVE_SYRIA, date(2026, 5, 20)),
    "state_media_sudan": (STATE_MEDIA_SUDAN, date(2026, 1, 12)),
    "qa_polisario": (QA_POLISARIO, date(2026, 4, 2)),
    "analysis_abkhazia": (ANALYSIS_ABKHAZIA, date(2026, 6, 15)),
    "wire_afpak": (WIRE_AFPAK, date(2025, 10, 30)),
}


@cache
def extracted(article):
    text, published = ARTICLES[article]
    return extract(Document(text=text, published=published), default_registry())


def _holds(article, actors, stance, stem):
    return any(
        q.actor in actors and q.stance == stance and stem in f"{q.issue} {q.evidence.text}".lower()
        for q in extracted(article).positions
    )


def _unreached(reason):
    return pytest.mark.xfail(reason=reason, strict=True)


@pytest.mark.parametrize(
    "article, actors, stance, stem",
    [
        ("wire_transnistria", {"Moldova"}, "conditional", "talks"),
        ("wire_transnistria", {"Vadim Krasnoselsky"}, "oppose", "blackmail"),
        ("wire_transnistria", {"Russia"}, "oppose", "bargaining chip"),
        ("wire_transnistria", {"Romania"}, "support", "offer"),
        pytest.param(
            "wire_transnistria",
            {"Kelly Keiderling"},
            "support",
            "5+2",
            marks=_unreached(
                "'urged both sides to return to the 5+2 format': the act urged names a format "
                "of talks, which no issue word covers ('format' as an open noun was tried and "
                "found nothing it could name elsewhere)"
            ),
        ),
        pytest.param(
            "wire_transnistria",
            {"Dmitry Peskov", "Russia"},
            "oppose",
            "troops",
            marks=_unreached(
                "'the troops would stay as long as…' is read as a held outcome (conditional, "
                "on the troops staying); the annotators' reading, opposing their withdrawal, "
                "needs the antonym of staying"
            ),
        ),
        ("brief_cyprus", {"Nikos Christodoulides"}, "support", "federation"),
        ("brief_cyprus", {"Ersin Tatar"}, "oppose", "federal"),
        pytest.param(
            "brief_cyprus",
            {"Ersin Tatar"},
            "support",
            "sovereign equality",
            marks=_unreached(
                "'has demanded sovereign equality as a precondition for any formal talks': the "
                "demanded thing is no issue word, and the demand's 'talks' is taken as the "
                "object of 'rejects' across the coordinated clause"
            ),
        ),
        pytest.param(
            "brief_cyprus",
            {"Turkey"},
            "support",
            "position",
            marks=_unreached(
                "'Ankara backs his position': a stance on another actor's position needs the "
                "position's content, two sentences back"
            ),
        ),
        pytest.param(
            "brief_cyprus",
            {"Maria Angela Holguin"},
            "support",
            "crossing",
            marks=_unreached(
                "a proposer is recorded on the proposal, not given a position of its own"
            ),
        ),
        ("live_syria", {"Israel"}, "conditional", "withdraw"),
        ("live_syria", {"Asaad al-Shaibani"}, "support", "disengagement"),
        ("live_syria", {"Tom Barrack", "United States"}, "support", "de-escalation"),
        ("live_syria", {"Syria"}, "oppose", "demilitari"),
        ("state_media_sudan", {"Ali Youssef", "Sudan"}, "oppose", "quartet"),
        pytest.param(
            "state_media_sudan",
            {"Abdel Fattah al-Burhan"},
            "conditional",
            "withdraw",
            marks=_unreached(
                "'any negotiation must be preceded by the withdrawal of the militia': a "
                "precedence in the passive is a condition no condition word marks"
            ),
        ),
        pytest.param(
            "state_media_sudan",
            {"Ramtane Lamamra", "United Nations"},
            "support",
            "truce",
            marks=_unreached(
                "'For his part, the Envoy … and he affirmed the readiness of the United "
                "Nations': 'he' is resolved to the Chairman named before, not to the Envoy"
            ),
        ),
        ("qa_polisario", {"Sidi Omar", "Polisario Front"}, "support", "referendum"),
        pytest.param(
            "qa_polisario",
            {"Sidi Omar", "Polisario Front"},
            "oppose",
            "autonomy",
            marks=_unreached(
                "'We will never accept it.': the pronoun's antecedent, 'Autonomy under "
                "Moroccan sovereignty', is no registry issue and sits in the sentence before"
            ),
        ),
        ("analysis_abkhazia", {"Georgia"}, "support", "return"),
        pytest.param(
            "analysis_abkhazia",
            {"Abkhazia"},
            "oppose",
            "return",
            marks=_unreached(
                "'The de facto authorities in Sukhumi reject that outright': 'that' stands for "
                "the previous sentence's demand, and the body is named by a description"
            ),
        ),
        pytest.param(
            "analysis_abkhazia",
            {"Russia"},
            "oppose",
            "pledge",
            marks=_unreached(
                "'refuses to sign a non-use-of-force pledge': 'pledge' as an open-issue noun "
                "was measured to add a stance a diagnostic gold does not record ('dismissed "
                "that pledge as a stunt')"
            ),
        ),
        ("analysis_abkhazia", {"Irakli Kobakhidze", "Georgia"}, "oppose", "recognition"),
        ("wire_afpak", {"Zabihullah Mujahid", "Afghanistan"}, "oppose", "demand"),
        ("wire_afpak", {"Qatar"}, "support", "extension"),
        pytest.param(
            "wire_afpak",
            {"Khawaja Asif", "Pakistan"},
            "conditional",
            "talks",
            marks=_unreached(
                "'would give the talks a chance but warned that any attack would be answered': "
                "a warning in a 'but' clause is as often a caveat as a condition (a diagnostic "
                "gold reads 'would welcome any pause … but warned' as support)"
            ),
        ),
    ],
)
def test_positions(article, actors, stance, stem):
    assert _holds(article, actors, stance, stem)


@pytest.mark.parametrize(
    "article, actors, stance, stem",
    [
        ("wire_transnistria", {"Mihai Popsoi", "Moldova"}, "support", "negotiate"),
        ("brief_cyprus", {"European Union", "Turkey"}, "support", "trade"),
        pytest.param(
            "brief_cyprus",
            {"Switzerland"},
            "support",
            "crossing",
            marks=_unreached("'both leaders' is resolved to sides of the article, see below"),
        ),
        pytest.param(
            "brief_cyprus",
            {"United Nations"},
            "oppose",
            "crossing",
            marks=_unreached(
                "'Both leaders accepted the idea…, but they have not agreed where': 'both "
                "leaders' is resolved to sides of the article rather than the two leaders"
            ),
        ),
        ("live_syria", {"Hezbollah"}, "oppose", "talks"),
        ("qa_polisario", {"Morocco"}, "support", "autonomy"),
        pytest.param(
            "state_media_sudan",
            {"Abdel Fattah al-Burhan"},
            "support",
            "truce",
            marks=_unreached("the Envoy's 'he' is resolved to the Chairman, see above"),
        ),
        ("wire_afpak", {"Turkey"}, "support", "ceasefire"),
    ],
)
def test_no_spurious_position(article, actors, stance, stem):
    """A stance from a question's premise, a recommendation, a place, or a side that was not
    the holder is none of these actors' stances."""
    assert not _holds(article, actors, stance, stem)

"""Stance cues as open classes (issue 11, kind 2) and polarity (kind 11)."""

import pytest

from negotiations.extraction import Document, extract


def positions(text, registry):
    found = extract(Document(text=text), registry).positions
    return {(q.actor, q.issue, q.stance) for q in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Evaluations: a verdict after a light verb is its subject's stance on the issue.
        pytest.param(
            "Yerevan called the ceasefire a welcome step.",
            ("Armenia", "ceasefire", "support"),
            id="k2-welcome-step-wire",
        ),
        pytest.param(
            "The Sudanese army described the truce as a step forward, a spokesman said.",
            ("Sudan", "ceasefire", "support"),
            id="k2-step-forward-broadsheet",
        ),
        pytest.param(
            "Kigali termed the sanctions a non-starter.",
            ("Rwanda", "sanctions", "oppose"),
            id="k2-non-starter-regional",
        ),
        pytest.param(
            "Belgrade branded the peace deal illegitimate.",
            ("Serbia", "peace plan", "oppose"),
            id="k2-illegitimate-verdict",
        ),
        pytest.param(
            'Belgrade branded further sanctions "pointless".',
            ("Serbia", "sanctions", "oppose"),
            id="k14-futility-verdict",
        ),
        pytest.param(
            "The Somali government said the withdrawal of foreign troops was non-negotiable.",
            ("Somalia", "withdrawal", "support"),
            id="k14-non-negotiable-demand",
        ),
        # The verdict also answers the truce as a proposal; the position carries its title.
        pytest.param(
            "Kosovo's prime minister said a truce would be desirable.",
            ("Kosovo", "truce", "support"),
            id="k14-desirable-evaluation",
        ),
        # Obligation: the speaker demands what must be done, or stopped.
        pytest.param(
            "The Somali government said the withdrawal of Ethiopian troops must come first.",
            ("Somalia", "withdrawal", "support"),
            id="k14-obligation-must-come-first",
        ),
        pytest.param(
            "The Serbian president said any truce must be monitored by the OSCE.",
            ("Serbia", "ceasefire", "support"),
            id="k14-obligation-must-be-done",
        ),
        pytest.param(
            "Belgrade said the sanctions must be lifted.",
            ("Serbia", "sanctions", "oppose"),
            id="k14-obligation-to-stop",
        ),
        # a phrase cue ending the sentence ("a step forward.") is no longer phrase cut short
        pytest.param(
            "Kosovo's prime minister said the peace agreement reached in Brussels was a step "
            "forward.",
            ("Kosovo", "peace plan", "support"),
            id="k14-phrase-at-sentence-end",
        ),
        # a bare "agreement" or "deal" names the settlement
        pytest.param(
            "Mogadishu said it would never accept the deal that Ethiopia signed in January.",
            ("Somalia", "peace plan", "oppose"),
            id="k14-bare-deal-is-the-settlement",
        ),
        # A condition clause right after an issue makes the speaker's stance on it conditional.
        pytest.param(
            "Serbia said talks could resume only after Kosovo withdraws its police.",
            ("Serbia", "talks", "conditional"),
            id="k14-condition-clause-after-issue",
        ),
        # Praise and criticism judge the issue they govern; praising a plan answers it, so
        # the position carries the plan's title.
        pytest.param(
            "Thailand hailed the truce along the border.",
            ("Thailand", "truce", "support"),
            id="k2-hailed",
        ),
        pytest.param(
            "The African Union praised the prisoner swap between the two armies.",
            ("African Union", "prisoner swap", "support"),
            id="k2-praised",
        ),
        pytest.param(
            "Phnom Penh criticised the new sanctions imposed by the bloc.",
            ("Cambodia", "sanctions", "oppose"),
            id="k2-criticised-state-media",
        ),
        pytest.param(
            "The RSF slammed the disarmament plan as a trap.",
            ("Rapid Support Forces", "disarmament", "oppose"),
            id="k2-slammed",
        ),
        # Goals and priorities advocate what they name.
        pytest.param(
            "Azerbaijan's priority is a lasting peace deal.",
            ("Azerbaijan", "peace plan", "support"),
            id="k2-priority-possessor",
        ),
        pytest.param(
            '"What matters most for us is the return of the detainees," Nikol Pashinyan said.',
            ("Nikol Pashinyan", "prisoner exchange", "support"),
            id="k2-what-matters-quoted",
        ),
        pytest.param(
            "Colombia aims to secure a ceasefire before the elections.",
            ("Colombia", "ceasefire", "support"),
            id="k2-aims-to-secure",
        ),
        pytest.param(
            "Kinshasa remains committed to the monitoring mission in the east.",
            ("Democratic Republic of the Congo", "monitoring mission", "support"),
            id="k2-committed-to",
        ),
        # Hopes state a stance through what the hoped-for issue does; commitments to restart.
        pytest.param(
            "Ethiopia hoped the truce would hold through the rainy season.",
            ("Ethiopia", "ceasefire", "support"),
            id="k2-hoped-would-hold",
        ),
        pytest.param(
            "Yemen hoped the sanctions would be lifted soon.",
            ("Yemen", "sanctions", "oppose"),
            id="k2-hoped-lifted",
        ),
        pytest.param(
            "Washington will restart weapons deliveries to Kinshasa next month.",
            ("United States", "military aid", "support"),
            id="k2-restart-deliveries",
        ),
        pytest.param(
            "Naypyidaw pledged to reopen the aid convoy routes.",
            ("Myanmar", "humanitarian access", "support"),
            id="k2-pledged-reopen",
        ),
        # Talks and dialogue are an issue like any other.
        pytest.param(
            "The Houthis rejected any dialogue with the Saudi-led coalition, a spokesman said.",
            ("Houthis", "talks", "oppose"),
            id="k2-talks-issue-wire",
        ),
        pytest.param(
            "Baku hailed the peace treaty.",
            ("Azerbaijan", "peace treaty", "support"),
            id="k2-treaty-plan",
        ),
        # Talks "on" an issue are about that issue.
        pytest.param(
            "Serbia and Kosovo agreed to begin negotiations on a prisoner exchange.",
            ("Kosovo", "prisoner exchange", "support"),
            id="k2-talks-on-issue",
        ),
        # A person reporting a state's stance states it too.
        pytest.param(
            "Colombian negotiator Maria Restrepo said Bogota was ready to resume talks "
            "with the ELN.",
            ("Maria Restrepo", "talks", "support"),
            id="k2-speaker-voices-state",
        ),
        # An act of the state's own that a person reports is the state's stance as well.
        pytest.param(
            "Colombian negotiator Maria Restrepo said Bogota had accepted the resumption of talks"
            " with the ELN.",
            ("Colombia", "talks", "support"),
            id="i11g-state-keeps-its-act",
        ),
        pytest.param(
            "Hikmet Hajiyev said Azerbaijan had backed the prisoner exchange.",
            ("Azerbaijan", "prisoner exchange", "support"),
            id="i11g-state-keeps-its-act-wire",
        ),
        pytest.param(
            "Armenian Foreign Minister Ararat Mirzoyan told reporters that Yerevan was open to "
            "direct talks with Baku.",
            ("Ararat Mirzoyan", "talks", "support"),
            id="k2-speaker-voices-told",
        ),
        # A verdict closed by a comma judges the issue before it.
        pytest.param(
            "Khartoum said a truce is essential, whatever the talks bring.",
            ("Sudan", "ceasefire", "support"),
            id="k2-verdict-before-comma",
        ),
        # A thing said to hang on a condition is accepted only on it, by the speaker.
        pytest.param(
            "Bogota said any prisoner exchange would depend on the ELN ending kidnappings.",
            ("Colombia", "prisoner exchange", "conditional"),
            id="k2-depend-on",
        ),
        pytest.param(
            "A ceasefire is possible only after the RSF leaves El Fasher, Khartoum said.",
            ("Sudan", "ceasefire", "conditional"),
            id="k2-possible-only-after",
        ),
        # A refusal stated as the absence of a thing to come; "until" makes it a condition.
        pytest.param(
            "“There can be no elections while the militias are armed,” Prime Minister Nikol "
            "Pashinyan said.",
            ("Nikol Pashinyan", "elections", "oppose"),
            id="k2-there-can-be-no-quoted",
        ),
        pytest.param(
            "Belgrade said there was no question of a Kosovo army joining the monitoring mission.",
            ("Serbia", "peacekeepers and monitors", "oppose"),
            id="k2-no-question-of",
        ),
        # The refusal also answers the truce as a proposal; the position carries its title.
        pytest.param(
            "Yemen's government said there would be no truce with the Houthis until they leave "
            "Hodeidah.",
            ("Yemen", "truce", "conditional"),
            id="k11-no-truce-until",
        ),
        # Interest and satisfaction back their object; funding and promoting back the issue
        # they govern; refusing to recognise opposes the concession.
        pytest.param(
            "Baku is interested in the signing of the peace treaty as soon as possible.",
            ("Azerbaijan", "peace plan", "support"),
            id="k2-interested-in",
        ),
        pytest.param(
            "The Emirati minister expressed satisfaction with the dialogue.",
            ("United Arab Emirates", "talks", "support"),
            id="k2-satisfaction-with",
        ),
        pytest.param(
            "Norway said it would fund a monitoring mission along the line of contact.",
            ("Norway", "peacekeepers and monitors", "support"),
            id="k2-fund-governed",
        ),
        pytest.param(
            "The Colombian government has been promoting a prisoner exchange with the ELN.",
            ("Colombia", "prisoner exchange", "support"),
            id="k2-promoting-governed",
        ),
        pytest.param(
            "Belgrade will never recognise the territorial claims of Pristina.",
            ("Serbia", "territorial concessions", "oppose"),
            id="k11-never-recognise",
        ),
        # Polarity: a stop of a stop, or of an attack, backs the thing protected.
        pytest.param(
            "Sudan called for a pause in strikes on energy facilities.",
            ("Sudan", "energy infrastructure", "support"),
            id="k11-pause-in-strikes",
        ),
        pytest.param(
            "Kyiv and Moscow could agree not to attack energy infrastructure, the envoy said.",
            ("Ukraine", "energy infrastructure", "support"),
            id="k11-agree-not-to-attack",
        ),
        pytest.param(
            "Ethiopia called for an end to the suspension of aid convoys.",
            ("Ethiopia", "humanitarian access", "support"),
            id="k11-end-of-suspension",
        ),
        pytest.param(
            "Armenia condemned attacks on humanitarian convoys.",
            ("Armenia", "humanitarian access", "support"),
            id="k11-condemned-attacks",
        ),
        pytest.param(
            "Cambodia resumed strikes on energy infrastructure.",
            ("Cambodia", "energy infrastructure", "oppose"),
            id="k11-resumed-strikes",
        ),
        pytest.param(
            "Rwanda dropped its objection to the monitoring mission.",
            ("Rwanda", "peacekeepers and monitors", "support"),
            id="k11-dropped-objection",
        ),
        # A plain stop still turns the stance; a conjunction ends its reach.
        pytest.param(
            "Kosovo demanded a halt to arms deliveries.",
            ("Kosovo", "military aid", "oppose"),
            id="k11-halt-to",
        ),
        pytest.param(
            "Serbia called for an end to the blockade and new elections.",
            ("Serbia", "elections", "support"),
            id="k11-stop-ends-at-and",
        ),
        # Taking part in a thing, promised or offered, backs it.
        pytest.param(
            "Oman offered to host the talks.",
            ("Oman", "talks", "support"),
            id="k2-offered-to-host",
        ),
        pytest.param(
            "Baku said it would attend the negotiations in Geneva next month.",
            ("Azerbaijan", "talks", "support"),
            id="k2-would-attend",
        ),
        pytest.param(
            "Kinshasa would not attend the talks unless Kigali pulled out its troops.",
            ("Democratic Republic of the Congo", "talks", "conditional"),
            id="k2-would-not-attend-unless",
        ),
        pytest.param(
            "Ethiopia said it would take part in the dialogue.",
            ("Ethiopia", "talks", "support"),
            id="k2-take-part-in",
        ),
        pytest.param(
            "The Vatican said it would host the signing of the peace treaty in Rome.",
            ("Vatican", "peace plan", "support"),
            id="k2-host-the-signing-of",
        ),
        # A condition denied is none: attending "without preconditions" backs the talks.
        pytest.param(
            "Damascus said it would attend the talks without preconditions.",
            ("Syria", "talks", "support"),
            id="k14-without-preconditions",
        ),
        # An issue its speaker says will go ahead is backed; a start offered on a condition
        # is a conditional stance.
        pytest.param(
            "Colombian officials are divided, but President Gustavo Petro said on Monday "
            "that the elections will go ahead in May.",
            ("Gustavo Petro", "elections", "support"),
            id="k2-will-go-ahead",
        ),
        pytest.param(
            'Hun Manet said the truce would start at midnight "if Bangkok keeps its word".',
            ("Hun Manet", "ceasefire", "conditional"),
            id="k14-would-start-if",
        ),
        pytest.param(
            "Hun Manet said no negotiations could resume until Thai troops left the temples.",
            ("Hun Manet", "talks", "conditional"),
            id="k14-no-talks-until",
        ),
        pytest.param(
            "Hun Manet said the negotiations would not take place in Bangkok.",
            ("Hun Manet", "talks", "oppose"),
            id="k11-would-not-take-place",
        ),
        # Backing followed by a condition clause is conditional backing.
        pytest.param(
            "Doha is ready to host the talks if both sides drop their preconditions.",
            ("Qatar", "talks", "conditional"),
            id="k14-ready-if",
        ),
        pytest.param(
            "Thailand supports a truce unless Cambodia lays new mines.",
            ("Thailand", "ceasefire", "conditional"),
            id="k14-supports-unless",
        ),
        # Being bound by, abiding by or adhering to a thing accepts it; denied, refuses it.
        pytest.param(
            "The Houthis said they were not bound by any roadmap drafted in Riyadh.",
            ("Houthis", "peace plan", "oppose"),
            id="k11-not-bound-by",
        ),
        pytest.param(
            "Phnom Penh will abide by the ceasefire, the ministry said.",
            ("Cambodia", "ceasefire", "support"),
            id="k2-abide-by",
        ),
        # Predicates refusing the issue before them: the speaker's opposition.
        pytest.param(
            "Kremlin spokesman Dmitry Peskov said sanctions relief was off the table.",
            ("Dmitry Peskov", "sanctions", "oppose"),
            id="k11-off-the-table",
        ),
        pytest.param(
            'Colombia said a bilateral ceasefire "is not on the agenda for now".',
            ("Colombia", "ceasefire", "oppose"),
            id="k11-not-on-the-agenda",
        ),
        pytest.param(
            "Kigali said a withdrawal was out of the question.",
            ("Rwanda", "withdrawal", "oppose"),
            id="k11-out-of-the-question",
        ),
        # Asking or appealing for a thing advocates it.
        pytest.param(
            "Yerevan has asked for the release of all Armenian detainees.",
            ("Armenia", "prisoner exchange", "support"),
            id="k2-asked-for",
        ),
        pytest.param(
            "The African Union appealed for a humanitarian pause in Darfur.",
            ("African Union", "humanitarian access", "support"),
            id="k2-appealed-for",
        ),
        # An issue named by a verb its subject commits to: backed, refused, or conditional.
        pytest.param(
            "Rwanda said it would withdraw its troops from the border.",
            ("Rwanda", "withdrawal", "support"),
            id="k2-would-withdraw",
        ),
        pytest.param(
            "Myanmar will not negotiate with armed groups, a junta spokesman said.",
            ("Myanmar", "talks", "oppose"),
            id="k11-will-not-negotiate",
        ),
        pytest.param(
            "The United States does not negotiate with the Houthis, a spokesperson said.",
            ("United States", "talks", "oppose"),
            id="k11-does-not-negotiate",
        ),
        pytest.param(
            "Yerevan won't negotiate under threat.",
            ("Armenia", "talks", "oppose"),
            id="k11-wont-negotiate",
        ),
        pytest.param(
            'Israel Katz said: "Hezbollah will be disarmed, one way or another."',
            ("Israel Katz", "disarmament", "support"),
            id="k2-passive-will-be-disarmed-speaker",
        ),
        pytest.param(
            "Hezbollah will never disarm until Israel leaves Lebanese soil.",
            ("Hezbollah", "disarmament", "conditional"),
            id="k14-never-disarm-until",
        ),
        # Verdicts of bad faith and of wrong judge the thing on the table they are said of.
        pytest.param(
            "Serbia called the invitation a stunt.",
            ("Serbia", "invitation", "oppose"),
            id="k2-stunt-verdict-open-issue",
        ),
        pytest.param(
            "Kigali called that decision regrettable.",
            ("Rwanda", "decision", "oppose"),
            id="k2-regrettable-verdict-demonstrative",
        ),
        pytest.param(
            "Azerbaijan described the move as a provocation.",
            ("Azerbaijan", "move", "oppose"),
            id="k2-provocation-verdict",
        ),
        pytest.param(
            "Belgrade termed the understanding a positive development.",
            ("Serbia", "understanding", "support"),
            id="k2-positive-development-open-issue",
        ),
        # "welcome" read as a verb takes its object; "cannot" stands between subject and verb.
        pytest.param(
            "Russia cannot accept the presence of foreign troops.",
            ("Russia", "presence of foreign troops", "oppose"),
            id="k11-cannot-accept-open-issue",
        ),
        pytest.param(
            "Russia did not welcome the presence of foreign troops.",
            ("Russia", "presence of foreign troops", "oppose"),
            id="k11-not-welcome-verb",
        ),
        # Conditions after the issue: "once", "as soon as", "only if" on a weighing too.
        pytest.param(
            "Sudan said it was ready to resume talks once the RSF withdraws.",
            ("Sudan", "talks", "conditional"),
            id="k14-ready-once",
        ),
        pytest.param(
            "Sudan said it was ready to resume talks as soon as the RSF withdraws.",
            ("Sudan", "talks", "conditional"),
            id="k14-ready-as-soon-as",
        ),
        pytest.param(
            "Sudan would consider talks only if the army stopped air strikes.",
            ("Sudan", "talks", "conditional"),
            id="k14-consider-only-if",
        ),
        pytest.param(
            "Armenia said it is interested in signing the peace treaty as soon as possible.",
            ("Armenia", "peace treaty", "support"),
            id="k14-as-soon-as-possible-is-a-pace",
        ),
        # A condition in the next coordinated clause is that clause's.
        pytest.param(
            "Qatar backed the framework and was ready to fund reconstruction once the guns fall"
            " silent.",
            ("Qatar", "peace plan", "support"),
            id="k14-condition-of-next-clause",
        ),
        # Foreign troops a plan would station are a thing on the table; a target is opposed.
        pytest.param(
            "Serbia said it would never accept NATO troops under any flag.",
            ("Serbia", "NATO troops", "oppose"),
            id="k2-troops-open-issue",
        ),
        pytest.param(
            "Azerbaijan said any foreign soldiers on its border would be a legitimate target.",
            ("Azerbaijan", "foreign soldiers", "oppose"),
            id="k2-legitimate-target-verdict",
        ),
        # "the only (credible) way": the one way left is backed, whatever word stands between.
        pytest.param(
            "Britain said the truce was the only credible route to getting food into Darfur.",
            ("United Kingdom", "ceasefire", "support"),
            id="k2-only-credible-route",
        ),
        pytest.param(
            "Myanmar said the election is the only path to a democratic Union.",
            ("Myanmar", "elections", "support"),
            id="k2-only-path",
        ),
        pytest.param(
            "China will continue to encourage a lasting ceasefire in Shan State.",
            ("China", "ceasefire", "support"),
            id="k2-encourage-advocacy",
        ),
        # A hoped-for issue that would stop something else is backed; one that would stop is not.
        pytest.param(
            "Sudan hoped the truce would end the war.",
            ("Sudan", "ceasefire", "support"),
            id="k2-hope-issue-ends-the-war",
        ),
        pytest.param(
            "Russia hoped the sanctions would end.",
            ("Russia", "sanctions", "oppose"),
            id="k2-hope-issue-ends",
        ),
        # Idioms of approval back their object; "a nod" is an answer noun, so the stance is
        # named by the plan it answers, as "gave its blessing to" is.
        pytest.param(
            "Armenia gave a nod to the energy pause.",
            ("Armenia", "energy pause", "support"),
            id="k2-gave-a-nod-to",
        ),
        pytest.param(
            "Israel gave the green light to the truce.",
            ("Israel", "truce", "support"),
            id="k2-green-light-to",
        ),
        # "welcome" before a determiner is a verb taking its object, not an attributive verdict.
        pytest.param(
            "Pakistan would welcome such efforts again.",
            ("Pakistan", "efforts", "support"),
            id="k2-welcome-such-efforts",
        ),
        # A yes held to a condition, with no plan named, holds the plan on the table to it,
        # and backs the demand the condition names.
        pytest.param(
            "Mediators put a ten-day truce to both sides on Monday. Kinshasa's acceptance is"
            " conditional on the M23 leaving Goma.",
            ("Democratic Republic of the Congo", "ten-day truce", "conditional"),
            id="k2-acceptance-conditional-on-plan-on-table",
        ),
        pytest.param(
            "Mediators put a ten-day truce to both sides on Monday. Kinshasa's acceptance is"
            " conditional on the M23 leaving Goma.",
            ("Democratic Republic of the Congo", "the M23 leaving Goma", "support"),
            id="k2-acceptance-conditional-backs-demand",
        ),
        pytest.param(
            "Mediators tabled a prisoner exchange in Muscat. Yerevan says its consent depends on"
            " Baku returning the wounded first.",
            ("Armenia", "prisoner exchange", "conditional"),
            id="k2-consent-depends-on-plan-before",
        ),
        # "in principle" alone is a yes, as ANNOTATION reads it; a demand beside it is not.
        pytest.param(
            "Armenia and Azerbaijan have said they back, in principle, a prisoner exchange"
            " brokered by the Red Cross, but talks on the lists stalled.",
            ("Azerbaijan", "prisoner exchange", "support"),
            id="k2-in-principle-backs-joint",
        ),
        pytest.param(
            "Yerevan backs the prisoner exchange in principle.",
            ("Armenia", "prisoner exchange", "support"),
            id="k2-in-principle-backs",
        ),
        pytest.param(
            "Yerevan accepted the prisoner exchange in principle but wants the Red Cross to"
            " oversee it.",
            ("Armenia", "prisoner exchange", "conditional"),
            id="k2-in-principle-but-wants",
        ),
        # Evaluations as things built on or marking a settlement.
        pytest.param(
            "Bogotá called the ceasefire a milestone.",
            ("Colombia", "ceasefire", "support"),
            id="k2-milestone-evaluation",
        ),
        pytest.param(
            "Nairobi called the truce a building block for peace.",
            ("Kenya", "ceasefire", "support"),
            id="k2-building-block-evaluation",
        ),
        # "consider X a <verdict>" names X by the verdict; it weighs nothing.
        pytest.param(
            "Baku said it would consider any deployment of foreign troops a provocation.",
            ("Azerbaijan", "foreign troops", "oppose"),
            id="k2-consider-as-verdict",
        ),
        # The same commitment outside a plan's terms is a stance: its speaker's, who voices it.
        pytest.param(
            "Yerevan would withdraw its border guards from the four villages, Pashinyan said.",
            ("Nikol Pashinyan", "withdrawal", "support"),
            id="k2-commitment-outside-terms",
        ),
        # A refused or promised attendance with no object is about the meeting named before.
        pytest.param(
            "Myanmar's junta invited the KNU to talks in Naypyitaw next week. The KNU said on"
            " Tuesday that it would not attend.",
            ("KNU", "Myanmar–KNU talks", "oppose"),
            id="k2-would-not-attend-meeting-before",
        ),
        pytest.param(
            "Qatar will host talks between Chad and Sudan in Doha. Egypt said it would attend.",
            ("Egypt", "Qatar–Chad–Sudan talks", "support"),
            id="k2-would-attend-meeting-before",
        ),
        pytest.param(
            "Qatar will host talks between Chad and Sudan in Doha. Egypt refused to attend.",
            ("Egypt", "Qatar–Chad–Sudan talks", "oppose"),
            id="k2-refused-to-attend-meeting-before",
        ),
        pytest.param(
            "Qatar will host talks between Chad and Sudan in Doha. Egypt agreed to take part.",
            ("Egypt", "Qatar–Chad–Sudan talks", "support"),
            id="k2-agreed-to-take-part-meeting-before",
        ),
        # Conditions set with no plan named hold the plan on the table to them.
        pytest.param(
            "Mediators tabled a prisoner swap in Muscat. Yerevan said yes, but Baku attached"
            " conditions.",
            ("Azerbaijan", "prisoner swap", "conditional"),
            id="k2-attached-conditions-plan-on-table",
        ),
        pytest.param(
            "Mediators put a ten-day truce to both sides on Monday. The Sudanese army has set"
            " conditions.",
            ("Sudan", "ten-day truce", "conditional"),
            id="k2-set-conditions-plan-on-table",
        ),
        # Taking part promised is a stance, as "would attend" is.
        pytest.param(
            "Yerevan will take part in the talks in Abu Dhabi.",
            ("Armenia", "talks", "support"),
            id="k2-will-take-part",
        ),
        pytest.param(
            "Egypt stands ready to host the talks.",
            ("Egypt", "talks", "support"),
            id="k2-stands-ready",
        ),
        # A demand in a "but" clause after a backing holds the backing to it.
        pytest.param(
            "Armenia agreed to the prisoner exchange but demanded that Azerbaijan first release"
            " the wounded.",
            ("Armenia", "prisoner exchange", "conditional"),
            id="k2-agreed-but-demanded-wire",
        ),
        pytest.param(
            "The Ethiopian government said it backed a ceasefire but insisted that Eritrean"
            " troops must leave Tigray first.",
            ("Ethiopia", "ceasefire", "conditional"),
            id="k2-backed-but-insisted-broadsheet",
        ),
        pytest.param(
            "Kinshasa welcomed the truce but expected Kigali to pull its troops back.",
            ("Democratic Republic of the Congo", "truce", "conditional"),
            id="k2-welcomed-but-expected",
        ),
        pytest.param(
            "Bogotá supports the peace talks but says the guerrillas must free every hostage.",
            ("Colombia", "talks", "conditional"),
            id="k2-supports-but-must",
        ),
        # Refusing a kind ("any X that…", "a X that…") holds the issue to a condition.
        pytest.param(
            "Kosovo rejects any sanctions that target its police, Prime Minister Albin Kurti said.",
            ("Kosovo", "sanctions", "conditional"),
            id="i11g-any-sanctions-that-wire",
        ),
        pytest.param(
            "Sudan would not support a withdrawal that leaves the RSF in the cities.",
            ("Sudan", "withdrawal", "conditional"),
            id="i11g-a-withdrawal-that-column",
        ),
        pytest.param(
            "Myanmar would not accept any withdrawal which left the highway in rebel hands.",
            ("Myanmar", "withdrawal", "conditional"),
            id="i11g-any-withdrawal-which-state-media",
        ),
        # A cue verb standing as its noun is held like a stance noun.
        pytest.param(
            "Jordan voiced support for new sanctions.",
            ("Jordan", "sanctions", "support"),
            id="i11k-voiced-support-for",
        ),
        pytest.param(
            "Kenya and Uganda hosted the talks. Both countries have expressed their support "
            "for a permanent ceasefire.",
            ("Uganda", "ceasefire", "support"),
            id="i11k-both-countries-expressed-their-support",
        ),
        pytest.param(
            "Chad made its support for the truce depend on a pullback of foreign fighters.",
            ("Chad", "ceasefire", "conditional"),
            id="i11k-support-made-to-depend-on",
        ),
        # "the only realistic path" names a sole way, no condition.
        pytest.param(
            "Oman reaffirmed its steadfast support for the road map and said it remains the only "
            "realistic path to peace.",
            ("Oman", "peace plan", "support"),
            id="i11k-only-path-no-condition",
        ),
        # Keeping to a thing agreed backs it; pleading for a thing urges it.
        pytest.param(
            "Chad will keep to the ceasefire as long as no raids come from across the border.",
            ("Chad", "ceasefire", "conditional"),
            id="i11k-keep-to-as-long-as",
        ),
        pytest.param(
            "Niger stands by the peace deal signed in Algiers.",
            ("Niger", "peace plan", "support"),
            id="i11k-stands-by",
        ),
        pytest.param(
            "Kenya has pleaded for the truce to be widened into a nationwide ceasefire.",
            ("Kenya", "ceasefire", "support"),
            id="i11k-pleaded-for",
        ),
        # A participle phrase may stand between an issue and the verb promising it.
        pytest.param(
            "Abiy Ahmed said the elections scheduled for June will go ahead on time.",
            ("Abiy Ahmed", "elections", "support"),
            id="i11k-issue-participle-will-go-ahead",
        ),
        # An adverb of time between the holder and the cue: "now favours", "always backed".
        pytest.param(
            "Oman, which once lobbied for pressure on Tehran, now favours a peace settlement.",
            ("Oman", "peace plan", "support"),
            id="i11k-now-favours",
        ),
        pytest.param(
            "Jordan has always backed the deployment of monitors.",
            ("Jordan", "peacekeepers and monitors", "support"),
            id="i11k-always-backed",
        ),
        # "welcome" in a verb's slot takes its object, bare plurals too; "a welcome step" judges.
        pytest.param(
            "Eritrea would welcome observers along the border.",
            ("Eritrea", "peacekeepers and monitors", "support"),
            id="i11m-would-welcome-bare-plural",
        ),
        pytest.param(
            "Armenia welcomes elections in the spring, its foreign ministry said.",
            ("Armenia", "elections", "support"),
            id="i11m-welcomes-bare-plural",
        ),
        # Where a side answers a proposal, an issue the sentence names after it takes a stance of
        # its own ("accepted the truce and would welcome monitors").
        pytest.param(
            "Serbia accepted the EU-brokered truce and would welcome monitors on the boundary.",
            ("Serbia", "peacekeepers and monitors", "support"),
            id="i11m-answer-then-second-issue",
        ),
        pytest.param(
            "The Ethiopian government accepted the AU ceasefire proposal on Sunday and said it "
            "backed sanctions on arms smugglers.",
            ("Ethiopia", "sanctions", "support"),
            id="i11m-answer-then-second-issue-reported",
        ),
        # An act a side commits to, held to a condition after it, is a conditional stance.
        pytest.param(
            "Eritrea will withdraw its troops from Badme only if Ethiopia does the same.",
            ("Eritrea", "withdrawal", "conditional"),
            id="i11m-will-withdraw-only-if",
        ),
        pytest.param(
            "The Polisario Front said it would disarm once a referendum had been held.",
            ("Polisario Front", "disarmament", "conditional"),
            id="i11m-would-disarm-once",
        ),
        # An issue its speaker says will hold or go ahead on a condition is a conditional stance.
        pytest.param(
            "Abiy Ahmed said the truce will hold as long as Eritrean troops stay out of Tigray.",
            ("Abiy Ahmed", "ceasefire", "conditional"),
            id="i11m-truce-will-hold-as-long-as",
        ),
        pytest.param(
            "Abiy Ahmed said the elections will go ahead as long as the TPLF disarms.",
            ("Abiy Ahmed", "elections", "conditional"),
            id="i11m-will-go-ahead-as-long-as",
        ),
        pytest.param(
            "Armenia supports the deployment of EU monitors along the border, on the "
            "understanding that they report to both governments.",
            ("Armenia", "peacekeepers and monitors", "conditional"),
            id="i11m-on-the-understanding-that",
        ),
        # Issues joined with the preposition or a head noun repeated share the stance.
        pytest.param(
            "Ethiopia expressed support for a permanent ceasefire and for the continuation of"
            " the dialogue in Pretoria.",
            ("Ethiopia", "talks", "support"),
            id="i11m-and-for-the-continuation-of",
        ),
        # "and" joining phrases ("in Brussels and in Ohrid") does not end the clause whose
        # condition follows.
        pytest.param(
            "Pristina is ready to resume talks in Brussels and in Ohrid if Belgrade does the same.",
            ("Kosovo", "talks", "conditional"),
            id="i11m-and-in-phrases-then-if",
        ),
        # "no objection" as a verb's object is its subject's, and backs the thing.
        pytest.param(
            "Eritrea raised no objection to the deployment of monitors.",
            ("Eritrea", "peacekeepers and monitors", "support"),
            id="i11m-raised-no-objection",
        ),
        pytest.param(
            "The Houthis have no objection to a prisoner exchange.",
            ("Houthis", "prisoner exchange", "support"),
            id="i11m-have-no-objection",
        ),
        # A stance phrase whose object is "it"/"them" is about the issue named before it.
        pytest.param(
            "The TPLF has called the truce a victory and says it remains committed to it.",
            ("Tigray People's Liberation Front", "ceasefire", "support"),
            id="i11m-committed-to-it",
        ),
        pytest.param(
            "Kosovo tabled new sanctions, and Serbia called for them.",
            ("Serbia", "sanctions", "support"),
            id="i11m-called-for-them",
        ),
        # A thing judged needless is opposed.
        pytest.param(
            "Eritrean officials said they see no need for international monitors.",
            ("Eritrea", "peacekeepers and monitors", "oppose"),
            id="i11m-see-no-need-for",
        ),
        # a stance word its holder stops short of is withheld: neutral
        pytest.param(
            "Kenya stopped short of endorsing the election in South Sudan.",
            ("Kenya", "elections", "neutral"),
            id="k11-stopped-short-of-neutral",
        ),
        # assent to weighing a thing is a neutral stance on it
        pytest.param(
            "Serbia agreed to study the proposal.",
            ("Serbia", "proposal", "neutral"),
            id="k11-agreed-to-study",
        ),
        # past a contrast, the issue is the later stance word's
        pytest.param(
            "Eritrea agreed to reopen the border crossings but rejected the peace plan.",
            ("Eritrea", "peace plan", "oppose"),
            id="k11-agreed-but-rejected",
        ),
        pytest.param(
            "Sudan welcomed the talks but refused the truce.",
            ("Sudan", "truce", "oppose"),
            id="k11-welcomed-but-refused",
        ),
        # a stance declined or a judgement held back is neutral
        pytest.param(
            "Turkey has taken no position on the deployment of monitors in Sudan.",
            ("Turkey", "peacekeepers and monitors", "neutral"),
            id="k11-taken-no-position",
        ),
        pytest.param(
            "The African Union took no stance on the referendum.",
            ("African Union", "referendum", "neutral"),
            id="k11-took-no-stance",
        ),
        pytest.param(
            "Washington takes note of the RSF's ceasefire announcement.",
            ("United States", "ceasefire", "neutral"),
            id="k11-takes-note-of",
        ),
        pytest.param(
            "The Colombian government reserved judgement on the ELN's ceasefire offer.",
            ("Colombia", "ceasefire", "neutral"),
            id="k11-reserved-judgement",
        ),
        # a thing a verb takes as its object outweighs an issue named before the verb
        pytest.param(
            "Hungary called the sanctions pointless and said it would block any move to use"
            " frozen assets.",
            ("Hungary", "move", "oppose"),
            id="i11m-thing-object-after-issue",
        ),
        pytest.param(
            "Eritrea said the sanctions were unjust and rejected the invitation to the review.",
            ("Eritrea", "invitation", "oppose"),
            id="i11m-refused-thing-after-issue",
        ),
        # what an issue is hoped to do, after a modal, is hoped for with it
        pytest.param(
            "Massad Boulos said he hoped the truce would open the door to wider talks.",
            ("Massad Boulos", "ceasefire", "support"),
            id="hope-issue-would-do",
        ),
        pytest.param(
            "Kenya hopes the moratorium will pave the way for elections.",
            ("Kenya", "moratorium", "support"),
            id="hope-thing-will-do",
        ),
        # idioms of backing: throwing or putting one's weight behind a thing
        pytest.param(
            "Norway and Cuba put their full weight behind the ceasefire.",
            ("Cuba", "ceasefire", "support"),
            id="idiom-weight-behind",
        ),
        pytest.param(
            "Britain has thrown its weight behind the initiative.",
            ("United Kingdom", "initiative", "support"),
            id="idiom-thrown-weight-behind",
        ),
        # a stance quoted from a joint statement is each signatory's
        pytest.param(
            'Ethiopia and Eritrea said in a joint statement that the ceasefire "deserves the'
            ' support of all".',
            ("Eritrea", "ceasefire", "support"),
            id="joint-statement-quoted",
        ),
        pytest.param(
            "Talks between Sudan's army and the RSF resumed in Jeddah. Both sides agreed to a"
            " humanitarian truce of ten days, Faisal bin Farhan announced.",
            ("Rapid Support Forces", "humanitarian truce", "support"),
            id="joint-deal-sides",
        ),
    ],
)
def test_stance(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        pytest.param(
            "Thailand fell short of endorsing the peace deal.",
            ("Thailand", "peace plan", "support"),
            id="k11-fell-short-of",
        ),
        pytest.param(
            "The African Union stopped short of backing new sanctions.",
            ("African Union", "sanctions", "support"),
            id="k11-stopped-short-of",
        ),
        pytest.param(
            "Ethiopia and Eritrea could not agree on a ceasefire.",
            ("Ethiopia", "ceasefire", "oppose"),
            id="k11-could-not-agree-on",
        ),
        pytest.param(
            "Armenia and Azerbaijan could not agree on the prisoner exchange.",
            ("Armenia", "prisoner exchange", "oppose"),
            id="k11-could-not-agree-on-plain",
        ),
        # A refusal of the one thing meant, or of a kind with a clause not restricting it, stays
        # a refusal.
        pytest.param(
            "Rabat rejected the withdrawal that the Polisario proposed.",
            ("Morocco", "withdrawal", "conditional"),
            id="i11g-the-ceasefire-that-is-one-thing",
        ),
        pytest.param(
            "Pristina rejects any sanctions, which it calls a trap.",
            ("Kosovo", "sanctions", "conditional"),
            id="i11g-any-sanctions-comma-which",
        ),
        pytest.param(
            "Yerevan opposes any elections to which observers are not invited.",
            ("Armenia", "elections", "conditional"),
            id="i11g-any-elections-to-which",
        ),
        # A disposition a person voices for their state (readiness, commitment, what it will
        # do) is the person's stance, not a second one of the state's.
        pytest.param(
            "Foreign Minister Ararat Mirzoyan said Armenia was ready to resume talks.",
            ("Armenia", "talks", "support"),
            id="i11g-voiced-readiness-is-the-speakers",
        ),
        pytest.param(
            "Ethiopian Prime Minister Abiy Ahmed told parliament that Ethiopia remained committed"
            " to the peace agreement.",
            ("Ethiopia", "peace plan", "support"),
            id="i11g-voiced-commitment-is-the-speakers",
        ),
        pytest.param(
            "Nikol Pashinyan said Armenia would never accept territorial concessions.",
            ("Armenia", "territorial concessions", "oppose"),
            id="i11g-voiced-refusal-is-the-speakers",
        ),
        pytest.param(
            "Ethiopia and Eritrea could not agree on a ceasefire.",
            ("Ethiopia", "ceasefire", "support"),
            id="k11-could-not-agree-on-no-support",
        ),
        pytest.param(
            "Colombia failed to agree on the prisoner exchange.",
            ("Colombia", "prisoner exchange", "oppose"),
            id="k11-failed-to-agree",
        ),
        pytest.param(
            "Neither Serbia nor Kosovo backed the truce.",
            ("Kosovo", "ceasefire", "support"),
            id="k11-neither-nor",
        ),
        pytest.param(
            "Sudan agreed to pause strikes on energy facilities.",
            ("Sudan", "energy infrastructure", "oppose"),
            id="k11-pause-strikes-no-oppose",
        ),
        pytest.param(
            "Serbia and Kosovo agreed to begin negotiations on a prisoner exchange.",
            ("Kosovo", "talks", "support"),
            id="k2-talks-on-issue-not-talks",
        ),
        pytest.param(
            "Khartoum said a truce is essential, whatever the talks bring.",
            ("Sudan", "talks", "support"),
            id="k2-verdict-not-past-comma",
        ),
        # a condition clause conditions the issue before it, not one inside it
        pytest.param(
            "Belgrade said it would return to Brussels only if the sanctions were lifted.",
            ("Serbia", "sanctions", "conditional"),
            id="k14-condition-clause-not-its-own-issue",
        ),
        # Attending, as an event reported, is no stance.
        pytest.param(
            "Envoys from Norway and Oman attended the talks in Muscat.",
            ("Norway", "talks", "support"),
            id="k2-attended-event",
        ),
        # A start announced with no condition is a schedule, not a stance.
        pytest.param(
            "Hun Manet said the negotiations would begin on Friday in Kuala Lumpur.",
            ("Hun Manet", "talks", "support"),
            id="k2-would-begin-schedule",
        ),
        # What both sides would do states the terms of their agreement, not one's stance.
        pytest.param(
            "Serbia and Kosovo said both sides would withdraw their police from the bridge.",
            ("Serbia", "withdrawal", "support"),
            id="k2-both-sides-would-terms",
        ),
        # A demand after "but" by a subject of its own leaves the first backing as it is.
        pytest.param(
            "Serbia backed the truce, but Kosovo demanded more guarantees.",
            ("Serbia", "truce", "conditional"),
            id="k2-but-other-subject-demands",
        ),
        # What a yes depends on is demanded, not held to a condition itself.
        pytest.param(
            "Yerevan says its consent depends on Baku returning the detainees first.",
            ("Armenia", "prisoner exchange", "conditional"),
            id="k2-demand-after-consent-not-conditioned",
        ),
        pytest.param(
            "Baku said it would consider any deployment of foreign troops a provocation.",
            ("Azerbaijan", "deployment of foreign troops", "neutral"),
            id="k2-consider-as-verdict-not-weighing",
        ),
        # "a building block" is a noun phrase: no one blocks anything.
        pytest.param(
            'IGAD said the truce could become "a building block" for a wider peace process.',
            ("IGAD", "talks", "oppose"),
            id="k2-building-block-no-blocking",
        ),
        # A passive commitment is the speaker's, not its grammatical subject's.
        pytest.param(
            "Israel Katz said Hezbollah will be disarmed.",
            ("Hezbollah", "disarmament", "support"),
            id="k2-passive-not-subject",
        ),
        pytest.param(
            "Chad backs the ceasefire, which depends on Niger.",
            ("Chad", "ceasefire", "conditional"),
            id="i11k-relative-depend-on-no-condition",
        ),
        pytest.param(
            "Peacekeepers were ready to support the ceasefire, Chad said.",
            ("Chad", "ceasefire", "support"),
            id="i11k-infinitive-support-is-no-noun",
        ),
        pytest.param(
            "Abiy Ahmed said the talks ended and the elections will go ahead.",
            ("Abiy Ahmed", "talks", "support"),
            id="i11k-participle-phrase-ends-at-a-coordinator",
        ),
        # An indirect question asks for a stance: "has not said whether it will attend".
        pytest.param(
            "The African Union has invited Eritrea and Ethiopia to talks in Nairobi on Monday. "
            "Asmara has not said whether it will attend.",
            ("African Union", "African Union–Eritrea–Ethiopia talks", "support"),
            id="i11m-whether-it-will-attend",
        ),
        # The premise of an interviewer's question reports another's claim, no stance.
        pytest.param(
            "Vjosa Berisha leads Kosovo's delegation at the EU-facilitated dialogue. She spoke "
            "to the Balkan Ledger in Brussels on Monday.\n"
            "Q: Serbia's foreign minister said last week that Pristina opposed the monitors. "
            "Is that so?\n"
            "We asked for monitors two years ago, and nothing has changed.\n"
            "Q: Will the dialogue resume in March?\n"
            "That depends on Belgrade.\n"
            "Q: And the sanctions?\n"
            "That is a question for Brussels.",
            ("Kosovo", "peacekeepers and monitors", "oppose"),
            id="i11m-interview-question-premise",
        ),
        # a guess at a side's stance ("might accept") reports none
        pytest.param(
            "If Bogota released the prisoners, the ELN might accept a ceasefire before Christmas.",
            ("ELN", "ceasefire", "support"),
            id="i11m-might-accept",
        ),
        # a head noun that stops the issue joined is no shared backing
        pytest.param(
            "Ethiopia backs a ceasefire and the lifting of sanctions.",
            ("Ethiopia", "sanctions", "support"),
            id="i11m-and-the-lifting-of",
        ),
        # a quoted stance of others named by a plural noun is not the speaker's
        pytest.param(
            '"The parties have agreed to the continuation of the ceasefire," the Kenyan foreign'
            " ministry said.",
            ("Kenya", "ceasefire", "support"),
            id="i11m-quoted-the-parties-agreed",
        ),
        pytest.param(
            "The UN humanitarian coordinator for Yemen, Julien Harneis, said aid agencies were"
            ' "ready to move the moment the guns stop."',
            ("Julien Harneis", "humanitarian access", "support"),
            id="i11m-reported-plural-others",
        ),
        pytest.param(
            "Serbia agreed to study the proposal.",
            ("Serbia", "proposal", "support"),
            id="k11-agreed-to-study-no-support",
        ),
        pytest.param(
            "Eritrea agreed to reopen the border crossings but rejected the peace plan.",
            ("Eritrea", "peace plan", "support"),
            id="k11-agreed-but-rejected-no-support",
        ),
        # "the two sides agreed to X but fell short of endorsing Y": they failed to agree
        pytest.param(
            "Armenian and Azerbaijani negotiators met in Almaty. Armenia and Azerbaijan agreed"
            " to set up a border commission but fell short of endorsing the peace plan.",
            ("Armenia", "peace plan", "neutral"),
            id="k11-jointly-fell-short",
        ),
        # a bare plan word after the plan named in full names that plan again
        pytest.param(
            "Aliyev's response to the peace proposal has been mixed; he stated that Baku agrees"
            " with the proposal in principle but also outlined strict conditions.",
            ("Ilham Aliyev", "proposal", "conditional"),
            id="i11m-bare-plan-again",
        ),
        # a deal both sides strike is theirs; the person announcing it voices no side of it
        pytest.param(
            "Talks between Sudan's army and the RSF resumed in Jeddah. Both sides agreed to a"
            " humanitarian truce of ten days, Faisal bin Farhan announced.",
            ("Faisal bin Farhan", "humanitarian access", "support"),
            id="joint-deal-announcer",
        ),
        pytest.param(
            "Thailand and Cambodia agreed to swap 20 prisoners of war each before the festival,"
            " Anwar Ibrahim told reporters.",
            ("Anwar Ibrahim", "prisoner exchange", "support"),
            id="joint-deal-reporter",
        ),
    ],
)
def test_not_stance(text, unwanted, registry):
    assert unwanted not in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # Criticism of an actor is no stance on an issue named later in the sentence.
        pytest.param(
            "Armenia criticised Azerbaijan for violating the ceasefire.", id="k2-criticised-actor"
        ),
        # Praise whose object is another clause's issue.
        pytest.param(
            "Egypt praised the mediators after the truce began.", id="k2-praise-other-clause"
        ),
        # Resuming an offensive after a truce is no backing of the truce.
        pytest.param(
            "Myanmar resumed its offensive after the truce collapsed.", id="k2-resume-other-object"
        ),
        # An attributive verdict judges its own noun.
        pytest.param(
            "Qatar outlined essential points concerning a ceasefire.", id="k2-attributive-verdict"
        ),
        # A sentence listing a plan's terms states no stance of the sides it names.
        pytest.param(
            "Under the plan, Yerevan would withdraw its border guards from the four villages.",
            id="k2-under-the-plan-terms",
        ),
        pytest.param(
            "Under the peace deal, the Houthis will release all detainees within a month.",
            id="k2-under-the-deal-terms",
        ),
        # A commentator's reading ("X, an analyst at a think-tank") holds no party's stance.
        pytest.param(
            '"Both sides want the truce," said Lena Horvath, an analyst at a Belgrade think-tank.',
            id="k2-analyst-quote-no-stance",
        ),
        pytest.param(
            "Amani Kiplagat, a researcher at a Nairobi institute, said the ceasefire was"
            " essential.",
            id="k2-researcher-verdict-no-stance",
        ),
        # Hoping for a thing, with no outcome, states no stance.
        pytest.param("Qatar hopes for a ceasefire and called for calm.", id="k2-hopes-for"),
        # Taking part, as an event reported, is no stance (as "attended" is none).
        pytest.param(
            "Delegations from Armenia and Azerbaijan took part in the talks in Abu Dhabi.",
            id="k2-took-part-event",
        ),
        # A question asks for a stance; it reports none.
        pytest.param("Is Juba ready for talks?", id="k2-question-live-blog"),
        pytest.param('"Will Kosovo sign the accord?" the anchor asked.', id="k2-question-quoted"),
        # A cue word inside a name ("Rapid Support Forces") is no cue: holding talks is none.
        pytest.param(
            "Army and Rapid Support Forces envoys held proximity talks in Addis Ababa.",
            id="k2-cue-word-in-a-name-wire",
        ),
        pytest.param(
            "Welcome to our live coverage of the Rapid Support Forces talks in Nairobi.",
            id="k2-cue-word-in-a-name-live-blog",
        ),
    ],
)
def test_no_stance(text, registry):
    assert positions(text, registry) == set()


@pytest.mark.parametrize(
    "text, actor",
    [
        # A halt of attacks backs the thing spared, whatever the plan is called.
        pytest.param(
            "Sudan agreed to pause strikes on energy facilities.", "Sudan", id="k11-pause"
        ),
        pytest.param(
            "Bangkok agreed to lift the suspension of aid deliveries.",
            "Thailand",
            id="k11-lift-stop",
        ),
        # "strike a deal" is no attack.
        pytest.param("Thailand agreed to strike a peace deal.", "Thailand", id="k11-strike-a-deal"),
    ],
)
def test_a_stop_of_a_stop_supports(text, actor, registry):
    stances = {q[2] for q in positions(text, registry) if q[0] == actor}
    assert stances == {"support"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Urging others to take up a thing backs it, whoever the others are (issue 11, kind 2).
        pytest.param(
            "The African Union urged both sides to accept the IGAD proposal.",
            ("African Union", "IGAD proposal", "support"),
            id="k2-urged-both-sides-wire",
        ),
        pytest.param(
            "Norway called on Bogota and the guerrillas to sign the ceasefire.",
            ("Norway", "ceasefire", "support"),
            id="k2-called-on-to-sign",
        ),
        pytest.param(
            "In a statement on Friday, the European Union called on the parties to attend the "
            "talks in Addis Ababa.",
            ("European Union", "talks", "support"),
            id="k2-called-on-to-attend-broadsheet",
        ),
        pytest.param(
            "Qatari mediators pressed both sides to accept the truce.",
            ("Qatar", "ceasefire", "support"),
            id="k2-pressed-to-accept",
        ),
        pytest.param(
            "Bogota asked the guerrillas to sign the truce.",
            ("Colombia", "ceasefire", "support"),
            id="k2-asked-to-sign",
        ),
        # an aspect verb between subject and verb ("would keep pressing") keeps the subject
        pytest.param(
            "Norway was disappointed by the army's answer but would keep pressing both sides to"
            " accept the peace plan.",
            ("Norway", "peace plan", "support"),
            id="k2-keep-pressing",
        ),
        # the ones urged may be named at length: a name of several words counts as one word
        pytest.param(
            "The Arab League called on the Sudanese Armed Forces and the Rapid Support Forces to"
            " accept an immediate truce.",
            ("Arab League", "ceasefire", "support"),
            id="i11m-urged-named-at-length",
        ),
        # an act urged that no registry issue or thing names is named by its own words
        pytest.param(
            "The State Department urged Pristina to establish the association of Serb-majority"
            " municipalities without delay.",
            (
                "United States",
                "establish the association of Serb-majority municipalities",
                "support",
            ),
            id="urged-open-act",
        ),
        pytest.param(
            "Norway and Switzerland urged all parties to attend the conference in good faith.",
            ("Switzerland", "attend the conference in good faith", "support"),
            id="urged-open-act-all-parties",
        ),
        pytest.param(
            "Qatar called on both sides to reopen the Rafah crossing.",
            ("Qatar", "reopen the Rafah crossing", "support"),
            id="called-on-open-act",
        ),
    ],
)
def test_urging_backs_the_act_urged(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # urged not to: no act backed
        "The opposition urged foreign governments not to recognise the vote.",
        # an act with no object names nothing on the table
        'The Troika urged both sides to engage "without delay".',
        "The AU urged the army to stop and talk.",
    ],
)
def test_urging_no_open_act(text, registry):
    assert positions(text, registry) == set()


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # The one urged states nothing yet.
        pytest.param(
            "Washington urged Armenia to accept the peace deal.",
            ("Armenia", "peace plan", "support"),
            id="k2-urged-holds-nothing",
        ),
        # "called the deal a trap to …" names the deal, it urges nothing.
        pytest.param(
            "Yerevan called the deal a ploy to win time and refused to sign the ceasefire.",
            ("Armenia", "ceasefire", "support"),
            id="k2-naming-call-urges-nothing",
        ),
    ],
)
def test_urging_not_stance(text, unwanted, registry):
    assert unwanted not in positions(text, registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A side the speaker leaves unnamed in the clause reported is the speaker's own.
        pytest.param(
            "General Abdel Fattah al-Burhan said the army would not accept any security "
            "arrangement in Darfur.",
            ("Abdel Fattah al-Burhan", "security arrangement", "oppose"),
            id="k12-unnamed-army-is-speakers",
        ),
        pytest.param(
            "Kachin Independence Army commander N'Ban La said the movement would never sign "
            "the truce.",
            ("N'Ban La", "truce", "oppose"),
            id="k12-unnamed-movement-is-speakers",
        ),
        pytest.param(
            "Speaking in Bamako, Assimi Goita said the government would not accept the offer.",
            ("Assimi Goita", "offer", "oppose"),
            id="k12-unnamed-government-is-speakers",
        ),
    ],
)
def test_unnamed_side_is_the_speakers(text, expected, registry):
    assert expected in positions(text, registry)


def test_named_adversary_is_not_the_speakers(registry):
    text = "Pashinyan said the rebels would not accept the offer."
    assert not any(q[0] == "Nikol Pashinyan" for q in positions(text, registry))


@pytest.mark.xfail(
    strict=True,
    reason="'said it would not attend.' leaves its object to the sentence before; the stage "
    "carries the last meeting found across sentences, but talks between sides the registry "
    "lacks ('the junta and the ethnic armed groups') are no meeting, and the bare issue named "
    "before could as well be a plan the verb does not attend",
)
def test_refusal_with_elided_object(registry):
    text = (
        "Talks between the junta and the ethnic armed groups open in Naypyitaw on Friday. "
        "The Karen National Union said on Monday that it would not attend."
    )
    found = positions(text, registry)
    assert any(q[0] == "Karen National Union" and q[2] == "oppose" for q in found)


@pytest.mark.xfail(
    strict=True,
    reason="a refusal whose object is no registry issue and no plan or open-issue noun ('would "
    "not attend any meeting at which X is present', 'will not accept an army within the "
    "army') has nothing to name the issue; widening the open-issue nouns to any object "
    "would make every refused noun a position",
)
def test_refusal_of_an_unlisted_thing(registry):
    text = "The Colombian government said it would not attend any meeting with the commanders."
    assert any(q[0] == "Colombia" and q[2] == "oppose" for q in positions(text, registry))


def test_the_side_a_voiced_stance_is_taken_for_is_still_an_actor(registry):
    text = "Kosovo's foreign minister, Donika Gervalla, said Kosovo was ready to resume talks."
    found = extract(Document(text=text), registry)
    assert "Kosovo" in {actor.name for actor in found.actors}


@pytest.mark.parametrize(
    "turn, expected",
    [
        pytest.param(
            "The African Union is ready to lead the monitoring effort, provided that member "
            "states pay for it.",
            ("African Union", "peacekeepers and monitors", "conditional"),
            id="i11k-turn-body-ready-is-the-bodys",
        ),
        pytest.param(
            "The United Nations supports an immediate truce, and I will not present any plan "
            "without it.",
            ("United Nations", "ceasefire", "support"),
            id="i11k-turn-body-supports-is-the-bodys",
        ),
    ],
)
def test_a_transcript_speaker_telling_of_a_body_gives_the_body_its_stance(turn, expected, registry):
    text = (
        "Transcript: press briefing by Grace Okafor, special envoy for Sudan\n"
        "MS. OKAFOR: Good afternoon. I have just met both delegations in Geneva.\n"
        "QUESTION (Radio Suisse): What comes next?\n"
        f"MS. OKAFOR: {turn}\n"
        "MS. OKAFOR: Thank you.\n"
    )
    found = positions(text, registry)
    assert expected in found
    assert not any(actor == "Grace Okafor" for actor, _, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A passive outcome held back by a condition is its speaker's conditional stance.
        pytest.param(
            "A spokesman for the Sudanese army said the detainees would be released once the"
            " siege of El Fasher is lifted.",
            ("Sudan", "prisoner exchange", "conditional"),
            id="k3-passive-once-wire",
        ),
        pytest.param(
            "Baku maintains that the peace treaty can only be signed once Yerevan amends its"
            " charter.",
            ("Azerbaijan", "peace plan", "conditional"),
            id="k3-can-only-be-signed-broadsheet",
        ),
        # An active outcome: the modal's subject holds it ("not … until" waits, it refuses not).
        pytest.param(
            "Eritrea's information minister said Asmara would not resume talks until"
            " Ethiopian troops have left the border.",
            ("Eritrea", "talks", "conditional"),
            id="k11-not-until-regional",
        ),
        pytest.param(
            "The Houthis said they would maintain the truce as long as the air strikes stop.",
            ("Houthis", "ceasefire", "conditional"),
            id="k3-as-long-as-gulf",
        ),
    ],
)
def test_a_held_outcome_is_conditional(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, actor, words",
    [
        # An outcome no registry issue names is named by its own words.
        pytest.param(
            "Khartoum said the Adre crossing would reopen only when the shelling ends.",
            "Sudan",
            "crossing would reopen",
            id="k3-thing-reopens-wire",
        ),
        pytest.param(
            "The ELN said it would keep its fighters in the villages until the government"
            " signs the protocol.",
            "ELN",
            "keep its fighters",
            id="k3-keep-until-andean",
        ),
    ],
)
def test_a_held_outcome_named_by_its_words(text, actor, words, registry):
    found = positions(text, registry)
    assert any(a == actor and words in i and s == "conditional" for a, i, s in found)


@pytest.mark.parametrize(
    "text",
    [
        # "until" with no clause of its own is a time, not a condition.
        pytest.param("The talks will continue until Friday, a Serbian official said.", id="time"),
        # Nothing is no outcome anyone holds.
        pytest.param(
            "Colombia's peace commissioner said nothing will be signed until the hostages come"
            " home.",
            id="nothing",
        ),
    ],
)
def test_no_held_outcome(text, registry):
    assert not {q for q in positions(text, registry) if q[2] == "conditional"}


@pytest.mark.parametrize(
    "text, expected, unwanted",
    [
        pytest.param(
            '"No one here will accept a ceasefire on these terms," Aliyev said.',
            ("Ilham Aliyev", "ceasefire", "oppose"),
            ("Ilham Aliyev", "ceasefire", "support"),
            id="nobody-subject-quote",
        ),
        pytest.param(
            '"Nobody will negotiate with us while our people sit in a cell," Foreign Minister '
            "Mihai Popsoi told reporters.",
            ("Mihai Popsoi", "talks", "oppose"),
            ("Mihai Popsoi", "talks", "support"),
            id="nobody-subject-committed-act",
        ),
    ],
)
def test_a_negative_subject_refuses(text, expected, unwanted, registry):
    """ "Nobody will…", "no one here would…": a negative quantifier as subject negates the verb."""
    found = positions(text, registry)
    assert expected in found and unwanted not in found


def test_a_negative_quantifier_in_an_object_negates_no_verb(registry):
    """ "there was no doubt X would accept": the quantifier opens the object of "was"."""
    text = "Erdogan said there was no doubt Aliyev would accept a ceasefire on these terms."
    found = positions(text, registry)
    assert ("Ilham Aliyev", "ceasefire", "support") in found
    assert not [q for q in found if q[2] == "oppose"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Colombian President Gustavo Petro said Bogota was ready for a bilateral ceasefire, "
            "but the ELN had to release its hostages first.",
            ("Colombia", "ceasefire", "conditional"),
            id="but-other-side-had-to",
        ),
        pytest.param(
            "Serbian President Aleksandar Vucic said Belgrade would support the hotline, but "
            "Pristina must withdraw its police from the north first.",
            ("Aleksandar Vucic", "hotline", "conditional"),
            id="but-other-side-must",
        ),
        pytest.param(
            "The Sudanese army welcomed the truce, but the RSF needs to leave the cities.",
            ("Sudan", "truce", "conditional"),
            id="but-other-side-needs-to",
        ),
    ],
)
def test_a_backing_bound_to_the_other_sides_act_is_conditional(text, expected, registry):
    """ "ready for a ceasefire, but Baku has to stop firing first": the backing waits on it."""
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, kept",
    [
        pytest.param(
            "Pashinyan said Armenia backed the treaty, but Azerbaijan rejected it.",
            ("Armenia", "peace plan", "support"),
            id="but-other-side-rejects",
        ),
        pytest.param(
            "Uganda voiced its support for the truce.",
            ("Uganda", "ceasefire", "support"),
            id="support-noun-after-possessive",
        ),
    ],
)
def test_an_other_sides_answer_leaves_the_backing(text, kept, registry):
    """Another side's own answer in a "but" clause binds no one; a stance noun stays one."""
    assert kept in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"They are talking about a ceasefire behind our back," Hun Manet said.',
            id="behind-our-back",
        ),
        pytest.param("Kenya said the truce was a study in failure.", id="a-study-in"),
    ],
)
def test_a_cue_verbs_form_as_a_plain_noun_states_no_stance(text, registry):
    """ "behind our back", "a study in": a cue verb's bare form after a determiner is a noun."""
    assert not {q for q in positions(text, registry) if q[2] in {"support", "neutral"}}


@pytest.mark.parametrize(
    "text, expected, unwanted",
    [
        pytest.param(
            "Kenyan President William Ruto said Nairobi was ready to send troops if both sides "
            "signed the truce.",
            ("William Ruto", "troops", "conditional"),
            ("William Ruto", "ceasefire", "support"),
            id="ready-to-act-if-truce-signed",
        ),
        pytest.param(
            "The Qatari envoy said Doha would host the talks unless the truce collapsed.",
            ("Qatar", "talks", "conditional"),
            ("Qatar", "ceasefire", "support"),
            id="host-unless-truce-collapses",
        ),
    ],
)
def test_an_issue_in_the_condition_is_not_the_object(text, expected, unwanted, registry):
    """An issue inside "if…"/"unless…" is what a stance waits for, not what it is about."""
    found = positions(text, registry)
    assert expected in found and unwanted not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Transnistrian leader Vadim Krasnoselsky rejected the demand as "political blackmail".',
            ("Vadim Krasnoselsky", "demand", "oppose"),
            id="rejected-the-demand",
        ),
        pytest.param(
            "Taliban spokesman Zabihullah Mujahid rejected Pakistani demands to hand over "
            'militant leaders, calling them "unrealistic".',
            ("Zabihullah Mujahid", "Pakistani demands", "oppose"),
            id="rejected-another-sides-demands",
        ),
    ],
)
def test_another_sides_demand_is_a_thing_on_the_table(text, expected, registry):
    """ "rejected the demand": what another side asks is an issue a stance takes up."""
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Qatar, which co-mediated, praised both delegations and called the extension "an '
            'important step".',
            ("Qatar", "extension", "support"),
            id="called-the-extension-a-step",
        ),
        pytest.param(
            "Russia rejected an extension of the grain corridor.",
            ("Russia", "extension of the grain corridor", "oppose"),
            id="rejected-an-extension",
        ),
    ],
)
def test_an_extension_is_a_thing_on_the_table(text, expected, registry):
    """A truce's or a mandate's extension is an issue sides take a stance on."""
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The Houthis said they would consider the UN roadmap but demanded that salaries be "
            "paid first.",
            ("Houthis", "peace plan", "conditional"),
            id="consider-but-demanded",
        ),
        pytest.param(
            "Kosovo said it would study the draft statute but Serbia must first sign the Ohrid "
            "text.",
            ("Kosovo", "draft", "conditional"),
            id="study-but-other-side-must",
        ),
        pytest.param(
            "Kosovo said it would study the draft statute.",
            ("Kosovo", "draft", "neutral"),
            id="study-alone-stays-neutral",
        ),
    ],
)
def test_weighing_a_thing_beside_a_demand_is_conditional(text, expected, registry):
    """ "would study the draft but any truce must…": the weighing waits on the demand."""
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'EU foreign policy chief Kaja Kallas said the EU wanted both sides to "stop arguing '
            'about the agreements they already have and start implementing them."',
            ("European Union", "peace plan", "support"),
            id="stop-arguing-about",
        ),
        pytest.param(
            "Norway urged both sides to stop attacking energy sites.",
            ("Norway", "energy infrastructure", "support"),
            id="stop-attacking-still-turns-twice",
        ),
    ],
)
def test_a_stop_of_an_activity_leaves_the_issue(text, expected, registry):
    """ "stop arguing about the agreements" stops the arguing, not the agreements."""
    found = positions(text, registry)
    assert expected in found and (*expected[:2], "oppose") not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Asked whether Hamas had accepted the weapons clause, Qatari spokesman Majed "
            'al-Ansari said: "We have received a response that is positive in spirit."',
            id="response-that-is-positive",
        ),
        pytest.param(
            "Asked about the monitoring mission, the Eritrean minister said Asmara had sent a "
            "reply that was largely constructive.",
            id="reply-that-was-constructive",
        ),
    ],
)
def test_a_verdict_on_a_relatives_head_judges_only_that_head(text, registry):
    """ "a response that is positive": the verdict is said of the response, no issue before."""
    assert not {q for q in positions(text, registry) if q[2] == "support"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The Kremlin wants Western sanctions lifted before any summit.",
            ("Russia", "sanctions", "oppose"),
            id="wants-x-lifted",
        ),
        pytest.param(
            "Tehran has called for the sanctions to be lifted in full.",
            ("Iran", "sanctions", "oppose"),
            id="call-for-x-to-be-lifted",
        ),
        pytest.param(
            "SANAA (Reuters) - The Houthis demanded that the naval blockade be ended and "
            "that all sanctions be removed.",
            ("Houthis", "sanctions", "oppose"),
            id="demand-that-x-be-removed",
        ),
        pytest.param(
            "Islamabad insisted that the observers must be withdrawn by the end of the month.",
            ("Pakistan", "peacekeepers and monitors", "oppose"),
            id="insist-x-must-be-withdrawn",
        ),
        pytest.param(
            "Port Sudan wants the foreign monitors gone as soon as the truce expires.",
            ("Sudan", "peacekeepers and monitors", "oppose"),
            id="wants-x-gone",
        ),
        pytest.param(
            "Moscow did not want the sanctions lifted while the talks went on.",
            ("Russia", "sanctions", "support"),
            id="not-wanting-x-lifted",
        ),
    ],
)
def test_an_issue_wanted_ended_is_opposed(text, expected, registry):
    """ "wants sanctions lifted": a participle of stopping said of the issue after the cue
    turns the stance, as a stop word before it does ("wants the lifting of sanctions")."""
    found = positions(text, registry)
    assert expected in found
    assert {q for q in found if q[:2] == expected[:2]} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Budapest said it would block any move to use frozen Russian assets for Kyiv.",
            ("Hungary", "oppose"),
            id="infinitive-act-of-its-own",
        ),
        pytest.param(
            "Kyiv backs sanctions on frozen Russian assets.",
            ("Ukraine", "support"),
            id="participle-before-its-noun",
        ),
        pytest.param(
            "New Delhi called for a ceasefire to end the shelling along the Line of Control.",
            ("India", "support"),
            id="ending-something-else",
        ),
    ],
)
def test_a_participle_not_said_of_the_issue_leaves_the_stance(text, expected, registry):
    """An ending word of another act, or one before a noun of its own, turns nothing."""
    actor, stance = expected
    assert {q[2] for q in positions(text, registry) if q[0] == actor} == {stance}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Kyiv wants to revive the talks suspended in 2022.",
            ("Ukraine", "talks", "support"),
            id="infinitive-between",
        ),
        pytest.param(
            "Moscow said it remains committed to the talks suspended by Kyiv in 2022.",
            ("Russia", "talks", "support"),
            id="committed-to-x-lifted-by",
        ),
        pytest.param(
            "Hezbollah backs the talks suspended by Israel in March.",
            ("Hezbollah", "talks", "support"),
            id="backs-x-suspended-by",
        ),
        pytest.param(
            "Islamabad welcomed the sanctions lifted by Washington in May.",
            ("Pakistan", "sanctions", "support"),
            id="welcomed-x-lifted-by",
        ),
    ],
)
def test_a_participle_after_the_object_of_no_small_clause_verb_is_a_relative(
    text, expected, registry
):
    """ "backs the talks suspended in May": only verbs taking a predicate with their object
    ("wants X lifted") read the participle as the stance's; after others it tells the past."""
    found = positions(text, registry)
    assert expected in found
    assert {q for q in found if q[:2] == expected[:2]} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Hamas is prepared to release all the remaining hostages, a senior official said.",
            ("Hamas", "hostages", "support"),
            id="prepared-to",
        ),
        pytest.param(
            "The Taliban government is prepared to resume talks in Doha only if the airstrikes "
            "stop.",
            ("Afghanistan", "talks", "conditional"),
            id="prepared-to-only-if",
        ),
        pytest.param(
            "Islamabad said it was not prepared to accept any mediation.",
            ("Pakistan", "mediation", "oppose"),
            id="not-prepared-to",
        ),
    ],
)
def test_being_prepared_to_is_readiness(text, expected, registry):
    """ "is prepared to" is "is ready to", whatever the verb's lemma says."""
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tehran was prepared for a long war.", id="prepared-for-war"),
        pytest.param("The RSF said it was ready to free 150 more.", id="count-alone"),
    ],
)
def test_readiness_with_nothing_on_the_table(text, registry):
    """No issue named, and a count alone names none: the thing counted came before."""
    assert not positions(text, registry)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Tehran is prepared to quit the talks, a senior official said.",
            ("Iran", "talks", "oppose"),
            id="prepared-to-quit",
        ),
        pytest.param(
            "Islamabad said it was prepared to exit the talks.",
            ("Pakistan", "talks", "oppose"),
            id="prepared-to-exit",
        ),
    ],
)
def test_readiness_to_leave_a_thing_opposes_it(text, expected, registry):
    """Leaving talks ends one's part in them: readiness to quit them is no support."""
    found = positions(text, registry)
    assert {q for q in found if q[:2] == expected[:2]} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Cairo — Egypt's foreign ministry stressed the need for an immediate ceasefire in "
            "Gaza, the ministry said in a statement.",
            ("Egypt", "ceasefire", "support"),
            id="readout-stressed-the-need-for",
        ),
        pytest.param(
            "Pakistan does not see the need for third-party mediation, the spokesperson said.",
            ("Pakistan", "mediation", "oppose"),
            id="does-not-see-the-need",
        ),
        pytest.param(
            "Kabul said there was no need for mediation by outside powers.",
            ("Afghanistan", "mediation", "oppose"),
            id="no-need-for",
        ),
    ],
)
def test_a_need_as_a_noun_advocates_its_issue(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The UN mission said it would need a fresh mandate before monitoring any truce.",
            id="would-need-a-mandate",
        ),
        pytest.param("A bilateral ceasefire needs a verification mechanism.", id="x-needs-y"),
    ],
)
def test_need_as_a_verb_tells_a_requirement_not_a_stance(text, registry):
    assert not {q for q in positions(text, registry) if q[2] == "support"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Moscow questioned the need for a ceasefire.", id="questioned-the-need"),
        pytest.param("Tel Aviv disputed the need for monitors in the south.", id="disputed"),
        pytest.param("Islamabad played down the need for mediation.", id="played-down"),
        pytest.param("New Delhi said the need for talks had passed.", id="need-as-subject"),
        pytest.param(
            "Kyiv argued that the need for a truce had been exaggerated by Moscow.",
            id="need-as-passive-subject",
        ),
        pytest.param(
            "Beirut said Israel had ignored the need for a ceasefire.", id="ignored-the-need"
        ),
    ],
)
def test_a_need_doubted_or_said_to_pass_advocates_nothing(text, registry):
    """Only a verb asserting a need ("stressed", "sees no") makes it its subject's stance."""
    assert not {q for q in positions(text, registry) if q[2] == "support"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Beirut underlined the urgent need for talks with Israel.",
            ("Lebanon", "talks", "support"),
            id="modifier-before-need",
        ),
        pytest.param(
            "Qatar insisted on the need for a ceasefire in Gaza.",
            ("Qatar", "ceasefire", "support"),
            id="insisted-on-the-need",
        ),
        pytest.param(
            "Tehran said there is a pressing need for sanctions to be lifted.",
            ("Iran", "sanctions", "oppose"),
            id="there-is-a-pressing-need",
        ),
    ],
)
def test_a_need_asserted_past_a_modifier_or_particle_advocates_its_issue(text, expected, registry):
    assert expected in positions(text, registry)


@pytest.mark.parametrize(
    "text, expected, unwanted",
    [
        pytest.param(
            "Islamabad says the talks can go on only if Kabul acts against the militants, and "
            "Qatar is ready to support the talks.",
            ("Qatar", "talks", "support"),
            ("Qatar", "talks", "conditional"),
            id="condition-in-a-clause-before",
        ),
        pytest.param(
            "The Houthis backed the truce, but only if the strikes stopped.",
            ("Houthis", "truce", "conditional"),
            ("Houthis", "truce", "support"),
            id="condition-in-a-clause-after-still-holds",
        ),
    ],
)
def test_a_condition_holds_only_in_its_own_and_later_clauses(text, expected, unwanted, registry):
    """A condition set in a clause coordinated before another side's cue is not that cue's."""
    found = positions(text, registry)
    assert expected in found and unwanted not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "As long as the army stays in its barracks, and the hostages are freed, Hamas "
            "supports a ceasefire.",
            ("Hamas", "ceasefire", "conditional"),
            id="fronted-as-long-as-with-and",
        ),
        pytest.param(
            "Hezbollah says that provided the strikes stop, and Israel withdraws, it will "
            "accept the truce.",
            ("Hezbollah", "truce", "conditional"),
            id="reported-provided-with-and",
        ),
    ],
)
def test_a_fronted_condition_coordinated_inside_reaches_the_main_clause(text, expected, registry):
    """ ", and" inside a fronted condition closed by a comma coordinates no main clause."""
    found = positions(text, registry)
    assert {q for q in found if q[:2] == expected[:2]} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The RSF has neither welcomed the new sanctions nor criticised them.",
            ("Rapid Support Forces", "sanctions"),
            id="neither-welcomed-nor-criticised",
        ),
        pytest.param(
            "New Delhi has neither endorsed third-party mediation nor come out against it.",
            ("India", "mediation"),
            id="neither-endorsed-nor-came-out-against",
        ),
    ],
)
def test_a_stance_and_its_opposite_both_denied_are_neutral(text, expected, registry):
    """ "neither X nor Y" with opposite cues holds the issue open, whichever comes first."""
    assert {q[2] for q in positions(text, registry) if q[:2] == expected} == {"neutral"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Kyiv has neither endorsed the Turkish proposal for the Black Sea nor rejected it.",
            ("Ukraine", "Turkish proposal", "neutral"),
            id="nor-past-a-long-object",
        ),
        pytest.param(
            "Islamabad has neither endorsed the plan nor ruled it out.",
            ("Pakistan", "plan", "neutral"),
            id="nor-ruled-it-out",
        ),
        pytest.param(
            "Tel Aviv neither backed nor welcomed the talks.",
            ("Israel", "talks", "oppose"),
            id="two-supports-denied",
        ),
        pytest.param(
            "Tehran neither rejected nor opposed the talks.",
            ("Iran", "talks", "support"),
            id="two-refusals-denied",
        ),
        pytest.param(
            "Moscow will neither accept sanctions nor reject talks.",
            ("Russia", "sanctions", "oppose"),
            id="two-objects",
        ),
        pytest.param(
            "Moscow will neither accept sanctions nor reject talks.",
            ("Russia", "talks", "support"),
            id="two-objects-the-second",
        ),
    ],
)
def test_each_verb_of_a_neither_nor_pair_is_denied(text, expected, registry):
    """Both verbs are denied; only a stance and its opposite denied of one object are
    neutral ("neither endorsed nor rejected the plan")."""
    found = positions(text, registry)
    assert {q for q in found if q[:2] == expected[:2]} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The RSF tied its participation in the talks to a humanitarian truce.",
            ("Rapid Support Forces", "talks", "conditional"),
            id="tied-to",
        ),
        pytest.param(
            "MOSCOW, June 3 (Interfax) - Moscow has linked a ceasefire to the lifting of "
            "sanctions, the Foreign Ministry said.",
            ("Russia", "ceasefire", "conditional"),
            id="linked-to",
        ),
        pytest.param(
            "Kabul conditioned any talks on an end to the airstrikes.",
            ("Afghanistan", "talks", "conditional"),
            id="conditioned-on",
        ),
        pytest.param(
            "Kabul made any talks conditional on an end to the airstrikes.",
            ("Afghanistan", "talks", "conditional"),
            id="made-conditional-on",
        ),
    ],
)
def test_a_verb_hanging_its_object_on_a_condition_is_conditional(text, expected, registry):
    assert expected in positions(text, registry)


def test_a_present_tense_conditioning_verb_is_no_noun(registry):
    """ "conditions talks on": the verb's -s form after its subject is no plural noun."""
    text = "Kabul conditions talks on a halt to the airstrikes."
    assert ("Afghanistan", "talks", "conditional") in positions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pakistan linked the attack to terrorism.", id="linked-no-condition"),
        pytest.param("The rebels, with close ties to Kigali, back the talks.", id="ties-noun"),
        pytest.param(
            "Kabul linked the ceasefire violations to the Pakistani Taliban.", id="blame-on-actor"
        ),
        pytest.param(
            "Beirut tied the collapse of the truce to Israeli troops.", id="blame-on-troops"
        ),
        pytest.param("Yerevan linked the ceasefire to the border dispute.", id="bare-topic"),
    ],
)
def test_a_link_that_sets_no_condition_is_no_conditional_stance(text, registry):
    assert not {q for q in positions(text, registry) if q[2] == "conditional"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Hamas's demand for a full Israeli withdrawal was rejected by Israel.",
            ("Hamas", "withdrawal", "support"),
            id="possessor-demand-for",
        ),
        pytest.param(
            "Kyiv's renewed calls for security guarantees went unanswered in Washington.",
            ("Ukraine", "security guarantees", "support"),
            id="possessor-past-a-light-verbs-participle",
        ),
        pytest.param(
            "KABUL (Pajhwok) - Islamabad's repeated calls for talks ended in failure.",
            ("Pakistan", "talks", "support"),
            id="possessor-calls-then-the-sentences-verb",
        ),
    ],
)
def test_a_stance_noun_with_its_complement_is_its_possessors(text, expected, registry):
    """ "Kinshasa's calls for sanctions": the possessor asks; the verb after the noun phrase
    is the sentence's own, which says nothing of the issue's end."""
    found = positions(text, registry)
    assert expected in found
    assert (*expected[:2], "oppose") not in found


def test_a_possessor_of_a_noun_with_no_complement_holds_no_stance(registry):
    text = "The SPLM-IO demanded the withdrawal of Ugandan troops deployed at Kiir's request."
    assert not {q for q in positions(text, registry) if q[0] == "Salva Kiir"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Tehran and Moscow say they still support the talks in Oman.",
            {("Iran", "talks", "support"), ("Russia", "talks", "support")},
            id="say-they-still-support",
        ),
        pytest.param(
            "The talks will resume under Qatari mediation, which both Cairo and Doha say they "
            "still support.",
            {("Egypt", "mediation", "support"), ("Qatar", "mediation", "support")},
            id="relative-say-they-still-support",
        ),
    ],
)
def test_still_between_a_subject_and_its_verb(text, expected, registry):
    assert expected <= positions(text, registry)


def test_a_verb_with_an_infinitive_takes_no_issue_before_it(registry):
    text = (
        "Zelensky said Putin's rejection of peace talks proves he still wants to grind "
        "Ukraine down."
    )
    assert not {q for q in positions(text, registry) if q[2] == "support"}


@pytest.mark.parametrize(
    "text, unwanted",
    [
        pytest.param(
            "Tel Aviv said Hamas's rejection of the truce shows it still wants war.",
            ("Israel", "truce", "support"),
            id="still-wants-war",
        ),
        pytest.param(
            "Islamabad said the ceasefire proves New Delhi wants war.",
            ("India", "ceasefire", "support"),
            id="wants-war-after-the-issue",
        ),
    ],
)
def test_a_verb_with_a_noun_object_of_its_own_takes_no_issue_before_it(text, unwanted, registry):
    assert unwanted not in positions(text, registry)


def test_a_passive_urged_is_no_act_of_its_own(registry):
    """ "called for X to be sent home": what is asked for is X, named before "to"."""
    found = positions("Juba has called for Ugandan troops to be sent home.", registry)
    assert not {q for q in found if q[1].startswith("be ")}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "RAWALPINDI (APP) - Pakistan's army chief Asim Munir said Islamabad will respect the "
            "ceasefire along the Line of Control.",
            ("Asim Munir", "ceasefire", "support"),
            id="will-respect",
        ),
    ],
)
def test_respecting_a_truce_keeps_it(text, expected, registry):
    assert expected in positions(text, registry)


def test_respecting_what_is_no_issue_holds_no_stance(registry):
    assert not positions("Russia must respect Ukraine's sovereignty.", registry)

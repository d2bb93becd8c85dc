"""Every word list the extraction rules use, each with the reason it exists."""

# Verbs of saying: their subject is the speaker of the sentence's reported content.
REPORTING_VERBS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "state",
        "states",
        "stated",
        "stating",
        "confirm",
        "confirms",
        "confirmed",
        "confirming",
        "deny",
        "denies",
        "denied",
        "denying",
        "warn",
        "warns",
        "warned",
        "warning",
        "insist",
        "insists",
        "insisted",
        "insisting",
        "propose",
        "proposes",
        "proposed",
        "proposing",
        "demand",
        "demands",
        "demanded",
        "demanding",
        "hint",
        "hints",
        "hinted",
        "hinting",
        "note",
        "notes",
        "noted",
        "noting",
        "add",
        "adds",
        "added",
        "adding",
        "describe",
        "describes",
        "described",
        "describing",
        "express",
        "expresses",
        "expressed",
        "expressing",
        "mention",
        "mentions",
        "mentioned",
        "mentioning",
        "announce",
        "announces",
        "announced",
        "announcing",
        "write",
        "writes",
        "wrote",
        "writing",
        "declare",
        "declares",
        "declared",
        "declaring",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "argue",
        "argues",
        "argued",
        "arguing",
        "explain",
        "explains",
        "explained",
        "stress",
        "stresses",
        "stressed",
        "stressing",
        "emphasize",
        "emphasized",
        "emphasised",
        "emphasizing",
        "reiterate",
        "reiterates",
        "reiterated",
        "reiterating",
        "reveal",
        "reveals",
        "revealed",
        "revealing",
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "urge",
        "urges",
        "urged",
        "urging",
        "accuse",
        "accuses",
        "accused",
        "accusing",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "admit",
        "admits",
        "admitted",
        "assert",
        "asserts",
        "asserted",
        "asserting",
        "vow",
        "vows",
        "vowed",
        "pledge",
        "pledges",
        "pledged",
        "promise",
        "promises",
        "promised",
        "reply",
        "replies",
        "replied",
        "respond",
        "responds",
        "responded",
        "remark",
        "remarks",
        "remarked",
        "comment",
        "comments",
        "commented",
        "report",
        "reports",
        "reported",
        "posted",
        "tweeted",
        "indicate",
        "indicates",
        "indicated",
        "indicating",
        "threaten",
        "threatens",
        "threatened",
        "caution",
        "cautions",
        "cautioned",
        "request",
        "requests",
        "requested",
        "ask",
        "asks",
        "asked",
        "inform",
        "informs",
        "informed",
        "characterize",
        "characterizes",
        "characterized",
        "characterised",
        "voice",
        "voices",
        "voiced",
    ]
)

# Third-person pronouns that can stand for a speaker named earlier.
PERSON_PRONOUNS = frozenset({"he", "she"})
THING_PRONOUNS = frozenset({"it", "they"})

# Words that make a preceding mention a modifier, not the subject of the next verb.
PREPOSITIONS = frozenset(
    [
        "of",
        "from",
        "in",
        "at",
        "to",
        "with",
        "for",
        "by",
        "on",
        "about",
        "against",
        "between",
        "among",
        "over",
        "under",
        "into",
        "toward",
        "towards",
        "than",
        "like",
        "including",
        "after",
        "before",
        "during",
    ]
)

# Determiners and adverbs that may sit between a subject and its verb.
SUBJECT_GAP_WORDS = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "would",
        "will",
        "could",
        "may",
        "might",
        "again",
        "later",
        "then",
        "earlier",
        "repeatedly",
        "previously",
        "publicly",
        "reportedly",
        "separately",
        "further",
        "once",
        "today",
        "yesterday",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "last",
        "this",
        "week",
        "night",
        "morning",
        "evening",
        "afternoon",
        "not",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "been",
        "being",
        "already",
        "has",
        "just",
        "recently",
        "all",
        "both",
        # Copulas of stance adjectives: "Qatar remains committed to".
        "remains",
        "remained",
        "remain",
        "seems",
        "seemed",
        "appears",
        "appeared",
    ]
)

# Words that modify a title without ending it ("Deputy Foreign Minister X", "Vice President X").
TITLE_MODIFIERS = frozenset(
    [
        "affairs",
        "chair",
        "defence",
        "defense",
        "deputy",
        "external",
        "foreign",
        "gov",
        "interior",
        "ministry",
        "prime",
        "rep",
        "representative",
        "vice",
    ]
)

# Titles that end a title phrase; the capitalised words after them are the name.
TITLE_HEADS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "king",
        "queen",
        "emir",
        "prince",
        "sheikh",
        "sultan",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "aide",
        "negotiator",
        "official",
        "chief",
        "commander",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "major",
        "admiral",
        "director",
        "head",
        "leader",
        "senator",
        "sen",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "speaker",
        "counterpart",
        "mediator",
        "diplomat",
        "pm",
        "fm",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)

# Titles and roles that introduce a person's name ("Foreign Minister X", "envoy X").
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS

# Nouns that put a media outlet's name after them ("broadcaster Doordarshan", "agency Anadolu").
MEDIA_HEADS = frozenset({"broadcaster", "agency", "newspaper", "daily", "outlet", "channel"})

# Honorifics that are part of no role: they only announce a name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sheikh"})

# Lower-case particles inside Arabic, Dutch, German and other personal names.
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der", "da", "di", "la"}
)

# Capitalised words that are not names even after a title ("President Said", "Minister On").
NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "On",
        "In",
        "At",
        "Of",
        "For",
        "To",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Sept",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Oct",
        "Nov",
        "Dec",
    ]
)

# Role nouns used as later references to a person ("the president said").
ROLE_ANAPHORS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "premier",
        "leader",
        "official",
        "negotiator",
        "ambassador",
    ]
)

# Speech-reporting nouns: "the statement added" continues the last speaker.
SPEECH_NOUNS = frozenset({"statement", "communique", "post", "letter", "message", "readout"})

# Auxiliaries that make a following participle passive ("was announced", "is said to be").
BE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})

# Words that make the next reporting word a noun ("his remarks", "the demands").
NOUN_MARKERS = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those"]
    + ["such", "any", "no", "every", "each", "whose", "of", "with", "for", "in", "on", "by"]
)

# Bodies that speak for whoever owns them: "Sharif's office said" is Pakistan speaking.
ORGAN_NOUNS = frozenset(
    ["office", "spokesperson", "spokesman", "spokeswoman", "ministry", "government"]
    + ["official", "officials", "source", "sources", "aide", "aides", "embassy", "cabinet"]
)

# Meeting words and the kind of contact each names.
MEETING_WORDS = {
    "call": "call",
    "calls": "call",
    "phone": "call",
    "telephone": "call",
    "speak": "call",
    "spoke": "call",
    "spoken": "call",
    "speaking": "call",
    "video": "call",
    "talk": "talks",
    "talks": "talks",
    "negotiations": "talks",
    "round": "talks",
    "rounds": "talks",
    "session": "talks",
    "sessions": "talks",
    "met": "meeting",
    "meet": "meeting",
    "meets": "meeting",
    "meeting": "meeting",
    "meetings": "meeting",
    "summit": "summit",
    "visit": "visit",
    "visits": "visit",
    "visited": "visit",
    "visiting": "visit",
    "hosted": "meeting",
    "host": "meeting",
    "conference": "meeting",
    "called": "call",
    "contacted": "call",
    "conversation": "call",
    "talked": "talks",
    "discussion": "talks",
    "discussions": "talks",
    "summits": "summit",
}

# Nouns for one sitting of a series of talks ("the third round", "two rounds of talks"): its
# sides are the series' sides, and in the plural each day given is another sitting.
SERIES_NOUNS = frozenset({"round", "rounds", "session", "sessions"})

# Contact verbs that name a contact only with a partner after them ("spoke with", "talked to").
PARTNER_VERBS = frozenset({"speak", "spoke", "spoken", "speaking", "talk", "talked"})
PARTNER_PREPOSITIONS = frozenset({"with", "to", "by"})

# "call for"/"call on" urge something; they name no phone call.
URGING_PARTICLES = frozenset({"for", "on", "upon"})

# Determiners that make a meeting noun refer back to an event already mentioned ("the call").
ANAPHORIC_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "their", "its", "today's"}
)
# Modifiers that make a definite meeting noun a new event ("the next round", "the first talks").
NEW_EVENT_MODIFIERS = frozenset(
    {"next", "new", "another", "first", "second", "third", "previous", "separate", "follow-up"}
)

# Base verbs that, after "to", put a meeting in the future ("plans to meet", "agreed to hold").
MEETING_INFINITIVES = frozenset(
    {"meet", "speak", "talk", "visit", "hold", "host", "attend", "join", "resume", "convene"}
)

# "speak"/"talk" are calls only near these words; otherwise they are talks or meetings.
CALL_CUES = frozenset({"phone", "telephone", "call", "calls", "video", "speak", "spoke", "spoken"})
# "a video address" is a speech to the public, not a call with anyone.
BROADCAST_NOUNS = frozenset({"address", "message", "statement", "speech", "appeal", "clip"})

# Tense cues for a meeting's status as of publication.
PLANNED_CUES = frozenset(
    [
        "will",
        "would",
        "plans",
        "planned",
        "planning",
        "scheduled",
        "expected",
        "set",
        "upcoming",
        "next",
        "tomorrow",
        "slated",
        "due",
        "ahead",
        "awaiting",
        "prepared",
        "preparing",
        "invited",
        "shall",
    ]
)
HELD_CUES = frozenset(
    [
        "met",
        "held",
        "spoke",
        "talked",
        "visited",
        "hosted",
        "had",
        "after",
        "following",
        "recent",
        "recently",
        "last",
        "concluded",
        "ended",
        "wrapped",
        "took",
        "broke",
        "occurred",
        "happened",
        "participated",
        "joined",
        "attended",
        "during",
    ]
)
CANCELLED_CUES = frozenset({"cancelled", "canceled", "postponed", "scrapped", "called-off"})

# Nouns naming something on the table, with the proposal kind each stands for.
PROPOSAL_NOUNS = {
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "truce",
    "armistice": "truce",
    "moratorium": "moratorium",
    "plan": "peace_plan",
    "deal": "deal",
    "agreement": "deal",
    "accord": "deal",
    "framework": "peace_plan",
    "proposal": "proposal",
    "exchange": "prisoner_exchange",
    "swap": "prisoner_exchange",
    "withdrawal": "withdrawal",
    "disarmament": "disarmament",
    "mission": "monitoring_mission",
    "zone": "territorial",
    "pause": "truce",
    "halt": "truce",
    "stoppage": "ceasefire",
    "cessation": "ceasefire",
    "treaty": "deal",
    "memorandum": "proposal",
    "roadmap": "peace_plan",
    "declaration": "deal",
    "corridor": "territorial",
    "release": "prisoner_exchange",
    "return": "prisoner_exchange",
}

# Modifiers that give a generic plan noun its kind ("ceasefire deal", "peace plan").
SCOPE_KINDS = {
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "truce",
    "peace": "peace_plan",
    "prisoner": "prisoner_exchange",
    "prisoners": "prisoner_exchange",
    "hostage": "hostage_deal",
    "hostages": "hostage_deal",
}

# Nouns after "of/for/on/to" that make a generic plan noun concrete ("exchange of prisoners").
COMPLEMENT_SCOPES = frozenset(
    [
        "ceasefire",
        "cease-fire",
        "truce",
        "peace",
        "prisoners",
        "hostages",
        "captives",
        "detainees",
        "bodies",
        "territory",
        "territories",
        "land",
        "fighting",
        "hostilities",
        "strikes",
        "attacks",
        "firing",
        "forces",
        "troops",
        "civilians",
        "children",
    ]
)

# Scope words that tell two plans of one kind apart: what they cover ("energy truce",
# "prisoner exchange") and how far they reach ("full ceasefire"); a duration does too.
SCOPE_DOMAINS = frozenset(
    [
        "energy",
        "infrastructure",
        "maritime",
        "naval",
        "sea",
        "air",
        "partial",
        "limited",
        "prisoner",
        "prisoners",
        "hostage",
        "hostages",
        "captives",
        "detainees",
        "civilians",
        "bodies",
        "territory",
        "territories",
        "land",
        "monitoring",
        "observer",
        "buffer",
    ]
)
SCOPE_FULL = frozenset({"full", "complete", "comprehensive", "total", "general", "broader"})
SCOPE_PARTIAL = frozenset({"partial", "limited"})

# What a plan covers, each topic with the word stems that name it: across sources, plans of
# different topics are different plans ("an energy truce" is not "a maritime truce").
PLAN_TOPICS = {
    "energy": ("energy", "infrastructure", "power", "electric", "grid", "refiner"),
    "maritime": ("maritime", "sea", "naval", "navigation", "shipping", "port"),
    "air": ("air", "sky", "skies", "aerial"),
    "captives": ("prisoner", "pow", "captive", "detainee"),
    "hostages": ("hostage",),
    "civilians": ("civilian",),
    "children": ("child",),
    "bodies": ("bodies", "body", "remains"),
    "aid": ("humanitarian", "aid"),
    "withdrawal": ("withdraw", "pullout", "pullback"),
    "territory": ("territor", "land", "corridor", "border", "buffer"),
    "disarmament": ("disarm", "weapon"),
    "monitoring": ("monitor", "observer", "peacekeep"),
    "nuclear": ("nuclear", "enrichment", "uranium"),
    "guarantees": ("guarantee",),
    "minerals": ("mineral",),
    "elections": ("election",),
}

# Plan kinds that are one thing across sources: a "30-day truce" and a "30-day ceasefire".
KIND_FAMILIES = {
    "ceasefire": "cessation",
    "truce": "cessation",
    "moratorium": "cessation",
    "prisoner_exchange": "exchange",
    "hostage_deal": "exchange",
}
# Kinds that say nothing of what a plan is, so any kind may be the same plan.
OPEN_KINDS = frozenset({"deal", "proposal", "other"})

# Units of a plan's duration, in days, and number words wire style spells out.
DURATION_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90, "hundred": 100,
}  # fmt: skip

# Modifiers that name a proposal's scope ("30-day ceasefire", "energy truce").
PROPOSAL_MODIFIERS = frozenset(
    [
        "energy",
        "infrastructure",
        "maritime",
        "naval",
        "sea",
        "air",
        "partial",
        "full",
        "complete",
        "comprehensive",
        "unconditional",
        "temporary",
        "permanent",
        "humanitarian",
        "peace",
        "truce",
        "cease-fire",
        "prisoner",
        "prisoners",
        "hostage",
        "hostages",
        "monitoring",
        "observer",
        "buffer",
        "demilitarized",
        "demilitarised",
        "ceasefire",
        "interim",
        "lasting",
        "immediate",
        "general",
        "total",
        "broader",
        "limited",
        "short",
        # What a truce halts: "an energy strikes truce", "a strike moratorium".
        "strike",
        "strikes",
    ]
)

# What happened to a plan, by the words that report it near the plan noun. A violation is
# no collapse: "the truce was violated" leaves it in force until it is said to have failed.
PROPOSAL_STATUS_CUES = {
    "signed": "agreed",
    "initialled": "agreed",
    "initialed": "agreed",
    "inked": "agreed",
    "sealed": "agreed",
    "clinched": "agreed",
    "took effect": "in_effect",
    "takes effect": "in_effect",
    "came into force": "in_effect",
    "entered into force": "in_effect",
    "went into effect": "in_effect",
    "came into effect": "in_effect",
    "went into force": "in_effect",
    "collapsed": "collapsed",
    "broke down": "collapsed",
    "fell apart": "collapsed",
    "unravelled": "collapsed",
    "unraveled": "collapsed",
    "withdrew": "withdrawn",
    "withdrawn": "withdrawn",
    "retracted": "withdrawn",
}
# Words before a status cue that make it a prospect, not an event ("will take effect").
STATUS_PROSPECTS = frozenset(
    {"will", "would", "shall", "should", "could", "may", "might", "must", "to", "if", "unless"}
)

# Verbs whose subject puts a proposal forward.
PROPOSER_VERBS = frozenset(
    [
        "propose",
        "proposes",
        "proposed",
        "proposing",
        "offer",
        "offers",
        "offered",
        "suggested",
        "unveiled",
        "drafted",
        "presented",
        "put",
        "tabled",
        "floated",
        "announced",
        "brokered",
        "mediated",
        "pitched",
        "submitted",
        "unveil",
        "unveils",
        "demand",
        "demands",
        "demanded",
        "demanding",
        "requests",
        "requested",
        "requesting",
    ]
)

# Response verbs, phrased as cue words, and the response each signals.
RESPONSE_CUES = {
    "accepted": "accepted",
    "accept": "accepted",
    "accepts": "accepted",
    "agreed": "accepted",
    "agree": "accepted",
    "agrees": "accepted",
    "endorsed": "accepted",
    "approved": "accepted",
    "welcomed": "accepted",
    "backed": "accepted",
    "signed": "accepted",
    "sign": "accepted",
    "endorse": "accepted",
    "endorses": "accepted",
    "embraced": "accepted",
    "initialed": "accepted",
    "initialled": "accepted",
    # "greenlight" is a dictionary verb for approval ("the cabinet greenlighted the deal").
    "greenlight": "accepted",
    "greenlights": "accepted",
    "greenlighted": "accepted",
    "greenlit": "accepted",
    "green-lit": "accepted",
    "rejected": "rejected",
    "reject": "rejected",
    "rejects": "rejected",
    "refused": "rejected",
    "dismissed": "rejected",
    "declined": "rejected",
    "refuses": "rejected",
    "refuse": "rejected",
    "rejecting": "rejected",
    "dismisses": "rejected",
    "considering": "considering",
    "consider": "considering",
    "studying": "considering",
    "reviewing": "considering",
    "weighing": "considering",
    "examining": "considering",
    # "will decide after the talks": the answer is still open.
    "decide": "considering",
    # Weighing a plan in the base form ("would study it", "met to scrutinise the plan").
    "study": "considering",
    "review": "considering",
    "weigh": "considering",
    "examine": "considering",
    "scrutinize": "considering",
    "scrutinise": "considering",
    "mulling": "considering",
    "assessing": "considering",
}

# Phrasal answers, keyed by their two words ("Hamas turned down the offer").
RESPONSE_PHRASES = {
    "turned down": "rejected",
    "turns down": "rejected",
    "turn down": "rejected",
    "signed off": "accepted",
    "signs off": "accepted",
    "shot down": "rejected",
    "shoots down": "rejected",
    "shoot down": "rejected",
    "ruled out": "rejected",
    "rules out": "rejected",
    "balked at": "rejected",
    "baulked at": "rejected",
    "green light": "accepted",
    "responded positively": "accepted",
    "responded favourably": "accepted",
    "responded favorably": "accepted",
    "responded negatively": "rejected",
}
# Phrases that answer only with a plan as their object: in war news "shot down" downs drones.
FIGURATIVE_PHRASES = frozenset({"shot down", "shoots down", "shoot down", "green light"})
# Answers two sides give together: "Armenia signed a treaty with Azerbaijan" binds both.
MUTUAL_RESPONSES = frozenset(
    ["signed", "sign", "signs", "initialed", "initialled", "agreed", "agree", "agrees"]
)

# Cues that turn agreement into a conditional answer.
CONDITION_CUES = frozenset(
    [
        "conditions",
        "condition",
        "conditional",
        "principle",
        "provided",
        "unless",
        "precondition",
        "preconditions",
        "demands",
        "only",
    ]
)
# Phrases that attach a condition to an answer ("agreed, as long as the other side does").
CONDITION_PHRASES = ("as long as", "so long as", "only if", "on condition")
# Words that open a hypothetical clause: "if he does not agree" is no answer yet.
# "once"/"until"/"the moment Moscow agrees" wait for an answer not yet given.
HYPOTHETICAL = frozenset({"if", "unless", "whether", "once", "until", "moment"})

# Stance cues: words that show an actor's stance on an issue.
SUPPORT_CUES = frozenset(
    [
        "support",
        "supports",
        "supported",
        "supporting",
        "back",
        "backs",
        "backed",
        "welcome",
        "welcomes",
        "welcomed",
        "accept",
        "accepts",
        "accepted",
        "agree",
        "agreed",
        "agrees",
        "endorse",
        "endorsed",
        "favour",
        "favor",
        "favors",
        "favours",
        "committed",
        "ready",
        "willing",
        "optimistic",
    ]
)
# Advocacy: asking for something is support with no condition attached ("Russia demands land").
ADVOCACY_CUES = frozenset(
    [
        "want",
        "wants",
        "wanted",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "demand",
        "demands",
        "demanded",
        "demanding",
        "urge",
        "urged",
        "urges",
        "urging",
        "insist",
        "insists",
        "insisted",
        "requesting",
        "requested",
    ]
)
OPPOSE_CUES = frozenset(
    [
        "oppose",
        "opposes",
        "opposed",
        "opposing",
        "reject",
        "rejects",
        "rejected",
        "rejecting",
        "refuse",
        "refuses",
        "refused",
        "refusing",
        "dismiss",
        "dismissed",
        "dismisses",
        "condemn",
        "condemned",
        "condemns",
        "denounced",
        "objected",
    ]
)
NEUTRAL_CUES = frozenset(
    {"undecided", "noncommittal", "neutral", "considering", "weighing", "studying", "reviewing"}
)
# Nouns and adjectives that carry a stance after a light verb or as a verdict
# ("expressed readiness to", "voiced opposition to", "called the plan unacceptable").
SUPPORT_NOUNS = frozenset(
    ["readiness", "willingness", "eagerness", "preparedness", "openness", "backing"]
    + ["endorsement", "importance"]
)
OPPOSE_NOUNS = frozenset(["opposition", "objection", "objections", "rejection", "refusal"])
# Verdicts that judge a thing named before or after them ("the plan is unacceptable").
OPPOSE_VERDICTS = frozenset(["unacceptable", "non-starter", "nonstarter"])
SUPPORT_VERDICTS = frozenset(
    ["essential", "obligatory", "indispensable", "imperative", "vital", "crucial", "necessary"]
)
# A threat backs a measure for the case the other side does not comply.
THREAT_CUES = frozenset(["threaten", "threatens", "threatened", "threatening"])
# Multiword stance cues, keyed by their words; each takes its object after it.
STANCE_PHRASES = {
    "rule out": "oppose",
    "rules out": "oppose",
    "ruled out": "oppose",
    "ruling out": "oppose",
    "open to": "support",
    "call for": "advocacy",
    "calls for": "advocacy",
    "called for": "advocacy",
    "calling for": "advocacy",
    "push for": "advocacy",
    "pushed for": "advocacy",
    "pushing for": "advocacy",
    "pressed for": "advocacy",
    "pressing for": "advocacy",
    "warned against": "oppose",
    "warns against": "oppose",
    "argued against": "oppose",
    "voted against": "oppose",
    "spoke out against": "oppose",
    "came out against": "oppose",
    # Conditions set for a thing make the stance on it conditional.
    "conditions for": "conditional",
    "conditions on": "conditional",
    "preconditions for": "conditional",
    "terms for": "conditional",
}
# "did not rule out sanctions" leaves the door open; it does not back them.
NEGATED_STANCES = {"rule out": "neutral", "rules out": "neutral", "ruled out": "neutral"}
# Verbs that carry a stance noun: their subject holds it ("Egypt expressed its readiness").
LIGHT_VERBS = frozenset(
    ["expressed", "expresses", "voiced", "voices", "signalled", "signaled", "signals"]
    + ["reiterated", "reaffirmed", "stressed", "stressing", "underlined", "underscored"]
    + ["showed", "shows", "indicated", "declared", "confirmed", "repeated", "emphasized"]
    + ["emphasised", "called", "calls", "described", "termed", "branded", "gave", "lent"]
    + ["outlined", "listed", "laid", "set", "attached", "named"]
)
# Words that stop what follows: demanding a "halt to" sanctions opposes them.
STOP_WORDS = frozenset(
    ["cut", "cutting", "halt", "halting", "stop", "stopping", "end", "ending", "suspend"]
    + ["suspending", "suspension", "freeze", "freezing", "lift", "lifting", "scrap"]
    + ["scrapping", "cease", "ceasing", "drop", "dropping", "abandon", "abandoning"]
)

# Negations that turn a support or acceptance word into refusal ("will not accept").
NEGATIONS = frozenset(
    {"not", "never", "no", "won't", "cannot", "refuses", "without"}
    | {f"{verb}n{mark}t" for verb in ("did", "does", "do", "would", "has", "is") for mark in "'’"}
    | {"won’t"}
)

# Bare weekday and month names for the date resolver.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
    ]
)

# Country abbreviations that can also end a sentence when a new sentence plainly starts.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m"})

# Words that begin a sentence, telling "the U.S. He said" apart from "the U.S. President".
SENTENCE_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "But",
        "And",
        "However",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "Meanwhile",
        "Earlier",
        "Later",
        "After",
        "Before",
        "While",
        "When",
        "If",
        "As",
        "There",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
    ]
)

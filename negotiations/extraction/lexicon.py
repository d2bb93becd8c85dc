"""Every word list the extraction rules use, each with the reason it exists.

The closed grammatical classes come first; role lists of function words are built from them,
so their overlaps show by construction. Lists sharing an open-class word are declared, with
the reason, in SHARED_WORDS at the end; LEMMA_CLASSES names the lists matched on lemmas.
"""

# Closed classes: function words, declared once. A role list that shares only these words
# with another needs no reason written beside it.
# Articles; a plan noun's own article is skipped to reach its owner.
ARTICLES = frozenset({"a", "an", "the"})
# Indefinite articles: a noun phrase they open is new, not a plan named before.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Third-person possessive determiners: they make the subject a plan's owner ("its plan").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
POSSESSIVE_DETERMINERS = POSSESSIVE_PRONOUNS | {"my", "your", "our"}
# "Their" after a subject of several sides ("X and Y agreed to extend their truce") makes the
# plan theirs together: nobody's proposal.
PLURAL_POSSESSIVES = frozenset({"their"})
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "me", "him", "us"})
PERSONAL_PRONOUNS |= {"them"}
MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must"})
BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being"})
HAVE_FORMS = frozenset({"have", "has", "had"})
DO_FORMS = frozenset({"do", "does", "did"})
CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
# Conjunctions that join names into one phrase, sharing its preposition ("with X and Y").
NAME_CONJUNCTIONS = frozenset({"and", "or"})
SUBORDINATORS = frozenset(
    {"that", "if", "unless", "whether", "once", "until", "as", "while", "after", "before"}
    | {"although", "though", "whereas", "because", "when", "where", "since"}
)
# Subordinators opening a clause of time, cause or contrast, which reports nothing said.
CLAUSE_SUBORDINATORS = SUBORDINATORS - {"that", "if", "unless", "whether"}
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
# Words opening a comment clause before the words it credits ("As X told reporters, Moscow
# welcomes…"): the main clause after it is X's account, not a speech act of its own.
COMMENT_CLAUSE_OPENERS = frozenset({"as"})
# The word linking actors to the role they take ("X and Y acting as mediators", "X as
# guarantor"): the actors stand before it, not after the role noun.
ROLE_LINKS = frozenset({"as"})
# Participles that may stand before that link ("acting as", "serving as"); forms, as "acting"
# is also an adjective the lemmatiser leaves whole.
ROLE_TAKING_PARTICIPLES = frozenset({"acting", "serving", "standing"})
# Relative pronouns that as a subject stand for the phrase before their comma ("the envoy,
# who told reporters", "the KNU, which said").
SUBJECT_RELATIVES = frozenset({"who", "which"})
# Words opening an apposition after a name ("X, the UN coordinator, said", "X, who leads…").
APPOSITION_OPENERS = frozenset({"the", "a", "an", "who", "whose"})
# Nouns, as lemmas, that describe only a person: an apposition holding one or a title makes
# the name before it a person ("X, the candidate of the left, was careful").
PERSON_ROLE_NOUNS = frozenset(
    {"candidate", "lawyer", "coordinator", "analyst", "activist", "researcher", "founder"}
    | {"owner", "politician", "lawmaker", "journalist", "professor", "cleric", "bishop"}
    | {"priest", "shopkeeper", "trader", "farmer", "resident", "mother", "father", "widow"}
    # people a feature brings in unnamed: "her neighbour, an older man", "a villager"
    | {"man", "woman", "neighbour", "neighbor", "villager", "nurse", "teacher", "survivor"}
)
# Nouns, as lemmas, of people who comment on a conflict without a side in it ("X, an analyst at
# a think-tank, said"): what they say reads the parties, and states no stance of a party's.
COMMENTATOR_NOUNS = frozenset(
    {"analyst", "researcher", "expert", "scholar", "academic", "commentator", "professor"}
)
NEGATORS = frozenset(
    {"not", "never", "no", "neither", "nor", "none", "nobody", "nothing", "cannot", "without"}
)
QUANTIFIERS = frozenset(
    {"all", "any", "both", "each", "every", "no", "some", "such", "another", "either"}
)
ALL_PREPOSITIONS = frozenset(
    ["of", "from", "in", "at", "to", "with", "for", "by", "on", "about", "against", "between"]
    + ["among", "over", "under", "into", "toward", "towards", "than", "like", "including"]
    + ["after", "before", "during", "via", "upon", "despite", "amid", "since", "until"]
    + ["without", "through", "across", "within", "targeting", "following"]
)
# Adverb particles of phrasal verbs ("put forward", "turned down", "called off").
PARTICLES = frozenset({"up", "down", "out", "off", "forward", "back", "away"})
# Bare weekday names, for the date resolver and as adverbs ("met Friday").
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Days named relative to publication, which like weekdays may own an event ("yesterday's call").
DAY_WORDS = ("yesterday", "today", "tomorrow")
FUNCTION_WORDS = (
    ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | PERSONAL_PRONOUNS | MODALS | BE_FORMS
    | HAVE_FORMS | DO_FORMS | CONJUNCTIONS | SUBORDINATORS | RELATIVES | NEGATORS | QUANTIFIERS
    | ALL_PREPOSITIONS | PARTICLES
)  # fmt: skip

# Verbs of saying, as lemmas: their subject is the speaker of the sentence's reported content.
# An open class: neutral saying, emphasis, concession, praise, criticism, gratitude, warning,
# urging, denial, specification and naming, writing and posting, in both spellings.
REPORTING_VERBS = frozenset(
    # saying, adding, answering
    ["say", "tell", "state", "add", "note", "remark", "comment", "mention", "report", "relate"]
    + ["recount", "remind", "reply", "respond", "retort", "answer", "rejoin", "interject"]
    + ["reiterate", "repeat", "restate", "reassert", "recap", "concur", "quip", "joke"]
    + ["exclaim", "whisper", "murmur", "mutter", "shout", "yell", "muse", "wonder", "opine"]
    # explaining, specifying, naming, describing
    + ["explain", "clarify", "elaborate", "specify", "detail", "outline", "describe", "list"]
    + ["enumerate", "name", "characterise", "characterize", "portray", "depict", "summarise"]
    + ["summarize", "label", "brand", "dub", "hypothesise", "hypothesize", "theorise"]
    + ["theorize", "speculate", "predict", "forecast", "posit", "stipulate", "testify"]
    # announcing, revealing, informing, signalling
    + ["announce", "declare", "proclaim", "pronounce", "disclose", "reveal", "divulge"]
    + ["inform", "notify", "brief", "signal", "indicate", "hint", "imply", "insinuate"]
    + ["suggest", "propose", "confide", "express", "voice", "confirm", "verify", "attest"]
    + ["convey", "echo", "relay", "intimate", "aver"]
    # writing and posting
    + ["write", "post", "tweet", "blog", "email"]
    # emphasis and assertion
    + ["stress", "emphasise", "emphasize", "underline", "underscore", "highlight", "insist"]
    + ["assert", "affirm", "reaffirm", "contend", "argue", "claim", "allege", "maintain"]
    + ["reason", "conclude", "observe", "recall", "counter", "charge", "flag"]
    # concession and admission
    + ["concede", "admit", "acknowledge", "confess", "apologise", "apologize", "retract"]
    # praise and gratitude
    + ["praise", "hail", "commend", "welcome", "applaud", "laud", "salute", "congratulate"]
    + ["compliment", "thank", "extol", "acclaim", "boast", "brag", "appreciate", "credit"]
    # criticism and accusation
    + ["criticise", "criticize", "condemn", "denounce", "slam", "blast", "decry", "deplore"]
    + ["lambast", "lambaste", "berate", "rebuke", "chide", "castigate", "censure", "assail"]
    + ["fault", "scold", "mock", "ridicule", "deride", "belittle", "disparage", "denigrate"]
    + ["vilify", "demonise", "demonize", "admonish", "reproach", "reprimand", "lecture"]
    + ["accuse", "blame", "protest", "complain", "lament", "bemoan", "regret", "object"]
    + ["grumble", "gripe", "scoff", "sneer", "question", "query", "inquire", "enquire"]
    # warning, threatening, promising
    + ["warn", "caution", "threaten", "vow", "pledge", "promise", "swear", "assure", "reassure"]
    # asking and urging
    + ["urge", "appeal", "ask", "request", "demand", "implore", "plead", "beg", "exhort"]
    + ["encourage", "advise", "recommend", "preach", "invite", "offer"]
    # hoping aloud ("hoped the truce would hold"), a wish said
    + ["hope"]
    # denial and dispute
    + ["deny", "refute", "rebut", "contradict", "dispute", "disavow", "downplay"]
    # anger, as a verb of saying after a quotation ("…," the leader fumed) or before one
    + ["fume", "seethe", "rage"]
)

# Verbs of refusal that report a side's stated answer ("Hamas rejected any foreign force",
# "the army dismissed the announcement"): speech for the statements stage alone, so that
# actor discovery and stances keep their own reading of them.
REJECTION_SPEECH_VERBS = frozenset(["reject", "dismiss", "rebuff"])

# Verbs by which an outlet relays a speaker's words ("X was quoted as saying", "cited X as
# telling"): the speaker is their object, or their passive subject, never the outlet.
QUOTING_VERBS = frozenset(["quote", "cite"])

# Reporting verbs whose other senses are common in conflict news ("observed the truce",
# "recalled its ambassador", "concluded talks", "maintained positions", "countered drones"):
# they report speech only before a clause or quotation, or after a quotation.
CLAUSE_SPEECH_VERBS = frozenset(
    ["observe", "recall", "conclude", "maintain", "reason", "counter"]
    # "charged with war crimes", "flagged down a convoy": speech only before a clause
    + ["charge", "flag"]
    # "relayed the response to the mediators": passing a text on, speech only with a clause
    + ["relay"]
)

# Reporting verbs that, as a participle beside a clause, say what an event implies, not what
# anyone said ("met at the White House, signalling high-level involvement").
INFERENCE_VERBS = frozenset(["signal", "indicate", "suggest", "imply", "underline", "underscore"])

# Verbs of inference that are also verbs of emphasis: with a side as their subject ("the envoy
# underlined the importance of the talks") they report what it said, as "stressed" does.
EMPHASIS_INFERENCE_VERBS = frozenset(["underline", "underscore"])

# Reporting verbs that host a guest when an actor follows ("welcomed Aliyev to Baku").
HOSTING_VERBS = frozenset(["welcome"])

# Verbs that name or judge a thing ("termed the deal \"a first step\"", "framed it as \"a
# step\""): speech only when a quotation gives the words within their clause, since "called a
# meeting" or "framed new rules" reports no speech.
NAMING_VERBS = frozenset(["call", "term", "frame"])

# Words besides prepositions that open a sentence's adverbial lead-in ("According to sources
# close to the delegation, the army agreed…"), after which the main clause's subject stands.
LEAD_OPENERS = frozenset({"according"})
# Sentence adverbs that a comma sets off as a whole lead-in ("Meanwhile, X, the UN's
# coordinator, urged restraint"): the name after them opens the main clause.
LEAD_ADVERBS = frozenset(
    {"meanwhile", "however", "separately", "elsewhere", "earlier", "later", "instead"}
    | {"nevertheless", "nonetheless", "moreover", "furthermore", "similarly", "likewise"}
    | {"overnight", "yesterday", "today", "finally", "previously", "subsequently", "still"}
)
# Phrases, as lower-case words, that hand what precedes or follows to a source named after
# them ("according to X", "in the words of X").
SOURCE_PHRASES = (("according", "to"), ("in", "the", "words", "of"))

# Nouns for the news media of a country ("according to Lebanese media", "Egyptian state
# television reported"): a state's adjective before them names where the media are, and the
# state itself says nothing.
NATIONAL_MEDIA_NOUNS = frozenset(
    {"media", "television", "tv", "radio", "newspapers", "outlets", "broadcasters"}
)

# Participles and adjectives that, with their preposition, describe a subject before its verb
# ("an official involved in the talks said", "a source familiar with the plan told").
SUBJECT_POSTMODIFIERS = frozenset(
    {"involved", "briefed", "familiar", "close", "knowledgeable", "privy", "based"}
)
# Prepositions of an adjunct of occasion between a named subject and its verb ("the cabinet
# at its weekly meeting endorsed", "Kenya during the summit proposed"); only pure prepositions:
# "after" and "following" also open a clause with a subject of its own ("shelled Cambodia after
# the ministry said"). The adjunct must name a meeting (MEETING_WORDS) to be one of occasion.
SUBJECT_ADJUNCT_PREPOSITIONS = frozenset({"at", "during"})

# Nouns for counts a body keeps ("according to UN data", "Health Ministry estimates"): a
# source of numbers, reported as fact, is no speech of the body that keeps them.
DATA_NOUNS = frozenset({"data", "estimates", "statistics", "numbers", "tally", "count", "census"})
# Data nouns that are people as often ("senior Hamas figures said"): counts only as a source
# a lead opens ("according to UN figures").
LED_DATA_NOUNS = frozenset({"figures"})

# Adverbs between a modal and its verb ("will formally announce", "would probably say").
FUTURE_ADVERBS = frozenset({"likely", "probably", "formally", "officially", "soon"})

# An outlet's own staff ("our correspondent", "our diplomatic editor"): what they report
# relays someone else's words, and they are no party to the story.
REPORTER_NOUNS = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "editor", "stringer"}
    | {"producer", "presenter", "newsroom"}
)
# The programme's own staff as a transcript labels them ("ANCHOR (X):", "X (presenter):"): speech
# their turn reports is the reported speaker's, not theirs. Reporters plus studio roles.
PROGRAMME_STAFF = REPORTER_NOUNS | {"anchor", "moderator", "interviewer"}

# Labels opening a line of a bulletin's headlines, teasers or links to other stories
# ("HEADLINES: X says…", "Related: Y says…"): the line repeats or points to speech reported
# elsewhere, and says nothing itself.
HEADLINE_LABELS = frozenset(
    {"headlines", "headline", "top stories", "in brief", "coming up", "also today"}
    | {"in this issue", "at a glance", "news in brief", "summary", "key points"}
    | {"related", "read more", "read also", "see also", "also read", "more on this", "watch"}
    # the outlet's notes on its own copy
    | {"correction", "corrections", "clarification", "editor's note", "editors' note"}
    | {"editor’s note", "note to readers"}
)
# Words opening a sentence about the outlet's own copy ("This article was amended to say…",
# "An earlier version of this story said…"): what it reports is the outlet's correction.
EDITORIAL_OPENINGS = (
    ("this", "article"), ("this", "story"), ("this", "report"), ("this", "version"),
    ("an", "earlier", "version"), ("a", "previous", "version"), ("an", "earlier", "report"),
)  # fmt: skip

# Subjects that stand for no one: "it was clear that", "there is no doubt that".
EXPLETIVE_SUBJECTS = frozenset({"it", "there"})
# Speech idioms, as lemmas from their first word: the subject before them is the speaker.
SPEECH_IDIOMS = (
    # "was clear that", "is adamant that": a person's firm words (not after an expletive
    # subject, EXPLETIVE_SUBJECTS: "it was clear that" is the writer's reading)
    ("be", "clear", "that"),
    ("be", "adamant", "that"),
    ("be", "categorical", "that"),
    ("make", "clear"),
    ("make", "it", "clear"),
    ("make", "plain"),
    ("make", "it", "plain"),
    ("go", "on", "to", "say"),
    ("go", "on", "to", "add"),
    ("go", "so", "far", "as", "to", "say"),
    ("go", "as", "far", "as", "to", "say"),
    ("take", "issue", "with"),
    ("point", "out"),
    ("spell", "out"),
    # reading a text aloud: "read out the communique", "the text was read out on radio"
    ("read", "out"),
    # summing up in words: "summed up the talks in a word: …"
    ("sum", "up"),
    ("lay", "out"),
    ("hit", "out"),
    ("lash", "out"),
    ("speak", "out"),
    ("weigh", "in"),
    ("chime", "in"),
    ("shoot", "back"),
    ("fire", "back"),
    ("call", "for"),
    ("call", "upon"),
    ("call", "on"),
    ("pay", "tribute"),
    ("play", "down"),
    ("brush", "aside"),
    ("shrug", "off"),
    ("not", "exclude"),
    ("rule", "out"),
    ("sound", "the", "alarm"),
    ("raise", "concern"),
    ("give", "assurance"),
    ("issue", "a", "warning"),
    ("issue", "a", "statement"),
    ("issue", "statement"),  # "issued near-identical statements"
    ("issue", "a", "communique"),
    ("issue", "a", "declaration"),
    # other verbs of putting out a text: "gave a statement to the channel", "released a
    # statement"
    ("give", "a", "statement"),
    ("release", "a", "statement"),
    ("single", "out"),
    ("take", "note", "of"),
    ("lodge", "a", "protest"),
    ("lodge", "a", "complaint"),
    ("file", "a", "complaint"),
    # a manner of saying before the verb: "has been careful to say that…"
    ("be", "careful", "to", "say"),
    ("be", "quick", "to", "say"),
    ("be", "quick", "to", "point", "out"),
)

# Forms simplemma lemmatises wrongly ("thanked" -> "thanke", "signalled" -> "signall"),
# or leaves as a noun ("warning", "writing") where the verb is the common reading.
LEMMA_FIXES = {
    "warning": "warn",
    "writing": "write",
    "thanked": "thank",
    "thanking": "thank",
    "swore": "swear",
    "extolled": "extol",
    "extolling": "extol",
    "labelled": "label",
    "labelling": "label",
    "signalled": "signal",
    "signalling": "signal",
    "proclaiming": "proclaim",
    "assailed": "assail",
    "spelt": "spell",
    "shot": "shoot",
    "gone": "go",  # simplemma gives "gan"; "wants the checkpoints gone" ends them
    "interested": "interested",  # the adjective of a stance ("interested in a deal")
    "according": "according",  # "according to" opens a source, it is no "accord" (a plan)
}

# Third-person pronouns that can stand for a speaker named earlier.
PERSON_PRONOUNS = frozenset({"he", "she"})
# Words telling a person's gender in the text itself, which alone may choose between two
# people for "he" or "she": honorifics before a name ("Ms Wagner") and pronouns after one.
# No list of given names: a name tells nothing the text does not.
MALE_WORDS = frozenset({"mr", "he", "him", "his", "himself"})
FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "madame", "she", "her", "hers", "herself"})
# Pronouns after a name that tell that person's gender: the subject's and the possessive
# ("X said she…", "X and his delegation"); "him" and the like point at someone else.
GENDER_PRONOUNS = frozenset({"he", "she", "his", "her"})
# Negations right before a contact verb: "will not negotiate", "never met" is no contact.
DENIALS = frozenset({"not", "never", "n't", "cannot"})
# Words that keep the side named right after them out of a contact: "neither X nor Y
# attended the talks", "the talks went ahead without Hamas".
ABSENCE_MARKERS = frozenset({"neither", "nor", "without"})
# Object pronouns for a person named before ("the emir received him"): a contact's guest.
OBJECT_PERSON_PRONOUNS = frozenset({"him", "her"})
# Subject pronouns a verb follows in its bare form ("they call it", "we visit"), which makes a
# noun-like form a verb.
PLURAL_PRONOUNS = frozenset({"i", "you", "we", "they"})
THING_PRONOUNS = frozenset({"it", "they"})
# Pronouns a stance phrase takes as its object for a thing named before it ("signed the truce
# and remains committed to it").
THING_OBJECT_PRONOUNS = frozenset({"it", "them"})
# Honorifics that after "His"/"Her" stand for a person named earlier, as a pronoun does
# ("His Excellency said", "Her Majesty told").
HONORIFIC_ANAPHORS = frozenset({"excellency", "highness", "majesty", "eminence"})
# Adjectives of an office after an honorific ("His Excellency the Special Envoy", "the
# Personal Envoy", "the High Representative"): still words of the office, not a name.
OFFICE_ADJECTIVES = frozenset({"special", "personal", "high"})
# Words that qualify an honorific before a name: "His Royal Highness".
HONORIFIC_MODIFIERS = frozenset({"royal"})
# The honorifics Gulf state agencies abbreviate ("HE said", "HH the Emir affirmed"): they
# stand for the person as "His Excellency" does, and name no body as an acronym would.
HONORIFIC_ABBREVIATIONS = frozenset({"HE", "HH", "HRH"})

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

# Adjectives of eagerness between "be" and "to" before a verb of saying ("was quick to deny",
# "were keen to stress"): the subject of "be" is the one who says it.
SPEECH_EAGERNESS = frozenset({"quick", "keen", "careful", "eager", "swift", "anxious"})
# Phrases (lemmas) of effort that stand for an adjective of eagerness between "be" and "to"
# ("was at pains to stress", "were at great pains to explain", "was in a hurry to deny").
SPEECH_EFFORT_PHRASES = (
    ("at", "pain"),
    ("at", "great", "pain"),
    ("in", "a", "hurry"),
    ("in", "a", "rush"),
)
# Passive participles (lemmas) that raise the subject of a verb of saying after "to (have)"
# ("X is reported to have said", "Y was understood to have warned"): X is the one who spoke.
# Not "believed", "thought", "known", "rumoured": there the writer hedges, no one reports.
RAISING_PASSIVES = frozenset({"report", "say", "understand", "allege"})

# Determiners and adverbs that may sit between a subject and its verb.
SUBJECT_GAP_WORDS = (
    HAVE_FORMS | DO_FORMS | BE_FORMS - {"be", "am"} | {"would", "will", "could", "may", "might"}
    | {"can", "cannot"}
    | {"not", "never", "all", "both", "once", "this", "on", "last"} | frozenset(WEEKDAYS)
    | {"neither"}  # the first of two denied verbs: "Kyiv has neither endorsed nor …"
    | {"each"}  # a distributive after joint subjects: "Kosovo and Serbia each said"
    | {"also", "again", "later", "then", "earlier", "repeatedly", "previously", "publicly"}
    | {"reportedly", "separately", "further", "already", "just", "recently"}
    | {"now", "always"}  # a stance held now or as a rule: "Riyadh now favours", "always backs"
    | {"still"}  # a stance kept: "Kinshasa still supports the mediation"
    | {"since"}  # aspect after an auxiliary: "he has since insisted"
    | {"today", "yesterday", "week", "night", "morning", "evening", "afternoon"}
    # Copulas of stance adjectives: "Qatar remains committed to".
    | {"remains", "remained", "remain", "seems", "seemed", "appears", "appeared"}
    | {"stands", "stood"}  # "Egypt stands ready to host"
    | {"keep", "keeps", "kept"}  # aspect: "Washington would keep pressing both sides"
)  # fmt: skip

# Words that modify a title without ending it ("Deputy Foreign Minister X", "Vice President X").
TITLE_MODIFIERS = frozenset(
    [
        "affairs",
        "brigadier",
        "chair",
        "defence",
        "defense",
        "deputy",
        "external",
        "field",
        "foreign",
        "gov",
        "interior",
        "ministry",
        "prime",
        "rep",
        "senior",
        "vice",
    ]
)

# Words that date or qualify a holder's tenure before a title ("former Nigerian president X",
# "acting defence minister X"): still part of the title phrase before the name.
TENURE_WORDS = frozenset({"former", "outgoing", "acting", "retired", "veteran"})
# Words before a described role that put its holder out of office or against it ("the former
# Armenian foreign minister", "the exiled Sudanese diplomat"): someone other than the one in
# office.
OUT_OF_OFFICE_WORDS = frozenset(
    {"former", "ex", "erstwhile", "retired", "exiled", "jailed", "imprisoned", "detained"}
    | {"ousted", "deposed", "sacked", "dismissed", "disgraced", "opposition", "dissident"}
    | {"fugitive"}
)

# Gulf, Iranian, South Asian and Catholic courtesy titles ("Sayyid Badr", "Seyed Abbas X",
# "Msgr. Y"): they announce a name, given name alone or in full, as "Sheikh" does. Malay ones
# are left out: "Datuk Seri" and "Tan Sri" run over several words, and "Tun" begins Burmese
# given names.
COURTESY_TITLES = frozenset(
    {"sayyid", "sayyida", "sayyed", "sayed", "seyed", "syed", "monsignor", "msgr"}
)

# Titles that end a title phrase; the capitalised words after them are the name.
TITLE_HEADS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "chancellor",
        "commissioner",
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
        "marshal",
        "director",
        "head",
        "leader",
        "senator",
        # members of a parliament ("Tory MP X", "opposition lawmaker X")
        "mp",
        "lawmaker",
        "legislator",
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
        "professor",
        "prof",
        *COURTESY_TITLES,
        # hyphenated ranks and offices, one token each
        "lieutenant-general",
        "major-general",
        "secretary-general",
        "vice-chairman",
        "vice-president",
        "officer",
        # the offices of international bodies ("the EU's special representative, X", "High
        # Representative X", "UN humanitarian coordinator X", "the ombudsman, X")
        "representative",
        "coordinator",
        "ombudsman",
        "rapporteur",
    ]
)

# Titles and roles that introduce a person's name ("Foreign Minister X", "envoy X").
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS

# Nouns that put a media outlet's name after them ("broadcaster Doordarshan", "agency Anadolu").
MEDIA_HEADS = frozenset({"broadcaster", "agency", "newspaper", "daily", "outlet", "channel"})

# Honorifics that are part of no role: they only announce a name.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "professor", "prof", "sheikh", "sheikha"}
    # religious honorifics of Afghan and South Asian copy ("Mawlawi X", "Maulana Y")
    | {"mawlawi", "maulvi", "maulana", "mullah"}
    | COURTESY_TITLES
)
# Honorifics that are also a word of a person's name after a given name in Somali and Arabic
# names ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"); "Mr" or "Dr" there starts a name.
NAME_HONORIFICS = frozenset({"sheikh"})

# Prepositions that lead from a title to a post before the name ("Envoy to the UN X",
# "Minister of Foreign Affairs X"), and the small words a post may hold between its names.
TITLE_POST_LINKS = frozenset({"to", "for", "of"})
# Of those, the ones leading to the side an office serves, not the one it belongs to: the
# "Special Envoy for Yemen" or the "ambassador to Ukraine" is no official of that state.
SERVED_POST_LINKS = frozenset({"to", "for"})
# The offices that serve another side, after which those links lead to it; a "spokesman for
# Hamas" or a "negotiator for Ukraine" speaks for the side named.
SERVING_OFFICES = frozenset(
    {"envoy", "ambassador", "representative", "coordinator", "rapporteur", "emissary"}
)
TITLE_POST_FILLERS = frozenset({"the", "of", "and"})

# Royal and courtesy titles used with a given name alone ("Emir Tamim", "Sheikh Mohammed",
# "Crown Prince Mohammed"), unlike offices, which go with a surname ("President Ruto").
TITLE_GIVEN_NAME_HEADS = frozenset(
    {"emir", "sheikh", "sheikha", "prince", "princess", "king", "queen", "sultan"}
    | COURTESY_TITLES - {"monsignor", "msgr"}
)

# Lower-case particles inside Arabic, Dutch, German, Spanish, French and other personal names.
NAME_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "bint", "ben", "abu", "ould", "ag", "de", "del", "della", "dos"]
    + ["das", "du", "le", "van", "von", "der", "zu", "ter", "da", "di", "la"]
)

# The Arabic article opening a surname, which copy drops after the first mention ("Asaad
# al-Shaibani", then "Shaibani").
SURNAME_ARTICLES = frozenset({"al", "el"})

# Romanisations of one Arabic given name, to the registry's usual spelling: outlets write
# "Mohamed bin Zayed" and "Muhammad bin Salman" for the people the registry spells otherwise.
GIVEN_NAME_SPELLINGS = {
    "mohamed": "mohammed", "muhammad": "mohammed", "mohammad": "mohammed",
    "muhammed": "mohammed", "mohamad": "mohammed",
    "ahmad": "ahmed", "hussain": "hussein", "husain": "hussein", "khalid": "khaled",
    "mahmud": "mahmoud", "mahmood": "mahmoud", "yusuf": "yousef", "youssef": "yousef",
    "abdulla": "abdullah", "abdallah": "abdullah", "usama": "osama",
}  # fmt: skip

# Assimilated forms of the Arabic article, only ever joined by a hyphen ("Salah ad-Din").
NAME_PREFIXES = NAME_PARTICLES | {"ad", "ud", "ul", "ar", "as", "ash", "at", "az", "an", "ed"}
# Generational suffixes after a name ("Ramon Dizon Jr."): the surname is the word before.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Nouns of institutions, capitalised: they end a name, and a name run into one is part of the
# institution's name ("General Command Council", "Federal Security Service"), not a person.
INSTITUTION_NOUNS = frozenset(
    ["Command", "Council", "Ministry", "Office", "Affairs", "Forces", "Army", "Staff"]
    + ["Committee", "Commission", "Department", "Authority", "Agency", "Assembly", "Cabinet"]
    + ["Parliament", "Government", "Headquarters", "Secretariat", "Directorate", "Guard"]
    + ["Court", "Bureau", "Service", "Services", "Brigade", "Brigades", "Division", "Corps"]
    + ["Movement", "Front", "Party", "Alliance", "Coalition", "Federation", "Republic"]
    + ["Kingdom", "State", "States", "Administration", "Presidency", "Embassy", "Mission"]
    + ["Navy", "Police", "Palace", "Leadership", "Union", "Nations", "Talks", "Summit"]
    + ["Association", "League", "Society", "Board", "Forum", "Fund", "Organisation"]
    + ["Organization"]
)

# Capitalised words of the names of bodies and regions, never of a person's ("Human Rights
# Watch", "Amnesty International", "Western Sahara"): a name holding one is no person's.
BODY_NAME_WORDS = frozenset(
    ["International", "Watch", "Rights", "Institute", "Foundation", "Network", "Initiative"]
    + ["Observatory", "Centre", "Center", "Group", "Western", "Eastern", "Northern"]
    + ["Southern", "Central"]
)

# Capitalised nouns that end the name of an armed group or a civil body the registry may not
# know ("the Oromo Liberation Army", "the AU Observer Mission"), with the kind each names.
# A state's army or forces are the state; a council or a ministry is an organ of one.
BODY_HEADS = {
    **dict.fromkeys(["Army", "Front", "Forces", "Brigades", "Movement", "Alliance"], "group"),
    **dict.fromkeys(["Union", "Conference", "Mission", "Party", "Coalition"], "organization"),
    **dict.fromkeys(["Body", "Council", "Commission"], "organization"),
    # aid and relief bodies speak in every war's coverage ("the World Food Programme said")
    **dict.fromkeys(
        ["Programme", "Program", "Fund", "Organization", "Organisation"], "organization"
    ),
}
# Heads (lower case) of a state organ's official name that may hold a capitalised word or two
# of its own between the state and the head ("India's Northern Command", "Egypt's General
# Intelligence Directorate"); a government or council so named is a rival body's ("Sudan's
# Tasis Government").
STATE_ORGAN_NAME_HEADS = frozenset(
    {"command", "directorate", "ministry", "service", "department", "bureau"}
)
# Common nouns that head a group's name after its one proper word ("the Radaa force", "the
# Tasis alliance"), with the kind each names.
COMMON_BODY_HEADS = {
    **dict.fromkeys(["force", "militia", "movement", "alliance", "brigade", "group"], "group"),
    **dict.fromkeys(["coalition"], "organization"),
}
# The preposition that joins a body to the place it serves, part of its name: "the UN
# Mission in X".
BODY_SEAT_LINKS = frozenset({"in"})
# Small words inside a body's name that give no letter to its acronym ("Front for the …").
ACRONYM_FILLERS = frozenset({"of", "for", "the", "and"})

# Capitalised words that are not names even after a title ("President Said", "Minister On").
NOT_NAMES = INSTITUTION_NOUNS | frozenset(
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
        "His",
        "Her",
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
    ]
)
# Short month names: no name with their full stop ("Jan. 21"), names without it ("Jan Egeland",
# "Zin Mar Aung").
MONTH_ABBREVIATIONS = frozenset(
    ["Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec"]
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
        "mediator",
        "commander",
        "adviser",
        "commissioner",
        "governor",
        "chairman",
        "pm",
        "diplomat",
        "chief",
        "aide",
        # military ranks, by which reports go on to name a commander ("the general said")
        "general",
        "marshal",
        "colonel",
    ]
)

# Prepositions that join people to the sides they come from: "officials from both
# delegations said" speaks for both sides, as "both delegations said" does.
SIDE_MEMBER_PREPOSITIONS = frozenset({"from", "of", "on"})
# Nouns for the people a side sends: "officials from both sides", "delegates of the two".
SIDE_MEMBER_NOUNS = frozenset({"official", "delegate", "representative", "member", "source"})

# Labels that open an interviewer's question or its answer in a Q&A ("Q: …", "A: …").
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# Verbs (lemmas) and the particle after them by which an interview's introduction says who
# gave it: "X, who chairs the commission, spoke to the Lake Herald", "talked to us", "sat down
# with".
INTERVIEW_GIVING = {"speak": "to", "talk": "to", "sit": "down"}
# Words that put a speaker in the first person: answers to an interviewer use them, the
# paragraphs of an explainer under question headings do not.
FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "we", "us", "our"})
# The pronoun an interviewer's question names the interviewee by ("You met X last week?").
SECOND_PERSON_WORDS = frozenset({"you"})

# Words opening the unmarked items of a list a speaker introduces with a colon ("listed
# three results:" then "First, a prisoner exchange."): each item is still the speaker's.
LIST_ITEM_OPENERS = frozenset({"first", "second", "third", "fourth", "fifth", "finally"})

# Speech-reporting nouns: "the statement added" continues the last speaker.
SPEECH_NOUNS = frozenset({"statement", "communique", "post", "letter", "message", "readout"})
# Verbs (lemmas) of putting a text out: after a text noun their participle modifies it ("a
# statement posted on Telegram said"), since a text posts nothing itself.
PUBLISHING_VERBS = frozenset(
    {"post", "publish", "issue", "distribute", "broadcast", "share", "upload", "televise"}
)

# Plural nouns (as lemmas) that after "both" or "the two" stand for the sides of a contact
# or negotiation: "both sides said", "the two leaders agreed", "the two armies".
JOINT_NOUNS = frozenset(
    ["side", "party", "leader", "country", "government", "delegation", "nation", "state"]
    + ["capital", "neighbour", "neighbor", "army", "minister", "president", "negotiator"]
    + ["team", "belligerent", "rival", "foe"]
    # the members of a group named before with its list ("the Troika … its three members")
    + ["member"]
)
# Joint nouns that name people: "the two leaders" are the persons, not their states.
JOINT_PERSON_NOUNS = frozenset({"leader", "minister", "president", "negotiator"})
# Words that make a plural joint noun mean the two sides ("both sides", "the two leaders").
JOINT_DETERMINERS = frozenset({"both", "two"})
# Joint nouns that need no "both"/"two": "the parties said", "the warring sides agreed".
BARE_JOINT_NOUNS = frozenset({"side", "party", "belligerent"})
# Joint nouns that mean the negotiation's own sides ("both sides said", "an envoy met both
# delegations"), which a pair of mediators named just before does not; "the parties" and "a
# joint statement" may be anyone's.
NEGOTIATION_SIDE_NOUNS = frozenset({"side", "delegation"})
# Adjectives that make a speech noun several sides' ("a joint statement", "a common text").
JOINT_MARKERS = frozenset({"joint", "common"})
# Words opening the members of a collective subject ("Gulf states, including X and Y, said").
MEMBER_LIST_OPENERS = frozenset({"including", "among", "notably", "such"})
# Nouns of a state's form before its name ("the Sultanate of Oman", "the Republic of
# Armenia"): the phrase is the state itself.
STATE_FORMS = frozenset({"kingdom", "sultanate", "republic", "emirate", "principality"})
# Descriptive nouns for an organisation, armed group or state, with the registry kinds each may
# stand for: "the movement had insisted" is the last group named.
DESCRIPTIVE_NOUNS = {
    "group": ("group", "organization"),
    "movement": ("group",),
    "militia": ("group",),
    "rebel": ("group",),
    "faction": ("group",),
    "insurgent": ("group",),
    "paramilitary": ("group",),
    "organisation": ("organization", "group"),
    "organization": ("organization", "group"),
    # an alliance or coalition may be of states or of armed groups ("the alliance said" after
    # "the Three Brotherhood Alliance", "the coalition said" after "the Saudi-led coalition")
    "alliance": ("organization", "group"),
    "coalition": ("organization", "group"),
    "bloc": ("organization",),
    "body": ("organization",),
    # "the U.N. Mission in South Sudan said … the mission urged": the body named before
    "mission": ("organization",),
    # "the front said" after the Tigray People's Liberation Front: the group named before
    "front": ("group",),
    # a state called by its form: "the kingdom backed the framework"
    **dict.fromkeys(STATE_FORMS, ("state",)),
}
# Offices "the <demonym> leader" may stand for: the heads of a state or of its government.
HEAD_OFFICES = ("president", "prime minister", "premier", "leader", "chancellor", "king")
HEAD_OFFICES += ("emir", "sultan", "chairman", "head of state")
# Role nouns that name one office by several words: "the spokesperson" is the spokesman.
ROLE_SYNONYMS = {
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman"),
    "spokeswoman": ("spokesperson", "spokeswoman"),
    # a go-between is called envoy in one paragraph and mediator in the next
    # and a "special representative" is an envoy by another title (the EU's, the UN's)
    "envoy": ("envoy", "mediator", "emissary", "special representative"),
    "mediator": ("mediator", "envoy", "emissary", "special representative"),
    "premier": ("premier", "prime minister"),
    # headline English shortens the office ("the PM said")
    "pm": ("prime minister", "premier", "pm"),
    "leader": HEAD_OFFICES,
    # offices named by a phrase: "the head of state said" is the president or the monarch
    "head of state": ("president", "king", "queen", "emir", "sultan", "monarch", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
    # "the UN chief", "the army chief": the head of a body or a force
    "chief": ("chief", "secretary-general", "head", "commander", "director"),
    # "the top diplomat" is a foreign minister, or a diplomat named so
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state", "diplomat"),
    # ranks are abbreviated in titles ("Lt. Gen. X", "Col. X")
    "general": ("general", "gen"),
    "colonel": ("colonel", "col"),
}
# The offices a role noun with a nationality before it may describe, where they are more than
# the role's: an envoy is a diplomat by trade ("EU envoy X … the Slovak diplomat said"), while
# "the top diplomat" alone is the foreign minister.
DESCRIBED_ROLE_OFFICES = {
    "diplomat": ROLE_SYNONYMS["diplomat"] + ("envoy", "ambassador", "representative"),
}
# Office words after which a rank word names a civil office instead ("Secretary-General",
# "Attorney General"): their holders are no "general" of a later "the general said".
CIVIL_RANK_HEADS = frozenset(
    {"secretary", "director", "attorney", "governor", "consul", "inspector", "surgeon"}
    | {"solicitor", "auditor", "postmaster", "procurator", "prosecutor"}
)
# Gaps that join two names into one pair of sides ("Chad and Sudan", "X with Y").
PAIR_GAPS = frozenset({"and", "and the", "with", "with the", "-", "–", "—"})
# Gaps that join a name to the one before it in a list ("X, Y and Z"): the tail of a list of
# three or more names no two sides.
LIST_GAPS = frozenset({",", ", the"})
# Gaps that join a name to the subject after it ("X and Y said", "X and his counterpart Y said").
CONJUNCT_GAPS = frozenset({"and", "and the"} | {f"and {p}" for p in POSSESSIVE_PRONOUNS})
# Gaps besides CONJUNCT_GAPS joining things a stance word takes, which share its stance:
# "ruled out any direct talks or normalisation", "would accept elections or a referendum".
ISSUE_DISJUNCT_GAPS = frozenset({"or", "or the", "or any", "or a", "or an"})
# Phrases that join a name to the subject before them as a co-subject, the name set off by
# commas or not ("Qatar, together with Egypt, said", "Egypt as well as Qatar said").
COMITATIVE_GAPS = frozenset({"along with", "together with", "as well as", "alongside"})
# Words besides the names in a bare list of actors ("Norway, Cuba and the United States").
LIST_WORDS = frozenset({"and", "the"})
# Gaps (commas stripped) inside a list of agents ("by X, Y and the Z"): the list's commas.
AGENT_LIST_GAPS = frozenset({"", "the"})
# Words that join a second verb to the first one's subject ("met X and told reporters").
COORDINATORS = frozenset({"and", "but"})
# Words after which a verb shares the subject of the one before ("rejected X but backed Y",
# "will neither accept X nor reject Y").
SUBJECT_SHARING_COORDINATORS = COORDINATORS | {"nor"}
# Conjunctions whose second half outweighs the first ("fragile but real", "late, yet welcome").
CONTRASTS = frozenset({"but", "yet"})
# Determiners that make a role or descriptive noun refer back ("the envoy", "this group").
DEFINITE_DETERMINERS = frozenset({"the", "this"})
# Plural nouns for a side's armed men: "his forces accepted the truce" is the commander's side.
FORCE_NOUNS = frozenset({"forces", "troops", "fighters", "men"})
# Possessives that hand an organ to the person named before ("his office said").
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
# Organs only a state has: "the government said" is the side the article is about.
STATE_ORGANS = frozenset(
    {"government", "ministry", "cabinet", "presidency", "administration", "authorities"}
    # a military government is the state too: "Myanmar's junta said"
    | {"junta", "regime"}
)
# A state's armed organs: "Sudan's army said" is the state speaking when its owner is named
# right before; "the army said" alone is the army whose owner was named last, never the
# previous speaker's ("the armed forces" are its "forces" after ARMED_MODIFIERS).
ARMED_ORGANS = frozenset({"army", "military", "forces"})
# Words between an owner and its armed organ ("Colombia's armed forces", "the national army").
ARMED_MODIFIERS = frozenset({"armed", "national", "regular"})
# Plural go-betweens that "the" refers back to the mediators an article names ("Qatari and
# Egyptian mediators ... The mediators said"), never the previous speaker.
MEDIATOR_NOUNS = frozenset({"mediators", "facilitators", "guarantors"})
# With STATE_FORMS and articles, the words of a state's formal name before its own
# ("mediation by the State of Qatar", "hosted by the Republic of Türkiye").
FORMAL_NAME_LINKS = frozenset({"state", "of"})
# Verbs whose "by" phrase names the mediators ("talks mediated by Turkey and Qatar"); the
# host of a round of talks is one of its go-betweens ("hosted by Oman").
MEDIATION_VERBS = frozenset({"mediate", "broker", "facilitate", "host"})
# Prefixes that share a mediation among several ("Qatar co-mediated", "co-hosted by Oman").
MEDIATION_PREFIXES = ("co-",)
# State organs that stand for the whole state whatever modifies them ("the army-led
# authorities", "the interim government"); a ministry's modifier names its field, and the
# field's ministry may be any state's ("the health ministry said").
GOVERNING_ORGANS = frozenset({"government", "administration", "authorities", "junta", "regime"})
# Nouns besides the organs and descriptive nouns that a speaker uses for a side without naming
# it ("he said the State would not accept", "the front would attend"): unresolved, the side
# in a reported clause is the speaker's own.
UNNAMED_SIDE_NOUNS = frozenset({"state", "front", "country", "movement", "group"})

# Registry kinds whose names are grammatically singular ("the US demands", "the EU urges"):
# a bare verb form after one is a noun ("the US demand"); a group's name may be plural.
SINGULAR_KINDS = frozenset({"state", "organization"})

# Finite auxiliaries: the word before one is a clause's subject ("since Hamas has rejected it").
FINITE_AUXILIARIES = HAVE_FORMS | BE_FORMS - {"be", "been", "being"} | MODALS | DO_FORMS
# Acronyms of a state's own offices ("the PMO said", "the MFA said"): they name the state's
# organ, not a body of their own.
STATE_ORGAN_ACRONYMS = frozenset({"PMO", "MFA", "MOFA", "MOD", "MOI", "PM", "FM", "DFA", "FCDO"})

# Auxiliaries that make a following participle passive ("was announced", "is said to be").
BE_AUXILIARIES = BE_FORMS - {"am"}

# Words that make the next reporting word a noun ("his remarks", "the demands").
NOUN_MARKERS = ARTICLES | POSSESSIVE_DETERMINERS | {"these", "those", "such", "any", "no"}
NOUN_MARKERS |= {"every", "each", "whose", "of", "with", "for", "in", "on", "by"}

# Bodies that speak for whoever owns them: "Sharif's office said" is Pakistan speaking.
ORGAN_NOUNS = frozenset(
    ["office", "spokesperson", "spokesman", "spokeswoman", "ministry", "government"]
    + ["official", "officials", "source", "sources", "aide", "aides", "embassy", "cabinet"]
    # a state's go-betweens act for it: "Qatari mediators presented a draft"
    + ["mediators", "negotiators", "envoys"]
    # a side's delegation: "the EU delegation said" is the EU speaking
    + ["delegation", "delegations"]
    # an armed organ's leadership: "the army command said" is the army's side speaking
    + ["command"]
    # a side's officers and police speak for it as its officials do: "Thai army officers said"
    + ["officers", "commanders", "police"]
)

# Contact nouns and the kind of contact each names. Nouns stay as forms: the plural "talks"
# is the event while "a talk" is a lecture, and "meetings" lemmatises apart from "meeting".
MEETING_WORDS = {
    "call": "call",
    "calls": "call",
    "phone": "call",
    "telephone": "call",
    "video": "call",
    "videoconference": "call",
    "video-conference": "call",
    "conversation": "call",
    "conversations": "call",
    "talks": "talks",
    "negotiations": "talks",
    "round": "talks",
    "rounds": "talks",
    "session": "talks",
    "sessions": "talks",
    "discussion": "talks",
    "discussions": "talks",
    "parley": "talks",
    "parleys": "talks",
    "meeting": "meeting",
    "meetings": "meeting",
    "conference": "meeting",
    "huddle": "meeting",
    "huddles": "meeting",
    "tête-à-tête": "meeting",
    "tete-a-tete": "meeting",
    "one-on-one": "meeting",
    "summit": "summit",
    "summits": "summit",
    "visit": "visit",
    "visits": "visit",
}

# Contact verbs, as lemmas, and the kind of contact each reports ("phoned", "conferred").
# "sitting" is listed as simplemma leaves it.
CONTACT_VERBS = {
    "meet": "meeting",
    "host": "meeting",
    "receive": "meeting",
    "greet": "meeting",
    "convene": "meeting",
    "reconvene": "talks",
    "sit": "meeting",
    "sitting": "meeting",
    "huddle": "meeting",
    "confer": "talks",
    "talk": "talks",
    "negotiate": "talks",
    "consult": "talks",
    "speak": "call",
    "call": "call",
    "phone": "call",
    "telephone": "call",
    "ring": "call",
    "dial": "call",
    "contact": "call",
    "visit": "visit",
    "brief": "meeting",
    "travel": "visit",
    "fly": "visit",
}

# Contact nouns that are a contact only with a partner after them ("an audience with the
# emir", "a bilateral with Kigali"); alone they name a hearing or qualify another noun.
# "Recalled for consultations" are talks at home, so "consultations" needs a partner too.
PARTNER_NOUNS = {"audience": "meeting", "bilateral": "meeting", "consultations": "talks"}

# Prepositions before a name that make it where a meeting is, not who meets ("talks in Qatar").
PLACE_PREPOSITIONS = frozenset({"in", "at"})
# Nouns of a place that a capitalised word before them only qualifies ("in the Venezuelan
# capital", "at the Kenyan coastal resort"): that word names no meeting place.
PLACE_HEAD_NOUNS = frozenset(
    {"capital", "city", "town", "port", "village", "region", "province", "border", "coast"}
    | {"enclave", "resort", "frontier", "embassy", "island"}
)
# Prepositions that make the name after a subject its modifier ("Major X of the army said",
# "the Mission in Somalia said"): the name before them is the subject.
HEAD_LINKS = PLACE_PREPOSITIONS | {"of"}
# The preposition that ties a spokesperson or a source to the side it speaks for ("a
# spokeswoman for the Colombian army said" is Colombia speaking).
SPOKESPERSON_LINKS = frozenset({"for"})
# The preposition that ties a side's people to the side they come from: "the mediators from
# Georgia said", "officials from Kosovo said" are that side speaking.
ORIGIN_LINKS = frozenset({"from"})
# Nouns before "conference" that make it a briefing of the press, no contact between sides.
PRESS_NOUNS = frozenset({"press", "news"})

# Verbs (lemmas) that make a contact noun their subject's act ("X and Y held a video call",
# "had talks with Z"): the subject takes part however long its noun phrase.
CONTACT_SUPPORT_VERBS = frozenset({"hold", "have"})

# Adjectives that count a meeting's sides without naming them ("a trilateral dinner"): the
# sides of the meeting last reported.
SIDE_COUNT_ADJECTIVES = frozenset({"bilateral", "trilateral"})
# Meals, a contact only as a working meal between sides: counted ("a trilateral dinner"),
# working ("a working lunch") or with partners ("a dinner with X"); a family's lunch is none.
MEAL_NOUNS = {"dinner": "meeting", "lunch": "meeting", "breakfast": "meeting"}
WORKING_MEAL_MODIFIERS = frozenset({"working"})

# Nouns for one sitting of a series of talks ("the third round", "two rounds of talks"): its
# sides are the series' sides, and in the plural each day given is another sitting.
SERIES_NOUNS = frozenset({"round", "rounds", "session", "sessions"})
# Words that make a meeting the next of a run of the same sides ("the next meeting of the
# ministers", "another round"); a named forum's "follow-up meeting" may be other parties'.
NEXT_SITTING_WORDS = frozenset({"next", "another"})
# Acts two sides perform together on a text: signing it at a place ("initialled the protocol in
# Almaty", "are to sign it in Astana") is meeting there to do it.
SIGNING_ACTS = frozenset({"sign", "initial"})
# Verbs (lemmas) that with a signer's own mark make a signing idiom ("put their initials to the
# text", "affixed his signature to the accord"), and the marks.
MARKING_VERBS = frozenset({"put", "set", "affix", "place"})
SIGNATURE_NOUNS = frozenset({"initials", "signature", "signatures"})
# Modals that set a signing ahead ("will sign it in Astana"); "could" or "should" only weigh it.
ARRANGING_MODALS = frozenset({"will", "would", "shall"})
# Verbs (lemmas) before "to sign" that set a signing ahead ("agreed to sign", "are to sign",
# "are due to sign"); "urged X to sign" or "refused to sign" set none.
SIGNING_ARRANGERS = frozenset(
    {"agree", "be", "due", "set", "decide", "arrange", "plan", "schedule", "expect", "prepare"}
)
# Prepositions after a signing verb that name who else signs ("signed by X and Y", "signed
# the deal with Y").
SIGNING_PARTNERS = frozenset({"by", "with"})
# Units that with "ago" put an act far back ("two years ago", "decades ago").
LONG_PAST_UNITS = frozenset({"years", "decades"})

# Contact verbs (lemmas) that name a contact only with a partner after them ("spoke with",
# "talked to", "conferred with", "sat down with"); alone they report speech or posture.
PARTNER_VERBS = frozenset(
    {"speak", "talk", "confer", "negotiate", "consult", "sit", "sitting", "huddle"}
)
PARTNER_PREPOSITIONS = frozenset({"with", "to", "by"})
# Of those, the one after which a name the registry lacks is a partner, so a person: after
# "to" it is as often an audience ("spoke to the network's X", "talked to reporters").
PARTNER_NAME_OPENERS = frozenset({"with"})
# Prepositions that make a partner verb a joint appearance with the person after them
# ("speaking to reporters alongside X", "spoke at a press conference alongside X"): a meeting.
APPEARANCE_PREPOSITIONS = frozenset({"alongside"})
# The partner verbs of speaking that make such an appearance; one negotiating or consulting
# "alongside X" works with X for a third side ("Egypt, negotiating alongside Qatar").
APPEARANCE_VERBS = frozenset({"speak", "talk"})
# Partner verbs whose particle alone makes them a contact of their joint subject ("the two
# delegations sat down in Geneva"), as lemma -> particle.
CONTACT_PARTICLES = {"sit": "down", "sitting": "down"}
# Particles and adverbs allowed between a partner verb and its preposition ("sat down with"),
# or before a repeated one ("with X and later with Y").
PARTNER_PARTICLES = frozenset(
    {"down", "directly", "separately", "briefly", "again", "also", "later", "then", "afterwards"}
)
# Prepositions after a contact noun that name its partners ("talks with X", "a call between").
PARTNER_PHRASE_OPENERS = frozenset({"with", "between"})

# Object verbs (lemmas) whose object is a contact only as people or a state ("will brief the
# ambassadors of Norway and Cuba"); briefing a body ("briefed the Security Council") reports.
BRIEFING_VERBS = frozenset({"brief"})
# Contact verbs (lemmas) that are a contact only with a party as their object ("received
# the envoy", "called his counterpart"), not "received support", "called the plan a ruse".
OBJECT_VERBS = BRIEFING_VERBS | {"receive", "greet", "host", "call", "phone", "telephone", "ring"}
OBJECT_VERBS |= {"dial"}
OBJECT_VERBS |= {"contact"}
# Words between a contact verb and the party it takes ("received a visiting envoy", "was
# called by"), besides determiners and titles.
PARTY_LEADS = frozenset({"a", "an", "by", "visiting", "top", "senior"})
# Nouns that name a visiting party as a contact verb's object ("hosted a delegation").
VISITOR_NOUNS = frozenset(
    {"delegation", "delegations", "envoy", "envoys", "counterpart", "counterparts"}
    | {"negotiators", "team", "emissary", "mediators", "leaders", "officials"}
)

# Nouns, as lemmas, for a visiting person a report names by side alone ("the American guest
# said"): the person of that side named last.
GUEST_NOUNS = frozenset({"guest", "visitor"})

# Contact verbs (lemmas) of a trip: a visit only with a party as its destination ("will
# travel to Belgrade and Pristina"), and only when no other contact word names the event
# ("flew to Doha for talks" are talks).
# Contact verbs whose object is the person met or called ("met Ana Ruiz in Goma"): a full
# name there is a person though no title introduces it ("visit" takes places, "convene" bodies).
PERSON_OBJECT_VERBS = frozenset({"meet", "receive", "phone", "telephone", "call", "host"})
# Of those, the ones whose subject is a person too when a full name opens the sentence ("Ana
# Ruiz met X"): bodies "receive" reports and "host" talks, and "call for" urges.
PERSON_SUBJECT_VERBS = frozenset({"meet", "phone", "telephone"})
TRIP_VERBS = frozenset({"travel", "fly"})
# Adverbs between a trip verb and its "to" ("fly on to Moscow", "travel back to Juba").
TRIP_PARTICLES = frozenset({"on", "back", "directly", "again", "later", "then"})
# "call for"/"call on" urge something and "call off" cancels; they name no phone call.
URGING_PARTICLES = frozenset({"for", "on", "upon", "off"})

# Adjectives of readiness before a contact word in its clause: "ready to host a conference",
# "willing to meet" offer a contact; none is arranged yet.
OFFER_ADJECTIVES = frozenset({"ready", "willing", "prepared", "open"})
# Adjectives of a disposition a person voices for the state or body they speak for, with the
# modals and the adjectives of readiness: "Aoun said Lebanon was ready to talk", "Zelensky
# said Ukraine would never withdraw", "… remained committed to" state the speaker's stance;
# "Asif said Islamabad had accepted the extension" reports an act of the state's own.
DISPOSITION_ADJECTIVES = frozenset({"committed", "determined"})
# Determiners before a meeting noun that name no event: "no talks", "rejected any meeting".
UNREAL_DETERMINERS = frozenset({"no", "any"})
# Contact verbs (lemmas) that in the passive before "with" name a reaction ("the strike would
# be met with a response"), not a contact.
REACTION_PASSIVES = frozenset({"meet"})
# Determiners that make a meeting noun refer back to an event already mentioned ("the call").
ANAPHORIC_DETERMINERS = DEMONSTRATIVES | POSSESSIVE_PRONOUNS | {"the", "today's"}
# Determiners of a kind that, after an answer verb, take in the plan on the table: "would not
# sign any roadmap unless…" answers the roadmap tabled before (a generic plan noun only; "any
# truce" is a plan noun of its own).
KIND_ANAPHORS = frozenset({"any"})
# Modifiers that make a definite meeting noun a new event ("the next round", "the first talks").
NEW_EVENT_MODIFIERS = frozenset(
    {"next", "new", "another", "first", "second", "third", "previous", "separate", "follow-up"}
    # "the last round" is the one before this one
    | {"last"}
    | {"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
# Words (lemmas or forms) that make a meeting word referring back a new sitting of the same
# sides ("the talks will resume in April", "the two teams will meet again").
RESUMPTION_WORDS = frozenset({"resume", "reconvene", "again"})
# Verbs that carry on talks already reported when no partner is named ("talks are expected
# to continue in Cairo"): the sides are those last reported, the sitting a new one.
CONTINUATION_VERBS = frozenset({"continue"})
# Meeting kinds from the most specific: a sentence naming several is filed under the first.
MEETING_KIND_ORDER = ("call", "summit", "visit", "talks", "meeting")
# Face-to-face kinds name one event interchangeably ("the summit" … "their meeting").
IN_PERSON_KINDS = frozenset({"meeting", "talks", "summit"})
# Auxiliaries and "to" before a meeting word open a clause of their own: the determiner before
# them ("the cabinet would meet") belongs to the subject, not to the meeting.
VERB_AUXILIARIES = MODALS | HAVE_FORMS | {"to"}
# Words that open another clause: a date or cue beyond one belongs to another event.
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "as", "while", "after", "before", "but", "although", "whereas"}
    | {"because", "though", "when", "where", "since", "until"}
)

# Base verbs (lemmas) that, after "to", put a meeting in the future ("plans to meet",
# "agreed to hold", "is expected to travel").
MEETING_INFINITIVES = frozenset(
    {"meet", "speak", "talk", "visit", "hold", "host", "attend", "join", "resume", "convene"}
    | {"travel", "fly", "confer", "negotiate", "receive", "sit", "call", "phone"}
)

# Lemmas near which "speak"/"talk" is a call; otherwise it is talks or a meeting.
CALL_CUES = frozenset({"phone", "telephone", "call", "video", "speak", "dial", "hotline"})
# "a video address" is a speech to the public, not a call with anyone.
BROADCAST_NOUNS = frozenset({"address", "message", "statement", "speech", "appeal", "clip"})

# Tense cues for a meeting's status as of publication. Verbs are lemmas that count in any
# inflected form ("planned", "scheduled") but not bare, where they are nouns ("the plan").
PLANNED_VERBS = frozenset({"plan", "schedule", "expect", "slate", "await", "prepare", "invite"})
# Words that put a meeting ahead in any form: modals, "due", "set", "upcoming".
PLANNED_CUES = frozenset(
    {"will", "would", "shall", "set", "upcoming", "next", "tomorrow", "due", "ahead"}
)
# Planned cues that qualify a noun: they put a meeting ahead only when the noun is the meeting
# or a time ("the next round", "next week"), not another thing ("the next phase of the truce").
QUALIFYING_CUES = frozenset({"upcoming", "next"})
# Verbs (lemmas) whose past form reports a meeting that took place ("talks ended", "held").
HELD_VERBS = frozenset(
    {"hold", "have", "conclude", "end", "wrap", "take", "break", "occur", "happen"}
    | {"participate", "join", "attend", "collapse", "stall", "last", "resume", "begin"}
    | {"start", "open"}
)
# Words that place a meeting in the past in any form; "broke" is listed as simplemma keeps it.
HELD_CUES = frozenset({"after", "following", "recent", "recently", "last", "during", "broke"})
# Words that date a day from another day the sentence gave ("on Sept. 22 ... two days later",
# "on Monday and again the following day"), as the sign of the step.
OFFSET_DIRECTIONS = {"later": 1, "after": 1, "afterwards": 1, "earlier": -1, "before": -1}
# Steps that may take an event as their object ("two days after the vote"): the event lies
# that step the other way from the day named before them.
STEP_PREPOSITIONS = frozenset({"after", "before"})
NEXT_DAY_PHRASES = {"the next day": 1, "the following day": 1, "the previous day": -1}
# Relative day words that name the day of publication itself ("earlier today", "earlier in the
# day": a report's own day, which wires and live blogs use for what happened hours before).
SAME_DAY_WORDS = frozenset({"today", "tonight", "earlier today", "later today"})
SAME_DAY_WORDS |= {"earlier in the day", "later in the day"}
# Times of day a report gives without a day ("met at lunchtime"): the publication day's.
CLOCK_NOUNS = ("noon", "midday", "lunchtime", "midnight")
# Calendar periods a relative date may name ("last week", "this month"): no single day.
PERIOD_UNITS = ("week", "month", "year")
# Words that say talks are going on at publication ("ongoing talks", "talks under way").
ONGOING_CUES = frozenset({"ongoing", "underway", "continuing"})
# Finite forms of "be" that, before an -ing contact verb, say it is going on ("are holding").
FINITE_BE = BE_FORMS - {"be", "been", "being"}
# Finite forms of "have" that, after a plan, open its clause's verb ("the truce has held").
FINITE_HAVE = HAVE_FORMS - {"have"}
# Untensed forms of "be": a participle after them is a passive with no tense of its own ("will
# be received", "is being hosted"), which the auxiliary before them gives.
UNTENSED_BE = frozenset({"be", "being"})
# Verbs (lemmas) that call a meeting off in any form; "cancell" is simplemma's "cancelled".
CANCELLED_VERBS = frozenset({"cancel", "cancell", "postpone", "scrap", "shelve", "called-off"})
# Verbs (lemmas) that move a meeting to another day ("postponed to Dec. 4", "pushed back to
# Thursday"): with that day after them it is still on, on the new day.
RESCHEDULING_VERBS = frozenset({"postpone", "push", "put", "move", "reschedule", "delay", "defer"})
RESCHEDULING_VERBS |= {"shift", "bring"}
# Prepositions that give a moved meeting's new day.
RESCHEDULED_TO = frozenset({"to", "until"})
# Words before a month that set something in it ("will meet again in early December", "set for
# March"); "by" and "before" set a deadline, no time it may not come before.
MONTH_SETTERS = ("in", "for", "until")
# Parts of a month a date may name ("in mid-January"): the month is still its only bound. A
# time phrase may hold them besides numbers, month and weekday names and period units.
MONTH_PARTS = ("early", "mid", "late")

# A force to be sent to hold a plan is a plan too ("a multinational reassurance force"); its
# purpose word makes it one, where "Russian forces" are an army.
PLAN_FORCE_PURPOSES = ("reassurance", "stabilisation", "stabilization", "peacekeeping")
PLAN_FORCE_PURPOSES += ("multinational", "protection", "interposition")
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
    # The open class of words for a plan; alone each is generic (PLAN_GENERIC_NOUNS).
    "mechanism": "monitoring_mission",
    "arrangement": "deal",
    "understanding": "deal",
    "pact": "deal",
    "protocol": "deal",
    "package": "deal",
    "blueprint": "peace_plan",
    "initiative": "peace_plan",
    "formula": "proposal",
    # Bodies a plan would set up to watch or carry it out ("a joint monitoring committee").
    "committee": "monitoring_mission",
    "commission": "monitoring_mission",
    # Offers to fighters and the act of laying down arms are plans too.
    "amnesty": "proposal",
    "decommissioning": "disarmament",
    # The founding text of a body under negotiation ("a draft statute").
    "statute": "proposal",
    # Acts a plan orders, concrete with what they move ("a pullback of heavy weapons").
    "pullback": "withdrawal",
    "pullout": "withdrawal",
    "pull-back": "withdrawal",
    "pull-out": "withdrawal",
    "reduction": "withdrawal",
    "handover": "disarmament",
    # A force to be sent ("reassurance force"), spelt as PLAN_COMPOUNDS joins it.
    **{f"{purpose} force": "monitoring_mission" for purpose in PLAN_FORCE_PURPOSES},
    # The act of putting a plan forward names that plan again ("dismissed the announcement").
    "announcement": "proposal",
    # The document a plan is written in names it ("studying the American paper").
    "paper": "proposal",
    # A plan floated is an idea: "the idea was being studied", "Moscow dismissed that idea".
    "idea": "proposal",
    # What a side offers is a plan: "an offer the rebels turned down".
    "offer": "proposal",
    # A plan put forward is a suggestion too: "Yerevan is studying the suggestion".
    "suggestion": "proposal",
    # Stopping fire in place is a truce ("a freeze on artillery fire"). "route" stays out: "the
    # only credible route to peace" is a way, not a plan.
    "freeze": "truce",
    # The Arabic word for a truce, kept in translations of Arab state media ("a humanitarian
    # hudna of ten days").
    "hudna": "truce",
    # "scheme", "consortium" and "pool" stay out: they are mostly commercial or pejorative ("a
    # Chinese consortium will build the dam", "a scheme to smuggle gold"). A timetable stays out
    # too: it is mostly a part of a plan named beside it ("a framework with a timetable").
}
# Two-word plan nouns, spelt as one for the look-ups above ("road map" is a "roadmap").
PLAN_COMPOUNDS = {("road", "map"): "roadmap"}
PLAN_COMPOUNDS |= {(purpose, "force"): f"{purpose} force" for purpose in PLAN_FORCE_PURPOSES}
# The heads of forces of a purpose, bodies a plan sends as PLAN_BODY_NOUNS are bodies it sets
# up: "a multinational force" after "a monitoring mission" is another body.
PLAN_FORCE_HEADS = frozenset(PLAN_COMPOUNDS[(purpose, "force")] for purpose in PLAN_FORCE_PURPOSES)
# Plan nouns that name a concrete plan only with a scope, a complement or an owner
# ("prisoner exchange", "exchange of prisoners", "Egypt's plan"), never alone ("a deal").
PLAN_GENERIC_NOUNS = frozenset(
    ["deal", "agreement", "accord", "treaty", "plan", "framework", "proposal", "memorandum"]
    + ["roadmap", "exchange", "swap", "mission", "zone", "pause", "halt", "stoppage"]
    + ["cessation", "withdrawal", "disarmament", "declaration", "corridor", "release"]
    + ["return", "mechanism", "arrangement", "understanding", "pact", "protocol", "package"]
    + ["blueprint", "initiative", "formula", "announcement", "paper", "idea", "offer"]
    + ["committee", "commission", "amnesty", "decommissioning", "statute"]
    + ["pullback", "pullout", "reduction", "handover"]
    + ["suggestion", "freeze"]
)
# Plan nouns of an act whose possessor does it, not proposes it: "Israel's withdrawal",
# "Hamas's disarmament", "Russia's release of prisoners".
PLAN_ACT_NOUNS = frozenset({"withdrawal", "disarmament", "release", "return", "decommissioning"})
PLAN_ACT_NOUNS |= {"pullback", "pullout", "reduction", "handover", "pull-back", "pull-out"}
# Plan nouns naming a body set up for a plan: "a committee for the truce" is no truce.
PLAN_BODY_NOUNS = frozenset({"committee", "commission", "mission", "mechanism"})
# Verbs (lemmas) that set up a body: "would create a joint verification mission" puts one
# forward as a plan.
BODY_FOUNDING_VERBS = frozenset({"create", "establish", "form", "launch", "deploy"})
# Verbs (lemmas) that let a plan another side is urged to carry out go ahead: "urged Thailand
# to allow a humanitarian corridor", "asked Kinshasa to grant an amnesty" put the plan forward
# as the urger's, as "urged X to accept a truce" does (with BODY_FOUNDING_VERBS: "to establish
# a monitoring mission").
PLAN_ENACTING_VERBS = frozenset({"allow", "permit", "grant"})
# Verbs (lemmas) of leading a body: a committee someone heads or chairs already exists ("who
# chairs the border commission", "the commission, chaired by Norway").
BODY_LEADING_VERBS = frozenset({"head", "chair", "lead"})
# Plan kinds that have an author ("a U.S. proposal"), unlike "the Gaza ceasefire".
PLAN_AUTHORED_KINDS = frozenset({"proposal", "peace_plan"})
# Fixed phrases in which a plan noun names nothing: "in return for", a document ("press
# release", "for immediate release") or a person coming back ("on his return").
PLAN_FIXED_PHRASES = frozenset(
    {"in return", "press release", "news release", "immediate release", "his return", "her return"}
)
# Words after "to" that begin a noun phrase or a relative clause, not an infinitive ("a deal
# to both sides", "any agreement to which it is no party"), and "be" of a passive infinitive,
# which says where or when, not what is offered ("a force to be based in the south").
PLAN_NOT_INFINITIVES = ANAPHORIC_DETERMINERS | frozenset(
    {"a", "an", "both", "all", "each", "any", "them", "us", "it", "which", "whom", "whose", "be"}
)
# Words before a plan noun that make it a verb ("to deal with", "will pause", "we swap").
PLAN_VERB_MARKERS = MODALS - {"shall"} | {"to", "we", "i"}
# Prepositions after which a plan dates an act rather than being its object ("pledged to
# deploy a force after a ceasefire").
TIME_PREPOSITIONS = frozenset({"after", "before", "until", "since", "during"})
# Prepositions that count time from a plan already made: "since the truce".
HISTORY_PREPOSITIONS = frozenset({"since"})
# Relative adverbs that take the time phrase right before them as their clause's time ("since
# August 2025, when X hosted Y": the hosting was in August 2025).
TIME_RELATIVES = frozenset({"when"})
# Prepositions that date a plan after its noun or its participle: "the ceasefire agreement of
# October 2020", "the truce, agreed in Havana in June 2023"; a year gone by makes it history.
PLAN_DATE_PREPOSITIONS = frozenset({"of", "in"})
# The words that date a plan to the year before the article's: "brokered a truce last year".
LAST_YEAR = "last year"
# Modifiers that make a deal trade, not a plan between warring sides: "a supply deal with a
# Gulf trader", "a debt restructuring agreement", "a power export agreement", "a trade corridor".
# "grain" and "energy" stay out: a grain corridor or an energy truce is a plan of the war.
COMMERCE_MODIFIERS = frozenset({"trade", "supply", "debt", "loan", "export", "import"})
COMMERCE_MODIFIERS |= {"investment", "purchase", "sale", "financing", "tariff"}
COMMERCE_MODIFIERS |= {"restructuring", "bailout", "lending", "licensing", "franchise"}
# Verbs (lemmas) that report an act done or under way in the past tense: "the mission completed
# its withdrawal", "the rebels began their pullback" tell what happened, not what is offered.
ACT_DONE_VERBS = frozenset({"complete", "finish", "begin", "start", "carry"})
# Prepositions that put a plan inside another one: "a truce under a US-drafted framework".
FRAMEWORK_PREPOSITIONS = frozenset({"under"})
# Proposing verbs (lemmas) whose "that" clause, infinitive or -ing object states the plan
# itself: "proposed that the captives be handed to the Red Cross", "offered to host talks in
# Nairobi", "floated ceding the river islands".
PLAN_CLAUSE_VERBS = frozenset({"propose", "suggest", "offer", "float"})
# How many words of such a clause make the plan's title.
PLAN_CLAUSE_WORDS = 12
# Prepositions that may stand between a plan word and the object it halts or moves ("a pause
# in the fighting", "a corridor through its territory"); "a deal about its territory" is talk.
PLAN_OBJECT_PREPOSITIONS = frozenset({"in", "through"})
# Prepositions before a passive's agent: a plan there is what an obligation demands ("any
# truce must be supervised by a monitoring mission").
PASSIVE_AGENT_PREPOSITIONS = frozenset({"by", "with"})
# The endings that make a word a possessor ("Egypt's plan").
POSSESSIVE_ENDINGS = ("'s", "’s")
# Words that may join two plans one answer governs ("accepted the truce and a prisoner swap",
# "the truce, as well as its monitoring", "the protocols, including a swap"); any other word
# opens a clause of its own ("rejected the truce, saying a prisoner swap must come first").
PLAN_LIST_WORDS = NAME_CONJUNCTIONS | ARTICLES | POSSESSIVE_DETERMINERS | {"including"}
# A phrase that lists like "and" ("the truce, as well as the monitoring mission").
PLAN_LIST_PHRASE = "as well as"
PLAN_LIST_GAP = 2  # list words between two plans one answer governs ("and the", "and its")
# Words setting a plan apart from the answer just given ("accepted the swap but not the
# mission", "agreed to the truce, but not to its monitoring"): the plan is refused.
PLAN_EXCEPTION_WORDS = PLAN_LIST_WORDS | {"but", "not", "to", "on"}
# Relative openers of a clause that states what a plan noun sets up: "an arrangement under
# which the two navies share the patrol lanes", "a mechanism whereby the army pulls back".
PLAN_CONTENT_RELATIVES = (("whereby",), ("under", "which"), ("by", "which"))
# How many words a relative clause's subject takes before its own auxiliary ("under which the
# two armies will pull back").
PLAN_CONTENT_SUBJECT_REACH = 3
# Prepositions that open a plan noun's complement ("exchange of prisoners", "halt to strikes").
PLAN_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "on", "to", "from"})
# Nouns (lemmas) for what a side puts on the table, owned by it ("Ukraine's proposals for a
# truce"): for a plan not yet on the table the owner proposes it.
PROPOSAL_OFFER_NOUNS = frozenset({"proposal", "plan", "offer", "term", "initiative"})
# Prepositions naming where an offer noun comes from, its author: "a truce offer from Qatar",
# "a proposal by Armenia".
OFFER_SOURCE_PREPOSITIONS = frozenset({"from", "by"})
# The light verb of a made offer, whose agent made it: "the offer made by Rwanda".
OFFER_MAKING_VERB = "make"
# The pronoun of a free relative whose naming verb names a thing put forward: "tabled what it
# calls a road map".
NAMED_THING_PRONOUN = "what"
# Offer nouns that, for a plan already on the table, set conditions on it: "Hamas listed its
# terms for the truce" answers that truce conditionally.
PROPOSAL_TERMS_NOUNS = frozenset({"term", "condition", "precondition", "demand"})
# Nouns (lemmas) of a condition set "for" a plan; with no owner the speaker sets it: "X said
# a withdrawal was a precondition for the treaty" answers the treaty on that condition.
CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite"})
# Words that open what a side's demand or condition noun asks for: "demand that…",
# "condition is that…".
DEMAND_NOUN_LINKS = frozenset({"that", "is", "was"})
# Verbs (lemmas) of the acts a condition may demand, with the plan kind each makes: "only if
# the RSF pulled back" sets a withdrawal; some count only with their particle.
DEMAND_ACTS = {
    "withdraw": "withdrawal",
    "pull": "withdrawal",
    "back": "withdrawal",
    "retreat": "withdrawal",
    "release": "prisoner_exchange",
    "free": "prisoner_exchange",
    "disarm": "disarmament",
}
# Words after a condition word that open what it demands ("on condition that", "conditional
# on", "a precondition of").
CONDITION_LINKS = frozenset({"that", "on", "of"})
# Verbs (lemmas) whose "that" clause is a demand beside an answer ("agreed to the truce but
# demanded that the RSF withdraw first").
DEMAND_VERBS = frozenset({"demand", "insist", "require", "stipulate"})
DEMAND_ACT_PARTICLES = {"pull": frozenset({"back", "out"}), "back": frozenset({"off", "away"})}
# Particles of phrasal proposing verbs ("put forward", "drew up", "laid out").
PROPOSER_PARTICLES = frozenset({"forward", "up", "out"})
# Verbs (lemmas) that put a plan forward only with their particle ("drew up a truce", "set
# out a proposal"); alone they draw, lay or set anything.
PROPOSER_PHRASALS = {"draw": "up", "lay": "out", "set": "out", "spell": "out", "map": "out"}
# Nouns (lemmas) of mediating: the mediator of talks that yield a plan put it forward ("an
# exchange secured through Qatari mediation").
MEDIATION_NOUNS = frozenset({"mediation", "facilitation", "intercession"})
# First-person subjects of a proposing verb inside a quotation, and whether each stands for
# the speaker's side ("'We propose a truce,' the minister said" is his state's plan).
QUOTED_SELF_PRONOUNS = {"i": False, "we": True}
# Verbs (lemmas) saying what a plan or offer holds: "Chad's proposal includes a truce" puts
# the truce forward as Chad's.
PLAN_CONTENT_VERBS = frozenset(
    {"include", "contain", "comprise", "envisage", "envision", "foresee", "entail", "involve"}
)

# Words for a thing on the table that the registry's issues may not name, besides the plan
# nouns (PROPOSAL_NOUNS): a stance on "the IGAD offer", "the hotline" or "the release of 18
# soldiers" is a position on that thing. What a side puts forward, the steps and bodies a
# settlement sets up, and the efforts made for one.
OPEN_ISSUE_NOUNS = frozenset(
    {"offer", "invitation", "effort", "draft", "text", "document", "resolution", "mandate"}
    | {"hotline", "referendum", "deployment", "normalisation", "normalization", "recognition"}
    | {"integration", "measure", "process", "presence", "settlement"}
    # what a side has done or decided, which others welcome or reject
    | {"decision", "move", "resumption"}
    # the schedule and the steps of a settlement: "rejected the timetable", "endorsing the vote"
    | {"timetable", "deadline", "transition", "vote", "amendment", "jurisdiction"}
    # foreign troops a plan would station: "would never accept NATO troops"
    | {"troops", "soldier", "soldiers"}
    # another side's demand, which a side accepts or rejects: "rejected the demand as blackmail"
    | {"demand"}
    # a truce's or a mandate's extension: "called the extension an important step"
    | {"extension"}
)

# Words of readiness before "to" and a plan word used as a verb: "ready to exchange all for
# all", "willing to swap prisoners" back that act as a thing on the table.
READY_FOR_ACTS = OFFER_ADJECTIVES - {"open"}

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
    # Synonyms of prisoners name the same kind of plan ("a deal on detainees").
    "detainee": "prisoner_exchange",
    "detainees": "prisoner_exchange",
    "captive": "prisoner_exchange",
    "captives": "prisoner_exchange",
}
# Modifiers that make a plan noun a plan other than the one of its kind named before ("a
# further exchange", "another truce"), however alike their wording.
PLAN_NEW_MODIFIERS = frozenset({"further", "another", "new", "fresh", "second", "additional"})

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
        "soldiers",
        "fighters",
        "combatants",
        "civilians",
        "children",
        # what a pullback or handover moves, and who watches it
        "weapons",
        "arms",
        "artillery",
        "guns",
        "tanks",
        "armour",
        "armor",
        "observers",
        "monitors",
        # papers the sides swap as a first step ("an exchange of lists of fighters")
        "lists",
        "maps",
        # drawing a border is a territorial arrangement ("a protocol on the delimitation of ...")
        "delimitation",
        "demarcation",
    ]
)
# Verbs (lemmas) that halt hostilities: with a hostile act as object they state a cessation
# as a verb phrase ("agreed to limit strikes on power plants", "would hold fire").
PLAN_HALT_VERBS = frozenset(
    ["halt", "stop", "pause", "suspend", "cease", "end", "freeze", "limit", "curb", "hold"]
    + ["refrain"]
)
# Hostile acts (forms, since "fire" and "fires" differ) a halting verb takes as its object,
# with the plan halting them: strikes stop under a moratorium, fighting under a ceasefire.
PLAN_HALTED_ACTS = {
    "strikes": "moratorium",
    "airstrikes": "moratorium",
    "attacks": "moratorium",
    "shelling": "moratorium",
    "bombardment": "moratorium",
    "bombardments": "moratorium",
    "bombing": "moratorium",
    "bombings": "moratorium",
    "raids": "moratorium",
    "hostilities": "ceasefire",
    "fighting": "ceasefire",
    "fire": "ceasefire",
    "offensives": "ceasefire",
    # Hostage-taking halts under a moratorium like strikes do ("suspend kidnappings").
    "kidnappings": "moratorium",
    "abductions": "moratorium",
}
# Words between a halting verb and its object ("refrain from all attacks", "hold their fire").
PLAN_HALT_FILLERS = frozenset({"from", "all", "any", "their", "its", "further", "the"})
# Words naming the means of a halted act between the verb and the act ("suspend drone
# strikes", "stop cross-border shelling"): the halt is the same plan.
PLAN_HALT_MEANS = frozenset({"drone", "missile", "rocket", "cross-border", "long-range"})
# Prepositions naming what a halted act targets ("strikes on power plants").
PLAN_TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "at"})

# Reach words: they all say one plan covers everything, so "a full ceasefire" and "a
# complete ceasefire" are one plan (synonyms of what a plan covers are PLAN_TOPICS' stems).
SCOPE_FULL = frozenset({"full", "complete", "comprehensive", "total", "general", "broader"})
SCOPE_FULL |= {"nationwide", "countrywide"}  # the whole country, where a local truce is not
SCOPE_PARTIAL = frozenset({"partial", "limited"})
# How long a plan is meant to hold, by opposite ends: "a permanent ceasefire" is never the
# "temporary ceasefire" named before it.
SCOPE_LASTING = frozenset({"permanent", "lasting", "durable"})
SCOPE_PASSING = frozenset({"temporary", "interim", "provisional"})
# Modifiers that name what a plan covers ("energy truce", "prisoner exchange", "buffer zone").
SCOPE_MODIFIERS = frozenset(
    {"energy", "infrastructure", "power", "maritime", "naval", "sea", "air", "prisoner"}
    | {"prisoners"}
    | {"hostage", "hostages", "monitoring", "observer", "buffer"}
    | {"delimitation", "demarcation"}  # a territorial arrangement: "a border delimitation protocol"
)
# Scope words that tell two plans of one kind apart: what they cover ("energy truce",
# "prisoner exchange", "exchange of detainees") and how far short of everything they reach
# ("partial ceasefire"); a duration does too.
SCOPE_DOMAINS = SCOPE_MODIFIERS | SCOPE_PARTIAL | {"captives", "detainees", "civilians"}
SCOPE_DOMAINS |= {"bodies", "territory", "territories", "land"}

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
    "withdrawal": ("withdraw", "pullout", "pullback", "pull-back"),
    "territory": ("territor", "land", "corridor", "border", "buffer", "delimit", "demarcat"),
    "disarmament": ("disarm", "weapon"),
    "monitoring": ("monitor", "observer", "peacekeep", "verif"),
    "nuclear": ("nuclear", "enrichment", "uranium"),
    "guarantees": ("guarantee",),
    "minerals": ("mineral",),
    "elections": ("election",),
}
# Verbs that name a withdrawal with "back" after their object ("pull heavy weapons back 10 km",
# "move troops back"), as lemmas; "back" is the particle.
WITHDRAWAL_BACK_VERBS = frozenset({"pull", "move", "draw", "fall"})
WITHDRAWAL_PARTICLE_REACH = 4  # words between the verb and its "back"
# Topics that only name what an act moves ("weapons"): beside a withdrawal they are its object,
# not a second topic ("a pullback of heavy weapons" is the pullback of "withdraw the guns").
ACTED_ON_TOPICS = {"disarmament": ("weapon",)}
ACT_TOPICS = frozenset({"withdrawal"})
# Topics that say what a plan is for rather than what it covers: "a 10-day humanitarian truce"
# and "a 10-day truce" are one plan, where "an energy truce" is not "a truce".
PLAN_PURPOSES = frozenset({"aid"})

# Plan kinds that name what the plan covers: "the mechanism" and "the monitoring mechanism"
# are one plan, where "the truce" says nothing of its topics.
KIND_TOPICS = {
    "monitoring_mission": frozenset({"monitoring"}),
    "withdrawal": frozenset({"withdrawal"}),
    "disarmament": frozenset({"disarmament"}),
}
# Plan kinds that are one thing, in one article and across sources: a "30-day truce" and a
# "30-day ceasefire", a "prisoner exchange" and a "hostage deal".
KIND_FAMILIES = {
    "ceasefire": "cessation",
    "truce": "cessation",
    "moratorium": "cessation",
    "prisoner_exchange": "exchange",
    "hostage_deal": "exchange",
}
# Plan nouns that say nothing of what is proposed: alone ("Malaysia's proposal", "the Qatari
# initiative") they name whatever plan their proposer has on the table.
PLAN_UNSAID_NOUNS = frozenset(
    {"proposal", "plan", "initiative", "idea", "offer", "suggestion", "package", "blueprint"}
)
# Kinds that say nothing of what a plan is, so any kind may be the same plan.
OPEN_KINDS = frozenset({"deal", "proposal", "other"})

# Units of a plan's duration, in days, and number words wire style spells out.
DURATION_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90, "hundred": 100,
}  # fmt: skip

# Modifiers that name a proposal's scope ("30-day ceasefire", "energy truce"): what it covers
# and how far it reaches, its terms and the kind it is of.
PROPOSAL_MODIFIERS = SCOPE_MODIFIERS | SCOPE_FULL | SCOPE_PARTIAL | {"unconditional"}
PROPOSAL_MODIFIERS |= SCOPE_LASTING | SCOPE_PASSING | {"humanitarian"}
PROPOSAL_MODIFIERS |= {"immediate", "short", "demilitarized", "demilitarised"}
PROPOSAL_MODIFIERS |= {"peace", "truce", "ceasefire", "cease-fire"}
# What a truce halts: "an energy strikes truce", "a strike moratorium".
PROPOSAL_MODIFIERS |= {"strike", "strikes"}

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
STATUS_PROSPECTS = MODALS - {"can"} | {"to", "if", "unless"}

# Verbs (lemmas) whose subject puts a proposal forward; a demand or request is a proposal of
# the side that makes it; a side that pays for a plan offers it ("would fund a mission").
PROPOSER_VERBS = frozenset(
    ["propose", "offer", "suggest", "unveil", "draft", "present", "put", "table", "float"]
    + ["announce", "broker", "mediate", "pitch", "submit", "demand", "request"]
    # a side that campaigns for a plan has put it forward ("has been promoting a moratorium")
    + ["promote", "advocate"]
    # a draft passed round the members of a council or to the sides is put forward
    + ["circulate"]
    + ["fund", "finance", "sponsor", "bankroll"]
)
# Light verbs (lemmas) that propose only through their object, an offer noun
# (PROPOSAL_OFFER_NOUNS): "Malaysia made a proposal for a buffer zone", "made an offer".
PROPOSER_LIGHT_VERBS = frozenset({"make"})
# Participles (lemmas) that after a plan, or glued to a name before it, name its sponsor as
# its author: "a plan backed by Egypt", "the US-backed truce".
PLAN_BACKING_VERBS = frozenset({"back"})
# Verbs (lemmas) of urging: their subject puts forward the plan it calls or asks for or presses
# others to accept ("called for a truce", "asked for the release of its soldiers", "a ceasefire
# Washington pressed Kyiv to accept").
PLAN_URGING_VERBS = frozenset({"urge", "press", "push", "call", "lobby", "ask", "appeal", "plead"})
# Verb lemmas whose bare and -s forms are mostly another part of speech in war news ("pushed
# back", "initial talks", "on the table", "air strikes", "the present truce"): only their
# other inflections ("backed", "initialled", "tabled", "struck") are the verb.
VERB_LEMMAS_NOT_BARE = frozenset({"back", "initial", "table", "strike", "present"})
# Words after which even such a bare form is a verb: a modal, an infinitive's "to" or a plural
# subject pronoun ("would back", "agreed to table", "they back").
BARE_VERB_OPENERS = MODALS | {"to", "we", "they"}

# Response verbs (lemmas) and the answer each gives.
RESPONSE_CUES = {
    "accept": "accepted",
    "agree": "accepted",
    "endorse": "accepted",
    "approve": "accepted",
    "welcome": "accepted",
    "back": "accepted",
    "sign": "accepted",
    "embrace": "accepted",
    "initial": "accepted",  # simplemma's lemma of "initialled"
    # "greenlight" is a dictionary verb for approval ("the cabinet greenlighted the deal").
    "greenlight": "accepted",
    "green-light": "accepted",
    # Reaching an outcome accepts it: "the two sides reached/struck/sealed a deal".
    "reach": "accepted",
    "strike": "accepted",
    "clinch": "accepted",
    "seal": "accepted",
    "conclude": "accepted",
    # Keeping a plan accepts it: "Chad will honour the truce", "pledged to implement it".
    "honour": "accepted",
    "honor": "accepted",
    "respect": "accepted",
    "implement": "accepted",
    "uphold": "accepted",
    "abide": "accepted",
    "observe": "accepted",  # "ready to observe the truce"
    # Commitments accept the plan they name ("pledged to honour the truce").
    "pledge": "accepted",
    "promise": "accepted",
    "vow": "accepted",
    # Opposing a plan answers it as much as rejecting it ("Damascus opposed the truce").
    "oppose": "rejected",
    "reject": "rejected",
    "refuse": "rejected",
    "dismiss": "rejected",
    "decline": "rejected",
    "rebuff": "rejected",
    "spurn": "rejected",
    "consider": "considering",
    "study": "considering",
    "review": "considering",
    "weigh": "considering",
    "examine": "considering",
    "scrutinize": "considering",
    "scrutinise": "considering",
    "mull": "considering",
    "assess": "considering",
    "ponder": "considering",
    # "will decide after the talks": the answer is still open.
    "decide": "considering",
}
# Verbs (lemmas) whose subject may be a meeting rather than a side: "the talks produced a
# deal" is accepted by the sides of those talks ("reach" is also an answer of a side).
OUTCOME_VERBS = frozenset({"produce", "yield", "reach", "achieve"})
# Verbs (lemmas) of an impersonal decision: "it was decided that the sides would swap
# detainees" reports an outcome the sides of the last meeting accepted.
DECISION_VERBS = frozenset({"decide", "resolve", "agree"})
# Phrasal outcomes of a meeting (verb lemma and particle): "the talks ended with a deal".
OUTCOME_PHRASES = frozenset({"end with", "result in", "conclude with", "close with"})

# Phrasal answers (verb lemma and particle) that answer even a pronoun ("turned it down").
RESPONSE_PHRASES = {
    "turn down": "rejected",
    "rule out": "rejected",
    "balk at": "rejected",
    "baulk at": "rejected",
    # Saying yes or no to a plan answers it ("the army said yes – but with conditions").
    "say yes": "accepted",
    "say no": "rejected",
    # Going along with a plan accepts it ("the rebels went along with it").
    "go along": "accepted",
    # "jump at" and "leap at" stay out: their object is mostly a chance or an opportunity to do
    # something to a plan ("jumped at the chance to denounce the truce").
}
# Particles that make any verb with a plan as object a rejection: "shot/voted/struck down the
# truce"; without a plan after them ("drones were shot down") they answer nothing.
REJECTING_PARTICLES = frozenset({"down"})
# Verbs (lemmas) of replying, whose manner adverb gives the answer ("responded positively").
REPLY_VERBS = frozenset({"respond", "react", "reply", "answer"})
REPLY_MANNERS = {
    "positively": "accepted",
    "favourably": "accepted",
    "favorably": "accepted",
    "warmly": "accepted",
    "negatively": "rejected",
    "coolly": "rejected",
}
# Adverbs of manner right after an answer verb that say what answer it gives: "accepted
# conditionally by the army" holds the plan to conditions.
ANSWER_MANNERS = {
    "conditionally": "conditional",
    "provisionally": "conditional",
    "unconditionally": "accepted",
}
# Words of pace after an answer verb that leave it without an object ("accepted straight
# away", "agreed at once", "signed immediately").
ANSWER_PACE_WORDS = frozenset(
    {"immediately", "straight away", "right away", "at once", "quickly", "promptly", "swiftly"}
)
# Nouns that answer the plan in their complement for their owner or the clause's subject:
# "Chad's readiness to honour the truce", "gave the green light to the deal".
RESPONSE_NOUNS = {
    "readiness": "accepted",
    "willingness": "accepted",
    "commitment": "accepted",
    "acceptance": "accepted",
    "approval": "accepted",
    "endorsement": "accepted",
    "consent": "accepted",
    "blessing": "accepted",
    "go-ahead": "accepted",
    "green light": "accepted",
    # the open class goes on: "gave a nod to the pause", "won Serbia's assent", "lent its
    # backing to the plan" ("rebuff", "veto" are answer verbs already, in either use)
    "nod": "accepted",
    "assent": "accepted",
    "backing": "accepted",
    "refusal": "rejected",
    "rejection": "rejected",
}
# Adjectives of readiness with the preposition that takes their plan: "Kyiv was open to a
# freeze", "Hamas is ready for a truce" accept the plan (an infinitive after "ready" is an
# answer governor instead: "ready to sign").
READINESS_ADJECTIVES = {"open": "to", "ready": "for", "prepared": "for"}
# Adjectives of commitment with the preposition that takes their plan: "both remain committed
# to the ceasefire" accepts a plan already on the table, never puts one forward.
COMMITMENT_ADJECTIVES = {"committed": "to"}
# Verbs (lemmas) under which a side's readiness or commitment is doubted or charged, not
# reported ("Baku doubts that Yerevan is committed to the treaty", "accused Hamas of not being
# ready for a truce"); with the urging verbs they leave such a state no answer.
UNASSERTING_VERBS = frozenset({"doubt", "accuse", "suspect"})
# Answers two sides give together: "Armenia signed a treaty with Azerbaijan" binds both, and
# "Armenia and Azerbaijan could not agree on a treaty" is no answer of either.
MUTUAL_RESPONSES = frozenset(["sign", "initial", "agree", "reach", "strike", "clinch", "seal"])
# Words before an answer that withhold it (no answer): "fell/stopped short of endorsing".
WITHHELD_ANSWER = frozenset({"short"})
# Words that make an answer's subject nobody ("no side accepted", "neither party raised"):
# the verb reports no answer and no proposer.
NOBODY_DETERMINERS = frozenset({"no", "neither", "none", "nobody", "nor"})
# Modals of commitment: a side that "will/would swap detainees" has accepted that plan.
COMMITMENT_MODALS = frozenset({"will", "would", "shall"})
# Modals of an outcome a side allows or promises, which a condition after it holds back:
# "the treaty can only be signed once…", "the soldiers would be returned once…" (issue 11, kind 3).
HELD_OUTCOME_MODALS = COMMITMENT_MODALS | {"can", "could"}
# Words between such a modal and its verb that leave the outcome the modal's ("can only be
# signed", "would reopen fully", "will never"): limits and degrees, not negations.
OUTCOME_LIMITS = frozenset({"only", "just", "still", "then", "also", "first"})
# Modals of a guess: "the rebels might accept integration" speculates about a side, it
# reports no stance of theirs.
SPECULATIVE_MODALS = frozenset({"might"})
# Lemmas of failing or refusing before "to" and an answer, read as its negation ("failed to
# agree", "unable to accept", "declined to endorse it"; "refused to rule out a truce" leaves
# it open); before "to" and any other verb they answer nothing ("declined to say whether").
ANSWER_FAILURES = frozenset({"fail", "unable", "refuse", "decline"})
# Words (lemmas) before "to" under which an answer verb is given, besides the answers
# themselves ("agreed to sign", "refused to sign"): commitments and readiness. Under any
# other ("a deadline for Kyiv to approve it", "urged Hamas to accept") it is only asked for.
ANSWER_GOVERNORS = frozenset(
    ["pledge", "promise", "vow", "commit", "vote", "move", "ready", "willing", "prepare"]
    + ["would", "will", "want", "wish", "intend", "plan", "offer", "be"]
)
# Verbs (lemmas) that deny an answer was given ("denied expressing approval"): no answer.
DENIAL_VERBS = frozenset({"deny"})
# Prepositions (and "along") by which an answer word takes a pronoun for the plan named before:
# "agreed to it", "went along with it", "signed on to it", "set two conditions for it", "balked
# at it"; "by it" would be a passive agent.
ANSWER_PRONOUN_PREPOSITIONS = frozenset({"to", "with", "along", "on", "for", "at"})
# Words for a part of a thing named by a pronoun after "of" ("accepted most of it").
PART_WORDS = frozenset({"most", "all", "part", "parts", "much", "some"})
# Pronouns whose "is a plan to…"/"is not a truce" describes a thing named before.
PREDICATE_SUBJECTS = frozenset({"it", "this", "that"})
# Words opening a relative clause that says what a plan does ("a truce that would stop
# strikes on ports" is one plan).
RELATIVE_PRONOUNS = frozenset({"that", "which"})
# Determiners of a kind, not of a thing on the table: refusing "any truce that lets the army
# rearm" or "a timetable that keeps troops on our soil" refuses only that kind, a condition.
KIND_DETERMINERS = INDEFINITE_ARTICLES | {"any"}

# Verbs (lemmas) that, with "on", make what they are said of hang on a condition: a speaker's
# "any truce would depend on the Houthis pulling back" answers the truce conditionally.
DEPENDENCE_VERBS = frozenset({"depend", "hinge"})
DEPENDENCE_PREPOSITIONS = frozenset({"on", "upon"})
# Verbs (lemmas) that hang their object on a condition named after "on" or "to": their subject
# holds the object only on it ("conditioned any truce on the release of the hostages",
# "tied talks to an end of the strikes").
CONDITIONING_VERBS = frozenset({"condition", "tie", "link", "subordinate"})
CONDITIONING_PREPOSITIONS = DEPENDENCE_PREPOSITIONS | {"to"}

# Cues that turn agreement into a conditional answer.
CONDITION_CUES = frozenset(
    [
        "conditions",
        "condition",
        "conditional",
        "provided",
        "unless",
        "precondition",
        "preconditions",
        "demands",
        "only",
    ]
)
# A yes "with reservations" or "with some caveats" holds the plan to terms still to be met;
# only in that phrase: "brushing aside Serbian reservations" answers nothing.
RESERVATION_NOUNS = frozenset({"reservations", "caveats"})
RESERVATION_LINKS = frozenset({"with"})
# "accepted it in principle" is a yes with its reservations unsaid: an answer on its own,
# conditional only with a demand beside it ("in principle but wants the ICRC to oversee it").
PRINCIPLE_QUALIFIERS = frozenset({"principle"})
# Phrases that attach a condition to an answer ("agreed, as long as the other side does",
# "backs the monitors, on the understanding that they report to both sides").
CONDITION_PHRASES = ("as long as", "so long as", "only if", "on condition", "on the understanding")
# Words opening a condition clause after an answer: "would accept it if Russia did the same"
# accepts on a condition (before the answer they make it hypothetical, below).
CONDITION_OPENERS = frozenset({"if", "unless"})
# Conjunctions whose clause in the present tense tells of a time to come: "before she briefs
# the Council", "until the envoy reports back" report nothing said yet.
TIME_TO_COME_OPENERS = frozenset({"before", "until", "till", "once"})
# Words and phrases after a stance's issue that open the condition it is held on: "ready to
# resume talks once the army withdraws", "would consider talks only if the strikes stop".
STANCE_CONDITION_OPENERS = CONDITION_OPENERS | {"once", "provided", "providing"}
# Words before "once" that make it an adverb ("at once", "more than once", "for once"), and
# words after it ("once again", "once more"); "again once the army leaves" is a condition.
ONCE_ADVERB_BEFORE = frozenset({"at", "than", "for"})
ONCE_ADVERB_AFTER = frozenset({"again", "more"})
# "as soon as the arrangements are in place" sets a condition; "as soon as possible" a pace.
SOON_CONDITION = ("as", "soon", "as")
SOON_PACE_WORDS = frozenset({"possible", "practicable", "feasible"})
# Words that open a hypothetical clause: "if he does not agree" is no answer yet.
# "once"/"until"/"the moment Moscow agrees" wait for an answer not yet given.
HYPOTHETICAL = frozenset({"if", "unless", "whether", "once", "until", "moment"})

# Stance cues: lemmas of words that show an actor's stance on an issue, matched on token.lemma.
# Verbs and adjectives of acceptance and backing: their subject supports their object.
SUPPORT_CUES = frozenset(
    {"support", "back", "welcome", "accept", "agree", "endorse", "favour", "favor", "embrace"}
    | {"approve", "ratify", "ready", "willing", "optimistic", "interested", "keen", "eager"}
)
# Praise judges its object: support only of the issue the verb governs ("hailed the truce",
# not "praised Qatar for …").
SUPPORT_PRAISE_VERBS = frozenset(
    {"hail", "praise", "applaud", "commend", "laud", "salute", "champion"}
)
# Restarting, keeping or carrying out a thing supports it ("will restart arms deliveries",
# "pledged to uphold the truce"); like praise, only of the issue the verb governs.
SUPPORT_RESUMPTION_VERBS = frozenset(
    {"restart", "resume", "restore", "reopen", "renew", "extend", "reinstate", "uphold"}
    | {"honour", "honor", "implement", "preserve", "safeguard"}
    | {"respect"}  # "will respect the ceasefire line in full"
)
# Paying for or promoting a thing supports it ("would fund a monitoring mission", "has been
# promoting a moratorium"); like praise, only of the issue the verb governs.
SUPPORT_SPONSOR_VERBS = frozenset({"fund", "finance", "sponsor", "bankroll", "promote"})
# Recognising a thing accepts it ("will never recognise occupied territory"), and trading it
# away for something gives it up ("would never trade land for a truce"): support, only of
# the issue governed. Verbs of giving up ("cede") are left out: they name the concession
# itself and mostly report what others demand ("urged Kyiv to cede land").
SUPPORT_CONCESSION_VERBS = frozenset({"recognise", "recognize", "trade"})
# Taking part in a thing backs it ("would attend the talks", "will sign the accord", "offered
# to host the talks"); like praise, only of the issue the verb governs.
SUPPORT_PARTICIPATION_VERBS = frozenset({"attend", "join", "sign", "host", "participate"})
# Taking part as a phrase ("would take part in the talks", "will send a delegation to"), keyed
# by lemmas: like the participation verbs, a stance only when promised or offered; "took part
# in the talks" reports an event.
PARTICIPATION_PHRASES = frozenset({"take part in", "send a delegation to"})
# Hoping states a stance only through what the hoped-for issue does next: "hoped the truce
# would hold" backs it, "hoped sanctions would be lifted" opposes them, "hopes for" is no stance.
SUPPORT_HOPE_VERBS = frozenset({"hope", "wish", "pray"})
# What a hoped-for issue does that shows the hope backs it ("the truce would hold").
SUPPORT_OUTCOMES = frozenset(
    {"hold", "last", "succeed", "work", "endure", "stick", "survive", "prevail", "resume"}
    | {"continue", "materialise", "materialize", "proceed", "stand"}
)
# What an issue is said to be going to do that shows its speaker backs it ("said the elections
# will go ahead"), keyed by lemmas.
PROMISED_OUTCOMES = frozenset({"proceed", "go ahead", "take place", "go forward"})
# Starts an issue is said to be going to make, and its holding: a stance only under a condition
# ("the truce would begin on Monday if the army withdrew", "will hold as long as" offer it);
# alone they announce a schedule or a forecast.
OFFERED_OUTCOMES = frozenset({"begin", "start", "resume", "hold"})
# What a hoped-for issue does that shows the hope is against it ("the sanctions would go").
OPPOSE_OUTCOMES = frozenset({"collapse", "fail", "go", "disappear", "expire", "lapse"})
# Advocacy: asking for or aiming at something is support with no condition attached
# ("Russia demands land", "we seek a truce", "aims to secure a ceasefire", "our priority is").
ADVOCACY_CUES = frozenset(
    {"want", "seek", "demand", "urge", "insist", "request", "aim", "strive", "pursue"}
    | {"encourage"}  # "will continue to encourage a lasting ceasefire"
)
# Goals as nouns advocate what they are said to be; their holder is a possessor or the
# speaker ("Sudan's priority is a ceasefire", "our goal is").
SUPPORT_GOAL_NOUNS = frozenset({"goal", "priority", "objective", "aim"})
# A need advocates what it is for only as a noun ("stressed the need for a truce", "sees no
# need for mediation"); the verb mostly tells a requirement ("would need a fresh mandate").
NEED_NOUNS = frozenset({"need", "necessity"})
# Verbs (lemmas) asserting the need they govern ("stressed the need for", "insisted on the
# need for", "sees no need for"); others doubt or deny it ("questioned the need for").
NEED_ASSERTING_VERBS = frozenset(
    {"stress", "underline", "underscore", "emphasise", "emphasize", "highlight", "reiterate"}
    | {"reaffirm", "recognise", "recognize", "acknowledge", "insist", "see"}
)
NEED_PARTICLES = frozenset({"on", "to", "of"})  # "insisted on the need", "spoke of the need"
# Verbs of refusal: their subject opposes their object.
OPPOSE_CUES = frozenset(
    {"oppose", "reject", "refuse", "dismiss", "object", "rebuff", "spurn", "veto", "resist"}
    | {"block"}  # "would block any move to use frozen assets"
)
# Criticism judges its object: opposition only to the issue the verb governs ("slammed the
# sanctions", not "condemned the attack that broke the truce").
OPPOSE_CRITICISM_VERBS = frozenset(
    {"criticise", "criticize", "slam", "blast", "lambaste", "decry", "deplore", "denounce"}
    | {"condemn", "castigate", "assail", "scorn", "ridicule", "deride"}
)
# Praising a plan accepts it and criticising one rejects it, as answers ("hailed the truce",
# "slammed the monitoring mission"), read only where an answer is: unlike RESPONSE_CUES they
# put nothing forward ("slammed a deal that would…" tables none).
JUDGING_RESPONSES = {
    **dict.fromkeys(SUPPORT_PRAISE_VERBS, "accepted"),
    **dict.fromkeys(OPPOSE_CRITICISM_VERBS, "rejected"),
}
JUDGED_OBJECT_REACH = 5  # words from a judging verb to its plan ("hailed the new 10-day truce")
# Verbs and adjectives of weighing a thing without a verdict. "undecide" is simplemma's lemma
# of "undecided".
NEUTRAL_CUES = frozenset(
    {"undecided", "undecide", "noncommittal", "neutral", "consider", "weigh", "study", "review"}
)
# Nouns that carry a stance after a light verb or a possessor ("expressed readiness to",
# "voiced opposition to", "Rwanda's backing for"); matched on the lemma too.
SUPPORT_NOUNS = frozenset(
    {"readiness", "willingness", "eagerness", "preparedness", "openness", "backing"}
    | {"endorsement", "importance", "commitment", "satisfaction", "appreciation"}
)
OPPOSE_NOUNS = frozenset({"opposition", "objection", "rejection", "refusal"})
# Cue verbs whose bare form is also their stance noun ("voiced support for", "its support
# for"): like a stance noun, they may be held by a possessor or a light verb's subject.
NOUN_FORM_CUES = frozenset({"support"})
# Verdicts judge a thing named before or after them ("the plan is unacceptable", "called the
# truce a welcome step"); forms, since they are adjectives and nouns read off the surface.
OPPOSE_VERDICTS = frozenset(
    {"unacceptable", "non-starter", "nonstarter", "unrealistic", "absurd", "illegitimate"}
    | {"sham", "farce", "insult", "counterproductive", "counter-productive"}
    # verdicts of futility: the thing is not worth doing
    | {"pointless", "futile", "meaningless", "useless", "worthless", "unworkable"}
    # verdicts of bad faith and of wrong: the thing is a trick or should not have been done
    | {"stunt", "ploy", "trap", "manoeuvre", "maneuver", "provocation", "provocative"}
    | {"regrettable", "unjustified", "unjustifiable", "artificial", "unfair", "one-sided"}
)
# Necessity verdicts back a thing with no condition ("aid is essential").
SUPPORT_VERDICTS = frozenset(
    {"essential", "obligatory", "indispensable", "imperative", "vital", "crucial", "necessary"}
    | {"non-negotiable", "nonnegotiable"}
)
# Positive evaluations back what they judge ("described the deal as positive").
SUPPORT_EVALUATIONS = frozenset(
    {"welcome", "positive", "constructive", "encouraging", "promising", "important"}
    | {"breakthrough", "desirable", "useful", "helpful"}
    # what a settlement is built on or marks: "called the accord a milestone", "a cornerstone"
    | {"milestone", "cornerstone", "opportunity"}
)
# Verbs judging their object by a complement after it ("described the truce as fragile but
# real", "branded the plan a sham"), besides NAMING_VERBS; the complement's evaluation, from
# the two lists below, is the subject's stance on the object.
JUDGING_VERBS = frozenset(
    {"describe", "characterise", "characterize", "brand", "label", "dub", "deem", "portray"}
    | {"regard", "view"}
)
# Words of praise in a complement judging a thing ("called the framework a practical bridge",
# "the deal is a real chance"), lemmas besides SUPPORT_EVALUATIONS and SUPPORT_VERDICTS:
# usefulness, soundness, realism, what opens a way forward.
PRAISE_EVALUATIONS = frozenset(
    {"practical", "pragmatic", "realistic", "reasonable", "sensible", "fair", "balanced"}
    | {"good", "great", "excellent", "historic", "significant", "valuable", "viable"}
    | {"workable", "credible", "solid", "sound", "real", "genuine", "serious", "key"}
    | {"bridge", "foundation", "lifeline", "achievement", "success", "chance"}
)
# Words of blame in a complement judging a thing ("dismissed the truce as blackmail dressed
# up as diplomacy", "the plan is a dangerous gamble"), lemmas besides OPPOSE_VERDICTS:
# coercion, deceit, weakness, danger, failure.
BLAME_EVALUATIONS = frozenset(
    {"blackmail", "ultimatum", "betrayal", "capitulation", "fraud", "lie", "deception"}
    | {"smokescreen", "charade", "bluff", "propaganda", "mistake", "humiliation", "trick"}
    | {"humiliating", "shameful", "outrageous", "ridiculous", "naive", "premature", "flawed"}
    | {"unbalanced", "biased", "dangerous", "reckless", "cynical", "hollow", "empty"}
    | {"fragile", "weak", "gamble", "disaster", "catastrophe", "failure", "doomed"}
    | {"inadequate", "insufficient", "distraction"}
)
# Verdicts that take a plan up without accepting it: "the plan is a basis for talks".
WEIGHING_VERDICTS = frozenset({"basis", "starting-point"})
# Nouns a verdict may qualify and still judge what the phrase is said of: "called the truce
# a welcome step" judges the truce, while "essential points" judges only the points.
VERDICT_HEADS = frozenset(
    {"step", "steps", "move", "moves", "development", "sign", "signal", "gesture", "decision"}
    | {"start", "beginning", "outcome", "progress", "idea", "measure", "initiative"}
)
# Words that may follow a predicative verdict ("essential for", "unacceptable to"); a verdict
# before any other lower-case word is attributive and judges that word instead.
VERDICT_LINKS = frozenset(
    {"to", "for", "and", "but", "that", "because", "as", "in", "under", "if", "unless"}
    | {"the", "a", "an", "any", "all", "this", "these", "those", "its", "their", "our"}
    | {"such", "every", "each", "his", "her", "my", "your"}  # "would welcome such efforts"
)
# A threat backs a measure for the case the other side does not comply.
THREAT_CUES = frozenset({"threaten"})
# Multiword stance cues, keyed by their lemmas; each takes its object after it.
STANCE_PHRASES = {
    "rule out": "oppose",
    "open to": "support",
    # readiness as a participle: "is prepared to withdraw", "we are prepared to resume talks"
    "prepare to": "support",
    "commit to": "support",
    "bound by": "support",
    "abide by": "support",
    "adhere to": "support",
    # keeping to a thing already agreed: "will keep to the ceasefire", "stands by the deal"
    "keep to": "support",
    "stick to": "support",
    "stand by": "support",
    "agree on": "support",
    "agree over": "support",
    # a thing judged needless: "they see no need for a formal agreement"
    "see no need for": "oppose",
    # idioms of approval: "gave a nod to the energy pause", "gave the green light to the deal"
    "give a nod to": "support",
    "give the nod to": "support",
    "give the green light to": "support",
    "give a green light to": "support",
    # "has thrown its weight behind the initiative", "put their weight behind the plan"
    **{
        f"{verb} {owner}{full} weight behind": "support"
        for verb in ("throw", "put")
        for owner in ("its", "their", "his", "her", "our")
        for full in ("", " full")
    },
    "call for": "advocacy",
    "ask for": "advocacy",
    "appeal for": "advocacy",
    "push for": "advocacy",
    "plead for": "advocacy",
    "lobby for": "advocacy",
    "press for": "advocacy",
    "work for": "advocacy",
    "work towards": "advocacy",
    "work toward": "advocacy",
    "what matter": "advocacy",
    "warn against": "oppose",
    "argue against": "oppose",
    "vote against": "oppose",
    "speak out against": "oppose",
    "come out against": "oppose",
    # a stance declined or a judgement held back: "has taken no position on the integration",
    # "takes note of the announcement", "reserved judgement on the draft"
    "take no position on": "neutral",
    "take no stance on": "neutral",
    "take note of": "neutral",
    "reserve judgement on": "neutral",
    "reserve judgment on": "neutral",
    # Conditions set for a thing make the stance on it conditional.
    "condition for": "conditional",
    "condition on": "conditional",
    "precondition for": "conditional",
    "term for": "conditional",
}
# Multiword verdicts, keyed by their lemmas; like a verdict word they judge what they are
# said of, before or after them ("described the plan as a step forward").
STANCE_VERDICT_PHRASES = {
    "step forward": "support",
    "step in the right direction": "support",
    "step backward": "oppose",
    "step backwards": "oppose",
    "dead end": "oppose",
    # a part to build on: "the truce could become a building block for a wider peace"
    "building block": "support",
    "stepping stone": "support",
    # "the only (realistic) path to peace": the one way left is backed; read with up to one
    # word between (SOLE_WAY_NOUNS), keyed as below
    "only way": "advocacy",
    # a thing called a target will be attacked: "any foreign troops would be a legitimate target"
    "legitimate target": "oppose",
    "dead letter": "oppose",
}
# Nouns for a way forward that "the only" makes a verdict ("the only credible route", "the
# only game in town"), matched on lemmas with at most one word between.
# Theatres of war: "a ceasefire on land, at sea and in the air" names where, not land to cede
# (the same words are plan scopes, so the lists share them).
THEATRE_NOUNS = frozenset({"land", "sea", "air"})
# Words that may join theatres in one list ("by land, sea and air", "on land and at sea").
THEATRE_LINKS = frozenset({"and", "or", "on", "at", "in", "by", "the", "from"})
SOLE_WAY_NOUNS = frozenset({"way", "path", "route", "option", "solution", "alternative", "game"})
# Predicates saying their subject hangs on a condition, keyed by their lemmas: the speaker
# accepts the thing before them only on it ("any pullback would depend on disarmament", "a
# truce is possible only after a withdrawal").
CONDITION_PREDICATES = frozenset(
    {"depend on", "dependent on", "contingent on", "conditional on", "hinge on"}
    | {"possible only", "only possible"}
)
# Condition clauses after an issue, keyed by their lemmas: the speaker accepts the issue
# before them only on a condition ("talks could resume only after the hostages are freed");
# unlike a predicate they say nothing of an issue after them.
CONDITION_CLAUSES = frozenset({"only after", "only when", "only once", "only if", "provide that"})
# Predicates of obligation, keyed by their lemmas: the speaker demands the thing before them
# ("the withdrawal must come first", "any truce must be monitored"); a stop word after them
# turns it ("sanctions must be lifted").
OBLIGATION_PREDICATES = frozenset({"must be", "must come", "should be", "have to be", "need to be"})
# Refusals stated as the absence of a thing to come, keyed by their lemmas: "there will be no
# truce", "no question of mediation"; like a verdict, the speaker holds them.
EXISTENTIAL_REFUSALS = frozenset(
    {"will be no", "would be no", "can be no", "could be no", "shall be no", "no question of"}
)
# Predicates refusing their subject, keyed by their lemmas: the speaker opposes the thing
# before them ("sanctions relief is off the table", "disarmament is not on the agenda").
REFUSAL_PREDICATES = frozenset(
    {"off the table", "not on the agenda", "not on the table", "out of the question"}
)
# Words after a refused issue that make the refusal a condition: "no truce until they leave",
# "will not release anyone unless detainees are freed".
REFUSAL_CONDITIONS = frozenset({"until", "unless", "till"})
# Words that hold a refusal to a condition only when a clause of their own follows: "ruled out
# a truce before the root causes are addressed" is conditional, "before the elections" a time.
CLAUSE_REFUSAL_CONDITIONS = frozenset({"before"})
# What a "but" clause after a backing sets beside it, as lemmas (with DEMAND_VERBS):
# "agreed to the extension but expected Kabul to act", "backed a UN mandate but said its tasks
# must be defined" back the thing only on that demand.
COUNTER_DEMANDS = frozenset({"expect", "want", "must"})
# Lemmas after a side named in such a "but" clause that bind it to an act: "ready for a truce,
# but Moscow has to stop firing first" backs the truce only once the other side acts.
BINDING_MODALS = frozenset({"must", "have to", "need to"})
# Negated phrases that do not simply flip: "did not rule out sanctions" leaves the door open;
# "could not agree on a truce" is a failure to agree, no stance on it ("none").
NEGATED_STANCES = {"rule out": "neutral", "agree on": "none", "agree over": "none"}
# What a negation or a stop word turns each stance into: refusing a condition opposes.
TURNED_STANCES = {
    "support": "oppose",
    "oppose": "support",
    "conditional": "oppose",
    "neutral": "neutral",
}
# Lemma pairs right before a stance word saying it was not reached: "failed to agree" states
# no stance.
SHORTFALL_MARKERS = frozenset({("fail", "to")})
# Lemma pairs right before a stance word its holder withholds: "stopped short of endorsing
# the vote" leaves the holder's stance on it neutral.
WITHHELD_MARKERS = frozenset({("short", "of")})
# Verbs that carry a stance noun: their subject holds it ("Egypt expressed its readiness").
# "signall" and "labell" are simplemma's lemmas of "signalled" and "labelled".
LIGHT_VERBS = frozenset(
    {"express", "voice", "signal", "signall", "reiterate", "reaffirm", "stress", "underline"}
    | {"underscore", "show", "indicate", "declare", "confirm", "repeat", "emphasize"}
    | {"emphasise", "call", "describe", "term", "brand", "give", "lend", "outline", "list"}
    | {"lay", "set", "attach", "name", "dub", "label", "labell", "deem", "consider"}
    | {"make"}  # "made any pullback conditional on", "made clear its opposition to"
)  # "consider" is also a neutral cue: as a light verb it only finds the verdict's holder.
# Prepositions after an issue naming what it is about: "talks on a ceasefire", "a deal over
# prisoners" state a stance on the issue after them.
TOPIC_LINKS = frozenset({"on", "over", "about", "regarding", "concerning"})
# Words that stop what follows: demanding a "halt to" sanctions opposes them; a stop of a
# stop or of an attack ("lift the suspension of aid", "pause strikes on energy sites") backs it.
# "cutting", "ending" and "freezing" are simplemma's lemmas of those forms.
STOP_WORDS = frozenset(
    {"cut", "cutting", "halt", "stop", "end", "ending", "suspend", "suspension", "freeze"}
    | {"freezing", "lift", "scrap", "cease", "drop", "abandon", "pause", "moratorium"}
    | {"ban", "withdraw", "cessation"}
    # removing a thing ends it: "should be removed", "demanded the removal of the monitors"
    | {"remove", "removal", "dismantle", "disband", "revoke", "repeal", "rescind"}
    | {"quit", "exit"}  # leaving a thing ends one's part in it: "is prepared to quit the talks"
)
# Endings of past participles, which past tenses like "went" lack: "wants the blockade
# lifted", "the troops withdrawn", "the checkpoints gone" say the thing is to end.
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ne")
# Verbs (lemmas) that take an object with a predicate of its own ("wants the sanctions lifted",
# "would like to see the checkpoints gone"); after other verbs a participle after the object
# tells of its past ("backs the talks suspended in May").
SMALL_CLAUSE_VERBS = frozenset({"want", "need", "prefer", "wish", "like", "see", "have", "get"})
# Attacks on a thing go against it ("strikes on energy infrastructure"), so they turn a stance
# like a stop word; only before a preposition or the issue ("strike a deal" is no attack).
OPPOSE_HARMS = frozenset(
    {"strike", "attack", "shelling", "shell", "bombing", "bombardment", "raid", "assault"}
    | {"target", "targeting", "sabotage"}
)
# Prepositions that tie an attack word to its target ("attacks on", "shelling of").
HARM_LINKS = frozenset({"on", "against", "of", "at", "targeting"})
# Words that end the stretch a stop word reaches ("an end to the war and new elections").
STOP_BREAKS = frozenset({"and", "or", "but", "while", "as", "whereas", "after", "before"})
# Words that may not stand between a praise, criticism or resumption verb and its object:
# they open another clause or adjunct ("condemned the attack after the truce"), or the
# condition it is held on ("would fund troops if both sides signed the truce").
OBJECT_BREAKS = CLAUSE_OPENERS | {"and", "or", "despite", "since", "until", "amid", "during"}
OBJECT_BREAKS |= CONDITION_OPENERS
# Words past which no stance word reaches for its issue: they open an adjunct or another
# clause ("keen to help after the truce"); "that" and "and" may still lead to the object. An
# issue in a condition is what the stance waits for, not its object ("ready to send troops if
# both sides sign the truce").
REACH_BREAKS = CLAUSE_OPENERS - {"that", "as", "but"} | {"despite", "since", "amid", "during"}
REACH_BREAKS |= CONDITION_OPENERS

# Negations that turn a support or acceptance word into refusal ("will not accept"); forms,
# since a contraction's lemma ("didn't" -> "do") loses the negation. "neither"/"nor" deny
# each conjunct they stand before ("neither side backed a truce").
NEGATIONS = frozenset(
    {"not", "never", "no", "won't", "cannot", "refuses", "without", "neither", "nor"}
    | {f"{verb}n{mark}t" for verb in ("did", "does", "do", "would", "has", "is") for mark in "'’"}
    | {"won’t"}
)
# Adverbs of rarity before a speech verb ("Asmara has rarely commented", "seldom speaks"):
# they report that little or nothing was said, no statement; kept apart from NEGATIONS, since
# "rarely backs a truce" is no refusal of it.
RARITY_ADVERBS = frozenset({"rarely", "seldom", "hardly", "barely", "scarcely"})
# Contracted negations of "do" and the modals, which stand for the auxiliary as well.
NEGATED_AUXILIARIES = frozenset(
    {f"{verb}n{mark}t" for verb in ("did", "does", "do", "would") for mark in "'’"}
    | {"won't", "won’t", "cannot"}
)

# Bare month names and abbreviations for the date resolver.
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
# Words that end a plan's stated content before its sentence goes on: a finite auxiliary starts
# the main verb ("a framework for reopening the crossings was welcomed"), "by" its agent.
PLAN_CONTENT_STOPS = FINITE_AUXILIARIES | {"by"}
# Words that open a short time phrase between a verb and what follows it ("proposed in January
# by", "put forward on 2 May by", "put forward last year by").
TIME_PHRASE_OPENERS = frozenset({"in", "on", "last"})

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
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
        # ranks shortened in wire copy ("Brig. Gen. X", "Cmdr. X")
        "brig",
        "cmdr",
        # a debate record's form of address ("the hon. Member", "the right hon. Gentleman")
        "hon",
    ]
)

# Country abbreviations that can also end a sentence when a new sentence plainly starts.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m"})

# Prepositions that put a single capital in a noun's place ("a post on X. Pakistan said"), so
# its full stop ends the sentence; names and initials follow none of them.
HANDLE_PREPOSITIONS = frozenset({"on", "via", "at", "from"})

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

# Lists matched on token.lemma (or a sentence's lemmas): they hold lemmas, as the lexicon test
# checks; all other lists are matched on the surface form.
LEMMA_CLASSES = (
    "ADVOCACY_CUES", "ANSWER_FAILURES", "ANSWER_GOVERNORS", "BARE_JOINT_NOUNS", "CALL_CUES",
    "CANCELLED_VERBS", "CLAUSE_SPEECH_VERBS", "CONTACT_PARTICLES", "CONTACT_VERBS", "DENIAL_VERBS",
    "DESCRIPTIVE_NOUNS", "HELD_VERBS", "HOSTING_VERBS", "INFERENCE_VERBS", "JOINT_NOUNS",
    "JOINT_PERSON_NOUNS", "LIGHT_VERBS", "MEETING_INFINITIVES", "MUTUAL_RESPONSES",
    "NEUTRAL_CUES", "OBJECT_VERBS", "OPPOSE_CRITICISM_VERBS", "OPPOSE_CUES", "OPPOSE_HARMS",
    "OPPOSE_NOUNS", "OPPOSE_OUTCOMES", "OUTCOME_VERBS", "PARTNER_VERBS", "PERSON_ROLE_NOUNS",
    "PLANNED_VERBS",
    "MEDIATION_NOUNS", "MEDIATION_VERBS", "NAMING_VERBS", "NEGOTIATION_SIDE_NOUNS",
    "PLAN_CONTENT_VERBS",
    "PLAN_HALT_VERBS",
    "PROPOSAL_OFFER_NOUNS", "PROPOSAL_TERMS_NOUNS", "PROPOSER_PHRASALS", "PROPOSER_VERBS",
    "PLAN_URGING_VERBS", "DECISION_VERBS", "PLAN_BACKING_VERBS", "CONDITION_NOUNS",
    "QUOTING_VERBS", "REJECTION_SPEECH_VERBS", "REPLY_VERBS", "REPORTING_VERBS", "RESPONSE_CUES",
    "STOP_WORDS", "SUPPORT_CUES",
    "SUPPORT_GOAL_NOUNS", "SUPPORT_HOPE_VERBS", "SUPPORT_NOUNS", "SUPPORT_OUTCOMES",
    "SUPPORT_PRAISE_VERBS", "SUPPORT_RESUMPTION_VERBS", "THREAT_CUES", "VERB_LEMMAS_NOT_BARE",
    "SIDE_MEMBER_NOUNS",
)  # fmt: skip
# Entries of lemma classes that are no lemma of their own (lemma_of(word) != word), each with
# the reason it is listed.
LEMMA_CLASS_EXCEPTIONS = {
    "lay": "the lemma of 'laid' and 'laying' ('laid out its terms'); bare 'lay' gives 'lie'",
    "shelling": "the lemma of the plural 'shellings'; the singular gives 'shell', listed too",
    "targeting": "a form of 'target', listed too: it matches only as that lemma",
    "undecided": "a form of 'undecide', simplemma's lemma of it, listed too",
}

# Lists of kind labels, not of words: they share a word with a word list only because a kind
# is named by its commonest word ("call", "truce", "support").
KIND_NAMES = (
    "ACT_TOPICS", "ACTED_ON_TOPICS", "IN_PERSON_KINDS", "KIND_FAMILIES", "KIND_TOPICS",
    "MEETING_KIND_ORDER", "OPEN_KINDS", "PLAN_AUTHORED_KINDS", "PLAN_TOPICS", "SINGULAR_KINDS",
    "TURNED_STANCES",
)  # fmt: skip

# Pairs of word lists that share an open-class word (one outside FUNCTION_WORDS), with the
# reason; the lexicon test checks every such pair is here and every pair here does share one.
SHARED_WORDS = {
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "SIGNING_ARRANGERS"),
            ("COUNTER_DEMANDS", "SIGNING_ARRANGERS"),
            ("DECISION_VERBS", "SIGNING_ARRANGERS"),
            ("LIGHT_VERBS", "SIGNING_ARRANGERS"),
            ("MUTUAL_RESPONSES", "SIGNING_ARRANGERS"),
            ("PLANNED_CUES", "SIGNING_ARRANGERS"),
            ("PLANNED_VERBS", "SIGNING_ARRANGERS"),
            ("PLAN_GENERIC_NOUNS", "SIGNING_ARRANGERS"),
            ("PLAN_UNSAID_NOUNS", "SIGNING_ARRANGERS"),
            ("PROPOSAL_NOUNS", "SIGNING_ARRANGERS"),
            ("PROPOSAL_OFFER_NOUNS", "SIGNING_ARRANGERS"),
            ("PROPOSER_PHRASALS", "SIGNING_ARRANGERS"),
            ("RESPONSE_CUES", "SIGNING_ARRANGERS"),
            ("SIGNING_ARRANGERS", "SUPPORT_CUES"),
        ],
        "a verb that plans, agrees or decides also sets a signing ahead when 'to sign' follows"
        " it (SIGNING_ARRANGERS)",
    ),
    **dict.fromkeys(
        [
            ("MUTUAL_RESPONSES", "SIGNING_ACTS"),
            ("RESPONSE_CUES", "SIGNING_ACTS"),
            ("SIGNING_ACTS", "SUPPORT_PARTICIPATION_VERBS"),
            ("SIGNING_ACTS", "VERB_LEMMAS_NOT_BARE"),
            ("SIGNING_ACTS", "VERDICT_HEADS"),
        ],
        "signing a text answers it and backs it; done by two sides at a place it is also the"
        " meeting there (SIGNING_ACTS)",
    ),
    ("JOINT_NOUNS", "PLACE_HEAD_NOUNS"): (
        "'the two capitals' are the sides; 'in the Eritrean capital' is a place a demonym"
        " only qualifies"
    ),
    ("ORGAN_NOUNS", "PLACE_HEAD_NOUNS"): (
        "'the Qatari embassy said' is the state speaking; 'talks at the Qatari embassy' name"
        " a building, not a place called 'Qatari'"
    ),
    **dict.fromkeys(
        [
            ("DAY_WORDS", "LEAD_ADVERBS"),
            ("LEAD_ADVERBS", "LIST_ITEM_OPENERS"),
            ("LEAD_ADVERBS", "OFFSET_DIRECTIONS"),
            ("LEAD_ADVERBS", "OUTCOME_LIMITS"),
            ("LEAD_ADVERBS", "PARTNER_PARTICLES"),
            ("LEAD_ADVERBS", "SAME_DAY_WORDS"),
            ("LEAD_ADVERBS", "SUBJECT_GAP_WORDS"),
            ("LEAD_ADVERBS", "TRIP_PARTICLES"),
        ],
        "an adverb set off alone by a comma at a sentence's start is its lead-in"
        " (LEAD_ADVERBS); inside a clause the same word dates, orders or links its verb",
    ),
    **dict.fromkeys(
        [
            ("LIGHT_VERBS", "MARKING_VERBS"),
            ("MARKING_VERBS", "PLANNED_CUES"),
            ("MARKING_VERBS", "PROPOSER_PHRASALS"),
            ("MARKING_VERBS", "PROPOSER_VERBS"),
            ("MARKING_VERBS", "RESCHEDULING_VERBS"),
            ("MARKING_VERBS", "SIGNING_ARRANGERS"),
        ],
        "'put' and 'set' sign only with the signer's own mark as their object ('put their"
        " initials to'); with other objects or particles they do other work (MARKING_VERBS)",
    ),
    **dict.fromkeys(
        [
            ("NEW_EVENT_MODIFIERS", "NEXT_SITTING_WORDS"),
            ("NEXT_SITTING_WORDS", "PLANNED_CUES"),
            ("NEXT_SITTING_WORDS", "QUALIFYING_CUES"),
        ],
        "'the next meeting' is a new event, set ahead, and of the sides last reported when it"
        " names none (NEXT_SITTING_WORDS)",
    ),
    ("COMMERCE_MODIFIERS", "SUPPORT_CONCESSION_VERBS"): (
        "'trade' as a noun before a deal makes it commerce, and as a verb gives a thing up"
    ),
    ("REFUSAL_CONDITIONS", "TIME_TO_COME_OPENERS"): (
        "'till' holds a refusal to a condition after an issue, and after a speech verb tells"
        " of a time to come"
    ),
    **dict.fromkeys(
        [
            ("HONORIFICS", "NAME_HONORIFICS"),
            ("NAME_HONORIFICS", "TITLE_GIVEN_NAME_HEADS"),
            ("NAME_HONORIFICS", "TITLE_HEADS"),
            ("NAME_HONORIFICS", "TITLE_WORDS"),
        ],
        "'Sheikh' introduces a name, and after a given name is a word of it",
    ),
    **dict.fromkeys(
        [
            ("ACT_DONE_VERBS", "HELD_VERBS"),
            ("ACT_DONE_VERBS", "OFFERED_OUTCOMES"),
            ("ACT_DONE_VERBS", "VERDICT_HEADS"),
        ],
        "a past verb of beginning reports an act done as it reports a meeting held or an outcome",
    ),
    **dict.fromkeys(
        [("ACT_DONE_VERBS", "PROPOSAL_MODIFIERS"), ("ACT_DONE_VERBS", "SCOPE_FULL")],
        "'complete' is a verb of an act done and an adjective of a plan's full scope",
    ),
    **dict.fromkeys(
        [
            ("CONDITION_CUES", "OUTCOME_LIMITS"),
            ("NEW_EVENT_MODIFIERS", "OUTCOME_LIMITS"),
            ("OUTCOME_LIMITS", "PARTNER_PARTICLES"),
            ("OUTCOME_LIMITS", "SUBJECT_GAP_WORDS"),
            ("OUTCOME_LIMITS", "TRIP_PARTICLES"),
        ],
        "an adverb between a modal and its verb limits the outcome; elsewhere a cue or particle",
    ),
    **dict.fromkeys(
        [
            ("COURTESY_TITLES", "HONORIFICS"),
            ("COURTESY_TITLES", "TITLE_GIVEN_NAME_HEADS"),
            ("COURTESY_TITLES", "TITLE_HEADS"),
            ("COURTESY_TITLES", "TITLE_WORDS"),
        ],
        "a courtesy title is an honorific that heads a name, given name alone or in full",
    ),
    **dict.fromkeys(
        [("ANSWER_FAILURES", "OPPOSE_CUES"), ("ANSWER_FAILURES", "RESPONSE_CUES")],
        "a refusal answers a plan, and before 'to' negates the answer it governs",
    ),
    **dict.fromkeys(
        [
            ("JUDGING_RESPONSES", "OPPOSE_CRITICISM_VERBS"),
            ("JUDGING_RESPONSES", "SUPPORT_PRAISE_VERBS"),
        ],
        "praise and criticism of a plan state a stance on it and answer it, by construction",
    ),
    **dict.fromkeys(
        [
            ("ONCE_ADVERB_AFTER", "PARTNER_PARTICLES"),
            ("ONCE_ADVERB_AFTER", "RESUMPTION_WORDS"),
            ("ONCE_ADVERB_AFTER", "SUBJECT_GAP_WORDS"),
            ("ONCE_ADVERB_AFTER", "TRIP_PARTICLES"),
        ],
        "'again' makes 'once' an adverb there, and is an adverb of its own elsewhere",
    ),
    **dict.fromkeys(
        [
            ("PLAN_GENERIC_NOUNS", "PLAN_UNSAID_NOUNS"),
            ("PLAN_UNSAID_NOUNS", "PROPOSAL_NOUNS"),
            ("PLAN_UNSAID_NOUNS", "PROPOSAL_OFFER_NOUNS"),
        ],
        "the plan nouns that say nothing of what is proposed are some of the plan nouns",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "PLAN_UNSAID_NOUNS"),
            ("PLANNED_VERBS", "PLAN_UNSAID_NOUNS"),
            ("PLAN_CLAUSE_VERBS", "PLAN_UNSAID_NOUNS"),
            ("PLAN_UNSAID_NOUNS", "PROPOSER_VERBS"),
            ("PLAN_UNSAID_NOUNS", "REPORTING_VERBS"),
        ],
        "'offer' and 'plan' are verbs there, and nouns in a stored plan's title here",
    ),
    **dict.fromkeys(
        [("OPEN_ISSUE_NOUNS", "PLAN_UNSAID_NOUNS"), ("PLAN_UNSAID_NOUNS", "VERDICT_HEADS")],
        "the other list reads the noun in a sentence; this one, a stored plan's whole title",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "WITHDRAWAL_BACK_VERBS"),
            ("DEMAND_ACTS", "WITHDRAWAL_BACK_VERBS"),
            ("DEMAND_ACT_PARTICLES", "WITHDRAWAL_BACK_VERBS"),
            ("OPEN_ISSUE_NOUNS", "WITHDRAWAL_BACK_VERBS"),
            ("PROPOSER_PHRASALS", "WITHDRAWAL_BACK_VERBS"),
            ("RESCHEDULING_VERBS", "WITHDRAWAL_BACK_VERBS"),
            ("VERDICT_HEADS", "WITHDRAWAL_BACK_VERBS"),
        ],
        "a verb of moving names a withdrawal in a plan's wording only with 'back' after its"
        " object ('pull the guns back'); the other list reads the verb in its own construction",
    ),
    ("JOINT_NOUNS", "PERSON_ROLE_NOUNS"): "'the two neighbours' are the sides of a contact in the"
    " plural; 'her neighbour', one person, is someone a feature brings in unnamed",
    **dict.fromkeys(
        [("NAME_PARTICLES", "SURNAME_ARTICLES"), ("NAME_PREFIXES", "SURNAME_ARTICLES")],
        "the Arabic article is a name particle inside a full name ('Asaad al-Shaibani') and"
        " the part a later mention drops ('Shaibani')",
    ),
    ("PROGRAMME_STAFF", "REPORTER_NOUNS"): "a transcript's staff are the outlet's reporters plus"
    " the studio roles that label a turn ('ANCHOR (X):'); it is built from REPORTER_NOUNS",
    ("NOUN_FORM_CUES", "SUPPORT_CUES"): (
        "'support' is the verb's cue ('Chad supports the truce') and, as a bare noun after a"
        " determiner or a light verb ('voiced support for'), a stance noun held like 'backing'"
    ),
    **dict.fromkeys(
        [
            ("HELD_CUES", "TIME_PHRASE_OPENERS"),
            ("HELD_VERBS", "TIME_PHRASE_OPENERS"),
            ("NEW_EVENT_MODIFIERS", "TIME_PHRASE_OPENERS"),
            ("SUBJECT_GAP_WORDS", "TIME_PHRASE_OPENERS"),
            ("SUPPORT_OUTCOMES", "TIME_PHRASE_OPENERS"),
        ],
        "'last' opens a time phrase only before a period or a month ('last year'); the other"
        " lists read it as a past cue, an adverb or the verb 'to last'",
    ),
    **dict.fromkeys(
        [
            ("OFFSET_DIRECTIONS", "PARTNER_PARTICLES"),
            ("OFFSET_DIRECTIONS", "SUBJECT_GAP_WORDS"),
            ("OFFSET_DIRECTIONS", "TRIP_PARTICLES"),
        ],
        "'later' and 'earlier' step a day from another only after a count ('two days later');"
        " alone they are adverbs between a subject and its verb or before a partner",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "RESCHEDULING_VERBS"),
            ("CANCELLED_VERBS", "RESCHEDULING_VERBS"),
            ("OPEN_ISSUE_NOUNS", "RESCHEDULING_VERBS"),
            ("PLAN_URGING_VERBS", "RESCHEDULING_VERBS"),
            ("PROPOSER_VERBS", "RESCHEDULING_VERBS"),
            ("RESCHEDULING_VERBS", "VERDICT_HEADS"),
        ],
        "a verb moves a meeting only with a new day after it ('postponed to Dec. 4', 'pushed"
        " back to Thursday'); without one it calls a meeting off, pushes or puts a plan, or is a"
        " noun ('a move')",
    ),
    **dict.fromkeys(
        [
            ("ABBREVIATIONS", "FEMALE_WORDS"),
            ("ABBREVIATIONS", "MALE_WORDS"),
            ("FEMALE_WORDS", "HONORIFICS"),
            ("HONORIFICS", "MALE_WORDS"),
            ("FEMALE_WORDS", "TITLE_HEADS"),
            ("MALE_WORDS", "TITLE_HEADS"),
            ("FEMALE_WORDS", "TITLE_WORDS"),
            ("MALE_WORDS", "TITLE_WORDS"),
        ],  # fmt: skip
        "an honorific is a title before a name and tells its gender",
    ),
    **dict.fromkeys(
        [
            ("COMMENTATOR_NOUNS", "HONORIFICS"),
            ("COMMENTATOR_NOUNS", "TITLE_HEADS"),
            ("COMMENTATOR_NOUNS", "TITLE_WORDS"),
            ("HONORIFICS", "PERSON_ROLE_NOUNS"),
            ("PERSON_ROLE_NOUNS", "TITLE_HEADS"),
            ("PERSON_ROLE_NOUNS", "TITLE_WORDS"),
        ],  # fmt: skip
        "'Professor X' is an academic title before a name; 'X, a professor at Y' describes"
        " the person in an apposition",
    ),
    ("JUDGING_VERBS", "LIGHT_VERBS"): "'described its readiness' carries a stance noun;"
    " 'described the truce as fragile' judges its object by the complement",
    ("JUDGING_VERBS", "REPORTING_VERBS"): "'described the talks' reports speech; 'described"
    " the truce as fragile' also judges its object by the complement",
    # theatres of war are also the scopes that tell plans apart ("a truce at sea")
    **dict.fromkeys(
        [
            (scopes, "THEATRE_NOUNS")
            for scopes in (
                "COMPLEMENT_SCOPES",
                "PROPOSAL_MODIFIERS",
                "SCOPE_DOMAINS",
                "SCOPE_MODIFIERS",
            )
        ],
        "a theatre of war is a plan's scope too",
    ),
    ("COMMENTATOR_NOUNS", "PERSON_ROLE_NOUNS"): "an analyst or a professor is a person; what"
    " they say comments on the parties and holds no stance of theirs",
    ("ADVOCACY_CUES", "COUNTER_DEMANDS"): "'wants a truce' asks for it; 'agreed, but wants the"
    " army out first' sets a demand beside a backing",
    ("ANSWER_GOVERNORS", "COUNTER_DEMANDS"): "'wants to sign' gives an answer under it; 'but"
    " wants the ICRC to oversee it' sets a demand beside one",
    ("COUNTER_DEMANDS", "PLANNED_VERBS"): "'talks are expected' plans a meeting; 'but expected"
    " Kabul to act' sets a demand beside a backing",
    **dict.fromkeys(
        [
            ("DESCRIPTIVE_NOUNS", "PLAN_BODY_NOUNS"),
            ("DESCRIPTIVE_NOUNS", "PLAN_GENERIC_NOUNS"),
            ("DESCRIPTIVE_NOUNS", "PROPOSAL_NOUNS"),
        ],
        "'the mission urged' is the body named before; 'a monitoring mission' is what a plan"
        " sets up",
    ),
    **dict.fromkeys(
        [
            ("OPEN_ISSUE_NOUNS", "REPORTING_VERBS"),
            ("PLAN_GENERIC_NOUNS", "REPORTING_VERBS"),
            ("PROPOSAL_NOUNS", "REPORTING_VERBS"),
            ("PROPOSAL_OFFER_NOUNS", "REPORTING_VERBS"),
        ],
        "'offered a truce' reports what a side said it would give; 'the offer' is the plan",
    ),
    ("PLANNED_VERBS", "REPORTING_VERBS"): "'invited both sides to talks' is said by the"
    " inviter, and puts the talks ahead",
    ("PLAN_FORCE_HEADS", "PROPOSAL_NOUNS"): "a force of a purpose is a plan noun, and also a"
    " body another body's noun does not name again",
    ("REPORTING_VERBS", "UNASSERTING_VERBS"): "'accused X of not being committed' is said"
    " aloud, and charges X with a state no answer of X's reports",
    ("REPORTING_VERBS", "SUPPORT_HOPE_VERBS"): "'hoped the truce would hold' is a wish said"
    " aloud, and backs the truce through what it hopes for",
    ("COMMON_BODY_HEADS", "UNNAMED_SIDE_NOUNS"): "'the Houthi movement' heads a name; 'the"
    " movement' alone is a side left unnamed",
    ("REPORTING_VERBS", "UNNAMED_SIDE_NOUNS"): "'to state' reports speech, 'the state' is a side",
    ("DESCRIPTIVE_NOUNS", "UNNAMED_SIDE_NOUNS"): "'the movement said' is the last group named;"
    " 'he said the movement would' is a side its speaker leaves unnamed",
    ("JOINT_NOUNS", "UNNAMED_SIDE_NOUNS"): "'both states' are the two sides, 'the state' alone a"
    " side its speaker does not name",
    ("FORMAL_NAME_LINKS", "UNNAMED_SIDE_NOUNS"): "'the State of Qatar' links a formal name, 'the"
    " State would not accept' is a side left unnamed",
    **dict.fromkeys(
        [("OPPOSE_CUES", "REJECTION_SPEECH_VERBS"), ("REJECTION_SPEECH_VERBS", "RESPONSE_CUES")],
        "a refusal is a side's answer and its stance, and as the one verb of its main clause"
        " also the statement that reports them ('Hamas rejected any foreign force')",
    ),
    **dict.fromkeys(
        [
            ("LIST_ITEM_OPENERS", "NEW_EVENT_MODIFIERS"),
            ("LIST_ITEM_OPENERS", "OUTCOME_LIMITS"),
            ("LIST_ITEM_OPENERS", "PLAN_NEW_MODIFIERS"),
        ],
        "an ordinal with a comma opens a list's item ('Second, a halt…'); before a noun it"
        " counts a meeting or a plan ('the second round')",
    ),
    **dict.fromkeys(
        [
            (name, "PERSON_SUBJECT_VERBS")
            for name in (
                "CALL_CUES",
                "CONTACT_VERBS",
                "MEETING_INFINITIVES",
                "MEETING_WORDS",
                "OBJECT_VERBS",
                "PERSON_OBJECT_VERBS",
                "REACTION_PASSIVES",
            )
        ],
        "the verbs of contact whose subject a full name opening the sentence is a person's:"
        " name discovery reads them only as the place of a name ('Ana Ruiz met X'), the other"
        " stages for the contact or the call they report",
    ),
    **dict.fromkeys(
        [
            (name, "PERSON_OBJECT_VERBS")
            for name in (
                "CALL_CUES",
                "CONTACT_VERBS",
                "LIGHT_VERBS",
                "MEDIATION_VERBS",
                "MEETING_INFINITIVES",
                "MEETING_WORDS",
                "NAMING_VERBS",
                "OBJECT_VERBS",
                "PLAN_URGING_VERBS",
                "REACTION_PASSIVES",
                "SUPPORT_PARTICIPATION_VERBS",
            )
        ],
        "the verbs of contact that take the person met as their object: name discovery reads"
        " them only as the place of a person's name ('met Ana Ruiz in Goma'), the other stages"
        " for the contact, the call, the hosting or the urging they report",
    ),
    **dict.fromkeys(
        [
            ("CONDITIONING_VERBS", "CONDITION_CUES"),
            ("CONDITIONING_VERBS", "CONDITION_NOUNS"),
            ("CONDITIONING_VERBS", "PROPOSAL_TERMS_NOUNS"),
        ],
        "'condition' is the noun of terms set and, inflected as a verb ('conditioned any"
        " pullback on'), one hanging its object on them; the stance stage reads only the verb",
    ),
    ("NAME_PREFIXES", "PARTICIPLE_ENDINGS"): "'ed' is the Arabic article's form ('Salah ed-Din') in"
    " one and a word's ending in the other: they are never matched against the same thing",
    **dict.fromkeys(
        [
            ("APPEARANCE_VERBS", "INTERVIEW_GIVING"),
            ("CALL_CUES", "INTERVIEW_GIVING"),
            ("CONTACT_PARTICLES", "INTERVIEW_GIVING"),
            ("CONTACT_VERBS", "INTERVIEW_GIVING"),
            ("INTERVIEW_GIVING", "MEETING_INFINITIVES"),
            ("INTERVIEW_GIVING", "PARTNER_VERBS"),
        ],
        "speaking, talking or sitting down with someone is a contact between sides; in an"
        " interview's introduction, with an outlet, it says who gave the interview",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "SMALL_CLAUSE_VERBS"),
            ("ANSWER_GOVERNORS", "SMALL_CLAUSE_VERBS"),
            ("COUNTER_DEMANDS", "SMALL_CLAUSE_VERBS"),
            ("NEED_NOUNS", "SMALL_CLAUSE_VERBS"),
            ("SMALL_CLAUSE_VERBS", "SUPPORT_HOPE_VERBS"),
        ],
        "a verb of wanting states a stance or a demand; with an object and a participle"
        " ('wants the sanctions lifted') it also takes a predicate of its own",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "NEED_ASSERTING_VERBS"),
            ("DEMAND_VERBS", "NEED_ASSERTING_VERBS"),
            ("EMPHASIS_INFERENCE_VERBS", "NEED_ASSERTING_VERBS"),
            ("INFERENCE_VERBS", "NEED_ASSERTING_VERBS"),
            ("LIGHT_VERBS", "NEED_ASSERTING_VERBS"),
            ("NEED_ASSERTING_VERBS", "REPORTING_VERBS"),
            ("NEED_ASSERTING_VERBS", "SMALL_CLAUSE_VERBS"),
            ("NEED_ASSERTING_VERBS", "SUPPORT_CONCESSION_VERBS"),
        ],
        "verbs of stressing, insisting or seeing report a statement or carry a stance of their"
        " own; with a need as their object ('stressed the need for') they assert it",
    ),
    ("LIGHT_VERBS", "PROPOSER_LIGHT_VERBS"): "'make' carries a stance noun ('made its"
    " acceptance conditional on') as it carries an offer ('made an offer')",
    ("CONTACT_VERBS", "RESUMPTION_WORDS"): "'reconvene' is a contact with the sides as its object"
    " ('will reconvene the delegations') and, said of talks already reported, their resumption",
    ("DEMAND_ACTS", "DEMAND_ACT_PARTICLES"): "the particles are keyed by the act verb they go with",
    **dict.fromkeys(
        [
            ("DEMAND_ACTS", "PLAN_ACT_NOUNS"),
            ("DEMAND_ACTS", "PLAN_GENERIC_NOUNS"),
            ("DEMAND_ACTS", "PROPOSAL_NOUNS"),
            ("DEMAND_ACTS", "STOP_WORDS"),
        ],
        "'release' and 'withdraw' are verbs a condition demands ('only if Kyiv releases') and"
        " the nouns or stop words the plan and stance stages read",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "DEMAND_VERBS"),
            ("DEMAND_VERBS", "PROPOSAL_TERMS_NOUNS"),
            ("DEMAND_VERBS", "PROPOSER_VERBS"),
            ("DEMAND_VERBS", "REPORTING_VERBS"),
        ],
        "a demand is speech, advocacy and a plan put forward at once; its 'that' clause beside"
        " an answer is the condition the answering side sets",
    ),
    **dict.fromkeys(
        [
            ("PROPOSAL_MODIFIERS", "ROLE_ANAPHORS"),
            ("ROLE_ANAPHORS", "SCOPE_FULL"),
            ("PROPOSAL_MODIFIERS", "ROLE_SYNONYMS"),
            ("ROLE_SYNONYMS", "SCOPE_FULL"),
        ],
        "'general' is a plan's scope before its noun ('a general truce') and, as the subject"
        " of a verb after 'the', the rank of a commander named before",
    ),
    **dict.fromkeys(
        [("PARTY_LEADS", "TITLE_MODIFIERS"), ("PARTY_LEADS", "TITLE_WORDS")],
        "'senior' may stand between a contact verb and its party ('received a senior envoy')"
        " and is part of a rank ('Senior General X')",
    ),
    **dict.fromkeys(
        [
            ("CIVIL_RANK_HEADS", "ROLE_ANAPHORS"),
            ("CIVIL_RANK_HEADS", "TITLE_HEADS"),
            ("CIVIL_RANK_HEADS", "TITLE_WORDS"),
        ],
        "'secretary' and 'governor' are offices of their own, and before 'general' they make"
        " the compound a civil office, no rank",
    ),
    **dict.fromkeys(
        [("PERSON_ROLE_NOUNS", "TITLE_HEADS"), ("PERSON_ROLE_NOUNS", "TITLE_WORDS")],
        "'lawmaker' in an apposition makes the name a person's, and before a name it is the"
        " title of a member of a parliament ('opposition lawmaker X')",
    ),
    ("SPEECH_EAGERNESS", "SUPPORT_CUES"): "'keen to sign' is a side's support for what it"
    " would sign, and 'was keen to stress' hands the verb of saying to the subject of 'be'",
    ("COMMON_BODY_HEADS", "DESCRIPTIVE_NOUNS"): "'the movement' stands for a group named"
    " before, and 'the Tasis movement' names one: the same nouns, with or without a name",
    ("ABBREVIATIONS", "NAME_SUFFIXES"): "'Jr.' and 'Sr.' are abbreviations that end no sentence"
    " and, after a name, suffixes that are no surname",
    **dict.fromkeys(
        [
            ("ORGAN_NOUNS", "SIDE_MEMBER_NOUNS"),
            ("ROLE_ANAPHORS", "SIDE_MEMBER_NOUNS"),
            ("SIDE_MEMBER_NOUNS", "TITLE_HEADS"),
            ("SIDE_MEMBER_NOUNS", "TITLE_WORDS"),
        ],
        "'officials' and 'representatives' of a side speak for it, and the same nouns"
        " introduce a name, stand for a person named before, or name a state's organ",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_LABELS", "REPLY_VERBS"),
            ("ANSWER_LABELS", "REPORTING_VERBS"),
            ("QUESTION_LABELS", "REPORTING_VERBS"),
        ],
        "a transcript's 'Question:' and 'Answer:' labels are the nouns of the verbs that report"
        " asking and answering",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "PLAN_URGING_VERBS"),
            ("CALL_CUES", "PLAN_URGING_VERBS"),
            ("CONTACT_VERBS", "PLAN_URGING_VERBS"),
            ("LIGHT_VERBS", "PLAN_URGING_VERBS"),
            ("MEETING_INFINITIVES", "PLAN_URGING_VERBS"),
            ("MEETING_WORDS", "PLAN_URGING_VERBS"),
            ("NAMING_VERBS", "PLAN_URGING_VERBS"),
            ("OBJECT_VERBS", "PLAN_URGING_VERBS"),
            ("PLAN_URGING_VERBS", "PRESS_NOUNS"),
            ("PLAN_URGING_VERBS", "REPORTING_VERBS"),
        ],
        "urging ('call for', 'urge', 'press to accept') puts a plan forward only with its"
        " 'for' or answer infinitive; alone these words are a contact, speech or a noun",
    ),
    **dict.fromkeys(
        [
            ("DECISION_VERBS", "MUTUAL_RESPONSES"),
            ("DECISION_VERBS", "RESPONSE_CUES"),
            ("DECISION_VERBS", "SUPPORT_CUES"),
        ],
        "a side that agrees answers; 'it was agreed that' is the outcome of a meeting",
    ),
    **dict.fromkeys(
        [
            ("PLAN_HALT_FILLERS", "PLAN_NEW_MODIFIERS"),
            ("PLAN_NEW_MODIFIERS", "SUBJECT_GAP_WORDS"),
        ],
        "'further' fills a halt ('no further attacks'), a subject gap and marks a new plan",
    ),
    **dict.fromkeys(
        [
            ("CALL_CUES", "NAMING_VERBS"),
            ("CONTACT_VERBS", "NAMING_VERBS"),
            ("LIGHT_VERBS", "NAMING_VERBS"),
            ("MEETING_INFINITIVES", "NAMING_VERBS"),
            ("MEETING_WORDS", "NAMING_VERBS"),
            ("NAMING_VERBS", "OBJECT_VERBS"),
            ("NAMING_VERBS", "PROPOSAL_OFFER_NOUNS"),
            ("NAMING_VERBS", "PROPOSAL_TERMS_NOUNS"),
        ],
        "'call' is a contact, 'term' a plan's noun; either is speech before a quoted name",
    ),
    ("CONJUNCT_GAPS", "PAIR_GAPS"): "both join two names; a pair of sides may join by 'with'",
    ("CONDITION_CLAUSES", "CONDITION_PHRASES"): (
        "'only if' makes an answer to a plan conditional, and after an issue a stance on it"
    ),
    **dict.fromkeys(
        [
            ("CONTACT_PARTICLES", "CONTACT_VERBS"),
            ("CONTACT_PARTICLES", "MEETING_INFINITIVES"),
            ("CONTACT_PARTICLES", "PARTNER_VERBS"),
        ],
        "'sit down' is a partner verb that its particle alone makes a contact",
    ),
    **dict.fromkeys(
        [
            ("ANAPHORIC_DETERMINERS", "PLAN_NOT_INFINITIVES"),
            ("INSTITUTION_NOUNS", "NOT_NAMES"),
            ("NAME_PARTICLES", "NAME_PREFIXES"),
            ("PROPOSAL_MODIFIERS", "SCOPE_FULL"),
            ("PROPOSAL_MODIFIERS", "SCOPE_MODIFIERS"),
            ("PROPOSAL_MODIFIERS", "SCOPE_PARTIAL"),
            ("SCOPE_DOMAINS", "SCOPE_MODIFIERS"),
            ("SCOPE_DOMAINS", "SCOPE_PARTIAL"),
            ("SUBJECT_GAP_WORDS", "WEEKDAYS"),
            ("TITLE_HEADS", "TITLE_WORDS"),
            ("TITLE_MODIFIERS", "TITLE_WORDS"),
        ],
        "one list is built from the other by composition",
    ),
    **dict.fromkeys(
        [
            ("ABBREVIATIONS", "SENTENCE_FINAL_ABBREVIATIONS"),
            ("BARE_JOINT_NOUNS", "JOINT_NOUNS"),
            ("BARE_JOINT_NOUNS", "NEGOTIATION_SIDE_NOUNS"),
            ("JOINT_NOUNS", "NEGOTIATION_SIDE_NOUNS"),
            ("BODY_HEADS", "INSTITUTION_NOUNS"),
            ("BODY_HEADS", "NOT_NAMES"),
            ("CLAUSE_SPEECH_VERBS", "REPORTING_VERBS"),
            ("CONTACT_VERBS", "OBJECT_VERBS"),
            ("CONTACT_VERBS", "PARTNER_VERBS"),
            ("HOSTING_VERBS", "REPORTING_VERBS"),
            ("INFERENCE_VERBS", "REPORTING_VERBS"),
            ("JOINT_NOUNS", "JOINT_PERSON_NOUNS"),
            ("MUTUAL_RESPONSES", "RESPONSE_CUES"),
            ("PLAN_GENERIC_NOUNS", "PROPOSAL_NOUNS"),
        ],
        "a subset: the later list holds the words of the earlier one that need a rule of their own",
    ),
    **dict.fromkeys(
        [
            ("HEAD_OFFICES", "JOINT_NOUNS"),
            ("HEAD_OFFICES", "JOINT_PERSON_NOUNS"),
            ("HEAD_OFFICES", "ROLE_ANAPHORS"),
            ("HEAD_OFFICES", "ROLE_SYNONYMS"),
            ("HEAD_OFFICES", "TITLE_GIVEN_NAME_HEADS"),
            ("HEAD_OFFICES", "TITLE_HEADS"),
            ("HEAD_OFFICES", "TITLE_WORDS"),
            ("HONORIFICS", "TITLE_GIVEN_NAME_HEADS"),
            ("HONORIFICS", "TITLE_HEADS"),
            ("HONORIFICS", "TITLE_WORDS"),
            ("JOINT_NOUNS", "ORGAN_NOUNS"),
            ("JOINT_NOUNS", "ROLE_ANAPHORS"),
            ("JOINT_NOUNS", "ROLE_SYNONYMS"),
            ("JOINT_NOUNS", "STATE_ORGANS"),
            ("JOINT_NOUNS", "TITLE_HEADS"),
            ("JOINT_NOUNS", "TITLE_WORDS"),
            ("JOINT_NOUNS", "VISITOR_NOUNS"),
            ("JOINT_PERSON_NOUNS", "ROLE_ANAPHORS"),
            ("JOINT_PERSON_NOUNS", "ROLE_SYNONYMS"),
            ("JOINT_PERSON_NOUNS", "TITLE_HEADS"),
            ("JOINT_PERSON_NOUNS", "TITLE_WORDS"),
            ("ORGAN_NOUNS", "ROLE_ANAPHORS"),
            ("ORGAN_NOUNS", "ROLE_SYNONYMS"),
            ("ORGAN_NOUNS", "STATE_ORGANS"),
            ("ORGAN_NOUNS", "TITLE_HEADS"),
            ("ORGAN_NOUNS", "TITLE_MODIFIERS"),
            ("ORGAN_NOUNS", "TITLE_WORDS"),
            ("ORGAN_NOUNS", "VISITOR_NOUNS"),
            ("ROLE_ANAPHORS", "ROLE_SYNONYMS"),
            ("ROLE_ANAPHORS", "TITLE_HEADS"),
            ("ROLE_ANAPHORS", "TITLE_WORDS"),
            ("ROLE_ANAPHORS", "VISITOR_NOUNS"),
            ("ROLE_SYNONYMS", "TITLE_HEADS"),
            ("ROLE_SYNONYMS", "TITLE_WORDS"),
            ("ROLE_SYNONYMS", "VISITOR_NOUNS"),
            ("STATE_ORGANS", "TITLE_MODIFIERS"),
            ("STATE_ORGANS", "TITLE_WORDS"),
            ("TITLE_GIVEN_NAME_HEADS", "TITLE_HEADS"),
            ("TITLE_GIVEN_NAME_HEADS", "TITLE_WORDS"),
            ("TITLE_HEADS", "VISITOR_NOUNS"),
            ("TITLE_WORDS", "VISITOR_NOUNS"),
        ],
        "role nouns: a title before a name, a reference back after one, a side, an organ, a guest",
    ),
    **dict.fromkeys(
        [
            ("ABBREVIATIONS", "HONORIFICS"),
            ("ABBREVIATIONS", "MONTHS"),
            ("ABBREVIATIONS", "TITLE_HEADS"),
            ("ABBREVIATIONS", "TITLE_MODIFIERS"),
            ("ABBREVIATIONS", "TITLE_WORDS"),
        ],
        "abbreviated titles and months: their full stop ends no sentence",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "ANSWER_GOVERNORS"),
            ("ADVOCACY_CUES", "PROPOSER_VERBS"),
            ("ADVOCACY_CUES", "REPORTING_VERBS"),
            ("ANSWER_GOVERNORS", "PROPOSER_VERBS"),
            ("ANSWER_GOVERNORS", "REPORTING_VERBS"),
            ("ANSWER_GOVERNORS", "RESPONSE_CUES"),
            ("ANSWER_GOVERNORS", "SUPPORT_CUES"),
            ("DENIAL_VERBS", "REPORTING_VERBS"),
            ("INFERENCE_VERBS", "LIGHT_VERBS"),
            ("INFERENCE_VERBS", "PROPOSER_VERBS"),
            ("LIGHT_VERBS", "REPORTING_VERBS"),
            ("LIGHT_VERBS", "RESPONSE_CUES"),
            ("OPPOSE_CRITICISM_VERBS", "REPORTING_VERBS"),
            ("OPPOSE_CUES", "REPORTING_VERBS"),
            ("OPPOSE_CUES", "RESPONSE_CUES"),
            ("PROPOSER_VERBS", "REPORTING_VERBS"),
            ("REPLY_VERBS", "REPORTING_VERBS"),
            ("REPORTING_VERBS", "RESPONSE_CUES"),
            ("REPORTING_VERBS", "SUPPORT_CUES"),
            ("REPORTING_VERBS", "SUPPORT_EVALUATIONS"),
            ("REPORTING_VERBS", "SUPPORT_PRAISE_VERBS"),
            ("JUDGING_RESPONSES", "REPORTING_VERBS"),
            ("REPORTING_VERBS", "THREAT_CUES"),
            ("RESPONSE_CUES", "SUPPORT_CUES"),
            ("RESPONSE_CUES", "SUPPORT_EVALUATIONS"),
            ("SUPPORT_CUES", "SUPPORT_EVALUATIONS"),
        ],
        "speech acts: a verb reporting speech also states a stance, answers or puts a plan forward",
    ),
    **dict.fromkeys(
        [
            ("HOSTING_VERBS", "RESPONSE_CUES"),
            ("HOSTING_VERBS", "SUPPORT_CUES"),
            ("HOSTING_VERBS", "SUPPORT_EVALUATIONS"),
            ("LIGHT_VERBS", "NEUTRAL_CUES"),
            ("MUTUAL_RESPONSES", "OUTCOME_VERBS"),
            ("MUTUAL_RESPONSES", "SUPPORT_CUES"),
            ("NEGATED_STANCES", "RESPONSE_PHRASES"),
            ("NEGATED_STANCES", "STANCE_PHRASES"),
            ("NEUTRAL_CUES", "RESPONSE_CUES"),
            ("OPPOSE_NOUNS", "RESPONSE_NOUNS"),
            ("OUTCOME_VERBS", "RESPONSE_CUES"),
            ("RESPONSE_CUES", "SUPPORT_RESUMPTION_VERBS"),
            ("RESPONSE_NOUNS", "SUPPORT_NOUNS"),
            ("RESPONSE_PHRASES", "STANCE_PHRASES"),
        ],
        "answers are stances: accepting a plan supports it, rejecting opposes, weighing is neutral",
    ),
    **dict.fromkeys(
        [
            ("CALL_CUES", "CONTACT_VERBS"),
            ("CALL_CUES", "LIGHT_VERBS"),
            ("CALL_CUES", "MEETING_INFINITIVES"),
            ("CALL_CUES", "MEETING_WORDS"),
            ("CALL_CUES", "OBJECT_VERBS"),
            ("CALL_CUES", "PARTNER_VERBS"),
            ("CONTACT_VERBS", "LIGHT_VERBS"),
            ("CONTACT_VERBS", "MEETING_INFINITIVES"),
            ("CONTACT_VERBS", "MEETING_WORDS"),
            ("LIGHT_VERBS", "MEETING_INFINITIVES"),
            ("LIGHT_VERBS", "MEETING_WORDS"),
            ("LIGHT_VERBS", "OBJECT_VERBS"),
            ("MEETING_INFINITIVES", "MEETING_WORDS"),
            ("MEETING_INFINITIVES", "OBJECT_VERBS"),
            ("MEETING_INFINITIVES", "PARTNER_VERBS"),
            ("MEETING_WORDS", "OBJECT_VERBS"),
            ("MEETING_WORDS", "PARTNER_VERBS"),
            ("MEETING_WORDS", "SERIES_NOUNS"),
        ],
        "contact words, sorted by what each needs (a partner, an object, a call cue, a future)",
    ),
    **dict.fromkeys(
        [
            ("COMPLEMENT_SCOPES", "PLAN_HALTED_ACTS"),
            ("COMPLEMENT_SCOPES", "PROPOSAL_MODIFIERS"),
            ("COMPLEMENT_SCOPES", "PROPOSAL_NOUNS"),
            ("COMPLEMENT_SCOPES", "SCOPE_DOMAINS"),
            ("COMPLEMENT_SCOPES", "SCOPE_KINDS"),
            ("COMPLEMENT_SCOPES", "SCOPE_MODIFIERS"),
            ("CONDITION_CUES", "PROPOSAL_TERMS_NOUNS"),
            ("PLAN_GENERIC_NOUNS", "PROPOSAL_OFFER_NOUNS"),
            ("PLAN_HALTED_ACTS", "PROPOSAL_MODIFIERS"),
            ("PROPOSAL_MODIFIERS", "PROPOSAL_NOUNS"),
            ("PROPOSAL_MODIFIERS", "SCOPE_DOMAINS"),
            ("PROPOSAL_MODIFIERS", "SCOPE_KINDS"),
            ("PROPOSAL_NOUNS", "PROPOSAL_OFFER_NOUNS"),
            ("PROPOSAL_NOUNS", "SCOPE_KINDS"),
            ("PROPOSAL_OFFER_NOUNS", "PROPOSAL_TERMS_NOUNS"),
            ("SCOPE_DOMAINS", "SCOPE_KINDS"),
            ("SCOPE_KINDS", "SCOPE_MODIFIERS"),
        ],
        "plan words: a kind names a plan, modifies a generic one and completes it; scopes modify",
    ),
    **dict.fromkeys(
        [
            ("CANCELLED_VERBS", "STOP_WORDS"),
            ("HELD_VERBS", "PLAN_HALT_VERBS"),
            ("HELD_VERBS", "STOP_WORDS"),
            ("OPPOSE_HARMS", "PLAN_HALTED_ACTS"),
            ("OPPOSE_HARMS", "PROPOSAL_MODIFIERS"),
            ("PLAN_GENERIC_NOUNS", "PLAN_HALT_VERBS"),
            ("PLAN_GENERIC_NOUNS", "STOP_WORDS"),
            ("PLAN_HALT_VERBS", "PROPOSAL_NOUNS"),
            ("PLAN_HALT_VERBS", "STOP_WORDS"),
            ("PROPOSAL_NOUNS", "STOP_WORDS"),
        ],
        "a halt is a plan noun, a halting verb phrase and a stop word that turns a stance",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_FAILURES", "OPPOSE_OUTCOMES"),
            ("CLAUSE_SPEECH_VERBS", "HELD_VERBS"),
            ("CLAUSE_SPEECH_VERBS", "RESPONSE_CUES"),
            ("HELD_VERBS", "MEETING_INFINITIVES"),
            ("HELD_VERBS", "OPPOSE_OUTCOMES"),
            ("HELD_VERBS", "REPORTING_VERBS"),
            ("HELD_VERBS", "RESPONSE_CUES"),
            ("HELD_VERBS", "SUPPORT_OUTCOMES"),
            ("HELD_VERBS", "SUPPORT_RESUMPTION_VERBS"),
            ("MEETING_INFINITIVES", "PLAN_HALT_VERBS"),
            ("MEETING_INFINITIVES", "SUPPORT_OUTCOMES"),
            ("MEETING_INFINITIVES", "SUPPORT_RESUMPTION_VERBS"),
            ("PLAN_HALT_VERBS", "SUPPORT_OUTCOMES"),
            ("SUPPORT_OUTCOMES", "SUPPORT_RESUMPTION_VERBS"),
        ],
        "what talks and truces do (hold, resume, last, end, collapse) dates a meeting and a hope",
    ),
    **dict.fromkeys(
        [
            ("HELD_VERBS", "RESUMPTION_WORDS"),
            ("MEETING_INFINITIVES", "RESUMPTION_WORDS"),
            ("OFFERED_OUTCOMES", "RESUMPTION_WORDS"),
            ("RESUMPTION_WORDS", "SUPPORT_OUTCOMES"),
            ("CONTINUATION_VERBS", "SUPPORT_OUTCOMES"),
            ("RESUMPTION_WORDS", "SUPPORT_RESUMPTION_VERBS"),
            ("PARTNER_PARTICLES", "RESUMPTION_WORDS"),
            ("RESUMPTION_WORDS", "SUBJECT_GAP_WORDS"),
        ],
        "'resume' and 'again' date and place a meeting and a hope; said of talks already"
        " reported they also make the sitting a new one",
    ),
    **dict.fromkeys(
        [
            ("BRIEFING_VERBS", "CONTACT_VERBS"),
            ("BRIEFING_VERBS", "OBJECT_VERBS"),
            ("BRIEFING_VERBS", "REPORTING_VERBS"),
            ("CONTACT_VERBS", "REPORTING_VERBS"),
            ("OBJECT_VERBS", "REPORTING_VERBS"),
        ],
        "'brief' reports what its speaker said and, with people or a state as its object,"
        " is also a contact with them",
    ),
    **dict.fromkeys(
        [
            ("HELD_VERBS", "OFFER_ADJECTIVES"),
            ("HELD_VERBS", "READINESS_ADJECTIVES"),
            ("HELD_VERBS", "VERDICT_HEADS"),
        ],
        "homographs: 'opened' and 'started' are what talks did, 'open to' is readiness and 'a"
        " start' a verdict",
    ),
    **dict.fromkeys(
        [
            ("DAY_WORDS", "PLANNED_CUES"),
            ("DAY_WORDS", "SAME_DAY_WORDS"),
            ("DAY_WORDS", "SUBJECT_GAP_WORDS"),
        ],
        "a relative day dates or times a meeting and may stand between subject and verb; with"
        " a possessive it owns the event ('yesterday's call')",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "OFFER_ADJECTIVES"),
            ("OFFER_ADJECTIVES", "READINESS_ADJECTIVES"),
            ("OFFER_ADJECTIVES", "READY_FOR_ACTS"),
            ("OFFER_ADJECTIVES", "SUPPORT_CUES"),
        ],
        "readiness answers a plan and backs it as a stance, and before a plan act the act;"
        " before a contact word it offers the contact rather than arranging it",
    ),
    **dict.fromkeys(
        [
            ("HELD_CUES", "NEW_EVENT_MODIFIERS"),
            ("HELD_VERBS", "NEW_EVENT_MODIFIERS"),
            ("NEW_EVENT_MODIFIERS", "SUBJECT_GAP_WORDS"),
            ("NEW_EVENT_MODIFIERS", "SUPPORT_OUTCOMES"),
        ],
        "homographs: 'last' the adjective puts a meeting in the past and makes 'the last round'"
        " an earlier one; 'last' the verb is what talks and truces do",
    ),
    **dict.fromkeys(
        [
            ("CONTACT_VERBS", "TRIP_VERBS"),
            ("MEETING_INFINITIVES", "TRIP_VERBS"),
        ],
        "a trip to a party is a visit, and after 'to' it puts the visit ahead; a subset needing"
        " its destination",
    ),
    **dict.fromkeys(
        [
            ("PARTNER_PARTICLES", "TRIP_PARTICLES"),
            ("RESUMPTION_WORDS", "TRIP_PARTICLES"),
            ("SUBJECT_GAP_WORDS", "TRIP_PARTICLES"),
        ],
        "adverbs of sequence ('again', 'then', 'later') sit between a verb and its phrase, and"
        " 'again' also makes a sitting new",
    ),
    **dict.fromkeys(
        [
            ("CONTACT_VERBS", "REACTION_PASSIVES"),
            ("MEETING_INFINITIVES", "REACTION_PASSIVES"),
        ],
        "'meet' is a contact, except in the passive before 'with', where it is a reaction",
    ),
    **dict.fromkeys(
        [
            ("NEGOTIATION_SIDE_NOUNS", "ORGAN_NOUNS"),
            ("NEGOTIATION_SIDE_NOUNS", "VISITOR_NOUNS"),
        ],
        "a delegation speaks for its side and visits as a guest; 'both delegations' are the"
        " negotiation's two sides",
    ),
    **dict.fromkeys(
        [
            ("BROADCAST_NOUNS", "SPEECH_NOUNS"),
        ],
        "a stated or broadcast text: 'statement' is speech when read out, a broadcast when aired",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "SUPPORT_HOPE_VERBS"),
        ],
        "'wish' governs an answer ('wished to sign') and voices a hope ('wished it would hold')",
    ),
    **dict.fromkeys(
        [
            ("JOINT_DETERMINERS", "NUMBER_WORDS"),
        ],
        "'two' is a count of sides ('the two leaders') and a number in a duration ('two weeks')",
    ),
    **dict.fromkeys(
        [
            ("PLAN_GENERIC_NOUNS", "VERDICT_HEADS"),
            ("PROPOSAL_NOUNS", "VERDICT_HEADS"),
            ("PROPOSAL_OFFER_NOUNS", "VERDICT_HEADS"),
        ],
        "a verdict qualifies a plan noun and still judges the plan ('a welcome initiative')",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "PROPOSAL_TERMS_NOUNS"),
            ("ADVOCACY_CUES", "SUPPORT_GOAL_NOUNS"),
            ("ANSWER_GOVERNORS", "PLANNED_VERBS"),
            ("ANSWER_GOVERNORS", "PLAN_GENERIC_NOUNS"),
            ("ANSWER_GOVERNORS", "PROPOSAL_NOUNS"),
            ("ANSWER_GOVERNORS", "PROPOSAL_OFFER_NOUNS"),
            ("ANSWER_GOVERNORS", "VERDICT_HEADS"),
            ("BROADCAST_NOUNS", "PLAN_URGING_VERBS"),
            ("BROADCAST_NOUNS", "REPORTING_VERBS"),
            ("INFERENCE_VERBS", "VERDICT_HEADS"),
            ("JOINT_NOUNS", "REPORTING_VERBS"),
            ("LIGHT_VERBS", "PLANNED_CUES"),
            ("LIGHT_VERBS", "PROPOSAL_OFFER_NOUNS"),
            ("LIGHT_VERBS", "PROPOSAL_TERMS_NOUNS"),
            ("LIGHT_VERBS", "VERDICT_HEADS"),
            ("MUTUAL_RESPONSES", "OPPOSE_HARMS"),
            ("MUTUAL_RESPONSES", "PROPOSAL_MODIFIERS"),
            ("MUTUAL_RESPONSES", "VERB_LEMMAS_NOT_BARE"),
            ("MUTUAL_RESPONSES", "VERDICT_HEADS"),
            ("OPPOSE_HARMS", "RESPONSE_CUES"),
            ("OPPOSE_HARMS", "VERB_LEMMAS_NOT_BARE"),
            ("PLANNED_VERBS", "PLAN_GENERIC_NOUNS"),
            ("PLANNED_VERBS", "PROPOSAL_NOUNS"),
            ("PLANNED_VERBS", "PROPOSAL_OFFER_NOUNS"),
            ("PROPOSAL_MODIFIERS", "RESPONSE_CUES"),
            ("PROPOSAL_MODIFIERS", "TITLE_HEADS"),
            ("PROPOSAL_MODIFIERS", "TITLE_WORDS"),
            ("PROPOSAL_MODIFIERS", "VERB_LEMMAS_NOT_BARE"),
            ("PROPOSAL_MODIFIERS", "WITHHELD_ANSWER"),
            ("PROPOSAL_OFFER_NOUNS", "PROPOSER_VERBS"),
            ("PROPOSAL_TERMS_NOUNS", "PROPOSER_VERBS"),
            ("PROPOSAL_TERMS_NOUNS", "REPORTING_VERBS"),
            ("PROPOSER_VERBS", "VERB_LEMMAS_NOT_BARE"),
            ("REPORTING_VERBS", "SPEECH_NOUNS"),
            ("REPORTING_VERBS", "VERDICT_HEADS"),
            ("RESPONSE_CUES", "VERB_LEMMAS_NOT_BARE"),
            ("RESPONSE_CUES", "VERDICT_HEADS"),
            ("SCOPE_FULL", "TITLE_HEADS"),
            ("SCOPE_FULL", "TITLE_WORDS"),
        ],
        "homographs ('plan', 'strike', 'signal', 'general'): each list, one part of speech",
    ),
    **dict.fromkeys(
        [
            ("DURATION_DAYS", "PERIOD_UNITS"),
            ("DURATION_DAYS", "SUBJECT_GAP_WORDS"),
            ("HELD_CUES", "HELD_VERBS"),
            ("HELD_CUES", "SUBJECT_GAP_WORDS"),
            ("HELD_CUES", "SUPPORT_OUTCOMES"),
            ("HELD_VERBS", "SUBJECT_GAP_WORDS"),
            ("NEW_EVENT_MODIFIERS", "PLANNED_CUES"),
            ("NEW_EVENT_MODIFIERS", "PLAN_NEW_MODIFIERS"),
            ("NEW_EVENT_MODIFIERS", "QUALIFYING_CUES"),
            ("PLANNED_CUES", "QUALIFYING_CUES"),
            ("PARTNER_PARTICLES", "SUBJECT_GAP_WORDS"),
            ("PERIOD_UNITS", "SUBJECT_GAP_WORDS"),
            ("PLAN_HALT_FILLERS", "SUBJECT_GAP_WORDS"),
            ("SAME_DAY_WORDS", "SUBJECT_GAP_WORDS"),
            ("SUBJECT_GAP_WORDS", "SUPPORT_OUTCOMES"),
        ],
        "time words: adverbs between a subject and its verb also date a meeting or a plan",
    ),
    **dict.fromkeys(
        [
            ("GOVERNING_ORGANS", "JOINT_NOUNS"),
            ("GOVERNING_ORGANS", "ORGAN_NOUNS"),
            ("GOVERNING_ORGANS", "STATE_ORGANS"),
        ],
        "the governing organs are those state organs that stand for the whole state whatever"
        " modifies them ('the interim government')",
    ),
    ("CONDITION_NOUNS", "PROPOSAL_TERMS_NOUNS"): "a condition owned by a side is terms it"
    " sets; one said by a speaker with no owner is the speaker's condition",
    **dict.fromkeys(
        [("PLAN_ACT_NOUNS", "PLAN_GENERIC_NOUNS"), ("PLAN_ACT_NOUNS", "PROPOSAL_NOUNS")],
        "the act nouns are those plan nouns whose possessor does the act rather than propose it",
    ),
    **dict.fromkeys(
        [("PROPOSAL_MODIFIERS", "SCOPE_LASTING"), ("PROPOSAL_MODIFIERS", "SCOPE_PASSING")],
        "how long a plan holds is part of its wording and tells a lasting plan from a passing one",
    ),
    **dict.fromkeys(
        [
            ("EMPHASIS_INFERENCE_VERBS", "INFERENCE_VERBS"),
            ("EMPHASIS_INFERENCE_VERBS", "LIGHT_VERBS"),
            ("EMPHASIS_INFERENCE_VERBS", "REPORTING_VERBS"),
        ],
        "the verbs of inference that are verbs of emphasis too: with a side as subject and a"
        " noun object they report speech ('the envoy underlined the importance of…')",
    ),
    ("INFERENCE_VERBS", "PLAN_CLAUSE_VERBS"): "'suggested that the mood was changing' infers;"
    " 'suggested that the captives be freed' proposes, told apart by the clause's verb",
    ("PLAN_CLAUSE_VERBS", "PROPOSER_VERBS"): "the proposing verbs whose 'that' clause,"
    " infinitive or -ing object states the plan itself, not only put a named plan forward",
    ("ANSWER_GOVERNORS", "PLAN_CLAUSE_VERBS"): "'offered to accept' answers through its"
    " infinitive; 'offered to host talks' states a plan in it",
    **dict.fromkeys(
        [
            ("PLAN_CLAUSE_VERBS", "PLAN_GENERIC_NOUNS"),
            ("PLAN_CLAUSE_VERBS", "PROPOSAL_NOUNS"),
            ("PLAN_GENERIC_NOUNS", "PROPOSER_VERBS"),
            ("PROPOSAL_NOUNS", "PROPOSER_VERBS"),
        ],
        "homographs: 'offered a truce' puts a plan forward, 'an offer the rebels turned down'"
        " names one",
    ),
    **dict.fromkeys(
        [
            ("BODY_LEADING_VERBS", "TITLE_HEADS"),
            ("BODY_LEADING_VERBS", "TITLE_MODIFIERS"),
            ("BODY_LEADING_VERBS", "TITLE_WORDS"),
        ],
        "homographs: 'who heads the committee' leads a body, 'the head of the committee' is a post",
    ),
    ("PLAN_CLAUSE_VERBS", "PROPOSAL_OFFER_NOUNS"): "homographs: 'offered to host talks' states"
    " a plan in its infinitive, 'an offer of talks' names it",
    ("PLAN_CLAUSE_VERBS", "REPORTING_VERBS"): "a proposing verb reports what its subject said"
    " and, with a bare or modal 'that' clause, puts that clause forward as a plan",
    **dict.fromkeys(
        [("PLAN_BODY_NOUNS", "PLAN_GENERIC_NOUNS"), ("PLAN_BODY_NOUNS", "PROPOSAL_NOUNS")],
        "the body nouns are those plan nouns that name a body to be set up, not the plan it serves",
    ),
    ("COMPLEMENT_SCOPES", "FORCE_NOUNS"): "forces are what a withdrawal moves ('withdrawal of"
    " forces') and, owned by a commander, the side that answers ('his forces accepted')",
    ("ANSWER_GOVERNORS", "READINESS_ADJECTIVES"): "'ready' governs an answer in its"
    " infinitive ('ready to sign') and answers a plan after 'for' ('ready for a truce')",
    ("READINESS_ADJECTIVES", "SUPPORT_CUES"): "readiness for a plan accepts it as a proposal's"
    " answer and backs it as a stance",
    ("COMMITMENT_ADJECTIVES", "DISPOSITION_ADJECTIVES"): "'committed to' a plan on the table"
    " accepts it as a proposal's answer, and in a reported clause states the speaker's stance",
    ("OPPOSE_NOUNS", "OUT_OF_OFFICE_WORDS"): "'the opposition' opposes a plan, and 'the"
    " opposition Sudanese lawmaker' is not the one in office",
    **dict.fromkeys(
        [
            ("ORGAN_NOUNS", "STATE_ORGAN_NAME_HEADS"),
            ("STATE_ORGANS", "STATE_ORGAN_NAME_HEADS"),
            ("STATE_ORGAN_NAME_HEADS", "TITLE_MODIFIERS"),
            ("STATE_ORGAN_NAME_HEADS", "TITLE_WORDS"),
        ],
        "a ministry or a command is a state's organ and a title's word; only as the head of an"
        " official name may it hold capitalised words of its own after the state",
    ),
    ("OUT_OF_OFFICE_WORDS", "TENURE_WORDS"): "'former' is both part of a title before a name"
    " and, before a described role, a sign that someone out of office is meant",
    ("ROLE_TAKING_PARTICIPLES", "TENURE_WORDS"): "'acting' before a title marks a caretaker"
    " ('acting president'); before 'as' it links actors to their role ('acting as mediators')",
    ("CONDITION_CUES", "CONDITION_NOUNS"): "a condition word anywhere makes an answer"
    " conditional; before 'for' and a plan it is an answer itself",
    ("DESCRIPTIVE_NOUNS", "STATE_FORMS"): "a state's form names the state before its name"
    " ('the Kingdom of X') and alone ('the kingdom backed it')",
    ("PROPOSER_VERBS", "SUPPORT_SPONSOR_VERBS"): "funding a plan puts it forward and backs it:"
    " proposals read its proposer, positions its stance",
    ("LEMMA_FIXES", "SUPPORT_CUES"): "'interested' keeps its adjective as its lemma so that it"
    " is the stance word itself",
    ("LEAD_OPENERS", "LEMMA_FIXES"): "'according' keeps its own lemma: it opens a source"
    " phrase, and read as 'accord' it would name a plan",
    **dict.fromkeys(
        [("LIGHT_VERBS", "PROPOSER_PHRASALS"), ("PLANNED_CUES", "PROPOSER_PHRASALS")],
        "'set out' or 'laid out' a plan proposes it; alone 'set' dates a meeting and 'lay'"
        " carries a stance noun",
    ),
    **dict.fromkeys(
        [
            ("CONTACT_VERBS", "SUPPORT_PARTICIPATION_VERBS"),
            ("HELD_VERBS", "SUPPORT_PARTICIPATION_VERBS"),
            ("MEETING_INFINITIVES", "SUPPORT_PARTICIPATION_VERBS"),
            ("MUTUAL_RESPONSES", "SUPPORT_PARTICIPATION_VERBS"),
            ("OBJECT_VERBS", "SUPPORT_PARTICIPATION_VERBS"),
            ("RESPONSE_CUES", "SUPPORT_PARTICIPATION_VERBS"),
        ],
        "attending, hosting or signing is a meeting or an answer as an event; promised or"
        " offered ('would attend', 'offered to host') it is also a stance on what is attended",
    ),
    **dict.fromkeys(
        [
            ("HELD_VERBS", "OFFERED_OUTCOMES"),
            ("MEETING_INFINITIVES", "OFFERED_OUTCOMES"),
            ("OFFERED_OUTCOMES", "SUPPORT_OUTCOMES"),
            ("OFFERED_OUTCOMES", "SUPPORT_RESUMPTION_VERBS"),
            ("PROMISED_OUTCOMES", "SUPPORT_OUTCOMES"),
        ],
        "an issue that begins, resumes or proceeds: said of a meeting it dates it, hoped for"
        " or resumed by a side it backs it, promised by its speaker it is his stance",
    ),
    ("NEGATED_AUXILIARIES", "NEGATIONS"): "a contracted negation ('won't', 'doesn't') negates"
    " and is the auxiliary as well",
    ("OFFERED_OUTCOMES", "PLAN_HALT_VERBS"): "'hold' with a hostile act as object halts it"
    " ('would hold fire'); said of a truce under a condition it offers the truce ('the truce"
    " will hold as long as they keep their side')",
    ("OFFERED_OUTCOMES", "VERDICT_HEADS"): "homographs: 'start' the verb begins, 'a start' the"
    " noun is what a verdict may qualify",
    ("SUPPORT_PARTICIPATION_VERBS", "VERDICT_HEADS"): "homographs: 'sign' the verb takes part,"
    " 'a sign' the noun is what a verdict may qualify",
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "OPEN_ISSUE_NOUNS"),
            ("OPEN_ISSUE_NOUNS", "PLAN_CLAUSE_VERBS"),
            ("OPEN_ISSUE_NOUNS", "PROPOSER_VERBS"),
        ],
        "homographs: 'offered to host' and 'drafted a plan' are verbs of answering and"
        " proposing, 'the offer' and 'the draft' are nouns a stance may take up",
    ),
    **dict.fromkeys(
        [
            ("OPEN_ISSUE_NOUNS", "PLAN_GENERIC_NOUNS"),
            ("OPEN_ISSUE_NOUNS", "PROPOSAL_NOUNS"),
            ("OPEN_ISSUE_NOUNS", "PROPOSAL_OFFER_NOUNS"),
        ],
        "an offer is what a side puts on the table and, once there, a thing others take a"
        " stance on",
    ),
    **dict.fromkeys(
        [
            ("ADVOCACY_CUES", "OPEN_ISSUE_NOUNS"),
            ("DEMAND_VERBS", "OPEN_ISSUE_NOUNS"),
            ("OPEN_ISSUE_NOUNS", "PROPOSAL_TERMS_NOUNS"),
        ],
        "homographs: 'demanded a pullback' asks for it and 'its demands for the truce' set its"
        " terms, while 'rejected the demand' takes a stance on what another side asks",
    ),
    ("FUTURE_ADVERBS", "SOON_CONDITION"): "'soon' between a modal and its verb times what is"
    " said; in 'as soon as' it opens a condition",
    ("CONDITION_CUES", "STANCE_CONDITION_OPENERS"): "'provided' anywhere makes an answer"
    " conditional, and after a stance's issue it opens the condition that stance is held on",
    **dict.fromkeys(
        [("COMPLEMENT_SCOPES", "OPEN_ISSUE_NOUNS"), ("FORCE_NOUNS", "OPEN_ISSUE_NOUNS")],
        "troops are an army that acts and what a withdrawal moves, and foreign troops a plan"
        " would station are a thing sides take a stance on",
    ),
    **dict.fromkeys(
        [
            ("ANSWER_GOVERNORS", "READY_FOR_ACTS"),
            ("READINESS_ADJECTIVES", "READY_FOR_ACTS"),
            ("READY_FOR_ACTS", "SUPPORT_CUES"),
        ],
        "readiness answers a plan and backs an issue, and before 'to' and a plan word used as"
        " a verb ('ready to swap') it backs that act as a thing on the table",
    ),
    **dict.fromkeys(
        [("ARMED_ORGANS", "FORCE_NOUNS"), ("ARMED_ORGANS", "COMPLEMENT_SCOPES")],
        "'forces' after a commander's pronoun are his side's, after a state's name its armed"
        " organ that speaks, and what a withdrawal moves",
    ),
    ("FORMAL_NAME_LINKS", "JOINT_NOUNS"): "'the two states' are the sides, 'the State of"
    " Qatar' one state's formal name",
    ("FORMAL_NAME_LINKS", "REPORTING_VERBS"): "'to state' reports speech; 'the State of"
    " Qatar' is a state's formal name",
    ("ARMED_ORGANS", "JOINT_NOUNS"): "'the two armies' are the two sides; 'Sudan's army' is"
    " one state's organ",
    **dict.fromkeys(
        [("MEDIATOR_NOUNS", "ORGAN_NOUNS"), ("MEDIATOR_NOUNS", "VISITOR_NOUNS")],
        "'Qatari mediators' speak for their state or visit with it, and 'the mediators' are"
        " the mediators the article names",
    ),
    ("MEDIATION_VERBS", "PROPOSER_VERBS"): "a side that brokers a deal puts it forward, and"
    " talks 'mediated by' X name X as their mediator",
    **dict.fromkeys(
        [
            ("CONTACT_VERBS", "MEDIATION_VERBS"),
            ("MEDIATION_VERBS", "MEETING_INFINITIVES"),
            ("MEDIATION_VERBS", "OBJECT_VERBS"),
            ("MEDIATION_VERBS", "SUPPORT_PARTICIPATION_VERBS"),
        ],
        "hosting is a contact and an offer to take part, and the host named in 'talks hosted"
        " by X' is one of the go-betweens 'the mediators' refers back to",
    ),
    ("CALL_CUES", "OPEN_ISSUE_NOUNS"): "a hotline carries calls between sides, and setting one up"
    " is a measure a side may back",
    ("OPEN_ISSUE_NOUNS", "VERDICT_HEADS"): "'a welcome measure' is what a verdict qualifies,"
    " 'the measures' a thing a stance may take up",
    ("PARTNER_NOUNS", "SIDE_COUNT_ADJECTIVES"): "'a bilateral with X' is a meeting noun, and"
    " 'a bilateral meeting' counts the sides already reported",
    ("APPEARANCE_PREPOSITIONS", "COMITATIVE_GAPS"): "'alongside' joins a co-subject to the"
    " subject, and after a speech verb ('speaking alongside X') a person met on the stage",
    **dict.fromkeys(
        [
            ("CONTACT_SUPPORT_VERBS", "HELD_VERBS"),
            ("CONTACT_SUPPORT_VERBS", "MEETING_INFINITIVES"),
            ("CONTACT_SUPPORT_VERBS", "OFFERED_OUTCOMES"),
            ("CONTACT_SUPPORT_VERBS", "PLAN_HALT_VERBS"),
            ("CONTACT_SUPPORT_VERBS", "SUPPORT_OUTCOMES"),
        ],
        "'hold' takes a contact noun as its act ('held talks'), and elsewhere tells a meeting"
        " held or planned, a truce that lasts, or a halt ('hold fire')",
    ),
    **dict.fromkeys(
        [
            ("PERSON_ROLE_NOUNS", "SERVING_OFFICES"),
            ("ROLE_ANAPHORS", "SERVING_OFFICES"),
            ("ROLE_SYNONYMS", "SERVING_OFFICES"),
            ("SERVING_OFFICES", "SIDE_MEMBER_NOUNS"),
            ("SERVING_OFFICES", "TITLE_HEADS"),
            ("SERVING_OFFICES", "TITLE_WORDS"),
            ("SERVING_OFFICES", "VISITOR_NOUNS"),
        ],
        "an envoy's or ambassador's office is a title and a role like any other; only where"
        " it leads through 'to' or 'for' to a side does it serve that side, not belong to it",
    ),
    ("JOINT_NOUNS", "SIDE_MEMBER_NOUNS"): "'its three members urged' are the members a"
    " group listed before, while 'members of both delegations' are people the sides send",
    ("PUBLISHING_VERBS", "REPORTING_VERBS"): "'posted on X that…' reports speech, and 'a"
    " statement posted on X' only says where the text was put out",
    ("PUBLISHING_VERBS", "SPEECH_NOUNS"): "'post' is the verb of putting a text out and the"
    " text itself ('the post said')",
    ("RAISING_PASSIVES", "REPORTING_VERBS"): "'X is reported to have said' hands the verb"
    " after 'to have' to X, while the active forms report speech themselves",
    **dict.fromkeys(
        [
            ("DESCRIBED_ROLE_OFFICES", "ROLE_ANAPHORS"),
            ("DESCRIBED_ROLE_OFFICES", "ROLE_SYNONYMS"),
            ("DESCRIBED_ROLE_OFFICES", "TITLE_HEADS"),
            ("DESCRIBED_ROLE_OFFICES", "TITLE_WORDS"),
        ],
        "a role noun a nationality may describe is a role noun like the others, with offices"
        " of its own beyond its synonyms",
    ),
    **dict.fromkeys(
        [
            ("APPEARANCE_VERBS", "CALL_CUES"),
            ("APPEARANCE_VERBS", "CONTACT_VERBS"),
            ("APPEARANCE_VERBS", "MEETING_INFINITIVES"),
            ("APPEARANCE_VERBS", "PARTNER_VERBS"),
        ],
        "speaking is a contact with a partner, and beside a person on a stage a joint appearance",
    ),
}

"""Find actor mentions: registry aliases, plus people introduced by a title or apposition."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

import simplemma

from .lexicon import (
    ACRONYM_FILLERS,
    ALL_PREPOSITIONS,
    APPOSITION_OPENERS,
    BODY_HEADS,
    BODY_NAME_WORDS,
    BODY_SEAT_LINKS,
    COMMON_BODY_HEADS,
    CONJUNCT_GAPS,
    DESCRIPTIVE_NOUNS,
    FUNCTION_WORDS,
    GENDER_PRONOUNS,
    HAVE_FORMS,
    HONORIFIC_ABBREVIATIONS,
    HONORIFIC_ANAPHORS,
    HONORIFIC_MODIFIERS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    LEAD_ADVERBS,
    LEMMA_FIXES,
    MEDIA_HEADS,
    MONTH_ABBREVIATIONS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NOT_NAMES,
    PARTNER_NAME_OPENERS,
    PARTNER_VERBS,
    PERSON_OBJECT_VERBS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PERSON_SUBJECT_VERBS,
    PERSONAL_POSSESSIVES,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    REJECTION_SPEECH_VERBS,
    RELATIVES,
    REPORTING_VERBS,
    SERVED_POST_LINKS,
    SERVING_OFFICES,
    STATE_ORGAN_ACRONYMS,
    SUBJECT_GAP_WORDS,
    TITLE_GIVEN_NAME_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_POST_FILLERS,
    TITLE_POST_LINKS,
    TITLE_WORDS,
)
from .registry import Registry, RegistryActor, alias_key

# The first two branches cut words that bad HTML glued together ("ceasefireSaturday",
# "talks.The"): a lower-case word of three letters or more never runs on into a capital.
# Each pattern keeps its tokens as a group, so splitting the text by it alternates the gaps
# and the words, and the words' offsets are the running sum of the pieces' lengths.
# A word never gives back letters once matched, so possessive repeats (++, *+) match the same
# tokens and spare the regex engine its backtracking bookkeeping.
_GLUED_TOKEN = re.compile(
    r"([a-z]{3,}(?=[A-Z][a-z])|[^\W_]*[a-z]{2}(?=\.[A-Z][a-z])|[^\W_]++(?:[-.'’][^\W_]++)*+\.?)"
)
_TOKEN = re.compile(r"([^\W_]++(?:[-.'’][^\W_]++)*+\.?)")
# Where nothing is glued, the plain pattern gives the same tokens at a fraction of the cost.
# Glued is "[a-z]{2}[a-z.][A-Z][a-z]", written capital first: the scan then stops only at
# capitals, not at every lower-case letter, and takes half the time.
_GLUED = re.compile(r"[A-Z](?<=[a-z]{2}[a-z.][A-Z])[a-z]")
# A surname whose particle keeps its lower case mid-sentence: "al-Sharaa", "el-Sisi".
_PARTICLE_SURNAME = re.compile(r"[a-z]{1,3}-[A-Z]")
# What stands between two sentences or paragraphs.
_SENTENCE_GAP = re.compile(r"[.!?\n]")
_LEAD_IN_WORDS = 10  # words of an adverbial lead-in before a sentence's subject
_APPOSITION_REACH = 24  # words an apposition between a name and its verb may run to
# An organisation's acronym: "KLF", "SPLM-IO", "M23" is no acronym but a name of its own.
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:[-/][A-Z]{1,4})?")
_NOT_ACRONYMS = NOT_NAMES | STATE_ORGAN_ACRONYMS | HONORIFIC_ABBREVIATIONS
# The long form before an acronym's brackets: capitalised words and the fillers between them.
_SPELLED_OUT = r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|{})){{1,8}}".format(
    "|".join(sorted(ACRONYM_FILLERS))
)
_LONGEST_NAME = 4  # name words, particles aside, of the longest names ("Hamid bin Salim Al Rawahi")
# Words of an honorific before a name: "His Royal Highness", "Her Excellency".
_HONORIFIC_WORDS = HONORIFIC_ANAPHORS | HONORIFIC_MODIFIERS
_ABBREVIATION_LETTERS = 4  # "Gen.", "Brig.", "Col.": a longer title is spelled out
# What stands between two words of one phrase: nothing, or a possessive's mark.
_POSSESSIVE_GAPS = frozenset({"", "'s", "’s", "'", "’"})
_DESCRIPTION_REACH = 6  # words into an apposition its person noun may stand
_DESCRIBED_HEAD_REACH = 5  # words from "The" to the title in "The 68-year-old chief of…"
# Words from a verb of contact to its partner's preposition ("spoke by phone with").
_PARTNER_REACH = 5
_PRONOUN_REACH = 60  # words after such a description in which "he" or "she" must follow
_LISTED_GROUP_MEMBERS = 2  # states a named group must list to be one ("the Troika of A, B and C")
_LIST_WORDS = frozenset({"the", "and"})  # words between the states of a list
_DESCRIBED_POST_REACH = 8  # words of a post in common words ("head of the army's legal team")
# A transcript's speaker label, a name in capitals opening a line before a quotation:
# "JANE DOE (archive clip): \"…\"".
_CAPITALS_LABEL = re.compile(
    r"^((?:[A-Z][A-Z'’.-]+ ){1,3}[A-Z][A-Z'’.-]+)(?: \([^)\n]{0,80}\))?:\s*[\"“]", re.M
)
# A transcript's label of a role with its holder's name in capitals in the aside:
# "ANCHOR (JANE DOE): Good evening.", "CORRESPONDENT (JOHN ROE): …".
_ROLE_LABEL = re.compile(r"^[A-Z]{3,20} \(((?:[A-Z][A-Z'’.-]+ ){1,2}[A-Z][A-Z'’.-]+)\):\s", re.M)

# A wire dateline opening a line, the place the story was filed from in capitals, perhaps
# with its country, a date and the agency, before a dash: "MUSCAT — ", "JUBA, South Sudan
# (Wire) — ", "PORT SUDAN, Nov 5 (Agency) - ". The place is where the reporter was, and no
# actor takes part there.
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][A-Z'’.-]+ ){0,3}[A-Z][A-Z'’.-]+(?:, [A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,2})*"
    # or places in title case joined by slashes, as a release filed from two cities has them
    r"|[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?(?:/[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?)+)"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)\n]{1,40}\))?[ \t]+[-–—]{1,2}[ \t]",
    re.M,
)


def dateline_place(text: str) -> str | None:
    """The place a wire dateline opening the story names ("PORT SUDAN, Nov 5 (Agency) - ")."""
    dateline = _DATELINE.match(text)
    if dateline is None:
        return None
    return re.split(r"[,(]|\s[-–—]", dateline.group(0), maxsplit=1)[0].strip()


# A transcript's turn, a name opening a line before its speaker's words ("MARÍA LÓPEZ: We
# will…", "María López: We will…"); capitals are checked after the match, for accents.
_TURN_LABEL = re.compile(r"^([^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){0,2}):[ \t]+\w", re.M)
# Words before a surname that belong to no given name: titles and honorifics.
_NOT_GIVEN = TITLE_WORDS | HONORIFICS


class Token(NamedTuple):
    """A word with its offsets; a tuple because an article makes thousands of them."""

    text: str
    start: int
    end: int
    possessive: bool = False
    lower: str = ""  # lower case without a trailing full stop, for word-list look-ups
    lemma: str = ""  # the dictionary form of `lower` ("told" -> "tell"), for word classes
    key: str = ""  # the registry's alias key of `text`, for name look-ups


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor."""

    actor: RegistryActor
    surface: str
    start: int
    end: int
    possessive: bool = False


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; a possessive "'s" is cut off and remembered."""
    pieces = (_GLUED_TOKEN if _GLUED.search(text) else _TOKEN).split(text)
    if len(pieces) == 1:
        return []
    # Whole-list operations instead of a loop: thousands of tokens per article.
    # Each piece ends where the next begins; the words are the odd pieces.
    starts = list(accumulate(map(len, pieces[:-1])))[::2]
    words, possessives, lowers, lemmas, keys = zip(*map(_word_forms, pieces[1::2]), strict=True)
    ends = map(add, starts, map(len, words))
    forms = zip(words, starts, ends, possessives, lowers, lemmas, keys, strict=True)
    # tuple.__new__ skips the keyword handling of Token(...), which shows at thousands per article.
    return list(map(tuple.__new__, repeat(Token), forms))


# Words recur within and across articles, so each surface form is analysed once.
@lru_cache(maxsize=200_000)
def _word_forms(word: str) -> tuple[str, bool, str, str, str]:
    """A matched word as (text, possessive, lower, lemma, key); the text may be cut short."""
    # A trailing full stop belongs to the token only for initials and abbreviations.
    if word[-1] == "." and len(word) > 3 and "." not in word[:-1]:
        word = word[:-1]
    # Apostrophes only join word characters, so "'s" is the one possessive ending left.
    possessive = len(word) > 2 and word[-1] == "s" and word[-2] in "'’"
    if possessive:
        word = word[:-2]
    lower = word.lower().rstrip(".")
    return word, possessive, lower, lemma_of(lower), alias_key(word)


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The dictionary form of a lower-case word ("told" -> "tell", "talks" -> "talk"), from
    simplemma's English dictionary; an unknown word is its own lemma."""
    return LEMMA_FIXES.get(word) or simplemma.lemmatize(word, lang="en")


def is_age(token: Token) -> bool:
    """Whether a word set off by commas after a name can be the person's age ("X, 64, said")."""
    return token.text.isdigit() and len(token.text) <= 3


def is_ing_form(word: str, lemma: str) -> bool:
    """Whether a word is the -ing form of a verb ("holding"), not a noun ("morning")."""
    return word.endswith("ing") and word != lemma


# Names are looked for around every cue word, and their words recur.
@lru_cache(maxsize=200_000)
def _is_name_word(word: str) -> bool:
    if word.lower() in NAME_PARTICLES:
        return True
    # "al-Qudra", "ad-Din": a particle joined to a capitalised surname.
    particle, _, rest = word.partition("-")
    if particle.lower() in NAME_PREFIXES and rest[:1].isupper():
        return True
    if word.endswith(".") and word[:-1] in MONTH_ABBREVIATIONS:
        return False
    return word[:1].isupper() and word.rstrip(".") not in NOT_NAMES and word[:1].isalpha()


def _is_verb(token: Token, verbs: frozenset[str]) -> bool:
    return token.lemma in verbs or token.lower in verbs


def discover_people(text: str, tokens: list[Token], registry: Registry) -> list[RegistryActor]:
    """People the registry does not know, named after a title or before a reporting verb,
    and the outlets this article cites as the source of a report."""
    found: dict[str, RegistryActor] = {}
    cues = [i for i, t in enumerate(tokens) if t.lower in _CUES or t.lemma in _VERB_CUES]
    for i in cues:
        _add_new(found, _person_at_cue(text, tokens, i, registry))
    for i in [i for i, t in enumerate(tokens) if i > 0 and _takes_person_subject(tokens, i)]:
        person = _subject_person(text, tokens, i, registry, opens_sentence=True)
        if person is not None and BODY_NAME_WORDS.isdisjoint(person.name.split()):
            _add_new(found, person)
    for i in [i for i, t in enumerate(tokens) if t.lemma in PARTNER_VERBS]:
        _add_new(found, _partner_person(text, tokens, i, registry))
    for person in _labelled_people(text, registry):
        found.setdefault(person.name, person)
    known = {alias_key(w) for p in found.values() for w in (p.name, *p.aliases)}
    for person in _turn_label_people(text, registry, known):
        found.setdefault(person.name, person)
    for actor in _headed_actors(text, tokens, registry):
        found.setdefault(actor.name, actor)
    for i in [i for i, t in enumerate(tokens) if i > 0 and t.lower == "the"]:
        if (person := _person_described_next(text, tokens, i, registry)) is not None:
            found.setdefault(person.name, person)
    for person in _people_taken_up(text, tokens, registry):
        found.setdefault(person.name, person)
    # Acronyms last: the bodies found above may spell them out ("the X Army, or XA").
    known = {alias_key(w) for p in found.values() for w in (p.name, *p.aliases)}
    reports = [i for i in cues if i > 0 and _is_verb(tokens[i], REPORTING_VERBS)]
    for i in reports:
        body = _acronym_subject(text, tokens, i, registry)
        if body is not None and not {alias_key(w) for w in (body.name, *body.aliases)} & known:
            found.setdefault(body.name, body)
    return _merged_short_forms(list(found.values()))


def _add_new(found: dict[str, RegistryActor], person: RegistryActor | None) -> None:
    """Keep a person found at a cue, unless found already or the end of a name found before."""
    if person and person.name not in found and not _ends_a_name(person, found):
        found[person.name] = person


def _person_at_cue(text: str, tokens: list[Token], i: int, registry: Registry):
    """The person or outlet a cue word at i names: after a title, as the object or subject of a
    verb, in apposition, quoted, or as the source of a report."""
    token = tokens[i]
    if token.lower in TITLE_HEADS and not _is_clock_time(tokens, i):
        return _titled_person(text, tokens, i, registry)
    if _is_verb(token, PERSON_OBJECT_VERBS) and not _is_verb(token, REPORTING_VERBS):
        return _object_person(text, tokens, i, registry)
    if _is_verb(token, REPORTING_VERBS) and i >= 1:
        return (
            _outlet_before(text, tokens, i, registry)
            or _subject_person(text, tokens, i, registry)
            or _apposed_person(text, tokens, i, registry)
            or _quoted_person(text, tokens, i, registry)
        )
    if token.lower in MEDIA_HEADS or (token.lower == "to" and tokens[i - 1].lower == "according"):
        return _named_source(text, tokens, i, registry)
    return None


def _people_taken_up(text: str, tokens: list[Token], registry: Registry):
    """People named in full and taken up later. A full name of two capitalised words at least
    stands before a lower-case word: testing that first spares the look-back at every word."""
    capitals = [t.text[:1].isupper() for t in tokens]
    for i in range(2, len(tokens)):
        if not (capitals[i - 2] and capitals[i - 1] and tokens[i].text.islower()):
            continue
        if (person := _person_taken_up(text, tokens, i, registry)) is not None:
            yield person


def _takes_person_subject(tokens: list[Token], i: int) -> bool:
    """A finite verb of contact whose subject a full name opening the sentence is ("Ana Ruiz
    met X"), not its participle or base form; a verb of refusal only when a pronoun of
    gender follows ("Ana Ruiz rejected the draft. She…"), as bodies and places refuse too
    ("Human Rights Watch rejected the account")."""
    token = tokens[i]
    if token.lower == token.lemma or is_ing_form(token.lower, token.lemma):
        return False
    if token.lemma in PERSON_SUBJECT_VERBS:
        return True
    after = tokens[i + 1 : i + 1 + _GENDER_REACH]
    return token.lemma in REJECTION_SPEECH_VERBS and any(t.lower in GENDER_PRONOUNS for t in after)


def _ends_a_name(person: RegistryActor, found: dict[str, RegistryActor]) -> bool:
    """Whether a person's name is the end of one longer name found before it: "Mohamud" after
    an honorific inside "Hassan Sheikh Mohamud" (of two such names, which one is not known)."""
    words = person.name.split()
    longer = [
        other
        for other in found
        if len(other.split()) > len(words) and other.split()[-len(words) :] == words
    ]
    return len(longer) == 1


def _headed_actors(text: str, tokens: list[Token], registry: Registry):
    """People and bodies found from a head word, each kind of head in turn: an apposition
    ("X, the envoy"), a body's head noun, a descriptive noun before an acronym, and "of"
    before a group's members; each head needs `first` words before it."""
    # One pass finds the few words any kind heads on; each kind then reads only those.
    lowers, texts = _HEADS_BY_FORM["lower"], _HEADS_BY_FORM["text"]
    lemmas = _HEADS_BY_FORM["lemma"]
    candidates = [
        i for i, t in enumerate(tokens) if t.lower in lowers or t.text in texts or t.lemma in lemmas
    ]
    for form, heads, first, find in _HEAD_FINDERS:
        for i in [i for i in candidates if i >= first and getattr(tokens[i], form) in heads]:
            if (actor := find(text, tokens, i, registry)) is not None:
                yield actor


def _person_described_next(text, tokens, i, registry) -> RegistryActor | None:
    """ "…except Abdul Faquir. The 68-year-old chief of the quarter has…, and he says": a
    full name the next sentence's subject describes by a person's title, a pronoun after."""
    if not _SENTENCE_GAP.search(_gap(text, tokens, i - 1)):
        return None
    stop = min(len(tokens), i + _DESCRIBED_HEAD_REACH)
    head = next((k for k in range(i + 1, stop) if _names_person(tokens[k])), None)
    if head is None or any(_gap(text, tokens, k) for k in range(i, head)):
        return None
    ahead = tokens[head + 1 : head + _PRONOUN_REACH]
    if not any(t.lower in PERSON_PRONOUNS for t in ahead):
        return None
    j = i - 1
    while j >= 0 and not _SENTENCE_GAP.search(_gap(text, tokens, j - 1) if j else "."):
        name, before = _name_before(text, tokens, j)
        governed = before >= 0 and tokens[before].lower in ALL_PREPOSITIONS
        if 2 <= len(name) <= 3 and not governed and _is_full_name([t.text for t in name]):
            if not _known_name(name, registry):
                surface = " ".join(t.text for t in name)
                return RegistryActor(name=surface, kind="person", aliases=(_surname(name),))
            return None
        j = before if name else j - 1
    return None


def _person_taken_up(text, tokens, i, registry) -> RegistryActor | None:
    """ "Aline Mukamana has lived here for a year. … she did not celebrate": a full name
    opening its sentence before a verb, which "he" or "she" in a later sentence takes up
    before any other name appears, is a person's, whatever the verb (a feature brings people
    in by what they do). In the name's own sentence the pronoun may be someone it acts on
    ("X spoke to her before she briefed")."""
    if _gap(text, tokens, i - 1):
        return None
    name, j = _name_before(text, tokens, i - 1)
    words = [t.text for t in name]
    opens = j < 0 or _SENTENCE_GAP.search(_gap(text, tokens, j))
    plain = not any(w.lower() in FUNCTION_WORDS for w in words)  # "Any Western troops"
    if not opens or not plain or not _is_full_name(words) or _known_name(name, registry):
        return None
    later = False
    for k in range(i, min(len(tokens) - 1, i + _PRONOUN_REACH)):
        if later and tokens[k].lower in PERSON_PRONOUNS:
            return RegistryActor(name=" ".join(words), kind="person", aliases=(_surname(name),))
        if (
            _is_name_word(tokens[k].text)
            and _is_name_word(tokens[k + 1].text)
            and not _gap(text, tokens, k)
        ):
            return None  # another name comes first: the pronoun may be that person's
        later = later or bool(_SENTENCE_GAP.search(_gap(text, tokens, k)))
    return None


def _names_person(token: Token) -> bool:
    return token.lower in TITLE_HEADS or token.lemma in PERSON_ROLE_NOUNS


def _merged_short_forms(people: list[RegistryActor]) -> list[RegistryActor]:
    """ "Ruiz Otieno said" after "Ana Ruiz Otieno", "Mr. Dbeibah" after "Abdul Hamid Dbeibah":
    a name that ends a longer one found in the same article is that person's short form, not
    another person; a bare surname only when one person of the article bears it. So is a
    given name alone that one person of the article bears ("Sheikh Salem" after "Sheikh
    Salem Abdullah al-Sabah"), as Gulf and Malay usage names people after a title."""
    persons = [p.name for p in people if p.kind == "person"]
    longer = {}
    for short in persons:
        bearers = [n for n in persons if n.endswith(f" {short}")]
        if bearers and (" " in short or len(bearers) == 1):
            longer[short] = bearers[0]
        given = [n for n in persons if n.startswith(f"{short} ")]
        if not bearers and " " not in short and len(given) == 1:
            longer[short] = given[0]
    kept = []
    for actor in people:
        if actor.name in longer:
            continue
        shorts = tuple(s for s, n in longer.items() if n == actor.name)
        aliases = tuple(dict.fromkeys(actor.aliases + shorts))
        kept.append(replace(actor, aliases=aliases) if shorts else actor)
    return kept


def _named_body(text: str, tokens: list[Token], i: int, registry: Registry):
    """A body the registry lacks, named "the <Capitalised words> <head>", with its acronym
    from its initials or from the brackets after it: "the Oromo Liberation Army (OLA)"."""
    first = i
    while first > 0 and i - first < 6 and _is_name_word(tokens[first - 1].text):
        # "the Tigray People's Liberation Front": a possessive's mark may join its words.
        if not _runs_on(text, tokens, first - 1) or tokens[first - 1].lower in ACRONYM_FILLERS:
            break
        if tokens[first - 1].possessive and registry.lookup(tokens[first - 1].text):
            break  # "Sudan's Rapid Support Forces": an owner, not a word of the name
        first -= 1
    if first == i or first == 0 or tokens[first - 1].lower != "the":
        return None
    name = tokens[first : i + 1]
    kind = BODY_HEADS[tokens[i].text]
    if registry.lookup(_surface(text, name)) is not None or _states_own(name, kind, registry):
        return None
    seat = _seat_after(text, tokens, i) if kind == "organization" else []
    if seat and _is_capital(registry, _surface(text, seat[1:])):
        return None  # "the National Security Council in Bangkok": the state's own organ
    surface = _surface(text, name + seat)
    initials = "".join(t.text[0] for t in name if t.lower not in ACRONYM_FILLERS)
    aliases = (initials,) if len(initials) > 2 else ()
    aliases += (_surface(text, name),) if seat else ()
    # "(OLA)" or ", or OLA": the acronym the article goes on to use.
    after = i + 2 if i + 1 < len(tokens) and tokens[i + 1].lower == "or" else i + 1
    if after < len(tokens) and tokens[after].text.isupper() and _gap(text, tokens, i) in {"(", ","}:
        aliases += (tokens[after].text,)
    return RegistryActor(name=surface, kind=kind, aliases=aliases)


def _described_acronym(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "the regional bloc IGAD", "the rebel group KNU": an acronym the registry lacks, right
    after the common noun that says what it is, names a body of that kind."""
    k = i + 1
    if k >= len(tokens) or _gap(text, tokens, i) or tokens[i].text[:1].isupper():
        return None
    acronym = tokens[k].text
    if not _ACRONYM.fullmatch(acronym) or acronym in _NOT_ACRONYMS or _known(tokens[k], registry):
        return None
    if registry.outlets.lookup(acronym) is not None:
        return None
    return RegistryActor(name=acronym, kind=DESCRIPTIVE_NOUNS[tokens[i].lemma][0])


def _listed_group(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "the Troika of the United States, Britain and Norway": a capitalised name the registry
    lacks, then "of" and the states it is made of, names a group of those states."""
    name: list[Token] = []
    j = i - 1
    while j > 0 and len(name) < _LONGEST_NAME and tokens[j].text[:1].isupper():
        if tokens[j].lower == "the":
            break
        if _gap(text, tokens, j) or registry.lookup(tokens[j].text) or tokens[j].possessive:
            return None
        name.insert(0, tokens[j])
        j -= 1
    if not name or tokens[j].lower != "the" or any(t.lower in TITLE_WORDS for t in name):
        return None
    if registry.has_prefix(alias_key(_surface(text, name))):
        return None  # "the Democratic Republic of the Congo": the start of a known name
    states, k = 0, i + 1
    while k < len(tokens):
        while k < len(tokens) and tokens[k].lower in _LIST_WORDS:
            k += 1  # "the United States, the UK and Norway"
        hit = _longest(tokens, k, registry, text) if k < len(tokens) else None
        if hit is None or hit[1].kind != "state":
            break
        states, k = states + 1, hit[0] + 1
        if _gap(text, tokens, hit[0]) not in {",", ""}:
            break
    if states < _LISTED_GROUP_MEMBERS:
        return None
    listed = _surface(text, tokens[j + 1 : k]).rstrip(" ,")
    return RegistryActor(name=_surface(text, name), kind="group", aliases=(listed,))


def _acronym_subject(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "The KLF said", "the SPLM-IO has demanded", "The KLF, whose wing…, said": an acronym
    the registry lacks, as the subject of a reporting verb, names a body; its long form is
    the name the article spells out before "(KLF)", if it does."""
    j = i - 1
    if tokens[j].lower in HAVE_FORMS and j > 0:  # "the KLF has said"
        j -= 1
    elif (before := _before_apposition(text, tokens, i)) is not None:
        j = before
    acronym = tokens[j].text
    if not _ACRONYM.fullmatch(acronym) or acronym in _NOT_ACRONYMS or _known(tokens[j], registry):
        return None
    spelled = re.search(rf"({_SPELLED_OUT}) \({re.escape(acronym)}\)", text)
    # "The Office for … Affairs (OCHA) said": the bracket after the name its letters spell
    # out opens the subject
    bracketed = (
        spelled is not None
        and spelled.end() == tokens[j].end + 1
        and _initials(spelled.group(1).removeprefix("The ")) == acronym
    )
    opens = (
        j == 0
        or tokens[j - 1].lower == "the"
        or _SENTENCE_GAP.search(_gap(text, tokens, j - 1))
        or bracketed
    )
    if not opens or registry.outlets.lookup(acronym) is not None:
        return None
    if spelled is None:
        return RegistryActor(name=acronym, kind="organization")
    name = spelled.group(1).removeprefix("The ")  # a sentence's first word is no word of it
    known = registry.lookup(name)
    if known is not None:
        return replace(known, aliases=(acronym,))
    return RegistryActor(name=name, kind="organization", aliases=(acronym,))


def _initials(name: str) -> str:
    """The first letters of a body's name, its small words aside ("Office for the
    Coordination of Humanitarian Affairs" -> "OCHA")."""
    return "".join(w[0] for w in name.split() if w.lower() not in ACRONYM_FILLERS)


def _commonly_named_body(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "the Radaa force", "the Tasis alliance": one unknown proper word before a common
    noun for a group names that group; a known name ("the Houthi movement") is left alone."""
    word = tokens[i - 1]
    if tokens[i - 2].lower != "the" or not _is_name_word(word.text) or not word.text[1:].islower():
        return None
    if _gap(text, tokens, i - 2) or _gap(text, tokens, i - 1) or _known(word, registry):
        return None
    name = f"{word.text} {tokens[i].text}"
    return RegistryActor(name=name, kind=COMMON_BODY_HEADS[tokens[i].text], aliases=(word.text,))


def _seat_after(text: str, tokens: list[Token], i: int) -> list[Token]:
    """ "in Colombia" after "the UN Verification Mission": a body named for where it serves
    keeps the place in its name."""
    k = i + 1
    if k >= len(tokens) or tokens[k].lower not in BODY_SEAT_LINKS or _gap(text, tokens, i):
        return []
    place = _name_after(text, tokens, k)
    return [tokens[k], *place] if place and len(place) <= 3 else []


def _is_capital(registry: Registry, place: str) -> bool:
    """Whether a place names a state by metonym (its capital), not by the state's name."""
    state = registry.lookup(place)
    return _is_state(state) and alias_key(state.name) != alias_key(place)


def _states_own(name: list[Token], kind: str, registry: Registry) -> bool:
    """ "the Sudanese Armed Forces", "the U.S. Mission": a state's forces, or a body named
    by its state alone, are that state's."""
    if kind != "group" and len(name) > 2:
        return False
    return any(_is_state(registry.lookup(t.text)) for t in name)


def _is_state(actor: RegistryActor | None) -> bool:
    return actor is not None and actor.kind == "state"


def _labelled_people(text: str, registry: Registry):
    """People a transcript names only in capitals, as the label of their words, or in the
    aside of a role's label ("ANCHOR (JANE DOE): …")."""
    if ":" not in text:
        return  # every label ends in a colon: spare the scans of articles with none
    labels = [*_CAPITALS_LABEL.finditer(text), *_ROLE_LABEL.finditer(text)]
    for label in labels:
        words = label.group(1).title().split()
        if registry.lookup(" ".join(words)) is None and not any(
            w in NOT_NAMES or w.lower() in TITLE_WORDS for w in words
        ):
            yield RegistryActor(name=" ".join(words), kind="person", aliases=(words[-1],))


def _turn_label_people(text: str, registry: Registry, known: set[str]):
    """People a transcript's turns name by a surname in capitals ("HENAO: We…") after the
    article has introduced them in full ("Bishop Ana María Henao"), or by a full name that
    labels several turns ("Ana Ruiz: We…")."""
    if ":" not in text:
        return  # a turn's label ends in a colon
    labels = [label.group(1) for label in _TURN_LABEL.finditer(text)]
    turns = Counter(labels)
    for label in dict.fromkeys(labels):
        name = label.title() if label.isupper() else label
        # "MR MILLER: …": the title before the surname is no part of the name.
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in _NOT_GIVEN:
            words.pop(0)
        name = " ".join(words)
        if len(name) < 3 or alias_key(name) in known or registry.lookup(name):
            continue
        if label.isupper():
            # "KHALID OMER: …" after "joined by Khalid Omer": a full name in capitals that
            # labels several turns, or that the text also writes in full, is its own
            full = _full_name_ending(text, name)
            labelled = turns[label] > 1 or name in text
            if full is None and labelled and _is_full_name(name.split()):
                full = name
        else:
            full = name if turns[label] > 1 and _is_full_name(name.split()) else None
        if full is not None:
            known.add(alias_key(name))
            alias = name if label.isupper() else name.split()[-1]
            yield RegistryActor(name=full, kind="person", aliases=(alias,))


def _is_full_name(words: list[str]) -> bool:
    """Two or three capitalised words, none a title or a word that names no one."""
    return 1 < len(words) <= 3 and all(
        w[:1].isupper() and w not in NOT_NAMES and w.lower() not in _NOT_GIVEN for w in words
    )


def _full_name_ending(text: str, surname: str) -> str | None:
    """The first name of two or more words in the text that ends in this surname, without
    the titles before it."""
    for found in re.finditer(
        rf"(?<![\w'’-])((?:[^\W\d_][\w'’-]* ){{1,3}}){re.escape(surname)}\b", text
    ):
        given = found.group(1).split()
        while given and not (given[0][:1].isupper() and given[0].lower() not in _NOT_GIVEN):
            given.pop(0)
        if given and all(w[:1].isupper() and w.lower() not in _NOT_GIVEN for w in given):
            return " ".join([*given[-2:], surname])
    return None


# Words that open an apposition between a name and its verb ("X, the envoy, said", "X, his
# counterpart, said").
_APPOSED_OPENERS = APPOSITION_OPENERS | PERSONAL_POSSESSIVES
# Words that open an apposition describing a person ("X, the candidate…", "X, president of…").
_APPOSITION_STARTS = APPOSITION_OPENERS | TITLE_WORDS
# The words that can introduce a person or a source; most words are none of them.
_CUES = TITLE_HEADS | REPORTING_VERBS | MEDIA_HEADS | {"to"}
_VERB_CUES = REPORTING_VERBS | PERSON_OBJECT_VERBS
_GENDER_REACH = 20  # words after a refusal a pronoun telling its subject's gender may stand
# What may follow a name that ends the object of a contact verb ("met X Y in Goma", "and").
_NAME_ENDS = ALL_PREPOSITIONS | {gap for gap in CONJUNCT_GAPS if " " not in gap}


def _is_clock_time(tokens: list[Token], i: int) -> bool:
    """ "9 pm", "10 PM": after a number "pm" is the time of day, not the prime minister."""
    return tokens[i].lower == "pm" and i > 0 and tokens[i - 1].text.isdigit()


def _named_source(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "according to Anadolu." or "broadcaster Doordarshan said": a source of speech by name.

    After "according to" the name must close its clause, so "according to Reuters sources"
    is left alone.
    """
    the = i + 1 < len(tokens) and tokens[i + 1].lower == "the"
    name = _name_after(text, tokens, i + 1 if the else i)
    outlet = registry.outlets.lookup(_surface(text, name)) if name else None
    if not name or (outlet is None and _known_name(name, registry)):
        return None
    after = text[name[-1].end : name[-1].end + 2].lstrip()
    if tokens[i].lower not in MEDIA_HEADS and after[:1] not in {".", ",", ";", ""}:
        return None
    if outlet is not None:
        return outlet
    surface = _surface(text, name)
    kind = "person" if len(name) > 1 and tokens[i].lower not in MEDIA_HEADS else "organization"
    return RegistryActor(
        name=surface, kind=kind, aliases=(_surname(name),) if kind == "person" else ()
    )


def _outlet_before(text: str, tokens: list[Token], i: int, registry: Registry):
    """ "Reuters reported", "The Times of Israel said", "the Anadolu news agency reported": an
    outlet as the source of a report."""
    for first in range(max(0, i - 7), i):
        # An outlet's name opens with a word that begins one, possessive or not.
        if not (tokens[first].possessive or registry.outlets.has_prefix(tokens[first].key)):
            continue
        hit = _longest_outlet(tokens, first, registry, text)
        if hit is None or tokens[hit[0]].possessive or not tokens[hit[0]].text[:1].isupper():
            continue
        if _past_media_head(text, tokens, hit[0] + 1) == i or hit[0] == i - 1:
            return hit[1]
    return None


def _known_name(name: list[Token], registry: Registry) -> bool:
    """Whether the registry knows a name or a word of it, save a first word that is only a
    registered person's given name ("Anwar Gargash" is no "Anwar Ibrahim")."""
    if registry.lookup(" ".join(t.text for t in name)) is not None:
        return True
    if any(_known(t, registry) for t in name[1:]):
        return True
    first = name[0]
    person = registry.lookup(first.text)
    given = person is not None and person.kind == "person" and person.name.split()[0] == first.text
    return _known(first, registry) and not given


def _known(token: Token, registry: Registry) -> bool:
    return registry.lookup(token.text) is not None or token.lower in TITLE_WORDS


def _surface(text: str, name: list[Token]) -> str:
    return text[name[0].start : name[-1].end]


def _gap(text: str, tokens: list[Token], i: int) -> str:
    """What stands between token i and the next one, trimmed of spaces but not of newlines."""
    gap = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    return gap.strip(" \t")


def _runs_on(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i runs on into the next inside a phrase: nothing between them but a
    space or a possessive's mark ("the Houthis' negotiator", "the UN's envoy")."""
    return _gap(text, tokens, i) in _POSSESSIVE_GAPS


def _surname(name: list[Token]) -> str:
    """The word a person is named by alone: the last, before a generational suffix ("Jr.")."""
    words = [t.text for t in name]
    while len(words) > 1 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _name_after(text: str, tokens: list[Token], i: int) -> list[Token]:
    """The name right after token i (a title, a verb), past one comma or an abbreviated
    title's full stop ("Gen. Ana Ruiz"), in one paragraph."""
    if i + 1 >= len(tokens):
        return []
    gap = _gap(text, tokens, i)
    if gap in {"", ","} or (gap == "." and _is_abbreviated_title(tokens[i])):
        return _name_from(text, tokens, i + 1)
    return []


def _after_honorific(text: str, tokens: list[Token], j: int) -> int:
    """The token after an honorific that opens at j ("the special envoy for Yemen, His
    Excellency X"), else j."""
    if tokens[j].lower not in POSSESSIVE_PRONOUNS:
        return j
    k = j + 1
    while k < len(tokens) and tokens[k].lower in _HONORIFIC_WORDS and not _gap(text, tokens, k - 1):
        k += 1
    return k if k > j + 1 and k < len(tokens) and not _gap(text, tokens, k - 1) else j


def _is_abbreviated_title(token: Token) -> bool:
    return token.lower in TITLE_WORDS and len(token.text) <= _ABBREVIATION_LETTERS


def _name_from(text: str, tokens: list[Token], j: int) -> list[Token]:
    """The run of name words from token j on, within one paragraph."""
    name: list[Token] = []
    while j < len(tokens) and len(name) < 8 and _is_name_word(tokens[j].text):
        if name and _gap(text, tokens, j - 1):
            break
        name.append(tokens[j])
        if tokens[j].possessive:
            break
        j += 1
    while name and name[-1].text.lower() in NAME_PARTICLES:
        name.pop()
    return name


def _post_end(text: str, tokens: list[Token], i: int, registry: Registry) -> int:
    """The last token of a post after a title ("Envoy to the UN", "Minister of Foreign
    Affairs"), or i when none follows; the name comes after it."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in TITLE_POST_LINKS or _gap(text, tokens, i):
        return i
    j, end = i + 1, i
    while j + 1 < len(tokens) and not _gap(text, tokens, j):
        nxt = tokens[j + 1]
        hit = _longest(tokens, j + 1, registry, text) if nxt.text[:1].isupper() else None
        if hit is not None or nxt.lower in TITLE_MODIFIERS:
            j = end = hit[0] if hit else j + 1
        elif nxt.lower in TITLE_POST_FILLERS:
            j += 1
        elif (institution := _institution_end(text, tokens, j + 1)) is not None:
            j = end = institution
        else:
            break
    return end


def _institution_end(text: str, tokens: list[Token], k: int) -> int | None:
    """The last institution noun of the capitalised run from token k, when the run holds one
    ("Press Service Department", "Ministry" in "Head of the … of the Ministry X Y")."""
    last = None
    j = k
    while j < len(tokens) and j - k < 5 and tokens[j].text[:1].isupper():
        if tokens[j].text in INSTITUTION_NOUNS:
            last = j
        if _gap(text, tokens, j):
            break
        j += 1
    return last


def _title_inside(name: list[Token]) -> bool:
    """Whether a title stands inside a run of name words before its last: a rank opening it
    ("Brigadier General X"), not an honorific after a given name ("Hassan Sheikh Mohamud")."""
    titles = [t for t in name[:-1] if t.lower in TITLE_WORDS]
    return bool(titles) and (
        name[0].lower in TITLE_WORDS or any(t.lower not in NAME_HONORIFICS for t in titles)
    )


def _titled_person(text, tokens, i, registry) -> RegistryActor | None:
    """The person a title introduces: "Foreign Minister Ana Ruiz", "the envoy, Ana Ruiz",
    "Ambassador to Sudan Ana Ruiz", "Sheikh Ahmed"."""
    post = _post_end(text, tokens, i, registry)
    name = _name_after(text, tokens, post)
    if not name and post == i:
        post, name = _name_after_described_post(text, tokens, i)
    if not name or _not_the_titled_name(tokens, i, name, registry):
        return None
    surface = _surface(text, name)
    if (
        registry.lookup(surface)
        or _known_surname(name, registry)
        or _institution_after(text, tokens, post + 1 + len(name))
    ):
        return None
    known = registry.person_within([t.text for t in name])
    if known is not None:
        return replace(known, aliases=(surface,))
    if any(_is_body(registry.lookup(t.text)) for t in name[:-1]) or _known_tail(
        text, name, registry
    ):
        return None
    first = _title_start(text, tokens, i, registry)
    role_words = [t.text for t in tokens[first : i + 1] if t.lower in TITLE_WORDS]
    role_words = [w for w in role_words if w.lower().rstrip(".") not in HONORIFICS]
    affiliation = _affiliation(tokens[max(0, first - 1) : post + 1], registry)
    # The title and name together are an alias unless a post stands between them, whose
    # state or body keeps its own mention ("Ambassador to Sudan X").
    titled = text[tokens[first].start : name[-1].end] if post == i else surface
    return RegistryActor(
        name=surface,
        kind="person",
        role=" ".join(role_words) or None,
        affiliation=affiliation,
        aliases=(_surname(name), titled),
    )


def _not_the_titled_name(tokens, i, name: list[Token], registry) -> bool:
    """Whether the name after the title at i is none it introduces: one word after no
    honorific, a transcript's label, a name past another title, a particle, a given name."""
    if len(name) == 1 and tokens[i].lower not in HONORIFICS:
        return True
    if len(name) == 1 and name[0].text.isupper() and len(name[0].text) > 1:
        return True  # "MR MILLER:": a transcript's label, named in full elsewhere
    if _title_inside(name):
        # "spokesman Brigadier General X", "spokesman Brig Gen X": the last title
        # introduces the name, past a rank whose short form is no title word
        return True
    return name[0].text in NAME_PARTICLES or _given_name_person(tokens, i, name, registry)


def _title_start(text: str, tokens: list[Token], i: int, registry) -> int:
    """Where the title ending at i starts: its words run back to a comma or a full stop, not
    over one ("In Bangkok, Foreign Minister X": the city is no part of the title)."""
    first = i
    while (
        first > 0
        and (tokens[first - 1].lower in TITLE_WORDS or registry.lookup(tokens[first - 1].text))
        and _gap(text, tokens, first - 1) in _POSSESSIVE_GAPS
        and not tokens[first - 1].possessive  # an owner keeps its own mention
    ):
        first -= 1
    return first


def _name_after_described_post(text: str, tokens: list[Token], i: int) -> tuple[int, list[Token]]:
    """ "the head of the government delegation, Vera Grabe.": a post in common words after
    the title, then a comma and a full name that closes the clause; (post's end, the name)."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in TITLE_POST_LINKS or _gap(text, tokens, i):
        return i, []
    for j in range(i + 1, min(len(tokens) - 1, i + _DESCRIBED_POST_REACH)):
        gap = _gap(text, tokens, j)
        if gap == ",":
            name = _name_from(text, tokens, _after_honorific(text, tokens, j + 1))
            closes = text[name[-1].end : name[-1].end + 1] in {".", ",", ""} if name else False
            return (j, name) if len(name) >= 2 and closes else (i, [])
        if gap:
            break
    return i, []


def _known_tail(text: str, name: list[Token], registry: Registry) -> bool:
    """Whether the name ends in a registered person's, after honorifics ("Datuk Seri X Y")."""
    return any(registry.lookup(_surface(text, name[k:])) for k in range(1, len(name) - 1))


def _is_body(actor: RegistryActor | None) -> bool:
    """A state or organisation; a person's name may share a word with a registered one."""
    return actor is not None and actor.kind != "person"


def _institution_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the name runs on into an institution's noun ("Federal Security Service")."""
    return k < len(tokens) and tokens[k].text in INSTITUTION_NOUNS and not _gap(text, tokens, k - 1)


def _given_name_person(tokens, i, name, registry, seen=()) -> RegistryActor | None:
    """The registered person a royal or courtesy title names by a given name alone ("Emir
    Tamim"): one whose title fits, or failing that one the article has already named."""
    if len(name) != 1 or tokens[i].lower not in TITLE_GIVEN_NAME_HEADS:
        return None
    people = registry.by_given_name(name[0].key)
    named = [p for p in people if p.name in seen]
    if len(named) == 1:
        return named[0]
    fits = [p for p in people if _has_title(p, tokens[i].lower)]
    return fits[0] if len(fits) == 1 else None


def _has_title(person: RegistryActor, title: str) -> bool:
    words = " ".join((person.role or "", *person.aliases)).lower().split()
    return title in words


def _known_surname(name: list[Token], registry: Registry) -> bool:
    """Whether the name's last word belongs to a known actor, and not merely to a namesake:
    "Hazem Qassem" is not "Naim Qassem", whose surname alone the registry knows. A given
    name with the same initial is taken for a spelling ("Vladimir" for "Volodymyr")."""
    known = registry.lookup(name[-1].text)
    if known is None or known.kind != "person" or len(name) < 2:
        return known is not None
    initials = {alias.split()[0][:1].lower() for alias in (known.name, *known.aliases)}
    return name[0].text[:1].lower() in initials


def _object_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "Tetteh met Ana Ruiz Otieno in Goma": a full name the registry lacks as the object of
    a verb of contact, ending where a preposition, a conjunction or a mark follows it; past
    a known owner ("met Kenya's Ana Ruiz", "with the AU's Ana Ruiz")."""
    owner = _past_owner(text, tokens, i, registry)
    name = _name_after(text, tokens, i) if owner == i else _name_from(text, tokens, owner + 1)
    if len(name) < 2 or name[0].text in NAME_PARTICLES or _known_name(name, registry):
        return None
    k = tokens.index(name[-1]) + 1
    ends = k >= len(tokens) or _gap(text, tokens, k - 1) or tokens[k].lower in _NAME_ENDS
    if not ends or _institution_after(text, tokens, k):
        return None
    surface = _surface(text, name)
    return RegistryActor(name=surface, kind="person", aliases=(_surname(name),))


def _past_owner(text: str, tokens: list[Token], i: int, registry: Registry) -> int:
    """The last token of a known state's or body's possessive right after token i ("Kenya's",
    "the African Union's"), else i."""
    j = i + 1 if i + 1 < len(tokens) and tokens[i + 1].lower == "the" else i
    owner = _longest(tokens, j + 1, registry, text) if j + 1 < len(tokens) else None
    if owner is None or _gap(text, tokens, i) or not tokens[owner[0]].possessive:
        return i
    return owner[0]


def _partner_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "spoke by phone with Ana Ruiz Otieno": a full name the registry lacks after the
    preposition that gives a verb of contact its partner, within the verb's clause."""
    for j in range(i + 1, min(len(tokens) - 1, i + _PARTNER_REACH)):
        if _gap(text, tokens, j - 1):
            return None
        person = None
        if tokens[j].lower in PARTNER_NAME_OPENERS:
            person = _object_person(text, tokens, j, registry)
        if person is not None:
            # "spoke with Al Jazeera": an outlet interviews, it meets no one.
            return None if registry.outlets.lookup(person.name) else person
    return None


def _quoted_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "…,” said Einav Zangauker, whose…": a full name after a verb that closes a quotation."""
    gap = text[tokens[i - 1].end : tokens[i].start] if i > 0 else ""
    if not any(mark in gap for mark in '"”'):
        return None
    name = _name_after(text, tokens, i)
    if len(name) < 2 or name[0].text in NAME_PARTICLES:
        return None
    if _known_name(name, registry):
        return registry.person_within([t.text for t in name])
    if text[name[-1].end : name[-1].end + 1] not in {",", ".", ""}:
        return None
    surface = _surface(text, name)
    return RegistryActor(name=surface, kind="person", aliases=(_surname(name),))


def _subject_person(text, tokens, i, registry, opens_sentence=False) -> RegistryActor | None:
    """ "Ana Ruiz said": a name of two or three words right before a reporting verb (or
    before the comma at token i - 1, opening its sentence); auxiliaries and adverbs may stand
    between ("Ana Ruiz has also said", "Ana Ruiz has repeatedly said")."""
    j = i - 1
    while j > 0 and not _gap(text, tokens, j) and _is_verb_gap_word(tokens[j]):
        j -= 1
    if "\n" in _gap(text, tokens, j):
        return None
    # A comma between a name and the verb sets the name off as an apposition ("the envoy,
    # Ana Ruiz, said"); "…, opposite Port Nadi, said" names a place in an aside.
    apposed = bool(_gap(text, tokens, j)) and not opens_sentence
    name, j = _name_before(text, tokens, j)
    rank = 0
    while opens_sentence and rank < len(name) - 2 and name[rank].lower in TITLE_WORDS:
        rank += 1  # "Brigadier X Y, the army spokesman, said": a rank opens the name
    name = name[rank:]
    if len(name) < 2 or name[0].text in NAME_PARTICLES:
        return None
    if _known_name(name, registry):
        return None
    j = _past_honorific(text, tokens, j)
    if j >= 0 and tokens[j].lower in HONORIFICS and not _gap(text, tokens, j):
        j -= 1  # "Mawlawi Amir Khan Muttaqi": the honorific announces the name
    joined = j >= 0 and not _gap(text, tokens, j)
    if joined and (tokens[j].text[:1].isupper() or tokens[j].text.lower() in NAME_PARTICLES):
        return None
    if joined and tokens[j].lower in PLACE_PREPOSITIONS:
        return None  # "a villager in Anlong Veng, who…, said": a place the preposition governs
    # A name after a closing quotation opens its clause too: "\"…,\" Ana Ruiz, the envoy, said".
    before = _gap(text, tokens, j) if j >= 0 else ""
    opens = _SENTENCE_GAP.search(before) or before[-1:] in '"”' or _after_lead_in(text, tokens, j)
    if opens_sentence and j >= 0 and not opens:
        return None
    if apposed and (j < 0 or _gap(text, tokens, j) != ","):
        return None
    if j >= 1 and tokens[j].lower in TITLE_POST_FILLERS and tokens[j - 1].text in INSTITUTION_NOUNS:
        return None  # "the Ministry of Foreign Affairs and Regional Integration said"
    surface = " ".join(t.text for t in name)
    return RegistryActor(name=surface, kind="person", aliases=(_surname(name),))


def _is_verb_gap_word(token: Token) -> bool:
    """An auxiliary or adverb in lower case between a subject and its verb."""
    word = token.text
    return word.islower() and (word in SUBJECT_GAP_WORDS or word.endswith("ly"))


def _after_lead_in(text: str, tokens: list[Token], j: int) -> bool:
    """ "Before the talks, on Tuesday, X, the minister, spoke": whether the comma after token j
    closes a sentence's adverbial lead-in, opened by a preposition or a participle ("Speaking
    to the BBC after the briefing, X, a spokesman, said") or a sentence adverb alone
    ("Meanwhile, X, the coordinator, urged"), before its subject."""
    if _gap(text, tokens, j) != ",":
        return False
    for k in range(j, max(-1, j - _LEAD_IN_WORDS), -1):
        if k == 0 or _SENTENCE_GAP.search(_gap(text, tokens, k - 1)):
            opener = tokens[k]
            if k == j and opener.lower in LEAD_ADVERBS:
                return True
            return opener.lower in ALL_PREPOSITIONS or is_ing_form(opener.lower, opener.lemma)
    return False


def _name_before(text: str, tokens: list[Token], j: int) -> tuple[list[Token], int]:
    """The name ending at token j, of up to three words, or four when particles join them
    ("Hamid bin Salim Al Rawahi"); with the index of the token before it."""
    name: list[Token] = []  # read backwards, turned round at the end
    particles = 0
    while j >= 0 and _is_name_word(tokens[j].text) and not tokens[j].possessive:
        if name and _gap(text, tokens, j):
            break
        name.append(tokens[j])
        particles += tokens[j].text.lower() in NAME_PARTICLES
        j -= 1
        if len(name) - particles == _LONGEST_NAME or len(name) == _LONGEST_NAME + 3:
            break
    name.reverse()
    if len(name) > 3 and not particles:
        return name[-3:], j + len(name) - 3
    return name, j


def _past_honorific(text: str, tokens: list[Token], j: int) -> int:
    """The token before an honorific that opens the name ("His Royal Highness X"), else j."""
    k = j
    while k >= 0 and tokens[k].lower in _HONORIFIC_WORDS and not _gap(text, tokens, k):
        k -= 1
    if k < j and k >= 0 and tokens[k].lower in POSSESSIVE_PRONOUNS and not _gap(text, tokens, k):
        return k - 1
    return j


def _apposed_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "Ana Ruiz, the UN coordinator for Somalia, said": a name opening its sentence, set off
    from the reporting verb by an apposition."""
    j = _before_apposition(text, tokens, i)
    if j is None:
        return None
    if tokens[j + 1].lower in RELATIVES:
        # "X, the envoy, who flew in on Thursday, said": a relative clause after the title.
        earlier = _before_apposition(text, tokens, j + 1)
        person = _subject_person(text, tokens, earlier + 1, registry, True) if earlier else None
        if person is not None:
            return person
    return _subject_person(text, tokens, j + 1, registry, True)


def _before_apposition(text: str, tokens: list[Token], i: int) -> int | None:
    """The token before the apposition that ends at token i's comma ("X, the envoy, said"),
    or None when no apposition does."""
    if _gap(text, tokens, i - 1) != ",":
        return None
    j = i - 2
    while j > 0 and i - j < _APPOSITION_REACH and _runs_on(text, tokens, j):
        j -= 1
    if j < 1 or _gap(text, tokens, j) != ",":
        return None
    opener = tokens[j + 1]
    # "X, speaking after the talks, said": a participle aside sets the name off as well.
    aside = opener.lower in _APPOSED_OPENERS or is_ing_form(opener.lower, opener.lemma)
    if not aside and not (is_age(opener) and j + 1 == i - 1):
        return None
    if is_age(tokens[j]) and _gap(text, tokens, j - 1) == ",":
        j -= 1  # "X, 64, the envoy, said": the age is an apposition of its own
    return j


def _described_person(text, tokens, i, registry) -> RegistryActor | None:
    """ "X Y, the candidate of the left, was careful": a name opening its sentence before an
    apposition that describes a person, whatever verb follows."""
    if _gap(text, tokens, i - 1) != ",":
        return None
    for j in range(i, min(len(tokens), i + _DESCRIPTION_REACH)):
        if tokens[j].lemma in PERSON_ROLE_NOUNS or tokens[j].lower in TITLE_WORDS:
            return _subject_person(text, tokens, i, registry, opens_sentence=True)
        if not _runs_on(text, tokens, j):
            return None
    return None


# The kinds of head _headed_actors reads, in turn: the token form a head word is read in, the
# head words, the words a head needs before it and the finder it calls.
_HEAD_FINDERS = (
    ("lower", _APPOSITION_STARTS, 2, _described_person),
    ("text", BODY_HEADS, 1, _named_body),
    ("text", COMMON_BODY_HEADS, 2, _commonly_named_body),
    ("lemma", DESCRIPTIVE_NOUNS, 1, _described_acronym),
    ("lower", {"of"}, 2, _listed_group),
)
# Every kind's head words by the form they are read in (the lower case, the text, the lemma).
_HEADS_BY_FORM = {
    form: frozenset().union(*(heads for f, heads, _, _ in _HEAD_FINDERS if f == form))
    for form, *_ in _HEAD_FINDERS
}


def _affiliation(tokens: list[Token], registry: Registry) -> str | None:
    for n, token in enumerate(tokens):
        actor = registry.lookup(token.text)
        if actor is None or _served(tokens, n):
            continue
        if actor.kind == "person":
            return actor.affiliation
        return actor.name
    return None


def _served(tokens: list[Token], n: int) -> bool:
    """Whether the post's token n is the side an office serves ("Special Envoy for Yemen",
    "ambassador to Ukraine"), not the one it belongs to ("spokesman for Hamas")."""
    if n == 0 or tokens[n - 1].lower not in SERVED_POST_LINKS:
        return False
    return any(t.lower in SERVING_OFFICES for t in tokens[: n - 1])


def find_mentions(tokens: list[Token], registry: Registry, text: str) -> list[Mention]:
    """Longest registry alias at each capitalised token, left to right; outlets are read
    whole and named only where they are the source of a report."""
    mentions: list[Mention] = []
    resume = 0
    people: dict[str, RegistryActor] = {}  # surname key -> person named in full so far
    given: dict[str, RegistryActor | None] = {}  # given-name key -> that person, None if shared
    outlets = registry.outlets
    for i in _name_starts(tokens, registry, text):
        if i < resume:
            continue
        # Most capitalised words begin no name at all: one look-up each rules them out.
        word = tokens[i].key
        hit = _longest(tokens, i, registry, text) if registry.has_prefix(word) else None
        outlet = _longest_outlet(tokens, i, registry, text) if outlets.has_prefix(word) else None
        if outlet is not None and (hit is None or outlet[0] >= hit[0]):
            hit = _outlet_mention(tokens, i, outlet, registry, text)
            resume = outlet[0] + 1
        elif hit is None:
            hit = _person_by_parts(tokens, i, registry, text, people, given)
        elif _given_name_after_title(tokens, i, hit, given):
            # "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed": the courtesy title names
            # him by his given name, not a namesake known by that word as a surname.
            hit = (i, given[word])
        if hit is None:
            continue
        j, actor = _run_on(tokens, i, hit, registry, text)
        mentions.append(
            Mention(
                actor,
                _surface(text, tokens[i : j + 1]),
                tokens[i].start,
                tokens[j].end,
                tokens[j].possessive or _plural_owner(text, tokens[j]),
            )
        )
        if actor.kind == "person" and j > i:
            people[tokens[j].key] = actor
            # The given name is the name's own first word, not a word of the title before it
            # ("Thai Foreign Minister Sihasak Phuangketkeow" is "Sihasak", not "Thai").
            first = alias_key(actor.name.split()[0])
            if any(t.key == first for t in tokens[i:j]):
                given[first] = actor if given.get(first, actor) == actor else None
        resume = j + 1
    return mentions


def _name_starts(tokens: list[Token], registry: Registry, text: str) -> list[int]:
    """The tokens a name may start at: capitalised words and the first words of names the
    registry writes in lower case, outside datelines."""
    starts = [
        i
        for i, t in enumerate(tokens)
        if _may_start_name(t.text) or registry.starts_lower_case_name(t.key)
    ]
    for dateline in _DATELINE.finditer(text):
        start, end = dateline.span()
        starts = [i for i in starts if not start <= tokens[i].start < end]
    return starts


def _run_on(tokens, i, hit, registry, text) -> tuple[int, RegistryActor]:
    """A name of the same actor that starts inside this one and runs past it extends it
    ("Crown Prince Mohammed bin Salman" and "Mohammed bin Salman bin Abdulaziz")."""
    j, actor = hit
    for k in range(i + 1, j + 1):
        if registry.has_prefix(tokens[k].key):
            longer = _longest(tokens, k, registry, text)
            if longer is not None and longer[0] > j and longer[1].name == actor.name:
                return longer[0], actor
    return hit


def _given_name_after_title(tokens, i, hit, given) -> bool:
    """Whether a one-word person hit after a given-name title ("Sheikh X") is rather the
    given name of someone this article has named in full."""
    j, actor = hit
    if (
        j != i
        or i == 0
        or actor.kind != "person"
        or tokens[i - 1].lower not in TITLE_GIVEN_NAME_HEADS
    ):
        return False
    named = given.get(tokens[i].key)
    return named is not None and named != actor


def _outlet_mention(tokens, i, outlet, registry, text) -> tuple[int, RegistryActor] | None:
    """An outlet this article cites is named where it reports ("Reuters said", "according
    to the BBC."); elsewhere ("told Reuters", "a report in the Washington Post", "AFP
    reports X said") it is no actor, and no state inside its name is one."""
    j, found = outlet
    actor = registry.actors.get(found.name)
    if actor is None or tokens[j].possessive:
        return None
    k = i - 1 if i > 0 and tokens[i - 1].lower == "the" else i
    if k >= 2 and tokens[k - 1].lower == "to" and tokens[k - 2].lower == "according":
        closes = text[tokens[j].end : tokens[j].end + 1] in {".", ",", ";", ""}
        return (j, actor) if closes else None
    verb = _past_media_head(text, tokens, j + 1)  # "the Reuters news agency reported"
    reports = verb < len(tokens) and _is_verb(tokens[verb], REPORTING_VERBS)
    if not reports or _gap(text, tokens, verb - 1) or _relays(text, tokens, verb):
        return None
    return j, actor


def _past_media_head(text: str, tokens: list[Token], k: int) -> int:
    """The token after a media noun phrase opening at token k ("news agency", "daily"), else
    k: an outlet's name may stand before what it is."""
    j = k
    while j < min(len(tokens), k + 2) and not _gap(text, tokens, j - 1):
        if tokens[j].lower in MEDIA_HEADS:
            return j + 1
        j += 1
    return k


def _relays(text: str, tokens: list[Token], verb: int) -> bool:
    """Whether the report passes on someone else's words: a name and a reporting verb follow
    in the same sentence ("AFP reports the prime minister Ana Ruiz said...")."""
    for k in range(verb + 1, min(len(tokens), verb + 30)):
        if any(mark in _gap(text, tokens, k - 1) for mark in ".!?\n"):
            return False
        if _is_verb(tokens[k], REPORTING_VERBS) and tokens[k - 1].text[:1].isupper():
            return True
    return False


def _person_by_parts(tokens, i, registry, text, people, given) -> tuple[int, RegistryActor] | None:
    """A registered person named by other parts of the name: "Emir Tamim" (a title and a
    given name), a longer form with more patronymics, or a bare surname (or, where names
    go by the given name, a bare given name) after the article has named the person in full."""
    word = tokens[i].key
    titled = i > 0 and tokens[i - 1].lower in TITLE_GIVEN_NAME_HEADS
    if not (titled or word in people or word in given or registry.by_given_name(word)):
        return None
    name = _name_from(text, tokens, i)
    if titled and len(name) == 1 and not _gap(text, tokens, i - 1):
        seen = {p.name for p in people.values()}
        person = _given_name_person(tokens, i - 1, name, registry, seen)
        if person is not None:
            return i, person
    if len(name) > 2:
        person = registry.person_within([t.text for t in name])
        if person is not None:
            return i + len(name) - 1, person
    if word in people and len(name) == 1:
        return i, people[word]
    if len(name) == 1 and given.get(word) is not None:
        return i, given[word]
    return None


# Called at every token of every article, on words that recur.
@lru_cache(maxsize=200_000)
def _may_start_name(word: str) -> bool:
    """A capitalised word, a number, or a surname after a lower-case particle ("al-Sharaa")."""
    return word[0].isupper() or word[0].isdigit() or _PARTICLE_SURNAME.match(word) is not None


def _longest_outlet(tokens, i, registry, text) -> tuple[int, RegistryActor] | None:
    """The longest outlet name starting at token i, as (last token, outlet); an outlet's
    words are joined by nothing but spaces, a hyphen or an ampersand."""
    outlets = registry.outlets
    joined = {"", "-", "&"}.__contains__
    return _longest_name(tokens, i, text, outlets.has_prefix, outlets.outlet_for, joined, 6)


def _longest(tokens, i, registry, text) -> tuple[int, RegistryActor] | None:
    """The longest registry alias starting at token i; a name never runs over a line."""
    return _longest_name(
        tokens, i, text, registry.has_prefix, registry.actor_for, lambda gap: "\n" not in gap
    )


def _longest_name(tokens, i, text, has_prefix, lookup, joined, most=None):
    """Grow a name one token at a time while it is still the prefix of some known name, up
    to a possessive or a gap `joined` refuses; the longest known name, as (last token, it)."""
    best, key = None, ""
    end = len(tokens) if most is None else min(len(tokens), i + most)
    for j in range(i, end):
        word = tokens[j].key
        key = f"{key} {word}" if key else word
        # The name so far may go on with token j's possessive mark as its own letter.
        if not has_prefix(key) and not (tokens[j].possessive and has_prefix(f"{key}s")):
            break
        # The gap before token j is read only once the name may go on into it: most names
        # end there anyway, and their last gap is then never read.
        if j > i and not joined(_gap(text, tokens, j - 1)):
            break
        found = lookup(key)
        if found is not None:
            best = (j, found)
        if tokens[j].possessive:
            # "the Tigray People's Liberation Front": a name may hold a possessive's mark.
            owned = f"{key}s"
            if j + 1 >= end or not has_prefix(f"{owned} {tokens[j + 1].key}"):
                break
            key = owned
    return best


def _plural_owner(text: str, token: Token) -> bool:
    """ "the United Arab Emirates' offer", "the Houthis' terms": a name ending in "s" owns the
    next word through a bare apostrophe, which the tokens drop."""
    if not token.lower.endswith("s"):
        return False
    after = text[token.end : token.end + 2]
    return after[:1] in "'’" and after[1:2].isspace()

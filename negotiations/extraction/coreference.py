"""What a pronoun, a role noun, a descriptive noun or a joint noun stands for: one resolver
over the registry's roles and the article's mentions that the stages share."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .actors import Mention, dateline_place, lemma_of
from .analysis import Analysis
from .lexicon import (
    AGENT_LIST_GAPS,
    ARMED_MODIFIERS,
    ARMED_ORGANS,
    ARTICLES,
    CIVIL_RANK_HEADS,
    CLAUSE_SUBORDINATORS,
    CONJUNCT_GAPS,
    DESCRIBED_ROLE_OFFICES,
    DESCRIPTIVE_NOUNS,
    FEMALE_WORDS,
    FORMAL_NAME_LINKS,
    FUNCTION_WORDS,
    GENDER_PRONOUNS,
    GOVERNING_ORGANS,
    GUEST_NOUNS,
    INDEFINITE_ARTICLES,
    JOINT_NOUNS,
    JOINT_PERSON_NOUNS,
    LIST_GAPS,
    MALE_WORDS,
    MEDIATION_NOUNS,
    MEDIATION_PREFIXES,
    MEDIATION_VERBS,
    MEDIATOR_NOUNS,
    NAME_CONJUNCTIONS,
    NEGOTIATION_SIDE_NOUNS,
    OUT_OF_OFFICE_WORDS,
    PAIR_GAPS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLE_ANAPHORS,
    ROLE_LINKS,
    ROLE_SYNONYMS,
    ROLE_TAKING_PARTICIPLES,
    STATE_FORMS,
    THING_PRONOUNS,
    TITLE_HEADS,
    TITLE_POST_LINKS,
    TITLE_WORDS,
)
from .records import Span

# How far back an antecedent is looked for, in characters: a few paragraphs.
_REACH = 3000
_APPOSITION_CHARS = 60  # an apposition's length, in characters
_COLLECTIVE_MODIFIERS = 2  # words before a collective's noun ("the two neighbouring states of")
_DESCRIPTION_WORDS = 2  # plain words before a described role's state ("the veteran Algerian")
_TITLE_TOKENS = 12  # words of a formal title before a name
_NEXT_SENTENCES = 2  # how far on a lede's office may be named
_PEOPLE_SENTENCES = 3  # how far back "the two leaders" may find the pair they mean
_WORD = re.compile(r"[a-z]+")
_UNNAMED_SUBJECT_WORDS = 4  # words of a subject like "her elderly neighbour" or "a villager"
_GENDER_REACH = 20  # words after a person's name a pronoun telling their gender may stand
# What follows a transcript's label naming its speaker: asides, then the colon ("X (host):").
_LABEL_TAIL = re.compile(r"\)?(?: \([^)\n]{0,80}\))*:\s")


def resolve_person(a: Analysis, sentence: int, offset: int, speakers: dict[int, str]) -> str | None:
    """The person "he"/"she" refers to: the latest person acting as a subject, not one quoted;
    one the text gives the other gender ("Ms X", "X said his…") is passed over."""
    if _unnamed_person_before(a, sentence, offset):
        return None
    wanted = _gender_at(a, offset)
    for name in _person_candidates(a, sentence, offset, speakers):
        if wanted is None or _gender_of(a, name, offset) in {None, wanted}:
            return name
    return None


def _unnamed_person_before(a: Analysis, sentence: int, offset: int) -> bool:
    """ "Her neighbour, an older man…, nodded. \"…,\" he said": a person the story brings in
    unnamed, in the pronoun's sentence or the one before, is whom the pronoun means, not
    anyone named earlier."""
    earlier = sentence > 0 and opens_with_unnamed_person(a, sentence - 1)
    return earlier or opens_with_unnamed_person(a, sentence, offset)


def opens_with_unnamed_person(a: Analysis, sentence: int, end: int | None = None) -> bool:
    """Whether the sentence (up to `end`) opens with a person it does not name ("A villager
    in X, who asked not to be named, said", "Her neighbour, an older man, nodded") and names
    no person at all."""
    span = a.sentences[sentence]
    end = span.end if end is None else end
    if any(m.actor.kind == "person" for m in a.mentions_in(span.start, end)):
        return False
    first = _past_participle_lead(a, sentence)
    opening = a.tokens[first : min(first + _UNNAMED_SUBJECT_WORDS, a.token_index(end))]
    determiner = opening and opening[0].lower in INDEFINITE_ARTICLES | POSSESSIVE_DETERMINERS
    # "an official" is someone new too; "his spokesman" may be anyone's the text named
    roles = PERSON_ROLE_NOUNS | (
        ROLE_ANAPHORS if opening and opening[0].lower in INDEFINITE_ARTICLES else frozenset()
    )
    return bool(determiner) and any(t.lemma in roles for t in opening[1:])


def _past_participle_lead(a: Analysis, sentence: int) -> int:
    """Where the main clause opens past a participle's lead-in closed by a comma ("Asked
    whether…, a senior official laughed"), else the sentence's first token."""
    tokens, text = a.sentence_tokens[sentence], a.document.text
    word = a.tokens[tokens.start]
    if word.lower == word.lemma or not word.lower.endswith(("ed", "ing")):
        return tokens.start
    for k in range(tokens.start, tokens.stop - 1):
        if "," in text[a.tokens[k].end : a.tokens[k + 1].start]:
            return k + 1
    return tokens.start


def _person_candidates(a: Analysis, sentence: int, offset: int, speakers: dict[int, str]):
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, offset):
        if is_person_subject(a, mention, span.start):
            yield mention.actor.name
    for back in range(1, 4):
        name = speakers.get(sentence - back)
        if name is not None and is_person(a, name):
            yield name
        if sentence - back >= 0:
            earlier = a.sentences[sentence - back]
            for mention in a.mentions_in(earlier.start, earlier.end):
                if is_person_subject(a, mention, earlier.start) and not mention.possessive:
                    yield mention.actor.name
    person = a.last_person_before(offset)
    if person is not None:
        yield person.actor.name
        yield from (
            m.actor.name
            for m in reversed(a.mentions_in(max(0, offset - _REACH), person.start))
            if m.actor.kind == "person"
        )


def _gender_at(a: Analysis, offset: int) -> str | None:
    """The gender of the pronoun at an offset, if a gendered pronoun stands there."""
    k = a.token_index(offset)
    word = a.tokens[k].lower if k < len(a.tokens) and a.tokens[k].start == offset else ""
    if word not in PERSON_PRONOUNS:
        return None
    return "male" if word in MALE_WORDS else "female"


def _gender_of(a: Analysis, name: str, before: int) -> str | None:
    """The gender the text gives a person before an offset: an honorific right before one of
    their mentions, or the first gendered pronoun after one, in its sentence or the next,
    with no other person between ("Mukamana has lived here a year. She…"); None where it
    gives none or both."""
    found = set()
    for mention in [m for m in a.mentions_in(0, before) if m.actor.name == name]:
        k = a.token_index(mention.start)
        if k > 0 and (gender := _gender_word(a.tokens[k - 1].lower)):
            found.add(gender)
        ended = False
        for j in range(a.token_index(mention.end), min(len(a.tokens), k + _GENDER_REACH)):
            token = a.tokens[j]
            if token.start >= before:
                break
            other = a.mention_at(token.start)
            if other is not None and other.actor.name != name and other.actor.kind == "person":
                break
            if token.lower in GENDER_PRONOUNS:
                found.add(_gender_word(token.lower))
                break
            if "." in a.document.text[token.end : token.end + 2]:
                if ended:
                    break  # the next sentence ends too
                ended = True
    return found.pop() if len(found) == 1 else None


def _gender_word(word: str) -> str | None:
    return "male" if word in MALE_WORDS else "female" if word in FEMALE_WORDS else None


def state_of(a: Analysis, name: str | None) -> str | None:
    """The state or body a person acts for, or the actor itself."""
    actor = a.registry.actors.get(name) if name else None
    if actor is not None and actor.kind == "person" and actor.affiliation:
        return actor.affiliation if actor.affiliation in a.registry.actors else name
    return name


def resolve_thing(
    a: Analysis, sentence: int, speakers: dict[int, str], offset: int | None = None
) -> str | None:
    """ "it"/"they" (at `offset`): this sentence's speaker so far, else the last one, when not
    a person; else a body named before it ("the army says it accepts if the RSF withdraws"
    names the RSF after "it", so "it" is not the RSF)."""
    opener = _subordinate_to_body(a, sentence, offset) if offset is not None else None
    if opener is not None:
        return opener
    unnamed = offset is not None and _reported_by_unnamed(a, sentence, offset)
    name = speakers.get(sentence) or (None if unnamed else previous_speaker(sentence, speakers))
    if name and a.registry.actors.get(name) and a.registry.actors[name].kind != "person":
        return name
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, span.end if offset is None else offset):
        if mention.actor.kind != "person":
            return mention.actor.name
    if unnamed:
        return None
    # "The RSF issued a statement. It further stated…": the last sentence's body subject.
    earlier = a.sentences[sentence - 1] if sentence > 0 else None
    for mention in a.mentions_in(earlier.start, earlier.end) if earlier else ():
        if mention.actor.kind != "person" and not mention.possessive:
            return None if after_preposition(a, mention, earlier.start) else mention.actor.name
    return None


def _subordinate_to_body(a: Analysis, sentence: int, offset: int) -> str | None:
    """ "The RSF accepted the truce, though they deny any looting": "it"/"they" in a clause
    subordinate to one whose subject is a body opening the sentence is that body."""
    span = a.sentences[sentence]
    first = a.sentence_tokens[sentence].start
    mentions = a.mentions_in(span.start, offset)
    if not mentions or mentions[0].actor.kind == "person" or mentions[0].possessive:
        return None
    opening = a.token_index(mentions[0].start)
    if opening > first + 1 or (opening > first and a.tokens[first].lower != "the"):
        return None
    between = range(a.token_index(mentions[0].end), a.token_index(offset))
    if any(a.tokens[j].lower in CLAUSE_SUBORDINATORS for j in between):
        return mentions[0].actor.name
    return None


def _reported_by_unnamed(a: Analysis, sentence: int, offset: int) -> bool:
    """ "The army says it accepts": "it" opening what a noun phrase reports stands for that
    noun phrase, so where the phrase names no actor, it is not the last speaker either."""
    k = a.token_index(offset) - 1
    first = a.sentence_tokens[sentence].start
    if k > first and a.tokens[k].lower == "that":
        k -= 1
    if k <= first or a.tokens[k].lemma not in REPORTING_VERBS:
        return False
    return a.tokens[k - 1].lower not in PERSON_PRONOUNS | THING_PRONOUNS


def resolve_role(a: Analysis, offset: int, role: str) -> str | None:
    """The last person before with that role ("the envoy", "the foreign minister"), by title
    or by an apposition ("X, a spokesman for the Emirate"), first one given the very word,
    since a story repeats the noun it gave the holder ("a spokesman… the spokesman"); failing
    one, the first after it with the title, since a lede may name the office before the
    holder."""
    earlier = a.mentions_in(max(0, offset - _REACH), offset)
    for offices in dict.fromkeys([(role,), ROLE_SYNONYMS.get(role, (role,))]):
        given = _apposed_role(a, offset, offices)
        for mention in reversed(earlier):
            if mention.actor.kind != "person":
                continue
            if holds(mention.actor.role, role, offices) or mention.actor.name == given:
                return mention.actor.name
    for mention in a.mentions_in(offset, offset + _REACH):
        if mention.actor.kind == "person" and holds(mention.actor.role, role):
            return mention.actor.name
    return None


def person_in_role(
    a: Analysis,
    sentence: int,
    offset: int,
    role: str,
    speakers: dict[int, str],
    offices: tuple[str, ...] | None = None,
) -> str | None:
    """ "X told troops … The general added": where no one named before holds the role (or one
    of the offices given for it), the role noun is the person "he" or "she" would be, unless
    that person holds another office."""
    name = resolve_person(a, sentence, offset, speakers)
    if name is None or not is_person(a, name):
        return None
    title = a.registry.actors[name].role
    return name if not title or holds(title, role, offices) else None


def described_speaker(
    a: Analysis, sentence: int, mention: Mention, role: str, speakers: dict[int, str]
) -> str | None:
    """ "EU envoy X said … \"…,\" the Slovak diplomat said": a state's adjective before a
    role noun names the person just before, unless the text gives that person another state.
    An international body's envoy has a nationality of their own, but not that of a state the
    article names elsewhere ("EU envoy X arrived in Moscow … the Russian diplomat said")."""
    start = a.token_index(mention.start)
    # "the veteran Algerian diplomat": plain words of description may precede the state's
    opening = start - 1
    while opening > 0 and start - opening <= _DESCRIPTION_WORDS and _describes_person(a, opening):
        opening -= 1
    if mention.possessive or opening < 0 or a.tokens[opening].lower != "the":
        return None
    offices = DESCRIBED_ROLE_OFFICES.get(role)
    name = person_in_role(a, sentence, mention.start, role, speakers, offices)
    side = a.registry.actors.get(a.registry.actors[name].affiliation or "") if name else None
    if side is not None and side.kind == "organization":
        return None if _named_elsewhere(a, mention) else name
    return name if name and (side is None or side.name == mention.actor.name) else None


def _describes_person(a: Analysis, k: int) -> bool:
    """Whether token k is a plain lower-case word of description ("veteran", "soft-spoken")
    that leaves the role's holder the one in office (not "former", "exiled")."""
    token = a.tokens[k]
    plain = token.lower not in FUNCTION_WORDS and token.lower not in OUT_OF_OFFICE_WORDS
    return token.text.islower() and plain and not a.mention_at(token.start)


def _named_elsewhere(a: Analysis, mention: Mention) -> bool:
    return any(m.actor.name == mention.actor.name and m.start != mention.start for m in a.mentions)


def _apposed_role(a: Analysis, offset: int, offices: tuple[str, ...]) -> str | None:
    """The last person before an offset whom an apposition gave one of the offices ("X, the
    spokesman of the Emirate, said", "the spokeswoman for the premier, X, said")."""
    offices = "|".join(re.escape(o) for o in offices)
    after = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{offices})\b", re.I)
    before = re.compile(rf"\b(?:{offices})\b(?:\s+[\w-]+){{0,4}},\s*$", re.I)
    text = a.document.text
    for mention in reversed(a.mentions_in(max(0, offset - _REACH), offset)):
        if mention.actor.kind != "person" or mention.end >= offset:
            continue
        lead = text[max(0, mention.start - _APPOSITION_CHARS) : mention.start]
        if after.match(text, mention.end, mention.end + _APPOSITION_CHARS) or before.search(lead):
            return mention.actor.name
    return None


def holds(title: str | None, role: str, offices: tuple[str, ...] | None = None) -> bool:
    """Whether a registry title holds a role noun ("Foreign Minister" holds "minister"), or
    one of the offices given for it."""
    title = (title or "").lower()
    words = _WORD.findall(title)
    for office in offices or ROLE_SYNONYMS.get(role, (role,)):
        if (" " in office or "-" in office) and office in title:
            return True
        # One word must be a word of the title, and not a civil office's ("Secretary-General").
        for n, word in enumerate(words):
            if word == office and (n == 0 or words[n - 1] not in CIVIL_RANK_HEADS):
                return True
    return False


def resolve_description(a: Analysis, offset: int, noun: str) -> str | None:
    """ "the movement", "the group", "the militia": the last organisation or armed group
    of that kind named before, or the one a person named before belongs to; one whose name the
    noun heads ("the Alliance" after "the Darfur Relief Alliance") before any other."""
    kinds = DESCRIPTIVE_NOUNS[noun]
    last = None
    for mention in reversed(a.mentions_in(max(0, offset - _REACH), offset)):
        name = state_of(a, mention.actor.name)
        actor = a.registry.actors.get(name)
        if actor is None or actor.kind not in kinds:
            continue
        if _WORD.findall(name.lower())[-1:] == [noun]:
            return name
        last = last or name
    return last


def described_next(a: Analysis, offset: int, noun: str) -> str | None:
    """ "South Sudan's main opposition movement said … the interim leader of the SPLM-IO":
    a lede's description of a side the story names only after it, within the next sentences."""
    kinds = DESCRIPTIVE_NOUNS[noun]
    later = _next_sentence_ends(a, offset)
    for mention in a.mentions_in(offset, later[-1] if later else offset):
        actor = a.registry.actors.get(state_of(a, mention.actor.name))
        if actor is not None and actor.kind in kinds:
            return actor.name
    return None


def titled_person(a: Analysis, mention: Mention) -> str | None:
    """ "the Russian leader", "the Sudanese army chief", "Armenia's foreign minister": the
    person named earlier whose affiliation is that state and whose title holds the office
    after the demonym or the possessive."""
    start = a.token_index(mention.start)
    if mention.actor.kind == "person":
        return None
    if not mention.possessive and (start == 0 or a.tokens[start - 1].lower != "the"):
        return None
    after = a.token_index(mention.end)
    role = office_after(a, after)
    # "the American guest said": a guest is whoever of that side was named last
    guest = role is None and after < len(a.tokens) and a.tokens[after].lemma in GUEST_NOUNS
    if role is None and not guest:
        return None
    for earlier in reversed(a.mentions_in(0, mention.start)):
        actor = earlier.actor
        if actor.affiliation != mention.actor.name:
            continue
        # a guest is one who acts in the story, not one whose greetings it passes on or
        # whose name a thing bears ("the Trump Route")
        if _acts(a, earlier) if guest else holds(actor.role, role):
            return actor.name
    return None if guest else _titled_in_text(a, mention, role)


def _titled_in_text(a: Analysis, mention: Mention, role: str) -> str | None:
    """ "The Minister of Foreign Affairs of the United Arab Emirates Sheikh X … the Emirati
    minister", "X, EU Special Representative for the Dialogue … the EU envoy": the last
    person whose own title, in the text before the name or in the apposition after it, holds
    the role and names the same side, where the registry records neither."""
    for earlier in reversed(a.mentions_in(max(0, mention.start - _REACH), mention.start)):
        if earlier.actor.kind != "person" or earlier.actor.role:
            continue
        start = a.token_index(earlier.start)
        title = []
        for j in range(start - 1, max(-1, start - _TITLE_TOKENS), -1):
            if "." in a.document.text[a.tokens[j].end : a.tokens[j + 1].start]:
                break
            title.append(a.tokens[j])
        title.reverse()
        title += _apposition_after(a, earlier)
        side = any(
            (m := a.mention_at(t.start)) is not None and m.actor.name == mention.actor.name
            for t in title
        )
        if side and holds(" ".join(t.lower for t in title), role):
            return earlier.actor.name
    return None


def _apposition_after(a: Analysis, mention: Mention) -> list:
    """The words of an apposition a comma opens right after a name, up to its next comma or
    full stop ("X, EU Special Representative for the Dialogue, said")."""
    k = a.token_index(mention.end)
    if k >= len(a.tokens) or a.document.text[mention.end : a.tokens[k].start].strip() != ",":
        return []
    words = []
    for j in range(k, min(len(a.tokens), k + _TITLE_TOKENS)):
        words.append(a.tokens[j])
        following = a.tokens[j + 1].start if j + 1 < len(a.tokens) else len(a.document.text)
        if any(mark in a.document.text[a.tokens[j].end : following] for mark in ",.;\n"):
            break
    return words


def _acts(a: Analysis, mention: Mention) -> bool:
    """A person named as a subject, not in a prepositional phrase or as a name's modifier."""
    following = a.token_index(mention.end)
    modifier = following < len(a.tokens) and a.tokens[following].text[:1].isupper()
    return is_person_subject(a, mention, 0) and not mention.possessive and not modifier


def office_after(a: Analysis, k: int) -> str | None:
    """The office from token k on ("foreign minister"), or None; a capitalised one only
    where no name follows it ("the US President said", not "the US President Ana Ruiz")."""
    words, capitalised = [], False
    while k < len(a.tokens) and a.tokens[k].lower in TITLE_WORDS:
        words.append(a.tokens[k].lower)
        capitalised = capitalised or not a.tokens[k].text.islower()
        k += 1
        if a.tokens[k - 1].possessive:
            break
    if capitalised and k < len(a.tokens) and a.tokens[k].text[:1].isupper():
        return None
    # "the Egyptian foreign ministry" ends on a modifier: it names a body, not an office.
    return " ".join(words) if words and words[-1] in TITLE_HEADS else None


def joint_parties(a: Analysis, offset: int, noun: str) -> list[str]:
    """The sides "both sides", "the two leaders" or "a joint statement" stand for: the two
    named together last, else the last meeting's participants, else the parties of the
    article's main negotiation that it names. Only "leaders" and the like keep persons;
    "the parties" and "the two countries" are their states."""
    people = noun in JOINT_PERSON_NOUNS
    # "both sides": the sides of the negotiation, not a pair of mediators named last
    main = _negotiation_parties(a) if noun in NEGOTIATION_SIDE_NOUNS else []
    sides = main[:2] if len(main) >= 2 else []
    # "talks…, with X and Y acting as mediators. According to a joint statement, the two
    # sides…": a pair of go-betweens is no pair of sides
    go_betweens = set(named_mediators(a, offset))
    pair = _named_together(a, offset, people, go_betweens) if main else []
    own = [(state_of(a, side) or side) in main for side in pair]
    if pair and (all(own) if len(main) > 2 else any(own) and _in_sentence(a, pair, offset)):
        # of a negotiation among three, the two named together last; of two, a pair the
        # sentence itself names with one of them ("X and Y agreed…, both delegations said")
        sides = pair
    elif pair and all(own) and _people_just_named(a, offset, pair):
        sides = pair  # "X and Y met… Both sides described it as positive": its leaders
    sides = sides or _named_together(a, offset, people, go_betweens) or _last_meeting(a, offset)
    sides = sides or (_last_two_people(a, offset) if people else [])
    sides = sides or _negotiation_parties(a)
    if not people and not _people_just_named(a, offset, sides):
        sides = [state_of(a, side) or side for side in sides]
    return list(dict.fromkeys(sides))


def _sentence_at(a: Analysis, offset: int) -> int:
    """The index of the sentence holding (or ending at) a character offset."""
    return next((i for i, span in enumerate(a.sentences) if span.end >= offset), 0)


def _people_just_named(a: Analysis, offset: int, sides: list[str]) -> bool:
    """ "X and Y met in Damascus. Both sides described the meeting as positive": a pair of
    people the sentence before named together are the sides, not their states."""
    s = _sentence_at(a, offset)
    if s == 0 or len(sides) != 2 or not all(is_person(a, side) for side in sides):
        return False
    before = a.sentences[s - 1]
    return _named_together(a, before.end, True) == sides and _in_sentence(a, sides, before.end)


def listed_sides(a: Analysis, offset: int, count: int, noun: str) -> list[str]:
    """ "X, Y, Z and W met… The four countries said": the last list before an offset that
    names exactly that many actors (their states, unless the noun names people)."""
    mentions = a.mentions_in(max(0, offset - _REACH), offset)
    run: list[Mention] = []
    for mention in reversed(mentions):
        gap = a.document.text[mention.end : run[0].start].strip(" ").lower() if run else ""
        if run and gap not in LIST_GAPS and gap.strip(" ,") not in PAIR_GAPS:
            if len(run) == count:
                break
            run = []
        run.insert(0, mention)
    if len(run) != count:
        return []
    names = [m.actor.name for m in run]
    if noun not in JOINT_PERSON_NOUNS:
        names = [state_of(a, name) or name for name in names]
    return list(dict.fromkeys(names)) if len(set(names)) == count else []


def _named_together(
    a: Analysis, offset: int, people: bool, go_betweens: set[str] = frozenset()
) -> list[str]:
    mentions = a.mentions_in(max(0, offset - _REACH), offset)
    for i in range(len(mentions) - 1, 0, -1):
        pair = [mentions[i - 1].actor, mentions[i].actor]
        gap = a.document.text[mentions[i - 1].end : mentions[i].start].strip(" ,").lower()
        if gap not in PAIR_GAPS or (people and any(p.kind != "person" for p in pair)):
            continue
        if all((state_of(a, p.name) or p.name) in go_betweens for p in pair):
            continue
        if i > 1 and _in_list(a, mentions[i - 2], mentions[i - 1]):
            continue  # "X, Y, Z and W": the tail of a list names no two sides
        if i > 1 and _added_to_pair(a, mentions[i - 2], mentions[i - 1], mentions[i]):
            continue  # "X and Y, with Z officers": Z joins the pair, it is not Y's other side
        names = [p.name if people else state_of(a, p.name) for p in pair]
        if names[0] != names[1]:
            return [p.name for p in pair]
    return []


def _in_sentence(a: Analysis, names: list[str], offset: int) -> bool:
    """Whether the sentence holding an offset names every one of some actors before it."""
    span = next((s for s in a.sentences if s.end >= offset), None)
    found = {m.actor.name for m in a.mentions_in(span.start, offset)} if span else set()
    return all(name in found for name in names)


def _last_two_people(a: Analysis, offset: int) -> list[str]:
    """ "X held talks with Y. The talks lasted an hour. The two leaders stressed…": the
    people named in the last sentence before, a few back, that names any, when it names
    exactly two."""
    s = _sentence_at(a, offset)
    for back in range(s - 1, max(-1, s - 1 - _PEOPLE_SENTENCES), -1):
        before = a.sentences[back]
        people = [m.actor.name for m in a.mentions_in(before.start, before.end)]
        people = [p for p in dict.fromkeys(people) if a.registry.actors[p].kind == "person"]
        if people:
            return people if len(people) == 2 else []
    return []


def _added_to_pair(a: Analysis, first: Mention, second: Mention, third: Mention) -> bool:
    """Whether a comma sets a third name apart from a pair before it ("X and Y, with Z")."""
    text = a.document.text
    paired = text[first.end : second.start].strip(" ").lower() in PAIR_GAPS
    return paired and text[second.end : third.start].lstrip(" ").startswith(",")


def _in_list(a: Analysis, before: Mention, mention: Mention) -> bool:
    """Whether a comma alone joins a mention to the one before it ("X, Y and Z")."""
    return a.document.text[before.end : mention.start].strip(" ") in LIST_GAPS


def _last_meeting(a: Analysis, offset: int) -> list[str]:
    """The two sides of the last meeting before; a meeting of more sides names no pair."""
    held = [m for m in a.meetings if m.evidence.start < offset and len(m.participants) > 1]
    sides = {state_of(a, p) for p in held[-1].participants} if held else set()
    return list(held[-1].participants) if len(sides) == 2 else []


def main_sides(a: Analysis) -> list[str]:
    """The two sides of the article's main negotiation it names most."""
    return _negotiation_parties(a)[:2]


def _negotiation_parties(a: Analysis) -> list[str]:
    named = _parties_named(a)
    main = next((n for n in a.registry.negotiations if a.negotiations[:1] == (n.slug,)), None)
    parties = [p for p in main.parties if named[p]] if main else []
    return sorted(parties, key=lambda p: -named[p])


def _parties_named(a: Analysis, start: int = 0, end: int | None = None) -> Counter[str]:
    """How often each state or group is named in a stretch, a person counting for theirs."""
    end = len(a.document.text) if end is None else end
    return Counter(state_of(a, m.actor.name) for m in a.mentions_in(start, end))


def article_state(a: Analysis, offset: int) -> str | None:
    """The state "the government" means: the main negotiation's state named most in the
    paragraphs before, else the state the story names most when none of that negotiation's
    states is named as often, else the state of the last official named, else the
    negotiation's most named state, else the last state named."""
    states = [p for p in _negotiation_parties(a) if _kind(a, p) == "state"]
    # Of sides named as often, the one the story is filed from ("PHNOM PENH (Agency) -")
    home = dateline_state(a)
    states.sort(key=lambda p: p != home)
    near = _parties_named(a, max(0, offset - _REACH // 3), offset)
    if any(near[p] for p in states):
        return max(states, key=lambda p: near[p])
    # The state the story names most in its own words ("Ethiopian officials", "Addis Ababa"),
    # not a visiting envoy's, whose person names no side; it outweighs the sides of a
    # negotiation the story only touches ("the Red Sea" in a Yemen story matching the
    # US-Houthi talks) when it is named more than any of their states.
    own = Counter(m.actor.name for m in a.mentions if m.actor.kind == "state")
    most = max(own, key=lambda name: own[name]) if own else None
    if most is not None and own[most] > max((own[p] for p in states), default=0):
        return most
    person = a.last_person_before(offset)
    official = state_of(a, person.actor.name) if person else None
    if official is not None and _kind(a, official) == "state":
        return official
    if states:
        return states[0]
    named = reversed(a.mentions_in(max(0, offset - _REACH), offset))
    # "returned from Muscat" names a place visited, not the side speaking.
    subjects = (m for m in named if not after_preposition(a, m, 0))
    return next((m.actor.name for m in subjects if m.actor.kind == "state"), None)


def sole_state_side(a: Analysis) -> str | None:
    """The one state among the sides the article's main negotiation names ("the army" in a
    story of a war between a state and a rebel force), or None when both sides are states."""
    states = [p for p in _negotiation_parties(a) if _kind(a, p) == "state"]
    return states[0] if len(states) == 1 else None


def named_government(a: Analysis, offset: int) -> str | None:
    """The state whose government or army was last named as such before an offset
    ("Yemen's government", "the Sudanese army", "the government of Chad"): the side "the
    government" or "the army" then refers back to."""
    for mention in reversed(a.mentions_in(max(0, offset - _REACH), offset)):
        if mention.actor.kind == "state" and _names_own_organ(a, mention):
            return mention.actor.name
    return None


def _names_own_organ(a: Analysis, mention: Mention) -> bool:
    """Whether a state is named with its government or army, in lower case: "the Libyan
    National Army" names a body of its own, and "facilitated by the Malaysian government" a
    go-between's."""
    organs = GOVERNING_ORGANS | ARMED_ORGANS
    if _mediating(a, mention):
        return False
    if mention.surface.split()[-1].lower() in organs:
        return True  # a state's alias that holds the organ ("Sudanese Armed Forces")
    k = a.token_index(mention.end)
    while k < len(a.tokens) and a.tokens[k].text in ARMED_MODIFIERS:
        k += 1
    # "Sudan's army-led government": the first part of a compound names the organ too
    if k < len(a.tokens) and a.tokens[k].text.split("-")[0] in organs:
        return True
    j = a.token_index(mention.start)
    return j > 1 and a.tokens[j - 1].lower == "of" and a.tokens[j - 2].text in GOVERNING_ORGANS


def _mediating(a: Analysis, mention: Mention) -> bool:
    """Whether a mention is the agent of a mediation ("brokered by the Qatari government")."""
    j = a.token_index(mention.start) - 1
    while j > 0 and a.tokens[j].lower in ARTICLES:
        j -= 1
    return j > 0 and a.tokens[j].lower == "by" and _mediation_word(a.tokens[j - 1])


def _mediation_word(token) -> bool:
    lemma = token.lemma
    if lemma.startswith(MEDIATION_PREFIXES):
        lemma = lemma_of(lemma.split("-", 1)[1])  # "Qatar co-mediated"
    return lemma in MEDIATION_VERBS or lemma in MEDIATION_NOUNS


def named_mediators(a: Analysis, offset: int) -> list[str]:
    """The mediators "the mediators" refers back to: the actors last named as mediators
    before an offset ("Qatari and Egyptian mediators", "mediators Turkey and Qatar", "talks
    mediated by X and Y"), as their states; none when the article names none."""
    first, named, sentence = a.token_index(max(0, offset - _REACH)), [], None
    for k in range(a.token_index(offset) - 1, first - 1, -1):
        token = a.tokens[k]
        if sentence is not None and token.start < sentence:
            break  # "talks hosted by X with mediation by Y": every go-between of one sentence
        found = _mediators_at(a, k)
        named = found + named
        if found and sentence is None:
            sentence = next(s.start for s in reversed(a.sentences) if s.start <= token.start)
    return list(dict.fromkeys(state_of(a, name) or name for name in named))


def mediators_in(a: Analysis, span: Span) -> set[str]:
    """The states or bodies a span names as agents of a mediation ("talks mediated by Qatar
    and Egypt", "hosted by Oman", "under Kuwaiti mediation"); mediators who merely meet
    ("Qatari and Egyptian mediators met") are not."""
    first, last = a.token_index(span.start), a.token_index(span.end)
    named = [name for k in range(first, last) for name in _agents_of_mediation(a, k)]
    return {state_of(a, name) or name for name in named}


def _mediators_at(a: Analysis, k: int) -> list[str]:
    """The go-betweens token k names, when it is a mediator noun or a word of mediation."""
    if a.tokens[k].lower in MEDIATOR_NOUNS:
        return _listed_before(a, _before_role_link(a, k)) or _listed_after(a, k)
    return _agents_of_mediation(a, k)


def _before_role_link(a: Analysis, k: int) -> int:
    """ "X and Y acting as mediators", "X and Y as guarantors": the first word of the link
    between the actors and the role noun at token k, else k."""
    if k < 2 or a.tokens[k - 1].lower not in ROLE_LINKS:
        return k
    return k - 2 if a.tokens[k - 2].lower in ROLE_TAKING_PARTICIPLES else k - 1


def _agents_of_mediation(a: Analysis, k: int) -> list[str]:
    """Who mediates, when token k is a word of mediation ("brokered by X", "X hosted")."""
    if not _mediation_word(a.tokens[k]):
        return []
    if k + 1 < len(a.tokens) and a.tokens[k + 1].lower == "by":
        return _listed_after(a, k + 1)
    return _listed_before(a, k)  # "Turkey hosted the talks", "Qatari mediation"


def mediators_named_next(a: Analysis, offset: int) -> list[str]:
    """The mediators named from an offset to the end of the next sentences, for a lede that
    names the office first ("…, mediators said. The talks were hosted by X and Y")."""
    for end in _next_sentence_ends(a, offset):
        named = named_mediators(a, end)
        if named:
            return named
    return []


def _next_sentence_ends(a: Analysis, offset: int) -> list[int]:
    """Where the sentence holding an offset and the next ones (_NEXT_SENTENCES) end."""
    return [s.end for s in a.sentences if s.end > offset][: _NEXT_SENTENCES + 1]


def _listed_before(a: Analysis, k: int) -> list[str]:
    """The actors of a list that ends at or right before token k ("X and Y mediators")."""
    token = a.tokens[k]
    last = a.mention_at(token.start) or a.mention_at(a.tokens[k - 1].start) if k else None
    if last is None:
        return []
    found = [last]
    for mention in reversed(a.mentions_in(max(0, last.start - 200), last.start)):
        gap = a.document.text[mention.end : found[-1].start].strip(" ,").lower()
        if gap not in AGENT_LIST_GAPS | CONJUNCT_GAPS:
            break
        found.append(mention)
    return [m.actor.name for m in reversed(found)]


def _listed_after(a: Analysis, k: int) -> list[str]:
    """The actors of a list right after token k ("mediators Qatar and Egypt", "by X, Y and
    the Z"), an apposition's dashes and commas allowed."""
    found: list[Mention] = []
    end = a.tokens[k].end
    for mention in a.mentions_in(end, end + 200):
        gap = a.document.text[end : mention.start].strip(" ,–—-").lower()
        # "brokered by the friendly states of X and Y": a collective before the list
        collective = not found and _collective_of(gap)
        if gap not in AGENT_LIST_GAPS | CONJUNCT_GAPS and not _formal_name(gap) and not collective:
            break
        found.append(mention)
        end = mention.end
    return [m.actor.name for m in found]


def _collective_of(gap: str) -> bool:
    """Whether the words before a list are a collective of its members ("the friendly
    states of", "the two governments of"): a joint noun, "of", a modifier or two."""
    words = gap.split()
    if len(words) < 2 or words[-1] != "of" or lemma_of(words[-2]) not in JOINT_NOUNS:
        return False
    rest = [w for w in words[:-2] if w not in ARTICLES]
    return len(rest) <= _COLLECTIVE_MODIFIERS and all(w.isalpha() for w in rest)


def _formal_name(gap: str) -> bool:
    """Whether the words before a state's name are its formal name's ("the Republic of")."""
    return all(w in ARTICLES or w in STATE_FORMS or w in FORMAL_NAME_LINKS for w in gap.split())


def home_side(a: Analysis) -> str | None:
    """The side of the main negotiation whose place the dateline names: the story is filed
    from its capital ("KHARTOUM (Wire) -" in a story of the Sudan talks). A host's or a
    mediator's dateline ("DOHA -") names no side."""
    home = dateline_state(a)
    main = next((n for n in a.registry.negotiations if a.negotiations[:1] == (n.slug,)), None)
    return home if main is not None and home in main.parties else None


def dateline_state(a: Analysis) -> str | None:
    """The state whose place a wire dateline names ("PHNOM PENH (Agency) -" is Cambodia)."""
    place = dateline_place(a.document.text)
    actor = a.registry.lookup(place) if place else None
    return actor.name if actor is not None and actor.kind == "state" else None


def _kind(a: Analysis, name: str) -> str | None:
    actor = a.registry.actors.get(name)
    return actor.kind if actor else None


def previous_speaker(sentence: int, speakers: dict[int, str]) -> str | None:
    for back in range(1, 3):
        if sentence - back in speakers:
            return speakers[sentence - back]
    return None


def is_person(a: Analysis, name: str) -> bool:
    actor = a.registry.actors.get(name)
    return actor is not None and actor.kind == "person"


def is_person_subject(a: Analysis, mention: Mention, floor: int) -> bool:
    """A person named outside quotes and prepositional phrases."""
    return (
        mention.actor.kind == "person"
        and not a.in_quote(mention.start)
        and not after_preposition(a, mention, floor)
        and not _governed_conjunct(a, mention, floor)
        and not _labels_turn(a, mention)
    )


def _labels_turn(a: Analysis, mention: Mention) -> bool:
    """ "HADDAD: The spokesman, X, spoke. He denied…": a transcript's label names who speaks
    the turn, no subject of its sentence a later pronoun could mean."""
    text = a.document.text
    if not _LABEL_TAIL.match(text, mention.end):
        return False
    before = text[text.rfind("\n", 0, mention.start) + 1 : mention.start].strip()
    return not before or before.endswith("(")


def after_preposition(a: Analysis, mention: Mention, floor: int) -> bool:
    """A name governed by a preposition, past its titles and their one modifier ("talks
    with Qatari envoys X and Y"): a complement, not a subject."""
    text = a.document.text[max(floor, mention.start - 40) : mention.start].split()
    words = [w for w in text if w.lower() not in ARTICLES]
    titled = False
    while words and _is_title(words[-1]):
        words.pop()
        titled = True
    if titled and words and words[-1][:1].isupper() and words[-1][-1].isalpha():
        words.pop()  # the title's modifier: a demonym or a body ("Qatari envoys", "AU envoy")
    last = words[-1].lower().strip(",") if words else ""
    # "Head of the Ministry X": a capitalised post's link, not a phrase governing the name
    # ("the office of Prime Minister X" governs it).
    post = titled and last in TITLE_POST_LINKS and len(words) > 1 and words[-2][:1].isupper()
    return last in PREPOSITIONS and not post


def _governed_conjunct(a: Analysis, mention: Mention, floor: int) -> bool:
    """ "talks with X and Y": a name joined by "and" to one after a preposition shares it."""
    before = a.mentions_in(max(floor, mention.start - 80), mention.start)
    gap = a.document.text[before[-1].end : mention.start].split() if before else []
    return bool(gap) and gap[0] in NAME_CONJUNCTIONS and after_preposition(a, before[-1], floor)


@lru_cache(maxsize=4096)
def _is_title(word: str) -> bool:
    # Cached: lemmatising is the dear part, and the same few words come before every name.
    lower = word.lower()
    return lower in TITLE_WORDS or lemma_of(lower) in TITLE_WORDS

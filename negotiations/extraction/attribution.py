"""Who a verb belongs to: the subject before it, the name after it, or a pronoun's antecedent."""

from __future__ import annotations

from .actors import Mention
from .analysis import Analysis
from .lexicon import (
    BE_AUXILIARIES,
    ORGAN_NOUNS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    ROLE_ANAPHORS,
    SPEECH_NOUNS,
    SUBJECT_GAP_WORDS,
    THING_PRONOUNS,
    TITLE_WORDS,
)

_BACK_WINDOW = 8
_FORWARD_WINDOW = 6
_AGENT_WINDOW = 12
# The offices "the Russian leader" may stand for.
_LEADER_OFFICES = ("president", "prime minister", "leader", "chairman", "king", "emir")
_CLAUSE_BREAKS = (",", "—", "–", " - ", ";", "(", ")")


def subject_before(
    a: Analysis, sentence: int, verb: int, speakers: dict[int, str]
) -> tuple[str | None, float]:
    """The actor acting as subject of the verb at token index `verb`, with a confidence."""
    span = a.sentences[sentence]
    first = a.token_range(span).start
    for k in range(verb - 1, max(first, verb - _BACK_WINDOW) - 1, -1):
        token = a.tokens[k]
        if a.in_quote(token.start) != a.in_quote(a.tokens[verb].start):
            break
        mention = a.mention_at(token.start)
        if mention is not None:
            if _is_modifier(a, mention, first):
                continue
            return _titled_state(a, mention) or mention.actor.name, 0.9
        word = token.text.lower()
        if word in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers), 0.75
        if word in THING_PRONOUNS:
            return _resolve_thing(a, sentence, speakers), 0.6
        if word in ROLE_ANAPHORS and k > first and a.tokens[k - 1].text.lower() == "the":
            return _resolve_role(a, token.start, word), 0.7
        if word in SPEECH_NOUNS:
            return _previous_speaker(sentence, speakers), 0.6
    return None, 0.0


def clause_subject(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]) -> str | None:
    """The subject right before a reporting verb, past adverbs and a parenthetical clause."""
    first = a.token_range(a.sentences[sentence]).start
    k = verb - 1
    while k >= first and _is_gap(a, k):
        k -= 1
    if k < first:
        return None
    if _breaks_clause(a, k):
        mention = a.mention_at(a.tokens[k].start)
        if mention is None or not _is_apposition(a, mention, first):
            k = _before_parenthetical(a, k, first)
    return _actor_at(a, sentence, k, speakers) if k >= first else None


def passive_agent(a: Analysis, sentence: int, verb: int) -> str | None:
    """The agent of "was stated by X": a person in the by-phrase, else its first actor."""
    last = a.token_range(a.sentences[sentence]).stop
    by = next(
        (k for k in range(verb + 1, min(last, verb + 4)) if a.tokens[k].text == "by"),
        None,
    )
    return None if by is None else _agent_after(a, sentence, by)


def _agent_after(a: Analysis, sentence: int, by: int) -> str | None:
    """The actor of a "by X"/"from X" phrase: a person in it, else its first actor."""
    last = a.token_range(a.sentences[sentence]).stop
    found = [a.mention_at(a.tokens[k].start) for k in range(by + 1, min(last, by + _AGENT_WINDOW))]
    found = [m for m in found if m is not None]
    person = next((m for m in found if m.actor.kind == "person"), None)
    chosen = person or (found[0] if found else None)
    return chosen.actor.name if chosen else None


def statement_author(a: Analysis, sentence: int, verb: int) -> str | None:
    """ "A statement from/published by X … said": the author of the opening speech noun."""
    tokens, span = a.tokens, a.token_range(a.sentences[sentence])
    opening = range(span.start, min(verb, span.start + 3))
    noun = next((k for k in opening if tokens[k].lower in SPEECH_NOUNS), None)
    if noun is None:
        return None
    for k in range(noun + 1, min(verb, noun + 4)):
        if tokens[k].lower in {"by", "from"}:
            return _agent_after(a, sentence, k)
    return None


def is_passive(a: Analysis, sentence: int, verb: int) -> bool:
    """Whether a participle follows a form of "be" ("was announced", "has been said")."""
    first = a.token_range(a.sentences[sentence]).start
    k = verb - 1
    while k >= first and a.tokens[k].text.lower().endswith("ly"):
        k -= 1
    return k >= first and a.tokens[k].text.lower() in BE_AUXILIARIES


def subject_after(a: Analysis, sentence: int, verb: int, speakers: dict[int, str]) -> str | None:
    """The actor named just after a verb ("said Foreign Minister X", "according to X")."""
    span = a.sentences[sentence]
    last = a.token_range(span).stop
    for k in range(verb + 1, min(last, verb + 1 + _FORWARD_WINDOW)):
        token = a.tokens[k]
        mention = a.mention_at(token.start)
        if mention is not None:
            return None if mention.possessive else mention.actor.name
        if token.text.lower() in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
        if not (token.text[:1].isupper() or token.lower in TITLE_WORDS or token.lower == "the"):
            return None
    return None


def first_subject(a: Analysis, sentence: int, before: int, speakers: dict[int, str]) -> str | None:
    """The first subject-like actor of a sentence, for participles ("…, saying that")."""
    span = a.sentences[sentence]
    for k in a.token_range(span):
        if k >= before:
            break
        token = a.tokens[k]
        if a.in_quote(token.start):
            continue
        mention = a.mention_at(token.start)
        if mention is not None and not _is_modifier(a, mention, a.token_range(span).start):
            return mention.actor.name
        if token.text.lower() in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers)
    return None


def resolve_person(a: Analysis, sentence: int, offset: int, speakers: dict[int, str]) -> str | None:
    """The person "he"/"she" refers to: the latest person acting as a subject, not one quoted."""
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, offset):
        if _is_person_subject(a, mention, span.start):
            return mention.actor.name
    for back in range(1, 4):
        name = speakers.get(sentence - back)
        if name is not None and _is_person(a, name):
            return name
        if sentence - back >= 0:
            earlier = a.sentences[sentence - back]
            for mention in a.mentions_in(earlier.start, earlier.end):
                if _is_person_subject(a, mention, earlier.start) and not mention.possessive:
                    return mention.actor.name
    person = a.last_person_before(offset)
    return person.actor.name if person else None


def state_of(a: Analysis, name: str | None) -> str | None:
    """The state or body a person acts for, or the actor itself."""
    actor = a.registry.actors.get(name) if name else None
    if actor is not None and actor.kind == "person" and actor.affiliation:
        return actor.affiliation if actor.affiliation in a.registry.actors else name
    return name


def _actor_at(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The actor the subject phrase ending at token k stands for."""
    token = a.tokens[k]
    mention = a.mention_at(token.start)
    first = a.token_range(a.sentences[sentence]).start
    if mention is not None and _is_modifier(a, mention, first):
        return _head_of(a, sentence, mention, speakers)
    if mention is not None:
        return _titled_state(a, mention) or mention.actor.name
    word = token.text.lower()
    if word in PERSON_PRONOUNS:
        return resolve_person(a, sentence, token.start, speakers)
    if word in THING_PRONOUNS:
        return _resolve_thing(a, sentence, speakers)
    if word in ORGAN_NOUNS or word in SPEECH_NOUNS or word in ROLE_ANAPHORS:
        return _owner(a, sentence, k, speakers)
    return None


def _head_of(a: Analysis, sentence: int, mention: Mention, speakers: dict[int, str]) -> str | None:
    """ "Major X of the Pakistani army said": the person before "of" is the subject."""
    k = a.token_index(mention.start) - 1
    first = a.token_range(a.sentences[sentence]).start
    while k > first and a.tokens[k].lower == "the":
        k -= 1
    if k <= first or a.tokens[k].lower != "of":
        return None
    head = a.mention_at(a.tokens[k - 1].start)
    return head.actor.name if head is not None and head.actor.kind == "person" else None


def _owner(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """Who speaks through "Sharif's office", "a Kremlin statement" or "the president"."""
    word = a.tokens[k].text.lower()
    first = a.token_range(a.sentences[sentence]).start
    # The owner may stand before a compound organ: "Egypt's foreign ministry said",
    # "a Saudi foreign ministry statement said".
    j = k - 1
    while j > first and _is_organ_word(a, j):
        j -= 1
    j = _field_words(a, j, first)
    owner = a.mention_at(a.tokens[j].start) if j >= first else None
    titled = _titled_state(a, owner) if owner is not None and j == k - 1 else None
    if titled is not None:
        return titled
    if owner is not None:
        speaks_itself = word in SPEECH_NOUNS and j == k - 1
        return owner.actor.name if speaks_itself else state_of(a, owner.actor.name)
    before = a.tokens[j] if j >= first else None
    if before is not None and before.possessive and before.lower in ROLE_ANAPHORS:
        return state_of(a, _resolve_role(a, before.start, before.lower))
    if before is None or before.lower not in {"the", "this", "a"}:
        return None
    if word in ROLE_ANAPHORS:
        return _resolve_role(a, a.tokens[k].start, word)
    previous = _previous_speaker(sentence, speakers)
    return previous if word in SPEECH_NOUNS else state_of(a, previous)


def _field_words(a: Analysis, j: int, first: int) -> int:
    """Skip up to two lower-case words naming an organ's field ("Ukraine's energy ministry")
    when an owner's possessive stands before them; "the energy ministry" borrows no owner."""
    n = j
    while n > first and n > j - 2 and _is_plain_word(a, n):
        n -= 1
    owner = a.mention_at(a.tokens[n].start)
    return n if n != j and owner is not None and owner.possessive else j


def _is_plain_word(a: Analysis, k: int) -> bool:
    token = a.tokens[k]
    return token.text.isalpha() and token.text.islower() and not _breaks_clause(a, k)


def _is_organ_word(a: Analysis, k: int) -> bool:
    """A lower-case title or organ word inside a compound organ ("foreign ministry")."""
    token = a.tokens[k]
    organ = token.lower in TITLE_WORDS or token.lower in ORGAN_NOUNS
    owned = token.possessive or a.mention_at(token.start) is not None
    return organ and not owned and not _breaks_clause(a, k)


def _is_gap(a: Analysis, k: int) -> bool:
    """An adverb, auxiliary or date word between a subject and its verb."""
    token = a.tokens[k]
    if _breaks_clause(a, k) or a.in_quote(token.start):
        return False
    word = token.text.lower()
    return word in SUBJECT_GAP_WORDS or (word.endswith("ly") and not token.text[:1].isupper())


def _breaks_clause(a: Analysis, k: int) -> bool:
    """Whether punctuation closes a clause right after token k."""
    gap = _gap_after(a, k)
    return any(mark in gap for mark in _CLAUSE_BREAKS)


def _gap_after(a: Analysis, k: int) -> str:
    following = a.tokens[k + 1].start if k + 1 < len(a.tokens) else a.tokens[k].end
    return a.document.text[a.tokens[k].end : following]


def _is_apposition(a: Analysis, mention: Mention, first: int) -> bool:
    """ "India's envoy, Meera Anand, said": a name set off by commas names the subject."""
    if mention.actor.kind != "person":
        return False
    k = a.token_index(mention.start)
    while k > first and (a.tokens[k - 1].text[:1].isupper() or a.tokens[k - 1].lower == "of"):
        k -= 1
    return k > first and _breaks_clause(a, k - 1)


def _before_parenthetical(a: Analysis, k: int, first: int) -> int:
    """The token before the mark that opens the parenthetical ending at token k."""
    closing = _gap_after(a, k).strip()[:1]
    j = k - 1
    # Dashes inside a comma-bounded aside ("X, after – a – b, said") do not open it.
    while j >= first and not (closing and closing in _gap_after(a, j)):
        j -= 1
    return j


def _is_person(a: Analysis, name: str) -> bool:
    actor = a.registry.actors.get(name)
    return actor is not None and actor.kind == "person"


def _is_person_subject(a: Analysis, mention: Mention, floor: int) -> bool:
    """A person named outside quotes and prepositional phrases."""
    return (
        mention.actor.kind == "person"
        and not a.in_quote(mention.start)
        and not _after_preposition(a, mention, floor)
    )


def _resolve_thing(a: Analysis, sentence: int, speakers: dict[int, str]) -> str | None:
    """ "it"/"they": this sentence's speaker so far, else the last one, when not a person."""
    name = speakers.get(sentence) or _previous_speaker(sentence, speakers)
    if name and a.registry.actors.get(name) and a.registry.actors[name].kind != "person":
        return name
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, span.end):
        if mention.actor.kind != "person":
            return mention.actor.name
    return None


def _resolve_role(a: Analysis, offset: int, role: str) -> str | None:
    """The last person before with that role; failing one, the first after it, since a
    lede may name the office before the holder ("the prime minister's office said")."""
    earlier = reversed(a.mentions_in(max(0, offset - 3000), offset))
    later = a.mentions_in(offset, offset + 3000)
    for mentions in (earlier, later):
        for mention in mentions:
            actor = mention.actor
            if actor.kind == "person" and role in (actor.role or "").lower():
                return actor.name
    return None


def _titled_state(a: Analysis, mention: Mention) -> str | None:
    """ "the Russian leader", "the Ukrainian president": the person holding that office for
    that state, named earlier in the article."""
    k = a.token_index(mention.end)
    start = a.token_index(mention.start)
    if mention.actor.kind == "person" or k >= len(a.tokens) or start == 0:
        return None
    role = a.tokens[k].lower
    if role not in ROLE_ANAPHORS or a.tokens[start - 1].lower != "the":
        return None
    offices = _LEADER_OFFICES if role == "leader" else (role,)
    for earlier in reversed(a.mentions_in(0, mention.start)):
        actor = earlier.actor
        title = (actor.role or "").lower()
        if actor.affiliation == mention.actor.name and any(o in title for o in offices):
            return actor.name
    return None


def _previous_speaker(sentence: int, speakers: dict[int, str]) -> str | None:
    for back in range(1, 3):
        if sentence - back in speakers:
            return speakers[sentence - back]
    return None


def _is_modifier(a: Analysis, mention: Mention, first: int) -> bool:
    """A mention after a preposition, or a possessor ("Putin's response"), is not the subject."""
    if mention.possessive:
        return True
    return _after_preposition(a, mention, a.tokens[first].start)


def _after_preposition(a: Analysis, mention: Mention, floor: int) -> bool:
    text = a.document.text[max(floor, mention.start - 20) : mention.start].lower().split()
    words = [w for w in text if w not in {"the", "a", "an"}]
    return bool(words) and words[-1].strip(",") in PREPOSITIONS

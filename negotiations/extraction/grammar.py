"""Grammar questions the stages share, answered once: the subject of a verb (through
clauses, appositions, passives and conjuncts), negation and hypothetical scope."""

from __future__ import annotations

from .actors import Mention
from .analysis import Analysis
from .coreference import (
    after_preposition,
    previous_speaker,
    resolve_person,
    resolve_role,
    resolve_thing,
    state_of,
    titled_state,
)
from .lexicon import (
    BE_AUXILIARIES,
    CONDITION_CUES,
    CONDITION_PHRASES,
    HYPOTHETICAL,
    NEGATIONS,
    ORGAN_NOUNS,
    PERSON_PRONOUNS,
    ROLE_ANAPHORS,
    SPEECH_NOUNS,
    SUBJECT_GAP_WORDS,
    THING_PRONOUNS,
    TITLE_WORDS,
)

_BACK_WINDOW = 8
_FORWARD_WINDOW = 6
_AGENT_WINDOW = 12
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
            return titled_state(a, mention) or mention.actor.name, 0.9
        word = token.text.lower()
        if word in PERSON_PRONOUNS:
            return resolve_person(a, sentence, token.start, speakers), 0.75
        if word in THING_PRONOUNS:
            return resolve_thing(a, sentence, speakers), 0.6
        if word in ROLE_ANAPHORS and k > first and a.tokens[k - 1].text.lower() == "the":
            return resolve_role(a, token.start, word), 0.7
        if word in SPEECH_NOUNS:
            return previous_speaker(sentence, speakers), 0.6
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


def _actor_at(a: Analysis, sentence: int, k: int, speakers: dict[int, str]) -> str | None:
    """The actor the subject phrase ending at token k stands for."""
    token = a.tokens[k]
    mention = a.mention_at(token.start)
    first = a.token_range(a.sentences[sentence]).start
    if mention is not None and _is_modifier(a, mention, first):
        return _head_of(a, sentence, mention, speakers)
    if mention is not None:
        return titled_state(a, mention) or mention.actor.name
    word = token.text.lower()
    if word in PERSON_PRONOUNS:
        return resolve_person(a, sentence, token.start, speakers)
    if word in THING_PRONOUNS:
        return resolve_thing(a, sentence, speakers)
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
    titled = titled_state(a, owner) if owner is not None and j == k - 1 else None
    if titled is not None:
        return titled
    if owner is not None:
        speaks_itself = word in SPEECH_NOUNS and j == k - 1
        return owner.actor.name if speaks_itself else state_of(a, owner.actor.name)
    before = a.tokens[j] if j >= first else None
    if before is not None and before.possessive and before.lower in ROLE_ANAPHORS:
        return state_of(a, resolve_role(a, before.start, before.lower))
    if before is None or before.lower not in {"the", "this", "a"}:
        return None
    if word in ROLE_ANAPHORS:
        return resolve_role(a, a.tokens[k].start, word)
    previous = previous_speaker(sentence, speakers)
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


def _is_modifier(a: Analysis, mention: Mention, first: int) -> bool:
    """A mention after a preposition, or a possessor ("Putin's response"), is not the subject."""
    if mention.possessive:
        return True
    return after_preposition(a, mention, a.tokens[first].start)


def conjuncts(a: Analysis, start: int, verb: int, name: str) -> list[str]:
    """Actors joined to the subject by "and" or a comma ("Israel and Hamas agreed")."""
    mentions = list(a.mentions_in(start, verb))
    at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].actor.name == name), 0)
    joined: list[str] = []
    while at > 0:
        gap = a.document.text[mentions[at - 1].end : mentions[at].start].strip(" ,").lower()
        if _is_title_gap(gap) and at > 1:
            # "Azerbaijani President Ilham Aliyev": the demonym only qualifies the person.
            at -= 1
            continue
        if gap not in {"", "and", "and the"}:
            break
        at -= 1
        joined.insert(0, mentions[at].actor.name)
    return joined


def _is_title_gap(gap: str) -> bool:
    words = gap.replace(".", "").split()
    return bool(words) and all(w in TITLE_WORDS for w in words)


def is_negated(words: list[str], n: int) -> bool:
    """Whether a negation stands within three words before word n ("will not accept")."""
    return bool(set(words[max(0, n - 3) : n]) & NEGATIONS)


def is_hypothetical(words: list[str], n: int) -> bool:
    """Whether word n sits in an open condition ("if Moscow agrees", "once it is signed")."""
    return bool(set(words[max(0, n - 4) : n]) & HYPOTHETICAL)


def is_conditional(words: list[str], lowered: str) -> bool:
    """Whether a sentence attaches a condition to what it reports ("provided that…")."""
    return bool(set(words) & CONDITION_CUES) or any(p in lowered for p in CONDITION_PHRASES)

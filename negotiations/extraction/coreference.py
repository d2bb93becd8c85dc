"""What a pronoun, a role noun or an office stands for: one resolver the stages share."""

from __future__ import annotations

from .actors import Mention
from .analysis import Analysis
from .lexicon import PREPOSITIONS, ROLE_ANAPHORS

# The offices "the Russian leader" may stand for.
_LEADER_OFFICES = ("president", "prime minister", "leader", "chairman", "king", "emir")


def resolve_person(a: Analysis, sentence: int, offset: int, speakers: dict[int, str]) -> str | None:
    """The person "he"/"she" refers to: the latest person acting as a subject, not one quoted."""
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, offset):
        if is_person_subject(a, mention, span.start):
            return mention.actor.name
    for back in range(1, 4):
        name = speakers.get(sentence - back)
        if name is not None and is_person(a, name):
            return name
        if sentence - back >= 0:
            earlier = a.sentences[sentence - back]
            for mention in a.mentions_in(earlier.start, earlier.end):
                if is_person_subject(a, mention, earlier.start) and not mention.possessive:
                    return mention.actor.name
    person = a.last_person_before(offset)
    return person.actor.name if person else None


def state_of(a: Analysis, name: str | None) -> str | None:
    """The state or body a person acts for, or the actor itself."""
    actor = a.registry.actors.get(name) if name else None
    if actor is not None and actor.kind == "person" and actor.affiliation:
        return actor.affiliation if actor.affiliation in a.registry.actors else name
    return name


def resolve_thing(a: Analysis, sentence: int, speakers: dict[int, str]) -> str | None:
    """ "it"/"they": this sentence's speaker so far, else the last one, when not a person."""
    name = speakers.get(sentence) or previous_speaker(sentence, speakers)
    if name and a.registry.actors.get(name) and a.registry.actors[name].kind != "person":
        return name
    span = a.sentences[sentence]
    for mention in a.mentions_in(span.start, span.end):
        if mention.actor.kind != "person":
            return mention.actor.name
    return None


def resolve_role(a: Analysis, offset: int, role: str) -> str | None:
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


def titled_state(a: Analysis, mention: Mention) -> str | None:
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
    )


def after_preposition(a: Analysis, mention: Mention, floor: int) -> bool:
    text = a.document.text[max(floor, mention.start - 20) : mention.start].lower().split()
    words = [w for w in text if w not in {"the", "a", "an"}]
    return bool(words) and words[-1].strip(",") in PREPOSITIONS

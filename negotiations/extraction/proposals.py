"""Proposals on the table, who put them forward, and how the parties answered."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .analysis import Analysis
from .grammar import (
    conjuncts,
    first_subject,
    is_conditional,
    is_hypothetical,
    is_negated,
    subject_before,
)
from .lexicon import (
    ANAPHORIC_DETERMINERS,
    COMPLEMENT_SCOPES,
    FIGURATIVE_PHRASES,
    MEETING_WORDS,
    MUTUAL_RESPONSES,
    NEGATIONS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    PROPOSAL_MODIFIERS,
    PROPOSAL_NOUNS,
    PROPOSAL_STATUS_CUES,
    PROPOSER_VERBS,
    RESPONSE_CUES,
    RESPONSE_PHRASES,
    SCOPE_DOMAINS,
    SCOPE_FULL,
    SCOPE_KINDS,
    STATUS_PROSPECTS,
    THING_PRONOUNS,
)
from .records import ProposalRecord, ResponseRecord, Span, StatusRecord

# Wire style spells durations under ten ("six-week truce", "three-phase deal").
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|sixty|ninety)"
)
_NUMBERED = re.compile(
    rf"^{_NUMBER}[-‐–]?(?:day|hour|week|month|point|phase|stage)s?$", re.IGNORECASE
)
# Nouns that name a concrete plan only with a scope, a complement or an owner
# ("prisoner exchange", "exchange of prisoners", "Egypt's plan"), never alone ("a deal").
_GENERIC = {
    "deal",
    "agreement",
    "accord",
    "treaty",
    "plan",
    "framework",
    "proposal",
    "memorandum",
    "roadmap",
    "exchange",
    "swap",
    "mission",
    "zone",
    "pause",
    "halt",
    "stoppage",
    "cessation",
    "withdrawal",
    "disarmament",
    "declaration",
    "corridor",
    "release",
    "return",
}
# Kinds that name one thing for merging: a "30-day truce" and a "30-day ceasefire" are one plan.
_FAMILY = {"truce": "ceasefire", "moratorium": "ceasefire"}
# Words before a plan noun that make it a verb ("to deal with", "will pause").
_VERB_MARKERS = {"to", "will", "would", "could", "should", "can", "may", "might", "must", "we", "i"}
_COMPLEMENT_PREPOSITIONS = {"of", "for", "on", "to", "from"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
# Kinds of plan noun that have an author ("a U.S. proposal"), unlike "the Gaza ceasefire".
_AUTHORED = {"proposal", "peace_plan"}
# Fixed phrases where a plan noun names nothing: "in return for".
_FIXED_PHRASES = {"in return"}
# Words after "to" that begin a noun phrase, not an infinitive ("a deal to both sides").
_NOT_VERBS = ANAPHORIC_DETERMINERS | {"a", "an", "both", "all", "each", "any", "them", "us", "it"}
_COMPLEMENT_WINDOW = 6
# A status cue reports on the plan noun within a short clause of it.
_STATUS_WINDOW = 6
# Nouns for what a side puts on the table, owned by it ("Ukraine's proposals for a truce").
_OFFER_NOUNS = {"proposal", "proposals", "plan", "plans", "offer", "offers", "terms", "initiative"}
_ARTICLES = {"a", "an", "the"}
# Particles of phrasal proposing verbs ("put forward", "drew up", "laid out").
_PARTICLES = {"forward", "up", "out"}


@dataclass(frozen=True)
class _Mention:
    proposal: ProposalRecord
    scope: frozenset[str]
    anaphoric: bool


def proposal_stage(a: Analysis) -> Analysis:
    """Collect proposals, merging repeated mentions of the same one."""
    speakers = a.speakers_by_sentence()
    found: list[_Mention] = []
    for s, span in enumerate(a.sentences):
        for mention in _mentions_in(a, s, span, speakers):
            same = _antecedent(found, mention)
            if same is not None:
                found[same] = _merge(found[same], mention)
            elif not mention.anaphoric:
                found.append(mention)
    return replace(a, proposals=tuple(m.proposal for m in found))


def _mentions_in(a: Analysis, s: int, span: Span, speakers: dict):
    indices = list(a.token_range(span))
    words = [a.tokens[k].lower for k in indices]
    answers, outer, reach = None, None, -1
    for n, noun in enumerate(words):
        if noun not in PROPOSAL_NOUNS or (n > 0 and f"{words[n - 1]} {noun}" in _FIXED_PHRASES):
            continue
        if _is_verb(words, n) and not _object_scope(words, n):
            continue
        if n + 1 < len(words) and words[n + 1] in PROPOSAL_NOUNS and not _is_verb(words, n + 1):
            continue  # "ceasefire proposal": the head noun after it carries the mention
        if answers is None:
            answers = tuple(_responses(a, s, span, indices, words, speakers))
        mention = _mention(a, s, span, indices, words, n, speakers, answers)
        if mention is None:
            continue
        if outer is not None and n <= reach:
            outer = _merge(outer, mention)  # "a proposal for a 30-day moratorium": one plan
            continue
        if outer is not None:
            yield outer
        outer, reach = mention, max(_complement(words, n), default=-1)
    if outer is not None:
        yield outer


def _is_verb(words: list[str], n: int) -> bool:
    return n > 0 and words[n - 1] in _VERB_MARKERS | PERSON_PRONOUNS | THING_PRONOUNS


def _object_scope(words: list[str], n: int) -> bool:
    """A plan verb with its object is a plan too ("would exchange prisoners", "swap land")."""
    return any(w in COMPLEMENT_SCOPES for w in words[n + 1 : n + 4])


def _mention(a, s, span, indices, words, n, speakers, answers) -> _Mention | None:
    modifiers = _modifiers(words, n)
    complement = _complement(words, n)
    scope_words = modifiers + [words[i] for i in complement]
    owner = _owner(a, s, indices, n - len(modifiers), speakers)
    content = _infinitive(words, n) and a.mention_at(a.tokens[indices[n + 2]].start) is None
    generic = words[n] in _GENERIC
    # How far a generic plan reaches says nothing of what it is: "a broader plan" is vague.
    telling = [w for w in scope_words if w not in SCOPE_FULL] if generic else scope_words
    concrete = bool(telling or owner or content)
    if not concrete and _modifies_next(words, n):
        return None
    lead = n - len(modifiers)
    # "the Egyptian proposal" with no scope of its own names again a plan already reported.
    owned_again = (
        generic and owner and not (scope_words or content) and words[lead - 2 : lead - 1] == ["the"]
    )
    anaphoric = owned_again or (generic and not concrete and _definite(words, lead))
    if generic and not (concrete or anaphoric or _put_forward(words, n - len(modifiers))):
        return None
    first = indices[n - len(modifiers)]
    last = indices[complement[-1] if complement else n + (2 if content else 0)]
    # "a proposal for a 30-day moratorium" is a moratorium.
    inner = [
        w for w in words[n + 1 : last - indices[0] + 1] if w in PROPOSAL_NOUNS and w not in _GENERIC
    ]
    proposal = ProposalRecord(
        title=a.document.text[a.tokens[first].start : a.tokens[last].end],
        kind=PROPOSAL_NOUNS[inner[0]] if generic and inner else _kind(words[n], scope_words),
        evidence=span,
        proposed_by=owner or _proposer(a, s, indices, n, speakers),
        responses=answers,
        # A plan whose wording says what it covers is surer than a bare "deal".
        confidence=0.7 if telling else 0.55,
        events=tuple(StatusRecord(status, span) for status in _status_cues(words, n)),
    )
    return _Mention(proposal, _scope(scope_words), anaphoric)


def _status_cues(words: list[str], n: int) -> list[str]:
    """What the words around a plan noun say happened to it: "the truce took effect",
    "they signed the deal"; a negated or prospective cue ("will take effect") says nothing."""
    found = []
    for j in range(max(0, n - _STATUS_WINDOW), min(len(words), n + _STATUS_WINDOW + 1)):
        for width in (3, 2, 1):
            status = PROPOSAL_STATUS_CUES.get(" ".join(words[j : j + width]))
            if status is None:
                continue
            before = set(words[max(0, j - 3) : j])
            if not before & (NEGATIONS | STATUS_PROSPECTS) and status not in found:
                found.append(status)
            break
    return found


def _scope(words: list[str]) -> frozenset[str]:
    """The words that tell this plan from others of its kind, singular ("prisoner")."""
    singular = [w[:-1] if w.endswith("s") and w[:-1] in SCOPE_DOMAINS else w for w in words]
    return frozenset(
        w for w in singular if w in SCOPE_DOMAINS or w in SCOPE_FULL or _NUMBERED.match(w)
    )


def _modifiers(words: list[str], n: int) -> list[str]:
    """Scope words right before the noun; "and" may join two ("energy and infrastructure")."""
    modifiers: list[str] = []
    j = n - 1
    while j >= 0 and len(modifiers) < 4:
        word = words[j]
        joined = word == "and" and modifiers and j > 0 and _is_scope(words[j - 1])
        if not (_is_scope(word) or joined):
            break
        modifiers.insert(0, word)
        j -= 1
    return modifiers


def _is_scope(word: str) -> bool:
    return word in PROPOSAL_MODIFIERS or bool(_NUMBERED.match(word))


def _complement(words: list[str], n: int) -> list[int]:
    """Scope words of "exchange of prisoners", "halt to strikes on energy", or a verb's object."""
    start = n + 2 if n + 1 < len(words) and words[n + 1] in _COMPLEMENT_PREPOSITIONS else n + 1
    if start == n + 1 and not _object_scope(words, n):
        return []
    window = range(start, min(len(words), start + _COMPLEMENT_WINDOW))
    if not any(words[i] in COMPLEMENT_SCOPES for i in window):
        return []
    return [i for i in window if words[i] in COMPLEMENT_SCOPES or _is_scope(words[i])]


def _modifies_next(words: list[str], n: int) -> bool:
    """ "ceasefire talks", "truce monitoring": the plan noun only qualifies the next noun."""
    return n + 1 < len(words) and (words[n + 1] in MEETING_WORDS or _is_scope(words[n + 1]))


def _infinitive(words: list[str], n: int) -> bool:
    """ "a proposal to exchange civilians": the infinitive after the noun says what is offered."""
    after = words[n + 1 : n + 3]
    return len(after) == 2 and after[0] == "to" and after[1] not in _NOT_VERBS


def _put_forward(words: list[str], start: int) -> bool:
    """An indefinite plan noun as the object of proposing or answering is on the table
    ("agreed to carry out an exchange", "signed a joint declaration")."""
    article = next(
        (j for j in range(start - 1, max(-1, start - 4), -1) if words[j] in {"a", "an"}), None
    )
    if article is None:
        return False
    return any(
        w in PROPOSER_VERBS or w in RESPONSE_CUES for w in words[max(0, article - 4) : article]
    )


def _definite(words: list[str], start: int) -> bool:
    return start > 0 and words[start - 1] in ANAPHORIC_DETERMINERS


def _owner(a: Analysis, s: int, indices: list[int], start: int, speakers) -> str | None:
    """The possessor of the noun phrase: "Egypt's plan", or "its plan" for the subject."""
    for j in range(start - 1, max(-1, start - 6), -1):
        token = a.tokens[indices[j]]
        mention = a.mention_at(token.start)
        if mention is not None:
            owns = mention.possessive or (j == start - 1 and _attributive(a, mention, token))
            return mention.actor.name if owns else None
        word = token.text.lower()
        if word in _POSSESSIVE_PRONOUNS:
            return first_subject(a, s, indices[j], speakers)
        if word in PREPOSITIONS or word in ANAPHORIC_DETERMINERS:
            return None
    return None


def _attributive(a: Analysis, mention, before) -> bool:
    """ "a U.S. proposal", "the Egyptian plan": a state's adjective or short form after an
    article authors a plan; its full name there is usually the topic ("the Ukraine plan"),
    and a capitalised noun is a name ("the U.S. Mission")."""
    k = a.token_index(mention.start)
    noun = a.tokens[a.token_index(before.end)]
    authored = PROPOSAL_NOUNS.get(noun.lower) in _AUTHORED and noun.text.islower()
    article = k > 0 and a.tokens[k - 1].lower in {"a", "an", "the"}
    return (
        authored
        and article
        and mention.actor.kind != "person"
        and mention.surface != mention.actor.name
    )


def _kind(noun: str, scope_words: list[str]) -> str:
    if noun in _GENERIC:
        kind = next((SCOPE_KINDS[w] for w in scope_words if w in SCOPE_KINDS), None)
        if kind:
            return kind
    return PROPOSAL_NOUNS[noun]


def _proposer(a, s: int, indices: list[int], n: int, speakers: dict) -> str | None:
    """The subject of the proposing verb nearest the noun, or the agent of "proposed by X"."""
    offered = _offered_by(a, indices, n)
    if offered is not None:
        return offered
    verbs = [j for j in range(len(indices)) if a.tokens[indices[j]].text.lower() in PROPOSER_VERBS]
    for j in sorted(verbs, key=lambda j: abs(j - n)):
        # "put forward by X", "drawn up by X": the particle sits between verb and agent.
        by = j + 2 if _word(a, indices, j + 1) in _PARTICLES else j + 1
        if _word(a, indices, by) == "by":
            agent = _agent(a, indices, by)
            if agent is not None:
                return agent
            continue
        before = a.mention_at(a.tokens[indices[j - 1]].start) if j > 0 else None
        if before is not None and before.possessive:
            return before.actor.name  # "Pakistan's offer of a ceasefire": the noun's owner
        name, _ = subject_before(a, s, indices[j], speakers)
        if name:
            # "a truce that Egypt and Qatar proposed": the first named side leads.
            return next(
                iter(conjuncts(a, a.sentences[s].start, a.tokens[indices[j]].start, name)), name
            )
    return None


def _offered_by(a: Analysis, indices: list[int], n: int) -> str | None:
    """ "Ukraine's proposals for the ceasefire", "Egypt's terms for a truce": the owner of
    the offering noun before the plan's preposition."""
    j = n - 1
    while j > 0 and (_is_scope(_word(a, indices, j)) or _word(a, indices, j) in _ARTICLES):
        j -= 1
    if j < 2 or _word(a, indices, j) not in _COMPLEMENT_PREPOSITIONS:
        return None
    if _word(a, indices, j - 1) not in _OFFER_NOUNS:
        return None
    owner = a.mention_at(a.tokens[indices[j - 2]].start)
    return owner.actor.name if owner is not None and owner.possessive else None


def _word(a: Analysis, indices: list[int], j: int) -> str | None:
    return a.tokens[indices[j]].lower if j < len(indices) else None


def _responses(a: Analysis, s: int, span: Span, indices: list[int], words: list[str], speakers):
    lowered = span.text.lower()
    conditional = is_conditional(words, lowered)
    records: dict[str, ResponseRecord] = {}
    previous: tuple[int, list[str], float] | None = None
    for n, word in enumerate(words):
        phrase = f"{word} {words[n + 1]}" if n + 1 < len(words) else word
        response = RESPONSE_PHRASES.get(phrase) or RESPONSE_CUES.get(word)
        if phrase in FIGURATIVE_PHRASES and not PROPOSAL_NOUNS.keys() & set(words[n + 2 : n + 6]):
            continue
        if response is None or is_hypothetical(words, n):
            continue
        if is_negated(words, n):
            response = "rejected"
        elif response == "accepted" and conditional:
            response = "conditional"
        actors, confidence = _responders(a, s, indices, n, speakers)
        if actors and word in MUTUAL_RESPONSES:
            actors = actors + _partners(a, indices, n)
        if not actors and previous and {"but", "and"} & set(words[previous[0] : n]):
            _, actors, confidence = previous  # "was studying it but would accept it": one subject
        previous = (n, actors, confidence) if actors else previous
        for actor in actors:
            # A committal answer outranks "studying it" from the same actor in one sentence.
            known = records.get(actor)
            if known is None or known.response == "considering" != response:
                records[actor] = ResponseRecord(actor, response, span, confidence=confidence)
    yield from records.values()


def _responders(a, s: int, indices: list[int], n: int, speakers) -> tuple[list[str], float]:
    """The subjects of the answering verb ("X and Y agreed"), or the agent of "accepted by X"."""
    if n + 1 < len(indices) and a.tokens[indices[n + 1]].text.lower() == "by":
        agent = _agent(a, indices, n + 1)
        if agent is not None:
            return [agent], 0.9
    name, confidence = subject_before(a, s, indices[n], speakers)
    if name is None:
        return [], 0.0
    return [
        *conjuncts(a, a.sentences[s].start, a.tokens[indices[n]].start, name),
        name,
    ], confidence


def _partners(a: Analysis, indices: list[int], n: int) -> list[str]:
    """The other side of a joint answer: "signed a treaty with Azerbaijan" within its clause."""
    for j in range(n + 1, min(len(indices), n + 7)):
        token = a.tokens[indices[j]]
        if token.text in {",", ";", "—", "–"}:
            return []
        if token.lower == "with" and j + 1 < len(indices):
            after = indices[j + 2] if a.tokens[indices[j + 1]].lower == "the" else indices[j + 1]
            mention = a.mention_at(a.tokens[after].start) if after < len(a.tokens) else None
            return [mention.actor.name] if mention is not None else []
    return []


def _agent(a: Analysis, indices: list[int], by: int) -> str | None:
    """The actor after a passive "by" ("proposed by the United States")."""
    for j in indices[by + 1 : by + 3]:
        mention = a.mention_at(a.tokens[j].start)
        if mention is not None:
            return mention.actor.name
    return None


def _antecedent(found: list[_Mention], new: _Mention) -> int | None:
    """The proposal this mention names again: the last one of its kind whose scope fits."""
    if new.anaphoric and found:
        return _referent(found, new)
    for i in range(len(found) - 1, -1, -1):
        old = found[i]
        same_kind = _family(old.proposal.kind) == _family(new.proposal.kind)
        if same_kind and _scopes_agree(old.scope, new.scope):
            return i
    return None


def _referent(found: list[_Mention], new: _Mention) -> int:
    """A definite "the treaty" repeats the last plan named by that noun, else of its kind,
    else the last plan: "the treaty" after "a peace treaty … a joint declaration"."""
    head = new.proposal.title.lower().split()[-1]
    for same in (
        lambda m: head in m.proposal.title.lower().split(),
        lambda m: _family(m.proposal.kind) == _family(new.proposal.kind),
    ):
        match = next((i for i in range(len(found) - 1, -1, -1) if same(found[i])), None)
        if match is not None:
            return match
    return len(found) - 1


def _scopes_agree(old: frozenset[str], new: frozenset[str]) -> bool:
    """Mentions of one kind are one plan unless duration, coverage or breadth differ."""
    if not old or not new:
        return True
    durations = [{w for w in scope if _NUMBERED.match(w)} for scope in (old, new)]
    if all(durations) and not durations[0] & durations[1]:
        return False
    reach = [scope & (SCOPE_DOMAINS | SCOPE_FULL) for scope in (old, new)]
    return not any(reach) or bool(reach[0] & reach[1])


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def _merge(old: _Mention, new: _Mention) -> _Mention:
    known = {r.actor for r in old.proposal.responses}
    statuses = {e.status for e in old.proposal.events}
    wider = old if len(old.scope) >= len(new.scope) else new
    proposal = replace(
        old.proposal,
        title=wider.proposal.title,
        proposed_by=old.proposal.proposed_by or new.proposal.proposed_by,
        responses=old.proposal.responses
        + tuple(r for r in new.proposal.responses if r.actor not in known),
        events=old.proposal.events
        + tuple(e for e in new.proposal.events if e.status not in statuses),
    )
    return _Mention(proposal, old.scope | new.scope, anaphoric=False)

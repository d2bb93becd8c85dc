"""The ordered list of stages that turns a Document into an Extraction."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from .actors import discover_people, find_mentions, tokenize
from .analysis import Analysis
from .demands import demand_stage
from .issues import issue_stage
from .meetings import meeting_stage
from .negotiations import negotiation_stage
from .positions import position_stage
from .proposals import proposal_stage
from .records import ActorRecord, Document, Extraction
from .registry import Registry
from .sentences import split_sentences
from .statements import quote_stage, statement_stage


def sentence_stage(a: Analysis) -> Analysis:
    """Split the main text into sentences and tokens."""
    tokens = tokenize(a.document.text)
    sentences = split_sentences(a.document.text)
    starts = [t.start for t in tokens]
    ranges = tuple(
        range(bisect_left(starts, span.start), bisect_left(starts, span.end)) for span in sentences
    )
    words, lemmas = [t.lower for t in tokens], [t.lemma for t in tokens]
    return a.replaced(
        sentences=sentences,
        tokens=tuple(tokens),
        sentence_tokens=ranges,
        _token_starts=tuple(starts),
        _words=tuple(words[r.start : r.stop] for r in ranges),
        _lemmas=tuple(lemmas[r.start : r.stop] for r in ranges),
    )


def actor_stage(a: Analysis) -> Analysis:
    """Learn the people this article introduces, then find every actor mention."""
    text, tokens = a.document.text, list(a.tokens)
    registry = a.registry.extended(discover_people(text, tokens, a.registry))
    mentions = find_mentions(tokens, registry, text)
    return a.replaced(
        registry=registry,
        mentions=tuple(mentions),
        _mention_starts=tuple(m.start for m in mentions),
    )


STAGES: list[Callable[[Analysis], Analysis]] = [
    sentence_stage,
    actor_stage,
    negotiation_stage,
    quote_stage,
    statement_stage,
    issue_stage,
    meeting_stage,
    proposal_stage,
    demand_stage,
    position_stage,
]


def extract(document: Document, registry: Registry) -> Extraction:
    """Run every stage over a document and collect the records."""
    analysis = Analysis(document=document, registry=registry)
    for stage in STAGES:
        analysis = stage(analysis)
    return Extraction(
        document=document,
        actors=_actors(analysis),
        statements=analysis.statements,
        proposals=analysis.proposals,
        meetings=analysis.meetings,
        positions=analysis.positions,
        negotiations=analysis.negotiations,
    )


def _actors(a: Analysis) -> tuple[ActorRecord, ...]:
    """The actors that play a part (speak, meet, propose, respond or take a position), then the
    people and bodies the article names in passing."""
    names: list[str] = [s.speaker for s in a.statements]
    names += [p for m in a.meetings for p in m.participants]
    for proposal in a.proposals:
        names += [proposal.proposed_by] if proposal.proposed_by else []
        names += [r.actor for r in proposal.responses]
    names += [q.actor for q in a.positions]
    # A person's stance is taken for the state or body they act for ("Aoun said Lebanon was
    # ready to talk" is his stance), which plays its part through them.
    holders = (a.registry.actors.get(q.actor) for q in a.positions)
    names += [actor.affiliation for actor in holders if actor is not None and actor.affiliation]
    names += _named_in_passing(a)
    surfaces: dict[str, set[str]] = {}
    for mention in a.mentions:
        surfaces.setdefault(mention.actor.name, set()).add(mention.surface)
    records = []
    for name in dict.fromkeys(names):
        actor = a.registry.actors.get(name)
        if actor is None:
            continue
        aliases = tuple(sorted(surfaces.get(name, set()) - {name}))
        records.append(ActorRecord(name, actor.kind, aliases, actor.affiliation, actor.role))
    return tuple(records)


def _named_in_passing(a: Analysis) -> list[str]:
    """The people, organisations and groups the article names that the registry knows, or that
    it introduces with a title or for a side ("the army's spokesman, X"); a name it only
    guessed at stays out. Not states: one is named in passing by every venue ("talks in Doha")
    and demonym ("a Qatari plane")."""
    known = a.registry.parent.actors if a.registry.parent else a.registry.actors
    return [
        m.actor.name
        for m in a.mentions
        if m.actor.kind != "state"
        and (m.actor.name in known or m.actor.role or m.actor.affiliation)
    ]

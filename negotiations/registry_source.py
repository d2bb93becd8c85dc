"""The actor registry kept in the database: read it for extraction, load it from seeds."""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction

from .extraction import (
    SEEDS,
    Registry,
    RegistryActor,
    RegistryIssue,
    RegistryNegotiation,
    default_registry,
    normalize_alias,
)
from .extraction.registry import read_outlets
from .linking import actor_slug, add_aliases
from .models import Actor, ActorAlias, Issue, Negotiation
from .registry_stamp import registry_stamp

_cache: dict[tuple, Registry] = {}


def registry_from_db() -> Registry:
    """The registry of stored actors and aliases; the seed registry while no actor is stored."""
    stamp = registry_stamp()
    if stamp is None:
        return _read_registry()
    if stamp not in _cache:
        _cache.clear()
        _cache[stamp] = _read_registry()
    return _cache[stamp]


def _read_registry() -> Registry:
    """The stored registry, read as plain rows: a worker reads it again whenever an ingested
    article adds an actor or an alias, so model instances for thousands of aliases are not
    built."""
    actors = Actor.objects.values_list("pk", "name", "kind", "role", "affiliation__name")
    actors = list(actors)  # by name, as Actor's ordering has it
    if not actors:
        return default_registry()
    aliases = defaultdict(list)
    for actor_id, name in ActorAlias.objects.values_list("actor_id", "name"):
        aliases[actor_id].append(name)
    return Registry(
        (
            RegistryActor(
                name=name,
                kind=kind,
                role=role or None,
                affiliation=affiliation,
                aliases=tuple(alias for alias in aliases[pk] if alias != name),
            )
            for pk, name, kind, role, affiliation in actors
        ),
        negotiations=_negotiations(),
        issues=[RegistryIssue(i.name, tuple(i.word_list)) for i in Issue.objects.order_by("pk")],
        # Outlets are reference data, not edited in the tracker: they come from seeds/.
        outlets=read_outlets(SEEDS / "outlets.json"),
    )


def _negotiations() -> list[RegistryNegotiation]:
    negotiations = Negotiation.objects.prefetch_related("parties").order_by("pk")
    return [
        RegistryNegotiation(
            slug=n.slug,
            parties=tuple(sorted(party.name for party in n.parties.all())),
            keywords=tuple(n.keyword_list),
        )
        for n in negotiations
    ]


@transaction.atomic
def load_registry(registry: Registry, negotiation: Negotiation | None = None) -> list[Actor]:
    """Upsert the registry's actors and aliases; editors' changes to stored actors are kept."""
    stored = {}
    for entry in registry.actors.values():
        actor, _ = Actor.objects.get_or_create(
            slug=actor_slug(entry.name),
            defaults={
                "name": entry.name,
                "kind": entry.kind if entry.kind in Actor.Kind.values else Actor.Kind.PERSON,
                "role": entry.role or "",
                "reviewed": True,
            },
        )
        add_aliases(actor, (entry.name, *entry.aliases))
        stored[entry.name] = actor
    for entry in registry.actors.values():
        actor = stored[entry.name]
        if entry.affiliation and actor.affiliation_id is None:
            actor.affiliation = stored.get(entry.affiliation) or _by_alias(entry.affiliation)
            if actor.affiliation and actor.affiliation != actor:
                actor.save(update_fields=["affiliation"])
    if negotiation is not None:
        negotiation.parties.add(*stored.values())
    return list(stored.values())


def _by_alias(name: str) -> Actor | None:
    alias = ActorAlias.objects.select_related("actor").filter(normalized=normalize_alias(name))
    return alias[0].actor if alias else None

"""Resolve the names an extraction uses to Actors: alias table, cautious fuzzy match, or new."""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.utils.text import slugify
from rapidfuzz import fuzz, process

from .extraction import normalize_alias
from .extraction.records import ActorRecord
from .models import Actor, ActorAlias, Issue, Negotiation
from .registry_stamp import registry_stamp

log = logging.getLogger(__name__)

# A fuzzy match must be near-identical and clearly ahead of any other actor's alias.
FUZZY_MIN_SCORE = 92
FUZZY_MIN_MARGIN = 4


class RegistryTables(NamedTuple):
    """The registry as a store reads it; shared by the stores of a process, never changed."""

    aliases: dict[str, int]  # normalised alias -> actor id
    negotiations: dict[str, Negotiation]  # by slug
    parties: dict[int, frozenset[int]]  # actor ids by negotiation id
    issues: dict[str, Issue]  # by name


_tables: dict[tuple, RegistryTables] = {}


def registry_tables() -> RegistryTables:
    """The registry tables, read again in this process only when the registry's stamp changes."""
    stamp = registry_stamp()
    if stamp is None:
        return _read_tables()
    if stamp not in _tables:
        _tables.clear()
        _tables[stamp] = _read_tables()
    return _tables[stamp]


def _read_tables() -> RegistryTables:
    parties = defaultdict(set)
    links = Negotiation.parties.through.objects.values_list("negotiation_id", "actor_id")
    for negotiation_id, actor_id in links:
        parties[negotiation_id].add(actor_id)
    return RegistryTables(
        aliases=dict(ActorAlias.objects.values_list("normalized", "actor_id")),
        negotiations={n.slug: n for n in Negotiation.objects.all()},
        parties={pk: frozenset(ids) for pk, ids in parties.items()},
        issues={issue.name: issue for issue in Issue.objects.all()},
    )


def actor_slug(name: str) -> str:
    """A slug for an actor's name; names without Latin letters get a stable digest."""
    return slugify(name)[:200] or "actor-" + hashlib.sha1(name.encode()).hexdigest()[:12]


def add_aliases(actor: Actor, names) -> None:
    """Give `actor` every name as an alias that no actor has claimed yet."""
    wanted = {normalize_alias(n): n for n in names if normalize_alias(n)}
    taken = set(
        ActorAlias.objects.filter(normalized__in=wanted).values_list("normalized", flat=True)
    )
    for key, name in wanted.items():
        if key in taken:
            continue
        try:
            with transaction.atomic():
                ActorAlias.objects.create(actor=actor, name=name[:200])
        except IntegrityError:  # another worker claimed the alias first
            continue


class ActorResolver:
    """Maps the names of one extraction to Actors, creating unreviewed actors for unknown names."""

    def __init__(
        self,
        described: dict[str, ActorRecord] | None = None,
        *,
        index: dict[str, int] | None = None,
        actors: dict[int, Actor] | None = None,
    ):
        """`index` and `actors` (by id) are what a batch of stores already read."""
        self.described = described or {}
        self.cache: dict[str, Actor] = {}
        self.index = dict(registry_tables().aliases if index is None else index)
        self.known: dict[int, Actor] = {} if actors is None else actors
        self.made: list[Actor] = []  # the actors `_create` gave aliases

    def resolve(self, name: str) -> Actor:
        """The Actor that `name` refers to."""
        if name not in self.cache:
            self.cache[name] = self.find(name) or self._create(name)
        return self.cache[name]

    def prefetch(self, names) -> None:
        """Load the known actors among `names` in one query."""
        ids = {name: self.index.get(normalize_alias(name)) for name in names}
        missing = {i for i in ids.values() if i and i not in self.known}
        if missing:
            self.known.update(Actor.objects.in_bulk(missing))
        self.cache.update({name: self.known[i] for name, i in ids.items() if i in self.known})

    def find(self, name: str) -> Actor | None:
        """An existing actor by alias (its own or the extraction's), else by fuzzy match."""
        record = self.described.get(name)
        keys = [normalize_alias(n) for n in (name, *(record.aliases if record else ()))]
        keys = [k for k in keys if k]
        for key in keys:
            if key in self.index:
                return self._actor(self.index[key])
        return self._fuzzy(keys[0]) if keys else None

    def _fuzzy(self, key: str) -> Actor | None:
        best: dict[int, float] = {}
        for choice, score, _ in process.extract(key, list(self.index), scorer=fuzz.ratio, limit=10):
            actor_id = self.index[choice]
            best[actor_id] = max(best.get(actor_id, 0), score)
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < FUZZY_MIN_SCORE:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MIN_MARGIN:
            return None
        return self._actor(ranked[0][0])

    def _actor(self, pk: int) -> Actor | None:
        if pk not in self.known:
            found = Actor.objects.filter(pk=pk).first()
            if found is None:
                return None
            self.known[pk] = found
        return self.known[pk]

    def _create(self, name: str) -> Actor:
        record = self.described.get(name)
        affiliation = None
        if record and record.affiliation and record.affiliation != name:
            affiliation = self.find(record.affiliation)
        actor, created = Actor.objects.get_or_create(
            slug=actor_slug(name),
            defaults={
                "name": name[:200],
                "kind": _kind(record),
                "role": ((record and record.role) or "")[:200],
                "affiliation": affiliation,
                "reviewed": False,
            },
        )
        if created:
            log.info("new unreviewed actor %r", name)
        names = (name, *(record.aliases if record else ()))
        add_aliases(actor, names)
        self.made.append(actor)
        self.known[actor.pk] = actor
        for alias in names:
            self.index.setdefault(normalize_alias(alias), actor.pk)
        return actor


def _kind(record: ActorRecord | None) -> str:
    kind = record.kind if record else Actor.Kind.PERSON
    return kind if kind in Actor.Kind.values else Actor.Kind.PERSON

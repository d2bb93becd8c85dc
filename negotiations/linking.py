"""Resolve the names an extraction uses to Actors: alias table, cautious fuzzy match, or new."""

from __future__ import annotations

import hashlib
import logging

from django.db import IntegrityError, transaction
from django.utils.text import slugify
from rapidfuzz import fuzz, process

from .extraction import normalize_alias
from .extraction.records import ActorRecord
from .models import Actor, ActorAlias

log = logging.getLogger(__name__)

# A fuzzy match must be near-identical and clearly ahead of any other actor's alias.
FUZZY_MIN_SCORE = 92
FUZZY_MIN_MARGIN = 4


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

    def __init__(self, described: dict[str, ActorRecord] | None = None):
        self.described = described or {}
        self.cache: dict[str, Actor] = {}
        self._choices: dict[str, int] | None = None

    def resolve(self, name: str) -> Actor:
        """The Actor that `name` refers to."""
        if name not in self.cache:
            self.cache[name] = self.find(name) or self._create(name)
        return self.cache[name]

    def find(self, name: str) -> Actor | None:
        """An existing actor by alias (its own or the extraction's), else by fuzzy match."""
        record = self.described.get(name)
        keys = [normalize_alias(n) for n in (name, *(record.aliases if record else ()))]
        keys = [k for k in keys if k]
        for key in keys:
            alias = ActorAlias.objects.select_related("actor").filter(normalized=key).first()
            if alias:
                return alias.actor
        return self._fuzzy(keys[0]) if keys else None

    def _fuzzy(self, key: str) -> Actor | None:
        if self._choices is None:
            self._choices = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
        best: dict[int, float] = {}
        for choice, score, _ in process.extract(
            key, list(self._choices), scorer=fuzz.ratio, limit=10
        ):
            actor_id = self._choices[choice]
            best[actor_id] = max(best.get(actor_id, 0), score)
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < FUZZY_MIN_SCORE:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MIN_MARGIN:
            return None
        return Actor.objects.get(pk=ranked[0][0])

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
        add_aliases(actor, (name, *(record.aliases if record else ())))
        return actor


def _kind(record: ActorRecord | None) -> str:
    kind = record.kind if record else Actor.Kind.PERSON
    return kind if kind in Actor.Kind.values else Actor.Kind.PERSON

"""Known actors and their aliases, looked up by normalised surface form."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import ExtractionError

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def normalize_alias(s: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces and drop a leading "the"."""
    s = s or ""
    if not s.isascii():
        # Dotless i has no decomposition, so NFKD alone leaves "Kalın" apart from "Kalin".
        s = unicodedata.normalize("NFKD", s.replace("ı", "i"))
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    # Apostrophes vanish so "Russia's" keys as "russias" the same way everywhere.
    s = s.replace("'", "").replace("\u2019", "").replace("\u2018", "")
    s = _SPACES.sub(" ", _NON_WORD.sub(" ", s)).strip()
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class RegistryActor:
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()


class Registry:
    """Actors by canonical name, and an alias table from normalised form to actor."""

    def __init__(self, actors: Iterable[RegistryActor]):
        self.actors: dict[str, RegistryActor] = {}
        self.by_alias: dict[str, RegistryActor] = {}
        self.prefixes: set[str] = set()
        for actor in actors:
            self.add(actor)

    def add(self, actor: RegistryActor) -> None:
        """Register an actor; the first actor to claim an alias keeps it."""
        self.actors.setdefault(actor.name, actor)
        for alias in (actor.name, *actor.aliases):
            key = normalize_alias(alias)
            if key:
                self.by_alias.setdefault(key, actor)
                words = key.split()
                self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))

    def lookup(self, surface: str) -> RegistryActor | None:
        """The actor a surface form names, if any."""
        return self.by_alias.get(normalize_alias(surface))

    def extended(self, actors: Iterable[RegistryActor]) -> Registry:
        """A copy with more actors, for names found in one document."""
        copy = Registry(())
        copy.actors = dict(self.actors)
        copy.by_alias = dict(self.by_alias)
        copy.prefixes = set(self.prefixes)
        for actor in actors:
            copy.add(actor)
        return copy

    @classmethod
    def from_file(cls, path: str | Path) -> Registry:
        """Read a registry from a `seeds/actors.json` file."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(
                RegistryActor(
                    name=a["name"],
                    kind=a["kind"],
                    role=a.get("role"),
                    affiliation=a.get("affiliation"),
                    aliases=tuple(a.get("aliases") or ()),
                )
                for a in data["actors"]
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ExtractionError(f"cannot read actor registry {path}: {exc}") from exc

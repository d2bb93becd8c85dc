"""Known actors and their aliases, looked up by normalised surface form."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import ExtractionError
from .lexicon import GIVEN_NAME_SPELLINGS, NAME_PARTICLES, SURNAME_ARTICLES

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern:
    """Every combining mark as one character class: one regex pass per text, not a Python
    call per character, which showed in the extraction's profile."""
    marks = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]")


def _bare_surnames(actor: RegistryActor) -> tuple[str, ...]:
    """A person's one-word surname after an Arabic article, without it ("al-Shaibani" is
    "Shaibani" on later mentions)."""
    if actor.kind != "person":
        return ()
    words = (normalize_alias(alias).split() for alias in actor.aliases)
    return tuple(w[1] for w in words if len(w) == 2 and w[0] in SURNAME_ARTICLES)


def normalize_alias(s: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces and drop a leading "the"."""
    s = s or ""
    if not s.isascii():
        # Dotless i has no decomposition, so NFKD alone leaves "Kalın" apart from "Kalin".
        s = unicodedata.normalize("NFKD", s.replace("ı", "i"))
        s = _combining_marks().sub("", s)
    s = s.casefold()
    # Apostrophes vanish so "Russia's" keys as "russias" the same way everywhere.
    s = s.replace("'", "").replace("\u2019", "").replace("\u2018", "")
    s = _SPACES.sub(" ", _NON_WORD.sub(" ", s)).strip()
    return s[4:] if s.startswith("the ") else s


# Words recur within and across articles, so their alias keys are worth keeping.
alias_key = lru_cache(maxsize=100_000)(normalize_alias)


def _spelled(key: str) -> list[str]:
    """The words of a normalised name, its given name in the registry's spelling."""
    words = key.split()
    return [GIVEN_NAME_SPELLINGS.get(words[0], words[0]), *words[1:]] if words else words


def _lower_case_name(actor: RegistryActor, alias: str) -> bool:
    """An alias the registry writes in lower case for a body, of a few words ("coalition of the
    willing"): its fixed phrase names the body however it is capitalised. A person's title
    before a name ("foreign minister X") is no such name."""
    return actor.kind in ("group", "organization") and alias[:1].islower() and " " in alias


def _prefixes(key: str) -> set[str]:
    """The word prefixes of a normalised name ("gaza", "gaza strip")."""
    words = key.split()
    return {" ".join(words[:n]) for n in range(1, len(words) + 1)}


@dataclass(frozen=True)
class RegistryActor:
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegistryNegotiation:
    """A negotiation the tracker follows: its parties and the words and places naming it."""

    slug: str
    parties: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegistryIssue:
    """A canonical issue of the negotiations, with the word stems that name it.

    A stem matches at the start of a word: "aid" is not in "said", "land" not in "Poland".
    """

    name: str
    words: tuple[str, ...] = ()


class Registry:
    """Actors by canonical name, an alias table from normalised form to actor, the
    negotiations those actors take part in, and the news outlets that report on them.

    Outlets are kept apart from actors: a name such as "The Times of Israel" is a source of
    news, and the state inside it takes no part in what the article reports.

    An extended registry layers one document's new actors over its parent's alias
    tables instead of copying them, since that copy would be made for every article.
    """

    def __init__(
        self,
        actors: Iterable[RegistryActor],
        parent: Registry | None = None,
        negotiations: Iterable[RegistryNegotiation] = (),
        issues: Iterable[RegistryIssue] = (),
        outlets: Iterable[RegistryActor] = (),
    ):
        self.parent = parent
        self.actors: dict[str, RegistryActor] = dict(parent.actors) if parent else {}
        self.negotiations: tuple[RegistryNegotiation, ...] = (
            parent.negotiations if parent else tuple(negotiations)
        )
        self.issues: tuple[RegistryIssue, ...] = parent.issues if parent else tuple(issues)
        self._by_alias: dict[str, RegistryActor] = {}
        self._prefixes: set[str] = set()
        self._lower_starts: set[str] = set()
        self.outlets: Outlets = parent.outlets if parent else Outlets(outlets)
        self._given_names: dict[str, list[RegistryActor]] = parent._given_names if parent else {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: RegistryActor) -> None:
        """Register an actor; the first actor to claim an alias keeps it.

        Only a person's bare surname passes from a parent to a namesake in a document's
        layer: an article that introduces "Hazem Qassem" means him by a later "Qassem".
        """
        self.actors.setdefault(actor.name, actor)
        for alias in (actor.name, *actor.aliases, *_bare_surnames(actor)):
            key = normalize_alias(alias)
            holder = self.actor_for(key) if key else None
            namesake = holder is not None and key not in self._by_alias and " " not in key
            if key and (holder is None or namesake and holder.kind == actor.kind == "person"):
                self._by_alias[key] = actor
                self._prefixes.update(_prefixes(key))
            if _lower_case_name(actor, alias) and self.actor_for(key) is actor:
                self._lower_starts.add(key.split()[0])
        if self.parent is None and actor.kind == "person":
            given = _spelled(normalize_alias(actor.name))[0]
            self._given_names.setdefault(given, []).append(actor)

    def actor_for(self, key: str) -> RegistryActor | None:
        """The actor an already normalised alias names, if any."""
        found = self._by_alias.get(key)
        if found is None and self.parent is not None:
            return self.parent.actor_for(key)
        return found

    def has_prefix(self, key: str) -> bool:
        """Whether a normalised word sequence begins some alias."""
        return key in self._prefixes or (self.parent is not None and self.parent.has_prefix(key))

    def starts_lower_case_name(self, word: str) -> bool:
        """Whether a normalised word begins an alias the registry writes in lower case ("coalition
        of the willing"): a name that, unlike the others, need not be capitalised."""
        return word in self._lower_starts or (
            self.parent is not None and self.parent.starts_lower_case_name(word)
        )

    def lookup(self, surface: str) -> RegistryActor | None:
        """The actor a surface form names, if any."""
        return self.actor_for(alias_key(surface))

    def by_given_name(self, key: str) -> list[RegistryActor]:
        """The registered people whose name begins with this normalised given name, however
        it is romanised."""
        return self._given_names.get(GIVEN_NAME_SPELLINGS.get(key, key), [])

    def person_within(self, words: list[str]) -> RegistryActor | None:
        """The registered person whose name is this long form shortened: same first and last
        word, the rest a subsequence ("Mohammed bin Abdulrahman bin Jassim Al Thani"), or the
        name followed by more of the lineage ("Mohammed bin Salman bin Abdulaziz")."""
        keys = _spelled(" ".join(normalize_alias(w) for w in words))
        for actor in self.by_given_name(keys[0]) if len(keys) > 2 else ():
            short = _spelled(normalize_alias(actor.name))
            rest = iter(keys[1:-1])
            if short[-1] == keys[-1] and all(w in rest for w in short[1:-1]):
                return actor
            lineage = keys[len(short) :]
            if keys[: len(short)] == short and lineage and lineage[0] in NAME_PARTICLES:
                return actor
        return None

    def extended(self, actors: Iterable[RegistryActor]) -> Registry:
        """A registry with more actors, for names found in one document."""
        return Registry(actors, parent=self)

    @classmethod
    def from_file(
        cls,
        path: str | Path,
        negotiations: str | Path | None = None,
        issues: str | Path | None = None,
        outlets: str | Path | None = None,
    ) -> Registry:
        """Read a registry from `seeds/actors.json`, `negotiations.json`, `issues.json` and
        `outlets.json`."""
        actors = _read_entries(path, "actors", "actor registry", _actor)
        return cls(
            actors,
            negotiations=read_negotiations(negotiations) if negotiations else (),
            issues=read_issues(issues) if issues else (),
            outlets=read_outlets(outlets) if outlets else (),
        )


class Outlets:
    """News outlets and wires by normalised name, with the word prefixes of those names."""

    def __init__(self, outlets: Iterable[RegistryActor]):
        self._by_alias: dict[str, RegistryActor] = {}
        self._prefixes: set[str] = set()
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases):
                key = normalize_alias(alias)
                self._by_alias.setdefault(key, outlet)
                self._prefixes.update(_prefixes(key))

    def __len__(self) -> int:
        return len(self._by_alias)

    def outlet_for(self, key: str) -> RegistryActor | None:
        """The outlet an already normalised name names, if any."""
        return self._by_alias.get(key)

    def has_prefix(self, key: str) -> bool:
        return key in self._prefixes

    def starts_lower_case_name(self, word: str) -> bool:
        """Whether a normalised word begins an alias the registry writes in lower case ("coalition
        of the willing"): a name that, unlike the others, need not be capitalised."""
        return word in self._lower_starts or (
            self.parent is not None and self.parent.starts_lower_case_name(word)
        )

    def lookup(self, surface: str) -> RegistryActor | None:
        return self.outlet_for(alias_key(surface))


def read_outlets(path: str | Path) -> list[RegistryActor]:
    """The news outlets of a `seeds/outlets.json` file, as organisations."""
    return _read_entries(
        path,
        "outlets",
        "outlets",
        lambda o: RegistryActor(o["name"], "organization", aliases=tuple(o.get("aliases") or ())),
    )


def read_negotiations(path: str | Path) -> list[RegistryNegotiation]:
    """The negotiations of a `seeds/negotiations.json` file."""
    return _read_entries(path, "negotiations", "negotiations", _negotiation)


def read_issues(path: str | Path) -> list[RegistryIssue]:
    """The canonical issues of a `seeds/issues.json` file."""
    return _read_entries(
        path, "issues", "issues", lambda i: RegistryIssue(i["name"], tuple(i.get("words") or ()))
    )


def _read_entries(path: str | Path, key: str, what: str, make) -> list:
    """The entries under `key` of a seed JSON file, each made into a record; any fault in the
    file is one clear error."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [make(entry) for entry in data[key]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ExtractionError(f"cannot read {what} {path}: {exc}") from exc


def _actor(a: dict) -> RegistryActor:
    return RegistryActor(
        name=a["name"],
        kind=a["kind"],
        role=a.get("role"),
        affiliation=a.get("affiliation"),
        aliases=tuple(a.get("aliases") or ()),
    )


def _negotiation(n: dict) -> RegistryNegotiation:
    return RegistryNegotiation(
        slug=n["slug"],
        parties=tuple(n.get("parties") or ()),
        keywords=tuple(n.get("keywords") or ()),
    )

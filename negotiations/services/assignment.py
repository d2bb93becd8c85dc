"""Which negotiation an article, and each record it reports, belongs to."""

from __future__ import annotations

from collections.abc import Callable

from negotiations.models import Actor, Article, Negotiation


def assign_article(
    article: Article,
    ranked: dict[str, Negotiation],
    chosen: Negotiation | None = None,
    *,
    fresh: bool = False,
) -> list[Negotiation]:
    """Set the article's negotiations, the main one first, and return them.

    An editor's (or the submitter's) choice stands; otherwise the extraction's ranking of the
    registry's negotiations (`ranked`: those found, by slug, best first) decides, and an
    article it matches to none stays unassigned. A `fresh` article has no other negotiations,
    and its main one is left for the caller to save, with the other articles it stores.
    """
    if chosen is not None and not article.negotiation_locked:
        article.negotiation, article.negotiation_locked = chosen, True
        article.save(update_fields=["negotiation", "negotiation_locked"])
        if not fresh:
            article.other_negotiations.clear()
    if article.negotiation_locked:
        return article_negotiations(article)
    negotiations = list(ranked.values())
    article.negotiation = negotiations[0] if negotiations else None
    if not fresh:
        article.save(update_fields=["negotiation"])
        article.other_negotiations.set(negotiations[1:])
    elif negotiations[1:]:
        article.other_negotiations.add(*negotiations[1:])
    return negotiations


def article_negotiations(article: Article) -> list[Negotiation]:
    """The article's negotiations, the main one first."""
    others = [n for n in article.other_negotiations.all() if n.pk != article.negotiation_id]
    return [article.negotiation, *others] if article.negotiation_id else others


def party_of(actor: Actor) -> int:
    """A person takes part for the state, organisation or group they belong to."""
    return party(actor.pk, actor.kind, actor.affiliation_id)


def party(actor_id: int, kind: str, affiliation_id: int | None) -> int:
    """`party_of` an actor given as its id, kind and affiliation id."""
    if kind == Actor.Kind.PERSON and affiliation_id:
        return affiliation_id
    return actor_id


class RecordNegotiations:
    """Chooses among an article's negotiations the one each of its records belongs to."""

    def __init__(self, negotiations: list[Negotiation], parties: Callable[[], dict]):
        """`parties` gives every negotiation's party ids by negotiation id, when asked."""
        self.negotiations = negotiations
        self.parties: dict[int, set[int]] = parties() if len(negotiations) > 1 else {}

    def for_actors(self, actors: list[Actor]) -> Negotiation | None:
        """The main negotiation, unless the record's actors are sides of another one only."""
        if len(self.negotiations) <= 1:
            return self.negotiations[0] if self.negotiations else None
        main, *others = self.negotiations
        named = {party_of(actor) for actor in actors}
        main_parties = self.parties.get(main.pk, set())
        for other in others:
            own = self.parties.get(other.pk, set()) - main_parties
            if named & own and not named & (main_parties - self.parties.get(other.pk, set())):
                return other
        return main

"""Which negotiation an article, and each record it reports, belongs to."""

from __future__ import annotations

from django.db import connection

from negotiations.models import Actor, Article, Negotiation


def assign_article(
    article: Article, ranked: tuple[str, ...], chosen: Negotiation | None = None
) -> list[Negotiation]:
    """Set the article's negotiations, the main one first, and return them.

    An editor's (or the submitter's) choice stands; otherwise the extraction's ranking of the
    registry's negotiations decides, and an article it matches to none stays unassigned.
    """
    if chosen is not None and not article.negotiation_locked:
        article.negotiation, article.negotiation_locked = chosen, True
        article.save(update_fields=["negotiation", "negotiation_locked"])
        article.other_negotiations.clear()
    if article.negotiation_locked:
        return article_negotiations(article)
    found = Negotiation.objects.in_bulk(ranked, field_name="slug")
    negotiations = [found[slug] for slug in ranked if slug in found]
    article.negotiation = negotiations[0] if negotiations else None
    article.save(update_fields=["negotiation"])
    article.other_negotiations.set(negotiations[1:])
    return negotiations


def article_negotiations(article: Article) -> list[Negotiation]:
    """The article's negotiations, the main one first."""
    others = [n for n in article.other_negotiations.all() if n.pk != article.negotiation_id]
    return [article.negotiation, *others] if article.negotiation_id else others


def party_of(actor: Actor) -> int:
    """A person takes part for the state, organisation or group they belong to."""
    if actor.kind == Actor.Kind.PERSON and actor.affiliation_id:
        return actor.affiliation_id
    return actor.pk


class RecordNegotiations:
    """Chooses among an article's negotiations the one each of its records belongs to."""

    def __init__(self, negotiations: list[Negotiation]):
        self.negotiations = negotiations
        self.parties: dict[int, set[int]] = {}
        if len(negotiations) > 1:
            links = Negotiation.parties.through.objects.filter(
                negotiation__in=negotiations
            ).values_list("negotiation_id", "actor_id")
            for negotiation_id, actor_id in links:
                self.parties.setdefault(negotiation_id, set()).add(actor_id)

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


def lock_negotiations(negotiations: list[Negotiation]) -> None:
    """Store one article at a time per negotiation, so concurrent reports of one event meet.

    PostgreSQL only: SQLite already lets one writer in at a time.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for negotiation in sorted(negotiations, key=lambda n: n.pk):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [7011, negotiation.pk])

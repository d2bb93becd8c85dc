"""Indexes made on PostgreSQL only, and the search expressions queries must repeat to use
them: GIN for full-text and trigram search, and orders SQLite cannot index (NULLS LAST).
SQLite gets none of them and searches with LIKE."""

from django.contrib.postgres.indexes import BTreeIndex, GinIndex, OpClass
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorExact
from django.db.models import Expression, Q
from django.db.models.functions import Upper

# Must match the configuration the ingestion service uses to fill Statement.search_vector.
SEARCH_CONFIG = "english"


class OnPostgreSQL:
    """Makes an index on PostgreSQL only. Other databases run a comment instead, so the index
    can stay in a model's Meta (and survive SQLite's table rebuilds)."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return f"-- {self.name}: PostgreSQL only"
        return super().create_sql(model, schema_editor, using, **kwargs)

    def remove_sql(self, model, schema_editor, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return f"-- {self.name}: PostgreSQL only"
        return super().remove_sql(model, schema_editor, **kwargs)


class SearchIndex(OnPostgreSQL, GinIndex):
    """A GIN index for full-text or trigram search, on PostgreSQL only."""


class OrderIndex(OnPostgreSQL, BTreeIndex):
    """A B-tree index for an order SQLite cannot index, on PostgreSQL only."""


def text_vector(*fields: str | Expression) -> SearchVector:
    """The full-text vector of `fields`; an index on it serves `matches_text` on the same fields."""
    return SearchVector(*fields, config=SEARCH_CONFIG)


def matches_text(q: str, *fields: str) -> Q:
    """Records whose `fields` match the reader's query (web search syntax: every word, in any
    order, stemmed; "quoted phrases", `or`, `-word`)."""
    query = SearchQuery(q, search_type="websearch", config=SEARCH_CONFIG)
    return Q(SearchVectorExact(text_vector(*fields), query))


def trigrams(field: str) -> OpClass:
    """UPPER(field) in trigrams: what `icontains` compares on PostgreSQL, so it can use them."""
    return OpClass(Upper(field), name="gin_trgm_ops")

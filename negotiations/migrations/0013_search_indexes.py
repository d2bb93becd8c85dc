"""Search through indexes on PostgreSQL: full text for proposals and meetings, trigrams for
names and titles (SQLite gets none of them, see `SearchIndex`); and the indexes that the
proposals list, upcoming meetings and finding actors by name walk."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from negotiations.pg_indexes import OrderIndex, SearchIndex, text_vector, trigrams


class Trigrams(TrigramExtension):
    """pg_trgm on PostgreSQL (a no-op elsewhere). Migrating back keeps it: other databases'
    objects may use it, and Django's own backwards step would query pg_extension on SQLite."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


# Finer statistics of the searched words: a word the planner has no figure for is assumed to
# match 0.5 % of rows, so for a rare name it walks the whole timeline index looking for
# matches (1.4 s at 1M statements) instead of asking the GIN index (13 ms).
WORD_STATISTICS = [
    "ALTER TABLE negotiations_statement ALTER COLUMN search_vector SET STATISTICS {n}",
    "ALTER INDEX proposal_search ALTER COLUMN 1 SET STATISTICS {n}",
    "ALTER INDEX meeting_search ALTER COLUMN 1 SET STATISTICS {n}",
]


def word_statistics(n):
    """Set the statistics target of the search vectors to `n` (PostgreSQL only)."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in WORD_STATISTICS:
                schema_editor.execute(sql.format(n=n))

    return run


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0012_record_counts")]

    operations = [
        Trigrams(),
        migrations.AddIndex(
            model_name="actor", index=models.Index(fields=["name"], name="actor_name")
        ),
        migrations.AddIndex(
            model_name="actoralias", index=models.Index(fields=["name"], name="alias_name")
        ),
        migrations.AddIndex(
            model_name="meeting", index=models.Index(fields=["date", "id"], name="meeting_upcoming")
        ),
        migrations.AddIndex(
            model_name="actor",
            index=SearchIndex(trigrams("name"), name="actor_name_trigrams"),
        ),
        migrations.AddIndex(
            model_name="actor",
            index=SearchIndex(trigrams("role"), name="actor_role_trigrams"),
        ),
        migrations.AddIndex(
            model_name="actoralias",
            index=SearchIndex(
                fields=["normalized"], opclasses=["gin_trgm_ops"], name="alias_trigrams"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=OrderIndex(
                models.F("last_seen").desc(nulls_last=True),
                models.F("id").desc(),
                name="proposal_reported",
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=SearchIndex(text_vector("title", "text"), name="proposal_search"),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=SearchIndex(trigrams("title"), name="proposal_title_trigrams"),
        ),
        migrations.AddIndex(
            model_name="meeting",
            index=SearchIndex(text_vector("title", "location", "text"), name="meeting_search"),
        ),
        migrations.RunPython(word_statistics(1000), word_statistics(-1)),
    ]

"""Search through indexes on PostgreSQL: full text for proposals and meetings, trigrams for
names and titles. SQLite gets none of them (see `SearchIndex`)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from negotiations.search_indexes import SearchIndex, text_vector, trigrams


class Trigrams(TrigramExtension):
    """pg_trgm on PostgreSQL (a no-op elsewhere). Migrating back keeps it: other databases'
    objects may use it, and Django's own backwards step would query pg_extension on SQLite."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0011_deleted_sources")]

    operations = [
        Trigrams(),
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
    ]

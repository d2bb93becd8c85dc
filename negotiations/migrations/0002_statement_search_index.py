from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS statement_search_gin "
    "ON negotiations_statement USING gin (search_vector)"
)
DROP = "DROP INDEX IF EXISTS statement_search_gin"


def on_postgresql(sql):
    """Run SQL only on PostgreSQL; SQLite has no tsvector and searches without an index."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0001_initial")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]

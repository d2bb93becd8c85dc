"""A stamp that changes with every write to the registry tables, kept by database triggers.

Workers keep the registry in memory and read it again when the stamp changes, so the stamp is
read once or twice per ingested article: one row, whatever the size of the registry. Triggers
on the actors, aliases, negotiations, their parties and issues give it a new value within the
writing transaction, whichever path writes (the store, the admin, seeding, raw SQL); the
writing transaction sees each of its own writes change it. Values never repeat, even after a
rollback (PostgreSQL draws them from a sequence, SQLite at random), so a process never takes a
registry it read before for the current one.

On SQLite, a migration that rebuilds one of these tables drops its triggers: such a migration
must call `install_triggers` again.
"""

from __future__ import annotations

from django.db import connection

# Named, not read off the models, as the migration that installs the triggers must keep them.
TABLES = (
    "negotiations_actor",
    "negotiations_actoralias",
    "negotiations_negotiation",
    "negotiations_negotiation_parties",
    "negotiations_issue",
)
STAMP = "negotiations_registrystamp"
SEQUENCE = "negotiations_registry_stamp_seq"
FUNCTION = "negotiations_registry_changed"
LOCAL = "negotiations.registry_written"  # the transaction's own writes, on PostgreSQL
NEW_VALUE = {"postgresql": f"nextval('{SEQUENCE}')", "sqlite": "random()"}
READ = {
    "postgresql": f"SELECT stamp, coalesce(current_setting('{LOCAL}', true), '') FROM {STAMP}"
    " WHERE id = 1",
    "sqlite": f"SELECT stamp FROM {STAMP} WHERE id = 1",
}


def registry_stamp() -> tuple | None:
    """The registry's current stamp; None when it has none (its table was emptied)."""
    with connection.cursor() as cursor:
        cursor.execute(READ[connection.vendor])
        row = cursor.fetchone()
    return row


def _postgresql_triggers() -> list[str]:
    # A row updated again and again in one transaction is slower to find at each update, so
    # the stamp row takes one update per transaction; each write of the transaction numbers
    # the registry for that transaction alone, in a setting that a rollback undoes like data.
    stamp = (
        f"INSERT INTO {STAMP} (id, stamp) VALUES (1, nextval('{SEQUENCE}'))"
        " ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp"
    )
    body = (
        f"IF coalesce(current_setting('{LOCAL}', true), '') = '' THEN {stamp}; END IF;"
        f" PERFORM set_config('{LOCAL}', nextval('{SEQUENCE}')::text, true); RETURN NULL;"
    )
    sql = [
        f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}",
        f"CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$",
    ]
    for table in TABLES:
        run = f"EXECUTE FUNCTION {FUNCTION}()"
        sql += [
            f"CREATE TRIGGER {table}_stamp AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW {run}",
            f"CREATE TRIGGER {table}_stamp_truncate AFTER TRUNCATE ON {table}"
            f" FOR EACH STATEMENT {run}",
        ]
    return sql


def _sqlite_triggers() -> list[str]:
    # No conflict clause: the writing statement's own ('INSERT OR IGNORE') would override it.
    value = NEW_VALUE["sqlite"]
    stamp = (
        f"UPDATE {STAMP} SET stamp = {value} WHERE id = 1;"
        f" INSERT INTO {STAMP} (id, stamp) SELECT 1, {value}"
        f" WHERE NOT EXISTS (SELECT 1 FROM {STAMP} WHERE id = 1);"
    )
    return [
        f"CREATE TRIGGER {table}_stamp_{event} AFTER {event} ON {table}"
        f" FOR EACH ROW BEGIN {stamp} END"
        for table in TABLES
        for event in ("insert", "update", "delete")
    ]


def install_triggers(schema_editor) -> None:
    """Create the stamping triggers and give the registry its first stamp."""
    vendor = schema_editor.connection.vendor
    for sql in _postgresql_triggers() if vendor == "postgresql" else _sqlite_triggers():
        schema_editor.execute(sql)
    schema_editor.execute(f"INSERT INTO {STAMP} (id, stamp) VALUES (1, {NEW_VALUE[vendor]})")


def drop_triggers(schema_editor) -> None:
    """Remove what `install_triggers` created."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}() CASCADE")
        schema_editor.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
        return
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_stamp_{event}")

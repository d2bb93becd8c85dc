"""The per-day counts behind the charts and the home page, kept by database triggers.

A trigger on each counted table adds what a row counts as after a change and takes away what
it counted as before, in the same statement. So every write path keeps `RecordCount` right
within its transaction: the store, the admin, regrouping, deletions and their cascades,
`QuerySet.update` and raw SQL. Concurrent writers add with one upsert each and lose nothing.

On SQLite, a migration that rebuilds one of the counted tables (most `AlterField`s do) drops
its triggers: such a migration must call `install_triggers` again. `manage.py recount` finds
and repairs counts that drifted.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, transaction

TABLE = "negotiations_recordcount"
KEY = ("kind", "negotiation_id", "actor_id", "day", "verified")
# The unique key the upsert lands on: PostgreSQL's is NULLS NOT DISTINCT on the columns;
# SQLite's replaces the NULLs, which its unique indexes would otherwise tell apart.
CONFLICT = {
    "postgresql": "actor_id, kind, negotiation_id, day, verified",
    "sqlite": "ifnull(actor_id, 0), kind, ifnull(negotiation_id, 0), ifnull(day, ''), verified",
}


def own(kind: str, day: str, actor: str) -> str:
    """A record that counts once in all and once for its one actor."""
    row = "'{kind}' AS kind, {{row}}.negotiation_id AS negotiation_id, {actor} AS actor_id, "
    row += "{{row}}.{day} AS day, {{row}}.verified AS verified"
    everyone = row.format(kind=kind, actor="NULL", day=day)
    one = row.format(kind=kind, actor=f"{{row}}.{actor}", day=day)
    return f"SELECT {everyone} UNION ALL SELECT {one}"


@dataclass(frozen=True)
class Counted:
    """A table whose rows count: what a row counts as (a SELECT of KEY rows, `{row}` standing
    for NEW or OLD), and the columns whose update changes that."""

    name: str
    table: str
    columns: tuple[str, ...]
    counts_as: str


COUNTED = (
    Counted(
        "statement",
        "negotiations_statement",
        ("said_on", "negotiation_id", "verified", "speaker_id"),
        own("statement", "said_on", "speaker_id"),
    ),
    Counted(
        "response",
        "negotiations_proposalresponse",
        ("responded_on", "negotiation_id", "verified", "actor_id", "proposal_id"),
        own("response", "responded_on", "actor_id")
        # The actor's answer counts the proposal for them, unless they proposed it or
        # answered it another time (the actor filter finds each proposal once).
        + " UNION ALL SELECT 'proposal', p.negotiation_id, {row}.actor_id, p.first_seen,"
        " p.verified FROM negotiations_proposal p WHERE p.id = {row}.proposal_id"
        " AND (p.proposer_id IS NULL OR p.proposer_id <> {row}.actor_id)"
        " AND NOT EXISTS (SELECT 1 FROM negotiations_proposalresponse r"
        " WHERE r.proposal_id = {row}.proposal_id AND r.actor_id = {row}.actor_id"
        " AND r.id <> {row}.id)",
    ),
    Counted(
        "proposal",
        "negotiations_proposal",
        ("first_seen", "negotiation_id", "verified", "proposer_id"),
        "SELECT 'proposal' AS kind, {row}.negotiation_id AS negotiation_id, NULL AS actor_id,"
        " {row}.first_seen AS day, {row}.verified AS verified"
        " UNION ALL SELECT 'proposal', {row}.negotiation_id, linked.actor_id, {row}.first_seen,"
        " {row}.verified FROM (SELECT {row}.proposer_id AS actor_id"
        " WHERE {row}.proposer_id IS NOT NULL UNION SELECT r.actor_id"
        " FROM negotiations_proposalresponse r WHERE r.proposal_id = {row}.id) linked",
    ),
    Counted(
        "meeting",
        "negotiations_meeting",
        ("date", "reported_on", "negotiation_id", "verified"),
        "SELECT 'meeting' AS kind, {row}.negotiation_id AS negotiation_id, NULL AS actor_id,"
        " {row}.day AS day, {row}.verified AS verified"
        " UNION ALL SELECT 'meeting', {row}.negotiation_id, p.actor_id, {row}.day, {row}.verified"
        " FROM negotiations_meetingparticipant p WHERE p.meeting_id = {row}.id",
    ),
    Counted(
        "participant",
        "negotiations_meetingparticipant",
        ("meeting_id", "actor_id"),
        "SELECT 'meeting' AS kind, m.negotiation_id AS negotiation_id, {row}.actor_id AS actor_id,"
        " m.day AS day, m.verified AS verified"
        " FROM negotiations_meeting m WHERE m.id = {row}.meeting_id",
    ),
    Counted(
        "article",
        "negotiations_article",
        ("negotiation_id", "reported_on"),
        "SELECT 'article' AS kind, {row}.negotiation_id AS negotiation_id,"
        " CAST(NULL AS bigint) AS actor_id,"
        " {row}.reported_on AS day, false AS verified",
    ),
)

# Every record's counts at once, written apart from the triggers' so each checks the other.
EVERY_COUNT = """
SELECT 'statement' AS kind, negotiation_id, NULL AS actor_id, said_on AS day, verified
  FROM negotiations_statement
UNION ALL SELECT 'statement', negotiation_id, speaker_id, said_on, verified
  FROM negotiations_statement
UNION ALL SELECT 'response', negotiation_id, NULL, responded_on, verified
  FROM negotiations_proposalresponse
UNION ALL SELECT 'response', negotiation_id, actor_id, responded_on, verified
  FROM negotiations_proposalresponse
UNION ALL SELECT 'proposal', negotiation_id, NULL, first_seen, verified
  FROM negotiations_proposal
UNION ALL SELECT 'proposal', p.negotiation_id, linked.actor_id, p.first_seen, p.verified
  FROM (SELECT id AS proposal_id, proposer_id AS actor_id FROM negotiations_proposal
        WHERE proposer_id IS NOT NULL
        UNION SELECT proposal_id, actor_id FROM negotiations_proposalresponse) linked
  JOIN negotiations_proposal p ON p.id = linked.proposal_id
UNION ALL SELECT 'meeting', negotiation_id, NULL, day, verified FROM negotiations_meeting
UNION ALL SELECT 'meeting', m.negotiation_id, mp.actor_id, m.day, m.verified
  FROM negotiations_meetingparticipant mp JOIN negotiations_meeting m ON m.id = mp.meeting_id
UNION ALL SELECT 'article', negotiation_id, NULL, reported_on, false FROM negotiations_article
"""


def add(deltas: list[tuple[str, int]], vendor: str) -> str:
    """One upsert adding each (counts_as of NEW or OLD, +1 or -1) to the counts."""
    parts = " UNION ALL ".join(
        f"SELECT counted.*, {sign} AS d FROM ({counts_as}) counted" for counts_as, sign in deltas
    )
    key = ", ".join(KEY)
    return (
        f"INSERT INTO {TABLE} ({key}, n) SELECT {key}, SUM(d) FROM ({parts}) deltas"
        f" GROUP BY {key} HAVING SUM(d) <> 0"
        f" ON CONFLICT ({CONFLICT[vendor]}) DO UPDATE SET n = {TABLE}.n + excluded.n"
    )


def changes(counted: Counted, vendor: str) -> dict[str, str]:
    """The upsert for each kind of change to a row of the table."""
    new = counted.counts_as.format(row="NEW")
    old = counted.counts_as.format(row="OLD")
    return {
        "INSERT": add([(new, 1)], vendor),
        "DELETE": add([(old, -1)], vendor),
        "UPDATE": add([(old, -1), (new, 1)], vendor),
    }


def changed(counted: Counted, vendor: str) -> str:
    """The trigger condition: one of the counted columns took another value."""
    differs = "IS DISTINCT FROM" if vendor == "postgresql" else "IS NOT"
    return " OR ".join(f"OLD.{c} {differs} NEW.{c}" for c in counted.columns)


def postgresql_triggers(counted: Counted) -> list[str]:
    function = f"negotiations_count_{counted.name}"
    upserts = changes(counted, "postgresql")
    body = (
        f"IF TG_OP = 'INSERT' THEN {upserts['INSERT']};"
        f" ELSIF TG_OP = 'DELETE' THEN {upserts['DELETE']};"
        f" ELSE {upserts['UPDATE']}; END IF; RETURN NULL;"
    )
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$",
        f"CREATE TRIGGER {function}_change AFTER INSERT OR DELETE ON {counted.table}"
        f" FOR EACH ROW EXECUTE FUNCTION {function}()",
        f"CREATE TRIGGER {function}_update AFTER UPDATE OF {', '.join(counted.columns)}"
        f" ON {counted.table} FOR EACH ROW WHEN ({changed(counted, 'postgresql')})"
        f" EXECUTE FUNCTION {function}()",
    ]


def sqlite_triggers(counted: Counted) -> list[str]:
    name = f"negotiations_count_{counted.name}"
    upserts = changes(counted, "sqlite")
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {counted.table}"
        f" FOR EACH ROW BEGIN {upserts['INSERT']}; END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {counted.table}"
        f" FOR EACH ROW BEGIN {upserts['DELETE']}; END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {', '.join(counted.columns)}"
        f" ON {counted.table} FOR EACH ROW WHEN {changed(counted, 'sqlite')}"
        f" BEGIN {upserts['UPDATE']}; END",
    ]


def install_triggers(schema_editor) -> None:
    """Create the counts' unique key and the counting triggers on this database."""
    vendor = schema_editor.connection.vendor
    distinct = " NULLS NOT DISTINCT" if vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE UNIQUE INDEX IF NOT EXISTS record_count_key ON {TABLE} ({CONFLICT[vendor]})"
        + distinct
    )
    for counted in COUNTED:
        make = postgresql_triggers if vendor == "postgresql" else sqlite_triggers
        for sql in make(counted):
            schema_editor.execute(sql)


def drop_triggers(schema_editor) -> None:
    """Remove what `install_triggers` created."""
    schema_editor.execute("DROP INDEX IF EXISTS record_count_key")
    for counted in COUNTED:
        name = f"negotiations_count_{counted.name}"
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}() CASCADE")
        else:
            for event in ("insert", "delete", "update"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{event}")


def stored_counts(cursor) -> dict[tuple, int]:
    """The counts as stored, zeros left out."""
    cursor.execute(f"SELECT {', '.join(KEY)}, n FROM {TABLE} WHERE n <> 0")
    return {tuple(row[:-1]): row[-1] for row in cursor.fetchall()}


def rebuild(cursor) -> None:
    """Replace the counts with a count of the records as they are."""
    key = ", ".join(KEY)
    cursor.execute(f"DELETE FROM {TABLE}")
    cursor.execute(
        f"INSERT INTO {TABLE} ({key}, n) SELECT {key}, COUNT(*) FROM ({EVERY_COUNT}) every_count"
        f" GROUP BY {key}"
    )


def recount() -> dict[tuple, tuple[int, int]]:
    """Rebuild the counts from the records; returns the keys that differed, as
    {(kind, negotiation_id, actor_id, day, verified): (stored, counted)}."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Writers wait at their trigger, so none adds to a count the rebuild replaces.
            cursor.execute(f"LOCK TABLE {TABLE} IN SHARE ROW EXCLUSIVE MODE")
        before = stored_counts(cursor)
        rebuild(cursor)
        after = stored_counts(cursor)
    return {
        key: (before.get(key, 0), after.get(key, 0))
        for key in before.keys() | after.keys()
        if before.get(key, 0) != after.get(key, 0)
    }

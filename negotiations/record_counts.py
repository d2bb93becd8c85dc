"""The counts behind the charts, the home page and the actor list, kept by database triggers.

A trigger on each counted table adds what the rows a statement wrote count as, and takes away
what they counted as before. So every write path keeps `RecordCount` (per day) and
`ActorCount` (per actor) right within its transaction: the store, the admin, regrouping,
deletions and their cascades, `QuerySet.update`, raw SQL. Writers add with upserts, so
concurrent ones lose nothing. PostgreSQL runs one upsert per statement, over its transition
tables; SQLite, which has only row triggers, runs the same SQL over a one-row table.

On SQLite, a migration that rebuilds one of the counted tables (most `AlterField`s do) drops
its triggers: such a migration must call `install_triggers` again. `manage.py recount` finds
and repairs counts that drifted.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, transaction


@dataclass(frozen=True)
class Target:
    """A counts table: its name, its key, and the unique index the upsert lands on, per
    database (PostgreSQL's is NULLS NOT DISTINCT on the columns; SQLite's replaces the NULLs,
    which its unique indexes would otherwise tell apart)."""

    table: str
    key: tuple[str, ...]
    conflict: dict[str, str]


DAYS = Target(
    "negotiations_recordcount",
    ("kind", "negotiation_id", "actor_id", "day", "verified"),
    {
        "postgresql": "actor_id, kind, negotiation_id, day, verified",
        "sqlite": "ifnull(actor_id, 0), kind, ifnull(negotiation_id, 0), ifnull(day, ''), verified",
    },
)
ACTORS = Target(
    "negotiations_actorcount",
    ("kind", "negotiation_id", "actor_id"),
    {
        "postgresql": "actor_id, kind, negotiation_id",
        "sqlite": "actor_id, kind, ifnull(negotiation_id, 0)",
    },
)
TARGETS = (DAYS, ACTORS)


def own(kind: str, day: str, actor: str) -> str:
    """Per day, a record with one actor counts once in all and once for its actor."""
    return (
        f"SELECT '{kind}' AS kind, r.negotiation_id AS negotiation_id,"
        f" CAST(NULL AS bigint) AS actor_id, r.{day} AS day, r.verified AS verified FROM {{rows}} r"
        f" UNION ALL SELECT '{kind}', r.negotiation_id, r.{actor}, r.{day}, r.verified"
        " FROM {rows} r"
    )


def by_actor(kind: str, actor: str) -> str:
    """Per actor, a record counts once for the actor in `actor`, when there is one."""
    return (
        f"SELECT '{kind}' AS kind, r.negotiation_id AS negotiation_id, r.{actor} AS actor_id"
        f" FROM {{rows}} r WHERE r.{actor} IS NOT NULL"
    )


@dataclass(frozen=True)
class Counted:
    """A table whose rows count. `days` and `actors` are SELECTs of each target's key, one row
    per count a row of `{rows}` adds to; `columns` are those they read; `extra` adds what a
    change (`{old}` rows to `{new}` rows) does to the day counts of other records; `record`
    says whether the rows are records (counted by a rebuild), not links between them."""

    name: str
    table: str
    columns: tuple[str, ...]
    days: str
    actors: str = ""
    extra: str = ""
    record: bool = True

    def counts(self, target: Target) -> str:
        return self.days if target is DAYS else self.actors


# An answer counts its proposal for the actor, unless the actor proposed it or answered it
# another time (the timeline's actor filter finds each proposal once): +1 where the actor
# is linked after the change and was not before, -1 the other way round.
ANSWERED = """
SELECT 'proposal' AS kind, p.negotiation_id AS negotiation_id, pair.actor_id AS actor_id,
  p.first_seen AS day, p.verified AS verified,
  CASE WHEN EXISTS (SELECT 1 FROM negotiations_proposalresponse x
    WHERE x.proposal_id = pair.proposal_id AND x.actor_id = pair.actor_id) THEN 1 ELSE 0 END
  - CASE WHEN EXISTS (SELECT 1 FROM negotiations_proposalresponse x
    WHERE x.proposal_id = pair.proposal_id AND x.actor_id = pair.actor_id
    AND x.id NOT IN (SELECT nn.id FROM {new} nn))
    OR EXISTS (SELECT 1 FROM {old} o
    WHERE o.proposal_id = pair.proposal_id AND o.actor_id = pair.actor_id) THEN 1 ELSE 0 END AS d
FROM (SELECT oo.proposal_id, oo.actor_id FROM {old} oo
  UNION SELECT nn.proposal_id, nn.actor_id FROM {new} nn) pair
JOIN negotiations_proposal p ON p.id = pair.proposal_id
WHERE p.proposer_id IS NULL OR p.proposer_id <> pair.actor_id
"""

COUNTED = (
    Counted(
        "statement",
        "negotiations_statement",
        ("said_on", "negotiation_id", "verified", "speaker_id"),
        own("statement", "said_on", "speaker_id"),
        by_actor("statement", "speaker_id"),
    ),
    Counted(
        "response",
        "negotiations_proposalresponse",
        ("responded_on", "negotiation_id", "verified", "actor_id", "proposal_id"),
        own("response", "responded_on", "actor_id"),
        by_actor("response", "actor_id"),
        extra=ANSWERED,
    ),
    Counted(
        "proposal",
        "negotiations_proposal",
        ("first_seen", "negotiation_id", "verified", "proposer_id"),
        "SELECT 'proposal' AS kind, r.negotiation_id AS negotiation_id,"
        " CAST(NULL AS bigint) AS actor_id, r.first_seen AS day, r.verified AS verified"
        " FROM {rows} r"
        " UNION ALL SELECT 'proposal', r.negotiation_id, linked.actor_id, r.first_seen, r.verified"
        " FROM (SELECT r.id AS proposal_id, r.proposer_id AS actor_id FROM {rows} r"
        " WHERE r.proposer_id IS NOT NULL UNION SELECT x.proposal_id, x.actor_id"
        " FROM negotiations_proposalresponse x JOIN {rows} r ON r.id = x.proposal_id) linked"
        " JOIN {rows} r ON r.id = linked.proposal_id",
        # The actor list counts what an actor proposed (and, apart, what they answered).
        by_actor("proposal", "proposer_id"),
    ),
    Counted(
        "meeting",
        "negotiations_meeting",
        ("day", "negotiation_id", "verified"),
        "SELECT 'meeting' AS kind, r.negotiation_id AS negotiation_id,"
        " CAST(NULL AS bigint) AS actor_id, r.day AS day, r.verified AS verified FROM {rows} r"
        " UNION ALL SELECT 'meeting', r.negotiation_id, p.actor_id, r.day, r.verified"
        " FROM {rows} r JOIN negotiations_meetingparticipant p ON p.meeting_id = r.id",
        "SELECT 'meeting' AS kind, r.negotiation_id AS negotiation_id, p.actor_id AS actor_id"
        " FROM {rows} r JOIN negotiations_meetingparticipant p ON p.meeting_id = r.id",
    ),
    Counted(
        "participant",
        "negotiations_meetingparticipant",
        ("meeting_id", "actor_id"),
        "SELECT 'meeting' AS kind, m.negotiation_id AS negotiation_id, r.actor_id AS actor_id,"
        " m.day AS day, m.verified AS verified"
        " FROM {rows} r JOIN negotiations_meeting m ON m.id = r.meeting_id",
        "SELECT 'meeting' AS kind, m.negotiation_id AS negotiation_id, r.actor_id AS actor_id"
        " FROM {rows} r JOIN negotiations_meeting m ON m.id = r.meeting_id",
        record=False,
    ),
    Counted(
        "article",
        "negotiations_article",
        ("negotiation_id", "reported_on"),
        "SELECT 'article' AS kind, r.negotiation_id AS negotiation_id,"
        " CAST(NULL AS bigint) AS actor_id, r.reported_on AS day, false AS verified"
        " FROM {rows} r",
    ),
)


def add(target: Target, counted: Counted, old: str, new: str, vendor: str) -> str:
    """One upsert adding what the `new` rows count and taking away what the `old` rows did."""
    counts = counted.counts(target)
    parts = [
        f"SELECT counted.*, -1 AS d FROM ({counts.format(rows=old)}) counted",
        f"SELECT counted.*, 1 AS d FROM ({counts.format(rows=new)}) counted",
    ]
    if counted.extra and target is DAYS:
        parts.append(counted.extra.format(old=old, new=new))
    key = ", ".join(target.key)
    # In key order, so that two statements lock the counts they share in the same order.
    return (
        f"INSERT INTO {target.table} ({key}, n) SELECT {key}, SUM(d)"
        f" FROM ({' UNION ALL '.join(parts)}) deltas"
        f" GROUP BY {key} HAVING SUM(d) <> 0 ORDER BY {key}"
        f" ON CONFLICT ({target.conflict[vendor]})"
        f" DO UPDATE SET n = {target.table}.n + excluded.n"
    )


def add_all(counted: Counted, old: str, new: str, vendor: str) -> str:
    """The upserts of every target the table counts in, as one block of statements."""
    targets = [target for target in TARGETS if counted.counts(target)]
    return " ".join(f"{add(target, counted, old, new, vendor)};" for target in targets)


def differs(counted: Counted, old: str, new: str, vendor: str) -> str:
    """A condition: one of the columns the counts read took another value."""
    op = "IS DISTINCT FROM" if vendor == "postgresql" else "IS NOT"
    return " OR ".join(f"{old}.{c} {op} {new}.{c}" for c in counted.columns)


def postgresql_triggers(counted: Counted) -> list[str]:
    """Statement triggers: one upsert per statement, however many rows it writes."""
    function = f"negotiations_count_{counted.name}"
    changed = differs(counted, "o", "n", "postgresql")
    old_changed = f"(SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed})"
    new_changed = f"(SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed})"
    inserted = add_all(counted, "(SELECT * FROM new_rows WHERE false)", "new_rows", "postgresql")
    deleted = add_all(counted, "old_rows", "(SELECT * FROM old_rows WHERE false)", "postgresql")
    updated = add_all(counted, old_changed, new_changed, "postgresql")
    body = (
        f"IF TG_OP = 'INSERT' THEN {inserted} ELSIF TG_OP = 'DELETE' THEN {deleted}"
        f" ELSE {updated} END IF; RETURN NULL;"
    )
    on = f"ON {counted.table} REFERENCING"
    run = f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$",
        f"CREATE TRIGGER {function}_insert AFTER INSERT {on} NEW TABLE AS new_rows {run}",
        f"CREATE TRIGGER {function}_delete AFTER DELETE {on} OLD TABLE AS old_rows {run}",
        f"CREATE TRIGGER {function}_update AFTER UPDATE {on} OLD TABLE AS old_rows"
        f" NEW TABLE AS new_rows {run}",
    ]


def sqlite_triggers(counted: Counted) -> list[str]:
    """Row triggers (SQLite has no others), each row read as a one-row table."""
    name = f"negotiations_count_{counted.name}"

    def row(which: str, where: str = "") -> str:
        columns = ", ".join(f"{which}.{c} AS {c}" for c in ("id", *counted.columns))
        return f"(SELECT {columns}{where})"

    inserted = add_all(counted, row("NEW", " WHERE false"), row("NEW"), "sqlite")
    deleted = add_all(counted, row("OLD"), row("OLD", " WHERE false"), "sqlite")
    updated = add_all(counted, row("OLD"), row("NEW"), "sqlite")
    each = f"ON {counted.table} FOR EACH ROW"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT {each} BEGIN {inserted} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE {each} BEGIN {deleted} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE {each}"
        f" WHEN {differs(counted, 'OLD', 'NEW', 'sqlite')} BEGIN {updated} END",
    ]


def install_triggers(schema_editor) -> None:
    """Create the counts' unique keys and the counting triggers on this database."""
    vendor = schema_editor.connection.vendor
    distinct = " NULLS NOT DISTINCT" if vendor == "postgresql" else ""
    for target in TARGETS:
        schema_editor.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS {target.table}_key"
            f" ON {target.table} ({target.conflict[vendor]}){distinct}"
        )
    make = postgresql_triggers if vendor == "postgresql" else sqlite_triggers
    for counted in COUNTED:
        for sql in make(counted):
            schema_editor.execute(sql)


def drop_triggers(schema_editor) -> None:
    """Remove what `install_triggers` created."""
    for counted in COUNTED:
        name = f"negotiations_count_{counted.name}"
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}() CASCADE")
        else:
            for event in ("insert", "delete", "update"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{event}")
    for target in TARGETS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {target.table}_key")


def stored_counts(cursor, target: Target) -> dict[tuple, int]:
    """A target's counts as stored, zeros left out."""
    cursor.execute(f"SELECT {', '.join(target.key)}, n FROM {target.table} WHERE n <> 0")
    return {tuple(row[:-1]): row[-1] for row in cursor.fetchall()}


def rebuild(cursor) -> None:
    """Replace the counts with a count of the records as they are."""
    for target in TARGETS:
        key = ", ".join(target.key)
        every = " UNION ALL ".join(
            c.counts(target).format(rows=c.table) for c in COUNTED if c.record and c.counts(target)
        )
        cursor.execute(f"DELETE FROM {target.table}")
        cursor.execute(
            f"INSERT INTO {target.table} ({key}, n) SELECT {key}, COUNT(*)"
            f" FROM ({every}) every_count GROUP BY {key}"
        )


def recount() -> dict[tuple, tuple[int, int]]:
    """Rebuild the counts from the records; returns the counts that differed, as
    {(table, *key): (stored, counted)}."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Writers wait at their trigger, so none adds to a count the rebuild replaces.
            tables = ", ".join(target.table for target in TARGETS)
            cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")
        before = {(t.table, *k): n for t in TARGETS for k, n in stored_counts(cursor, t).items()}
        rebuild(cursor)
        after = {(t.table, *k): n for t in TARGETS for k, n in stored_counts(cursor, t).items()}
    return {
        key: (before.get(key, 0), after.get(key, 0))
        for key in before.keys() | after.keys()
        if before.get(key, 0) != after.get(key, 0)
    }

"""Where the reports under each key went: read for many keys in one query, and kept by a batch.

A report key finds its record (`found`) where this article's report of it went before (a pin),
else where other articles' reports of it went (their evidence, when all went to one record: a
key an editor split across records decides nothing), else in the record made under it (its
merge key); a key whose record an editor deleted (`deleted`) is stored no more. The batch of
articles stored in one transaction reads the keys it meets once and records its own writes
here, so a later article of the batch reads them no more; after a write it cannot follow
(evidence detached, records merged or deleted) it forgets all and reads anew.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection
from django.db.models import Model

from negotiations.models import RECORD_FIELDS, RECORD_MODELS, DeletedKey, Evidence

# Keys per kind in one statement: far under SQLite's and PostgreSQL's limits on parameters.
KEYS_PER_READ = 2000


class ReportKeys:
    """The owners of report keys, and one instance per record read or made in the batch, so
    that every article of the batch sees the changes the ones before it made."""

    def __init__(self):
        self._read: dict[str, set[str]] = {}
        self._sent: dict[str, dict[str, set[int]]] = {}
        self._made: dict[str, dict[str, int]] = {}
        self._deleted: dict[str, set[str]] = {}
        self._records: dict[str, dict[int, Model]] = {}
        self.forget()

    def forget(self, fields: Iterable[str] = RECORD_FIELDS) -> None:
        """Read the keys and records of these kinds anew."""
        for field in fields:
            self._read[field], self._sent[field] = set(), defaultdict(set)
            self._made[field], self._records[field] = {}, {}
            self._deleted[field] = set()

    def read(self, keys: dict[str, set[str]]) -> None:
        """Read the evidence, merge keys and deletions of the keys (by kind) not read yet."""
        unread = {field: sorted(wanted - self._read[field]) for field, wanted in keys.items()}
        for source, field, key, pk in _owners({f: k for f, k in unread.items() if k}):
            if source == "evidence":
                self._sent[field][key].add(pk)
            elif source == "made":
                self._made[field][key] = pk
            else:
                self._deleted[field].add(key)
        for field, wanted in unread.items():
            self._read[field].update(wanted)

    def deleted(self, field: str, keys: set[str]) -> set[str]:
        """The keys among `keys` whose record an editor deleted."""
        self.read({field: keys})
        return keys & self._deleted[field]

    def found(self, field: str, keys: set[str], pins: dict[str, int]) -> dict[str, Model]:
        """The record each of the keys is of, where it has one."""
        self.read({field: keys})
        ids = {key: pins[key] for key in keys if key in pins}
        for key in keys - ids.keys():
            sent = self._sent[field].get(key, ())
            if len(sent) == 1:
                ids[key] = next(iter(sent))
        made = {key: self._made[field][key] for key in keys if key in self._made[field]}
        records = self.records(field, {*ids.values(), *made.values()})
        found = {key: records.get(ids.get(key)) or records.get(made.get(key)) for key in keys}
        return {key: record for key, record in found.items() if record is not None}

    def records(self, field: str, ids: Iterable[int]) -> dict[int, Model]:
        """The records with these ids, by id: read once, then the batch's own instances.

        Their rows stay locked until the batch commits, so an editor's verifying one of them
        meanwhile waits, rather than the batch writing over it as if it were unverified."""
        ids, known = set(ids), self._records[field]
        if missing := ids - known.keys():
            known |= RECORD_MODELS[field].objects.select_for_update().in_bulk(missing)
        return {pk: known[pk] for pk in ids if pk in known}

    def held(self, field: str) -> dict[int, Model]:
        """The records of this kind the batch read (locked) or made, by id."""
        return self._records[field]

    def made(self, field: str, records: Iterable[Model]) -> None:
        """Records the batch inserted, each under its merge key."""
        for record in records:
            self._made[field][record.merge_key] = record.pk
            self._records[field][record.pk] = record

    def sent(self, evidence: Iterable[tuple[str, str, int]]) -> None:
        """Evidence the batch inserted, as (kind, report key, record id): the report went to
        the record."""
        for field, key, pk in evidence:
            self._sent[field][key].add(pk)


def _owners(keys: dict[str, list[str]]) -> list[tuple[str, str, str, int | None]]:
    """(source, kind, key, record id) of each key's evidence, of the record made under it and
    of its deletion (no id), in one statement."""
    evidence = connection.ops.quote_name(Evidence._meta.db_table)
    deleted = connection.ops.quote_name(DeletedKey._meta.db_table)
    parts, params = [], []
    for field, wanted in keys.items():
        table = connection.ops.quote_name(RECORD_MODELS[field]._meta.db_table)
        column = connection.ops.quote_name(f"{field}_id")
        for start in range(0, len(wanted), KEYS_PER_READ):
            chunk = wanted[start : start + KEYS_PER_READ]
            marks = ", ".join(["%s"] * len(chunk))
            parts.append(
                f"SELECT 'evidence', %s, report_key, {column} FROM {evidence}"
                f" WHERE {column} IS NOT NULL AND report_key IN ({marks})"
            )
            parts.append(
                f"SELECT 'made', %s, merge_key, id FROM {table} WHERE merge_key IN ({marks})"
            )
            parts.append(f"SELECT 'deleted', %s, key, NULL FROM {deleted} WHERE key IN ({marks})")
            params += [field, *chunk, field, *chunk, field, *chunk]
    if not parts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        return cursor.fetchall()

"""Rows written as plain values in one statement: the store writes thousands of evidence rows
in a batch, and Django's per-field preparation of each instance costs more than the insert
itself; `bulk_update` builds a CASE per field and row, which for a hundred rows costs more
than the update."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection, transaction
from django.db.models import DateTimeField, Model, QuerySet
from django.utils import timezone

_MISSING = object()  # a field a row leaves out


def insert_rows(model: type[Model], rows: list[dict], *, ignore_conflicts: bool = False) -> None:
    """Insert `rows` of `model`, each its values by field attname, in one statement.

    The values must be what the driver takes as they are (numbers, text, dates and times).
    A field a row leaves out takes its default, and a date-time set on save takes the time.
    On PostgreSQL the columns go as arrays through UNNEST; elsewhere through `bulk_create`.
    """
    if not rows:
        return
    if connection.vendor != "postgresql":
        objs = [model(**row) for row in rows]
        model.objects.bulk_create(objs, ignore_conflicts=ignore_conflicts)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = [[row.get(f.attname, _MISSING) for row in rows] for f in fields]
    for field, values in zip(fields, columns, strict=True):
        if _MISSING in values:
            default = _default(field)
            values[:] = [default if value is _MISSING else value for value in values]
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
    conflicts = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT * FROM UNNEST({arrays}){conflicts}", columns
        )


def _default(field):
    if isinstance(field, DateTimeField) and (field.auto_now or field.auto_now_add):
        return timezone.now()
    return field.get_default()


def update_rows(queryset: QuerySet, objs: Sequence[Model], fields: list[str]) -> None:
    """Write `fields` of `objs` to those of their rows that `queryset` selects, in one statement.

    As `queryset.bulk_update(objs, fields)`; on PostgreSQL the values go as arrays through
    UNNEST, joined to the rows by primary key.
    """
    if not objs:
        return
    if connection.vendor != "postgresql":
        queryset.bulk_update(objs, fields)
        return
    meta = queryset.model._meta
    columns = [meta.pk, *(meta.get_field(name) for name in fields)]
    values = [
        [column.get_db_prep_save(getattr(obj, column.attname), connection) for obj in objs]
        for column in columns
    ]
    quote = connection.ops.quote_name
    table, names = quote(meta.db_table), [quote(column.column) for column in columns]
    pk = f"{table}.{names[0]}"
    arrays = ", ".join(f"%s::{column.db_type(connection)}[]" for column in columns)
    assignments = ", ".join(f"{name} = given.{name}" for name in names[1:])
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # Locked as they are selected, so a row another transaction is changing is chosen or
        # not as that transaction leaves it: an UPDATE re-checks its own conditions, not a
        # subquery's.
        chosen = queryset.filter(pk__in=values[0]).select_for_update().order_by().values("pk")
        chosen_sql, chosen_params = chosen.query.sql_with_params()
        cursor.execute(
            f"UPDATE {table} SET {assignments} FROM UNNEST({arrays}) AS given({', '.join(names)})"
            f" WHERE {pk} = given.{names[0]} AND {pk} IN ({chosen_sql})",
            [*values, *chosen_params],
        )

"""Rows inserted as plain values, without building model instances: the store writes thousands
of evidence rows in a batch, and Django's per-field preparation of each instance costs more
than the insert itself."""

from __future__ import annotations

from django.db import connection
from django.db.models import DateTimeField, Model
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

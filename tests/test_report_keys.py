"""A batch's look-ups of report keys: what it reads once it keeps, and what it reads to change
it holds until it commits."""

import psycopg
import pytest
from django.db import connection, transaction

from negotiations.models import Evidence, Statement
from negotiations.services.report_keys import ReportKeys
from tests import factories


def locked_elsewhere(table: str, pk: int) -> bool:
    """Whether another connection finds the row locked (PostgreSQL)."""
    settings = connection.settings_dict
    dsn = f"host={settings['HOST']} port={settings['PORT']} dbname={settings['NAME']}"
    with psycopg.connect(f"{dsn} user={settings['USER']}", autocommit=True) as other:
        try:
            other.execute(f"SELECT id FROM {table} WHERE id = %s FOR UPDATE NOWAIT", [pk])
        except psycopg.errors.LockNotAvailable:
            return True
    return False


@pytest.mark.django_db(transaction=True)
def test_a_record_read_to_change_stays_locked_until_the_batch_commits():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer in at a time; there are no row locks to take")
    record = factories.statement()
    table = record._meta.db_table

    with transaction.atomic():
        ReportKeys().records("statement", [record.pk])
        # An editor verifying it now waits for the batch instead of being written over.
        assert locked_elsewhere(table, record.pk)

    assert not locked_elsewhere(table, record.pk)


@pytest.mark.django_db
def test_keys_read_once_are_not_read_again_and_the_batch_writes_are_followed(
    django_assert_num_queries,
):
    record = factories.statement()
    Evidence.objects.filter(statement=record).update(report_key="reported")
    keys = ReportKeys()

    with django_assert_num_queries(2):  # the keys' owners, then the record
        assert keys.found("statement", {"reported", "new"}, pins={}) == {"reported": record}

    made = factories.statement()
    Statement.objects.filter(pk=made.pk).update(merge_key="new")
    made.merge_key = "new"
    keys.made("statement", [made])  # as the batch inserts a record under a key it looked up
    with django_assert_num_queries(0):
        found = keys.found("statement", {"reported", "new"}, pins={})
    assert found == {"reported": record, "new": made}
    assert found["reported"] is keys.records("statement", [record.pk])[record.pk]

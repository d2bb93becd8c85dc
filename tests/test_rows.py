"""Rows written as plain values are the rows `bulk_create` would insert and `bulk_update`
would write."""

import threading

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from negotiations.models import Evidence, IngestJob
from negotiations.services.rows import insert_rows, update_rows
from tests import factories

pytestmark = pytest.mark.django_db


def evidence_row(article, statement, start=0, **fields):
    sentence = "Kigali said the corridor would reopen."
    return {
        "article_id": article.pk,
        "statement_id": statement.pk,
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "report_key": "k",
        **fields,
    }


def test_left_out_fields_take_their_defaults_and_the_time_of_the_insert():
    article, statement = factories.article(), factories.statement()
    before = timezone.now()

    insert_rows(Evidence, [evidence_row(article, statement)])

    row = Evidence.objects.get(article=article)
    assert (row.match_start, row.match_end, row.proposal_id) == (None, None, None)
    assert before <= row.created_at <= timezone.now()


def test_rows_that_clash_with_stored_ones_are_left_out_when_asked():
    article, statement = factories.article(), factories.statement()
    insert_rows(Evidence, [evidence_row(article, statement, report_key="first")])

    again = [
        evidence_row(article, statement, report_key="again"),
        evidence_row(article, statement, 40),
    ]
    insert_rows(Evidence, again, ignore_conflicts=True)

    stored = Evidence.objects.filter(article=article).order_by("start")
    assert list(stored.values_list("start", "report_key")) == [(0, "first"), (40, "k")]


def test_updated_rows_take_each_objects_values_where_the_queryset_selects_them():
    article = factories.article()
    running = [IngestJob.objects.create(source="text", payload=f"text {n}") for n in range(3)]
    IngestJob.objects.filter(pk=running[2].pk).update(status="failed", error="too short")
    finished = timezone.now()
    for n, job in enumerate(running):
        job.status, job.article, job.finished_at = "stored", article, finished
        job.metadata = {"timings": {"store": n / 10}}

    update_rows(
        IngestJob.objects.exclude(status="failed"),
        running,
        ["status", "article", "finished_at", "metadata"],
    )

    jobs = IngestJob.objects.order_by("pk")
    assert [(j.status, j.article_id, j.metadata) for j in jobs] == [
        ("stored", article.pk, {"timings": {"store": 0.0}}),
        ("stored", article.pk, {"timings": {"store": 0.1}}),
        ("failed", None, {}),
    ]
    assert jobs[0].finished_at == finished
    assert jobs[2].error == "too short"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one writer at a time on SQLite")
@pytest.mark.django_db(transaction=True)
def test_a_row_another_transaction_takes_out_of_the_queryset_meanwhile_is_left_as_it_left_it():
    job = IngestJob.objects.create(source="text", payload="text", status="extracting")
    changed, release = threading.Event(), threading.Event()

    def another_delivery():
        try:
            with transaction.atomic():
                IngestJob.objects.filter(pk=job.pk).update(status="failed", error="timed out")
                changed.set()
                release.wait(10)
        finally:
            connections.close_all()

    other = threading.Thread(target=another_delivery)
    other.start()
    changed.wait(10)
    job.status, job.error = "stored", ""
    threading.Timer(0.5, release.set).start()  # once the update below waits on the row

    update_rows(IngestJob.objects.exclude(status="failed"), [job], ["status", "error"])
    other.join()

    assert IngestJob.objects.values_list("status", "error").get() == ("failed", "timed out")

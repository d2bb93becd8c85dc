"""`manage.py reextract`: the archive extracted again, a batch at a time."""

import io

import pytest
from django.core.management import call_command

from negotiations import models
from negotiations.extraction import ExtractionError, extract, parallel
from negotiations.services import bulk
from negotiations.services.storing import store_many
from tests.reports import THAI_CAMBODIAN_CALL
from tests.test_bulk_store import extracted

pytestmark = pytest.mark.django_db


def test_reextracting_the_archive_stores_what_it_stored(seeded):
    store_many(extracted(THAI_CAMBODIAN_CALL))
    before = set(models.Evidence.objects.values_list("article", "sentence", "report_key"))
    models.Statement.objects.all().delete()

    out = io.StringIO()
    call_command(
        "reextract", "--negotiation", "thailand-cambodia", stdout=out, stderr=io.StringIO()
    )

    assert out.getvalue().startswith("4 re-extracted, 0 failed")
    after = set(models.Evidence.objects.values_list("article", "sentence", "report_key"))
    assert after == before and models.Statement.objects.exists()


@pytest.mark.parametrize("processes", ["1", "2"])
def test_an_article_that_fails_extraction_fails_alone(seeded, monkeypatch, processes):
    store_many(extracted(THAI_CAMBODIAN_CALL))
    bad = models.Article.objects.order_by("pk")[1]

    def failing(document, registry):
        if document.text == bad.text:
            raise ExtractionError("no sentences found")
        return extract(document, registry)

    monkeypatch.setattr(parallel, "extract", failing)  # workers are forked after this
    out = io.StringIO()
    call_command("reextract", "--processes", processes, stdout=out, stderr=io.StringIO())

    assert out.getvalue().splitlines() == [
        "3 re-extracted, 1 failed",
        f"  article {bad.pk}: no sentences found",
    ]
    assert models.Evidence.objects.filter(article=bad).exists()  # its records stay as they were


def test_a_batch_that_fails_to_store_is_stored_one_article_at_a_time(seeded, monkeypatch):
    store_many(extracted(THAI_CAMBODIAN_CALL))
    before = set(models.Evidence.objects.values_list("article", "sentence", "report_key"))

    def refusing(items, **kwargs):
        raise RuntimeError("the batch could not be stored")

    monkeypatch.setattr(bulk, "store_many", refusing)
    failed = bulk.reextract_all(list(models.Article.objects.order_by("pk")))

    assert failed == {}
    after = set(models.Evidence.objects.values_list("article", "sentence", "report_key"))
    assert after == before

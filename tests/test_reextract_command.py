"""`manage.py reextract`: the archive extracted again, a batch at a time."""

import io

import pytest
from django.core.management import call_command

from negotiations import models
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

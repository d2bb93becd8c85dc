"""Rows inserted as plain values are the rows `bulk_create` would insert."""

import pytest
from django.utils import timezone

from negotiations.models import Evidence
from negotiations.services.rows import insert_rows
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

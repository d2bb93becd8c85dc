"""The statements one article's store costs, and a whole ingest job's, pinned: a regression
shows up as a count."""

import pytest
from django.db import connection

from negotiations import services
from negotiations.linking import registry_tables
from negotiations.models import IngestJob
from negotiations.registry_source import registry_from_db
from negotiations.services.storing import store_extraction, store_many
from tests.reports import RSF_TALKS, THAI_CAMBODIAN_CALL
from tests.test_bulk_store import extracted, job_for, vars_of

pytestmark = pytest.mark.django_db

# On PostgreSQL (SQLite takes no lock and keeps no search index). Before batching the look-ups
# this article took 56, 41 before its new records were inserted returning their ids and a job
# said its article was new, and 36 before the report keys of its statements, proposals,
# meetings and positions were read in one query, 32 before the records it reported again were
# marked as changed in one statement, 31 before deleted keys were read with the report keys,
# 30 before new statements were inserted with their search index, 29 before the proposals'
# statuses were recomputed from the instances the batch holds and their events and answers
# read in one query, 27 before candidate plans and meetings were read with their wordings and
# participants, 25 before it wrote no participant it knew a meeting to have; one of these
# finds the pages it changes.
ONE_ARTICLE = 24
# SQLite reads candidate plans' wordings and meetings' participants in queries of their own.
ON_SQLITE = 2


def at_most(statements: int) -> int:
    """The pin on this database."""
    return statements + (ON_SQLITE if connection.vendor == "sqlite" else 0)


def test_storing_an_article_among_reports_of_the_same_event(seeded, django_assert_max_num_queries):
    store_many(extracted(THAI_CAMBODIAN_CALL[1:3] + RSF_TALKS))
    # The wire's report of the call two outlets told: statements, the call, a planned meeting.
    [item] = extracted(THAI_CAMBODIAN_CALL[:1])
    registry_tables()  # as a worker has it: read once, and again only when the registry changes

    with django_assert_max_num_queries(at_most(ONE_ARTICLE)):
        store_extraction(*item, new_article=True)


# The same article as a text job: its claim, duplicate check, the registry's stamp (read for
# extraction, then by the store), the article, its store and its finish, between BEGIN and
# COMMIT (savepoints here, in the test's transaction). 38 when the store took a savepoint, 36
# before new statements were inserted with their search index, 35 before proposal statuses
# were recomputed in one query, 33 before the job was claimed in one statement, 32 before
# candidate plans and meetings were read with their wordings and participants, 30 before the
# store wrote no participant it knew a meeting to have.
ONE_JOB = 29


def test_a_job_among_reports_of_the_same_event(seeded, django_assert_max_num_queries):
    store_many(extracted(THAI_CAMBODIAN_CALL[1:3] + RSF_TALKS))
    job = IngestJob.objects.create(**vars_of(job_for(THAI_CAMBODIAN_CALL[0])))
    registry_from_db(), registry_tables()  # as a worker has them

    with django_assert_max_num_queries(at_most(ONE_JOB)):
        services.run_job(job.pk)

    assert IngestJob.objects.get(pk=job.pk).status == "stored"


needs_skip_locked = pytest.mark.skipif(
    not connection.features.has_select_for_update_skip_locked, reason="batches skip locked rows"
)


@needs_skip_locked
def test_a_job_alone_costs_no_more_when_it_may_take_others_along(
    seeded, django_assert_max_num_queries
):
    store_many(extracted(THAI_CAMBODIAN_CALL[1:3] + RSF_TALKS))
    job = IngestJob.objects.create(**vars_of(job_for(THAI_CAMBODIAN_CALL[0])))
    registry_from_db(), registry_tables()  # as a worker has them

    with django_assert_max_num_queries(ONE_JOB):
        services.run_job(job.pk, batch=True)

    assert IngestJob.objects.get(pk=job.pk).status == "stored"


# The statements of one delivery that claims twelve queued text jobs (three copies of the
# reports of one event) and stores them in one batch: the claim (one statement with the others
# taken along), the registry's stamp, the articles known, the articles, their store and the
# jobs' finish: 7.6 a job (the batch's candidate pools read once for all), against 29 for each
# job run alone. Each job's own delivery, later, costs one more: the claim, which finds it
# finished.
TWELVE_IN_A_BATCH = 91


@needs_skip_locked
def test_jobs_taken_along_cost_few_statements_each(
    seeded, django_assert_max_num_queries, django_assert_num_queries
):
    reports = [
        {**report, "text": f"{report['text']}\nFiled as copy {n}."}
        for n in range(3)
        for report in THAI_CAMBODIAN_CALL
    ]
    queued = [IngestJob.objects.create(**vars_of(job_for(report))) for report in reports]
    registry_from_db(), registry_tables()  # as a worker has them

    with django_assert_max_num_queries(TWELVE_IN_A_BATCH):
        services.run_job(queued[0].pk, batch=True)

    assert set(IngestJob.objects.values_list("status", "duplicate")) == {("stored", False)}
    with django_assert_num_queries(1):
        assert services.run_job(queued[1].pk, batch=True) is None

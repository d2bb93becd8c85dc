"""The statements one article's store costs, pinned: a regression shows up as a count."""

import pytest

from negotiations.linking import registry_tables
from negotiations.services.storing import store_extraction, store_many
from tests.reports import RSF_TALKS, THAI_CAMBODIAN_CALL
from tests.test_bulk_store import extracted

pytestmark = pytest.mark.django_db

# On PostgreSQL (SQLite takes no lock and keeps no search index). Before batching the look-ups
# this article took 56, 41 before its new records were inserted returning their ids and a job
# said its article was new, and 36 before the report keys of its statements, proposals,
# meetings and positions were read in one query, 32 before the records it reported again were
# marked as changed in one statement, 31 before deleted keys were read with the report keys;
# one of these finds the pages it changes.
ONE_ARTICLE = 30


def test_storing_an_article_among_reports_of_the_same_event(seeded, django_assert_max_num_queries):
    store_many(extracted(THAI_CAMBODIAN_CALL[1:3] + RSF_TALKS))
    # The wire's report of the call two outlets told: statements, the call, a planned meeting.
    [item] = extracted(THAI_CAMBODIAN_CALL[:1])
    registry_tables()  # as a worker has it: read once, and again only when the registry changes

    with django_assert_max_num_queries(ONE_ARTICLE):
        store_extraction(*item, new_article=True)

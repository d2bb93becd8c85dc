"""A batch reads the statements its articles may report again once per speaker and day."""

from datetime import date

import pytest

from negotiations.services.statement_pool import StatementPool
from tests import factories

pytestmark = pytest.mark.django_db

TALKS = "Armenia–Azerbaijan peace talks"


def said(speaker, day, negotiation=None, content="the border will stay open"):
    negotiation = negotiation or factories.negotiation(TALKS)
    return factories.statement(speaker, said_on=day, negotiation=negotiation, content=content)


def ids(found):
    return {n: [fact.id for fact in facts] for n, facts in found.items()}


def test_a_stretch_read_once_is_served_again_without_a_query(django_assert_num_queries):
    talks, envoy = factories.negotiation(TALKS), factories.actor("Ararat Envoy")
    first = said(envoy, date(2025, 8, 8))
    said(envoy, date(2025, 8, 20))  # outside the stretch
    pool = StatementPool()

    with django_assert_num_queries(1):
        found = pool.near([talks.pk], {envoy.pk}, date(2025, 8, 6), date(2025, 8, 10))
    with django_assert_num_queries(0):
        again = pool.near([talks.pk], {envoy.pk}, date(2025, 8, 7), date(2025, 8, 9))

    assert ids(found) == ids(again) == {talks.pk: [first.pk]}
    assert found[talks.pk][0].content == "the border will stay open"


def test_days_or_speakers_not_read_yet_are_read(django_assert_num_queries):
    talks = factories.negotiation(TALKS)
    envoy, minister = factories.actor("Ararat Envoy"), factories.actor("Shusha Minister")
    early, late = said(envoy, date(2025, 8, 8)), said(envoy, date(2025, 8, 12))
    other = said(minister, date(2025, 8, 9))
    pool = StatementPool()
    pool.near([talks.pk], {envoy.pk}, date(2025, 8, 6), date(2025, 8, 10))

    with django_assert_num_queries(1):
        found = pool.near([talks.pk], {envoy.pk, minister.pk}, date(2025, 8, 7), date(2025, 8, 13))

    assert ids(found) == {talks.pk: sorted([early.pk, late.pk, other.pk])}


def test_statements_the_batch_makes_join_the_days_it_has_read(django_assert_num_queries):
    talks, envoy = factories.negotiation(TALKS), factories.actor("Ararat Envoy")
    pool = StatementPool()
    pool.near([talks.pk], {envoy.pk}, date(2025, 8, 6), date(2025, 8, 10))
    made = said(envoy, date(2025, 8, 9))
    pool.made([made])

    with django_assert_num_queries(0):
        found = pool.near([talks.pk], {envoy.pk}, date(2025, 8, 8), date(2025, 8, 10))

    assert ids(found) == {talks.pk: [made.pk]}


def test_other_negotiations_statements_are_not_candidates():
    talks, other = factories.negotiation(TALKS), factories.negotiation("Serbia–Kosovo dialogue")
    envoy = factories.actor("Ararat Envoy")
    said(envoy, date(2025, 8, 8), negotiation=other)

    found = StatementPool().near([talks.pk], {envoy.pk}, date(2025, 8, 6), date(2025, 8, 10))

    assert ids(found) == {}

"""Model constraints: normalised aliases, articles stored once, evidence for one record."""

import hashlib

import pytest
from django.db import IntegrityError, transaction

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "first, second",
    [
        ("The Kremlin", "kremlin"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Hakan Fidan", "  HAKAN   FIDAN "),
    ],
)
def test_alias_collides_with_its_normalised_form(first, second):
    factories.actor(aliases=[first])
    other = factories.actor()
    with pytest.raises(IntegrityError), transaction.atomic():
        models.ActorAlias.objects.create(actor=other, name=second)


def test_alias_stores_its_normalised_form():
    alias = models.ActorAlias.objects.create(actor=factories.actor(), name="The Kremlin")
    assert alias.normalized == "kremlin"


def test_distinct_aliases_coexist():
    actor = factories.actor(aliases=["Kremlin", "Moscow"])
    assert set(actor.aliases.values_list("normalized", flat=True)) >= {"kremlin", "moscow"}


def test_article_url_is_unique():
    factories.article(url="https://news.example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.article(url="https://news.example.org/a")


def test_article_content_hash_is_unique():
    text = "Envoys met in Riyadh. Officials said talks would continue."
    factories.article(text=text, url="https://news.example.org/one")
    with pytest.raises(IntegrityError), transaction.atomic():
        models.Article.objects.create(
            text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            url="https://news.example.org/two",
        )


def test_articles_without_url_are_allowed_side_by_side():
    factories.article(url=None)
    factories.article(url=None)
    assert models.Article.objects.filter(url=None).count() == 2


def _evidence(article, **records):
    return models.Evidence.objects.create(
        article=article, sentence="Talks resumed.", start=0, end=14, **records
    )


def test_evidence_without_a_record_is_rejected():
    with pytest.raises(IntegrityError), transaction.atomic():
        _evidence(factories.article())


def test_evidence_for_two_records_is_rejected():
    statement = factories.statement()
    meeting = factories.meeting()
    with pytest.raises(IntegrityError), transaction.atomic():
        _evidence(factories.article(), statement=statement, meeting=meeting)


@pytest.mark.parametrize(
    "field, make",
    [
        ("statement", factories.statement),
        ("proposal", factories.proposal),
        ("response", factories.response),
        ("meeting", factories.meeting),
        (
            "position",
            factories.position,
        ),
    ],
)
def test_evidence_for_exactly_one_record_is_accepted(field, make):
    record = make()
    evidence = _evidence(factories.article(), **{field: record})
    assert evidence.record == record


def test_evidence_span_must_be_ordered():
    with pytest.raises(IntegrityError), transaction.atomic():
        models.Evidence.objects.create(
            article=factories.article(),
            statement=factories.statement(),
            sentence="Talks resumed.",
            start=10,
            end=2,
        )

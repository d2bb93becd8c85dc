"""The registry's stamp: any write to the registry tables changes it, whichever path writes,
and a worker's registry in memory follows it."""

import pytest
from django.db import connection, transaction

from negotiations.linking import registry_tables
from negotiations.models import Actor, ActorAlias, Issue, Negotiation
from negotiations.registry_source import registry_from_db
from negotiations.registry_stamp import registry_stamp
from negotiations.services.storing import store_many
from tests.reports import THAI_CAMBODIAN_CALL
from tests.test_bulk_store import extracted

pytestmark = pytest.mark.django_db


def add_actor():
    Actor.objects.create(name="Horn of Africa Envoy", slug="horn-envoy", kind="person")


def rename_actor():
    Actor.objects.filter(name="Thailand").update(name="Kingdom of Thailand")


def add_alias():
    ActorAlias.objects.create(actor=Actor.objects.get(name="Thailand"), name="Siam")


def drop_alias():
    ActorAlias.objects.filter(actor__name="Thailand").first().delete()


def add_party():
    negotiation = Negotiation.objects.first()
    negotiation.parties.add(Actor.objects.exclude(negotiations=negotiation).first())


def add_issue():
    Issue.objects.create(name="Water sharing", slug="water-sharing", words="water\nriver")


def raw_alias():
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO negotiations_actoralias (actor_id, name, normalized)"
            " SELECT id, 'the Land of Smiles', 'land of smiles' FROM negotiations_actor"
            " WHERE name = 'Thailand'"
        )


@pytest.mark.parametrize(
    "write",
    [add_actor, rename_actor, add_alias, drop_alias, add_party, add_issue, raw_alias],
)
def test_a_write_to_the_registry_gives_it_a_new_stamp(seeded, write):
    before = registry_stamp()
    write()
    assert registry_stamp() not in (None, before)


def test_a_worker_reads_the_registry_again_after_a_write_from_any_path(seeded):
    assert registry_from_db().lookup("the Land of Smiles") is None
    aliases = registry_tables().aliases
    raw_alias()
    assert registry_from_db().lookup("the Land of Smiles").name == "Thailand"
    assert registry_tables().aliases is not aliases
    assert "land of smiles" in registry_tables().aliases


def test_an_article_of_known_actors_leaves_the_stamp_alone(seeded):
    store_many(extracted(THAI_CAMBODIAN_CALL[1:2]))  # its unknown names become actors
    before = registry_stamp()
    store_many(extracted(THAI_CAMBODIAN_CALL[1:2]))
    assert registry_stamp() == before


def test_a_stamp_rolled_back_is_never_given_again(seeded):
    with transaction.atomic():
        add_actor()
        undone = registry_stamp()
        transaction.set_rollback(True)
    add_actor()
    assert registry_stamp() != undone

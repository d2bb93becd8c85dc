"""`manage.py seed`: negotiations, registry and seed articles, idempotently."""

import io

import pytest
from django.core.management import call_command

from negotiations import models
from negotiations.registry_source import registry_from_db

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            models.Negotiation,
            models.Actor,
            models.ActorAlias,
            models.Article,
            models.IngestJob,
            models.Statement,
            models.Proposal,
            models.Meeting,
            models.Evidence,
        )
    }


def seed(capture):
    with capture(execute=True):
        call_command("seed", stdout=io.StringIO())


def test_seed_twice_changes_nothing(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    first = counts()
    seed(django_capture_on_commit_callbacks)
    assert counts() == first
    assert first["Article"] == first["IngestJob"] == 1


def test_seed_loads_the_negotiation_and_registry(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    talks = models.Negotiation.objects.get(slug="russia-ukraine-ceasefire-talks")
    assert talks.name == "Russia–Ukraine ceasefire talks"
    assert {a.name for a in talks.parties.all()} == {"Russia", "Ukraine"}
    kremlin = models.ActorAlias.objects.get(normalized="kremlin")
    assert kremlin.actor.name == "Russia"
    assert models.Actor.objects.get(name="Vladimir Putin").affiliation.name == "Russia"


def test_seed_article_records_are_stored(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    article = models.Article.objects.get()
    assert (article.outlet, article.published.isoformat()) == ("CNN", "2025-03-17")
    assert article.negotiation.slug == "russia-ukraine-ceasefire-talks"
    call = models.Meeting.objects.filter(participants__name="Donald Trump", kind="call").get(
        participants__name="Vladimir Putin"
    )
    assert call.date.isoformat() == "2025-03-18"
    assert call.negotiation == article.negotiation
    ceasefire = models.Proposal.objects.get(kind="ceasefire", title__icontains="30-day")
    assert ceasefire.evidence.get().article == article
    assert models.Statement.objects.filter(speaker__name="Donald Trump").exists()


def test_the_stored_registry_reads_the_outlets_from_seeds(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    registry = registry_from_db()
    assert registry.actors and registry.outlets.lookup("Al Jazeera") is not None
    # outlets are sources of reports, not actors: none is stored as one
    assert not models.ActorAlias.objects.filter(normalized="reuters").exists()


def test_an_upgrade_gives_seeded_issues_their_new_words_and_leaves_edited_ones():
    import importlib

    from django.apps import apps

    from negotiations.management.commands.seed import SEEDS, load_issues, read_json

    migration = importlib.import_module("negotiations.migrations.0014_seed_issue_words")
    load_issues(read_json(SEEDS / "issues.json"))
    seeded = {i.name: i.words for i in models.Issue.objects.filter(name__in=migration.WIDENED)}
    # a later migration widens the peace plan again: the seeds give its words
    later = importlib.import_module("negotiations.migrations.0015_seed_issue_words_agreement")
    latest = importlib.import_module("negotiations.migrations.0016_seed_issue_words_settlement")
    widest = {**migration.WIDENED, **later.WIDENED, **latest.WIDENED}
    assert seeded == {name: widest[name][1] for name in migration.WIDENED}

    plan, monitors = migration.WIDENED
    models.Issue.objects.filter(name=plan).update(words=migration.WIDENED[plan][0])
    models.Issue.objects.filter(name=monitors).update(words="monitors\nblue helmets")
    migration.widen(apps, None)
    assert models.Issue.objects.get(name=plan).words == migration.WIDENED[plan][1]
    assert models.Issue.objects.get(name=monitors).words == "monitors\nblue helmets"


def test_an_upgrade_gives_the_peace_plan_its_agreement_words_and_leaves_an_edited_one():
    import importlib

    from django.apps import apps

    from negotiations.management.commands.seed import SEEDS, load_issues, read_json

    migration = importlib.import_module("negotiations.migrations.0015_seed_issue_words_agreement")
    later = importlib.import_module("negotiations.migrations.0016_seed_issue_words_settlement")
    load_issues(read_json(SEEDS / "issues.json"))
    (plan,) = migration.WIDENED
    # a later migration widens the peace plan again: the seeds give its words
    assert models.Issue.objects.get(name=plan).words == later.WIDENED[plan][1]

    models.Issue.objects.filter(name=plan).update(words=migration.WIDENED[plan][0])
    migration.widen(apps, None)
    assert models.Issue.objects.get(name=plan).words == migration.WIDENED[plan][1]
    models.Issue.objects.filter(name=plan).update(words="peace plan\naccord")
    migration.widen(apps, None)
    assert models.Issue.objects.get(name=plan).words == "peace plan\naccord"


def test_an_upgrade_gives_six_issues_their_settlement_words_and_leaves_an_edited_one():
    import importlib

    from django.apps import apps

    from negotiations.management.commands.seed import SEEDS, load_issues, read_json

    migration = importlib.import_module("negotiations.migrations.0016_seed_issue_words_settlement")
    load_issues(read_json(SEEDS / "issues.json"))
    seeded = {i.name: i.words for i in models.Issue.objects.filter(name__in=migration.WIDENED)}
    assert seeded == {name: words[1] for name, words in migration.WIDENED.items()}

    for name, (before, _) in migration.WIDENED.items():
        models.Issue.objects.filter(name=name).update(words=before)
    models.Issue.objects.filter(name="talks").update(words="talks\nparley")
    migration.widen(apps, None)
    assert models.Issue.objects.get(name="disarmament").words == migration.WIDENED["disarmament"][1]
    assert models.Issue.objects.get(name="talks").words == "talks\nparley"
    migration.narrow(apps, None)
    assert models.Issue.objects.get(name="elections").words == "election"

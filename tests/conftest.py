import uuid

import pytest


@pytest.fixture
def staff_client(client, django_user_model):
    """A client logged in as a staff superuser (an editor)."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture(autouse=True)
def celery_in_process(request, settings):
    """Run tasks in-process unless a test asks for a real worker (`@pytest.mark.worker`)."""
    from negotiations.celery import app

    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def fixture_server(settings):
    """A local HTTP server standing in for the internet; `fetch_url` may reach it."""
    from tests.http_fixtures import FixtureServer

    server = FixtureServer()
    settings.FETCH_ALLOWED_TEST_HOSTS = ["127.0.0.1"]
    yield server
    server.close()


@pytest.fixture(autouse=True)
def empty_cache(settings):
    """Each test gets cache keys of its own: nothing cached by another test or run is read."""
    # Not cache.clear(): with Redis that would flush the broker's queues, and other runs' keys.
    default = settings.CACHES["default"]
    settings.CACHES = {"default": {**default, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}}
    # Nor the slugs another test's database held.
    from negotiations import page_scopes

    page_scopes.NEGOTIATIONS.forget()
    page_scopes.ACTORS.forget()


@pytest.fixture
def seeded(db):
    """The seed registry: its actors and the negotiations the tracker follows, by slug."""
    from negotiations.extraction import default_registry
    from negotiations.management.commands.seed import SEEDS, load_negotiations, read_json
    from negotiations.registry_source import load_registry

    load_registry(default_registry())
    return load_negotiations(read_json(SEEDS / "negotiations.json"))

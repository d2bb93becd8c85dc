"""The default setup (no Redis) shares pages and their versions between processes through files:
an article ingested from the command line shows on the server's next page."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from negotiations.settings import cache_settings
from tests import factories

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def file_cache(settings, tmp_path):
    """The server's cache as the default setup has it, in a folder of this test's own."""
    folder = tmp_path / "cache"
    settings.CACHES = cache_settings("", str(folder))
    settings.PAGE_COALESCE_SECONDS = 0
    return folder


def database_url() -> str:
    """The test database, for another process to reach."""
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def ingest_in_another_process(path: Path, cache_dir: Path) -> subprocess.CompletedProcess:
    """`manage.py ingest` as a shell runs it on the default setup: no Redis, tasks in-process."""
    env = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    env |= {"CACHE_DIR": str(cache_dir), "DATABASE_URL": database_url()}
    command = [sys.executable, "manage.py", "ingest", str(path)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.django_db(transaction=True)
def test_an_article_ingested_by_another_process_shows_at_once(
    client, file_cache, tmp_path, django_assert_num_queries
):
    if connection.vendor != "postgresql":
        pytest.skip("another process needs a database it can reach (DATABASE_URL)")
    factories.actor("Kaja Kallas", aliases=["Kallas"])
    assert "the talks must go on" not in client.get(reverse("timeline")).content.decode()
    with django_assert_num_queries(0):
        client.get(reverse("timeline"))  # served from the files
    article = tmp_path / "article.txt"
    article.write_text("Kallas said on Monday that the talks must go on.\n")

    done = ingest_in_another_process(article, file_cache)

    assert done.returncode == 0, done.stderr
    assert "1 stored" in done.stdout
    assert "the talks must go on" in client.get(reverse("timeline")).content.decode()


def test_an_entry_is_replaced_without_renaming_over_the_old_one(file_cache, monkeypatch):
    from django.core.cache import cache

    cache.set("scope:negotiation:7", 1)
    onto_existing, rename = [], os.rename

    def recorded(source, target):
        onto_existing.append(os.path.exists(target))
        rename(source, target)

    monkeypatch.setattr(os, "rename", recorded)

    cache.set_many({"scope:negotiation:7": 2, "scope:all": 3})

    assert cache.get_many(["scope:negotiation:7", "scope:all"]) == {
        "scope:negotiation:7": 2,
        "scope:all": 3,
    }
    assert onto_existing == [False, False]  # ext4 flushes a file renamed over another
    assert len(list(file_cache.iterdir())) == 2  # no file left half-way

"""`manage.py ensure_editor`: a local editor for `make run`, never a default in production."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def ensure_editor():
    out = StringIO()
    call_command("ensure_editor", stdout=out)
    return out.getvalue()


def test_debug_creates_the_default_editor_once(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("EDITOR_USERNAME", raising=False)
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)

    first, second = ensure_editor(), ensure_editor()

    user = get_user_model().objects.get()
    assert user.username == "editor" and user.is_staff and user.is_superuser
    assert user.check_password("editor-pass-123")
    assert "http://127.0.0.1:8000/admin/" in first
    assert "Created" in first and "existing" in second


def test_environment_names_the_editor_and_updates_its_password(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("EDITOR_USERNAME", "amira")
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-unusual-passphrase-1")
    ensure_editor()
    monkeypatch.setenv("EDITOR_PASSWORD", "another-long-passphrase-2")

    out = ensure_editor()

    user = get_user_model().objects.get(username="amira")
    assert user.check_password("another-long-passphrase-2")
    assert "passphrase" not in out


@pytest.mark.parametrize("env", [{}, {"EDITOR_USERNAME": "amira"}, {"EDITOR_PASSWORD": "x" * 20}])
def test_production_refuses_default_credentials(settings, monkeypatch, env):
    settings.DEBUG = False
    monkeypatch.delenv("EDITOR_USERNAME", raising=False)
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(CommandError, match="DEBUG is off"):
        ensure_editor()
    assert not get_user_model().objects.exists()


def test_production_accepts_a_strong_chosen_password(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("EDITOR_USERNAME", "amira")
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-unusual-passphrase-1")
    ensure_editor()
    assert get_user_model().objects.get(username="amira").is_superuser


def test_a_weak_chosen_password_is_refused_and_nothing_is_created(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("EDITOR_USERNAME", "amira")
    monkeypatch.setenv("EDITOR_PASSWORD", "password")
    with pytest.raises(CommandError, match="too weak"):
        ensure_editor()
    assert not get_user_model().objects.exists()

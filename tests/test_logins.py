from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse

from negotiations.logins import forwarded_address

pytestmark = pytest.mark.django_db

LOGIN_PAGES = ["admin:login", "login"]
LIMIT = 10
PROXY = "10.0.0.2"
CLIENT = "203.0.113.9"


@pytest.fixture(autouse=True)
def accounts(django_user_model, settings):
    """An editor and a reader; the limit pinned whatever the environment says."""
    settings.AXES_FAILURE_LIMIT = LIMIT
    # Dozens of logins per test: a slow hash would make each test take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    django_user_model.objects.create_user("reader", password="pw-reader-1")


def log_in(client, username, password, page="admin:login", address="127.0.0.1", **meta):
    data = {"username": username, "password": password, "next": "/"}
    return client.post(reverse(page), data, REMOTE_ADDR=address, **meta)


def fail(client, times, page="admin:login"):
    for _ in range(times):
        log_in(client, "editor", "wrong-password", page)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def assert_locked(response, client):
    assert response.status_code == 429
    assert "Too many failed login attempts" in response.text
    assert not logged_in(client)


@pytest.mark.parametrize("page", LOGIN_PAGES)
def test_the_right_password_after_too_many_wrong_ones_is_refused(client, page):
    fail(client, LIMIT - 1, page=page)
    assert log_in(client, "editor", "wrong-password", page).status_code == 429
    assert_locked(log_in(client, "editor", "pw-editor-1", page), client)


def test_the_lockout_page_says_how_long_and_whom_to_ask(client, settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=45)
    fail(client, LIMIT)
    response = log_in(client, "editor", "pw-editor-1")
    assert_locked(response, client)
    assert "locked for 45 minutes" in response.text
    assert "administrator" in response.text
    assert 'class="brand"' in response.text  # the site's own page, not a bare message


def test_one_address_trying_many_accounts_is_locked(client):
    for number in range(LIMIT):
        log_in(client, f"guess-{number}", "wrong-password")
    assert_locked(log_in(client, "editor", "pw-editor-1"), client)
    assert log_in(client, "editor", "pw-editor-1", address="192.0.2.7").status_code == 302


def test_one_account_tried_from_many_addresses_is_locked(client):
    for number in range(LIMIT):
        log_in(client, "editor", "wrong-password", address=f"198.51.100.{number}")
    assert_locked(log_in(client, "editor", "pw-editor-1", address="192.0.2.7"), client)
    assert log_in(client, "reader", "pw-reader-1", "login", "192.0.2.7").status_code == 302


def test_a_successful_login_below_the_limit_starts_the_count_again(client):
    below = LIMIT - 1
    fail(client, below)
    assert log_in(client, "editor", "pw-editor-1").status_code == 302
    client.logout()
    fail(client, below)
    assert log_in(client, "editor", "pw-editor-1").status_code == 302
    assert logged_in(client)


def test_logging_in_to_ones_own_account_does_not_clear_failures_against_another(client):
    fail(client, LIMIT - 1)
    assert log_in(client, "reader", "pw-reader-1", "login").status_code == 302
    client.logout()
    fail(client, 1)
    assert_locked(log_in(client, "editor", "pw-editor-1"), client)


def test_resetting_the_username_unlocks_the_account(client, capsys):
    for number in range(LIMIT):
        log_in(client, "editor", "wrong-password", address=f"198.51.100.{number}")
    assert log_in(client, "editor", "pw-editor-1").status_code == 429
    call_command("axes_reset_username", "editor")
    assert "attempts removed" in capsys.readouterr().out
    assert log_in(client, "editor", "pw-editor-1").status_code == 302
    assert logged_in(client)


def test_behind_a_proxy_each_client_is_counted_by_its_forwarded_address(client, settings):
    settings.AXES_CLIENT_IP_CALLABLE = "negotiations.logins.forwarded_address"
    for number in range(LIMIT):
        # What the client sends first is its own to forge; the proxy appends what it saw.
        forwarded = f"192.0.2.{number}, {CLIENT}"
        log_in(client, f"guess-{number}", "wrong", address=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert log_in(client, "reader", "pw-reader-1", "login", PROXY).status_code == 302
    client.logout()
    locked = log_in(client, "reader", "pw-reader-1", "login", PROXY, HTTP_X_FORWARDED_FOR=CLIENT)
    assert_locked(locked, client)


@pytest.mark.parametrize(
    "forwarded, address",
    [
        (CLIENT, CLIENT),
        (f"192.0.2.1, {CLIENT}", CLIENT),
        ("192.0.2.1, not-an-address", PROXY),
        ("", PROXY),
    ],
)
def test_the_forwarded_address_is_the_last_one_the_proxy_appended(rf, forwarded, address):
    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert forwarded_address(request) == address

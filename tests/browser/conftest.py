"""Headless Debian Chromium driven by Playwright against pytest-django's live server."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    """A Chromium browser with a fresh profile; skipped when Debian's chromium is absent."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's /usr/bin/chromium is not installed (apt-get install -y chromium)")
    # Playwright's sync API runs an event loop in this thread; Django's ORM must allow it.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="ceasefire-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(chromium):
    """A new tab; closed after the test."""
    tab = chromium.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    tab.close()


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot named after the test."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(suffix=""):
        path = SCREENSHOTS / f"{request.node.name}{suffix}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take

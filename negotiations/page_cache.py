"""Read pages cached for anonymous readers, each valid until a write bumps the data version."""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from .cache_backend import cache_recovered

VERSION_KEY = "data-version"
# Any lifetime is safe: a lost version restarts from the clock, past every version used before.
VERSION_SECONDS = 24 * 3600
# The request headers that choose which region of a page a view renders.
REGION_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")


def data_version() -> int:
    """The current data version; every cached page and aggregate is keyed by it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), VERSION_SECONDS)
        version = cache.get(VERSION_KEY)
    return version


def bump_data_version() -> None:
    """Move to a new data version, so no page cached before a write is served after it."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, time.time_ns(), VERSION_SECONDS)


@receiver(cache_recovered)
def bump_after_outage(**kwargs) -> None:
    """Writes made while the cache was down could not bump the version, so bump it now."""
    bump_data_version()


def bump_data_version_on_commit() -> None:
    """Bump the data version once the current transaction commits (at once outside one)."""
    transaction.on_commit(bump_data_version)


def is_anonymous_reader(request) -> bool:
    """No session cookie: nobody is logged in, and the page is the same for every reader."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request) -> str:
    """The full URL and the region headers: what decides the page a reader gets."""
    parts = [request.build_absolute_uri()]
    parts += [request.headers.get(name, "") for name in REGION_HEADERS]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def store(key: str, version: int, response) -> None:
    """Keep a successful, cookie-free response's bytes and headers, marked with its version."""
    if response.status_code != 200 or response.cookies or response.streaming:
        return
    headers = list(response.headers.items())
    cache.set(key, (version, response.content, headers), settings.PAGE_CACHE_SECONDS)


def rebuild(cached) -> HttpResponse:
    _, content, headers = cached
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


def cache_for_readers(view):
    """Serve anonymous GETs of `view` from the cache; logged-in users always get a fresh page."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if (
            request.method != "GET"
            or not settings.PAGE_CACHE_SECONDS
            or not is_anonymous_reader(request)
        ):
            return view(request, *args, **kwargs)
        # Without a session cookie the user is anonymous; saying so up front keeps the session
        # unread, so the response does not vary on Cookie.
        request.user = AnonymousUser()
        key = page_key(request)
        # One round trip: the version and the page; a page of an older version is not served.
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or data_version()
        cached = found.get(key)
        if cached is not None and cached[0] == version:
            response = rebuild(cached)
        else:
            response = view(request, *args, **kwargs)
            if getattr(response, "is_rendered", True):
                store(key, version, response)
            else:
                response.add_post_render_callback(lambda rendered: store(key, version, rendered))
        patch_vary_headers(response, ["HX-Request"])
        return response

    return cached_view

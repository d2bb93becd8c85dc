"""Rendered read pages cached for anonymous readers, keyed by a data version every write bumps."""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

VERSION_KEY = "data-version"
# The request headers that choose which region of a page a view renders.
REGION_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")


def data_version() -> int:
    """The current data version; every cached page and aggregate is keyed by it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # A lost counter restarts from the clock, never at a number older pages were keyed by.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return version


def bump_data_version() -> None:
    """Move to a new data version, so no page cached before a write is served after it."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, time.time_ns(), None)


def bump_data_version_on_commit() -> None:
    """Bump the data version once the current transaction commits (at once outside one)."""
    transaction.on_commit(bump_data_version)


def is_anonymous_reader(request) -> bool:
    """No session cookie: nobody is logged in, and the page is the same for every reader."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request, version: int) -> str:
    parts = [str(version), request.build_absolute_uri()]
    parts += [request.headers.get(name, "") for name in REGION_HEADERS]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def store(key: str, response) -> None:
    """Keep a successful, cookie-free response's bytes and headers for the next reader."""
    if response.status_code != 200 or response.cookies or response.streaming:
        return
    headers = list(response.headers.items())
    cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)


def rebuild(cached) -> HttpResponse:
    content, headers = cached
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
        key = page_key(request, data_version())
        cached = cache.get(key)
        if cached is not None:
            response = rebuild(cached)
        else:
            response = view(request, *args, **kwargs)
            if getattr(response, "is_rendered", True):
                store(key, response)
            else:
                response.add_post_render_callback(lambda rendered: store(key, rendered))
        patch_vary_headers(response, ["HX-Request"])
        return response

    return cached_view

"""Read pages cached for anonymous readers, each served while the scopes it shows are unchanged.

Each cached view names the scopes its page depends on (`page_scopes`): a negotiation, an
actor, a proposal, a record, or `ALL`, the pages across negotiations. A write moves the scopes
it changed, and `ALL`, to new versions once it commits. A page is stored with the versions of
its scopes and served while they are unchanged, or while it is younger than
`PAGE_COALESCE_SECONDS`: under steady ingestion a page renders at most once a window, and by
one request while the others serve the page it replaces. Every page also depends on the epoch,
which is never coalesced: it moves after a cache outage and after edits that can change any
page.
"""

import hashlib
import time
from collections.abc import Iterable
from functools import partial, wraps
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from .cache_backend import cache_recovered

EPOCH = "epoch"
ALL = "all"
# Any lifetime is safe: a lost version restarts from the clock, past every version used before.
VERSION_SECONDS = 24 * 3600
# The request headers that choose which region of a page a view renders.
REGION_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")
# In every page's key, so entries of an older shape are never read back.
PAGE_FORMAT = "page2"
# How long one request may keep a page's re-render to itself while others serve the page it
# replaces (a render that dies frees it this late).
RENDER_CLAIM_SECONDS = 10


class CachedPage(NamedTuple):
    """A rendered page with the versions of its scopes (the epoch first) when it was rendered."""

    versions: tuple
    rendered_at: float
    etag: str
    content: bytes
    headers: list


def version_key(scope: str) -> str:
    return f"scope:{scope}"


def current_versions(scopes: Iterable[str], found: dict) -> tuple:
    """Each scope's version from `found` (read with get_many); a missing one starts now."""
    versions = []
    for scope in scopes:
        key = version_key(scope)
        version = found.get(key)
        if version is None:
            version = time.time_ns()
            if not cache.add(key, version, VERSION_SECONDS):
                version = cache.get(key)
        versions.append(version)
    return tuple(versions)


def bump_scopes(scopes: Iterable[str]) -> None:
    """Move `scopes` and `ALL` to a new version; pages stored with the old ones go stale.

    A fresh clock reading, not an increment: safe when processes share a file cache, which has
    no atomic increment.
    """
    version = time.time_ns()
    cache.set_many({version_key(scope): version for scope in {ALL, *scopes}}, VERSION_SECONDS)


def bump_everything() -> None:
    """Move to a new epoch: no page stored before is served again, however young."""
    cache.set(version_key(EPOCH), time.time_ns(), VERSION_SECONDS)


@receiver(cache_recovered)
def bump_after_outage(**kwargs) -> None:
    """Writes made while the cache was down could not bump their scopes, so bump everything."""
    bump_everything()


def bump_scopes_on_commit(scopes: Iterable[str]) -> None:
    """Bump `scopes` once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(bump_scopes, frozenset(scopes)))


def bump_everything_on_commit() -> None:
    """Bump the epoch once the current transaction commits (at once outside one)."""
    transaction.on_commit(bump_everything)


def across_writes(key: str, compute, window: float):
    """`compute()`, kept while nothing is written, and for `window` seconds after it was
    computed however many writes follow (a new epoch still clears it): for aggregates over all
    records, which would otherwise be recomputed after every stored article."""
    scopes = (EPOCH, ALL)
    found = cache.get_many([*map(version_key, scopes), key])
    versions = current_versions(scopes, found)
    kept = found.get(key)
    if kept is not None and current_enough(kept[0], kept[1], versions, window):
        return kept[2]
    computed_at = time.time()
    value = compute()
    cache.set(key, (versions, computed_at, value), VERSION_SECONDS)
    return value


def is_anonymous_reader(request) -> bool:
    """No session cookie: nobody is logged in, and the page is the same for every reader."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request) -> str:
    """The full URL and the region headers: what decides the page a reader gets."""
    parts = [request.build_absolute_uri()]
    parts += [request.headers.get(name, "") for name in REGION_HEADERS]
    return f"{PAGE_FORMAT}:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def current_enough(then: tuple, made_at: float, versions: tuple, window: float) -> bool:
    """Made at scope versions `then`: they are unchanged, or it is younger than `window`
    seconds and of the current epoch (the first version)."""
    if then == versions:
        return True
    return time.time() - made_at < window and then[0] == versions[0]


def servable(page: CachedPage, versions: tuple) -> bool:
    return current_enough(page.versions, page.rendered_at, versions, settings.PAGE_COALESCE_SECONDS)


def store(key: str, versions: tuple, rendered_at: float, response) -> CachedPage | None:
    """Keep a successful, cookie-free response with its validators; None if it is not kept."""
    if response.status_code != 200 or response.cookies or response.streaming:
        return None
    etag = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(rendered_at)
    # Stored by browsers, but asked about each time: the answer is a 304 while it is unchanged.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, REGION_HEADERS)
    page = CachedPage(versions, rendered_at, etag, response.content, list(response.items()))
    cache.set(key, page, settings.PAGE_CACHE_SECONDS)
    return page


def serve_or_render(page: CachedPage | None, versions: tuple, rendering, key: str) -> tuple:
    """(response, page kept): the stored page while it is servable; else `rendering()`, by one
    request at a time: while one renders a page anew, others serve the one it replaces (of the
    current epoch only), which is at most a render older."""
    if page is not None and servable(page, versions):
        return rebuild(page), page
    replaceable = page is not None and page.versions[0] == versions[0]
    claim = f"rendering:{key}"
    if replaceable and not cache.add(claim, True, RENDER_CLAIM_SECONDS):
        return rebuild(page), page
    try:
        return rendering()
    finally:
        if replaceable:
            cache.delete(claim)


def rebuild(page: CachedPage) -> HttpResponse:
    response = HttpResponse(page.content)
    for name, value in page.headers:
        response[name] = value
    return response


def render_and_store(view, request, args, kwargs, key, versions) -> tuple:
    """The view's response, rendered now, and the page stored from it (None if not kept)."""
    # Read before rendering, so a write committed meanwhile leaves the page stale, not current.
    rendered_at = time.time()
    response = view(request, *args, **kwargs)
    if not getattr(response, "is_rendered", True):
        response.render()
    return response, store(key, versions, rendered_at, response)


def cache_for_readers(scopes_of):
    """Serve anonymous GETs of the view from the cache while the scopes that
    `scopes_of(request, *args, **kwargs)` names are unchanged, with a 304 for a reader who has
    the page already; logged-in users always get a fresh page."""

    def decorate(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if (
                request.method != "GET"
                or not settings.PAGE_CACHE_SECONDS
                or not is_anonymous_reader(request)
            ):
                return view(request, *args, **kwargs)
            # Without a session cookie the user is anonymous; saying so up front keeps the
            # session unread, so the response does not vary on Cookie.
            request.user = AnonymousUser()
            scopes = (EPOCH, *scopes_of(request, *args, **kwargs))
            key = page_key(request)
            # One round trip: the versions of the page's scopes, and the page.
            found = cache.get_many([*map(version_key, scopes), key])
            versions = current_versions(scopes, found)
            rendering = partial(render_and_store, view, request, args, kwargs, key, versions)
            response, page = serve_or_render(found.get(key), versions, rendering, key)
            if page is None:
                return response
            return get_conditional_response(
                request, etag=page.etag, last_modified=int(page.rendered_at), response=response
            )

        return cached_view

    return decorate

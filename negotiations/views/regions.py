"""Render a page, or only the region an htmx request targets."""

from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers


def htmx_region(request, regions: dict[str, str]) -> str | None:
    """The partial an htmx request asks for by its target id; None means the whole page."""
    htmx = getattr(request, "htmx", None)
    if not htmx or htmx.history_restore_request:
        return None
    return regions.get(htmx.target or "")


def render_page(request, template: str, context: dict, region: str | None) -> TemplateResponse:
    """A TemplateResponse for `template` or its `region`, varying on HX-Request."""
    response = TemplateResponse(request, f"{template}#{region}" if region else template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def clean_url(request) -> str:
    """The request's path and query without empty parameters: the link a reader shares."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        query.setlist(key, [v for v in values if v])
    return f"{request.path}?{query.urlencode()}" if query else request.path


def query_without(request, *keys: str) -> str:
    """The request's query string without `keys`, ending in "&" when not empty: a prefix the
    template completes, where `{% querystring %}` would rebuild the query for every link."""
    query = request.GET.copy()
    for key in keys:
        query.pop(key, None)
    return f"{query.urlencode()}&" if query else ""


def search_feed(request, **extra: str) -> str:
    """The Atom feed of the records a list shows: its filters, without paging or format."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key not in {"before", "since", "format", "page"}:
            query.setlist(key, [v for v in values if v])
    for key, value in extra.items():
        query.setlist(key, [value])
    url = reverse("search_feed")
    return f"{url}?{query.urlencode()}" if query else url

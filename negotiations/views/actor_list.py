"""The actors: searchable, by negotiation and kind, with record counts and last activity."""

from django.core.paginator import Paginator
from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from negotiations import page_scopes
from negotiations.models import Actor, Negotiation
from negotiations.page_cache import cache_for_readers

from .regions import clean_url, htmx_region, render_page

PAGE_SIZE = 60


@cache_for_readers(page_scopes.by_negotiation)
@require_GET
def actor_list(request):
    """Every actor, filtered by name, negotiation and kind; the busiest first."""
    q = request.GET.get("q", "").strip()[:200]
    slug = request.GET.get("negotiation", "")
    negotiation = Negotiation.objects.filter(slug=slug).first() if slug else None
    kind = request.GET.get("kind", "")
    kind = kind if kind in Actor.Kind.values else ""
    actors = Actor.objects.for_list(q, negotiation, kind)
    if negotiation:
        actors = actors.exclude(statement_count=0, meeting_count=0, proposal_count=0)
    actors = actors.order_by("-statement_count", "name")
    page = Paginator(actors, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "q": q, "negotiation": negotiation, "kind": kind}
    context |= {"kinds": Actor.Kind.choices, "negotiations": Negotiation.objects.all()}
    region = htmx_region(request, {"actors": "actors"})
    response = render_page(request, "actors/list.html", context, region)
    return push_url(response, clean_url(request)) if region else response

"""Actor pages: who they are, where they stand, what they said and did."""

from dataclasses import replace

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from negotiations import page_scopes
from negotiations.charts import stance_chart
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.models import Actor, Meeting, Proposal, ProposalResponse
from negotiations.page_cache import cache_for_readers
from negotiations.queries import Filters, actor_stances, timeline_page
from negotiations.selection import Selection

from .regions import htmx_region, render_page

PAGE_SIZE = 30
RELATED_LIMIT = 10
REGIONS = {"statements": "statements", "load-more": "statement-items"}


@cache_for_readers(page_scopes.of_actor)
@require_GET
def actor_detail(request, slug):
    """An actor's profile, positions over time, statements (filterable), meetings and proposals."""
    actor = get_object_or_404(Actor.objects.for_page(), slug=slug)
    form = TimelineFilterForm(request.GET)
    filters = replace(form.filters(), actors=(actor,), kinds=("statement",))
    if fmt := wanted_format(request):
        return download(request, Selection.of_actor(actor, filters), f"actor-{slug}", fmt)
    before = form.cursor("before")
    region = htmx_region(request, REGIONS)
    context = {"actor": actor, "form": form, "filters": filters, "before": before}
    context["feed_url"] = reverse("actor_feed", args=[actor.slug])
    context["page"] = timeline_page(filters, before=before, limit=PAGE_SIZE)
    if region is None:
        context |= profile(actor, filters.negotiation)
    return render_page(request, "actors/page.html", context, region)


def profile(actor, negotiation) -> dict:
    """The whole page's other parts: stances over time, and the latest meetings and proposals."""
    histories = actor_stances(actor, negotiation)
    involved = Filters(actors=(actor,), negotiation=negotiation)
    return {
        "histories": histories,
        "chart": stance_chart(histories, timezone.localdate()),
        "related_limit": RELATED_LIMIT,
        "meetings": Meeting.objects.for_timeline(involved, limit=RELATED_LIMIT),
        "proposals": Proposal.objects.for_timeline(involved, limit=RELATED_LIMIT),
        "responses": ProposalResponse.objects.for_timeline(involved, limit=RELATED_LIMIT),
    }


@cache_for_readers(page_scopes.unscoped)
@require_GET
def actor_options(request):
    """Actor names for the timeline's actor box (a datalist loaded once per page)."""
    names = Actor.objects.order_by("name").values_list("name", flat=True)
    return render_page(request, "actors/options.html", {"names": names}, None)

"""Proposals: the list of what is on the table, and each proposal's lifecycle."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from negotiations import page_scopes
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.models import Proposal
from negotiations.page_cache import cache_for_readers
from negotiations.queries import lifecycle
from negotiations.selection import Selection

from .regions import clean_url, htmx_region, render_page

PAGE_SIZE = 50


@cache_for_readers(page_scopes.by_filters)
@require_GET
def proposal_list(request):
    """Proposals by negotiation, status, actor and date, most recently reported first."""
    form = TimelineFilterForm(request.GET)
    filters = form.filters()
    status = request.GET.get("status", "")
    status = status if status in Proposal.Status.values else ""
    if fmt := wanted_format(request):
        listed = Proposal.objects.matching(filters).filter(**({"status": status} if status else {}))
        return download(request, Selection.of_records(proposals=listed), "proposals", fmt)
    proposals = Proposal.objects.for_list(filters, status)
    page = Paginator(proposals, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "filters": filters, "page": page, "status": status}
    context["statuses"] = Proposal.Status.choices
    region = htmx_region(request, {"proposals": "proposals"})
    response = render_page(request, "proposals/list.html", context, region)
    return push_url(response, clean_url(request)) if region else response


@cache_for_readers(page_scopes.of_proposal)
@require_GET
def proposal_detail(request, slug):
    """The proposal, its sources, and its lifecycle: answers and events with their evidence."""
    proposal = get_object_or_404(Proposal.objects.for_page(), slug=slug)
    if fmt := wanted_format(request):
        chosen = Selection.of_records(proposals=Proposal.objects.filter(pk=proposal.pk))
        return download(request, chosen, f"proposal-{proposal.pk}", fmt)
    context = {"proposal": proposal, "steps": lifecycle(proposal)}
    context["feed_url"] = reverse("proposal_feed", args=[proposal.slug])
    return render_page(request, "proposals/page.html", context, None)

"""A proposal's lifecycle: who proposed it, when, and each party's responses."""

from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from negotiations.models import Proposal, ProposalResponse
from negotiations.page_cache import cache_for_readers

from .regions import render_page


@cache_for_readers
@require_GET
def proposal_detail(request, slug):
    """The proposal, its sources, and every response over time with its evidence."""
    proposal = get_object_or_404(Proposal.objects.for_page(), slug=slug)
    context = {"proposal": proposal, "responses": ProposalResponse.objects.for_proposal(proposal)}
    return render_page(request, "proposals/page.html", context, None)

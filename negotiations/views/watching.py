"""A reader's own page: what changed in what they follow since they last looked."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_POST

from negotiations.models import Actor, Proposal
from negotiations.services import watches


@login_required
@require_GET
def watching(request):
    """Each watched actor, proposal or search with its changes since the last visit."""
    context = {"changes": watches.changes_since_last_visit(request.user)}
    return TemplateResponse(request, "watching/page.html", context)


@login_required
@require_POST
def watch(request):
    """Follow the actor, proposal or search the form names, then go back to it."""
    actor = (
        get_object_or_404(Actor, slug=request.POST["actor"]) if "actor" in request.POST else None
    )
    proposal = (
        get_object_or_404(Proposal, slug=request.POST["proposal"])
        if "proposal" in request.POST
        else None
    )
    # A search with no filters at all is the whole timeline: "q=" keeps it a search.
    search = "" if actor or proposal else request.POST.get("search", "")[:1000] or "q="
    watches.watch(request.user, actor=actor, proposal=proposal, search=search)
    return redirect(_back(request))


@login_required
@require_POST
def unwatch(request, pk):
    """Stop following something."""
    watches.unwatch(request.user, pk)
    return redirect("watching")


def _back(request) -> str:
    back = request.POST.get("next", "")
    return back if back.startswith("/") and not back.startswith("//") else "watching"

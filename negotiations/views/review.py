"""The editors' review queue: check what extraction was least sure of, in one place."""

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_POST

from negotiations import editing
from negotiations.downloads import download, wanted_format
from negotiations.models import RECORD_MODELS, Actor, Negotiation
from negotiations.review import queue_selection, review_queue
from negotiations.services.article_deletion import keep_without_source


@staff_member_required
@require_GET
def review(request):
    """New actors, disputed stances, unsure records and undated meetings of a negotiation."""
    slug = request.GET.get("negotiation", "")
    negotiation = Negotiation.objects.filter(slug=slug).first() if slug else None
    queue = review_queue(negotiation)
    if fmt := wanted_format(request):
        return download(request, queue_selection(queue), "review", fmt)
    context = {"queue": queue, "negotiation": negotiation}
    return TemplateResponse(request, "review/page.html", context)


@staff_member_required
@require_POST
def verify(request, kind, pk):
    """Mark one record verified by the editor; htmx gets the item's new state."""
    model, record = _editable(request, kind, pk)
    editing.mark_verified(model.objects.filter(pk=record.pk), request.user)
    return done(request, f"Verified: {record}")


@staff_member_required
@require_POST
def keep_sourceless(request, kind, pk):
    """Keep a verified record whose source article was deleted, off the queue from now on."""
    _, record = _editable(request, kind, pk)
    keep_without_source(kind, record, user=request.user)
    return done(request, f"Kept without a source: {record}")


@staff_member_required
@require_POST
def actor_reviewed(request, pk):
    """Mark a new actor as checked by the editor."""
    if not request.user.has_perm("negotiations.change_actor"):
        raise PermissionDenied
    actor = get_object_or_404(Actor, pk=pk)
    editing.review_actor(request.user, actor, {})
    return done(request, f"Reviewed: {actor}")


def kind_model(kind: str) -> str:
    return RECORD_MODELS[kind]._meta.model_name


def done(request, message: str):
    """The item's new state for htmx; without JavaScript, back to the queue."""
    if request.htmx:
        return TemplateResponse(request, "review/page.html#done", {"message": message})
    back = request.POST.get("next", "")
    return redirect(back if back.startswith("/review/") else "review")


def _editable(request, kind, pk):
    """The model and record of a review action, if the editor may change that kind."""
    model = RECORD_MODELS.get(kind)
    if model is None or not request.user.has_perm(f"negotiations.change_{kind_model(kind)}"):
        raise PermissionDenied
    return model, get_object_or_404(model, pk=pk)

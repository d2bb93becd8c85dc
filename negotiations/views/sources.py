"""The sources behind one record: each article, its outlet and date, and the sentence."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from negotiations import page_scopes
from negotiations.models import RECORD_MODELS
from negotiations.page_cache import cache_for_readers
from negotiations.queries import record_sources

from .regions import render_page


@cache_for_readers(page_scopes.of_sources)
@require_GET
def record_sources_view(request, kind, pk):
    """A record's evidence; htmx requests get just the list for an expanding sources box."""
    model = RECORD_MODELS.get(kind)
    if model is None:
        raise Http404("No such record type.")
    record = get_object_or_404(model, pk=pk)
    context = {"kind": kind, "record": record, "sources": record_sources(kind, pk)}
    region = "sources" if getattr(request, "htmx", None) else None
    return render_page(request, "sources/page.html", context, region)

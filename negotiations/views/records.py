"""Permalink pages of single records: a statement, a meeting, with sources and evidence."""

from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from negotiations import page_scopes
from negotiations.downloads import download, wanted_format
from negotiations.models import Meeting, Statement
from negotiations.page_cache import cache_for_readers
from negotiations.queries import attach_participations, with_articles
from negotiations.selection import Selection

from .regions import render_page


@cache_for_readers(page_scopes.of_record("statement"))
@require_GET
def statement_detail(request, pk):
    """Who said it, when, in which negotiation, and every article that reports it."""
    statement = get_object_or_404(
        Statement.objects.select_related("speaker", "negotiation").prefetch_related(
            with_articles(), "issues"
        ),
        pk=pk,
    )
    if fmt := wanted_format(request):
        chosen = Selection.of_records(statements=Statement.objects.filter(pk=pk))
        return download(request, chosen, f"statement-{pk}", fmt)
    return render_page(request, "statements/page.html", {"statement": statement}, None)


@cache_for_readers(page_scopes.of_record("meeting"))
@require_GET
def meeting_detail(request, pk):
    """The meeting: when, where, who, its status, and every article that reports it."""
    meeting = get_object_or_404(
        Meeting.objects.select_related("negotiation").prefetch_related(with_articles()), pk=pk
    )
    attach_participations([meeting])
    if fmt := wanted_format(request):
        chosen = Selection.of_records(meetings=Meeting.objects.filter(pk=pk))
        return download(request, chosen, f"meeting-{pk}", fmt)
    return render_page(request, "meetings/detail.html", {"meeting": meeting}, None)

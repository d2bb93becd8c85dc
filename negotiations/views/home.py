"""The home page: the negotiations the tracker follows, each with its latest activity."""

from datetime import date

from django.views.decorators.http import require_GET

from negotiations import page_scopes
from negotiations.models import Article, Negotiation
from negotiations.page_cache import cache_for_readers

from .regions import render_page


@cache_for_readers(page_scopes.unscoped)
@require_GET
def home(request):
    """Every negotiation with its parties, what it holds and when it last moved."""
    rows = [(n, last_activity(n)) for n in Negotiation.objects.for_home()]
    rows.sort(key=lambda row: row[1] or date.min, reverse=True)
    context = {"negotiations": rows}
    if request.user.is_staff:
        context["unassigned"] = Article.objects.filter(negotiation__isnull=True).count()
    return render_page(request, "home/page.html", context, None)


def last_activity(negotiation):
    """The latest day any of its statements, meetings or proposals stands on."""
    days = [negotiation.last_statement, negotiation.last_meeting, negotiation.last_proposal]
    days = [day for day in days if day]
    return max(days) if days else None

"""Meetings: what is coming up and what was held, with participants and sources."""

from datetime import timedelta

from django.utils import timezone
from django.views.decorators.http import require_GET

from negotiations.filters import TimelineFilterForm
from negotiations.models import Meeting
from negotiations.page_cache import cache_for_readers
from negotiations.queries import Filters

from .regions import htmx_region, render_page

PAGE_SIZE = 30
UPCOMING_LIMIT = 50


@cache_for_readers
@require_GET
def meeting_list(request):
    """Upcoming meetings soonest first, then past ones newest first, paged by keyset."""
    today = timezone.localdate()
    form = TimelineFilterForm(request.GET)
    before = form.cursor("before")
    region = htmx_region(request, {"load-more": "past-items"})
    past = Meeting.objects.for_timeline(
        Filters(date_to=today - timedelta(days=1)), before=before, limit=PAGE_SIZE + 1
    )
    context = {"past": past[:PAGE_SIZE], "before": before}
    context["next_cursor"] = past[PAGE_SIZE - 1].cursor if len(past) > PAGE_SIZE else None
    if region is None and not before:
        context["upcoming"] = Meeting.objects.upcoming(today, UPCOMING_LIMIT)
    return render_page(request, "meetings/page.html", context, region)

"""Meetings: what is coming up, what was announced without a date, and what was held."""

from dataclasses import replace
from datetime import timedelta

from django.utils import timezone
from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from negotiations import page_scopes
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.models import Meeting
from negotiations.page_cache import cache_for_readers
from negotiations.queries import meeting_rows
from negotiations.selection import Selection

from .regions import clean_url, htmx_region, render_page, search_feed

PAGE_SIZE = 30
UPCOMING_LIMIT = 50
# Undated plans stop being news after this long; they stay in the past list on their day.
ANNOUNCED_DAYS = 30
REGIONS = {"meetings": "meetings", "load-more": "past-items"}


@cache_for_readers(page_scopes.by_filters)
@require_GET
def meeting_list(request):
    """Upcoming meetings soonest first, undated plans, then past ones newest first, filtered."""
    today = timezone.localdate()
    form = TimelineFilterForm(request.GET)
    filters, before = form.filters(), form.cursor("before")
    if fmt := wanted_format(request):
        chosen = Selection.of_records(meetings=Meeting.objects.matching(filters))
        return download(request, chosen, "meetings", fmt)
    region = htmx_region(request, REGIONS)
    past_filters = replace(filters, date_to=min(filters.date_to or today, today - timedelta(1)))
    held_or_dated = Meeting.objects.exclude(date__isnull=True, status=Meeting.Status.PLANNED)
    lists = {"past": held_or_dated.timeline_slice(past_filters, before=before, limit=PAGE_SIZE + 1)}
    if region != "past-items" and not before:
        since = today - timedelta(days=ANNOUNCED_DAYS)
        lists["upcoming"] = Meeting.objects.upcoming(filters, today, UPCOMING_LIMIT)
        lists["announced"] = Meeting.objects.announced(filters, since, UPCOMING_LIMIT)
    context = dict(zip(lists, meeting_rows(*lists.values()), strict=True))
    past, context["past"] = context["past"], context["past"][:PAGE_SIZE]
    more = len(past) > PAGE_SIZE
    context["next_cursor"] = Meeting.objects.cursor_of(past[PAGE_SIZE - 1]) if more else None
    context.update(form=form, filters=filters, before=before, announced_days=ANNOUNCED_DAYS)
    context["feed_url"] = search_feed(request, type="meeting")
    response = render_page(request, "meetings/page.html", context, region)
    return push_url(response, clean_url(request)) if region == "meetings" else response

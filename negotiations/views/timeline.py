"""The home page: every record by day, newest first."""

from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from negotiations import page_scopes
from negotiations.charts import day_chart
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.page_cache import cache_for_readers
from negotiations.queries import EARLIEST, count_newer, events_per_day, timeline_page
from negotiations.selection import Selection

from .regions import clean_url, htmx_region, render_page, search_feed

PAGE_SIZE = 30
REGIONS = {"results": "results", "load-more": "items", "poller": "poller"}


@cache_for_readers(page_scopes.by_negotiation)
@require_GET
def timeline(request):
    """Statements, meetings, proposals and responses, filtered and paged by keyset."""
    form = TimelineFilterForm(request.GET)
    filters = form.filters()
    if fmt := wanted_format(request):
        return download(request, Selection.of_filters(filters), "timeline", fmt)
    region = htmx_region(request, REGIONS)
    since = form.cursor("since")
    context = {"form": form, "filters": filters, "before": form.cursor("before")}
    context["feed_url"] = search_feed(request)
    if region == "poller" and since:
        context.update(since=since, new_count=count_newer(filters, since))
        return render_page(request, "timeline/page.html", context, region)
    page = timeline_page(filters, before=context["before"], limit=PAGE_SIZE)
    context.update(page=page, since=page.entries[0].cursor if page.entries else EARLIEST)
    if region != "items":
        context["chart"] = day_chart(events_per_day(filters))
    response = render_page(request, "timeline/page.html", context, region)
    return push_url(response, clean_url(request)) if region == "results" else response

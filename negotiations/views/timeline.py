"""The home page: every record by day, newest first."""

from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from negotiations import page_scopes
from negotiations.charts import day_chart
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.page_cache import cache_for_readers
from negotiations.queries import (
    EARLIEST,
    chart_is_counted,
    count_newer,
    events_per_day,
    timeline_page,
)
from negotiations.selection import Selection

from .regions import clean_url, htmx_region, query_without, render_page, search_feed

PAGE_SIZE = 30
REGIONS = {"results": "results", "load-more": "items", "poller": "poller", "chart": "chart"}
# A reader without JavaScript asks for a searched timeline's chart with this parameter.
SHOW_CHART = ("chart", "show")


@cache_for_readers(page_scopes.by_filters)
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
    if region == "chart":
        _chart(request, filters, context)
        return render_page(request, "timeline/page.html", context, region)
    page = timeline_page(filters, before=context["before"], limit=PAGE_SIZE)
    context.update(page=page, since=page.entries[0].cursor if page.entries else EARLIEST)
    if region != "items":
        _add_chart(request, filters, context)
    response = render_page(request, "timeline/page.html", context, region)
    return push_url(response, clean_url(request)) if region == "results" else response


def _add_chart(request, filters, context) -> None:
    """The chart of records per day, or, when it must be counted over a search's matches, a
    region that loads it after the list (a link without JavaScript)."""
    key, value = SHOW_CHART
    if chart_is_counted(filters) or request.GET.get(key) == value:
        _chart(request, filters, context)
    else:
        context["chart_later"] = True


def _chart(request, filters, context) -> None:
    """The chart, and the query each bar's link narrows to its days."""
    context["chart"] = day_chart(events_per_day(filters))
    context["bar_query"] = query_without(request, "date_from", "date_to", "before", "since")

"""Actor pages: who they are, where they stand, what they said and did."""

from dataclasses import replace

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from negotiations.charts import stance_chart
from negotiations.downloads import download, wanted_format
from negotiations.filters import TimelineFilterForm
from negotiations.models import Actor, Meeting, Position, Proposal, ProposalResponse, Statement
from negotiations.page_cache import cache_for_readers
from negotiations.queries import Filters, timeline_page
from negotiations.selection import Selection
from negotiations.stances import reports_of, stance_histories

from .regions import htmx_region, render_page

PAGE_SIZE = 30
RELATED_LIMIT = 10
REGIONS = {"statements": "statements", "load-more": "statement-items"}


@cache_for_readers
@require_GET
def actor_detail(request, slug):
    """An actor's profile, positions over time, statements (filterable), meetings and proposals."""
    actor = get_object_or_404(Actor.objects.for_page(), slug=slug)
    form = TimelineFilterForm(request.GET)
    filters = replace(form.filters(), actors=(actor,), kinds=("statement",))
    if fmt := wanted_format(request):
        return download(request, involving(actor, filters), f"actor-{actor.slug}", fmt)
    before = form.cursor("before")
    region = htmx_region(request, REGIONS)
    context = {"actor": actor, "form": form, "filters": filters, "before": before}
    context["feed_url"] = reverse("actor_feed", args=[actor.slug])
    context["related_limit"] = RELATED_LIMIT
    context["page"] = timeline_page(filters, before=before, limit=PAGE_SIZE)
    if region is None:
        positions = Position.objects.history(actor, filters.negotiation)
        answers = ProposalResponse.objects.stances_of(actor, filters.negotiation)
        histories = stance_histories(reports_of(positions, answers))
        involved = Filters(actors=(actor,), negotiation=filters.negotiation)
        context.update(
            histories=histories,
            chart=stance_chart(histories, timezone.localdate()),
            meetings=Meeting.objects.for_timeline(involved, limit=RELATED_LIMIT),
            proposals=Proposal.objects.for_timeline(involved, limit=RELATED_LIMIT),
            responses=ProposalResponse.objects.for_timeline(involved, limit=RELATED_LIMIT),
        )
    return render_page(request, "actors/page.html", context, region)


def involving(actor, filters) -> Selection:
    """What the actor page shows: the filtered statements, and the meetings, proposals and
    positions the actor takes part in, within the negotiation chosen."""
    around = Filters(actors=(actor,), negotiation=filters.negotiation)
    positions = Position.objects.filter(actor=actor)
    if filters.negotiation:
        positions = positions.filter(negotiation=filters.negotiation)
    return Selection.of_records(
        statements=Statement.objects.matching(filters),
        meetings=Meeting.objects.matching(around),
        proposals=Proposal.objects.filter(
            Q(pk__in=Proposal.objects.matching(around).values("pk"))
            | Q(pk__in=ProposalResponse.objects.matching(around).values("proposal_id"))
        ),
        positions=positions,
    )


@cache_for_readers
@require_GET
def actor_options(request):
    """Actor names for the timeline's actor box (a datalist loaded once per page)."""
    names = Actor.objects.order_by("name").values_list("name", flat=True)
    return render_page(request, "actors/options.html", {"names": names}, None)

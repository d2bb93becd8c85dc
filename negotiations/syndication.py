"""Atom feeds of new and changed records: per negotiation, actor, proposal and search.

Each entry links to the record's page and lists the articles that report it.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .filters import TimelineFilterForm
from .models import Actor, Negotiation, Proposal, ProposalResponse
from .queries import Filters, recent_records, with_articles

ENTRIES = 50


class RecordsFeed(Feed):
    """The newest records a set of filters lets through."""

    feed_type = Atom1Feed
    description_template = "feeds/entry.html"

    def items(self, obj):
        return recent_records(obj["filters"], limit=ENTRIES)

    def title(self, obj):
        return f"{obj['title']} · Ceasefire Tracker"

    def link(self, obj):
        return obj["link"]

    def subtitle(self, obj):
        return f"New and changed records: {obj['title']}."

    def item_title(self, item):
        kind, record = item
        return f"{kind.capitalize()}: {record}"

    def item_link(self, item):
        return item[1].get_absolute_url()

    def item_guid(self, item):
        return f"{item[0]}-{item[1].pk}"

    def item_pubdate(self, item):
        return item[1].created_at

    def item_updateddate(self, item):
        return item[1].updated_at

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kind"], context["record"] = kwargs["item"]
        return context


class NegotiationFeed(RecordsFeed):
    def get_object(self, request, slug):
        negotiation = get_object_or_404(Negotiation, slug=slug)
        return {
            "title": negotiation.name,
            "link": negotiation.get_absolute_url(),
            "filters": Filters(negotiation=negotiation),
        }


class ActorFeed(RecordsFeed):
    def get_object(self, request, slug):
        actor = get_object_or_404(Actor, slug=slug)
        return {
            "title": actor.name,
            "link": actor.get_absolute_url(),
            "filters": Filters(actors=(actor,)),
        }


class SearchFeed(RecordsFeed):
    """A saved search: any timeline filters, in the query string."""

    def get_object(self, request):
        form = TimelineFilterForm(request.GET)
        filters = form.filters()
        if form.errors:
            raise Http404("These filters are not valid.")
        query = request.GET.urlencode()
        return {
            "title": f"Search: {query or 'everything'}",
            "link": reverse("timeline") + (f"?{query}" if query else ""),
            "filters": filters,
        }


class ProposalFeed(RecordsFeed):
    """A proposal and every answer to it."""

    def get_object(self, request, slug):
        proposal = get_object_or_404(Proposal, slug=slug)
        return {"title": proposal.title, "link": proposal.get_absolute_url(), "proposal": proposal}

    def items(self, obj):
        answers = ProposalResponse.objects.for_display().filter(proposal=obj["proposal"])
        answers = answers.prefetch_related(with_articles()).order_by("-updated_at", "-id")
        proposal = Proposal.objects.prefetch_related(with_articles()).get(pk=obj["proposal"].pk)
        found = [("response", a) for a in answers[:ENTRIES]] + [("proposal", proposal)]
        return sorted(found, key=lambda pair: pair[1].updated_at, reverse=True)

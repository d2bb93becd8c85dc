"""Where a proposal stands: from what sources report happened to it, and from the answers
of the negotiation's parties. Editors' statuses (verified proposals) are left as they are."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from negotiations.models import Negotiation, Proposal, ProposalEvent, ProposalResponse

from .assignment import party_of

# Of two events reported the same day, the one further along stands.
EVENT_ORDER = {"agreed": 1, "in_effect": 2, "withdrawn": 3, "collapsed": 3}


def proposal_status(
    events: list[tuple[date, str]], answers: dict[int, str], parties: set[int]
) -> str:
    """The status of a proposal.

    `events` are (day, status) reports of what happened to it; the latest stands, so a
    collapse after it took effect ends it and a later entry into force restores it.
    Without events, the parties' latest answers decide: one rejection rejects it, all
    accepting is "accepted", some "accepted by some". With no parties known, every
    answerer counts as one.
    """
    if events:
        return max(events, key=lambda event: (event[0], EVENT_ORDER[event[1]]))[1]
    counted = {p: a for p, a in answers.items() if not parties or p in parties}
    if "rejected" in counted.values():
        return "rejected"
    accepted = {p for p, a in counted.items() if a == "accepted"}
    if accepted and accepted >= (parties or set(counted)):
        return "accepted"
    return "accepted_by_some" if accepted else "proposed"


def refresh_statuses(proposal_ids, parties: dict[int, set[int]] | None = None) -> None:
    """Recompute the status of the unverified proposals among `proposal_ids`.

    `parties` are the negotiations' party ids by negotiation id, when already read."""
    proposals = list(Proposal.objects.filter(pk__in=proposal_ids, verified=False))
    if not proposals:
        return
    events = defaultdict(list)
    for row in ProposalEvent.objects.filter(proposal__in=proposals):
        events[row.proposal_id].append((row.reported_on, row.status))
    answers = defaultdict(dict)
    responses = ProposalResponse.objects.filter(proposal__in=proposals).select_related("actor")
    for answer in responses.order_by("responded_on", "id"):
        answers[answer.proposal_id][party_of(answer.actor)] = answer.response
    if parties is None:
        parties = defaultdict(set)
        links = Negotiation.parties.through.objects.filter(
            negotiation__in={p.negotiation_id for p in proposals}
        )
        for negotiation_id, actor_id in links.values_list("negotiation_id", "actor_id"):
            parties[negotiation_id].add(actor_id)
    changed = []
    for proposal in proposals:
        status = proposal_status(
            events[proposal.pk], answers[proposal.pk], parties.get(proposal.negotiation_id, set())
        )
        if status != proposal.status:
            proposal.status = status
            changed.append(proposal)
    Proposal.objects.bulk_update(changed, ["status"])

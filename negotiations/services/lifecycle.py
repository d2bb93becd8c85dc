"""Where a proposal stands: from what sources report happened to it, and from the answers
of the negotiation's parties. Editors' statuses (verified proposals) are left as they are."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.db.models import CharField, IntegerField, Value

from negotiations.models import Negotiation, Proposal, ProposalEvent, ProposalResponse

from .assignment import party
from .rows import update_rows

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


def refresh_statuses(
    proposal_ids, parties: dict[int, set[int]] | None = None, held: dict | None = None
) -> None:
    """Recompute the status of the unverified proposals among `proposal_ids`.

    `parties` are the negotiations' party ids by negotiation id, when already read; `held`
    the proposals by id that this transaction already read and locked, or made."""
    ids, held = set(proposal_ids), held or {}
    proposals = [held[pk] for pk in ids & held.keys() if not held[pk].verified]
    if missing := ids - held.keys():
        proposals += Proposal.objects.filter(pk__in=missing, verified=False)
    if not proposals:
        return
    events, answers = _reports({p.pk for p in proposals})
    if parties is None:
        parties = defaultdict(set)
        links = Negotiation.parties.through.objects.filter(
            negotiation__in={p.negotiation_id for p in proposals}
        )
        for negotiation_id, actor_id in links.values_list("negotiation_id", "actor_id"):
            parties[negotiation_id].add(actor_id)
    changed = []
    for proposal in sorted(proposals, key=lambda p: p.pk):
        status = proposal_status(
            events[proposal.pk], answers[proposal.pk], parties.get(proposal.negotiation_id, set())
        )
        if status != proposal.status:
            proposal.status = status
            changed.append(proposal)
    update_rows(Proposal.objects, changed, ["status"])


def _reports(proposal_ids: set[int]) -> tuple[dict, dict]:
    """The (day, status) events of each proposal, and each party's latest answer to it, read
    in one query."""
    happened = ProposalEvent.objects.filter(proposal__in=proposal_ids).order_by()
    answered = ProposalResponse.objects.filter(proposal__in=proposal_ids).order_by()
    no_actor = (Value(None, IntegerField()), Value("", CharField()), Value(None, IntegerField()))
    rows = happened.values_list(
        "id", "proposal_id", "reported_on", "status", Value(False), *no_actor
    ).union(
        answered.values_list(
            "id", "proposal_id", "responded_on", "response",
            Value(True), "actor_id", "actor__kind", "actor__affiliation_id",
        ),
        all=True,
    )  # fmt: skip
    events, answers = defaultdict(list), defaultdict(dict)
    # In each model's order (undated answers last), so that each party's latest answer stands.
    for _, proposal_id, day, status, answer, *actor in sorted(
        rows, key=lambda row: (row[2] is None, row[2] or date.min, row[0])
    ):
        if answer:
            answers[proposal_id][party(*actor)] = status
        else:
            events[proposal_id].append((day, status))
    return events, answers

"""The one vocabulary of the records: kinds, statuses, answers, stances and modes.

Declared once here, in plain Python, and shared: extraction's records use these values, the
models build their choices from them, and the store refuses any other value.
"""

MEETING_KINDS = {
    "call": "Call",
    "meeting": "Meeting",
    "talks": "Talks",
    "summit": "Summit",
    "visit": "Visit",
}
MEETING_STATUSES = {
    "planned": "Planned",
    "held": "Held",
    "cancelled": "Cancelled",
    "unknown": "Unknown",
}
PROPOSAL_KINDS = {
    "ceasefire": "Ceasefire",
    "truce": "Truce",
    "moratorium": "Moratorium",
    "peace_plan": "Peace plan",
    "deal": "Deal",
    "prisoner_exchange": "Prisoner exchange",
    "hostage_deal": "Hostage deal",
    "withdrawal": "Withdrawal",
    "disarmament": "Disarmament",
    "monitoring_mission": "Monitoring mission",
    "territorial": "Territorial arrangement",
    "proposal": "Proposal",
    "other": "Other",
}
# Where a proposal stands, in the order it usually gets there; the last three end it.
PROPOSAL_STATUSES = {
    "proposed": "Proposed",
    "accepted_by_some": "Accepted by some",
    "accepted": "Accepted by all parties",
    "agreed": "Agreed / signed",
    "in_effect": "In force",
    "rejected": "Rejected",
    "collapsed": "Collapsed",
    "withdrawn": "Withdrawn",
}
# The statuses an article can report as having happened to a proposal.
PROPOSAL_EVENTS = ("agreed", "in_effect", "collapsed", "withdrawn")
RESPONSES = {
    "accepted": "Accepted",
    "rejected": "Rejected",
    "conditional": "Set conditions",
    "considering": "Considering",
}
STANCES = {
    "support": "Supports",
    "oppose": "Opposes",
    "conditional": "Conditional",
    "neutral": "Neutral",
}
# An answer to a proposal is the answerer's stance on it.
RESPONSE_STANCES = {
    "accepted": "support",
    "rejected": "oppose",
    "conditional": "conditional",
    "considering": "neutral",
}
STATEMENT_MODES = {
    "direct": "Direct quotation",
    "indirect": "Reported speech",
}

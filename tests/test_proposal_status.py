"""A proposal carries its real status, as sources report it, across articles."""

import pytest

from negotiations import models, services
from tests.test_consolidation import ingest

pytestmark = pytest.mark.django_db

SIGNED = {
    "outlet": "Caucasus Wire",
    "published": "2025-08-08",
    "text": "Armenian and Azerbaijani leaders signed a peace treaty at the White House on Friday.",
}
VIOLATED = {
    "outlet": "Border Daily",
    "published": "2025-08-01",
    "text": "Thailand said Cambodia had violated the ceasefire on the Preah Vihear front.",
}
COLLAPSED = {
    "outlet": "Mekong Post",
    "published": "2025-08-03",
    "text": "The Thai-Cambodian ceasefire collapsed after shelling near Preah Vihear, "
    "Bangkok said.",
}


def test_a_signed_treaty_is_agreed(seeded, django_capture_on_commit_callbacks):
    ingest([SIGNED], django_capture_on_commit_callbacks)
    treaty = models.Proposal.objects.get()
    assert treaty.status == "agreed"
    assert treaty.events.get().sentence == SIGNED["text"]


def test_a_violated_ceasefire_collapses_only_when_a_source_says_so(
    seeded, django_capture_on_commit_callbacks
):
    [violated] = ingest([VIOLATED], django_capture_on_commit_callbacks)
    ceasefire = models.Proposal.objects.get()
    assert ceasefire.status != "collapsed"

    ingest([COLLAPSED], django_capture_on_commit_callbacks)
    ceasefire = models.Proposal.objects.get()
    assert ceasefire.status == "collapsed"
    assert ceasefire.evidence.values("article").distinct().count() == 2

    # Extracting one article again leaves the collapse another article reported.
    models.ProposalEvent.objects.update(sentence="stale")
    services.reextract(violated)
    assert models.ProposalEvent.objects.filter(sentence="stale").count() == 1


def test_an_editors_status_stands(seeded, django_capture_on_commit_callbacks):
    [signed] = ingest([SIGNED], django_capture_on_commit_callbacks)
    treaty = models.Proposal.objects.get()
    treaty.status, treaty.verified = "in_effect", True
    treaty.save()
    services.reextract(signed)
    treaty.refresh_from_db()
    assert treaty.status == "in_effect"

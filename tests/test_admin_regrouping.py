"""Editors regroup in the admin: merge duplicates, split a source out, reassign articles."""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from negotiations import models, services
from tests import factories
from tests.test_consolidation import article, call_extraction

pytestmark = pytest.mark.django_db


def changelist(model):
    return reverse(f"admin:negotiations_{model._meta.model_name}_changelist")


def test_merging_meetings_asks_which_to_keep_then_moves_every_source(staff_client):
    talks = factories.negotiation()
    us, russia = factories.actor("United States"), factories.actor("Russia")
    keep = factories.meeting([us], title="Trump–Putin call", negotiation=talks)
    other = factories.meeting([russia], title="Putin–Trump phone call", negotiation=talks)
    selection = {"action": "merge_records", "_selected_action": [keep.pk, other.pk]}

    asked = staff_client.post(changelist(models.Meeting), selection)
    assert asked.status_code == 200 and "Meeting to keep" in asked.content.decode()
    staff_client.post(changelist(models.Meeting), {**selection, "merge": "1", "keep": keep.pk})

    assert list(models.Meeting.objects.all()) == [keep]
    assert keep.evidence.count() == 2
    assert set(keep.participants.all()) == {us, russia}
    assert models.RecordEdit.objects.get(object_id=keep.pk, model="meeting").changes["merged"]


def test_merging_proposals_keeps_the_other_wordings_and_answers(staff_client):
    keep = factories.proposal("30-day ceasefire")
    other = factories.proposal("month-long truce")
    answerer = factories.actor("Ukraine")
    factories.response(other, answerer, response="accepted")
    selection = {"action": "merge_records", "_selected_action": [keep.pk, other.pk]}
    staff_client.post(changelist(models.Proposal), {**selection, "merge": "1", "keep": keep.pk})

    assert list(models.Proposal.objects.all()) == [keep]
    assert list(keep.aliases.values_list("title", flat=True)) == ["month-long truce"]
    assert keep.responses.get().actor == answerer


def test_records_of_different_negotiations_cannot_be_merged(staff_client):
    a = factories.meeting(title="A", negotiation=factories.negotiation("Gaza talks"))
    b = factories.meeting(title="B", negotiation=factories.negotiation("Sudan talks"))
    selection = {"action": "merge_records", "_selected_action": [a.pk, b.pk]}
    staff_client.post(changelist(models.Meeting), {**selection, "merge": "1", "keep": a.pk})
    assert models.Meeting.objects.count() == 2


def test_splitting_a_source_out_gives_it_its_own_record_kept_apart(staff_client, seeded):
    first = article("Netanyahu and Trump spoke by phone on Tuesday.")
    second = article("The call between Netanyahu and Trump on Tuesday.", outlet="Other Paper")
    for each in (first, second):
        services.store_extraction(each, call_extraction(each, "israel-iran"))
    call = models.Meeting.objects.get()
    form = reverse("admin:negotiations_meeting_change", args=[call.pk])
    assert "Split out" in staff_client.get(form).content.decode()

    url = reverse("admin:negotiations_meeting_split", args=[call.pk, second.pk])
    assert "later ingestion of this article keeps them apart" in " ".join(
        staff_client.get(url).content.decode().split()
    )
    staff_client.post(url)

    apart = models.Meeting.objects.exclude(pk=call.pk).get()
    assert list(apart.evidence.values_list("article", flat=True)) == [second.pk]
    assert models.KeptApart.objects.filter(record_id=call.pk, article=second).exists()
    # The article's report goes where the editor put it, even stored again.
    services.store_extraction(second, call_extraction(second, "israel-iran"))
    assert list(apart.evidence.values_list("article", flat=True)) == [second.pk]
    assert list(call.evidence.values_list("article", flat=True)) == [first.pk]


def test_a_records_only_source_cannot_be_split_out(staff_client):
    call = factories.meeting(title="Lonely call")
    source = call.evidence.get().article
    url = reverse("admin:negotiations_meeting_split", args=[call.pk, source.pk])
    staff_client.post(url)
    assert models.Meeting.objects.count() == 1


def test_unassigned_articles_are_listed_for_editors(staff_client):
    lost = factories.article(text="A story about no negotiation we follow.")
    found = factories.article(text="A story about the talks.", negotiation=factories.negotiation())
    response = staff_client.get(changelist(models.Article) + "?assigned=no")
    listed = {obj.pk for obj in response.context["cl"].result_list}
    assert listed == {lost.pk} and found.pk not in listed


def test_reassigning_an_article_moves_its_records_and_ingestion_keeps_it(staff_client, seeded):
    story = article("Netanyahu and Trump spoke by phone on Tuesday.")
    services.store_extraction(story, call_extraction(story, "israel-hamas-gaza"))
    iran = seeded["israel-iran"]
    url = reverse("admin:negotiations_article_change", args=[story.pk])
    form = staff_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "other_negotiations"}
    data |= {"negotiation": iran.pk, "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0}
    data["published"] = "2025-06-24"
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    story.refresh_from_db()
    assert (story.negotiation, story.negotiation_locked) == (iran, True)
    assert models.Meeting.objects.get().negotiation == iran
    # A later extraction that ranks another negotiation first does not move it back.
    services.store_extraction(story, call_extraction(story, "israel-hamas-gaza"))
    assert models.Meeting.objects.get().negotiation == iran
    assert models.RecordEdit.objects.filter(model="article", object_id=story.pk).exists()


def test_home_page_points_editors_to_unassigned_articles(staff_client):
    factories.article(text="A story about no negotiation we follow.", published=date(2025, 1, 1))
    assert "matched no negotiation" in staff_client.get(reverse("home")).content.decode()
    assert "matched no negotiation" not in Client().get(reverse("home")).content.decode()

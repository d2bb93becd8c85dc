"""An editor's deletion holds: re-extraction and re-ingestion never bring the record back."""

import pytest
from django.urls import reverse

from negotiations import models, services
from tests.reports import THAI_CAMBODIAN_CALL
from tests.test_consolidation import ingest

pytestmark = pytest.mark.django_db


def test_a_deleted_record_stays_deleted_and_is_in_the_audit_trail(
    seeded, staff_client, django_capture_on_commit_callbacks
):
    articles = ingest(THAI_CAMBODIAN_CALL[:2], django_capture_on_commit_callbacks)
    own_words = {"speaker__name": "Hun Manet", "text__startswith": "Hun Manet said"}
    statement = models.Statement.objects.get(**own_words)
    url = reverse("admin:negotiations_statement_delete", args=[statement.pk])
    assert staff_client.post(url, {"post": "yes"}).status_code == 302

    assert not models.Statement.objects.filter(pk=statement.pk).exists()
    for article in articles:
        services.reextract(article)
    assert not models.Statement.objects.filter(**own_words).exists()
    # Submitted again, the article is a duplicate and brings nothing back either.
    ingest(THAI_CAMBODIAN_CALL[1:2], django_capture_on_commit_callbacks)
    assert not models.Statement.objects.filter(**own_words).exists()

    edit = models.RecordEdit.objects.get(model="statement", object_id=statement.pk)
    assert (edit.user, list(edit.changes)) == (staff_client.user, ["deleted"])
    assert models.Tombstone.objects.get().deleted_by == staff_client.user


def test_a_deleted_meeting_stays_deleted_though_several_articles_report_it(
    seeded, staff_client, django_capture_on_commit_callbacks
):
    articles = ingest(THAI_CAMBODIAN_CALL, django_capture_on_commit_callbacks)
    call = models.Meeting.objects.get(kind="call")
    changelist = reverse("admin:negotiations_meeting_changelist")
    staff_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [call.pk], "post": "yes"}
    )
    for article in articles:
        services.reextract(article)
    assert not models.Meeting.objects.filter(kind="call").exists()


def test_an_editor_restores_a_deletion(seeded, staff_client, django_capture_on_commit_callbacks):
    ingest(THAI_CAMBODIAN_CALL[:2], django_capture_on_commit_callbacks)
    call = models.Meeting.objects.get(kind="call")
    url = reverse("admin:negotiations_meeting_delete", args=[call.pk])
    staff_client.post(url, {"post": "yes"})
    tombstone = models.Tombstone.objects.get()

    changelist = reverse("admin:negotiations_tombstone_changelist")
    staff_client.post(changelist, {"action": "restore", "_selected_action": [tombstone.pk]})

    assert not models.Tombstone.objects.exists() and not models.DeletedKey.objects.exists()
    restored = models.Meeting.objects.get(kind="call")
    assert restored.evidence.values("article").distinct().count() == 2
    assert models.RecordEdit.objects.filter(changes__has_key="restored").exists()

"""Deleting an article: what only it reported goes, verified records stay marked for review,
and ingesting the same article again brings nothing back twice."""

import pytest
from django.urls import reverse

from negotiations import editing, models, services
from negotiations.services.article_deletion import delete_articles, plan_deletion

pytestmark = pytest.mark.django_db

SUMMIT = (
    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet "
    "in Abu Dhabi to discuss the peace treaty, officials said on Wednesday. "
    "Pashinyan said on Tuesday that Armenia was ready to sign the treaty without delay. "
    "Aliyev said Baku would not sign the peace treaty until Armenia changed its constitution. "
    "Pashinyan spoke by phone with Aliyev on Monday, his office said."
)
CALL = "Pashinyan spoke by phone with Aliyev on Monday, the Armenian government said."
COUNTED = [models.Statement, models.Proposal, models.ProposalResponse, models.Meeting]


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Ingest a text through a job, as the ingest page does; returns its article."""

    def ingest(text, outlet):
        with django_capture_on_commit_callbacks(execute=True):
            job = services.submit(
                source="text",
                payload=text,
                metadata={"outlet": outlet, "title": f"{outlet} report", "published": "2026-03-12"},
            )
        job.refresh_from_db()
        assert job.status == "stored", job.error
        return job.article

    return ingest


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.fixture
def reported(seeded, staff_client, ingest):
    """One article with its own records, a call another outlet reports too, and a summit an
    editor verified and retitled."""
    summit_article = ingest(SUMMIT, "Caucasus Wire")
    ingest(CALL, "Yerevan Daily")
    summit = models.Meeting.objects.get(kind="meeting")
    editing.verify_edit(staff_client.user, summit, {"title": (summit.title, "Abu Dhabi summit")})
    models.Meeting.objects.filter(pk=summit.pk).update(title="Abu Dhabi summit")
    return summit_article, summit


def delete_in_admin(client, article):
    url = reverse("admin:negotiations_article_delete", args=[article.pk])
    return client.post(url, {"post": "yes"})


def test_the_confirmation_page_says_what_happens_to_the_records(reported, staff_client):
    article, summit = reported
    page = staff_client.get(reverse("admin:negotiations_article_delete", args=[article.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Records removed with it, as no other article reports them: 6" in text
    assert "marked “source deleted” and listed in the review queue: 1" in text
    assert "Abu Dhabi summit" in text
    assert "Records that stay, reported by other articles too: 1" in text


def test_the_bulk_delete_confirmation_says_it_too(reported, staff_client):
    article, _ = reported
    page = staff_client.post(
        reverse("admin:negotiations_article_changelist"),
        {"action": "delete_selected", "_selected_action": [article.pk]},
    )
    assert "Records removed with it, as no other article reports them: 6" in page.content.decode()


def test_deleting_removes_sole_source_records_and_keeps_verified_ones(reported, staff_client):
    article, summit = reported
    planned = plan_deletion([article.pk])
    removed = {(kind, r.pk) for kind, rows in planned.removed.items() for r in rows}

    assert delete_in_admin(staff_client, article).status_code == 302

    assert not models.Article.objects.filter(pk=article.pk).exists()
    assert counts() == {"Statement": 1, "Proposal": 0, "ProposalResponse": 0, "Meeting": 2}
    assert models.Statement.objects.get().text == CALL
    summit.refresh_from_db()
    assert (summit.title, summit.verified, summit.evidence.count()) == ("Abu Dhabi summit", True, 0)
    call = models.Meeting.objects.get(kind="call")
    assert [e.article.outlet for e in call.evidence.all()] == ["Yerevan Daily"]
    assert call.text == CALL
    changes = set(models.RecordChange.objects.values_list("kind", "record_id"))
    assert removed <= changes
    [mark] = models.DeletedSource.objects.filter(kind="meeting", record_id=summit.pk)
    assert (mark.outlet, mark.deleted_by) == ("Caucasus Wire", staff_client.user)


def test_removed_records_leave_the_public_pages(reported, staff_client, client):
    article, _ = reported
    assert "constitution" in client.get(reverse("timeline")).content.decode()
    delete_in_admin(staff_client, article)
    assert "constitution" not in client.get(reverse("timeline")).content.decode()


def test_the_review_queue_lists_records_whose_source_was_deleted(reported, staff_client):
    article, summit = reported
    delete_in_admin(staff_client, article)
    page = staff_client.get(reverse("review")).content.decode()
    assert "Source deleted (1)" in page
    assert "Abu Dhabi summit" in page and "Caucasus Wire" in page

    keep = reverse("review_keep_sourceless", args=["meeting", summit.pk])
    assert staff_client.post(keep).status_code == 302
    assert "Source deleted (0)" in staff_client.get(reverse("review")).content.decode()


def test_reingesting_a_deleted_article_duplicates_nothing(reported, staff_client, ingest):
    article, summit = reported
    before = counts()
    delete_in_admin(staff_client, article)

    again = ingest(SUMMIT, "Caucasus Wire")

    assert counts() == before
    summit.refresh_from_db()
    assert (summit.title, summit.verified) == ("Abu Dhabi summit", True)
    assert {e.article_id for e in summit.evidence.all()} == {again.pk}
    assert not models.DeletedSource.objects.exists()
    assert "Source deleted (0)" in staff_client.get(reverse("review")).content.decode()
    call = models.Meeting.objects.get(kind="call")
    assert call.evidence.values("article").distinct().count() == 2


TWO_SPEAKERS = (
    "Pashinyan said on Tuesday that Armenia was ready to sign, while Aliyev said Baku "
    "would wait for a new constitution."
)


def test_two_kept_records_of_one_sentence_each_get_their_own_report_back(seeded, ingest, client):
    article = ingest(TWO_SPEAKERS, "Caucasus Wire")
    statements = list(models.Statement.objects.order_by("pk"))
    assert len(statements) == 2
    editing.mark_verified(models.Statement.objects.all(), None)
    delete_articles([article])

    again = ingest(TWO_SPEAKERS, "Caucasus Wire")

    assert models.Statement.objects.count() == 2
    for statement in statements:
        [evidence] = statement.evidence.all()
        assert evidence.article_id == again.pk
    assert not models.DeletedSource.objects.exists()

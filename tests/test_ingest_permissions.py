import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from negotiations.models import IngestJob

pytestmark = pytest.mark.django_db

PASTE = {"form": "text", "text-text": "The envoy said talks would resume.", "text-title": "Talks"}


@pytest.fixture
def desk(client, django_user_model):
    """A client logged in as staff with no model permissions."""
    user = django_user_model.objects.create_user("desk", password="pw-desk-123", is_staff=True)
    client.force_login(user)
    client.user = user
    return client


def grant_ingest(user):
    user.user_permissions.add(Permission.objects.get(codename="add_ingestjob"))


def test_staff_without_the_permission_is_refused_like_the_admin_refuses(desk):
    assert desk.get(reverse("admin:negotiations_ingestjob_add")).status_code == 403
    assert desk.get(reverse("ingest")).status_code == 403


def test_staff_without_the_permission_cannot_queue_a_job(desk):
    response = desk.post(reverse("ingest"), PASTE)
    assert response.status_code == 403
    assert not IngestJob.objects.exists()


def test_staff_with_the_permission_queues_jobs(desk):
    grant_ingest(desk.user)
    assert desk.get(reverse("ingest")).status_code == 200
    response = desk.post(reverse("ingest"), PASTE)
    assert response.status_code == 302
    assert IngestJob.objects.get().submitted_by == desk.user


def test_the_permission_without_staff_is_sent_to_login(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-reader-1")
    grant_ingest(user)
    client.force_login(user)
    response = client.post(reverse("ingest"), PASTE)
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert not IngestJob.objects.exists()


def test_the_ingest_link_shows_only_to_those_who_may_ingest(desk):
    ingest_link = f'href="{reverse("ingest")}"'
    assert ingest_link not in desk.get(reverse("timeline")).content.decode()
    grant_ingest(desk.user)
    assert ingest_link in desk.get(reverse("timeline")).content.decode()

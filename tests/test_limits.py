"""One set of input limits: stated on the ingest page, enforced alike by forms and the service."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from negotiations import services
from negotiations.limits import MAX_BYTES, MAX_CHARS
from negotiations.models import IngestJob

pytestmark = pytest.mark.django_db

TOO_LARGE = "Too large: over 5 MB (5,242,880 bytes)."


def post(client, form, data):
    return client.post(reverse("ingest"), {"form": form, **data})


@pytest.fixture
def csrf_client(staff_client):
    """A client that, like a browser, must send the CSRF token the page gave it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_client.user)
    client.get(reverse("ingest"))
    client.token = client.cookies[settings.CSRF_COOKIE_NAME].value
    return client


def test_the_page_states_the_limits(staff_client):
    page = staff_client.get(reverse("ingest")).text
    assert "Plain text, up to 5,242,880 characters." in page
    assert "Text or HTML files, up to 5 MB (5,242,880 bytes) each, at most 100 at a time." in page
    assert f'maxlength="{MAX_CHARS}"' in page
    assert page.count('enctype="multipart/form-data"') == 3


@pytest.mark.parametrize("size", [MAX_BYTES, 5_190_451])
def test_an_upload_up_to_the_limit_is_queued(staff_client, size):
    upload = SimpleUploadedFile("long.txt", b"a" * size, "text/plain")
    response = post(staff_client, "files", {"files-files": [upload]})
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert (job.status, job.filename, len(job.payload)) == ("queued", "long.txt", size)


def test_several_uploads_at_the_limit_are_queued(staff_client):
    uploads = [SimpleUploadedFile(f"{n}.txt", b"a" * MAX_BYTES, "text/plain") for n in range(2)]
    assert post(staff_client, "files", {"files-files": uploads}).status_code == 302
    assert IngestJob.objects.filter(status="queued").count() == 2


def test_an_upload_over_the_limit_is_a_form_error(staff_client):
    upload = SimpleUploadedFile("big.txt", b"a" * (MAX_BYTES + 1), "text/plain")
    response = post(staff_client, "files", {"files-files": [upload]})
    assert response.status_code == 400
    assert f"big.txt: {TOO_LARGE}" in response.text
    assert not IngestJob.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        "a" * 3_000_000,
        "a" * MAX_CHARS,
        "ж" * MAX_CHARS,  # two bytes each in UTF-8
        "ب" * MAX_CHARS,
        "中" * MAX_CHARS,  # three
        "🕊" * MAX_CHARS,  # four
    ],
    ids=["3M-ascii", "ascii", "cyrillic", "arabic", "chinese", "emoji"],
)
def test_a_paste_up_to_the_limit_is_queued(csrf_client, text):
    data = {"text-text": text, "csrfmiddlewaretoken": csrf_client.token}
    response = post(csrf_client, "text", data)
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert (job.status, job.payload == text) == ("queued", True)


def test_a_paste_over_the_limit_is_a_form_error(staff_client):
    response = post(staff_client, "text", {"text-text": "a" * (MAX_CHARS + 1)})
    assert response.status_code == 400
    assert "Too long: over 5,242,880 characters." in response.text
    assert not IngestJob.objects.exists()


def test_a_body_too_large_to_read_gets_the_page_and_an_error(csrf_client):
    text = "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    data = {"text-text": text, "csrfmiddlewaretoken": csrf_client.token}
    response = post(csrf_client, "text", data)
    assert response.status_code == 413
    assert "Nothing was queued: the submission is too large." in response.text
    assert 'name="form" value="text"' in response.text
    assert not IngestJob.objects.exists()


def test_too_many_files_get_the_page_and_an_error(csrf_client):
    count = settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1
    uploads = [SimpleUploadedFile(f"{n}.txt", b"Talks.", "text/plain") for n in range(count)]
    data = {"files-files": uploads, "csrfmiddlewaretoken": csrf_client.token}
    response = post(csrf_client, "files", data)
    assert response.status_code == 400
    assert "Nothing was queued: at most 100 files at a time." in response.text
    assert not IngestJob.objects.exists()


def test_the_csrf_check_still_guards_the_form(csrf_client):
    response = post(csrf_client, "urls", {"urls-urls": "https://example.org/"})
    assert response.status_code == 403
    assert not IngestJob.objects.exists()


def test_the_service_takes_text_up_to_the_limit():
    job = services.submit(source=IngestJob.Source.TEXT, payload="a" * MAX_CHARS)
    assert len(job.payload) == MAX_CHARS
    with pytest.raises(ValidationError, match="longer than 5,242,880 characters"):
        services.submit(source=IngestJob.Source.TEXT, payload="a" * (MAX_CHARS + 1))

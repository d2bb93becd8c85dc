import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from negotiations.models import Article, IngestJob, Statement
from tests import factories

pytestmark = pytest.mark.django_db

TEXT = (
    "Ukrainian President Volodymyr Zelensky said on Tuesday that Kyiv accepted the "
    "proposal for a 30-day ceasefire. Russian President Vladimir Putin said Moscow "
    "would study the plan."
)
ARTICLE_PAGE = f"""<!doctype html><html><head><title>Kyiv accepts truce plan</title>
<meta property="og:title" content="Kyiv accepts truce plan"></head>
<body><article><h1>Kyiv accepts truce plan</h1><p>{TEXT}</p>
<p>Officials said talks would continue in Jeddah next week, and mediators
hoped the truce would hold through the spring.</p></article></body></html>"""

JOBS_REGION = {"HX-Request": "true", "HX-Target": "jobs"}


@pytest.fixture
def actors():
    """The registry the extraction links names to."""
    factories.actor("Volodymyr Zelensky", aliases=["Zelensky"], role="President of Ukraine")
    factories.actor("Vladimir Putin", aliases=["Putin"], role="President of Russia")


def post(client, form, data, **extra):
    return client.post(reverse("ingest"), {"form": form, **data}, **extra)


def test_staff_sees_the_page(staff_client):
    response = staff_client.get(reverse("ingest"))
    assert response.status_code == 200
    for form in ("text", "files", "urls"):
        assert f'name="form" value="{form}"' in response.text
    assert 'id="jobs"' in response.text


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("ingest"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_non_staff_is_sent_to_login(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="pw-reader-1"))
    response = client.post(reverse("ingest"), {"form": "urls", "urls": "https://example.org/"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert not IngestJob.objects.exists()


def test_pasted_text_is_stored_with_records(
    staff_client, actors, django_capture_on_commit_callbacks
):
    negotiation = factories.negotiation()
    data = {
        "text-text": TEXT,
        "text-title": "Truce accepted",
        "text-outlet": "Example News",
        "text-published": "2025-03-11",
        "text-negotiation": negotiation.pk,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = post(staff_client, "text", data)
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert (job.source, job.status, job.submitted_by) == ("text", "stored", staff_client.user)
    article = job.article
    assert (article.title, article.outlet, str(article.published)) == (
        "Truce accepted",
        "Example News",
        "2025-03-11",
    )
    assert article.negotiation == negotiation
    assert Statement.objects.filter(evidence__article=article).exists()

    page = staff_client.get(reverse("ingest"))
    assert reverse("article_detail", args=[article.pk]) in page.text
    statements = Statement.objects.filter(evidence__article=article).distinct().count()
    assert f"{statements} statements" in page.text
    assert "hx-trigger" not in page.text.split('id="jobs"')[1].split(">")[0]


def test_uploaded_text_files_become_jobs(staff_client, actors, django_capture_on_commit_callbacks):
    files = [
        SimpleUploadedFile("talks.txt", TEXT.encode("utf-8"), "text/plain"),
        SimpleUploadedFile("old.html", ARTICLE_PAGE.encode("cp1252"), "text/html"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = post(staff_client, "files", {"files-files": files})
    assert response.status_code == 302
    jobs = IngestJob.objects.order_by("id")
    assert [(job.filename, job.source, job.status) for job in jobs] == [
        ("talks.txt", "file", "stored"),
        ("old.html", "file", "stored"),
    ]
    assert jobs[1].article.title == "Kyiv accepts truce plan"


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("bad.txt", b"caf\xc3 \x81\x8d", "is not UTF-8, UTF-16 or Windows-1252 text"),
        ("nul.html", b"<p>a\x00b</p>", "looks like a binary file"),
        ("utf16.txt", "\ufeffTalks".encode("utf-16-le") + b"\x00\xd8", "is not UTF-8, UTF-16"),
        ("notes.pdf", b"%PDF-1.4", "Only .txt and .html files"),
    ],
)
def test_unreadable_uploads_are_form_errors(staff_client, name, content, error):
    upload = SimpleUploadedFile(name, content, "application/octet-stream")
    response = post(staff_client, "files", {"files-files": [upload]})
    assert response.status_code == 400
    assert f"{name}: " in response.text
    assert error in response.text
    assert not IngestJob.objects.exists()


@pytest.mark.parametrize(
    "urls, error",
    [
        ("https://example.org/a\nftp://example.org/b", "&#x27;ftp://example.org/b&#x27; is not an"),
        ("not a url", "is not an http(s) URL"),
        ("javascript:alert(1)", "is not an http(s) URL"),
        ("   \n  ", "This field is required"),
    ],
)
def test_bad_urls_are_form_errors(staff_client, urls, error):
    response = post(staff_client, "urls", {"urls-urls": urls})
    assert response.status_code == 400
    assert error in response.text
    assert not IngestJob.objects.exists()


@pytest.mark.parametrize(
    "text, error",
    [("Hello\x00world", "Null characters are not allowed"), ("Hi\x07\x1b", "control characters")],
)
def test_pasted_binary_text_is_a_form_error(staff_client, text, error):
    response = post(staff_client, "text", {"text-text": text})
    assert response.status_code == 400
    assert error in response.text
    assert not IngestJob.objects.exists()


def test_unknown_form_is_a_bad_request(staff_client):
    assert post(staff_client, "other", {}).status_code == 400


def test_htmx_request_for_jobs_returns_only_the_fragment(staff_client):
    factories.ingest_job(status=IngestJob.Status.FAILED, error="Refused: 10.0.0.1 is private")
    response = staff_client.get(
        reverse("ingest"), headers={"HX-Request": "true", "HX-Target": "jobs"}
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="jobs"')
    assert "<html" not in response.text and "<form" not in response.text
    assert "Refused: 10.0.0.1 is private" in response.text


@pytest.mark.parametrize(
    "statuses, polling",
    [
        (["queued"], True),
        (["stored", "fetching"], True),
        (["stored", "extracting"], True),
        (["stored", "failed"], False),
        ([], False),
    ],
)
def test_jobs_region_polls_only_while_jobs_are_pending(staff_client, statuses, polling):
    for status in statuses:
        factories.ingest_job(status=status)
    response = staff_client.get(
        reverse("ingest"), headers={"HX-Request": "true", "HX-Target": "jobs"}
    )
    opening_tag = response.text.split(">", 1)[0]
    assert ('hx-trigger="every 2s"' in opening_tag) is polling
    assert ("hx-get" in opening_tag) is polling


def test_url_end_to_end(staff_client, actors, fixture_server, django_capture_on_commit_callbacks):
    url = fixture_server.serve("/2025/03/truce", ARTICLE_PAGE)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(staff_client, "urls", {"urls-urls": f"{url}\n\n{url}\n"})
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert (job.source, job.url, job.status, job.error) == ("url", url, "stored", "")
    assert Article.objects.get(url=url).title == "Kyiv accepts truce plan"
    assert "Kyiv accepts truce plan" in staff_client.get(reverse("ingest")).text


def test_refused_url_ends_as_a_readable_job_error(staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(staff_client, "urls", {"urls-urls": "http://10.0.0.1/admin"})
    job = IngestJob.objects.get()
    assert (job.status, job.error) == ("failed", "Refused: 10.0.0.1 is a private address")
    assert "Refused: 10.0.0.1 is a private address" in staff_client.get(reverse("ingest")).text

"""`manage.py ingest`: files, folders, eval JSON articles and URLs, with a summary."""

import io
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from negotiations import models
from negotiations.limits import MAX_BYTES

# Jobs are enqueued on commit: with real commits they run while the command waits.
pytestmark = pytest.mark.django_db(transaction=True)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_5c287e527622a995.txt"
STORY = "Erdogan said on Friday that Turkey was ready to host a new round of talks in Istanbul."


def ingest(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_folder_of_files_with_progress_and_summary(tmp_path):
    shutil.copy(SEED, tmp_path / "cnn.txt")
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Talks</title></head><body><article><p>{STORY}</p>"
        "<p>Officials said the delegations would meet next week.</p></article></body></html>"
    )
    (tmp_path / "again.txt").write_text(SEED.read_text().upper())
    (tmp_path / "empty.txt").write_text("   ")
    (tmp_path / "notes.md").write_text("ignored: not an article file type")

    out, err = ingest(tmp_path)

    assert "1 duplicates" in out and "1 failed" in out and "2 stored" in out
    assert "empty.txt: " in out and "no article text" in out
    assert "[4/4]" in err and "notes.md" not in err
    assert models.Article.objects.count() == 2


def test_eval_json_articles_use_their_metadata(tmp_path):
    stories = [
        ("Reuters", "2025-05-10", "Pakistan's army said the ceasefire with India was holding."),
        ("AP", "2025-01-15", "Qatar's prime minister said the truce would start on Sunday."),
        (None, "2025-03-18", "Peskov told reporters that Putin would speak with Trump."),
    ]
    files = []
    for n, (outlet, published, text) in enumerate(stories):
        path = tmp_path / f"{n:03}.json"
        article = {"id": f"{n:03}", "url": None, "outlet": outlet, "published": published}
        path.write_text(json.dumps({**article, "title": f"Story {n}", "text": text}))
        files.append(path)
    out, err = ingest(*files)
    assert "3 stored" in out
    for path in files:
        data = json.loads(path.read_text())
        article = models.Article.objects.get(jobs__filename=path.name)
        assert article.outlet == (data["outlet"] or "")
        assert str(article.published) == data["published"]
        assert article.title == data["title"]


def test_single_file_with_negotiation_and_bad_inputs(tmp_path):
    talks = models.Negotiation.objects.create(name="Talks", slug="talks")
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    binary = tmp_path / "photo.json"
    binary.write_text("[1, 2, 3]")
    out, _ = ingest(
        story,
        binary,
        tmp_path / "missing.txt",
        "ftp://example.org/a",
        "--negotiation",
        "talks",
    )
    assert "1 stored, 0 duplicates, 3 failed" in out
    assert 'needs a "text" string' in out and "cannot read the file" in out
    assert models.Article.objects.get().negotiation == talks


def test_urls_are_fetched(fixture_server):
    url = fixture_server.serve("/story", f"<html><body><article><p>{STORY}</p></article></body>")
    out, err = ingest(url, url)
    assert "1 stored, 1 duplicates, 0 failed" in out
    assert models.Article.objects.get().url == url


def test_files_are_read_in_the_encodings_the_upload_form_takes(tmp_path):
    quoted = f"“{STORY}” Officials said the delegations would meet next week."
    (tmp_path / "utf16.txt").write_bytes(quoted.encode("utf-16"))  # with a BOM
    (tmp_path / "windows.txt").write_bytes(quoted.replace("Turkey", "Türkiye").encode("cp1252"))
    out, _ = ingest(tmp_path)
    assert "2 stored, 0 duplicates, 0 failed" in out
    texts = sorted(models.Article.objects.values_list("text", flat=True))
    assert all(text.startswith("“Erdogan said") for text in texts)
    assert "Türkiye" in texts[1]


def test_a_file_over_the_limit_is_refused_like_an_upload(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_BYTES + 1))
    out, _ = ingest(tmp_path / "big.txt")
    assert "0 stored, 0 duplicates, 1 failed" in out
    assert "big.txt: Too large: over 5 MB (5,242,880 bytes)." in out
    assert not models.IngestJob.objects.exists()

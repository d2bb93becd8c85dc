import json
from datetime import date

import pytest

from negotiations.extraction import ExtractionError, read_document

ARTICLE = "Talks resumed in Geneva on Monday. " * 20


@pytest.mark.parametrize(
    "raw, kwargs, expected",
    [
        (ARTICLE, {}, {"text": ARTICLE, "published": None}),
        (
            json.dumps(
                {
                    "id": "1",
                    "url": "u",
                    "outlet": "O",
                    "published": "2025-03-17",
                    "title": "T",
                    "text": ARTICLE,
                }
            ),
            {},
            {"source": "O", "published": date(2025, 3, 17), "title": "T"},
        ),
        (
            json.dumps({"text": ARTICLE, "published": "2025-03-17"}),
            {"published": date(2025, 1, 1)},
            {"published": date(2025, 1, 1)},
        ),
        (
            f"<html><head><title>Page</title></head><body><article><p>{ARTICLE}</p>"
            "</article></body></html>",
            {"filename": "a.html"},
            {"title": "Page"},
        ),
        (ARTICLE.encode(), {"source": "Wire"}, {"source": "Wire"}),
    ],
)
def test_read_document(raw, kwargs, expected):
    document = read_document(raw, **kwargs)
    for key, value in expected.items():
        assert getattr(document, key) == value


@pytest.mark.parametrize(
    "raw, kwargs",
    [
        ("", {}),
        ("   \n", {}),
        (b"\x00\x01\x02" * 100, {}),
        ("{not json", {"filename": "x.json"}),
        (json.dumps({"title": "no text"}), {}),
        (12, {}),
    ],
)
def test_read_document_rejects_bad_input(raw, kwargs):
    with pytest.raises(ExtractionError):
        read_document(raw, **kwargs)

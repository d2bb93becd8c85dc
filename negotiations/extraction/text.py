"""Turn raw input (HTML, plain text or an eval JSON article) into a Document."""

from __future__ import annotations

import json
import re
from datetime import date

import trafilatura

from .errors import ExtractionError
from .records import Document

_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below space, other than \t \n \f \r


def read_document(
    raw: str | bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: date | None = None,
) -> Document:
    """Read HTML, plain text or an eval JSON article; explicit keyword arguments win."""
    text = _decode(raw, content_type)
    kind = _detect(text, filename, content_type)
    detected = {"json": _from_json, "html": _from_html, "text": _from_text}[kind](text, url)
    overrides = {"url": url, "title": title, "source": source, "published": published}
    fields = {**detected, **{k: v for k, v in overrides.items() if v is not None}}
    if not fields["text"].strip():
        raise ExtractionError(f"{filename or 'input'}: no article text found")
    return Document(**fields)


def _decode(raw: str | bytes, content_type: str | None) -> str:
    if isinstance(raw, str):
        text = raw
    elif isinstance(raw, bytes | bytearray):
        charset = re.search(r"charset=([\w-]+)", content_type or "")
        try:
            text = bytes(raw).decode(charset.group(1) if charset else "utf-8")
        except (UnicodeDecodeError, LookupError):
            text = bytes(raw).decode("utf-8", errors="replace")
    else:
        raise ExtractionError(f"expected str or bytes, got {type(raw).__name__}")
    # Control characters other than whitespace mean a binary file, not an article.
    controls = len(_CONTROLS.findall(text, 0, 4096))
    if controls > max(8, len(text[:4096]) // 100):
        raise ExtractionError("input looks binary, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect(text: str, filename: str | None, content_type: str | None) -> str:
    name, ctype, head = (filename or "").lower(), (content_type or "").lower(), text[:2048]
    if name.endswith(".json") or "json" in ctype or head.lstrip().startswith("{"):
        return "json"
    if name.endswith((".html", ".htm")) or "html" in ctype or _HTML_HINT.search(head):
        return "html"
    return "text"


def _from_json(text: str, url: str | None) -> dict:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ExtractionError(f"invalid JSON article: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ExtractionError('a JSON article needs a "text" string')
    return {
        "text": data["text"],
        "title": _str_or_none(data.get("title")),
        "published": _parse_date(data.get("published")),
        "source": _str_or_none(data.get("outlet") or data.get("source")),
        "url": _str_or_none(data.get("url")),
    }


def _from_html(text: str, url: str | None) -> dict:
    try:
        found = trafilatura.bare_extraction(text, url=url, with_metadata=True)
    except Exception as exc:  # trafilatura raises many lxml types on broken markup
        raise ExtractionError(f"cannot parse HTML: {exc}") from exc
    if found is None or not found.text:
        raise ExtractionError("no main text found in the HTML")
    return {
        "text": found.text,
        "title": found.title,
        "published": _parse_date(found.date),
        "source": found.sitename,
        "url": found.url,
        "author": found.author,
        "language": found.language,
    }


def _from_text(text: str, url: str | None) -> dict:
    return {"text": text}


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

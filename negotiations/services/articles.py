"""Articles are stored once: by URL, or by a hash of their normalised main text."""

from __future__ import annotations

import hashlib
import unicodedata

from django.db.models import Q
from django.utils import timezone

from negotiations.extraction import Document
from negotiations.models import Article


def content_hash(text: str) -> str:
    """sha256 of the text with Unicode, case and whitespace differences removed."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode()).hexdigest()


def existing_article(*, url: str = "", digest: str = "") -> Article | None:
    """The stored article with this URL or content hash, if any."""
    match = Q(content_hash=digest) if digest else Q(pk__in=[])
    if url:
        match |= Q(url=url)
    return Article.objects.filter(match).first()


def new_article(document: Document, *, url: str, raw: str, metadata: dict, **fields) -> Article:
    """An unsaved article for `document`, its metadata filling what the document lacks."""
    return Article(
        url=url or None,
        content_hash=content_hash(document.text),
        outlet=(document.source or metadata.get("outlet") or "")[:200],
        title=(document.title or metadata.get("title") or "")[:500],
        author=(document.author or metadata.get("author") or "")[:300],
        published=document.published,
        reported_on=document.published or timezone.localdate(),
        language=(document.language or "")[:10],
        text=document.text,
        raw=raw,
        **fields,
    )


def article_document(article: Article) -> Document:
    """A stored article as the document it was read from, to extract it again."""
    return Document(
        text=article.text,
        title=article.title or None,
        published=article.published,
        source=article.outlet or None,
        url=article.url,
        author=article.author or None,
        language=article.language or None,
    )

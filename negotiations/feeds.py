"""Poll RSS 2.0 and Atom feeds with conditional GETs, parsing their XML defensively."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils import timezone

from .fetching import FEED_TYPES, FetchError, fetch_url

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
POLL_FIELDS = ["etag", "last_modified", "last_polled_at", "last_error"]


class FeedError(Exception):
    """A feed could not be read; the message is stored on the feed."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published: datetime | None
    summary: str


@dataclass(frozen=True)
class FetchedFeed:
    """A poll's entries, and the validators to save once every entry is queued."""

    entries: list[FeedEntry]
    etag: str
    last_modified: str


def poll(feed) -> FetchedFeed:
    """Fetch `feed` if it changed; a failure is recorded on the feed and raised."""
    try:
        page = fetch_url(feed.url, headers=conditional_headers(feed), content_types=FEED_TYPES)
        entries = [] if page.status == 304 else parse_feed(page.body, base_url=page.final_url)
    except (FetchError, FeedError) as error:
        record_error(feed, str(error))
        raise
    return FetchedFeed(
        entries,
        etag=page.headers.get("ETag", feed.etag)[:300],
        last_modified=page.headers.get("Last-Modified", feed.last_modified)[:100],
    )


def record_success(feed, fetched: FetchedFeed) -> None:
    """Save the validators: every entry is queued, so the next poll may be answered 304."""
    feed.etag, feed.last_modified, feed.last_error = fetched.etag, fetched.last_modified, ""
    feed.last_polled_at = timezone.now()
    feed.save(update_fields=POLL_FIELDS)


def record_error(feed, message: str, *, resume: bool = False) -> None:
    """Save why the poll stopped, keeping the old validators so the next poll fetches again;
    a poll to `resume` is due again at once rather than after the feed's interval."""
    feed.last_error, feed.last_polled_at = message, None if resume else timezone.now()
    feed.save(update_fields=["last_polled_at", "last_error"])


def conditional_headers(feed) -> dict[str, str]:
    """Accept, plus the validators from the last poll so an unchanged feed answers 304."""
    headers = {"Accept": ", ".join(sorted(FEED_TYPES))}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers


def parse_feed(body: bytes, *, base_url: str = "") -> list[FeedEntry]:
    """The entries of an RSS 2.0 or Atom document, with relative links made absolute."""
    root = parse_xml(body)
    if root.tag == "rss":
        entries = [rss_entry(item) for item in root.iterfind("channel/item")]
    elif root.tag == f"{ATOM}feed":
        entries = [atom_entry(entry) for entry in root.iterfind(f"{ATOM}entry")]
    else:
        raise FeedError(f"Not an RSS or Atom feed (the document is <{local_name(root.tag)}>)")
    entries = [absolute(entry, base_url) for entry in entries]
    return [entry for entry in entries if urlsplit(entry.url).scheme in {"http", "https"}]


def parse_xml(body: bytes):
    """The root element; entity declarations and malformed XML become a FeedError."""
    # defusedxml refuses entity declarations, so neither external entities nor
    # exponential entity expansion ("billion laughs") reach the parser.
    try:
        return fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise FeedError(f"Refused: the feed declares XML entities ({error})") from error
    except ParseError as error:
        raise FeedError(f"Malformed feed XML: {error}") from error


def rss_entry(item) -> FeedEntry:
    """An RSS <item>; a permalink guid stands in for a missing <link>."""
    guid = item.find("guid")
    permalink = guid is not None and guid.get("isPermaLink", "true") == "true"
    url = text_of(item, "link") or (text_of(item, "guid") if permalink else "")
    return FeedEntry(
        url=url,
        title=text_of(item, "title"),
        published=rss_date(text_of(item, "pubDate") or text_of(item, f"{DC}date")),
        summary=text_of(item, "description") or text_of(item, f"{CONTENT}encoded"),
    )


def atom_entry(entry) -> FeedEntry:
    """An Atom <entry>, linked by its alternate link (or its first link)."""
    links = entry.findall(f"{ATOM}link")
    alternate = [link for link in links if link.get("rel", "alternate") == "alternate"]
    url = next((link.get("href", "") for link in alternate or links), "")
    return FeedEntry(
        url=url.strip(),
        title=text_of(entry, f"{ATOM}title"),
        published=atom_date(text_of(entry, f"{ATOM}published") or text_of(entry, f"{ATOM}updated")),
        summary=text_of(entry, f"{ATOM}summary") or text_of(entry, f"{ATOM}content"),
    )


def absolute(entry: FeedEntry, base_url: str) -> FeedEntry:
    """The entry with its link resolved against the feed's URL."""
    if not base_url or not entry.url:
        return entry
    return FeedEntry(urljoin(base_url, entry.url), entry.title, entry.published, entry.summary)


def text_of(element, path) -> str:
    """The stripped text at `path`, or an empty string."""
    return (element.findtext(path) or "").strip()


def rss_date(value: str) -> datetime | None:
    """An RFC 822 date as feeds write it; unreadable dates are dropped, not fatal."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return atom_date(value)
    return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=UTC)


def atom_date(value: str) -> datetime | None:
    """An RFC 3339 date; unreadable dates are dropped, not fatal."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=UTC)


def local_name(tag: str) -> str:
    """A tag without its `{namespace}`."""
    return tag.rsplit("}", 1)[-1]

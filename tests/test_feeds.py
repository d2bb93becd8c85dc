from datetime import UTC, datetime

import pytest

from negotiations.feeds import FeedEntry, FeedError, parse_feed, poll, record_success
from negotiations.fetching import FetchError
from tests import factories

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title>
  <item>
    <title>Envoys meet in Riyadh</title>
    <link>https://news.example.org/2025/03/envoys-meet</link>
    <pubDate>Mon, 17 Mar 2025 09:30:00 +0000</pubDate>
    <description>Negotiators met for a second round.</description>
  </item>
  <item>
    <title>Relative link</title>
    <link>/2025/03/relative</link>
  </item>
  <item><title>Script link</title><link>javascript:alert(1)</link></item>
  <item>
    <title>Permalink guid</title>
    <guid isPermaLink="true">https://news.example.org/2025/03/guid</guid>
    <pubDate>not a date</pubDate>
  </item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
  <entry>
    <title>Ceasefire proposal tabled</title>
    <link rel="self" href="https://wire.example.org/api/1"/>
    <link rel="alternate" href="https://wire.example.org/ceasefire-proposal"/>
    <published>2025-03-11T18:00:00Z</published>
    <summary>A 30-day ceasefire was proposed.</summary>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://wire.example.org/updated"/>
    <updated>2025-03-12T08:00:00+02:00</updated>
  </entry>
</feed>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&secret;</title>
<link>https://news.example.org/x</link></item></channel></rss>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><item><title>&lol4;</title></item></channel></rss>"""


def test_rss_entries():
    entries = parse_feed(RSS, base_url="https://news.example.org/feed.xml")
    assert entries == [
        FeedEntry(
            url="https://news.example.org/2025/03/envoys-meet",
            title="Envoys meet in Riyadh",
            published=datetime(2025, 3, 17, 9, 30, tzinfo=UTC),
            summary="Negotiators met for a second round.",
        ),
        FeedEntry("https://news.example.org/2025/03/relative", "Relative link", None, ""),
        FeedEntry("https://news.example.org/2025/03/guid", "Permalink guid", None, ""),
    ]


def test_atom_entries():
    entries = parse_feed(ATOM)
    assert [entry.url for entry in entries] == [
        "https://wire.example.org/ceasefire-proposal",
        "https://wire.example.org/updated",
    ]
    assert entries[0].published == datetime(2025, 3, 11, 18, tzinfo=UTC)
    assert entries[0].summary == "A 30-day ceasefire was proposed."
    assert entries[1].published == datetime(2025, 3, 12, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    "body, message",
    [
        (b"<rss><channel><item>", "Malformed feed XML"),
        (b"", "Malformed feed XML"),
        (b"<html><body>No feed</body></html>", r"Not an RSS or Atom feed \(the document is <html>"),
        (EXTERNAL_ENTITY, "Refused: the feed declares XML entities"),
        (BILLION_LAUGHS, "Refused: the feed declares XML entities"),
    ],
)
def test_unreadable_feeds(body, message):
    with pytest.raises(FeedError, match=message):
        parse_feed(body)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body, content_type, first_url",
    [
        (RSS, "application/rss+xml", "https://news.example.org/2025/03/envoys-meet"),
        (ATOM, "application/atom+xml", "https://wire.example.org/ceasefire-proposal"),
    ],
    ids=["rss", "atom"],
)
def test_poll_then_poll_again_unchanged(fixture_server, body, content_type, first_url):
    url = fixture_server.serve("/feed.xml", body, content_type=content_type, etag='"v1"')
    feed = factories.feed(url=url, last_error="earlier failure")

    fetched = poll(feed)
    assert (fetched.entries[0].url, fetched.etag) == (first_url, '"v1"')
    feed.refresh_from_db()
    assert feed.etag == ""  # saved only once the entries are queued

    record_success(feed, fetched)
    feed.refresh_from_db()
    assert (feed.etag, feed.last_error) == ('"v1"', "")
    assert feed.last_polled_at is not None

    assert poll(feed).entries == []
    assert fixture_server.requests[-1].headers["If-None-Match"] == '"v1"'


@pytest.mark.django_db
def test_poll_sends_if_modified_since(fixture_server):
    stamp = "Mon, 17 Mar 2025 09:30:00 GMT"
    url = fixture_server.serve(
        "/feed.xml", RSS, content_type="text/xml", headers={"Last-Modified": stamp}
    )
    feed = factories.feed(url=url)
    record_success(feed, poll(feed))
    record_success(feed, poll(feed))
    feed.refresh_from_db()
    assert feed.last_modified == stamp
    assert fixture_server.requests[-1].headers["If-Modified-Since"] == stamp


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body, content_type, error",
    [
        (b"<rss><channel>", "application/rss+xml", FeedError),
        (BILLION_LAUGHS, "application/rss+xml", FeedError),
        (b"<html></html>", "text/html", FetchError),
    ],
)
def test_poll_stores_the_error_on_the_feed(fixture_server, body, content_type, error):
    url = fixture_server.serve("/feed.xml", body, content_type=content_type)
    feed = factories.feed(url=url, title="Kept")
    with pytest.raises(error) as raised:
        poll(feed)
    feed.refresh_from_db()
    assert feed.last_error == str(raised.value) != ""
    assert feed.last_polled_at is not None
    assert feed.title == "Kept"


@pytest.mark.django_db
def test_poll_refuses_private_feed_urls():
    feed = factories.feed(url="http://10.0.0.1/feed.xml")
    with pytest.raises(FetchError):
        poll(feed)
    feed.refresh_from_db()
    assert feed.last_error == "Refused: 10.0.0.1 is a private address"

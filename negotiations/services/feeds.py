"""Turn a feed's new entries into ingest jobs."""

from __future__ import annotations

import logging

from negotiations.feeds import FeedError, poll
from negotiations.fetching import FetchError
from negotiations.models import Article, Feed, IngestJob

from .jobs import submit

log = logging.getLogger(__name__)


def ingest_feed(feed: Feed) -> list[IngestJob]:
    """Poll `feed` and submit one job per entry whose URL has no article or job yet."""
    try:
        entries = poll(feed)
    except (FeedError, FetchError) as exc:
        log.warning("feed %s: %s", feed.pk, exc)
        return []
    urls = {entry.url for entry in entries if entry.url}
    known = set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
    known |= set(IngestJob.objects.filter(url__in=urls).values_list("url", flat=True))
    jobs = []
    for entry in entries:
        if not entry.url or entry.url in known:
            continue
        known.add(entry.url)
        metadata = {"title": entry.title, "outlet": feed.title}
        if entry.published:
            metadata["published"] = entry.published.date().isoformat()
        try:
            jobs.append(
                submit(
                    source=IngestJob.Source.FEED,
                    url=entry.url,
                    metadata=metadata,
                    negotiation=feed.negotiation,
                    feed=feed,
                )
            )
        except Exception as exc:  # one bad entry must not stop the others
            log.warning("feed %s: skipped entry %s: %s", feed.pk, entry.url, exc)
    return jobs

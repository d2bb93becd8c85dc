"""The one write path: submitting ingest jobs, running them, and storing extractions."""

from .articles import content_hash
from .feeds import ingest_feed
from .jobs import FetchedText, fetch_job, reextract, run_job, submit
from .publishing import enqueue, requeue_stale_jobs
from .storing import store_extraction

__all__ = [
    "FetchedText",
    "content_hash",
    "enqueue",
    "fetch_job",
    "ingest_feed",
    "reextract",
    "requeue_stale_jobs",
    "run_job",
    "store_extraction",
    "submit",
]

"""Getting ingest jobs to the broker, each once: on submit, and by the sweep for what was lost."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.utils import timezone
from kombu.exceptions import ChannelError
from kombu.exceptions import OperationalError as BrokerError

from negotiations.models import IngestJob

log = logging.getLogger(__name__)

QUEUED_GRACE = timedelta(minutes=2)
# A job still fetching or extracting after the hard time limit lost its worker (the jobs a
# delivery takes along start with it, and its time limit covers them all).
RUNNING_LIMIT = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 30)
# Redis hands an unacknowledged message out again after its visibility timeout (an hour unless
# set); past that, with nothing waiting in the broker, a job still queued has lost its message.
MESSAGE_HORIZON = timedelta(
    seconds=settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("visibility_timeout", 3600)
)
# A job failed by trouble that may pass (network, database) is swept again, each wait longer.
SWEEP_RETRIES = 3
SWEEP_BACKOFF = timedelta(minutes=5)
SWEEP_BATCH = 1000


# A job with a URL and no text starts by fetching it; any other goes straight to extraction.
FETCHES = ExpressionWrapper(~Q(url="") & Q(payload=""), output_field=BooleanField())


def enqueue(*job_ids: int) -> int:
    """Publish the jobs' tasks; when the broker is down the jobs stay queued for the sweeper."""
    jobs = IngestJob.objects.filter(pk__in=job_ids).order_by("pk")
    return publish(list(jobs.values_list("pk", "task_id", FETCHES)))


def publish(jobs: list[tuple[int, str, bool]]) -> int:
    """Publish each job's first task under its id and note when; once a publish fails the rest
    wait. `jobs`: (id, task id, whether it fetches) of each."""
    from negotiations import tasks

    published = []
    try:
        for job_id, task_id, fetches in jobs:
            first = tasks.fetch_job if fetches else tasks.ingest_job
            # Jobs queued before task ids were kept get one from Celery.
            first.apply_async(kwargs={"job_id": job_id}, task_id=task_id or None)
            published.append(job_id)
    except SoftTimeLimitExceeded:
        raise
    # Whatever stops the publish (broker down, result store gone), the committed jobs wait.
    except Exception as exc:
        waiting = len(jobs) - len(published)
        log.warning("%s jobs stay queued for the sweep: could not enqueue (%s)", waiting, exc)
    finally:
        IngestJob.objects.filter(pk__in=published).update(enqueued_at=timezone.now())
    return len(published)


def requeue_stale_jobs(grace: timedelta = QUEUED_GRACE) -> int:
    """Publish queued jobs without a live message, orphans of dead workers and passing failures."""
    now = timezone.now()
    IngestJob.objects.filter(
        status__in=[IngestJob.Status.FETCHING, IngestJob.Status.EXTRACTING],
        started_at__lt=now - RUNNING_LIMIT,
    ).update(status=IngestJob.Status.QUEUED, enqueued_at=None)
    _requeue_passing_failures(now)
    # A job whose message is out is left to it: publishing again would only flood the queue.
    due = Q(enqueued_at__isnull=True, created_at__lt=now - grace)
    if broker_backlog() == 0:
        due |= Q(enqueued_at__lt=now - MESSAGE_HORIZON)
    with transaction.atomic():
        # Jobs a concurrent sweep is publishing are locked, and skipped here.
        waiting = IngestJob.objects.select_for_update(skip_locked=True)
        waiting = waiting.filter(due, status=IngestJob.Status.QUEUED).order_by("created_at")
        return publish(list(waiting.values_list("pk", "task_id", FETCHES)[:SWEEP_BATCH]))


def broker_backlog() -> int | None:
    """How many messages wait in the broker's job queues; None when it cannot be asked."""
    from negotiations import tasks
    from negotiations.celery import app

    if app.conf.task_always_eager:
        return 0
    queues = {app.amqp.router.route({}, task.name)["queue"].name for task in tasks.JOB_TASKS}
    try:
        with app.connection_for_write() as conn:
            return sum(_waiting(conn.default_channel, queue) for queue in sorted(queues))
    except (BrokerError, OSError) as exc:
        log.warning("could not count the broker's waiting messages: %s", exc)
        return None


def _waiting(channel, queue: str) -> int:
    try:
        return channel.queue_declare(queue, passive=True).message_count
    except ChannelError:  # no such queue yet: nothing was ever published to it
        return 0


def _requeue_passing_failures(now) -> None:
    """Queue again jobs failed by trouble that may have passed, each after a longer wait."""
    due = Q()
    for retry in range(SWEEP_RETRIES):
        due |= Q(sweep_retries=retry, finished_at__lt=now - SWEEP_BACKOFF * 2**retry)
    IngestJob.objects.filter(due, status=IngestJob.Status.FAILED, retryable=True).update(
        status=IngestJob.Status.QUEUED,
        retryable=False,
        sweep_retries=F("sweep_retries") + 1,
        enqueued_at=None,
        finished_at=None,
    )

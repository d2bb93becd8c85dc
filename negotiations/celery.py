"""The Celery application; configuration comes from Django settings (CELERY_*)."""

import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")

app = Celery("negotiations")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_process_init.connect
def yield_to_readers(**kwargs):
    """Lower the pool process's CPU priority by WORKER_NICENESS (see settings)."""
    from django.conf import settings

    os.nice(settings.WORKER_NICENESS)


@signals.worker_init.connect
def commit_without_waiting_for_the_disk(**kwargs):
    """Connect the worker's pool to PostgreSQL with synchronous_commit as WORKER_SYNCHRONOUS_COMMIT
    says (see settings), closing any connection made before."""
    from django.conf import settings
    from django.db import connections

    for connection in connections.all():
        if connection.vendor == "postgresql":
            committing(connection.settings_dict, settings.WORKER_SYNCHRONOUS_COMMIT)
            connection.close()


def committing(settings_dict: dict, synchronous_commit: str) -> None:
    """Make the connections of `settings_dict` commit with this synchronous_commit."""
    options = settings_dict.setdefault("OPTIONS", {})
    setting = f"-c synchronous_commit={synchronous_commit}"
    options["options"] = f"{options.get('options', '')} {setting}".strip()


@signals.task_prerun.connect
def check_connections_before(sender=None, **kwargs):
    """Replace database connections that are broken or too old, as Django does per request.

    Checked here rather than at the first query, which may be inside a transaction where a
    broken connection can no longer be replaced.
    """
    if _in_worker(sender):
        from django.db import connections

        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
            connection.close_if_health_check_failed()


@signals.task_postrun.connect
def close_old_connections_after(sender=None, **kwargs):
    """Close connections past CONN_MAX_AGE or left broken; keep the others for the next task."""
    if _in_worker(sender):
        from django.db import close_old_connections

        close_old_connections()


def _in_worker(task) -> bool:
    # A task run in-process belongs to the caller's request or transaction: leave it alone.
    return task is not None and not getattr(task.request, "is_eager", False)

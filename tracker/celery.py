"""The Celery application. Workers start with ``celery -A tracker worker``."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _warm_pipeline(**_kwargs) -> None:
    """Build the spaCy pipeline once per worker process, before the first task, and take it out of
    the garbage collector's full passes."""
    from articles.services import warm_pipeline

    try:
        warm_pipeline()
    except Exception:  # noqa: BLE001 - a cold cache is rebuilt by the first task
        pass
    import gc

    gc.collect()
    gc.freeze()  # the pipeline lives as long as the process: no full collection need scan it


@task_prerun.connect
@task_postrun.connect
def _close_old_connections(sender=None, **_kwargs) -> None:
    """What Django does around every request: drop a database connection that broke (a restarted
    PostgreSQL) or outlived CONN_MAX_AGE, and keep a healthy one for the next task. Not for a task
    run in-process (eager), which shares its caller's connection and transaction."""
    from django.db import close_old_connections

    if getattr(getattr(sender, "request", None), "is_eager", False):
        return
    close_old_connections()

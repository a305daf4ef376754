"""The Celery application. Workers start with ``celery -A tracker worker``."""

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _warm_pipeline(**_kwargs) -> None:
    """Build the spaCy pipeline once per worker process, before the first task."""
    from articles.services import warm_pipeline

    try:
        warm_pipeline()
    except Exception:  # noqa: BLE001 - a cold cache is rebuilt by the first task
        pass

"""Celery tasks: thin wrappers that pass ids and call the services."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

log = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=10,
)
def extract_article(self, article_id: int) -> str:
    """Extract one article. A database outage is retried with backoff; other errors mark it failed."""
    from . import extraction
    from .models import Article, ArticleStatus
    from .services import ExtractionFailed, mark_failed, process_article

    # Every path that queues an extraction marks the article pending first, so a task that finds
    # it done by this extractor is a repeated delivery (acks_late redelivers the task of a killed
    # worker): running it would only flip a finished article back to processing.
    if Article.objects.filter(
        pk=article_id, status=ArticleStatus.DONE, extractor_version=extraction.EXTRACTOR_VERSION
    ).exists():
        log.info("Article %s is already extracted; a repeated delivery is skipped.", article_id)
        return "done"
    try:
        article = process_article(article_id)
    except (OperationalError, InterfaceError):
        raise
    except ExtractionFailed:
        log.exception("Extraction of article %s failed", article_id)  # the service recorded it once
        return "failed"
    except Exception as exc:  # noqa: BLE001 - recorded on the article, not retried
        log.exception("Extraction of article %s failed", article_id)
        mark_failed(article_id, f"{type(exc).__name__}: {exc}")
        return "failed"
    return "gone" if article is None else article.status


@shared_task(ignore_result=True)
def sweep_stuck_articles() -> dict:
    """Periodic (Celery beat): queue again articles a lost worker or broker outage left behind."""
    from .services import sweep_stuck

    return sweep_stuck()


@shared_task(ignore_result=True, acks_late=True)
def poll_feeds() -> dict:
    """Periodic (Celery beat, FEED_POLL_INTERVAL): poll every active RSS/Atom feed."""
    from .feed_reader import poll_all

    return poll_all()


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def refetch_article(self, article_id: int) -> str:
    """Fetch a URL article again; an edited text becomes a new version and is extracted."""
    from .services import refetch_now

    return refetch_now(article_id)

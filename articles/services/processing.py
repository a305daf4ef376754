"""Extraction run on a stored article: the pipeline, the outcome recorded on the article, and
the sweep that queues again what a lost worker or a broker outage left behind."""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.utils import timezone

from articles import extraction
from articles.fetch import FetchError
from articles.models import Article, ArticleStatus
from tracker.gazetteer import current_gazetteer, gazetteer_version

from .ingest import IngestError, mark_failed, requeue_articles
from .storing import apply_extraction
from .web import _fetch_problem, fetch_into

log = logging.getLogger(__name__)


def warm_pipeline() -> None:
    """Build the gazetteer and spaCy pipeline now (worker start), not on the first article."""
    extraction.pipeline_for(current_gazetteer())


def run_pipeline(
    text: str, *, published: dt.date | None = None, language: str | None = None, version: str | None = None
):
    """The one call that both ingest (via the task) and ``manage.py extract`` make."""
    return extraction.extract(
        text, gazetteer=current_gazetteer(version), published=published, language=language or None
    )


def process_article(article_id: int) -> Article | None:
    """Run extraction on one stored article and record the outcome. Returns None if it is gone."""
    article = _claim(article_id)
    if article is None:
        log.info("Article %s no longer exists; nothing to extract.", article_id)
        return None
    if not article.text and article.url:
        try:
            fetch_into(article)
        except (FetchError, IngestError) as exc:
            mark_failed(article_id, f"Fetch failed: {_fetch_problem(exc)}")
            article.refresh_from_db()
            return article
    try:
        version = gazetteer_version()  # read once for the task: extraction and storing share it
        result = run_pipeline(
            article.text, published=article.published, language=article.language or None, version=version
        )
        apply_extraction(article, result, place_story=True, gazetteer_at=version)
    except (OperationalError, InterfaceError):
        raise  # the database went away: the task retries with backoff; marking failed could not be stored
    except Exception as exc:
        mark_failed(article_id, f"{type(exc).__name__}: {exc}")
        raise ExtractionFailed(article_id) from exc
    return article


def _claim(article_id: int) -> Article | None:
    """Mark the article processing and read it, in one statement (``UPDATE … RETURNING``): a
    worker does this before every article, and the update and a separate read were two round
    trips and two compiled queries. None if the article is gone. It returns the model's columns
    only: on PostgreSQL the row also holds the search vector, as long as the text again."""
    table = connection.ops.quote_name(Article._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in Article._meta.concrete_fields)
    sql = f"UPDATE {table} SET status = %s, status_changed = %s WHERE id = %s RETURNING {columns}"
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    return next(iter(Article.objects.raw(sql, [ArticleStatus.PROCESSING, now, article_id])), None)


class ExtractionFailed(Exception):
    """Extraction of an article failed and the failure is already recorded on it."""


def sweep_stuck(*, processing_timeout: int | None = None, pending_after: int | None = None) -> dict[str, int]:
    """Queue again what a lost worker or a broker outage left behind.

    Articles still ``processing`` long after any task could have finished (their worker was
    killed) and articles ``pending`` for a while (queued while Redis was down, or their message
    was lost) are queued again. Extraction is idempotent, so a duplicate task does no harm.
    """
    now = timezone.now()
    processing_timeout = processing_timeout or settings.ARTICLE_PROCESSING_TIMEOUT
    pending_after = pending_after or settings.ARTICLE_PENDING_REQUEUE_AFTER
    stuck = list(
        Article.objects.filter(
            status=ArticleStatus.PROCESSING, status_changed__lt=now - dt.timedelta(seconds=processing_timeout)
        ).values_list("pk", flat=True)
    )
    waiting = list(
        Article.objects.filter(
            status=ArticleStatus.PENDING, status_changed__lt=now - dt.timedelta(seconds=pending_after)
        ).values_list("pk", flat=True)
    )
    requeue_articles(stuck + waiting)
    return {"processing": len(stuck), "pending": len(waiting)}

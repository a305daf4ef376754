"""Extraction of a stored article: failures recorded once, retries, the sweep, repeated
deliveries (articles.services.processing)."""

import datetime as dt

import pytest

from articles.models import Article, ArticleStatus
from articles.services import ingest_article

pytestmark = pytest.mark.django_db(transaction=False)

# Tests that need the ingest to run outside any transaction say so with transaction=True below.

TEXT = "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday, Xinhua reported."


def test_extraction_error_marks_article_failed_with_the_error(monkeypatch, django_capture_on_commit_callbacks):
    from articles import services

    def broken(*args, **kwargs):
        raise RuntimeError("pipeline exploded")

    monkeypatch.setattr(services.processing, "run_pipeline", broken)
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT)
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == ArticleStatus.FAILED
    assert "RuntimeError: pipeline exploded" in article.error


def test_requeue_after_failure_reaches_done(monkeypatch, django_capture_on_commit_callbacks):
    from articles import services

    real = services.run_pipeline
    monkeypatch.setattr(
        services.processing, "run_pipeline", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom"))
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT)
    monkeypatch.setattr(services.processing, "run_pipeline", real)
    with django_capture_on_commit_callbacks(execute=True):
        services.requeue_articles([result.article.pk])
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == ArticleStatus.DONE and article.error == ""


def test_reextraction_replaces_mentions_without_duplicates(django_capture_on_commit_callbacks):
    from articles import services

    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT)
    n = result.article.mentions.count()
    assert n >= 2
    services.process_article(result.article.pk)
    services.process_article(result.article.pk)
    assert result.article.mentions.count() == n


@pytest.mark.django_db(transaction=True)
def test_broker_down_leaves_article_pending_tells_the_caller_and_the_sweep_recovers(monkeypatch):
    """GIVEN Redis refusing connections WHEN an article is ingested THEN it is stored as pending
    and the caller is told; WHEN the broker is back THEN the sweep queues it and it is extracted."""

    from django.utils import timezone

    from articles import services, tasks

    real_delay = tasks.extract_article.delay

    def refuse(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.extract_article, "delay", refuse)
    result = ingest_article(text=TEXT)  # autocommit: the queueing happens (and fails) at once
    assert not result.queued and "task queue is unreachable" in result.message
    assert Article.objects.get(pk=result.article.pk).status == ArticleStatus.PENDING

    monkeypatch.setattr(tasks.extract_article, "delay", real_delay)  # Redis is back
    Article.objects.filter(pk=result.article.pk).update(status_changed=timezone.now() - dt.timedelta(hours=1))
    found = services.sweep_stuck(pending_after=60)
    assert found["pending"] == 1
    assert Article.objects.get(pk=result.article.pk).status == ArticleStatus.DONE


@pytest.mark.django_db(transaction=True)
def test_sweep_requeues_articles_stuck_in_processing():

    from django.utils import timezone

    from articles import services

    article = ingest_article(text=TEXT).article
    Article.objects.filter(pk=article.pk).update(
        status=ArticleStatus.PROCESSING, status_changed=timezone.now() - dt.timedelta(hours=2)
    )
    assert services.sweep_stuck(processing_timeout=600)["processing"] == 1
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.DONE


def test_a_failed_extraction_is_recorded_once_with_its_reason(monkeypatch, django_capture_on_commit_callbacks):
    from articles import services, tasks

    with django_capture_on_commit_callbacks(execute=False):
        result = services.ingest_article(text="Kim Jong Un arrived in Beijing on Tuesday.", published=None)
    recorded = []
    real_mark_failed = services.mark_failed

    def spy(article_id, error):
        recorded.append(error)
        real_mark_failed(article_id, error)

    def broken(*args, **kwargs):
        raise ValueError("a rule broke")

    monkeypatch.setattr(services.processing, "mark_failed", spy)
    monkeypatch.setattr(services.processing, "run_pipeline", broken)
    assert tasks.extract_article.apply(args=[result.article.pk]).get() == "failed"
    assert recorded == ["ValueError: a rule broke"]
    article = Article.objects.get(pk=result.article.pk)
    assert (article.status, article.error) == ("failed", "ValueError: a rule broke")


def test_a_repeated_delivery_of_a_done_article_is_skipped(django_capture_on_commit_callbacks):
    from articles import services, tasks

    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT)
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == ArticleStatus.DONE
    assert tasks.extract_article.apply(args=[article.pk]).get() == "done"
    again = Article.objects.get(pk=article.pk)
    assert (again.status, again.status_changed) == (ArticleStatus.DONE, article.status_changed)  # untouched
    services.requeue_articles([article.pk])  # a requested re-extraction still runs
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.PENDING


def test_extracting_an_article_adds_no_data_change_row(django_capture_on_commit_callbacks):
    """The pipeline's own saves (status, language, story, highlights …) move the data version
    through Article.status_changed; a DataChange row is for edits by hand and deletions only."""
    from tracker.models import DataChange

    before = DataChange.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT)
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == ArticleStatus.DONE and article.highlights
    assert DataChange.objects.count() == before

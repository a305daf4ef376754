"""Articles in: checked, cleaned, deduplicated, stored and queued (articles.services.ingest)."""

import datetime as dt

import pytest

from articles.models import Article, ArticleStatus
from articles.services import IngestError, ingest_article

pytestmark = pytest.mark.django_db(transaction=False)

# Tests that need the ingest to run outside any transaction say so with transaction=True below.

TEXT = "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday, Xinhua reported."


def test_ingest_stores_and_extracts_the_article(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=TEXT, title="Talks", published=dt.date(2018, 3, 28), source="Wire")
    article = Article.objects.get(pk=result.article.pk)
    assert result.created
    assert article.status == ArticleStatus.DONE
    assert article.language == "en"
    assert article.source.name == "Wire"
    mentioned = set(article.mentions.values_list("actor__name", flat=True))
    assert {"Kim Jong Un", "Xi Jinping"} <= mentioned


@pytest.mark.parametrize("text", ["", "   \n\t  ", None])
def test_empty_text_is_refused_with_a_message(text):
    with pytest.raises(IngestError, match="missing|empty"):
        ingest_article(text=text)
    assert Article.objects.count() == 0


def test_over_large_text_is_refused(settings):
    settings.ARTICLE_MAX_CHARS = 1000
    with pytest.raises(IngestError, match="limit is 1,000"):
        ingest_article(text="x" * 1001)
    assert Article.objects.count() == 0


def test_same_text_twice_leaves_one_article(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = ingest_article(text=TEXT)
        second = ingest_article(text="  " + TEXT.replace(" ", "  ") + "\n")  # re-wrapped copy
    assert first.created and not second.created
    assert second.article.pk == first.article.pk
    assert "Already stored" in second.message
    assert Article.objects.count() == 1


def test_same_url_twice_leaves_one_article():
    first = ingest_article(text=TEXT, url="https://example.org/a")
    second = ingest_article(text=TEXT + " Updated.", url="https://example.org/a")
    assert not second.created and second.article.pk == first.article.pk
    assert Article.objects.get().text == TEXT


def test_duplicate_does_not_touch_the_stored_article(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = ingest_article(text=TEXT, title="Original title")
    before = Article.objects.values().get(pk=first.article.pk)
    ingest_article(text=TEXT, title="Another title", published=dt.date(2020, 1, 1))
    assert Article.objects.values().get(pk=first.article.pk) == before

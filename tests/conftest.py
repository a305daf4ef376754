"""Shared fixtures. Under CI (CI=true) PostgreSQL and Redis are required, never skipped."""

from __future__ import annotations

import os

# The suite makes many API requests in a minute; the throttling test sets its own low rate.
os.environ.setdefault("API_THROTTLE_ANON", "1000000/minute")
os.environ.setdefault("API_THROTTLE_USER", "1000000/minute")
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_sessionstart(session):
    if IN_CI and settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise pytest.UsageError("CI=true but DATABASE_URL is not PostgreSQL: the suite must run on PostgreSQL in CI.")


def require_or_skip(reason: str):
    """Skip loudly locally; fail under CI, where the service must be there."""
    if IN_CI:
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(f"SKIPPED LOUDLY: {reason}")


@pytest.fixture(autouse=True)
def _eager_tasks(settings):
    """Unit tests run tasks in-process; the worker test turns this off for itself."""
    from tracker.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = False
    yield


@pytest.fixture
def corpus_text():
    def read(name: str) -> str:
        path = CORPUS / name
        if not path.exists():
            require_or_skip(f"the shared corpus file {path} is missing")
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture
def extract_json(db):
    """Run the real pipeline (as `manage.py extract` does) and return its JSON record."""
    import datetime as dt

    from articles.extraction_output import result_to_json
    from articles.services import current_gazetteer, run_pipeline

    def run(text: str, published: str | None = None, lang: str | None = None) -> dict:
        day = dt.date.fromisoformat(published) if published else None
        return result_to_json(run_pipeline(text, published=day, language=lang), current_gazetteer())

    return run


@pytest.fixture
def token_client(django_user_model):
    """An API client authenticated with a token, as a data user's script would be."""
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    user = django_user_model.objects.create_user("analyst", password="pw-123456789")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture(autouse=True, scope="session")
def _api_rates_for_the_suite():
    """pytest-django reads the settings before this file runs, so the environment set above reaches
    only the processes tests start (servers, workers). In this process the throttles read their
    rates from the table DRF gave them at import: set it there."""
    from rest_framework.throttling import SimpleRateThrottle

    SimpleRateThrottle.THROTTLE_RATES.update(anon=os.environ["API_THROTTLE_ANON"], user=os.environ["API_THROTTLE_USER"])


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached aggregates are keyed by the data's newest rows; a rolled-back test can leave the same
    keys behind for different rows (SQLite reuses ids), so every test starts with an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield


REVIEWED_TEXT = (
    "Zhao Leji arrived in Pyongyang on Thursday. Zhao Leji held talks with Choe Ryong Hae in Pyongyang on Friday."
)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password="pw-123456789", is_staff=True)


@pytest.fixture
def reported(db):
    """An article extracted by the worker's path: one meeting and one visit, for review tests."""
    from articles.models import Article
    from tests.factories import ingest_now
    from tracker.models import Meeting, Visit

    article = Article.objects.get(pk=ingest_now(REVIEWED_TEXT, "2024-04-13").pk)
    assert article.status == "done" and Meeting.objects.count() == 1 and Visit.objects.count() == 1
    return article

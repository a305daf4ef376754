"""A real Celery worker process on real Redis extracts an article ingested through the service."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from urllib.parse import quote, urlsplit, urlunsplit

import pytest
from django.db import connection

from articles.models import Article, ArticleStatus
from tests.conftest import ROOT, require_or_skip

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _redis_url_for_tests() -> str:
    base = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, "/15", "", ""))  # a database of its own


def _database_url_of_test_db() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = quote(s["USER"] or "")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"])
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def redis_broker():
    import redis

    url = _redis_url_for_tests()
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        client.ping()
    except Exception as exc:  # noqa: BLE001
        require_or_skip(f"Redis is not reachable at {url} ({exc}); the real-worker test needs it")
    client.flushdb()
    yield url
    client.flushdb()


@pytest.fixture
def worker_env(redis_broker):
    """Environment for processes that share this test's database and a private Redis queue."""
    return {
        **os.environ,
        "DATABASE_URL": _database_url_of_test_db(),
        "REDIS_URL": redis_broker,
        "CELERY_QUEUE": f"test-{uuid.uuid4().hex[:8]}",
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }


@pytest.fixture
def live_worker(worker_env, tmp_path):
    """Start `celery -A tracker worker` on the private queue; yield it and its log file; stop it."""
    log = tmp_path / "worker.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "tracker",
                "worker",
                "--concurrency=1",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-Q",
                worker_env["CELERY_QUEUE"],
            ],
            cwd=ROOT,
            env=worker_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield proc, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_real_worker_extracts_an_article_ingested_through_the_service(live_worker, worker_env, tmp_path):
    """GIVEN a worker process on Redis WHEN `manage.py ingest` (the ingest service) stores an article
    THEN the worker, not the ingesting process, brings it to done with its actors stored."""
    proc, log = live_worker
    path = tmp_path / "article.txt"
    path.write_text(
        "Kim Jong Un held talks with Xi Jinping in Beijing on Thursday, KCNA reported.\n\n"
        "김정은 총비서는 시진핑 주석과 회담했다.",
        encoding="utf-8",
    )
    ingest = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(path), "--published", "2025-09-05"],
        cwd=ROOT,
        env=worker_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ingest.returncode == 0, ingest.stderr
    assert "(new)" in ingest.stdout
    article = Article.objects.get()

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        article.refresh_from_db()
        if article.status in (ArticleStatus.DONE, ArticleStatus.FAILED):
            break
        assert proc.poll() is None, f"worker exited early:\n{log.read_text()}"
        time.sleep(0.25)
    assert article.status == ArticleStatus.DONE, f"status {article.status} {article.error}\n{log.read_text()[-3000:]}"
    names = set(article.mentions.filter(actor__isnull=False).values_list("actor__name", flat=True))
    assert {"Kim Jong Un", "Xi Jinping"} <= names
    assert "extract_article[" in log.read_text() and "succeeded" in log.read_text()

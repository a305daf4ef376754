"""A real Celery worker process on real Redis extracts an article ingested through the service."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
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
    proc = _start_worker(worker_env, log)
    try:
        yield proc, log
    finally:
        _kill_group(proc, signal.SIGTERM)


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
    # the worker process took the task (successes are logged at debug level, receipts at info)
    assert re.search(r"extract_article\[[0-9a-f-]+\] received", log.read_text())


def _start_worker(env, log_path, *extra):
    out = open(log_path, "a")  # noqa: SIM115 - closed when the process is reaped
    return subprocess.Popen(
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
            env["CELERY_QUEUE"],
            *extra,
        ],
        cwd=ROOT,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _kill_group(proc, sig):

    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    proc.wait(timeout=30)


def test_a_worker_killed_mid_batch_loses_nothing_and_stores_nothing_twice(worker_env, tmp_path):
    """GIVEN 60 long articles queued on Redis WHEN the worker is SIGKILLed mid-batch and another
    worker plus the sweep take over THEN every article reaches done and no fact or evidence row
    is stored twice."""
    import json

    from articles.models import Evidence
    from tracker.models import Agreement, Meeting, TradeItem, Visit

    env = {**worker_env, "ARTICLE_PROCESSING_TIMEOUT": "4", "ARTICLE_PENDING_REQUEUE_AFTER": "4"}
    demo = [
        json.loads(line)["text"] for line in (ROOT / "articles" / "demo" / "articles.jsonl").read_text().splitlines()
    ]
    paths = []
    for i in range(60):
        path = tmp_path / f"a{i:02d}.txt"
        body = "\n\n".join(demo[(i + k) % len(demo)] for k in range(20))
        path.write_text(f"Report {i}.\n\n{body}", encoding="utf-8")
        paths.append(str(path))
    ingest = subprocess.run(
        [sys.executable, "manage.py", "ingest", *paths], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert ingest.returncode == 0, ingest.stderr
    assert Article.objects.filter(status=ArticleStatus.PENDING).count() == 60

    log = tmp_path / "workers.log"
    first = _start_worker(env, log)
    deadline = time.monotonic() + 120
    while Article.objects.filter(status=ArticleStatus.DONE).count() < 5:
        assert time.monotonic() < deadline and first.poll() is None, log.read_text()[-3000:]
        time.sleep(0.1)
    _kill_group(first, signal.SIGKILL)
    done_at_kill = Article.objects.filter(status=ArticleStatus.DONE).count()
    assert done_at_kill < 60, "the batch finished before the kill; make the articles longer"

    second = _start_worker(env, log)
    try:
        deadline = time.monotonic() + 300
        while Article.objects.exclude(status=ArticleStatus.DONE).exists():
            assert time.monotonic() < deadline, (
                list(Article.objects.values_list("status", flat=True)),
                log.read_text()[-3000:],
            )
            assert second.poll() is None, log.read_text()[-3000:]
            subprocess.run([sys.executable, "manage.py", "sweep"], cwd=ROOT, env=env, capture_output=True, timeout=60)
            time.sleep(2)
    finally:
        _kill_group(second, signal.SIGTERM)

    assert Article.objects.filter(status=ArticleStatus.DONE).count() == 60
    pairs = list(Evidence.objects.values_list("article_id", "meeting_id", "visit_id", "agreement_id", "trade_item_id"))
    assert len(pairs) == len(set(pairs)) > 0  # no evidence row twice
    for model in (Meeting, Visit, Agreement, TradeItem):
        signatures = list(model.objects.values_list("signature", flat=True))
        assert len(signatures) == len(set(signatures)), model  # no fact twice


def _pg_cluster(action: str) -> None:
    """Stop or start the local PostgreSQL cluster this test database lives on."""
    import shutil

    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    subprocess.run(
        [
            shutil.which("pg_ctlcluster"),
            "--skip-systemctl-redirect",
            version,
            "main",
            action,
            *(["-m", "fast"] if action == "stop" else []),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )


def _count_done() -> int | None:
    """Articles done, or None while the database cannot be reached (the test's own connection died too)."""
    from django.db import InterfaceError, OperationalError

    try:
        return Article.objects.filter(status=ArticleStatus.DONE).count()
    except (OperationalError, InterfaceError):
        connection.close()
        return None


def test_postgresql_restarted_mid_batch_tasks_retry_with_backoff_and_finish(worker_env, tmp_path):
    """GIVEN 30 articles being extracted by a real worker WHEN PostgreSQL is stopped for a few seconds
    and started again THEN the tasks that hit the outage retry with backoff and every article reaches
    done, with no sweep, and no fact or evidence row is stored twice."""
    import json
    import shutil

    from articles.models import Evidence
    from tracker.models import Agreement, Meeting, TradeItem, Visit

    host = connection.settings_dict.get("HOST") or "localhost"
    if connection.vendor != "postgresql" or host not in {"127.0.0.1", "localhost", "::1"}:
        require_or_skip("the PostgreSQL restart test needs the suite on a local PostgreSQL")
    if not (shutil.which("pg_ctlcluster") and Path("/etc/postgresql").is_dir() and os.geteuid() == 0):
        require_or_skip("the PostgreSQL restart test needs root and pg_ctlcluster to stop and start the server")

    # The sweep must not be what finishes the batch: only the task's own retries may.
    env = {**worker_env, "ARTICLE_PROCESSING_TIMEOUT": "3600", "ARTICLE_PENDING_REQUEUE_AFTER": "3600"}
    demo = [
        json.loads(line)["text"] for line in (ROOT / "articles" / "demo" / "articles.jsonl").read_text().splitlines()
    ]
    paths = []
    for i in range(30):
        path = tmp_path / f"p{i:02d}.txt"
        path.write_text(
            f"Bulletin {i}.\n\n" + "\n\n".join(demo[(i + k) % len(demo)] for k in range(12)), encoding="utf-8"
        )
        paths.append(str(path))
    ingest = subprocess.run(
        [sys.executable, "manage.py", "ingest", *paths], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert ingest.returncode == 0, ingest.stderr

    log = tmp_path / "worker.log"
    worker = _start_worker(env, log)
    try:
        deadline = time.monotonic() + 120
        while (_count_done() or 0) < 3:
            assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-3000:]
            time.sleep(0.1)
        _pg_cluster("stop")
        try:
            time.sleep(5)
        finally:
            _pg_cluster("start")
        connection.close()
        done_after_outage = _count_done()
        assert done_after_outage is not None and done_after_outage < 30, "the batch finished before the outage"

        deadline = time.monotonic() + 300
        while _count_done() != 30:
            assert time.monotonic() < deadline, (_count_done(), log.read_text()[-3000:])
            assert worker.poll() is None, log.read_text()[-3000:]
            time.sleep(1)
    finally:
        _kill_group(worker, signal.SIGTERM)

    text = log.read_text()
    assert "Retry in" in text, text[-3000:]  # the outage was met by a retry, not by luck
    assert not Article.objects.exclude(status=ArticleStatus.DONE).exists()
    pairs = list(Evidence.objects.values_list("article_id", "meeting_id", "visit_id", "agreement_id", "trade_item_id"))
    assert len(pairs) == len(set(pairs)) > 0
    for model in (Meeting, Visit, Agreement, TradeItem):
        signatures = list(model.objects.values_list("signature", flat=True))
        assert len(signatures) == len(set(signatures)), model


def test_a_feed_subscribed_then_polled_by_beat_yields_its_articles_extracted_once(worker_env, tmp_path):
    """GIVEN a feed of two articles on a local server and a real worker with an embedded beat
    polling every second WHEN several beat periods pass, with a third entry appearing midway THEN
    every entry's article is fetched and extracted by the worker, once, and later polls are
    answered 304 Not Modified."""
    from articles.models import Feed, FeedEntry
    from tests import webserver as web

    site = web.start(web.Site())
    try:
        a = site.html("/news/a.html", web.ZHAO_ID)
        b = site.html("/news/b.html", web.WIRE_ORIGINAL)
        c = site.html("/news/c.html", web.INDEPENDENT)
        items = [
            ("urn:a", a, "Zhao Leji tiba", "Fri, 12 Apr 2024 09:00:00 +0700"),
            ("urn:b", b, "Wang Yi arrives", "Wed, 04 Sep 2019 08:00:00 +0000"),
        ]
        Feed.objects.create(url=site.feed("/feed.rss", web.rss(items)))
        env = {
            **worker_env,
            "FEED_POLL_INTERVAL": "1",
            "SWEEP_INTERVAL": "3600",
            "FETCH_ALLOW_PRIVATE": "true",
        }
        log = tmp_path / "worker.log"
        worker = _start_worker(env, log, "-B", f"--schedule={tmp_path / 'beat-schedule'}")
        try:
            deadline = time.monotonic() + 120
            while Article.objects.filter(status=ArticleStatus.DONE).count() < 2:
                assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-3000:]
                time.sleep(0.5)
            site.feed(
                "/feed.rss", web.rss([("urn:c", c, "Beijing's envoy", "Wed, 04 Sep 2019 10:00:00 +0000"), *items])
            )
            while Article.objects.filter(status=ArticleStatus.DONE).count() < 3 or site.not_modified < 3:
                assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-3000:]
                time.sleep(0.5)
        finally:
            _kill_group(worker, signal.SIGTERM)
    finally:
        site.server.shutdown()

    assert site.hits["/feed.rss"] >= 5  # two changes, then polls answered 304
    assert Article.objects.count() == 3 and FeedEntry.objects.count() == 3
    assert sorted(Article.objects.values_list("url", flat=True)) == sorted([a, b, c])
    assert all(site.hits[p] == 1 for p in ("/news/a.html", "/news/b.html", "/news/c.html"))
    assert "articles.tasks.poll_feeds" in log.read_text()


def test_bench_pushes_articles_through_real_workers_and_times_them_until_visible(worker_env):
    """GIVEN Redis and the test database WHEN `manage.py bench` runs its ingest part THEN it prints
    in-process and worker throughput and the ingest-to-visible delay, ends with the summary line,
    and every article it sent through the workers was extracted by them with its facts stored."""
    import re

    from articles.models import Evidence

    if connection.vendor != "postgresql":
        require_or_skip("the ingest benchmark runs two writers at once, which needs PostgreSQL")
    bench = subprocess.run(
        [sys.executable, "manage.py", "bench", "--copies=1", "--repeat=1", "--ingest=6", "--latency=3"],
        cwd=ROOT,
        env=worker_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert bench.returncode == 0, bench.stderr[-3000:]
    out = bench.stdout
    for label in ("in-process, extraction alone", "in-process, the task", "ingest → Redis → worker → database"):
        for procs in ("1 process  ", "2 processes"):
            assert re.search(rf"{re.escape(label)}.* {procs}: +[\d.]+ articles/s, +[\d,]+ words/s", out), out
    assert re.search(r"ingest/extraction, against the task run in-process: [\d.]+ with 1 process, [\d.]+ with 2", out)
    assert "FAILED" not in out
    assert re.search(r"ingest to visible in the API, queue idle, 3 articles: p50 [\d.]+s, p95 [\d.]+s", out), out
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(
        r"bench: extraction/tokenizer [\d.]+, ingest/extraction [\d.]+, ingest-visible p95 [\d.]+s", last
    ), last
    sent = Article.objects.filter(source__name="Synthetic Bench")
    # 6 for each of the 1- and 2-process in-process runs (2 and 4 to warm up), 6 for each worker run
    # (3 and 6 to warm up), and 1 + 3 for the latency
    assert sent.count() == (6 + 2) + (6 + 4) + (6 + 3) + (6 + 6) + (1 + 3)
    assert set(sent.values_list("status", flat=True)) == {ArticleStatus.DONE}
    assert Evidence.objects.filter(article__in=sent).values("article").distinct().count() >= 20


_PAIRS = [
    ("Xi Jinping", "Kim Jong Un", "Beijing"),
    ("Wang Yi", "Ri Yong Ho", "Pyongyang"),
    ("Li Qiang", "Kim Jong Un", "Pyongyang"),
    ("Zhao Leji", "Choe Ryong Hae", "Pyongyang"),
]


def test_two_worker_processes_storing_two_reports_of_each_event_make_one_fact_per_event(worker_env, tmp_path):
    """GIVEN 40 meetings, each reported by two texts in different words, ingested at once WHEN a
    worker with --concurrency 2 (two processes) stores them on this database THEN there is
    exactly one meeting per event, with two evidence rows, and every article is done."""
    import datetime as dt

    from tracker.models import Meeting

    paths, events = [], []
    for i in range(40):
        cn, kp, city = _PAIRS[i % len(_PAIRS)]
        day = dt.date(2019, 1, 1) + dt.timedelta(days=9 * i)  # the same people meet again nine days on
        when = f"{day.day} {day:%B %Y}"
        events.append((sorted([cn, kp]), day))
        for n, text in enumerate(
            (
                f"{cn} held talks with {kp} in {city} on {when}, state media said.",
                f"{kp} met {cn} in {city} on {when} to discuss bilateral relations, Xinhua reported.",
            )
        ):
            path = tmp_path / f"e{i:02d}-{n}.txt"
            path.write_text(f"Report {i}-{n}\n\n{text}", encoding="utf-8")
            paths.append(str(path))  # the two reports of one event are queued one after the other
    ingest = subprocess.run(
        [sys.executable, "manage.py", "ingest", "--published", "2020-12-31", *paths],
        cwd=ROOT,
        env=worker_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ingest.returncode == 0, ingest.stderr
    assert Article.objects.filter(status=ArticleStatus.PENDING).count() == 80

    log = tmp_path / "worker.log"
    proc = _start_worker(worker_env, log, "--concurrency=2")
    try:
        deadline = time.monotonic() + 300
        while Article.objects.exclude(status=ArticleStatus.DONE).exists():
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            assert proc.poll() is None, log.read_text()[-3000:]
            time.sleep(0.5)
    finally:
        _kill_group(proc, signal.SIGTERM)

    assert "concurrency: 2 (prefork)" in log.read_text()  # two worker processes stored them
    stored = sorted(
        (sorted(a.name for a in m.participants.all()), m.date, m.evidence.count())
        for m in Meeting.objects.prefetch_related("participants")
    )
    assert stored == sorted((people, day, 2) for people, day in events)


def test_task_successes_are_debug_records_and_retries_stay_visible():
    """The task runner's success line is demoted to DEBUG (hidden at the default INFO); its other
    lines (receipts, retries, failures) keep their level."""
    import logging

    from tracker.logfilters import TaskSuccessAtDebug

    rule = TaskSuccessAtDebug()

    def record(msg, level=logging.INFO):
        return logging.LogRecord("celery.app.trace", level, __file__, 1, msg, None, None)

    success = record("Task articles.tasks.extract_article[1] succeeded in 0.01s: 'done'")
    root = logging.getLogger()
    previous = root.level
    try:
        root.setLevel(logging.INFO)
        assert rule.filter(success) is False and success.levelname == "DEBUG"
        root.setLevel(logging.DEBUG)
        assert rule.filter(record("Task x[2] succeeded in 0.02s: 'done'")) is True
        root.setLevel(logging.INFO)
        retry = record("Task x[3] retry: Retry in 2s: OperationalError()")
        assert rule.filter(retry) is True and retry.levelname == "INFO"
    finally:
        root.setLevel(previous)

"""End-to-end ingest measurements for ``manage.py bench``: the same synthetic articles extracted
in-process (1 and 2 processes) and ingested through the service into real Celery workers on Redis
(1 and 2 worker processes) that store into the configured database; the delay from ingest until a
fact is visible in the API; and worker memory over a long run. Figures are printed, never
asserted."""

from __future__ import annotations

import multiprocessing
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections

from articles import extraction
from articles.models import Article, ArticleStatus, Source

ROOT = Path(settings.BASE_DIR)
FINISHED = (ArticleStatus.DONE, ArticleStatus.FAILED)


def broker_url() -> str:
    """The Redis broker the tasks go to, or "" when tasks run in-process (no REDIS_URL)."""
    from tracker.celery import app

    url = str(app.conf.broker_url or "")
    return url if url.startswith(("redis://", "rediss://")) and not app.conf.task_always_eager else ""


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    """The pool processes of a worker (the processes whose parent is ``pid``)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(entry))
    return out


# --- in-process extraction, the ceiling ------------------------------------------------------

_GAZETTEER = None


def _extract_one(item) -> int:
    text, published = item
    return len(extraction.extract(text, gazetteer=_GAZETTEER, published=published).mentions)


def extract_in_processes(items: list[tuple[str, object]], processes: int) -> float:
    """Seconds to extract every (text, published) in ``processes`` forked processes, each with the
    pipeline already built (as a warmed worker has it)."""
    global _GAZETTEER
    from articles.services import current_gazetteer

    _GAZETTEER = current_gazetteer()
    _extract_one(items[0])  # build the pipeline before the fork: children inherit it
    connections.close_all()  # no database connection may cross a fork
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_extract_one, items[: processes * 2], chunksize=1)  # every child up and warm
        start = time.perf_counter()
        pool.map(_extract_one, items, chunksize=4)
        return time.perf_counter() - start


def _process_one(pk: int) -> None:
    from articles.services import process_article

    process_article(pk)


def _close_connections(_=None) -> None:
    connections.close_all()


def store_pending(drafts, source: Source) -> list[int]:
    """Store articles as ingest does, pending, without queueing them (no broker involved)."""
    from django.utils import timezone

    from articles.services import content_hash

    rows = [
        Article(
            title=d.text.split("\n", 1)[0][:200],
            text=d.text,
            published=d.published,
            source=source,
            content_hash=content_hash(d.text),
            status=ArticleStatus.PENDING,
            status_changed=timezone.now(),
        )
        for d in drafts
    ]
    return [a.pk for a in Article.objects.bulk_create(rows)]


def process_in_processes(ids: list[int], warm: list[int], processes: int) -> float:
    """Seconds for ``processes`` forked processes to run the worker's own code (extract and store,
    ``process_article``) on stored articles: the real path without the broker and Celery."""
    from articles.services import warm_pipeline

    warm_pipeline()
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(processes, initializer=_close_connections) as pool:
        pool.map(_process_one, warm, chunksize=1)
        start = time.perf_counter()
        pool.map(_process_one, ids, chunksize=4)
        return time.perf_counter() - start


# --- real workers on Redis -------------------------------------------------------------------


@dataclass
class Workers:
    """``celery worker --concurrency N`` on a private queue, sharing this process's database."""

    concurrency: int
    queue: str
    log: Path
    proc: subprocess.Popen | None = None

    def __enter__(self) -> Workers:
        env = {
            **os.environ,
            "REDIS_URL": broker_url(),
            "CELERY_QUEUE": self.queue,
            "CELERY_TASK_ALWAYS_EAGER": "false",
        }
        self._out = open(self.log, "a")  # noqa: SIM115 - closed in __exit__
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tracker", "worker", f"--concurrency={self.concurrency}"]
            + ["--loglevel=WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat", "-Q", self.queue],
            cwd=ROOT,
            env=env,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def __exit__(self, *exc) -> None:
        import signal

        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=60)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self._out.close()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_mb(self) -> list[float]:
        return [rss_mb(pid) for pid in children(self.proc.pid)]


def _send_to(queue: str) -> None:
    """Send this process's tasks to ``queue`` (the bench workers' own), not the shared one."""
    from tracker.celery import app

    app.conf.task_default_queue = queue
    app.conf.task_always_eager = False


def ingest(drafts, source: Source) -> list[int]:
    from articles.services import ingest_article

    return [ingest_article(text=d.text, published=d.published, source=source).article.pk for d in drafts]


def wait_finished(ids: list[int], workers: Workers, timeout: float = 3600, on_poll=None) -> int:
    """Wait until every article is done or failed; return how many failed."""
    deadline = time.monotonic() + timeout
    while True:
        finished = Article.objects.filter(pk__in=ids, status__in=FINISHED).count()
        if on_poll:
            on_poll(finished)
        if finished == len(ids):
            return Article.objects.filter(pk__in=ids, status=ArticleStatus.FAILED).count()
        if not workers.alive():
            raise RuntimeError(f"the bench worker exited; its log is {workers.log}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{len(ids) - finished} articles not finished after {timeout:.0f}s; see {workers.log}")
        time.sleep(0.1)


def ingest_throughput(drafts, warm, concurrency: int, source: Source, log: Path) -> tuple[float, int]:
    """Seconds from the first ingest to the last article stored, through ``concurrency`` worker
    processes (warmed first on other articles), and how many failed."""
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    _send_to(queue)
    with Workers(concurrency, queue, log) as workers:
        wait_finished(ingest(warm, source), workers, timeout=300)
        start = time.perf_counter()
        failed = wait_finished(ingest(drafts, source), workers)
        return time.perf_counter() - start, failed


def visible_latency(drafts, source: Source, log: Path) -> list[float]:
    """For each article (each reports a meeting), ingested one at a time with the queue idle: the
    seconds until ``GET /api/v1/meetings/?article=<id>`` lists the meeting."""
    from django.test import Client

    from articles.services import ingest_article

    client = Client()
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    _send_to(queue)
    out = []
    with Workers(1, queue, log) as workers:
        first, rest = drafts[0], drafts[1:]
        wait_finished(ingest([first], source), workers, timeout=300)  # warm
        for draft in rest:
            start = time.perf_counter()
            pk = ingest_article(text=draft.text, published=draft.published, source=source).article.pk
            deadline = start + 60
            finished = False
            while True:
                response = client.get(f"/api/v1/meetings/?article={pk}")
                if response.status_code == 429:
                    raise RuntimeError("the API throttled the polls: set API_THROTTLE_ANON=1000000/minute")
                if response.status_code == 200 and response.json()["results"]:
                    out.append(time.perf_counter() - start)
                    break
                if finished or time.perf_counter() > deadline or not workers.alive():
                    raise RuntimeError(f"article {pk}: no meeting visible in the API; see {workers.log}")
                # one more look at the API after the article is finished, then give up
                finished = Article.objects.filter(pk=pk, status__in=FINISHED).exists()
                time.sleep(0.005)
    return out


def memory_run(writer, n: int, source: Source, log: Path, report) -> tuple[float, float]:
    """Ingest ``n`` articles through two worker processes, at most 2,000 waiting at a time, and
    sample the workers' memory; return (MB after the first tenth, MB at the end) summed over the
    pool processes."""
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    _send_to(queue)
    run = uuid.uuid4().hex[:8]
    samples: list[tuple[int, float]] = []
    with Workers(2, queue, log) as workers:
        done = 0
        step = max(1, n // 20)
        while done < n:
            chunk = min(1000, n - done)
            drafts = [writer.draft(f"Bench memory run {run}, report {done + i + 1}") for i in range(chunk)]
            ids = ingest(drafts, source)
            # keep the queue short: wait until at most one chunk is still waiting
            while Article.objects.filter(pk__in=ids, status__in=FINISHED).count() < chunk // 2:
                if not workers.alive():
                    raise RuntimeError(f"the bench worker exited; its log is {workers.log}")
                time.sleep(0.2)
            before = done
            done += chunk
            if done // step != before // step or done == n:
                samples.append((done, sum(workers.rss_mb())))
                report(done, samples[-1][1])
        wait_finished(ids, workers)
        samples.append((n, sum(workers.rss_mb())))
    first = next((mb for count, mb in samples if count >= n // 10), samples[0][1])
    return first, samples[-1][1]


def relabel(draft, label: str):
    """The same article with another last line, so that it is not a duplicate of the first."""
    import dataclasses

    return dataclasses.replace(draft, text=draft.text.rsplit("\n(", 1)[0] + f"\n({label}.)")


def words_of(draft) -> int:
    return len(draft.text) // 2 if draft.language in ("zh", "ja", "ko") else len(draft.text.split())


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)

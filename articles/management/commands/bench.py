"""Benchmarks that print figures (never asserted in tests): extraction vs tokenizer throughput and
the memory of a process with the full gazetteer loaded; end-to-end ingest through Redis and real
workers against in-process extraction, and ingest-to-visible latency; page and API times at two
database sizes; optionally worker memory over a long run."""

import io
import json
import resource
import time

import spacy
from django.core.management.base import BaseCommand, CommandError

from articles import extraction
from articles.management.commands.load_demo import DEMO_FILE
from articles.services import current_gazetteer

# Search, timed with the pages: a common word, a rare one, a name in Latin script, in Hangul and in
# Chinese characters.
SEARCHES = {
    "search common word": "/search/?q=talks",
    "search rare word": "/search/?q=tungsten",
    "search name": "/search/?q=Zhao",
    "search Hangul": "/search/?q=%ED%8F%89%EC%96%91",  # 평양
    "search Han": "/search/?q=%E9%87%91%E6%AD%A3%E6%81%A9",  # 金正恩
}


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time(fn, texts, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - start)
    return best


def _time_pair(ceiling, measured, texts, repeat):
    """Best times of two functions over the same texts, their runs interleaved, so that a burst of
    load from other processes on a shared machine falls on both rather than on one."""
    best_ceiling = best_measured = float("inf")
    for _ in range(repeat):
        best_ceiling = min(best_ceiling, _time(ceiling, texts, 1))
        best_measured = min(best_measured, _time(measured, texts, 1))
    return best_ceiling, best_measured


class Command(BaseCommand):
    help = "Print extraction throughput against spaCy's tokenizer alone on the demo articles, and memory."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=5, help="runs per measure; the best is kept")
        parser.add_argument("--copies", type=int, default=20, help="how many times the demo set is processed per run")
        parser.add_argument(
            "--pages",
            metavar="SIZES",
            default="",
            help="also time the timeline, an actor page and an API list at these article counts "
            "(e.g. 1000,100000), adding synthetic articles (manage.py synth) to reach each; "
            "use a scratch DATABASE_URL: the articles stay",
        )

        parser.add_argument("--requests", type=int, default=50, help="timed requests per page and size")
        parser.add_argument(
            "--fresh-database",
            action="store_true",
            help="drop and create the PostgreSQL database DATABASE_URL names (it must have 'bench' in its "
            "name), migrate it, and measure there",
        )
        parser.add_argument(
            "--ingest",
            type=int,
            default=300,
            metavar="N",
            help="articles pushed through real workers on Redis with 1 and 2 processes (0: skip)",
        )
        parser.add_argument(
            "--latency", type=int, default=20, metavar="N", help="articles timed from ingest to visible in the API"
        )
        parser.add_argument(
            "--trade-rows",
            type=int,
            default=0,
            metavar="N",
            help="also import a generated statistics file of N rows, then a revision of every figure, "
            "and report rows per second and the peak memory (use a scratch DATABASE_URL: the rows stay)",
        )
        parser.add_argument(
            "--memory-run",
            type=int,
            default=0,
            metavar="N",
            help="also ingest N articles through two workers and report their memory growth",
        )

    def handle(
        self,
        *args,
        repeat,
        copies,
        pages="",
        requests=50,
        ingest=300,
        latency=20,
        memory_run=0,
        fresh_database=False,
        trade_rows=0,
        **options,
    ):
        if fresh_database:
            self._fresh_database()
        summary = self._extraction(repeat, copies)
        # Pages first, so that the database holds the sizes asked for; then the ingest runs, on the
        # largest database (its articles are compared with all stored ones for copies).
        page_summary = self._pages([int(x) for x in pages.split(",") if x.strip()], requests) if pages else []
        if ingest or latency or memory_run:
            summary += self._ingest(ingest, latency, memory_run)
        if trade_rows:
            summary += self._trade_import(trade_rows)
        self.stdout.write("bench: " + ", ".join(summary + page_summary))

    def _trade_import(self, n: int) -> list[str]:
        """A plain statistics file of ``n`` figures (months x HS subheadings x both flows), imported
        once (all new), then again with every value changed (all revised: the heaviest path),
        that second run under tracemalloc for the peak of Python memory."""
        import csv
        import tempfile
        import tracemalloc
        from pathlib import Path

        from tracker.hs import HS_FILE
        from tracker.trade_import import import_trade

        with HS_FILE.open(encoding="utf-8") as fh:
            codes = [r["hscode"] for r in csv.DictReader(fh) if r["level"] == "6"]
        per_month = 2 * len(codes)
        months = [(2000 + m // 12, m % 12 + 1) for m in range(-(-n // per_month))]
        w = self.stdout.write

        def write(path: Path, factor: int) -> None:
            with path.open("w", encoding="utf-8", newline="") as fh:
                out = csv.writer(fh)
                out.writerow(["period", "reporter", "partner", "flow", "hs", "value_usd", "quantity", "unit"])
                written = 0
                for year, month in months:
                    for code in codes:
                        for flow in ("import", "export"):
                            if written == n:
                                return
                            out.writerow([f"{year}-{month:02d}", "CN", "KP", flow, code, written * factor + 1, "", ""])
                            written += 1

        with tempfile.TemporaryDirectory() as tmp:
            first, second = Path(tmp) / "first.csv", Path(tmp) / "second.csv"
            write(first, 3)
            write(second, 5)
            size = first.stat().st_size / 1e6
            rss = _rss_mb()
            t0 = time.perf_counter()
            report = import_trade(first, dataset="bench")
            created_s = time.perf_counter() - t0
            tracemalloc.start()
            t0 = time.perf_counter()
            revised = import_trade(second, dataset="bench")
            revised_s = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
        w(f"trade import: {n:,} rows ({size:.1f} MB of CSV)")
        w(f"  new figures:     {report.created:,} in {created_s:.1f}s, {n / created_s:,.0f} rows/s")
        w(
            f"  every figure revised: {revised.revised:,} in {revised_s:.1f}s under tracemalloc, "
            f"peak Python memory {peak:.1f} MB; RSS {rss:.0f} → {_rss_mb():.0f} MB"
        )
        return [f"trade import {n // 1000}k {n / created_s:,.0f} rows/s peak {peak:.0f} MB"]

    def _fresh_database(self) -> None:
        """A new, empty, migrated database in place of the one DATABASE_URL names."""
        from django.core.management import call_command
        from django.db import connection

        name = connection.settings_dict["NAME"]
        if connection.vendor != "postgresql" or "bench" not in name:
            raise CommandError(
                f"--fresh-database drops the database: it needs a PostgreSQL DATABASE_URL whose database name "
                f"has 'bench' in it, not {connection.vendor} {name!r}."
            )
        connection.close()
        with connection._nodb_cursor() as cursor:  # connected to the server's "postgres" database
            quoted = connection.ops.quote_name(name)
            cursor.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quoted}")
        call_command("migrate", verbosity=0)
        self.stdout.write(f"database: {name}, new and migrated")

    def _ingest(self, n: int, latency: int, memory_run: int) -> list[str]:
        """Throughput of the real path (service → Redis → worker → database) against in-process
        extraction of the same articles, the ingest-to-visible delay, and worker memory."""
        import tempfile
        import uuid
        from pathlib import Path

        from articles import bench_ingest as b
        from articles.management.commands.synth import Writer
        from articles.models import Source

        w = self.stdout.write
        if not b.broker_url():
            w("ingest: skipped: tasks run in-process here (set REDIS_URL to measure real workers)")
            return []
        from django.db import connection

        if connection.vendor != "postgresql":
            w("ingest: skipped: two writers at once need PostgreSQL (SQLite takes one at a time)")
            return []
        run = uuid.uuid4().hex[:8]  # the texts are new each run: the same text again is a duplicate
        writer = Writer(seed=hash(run) % 10_000, articles=max(n, 30))
        source = Source.objects.get_or_create(name="Synthetic Bench")[0]
        log = Path(tempfile.gettempdir()) / f"bench-workers-{run}.log"
        out = []
        if n:
            drafts = [writer.draft(f"Bench run {run}, report {i + 1}") for i in range(n)]
            words = sum(b.words_of(d) for d in drafts)
            w(f"ingest: {n} synthetic articles, {words:,} words; worker log {log}")
            items = [(d.text, d.published) for d in drafts]
            rate = {}

            def say(label, procs, seconds):
                w(f"  {label:<46} {procs} process{'es' if procs > 1 else '  '}: {n / seconds:7.1f} articles/s, "
                  f"{words / seconds:9,.0f} words/s")  # fmt: skip

            for procs in (1, 2):
                seconds = b.extract_in_processes(items, procs)
                rate[("extract", procs)] = n / seconds
                say("in-process, extraction alone", procs, seconds)
            for procs in (1, 2):
                label = f"Bench run {run}, in-process {procs}"
                ids = b.store_pending([b.relabel(d, f"{label}, report {i + 1}") for i, d in enumerate(drafts)], source)
                warm = b.store_pending([writer.draft(f"{label}, warm-up {i + 1}") for i in range(procs * 2)], source)
                seconds = b.process_in_processes(ids, warm, procs)
                rate[("process", procs)] = n / seconds
                say("in-process, the task (extraction and storing)", procs, seconds)
            for procs in (1, 2):
                label = f"Bench run {run}, {procs} worker"
                batch = [b.relabel(d, f"{label}, report {i + 1}") for i, d in enumerate(drafts)]
                warm = [writer.draft(f"{label}, warm-up {i + 1}") for i in range(procs * 3)]
                seconds, failed = b.ingest_throughput(batch, warm, procs, source, log)
                rate[("ingest", procs)] = n / seconds
                say("ingest → Redis → worker → database", procs, seconds)
                if failed:
                    w(f"  {failed} of the articles FAILED: see {log}")
            queue = [rate[("ingest", p)] / rate[("process", p)] for p in (1, 2)]
            alone = [rate[("ingest", p)] / rate[("extract", p)] for p in (1, 2)]
            w(
                f"ingest/extraction, against the task run in-process: {queue[0]:.2f} with 1 process, "
                f"{queue[1]:.2f} with 2 (what Redis and Celery cost)"
            )
            w(
                f"ingest/extraction, against extraction alone: {alone[0]:.2f} with 1 process, {alone[1]:.2f} with 2 "
                f"(storing costs {rate[('extract', 1)] / rate[('process', 1)] - 1:.1f}x extracting these texts)"
            )
            out.append(f"ingest/extraction {queue[1]:.2f}")
        if latency:
            drafts = [
                writer.draft(f"Bench run {run}, latency {i + 1}", [writer.event("meeting")], lang="en")
                for i in range(latency + 1)
            ]
            times = b.visible_latency(drafts, source, log)
            p50, p95 = b.median(times), b.percentile(times, 0.95)
            w(f"ingest to visible in the API, queue idle, {len(times)} articles: p50 {p50:.2f}s, p95 {p95:.2f}s")
            out.append(f"ingest-visible p95 {p95:.2f}s")
        if memory_run:
            w(f"worker memory over {memory_run:,} articles (two pool processes, MB summed):")
            first, last = b.memory_run(
                writer, memory_run, source, log, lambda count, mb: w(f"  after {count:>9,} articles: {mb:7.1f} MB")
            )
            growth = (last - first) / first * 100 if first else 0.0
            w(f"worker memory: {first:.0f} MB after the first tenth, {last:.0f} MB at the end ({growth:+.1f}%)")
            out.append(f"worker memory {growth:+.0f}%")
        return out

    def _pages(self, sizes: list[int], requests: int) -> list[str]:
        """p50/p95 and query counts of the pages users load most, at each database size."""
        import statistics

        from django.core.management import call_command
        from django.core.signals import request_finished, request_started
        from django.db import close_old_connections, connection
        from django.db.models import Count
        from django.test import RequestFactory
        from django.test.utils import CaptureQueriesContext, override_settings

        from articles.bench_ingest import percentile
        from articles.models import Article
        from tracker.models import Actor

        w = self.stdout.write
        from tracker.wsgi import application  # the server's own entry point, start-up objects frozen

        factory = RequestFactory()

        def get(url: str) -> int:
            """One request through the WSGI application. The database connection stays open between
            requests, as a server's does with CONN_MAX_AGE (and as Django's test client keeps it)."""
            path, _, query = url.partition("?")
            status = []
            request_started.disconnect(close_old_connections)
            request_finished.disconnect(close_old_connections)
            try:
                body = application(
                    factory._base_environ(PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET"),
                    lambda s, headers, exc_info=None: status.append(int(s.split()[0])),
                )
                b"".join(body)
                body.close()
            finally:
                request_started.connect(close_old_connections)
                request_finished.connect(close_old_connections)
            return status[0]

        results: dict[int, dict[str, tuple[float, float, int]]] = {}
        for size in sorted(sizes):
            have = Article.objects.count()
            if have < size:
                w(f"adding {size - have:,} synthetic articles to reach {size:,} …")
                call_command("synth", articles=size - have, seed=size, stdout=io.StringIO())
            busiest = (  # the heaviest actor page
                Actor.objects.filter(kind="person")
                .annotate(n=Count("meetings"))
                .order_by("-n", "pk")
                .values_list("slug", flat=True)
                .first()
            )
            urls = {
                "timeline": "/",
                "actor": f"/actors/{busiest}/",
                "api": "/api/v1/meetings/?page_size=50",
                **SEARCHES,
            }
            results[size] = {}

            def timed(name: str, url: str, warm: int, note: str = "") -> tuple[float, float, int]:
                """p50, p95 and the query count of ``requests`` requests for ``url``, after ``warm``."""
                for _ in range(warm):
                    get(url)  # warm caches and connections, as a server that has served the page
                times = []
                for _ in range(requests):
                    with CaptureQueriesContext(connection) as queries:
                        start = time.perf_counter()
                        status = get(url)
                        times.append(time.perf_counter() - start)
                    if status == 429:
                        raise CommandError(
                            "The API throttled the benchmark's requests: run it with API_THROTTLE_ANON=1000000/minute "
                            "(make bench sets it)."
                        )
                    assert status == 200, (url, status)
                p50, p95 = statistics.median(times), percentile(times, 0.95)
                w(
                    f"{name:<18} at {Article.objects.count():>7,} articles: p50 {p50 * 1000:7.1f} ms, "
                    f"p95 {p95 * 1000:7.1f} ms, {len(queries)} queries{note}"
                )
                return p50, p95, len(queries)

            # the work of each page, not the response cache (tracker.response_cache): it is off here,
            # and what a page served again costs is measured on its own below
            with override_settings(RESPONSE_CACHE_SECONDS=0):
                for name, url in urls.items():
                    results[size][name] = timed(name, url, warm=3)
            for name in ("timeline", "api"):
                timed(f"{name}, kept", urls[name], warm=1, note=" (served again from the response cache)")
        if len(results) < 2:
            return []
        small, large = min(results), max(results)
        label = f"{large // 1000}k/{small // 1000}k" if small >= 1000 else f"{large}/{small}"
        out = []
        for name in ("timeline", "actor", "api"):
            ratio = results[large][name][1] / results[small][name][1]
            same = results[large][name][2] == results[small][name][2]
            w(
                f"{name}: p95 ratio {label} {ratio:.2f}; queries {results[small][name][2]} → {results[large][name][2]}"
                f"{'' if same else ' (query count grows)'}"
            )
            out.append(f"{name} {label} {ratio:.2f}")
        worst = max(results[large][name][1] for name in SEARCHES)
        out.append(f"search {large // 1000}k p95 {worst:.2f}s" if large >= 1000 else f"search {large} p95 {worst:.2f}s")
        return out

    def _extraction(self, repeat, copies) -> list[str]:
        rss_start = _rss_mb()
        items = [json.loads(line) for line in DEMO_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [it["text"] for it in items] * copies
        words = sum(len(t.split()) for t in texts)
        chars = sum(len(t) for t in texts)
        gazetteer = current_gazetteer()
        t0 = time.perf_counter()
        nlp = extraction.pipeline_for(gazetteer)
        build = time.perf_counter() - t0
        n_patterns = len(nlp.get_pipe("gazetteer_ruler"))
        plain = spacy.blank("xx").tokenizer

        import datetime as dt

        published = dt.date(2024, 4, 12)

        def full(text):
            extraction.extract(text, gazetteer=gazetteer, published=published)

        full(texts[0])  # warm caches once, as a worker would be after its first article
        t_tok, t_full = _time_pair(plain, full, texts, repeat)
        t_own_tok = _time(nlp.tokenizer, texts, repeat)
        w = self.stdout.write
        w(
            f"texts: {len(texts)} articles ({len(items)} demo articles x {copies}), {words:,} words, {chars:,} characters"
        )
        w(f"gazetteer: {len(gazetteer.entries)} records, {n_patterns:,} patterns; pipeline built in {build:.2f}s")
        w(f"spaCy tokenizer alone:      {words / t_tok:>10,.0f} words/s")
        w(f"pipeline tokenizer alone:   {words / t_own_tok:>10,.0f} words/s")
        w(f"whole extraction:           {words / t_full:>10,.0f} words/s  ({len(texts) / t_full:,.0f} articles/s)")
        # Space-delimited and unsegmented scripts apart: spaCy's blank tokenizer does not segment
        # Chinese, Japanese or Korean, so on those texts its "words per second" is no ceiling.
        for group, langs in (
            ("space-delimited (en, id, ru)", {"en", "id", "ru"}),
            ("CJK (zh, ja, ko)", {"zh", "ja", "ko"}),
        ):
            part = [it["text"] for it in items if it.get("language") in langs] * copies
            if not part:
                continue
            part_words = sum(len(t.split()) for t in part)
            t_part_tok, t_part_full = _time_pair(plain, full, part, repeat)
            w(
                f"  {group}: {len(part)} articles, tokenizer {part_words / t_part_tok:,.0f} words/s, "
                f"extraction {part_words / t_part_full:,.0f} words/s, ratio {t_part_tok / t_part_full:.2f}"
            )
        w(f"memory: {_rss_mb():.0f} MB RSS with the pipeline loaded (process started at {rss_start:.0f} MB)")
        return [f"extraction/tokenizer {t_tok / t_full:.2f}"]

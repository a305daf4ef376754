"""Benchmarks that print figures (never asserted in tests): extraction vs tokenizer throughput,
and the memory of a process with the full gazetteer loaded."""

import io
import json
import resource
import time

import spacy
from django.core.management.base import BaseCommand

from articles import extraction
from articles.management.commands.load_demo import DEMO_FILE
from articles.services import current_gazetteer


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

    def handle(self, *args, repeat, copies, pages="", **options):
        summary = self._extraction(repeat, copies)
        if pages:
            summary += self._pages([int(x) for x in pages.split(",") if x.strip()])
        self.stdout.write("bench: " + ", ".join(summary))

    def _pages(self, sizes: list[int]) -> list[str]:
        """p50/p95 and query counts of the pages users load most, at each database size."""
        import statistics

        from django.core.management import call_command
        from django.db import connection
        from django.db.models import Count
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from articles.models import Article
        from tracker.models import Actor

        w = self.stdout.write
        client = Client()
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
            }
            results[size] = {}
            for name, url in urls.items():
                for _ in range(2):
                    client.get(url)  # warm caches and connections
                times = []
                for _ in range(20):
                    with CaptureQueriesContext(connection) as queries:
                        start = time.perf_counter()
                        response = client.get(url)
                        times.append(time.perf_counter() - start)
                    assert response.status_code == 200, (url, response.status_code)
                times.sort()
                p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
                results[size][name] = (p50, p95, len(queries))
                w(
                    f"{name:<9} at {Article.objects.count():>7,} articles: p50 {p50 * 1000:7.1f} ms, "
                    f"p95 {p95 * 1000:7.1f} ms, {len(queries)} queries"
                )
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

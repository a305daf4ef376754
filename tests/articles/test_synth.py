"""The synthetic corpus for benchmarks at scale, and the bench command's page timings."""

import re

import pytest
from django.core.management import call_command

from articles.models import Article, Evidence, Mention
from tracker.models import Meeting

pytestmark = pytest.mark.django_db


def test_synth_writes_articles_whose_evidence_quotes_their_own_text(capsys):
    call_command("synth", articles=60, seed=3, batch=25)
    assert "synth: 60 articles" in capsys.readouterr().out
    articles = list(Article.objects.all())
    assert len(articles) == 60 and {a.status for a in articles} == {"done"}
    assert len({a.language for a in articles}) >= 4
    for a in articles:
        words = len(a.text.split()) if a.language not in ("zh", "ja", "ko") else len(a.text) // 2
        assert 300 <= words <= 900, (a.language, words)
    evidence = list(Evidence.objects.select_related("article"))
    assert evidence and all(ev.article.text[ev.start : ev.end] == ev.sentence for ev in evidence)
    mentions = list(Mention.objects.select_related("article"))
    assert mentions and all(m.article.text[m.start : m.end] == m.text for m in mentions)
    # Events are shared between articles, as real coverage reports one event several times.
    assert Meeting.objects.exists() and any(m.evidence.count() > 1 for m in Meeting.objects.all())


def test_synth_is_reproducible_with_a_seed():
    call_command("synth", articles=10, seed=5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = list(Article.objects.order_by("pk").values_list("language", "published"))
    Article.objects.all().delete()
    call_command("synth", articles=10, seed=5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Article.objects.order_by("pk").values_list("language", "published")) == first


def test_bench_prints_page_timings_and_query_counts_at_two_sizes(capsys):
    call_command("bench", copies=1, repeat=1, pages="20,40")
    out = capsys.readouterr().out
    for name in ("timeline", "actor", "api", "search common word", "search Hangul", "search Han"):
        assert re.search(rf"{name}\s+at\s+40 articles: p50 +[\d.]+ ms, p95 +[\d.]+ ms, \d+ queries", out), out
    # a page served again from the response cache is measured apart, with fewer queries than its work
    for name in ("timeline", "api"):
        work = re.search(rf"^{name}\s+at\s+40 articles: .*, (\d+) queries$", out, re.M)
        kept = re.search(rf"^{name}, kept\s+at\s+40 articles: p50 +[\d.]+ ms, p95 +[\d.]+ ms, (\d+) queries", out, re.M)
        assert work and kept and int(kept[1]) < int(work[1]), out
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(
        r"bench: extraction/tokenizer [\d.]+, timeline 40/20 [\d.]+, actor 40/20 [\d.]+, api 40/20 [\d.]+, "
        r"search 40 p95 [\d.]+s",
        last,
    ), last


def test_bench_drops_and_creates_only_a_database_named_for_benchmarks():
    from django.core.management.base import CommandError

    call_command("synth", articles=3, seed=1, stdout=open("/dev/null", "w"))  # noqa: SIM115
    with pytest.raises(CommandError, match="has 'bench' in it"):
        call_command("bench", fresh_database=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Article.objects.count() == 3  # the test database was not dropped

from collections import Counter

import pytest
from django.core.management import call_command

from articles.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db


def test_load_demo_ingests_through_the_pipeline_and_is_idempotent(capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    articles = list(Article.objects.all())
    assert len(articles) >= 30
    langs = Counter(a.language for a in articles)
    assert {"en", "id", "ko", "zh"} <= set(langs), langs
    assert all(a.status == ArticleStatus.DONE for a in articles), [(a.pk, a.status, a.error) for a in articles]
    years = {a.published.year for a in articles}
    assert min(years) <= 1961 and max(years) >= 2024
    assert all(a.mentions.exists() for a in articles)

    from tracker.models import TradeFlow, TradeImport

    flows = TradeFlow.objects.count()
    assert flows > 100 and TradeImport.objects.get().sample  # the sample figures, labelled as such
    call_command("load_demo")
    assert Article.objects.count() == len(articles)
    out = capsys.readouterr().out.splitlines()
    assert "0 ingested" in out[-2] and out[-1] == "Sample trade figures: already imported."
    assert TradeFlow.objects.count() == flows and TradeImport.objects.count() == 1

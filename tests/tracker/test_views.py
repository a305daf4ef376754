import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Evidence
from articles.services import ingest_article
from tracker.models import Actor, Meeting, Place

pytestmark = pytest.mark.django_db


def _ingest(text, **kw):
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        return ingest_article(text=text, **kw).article


def test_timeline_lists_articles_and_events_with_evidence_links(client):
    article = _ingest("Kim Jong Un met Xi Jinping in Beijing.", title="Summit", published=dt.date(2019, 1, 9))
    meeting = Meeting.objects.create(
        date=dt.date(2019, 1, 8), date_precision="day", place=Place.objects.get(name="Beijing")
    )
    meeting.participants.set(Actor.objects.filter(name__in=["Kim Jong Un", "Xi Jinping"]))
    Evidence.objects.create(article=article, meeting=meeting, start=0, end=38, sentence=article.text)
    html = client.get("/").content.decode()
    assert "Summit" in html
    assert f"/meetings/{meeting.pk}/" in html
    assert "1 source:" in html and f"/articles/{article.pk}/#ev-" in html
    assert "8 January 2019" in html


def test_meeting_page_shows_participants_and_evidence(client):
    article = _ingest("Kim Jong Un met Xi Jinping in Beijing.", title="Summit")
    meeting = Meeting.objects.create(date=dt.date(2019, 1, 8), date_precision="day")
    meeting.participants.set(Actor.objects.filter(name__in=["Kim Jong Un", "Xi Jinping"]))
    Evidence.objects.create(article=article, meeting=meeting, start=0, end=38, sentence=article.text)
    html = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Kim Jong Un met Xi Jinping in Beijing." in html
    assert "/actors/kim-jong-un/" in html


def test_article_page_escapes_markup_in_text_and_title(client):
    article = _ingest(
        "<script>alert(1)</script> Kim Jong Un <b>met</b> Xi Jinping.", title="<img src=x onerror=alert(1)>"
    )
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;b&gt;met&lt;/b&gt;" in html
    assert '<a class="hl actor person" href="/actors/kim-jong-un/" title="Kim Jong Un">Kim Jong Un</a>' in html


def test_actor_index_searches_names_in_any_script(client):
    html = client.get("/actors/", {"q": "최룡해"}).content.decode()
    assert "Choe Ryong Hae" in html and "Xi Jinping" not in html


def test_actor_page_shows_names_in_several_scripts(client):
    html = client.get("/actors/kim-jong-un/").content.decode()
    assert "김정은" in html and "金正恩" in html


def test_unknown_pages_are_404(client):
    assert client.get("/actors/nobody-at-all/").status_code == 404
    assert client.get("/articles/999999/").status_code == 404
    assert client.get("/meetings/999999/").status_code == 404


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_timeline_query_count_does_not_grow_with_data(client):
    _ingest("Kim Jong Un met Xi Jinping in Beijing.", title="one")
    small = _count_queries(client, "/")
    for i in range(8):
        _ingest(f"Report {i}: Choe Ryong Hae and Zhao Leji met in Pyongyang. Li Qiang spoke.", title=f"n{i}")
    assert Article.objects.count() == 9
    assert _count_queries(client, "/") == small


def test_article_page_query_count_does_not_grow_with_mentions(client):
    few = _ingest("Kim Jong Un met Xi Jinping.")
    many = _ingest(" ".join(["Kim Jong Un met Xi Jinping, Li Qiang and Zhao Leji in Pyongyang."] * 20))
    assert many.mentions.count() > few.mentions.count() * 5
    assert _count_queries(client, f"/articles/{few.pk}/") == _count_queries(client, f"/articles/{many.pk}/")

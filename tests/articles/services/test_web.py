"""Ingest from the web against a local server: main text without navigation, charsets, fetch
failures that can be retried, feeds polled with conditional requests, syndicated copies grouped
into one story, and edited originals kept as versions."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from articles import services
from articles.feed_reader import poll_feed
from articles.models import Article, ArticleStatus, Evidence, Feed, FeedEntry
from tests import webserver as web
from tracker.models import Meeting, Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings):
    settings.FETCH_ALLOW_PRIVATE = True
    settings.FETCH_TIMEOUT = 2
    s = web.start(web.Site())
    yield s
    s.server.shutdown()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run what a request or service queued for after commit (the eager task), as a worker would."""

    def run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return run


def test_a_url_posted_to_the_api_ends_done_with_the_main_text_and_not_the_navigation(site, token_client, run_on_commit):
    url = site.html("/id/zhao.html", web.ZHAO_ID)
    resp = run_on_commit(token_client.post, "/api/v1/articles/", {"url": url}, format="json")
    assert resp.status_code == 202, resp.content
    article = Article.objects.get(pk=resp.json()["id"])
    assert article.status == ArticleStatus.DONE, article.error
    assert "Zhao Leji tiba di Pyongyang pada hari Kamis" in article.text
    for chrome in ("MENU LANGGANAN", "IKLAN", "PEMBACA_SATU", "Hak cipta"):
        assert chrome not in article.text, chrome
    assert article.title == "Zhao Leji tiba di Pyongyang"
    assert article.published == dt.date(2024, 4, 12) and article.author == "Redaksi Kabar Contoh"
    assert "<nav>" in article.raw_html and article.fetched_at is not None
    assert article.versions.count() == 1
    visit = Visit.objects.get(visitor__name="Zhao Leji")
    assert visit.destination.name == "Pyongyang" and str(visit.date) == "2024-04-11"
    again = token_client.post("/api/v1/articles/", {"url": url}, format="json")
    assert again.status_code == 200 and again.json()["id"] == article.pk  # the same URL is not stored twice


@pytest.mark.parametrize(
    ("path", "body", "charset", "header", "expected", "person"),
    [
        ("/ko/euckr.html", web.XI_KO, "euc-kr", False, "시진핑 중국 국가주석이 20일 평양에 도착해", "Xi Jinping"),
        ("/zh/gb.html", web.KIM_ZH, "gb2312", True, "习近平在北京人民大会堂同金正恩举行会谈", "Kim Jong Un"),
    ],
    ids=["euc-kr-declared-in-meta-only", "gb2312-declared-in-the-header"],
)
def test_pages_in_legacy_encodings_are_decoded_by_their_declared_charset(
    site, run_on_commit, path, body, charset, header, expected, person
):
    url = site.html(path, body, charset=charset, header_charset=header)
    article = run_on_commit(services.ingest_url, url).article
    article.refresh_from_db()
    assert article.status == ArticleStatus.DONE, article.error
    assert expected in article.text
    assert article.mentions.filter(actor__name=person).exists()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/slow", "did not answer within 2 seconds"),
        ("/missing", "HTTP 404 Not Found"),
        ("/huge", "larger than the limit of 10 MB"),
        ("/loop/a", "Too many redirects"),
        ("/image.png", "is not an HTML page (content type image/png)"),
    ],
    ids=["timeout", "404", "20-mb", "redirect-loop", "not-html"],
)
def test_a_failed_fetch_leaves_the_article_failed_with_a_clear_error(site, run_on_commit, path, message):
    site.routes["/image.png"] = (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    article = run_on_commit(services.ingest_url, site.url(path)).article
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert article.error.startswith("Fetch failed:") and message in article.error, article.error
    assert article.text == "" and not article.versions.exists()


def test_a_failed_fetch_can_be_retried_once_the_page_is_there(site, token_client, run_on_commit):
    url = site.url("/later.html")
    article = run_on_commit(services.ingest_url, url).article
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED and "404" in article.error
    site.html("/later.html", web.ZHAO_ID)
    resp = run_on_commit(token_client.post, f"/api/v1/articles/{article.pk}/reextract/")
    assert resp.status_code == 202
    article.refresh_from_db()
    assert article.status == ArticleStatus.DONE and "Zhao Leji" in article.text and article.error == ""


def test_a_page_with_no_article_text_is_refused_not_stored_empty(site, run_on_commit):
    url = site.html("/empty.html", "<html><head><title>x</title></head><body><nav>Menu</nav></body></html>")
    article = run_on_commit(services.ingest_url, url).article
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED and "No article text was found" in article.error


def test_ingest_command_fetches_a_url(site, capsys, django_capture_on_commit_callbacks):
    url = site.html("/id/zhao.html", web.ZHAO_ID)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", "--url", url)
    assert "(new)" in capsys.readouterr().out
    assert Article.objects.get(url=url).text.startswith("Ketua Komite Tetap")
    with pytest.raises(CommandError, match="not an http or https URL"):
        call_command("ingest", "--url", "file:///etc/passwd")


def test_private_addresses_are_refused_unless_allowed(settings, run_on_commit):
    settings.FETCH_ALLOW_PRIVATE = False
    article = run_on_commit(services.ingest_url, "http://127.0.0.1:9/secret").article
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED and "private or local address" in article.error


def test_a_feed_is_polled_with_conditional_requests_and_never_ingests_an_entry_twice(site, run_on_commit):
    a = site.html("/news/a.html", web.ZHAO_ID)
    b = site.html("/news/b.html", web.WIRE_ORIGINAL)
    feed_url = site.feed(
        "/feed.rss",
        web.rss(
            [
                ("urn:a", a, "Zhao Leji tiba", "Fri, 12 Apr 2024 09:00:00 +0700"),
                ("urn:b", b, "Wang Yi arrives", "Wed, 04 Sep 2019 08:00:00 +0000"),
            ]
        ),
    )
    feed = Feed.objects.create(url=feed_url, source=services.get_or_create_source("Kabar Contoh"))
    first = run_on_commit(poll_feed, feed)
    assert (first.status, first.new) == ("ok", 2)
    for _ in range(3):
        feed.refresh_from_db()
        again = run_on_commit(poll_feed, feed)
        assert again.status == "not modified" and again.new == 0
    assert site.not_modified == 3 and site.hits["/news/a.html"] == 1
    assert Article.objects.count() == 2 and FeedEntry.objects.count() == 2
    assert set(Article.objects.values_list("status", flat=True)) == {ArticleStatus.DONE}
    assert set(Article.objects.values_list("source__name", flat=True)) == {"Kabar Contoh"}

    # The feed changes: one new entry and one old entry repeated under a new link are both seen once.
    c = site.html("/news/c.html", web.INDEPENDENT)
    site.feed(
        "/feed.rss",
        web.rss(
            [
                ("urn:c", c, "Beijing's envoy", "Wed, 04 Sep 2019 10:00:00 +0000"),
                ("urn:a", a, "Zhao Leji tiba", "Fri, 12 Apr 2024 09:00:00 +0700"),
                ("urn:b", b, "Wang Yi arrives", "Wed, 04 Sep 2019 08:00:00 +0000"),
            ]
        ),
    )
    feed.refresh_from_db()
    third = run_on_commit(poll_feed, feed)
    assert (third.status, third.new, third.updated) == ("ok", 1, 0)
    assert Article.objects.count() == 3 and FeedEntry.objects.count() == 3


def test_an_atom_entry_updated_by_the_outlet_is_fetched_again_as_a_new_version(site, run_on_commit):
    page_url = site.html("/edit/story.html", web.EDITED_V1)
    feed_url = site.feed(
        "/feed.atom",
        web.atom([("urn:edit", page_url, "Kim in Beijing", "2019-01-10T08:00:00Z")]),
        ctype="application/atom+xml",
    )
    feed = Feed.objects.create(url=feed_url)
    run_on_commit(poll_feed, feed)
    article = Article.objects.get(url=page_url)
    assert article.status == ArticleStatus.DONE
    assert Meeting.objects.filter(participants__name="Xi Jinping").exists()

    site.html("/edit/story.html", web.EDITED_V2)
    site.feed(
        "/feed.atom",
        web.atom([("urn:edit", page_url, "Kim in Beijing", "2019-01-10T12:30:00Z")]),
        ctype="application/atom+xml",
    )
    feed.refresh_from_db()
    polled = run_on_commit(poll_feed, feed)
    assert polled.updated == 1 and polled.new == 0
    article.refresh_from_db()
    assert article.status == ArticleStatus.DONE
    assert [v.number for v in article.versions.all()] == [1, 2]
    assert "Li Keqiang" in article.text and "Xi Jinping" not in article.text
    # Facts follow the newest version: the meeting the outlet removed is gone, the new one is there.
    assert not Meeting.objects.filter(participants__name="Xi Jinping").exists()
    assert Meeting.objects.filter(participants__name="Li Keqiang").exists()
    # Evidence from the first version stays for the fact both versions report (the arrival).
    visit = Visit.objects.get(visitor__name="Kim Jong Un")
    numbers = sorted(ev.version.number for ev in Evidence.objects.filter(visit=visit))
    assert numbers == [1, 2]


def test_the_article_page_shows_what_the_outlet_changed(site, client, run_on_commit):
    url = site.html("/edit/story.html", web.EDITED_V1)
    article = run_on_commit(services.ingest_url, url).article
    site.html("/edit/story.html", web.EDITED_V2)
    assert run_on_commit(services.refetch_now, article.pk) == "changed"
    html = client.get(article.get_absolute_url()).content.decode()
    assert "version 2 of 2" in html
    assert (
        '<p class="del"><del>Kim Jong Un met Xi Jinping at the Great Hall of the People on Tuesday.</del></p>' in html
    )
    assert (
        '<p class="ins"><ins>Kim Jong Un met Li Keqiang at the Great Hall of the People on Wednesday.</ins></p>' in html
    )
    assert "From earlier versions" in html  # the arrival, quoted from version 1 too
    assert run_on_commit(services.refetch_now, article.pk) == "unchanged"
    assert article.versions.count() == 2


def test_syndicated_copies_are_one_story_and_an_independent_report_is_another(site, client, run_on_commit):
    original = run_on_commit(services.ingest_url, site.html("/wire/a.html", web.WIRE_ORIGINAL), source="Wire").article
    copy = run_on_commit(services.ingest_url, site.html("/copy/a.html", web.WIRE_COPY), source="Daily Copy").article
    other = run_on_commit(services.ingest_url, site.html("/own/a.html", web.INDEPENDENT), source="Own Desk").article
    for a in (original, copy, other):
        a.refresh_from_db()
        assert a.status == ArticleStatus.DONE, a.error
    assert original.story_id == copy.story_id
    assert other.story_id != original.story_id
    visit = Visit.objects.get(visitor__name="Wang Yi")
    assert visit.evidence.values("article").distinct().count() == 3
    html = client.get(visit.get_absolute_url()).content.decode()
    assert "reported by 3 outlets, 2 independent" in html
    body = APIClient().get(f"/api/v1/visits/{visit.pk}/").json()
    assert body["sources"] == 3 and body["independent_sources"] == 2
    assert body["first_reported"] == "2019-09-04" and body["first_seen"] is not None


def test_a_feed_subscribed_in_the_admin_is_polled(site, admin_client, run_on_commit):
    a = site.html("/news/a.html", web.ZHAO_ID)
    feed_url = site.feed("/feed.rss", web.rss([("urn:a", a, "Zhao Leji tiba", "Fri, 12 Apr 2024 09:00:00 +0700")]))
    resp = admin_client.post(
        "/admin/articles/source/add/",
        {
            "name": "Kabar Contoh",
            "domain": "127.0.0.1",
            "country": "ID",
            "feeds-TOTAL_FORMS": "1",
            "feeds-INITIAL_FORMS": "0",
            "feeds-MIN_NUM_FORMS": "0",
            "feeds-MAX_NUM_FORMS": "1000",
            "feeds-0-url": feed_url,
            "feeds-0-active": "on",
        },
    )
    assert resp.status_code == 302, resp.content.decode()[:2000]
    from articles.tasks import poll_feeds

    run_on_commit(poll_feeds.delay)
    run_on_commit(poll_feeds.delay)
    article = Article.objects.get(url=a)
    assert article.status == ArticleStatus.DONE and article.source.name == "Kabar Contoh"
    assert Article.objects.count() == 1 and site.not_modified == 1

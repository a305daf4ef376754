"""Whole responses kept for anonymous readers (tracker.response_cache): served again at the same
data version with one query, gone as soon as anything stored changes, never kept for a signed-in
user, an error or a refused search, and the API's throttle still counts every request."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from tests.factories import ArticleFactory, EvidenceFactory, MeetingFactory
from tracker.models import Actor, Place

pytestmark = pytest.mark.django_db


def _get(client, url, **headers):
    """The response, its body and the queries it ran (the statement timeout's own SET and RESET on
    PostgreSQL not counted)."""
    with CaptureQueriesContext(connection) as ctx:
        resp = client.get(url, **headers)
    content = b"".join(resp.streaming_content) if resp.streaming else resp.content
    queries = [q for q in ctx.captured_queries if "statement_timeout" not in q["sql"]]
    return resp, content, len(queries)


@pytest.fixture
def meeting():
    kim, xi = Actor.objects.get(slug="kim-jong-un"), Actor.objects.get(slug="xi-jinping")
    article = ArticleFactory(text="Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.")
    return MeetingFactory(
        date=dt.date(2019, 1, 8),
        place=Place.objects.get(slug="beijing"),
        participants=[kim, xi],
        evidence__article=article,
    )


@pytest.mark.parametrize(
    "url",
    ["/", "/actors/kim-jong-un/", "/trade/", "/search/?q=Beijing", "/api/v1/meetings/", "/api/v1/events/"],
)
def test_the_same_page_at_the_same_data_version_is_served_with_one_query(client, meeting, url):
    first, body, queries = _get(client, url)
    again, cached_body, cached_queries = _get(client, url)
    assert first.status_code == again.status_code == 200
    assert cached_body == body
    assert queries > 1 and cached_queries == 1  # the data version, and nothing else
    assert again["Content-Type"] == first["Content-Type"]


def test_a_new_fact_shows_at_once(client, meeting):
    before = client.get("/api/v1/meetings/").json()
    assert before["results"] and len(before["results"]) == 1
    MeetingFactory(
        date=dt.date(2019, 6, 20),
        place=Place.objects.get(slug="pyongyang"),
        participants=[Actor.objects.get(slug="kim-jong-un"), Actor.objects.get(slug="xi-jinping")],
    )
    after = client.get("/api/v1/meetings/").json()
    assert len(after["results"]) == 2


def test_an_edit_that_adds_no_row_moves_the_version_too(client, meeting):
    evidence = meeting.evidence.get()
    article = evidence.article
    article.title = "Talks in Beijing, corrected"
    article.save()  # an editor's change in the admin: no new row, no status change
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Talks in Beijing, corrected" in html
    article.title = "Talks in Beijing, corrected twice"
    article.save()
    assert "corrected twice" in client.get(f"/articles/{article.pk}/").content.decode()


def test_formats_and_pages_of_one_path_are_kept_apart(client, meeting):
    json_resp, json_body, _ = _get(client, "/api/v1/events/")
    csv_resp, csv_body, _ = _get(client, "/api/v1/events/?format=csv")
    accept_csv, accept_body, _ = _get(client, "/api/v1/events/", HTTP_ACCEPT="text/csv")
    assert json_resp["Content-Type"].startswith("application/json")
    assert csv_resp["Content-Type"].startswith("text/csv") and accept_csv["Content-Type"].startswith("text/csv")
    assert json_body != csv_body and b"kim-jong-un" in csv_body
    # served again from the cache, each keeps its own type, body and download name
    csv_again, csv_again_body, queries = _get(client, "/api/v1/events/?format=csv")
    assert queries == 1 and csv_again_body == csv_body
    assert csv_again["Content-Type"] == csv_resp["Content-Type"]
    assert csv_again["Content-Disposition"] == csv_resp["Content-Disposition"]
    json_again, json_again_body, queries = _get(client, "/api/v1/events/")
    assert queries == 1 and json_again_body == json_body and json_again["Content-Type"] == json_resp["Content-Type"]
    assert accept_body == csv_body


@pytest.mark.parametrize("url", ["/api/v1/events/?format=csv", "/"])
def test_a_response_over_the_size_limit_is_served_and_not_kept(client, meeting, settings, url):
    settings.RESPONSE_CACHE_MAX_BYTES = 10
    _, body, _ = _get(client, url)
    assert len(body) > 10
    _, again, queries = _get(client, url)
    assert again == body and queries > 1


def test_signed_in_users_are_never_served_a_kept_page(client, meeting, editor):
    _get(client, "/")  # kept for anonymous readers
    client.force_login(editor)
    _, _, queries = _get(client, "/")
    assert queries > 1
    api = APIClient()
    api.force_authenticate(editor)
    _get(api, "/api/v1/meetings/")
    _, _, queries = _get(api, "/api/v1/meetings/")
    assert queries > 1


def test_errors_and_refused_searches_are_not_kept(client, meeting, monkeypatch):
    from tracker import selectors

    assert _get(client, "/meetings/999999/")[2] > 1
    assert _get(client, "/meetings/999999/")[2] > 1

    def too_broad(q):
        raise selectors.SearchTooBroad(q)

    monkeypatch.setattr(selectors, "search", too_broad)
    assert client.get("/search/?q=a").status_code == 503
    monkeypatch.undo()
    resp = client.get("/search/?q=a")
    assert resp.status_code == 200  # the refusal was not kept


def test_the_throttle_counts_requests_served_from_the_cache(meeting, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    api = APIClient()
    codes = [api.get("/api/v1/meetings/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_turned_off_with_zero_seconds(client, meeting, settings):
    settings.RESPONSE_CACHE_SECONDS = 0
    _get(client, "/")
    assert _get(client, "/")[2] > 1


def test_evidence_of_a_new_report_shows_on_the_fact_page(client, meeting):
    url = f"/meetings/{meeting.pk}/"
    assert client.get(url).content.decode().count("Kim Jong Un held talks") == 1
    EvidenceFactory(fact=meeting, article=ArticleFactory(text="A second outlet: Kim Jong Un held talks with Xi."))
    assert "A second outlet" in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/", b"Xi Jinping"),
        ("/actors/kim-jong-un/", b"Xi Jinping"),
        ("/trade/", b"HS"),
        ("/api/v1/meetings/", b"xi-jinping"),
        ("/api/v1/events/", b"xi-jinping"),
    ],
)
def test_with_the_redis_cache_server_down_every_page_is_served(client, meeting, settings, url, shown):
    """Reads are misses and writes are dropped when Redis cannot be reached: the response cache,
    the cached counts, the actor page's {% cache %} fragment and the API throttle all go on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "tracker.cache_backend.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    resp = client.get(url)
    assert resp.status_code == 200
    body = b"".join(resp.streaming_content) if resp.streaming else resp.content
    assert shown in body
    assert client.get(url).status_code == 200


def test_a_redis_server_that_never_answers_is_left_alone_after_its_first_timeout(client, meeting, settings):
    """A server that accepts connections and never answers would cost every cache call its socket
    timeout (several a page); after the first failure the process leaves it alone for
    CACHE_DOWN_SECONDS and pages are computed without it."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted = []

    def accept():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)  # held open, never read or answered

    threading.Thread(target=accept, daemon=True).start()
    settings.CACHE_DOWN_SECONDS = 60
    settings.CACHES = {
        "default": {
            "BACKEND": "tracker.cache_backend.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{listener.getsockname()[1]}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.2},
        }
    }
    try:
        assert client.get(f"/meetings/{meeting.pk}/").status_code == 200
        tried = len(accepted)
        assert tried >= 1  # the first request did try the server
        for url in (f"/meetings/{meeting.pk}/", "/", "/actors/kim-jong-un/", "/api/v1/meetings/"):
            assert client.get(url).status_code == 200
        assert len(accepted) == tried  # and nothing since
    finally:
        listener.close()
        for conn in accepted:
            conn.close()

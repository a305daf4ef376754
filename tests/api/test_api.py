"""REST API v1: reads with evidence, filters, exports, writes, schema."""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from articles.models import Article, ArticleStatus
from articles.services import ingest_article
from tests.factories import (
    ActorFactory,
    AgreementFactory,
    ArticleFactory,
    EvidenceFactory,
    MeetingFactory,
    SourceFactory,
    TradeItemFactory,
    VisitFactory,
)
from tracker.models import Actor, Commodity, DatePrecision, Place

pytestmark = pytest.mark.django_db


def _article(text, published, outlet, language):
    return ArticleFactory(
        text=text,
        published=dt.date.fromisoformat(published),
        source=SourceFactory(name=outlet),
        language=language,
        status=ArticleStatus.DONE,
    )


@pytest.fixture
def data():
    """Facts as the worker stores them, built with factories (no extraction): talks in Beijing
    and the trip there, reported by two outlets in two languages, a visit, and two goods traded."""
    actor, place = Actor.objects.get, Place.objects.get
    reports = [
        _article("Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.", "2019-01-09", "Wire A", "en"),
        _article("习近平8日在北京同金正恩举行会谈。", "2019-01-09", "Wire B", "zh"),
    ]
    meeting = MeetingFactory(
        date=dt.date(2019, 1, 8),
        place=place(slug="beijing"),
        participants=[actor(slug="kim-jong-un"), actor(slug="xi-jinping")],
        evidence__article=reports[0],
    )
    EvidenceFactory(fact=meeting, article=reports[1])
    # talks in Beijing report Kim's trip there too, known to the month
    trip = VisitFactory(
        date=dt.date(2019, 1, 1),
        date_precision=DatePrecision.MONTH,
        visitor=actor(slug="kim-jong-un"),
        destination=place(slug="beijing"),
        evidence__article=reports[0],
    )
    EvidenceFactory(fact=trip, article=reports[1])
    visit = _article("Zhao Leji arrived in Pyongyang on Thursday.", "2024-04-12", "Wire", "en")
    VisitFactory(
        date=dt.date(2024, 4, 11),
        visitor=actor(slug="zhao-leji"),
        destination=place(slug="pyongyang"),
        evidence__article=visit,
    )
    trade = _article("China exported soybean oil and sugar to North Korea last year.", "2024-03-01", "Wire", "en")
    for good in ("soybean oil", "sugar"):
        TradeItemFactory(
            date=dt.date(2023, 1, 1),
            date_precision=DatePrecision.YEAR,
            commodity=Commodity.objects.get(name=good),
            exporter="CN",
            importer="KP",
            evidence__article=trade,
        )
    return [*reports, visit, trade]


@pytest.fixture
def api():
    return APIClient()


def test_meeting_list_carries_participants_and_evidence(api, data):
    body = api.get("/api/v1/meetings/").json()
    (meeting,) = body["results"]
    assert {p["slug"] for p in meeting["participants"]} == {"kim-jong-un", "xi-jinping"}
    assert meeting["date"] == "2019-01-08" and meeting["sources"] == 2
    ev = meeting["evidence"][0]
    assert set(ev) == {
        "article",
        "article_url",
        "article_title",
        "outlet",
        "state_media",
        "language",
        "published",
        "sentence",
        "start",
        "end",
    }
    article = Article.objects.get(pk=ev["article"])
    assert article.text[ev["start"] : ev["end"]] == ev["sentence"]


def test_filters_on_lists(api, data):
    assert len(api.get("/api/v1/meetings/", {"actor": "zhao-leji"}).json()["results"]) == 0
    assert len(api.get("/api/v1/visits/", {"actor": "zhao-leji"}).json()["results"]) == 1
    assert len(api.get("/api/v1/visits/", {"date_from": "2025-01-01"}).json()["results"]) == 0
    assert len(api.get("/api/v1/meetings/", {"language": "zh"}).json()["results"]) == 1
    assert len(api.get("/api/v1/trade-items/", {"hs": "15", "exporter": "CN"}).json()["results"]) == 1
    assert api.get("/api/v1/actors/", {"q": "김정은"}).json()["results"][0]["slug"] == "kim-jong-un"


@pytest.mark.parametrize("value", ["kim-jong-un", "Kim Jong Un", "김정은", "金正恩", "Ким Чен Ын"])
def test_actor_and_place_parameters_take_a_slug_or_any_alias(api, data, value):
    (meeting,) = api.get("/api/v1/meetings/", {"actor": value}).json()["results"]
    assert {p["slug"] for p in meeting["participants"]} == {"kim-jong-un", "xi-jinping"}
    events = api.get("/api/v1/events/", {"actor": value}).json()["results"]
    assert events == api.get("/api/v1/events/", {"actor": "kim-jong-un"}).json()["results"]
    assert "meeting" in {e["event"] for e in events}
    assert len(api.get("/api/v1/meetings/", {"actor": value, "place": "北京"}).json()["results"]) == 1
    assert len(api.get("/api/v1/meetings/", {"actor": value, "place": "Pyongyang"}).json()["results"]) == 0
    assert len(api.get("/api/v1/visits/", {"actor": "자오러지", "place": "평양"}).json()["results"]) == 1


def _body(resp) -> str:
    return b"".join(resp.streaming_content).decode("utf-8-sig")


def test_events_export_csv_and_ndjson_with_the_lists_filters(api, data):
    listed = api.get("/api/v1/events/", {"actor": "김정은"}).json()["results"]
    csv_resp = api.get("/api/v1/events/", {"actor": "김정은", "format": "csv"})
    assert csv_resp.status_code == 200 and csv_resp["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(_body(csv_resp))))
    assert [(r["event"], int(r["id"])) for r in rows] == [(e["event"], e["id"]) for e in listed]
    assert {"participants", "visitor_name", "evidence_sentence"} <= set(rows[0])
    lines = _body(api.get("/api/v1/events/", {"actor": "김정은", "format": "ndjson"})).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in listed]
    assert _body(api.get("/api/v1/events/", {"actor": "Nobody Here", "format": "ndjson"})) == ""


def test_an_unknown_name_as_a_filter_matches_nothing(api, data):
    assert api.get("/api/v1/meetings/", {"actor": "Nobody Here"}).json()["results"] == []
    assert api.get("/api/v1/visits/", {"place": "Atlantis"}).json()["results"] == []


def test_facts_filter_by_the_article_that_reports_them(api, data):
    chinese = data[1]
    (meeting,) = api.get("/api/v1/meetings/", {"article": chinese.pk}).json()["results"]
    assert chinese.pk in {ev["article"] for ev in meeting["evidence"]}
    # talks in Beijing report Kim's trip there too: the only visit the Chinese article supports
    (trip,) = api.get("/api/v1/visits/", {"article": chinese.pk}).json()["results"]
    assert trip["visitor"]["slug"] == "kim-jong-un"
    (visit,) = api.get("/api/v1/visits/", {"article": data[2].pk}).json()["results"]
    assert visit["visitor"]["slug"] == "zhao-leji"
    assert api.get("/api/v1/meetings/", {"article": "x"}).status_code == 400
    # an id is a whole number from 1 in the database's range, as the schema says; any such id
    # that names no article matches nothing
    for bad in ("1.5", "0", "-3", str(2**63), "", " "):
        assert api.get("/api/v1/meetings/", {"article": bad}).status_code == 400, bad
    assert api.get("/api/v1/meetings/", {"article": str(2**63 - 1)}).json()["results"] == []


@pytest.mark.parametrize("param", ["place", "actor"])
def test_events_refuse_a_name_holding_a_nul_but_answer_an_unknown_one_with_nothing(api, data, param):
    assert api.get("/api/v1/events/", {param: "kim\x00jong"}).status_code == 400
    body = api.get("/api/v1/events/", {param: "no-such-name"}).json()
    assert body["count"] == 0 and body["results"] == []


@pytest.mark.parametrize("query", ["cursor=%00x&format=csv", "format=json%00", "actor=kim%00"])
def test_a_nul_anywhere_in_an_api_query_is_refused_naming_the_parameter(api, data, query):
    response = api.get(f"/api/v1/meetings/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()["detail"]


@pytest.mark.parametrize("param", ["date_from", "date_to"])
def test_events_refuse_an_empty_date(api, data, param):
    assert api.get("/api/v1/events/", {param: ""}).status_code == 400


@pytest.mark.parametrize("page", ["null", "0", "-1", "1.5", "٣", "9" * 5000])
def test_events_refuse_a_page_that_is_not_a_page_number(api, data, page):
    assert api.get("/api/v1/events/", {"page": page}).status_code == 400


def test_events_stream_mixes_kinds_in_date_order(api, data):
    body = api.get("/api/v1/events/").json()
    assert [(r["event"], r["date"]) for r in body["results"]] == [
        ("visit", "2024-04-11"),
        ("meeting", "2019-01-08"),
        ("visit", "2019-01-01"),  # Kim's trip to Beijing, known to the month from the talks there
    ]
    assert api.get("/api/v1/events/", {"date_from": "bad"}).status_code == 400


def test_csv_export_loads_in_pandas_with_evidence_columns(api, data):
    import pandas as pd

    resp = api.get("/api/v1/meetings/", {"actor": "kim-jong-un", "format": "csv"})
    assert resp.status_code == 200 and resp["Content-Type"].startswith("text/csv")
    frame = pd.read_csv(io.BytesIO(b"".join(resp.streaming_content)), encoding="utf-8-sig")
    assert len(frame) == 1
    assert {
        "participants",
        "participants_slugs",
        "evidence_sentence",
        "evidence_article_url",
        "evidence_outlet",
    } <= set(frame.columns)
    assert "Kim Jong Un" in frame.loc[0, "participants"]


def test_csv_cells_cannot_run_as_formulas(api, data):
    with TestCase.captureOnCommitCallbacks(execute=True):
        ingest_article(text="A text about trade.", title='=HYPERLINK("http://x","y")', published=dt.date(2024, 1, 1))
    import pandas as pd

    resp = api.get("/api/v1/articles/", {"format": "csv"})
    frame = pd.read_csv(io.BytesIO(b"".join(resp.streaming_content)), encoding="utf-8-sig")
    titles = list(frame["title"])
    assert '\'=HYPERLINK("http://x","y")' in titles
    assert not any(str(t).startswith(("=", "+", "-", "@")) for t in titles)


def test_ndjson_export_is_one_object_a_line(api, data):
    resp = api.get("/api/v1/visits/", {"format": "ndjson"})
    lines = b"".join(resp.streaming_content).decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["visitor"]["slug"] for r in records] == ["zhao-leji", "kim-jong-un"]


def test_post_article_needs_a_token(api):
    resp = api.post("/api/v1/articles/", {"text": "Kim Jong Un met Xi Jinping."}, format="json")
    assert resp.status_code == 401
    assert Article.objects.count() == 0


def test_post_article_is_accepted_and_deduplicated(token_client, django_capture_on_commit_callbacks):
    body = {"title": "Talks", "text": "Kim Jong Un met Xi Jinping in Beijing on Tuesday.", "published": "2019-01-09"}
    with django_capture_on_commit_callbacks(execute=True):
        first = token_client.post("/api/v1/articles/", body, format="json")
    assert first.status_code == 202
    assert first.json()["status_url"].endswith(f"/api/v1/articles/{first.json()['id']}/")
    again = token_client.post("/api/v1/articles/", body, format="json")
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"] and not again.json()["created"]
    assert Article.objects.count() == 1
    status = token_client.get(first.json()["status_url"]).json()
    assert status["status"] == "done" and status["text"] == body["text"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "   "}, "text"),
        ({}, "text"),
        ({"text": "x", "published": "12/04/2024"}, "published"),
        ({"text": "x", "language": "not a language"}, "language"),
        ({"text": "x", "url": "not a url"}, "url"),
        ({"url": "ftp://example.org/a"}, "url"),  # only http(s) pages are fetched
    ],
)
def test_bad_bodies_get_400_with_field_errors(token_client, body, field):
    resp = token_client.post("/api/v1/articles/", body, format="json")
    assert resp.status_code == 400 and field in resp.json(), resp.json()
    assert Article.objects.count() == 0


def test_over_large_body_gets_413(token_client, settings):
    settings.API_MAX_BODY_BYTES = 1000
    resp = token_client.post("/api/v1/articles/", {"text": "x" * 2000}, format="json")
    assert resp.status_code == 413 and "limit is 1,000" in resp.json()["detail"]


def test_wrong_content_type_gets_415(token_client):
    resp = token_client.post("/api/v1/articles/", data=b"text=hello", content_type="application/x-unknown")
    assert resp.status_code == 415


def test_html_body_is_turned_into_text(token_client, django_capture_on_commit_callbacks):
    html = "<html><script>alert(1)</script><p>Kim Jong Un met Xi Jinping.</p></html>"
    with django_capture_on_commit_callbacks(execute=True):
        resp = token_client.post("/api/v1/articles/", {"html": html}, format="json")
    article = Article.objects.get(pk=resp.json()["id"])
    assert "alert" not in article.text and "Kim Jong Un met Xi Jinping." in article.text
    assert article.raw_html == html


def test_reextract_needs_login_and_requeues(api, token_client, data, django_capture_on_commit_callbacks):
    article = data[0]
    assert api.post(f"/api/v1/articles/{article.pk}/reextract/").status_code == 401
    Article.objects.filter(pk=article.pk).update(status="failed", error="boom")
    with django_capture_on_commit_callbacks(execute=True):
        resp = token_client.post(f"/api/v1/articles/{article.pk}/reextract/")
    assert resp.status_code == 202
    article.refresh_from_db()
    assert article.status == "done" and article.error == ""


def test_anonymous_requests_are_throttled(api, monkeypatch, data):
    from django.core.cache import cache
    from rest_framework.throttling import AnonRateThrottle

    cache.clear()
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "2/minute")
    codes = [api.get("/api/v1/sources/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    cache.clear()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/meetings/",
        "/api/v1/visits/",
        "/api/v1/agreements/",
        "/api/v1/trade-items/",
        "/api/v1/actors/",
        "/api/v1/articles/",
        "/api/v1/places/",
        "/api/v1/events/",
    ],
)
def test_list_endpoints_run_a_fixed_number_of_queries(api, url):
    def every_kind(date, outlet):
        article = _article(f"A report from {outlet}.", f"{date.year}-12-31", outlet, "en")
        people = [ActorFactory(), ActorFactory()]
        MeetingFactory(date=date, participants=people, evidence__article=article)
        VisitFactory(date=date, visitor=people[0], evidence__article=article)
        AgreementFactory(date=date, signatories=people, evidence__article=article)
        TradeItemFactory(date=date, evidence__article=article)

    every_kind(dt.date(2019, 1, 8), "Wire")

    def count(page_size):
        with CaptureQueriesContext(connection) as ctx:
            assert api.get(url, {"page_size": page_size}).status_code == 200
        return len(ctx.captured_queries)

    small = count(2)
    for i in range(5):
        every_kind(dt.date(2010 + i, 3, i + 1), f"Outlet {i}")
    assert count(50) == small


def test_schema_is_valid_with_no_warnings():
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null")


def test_docs_are_served_from_vendored_assets(client):
    html = client.get("/api/v1/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html and "cdn" not in html.lower()


def test_atom_feed_lists_new_events_with_filters(client, data):
    body = client.get("/api/v1/events/feed/", {"actor": "zhao-leji"}).content.decode()
    assert body.startswith("<?xml") and "http://www.w3.org/2005/Atom" in body
    assert "Visit: Zhao Leji to Pyongyang" in body and "Kim Jong Un" not in body
    assert client.get("/api/v1/events/feed/", {"date_from": "not a date"}).status_code == 400


def test_cameo_export_has_gdelt_columns_and_codes(client, data):
    import csv

    resp = client.get("/api/v1/events/cameo/")
    assert resp.streaming  # streamed, as every other export
    rows = list(csv.DictReader(io.StringIO(b"".join(resp.streaming_content).decode())))
    meeting = next(r for r in rows if r["EventCode"] == "040")
    assert {meeting["Actor1CountryCode"], meeting["Actor2CountryCode"]} == {"PRK", "CHN"}
    assert meeting["SQLDATE"] == "20190108" and meeting["NumArticles"] == "2"
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["Actor1Name"] == "Zhao Leji" and visit["ActionGeo_FullName"] == "Pyongyang"


EXPECTED_COLUMNS = {
    "meetings": [
        "id",
        "date",
        "date_precision",
        "kind",
        "participants",
        "participants_slugs",
        "place_slug",
        "place_name",
        "place_country",
        "review_state",
        "first_reported",
        "first_seen",
        "sources",
        "independent_sources",
        "evidence_article",
        "evidence_article_url",
        "evidence_outlet",
        "evidence_language",
        "evidence_published",
        "evidence_sentence",
    ],
    "visits": [
        "id",
        "date",
        "date_precision",
        "end_date",
        "status",
        "visitor_slug",
        "visitor_name",
        "visitor_country",
        "destination_slug",
        "destination_name",
        "destination_country",
        "review_state",
        "first_reported",
        "first_seen",
        "sources",
        "independent_sources",
        "evidence_article",
        "evidence_article_url",
        "evidence_outlet",
        "evidence_language",
        "evidence_published",
        "evidence_sentence",
    ],
    "trade-items": [
        "id",
        "commodity",
        "hs_code",
        "exporter",
        "importer",
        "status",
        "date",
        "date_precision",
        "value",
        "currency",
        "quantity",
        "unit",
        "sanction_measure",
        "review_state",
        "first_reported",
        "first_seen",
        "sources",
        "independent_sources",
        "evidence_article",
        "evidence_article_url",
        "evidence_outlet",
        "evidence_language",
        "evidence_published",
        "evidence_sentence",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_COLUMNS))
def test_csv_export_columns_are_pinned(api, data, name):
    resp = api.get(f"/api/v1/{name}/", {"format": "csv"})
    header = b"".join(resp.streaming_content).decode("utf-8-sig").splitlines()[0]
    assert header.split(",") == EXPECTED_COLUMNS[name]


def _keys(value):
    """The shape of a JSON value: keys of objects (recursively, first item of lists)."""
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_keys(value[0])] if value else []
    return None


SHAPES = Path(__file__).with_name("expected_shapes.json")


@pytest.mark.parametrize("name", ["meetings", "visits", "trade-items", "actors", "articles", "events"])
def test_json_and_ndjson_shapes_are_pinned(api, data, name):
    """GIVEN the saved shapes in expected_shapes.json WHEN each list is read as JSON and NDJSON
    THEN its records have exactly the saved keys (a changed export must update the file on purpose)."""
    expected = json.loads(SHAPES.read_text())
    body = api.get(f"/api/v1/{name}/").json()
    record = body["results"][0]
    assert _keys(record) == expected[name], f"{name} JSON shape changed"
    if name != "events":
        resp = api.get(f"/api/v1/{name}/", {"format": "ndjson"})
        first = json.loads(b"".join(resp.streaming_content).decode().splitlines()[0])
        assert _keys(first) == expected[name], f"{name} NDJSON shape changed"


def test_tokens_are_made_with_drf_create_token(django_user_model, capsys):
    django_user_model.objects.create_user("editor", password="pw-123456789")
    call_command("drf_create_token", "editor")
    key = capsys.readouterr().out.split()[2]
    assert Token.objects.get(user__username="editor").key == key


@pytest.mark.parametrize(
    ("path", "param"),
    [("/api/v1/visits/", "date_to"), ("/api/v1/meetings/", "date_from"), ("/api/v1/articles/", "published_from")],
)
def test_a_date_filter_given_empty_is_an_error_not_no_filter(api, data, path, param):
    """?date_to= with nothing after it is a mistake in the caller's script: say so (400), rather
    than answer with every record as if the filter had not been given."""
    resp = api.get(path, {param: ""})
    assert resp.status_code == 400 and "empty" in resp.json()[param][0]
    assert api.get(path, {param: "2019-01-01"}).status_code == 200


def test_events_are_cursor_paginated_and_a_cursor_survives_new_events(api, data):
    every = [(e["event"], e["id"]) for e in api.get("/api/v1/events/").json()["results"]]
    assert len(every) >= 3
    seen, url = [], "/api/v1/events/?cursor=&page_size=1"
    first = api.get(url).json()
    seen += [(e["event"], e["id"]) for e in first["results"]]
    MeetingFactory(date=dt.date(2018, 5, 2))  # a new event
    url = first["next"]
    while url:
        body = api.get(url).json()
        seen += [(e["event"], e["id"]) for e in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(every) <= set(seen)  # nothing skipped
    assert api.get("/api/v1/events/", {"cursor": "not-a-cursor"}).status_code == 400
    assert api.get("/api/v1/events/", {"cursor": "", "page_size": "0"}).status_code == 400
    assert "cursor=" in api.get("/api/v1/events/").json()["next"]  # the page-numbered list links the cursor pages

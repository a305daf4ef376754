import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Evidence
from tests.factories import ingest_now as _ingest
from tracker.models import Actor, Meeting, Place, Visit

pytestmark = pytest.mark.django_db


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


# --- pages of the dashboard -------------------------------------------------------------------


@pytest.fixture
def two_reports():
    a = _ingest(
        "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.", title="Talks", published=dt.date(2019, 1, 9)
    )
    b = _ingest("习近平8日在北京同金正恩举行会谈。", title="会谈", published=dt.date(2019, 1, 9))
    c = _ingest("Zhao Leji arrived in Pyongyang on Thursday.", title="Visit", published=dt.date(2024, 4, 12))
    return a, b, c


def test_timeline_filters_by_actor_kind_and_date(client, two_reports):
    html = client.get("/", {"actor": "zhao-leji"}).content.decode()
    assert "Zhao Leji visits Pyongyang" in html and "Kim Jong Un – Xi Jinping" not in html
    html = client.get("/", {"kind": "meeting"}).content.decode()
    assert "Kim Jong Un – Xi Jinping" in html and "visits Pyongyang" not in html
    html = client.get("/", {"date_from": "2020-01-01"}).content.decode()
    assert "Zhao Leji visits Pyongyang" in html and "Kim Jong Un – Xi Jinping" not in html
    html = client.get("/", {"language": "zh"}).content.decode()
    assert "Kim Jong Un – Xi Jinping" in html and "Zhao Leji visits" not in html


def test_timeline_reports_bad_filters_instead_of_ignoring_them(client, two_reports):
    resp = client.get("/", {"actor": "nobody-here", "date_from": "2020-01-01", "date_to": "2019-01-01"})
    html = resp.content.decode()
    assert resp.status_code == 200
    assert "No actor is called “nobody-here”" in html
    assert "The end date (1 Jan 2019) is before the start date (1 Jan 2020); swap them" in html
    # and no unfiltered list under the messages
    assert "Zhao Leji visits Pyongyang" not in html and "Kim Jong Un – Xi Jinping" not in html


@pytest.mark.parametrize(
    ("param", "typed", "slug"),
    [("actor", "Zhao Leji", "zhao-leji"), ("actor", "자오러지", "zhao-leji"), ("actor", "赵乐际", "zhao-leji"),
     ("place", "Pyongyang", "pyongyang"), ("place", "평양", "pyongyang")],
)  # fmt: skip
def test_timeline_filters_take_a_name_in_any_script_and_keep_the_slug_in_the_url(
    client, two_reports, param, typed, slug
):
    resp = client.get("/", {param: typed})
    assert resp.status_code == 302 and f"{param}={slug}" in resp["Location"]
    html = client.get(resp["Location"]).content.decode()
    assert "Zhao Leji visits Pyongyang" in html and "Kim Jong Un – Xi Jinping" not in html


def test_the_timeline_suggests_names_while_typing(client, two_reports):
    html = client.get("/").content.decode()
    assert 'list="actor-names"' in html and '<datalist id="actor-names">' in html
    assert '<option value="Zhao Leji">' in html


def test_timeline_groups_by_month_and_counts_sources(client, two_reports):
    html = client.get("/").content.decode()
    assert '<h3 class="month">January 2019</h3>' in html and '<h3 class="month">April 2024</h3>' in html
    assert "2 sources" in html
    assert 'id="timeline-items"' in html and 'id="chart-data"' in html


def test_fact_pages_show_map_context_and_evidence(client, two_reports):
    meeting = Meeting.objects.get()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert '<svg class="map"' in html and "Map: Beijing" in html
    assert "The first meeting between" in html
    assert "reported by 2 outlets, 2 independent · 2 articles" in html
    assert "First reported" in html and "First seen here" in html
    from tracker.models import Visit

    visit = Visit.objects.get(visitor__name="Zhao Leji")
    html = client.get(visit.get_absolute_url()).content.decode()
    assert "Zhao Leji visits Pyongyang" in html and "Map: Pyongyang" in html


def test_context_line_names_the_previous_meeting(client):
    _ingest("Kim Jong Un held talks with Xi Jinping in Pyongyang on Thursday.", published=dt.date(2019, 6, 21))
    _ingest("Kim Jong Un held talks with Xi Jinping in Beijing on Thursday.", published=dt.date(2025, 9, 5))
    latest = Meeting.objects.order_by("-date").first()
    html = client.get(latest.get_absolute_url()).content.decode()
    assert "First meeting between" in html and "since June 2019" in html


def test_article_page_highlights_dates_and_event_words(client, two_reports):
    article = two_reports[0]
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'class="hl date" title="2019-01-08">Tuesday</mark>' in html
    assert 'class="hl trigger meeting"' in html
    # the marks are what extraction stored, not found again on each request
    start = article.text.index("Tuesday")
    article.highlights = [[start, start + 7, "date", "2019-01-07"]]
    article.save()  # an edit by hand: the data version moves, a kept copy of the page is not served
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'class="hl date" title="2019-01-07">Tuesday</mark>' in html and 'class="hl trigger meeting"' not in html


def test_trade_page_lists_headings_and_evidence(client):
    _ingest("China exported soybean oil and sugar to North Korea last year.", published=dt.date(2024, 3, 1))
    html = client.get("/trade/").content.decode()
    assert "1507" in html and "soybean oil" in html and "CN → KP" in html
    from tracker.models import Commodity

    soy = Commodity.objects.get(hs_code="1507")
    html = client.get("/trade/", {"commodity": soy.pk}).content.decode()
    assert "China exported soybean oil and sugar to North Korea last year." in html


def test_search_finds_articles_and_names_in_any_script(client, two_reports):
    html = client.get("/search/", {"q": "김정은"}).content.decode()
    assert "/actors/kim-jong-un/" in html and "Talks" in html and "会谈" in html
    html = client.get("/search/", {"q": "会谈"}).content.decode()
    assert f"/articles/{two_reports[1].pk}/" in html
    html = client.get("/search/", {"q": "talks"}).content.decode()
    assert f"/articles/{two_reports[0].pk}/" in html


@pytest.mark.parametrize(
    "url",
    ["/", "/?kind=meeting", "/actors/", "/actors/kim-jong-un/", "/trade/", "/search/?q=Kim", "MEETING", "ARTICLE"],
)
def test_pages_run_a_fixed_number_of_queries(client, url):
    def resolve(u):
        if u == "MEETING":
            return Meeting.objects.order_by("pk").first().get_absolute_url()
        if u == "ARTICLE":
            return f"/articles/{Article.objects.order_by('pk').first().pk}/"
        return u

    every_kind = (
        "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday. Zhao Leji arrived in Pyongyang on Monday. "
        "The two sides signed an agreement on trade. China exported sugar to North Korea."
    )
    _ingest(every_kind, published=dt.date(2019, 1, 9))
    small = _count_queries(client, resolve(url))
    for i in range(6):
        _ingest(
            f"Report {i}: Kim Jong Un held talks with Xi Jinping and Li Qiang in Beijing on Tuesday. "
            f"Zhao Leji arrived in Pyongyang on {i + 1} April. China exported sugar to North Korea.",
            published=dt.date(2018 + i, 4, 12),
        )
    assert _count_queries(client, resolve(url)) == small


# --- cached aggregates show every change at once ----------------------------------------------


def test_an_actor_page_shows_a_new_report_a_renamed_place_and_a_deleted_meeting_at_once(client):
    """The actor page renders its lists and aggregates once per data version; each kind of change
    must move the version, or the page would go on showing what was before."""
    _ingest("Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.", published=dt.date(2019, 1, 9))
    html = client.get("/actors/kim-jong-un/").content.decode()
    assert "Xi Jinping" in html and "Beijing" in html and "Zhao Leji" not in html

    _ingest("Kim Jong Un held talks with Zhao Leji in Pyongyang on 13 April 2024.", published=dt.date(2024, 4, 14))
    assert 'href="/actors/zhao-leji/"' in client.get("/actors/kim-jong-un/").content.decode()  # a partner now

    beijing = Place.objects.get(name="Beijing")
    beijing.name = "Peking"
    beijing.save()
    html = client.get("/actors/kim-jong-un/").content.decode()
    assert "Peking" in html and "· Beijing" not in html

    Meeting.objects.get(participants__name="Xi Jinping").delete()  # not the newest: no id moves
    assert 'href="/actors/xi-jinping/"' not in client.get("/actors/kim-jong-un/").content.decode()


def test_cached_counts_and_chart_follow_a_review_and_a_deletion():
    from tracker import review, selectors

    _ingest("Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.", published=dt.date(2019, 1, 9))
    _ingest("Zhao Leji arrived in Pyongyang on Thursday.", published=dt.date(2024, 4, 12))
    _ingest("Zhao Leji held talks with Kim Jong Un in Pyongyang on Friday.", published=dt.date(2024, 4, 13))
    everything = selectors.TimelineFilters()
    chart = {row["year"]: row for row in selectors.contacts_per_year(everything)}
    assert chart[2019]["meetings"] == 1 and chart[2024]["visits"] == 1
    _rows, page = selectors.timeline_page(everything)
    # the two meetings, Zhao's trip (one fact: the talks in Pyongyang date it only to the month),
    # and Kim's trip to Beijing, which the talks there report
    assert page.paginator.count == 4

    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create(username="editor", is_staff=True)
    meeting = Meeting.objects.get(participants__name="Xi Jinping")
    review.edit(meeting, staff, {"date": "2018-06-19"})
    chart = {row["year"]: row for row in selectors.contacts_per_year(everything)}
    assert chart[2018]["meetings"] == 1 and chart[2019]["meetings"] == 0

    meeting.delete()  # not the newest meeting: only the record of the deletion moves the version
    _rows, page = selectors.timeline_page(everything)
    assert page.paginator.count == 3
    assert selectors.status_counts()["done"] == 3


def test_the_gazetteer_version_follows_a_renamed_place_but_not_a_new_outlet():
    from articles.models import Source
    from articles.services import gazetteer_version

    before = gazetteer_version()
    Source.objects.create(name="Another Wire")
    assert gazetteer_version() == before  # workers keep their pipeline
    place = Place.objects.get(name="Beijing")
    place.name = "Peking"
    place.save()
    assert gazetteer_version() != before  # the gazetteer's names changed: workers rebuild


def test_languages_are_named_not_coded(client, two_reports):
    html = client.get("/").content.decode()
    assert '<option value="zh">Chinese</option>' in html
    assert "(Chinese)</a>" in html and "(zh)</a>" not in html


def test_the_timeline_filters_confirmed_facts_and_every_fact_shows_its_review_state(client, two_reports, admin_user):
    from tracker import review

    visit = Visit.objects.get(visitor__slug="zhao-leji")
    html = client.get("/").content.decode()
    assert "machine-read" in html and "confirmed by an editor" not in html
    assert client.get("/", {"reviewed": "on"}).content.decode().count('class="event ') == 0
    review.confirm(visit, admin_user)
    html = client.get("/", {"reviewed": "on"}).content.decode()
    assert "Zhao Leji visits Pyongyang" in html and "Kim Jong Un – Xi Jinping" not in html
    assert "✓ confirmed by an editor" in html
    assert "✓ confirmed by an editor" in client.get(visit.get_absolute_url()).content.decode()


def test_pages_link_exports_of_exactly_what_they_show(client, two_reports):
    import csv
    import io
    import re

    html = client.get("/", {"actor": "zhao-leji"}).content.decode()
    href = re.search(r'href="([^"]*format=csv)"', html).group(1).replace("&amp;", "&")
    assert "actor=zhao-leji" in href
    body = b"".join(client.get(href).streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    listed = html.count('class="event ')
    assert len(rows) == listed >= 1 and {r["event"] for r in rows} == {"visit"}
    atom = re.search(r'href="([^"]*)" type="application/atom\+xml"', html).group(1).replace("&amp;", "&")
    assert client.get(atom).status_code == 200
    actor_html = client.get("/actors/zhao-leji/").content.decode()
    assert "/api/v1/events/?actor=zhao-leji&amp;format=csv" in actor_html
    assert "/api/v1/trade-items/?format=csv" in client.get("/trade/").content.decode()
    root = client.get("/api/v1/").json()
    assert {"schema", "docs (Swagger UI)", "docs (ReDoc)"} <= set(root)


def test_the_actor_list_is_paginated_counted_and_hides_the_unmentioned_unless_asked(client, two_reports):
    html = client.get("/actors/").content.decode()
    mentioned = (
        Actor.objects.filter(mentions__isnull=False, is_candidate=False).exclude(kind="country").distinct().count()
    )
    assert f"of {mentioned} actors mentioned in articles" in html
    assert "Zhao Leji" in html and "Mao Zedong" not in html
    everyone = client.get("/actors/", {"all": "1"}).content.decode()
    total = Actor.objects.filter(is_candidate=False).exclude(kind="country").count()
    assert f"Showing 1–50 of {total} actors" in everyone and 'rel="next"' in everyone
    assert "Page 2 of" in client.get("/actors/", {"all": "1", "page": "2"}).content.decode()


def test_a_place_page_lists_what_happened_there_and_place_names_link_to_it(client, two_reports):
    meeting = Meeting.objects.get()
    meeting_html = client.get(meeting.get_absolute_url()).content.decode()
    assert f'href="/places/{meeting.place.slug}/"' in meeting_html
    html = client.get(f"/places/{meeting.place.slug}/").content.decode()
    assert "Kim Jong Un – Xi Jinping" in html and "Zhao Leji" not in html
    assert "Articles that name it" in html and "/api/v1/events/?place=" in html
    pyongyang = client.get("/places/pyongyang/").content.decode()
    assert "Zhao Leji" in pyongyang and "평양" in pyongyang
    assert client.get("/places/atlantis/").status_code == 404


def test_search_finds_the_same_articles_in_every_script_and_marks_the_hit(client, two_reports):
    korean = _ingest("자오러지 위원장이 11일 평양에 도착했다.", title="자오러지 방북", published=dt.date(2024, 4, 12))
    found = {}
    for q in ("Pyongyang", "평양", "平壤", "Пхеньян"):
        html = client.get("/search/", {"q": q}).content.decode()
        found[q] = {a.pk for a in Article.objects.all() if f'href="/articles/{a.pk}/"' in html}
    assert found["Pyongyang"] == found["평양"] == found["平壤"] == found["Пхеньян"] == {two_reports[2].pk, korean.pk}
    html = client.get("/search/", {"q": "평양"}).content.decode()
    assert "<mark>평양</mark>" in html and "<mark>Pyongyang</mark>" in html
    assert "<mark>arrived</mark>" in client.get("/search/", {"q": "arrived"}).content.decode()


def test_trade_figures_are_charted_by_the_period_they_refer_to_and_link_their_evidence(client):
    import json
    import re

    _ingest(
        "China exported soybean oil worth $12 million to North Korea in 2023, customs data showed.",
        published=dt.date(2024, 3, 1),
    )
    html = client.get("/trade/").content.decode()
    chart = json.loads(re.search(r'id="trade-chart-data" type="application/json">(.*?)</script>', html).group(1))
    assert chart == [{"year": 2023, "cn_to_kp": 1, "kp_to_cn": 0}]  # the year reported on, not 2024
    assert 'href="/trade/1507/"' in html
    heading = client.get("/trade/1507/").content.decode()
    series = json.loads(re.search(r'id="heading-series" type="application/json">(.*?)</script>', heading).group(1))
    assert series == [{"period": "2023", "direction": "CN→KP", "value": 12000000.0, "label": "soybean oil"}]
    assert "US$12,000,000" in heading and re.search(r'href="/articles/\d+/#ev-\d+"', heading)
    assert client.get("/trade/9898/").status_code == 404 and client.get("/trade/abc/").status_code == 404

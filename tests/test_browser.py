"""The pages in a real browser: Playwright driving Debian's Chromium against a live test server."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.conftest import require_or_skip
from tests.factories import ingest_now as _ingest
from tracker.chromium import CHROMIUM_ARGS as ARGS
from tracker.chromium import CHROMIUM_PATH as CHROMIUM

pytestmark = pytest.mark.django_db(transaction=True)

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between page actions are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        require_or_skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda exc: tab.console_errors.append(str(exc)))
    yield tab
    context.close()


@pytest.fixture
def data():
    return {
        "talks": _ingest(
            "Kim Jong Un held talks with Xi Jinping at the Great Hall of the People in Beijing on Tuesday.",
            "2019-01-09",
            title="Kim and Xi hold talks",
        ),
        "zh": _ingest("习近平20日在平壤同金正恩举行会谈。", "2019-06-21", title="习近平同金正恩会谈"),
        "visit": _ingest(
            "Zhao Leji arrived in Pyongyang on Thursday and met Choe Ryong Hae.",
            "2024-04-12",
            title="Zhao in Pyongyang",
        ),
        "ko": _ingest(
            "김정은 국무위원장이 9일 평양을 방문한 리창 총리와 회담했다.",
            "2025-10-10",
            title="김정은, 리창 총리와 회담",
        ),
    }


def test_timeline_renders_and_filters(live_server, page, data):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-vis .vis-item")
    assert page.locator("#contacts-chart").is_visible()
    assert page.locator("ol.events li").count() >= 4
    page.select_option("#id_kind", "visit")
    page.click("text=Apply")
    page.wait_for_url("**/?*kind=visit*")
    rows = page.locator("ol.events li")
    assert rows.count() >= 1
    assert {t.strip().lower() for t in rows.locator(".kind").all_inner_texts()} == {"visit"}
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("field", "typed", "slug", "expected"),
    [("actor", "김정은", "kim-jong-un", "Kim Jong Un"), ("place", "Beijing", "beijing", "Xi Jinping")],
)
def test_timeline_filters_by_a_name_typed_in_any_script(live_server, page, data, field, typed, slug, expected):
    page.goto(live_server.url + "/")
    assert page.locator(f"#id_{field}").get_attribute("list") == f"{field}-names"
    page.fill(f"#id_{field}", typed)
    page.click("text=Apply")
    page.wait_for_url(f"**/?*{field}={slug}*")
    rows = page.locator("ol.events li").all_inner_texts()
    assert rows and any(expected in t for t in rows)
    assert not any("Zhao Leji" in t for t in rows)  # the 2024 visit names neither


def test_an_unknown_name_is_explained_and_lists_nothing(live_server, page, data):
    page.goto(live_server.url + "/?actor=Nobody+Here")
    assert "No actor is called “Nobody Here”" in page.locator("[role=alert]").first.inner_text()
    assert page.locator("ol.events li").count() == 0


def test_the_csv_link_of_the_timeline_exports_the_rows_listed(live_server, page, data):
    import csv
    import io

    page.goto(live_server.url + "/?kind=meeting")
    listed = page.locator("ol.events li").count()
    href = page.locator(".exports a", has_text="CSV").first.get_attribute("href")
    response = page.request.get(live_server.url + href)
    rows = list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))
    assert len(rows) == listed >= 1 and {r["event"] for r in rows} == {"meeting"}


def test_a_place_page_opens_from_a_meeting_page(live_server, page, data):
    from tracker.models import Meeting

    meeting = Meeting.objects.filter(place__isnull=False).order_by("pk").first()
    page.goto(live_server.url + meeting.get_absolute_url())
    page.click(f"#where-h ~ p a[href='{meeting.place.get_absolute_url()}']")
    page.wait_for_url(f"**{meeting.place.get_absolute_url()}")
    assert page.locator("h1").inner_text() == meeting.place.name
    assert page.locator("#meet-h ~ ul li").count() >= 1
    assert page.console_errors == []


def test_search_results_show_a_snippet_with_the_hit_marked(live_server, page, data):
    page.goto(live_server.url + "/search/?q=평양")
    marks = page.locator(".snippet mark").all_inner_texts()
    assert "평양" in marks and "Pyongyang" in marks  # the Korean text and the English one naming the same city
    assert page.console_errors == []


def test_the_timeline_widget_first_window_covers_all_the_filtered_events(live_server, page, data):
    from tracker.models import Actor, Meeting

    xi, kim = Actor.objects.get(slug="xi-jinping"), Actor.objects.get(slug="kim-jong-un")
    for i in range(55):  # fifty-five meetings in 2020 fill the list's first page of fifty …
        m = Meeting.objects.create(
            date=dt.date(2020, 1, 1) + dt.timedelta(days=i), date_precision="day", signature=f"b{i}"
        )
        m.participants.set([xi, kim])
    old = Meeting.objects.create(date=dt.date(1953, 7, 27), date_precision="day", signature="old")
    old.participants.set([xi, kim])  # … and push this one to a later page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-vis .vis-item")
    assert "1953" not in page.inner_text("section[aria-labelledby=events-h]")
    axis = page.inner_text("#timeline-vis .vis-time-axis.vis-foreground")
    assert "1950" in axis or "1953" in axis, axis  # the widget reaches back to the oldest event
    assert "2025" in axis or "2024" in axis, axis
    assert page.locator("#timeline-vis").bounding_box()["height"] <= 430
    assert page.console_errors == []


def test_the_timeline_widget_scrolls_to_its_last_item(live_server, page, data):
    from tracker.models import Actor, Meeting

    xi, kim = Actor.objects.get(slug="xi-jinping"), Actor.objects.get(slug="kim-jong-un")
    for i in range(30):  # thirty events on one day stack far below the widget's bound
        m = Meeting.objects.create(date=dt.date(2020, 1, 1), date_precision="day", signature=f"s{i}")
        m.participants.set([xi, kim])
    page.goto(live_server.url + "/?date_from=2019-12-01&date_to=2020-02-01")
    page.wait_for_selector("#timeline-vis .vis-item")
    # items stack away from the time axis: the last one stacked is the farthest from it
    farthest_visible = (
        "() => { const c = document.querySelector('#timeline-vis').getBoundingClientRect();"
        " const els = [...document.querySelectorAll('#timeline-vis .vis-item.vis-point')];"
        " const far = els.reduce((a, e) => e.getBoundingClientRect().top < a.getBoundingClientRect().top ? e : a);"
        " const r = far.getBoundingClientRect(); return r.top >= c.top - 1 && r.bottom <= c.bottom + 1; }"
    )
    assert page.locator("#timeline-vis .vis-item.vis-point").count() == 30
    assert not page.evaluate(farthest_visible)  # out of sight at first …
    page.locator("#timeline-vis .vis-panel.vis-center").hover()
    for _ in range(20):
        page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    assert page.evaluate(farthest_visible)  # … and reached by scrolling


def test_actor_page_shows_graph_and_timeline(live_server, page, data):
    page.goto(live_server.url + "/actors/kim-jong-un/")
    page.wait_for_selector("#network-vis canvas")
    page.wait_for_selector("#timeline-vis .vis-item")
    assert "김정은" in page.inner_text("body")
    assert page.console_errors == []


def test_article_page_highlights_names(live_server, page, data):
    page.goto(live_server.url + f"/articles/{data['talks'].pk}/")
    names = page.locator(".text a.hl.person").all_inner_texts()
    assert "Kim Jong Un" in names and "Xi Jinping" in names
    assert page.locator(".text .hl.place").count() >= 1
    page.click(".text a.hl.person >> text=Xi Jinping")
    page.wait_for_url("**/actors/xi-jinping/")
    assert page.console_errors == []


@pytest.mark.parametrize(("query", "expected"), [("김정은", "Kim Jong Un"), ("习近平", "Xi Jinping")])
def test_search_finds_names_in_hangul_and_chinese(live_server, page, data, query, expected):
    page.goto(live_server.url + "/")
    page.fill("#site-q", query)
    page.press("#site-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert expected in page.locator("#sa-h + ul").inner_text()
    assert page.locator("#sart-h + ul li").count() >= 1
    assert page.console_errors == []


def test_script_in_an_article_is_shown_as_text_and_never_runs(live_server, page, data):
    article = _ingest(
        "<script>window.__pwned = true; alert('x')</script> Kim Jong Un met Xi Jinping in Beijing on Tuesday.",
        "2019-01-09",
        title='<img src=x onerror="window.__pwned=true">',
    )
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(live_server.url + f"/articles/{article.pk}/")
    assert "<script>window.__pwned = true;" in page.inner_text(".text")
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == []
    assert page.locator("article h1").inner_text().startswith("<img")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/actors/",
        "/actors/kim-jong-un/",
        "/trade/",
        "/trade/1507/",
        "/places/pyongyang/",
        "/search/?q=Kim",
        "FACTS",
    ],
)
def test_pages_load_without_console_errors(live_server, page, data, path):
    from tracker.models import Meeting, Visit

    paths = [path]
    if path == "FACTS":
        paths = [Meeting.objects.first().get_absolute_url(), Visit.objects.first().get_absolute_url()]
    for p in paths:
        response = page.goto(live_server.url + p)
        assert response.status == 200, p
        page.wait_for_load_state("networkidle")
    assert page.console_errors == []


def test_phone_width_has_no_horizontal_scroll(live_server, browser, data):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    for p in ["/", "/actors/kim-jong-un/", f"/articles/{data['talks'].pk}/"]:
        tab.goto(live_server.url + p)
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), p
    context.close()


def test_names_with_markup_stay_text_in_the_timeline_widget_and_graph(live_server, page, data):
    """GIVEN an actor whose name carries HTML and script WHEN the timeline and actor pages draw
    their widgets THEN the markup shows as text and nothing runs."""
    from tracker.models import Actor, Meeting

    evil = Actor.objects.create(
        name='<img src=x onerror="window.__pwned=1">Evil', slug="evil", kind="person", country="KP"
    )
    meeting = Meeting.objects.get(participants__slug="xi-jinping", date=dt.date(2019, 1, 8))
    meeting.participants.add(evil)
    for path in ["/", "/actors/xi-jinping/", "/actors/evil/"]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned === undefined"), path
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-vis .vis-item")
    assert '<img src=x onerror="window.__pwned=1">' in page.inner_text("#timeline-vis")  # as text (label cut to fit)
    assert page.locator("#timeline-vis img").count() == 0


def test_the_review_queue_works_from_the_keyboard(live_server, browser, data, django_user_model):
    """GIVEN a staff editor on the review queue WHEN they press j, then c, then r (no mouse) THEN the
    second meeting is confirmed and the next one rejected, each recorded with the editor's name."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from tracker.models import Meeting, ReviewState

    editor = django_user_model.objects.create_user("editor", password="pw-123456789", is_staff=True)
    session = SessionStore()
    session["_auth_user_id"] = str(editor.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = editor.get_session_auth_hash()
    session.save()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}])
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/review/?kind=meeting")
        order = [int(card.get_attribute("id").split("-")[1]) for card in tab.query_selector_all(".review-card")]
        assert len(order) >= 3, order
        tab.keyboard.press("j")
        with tab.expect_navigation():
            tab.keyboard.press("c")
        assert tab.locator("[role=status]").inner_text().startswith("Confirmed")
        with tab.expect_navigation():
            tab.keyboard.press("r")  # the first card again: the confirmed one left the queue
    finally:
        context.close()
    states = dict(Meeting.objects.filter(pk__in=order).values_list("pk", "review_state"))
    assert states[order[1]] == ReviewState.CONFIRMED
    assert states[order[0]] == ReviewState.REJECTED
    assert all(states[pk] == ReviewState.MACHINE for pk in order[2:])
    assert set(Meeting.objects.exclude(review_state=ReviewState.MACHINE).values_list("reviewed_by", flat=True)) == {
        editor.pk
    }


@pytest.fixture
def trade(tmp_path):
    """Customs figures for two months and a news item naming refined petroleum, with its evidence."""
    from tests.factories import ArticleFactory, EvidenceFactory, TradeItemFactory
    from tracker.models import Commodity
    from tracker.trade_import import import_trade

    path = tmp_path / "figures.csv"
    path.write_text(
        "period,reporter,partner,flow,hs,value_usd,quantity,unit\n"
        "2019-01,CN,KP,export,2710,500,400,t\n2019-02,CN,KP,export,2710,650,520,t\n"
        "2019-01,CN,KP,export,TOTAL,9000,,\n2019-02,CN,KP,export,TOTAL,9500,,\n",
        encoding="utf-8",
    )
    import_trade(path, dataset="Test customs")
    article = ArticleFactory(text="China supplied refined petroleum to North Korea in February 2019.")
    item = TradeItemFactory(
        commodity=Commodity.objects.get(hs_code="2710"),
        exporter="CN",
        importer="KP",
        date=dt.date(2019, 2, 1),
        evidence=False,
    )
    return EvidenceFactory(fact=item, article=article)


def _chart_drawn(page, canvas_id: str) -> bool:
    """Chart.js made a chart on the canvas, and the canvas holds painted pixels."""
    return page.evaluate(
        """(id) => {
            const c = document.getElementById(id);
            if (!c || !window.Chart || !Chart.getChart(c)) return false;
            const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
            return false;
        }""",
        canvas_id,
    )


def test_the_trade_page_and_a_heading_page_draw_their_charts(live_server, page, trade):
    page.goto(live_server.url + "/trade/")
    page.wait_for_selector("#flows-chart")
    assert _chart_drawn(page, "flows-chart")
    assert page.locator("#sanctioned tr.sanctioned").count() == 2  # refined petroleum to the DPRK is capped
    page.click("#leading a:text('2710')")
    page.wait_for_url("**/trade/2710/")
    assert _chart_drawn(page, "flows-heading-chart")
    assert page.console_errors == []


def test_a_news_marker_on_a_heading_page_links_to_its_evidence(live_server, page, trade):
    page.goto(live_server.url + "/trade/2710/")
    marker = page.locator("a.news-marker")
    assert marker.count() == 1 and marker.get_attribute("data-period") == "2019-02"
    marker.click()
    page.wait_for_url(f"**/articles/{trade.article_id}/#ev-{trade.pk}")
    assert page.locator(f"#ev-{trade.pk}").is_visible()
    assert "refined petroleum" in page.locator(f"#ev-{trade.pk}").inner_text()

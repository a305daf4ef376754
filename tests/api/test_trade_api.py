"""The trade statistics and sanctions table in the API, and their pages."""

import csv
import io
import json

import pytest
from rest_framework.test import APIClient

from tests.factories import ArticleFactory, EvidenceFactory, TradeItemFactory
from tracker.models import Commodity
from tracker.trade_import import import_trade

pytestmark = pytest.mark.django_db

FIGURES = (
    "period,reporter,partner,flow,hs,value_usd,quantity,unit\n"
    "2018-01,CN,KP,import,2701,1000,,\n"  # coal from the DPRK: banned (UNSCR 2371)
    "2019-01,CN,KP,export,2710,500,400,t\n"  # refined petroleum to it: capped by UNSCR 2397
    "2019-01,CN,KP,export,1006,700,,\n"
    "2019-02,CN,KP,import,6704,900,,\n"
    "2019-02,CN,KP,import,TOTAL,5000,,\n"
    "2019-01,CN,KP,import,TOTAL,4000,,\n"
)


@pytest.fixture
def figures(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(FIGURES, encoding="utf-8")
    return import_trade(path, dataset="Test customs")


@pytest.fixture
def api():
    return APIClient()


def _codes(api, **params):
    return [r["hs_code"] for r in api.get("/api/v1/trade-flows/", params).json()["results"]]


def test_trade_flows_filter_by_period_flow_hs_and_sanctions(api, figures):
    assert sorted(_codes(api)) == ["1006", "2701", "2710", "6704", "TOTAL", "TOTAL"]
    assert sorted(_codes(api, period_from="2019-02")) == ["6704", "TOTAL"]
    assert sorted(_codes(api, period_to="2019")) == sorted(_codes(api))
    assert sorted(_codes(api, period_to="2018-12")) == ["2701"]
    assert sorted(_codes(api, flow="export")) == ["1006", "2710"]
    assert _codes(api, hs="27", flow="export") == ["2710"]
    assert sorted(_codes(api, sanctioned="true")) == ["2701", "2710"]
    assert api.get("/api/v1/trade-flows/", {"period_from": "2019-13"}).status_code == 400
    assert api.get("/api/v1/trade-flows/", {"sanctioned": "maybe"}).status_code == 400


def test_a_trade_flow_names_its_heading_measure_and_source(api, figures):
    (coal,) = api.get("/api/v1/trade-flows/", {"hs": "2701"}).json()["results"]
    assert coal["period"] == "2018-01" and coal["exporter"] == "KP" and coal["importer"] == "CN"
    assert coal["hs_description"].startswith("Coal") and coal["sanction_status"] == "banned"
    assert coal["sanction_measure"].startswith("UNSCR") and coal["dataset"] == "Test customs"
    assert coal["source_file"] == "figures.csv" and coal["source_row"] == 2 and coal["sample"] is False


def test_trade_flows_export_as_csv_and_ndjson_with_the_filters(api, figures):
    body = b"".join(api.get("/api/v1/trade-flows/", {"format": "csv", "sanctioned": "true"}).streaming_content)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert sorted(r["hs_code"] for r in rows) == ["2701", "2710"]
    assert {"period", "value_usd", "sanction_measure", "source_row", "earlier_values_usd"} <= set(rows[0])
    lines = b"".join(api.get("/api/v1/trade-flows/", {"format": "ndjson", "flow": "export"}).streaming_content)
    assert sorted(json.loads(x)["hs_code"] for x in lines.decode().splitlines()) == ["1006", "2710"]


def test_the_sanctions_table_lists_each_measure_with_its_source(api):
    body = api.get("/api/v1/sanctions/").json()
    assert body["count"] == len(body["results"]) > 5
    coal = next(m for m in body["results"] if "2701" in m["hs"] and m["status"] == "banned")
    assert coal["source"].startswith("S/RES/") and coal["direction"] == "from_kp" and coal["adopted"]
    assert "sanctions" in api.get("/api/v1/").json()


def test_a_trade_item_read_from_an_article_names_the_measure_covering_it(api):
    import datetime as dt

    coal = Commodity.objects.get(name="coal")
    TradeItemFactory(commodity=coal, exporter="KP", importer="CN", date=dt.date(2018, 3, 1))
    TradeItemFactory(commodity=coal, exporter="KP", importer="CN", date=dt.date(2015, 3, 1))
    measures = sorted((r["date"], r["sanction_measure"]) for r in api.get("/api/v1/trade-items/").json()["results"])
    assert measures[0] == ("2015-03-01", None) and measures[1][1].startswith("UNSCR")


def test_the_trade_page_shows_totals_leading_headings_and_sanctioned_figures(client, figures):
    html = client.get("/trade/").content.decode()
    assert 'id="flows-chart"' in html and "flows-chart-data" in html
    assert "Sample figures, not official statistics" not in html  # these are not the demo's
    leading = html[html.index('id="leading"') : html.index('id="sanctioned"')]
    assert "2019-02" in leading and "6704" in leading and "2701" not in leading
    sanctioned = html[html.index('id="sanctioned"') :]
    assert "UNSCR 2397" in sanctioned and "2710" in sanctioned
    older = client.get("/trade/", {"period": "2019-01"}).content.decode()
    leading = older[older.index('id="leading"') : older.index('id="sanctioned"')]
    assert "1006" in leading and "2710" in leading and 'class="sanctioned"' in leading


def test_sample_figures_are_labelled_on_every_page_that_shows_them(client, tmp_path):
    path = tmp_path / "sample.csv"
    path.write_text("period,reporter,partner,flow,hs,value_usd,quantity,unit\n2024-01,CN,KP,export,2710,1,,\n")
    import_trade(path, sample=True)
    for url in ("/trade/", "/trade/2710/"):
        assert "Sample figures, not official statistics" in client.get(url).content.decode()
    assert APIClient().get("/api/v1/trade-flows/").json()["results"][0]["sample"] is True


def test_a_heading_page_shows_its_series_and_the_news_that_names_it(client, figures):
    import datetime as dt

    article = ArticleFactory(text="China shipped refined petroleum to North Korea in January 2019.")
    item = TradeItemFactory(
        commodity=Commodity.objects.get(hs_code="2710"),
        exporter="CN",
        importer="KP",
        date=dt.date(2019, 1, 1),
        evidence=False,
    )
    evidence = EvidenceFactory(fact=item, article=article)
    html = client.get("/trade/2710/").content.decode()
    assert "Petroleum oils" in html and 'id="flows-heading-chart"' in html
    assert f'href="/articles/{article.pk}/#ev-{evidence.pk}"' in html and 'data-period="2019-01"' in html
    assert "capped" in html and "UNSCR 2397" in html
    assert client.get("/trade/9898/").status_code == 404
    assert client.get("/trade/0101/").status_code == 200  # a heading of the nomenclature with no figures yet

"""Customs statistics: both file formats, revisions on re-import, bad rows named by line with
nothing stored, and figures marked by the sanctions measure covering them from its date."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from tracker.models import TradeFlow, TradeFlowRevision, TradeImport
from tracker.trade_import import TradeFileError, import_trade

pytestmark = pytest.mark.django_db

PLAIN_HEADER = "period,reporter,partner,flow,hs,value_usd,quantity,unit\n"

# UN Comtrade's download as its columns come (a subset of its 47 columns, in its order and names).
COMTRADE_HEADER = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,"
    "flowDesc,partnerCode,partnerISO,partnerDesc,classificationCode,cmdCode,cmdDesc,aggrLevel,qtyUnitCode,"
    "qtyUnitAbbr,qty,netWgt,primaryValue\n"
)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _comtrade_row(
    period, flow, code, desc, unit, qty, weight, value, partner=("408", "PRK", "Dem. People's Rep. of Korea")
):
    """One row as Comtrade writes it; ``unit`` is (code, abbreviation): (8, "kg"), or (-1, "N/A") for none."""
    return (
        f"C,M,{period}01,{period[:4]},{int(period[4:])},{period},156,CHN,China,{flow},"
        f'{"Import" if flow == "M" else "Export"},{partner[0]},{partner[1]},"{partner[2]}",H6,{code},"{desc}",4,'
        f"{unit[0]},{unit[1]},{qty},{weight},{value}\n"
    )


def test_a_plain_file_is_imported_with_its_source_rows(tmp_path):
    path = _write(
        tmp_path,
        "plain.csv",
        PLAIN_HEADER
        + "2023-01,CN,KP,export,1006,2153115.30,3914755,kg\n2023-01,CHN,PRK,import,TOTAL,9000,,\n2023,CN,KP,import,6704,100,,\n",
    )
    report = import_trade(path, dataset="Test figures")
    assert (report.rows, report.created, report.revised) == (3, 3, 0)
    rice = TradeFlow.objects.get(hs_code="1006")
    assert (rice.period, rice.period_kind, rice.reporter, rice.partner, rice.flow) == (
        dt.date(2023, 1, 1),
        "month",
        "CN",
        "KP",
        "export",
    )
    assert (
        rice.value_usd == Decimal("2153115.30") and rice.quantity == Decimal("3914755") and rice.quantity_unit == "kg"
    )
    assert (rice.source.dataset, rice.source.file_name, rice.source_row) == ("Test figures", "plain.csv", 2)
    assert (rice.exporter, rice.importer) == ("CN", "KP")
    total = TradeFlow.objects.get(hs_code="TOTAL")
    assert (total.reporter, total.partner, total.exporter) == ("CN", "KP", "KP")  # ISO3 codes become ISO2
    assert TradeFlow.objects.get(hs_code="6704").period_kind == "year"


def test_a_comtrade_download_is_imported_as_its_columns_come(tmp_path):
    kg, none = (8, "kg"), (-1, "N/A")
    text = (
        "\ufeff"  # Comtrade's files start with a byte order mark
        + COMTRADE_HEADER
        + _comtrade_row("202303", "M", "6704", "Wigs, false beards", kg, "120000", "118000.5", "14033609")
        + _comtrade_row("202303", "X", "2710", "Petroleum oils, not crude", kg, "557930", "557930", "669515.61")
        + _comtrade_row("202303", "X", "TOTAL", "All Commodities", none, "", "", "25000000")
        + _comtrade_row("202303", "RX", "1006", "Rice", kg, "10", "10", "50")  # a re-export: another figure
        + _comtrade_row("202303", "M", "TOTAL", "All Commodities", none, "", "", "9", partner=("0", "W00", "World"))
    )
    path = _write(tmp_path, "TradeData.csv", text)
    report = import_trade(path)
    assert report.created == 3
    assert report.skipped == {"re-exports": 1, "partner is an area, not a country": 1}
    wigs = TradeFlow.objects.get(hs_code="6704")
    assert (wigs.reporter, wigs.partner, wigs.flow, wigs.period) == ("CN", "KP", "import", dt.date(2023, 3, 1))
    assert wigs.quantity == Decimal("120000") and wigs.net_weight_kg == Decimal("118000.500")
    assert wigs.source.dataset == "UN Comtrade" and wigs.source.file_format == "comtrade"
    total = TradeFlow.objects.get(hs_code="TOTAL")
    assert total.quantity is None and total.quantity_unit == ""


def test_the_legacy_comtrade_columns_are_read_too(tmp_path):
    path = _write(
        tmp_path,
        "legacy.csv",
        "Classification,Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,"
        "Partner,Partner ISO,Commodity Code,Commodity,Qty Unit,Qty,Netweight (kg),Trade Value (US$)\n"
        "H4,2016,201602,1,Import,156,China,CHN,408,North Korea,PRK,2701,Coal,kg,1000,1000,52000\n",
    )
    import_trade(path)
    coal = TradeFlow.objects.get()
    assert (coal.hs_code, coal.flow, coal.exporter, coal.value_usd) == ("2701", "import", "KP", Decimal("52000"))


def test_a_re_import_that_changes_a_figure_keeps_the_earlier_one_as_a_revision(tmp_path):
    first = _write(
        tmp_path, "v1.csv", PLAIN_HEADER + "2023-05,CN,KP,export,1006,1000,10,t\n2023-05,CN,KP,export,1701,500,,\n"
    )
    import_trade(first)
    second = _write(tmp_path, "v2.csv", PLAIN_HEADER + "2023-05,CN,KP,export,1006,1200,12,t\n")
    report = import_trade(second)
    assert (report.created, report.revised, report.unchanged) == (0, 1, 0)
    rice = TradeFlow.objects.get(hs_code="1006")
    assert rice.value_usd == Decimal("1200") and rice.source.file_name == "v2.csv"
    (old,) = TradeFlowRevision.objects.filter(flow=rice)
    assert old.value_usd == Decimal("1000") and old.quantity == Decimal("10") and old.source.file_name == "v1.csv"
    assert old.superseded_by == rice.source
    assert TradeFlow.objects.filter(hs_code="1701").exists()  # a figure the new file does not carry stays
    assert TradeFlow.objects.count() == 2  # never a duplicate
    again = import_trade(second)
    assert (again.created, again.revised, again.unchanged) == (0, 0, 1)
    assert TradeFlowRevision.objects.count() == 1


def test_bad_rows_are_reported_by_line_and_nothing_from_the_file_is_stored(tmp_path):
    import_trade(_write(tmp_path, "good.csv", PLAIN_HEADER + "2023-01,CN,KP,export,1006,1000,,\n"))
    before = list(TradeFlow.objects.values())
    bad = _write(
        tmp_path,
        "bad.csv",
        PLAIN_HEADER
        + "2023-01,CN,KP,export,1006,2000,,\n"  # a good row: not stored either
        + "2023-13,CN,KP,export,1701,1,,\n"
        + "2023-02,CN,ZZ,export,1701,1,,\n"
        + "2023-02,CN,KP,sideways,1701,1,,\n"
        + "2023-02,CN,KP,export,170,1,,\n"
        + "2023-02,CN,KP,export,1701,lots,,\n"
        + "2023-02,CN,KP,export,1702,-5,,\n"
        + "2023-01,CN,KP,export,1006,3000,,\n",  # the same figure as line 2
    )
    with pytest.raises(TradeFileError) as caught:
        import_trade(bad)
    lines = dict(caught.value.errors)
    assert sorted(lines) == [3, 4, 5, 6, 7, 8, 9]
    assert "period '2023-13'" in lines[3] and "'ZZ' is not an ISO 3166" in lines[4] and "sideways" in lines[5]
    assert "'170' is not 2, 4 or 6 digits" in lines[6] and "'lots' is not a number" in lines[7]
    assert "negative" in lines[8] and "as line 2" in lines[9]
    assert list(TradeFlow.objects.values()) == before and TradeImport.objects.count() == 1


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("period,reporter,partner,flow,hs,value_usd\n2023-01,CN,KP,export,1006,1\n".encode("utf-16"), "binary"),
        ("period,reporter,partner,flow,hs,value_usd\n2023-01,CN,KP,export,1006,1\xe9\n".encode("latin-1"), "UTF-8"),
        (b"period,reporter,flow\n2023-01,CN,export\n", "lacks partner, hs, value_usd"),
        (PLAIN_HEADER.encode(), "no rows"),
    ],
)
def test_a_file_that_is_not_a_statistics_table_is_refused_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(TradeFileError, match=reason):
        import_trade(path)
    assert not TradeFlow.objects.exists() and not TradeImport.objects.exists()


def _flag(tmp_path, period, flow, hs):
    TradeFlow.objects.all().delete()
    import_trade(_write(tmp_path, "f.csv", PLAIN_HEADER + f"{period},CN,KP,{flow},{hs},100,,\n"))
    f = TradeFlow.objects.get()
    return (f.sanction_status, f.sanction_measure)


def test_a_banned_heading_is_flagged_from_its_resolutions_date_and_not_before(tmp_path):
    # coal from the DPRK: banned by UNSCR 2270, adopted 2 March 2016
    assert _flag(tmp_path, "2016-02", "import", "2701") == ("", "")
    assert _flag(tmp_path, "2016-03", "import", "2701") == ("banned", "UNSCR 2270")  # in force from the 2nd
    assert _flag(tmp_path, "2018-06", "import", "2701")[0] == "banned"


def test_a_ban_on_a_chapter_covers_its_headings(tmp_path):
    # copper (chapter 74) from the DPRK: UNSCR 2321, adopted 30 November 2016
    assert _flag(tmp_path, "2016-10", "import", "7403") == ("", "")
    assert _flag(tmp_path, "2017-01", "import", "7403") == ("banned", "UNSCR 2321")
    assert _flag(tmp_path, "2017-01", "import", "740311") == ("banned", "UNSCR 2321")


def test_caps_apply_in_their_direction_only(tmp_path):
    # refined petroleum supplied to the DPRK is capped (UNSCR 2397); the same heading from it is not
    assert _flag(tmp_path, "2019-01", "export", "2710") == ("capped", "UNSCR 2397")
    assert _flag(tmp_path, "2019-01", "import", "2710") == ("", "")


def test_the_import_command_prints_a_summary_or_every_bad_line(tmp_path, capsys):
    good = _write(tmp_path, "ok.csv", PLAIN_HEADER + "2023-01,CN,KP,export,1006,1000,,\n")
    call_command("import_trade", str(good), "--format", "plain")
    assert "1 rows: 1 new" in capsys.readouterr().out
    bad = _write(tmp_path, "no.csv", PLAIN_HEADER + "2023-01,CN,KP,export,1006,x,,\n2023-01,CN,KP,export,1701,y,,\n")
    with pytest.raises(CommandError, match="2 bad rows; nothing was stored"):
        call_command("import_trade", str(bad))
    err = capsys.readouterr().err
    assert "no.csv: line 2: value 'x' is not a number" in err and "line 3:" in err


def test_the_admin_upload_imports_a_file_or_lists_its_bad_rows(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("bad.csv", (PLAIN_HEADER + "2023-01,CN,KP,export,1006,x,,\n").encode())
    html = admin_client.post("/admin/tracker/tradeimport/add/", {"file": bad, "file_format": "plain"}).content.decode()
    assert "line 2: value &#x27;x&#x27; is not a number" in html and "nothing was stored" in html
    assert not TradeFlow.objects.exists()
    good = SimpleUploadedFile("good.csv", (PLAIN_HEADER + "2023-01,CN,KP,export,1006,10,,\n").encode())
    response = admin_client.post("/admin/tracker/tradeimport/add/", {"file": good, "dataset": "Customs"}, follow=True)
    assert "“good.csv”: 1 rows: 1 new" in response.content.decode()
    assert TradeFlow.objects.get().source.dataset == "Customs"


def test_reflag_marks_the_stored_figures_again_from_the_sanctions_table(tmp_path):
    import_trade(
        _write(tmp_path, "f.csv", PLAIN_HEADER + "2019-01,CN,KP,export,2710,100,,\n2019-01,CN,KP,export,1006,5,,\n")
    )
    TradeFlow.objects.update(sanction_status="", sanction_measure="")  # as if stored before the table named it
    call_command("import_trade", "--reflag")
    oil, rice = TradeFlow.objects.get(hs_code="2710"), TradeFlow.objects.get(hs_code="1006")
    assert (oil.sanction_status, oil.sanction_measure) == ("capped", "UNSCR 2397") and oil.value_usd == 100
    assert rice.sanction_status == ""

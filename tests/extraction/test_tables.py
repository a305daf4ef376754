"""The tables the trade rules read: HS headings, the sanctions table, and amounts as the press
writes them."""

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from articles.extraction.amounts import find_amounts, parse_number
from articles.extraction.sanctions import covering
from tests.conftest import ROOT, require_or_skip
from tracker.gazetteer_files import sanctions_from_files
from tracker.gazetteer_loader import DATA_DIR

HS_FILE = ROOT.parent / "shared" / "data" / "hs" / "harmonized-system.csv"


@pytest.fixture(scope="module")
def hs_codes() -> set[str]:
    if not HS_FILE.exists():
        require_or_skip(f"the HS table {HS_FILE} is missing")
    with HS_FILE.open(encoding="utf-8") as fh:
        return {row["hscode"] for row in csv.DictReader(fh)}


def test_every_commodity_is_an_hs_heading_or_chapter_of_the_harmonized_system(hs_codes):
    commodities = json.loads((DATA_DIR / "commodities.json").read_text(encoding="utf-8"))
    unknown = [(c["name"], c["hs_code"]) for c in commodities if str(c["hs_code"]) not in hs_codes]
    assert not unknown
    assert len({str(c["hs_code"]) for c in commodities if len(str(c["hs_code"])) == 4}) >= 150


def test_every_sanctioned_code_is_in_the_harmonized_system(hs_codes):
    data = json.loads((DATA_DIR / "sanctions.json").read_text(encoding="utf-8"))
    for measure in data["measures"]:
        dt.date.fromisoformat(measure["adopted"])
        assert measure["direction"] in {"from_kp", "to_kp"} and measure["status"] in {"banned", "capped"}
        assert all(code in hs_codes for code in measure["hs"]), measure["measure"]


@pytest.fixture(scope="module")
def rules():
    return sanctions_from_files(Path(DATA_DIR))


@pytest.mark.parametrize(
    ("hs", "direction", "day", "measure", "status"),
    [
        ("2701", "from_kp", "2017-09-01", "UNSCR 2371", "banned"),  # coal, after the full ban
        ("2701", "from_kp", "2016-12-15", "UNSCR 2321", "capped"),  # coal under the 2016 cap
        ("2701", "from_kp", "2015-06-01", None, None),  # before any measure
        ("030617", "from_kp", "2018-01-10", "UNSCR 2371", "banned"),  # frozen shrimp: seafood, chapter 03
        ("6204", "from_kp", "2018-01-10", "UNSCR 2375", "banned"),  # women's suits: textiles
        ("2710", "to_kp", "2018-03-01", "UNSCR 2397", "capped"),  # refined petroleum, the later cap
        ("2710", "from_kp", "2018-03-01", None, None),  # the cap is on supplies to the DPRK only
        ("8703", "to_kp", "2018-03-01", "UNSCR 2397", "banned"),  # cars: transportation vehicles
        ("6704", "from_kp", "2019-05-01", None, None),  # wigs are not sanctioned
    ],
    ids=["coal-ban", "coal-cap", "coal-before", "shrimp", "suits", "petroleum-cap", "petroleum-export", "cars", "wigs"],
)
def test_the_measure_covering_a_good_is_the_latest_most_specific_in_force(rules, hs, direction, day, measure, status):
    found = covering(rules, hs, direction, dt.date.fromisoformat(day))
    assert (found.measure if found else None, found.status if found else None) == (measure, status)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,330", 1330),
        ("613,6", 613.6),
        ("2.450", 2450),
        ("16 450", 16450),
        ("1.6", 1.6),
        ("1,234,567.89", 1234567.89),
        ("1.234.567,89", 1234567.89),
    ],
)
def test_numbers_in_english_and_continental_notation(raw, value):
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("worth $16.4 million", "usd", 16_400_000),
        ("US$2.45 billion", "usd", 2_450_000_000),
        ("16,450 tonnes of rice", "tonnes", 16_450),
        ("1억6489만8000달러", "usd", 164_898_000),
        ("2.71亿美元", "usd", 271_000_000),
        ("5339万1616美元", "usd", 53_391_616),
        ("500 000 баррелей", "barrels", 500_000),
        ("16,4 millions de dollars", "usd", 16_400_000),
    ],
    ids=["en-million", "en-billion", "en-tonnes", "ko-eok-man", "zh-yi", "zh-wan", "ru-barrels", "fr-millions"],
)
def test_amounts_are_read_with_their_scale_and_unit(text, kind, value):
    found = find_amounts(text, 0, len(text))
    assert [(a.kind, a.value) for a in found] == [(kind, pytest.approx(value))]

"""The sanctions table (``tracker/data/sanctions.json``) as the trade pages and the API use it:
each measure with its source, and which measure covers a good moving between two countries on a
date. The extraction package applies the same table to goods named in articles."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from functools import lru_cache

from articles.extraction import SanctionRule, sanction_rules
from articles.extraction.sanctions import covering

from .gazetteer_files import DATA_DIR

SANCTIONS_FILE = DATA_DIR / "sanctions.json"


@lru_cache(maxsize=1)
def table() -> dict:
    """The file as shipped: what it covers (``about``) and every measure with its source."""
    return json.loads(SANCTIONS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def rules() -> tuple[SanctionRule, ...]:
    """The table's measures as the extraction package applies them (read once per process)."""
    return sanction_rules(table())


def direction(exporter: str, importer: str) -> str | None:
    """The table's direction for goods from ``exporter`` to ``importer``: the DPRK's exports
    ("from_kp") or supplies to it ("to_kp"); None when the DPRK is neither."""
    if exporter == "KP":
        return "from_kp"
    if importer == "KP":
        return "to_kp"
    return None


@lru_cache(maxsize=20_000)
def covered(hs_code: str, exporter: str, importer: str, on: dt.date | None) -> SanctionRule | None:
    """The ban or cap in force on ``on`` over goods of ``hs_code`` going from ``exporter`` to
    ``importer`` (a measure on a chapter covers its headings), or None. Nothing covers an unknown
    date here: a figure with no period is not said to break a measure."""
    way = direction(exporter, importer)
    if way is None or on is None or not hs_code or not hs_code.isdigit():
        return None
    return covering(rules(), hs_code, way, on)


def figure_marks(hs_code: str, exporter: str, importer: str, period: dt.date, kind: str) -> tuple[str, str]:
    """(status, measure) of the ban or cap covering a customs figure, ("", "") when none does."""
    rule = covered(hs_code, exporter, importer, period_end(period, kind))
    return (rule.status, rule.measure) if rule else ("", "")


def period_end(period: dt.date, kind: str) -> dt.date:
    """The last day of a month or a year: a figure is marked when a measure was in force on any
    day of its period."""
    if kind == "year":
        return dt.date(period.year, 12, 31)
    return dt.date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])

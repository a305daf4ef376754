"""HS headings by code, with their official English descriptions (``tracker/data/hs/``, public
domain: see its README)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

HS_FILE = Path(__file__).resolve().parent / "data" / "hs" / "harmonized-system.csv"


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, str]:
    with HS_FILE.open(encoding="utf-8", newline="") as fh:
        return {row["hscode"]: row["description"] for row in csv.DictReader(fh)}


def description(code: str) -> str:
    """The official description of a chapter, heading or subheading ("" for an unknown code)."""
    if code == "TOTAL":
        return "All goods"
    return _descriptions().get(code, "")

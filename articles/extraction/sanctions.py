"""The sanctions table: which measure bans or caps a good, by HS code, direction and date."""

from __future__ import annotations

import datetime as dt

from .types import SanctionRule


def sanction_rules(data: dict) -> tuple[SanctionRule, ...]:
    """The rules of a sanctions file (``tracker/data/sanctions.json``)."""
    return tuple(
        SanctionRule(
            measure=m["measure"],
            adopted=m["adopted"],
            hs_prefixes=tuple(m["hs"]),
            direction=m["direction"],
            status=m["status"],
            note=m.get("note", ""),
            source=m.get("source", ""),
        )
        for m in data.get("measures", [])
    )


def _covers(prefix: str, hs_code: str, partial: bool = True) -> bool:
    """A measure on a heading covers its subheadings, and a good named only by its chapter or
    heading is covered by a measure on part of it ("refined petroleum" 2710 by the cap on 2710)."""
    return hs_code.startswith(prefix) or (partial and len(hs_code) >= 4 and prefix.startswith(hs_code))


def covering(
    rules: tuple[SanctionRule, ...], hs_code: str, direction: str, on: dt.date | None, partial: bool = True
) -> SanctionRule | None:
    """The measure in force on ``on`` (today when unknown) that covers the good in that direction:
    the most specific one, and of those the latest."""
    day = (on or dt.date.today()).isoformat()
    found = [
        r
        for r in rules
        if r.direction == direction and r.adopted <= day and any(_covers(p, hs_code, partial) for p in r.hs_prefixes)
    ]
    if not found:
        return None

    def rank(r: SanctionRule) -> tuple[bool, int, str]:
        """Whole cover of the good before partial cover, then the most specific, then the latest."""
        best = max(
            (p for p in r.hs_prefixes if _covers(p, hs_code, partial)), key=lambda p: (hs_code.startswith(p), len(p))
        )
        return hs_code.startswith(best), len(best), r.adopted

    return max(found, key=rank)

"""A date found in a text, and the precisions it can carry (day, month, year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    precision: str
    text: str
    relative: bool = False  # resolved against the publication date
    ranged: bool = False  # the first day of a range ("from 20 to 26 May", "7일부터 8일까지")

    def iso(self) -> str:
        if self.precision == YEAR:
            return f"{self.date:%Y}"
        if self.precision == MONTH:
            return f"{self.date:%Y-%m}"
        return self.date.isoformat()

    def as_month(self) -> DateMention:
        """The same date at month precision (a day is known only to fall in that month)."""
        if self.precision != DAY:
            return self
        return DateMention(self.start, self.end, self.date.replace(day=1), MONTH, self.text, self.relative)

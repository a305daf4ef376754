"""Calendar arithmetic that anchors an incomplete date ("9일", "on Thursday", "26 May") to the
publication date, following news usage (see the package docstring)."""

from __future__ import annotations

import datetime as dt


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# A day and month without a year may point at most this far past publication without a future cue.
AHEAD_DAYS = 120


def month_day(published: dt.date | None, month: int, day: int, future: bool) -> dt.date | None:
    """A month and day with no year: the occurrence nearest the publication date, looking ahead
    only up to AHEAD_DAYS (or any distance within a year when the sentence speaks of the future)."""
    if published is None:
        return None
    candidates = [c for c in (safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not candidates:
        return None
    if future:
        ahead = [c for c in candidates if c >= published - dt.timedelta(days=2)]
        return min(ahead) if ahead else max(candidates)
    allowed = [c for c in candidates if c <= published + dt.timedelta(days=AHEAD_DAYS)]
    return min(allowed, key=lambda c: abs((c - published).days)) if allowed else None


def month_only(published: dt.date | None, month: int, future: bool, strictly_past: bool = False) -> dt.date | None:
    """A month with no year: this year's, or last year's if it is still to come (next year's for plans)."""
    if published is None or not 1 <= month <= 12:
        return None
    year = published.year
    if not future and (month > published.month or (strictly_past and month == published.month)):
        year -= 1
    elif future and month < published.month:
        year += 1
    return dt.date(year, month, 1)


def day_only(published: dt.date | None, day: int, future: bool) -> dt.date | None:
    """A day of the month alone ("9일", "26日"): this month's, or last month's if that is still to come."""
    if published is None or not 1 <= day <= 31:
        return None
    y, m = published.year, published.month
    candidate = safe_date(y, m, day)
    if not future and (candidate is None or candidate > published + dt.timedelta(days=1)):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        candidate = safe_date(y, m, day)
    elif future and candidate is not None and candidate < published:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        candidate = safe_date(y, m, day)
    return candidate


def nearest_weekday(published: dt.date | None, weekday: int, future: bool) -> dt.date | None:
    """The weekday nearest the publication in the tense of its clause. The publication's own
    weekday is that day in either tense: the wires name the day instead of writing "today", so a
    report filed on a Thursday that Xi "will arrive on Thursday" means that day, not a week on."""
    if published is None:
        return None
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def two_digit_year(published: dt.date | None, yy: int) -> int:
    """ "05年" → 2005 (or 1905 when 2005 would be after publication)."""
    now = (published or dt.date.today()).year
    year = 2000 + yy
    return year if year <= now else 1900 + yy

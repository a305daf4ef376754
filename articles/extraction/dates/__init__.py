"""Date expressions in many languages, resolved against the publication date.

The rules are a table: each ``DateRule`` is a regular expression, a cheap gate that says whether
the text can hold such a date at all, and a resolver that turns a match into a date and the
precision the text supports (day, month, year). ``find_dates`` tries the rules in order; an
earlier rule wins where two matches overlap.

Resolution follows news usage: a weekday or a day of the month without a month refers to the most
recent such day on or before publication ("on Thursday" in a Friday paper is yesterday), unless
the sentence speaks of the future, when it is the next one. A day and month without a year is the
occurrence nearest the publication date: this year's, last year's, or (when it is at most four
months ahead) the coming one. Relative expressions ("last month", "two weeks ago", "지난달",
"上个月", "先月", "im vergangenen Monat") are resolved to the precision they carry.

The package: ``words`` holds the vocabulary, ``patterns`` the pattern pieces and matchers,
``anchor`` the arithmetic against the publication date, ``rules`` the table of ``DateRule``s
(pattern, gate, resolver), ``mention`` the ``DateMention`` they produce; ``find_dates`` runs the
table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..lexicon import compile_fast, lowered, trie_pattern
from .anchor import safe_date
from .mention import DAY, MONTH, YEAR, DateMention
from .patterns import DAYTIME_SUFFIX, LATIN_WEEKDAYS
from .rules import RANGE_RULES, RULES, Ctx
from .words import CN_NUM, FUTURE_CUES, MONTHS, NEXT_WEEK

_NUMERIC_DATE_HINT = compile_fast(r"\d[-/.]\d")

# Case-insensitive rules compiled again for lower-cased text (lexicon.lowered): much faster.
_LOWER_RULES = {
    rule.name: compile_fast(rule.pattern.pattern)
    for rule in RULES
    if isinstance(rule.pattern, re.Pattern) and rule.pattern.flags & re.IGNORECASE
}

# One trie search per word family tells whether any such word occurs at all, where several
# rules share the family (rules of their own family run without a gate: the gate would cost
# what the rule costs).
_GATE_RX = {
    "weekday": compile_fast(r"(?<!\w)(?:" + trie_pattern(LATIN_WEEKDAYS) + r")" + DAYTIME_SUFFIX + r"(?!\w)"),
    "month": compile_fast(r"(?<!\w)(?:" + trie_pattern(MONTHS) + r")(?!\w)"),
    "ago": compile_fast(r"\bago\b|lalu|hace|il y a|\bvor\b|назад|전|前"),  # far cheaper than the rule
}


def _features(text: str, haystack: str) -> dict[str, bool]:
    """Cheap tests (substring searches at C speed) that say which rules can match at all."""
    has_cjk = any(ch in text for ch in "年月日년월일")
    features = {name: rx.search(haystack) is not None for name, rx in _GATE_RX.items()}
    features.update(
        {
            "cjk": has_cjk,
            "cjk_yy": "年" in text,
            "ko_range": "부터" in text,
            "weekday_cjk": any(ch in text for ch in "星期周週礼요曜"),
            "sep": _NUMERIC_DATE_HINT.search(text) is not None,
            "cn_numeral": ("日" in text or "年" in text) and any(ch in text for ch in CN_NUM),
        }
    )
    return features


def find_dates(
    text: str,
    published: dt.date | None = None,
    *,
    future: bool | None = None,
    language: str = "",
    future_at=None,
) -> list[DateMention]:
    """Every date expression in ``text``, earliest first, overlapping matches removed.

    Whether an incomplete date ("Tuesday", "9일") points forward is decided by ``future``, or
    per position by ``future_at(offset)`` when the text holds several sentences, or else by
    the future cues in ``text``.
    """
    if future_at is None:
        flag = bool(FUTURE_CUES.search(text)) if future is None else future

        def future_at(_pos, flag=flag):
            return flag

    ctx = Ctx(text, published, future_at, language)
    low = lowered(text)
    features = _features(text, low if low is not None else text.lower())
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        if rule.gate and not features[rule.gate]:
            continue
        fast = _LOWER_RULES.get(rule.name)
        matches = fast.finditer(low) if (fast is not None and low is not None) else rule.pattern.finditer(text)
        for m in matches:
            resolved = rule.resolve(m, ctx)
            if resolved is None or resolved[0] is None or not (1800 <= resolved[0].year <= 2100):
                continue
            s, e = m.span(rule.span_group)
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(
                DateMention(s, e, resolved[0], resolved[1], text[s:e], resolved[2], ranged=rule.name in RANGE_RULES)
            )
    found.sort(key=lambda d: d.start)
    return _ends_after_starts(text, _drop_range_ends(text, found))


_WEEKDAY_RANGE_JOIN = compile_fast(r"\s+(?:to|until|through|hingga|sampai|à|au|bis|al|a|до|по)\s+", re.IGNORECASE)
_DAY_RANGE_JOIN = compile_fast(r"\s*(?:至|到|~|〜|～|から)\s*")


def _drop_range_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from Sunday to Wednesday", "25日至28日", "2日から4日まで": the range starts on the first day;
    the second names its end."""
    kept: list[DateMention] = []
    for d in found:
        between = text[kept[-1].end : d.start] if kept else ""
        if (
            kept
            and d.relative
            and kept[-1].relative
            and (
                _WEEKDAY_RANGE_JOIN.fullmatch(between)
                or (
                    _ENDS_IN_DAY.search(kept[-1].text)
                    and _BARE_DAY.fullmatch(d.text)
                    and _DAY_RANGE_JOIN.fullmatch(between)
                )
            )
        ):
            kept[-1] = dataclasses.replace(kept[-1], ranged=True)
            continue
        kept.append(d)
    return kept


_BARE_DAY = compile_fast(r"\d{1,2}\s?[日일]")
_ENDS_IN_DAY = compile_fast(r"\d{1,2}\s?[日일]?$")
_UNTIL_AFTER = compile_fast(r"\s?(?:まで|까지)")
_UNTIL_BEFORE = compile_fast(r"(?:至|到|~|～)\s?$")


def _ends_after_starts(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "2日、平壌を訪問した。4日まで滞在", "2일 도착해 4일까지 머문다": a bare day that ends a stay begun
    on a day just told is not before that day; when the publication month would put it there, it
    is the next month's."""
    out: list[DateMention] = []
    for d in found:
        earlier = out[-1] if out else None
        if (
            earlier is not None
            and d.relative
            and d.precision == DAY
            and earlier.precision == DAY
            and d.date < earlier.date
            and d.start - earlier.end <= 80
            and _BARE_DAY.fullmatch(d.text)
            and (_UNTIL_AFTER.match(text, d.end) or _UNTIL_BEFORE.search(text, max(0, d.start - 2), d.start))
        ):
            y, m = (d.date.year + 1, 1) if d.date.month == 12 else (d.date.year, d.date.month + 1)
            moved = safe_date(y, m, d.date.day)
            if moved is not None and moved >= earlier.date:
                d = dataclasses.replace(d, date=moved)
        out.append(d)
    return out


__all__ = ["DAY", "MONTH", "YEAR", "DateMention", "FUTURE_CUES", "NEXT_WEEK", "find_dates"]

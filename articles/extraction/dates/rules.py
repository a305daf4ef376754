"""The table of date rules: each ``DateRule`` is a regular expression, a gate and a resolver that
turns a match into a date and the precision the text supports. ``find_dates`` (the package)
tries them in this order; an earlier rule wins where two matches overlap."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import compile_fast, trie_pattern
from ..scripts import CJK_CHAR as _CJK
from .anchor import day_only, month_day, month_only, nearest_weekday, safe_date, shift_month, two_digit_year
from .mention import DAY, MONTH, YEAR
from .patterns import (
    DAYTIME_SUFFIX,
    LATIN_WEEKDAY_WORD,
    MONTH_PREPOSITIONS,
    MONTH_WORD,
    PERIOD_CJK,
    PERIOD_LATIN,
    RANGE_JOIN,
    YYYY,
    AgoPattern,
    Anchored,
)
from .words import CN_NUM, MONTHS, NUMBER_WORDS, RELATIVE_DAYS, RELATIVE_PERIODS, UNIT_OF, WEEKDAYS, cn_number


@dataclass(frozen=True)
class Ctx:
    """What a resolver reads besides its match: the text, its publication date and language, and
    whether a position speaks of the future."""

    text: str
    published: dt.date | None
    future_at: Callable[[int], bool]
    language: str

    def by_tense(self, pos: int, resolve: Callable[[bool], dt.date | None]) -> dt.date | None:
        """``resolve(future)`` for the tense at ``pos``; the tense (clauses, cues and verbs read
        around ``pos``) is only worked out where the two readings give different dates."""
        past, ahead = resolve(False), resolve(True)
        return past if past == ahead else (ahead if self.future_at(pos) else past)


Resolved = tuple[dt.date | None, str, bool] | None  # (date, precision, resolved against publication)


@dataclass(frozen=True)
class DateRule:
    """One kind of date expression: ``pattern`` finds it, ``gate`` (a cheap test on the text's
    features) says whether to look at all, ``resolve`` turns a match into a date."""

    name: str
    pattern: object  # re.Pattern, or an object with finditer(text)
    resolve: Callable[[re.Match, Ctx], Resolved]
    gate: str = ""  # a key of the package's _features(); empty: always tried
    span_group: int = 0  # the group whose span is the date (0: the whole match)


def _ymd(y, m, d) -> Resolved:
    return safe_date(int(y), int(m), int(d)), DAY, False


def _md(ctx: Ctx, m: re.Match, month: int, day: int, year: str | None = None) -> Resolved:
    if year:
        return safe_date(int(year), month, day), DAY, False
    return ctx.by_tense(m.start(), lambda future: month_day(ctx.published, month, day, future)), DAY, True


def _days_from(ctx: Ctx, m: re.Match, first: int, last: int | None) -> Resolved:
    """A day of the month alone, or the first of a range of days ("2일부터 4일까지", "2日から4日まで",
    "2日至4日"). A range that holds the publication day is this month's in either tense: a trip
    announced on the 3rd as running "from the 2nd to the 4th" is under way, not next month's."""
    p = ctx.published
    if p is not None and last is not None and first <= p.day <= last:
        return safe_date(p.year, p.month, first), DAY, True
    return ctx.by_tense(m.start(), lambda future: day_only(p, first, future)), DAY, True


# the end of a range of days after its first day: "부터 10일", "から10日", "至10日", "~10日"
_DAY_RANGE_END = compile_fast(r"\s*(?:日|일)?\s*(?:から|부터|至|到|~|〜|～|-|–|—|─)\s*(\d{1,2})\s*[日일]")


def _range_end(ctx: Ctx, m: re.Match) -> int | None:
    end = _DAY_RANGE_END.match(ctx.text, m.end())
    return int(end.group(1)) if end else None


def _r_ko_day_range(m, ctx):
    return _days_from(ctx, m, int(m.group(1)), int(m.group(2)))


def _r_day_range(m, ctx):
    return _md(ctx, m, MONTHS[m.group(3).lower().rstrip(".")], int(m.group(1)), m.group(4))


def _r_iso(m, _ctx):
    return _ymd(m.group(1), m.group(2), m.group(3))


def _r_dmy_num(m, _ctx):
    return _ymd(m.group(3), m.group(2), m.group(1))


def _r_paren_dm(m, ctx):
    """ "Senin (3/5)" (day/month), "週四(3/21)" (month/day in Chinese and Japanese), "(9/5/2023)"."""
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    month_first = ctx.language.split("-")[0] in {"zh", "ja"} or b > 12
    month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12):
        return None
    return _md(ctx, m, month, day, year)


def _r_cjk_ymd(m, _ctx):
    return _ymd(m.group(1), m.group(2), m.group(3))


def _r_cjk_ym(m, _ctx):
    return safe_date(int(m.group(1)), int(m.group(2)), 1), MONTH, False


def _r_cjk_md(m, ctx):
    return _md(ctx, m, int(m.group(1)), int(m.group(2)))


def _r_cjk_d(m, ctx):
    return _days_from(ctx, m, int(m.group(1)), _range_end(ctx, m))


_MONTH_OFFSET = {"本月": 0, "今月": 0, "이달": 0, "이번 달": 0, "上月": -1, "上个月": -1, "上個月": -1, "先月": -1,
                 "지난달": -1, "下月": 1, "下个月": 1, "下個月": 1, "来月": 1, "다음 달": 1, "다음달": 1}  # fmt: skip


def _r_cjk_named_month_d(m, ctx):
    """ "本月25日", "今月5日", "이달 25일", "上月20日", "来月3日": a day of the month the word names,
    counted from the publication month, whatever the tense."""
    p = ctx.published
    if p is None:
        return None
    month = shift_month(p, _MONTH_OFFSET[re.sub(r"\s+", " ", m.group(1))])
    return safe_date(month.year, month.month, int(m.group(2))), DAY, True


def _r_cn_numeral_day(m, ctx):
    day = cn_number(m.group(1))
    return (ctx.by_tense(m.start(), lambda future: day_only(ctx.published, day, future)), DAY, True) if day else None


def _r_cn_numeral_ym(m, _ctx):
    year, month = cn_number(m.group(1)), cn_number(m.group(2)) if m.group(2) else None
    if not year or not 1800 <= year <= 2100:
        return None
    if month and 1 <= month <= 12:
        return dt.date(year, month, 1), MONTH, False
    return dt.date(year, 1, 1), YEAR, False


def _r_cjk_y_cn_md(m, _ctx):
    """ "2004年四月", "2006年一月十日": a year in digits, the month (and day) in Han numerals."""
    month = cn_number(m.group(2))
    if not month or not 1 <= month <= 12:
        return None
    if m.group(3):
        day = cn_number(m.group(3))
        return (safe_date(int(m.group(1)), month, day), DAY, False) if day and 1 <= day <= 31 else None
    return safe_date(int(m.group(1)), month, 1), MONTH, False


def _r_cjk_y(m, _ctx):
    return safe_date(int(m.group(1)), 1, 1), YEAR, False


def _r_cjk_yy(m, ctx):
    """ "05年の胡錦濤氏以来": a two-digit year (Japanese and Chinese), only one of the last 25 years, so
    that "70年" (seventy years) is not read as 1970."""
    if ctx.language.split("-")[0] not in {"ja", "zh"} or ctx.published is None:
        return None
    year = two_digit_year(ctx.published, int(m.group(1)))
    if not 0 <= ctx.published.year - year <= 25:
        return None
    return dt.date(year, 1, 1), YEAR, False


def _r_dmy(m, ctx):
    return _md(ctx, m, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), m.group(3))


def _r_mdy(m, ctx):
    return _md(ctx, m, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3))


def _r_my(m, _ctx):
    return safe_date(int(m.group(2)), MONTHS[m.group(1).lower()], 1), MONTH, False


_NOT_A_DATE = {"de": {"hier"}, "nl": {"hier"}}  # a date word in one language, another word in this one


def _r_relative(m, ctx):
    word = m.group().lower()
    if ctx.published is None or word in _NOT_A_DATE.get(ctx.language.split("-")[0], ()):
        return None
    if word == "昨":
        return ctx.published - dt.timedelta(days=1), DAY, True
    return ctx.published + dt.timedelta(days=RELATIVE_DAYS[word]), DAY, True


def _r_period(m, ctx):
    """ "last month" → the month before publication; "last year" → the year before; "last week"
    ("next week") → the month holding the Thursday of the week before (after) publication; "last
    weekend" ("this weekend") → the month of the Saturday before this week (of this week)."""
    if ctx.published is None:
        return None
    unit, offset = RELATIVE_PERIODS[" ".join(m.group().lower().split())]
    if unit == "month":
        return shift_month(ctx.published, offset), MONTH, True
    if unit == "year":
        return dt.date(ctx.published.year + offset, 1, 1), YEAR, True
    weekday = ctx.published.weekday()
    if offset == 0 or any(w in m.group().lower() for w in ("weekend", "fin de semana", "week-end")):
        # "last weekend": the Saturday before this week; "this weekend" (akhir pekan ini, 이번 주말): this week's
        saturday = ctx.published + dt.timedelta(days=5 - weekday + 7 * offset)
        return saturday.replace(day=1), MONTH, True
    # the month of the Thursday of last week, or of next week
    return (ctx.published + dt.timedelta(days=7 * offset + 3 - weekday)).replace(day=1), MONTH, True


def _r_ago(m, ctx):
    """ "two weeks ago", "hace dos semanas", "il y a deux semaines", "vor zwei Wochen",
    "две недели назад", "2주 전", "两周前", "2週間前", "dua minggu lalu"."""
    if ctx.published is None:
        return None
    raw_n, raw_unit = m.group("n").lower(), m.group("unit").lower()
    n = int(raw_n) if raw_n.isdigit() else NUMBER_WORDS.get(raw_n)
    unit = UNIT_OF.get(raw_unit)
    if not n or unit is None or n > 60:
        return None
    if unit == "day":
        return ctx.published - dt.timedelta(days=n), DAY, True
    if unit == "week":
        return (ctx.published - dt.timedelta(days=7 * n)).replace(day=1), MONTH, True
    if unit == "month":
        return shift_month(ctx.published, -n), MONTH, True
    return dt.date(ctx.published.year - n, 1, 1), YEAR, True


def _r_weekday(m, ctx):
    return (
        ctx.by_tense(m.start(), lambda future: nearest_weekday(ctx.published, WEEKDAYS[m.group(1).lower()], future)),
        DAY,
        True,
    )


def _r_weekday_cjk(m, ctx):
    word = m.group(1)
    key = word if word in WEEKDAYS else next((k for k in WEEKDAYS if k.startswith(word)), None)
    if key is None:
        key = next((k for k in WEEKDAYS if word.startswith(k)), None)
    if key is None:
        return None
    return ctx.by_tense(m.start(), lambda future: nearest_weekday(ctx.published, WEEKDAYS[key], future)), DAY, True


_PAST_MONTH_WORDS = {"last", "past", "lalu", "pasado", "dernier", "letzten", "vergangenen", "прошлом"}


def _r_month_only(m, ctx):
    strictly_past = any(w in _PAST_MONTH_WORDS for w in m.group(0).lower().split()[:-1])
    month = ctx.by_tense(
        m.start(), lambda future: month_only(ctx.published, MONTHS[m.group(1).lower()], future, strictly_past)
    )
    return month, MONTH, True


def _r_cjk_month(m, ctx):
    prefix, month = m.group(1) or "", int(m.group(2))
    shift = {"今年": 0, "올해": 0, "去年": -1, "前年": -2, "지난해": -1, "작년": -1, "昨年": -1}.get(prefix)
    if shift is not None and ctx.published is not None:
        return safe_date(ctx.published.year + shift, month, 1), MONTH, True
    strictly_past = prefix in {"지난", "去"}
    return ctx.by_tense(m.start(), lambda future: month_only(ctx.published, month, future, strictly_past)), MONTH, True


def _r_year(m, _ctx):
    return safe_date(int(m.group(1)), 1, 1), YEAR, False


RULES: list[DateRule] = [
    # Ranges first: the first day is the date ("19일부터 21일까지", "from 20 to 26 May", "3–7 Mei")
    DateRule(
        "ko_day_range",
        compile_fast(r"(?<!\d)(\d{1,2})\s*일\s*부터\s*(\d{1,2})\s*일\s*까지"),
        _r_ko_day_range,
        "ko_range",
    ),
    DateRule(
        "day_range",
        compile_fast(
            rf"(?<![\d/.])(\d{{1,2}})(?:er|\.)?{RANGE_JOIN}(\d{{1,2}})(?:\.)?\s+(?:de\s+)?({MONTH_WORD})\b\.?(?:\s+(?:de\s+)?{YYYY})?",
            re.IGNORECASE,
        ),
        _r_day_range,
        "month",
    ),
    # ISO and numeric dates
    DateRule("iso", compile_fast(rf"\b{YYYY}-(\d{{1,2}})-(\d{{1,2}})\b"), _r_iso, "sep"),
    DateRule("dmy_num", compile_fast(rf"(?<![\d/.])(\d{{1,2}})[/.](\d{{1,2}})[/.]{YYYY}\b"), _r_dmy_num, "sep"),
    DateRule("paren_dm", compile_fast(rf"[(（](\d{{1,2}})/(\d{{1,2}})(?:/{YYYY})?[)）]"), _r_paren_dm, "sep"),
    # CJK: 2024年4月11日 / 2024년 4월 11일 (with optional year / month)
    DateRule(
        "cjk_ymd", compile_fast(rf"{YYYY}\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]"), _r_cjk_ymd, "cjk"
    ),
    DateRule("cjk_ym", compile_fast(rf"{YYYY}\s*[年년]\s*(\d{{1,2}})\s*[月월](?!\s*\d)"), _r_cjk_ym, "cjk"),
    DateRule(
        "cjk_range",
        compile_fast(
            r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*(?:至|到|~|〜|～|-|–|부터)\s*(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日일]"
        ),
        _r_cjk_md,
        "cjk",
    ),
    DateRule("cjk_md", compile_fast(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), _r_cjk_md, "cjk"),
    DateRule(
        "cjk_named_month_d",
        compile_fast(
            r"(本月|今月|上个?月|上個月|先月|下个?月|下個月|来月|이달|이번\s?달|지난달|다음\s?달)\s*(\d{1,2})\s*[日일]"
        ),
        _r_cjk_named_month_d,
        "cjk",
    ),
    DateRule(
        "cjk_d",
        compile_fast(
            # (a range "11〜13日", "11─13日", "11-13日" is dated by its first day; "3박4일", "3泊4日" are
            # nights and days, a length)
            r"(?<![\d月월/~〜～\-–—─―－박泊])(?<!박\s)(?<!泊\s)(\d{1,2})\s*(?:[日일](?![本曜요間间간])(?!\s*(?:을|를|동안|이내|이상|째|만에|以内|以上|目|ぶり))"
            r"|(?=(?:[~〜～\-–—─―－]|至|到)\d{1,2}\s*[日일]))"
        ),
        _r_cjk_d,
        "cjk",
    ),
    DateRule(
        "cn_numeral_day",
        compile_fast(
            rf"(?<![{CN_NUM}月至到~〜])([{CN_NUM}]{{1,3}})(?:日(?![間间])|(?=\s*[至到~〜]\s*[{CN_NUM}]{{1,3}}日))"
        ),
        _r_cn_numeral_day,
        "cn_numeral",
    ),
    DateRule(
        "cn_numeral_ym",
        compile_fast(r"([〇○零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月)?"),
        _r_cn_numeral_ym,
        "cn_numeral",
    ),
    DateRule(
        "cjk_y_cn_md",
        compile_fast(rf"{YYYY}\s*年\s*([一二三四五六七八九十]{{1,2}})\s*月(?:\s*([{CN_NUM}]{{1,3}})\s*[日号號])?"),
        _r_cjk_y_cn_md,
        "cjk",
    ),
    DateRule("cjk_y", compile_fast(rf"{YYYY}\s*(?:年|년)(?!\s*\d{{1,2}}\s*[月월])(?:[度대]?)"), _r_cjk_y, "cjk"),
    DateRule(
        # "05年の胡錦濤氏以来" is 2005; "时隔14年", "近20年", "約14年" count years, they name none
        "cjk_yy",
        compile_fast(r"(?<![\d年隔近约約逾过過历歷])(\d{2})年(?![\d月度間间以来來ぶり後后前目余多上代半])"),
        _r_cjk_yy,
        "cjk_yy",
    ),
    # Latin and Cyrillic month names
    DateRule(
        "dmy",
        compile_fast(
            rf"(?<!\d)(\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?({MONTH_WORD})\.?(?:\s+(?:de\s+)?{YYYY})?\b", re.IGNORECASE
        ),
        _r_dmy,
        "month",
    ),
    DateRule(
        "mdy", Anchored(rf"\b({MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{YYYY})?\b", 2), _r_mdy, "month"
    ),
    DateRule("my", Anchored(rf"\b({MONTH_WORD})\s+(?:de\s+|del\s+)?{YYYY}\b", 2), _r_my, "month"),
    DateRule(
        "relative",
        compile_fast(
            # words of spaced scripts whole ("ce soir-là" is that evening, not tonight); CJK ones anywhere
            # ("am Morgen", "heute Morgen", "por la mañana", "cada mañana": a morning, not tomorrow)
            r"(?<!\bam )(?<!heute )(?<!frühen )(?<!jeden )(?<!diesen )(?<!guten )(?<!\bla )(?<!esta )(?<!cada )(?<!una )"
            rf"(?<!\w)(?:{trie_pattern(w for w in RELATIVE_DAYS if not _CJK.search(w))})(?!\w|-là)"
            rf"|{trie_pattern(w for w in RELATIVE_DAYS if _CJK.search(w))}"
            r"|昨(?![日天年晚夜])",
            re.IGNORECASE,
        ),
        _r_relative,
    ),
    DateRule(
        "weekday",
        compile_fast(rf"(?<!\w)({LATIN_WEEKDAY_WORD}){DAYTIME_SUFFIX}(?!\w)", re.IGNORECASE),
        _r_weekday,
        "weekday",
    ),
    DateRule(
        "weekday_cjk",
        compile_fast(r"(星期[一二三四五六日天]|[周週礼][一二三四五六日天]|[월화수목금토일]요일|[月火水木金土日]曜日?)"),
        _r_weekday_cjk,
        "weekday_cjk",
    ),
    # A month with no day: "in September", "awal Mei", "last September", "今年9月", "지난 3월" (month precision)
    DateRule(
        "month_only",
        compile_fast(rf"\b(?:{MONTH_PREPOSITIONS})\s+-?({MONTH_WORD})\b(?![.\s]*\d)", re.IGNORECASE),
        _r_month_only,
        "month",
        span_group=1,
    ),
    DateRule(
        "cjk_month",
        compile_fast(
            r"(?:(今年|去年|前年|昨年|올해|지난해|작년|지난)\s*|(?<![\d年년\s~〜～\-–])|(?<=\s))(\d{1,2})\s*[月월](?!\s*\d{1,2}\s*[日일号])(?!\s*\d)"
        ),
        _r_cjk_month,
        "cjk",
    ),
    DateRule("ago", AgoPattern(), _r_ago, "ago"),
    DateRule(
        "period",
        compile_fast(rf"(?<!\w)(?:{trie_pattern(PERIOD_LATIN)})(?!\w)|{trie_pattern(PERIOD_CJK)}", re.IGNORECASE),
        _r_period,
    ),
    DateRule(
        "year",
        compile_fast(rf"(?<![\d/.\-])({YYYY})(?![\d/\-]|[.,]\d|\s*(?:tahun|years?|年|년|лет|-year))"),
        _r_year,
    ),
]

RANGE_RULES = {"day_range", "cjk_range", "ko_day_range"}

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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
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


MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan januari janvier janv enero ene januar jänner январь января январе",
        "february feb februari février fevrier févr febrero februar февраль февраля феврале",
        "march mar maret mars marzo märz maerz март марта марте",
        "april apr avril abril abr апрель апреля апреле",
        "may mei mai mayo май мая мае",
        "june jun juni juin junio июнь июня июне",
        "july jul juli juillet juil julio июль июля июле",
        "august aug agustus août aout agosto ago август августа августе",
        "september sep sept septembre septiembre setiembre сентябрь сентября сентябре",
        "october oct oktober octobre octubre окт октябрь октября октябре",
        "november nov nopember novembre noviembre ноябрь ноября ноябре",
        "december dec desember décembre decembre diciembre dic dezember декабрь декабря декабре",
    ],
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "monday senin lundi lunes montag понедельник понедельника 월요일 星期一 周一 週一 礼拜一 月曜日 月曜",
        "tuesday selasa mardi martes dienstag вторник вторника 화요일 星期二 周二 週二 礼拜二 火曜日 火曜",
        "wednesday rabu mercredi miércoles miercoles mittwoch среда среду 수요일 星期三 周三 週三 礼拜三 水曜日 水曜",
        "thursday kamis jeudi jueves donnerstag четверг четверга 목요일 星期四 周四 週四 礼拜四 木曜日 木曜",
        "friday jumat jum'at vendredi viernes freitag пятница пятницу 금요일 星期五 周五 週五 礼拜五 金曜日 金曜",
        "saturday sabtu samedi sábado sabado samstag суббота субботу 토요일 星期六 周六 週六 礼拜六 土曜日 土曜",
        "sunday ahad dimanche domingo sonntag воскресенье воскресенья 일요일 星期日 星期天 周日 週日 礼拜天 日曜日 日曜",
    ]
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num
WEEKDAYS["hari minggu"] = 6  # Indonesian "minggu" alone is also "week"

RELATIVE_DAYS = {
    # word: offset in days from publication
    "yesterday": -1,
    "kemarin": -1,
    "어제": -1,
    "昨天": -1,
    "昨日": -1,
    "вчера": -1,
    "ayer": -1,
    "hier": -1,
    "gestern": -1,
    "today": 0,
    "hari ini": 0,
    "오늘": 0,
    "今天": 0,
    "今日": 0,
    "本日": 0,
    "сегодня": 0,
    "hoy": 0,
    "aujourd'hui": 0,
    "heute": 0,
    "tomorrow": 1,
    "besok": 1,
    "내일": 1,
    "明天": 1,
    "明日": 1,
    "завтра": 1,
    "demain": 1,
    "the day before yesterday": -2,
    "kemarin lusa": -2,
    "그제": -2,
    "그저께": -2,
    "前天": -2,
    "一昨日": -2,
    "позавчера": -2,
    "anteayer": -2,
    "avant-hier": -2,
    "vorgestern": -2,
}

# Relative months and years: word → (unit, offset from the publication's month or year).
RELATIVE_PERIODS = {
    **dict.fromkeys(
        "last month|the previous month|the past month|bulan lalu|bulan kemarin|el mes pasado|le mois dernier|"
        "le mois précédent|im vergangenen monat|vergangenen monat|letzten monat|im letzten monat|vormonat|"
        "в прошлом месяце|지난달|지난 달|上个月|上個月|上月|先月".split("|"),
        ("month", -1),
    ),
    **dict.fromkeys(
        "this month|earlier this month|early this month|bulan ini|awal bulan ini|este mes|ce mois-ci|"
        "en début de mois|diesen monat|anfang des monats|в этом месяце|в начале месяца|이달|이번 달|이달 초|"
        "本月|这个月|這個月|月初|今月".split("|"),
        ("month", 0),
    ),
    **dict.fromkeys(
        "next month|bulan depan|el próximo mes|el mes que viene|le mois prochain|nächsten monat|"
        "im nächsten monat|в следующем месяце|다음달|다음 달|下个月|下個月|下月|来月".split("|"),
        ("month", 1),
    ),
    **dict.fromkeys(
        "last year|the previous year|tahun lalu|tahun kemarin|el año pasado|l'année dernière|l'an dernier|"
        "l'an passé|letztes jahr|im vergangenen jahr|vergangenes jahr|im vorjahr|в прошлом году|지난해|작년|"
        "去年|昨年".split("|"),
        ("year", -1),
    ),
    **dict.fromkeys(
        "next year|tahun depan|el próximo año|el año que viene|l'année prochaine|l'an prochain|nächstes jahr|"
        "im nächsten jahr|в следующем году|내년|明年|来年".split("|"),
        ("year", 1),
    ),
    **dict.fromkeys(
        "last week|the previous week|last weekend|minggu lalu|pekan lalu|la semana pasada|el fin de semana pasado|"
        "la semaine dernière|le week-end dernier|letzte woche|vergangene woche|in der vergangenen woche|"
        "на прошлой неделе|지난주|지난 주|上周|上週|上星期|先週".split("|"),
        ("week", -1),
    ),
}

from .lexicon import compile_fast, lowered, trie_pattern, word_regex, words  # noqa: E402

FUTURE_CUES = word_regex(
    words("""
    will, is to, are to, plan to, plans to, is expected to, is scheduled, next week, next month
    akan, berencana, dijadwalkan                       # id
    planea, prevé, visitará, se reunirá                # es
    va, vont, prévu, devrait                           # fr
    wird, werden, soll                                 # de
    планиру*, намерен*, собира*, посетит, проведет, проведёт   # ru
    예정, 계획, 将, 將, 拟, 予定, 見通し
""")
)

_MONTH_WORD = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY_LATIN = "|".join(
    sorted((re.escape(w) for w in WEEKDAYS if not re.search(r"[\u3040-\u9fff\uac00-\ud7a3]", w)), key=len, reverse=True)
)
_YEAR = r"(1[89]\d\d|20\d\d)"
_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUM = "〇○零一二两三四五六七八九十廿卅"


def cn_number(text: str) -> int | None:
    """A number written in Chinese numerals: "十五" 15, "二十七" 27, "廿七" 27, "卅" 30,
    "二〇二二" 2022 (digit by digit when there is no 十)."""
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    tens = {"十": 10, "廿": 20, "卅": 30}
    for ch, base in tens.items():
        if ch in text:
            before, _, after = text.partition(ch)
            if len(before) > 1 or len(after) > 1:
                return None
            mult = _CN_DIGITS.get(before, 1) if before else 1
            if ch != "十" and before:
                return None
            unit = _CN_DIGITS.get(after, 0) if after else 0
            return (mult if ch == "十" else 1) * base + unit
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# A day and month without a year may point at most this far past publication without a future cue.
AHEAD_DAYS = 120


def _month_day(published: dt.date | None, month: int, day: int, future: bool) -> dt.date | None:
    """A month and day with no year: the occurrence nearest the publication date, looking ahead
    only up to AHEAD_DAYS (or any distance within a year when the sentence speaks of the future)."""
    if published is None:
        return None
    candidates = [c for c in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not candidates:
        return None
    if future:
        ahead = [c for c in candidates if c >= published - dt.timedelta(days=2)]
        return min(ahead) if ahead else max(candidates)
    allowed = [c for c in candidates if c <= published + dt.timedelta(days=AHEAD_DAYS)]
    return min(allowed, key=lambda c: abs((c - published).days)) if allowed else None


def _month_only(published: dt.date | None, month: int, future: bool, strictly_past: bool = False) -> dt.date | None:
    """A month with no year: this year's, or last year's if it is still to come (next year's for plans)."""
    if published is None or not 1 <= month <= 12:
        return None
    year = published.year
    if not future and (month > published.month or (strictly_past and month == published.month)):
        year -= 1
    elif future and month < published.month:
        year += 1
    return dt.date(year, month, 1)


def _day_only(published: dt.date | None, day: int, future: bool) -> dt.date | None:
    """A day of the month alone ("9일", "26日"): this month's, or last month's if that is still to come."""
    if published is None or not 1 <= day <= 31:
        return None
    y, m = published.year, published.month
    candidate = _safe_date(y, m, day)
    if not future and (candidate is None or candidate > published + dt.timedelta(days=1)):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        candidate = _safe_date(y, m, day)
    elif future and candidate is not None and candidate < published:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        candidate = _safe_date(y, m, day)
    return candidate


def _weekday(published: dt.date | None, weekday: int, future: bool) -> dt.date | None:
    if published is None:
        return None
    if future:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _two_digit_year(published: dt.date | None, yy: int) -> int:
    """ "05年" → 2005 (or 1905 when 2005 would be after publication)."""
    now = (published or dt.date.today()).year
    year = 2000 + yy
    return year if year <= now else 1900 + yy


# --- the rule table --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    text: str
    published: dt.date | None
    future_at: Callable[[int], bool]
    language: str


Resolved = tuple[dt.date | None, str, bool] | None  # (date, precision, resolved against publication)


@dataclass(frozen=True)
class DateRule:
    """One kind of date expression: ``pattern`` finds it, ``gate`` (a cheap test on the text's
    features) says whether to look at all, ``resolve`` turns a match into a date."""

    name: str
    pattern: object  # re.Pattern, or an object with finditer(text)
    resolve: Callable[[re.Match, _Ctx], Resolved]
    gate: str = ""  # a key of _features(); empty: always tried
    span_group: int = 0  # the group whose span is the date (0: the whole match)


def _ymd(y, m, d) -> Resolved:
    return _safe_date(int(y), int(m), int(d)), DAY, False


def _md(ctx: _Ctx, m: re.Match, month: int, day: int, year: str | None = None) -> Resolved:
    if year:
        return _safe_date(int(year), month, day), DAY, False
    return _month_day(ctx.published, month, day, ctx.future_at(m.start())), DAY, True


def _r_ko_day_range(m, ctx):
    return _day_only(ctx.published, int(m.group(1)), ctx.future_at(m.start())), DAY, True


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
    return _safe_date(int(m.group(1)), int(m.group(2)), 1), MONTH, False


def _r_cjk_md(m, ctx):
    return _md(ctx, m, int(m.group(1)), int(m.group(2)))


def _r_cjk_d(m, ctx):
    return _day_only(ctx.published, int(m.group(1)), ctx.future_at(m.start())), DAY, True


def _r_cn_numeral_day(m, ctx):
    day = cn_number(m.group(1))
    return (_day_only(ctx.published, day, ctx.future_at(m.start())), DAY, True) if day else None


def _r_cn_numeral_ym(m, _ctx):
    year, month = cn_number(m.group(1)), cn_number(m.group(2)) if m.group(2) else None
    if not year or not 1800 <= year <= 2100:
        return None
    if month and 1 <= month <= 12:
        return dt.date(year, month, 1), MONTH, False
    return dt.date(year, 1, 1), YEAR, False


def _r_cjk_y(m, _ctx):
    return _safe_date(int(m.group(1)), 1, 1), YEAR, False


def _r_cjk_yy(m, ctx):
    """ "05年の胡錦濤氏以来": a two-digit year (Japanese and Chinese), only one of the last 25 years, so
    that "70年" (seventy years) is not read as 1970."""
    if ctx.language.split("-")[0] not in {"ja", "zh"} or ctx.published is None:
        return None
    year = _two_digit_year(ctx.published, int(m.group(1)))
    if not 0 <= ctx.published.year - year <= 25:
        return None
    return dt.date(year, 1, 1), YEAR, False


def _r_dmy(m, ctx):
    return _md(ctx, m, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), m.group(3))


def _r_mdy(m, ctx):
    return _md(ctx, m, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3))


def _r_my(m, _ctx):
    return _safe_date(int(m.group(2)), MONTHS[m.group(1).lower()], 1), MONTH, False


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
    → the month holding the day a week before publication."""
    if ctx.published is None:
        return None
    unit, offset = RELATIVE_PERIODS[" ".join(m.group().lower().split())]
    if unit == "month":
        return _shift_month(ctx.published, offset), MONTH, True
    if unit == "year":
        return dt.date(ctx.published.year + offset, 1, 1), YEAR, True
    weekday = ctx.published.weekday()
    if "weekend" in m.group().lower() or "fin de semana" in m.group().lower() or "week-end" in m.group().lower():
        saturday = ctx.published - dt.timedelta(days=weekday + 2)  # the Saturday before this week
        return saturday.replace(day=1), MONTH, True
    return (ctx.published - dt.timedelta(days=weekday + 4)).replace(day=1), MONTH, True  # Thursday of last week


_UNIT_WORDS = {
    "day": "day days hari día días jour jours tag tage tagen день дня дней 일 天 日",
    "week": "week weeks minggu pekan semana semanas semaine semaines woche wochen неделю недели недель 주 周 週 週間",
    "month": "month months bulan mes meses mois monat monate monaten месяц месяца месяцев 달 개월 个月 個月 ヶ月 カ月 か月",
    "year": "year years tahun año años an ans jahr jahre jahren год года лет 년 年",
}
_UNIT_OF = {w: unit for unit, ws in _UNIT_WORDS.items() for w in ws.split()}
_NUMBER_WORDS = {
    **dict.fromkeys("a an one se satu un una une ein einen einem одну один 한 一".split(), 1),
    **dict.fromkeys("two dua dos deux zwei две два 두 二 两 兩".split(), 2),
    **dict.fromkeys("three tiga tres trois drei три 세 三".split(), 3),
    **dict.fromkeys("four empat cuatro quatre vier четыре 네 四".split(), 4),
    **dict.fromkeys("five lima cinco cinq fünf пять 다섯 五".split(), 5),
    **dict.fromkeys("six enam seis sechs шесть 여섯 六".split(), 6),
    **dict.fromkeys("ten sepuluh diez dix zehn десять 열 十".split(), 10),
}


def _r_ago(m, ctx):
    """ "two weeks ago", "hace dos semanas", "il y a deux semaines", "vor zwei Wochen",
    "две недели назад", "2주 전", "两周前", "2週間前", "dua minggu lalu"."""
    if ctx.published is None:
        return None
    raw_n, raw_unit = m.group("n").lower(), m.group("unit").lower()
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n)
    unit = _UNIT_OF.get(raw_unit)
    if not n or unit is None or n > 60:
        return None
    if unit == "day":
        return ctx.published - dt.timedelta(days=n), DAY, True
    if unit == "week":
        return (ctx.published - dt.timedelta(days=7 * n)).replace(day=1), MONTH, True
    if unit == "month":
        return _shift_month(ctx.published, -n), MONTH, True
    return dt.date(ctx.published.year - n, 1, 1), YEAR, True


def _r_weekday(m, ctx):
    return _weekday(ctx.published, WEEKDAYS[m.group(1).lower()], ctx.future_at(m.start())), DAY, True


def _r_weekday_cjk(m, ctx):
    word = m.group(1)
    key = word if word in WEEKDAYS else next((k for k in WEEKDAYS if k.startswith(word)), None)
    if key is None:
        key = next((k for k in WEEKDAYS if word.startswith(k)), None)
    if key is None:
        return None
    return _weekday(ctx.published, WEEKDAYS[key], ctx.future_at(m.start())), DAY, True


_PAST_MONTH_WORDS = {"last", "past", "lalu", "pasado", "dernier", "letzten", "vergangenen", "прошлом"}


def _r_month_only(m, ctx):
    strictly_past = any(w in _PAST_MONTH_WORDS for w in m.group(0).lower().split()[:-1])
    month = _month_only(ctx.published, MONTHS[m.group(1).lower()], ctx.future_at(m.start()), strictly_past)
    return month, MONTH, True


def _r_cjk_month(m, ctx):
    prefix, month = m.group(1) or "", int(m.group(2))
    shift = {"今年": 0, "올해": 0, "去年": -1, "前年": -2, "지난해": -1, "작년": -1, "昨年": -1}.get(prefix)
    if shift is not None and ctx.published is not None:
        return _safe_date(ctx.published.year + shift, month, 1), MONTH, True
    strictly_past = prefix in {"지난", "去"}
    return _month_only(ctx.published, month, ctx.future_at(m.start()), strictly_past), MONTH, True


def _r_year(m, _ctx):
    return _safe_date(int(m.group(1)), 1, 1), YEAR, False


_NUMERIC_DATE_HINT = compile_fast(r"\d[-/.]\d")
_DIGITS = compile_fast(r"(?<!\d)\d{1,4}(?!\d)")
_WORD_BEFORE_NUMBER = compile_fast(r"([^\W\d_]+)\.?\s+(?:de\s+|del\s+)?$")

# (text, numbers) of the last text seen; replaced as one tuple, so threads never mix two texts.
_MONTH_NUMBERS_CACHE: list[tuple[str | None, list]] = [(None, [])]


def _month_numbers(text: str) -> list[re.Match]:
    """Numbers preceded by a month name ("July 11", "March 2018"), computed once per text for
    both month-first rules."""
    cached_text, found = _MONTH_NUMBERS_CACHE[0]
    if cached_text is not text:
        found = []
        for d in _DIGITS.finditer(text):
            word = _WORD_BEFORE_NUMBER.search(text, max(0, d.start() - 16), d.start())
            if word is not None and word.group(1).lower() in MONTHS:
                found.append(d)
        _MONTH_NUMBERS_CACHE[0] = (text, found)
    return found


class _Anchored:
    """A month-name rule tried only just before each number in the text: month names alone
    are everywhere ("may", "mar"), numbers are rare, so this is many times faster than
    scanning the whole text for month names."""

    def __init__(self, pattern: str, number_group: int):
        self.rx = compile_fast(pattern, re.IGNORECASE)
        self.group = number_group
        self.flags = 0  # never compiled again for lower-cased text

    def finditer(self, text: str):
        last_end = 0
        for d in _month_numbers(text):
            lo = max(last_end, d.start() - 16)
            m = self.rx.search(text, lo, min(len(text), d.end() + 12))
            if m and m.start(self.group) == d.start():
                last_end = m.end()
                yield m


_MONTH_PREPOSITIONS = trie_pattern(
    "in during early late mid since until by last past awal akhir pertengahan bulan sejak lalu en début fin mi "
    "im anfang ende mitte letzten vergangenen в с".split()
    + ["a principios de", "a finales de", "el pasado", "en el pasado", "le mois de"]
)
_RANGE_JOIN = r"\s*(?:–|-|—|to|until|till|hingga|sampai|s\.d\.|al|au|bis|до|по|et|y|and|und|и)\s*"
_AGO = (
    r"(?<!\w)(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|ten|se|satu|dua|tiga|empat|lima|enam|sepuluh)"
    r"\s+(?P<unit>days?|weeks?|months?|years?|hari|minggu|pekan|bulan|tahun)\s+(?:ago|lalu|yang lalu)"
    r"|(?:hace|il y a|vor)\s+(?P<n2>\d{1,2}|un|una|une|ein|einem|einer|dos|deux|zwei|tres|trois|drei|cuatro|quatre|vier|"
    r"cinco|cinq|fünf|diez|dix|zehn)\s+(?P<unit2>días?|semanas?|mes(?:es)?|años?|jours?|semaines?|mois|ans?|tag(?:en)?|"
    r"wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|(?P<n3>\d{1,2}|одну|две|два|три|четыре|пять|шесть|десять)\s+(?P<unit3>день|дня|дней|неделю|недели|недель|месяц|"
    r"месяца|месяцев|год|года|лет)\s+назад)"
)
_AGO_CJK = (
    r"(?P<n4>\d{1,2}|[一二两兩三四五六七八九十]|한|두|세|네|다섯)\s*(?P<unit4>일|주|달|개월|년|天|周|週|週間|个月|個月|ヶ月|カ月|か月|年)"
    r"\s*(?:전|前)(?!\s*[에의]?\s*(?:부터|이후|以来|から))"
)


class _AgoPattern:
    """Both spellings of "N units ago" with one set of group names for the resolver."""

    def __init__(self):
        self.latin = compile_fast(_AGO, re.IGNORECASE)
        self.cjk = compile_fast(_AGO_CJK)
        self.flags = 0

    def finditer(self, text: str):
        for rx in (self.latin, self.cjk):
            for m in rx.finditer(text):
                yield _AgoMatch(m)


class _AgoMatch:
    """A match whose "n" and "unit" groups are whichever alternative matched."""

    def __init__(self, m: re.Match):
        self.m = m
        d = m.groupdict()
        self._n = next(d[k] for k in ("n", "n2", "n3", "n4") if d.get(k))
        self._unit = next(d[k] for k in ("unit", "unit2", "unit3", "unit4") if d.get(k))

    def group(self, name=0):
        if name == "n":
            return self._n
        if name == "unit":
            return self._unit
        return self.m.group(name)

    def start(self, *a):
        return self.m.start(*a)

    def end(self, *a):
        return self.m.end(*a)

    def span(self, *a):
        return self.m.span(*a)


_PERIOD_CJK = [w for w in RELATIVE_PERIODS if re.search(r"[\u3040-\u9fff\uac00-\ud7a3]", w)]
_PERIOD_LATIN = [w for w in RELATIVE_PERIODS if w not in _PERIOD_CJK]

_RULES: list[DateRule] = [
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
            rf"(?<![\d/.])(\d{{1,2}})(?:er|\.)?{_RANGE_JOIN}(\d{{1,2}})(?:\.)?\s+(?:de\s+)?({_MONTH_WORD})\b\.?(?:\s+(?:de\s+)?{_YEAR})?",
            re.IGNORECASE,
        ),
        _r_day_range,
        "month",
    ),
    # ISO and numeric dates
    DateRule("iso", compile_fast(rf"\b{_YEAR}-(\d{{1,2}})-(\d{{1,2}})\b"), _r_iso, "sep"),
    DateRule("dmy_num", compile_fast(rf"(?<![\d/.])(\d{{1,2}})[/.](\d{{1,2}})[/.]{_YEAR}\b"), _r_dmy_num, "sep"),
    DateRule("paren_dm", compile_fast(rf"[(（](\d{{1,2}})/(\d{{1,2}})(?:/{_YEAR})?[)）]"), _r_paren_dm, "sep"),
    # CJK: 2024年4月11日 / 2024년 4월 11일 (with optional year / month)
    DateRule(
        "cjk_ymd", compile_fast(rf"{_YEAR}\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]"), _r_cjk_ymd, "cjk"
    ),
    DateRule("cjk_ym", compile_fast(rf"{_YEAR}\s*[年년]\s*(\d{{1,2}})\s*[月월](?!\s*\d)"), _r_cjk_ym, "cjk"),
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
        "cjk_d",
        compile_fast(
            r"(?<![\d月월/~〜～\-–])(\d{1,2})\s*(?:[日일](?![本曜요間间간])(?!\s*(?:을|를|동안|이내|이상|째|만에|以内|以上|目|ぶり))"
            r"|(?=[~〜～]\d{1,2}\s*[日일]))"
        ),
        _r_cjk_d,
        "cjk",
    ),
    DateRule(
        "cn_numeral_day",
        compile_fast(
            rf"(?<![{_CN_NUM}月至到~〜])([{_CN_NUM}]{{1,3}})(?:日(?![間间])|(?=\s*[至到~〜]\s*[{_CN_NUM}]{{1,3}}日))"
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
    DateRule("cjk_y", compile_fast(rf"{_YEAR}\s*(?:年|년)(?!\s*\d{{1,2}}\s*[月월])(?:[度대]?)"), _r_cjk_y, "cjk"),
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
            rf"(?<!\d)(\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?({_MONTH_WORD})\.?(?:\s+(?:de\s+)?{_YEAR})?\b", re.IGNORECASE
        ),
        _r_dmy,
        "month",
    ),
    DateRule(
        "mdy", _Anchored(rf"\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", 2), _r_mdy, "month"
    ),
    DateRule("my", _Anchored(rf"\b({_MONTH_WORD})\s+(?:de\s+|del\s+)?{_YEAR}\b", 2), _r_my, "month"),
    DateRule(
        "relative",
        compile_fast(
            rf"(?<!\w)(?:{trie_pattern(w for w in RELATIVE_DAYS if w.isascii() or w[0] in 'вспзсг')})(?!\w)"
            rf"|{trie_pattern(w for w in RELATIVE_DAYS if not (w.isascii() or w[0] in 'вспзсг'))}"
            r"|昨(?![日天年晚夜])",
            re.IGNORECASE,
        ),
        _r_relative,
    ),
    DateRule("weekday", compile_fast(rf"(?<!\w)({_WEEKDAY_LATIN})(?!\w)", re.IGNORECASE), _r_weekday, "weekday"),
    DateRule(
        "weekday_cjk",
        compile_fast(r"(星期[一二三四五六日天]|[周週礼][一二三四五六日天]|[월화수목금토일]요일|[月火水木金土日]曜日?)"),
        _r_weekday_cjk,
        "weekday_cjk",
    ),
    # A month with no day: "in September", "awal Mei", "last September", "今年9月", "지난 3월" (month precision)
    DateRule(
        "month_only",
        compile_fast(rf"\b(?:{_MONTH_PREPOSITIONS})\s+-?({_MONTH_WORD})\b(?![.\s]*\d)", re.IGNORECASE),
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
    DateRule("ago", _AgoPattern(), _r_ago, "ago"),
    DateRule(
        "period",
        compile_fast(rf"(?<!\w)(?:{trie_pattern(_PERIOD_LATIN)})(?!\w)|{trie_pattern(_PERIOD_CJK)}", re.IGNORECASE),
        _r_period,
    ),
    DateRule(
        "year",
        compile_fast(rf"(?<![\d/.\-])({_YEAR})(?![\d/\-]|[.,]\d|\s*(?:tahun|years?|年|년|лет|-year))"),
        _r_year,
    ),
]

# Case-insensitive rules compiled again for lower-cased text (lexicon.lowered): much faster.
_LOWER_RULES = {
    rule.name: compile_fast(rule.pattern.pattern)
    for rule in _RULES
    if isinstance(rule.pattern, re.Pattern) and rule.pattern.flags & re.IGNORECASE
}

# One trie search per word family tells whether any such word occurs at all, where several
# rules share the family (rules of their own family run without a gate: the gate would cost
# what the rule costs).
_LATIN_WEEKDAYS = [w for w in WEEKDAYS if not re.search(r"[\u3040-\u9fff\uac00-\ud7a3]", w)]
_GATE_RX = {
    "weekday": compile_fast(r"(?<!\w)(?:" + trie_pattern(_LATIN_WEEKDAYS) + r")(?!\w)"),
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
            "cn_numeral": ("日" in text or "年" in text) and any(ch in text for ch in _CN_NUM),
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

    ctx = _Ctx(text, published, future_at, language)
    low = lowered(text)
    features = _features(text, low if low is not None else text.lower())
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for rule in _RULES:
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
                DateMention(s, e, resolved[0], resolved[1], text[s:e], resolved[2], ranged=rule.name in _RANGE_RULES)
            )
    found.sort(key=lambda d: d.start)
    return _drop_range_ends(text, found)


_WEEKDAY_RANGE_JOIN = compile_fast(r"\s+(?:to|until|through|hingga|sampai|à|au|bis|al|a|до|по)\s+", re.IGNORECASE)


_RANGE_RULES = {"day_range", "cjk_range", "ko_day_range"}


def _drop_range_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from Sunday to Wednesday": the range starts on the first day; the second names its end."""
    kept: list[DateMention] = []
    for d in found:
        if kept and d.relative and kept[-1].relative and _WEEKDAY_RANGE_JOIN.fullmatch(text[kept[-1].end : d.start]):
            kept[-1] = dataclasses.replace(kept[-1], ranged=True)
            continue
        kept.append(d)
    return kept

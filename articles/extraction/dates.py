"""Date expressions in many languages, resolved against the publication date.

Each rule is a small regular expression with a resolver; ``find_dates`` returns every match with
its character span, the date it means and the precision the text supports (day, month, year).
Resolution follows news usage: a weekday or a day of the month without a month refers to the most
recent such day on or before publication ("on Thursday" in a Friday paper is yesterday), unless
the sentence speaks of the future, when it is the next one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
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

    def iso(self) -> str:
        if self.precision == YEAR:
            return f"{self.date:%Y}"
        if self.precision == MONTH:
            return f"{self.date:%Y-%m}"
        return self.date.isoformat()


MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan januari janvier janv enero januar январь января январе",
        "february feb februari février fevrier févr febrero februar февраль февраля феврале",
        "march mar maret mars marzo märz maerz март марта марте",
        "april apr avril abril апрель апреля апреле",
        "may mei mai mayo май мая мае",
        "june jun juni juin junio июнь июня июне",
        "july jul juli juillet juil julio июль июля июле",
        "august aug agustus août aout agosto август августа августе",
        "september sep sept septembre septiembre setiembre сентябрь сентября сентябре",
        "october oct oktober octobre octubre октябрь октября октябре",
        "november nov nopember novembre noviembre ноябрь ноября ноябре",
        "december dec desember décembre decembre diciembre dezember декабрь декабря декабре",
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

from .lexicon import lowered, trie_pattern, word_regex, words  # noqa: E402

FUTURE_CUES = word_regex(
    words("""
    will, is to, are to, plan to, plans to, is expected to, is scheduled, next week
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
    sorted((re.escape(w) for w in WEEKDAYS if w.isascii() or w[0] in "пвсчс"), key=len, reverse=True)
)
_YEAR = r"(1[89]\d\d|20\d\d)"


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_day(published: dt.date | None, month: int, day: int, future: bool) -> dt.date | None:
    """A month and day with no year: the occurrence nearest the publication date in the right direction."""
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate is None:
        return None
    if not future and candidate > published + dt.timedelta(days=2):
        candidate = _safe_date(published.year - 1, month, day)
    elif future and candidate < published - dt.timedelta(days=2):
        candidate = _safe_date(published.year + 1, month, day)
    return candidate


def _month_only(published: dt.date | None, month: int, future: bool) -> dt.date | None:
    """A month with no year: this year's, or last year's if it is still to come (next year's for plans)."""
    if published is None or not 1 <= month <= 12:
        return None
    year = published.year
    if not future and month > published.month:
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
    delta = (published.weekday() - weekday) % 7
    if future:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=delta)


_WEEKDAY_RANGE_JOIN = re.compile(r"\s+(?:to|until|through|hingga|sampai|à|au|bis|al|a|до|по)\s+", re.IGNORECASE)
# One trie search per word family tells whether any such word occurs at all.
_LATIN_WEEKDAYS = [w for w in WEEKDAYS if not re.search(r"[\u3040-\u9fff\uac00-\ud7a3]", w)]
_GATE_RX = {
    "weekday": re.compile(r"(?<!\w)(?:" + trie_pattern(_LATIN_WEEKDAYS) + r")(?!\w)"),
    "relative": re.compile(trie_pattern(RELATIVE_DAYS)),
    "month": re.compile(r"(?<!\w)(?:" + trie_pattern(MONTHS) + r")(?!\w)"),
}
_GATED = {
    "weekday": "weekday",
    "relative": "relative",
    "dmy": "month",
    "mdy": "month",
    "my": "month",
    "day_range": "month",
    "month_only": "month",
}
_NUMERIC_DATE_HINT = re.compile(r"\d[-/.]\d")
_DIGITS = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_]+)\.?\s+(?:de\s+|del\s+)?$")


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
        self.rx = re.compile(pattern, re.IGNORECASE)
        self.group = number_group

    def finditer(self, text: str):
        last_end = 0
        for d in _month_numbers(text):
            lo = max(last_end, d.start() - 16)
            m = self.rx.search(text, lo, min(len(text), d.end() + 12))
            if m and m.start(self.group) == d.start():
                last_end = m.end()
                yield m


_MONTH_PREPOSITIONS = trie_pattern(
    "in during early late mid since until by awal akhir pertengahan bulan sejak en début fin mi im anfang ende mitte в с".split()
    + ["a principios de", "a finales de"]
)
_RANGE_JOIN = r"\s*(?:–|-|—|to|until|till|hingga|sampai|s\.d\.|al|au|bis|до|по)\s*"

_RULES: list[tuple[str, object]] = [
    # Ranges first: the first day is the date ("19일부터 21일까지", "from 20 to 26 May", "3–7 Mei")
    ("ko_day_range", re.compile(r"(?<!\d)(\d{1,2})\s*일\s*부터\s*(\d{1,2})\s*일\s*까지")),
    (
        "day_range",
        re.compile(
            rf"(?<![\d/.])(\d{{1,2}})(?:er|\.)?{_RANGE_JOIN}(\d{{1,2}})(?:\.)?\s+(?:de\s+)?({_MONTH_WORD})\b\.?(?:\s+(?:de\s+)?{_YEAR})?",
            re.IGNORECASE,
        ),
    ),
    # ISO and numeric dates
    ("iso", re.compile(rf"\b{_YEAR}-(\d{{1,2}})-(\d{{1,2}})\b")),
    ("dmy_num", re.compile(rf"(?<![\d/.])(\d{{1,2}})[/.](\d{{1,2}})[/.]{_YEAR}\b")),
    # CJK: 2024年4月11日 / 2024년 4월 11일 (with optional year / month)
    ("cjk_ymd", re.compile(rf"{_YEAR}\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]")),
    ("cjk_ym", re.compile(rf"{_YEAR}\s*[年년]\s*(\d{{1,2}})\s*[月월](?!\s*\d)")),
    (
        "cjk_range",
        re.compile(
            r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*(?:至|到|~|〜|-|–|부터)\s*(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日일]"
        ),
    ),
    ("cjk_md", re.compile(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")),
    ("cjk_d", re.compile(r"(?<![\d月월/])(\d{1,2})\s*[日일](?![本曜요])")),
    ("cjk_y", re.compile(rf"{_YEAR}\s*(?:年|년)(?!\s*\d{{1,2}}\s*[月월])(?:[度대]?)")),
    # Latin and Cyrillic month names
    (
        "dmy",
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?({_MONTH_WORD})\.?(?:\s+(?:de\s+)?{_YEAR})?\b", re.IGNORECASE
        ),
    ),
    ("mdy", _Anchored(rf"\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", 2)),
    ("my", _Anchored(rf"\b({_MONTH_WORD})\s+(?:de\s+|del\s+)?{_YEAR}\b", 2)),
    (
        "relative",
        re.compile(
            rf"(?<!\w)(?:{trie_pattern(w for w in RELATIVE_DAYS if w.isascii() or w[0] in 'вспзсг')})(?!\w)"
            rf"|{trie_pattern(w for w in RELATIVE_DAYS if not (w.isascii() or w[0] in 'вспзсг'))}",
            re.IGNORECASE,
        ),
    ),
    ("weekday", re.compile(rf"(?<!\w)({_WEEKDAY_LATIN})(?!\w)", re.IGNORECASE)),
    (
        "weekday_cjk",
        re.compile(r"(星期[一二三四五六日天]|[周週礼][一二三四五六日天]|[월화수목금토일]요일|[月火水木金土日]曜日?)"),
    ),
    # A month with no day: "in September", "awal Mei", "今年9月", "지난 3월" (month precision)
    (
        "month_only",
        re.compile(
            rf"\b(?:{_MONTH_PREPOSITIONS})\s+-?({_MONTH_WORD})\b(?![.\s]*\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "cjk_month",
        re.compile(
            r"(?:(今年|去年|前年|올해|지난해|작년)\s*|(?<![\d年년\s])|(?<=\s))(\d{1,2})\s*[月월](?!\s*\d{1,2}\s*[日일号])(?!\s*\d)"
        ),
    ),
    ("year", re.compile(rf"(?<![\d/.\-])({_YEAR})(?![\d/\-]|[.,]\d|\s*(?:tahun|years?|年|년|лет))")),
]


# Case-insensitive rules compiled again for lower-cased text (lexicon.lowered): much faster.
_LOWER_RULES = {
    name: re.compile(rx.pattern) for name, rx in _RULES if isinstance(rx, re.Pattern) and rx.flags & re.IGNORECASE
}

# Words that are a date in one language and something else in another ("hier" is "here" in German).
_NOT_A_DATE = {"de": {"hier"}, "nl": {"hier"}}


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
    excluded = _NOT_A_DATE.get(language.split("-")[0], set())
    if future_at is None:
        flag = bool(FUTURE_CUES.search(text)) if future is None else future

        def future_at(_pos, flag=flag):
            return flag

    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, date: dt.date | None, precision: str, relative: bool = False, span=None) -> None:
        s, e = span or m.span()
        if date is None or any(s < te and ts < e for ts, te in taken):
            return
        if not (1800 <= date.year <= 2100):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, date, precision, text[s:e], relative))

    low = lowered(text)
    has = {
        "cjk": any(ch in text for ch in "年月日년월일"),
        "ko_day_range": "부터" in text,
        "weekday_cjk": any(ch in text for ch in "星期周週礼요曜"),
        "sep": _NUMERIC_DATE_HINT.search(text) is not None,
    }
    # Cheap substring tests (C speed) before the word rules: most texts name no weekday or month word.
    haystack = low if low is not None else text.lower()
    gates = {name: rx.search(haystack) is not None for name, rx in _GATE_RX.items()}
    for name, rx in _RULES:
        if (name.startswith("cjk") and not has["cjk"]) or (name == "weekday_cjk" and not has["weekday_cjk"]):
            continue
        if name == "ko_day_range" and not has["ko_day_range"]:
            continue
        if name in ("iso", "dmy_num") and not has["sep"]:
            continue
        if name in _GATED and not gates[_GATED[name]]:
            continue
        fast = _LOWER_RULES.get(name)
        matches = fast.finditer(low) if (fast is not None and low is not None) else rx.finditer(text)
        for m in matches:
            g = m.groups()
            if name == "ko_day_range":
                add(m, _day_only(published, int(g[0]), future_at(m.start())), DAY, True)
            elif name == "day_range":
                month = MONTHS[g[2].lower()]
                if g[3]:
                    add(m, _safe_date(int(g[3]), month, int(g[0])), DAY)
                else:
                    add(m, _month_day(published, month, int(g[0]), future_at(m.start())), DAY, True)
            elif name == "month_only":
                add(m, _month_only(published, MONTHS[g[0].lower()], future_at(m.start())), MONTH, True, span=m.span(1))
            elif name == "cjk_month":
                shift = {"去年": -1, "前年": -2, "지난해": -1, "작년": -1}.get(g[0] or "", 0)
                if g[0] and published is not None:
                    add(m, _safe_date(published.year + shift, int(g[1]), 1), MONTH, True)
                else:
                    add(m, _month_only(published, int(g[1]), future_at(m.start())), MONTH, True)
            elif name == "iso":
                add(m, _safe_date(int(g[0]), int(g[1]), int(g[2])), DAY)
            elif name == "dmy_num":
                add(m, _safe_date(int(g[2]), int(g[1]), int(g[0])), DAY)
            elif name == "cjk_ymd":
                add(m, _safe_date(int(g[0]), int(g[1]), int(g[2])), DAY)
            elif name == "cjk_ym":
                add(m, _safe_date(int(g[0]), int(g[1]), 1), MONTH)
            elif name == "cjk_range":
                start = _month_day(published, int(g[0]), int(g[1]), future_at(m.start()))
                add(m, start, DAY, True)
            elif name == "cjk_md":
                add(m, _month_day(published, int(g[0]), int(g[1]), future_at(m.start())), DAY, True)
            elif name == "cjk_d":
                add(m, _day_only(published, int(g[0]), future_at(m.start())), DAY, True)
            elif name == "cjk_y":
                add(m, _safe_date(int(g[0]), 1, 1), YEAR)
            elif name == "dmy":
                month = MONTHS[g[1].lower()]
                if g[2]:
                    add(m, _safe_date(int(g[2]), month, int(g[0])), DAY)
                else:
                    add(m, _month_day(published, month, int(g[0]), future_at(m.start())), DAY, True)
            elif name == "mdy":
                month = MONTHS[g[0].lower()]
                if g[2]:
                    add(m, _safe_date(int(g[2]), month, int(g[1])), DAY)
                else:
                    add(m, _month_day(published, month, int(g[1]), future_at(m.start())), DAY, True)
            elif name == "my":
                add(m, _safe_date(int(g[1]), MONTHS[g[0].lower()], 1), MONTH)
            elif name == "relative":
                if published is not None and m.group().lower() not in excluded:
                    add(m, published + dt.timedelta(days=RELATIVE_DAYS[m.group().lower()]), DAY, True)
            elif name == "weekday":
                add(m, _weekday(published, WEEKDAYS[g[0].lower()], future_at(m.start())), DAY, True)
            elif name == "weekday_cjk":
                word = g[0]
                key = word if word in WEEKDAYS else next((k for k in WEEKDAYS if k.startswith(word)), None)
                if key is None:
                    key = next((k for k in WEEKDAYS if word.startswith(k)), None)
                if key is not None:
                    add(m, _weekday(published, WEEKDAYS[key], future_at(m.start())), DAY, True)
            elif name == "year":
                add(m, _safe_date(int(g[0]), 1, 1), YEAR)
    found.sort(key=lambda d: d.start)
    # "from Sunday to Wednesday": the range starts on the first day; the second names its end.
    kept: list[DateMention] = []
    for d in found:
        if kept and d.relative and kept[-1].relative and _WEEKDAY_RANGE_JOIN.fullmatch(text[kept[-1].end : d.start]):
            continue
        kept.append(d)
    return kept


def month_name(month: int) -> str:
    return calendar.month_name[month]

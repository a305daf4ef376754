"""Pattern pieces the date rules share, and the matchers that are more than one regular
expression: month-name rules tried only next to numbers (``Anchored``), and "N units ago" in
both its Latin-script and CJK spellings (``AgoPattern``)."""

from __future__ import annotations

import re

from ..lexicon import compile_fast, trie_pattern
from ..scripts import has_cjk
from .words import MONTHS, RELATIVE_PERIODS, WEEKDAYS

MONTH_WORD = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
LATIN_WEEKDAYS = [w for w in WEEKDAYS if not has_cjk(w)]  # the weekdays written with spaces between words
LATIN_WEEKDAY_WORD = "|".join(sorted((re.escape(w) for w in LATIN_WEEKDAYS), key=len, reverse=True))
# German writes the time of day onto the weekday: "Donnerstagabend", "Montagmorgen", "Freitagnachmittag".
DAYTIME_SUFFIX = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)?"
YYYY = r"(1[89]\d\d|20\d\d)"  # a year of four digits, 1800 to 2099, as a group
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


class Anchored:
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


MONTH_PREPOSITIONS = trie_pattern(
    "in during early late mid since until by last past awal akhir pertengahan bulan sejak lalu en début fin mi "
    "im anfang ende mitte letzten vergangenen в с".split()
    + ["a principios de", "a finales de", "el pasado", "en el pasado", "le mois de"]
    # "в конце марта", "с начала марта": the genitive month after "the end of", "the start of"
    + ["в конце", "в начале", "в середине", "до конца", "с начала", "к концу"]
)
RANGE_JOIN = r"\s*(?:–|-|—|to|until|till|hingga|sampai|s\.d\.|al|au|bis|до|по|et|y|and|und|и)\s*"
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
    r"(?:(?P<n4>\d{1,2}|[一二两兩三四五六七八九十]|한|두|세|네|다섯)\s*(?P<unit4>일|주|달|개월|년|天|周|週|週間|个月|個月|ヶ月|カ月|か月|年)"
    # Korean counts days with words of their own: 하루 (one day), 이틀 (two) … 열흘 (ten): "이틀 전"
    r"|(?<![가-힣])(?P<days>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘))"
    r"\s*(?:전|前)(?!\s*[에의]?\s*(?:부터|이후|以来|から))"
)
_KOREAN_DAY_COUNTS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}


class AgoPattern:
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
        if d.get("days"):
            self._n, self._unit = str(_KOREAN_DAY_COUNTS[d["days"]]), "일"
            return
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


PERIOD_CJK = [w for w in RELATIVE_PERIODS if has_cjk(w)]
PERIOD_LATIN = [w for w in RELATIVE_PERIODS if w not in PERIOD_CJK]

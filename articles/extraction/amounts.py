"""Money and quantities stated with a traded good: "$16.4 million", "613,6 millones de dólares",
"1,6 juta ton", "11 Millionen Kilogramm", "5339万1616ドル", "1684만 6000달러", "2.71億美元",
"16,450 tonnes". Values are read as US dollars; other currencies are left alone."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import compile_fast

_SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mio": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "juta": 1e6,
    "miliar": 1e9,
    "ribu": 1e3,
    "millón": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "millier": 1e3,
    "milliers": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "millionen": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "tausend": 1e3,
    "тыс": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
}
_NUMBER = r"\d{1,3}(?:[.,\s ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:mil millones|thousand|millions?|mn|bn|billion|juta|miliar|ribu|millón|millones|milliers?|milliards?|millionen|milliarden?|mio\.?|tausend|тыс\.?|тысяч|млн|миллион\w*|млрд|миллиард\w*|M|m)"
_USD_BEFORE = compile_fast(rf"(?:US\$|USD\s?|\$)\s?({_NUMBER})(?:\s?({_SCALE})\b)?", re.IGNORECASE)
_USD_AFTER = compile_fast(
    rf"({_NUMBER})\s?({_SCALE})?\.?\s?(?:de\s+)?(?:dólares|dollars?|dolar(?: AS)?|dollar|долл\w*|USD|US-Dollar|\$US|\$)",
    re.IGNORECASE,
)
# East Asian numbers: 5339万1616ドル, 1684만 6000달러, 2.71億美元, 3억 1200만 달러
_CJK_USD = compile_fast(
    r"((?:\d+(?:\.\d+)?\s*[억億亿])?\s*(?:\d+(?:\.\d+)?\s*[만万萬])?\s*(?:\d+(?:\.\d+)?)?)\s*(?:달러|ドル|美元|美金)"
)
_QUANTITY = compile_fast(
    rf"({_NUMBER})\s?({_SCALE})?\s?(?:de\s+|d['’])?(tonnes?|tons?|ton|t|toneladas|Tonnen|тонн\w*|kilograms?|kg|Kilogramm|barrels?|barriles|barils|Barrel|баррел\w*|pairs?|units?|pieces?)\b",
    re.IGNORECASE,
)
_CJK_QUANTITY = compile_fast(
    r"((?:\d+(?:\.\d+)?\s*[억億亿])?\s*(?:\d+(?:\.\d+)?\s*[만万萬])?\s*(?:\d+(?:\.\d+)?)?)\s*(톤|吨|噸|トン|배럴|桶|バレル)"
)
# A value in words: "einer Milliarde Dollar", "a billion dollars", "un millón de dólares"
_USD_WORDS = compile_fast(
    r"\b(?:a|an|one|ein|eine|einer|einem|un|une|uno|una|satu|se|один|одного|одна)\s+"
    rf"({_SCALE})\s?(?:de\s+)?(?:dólares|dollars?|dolar(?: AS)?|Dollar|долл\w*|USD|US-Dollar)",
    re.IGNORECASE,
)
_CJK_UNIT = {"만": 1e4, "万": 1e4, "萬": 1e4, "억": 1e8, "億": 1e8, "亿": 1e8}
_UNIT_NAMES = {
    "t": "tonnes",
    "ton": "tonnes",
    "tons": "tonnes",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "toneladas": "tonnes",
    "tonnen": "tonnes",
    "톤": "tonnes",
    "吨": "tonnes",
    "噸": "tonnes",
    "トン": "tonnes",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramm": "kg",
    "barrel": "barrels",
    "barrels": "barrels",
    "barriles": "barrels",
    "barils": "barrels",
    "배럴": "barrels",
    "桶": "barrels",
    "バレル": "barrels",
    "pair": "pairs",
    "pairs": "pairs",
    "unit": "units",
    "units": "units",
    "piece": "units",
    "pieces": "units",
}


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    kind: str  # "usd" or a unit of quantity ("tonnes", "kg", "barrels", "units", "pairs")


def _unit_name(word: str) -> str:
    """ "tonnes", "тонн", "Tonnen" → "tonnes"; Russian cases by their stem ("баррелей" → "barrels")."""
    w = word.lower()
    if w in _UNIT_NAMES:
        return _UNIT_NAMES[w]
    for stem, name in (("тонн", "tonnes"), ("баррел", "barrels"), ("килограмм", "kg")):
        if w.startswith(stem):
            return name
    return w


def parse_number(raw: str) -> float | None:
    """ "1,330" 1330, "613,6" 613.6, "2.450" 2450, "94,390" 94390, "1.6" 1.6, "16 450" 16450,
    "1.234.567,89" 1234567.89 (continental), "1,234,567.89" (English)."""
    s = raw.replace("\u00a0", " ").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
        return float(s.replace(".", "").replace(",", "."))
    if (
        re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s)
        and not re.fullmatch(r"\d{1,3}[.,]\d{3}", s)
        or re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s)
    ):
        s = (
            s.replace(",", "")
            if "," in s and ("." not in s or s.rindex(".") > s.rindex(","))
            else s.replace(".", "").replace(",", ".")
        )
    elif re.fullmatch(r"\d{1,3}[.,]\d{3}", s):
        s = s.replace(",", "").replace(".", "")  # a thousands separator: "2.450", "94,390"
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    w = word.lower().rstrip(".")
    if w == "m" and word == "M":
        return 1e6
    return _SCALE_WORDS.get(w, 1.0)


def _cjk_number(raw: str) -> float | None:
    """ "5339万1616" 53391616, "1억 6489만 8000" 164898000, "2.71億" 271000000."""
    total, rest = 0.0, raw.replace(" ", "")
    for m in re.finditer(r"(\d+(?:\.\d+)?)([억億亿만万萬])?", rest):
        total += float(m.group(1)) * _CJK_UNIT.get(m.group(2) or "", 1.0)
    return total or None


def find_amounts(text: str, lo: int, hi: int) -> list[Amount]:
    """Every dollar value and quantity in text[lo:hi]."""
    found: list[Amount] = []
    for rx in (_USD_BEFORE, _USD_AFTER):
        for m in rx.finditer(text, lo, hi):
            n = parse_number(m.group(1))
            if n is not None:
                found.append(Amount(m.start(), m.end(), n * _scale(m.group(2)), "usd"))
    for m in _USD_WORDS.finditer(text, lo, hi):
        found.append(Amount(m.start(), m.end(), _scale(m.group(1)), "usd"))
    for m in _CJK_USD.finditer(text, lo, hi):
        n = _cjk_number(m.group(1))
        if n:
            found.append(Amount(m.start(1) + len(m.group(1)) - len(m.group(1).lstrip()), m.end(), n, "usd"))
    for m in _QUANTITY.finditer(text, lo, hi):
        n = parse_number(m.group(1))
        if n is not None:
            found.append(Amount(m.start(), m.end(), n * _scale(m.group(2)), _unit_name(m.group(3))))
    for m in _CJK_QUANTITY.finditer(text, lo, hi):
        n = _cjk_number(m.group(1))
        if n:
            start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
            found.append(Amount(start, m.end(), n, _UNIT_NAMES[m.group(2)]))
    found.sort(key=lambda a: (a.start, -a.end))
    kept: list[Amount] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        # "$8.2 million" is 8,200,000, not the 8,199,999.999… that 8.2 * 1e6 gives in binary
        kept.append(replace(a, value=round(a.value, 2 if a.kind == "usd" else 3)))
    return kept


# A total followed by its parts: "exports totalled $292 million, of which false eyelashes …",
# "goods worth $2 billion, among them soybean oil": the amount is the whole's, not the good's.
_PARTS_OF_A_WHOLE = re.compile(
    r"\b(?:of which|among them|among which|including|such as|antara lain|di antaranya|termasuk|seperti|"
    r"entre ellos|entre ellas|entre los cuales|incluidos|dont|notamment|darunter|einschließlich|в том числе|включая)\b"
    r"|其中|包括|이 중|그중|가운데|うち|など|등",
    re.IGNORECASE,
)


def amount_for(
    amounts: list[Amount], start: int, end: int, others: list[tuple[int, int]], kind: str, text: str = ""
) -> Amount | None:
    """The amount of ``kind`` stated with the good at [start, end): the nearest one within 60
    characters with no other good between them, and not a total the good is listed as a part of."""
    best, best_gap = None, 61
    for a in amounts:
        if (kind == "usd") != (a.kind == "usd"):
            continue
        lo, hi = (a.end, start) if a.end <= start else (end, a.start)
        gap = max(0, hi - lo)
        if gap >= best_gap or any(lo <= s < hi for s, _e in others):
            continue
        if text and a.end <= start and _PARTS_OF_A_WHOLE.search(text, lo, hi):
            continue
        best, best_gap = a, gap
    return best

"""Small text helpers shared by the gazetteer loader and the models (no Django imports)."""

import re
import unicodedata

from articles.extraction.scripts import CYRILLIC, HAN, HANGUL, KANA

_SEPARATORS = re.compile(r"[\s\-‐‑–—·・‧'’`.,()]+")


def normalize_alias(text: str) -> str:
    """The key under which an alias is unique: NFKC, case-folded, separators dropped.

    "Kim Jong-un", "kim jong un" and "KIM JONGUN" share one key, so two records can never
    claim spellings that differ only in hyphens, spaces or case.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub("", text)


# A character of each non-Latin script, by its ISO 15924 code (articles.extraction.scripts holds the ranges).
_SCRIPT_CHAR = re.compile(f"(?P<Hang>[{HANGUL}])|(?P<Kana>[{KANA}])|(?P<Hani>[{HAN}])|(?P<Cyrl>[{CYRILLIC}])")


def script_of(text: str) -> str:
    """ISO 15924 code of the dominant non-Latin script in ``text``, else "Latn"."""
    counts: dict[str, int] = {}
    for m in _SCRIPT_CHAR.finditer(text):
        counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
    if not counts:
        return "Latn"
    if "Kana" in counts:
        return "Jpan"
    return max(counts, key=counts.get)

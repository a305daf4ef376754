"""Goods named by their HS code: "HS 2710", "HS codes 2710, 2712 and 2713", "海关编码为2709和2710的
商品", "HS-Code 2709". Each code the text lists after such a word is a mention of the
gazetteer's good of that heading (of its subheading when the gazetteer has one)."""

from __future__ import annotations

import re

from .coref import sentence_at
from .lexicon import compile_fast
from .types import COMMODITY, ExtractionResult, GazetteerEntry, Mention

# The words that say a number is an HS code, in the nine languages.
_CODE_WORD = compile_fast(
    r"\bHS(?:[- ](?:codes?|headings?|Codes?|Positionen?))?(?=[\s:(])|\bH\.S\.|\bcodes? (?:SH|HS)\b|\bc[oó]digos? (?:SA|HS)\b"
    r"|\bkode HS\b|\bZolltarifnummer\w*|\bТН ВЭД\b|海关编码|海關編碼|商品编码|商品編碼|税则号|稅則號|HSコード|関税番号"
    r"|HS\s?코드|HS\s?부호|품목번호",
    re.IGNORECASE,
)
_ONE_CODE = r"(?<!\d)\d{4}(?:\d{2})?(?!\d)"  # a heading or a subheading
# A code, then more joined by commas or "and"; before the first only a colon, a bracket or a word
# such as "code", "Nr." or "为" ("HS rules of 2009" names no heading).
_CODES = compile_fast(
    r"[\s:：(（]*(?:(?:codes?|headings?|Nr\.|No\.|n°|núm\.|номер|前四位为|前四位為|为|為|は|은|는)\s*[:：]?\s*)?"
    rf"{_ONE_CODE}(?:\s*(?:[、,，/]|and|or|et|ou|y|o|und|oder|и|или|dan|atau|和|及|与|與|및|과|와)\s*{_ONE_CODE})*",
    re.IGNORECASE,
)
_CODE = compile_fast(_ONE_CODE)


def commodities_by_code(entries: dict[str, GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """The gazetteer's good of each HS code (the first one listed where several share it)."""
    by_code: dict[str, GazetteerEntry] = {}
    for entry in entries.values():
        if entry.label == COMMODITY and entry.hs_code:
            by_code.setdefault(entry.hs_code, entry)
    return by_code


def find_hs_codes(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """Add a mention of the good of each HS code the text lists after an HS code word."""
    words = list(_CODE_WORD.finditer(text))
    if not words:
        return
    by_code = commodities_by_code(entries)
    added = []
    for word in words:
        listed = _CODES.match(text, word.end())
        if listed is None:
            continue
        for code in _CODE.finditer(text, word.end(), listed.end()):
            entry = by_code.get(code.group()) or by_code.get(code.group()[:4])
            if entry is not None:
                s, e = code.span()
                added.append(Mention(entry.key, COMMODITY, entry.name, s, e, code.group(), sentence_at(result, s)))
    if added:
        result.add_mentions(added)

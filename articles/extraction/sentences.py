"""Sentence boundaries on the raw text (character offsets), in every script the tracker reads.

A sentence ends at a line break, after 。！？ (with any closing quote or bracket), and after
. ! ? … when a space and a capital letter, digit or non-Latin character follow, unless the full
stop closes an abbreviation ("Mr.", "Gen.", "U.S.") or an initial.
"""

from __future__ import annotations

import re

from .lexicon import compile_fast

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "no",
    "vol",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "etc",
    "inc",
    "co",
    "ltd",
    "jr",
    "sr",
    "prof",
    "hr",
    "tn",
    "bpk",
    "mme",
    "mlle",
    "dt",
    "fr",
    "nr",
    "bzw",
    "sra",
    "г",
    "т",
    "н",
    "э",
}
_CLOSERS = "\"'”’」』)）»"
_CJK_END = compile_fast(rf"[。！？][{_CLOSERS}]*")
_LATIN_END = compile_fast(rf"[.!?…]+[{_CLOSERS}]*(?=\s+[^\sa-z])")
_WORD_BEFORE = compile_fast(r"(\w+)$")
_RUN_ON = compile_fast(r"(?<=[a-zà-ÿ]{2})\.(?=[A-ZÀ-Þ][a-zà-ÿ]+\b)")


def _is_abbreviation(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if not m:
        return False
    word = m.group(1).casefold()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# German writes ordinals with a full stop: "am 26. Juli", "zum 70. Jahrestag", "der 3. Plenartagung".
_GERMAN_ORDINAL = compile_fast(
    r"(?:\b(?:am|vom|zum|zur|bis|ab|seit|den|dem|der|des|die|das|im|beim|ihr\w*|sein\w*|am|Nr)\s+|^|\s)\d{1,3}$"
)
_GERMAN_MONTH = compile_fast(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _is_ordinal(text: str, stop: int) -> bool:
    """ "am 26. Juli", "zum 70. Jahrestag": a German ordinal, not the end of a sentence."""
    if text[stop] != "." or not text[stop - 1 : stop].isdigit():
        return False
    if _GERMAN_MONTH.match(text, stop + 1):
        return True
    before = _GERMAN_ORDINAL.search(text, max(0, stop - 16), stop)
    return before is not None and not before.group().strip().isdigit()


_LINE_END = compile_fast(r"[.!?…。！？:;\"'”’」』)）»]\s*$")


def _wrapped(text: str, nl: int) -> bool:
    """A line break inside a sentence, as in text hard-wrapped at a fixed width: the line does not
    end a sentence, and the next line goes on in lower case or the line is long (a heading is
    short and starts a paragraph of its own)."""
    if text[nl + 1 : nl + 2] in ("\n", "") or text[nl - 1 : nl] == "\n":
        return False
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl]
    if not line.strip() or _LINE_END.search(line):
        return False
    following = text[nl + 1 : nl + 3].lstrip()
    return following[:1].islower() or len(line) >= 70


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order."""
    cuts = set()
    for m in _CJK_END.finditer(text):
        cuts.add(m.end())
    for m in _LATIN_END.finditer(text):
        if not _is_abbreviation(text, m.start()) and not _is_ordinal(text, m.start()):
            cuts.add(m.end())
    for m in _RUN_ON.finditer(text):
        if not _is_abbreviation(text, m.start()):
            cuts.add(m.start() + 1)  # "… à Pyongyang.Il a rencontré": a space lost between sentences
    for m in re.finditer(r"\n", text):
        if not _wrapped(text, m.start()):
            cuts.add(m.start())
    spans = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        if cut <= start:
            continue
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = cut
    return spans

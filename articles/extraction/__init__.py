"""Pure extraction: text + publication date + gazetteer in, dataclasses out. No Django imports."""

from __future__ import annotations

import datetime as dt
import gc
import re
import threading
from bisect import bisect_right
from dataclasses import replace

from .candidates import find_candidates
from .coref import (
    resolve_descriptors,
    resolve_envoys,
    resolve_object_pronouns,
    resolve_officials,
    resolve_pronouns,
    resolve_short_references,
    sentence_at,
)
from .events import Events, find_events
from .hs_codes import find_hs_codes
from .language import detect_language
from .lexicon import compile_fast
from .ministries import foreign_ministries, resolve_spokespeople_ministries
from .ores import find_mineral_metals
from .pipeline import build_pipeline, korean_word_ok
from .sanctions import sanction_rules
from .sentences import split_sentences
from .titles import resolve_titles
from .types import ExtractionResult, Gazetteer, GazetteerEntry, Mention, SanctionRule, Sentence

EXTRACTOR_VERSION = "0.5.1"  # 0.5.1: the result carries the dates and event words it read (highlights)

# spaCy's own limit; long articles are processed in chunks well below it.
CHUNK_CHARS = 100_000

_lock = threading.Lock()
_cache: dict[str, tuple[object, int]] = {}  # gazetteer version: (pipeline, its vocabulary size when built)

# The tokenizer adds every word form it has not seen before to the pipeline's vocabulary, for
# good: a worker reading years of news (new names, numbers, typos) would grow without end. Past
# this many new forms the pipeline is built again (a third of a second), with a fresh vocabulary.
# (spaCy's memory zones free them per text instead, but made extraction a third slower.)
MAX_NEW_WORDS = 20_000


def pipeline_for(gazetteer: Gazetteer):
    """The pipeline for this gazetteer version, built once per process (and again when its
    vocabulary has grown by MAX_NEW_WORDS forms)."""
    with _lock:
        nlp, built_with = _cache.get(gazetteer.version, (None, 0))
        if nlp is None or len(nlp.vocab) > built_with + MAX_NEW_WORDS:
            # A worker freezes its first pipeline out of the collector (tracker.celery); a pipeline
            # holds reference cycles, so one replaced while frozen would never be freed: thaw,
            # collect it, and freeze again with the new one.
            thaw = bool(_cache) and gc.get_freeze_count() > 0
            _cache.clear()
            del nlp
            if thaw:
                gc.unfreeze()
                gc.collect()
            nlp = build_pipeline(gazetteer)
            _cache[gazetteer.version] = (nlp, len(nlp.vocab))
            if thaw:
                gc.freeze()
        return nlp


# A line break inside a line of running text, as in copy wrapped at a fixed width ("State
# Councilor Dai\nBingguo"): names are matched across it, as across a space (same length, so every
# offset holds). A blank line or a line ending in punctuation is no such break.
_SOFT_BREAK = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_])")


def _chunks(text: str, size: int = CHUNK_CHARS):
    """Split at paragraph or sentence ends so that no chunk exceeds ``size`` characters."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end), text.rfind("。", start, end))
            if cut > start + size // 2:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _without_names(text: str, mentions, limit: int = 5000) -> str:
    """The start of the text with gazetteer names blanked out: a short sentence that is mostly
    "Xi Jinping", "Kim Jong Un" and "Peking" says little about its language except in the rest."""
    parts, pos = [], 0
    for m in mentions:
        if m.start >= limit:
            break
        if m.start >= pos:
            parts.append(text[pos : m.start])
            parts.append(" ")
            pos = m.end
    parts.append(text[pos:limit])
    stripped = "".join(parts)
    return stripped if stripped.strip() else text[:limit]


_PROPER = {"PERSON", "PLACE", "COUNTRY"}


_ACRONYM = compile_fast(r"^[A-Z][A-Z.&-]{1,7}$")


_CASE_CACHE: dict[tuple[str, str], bool] = {}


def _lower_case_proper_noun(entry: GazetteerEntry, found: str) -> bool:
    """(Cached by record and spelling: the same names recur in every article.)"""
    key = (entry.key, found)
    cached = _CASE_CACHE.get(key)
    if cached is None:
        if len(_CASE_CACHE) > 50_000:
            _CASE_CACHE.clear()
        cached = _CASE_CACHE[key] = _case_mismatch(entry, found)
    return cached


def _case_mismatch(entry: GazetteerEntry, found: str) -> bool:
    """ "the north of the country" is not "the North" (North Korea), and French "un" is not the UN:
    a name only ever written capitalised does not match words written in lower case, and an
    acronym matches only in capitals."""
    if not found.isascii() or (not found.islower() and len(found) > 9):
        return False  # only a word in lower case or a short one can be a false proper noun or acronym

    def plain(s: str) -> str:  # "U.N." is written "UN" too
        return " ".join(s.replace(".", "").split()).casefold()

    key = plain(found)
    same = [a.replace(".", "") for a in (entry.name, *entry.aliases) if plain(a) == key]
    if not same:
        return False
    if all(_ACRONYM.match(a) for a in same) and not found.isupper():
        return True
    return entry.label in _PROPER and found.islower() and not any(a.islower() for a in same)


def extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    published: dt.date | None = None,
    language: str | None = None,
) -> ExtractionResult:
    """Find the gazetteer's actors, places and commodities in ``text``, with spans and sentences."""
    nlp = pipeline_for(gazetteer)
    entries = gazetteer.by_key()
    result = ExtractionResult(language=language or "")
    result.sentences = [Sentence(start=s, end=e, text=text[s:e]) for s, e in split_sentences(text)]
    starts = [s.start for s in result.sentences]
    ruler = nlp.get_pipe("gazetteer_ruler")
    for offset, chunk in _chunks(text):
        doc = nlp.make_doc(_SOFT_BREAK.sub(" ", chunk))
        for key, first, last in ruler.find(doc):
            entry = entries.get(key)
            tail = doc[last - 1]
            start, end = offset + doc[first].idx, offset + tail.idx + len(tail)
            if entry is None or not korean_word_ok(text, start, end) or _lower_case_proper_noun(entry, text[start:end]):
                continue
            if text[end : end + 1] == "$":
                continue  # "US$ 900 million", "HK$": a currency, not the country
            result.mentions.append(
                Mention(
                    key=entry.key,
                    label=entry.label,
                    name=entry.name,
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence=max(bisect_right(starts, start) - 1, 0),
                )
            )
    if not result.language:
        result.language = detect_language(_without_names(text, result.mentions))
    found, result.candidates = find_candidates(text, result.mentions)
    if found:
        entries = {**entries, **result.candidates}
        result.add_mentions(replace(m, sentence=sentence_at(result, m.start)) for m in found)
    find_hs_codes(text, result, entries)
    find_mineral_metals(text, result, entries)
    resolve_short_references(text, result, entries)
    resolve_descriptors(text, result, entries)
    resolve_envoys(text, result, entries)
    resolve_titles(text, result, entries, published)
    resolve_officials(text, result, entries)  # after the titles: "the vice president" may open a sentence
    resolve_pronouns(text, result, entries)
    resolve_object_pronouns(text, result)
    resolve_spokespeople_ministries(text, result, entries, foreign_ministries(gazetteer.by_key()))
    result.events = find_events(text, result, entries, published, result.language, gazetteer.sanctions)
    return result


__all__ = [
    "EXTRACTOR_VERSION",
    "Events",
    "ExtractionResult",
    "Gazetteer",
    "GazetteerEntry",
    "Mention",
    "SanctionRule",
    "Sentence",
    "sanction_rules",
    "detect_language",
    "extract",
    "pipeline_for",
]

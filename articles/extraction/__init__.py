"""Pure extraction: text + publication date + gazetteer in, dataclasses out. No Django imports."""

from __future__ import annotations

import datetime as dt
import threading

from .coref import resolve_short_references
from .events import Events, find_events
from .language import detect_language
from .pipeline import build_pipeline
from .types import ExtractionResult, Gazetteer, GazetteerEntry, Mention, Sentence

EXTRACTOR_VERSION = "0.2.0"

# spaCy's own limit; long articles are processed in chunks well below it.
CHUNK_CHARS = 100_000

_lock = threading.Lock()
_cache: dict[str, object] = {}


def pipeline_for(gazetteer: Gazetteer):
    """The pipeline for this gazetteer version, built once per process."""
    with _lock:
        nlp = _cache.get(gazetteer.version)
        if nlp is None:
            _cache.clear()
            nlp = build_pipeline(gazetteer)
            _cache[gazetteer.version] = nlp
        return nlp


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
    result = ExtractionResult(language=language or detect_language(text))
    for offset, chunk in _chunks(text):
        doc = nlp(chunk)
        sent_index = {}
        for sent in doc.sents:
            stripped = sent.text.strip()
            if not stripped:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            start = offset + sent.start_char + lead
            sent_index[sent.start] = len(result.sentences)
            result.sentences.append(Sentence(start=start, end=start + len(stripped), text=stripped))
        for ent in doc.ents:
            entry = entries.get(ent.ent_id_)
            if entry is None:
                continue
            idx = sent_index.get(ent.sent.start, max(len(result.sentences) - 1, 0))
            result.mentions.append(
                Mention(
                    key=entry.key,
                    label=entry.label,
                    name=entry.name,
                    start=offset + ent.start_char,
                    end=offset + ent.end_char,
                    text=ent.text,
                    sentence=idx,
                )
            )
    resolve_short_references(text, result, entries)
    result.events = find_events(text, result, entries, published, result.language)
    return result


__all__ = [
    "EXTRACTOR_VERSION",
    "Events",
    "ExtractionResult",
    "Gazetteer",
    "GazetteerEntry",
    "Mention",
    "Sentence",
    "detect_language",
    "extract",
    "pipeline_for",
]

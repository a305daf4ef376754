"""The JSON form of an extraction result (the contract of ``manage.py extract``)."""

from __future__ import annotations

from collections import Counter

from . import extraction
from .extraction import types as T

_KIND = {T.PERSON: "person", T.ORGANIZATION: "organization", T.COUNTRY: "country"}


def result_to_json(result: extraction.ExtractionResult, gazetteer: extraction.Gazetteer) -> dict:
    entries = {**gazetteer.by_key(), **result.candidates}
    text_of = {i: s.text for i, s in enumerate(result.sentences)}

    def name(key):
        return entries[key].name if key else None

    def date(d):
        return d.iso() if d else None

    counts = Counter(m.key for m in result.mentions)
    actors, places = [], []
    for key in result.keys():
        entry = entries[key]
        if entry.label in _KIND:
            actor = {"name": entry.name, "kind": _KIND[entry.label], "country": entry.country, "mentions": counts[key]}
            if key in result.candidates:
                actor["candidate"] = True
            actors.append(actor)
        if entry.label in (T.PLACE, T.COUNTRY):
            places.append({"name": entry.name, "country": entry.country})
    ev = result.events
    return {
        "language": result.language,
        "actors": actors,
        "places": places,
        "meetings": [
            {
                "participants": [name(k) for k in m.participants],
                "date": date(m.date),
                "date_precision": m.date.precision if m.date else None,
                "place": name(m.place),
                "kind": m.kind,
                "evidence": text_of[m.sentence],
            }
            for m in ev.meetings
            if not m.planned  # proposed or expected meetings are not reported facts
        ],
        "visits": [
            {
                "visitor": name(v.visitor),
                "destination": name(v.destination),
                "date": date(v.date),
                "status": v.status,
                "evidence": text_of[v.sentence],
            }
            for v in ev.visits
        ],
        "agreements": [
            {
                "signatories": [name(k) for k in a.signatories],
                "date": date(a.date),
                "topics": a.topics,
                "place": name(a.place),
                "evidence": text_of[a.sentence],
            }
            for a in ev.agreements
        ],
        "trade_items": [
            {
                "commodity": t.commodity,
                "hs_code": t.hs_code,
                "exporter": t.exporter,
                "importer": t.importer,
                "status": t.status,
                "evidence": text_of[t.sentence],
            }
            for t in ev.trade_items
        ],
    }

"""The JSON form of an extraction result (the contract of ``manage.py extract``)."""

from __future__ import annotations

import re
from collections import Counter

from . import extraction
from .extraction import types as T

_KIND = {T.PERSON: "person", T.ORGANIZATION: "organization", T.COUNTRY: "country"}
# Places inside a city: a meeting "at the Great Hall of the People" happened in Beijing.
_INSIDE_A_CITY = {"venue", "airport", "crossing"}
_QUALIFIER = re.compile(r"\s+\([^()]*\)$")


def result_to_json(result: extraction.ExtractionResult, gazetteer: extraction.Gazetteer) -> dict:
    entries = {**gazetteer.by_key(), **result.candidates}
    text_of = {i: s.text for i, s in enumerate(result.sentences)}

    def name(key):
        if key not in entries:
            return None
        entry = entries[key]
        # a person's record may carry a qualifier that keeps two namesakes apart ("Kim Yong Il
        # (International Department)"); the name is the canonical name without it
        return _QUALIFIER.sub("", entry.name) if entry.label == T.PERSON else entry.name

    def date(d):
        return d.iso() if d else None

    def city_and_venue(key) -> tuple[str | None, str | None]:
        """The place as its city, and the venue inside it when the text named one."""
        entry = entries.get(key) if key else None
        if entry is None:
            return None, None
        if entry.kind in _INSIDE_A_CITY and entry.parent in entries:
            return entries[entry.parent].name, entry.name
        return entry.name, None

    counts = Counter(m.key for m in result.mentions)
    actors, places = [], []
    for key in result.keys():
        entry = entries[key]
        if entry.label in _KIND:
            actor = {"name": name(key), "kind": _KIND[entry.label], "country": entry.country, "mentions": counts[key]}
            if key in result.candidates:
                actor["candidate"] = True
            actors.append(actor)
        if entry.label in (T.PLACE, T.COUNTRY):
            places.append({"name": entry.name, "country": entry.country})
    ev = result.events
    meetings = []
    for m in ev.meetings:
        if m.planned:
            continue  # proposed or expected meetings are not reported facts
        city, venue = city_and_venue(m.place)
        meeting = {
            "participants": [name(k) for k in m.participants],
            "date": date(m.date),
            "date_precision": m.date.precision if m.date else None,
            "place": city,
            "kind": m.kind,
            "evidence": text_of[m.sentence],
        }
        if venue:
            meeting["venue"] = venue
        meetings.append(meeting)
    return {
        "language": result.language,
        "actors": actors,
        "places": places,
        "meetings": meetings,
        "visits": [
            {
                "visitor": name(v.visitor),
                "destination": city_and_venue(v.destination)[0],
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
                "title": a.title,
                "topics": a.topics,
                "place": city_and_venue(a.place)[0],
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
                **({"sanction": t.sanction} if t.sanction else {}),
                **({"value_usd": t.value_usd} if t.value_usd is not None else {}),
                **({"quantity": t.quantity, "unit": t.unit} if t.quantity is not None else {}),
                "evidence": text_of[t.sentence],
            }
            for t in ev.trade_items
        ],
    }

"""Data passed into and out of the extraction package. Plain dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

# Entity labels the pipeline assigns. A country is both an actor and a place.
PERSON = "PERSON"
ORGANIZATION = "ORG"
COUNTRY = "COUNTRY"
PLACE = "PLACE"
COMMODITY = "COMMODITY"


@dataclass(frozen=True)
class GazetteerEntry:
    """One record the pipeline can recognise, with every spelling it goes by.

    ``key`` is the stable id the caller resolves back to a database row: "actor:12",
    "place:7", "commodity:3" or "country:KP".
    """

    key: str
    label: str
    name: str
    aliases: tuple[str, ...]
    country: str = ""
    hs_code: str = ""
    kind: str = ""  # a place's kind: "city", "venue", "airport", "province" …
    parent: str = ""  # the key of the place that holds this one (a venue's city)
    roles: tuple[tuple[str, str, str], ...] = ()  # a person's (title, start, end), dates ISO or ""


@dataclass(frozen=True)
class SanctionRule:
    """A measure that bans or caps a good by HS code from a date: UN Security Council resolution
    2371 (5 August 2017) bans coal (2701) from the DPRK; 2397 caps refined petroleum (2710) to it."""

    measure: str  # "UNSCR 2371"
    adopted: str  # ISO date it applies from
    hs_prefixes: tuple[str, ...]
    direction: str  # "from_kp" (the DPRK's exports) or "to_kp" (supplies to the DPRK)
    status: str  # "banned" or "capped"
    note: str = ""
    source: str = ""  # the document and paragraph: "S/RES/2270 (2016), para. 29"


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    version: str
    sanctions: tuple[SanctionRule, ...] = ()

    @cached_property
    def _by_key(self) -> dict[str, GazetteerEntry]:
        return {e.key: e for e in self.entries}

    def by_key(self) -> dict[str, GazetteerEntry]:
        """Entries by key (built once per gazetteer; do not modify the returned dict)."""
        return self._by_key


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of the text that names a gazetteer record."""

    key: str
    label: str
    name: str
    start: int
    end: int
    text: str
    sentence: int  # index into ExtractionResult.sentences


@dataclass
class ExtractionResult:
    language: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: object = None  # events.Events, filled by extract()
    candidates: dict[str, GazetteerEntry] = field(default_factory=dict)  # people not in the gazetteer
    # what the article page marks besides names: (start, end, kind, label) for every date the rules
    # read ("date", its ISO value) and every event word ("meeting", "visit", "signing")
    highlights: list[tuple[int, int, str, str]] = field(default_factory=list)

    def add_mentions(self, added) -> None:
        """Put mentions the rules found (a resolved pronoun, title or description) among the others,
        in text order."""
        self.mentions.extend(added)
        self.mentions.sort(key=lambda m: m.start)

    def add_descriptions(self, added) -> None:
        """Put resolved descriptions ("该朝鲜官员", "вице-президент КНР") among the mentions; a
        country word inside one is part of it, not a mention of its own."""
        inside = [(a.start, a.end) for a in added]
        self.mentions[:] = [
            m for m in self.mentions if not (m.label == COUNTRY and any(s <= m.start < e for s, e in inside))
        ]
        self.add_mentions(added)

    def keys(self, label: str | None = None) -> list[str]:
        """Distinct keys mentioned, in order of first mention."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if label is None or m.label == label:
                seen.setdefault(m.key, None)
        return list(seen)

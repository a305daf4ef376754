"""The trigger words of an article (meeting, visit, signing, export, import), found in one pass,
and the Chinese compounds that name a summit by its two people ("習金會")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import cues
from ..lexicon import compile_fast, lowered
from ..pipeline import TRADE_COMPOUND_HEAD
from ..scripts import HAN
from ..types import PERSON, GazetteerEntry

if TYPE_CHECKING:
    from .context import Article


class TriggerIndex:
    """The trigger words of every kind found in one pass over the article (one regex with a
    named group per kind, on the lower-cased text); sentences take their slice."""

    KINDS = ("meeting", "visit", "signing", "export", "import")

    def __init__(self, text: str):
        low = lowered(text)
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in self.KINDS}
        for m in cues.ALL_TRIGGERS.finditer(low) if low is not None else cues.ALL_TRIGGERS_CI.finditer(text):
            found[m.lastgroup.removesuffix("_u")].append(m.span())
        if "zusammen" in text:
            found["meeting"].extend(m.span() for m in cues.SEPARABLE_MEETING.finditer(text))
        if " ein" in text or " an" in text or " auf" in text:
            arrivals = [m.span() for m in cues.SEPARABLE_ARRIVAL.finditer(text)]
            found["visit"].extend(arrivals)  # "traf … in Pjöngjang ein" arrived: not "traf" (met)
            found["meeting"] = [sp for sp in found["meeting"] if sp not in arrivals]
        if "führt" in text:  # "führte … Erz in die Volksrepublik aus": exported; "… ein": imported
            found["export"].extend(m.span() for m in cues.SEPARABLE_EXPORT.finditer(text))
            found["import"].extend(m.span() for m in cues.SEPARABLE_IMPORT.finditer(text))
        if "oder" in text or "ouvoir" in text or "ower" in text or "Macht" in text:
            # "llegó al poder", "arrivé au pouvoir", "came to power", "an die Macht kam": no trip
            found["visit"] = [sp for sp in found["visit"] if not _TO_POWER.match(text, sp[1])]
        if "our" in text:  # "la tour de l'Amitié" (French: the tower) is no tour
            found["visit"] = [sp for sp in found["visit"] if not _TOWER.search(text, max(0, sp[0] - 7), sp[1])]
        if "port" in text or "fuhr" in text:
            for m in COMPOUND_TRADE.finditer(text):  # "Kohleexporte": the trade word inside the compound
                found["import" if m.group(0)[:2].lower() in ("im", "ei") else "export"].append(m.span())
            for m in _TRADE_BAN_COMPOUND.finditer(text):  # "Einfuhrverbot": the trade word opening it
                found["import" if m.group(0)[:2].lower() in ("im", "ei") else "export"].append(m.span())
        found["meeting"] = _purpose_nouns_joined(text, sorted(found["meeting"]))
        found["visit"] = _visit_nouns_joined(text, sorted(found["visit"]))
        self.spans = {k: _merge_overlapping(v) for k, v in found.items()}
        self.starts = {name: [s for s, _e in spans] for name, spans in self.spans.items()}
        self._memo: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    def __call__(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        key = (name, start, end)
        found = self._memo.get(key)
        if found is None:
            spans, starts = self.spans[name], self.starts[name]
            found = self._memo[key] = [
                sp for sp in spans[bisect_left(starts, start) : bisect_left(starts, end)] if sp[1] <= end
            ]
        return found


# the trade word that ends a German compound ("Kohle|exporte"), after a stem of three letters or more
COMPOUND_TRADE = compile_fast(rf"(?<=[^\W\d_]{{3}})(?:{TRADE_COMPOUND_HEAD})(?!\w)")
# the trade word that opens a German compound of a ban ("Einfuhr|verbot", "Export|stopp")
_TRADE_BAN_COMPOUND = compile_fast(r"\b(?:[Ee]infuhr|[Aa]usfuhr|[Ii]mport|[Ee]xport)(?=(?:verbot|stopp|sperre)\w*)")


# "met on Tuesday for talks with Xi", "kam … zu einem Gespräch mit Xi zusammen", "встретился … для
# переговоров с": the talks are what the meeting verb's subject met for, one event with one clause
_PURPOSE_GAP = compile_fast(
    r"(?:[^,.;:!?]{0,50}?\s)?(?:for|zu|zum|zur|для|на|pour|para|untuk)\s+"
    r"(?:(?:a|an|einem|einer|einen|un|une|unas?|unos?|el|la|los|las|des|de)\s+)?(?:[^\W\d_]+\s+)?",
    re.IGNORECASE,
)


def _purpose_nouns_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Meeting words without the talks a meeting verb before them says it was for."""
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and kept[-1][1] < span[0] and _PURPOSE_GAP.fullmatch(text, kept[-1][1], span[0]):
            continue
        kept.append(span)
    return kept


# "ist zu einem zweitägigen Besuch in Pjöngjang eingetroffen", "с официальным визитом прилетел",
# "traf … zu einem Besuch in Pjöngjang ein", "arrived … on a two-day visit": a visit noun in a
# phrase of purpose names the trip of the travel verb next to it, in that verb's clause
_VISIT_PURPOSE = compile_fast(
    r"\b(?:for|on|zu|zum|zur|с|со|для|pour|para|en|untuk|dalam)\s+"
    # (no "and" between: "viajó en tren y visitó Dalian" is a second verb, not a visit it was for)
    r"(?:(?:a|an|his|her|their|einem|einer|einen|seinem|ihrem|un|une|una|sa|son|su)\s+)?"
    r"(?:(?!(?:y|and|und|et|dan|и)\s)[^\W\d_]+[\s-]+){0,2}$",
    re.IGNORECASE,
)
_SAME_CLAUSE = compile_fast(r"[^,.;:!?，。、；：]{0,60}")


def _visit_nouns_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Visit words without the visit nouns that say what the travel verb next to them was for."""
    kept: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        # (a verb of setting off is no noun of purpose: "flew to Shenyang and on Tuesday headed for …")
        purpose = None if cues.SETTING_OFF.fullmatch(text, s, e) else _VISIT_PURPOSE.search(text, max(0, s - 40), s)
        before = spans[i - 1] if i else None
        # "с визитом прибыл": the purpose word is not the verb's, unless the verb sets off with it
        # ("headed for a state visit", "est parti pour une visite": the visit is what it set off on)
        if purpose and not (before and before[1] > purpose.start() and not cues.SETTING_OFF.fullmatch(text, *before)):
            after = spans[i + 1] if i + 1 < len(spans) else None
            if (before and _SAME_CLAUSE.fullmatch(text, before[1], s)) or (
                after and _SAME_CLAUSE.fullmatch(text, e, after[0])
            ):
                continue
        kept.append((s, e))
    return kept


_TO_POWER = compile_fast(r"\s+(?:al|au|to|an die)\s+(?:poder|pouvoir|power|Macht)\b", re.IGNORECASE)
_TOWER = compile_fast(r"\b(?:la|une|cette|grande|haute)\s+[Tt]our$")


def _merge_overlapping(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(matches):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


_HAN_COMPOUND = compile_fast(rf"([{HAN}])([{HAN}])[會会](?![議议长長員员社計计所場场])")


_HAN_NAME = compile_fast(rf"[{HAN}]{{2,4}}")


@lru_cache(maxsize=4096)
def _han_initials_of(name: str) -> frozenset[str]:
    return frozenset(name[:1]) if _HAN_NAME.fullmatch(name) else frozenset()


@lru_cache(maxsize=8192)
def _han_initials(entry: GazetteerEntry | None) -> frozenset[str]:
    """The first characters of a person's names written in two to four Han characters."""
    if entry is None:
        return frozenset()
    return frozenset().union(*(_han_initials_of(a) for a in entry.aliases))


def find_compounds(art: Article) -> None:
    """ "習金會", "川金会": the first characters of two people's names before 會 name their summit.
    Each character must start the Chinese name of a person the article names."""
    if "會" not in art.text and "会" not in art.text:
        return
    initials: dict[str, set[str]] = {}
    for m in art.result.mentions:
        if m.label != PERSON:
            continue
        entry = art.entries.get(m.key)
        for first in _han_initials(entry) | _han_initials_of(m.text):
            initials.setdefault(first, set()).add(m.key)
    spans = art.triggers.spans["meeting"]
    for m in _HAN_COMPOUND.finditer(art.text):
        a, b = initials.get(m.group(1), set()), initials.get(m.group(2), set())
        if len(a) == 1 and len(b) == 1 and a != b:
            art.compounds[m.span()] = [next(iter(a)), next(iter(b))]
            spans.append(m.span())
    if art.compounds:
        art.triggers.spans["meeting"] = _merge_overlapping(spans)
        art.triggers.starts["meeting"] = [s for s, _e in art.triggers.spans["meeting"]]
        art.triggers._memo.clear()

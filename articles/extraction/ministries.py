"""A foreign ministry named without its country, through its spokesperson: "Foreign Ministry
spokesperson Hua Chunying", "外交部发言人华春莹", "juru bicara Kementerian Luar Negeri Lu Kang",
"el portavoz del Ministerio de Asuntos Exteriores, Lu Kang", "Außenamtssprecher Lu Kang".

The press names its own country's ministry bare, and a reader knows whose it is from the person
who speaks for it: the ministry is the foreign ministry of the spokesperson's country. A bare
ministry with no named spokesperson beside it stays unresolved: whose it is depends on the outlet
(a bare 外交部 is Beijing's in a mainland paper and Taipei's in a Taiwanese one).
"""

from __future__ import annotations

import re

from .lexicon import compile_fast
from .types import ORGANIZATION, PERSON, ExtractionResult, GazetteerEntry, Mention

_MINISTRY = (
    r"(?:Foreign Ministry|Ministry of Foreign Affairs|Kementerian Luar Negeri|Kemenlu|Kemlu|"
    r"Ministerio de (?:Asuntos|Relaciones) Exteriores|ministère des Affaires étrangères|"
    r"Außenministeriums?|Außenamts?|МИДа?|外交部|외교부|외무성|外務省)"
)
_SPOKES_AFTER = r"[\s-]?(?:spokes(?:person|man|woman)|sprecher(?:in)?|대변인|发言人|發言人|報道官|报道官)"
_SPOKES_BEFORE = (
    r"(?:spokes(?:person|man|woman) (?:for|of) the|juru bicara|jubir|(?:el|la) portavoz del|"
    r"(?:le|la) porte-parole du|официальн\w+ представител\w+)\s"
)
# the ministry with a spokesperson word on one side or the other, then the name after at most a
# comma, a title or a few spaces ("Foreign Ministry spokesperson Hua Chunying", "外交部发言人华春莹")
_PATTERN = compile_fast(
    rf"(?P<before>{_SPOKES_BEFORE})?(?P<ministry>{_MINISTRY})(?P<after>{_SPOKES_AFTER})?(?P<gap>,?\s{{0,2}})",
    re.IGNORECASE,
)
_HINT = compile_fast(
    r"spokes|juru bicara|jubir|portavoz|porte-parole|sprecher|представител|发言人|發言人|대변인|報道官|报道官", re.I
)
_FOREIGN_MINISTRY_NAME = re.compile(r"Foreign Ministry|Ministry of Foreign Affairs", re.IGNORECASE)


_CACHE: dict[int, tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry]]] = {}


def foreign_ministries(known: dict[str, GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Each country's foreign ministry among the gazetteer's records ``known`` (the organization of
    that country whose English name says so); worked out once per gazetteer."""
    cached = _CACHE.get(id(known))
    if cached is None or cached[0] is not known:
        out: dict[str, GazetteerEntry] = {}
        for entry in known.values():
            if entry.label == ORGANIZATION and entry.country and _FOREIGN_MINISTRY_NAME.search(entry.name):
                out.setdefault(entry.country, entry)
        _CACHE.clear()
        cached = _CACHE[id(known)] = (known, out)
    return cached[1]


def resolve_spokespeople_ministries(
    text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry], ministries: dict[str, GazetteerEntry]
) -> None:
    """Add an organization mention for each bare foreign ministry that a named spokesperson speaks
    for (``ministries``: ``foreign_ministries`` of the gazetteer); modifies ``result`` in place."""
    if not _HINT.search(text):
        return
    persons = {m.start: m for m in result.mentions if m.label == PERSON}
    if not persons:
        return
    taken = [(m.start, m.end) for m in result.mentions]
    added = []
    for match in _PATTERN.finditer(text):
        if not (match.group("before") or match.group("after")):
            continue
        s, e = match.span("ministry")
        if any(ts < e and s < te for ts, te in taken):
            continue  # already a named ministry ("중국 외교부", "North Korea's Foreign Ministry")
        speaker = persons.get(match.end())
        entry = ministries.get(entries[speaker.key].country) if speaker and speaker.key in entries else None
        if entry is None:
            continue
        added.append(Mention(entry.key, ORGANIZATION, entry.name, s, e, text[s:e], speaker.sentence))
        taken.append((s, e))
    if added:
        result.add_mentions(added)

"""Where an event happened: the venue or city of its clause, never the dateline, a departure
airport or a country named as a nationality."""

from __future__ import annotations

import re

from ..lexicon import compile_fast
from ..types import COUNTRY, PLACE, Mention
from .context import Article, Sent, nearest

LOCATIVE_BEFORE = compile_fast(r"(?:\b(?:in|at|di|en|à|au|im|in der|в|во|na)\s+|在|於|于)$", re.IGNORECASE)
LOCATIVE_AFTER = compile_fast(r"^(?:에서|で|にて)")
_FROM_BEFORE = compile_fast(r"(?:\b(?:from|dari|desde|de|du|des|aus|von|из)\s+|从|從|自)$", re.IGNORECASE)
_LEFT_BEFORE = compile_fast(
    r"(?:\b(?:left|departed|leaving|meninggalkan|quitté|salió de|verließ|покинул)\s+|離開|离开)$", re.IGNORECASE
)
_FROM_AFTER = compile_fast(r"^(?:에서 출발|을 떠나|를 떠나|を出発|を離れ|から)")
# The end of a journey home: "boarded his train on his way back to Pyongyang", "de regreso a Pekín".
_HOMEWARD_BEFORE = compile_fast(
    r"(?:\b(?:on (?:his|her|their|the) (?:way|journey) back to|en route back to|back home to|de regreso a|de vuelta a|"
    r"sur le chemin du retour vers|de retour à|auf dem Rückweg nach|на обратном пути в|dalam perjalanan pulang ke)\s+"
    r"|回国途经|回國途經)$",
    re.IGNORECASE,
)
_HOMEWARD_AFTER = compile_fast(r"^(?:으로|로)\s*(?:돌아가|돌아왔|귀환)|^(?:へ|に)(?:戻|帰)")


def locative(text: str, m: Mention) -> bool:
    return bool(
        LOCATIVE_BEFORE.search(text[max(0, m.start - 12) : m.start])
        or LOCATIVE_AFTER.match(text[m.end : m.end + 3])
        or _IN_A_PART_OF.search(text[max(0, m.start - 40) : m.start])
    )


# A compass point of a country ("northeastern China", "le nord-est de la Chine", "el noreste de China",
# "den Nordosten Chinas", "timur laut China"): a part of it, not a place of its own.
COMPASS_POINT = (
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|nord|sud|est|ouest|"
    r"nord-est|nord-ouest|sud-est|sud-ouest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|nordosten|"
    r"nordwesten|norden|süden|osten|westen|südosten|südwesten|utara|selatan|timur|barat|timur laut|barat laut)"
)
# "in northeastern China", "dans le nord-est de la Chine": where something happened
_IN_A_PART_OF = compile_fast(
    r"\b(?:in|en|dans|im|di|в|на)\s+(?:the\s+|la\s+|le\s+|el\s+|den\s+)?"
    + COMPASS_POINT
    + r"(?:\s+(?:of\s+the|of|de\s+la|de\s+l['’]|du|de|del))?\s+$",
    re.IGNORECASE,
)
# "aeropuerto de Pionyang", "l'aéroport de Pyongyang", "la ciudad fronteriza de Dandong": "de" and "von" of a
# place's own airport or station, not "from"; nor the "de" of "el noreste de China"
_OF_A_PLACE = compile_fast(
    r"(?:aeropuerto|aéroport|flughafen|estación|gare|bahnhof|ciudad|ville|stadt|capital|capitale|hauptstadt|"
    r"provincia|province|provinz|puerto|port|hafen)\s+(?:[\w-]+\s+){0,2}?(?:de|du|des|d['’]|von)\s+$"
    r"|\b" + COMPASS_POINT + r"\s+(?:de\s+la|de\s+l['’]|du|de|del)\s*$",
    re.IGNORECASE,
)


def origin(text: str, m: Mention) -> bool:
    """ "flew from Beijing", "北京から", "베이징에서 출발": where a journey started."""
    before = text[max(0, m.start - 40) : m.start]
    if _OF_A_PLACE.search(before):
        return False
    return bool(_FROM_BEFORE.search(before[-14:]) or _FROM_AFTER.match(text[m.end : m.end + 6]))


def homeward(text: str, m: Mention) -> bool:
    """ "on his way back to Pyongyang", "de regreso a Pekín", "평양으로 돌아갔다": where a
    traveller went home to, which no visit word of the sentence makes a destination."""
    return bool(
        _HOMEWARD_BEFORE.search(text[max(0, m.start - 40) : m.start]) or _HOMEWARD_AFTER.match(text[m.end : m.end + 6])
    )


def left(text: str, m: Mention) -> bool:
    """ "left Pyongyang after a two-day visit": the place a traveller was leaving."""
    return bool(_LEFT_BEFORE.search(text[max(0, m.start - 14) : m.start]))


def departure(text: str, m: Mention) -> bool:
    """Where someone set out from or left: not where talks were held."""
    return origin(text, m) or bool(_LEFT_BEFORE.search(text[max(0, m.start - 14) : m.start]))


_SOURCE = compile_fast(
    # (not Indonesian "timur laut", "barat laut": the northeast, the northwest)
    r"\b(?:according to|sources?|menurut|sumber|según|fuentes?|selon|(?<!timur )(?<!barat )laut|Quellen?|по данным|"
    r"по словам|источник\w*)\b"
    r"[^,.;]*$",
    re.IGNORECASE,
)


def attribution(text: str, lo: int, m: Mention) -> bool:
    """ "According to diplomatic sources in Beijing, …": where a source is, not where it happened."""
    return bool(_SOURCE.search(text[max(lo, m.start - 60) : m.start]))


# A capital named as a party, not a place: "ties with Pyongyang", "relaciones con Pekín", "coopération
# avec Pyongyang", "Beziehungen mit Peking", "отношения с Пхеньяном", "hubungan dengan Beijing"
_PARTY_BEFORE = compile_fast(r"\b(?:with|con|avec|mit|dengan|с|со)\s+(?:the\s+)?\Z", re.IGNORECASE)


def as_its_country(art: Article, p: Mention) -> Mention:
    """A part of one country named by its compass point ("Northeast China", "中国东北") stands for that
    country as a trip's destination or an event's place; a region with a place above it (Yanbian, in
    Jilin) is a place of its own."""
    entry = art.entries.get(p.key)
    if entry is None or entry.kind != "region" or entry.parent or not entry.country:
        return p
    country = art.entries.get(f"country:{entry.country}")
    if country is None:
        return p
    return Mention(country.key, COUNTRY, country.name, p.start, p.end, p.text, p.sentence)


def pick_place(art: Article, sent: Sent, lo: int, hi: int, ts: int) -> str | None:
    """Where the event of the clause happened: a place marked "in/at X" right at the trigger ("the
    Trump-Xi meeting in Argentina"), else the nearest city or venue, else a country the text puts
    it "in"; never a place someone left from or where a source sits."""
    text = art.text
    where = _antecedent_of_where(art, sent, ts)
    if where is not None:
        return as_its_country(art, where).key
    candidates = [
        p
        for p in art.places(sent, lo, hi)
        if not departure(text, p)
        and not attribution(text, lo, p)
        and not _PARTY_BEFORE.search(text, max(0, p.start - 12), p.start)
    ]
    if not art.verb_final:
        # "met the Russian president, who thanked him for troops sent to support Moscow": a place in
        # a relative clause after the event belongs to that clause
        candidates = [p for p in candidates if not (p.start > ts and _RELATIVE.search(text, ts, p.start))]
    if art.verb_final:
        # "베이징 조어대에서 … 만나": the place comes before the verb; but when the event word is the
        # subject ("首脳会談は18日、北京で行われた", "정상회담이 … 베이징에서 열렸다"), where it was held
        # comes after it, before the verb of taking place
        candidates = [p for p in candidates if p.start < ts]
        if _EVENT_SUBJECT.match(text, ts):
            after = art.places(sent, ts, sent.end)  # past the clause's comma: "会談は18日、北京で行われた"
            candidates += [p for p in after if locative(text, p) and not departure(text, p)]
    close = [p for p in candidates if locative(text, p) and (0 <= p.start - ts <= 45 or 0 <= ts - p.end <= 45)]
    chosen = nearest(close, ts) or nearest([p for p in candidates if p.label == PLACE], ts)
    if chosen is None:
        chosen = nearest([p for p in candidates if locative(text, p)], ts)
    if chosen is None and _WHERE.match(text, lo, ts):
        # "the summit in Osaka, where Xi was expected to meet Trump": the place "where" stands for
        before = [p for p in art.places(sent, sent.start, lo) if re.fullmatch(r"\W*", text[p.end : lo])]
        chosen = before[-1] if before else None
    return as_its_country(art, chosen).key if chosen else None


def _antecedent_of_where(art: Article, sent: Sent, ts: int) -> Mention | None:
    """ "arrived in Beijing from Washington, where he met Pompeo", "из Вашингтона, где он беседовал",
    "desde Washington, donde se reunió": an event told in a "where" clause happened at the place
    the clause hangs on (the last one before the event word), even one the traveller came from."""
    before = art.places(sent, sent.start, ts)
    if not before:
        return None
    last = before[-1]
    m = _WHERE.match(art.text, last.end)
    if m is None or not m.group().lstrip().startswith(",") or _SENTENCE_BREAK.search(art.text, last.end, ts):
        return None
    return last


_SENTENCE_BREAK = compile_fast(r"[.;!?。；]")


# A Korean or Japanese event noun as the subject of its sentence: "首脳会談は", "정상회담이".
_EVENT_SUBJECT = compile_fast(r"(?:首脳会談|会談|会見|会合|정상회담|회담|회동|면담|접견)(?:は|が|이|가|은|는)")
_WHERE = compile_fast(r"[\s,]*(?:where|wherever|où|donde|en donde|wo|где|di mana)\b", re.IGNORECASE)
_RELATIVE = compile_fast(
    r",\s*(?:who|whom|whose|which|quien|quienes|qui|lequel|laquelle|der|die|welcher|welche|который|которая|которые|"
    r"которого|которой|yang)\b",
    re.IGNORECASE,
)

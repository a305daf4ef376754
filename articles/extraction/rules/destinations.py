"""Where a visit goes: a place the visit word reaches ("visit to North Korea", "arrived in Beijing"),
a destination the word names itself (訪中, 방북), the places listed with it ("traveled to Vietnam
and Syria"), or the place the story already follows; and which traveller came from another
country than the destination's."""

from __future__ import annotations

import re

from .. import cues
from ..lexicon import compile_fast
from ..types import COUNTRY, Mention
from .context import Article, Sent
from .places import COMPASS_POINT, as_its_country, attribution, homeward, left, origin
from .story import Story

# Words that name the destination themselves: 訪中 "visit to China", 방북 "visit to the North".
_IMPLIED = {"CN": compile_fast(r"訪中|访华|訪華|방중|来华|來華|訪陸|访陆"), "KP": compile_fast(r"訪朝|访朝|방북")}
_ANAPHORIC_BEFORE = compile_fast(
    r"\b(?:the|this|that|its|their|during|the same|selama|cette|ce|esta|este|diese[rn]?|этот|этого)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANAPHORIC_AFTER = compile_fast(r"^\s*(?:itu|ini|tersebut)\b|^期间|^期間|^中に|^ 기간", re.IGNORECASE)
_VERB_FORMS = {"arrived", "arrives", "arrive", "tiba", "visited", "berkunjung", "mengunjungi", "traveled", "travelled"}


def implied_destination(art: Article, word: str) -> Mention | None:
    for code, rx in _IMPLIED.items():
        entry = art.entries.get(f"country:{code}")
        if entry is not None and rx.search(word):
            return Mention(entry.key, COUNTRY, entry.name, 0, 0, word, -1)
    return None


def anaphoric(art: Article, ts: int, te: int, lo: int) -> bool:
    """A visit noun that refers back to a trip already reported ("the visit", "Kunjungan itu")."""
    word = art.text[ts:te].lower()
    if word in _VERB_FORMS:
        return False
    return bool(
        _ANAPHORIC_BEFORE.search(art.text[max(lo, ts - 30) : ts]) or _ANAPHORIC_AFTER.match(art.text[te : te + 6])
    )


def _region(art: Article, p: Mention) -> bool:
    """A region of several countries ("印度支那局势", "the situation in Indochina") is no trip's destination."""
    entry = art.entries.get(p.key)
    return entry is not None and entry.kind == "region" and not entry.country


def find_destinations(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> list[Mention]:
    implied = implied_destination(art, art.text[ts:te])
    if implied is not None:
        return [implied]
    trigger_bg = sent.in_background(ts)
    places = [
        as_its_country(art, p)
        for p in art.places(sent, lo, hi)
        if not origin(art.text, p)
        and not homeward(art.text, p)
        and not attribution(art.text, lo, p)  # "fuentes del gobierno en Seúl"
        and sent.in_background(p.start) in (None, trigger_bg)
        and _reached(art, p, ts, te)
        and not _region(art, p)
    ]
    if not art.places(sent, lo, hi) and art.dateline_place is not None and cues.ARRIVAL.match(art.text, ts, te):
        return [art.dateline_place]  # "PYONGYANG, Jan. 24 — Wang, who arrived on Wednesday"
    return sorted(places, key=lambda p: abs(p.start - ts))


# A part of the country before it ("in northeastern China", "dans le nord-est de la Chine").
_PART_OF = COMPASS_POINT + r"(?:\s+(?:of\s+the|of|de\s+la|de\s+l['’]|du|de|del))?\s+"
_TOWARD = compile_fast(
    r"(?:\b(?:to|into|in|at|for|inside|ke|di|a|al|en|à|au|aux|dans|nach|in|im|в|во|на|hacia|vers)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|die\s+|der\s+|den\s+)?(?:" + _PART_OF + r")?"
    # "the capital", "la capitale chinoise", "die chinesische Hauptstadt", "the port city of"
    r"(?:(?:[\w-]+\s+){0,2}?(?:capital|city|port|border town|capitale|Hauptstadt|Stadt|Hafenstadt|столиц\w*|город\w*|kota|"
    r"ibu kota|ciudad|ville)(?:\s+(?:portuaria|portuaire|fronteriza|frontalière|pelabuhan|perbatasan))?"
    r"(?:\s+(?:chinoise|nord-coréenne|china|norcoreana))?(?:\s+(?:of|de|du))?\s*,?\s*)?)$",
    re.IGNORECASE,
)
_SPACED = {"en", "id", "es", "fr", "de", "ru"}
_ADVERB_GAP = compile_fast(
    r"\s+(?:\w+mente|\w+ly|pronto|soon|bientôt|bald|segera|скоро|вновь|снова|again|de nuevo|à nouveau|erneut|lagi|"
    r"first|primero|d'abord|zunächst|erst|terlebih dahulu|сначала)\s+",
    re.IGNORECASE,
)


def _reached(art: Article, p: Mention, ts: int, te: int) -> bool:
    """Whether a place is where the visit word goes: "visit to North Korea", "arrived in Beijing",
    "visited Pyongyang", "his Beijing stay" (not "attention from the capitals of South Korea").
    Only checked in languages that write prepositions as words."""
    if art.language not in _SPACED or left(art.text, p):
        return True
    text = art.text
    if p.start >= te:
        gap = text[te : p.start]
        return bool(
            _TOWARD.search(gap[-60:])
            or re.fullmatch(r"\s*", gap)
            or _ADVERB_GAP.fullmatch(gap)  # "podría visitar pronto Pekín", "visited briefly Dandong"
            or re.fullmatch(r"\s+(?:\w+\s+){0,3}?(?:to|in|ke|a|en|à|nach|в)\s+(?:the\s+)?", gap, re.IGNORECASE)
            or _object_of_visit(art, p, ts, te, gap)
            # "will visit the People's Republic of China", "visitará la República Popular China":
            # a country's long name takes its article after the verb of visiting
            or bool(_ARTICLE_GAP.fullmatch(gap) and p.label == COUNTRY and _VISIT_VERB.fullmatch(text, ts, te))
            # the visit word ends with its own preposition: "est parti pour le Japon", "left for the DPRK"
            or bool(_ENDS_WITH_PREPOSITION.search(text, ts, te) and _ARTICLE_GAP.fullmatch(gap))
        )
    gap = text[p.end : ts]
    if _SECOND_OF_A_PAIR.search(text, max(0, p.start - 50), p.start):
        return False  # "Freundschaft zwischen Peking und Nordkorea | reist …": a party, not where
    return bool(re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+)?", gap)) or bool(
        _TOWARD.search(text[max(0, p.start - 30) : p.start])
    )


_SECOND_OF_A_PAIR = compile_fast(
    r"\b(?:between|zwischen|entre|antara|между)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:and|und|et|y|dan|и)\s+\Z", re.IGNORECASE
)


_VISIT_VERB = compile_fast(r"visit\w*|besuch\w*|mengunjungi|посети\w*", re.IGNORECASE)
_ENDS_WITH_PREPOSITION = compile_fast(r"\s(?:for|pour|hacia|a|à|nach|в|ke|to)\Z", re.IGNORECASE)
_ARTICLE_GAP = compile_fast(r"\s+(?:(?:the|la|le|les|l['’]|el|los|las|die|der|den|das)\s*)?", re.IGNORECASE)


# A verb whose object is the place visited ("besuchte", "посетил", "visitó", "a visité", "mengunjungi"):
# the place is its object when it is the first place after the verb, with a date, the traveller or
# a title between ("Am Donnerstag besuchte Chinas Staatschef Xi Jinping Pjöngjang", "посетил в
# четверг Пхеньян"), and no preposition of its own ("visited the embassy of China").
_TRANSITIVE_VISIT = compile_fast(
    r"visited|besucht\w*|посети\w*|посеща\w*|visit(?:ó|aron|ará|arán|é|era|eront|ent)|mengunjungi",
    re.IGNORECASE,
)
_OWN_PREPOSITION = compile_fast(
    r"(?:^|[\s,])(?:of|from|with|by|and|de|del|du|des|d['’]|von|vom|aus|mit|und|bei|из|от|с|со|и|у|dari|dengan|dan|"
    r"y|et|con|avec|entre|para|pour|für)\s+(?:the|la|le|l['’]|les|el|los|las|der|die|das|den|dem)?\s*$",
    re.IGNORECASE,
)


def _object_of_visit(art: Article, p: Mention, ts: int, te: int, gap: str) -> bool:
    if not _TRANSITIVE_VISIT.fullmatch(art.text, ts, te) or len(gap) > 80 or re.search(r"[.;:!?]", gap):
        return False
    sent = art.sentences[p.sentence] if 0 <= p.sentence < len(art.sentences) else None
    if sent is None:
        return False
    persons = [m.start for m in sent.persons if te <= m.start < p.start]
    if any(not any(o.end <= q for q in persons) for o in art.places(sent, te, p.start)):
        return False  # another place came first: that one is the object (not "Chinas" in a title)
    return not _OWN_PREPOSITION.search(gap)


def choose(art: Article, travellers: list[str], destinations: list[Mention]) -> tuple[str, Mention] | None:
    """The first destination someone of the clause travelled to from another country."""
    for dest in destinations:
        country = art.country_of(dest.key)
        for person in travellers:
            home = art.country_of(person)
            if home and home != country:
                return person, dest
    return None


_AND = compile_fast(r"\s*(?:,|and|or|dan|y|e|et|und|и|와|과|및|和|与|與|、|・)\s*", re.IGNORECASE)


def listed_with(art: Article, dest: Mention, destinations: list[Mention], visitor: str) -> list[Mention]:
    """ "traveled to Vietnam and Syria": the other places listed with the destination, each a trip."""
    home = art.country_of(visitor)
    chain = sorted(destinations, key=lambda p: p.start)
    out, i = [], next((n for n, p in enumerate(chain) if p is dest), None)
    if i is None:
        return []
    for step in (1, -1):
        j = i
        while 0 <= j + step < len(chain) and _AND.fullmatch(
            art.text[min(chain[j].end, chain[j + step].end) : max(chain[j].start, chain[j + step].start)]
        ):
            j += step
            place = chain[j]
            if art.country_of(place.key) not in ("", home) and art.country_of(place.key) != art.country_of(dest.key):
                out.append(place)
    return out


# A visit verb with an object that is not a place the gazetteer knows: a site on the trip
# ("visited the China-DPRK Friendship Tower", "a visité une usine", "besuchte das Denkmal",
# "mengunjungi Menara Persahabatan"); not "visited the country" or "the capital".
SITE_OBJECT = compile_fast(
    r"\s+(?!(?:the|la|le|el|die|das|den)\s+(?:country|capital|city|nation|north|south|region|province|border|pays|"
    r"capitale|ville|país|ciudad|land|hauptstadt|stadt)\b)"
    r"(?:the|a|an|le|la|les|l['’]|un|une|el|los|las|una?|die|der|das|den|dem|einen?|eine[mr]?)\s+\w"
    r"|\s+(?-i:[A-Z][a-z]+\s+[A-Z])",
    re.IGNORECASE,
)


def where_known(art: Article, story: Story, travellers: list[str]) -> list[Mention]:
    """ "Kunjungan rahasia Kim sendiri diberitakan dimulai Senin": a visit word with its traveller but
    no place is the trip the story already follows."""
    for person in travellers:
        place = story.where(person)
        if place:
            entry = art.entries.get(place)
            if entry is not None:
                return [Mention(place, entry.label, entry.name, 0, 0, entry.name, -1)]
    return []

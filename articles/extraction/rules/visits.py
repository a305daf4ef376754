"""Visits: a named person travelling to another country or a foreign city.

The traveller is the subject of the visit word ("Wen Jiabao arrived in Pyongyang"), the owner of
the visit ("Wen's arrival", "kunjungan Kim Jong-il", "la visita de Ri"), the head of the delegation
("a delegation led by Liu Guozhong", "X率领的代表团"), or in Korean and Japanese the person the
visit clause describes ("평양을 방문한 리창"). The destination is the nearest place of the clause in
another country than the traveller's. A person recalled as the previous visitor ("the first
visit since Hu Jintao's in 2005", "05年の胡錦濤氏以来") made a visit of their own, dated by that
phrase. "Received", "welcomed" and "hosted" name a host, who travelled nowhere.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import cues
from ..coref import is_pronoun
from ..dates import DAY, DateMention
from ..lexicon import compile_fast
from ..types import COUNTRY, Mention
from .clauses import arrival_before, clauses, own_date
from .context import Article, Sent, distinct, nearest, within
from .facts import VisitFact
from .participants import head_of, in_role_phrase, is_speaker
from .places import left, origin
from .story import Story

# Words that name the destination themselves: 訪中 "visit to China", 방북 "visit to the North".
_IMPLIED = {"CN": compile_fast(r"訪中|访华|訪華|방중|来华|來華|訪陸|访陆"), "KP": compile_fast(r"訪朝|访朝|방북")}
_ANAPHORIC_BEFORE = compile_fast(
    r"\b(?:the|this|that|its|their|during|the same|selama|cette|ce|esta|este|diese[rn]?|этот|этого)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANAPHORIC_AFTER = compile_fast(r"^\s*(?:itu|ini|tersebut)\b|^期间|^期間|^中に|^ 기간", re.IGNORECASE)
_VERB_FORMS = {"arrived", "arrives", "arrive", "tiba", "visited", "berkunjung", "mengunjungi", "traveled", "travelled"}
_OWNER_AFTER = compile_fast(r"^\s*(?:by|of|de|del|du|des|von|oleh|из)\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
_POSSESSIVE = compile_fast(r"^['’]s\s+(?:[\w-]+\s+){0,3}$")
_ID_NOUNS = {"kunjungan", "lawatan", "kedatangan"}
_VISIT_NOUNS = _ID_NOUNS | {
    "visit",
    "trip",
    "tour",
    "arrival",
    "visita",
    "viaje",
    "visite",
    "voyage",
    "besuch",
    "reise",
    "визит",
    "поездка",
}
_AGENT = compile_fast(r"\b(?:by|oleh|por|par|von|durch)\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


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


_POSSESSIVE_PRONOUN = compile_fast(
    r"\b(?:his|her|their|su|sus|son|sa|ses|sein\w*|ihr\w*|его|ее|её|그의|그녀의)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _owner(art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int) -> Mention | str | None:
    """The person whose visit it is: "Wen's arrival", "visit by Kim", "kunjungan Kim Jong-il ke",
    "su visita de cinco días a Pekín" (the sentence's or the story's subject)."""
    text = art.text
    for m in reversed(within(sent.persons, lo, ts)):
        if _POSSESSIVE.match(text[m.end : ts]):
            return m
    word = text[ts:te].lower()
    for m in within(sent.persons, te, min(hi, te + 90)):
        between = text[te : m.start]
        if _OWNER_AFTER.match(between) or (word in _ID_NOUNS and not re.search(r"\b(?:ke|di|dari)\b", between)):
            return m
        if word in _VISIT_NOUNS and _AGENT.search(between):
            return m  # "Kunjungan terakhir … ke Pyongyang dilakukan oleh Hu Jintao": the one who made it
    if _POSSESSIVE_PRONOUN.search(text[max(lo, ts - 30) : ts]):
        return story.topic_for(sent)
    return None


_SEND = compile_fast(
    r"\b(?:sent|sends|dispatched|designated|named|appointed|tapped|mengirim|mengutus|menunjuk|envió|designó|envoyé|"
    r"a envoyé|a désigné|désigné|entsandt|entsandte|schickte|ernannte|направил|назначил)\b|파견|보냈|派遣|派出|委派|派",
    re.IGNORECASE,
)


def _sent(art: Article, sent: Sent, ts: int) -> str | None:
    """ "Kim Jong-Un a désigné Choe Ryong-Hae … pour le représenter à Pékin, … le motif de sa visite":
    the person sent travels, not the one who sent them."""
    send = art.find.search(_SEND, sent.start, ts)
    if send is None:
        return None
    after = [
        m
        for m in sent.persons
        if send.end() <= m.start < ts and not (sent.role_hint and in_role_phrase(art.text, m, sent.start))
    ]
    return after[0].key if after else None


# A visit owned by a group, not a person: "대표단의 방문", "代表团的访问", "代表団の訪問"
_GROUP_POSSESSOR = compile_fast(r"(?:대표단|사절단|일행)의\s*$|(?:代表团|代表團|访问团|訪問団|代表団)(?:的|の)\s*$")
_RELATIVE_MARK = compile_fast(r"(?:的|中の|している|した)[^，,。、]{0,24}?$")


def _relative_head(art: Article, sent: Sent, te: int) -> str | None:
    """ "会见正在朝鲜访问的中国国务委员兼外交部长王毅", "訪朝中の王毅外相": a visit word in a relative clause
    before a name is that person's trip."""
    if art.language not in ("zh", "ja"):
        return None
    for m in sent.persons:
        if te <= m.start <= te + 30 and _RELATIVE_MARK.search(art.text, te, m.start):
            return m.key
    return None


def _travellers(art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int) -> list[Mention | str]:
    """The people of the clause who may be the traveller, most likely first. A visit someone owns
    ("Liu's visit") or leads ("a delegation led by Liu") is theirs alone; a speaker ("Kim said
    …") and a person named for a role ("at the invitation of …") travel nowhere."""
    text = art.text
    sent_person = _sent(art, sent, ts)
    if sent_person is not None:
        return [sent_person]
    head = _relative_head(art, sent, te)
    if head is not None:
        return [head]
    group = _GROUP_POSSESSOR.search(text, max(lo, ts - 24), ts)
    if group and not any(
        m.end <= group.start() and re.fullmatch(r"[^,，、。.:：]{0,8}", text[m.end : group.start()])
        for m in sent.persons
    ):
        return []  # "중국 당·정부 대표단의 방문": a group's trip, no named traveller ("자오 위원장 일행의" is Zhao's)
    head = head_of(art, sent, lo, hi)
    owner = _owner(art, sent, story, lo, hi, ts, te)
    if head or owner:
        key = head or (owner if isinstance(owner, str) else owner.key)
        return [key]
    trigger_bg = sent.in_background(ts)
    people = [
        m
        for m in within(sent.persons, lo, hi)
        if not (sent.role_hint and in_role_phrase(text, m, lo))
        and sent.in_background(m.start) in (None, trigger_bg)
        and not sent.in_quote(m.start)
        and not sent.in_subordinate(m.start, ts)
        and not (m.end <= ts and sent.speech_hint and is_speaker(text, m))
    ]
    if art.verb_final:
        keys = [m.key for m in people]
        return keys or [
            k for k in (story.topic_for(sent),) if k
        ]  # "26~27日には韓国も訪問する予定": the subject travels
    before = [m for m in people if m.start < ts]
    if not before and art.pro_drop and (story.topic_for(sent)):
        return [story.topic_for(sent)]  # "…, 也是首次單獨訪陸" after her name: the subject travels
    topic = [m for m in before if m.key == sent.topic]
    ordered = topic + sorted(before, key=lambda m: -m.start)
    keys = distinct(m.key for m in ordered)
    if not keys and len({p.key for p in sent.persons}) == 1:
        lone = sent.persons[0]
        if lone.start > te and re.search(r"[,，]\s*$", text[te : lone.start]):
            keys = [lone.key]  # "Arrived on Friday via Tumen, Kim went on to …"
    return keys


def _recalled(art: Article, sent: Sent, lo: int, hi: int) -> list[Mention]:
    """People named as the previous visitor: "since Xi Jinping in 2019", "05年の胡錦濤氏以来". A
    subject pronoun is never one: "since he returned to the leadership last year" is a clause of
    its own about the traveller, not an earlier traveller."""
    return [
        m
        for m in within(sent.persons, lo, hi)
        if not is_pronoun(m.text)
        and cues.SINCE_PERSON.search(art.text, max(lo, m.start - 30), m.start)
        or cues.SINCE_PERSON_AFTER.match(art.text[m.end : m.end + 8])
    ]


def _region(art: Article, p: Mention) -> bool:
    """A region of several countries ("印度支那局势", "the situation in Indochina") is no trip's destination."""
    entry = art.entries.get(p.key)
    return entry is not None and entry.kind == "region"


def _destinations(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> list[Mention]:
    implied = implied_destination(art, art.text[ts:te])
    if implied is not None:
        return [implied]
    trigger_bg = sent.in_background(ts)
    places = [
        p
        for p in art.places(sent, lo, hi)
        if not origin(art.text, p)
        and sent.in_background(p.start) in (None, trigger_bg)
        and _reached(art, p, ts, te)
        and not _region(art, p)
    ]
    if not art.places(sent, lo, hi) and art.dateline_place is not None and cues.ARRIVAL.match(art.text, ts, te):
        return [art.dateline_place]  # "PYONGYANG, Jan. 24 — Wang, who arrived on Wednesday"
    return sorted(places, key=lambda p: abs(p.start - ts))


_TOWARD = compile_fast(
    r"(?:\b(?:to|into|in|at|for|inside|ke|di|a|al|en|à|au|aux|nach|in|im|в|во|на|hacia|vers)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|die\s+|der\s+|den\s+)?"
    r"(?:(?:capital|city|port|border town|capitale|capital|Hauptstadt|столиц\w*|kota|ibu kota)(?:\s+of)?\s*,?\s*)?)$",
    re.IGNORECASE,
)
_SPACED = {"en", "id", "es", "fr", "de", "ru"}
_ADVERB_GAP = compile_fast(
    r"\s+(?:\w+mente|\w+ly|pronto|soon|bientôt|bald|segera|скоро|вновь|снова|again|de nuevo|à nouveau|erneut|lagi)\s+",
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
            _TOWARD.search(gap[-40:])
            or re.fullmatch(r"\s*", gap)
            or _ADVERB_GAP.fullmatch(gap)  # "podría visitar pronto Pekín", "visited briefly Dandong"
            or re.fullmatch(r"\s+(?:\w+\s+){0,3}?(?:to|in|ke|a|en|à|nach|в)\s+(?:the\s+)?", gap, re.IGNORECASE)
        )
    gap = text[p.end : ts]
    return bool(re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+)?", gap)) or bool(
        _TOWARD.search(text[max(0, p.start - 30) : p.start])
    )


def _choose(art: Article, travellers: list[str], destinations: list[Mention]) -> tuple[str, Mention] | None:
    """The first destination someone of the clause travelled to from another country."""
    for dest in destinations:
        country = art.country_of(dest.key)
        for person in travellers:
            home = art.country_of(person)
            if home and home != country:
                return person, dest
    return None


def _date(
    art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int
) -> tuple[DateMention | None, bool]:
    """The visit's date and whether it is still to be settled by the sentence or the story."""
    arrived = arrival_before(art, sent, ts, te, story.date)
    if arrived is not None:
        return arrived, False
    date = own_date(sent, lo, hi, ts)
    if date is None:
        return None, True
    nth = _NTH_DAY.search(art.text, max(lo, ts - 40), min(hi, te + 12))
    if date.precision == DAY and nth:
        # "on Monday, the second day of a visit", "visit … 이틀째", "访问的第二天": it began the days before
        days = _ORDINALS.get(next(g for g in nth.groups() if g).lower(), 0)
        if days > 1:
            return DateMention(
                date.start, date.end, date.date - dt.timedelta(days=days - 1), DAY, date.text, True
            ), False
    if date.precision == DAY and art.find.search(cues.DEPARTURE, lo, hi) and not art.find.search(cues.ARRIVAL, lo, hi):
        days = _days_long(art.text, lo, hi)
        if days:
            # "concluded a two-day state visit on Friday", "завершил двухдневный визит в пятницу": it
            # began the day before
            return DateMention(
                date.start, date.end, date.date - dt.timedelta(days=days - 1), DAY, date.text, True
            ), False
        # "left Pyongyang on Friday after a visit": the trip is that month, not that day
        return date.as_month(), False
    return date, False


_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "второй": 2, "третий": 3, "segundo": 2, "tercer": 3, "deuxième": 2,
    "troisième": 3,
}  # fmt: skip
_NTH_DAY = compile_fast(
    r"\bthe (second|third|fourth) day of\b|\bво? (второй|третий) день\b|\b(segundo|tercer) día de\b"
    r"|\b(deuxième|troisième) jour de\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5,
}  # fmt: skip
_DAYS_LONG = compile_fast(
    r"\b(\d{1,2}|two|three|four|five)-day\b|\b(?:selama )?(dua|tiga|empat|lima) hari\b"
    r"|\b(двух|трех|трёх|четырех|четырёх|пяти)дневн|\bde (dos|tres|cuatro|cinco) días\b"
    r"|为期(两|兩|二|三|四|五|\d)天",
    re.IGNORECASE,
)


def _days_long(text: str, lo: int, hi: int) -> int | None:
    """How many days the clause says the trip lasted: "a two-day visit", "двухдневный", "为期两天"."""
    m = _DAYS_LONG.search(text, lo, hi)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    days = int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())
    return days if days and 1 < days <= 10 else None


_AND = compile_fast(r"\s*(?:,|and|or|dan|y|e|et|und|и|와|과|및|和|与|與|、|・)\s*", re.IGNORECASE)


def _listed_with(art: Article, dest: Mention, destinations: list[Mention], visitor: str) -> list[Mention]:
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


def _companions(art: Article, sent: Sent, visitor: str, current: list[str], lo: int, hi: int) -> list[str]:
    """ "習氏と彭麗媛夫人は…到着", "Kim and his wife arrived": people of the traveller's country named
    together with them (joined by "and") travel too."""
    mine = [m for m in within(sent.persons, lo, hi) if m.key == visitor]
    out = []
    for m in within(sent.persons, lo, hi):
        if m.key == visitor or m.key not in current or art.country_of(m.key) != art.country_of(visitor):
            continue
        for v in mine:
            between = art.text[min(v.end, m.end) : max(v.start, m.start)]
            if re.fullmatch(
                r"\s*(?:and|dan|y|et|und|и|와|과|と|和|与|與|及)\s*(?:his wife|her husband|su esposa|sa femme|seine Frau)?\s*",
                between,
                re.IGNORECASE,
            ):
                out.append(m.key)
                break
    return out


_UNNAMED = compile_fast(
    r"\b(?:the|a|an|le|la|un|une|el|der|die|ein|eine)\s+(?:[\w-]+\s+){0,3}?(?P<nat>chinese|north korean|chinois|nord-coréen|"
    r"chino|norcoreano|chinesische[rn]?|nordkoreanische[rn]?)\b|\bnuméro (?:un|deux|trois|quatre) (?P<nat2>chinois|nord-coréen)",
    re.IGNORECASE,
)
_NATIONS = {"chin": "CN", "nord": "KP", "north": "KP", "norc": "KP"}


def _named_after(art: Article, sent: Sent, lo: int, ts: int) -> list[str]:
    """ "Le numéro trois chinois est arrivé, hier, à Pyongyang. … Zhao Leji a déclaré …": a traveller
    described only by nationality is the first person of that country the next two sentences name."""
    if art.verb_final:
        return []
    m = _UNNAMED.search(art.text, lo, ts)
    if m is None:
        return []
    code = _NATIONS.get((m.group("nat") or m.group("nat2")).lower()[:4])
    for later in art.sentences[sent.idx + 1 : sent.idx + 3]:
        for p in later.persons:
            if art.country_of(p.key) == code:
                return [p.key]
    return []


def _posted_to(art: Article, person: str, destinations: list[Mention]) -> bool:
    from .inference import posted

    return any(posted(art, person, art.country_of(d.key), None) for d in destinations)


# A visit verb with an object that is not a place the gazetteer knows: a site on the trip
# ("visited the China-DPRK Friendship Tower", "a visité une usine", "besuchte das Denkmal",
# "mengunjungi Menara Persahabatan"); not "visited the country" or "the capital".
_SITE_OBJECT = compile_fast(
    r"\s+(?!(?:the|la|le|el|die|das|den)\s+(?:country|capital|city|nation|north|south|region|province|border|pays|"
    r"capitale|ville|país|ciudad|land|hauptstadt|stadt)\b)"
    r"(?:the|a|an|le|la|les|l['’]|un|une|el|los|las|una?|die|der|das|den|dem|einen?|eine[mr]?)\s+\w"
    r"|\s+(?-i:[A-Z][a-z]+\s+[A-Z])",
    re.IGNORECASE,
)


def _where_known(art: Article, story: Story, travellers: list[str]) -> list[Mention]:
    """ "Kunjungan rahasia Kim sendiri diberitakan dimulai Senin": a visit word with its traveller but
    no place is the trip the story already follows."""
    for person in travellers:
        place = story.where(person)
        if place:
            entry = art.entries.get(place)
            if entry is not None:
                return [Mention(place, entry.label, entry.name, 0, 0, entry.name, -1)]
    return []


def find_visits(art: Article, sent: Sent, story: Story, events) -> list[tuple[VisitFact, int, int, int]]:
    """The visits of one sentence, as (fact, clause start, clause end, trigger start)."""
    found = []
    for lo, hi, ts, te in clauses(art, sent, "visit"):
        if art.find.search(cues.COURTESY_CALL, max(lo, ts - 12), min(hi, te + 16)):
            continue  # "kunjungan kehormatan", "예방": a call on someone, not a trip
        travellers = _travellers(art, sent, story, lo, hi, ts, te) or _named_after(art, sent, lo, ts)
        if not travellers and not cues.ARRIVAL.match(art.text, ts, te):
            continue  # nobody who could have travelled
        destinations = _destinations(art, sent, lo, hi, ts, te)
        arrived = arrival_before(art, sent, ts, te, story.date)
        if arrived is not None and not destinations:
            earlier = [f for f, *_ in found] + list(reversed(events.visits))
            prior = next((v for v in earlier if v.visitor in travellers or not travellers), None)
            if prior is not None and (
                prior.date is None or prior.date.precision != DAY or arrived.date < prior.date.date
            ):
                prior.date = arrived  # "…, a day after Kim arrived": the arrival dates the trip already reported
            continue
        if not destinations and not anaphoric(art, ts, te, lo):
            if _SITE_OBJECT.match(art.text, te):
                continue  # "On Friday Xi visited the Friendship Tower": a stop on a trip, not a trip
            destinations = _where_known(art, story, travellers)
        if not destinations or art.negated(lo, hi, ts, te):
            continue
        background = sent.in_background(ts) is not None
        recalled = _recalled(art, sent, lo, hi) if sent.background else []
        recalled_keys = {m.key for m in recalled}
        current = [k for k in travellers if k not in recalled_keys]
        if cues.ATTEND.match(art.text, ts, te):
            # an ambassador attending an event where he is posted travelled nowhere
            current = [k for k in current if not _posted_to(art, k, destinations)]
        chosen = _choose(art, current, destinations)
        status = "planned" if art.planned(lo, hi, ts, te) else "reported"
        if chosen is not None:
            visitor, dest = chosen
            date, _pending = _date(art, sent, story, lo, hi, ts, te)
            companions = _companions(art, sent, visitor, current, lo, hi)
            for person in [visitor, *companions]:
                for place in [dest, *_listed_with(art, dest, destinations, visitor)]:
                    fact = VisitFact(
                        person,
                        place.key,
                        date,
                        status,
                        sent.idx,
                        sent.start,
                        sent.end,
                        background=background,
                        rule="visit",
                    )
                    found.append((fact, lo, hi, ts))
        for person in recalled:
            pick = _choose(art, [person.key], destinations)
            if pick is None:
                continue
            bg = sent.in_background(person.start) or (person.start, person.end)
            own = {x.start for x in sent.dates if not sent.in_background(x.start)}
            dates = [d for d in sent.all_dates if bg[0] - 12 <= d.start < bg[1] + 12 and d.start not in own]
            date = nearest(dates, person.start)
            found.append(
                (
                    VisitFact(
                        person.key,
                        pick[1].key,
                        date,
                        "reported",
                        sent.idx,
                        sent.start,
                        sent.end,
                        background=True,
                        rule="recalled visit",
                    ),
                    lo,
                    hi,
                    ts,
                )
            )
    return found

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

import re

from .. import cues
from ..dates import DAY, DateMention
from ..types import COUNTRY, Mention
from .clauses import arrival_before, clauses, own_date
from .context import Article, Sent, nearest, within
from .facts import VisitFact
from .participants import head_of, in_role_phrase
from .places import origin
from .story import Story

# Words that name the destination themselves: 訪中 "visit to China", 방북 "visit to the North".
_IMPLIED = {"CN": re.compile(r"訪中|访华|訪華|방중|来华|來華|訪陸|访陆"), "KP": re.compile(r"訪朝|访朝|방북")}
_ANAPHORIC_BEFORE = re.compile(
    r"\b(?:the|this|that|its|their|during|the same|selama|cette|ce|esta|este|diese[rn]?|этот|этого)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANAPHORIC_AFTER = re.compile(r"^\s*(?:itu|ini|tersebut)\b|^期间|^期間|^中に|^ 기간", re.IGNORECASE)
_VERB_FORMS = {"arrived", "arrives", "arrive", "tiba", "visited", "berkunjung", "mengunjungi", "traveled", "travelled"}
_OWNER_AFTER = re.compile(r"^\s*(?:by|of|de|del|du|des|von|oleh|из)\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}$")
_ID_NOUNS = {"kunjungan", "lawatan", "kedatangan"}


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


def _owner(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> Mention | None:
    """The person whose visit it is: "Wen's arrival", "visit by Kim", "kunjungan Kim Jong-il ke"."""
    text = art.text
    for m in reversed(within(sent.persons, lo, ts)):
        if _POSSESSIVE.match(text[m.end : ts]):
            return m
    word = text[ts:te].lower()
    for m in within(sent.persons, te, min(hi, te + 60)):
        between = text[te : m.start]
        if _OWNER_AFTER.match(between) or (word in _ID_NOUNS and not re.search(r"\b(?:ke|di|dari)\b", between)):
            return m
    return None


def _travellers(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> list[Mention]:
    """The people of the clause who may be the traveller, most likely first."""
    text = art.text
    trigger_bg = sent.in_background(ts)
    people = [
        m
        for m in within(sent.persons, lo, hi)
        if not in_role_phrase(text, m, lo)
        and (sent.in_background(m.start) in (None, trigger_bg))
        and not sent.in_quote(m.start)
    ]
    head = head_of(art, sent, lo, hi)
    owner = _owner(art, sent, lo, hi, ts, te)
    first = [m for m in people if m.key == head] + ([owner] if owner else [])
    if art.verb_final:
        ordered = people
    else:
        before = [m for m in people if m.start < ts]
        topic = [m for m in before if m.key == sent.topic]
        ordered = topic + sorted(before, key=lambda m: -m.start)
    return first + [m for m in ordered if m not in first]


def _recalled(art: Article, sent: Sent, lo: int, hi: int) -> list[Mention]:
    """People named as the previous visitor: "since Xi Jinping in 2019", "05年の胡錦濤氏以来"."""
    return [
        m
        for m in within(sent.persons, lo, hi)
        if cues.SINCE_PERSON.search(art.text, max(lo, m.start - 30), m.start)
        or cues.SINCE_PERSON_AFTER.match(art.text[m.end : m.end + 8])
    ]


def _destinations(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> list[Mention]:
    implied = implied_destination(art, art.text[ts:te])
    if implied is not None:
        return [implied]
    places = [p for p in art.places(sent, lo, hi) if not origin(art.text, p)]
    if not places and art.dateline_place is not None and cues.ARRIVAL.match(art.text, ts, te):
        return [art.dateline_place]  # "PYONGYANG, Jan. 24 — Wang, who arrived on Wednesday"
    return sorted(places, key=lambda p: abs(p.start - ts))


def _choose(art: Article, travellers: list[Mention], destinations: list[Mention]) -> tuple[Mention, Mention] | None:
    """The first destination someone of the clause travelled to from another country."""
    for dest in destinations:
        country = art.country_of(dest.key)
        for person in travellers:
            home = art.country_of(person.key)
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
    if date.precision == DAY and art.find.search(cues.DEPARTURE, lo, hi) and not art.find.search(cues.ARRIVAL, lo, hi):
        # "left Pyongyang on Friday after a two-day visit": the trip is that month, not that day
        return date.as_month(), False
    return date, False


def find_visits(art: Article, sent: Sent, story: Story, events) -> list[tuple[VisitFact, int, int, int]]:
    """The visits of one sentence, as (fact, clause start, clause end, trigger start)."""
    found = []
    for lo, hi, ts, te in clauses(art, sent, "visit"):
        if art.find.search(cues.COURTESY_CALL, max(lo, ts - 12), min(hi, te + 16)):
            continue  # "kunjungan kehormatan", "예방": a call on someone, not a trip
        travellers = _travellers(art, sent, lo, hi, ts, te)
        if not travellers and len({p.key for p in sent.persons}) == 1 and not art.verb_final:
            travellers = sent.persons[:1]  # "Arrived on Friday via Tumen, Kim went on to …"
        destinations = _destinations(art, sent, lo, hi, ts, te)
        arrived = arrival_before(art, sent, ts, te, story.date)
        if arrived is not None and not destinations:
            prior = next((v for v in reversed(events.visits) if v.visitor in {m.key for m in travellers}), None)
            if prior is not None and (prior.date is None or prior.date.precision != DAY):
                prior.date = arrived  # "…, a day after Kim arrived": the arrival dates the trip already reported
            continue
        if not destinations or art.negated(lo, hi, ts, te):
            continue
        background = sent.in_background(ts) is not None
        recalled = _recalled(art, sent, lo, hi)
        current = [m for m in travellers if m not in recalled]
        chosen = _choose(art, current, destinations)
        status = "planned" if art.planned(lo, hi, ts, te) else "reported"
        if chosen is not None:
            visitor, dest = chosen
            date, _pending = _date(art, sent, story, lo, hi, ts, te)
            fact = VisitFact(
                visitor.key, dest.key, date, status, sent.idx, sent.start, sent.end, background=background, rule="visit"
            )
            found.append((fact, lo, hi, ts))
        for person in recalled:
            pick = _choose(art, [person], destinations)
            if pick is None:
                continue
            bg = sent.in_background(person.start) or (person.start, person.end)
            dates = [
                d
                for d in sent.all_dates
                if bg[0] - 12 <= d.start < bg[1] + 12
                and d.start not in {x.start for x in sent.dates if not sent.in_background(x.start)}
            ]
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

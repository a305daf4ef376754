"""Visits: a named person travelling to another country or a foreign city.

The traveller is the subject of the visit word ("Wen Jiabao arrived in Pyongyang"), the owner of
the visit ("Wen's arrival", "kunjungan Kim Jong-il", "la visita de Ri"), the head of the delegation
("a delegation led by Liu Guozhong", "X率领的代表团"), or in Korean and Japanese the person the
visit clause describes ("평양을 방문한 리창"). The destination is the nearest place of the clause in
another country than the traveller's. A person recalled as the previous visitor ("the first
visit since Hu Jintao's in 2005", "05年の胡錦濤氏以来") made a visit of their own, dated by that
phrase. "Received", "welcomed" and "hosted" name a host, who travelled nowhere.

The traveller is found by ``travellers``, the destination by ``destinations``; this module dates
the visit and puts the fact together.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import cues
from ..dates import DAY, DateMention
from ..dates.words import NUMBER_WORDS, RELATIVE_DAYS
from ..lexicon import compile_fast
from ..types import Mention
from . import modality, places
from .clauses import SPAN_BEFORE, arrival_before, clauses, own_date, until
from .context import Article, Sent, nearest, within
from .destinations import SITE_OBJECT, anaphoric, choose, find_destinations, listed_with, where_known
from .facts import VisitFact
from .modality import tallied
from .participants import head_of
from .story import Story
from .travellers import companions_of, find_travellers, named_after, posted_to, recalled_visitors


def _date(
    art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int, visitor: str | None = None
) -> tuple[DateMention | None, bool]:
    """The visit's date and whether it is still to be settled by the sentence or the story."""
    arrived = arrival_before(art, sent, ts, te, story.date)
    if arrived is not None:
        return arrived, False
    began = _began_on(art, sent, lo, hi)
    if began is not None:
        return began, False
    date = own_date(sent, lo, hi, ts)
    if date is None:
        return None, True
    nth = art.find.search(cues.NTH_DAY_OF_VISIT, max(lo, ts - 40), min(hi, te + 40))
    if date.precision == DAY and nth:
        # "on Monday, the second day of a visit", "visit … 이틀째", "访问的第二天": it began the days before
        days = cues.NTH_DAY_NUMBER.get(next(g for g in nth.groups() if g).lower(), 0)
        if days > 1:
            return DateMention(
                date.start, date.end, date.date - dt.timedelta(days=days - 1), DAY, date.text, True
            ), False
    if (
        date.precision == DAY
        and art.find.search(cues.DEPARTURE, lo, hi)
        and not art.find.search(cues.ARRIVAL, lo, hi)
        and not cues.SETTING_OFF.fullmatch(art.text, ts, te)  # "left for Beijing on Monday": the trip began
        and not _left_home(art, sent, lo, hi, visitor)
    ):
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


def _left_home(art: Article, sent: Sent, lo: int, hi: int, visitor: str | None) -> bool:
    """ "Xi left Beijing on Thursday for Pyongyang", "покинул Пекин и направился в КНДР": the place
    left is in the traveller's own country, so leaving it began the trip, not ended it."""
    home = art.country_of(visitor)
    if not home:
        return False
    named = art.places(sent, lo, hi)
    verb = art.find.search(cues.DEPARTURE, lo, hi)
    # the place left: named as the departure ("을 떠나", "left Beijing"), or the first place after
    # the verb, a time between them ("verließ am Dienstag Peking")
    after = next((m for m in named if m.start >= verb.end()), None) if verb else None
    if after is not None and after.start - verb.end() > 30:
        after = None
    return any(art.country_of(m.key) == home and (m is after or places.departure(art.text, m)) for m in named)


_EN = r"two|three|four|five|six|seven|eight|nine|ten"
_DAYS_LONG = compile_fast(
    rf"\b(\d{{1,2}}|{_EN})-day\b|\b(?:selama )?(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) hari\b"
    r"|\b(двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти)дневн"
    r"|\bde (dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) días\b"
    r"|\bde (deux|trois|quatre|cinq|six|sept|huit|neuf|dix) jours\b"
    r"|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)tägig"
    r"|为期(两|兩|二|三|四|五|六|七|八|九|十|\d)天",
    re.IGNORECASE,
)


def _days_long(text: str, lo: int, hi: int) -> int | None:
    """How many days the clause says the trip lasted: "a two-day visit", "двухдневный", "为期两天"."""
    m = _DAYS_LONG.search(text, lo, hi)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    days = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
    return days if days and 1 < days <= 10 else None


def _delegation_arrived(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int, destinations, visits) -> None:
    """ "The delegation had arrived in Pyongyang on Thursday", after "Kim met the delegation headed
    by Zhao Leji, which is visiting Pyongyang": the arrival dates the trip of the delegation's head
    already reported there, when that trip has no earlier day of its own."""
    if not cues.ARRIVAL.match(art.text, ts, te) or not art.find.search(cues.DELEGATION, lo, ts):
        return
    day = own_date(sent, lo, hi, ts)
    if day is None or day.precision != DAY:
        return
    countries = {art.country_of(d.key) for d in destinations}
    for v in reversed(visits):
        if v.status == "reported" and not v.background and art.country_of(v.destination) in countries:
            if v.date is None or v.date.precision != DAY or day.date < v.date.date:
                v.date = day
            return


def _with_listed(art: Article, sent: Sent, lo: int, hi: int, destinations: list[Mention]) -> list[Mention]:
    """The destinations and the other places of the clause ("bring him to Laos, Vietnam and
    Cambodia": only the first is reached by the preposition)."""
    seen = {id(p) for p in destinations}
    return destinations + [p for p in art.places(sent, lo, hi) if id(p) not in seen]


# "the visit began on Thursday and ended on Monday", "empezó el martes … y acabó el viernes",
# "a commencé jeudi", "begann am Donnerstag", "началась в четверг", "dimulai pada Kamis"
_BEGAN_BEFORE = compile_fast(
    r"\b(?:began|begun|begins|started|starts|comenzó|comenzaba|empezó|inició|a commencé|commencé|a débuté|débuté|"
    r"begann|hat begonnen|началс[яь]|начался|началась|dimulai|bermula)\s+(?:on\s+|el\s+|le\s+|am\s+|pada\s+(?:hari\s+)?|в\s+)?"
    # "began last Thursday", "began this Monday", "началась в прошлый четверг"
    r"(?:(?:last|this|past|прошл\w*|эт\w*)\s+)?\Z",
    re.IGNORECASE,
)


def _began_on(art: Article, sent: Sent, lo: int, hi: int) -> DateMention | None:
    """The date the clause says the trip began on, before any other it names (its end)."""
    for d in sent.dates:
        if (
            lo <= d.start < hi
            and d.precision == DAY
            and _BEGAN_BEFORE.search(art.text, max(lo, d.start - 30), d.start)
            and not until(art.text, d)  # "comenzó una estancia que se prolongará hasta mañana"
        ):
            return d
    return None


def _told_before(visitor: str, destination: str, visits: list[VisitFact]) -> DateMention | None:
    """The date of the trip already reported for this traveller and place."""
    for v in reversed(visits):
        if v.visitor == visitor and v.destination == destination and v.date is not None and v.status == "reported":
            return v.date
    return None


def _planned_in_relative(art: Article, te: int, dest: int) -> bool:
    """ "his tour, which is to bring him to Laos next", "su gira, que lo llevará a Laos":
    a destination named in a relative clause of the trip word whose verb is still to come."""
    if dest <= te:
        return False
    rel = cues.RELATIVE_AFTER_COMMA.search(art.text, te, dest)
    return rel is not None and bool(
        art.find.search(cues.FUTURE_CUES, rel.start(), dest)
        or art.find.search(cues.PLANNED, rel.start(), dest)
        or any(
            modality.future_tense(art.language, art.text, m.start(), m.end())
            for m in _WORD.finditer(art.text, rel.end(), dest)
        )
    )


_WORD = compile_fast(r"\w+")


# What stands between two travel words of one subject: "flew to Shenyang on Monday and on Tuesday
# headed for", "est arrivé à Shenyang lundi et mardi est parti pour"
_JOINED_VERB = compile_fast(rf"[^,;:.]{{0,60}}?\s{cues.AND}\s[^,;:.]{{0,30}}", re.IGNORECASE)


def _subject_of_joined_verb(art: Article, sent: Sent, before: list, before_end: int, ts: int) -> list:
    """ "X flew to Shenyang on Monday and on Tuesday headed for …": the travellers of the travel word
    before, when "and" and no other person stand between."""
    if before and _JOINED_VERB.fullmatch(art.text, before_end, ts) and not within(sent.persons, before_end, ts):
        return before
    return []


def find_visits(art: Article, sent: Sent, story: Story, events) -> list[tuple[VisitFact, int, int, int]]:
    """The visits of one sentence, as (fact, clause start, clause end, trigger start)."""
    found = []
    before, before_end = [], sent.start  # the travellers of the clause before, and the end of its word
    for lo, hi, ts, te in clauses(art, sent, "visit"):
        if art.find.search(cues.COURTESY_CALL, max(lo, ts - 12), min(hi, te + 16)):
            continue  # "kunjungan kehormatan", "예방": a call on someone, not a trip
        travellers = (
            find_travellers(art, sent, story, lo, hi, ts, te)
            or named_after(art, sent, lo, ts)
            or _subject_of_joined_verb(art, sent, before, before_end, ts)
        )
        before, before_end = travellers, te
        # in Korean and Japanese the one before is named after the trip's clause: "방중은 … 장성택 부위원장 이후"
        recall_hi = sent.end if art.verb_final else hi
        if (
            not travellers
            and not cues.ARRIVAL.match(art.text, ts, te)
            and not (sent.background and recalled_visitors(art, sent, lo, recall_hi))
        ):
            continue  # nobody who could have travelled ("인사의 방중은 … 장성택 부위원장 이후": the one before)
        destinations = find_destinations(art, sent, lo, hi, ts, te)
        later = art.find.search(SPAN_BEFORE, te, hi)
        if later is not None:  # "la visita … dos semanas antes de que Xi y Putin se vean en Vladivostok"
            destinations = [d for d in destinations if d.start < later.start()]
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
            if SITE_OBJECT.match(art.text, te):
                continue  # "On Friday Xi visited the Friendship Tower": a stop on a trip, not a trip
            # "war … über die Grenze gereist und hatte die Stadt Jilin besucht": the later word's place
            destinations = _later_words_place(art, sent, te)
            retold = not destinations
            destinations = destinations or where_known(art, story, travellers)
            retold = retold and bool(destinations)
        else:
            retold = False
        if not destinations or art.negated(lo, hi, ts, te):
            continue
        tally = tallied(art, ts, te, hi)
        background = tally or sent.in_background(ts) is not None
        recalled = recalled_visitors(art, sent, lo, recall_hi) if sent.background else []
        recalled_keys = {m.key for m in recalled}
        current = [k for k in travellers if k not in recalled_keys]
        if cues.ATTEND.match(art.text, ts, te):
            # an ambassador attending an event where he is posted travelled nowhere
            current = [k for k in current if not posted_to(art, k, destinations)]
        chosen = choose(art, current, destinations)
        status = "planned" if art.planned(lo, hi, ts, te) else "reported"
        if chosen is None and not within(sent.persons, lo, hi) and status == "reported" and not background:
            found.extend(_unnamed_travellers(art, sent, story, events, found, destinations, lo, hi, ts, te))
        if chosen is not None:
            visitor, dest = chosen
            if status == "reported" and _planned_in_relative(art, te, dest.start):
                status = "planned"
            date, pending = (None, False) if tally else _date(art, sent, story, lo, hi, ts, te, visitor)
            status = "planned" if _after_the_article(art, date, lo, hi) else status
            if retold and (pending or not _next_to(date, ts, te)):
                # "It was his first trip abroad since …": the trip the story follows, told again; a
                # day the sentence gives another event ("con su viaje … la reforma acometida en
                # noviembre") is not its day
                date = _told_before(visitor, dest.key, [f for f, *_ in found] + events.visits) or date
            companions = companions_of(art, sent, visitor, current, lo, hi)
            for person in [visitor, *companions]:
                # the places listed with the destination are reached with it, whatever stands before them
                for place in [dest, *listed_with(art, dest, _with_listed(art, sent, lo, hi, destinations), visitor)]:
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
            pick = choose(art, [person.key], destinations)
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
    if story.group_trip is not None:
        found.extend(_head_of_group_trip(art, sent, story, [f for f, *_ in found] + events.visits))
    found.extend(_delegation_members(art, sent, story, [f for f, *_ in found] + events.visits))
    return found


# The members of the traveller's delegation listed: "His delegation includes Liu Jianchao and …",
# "Der Delegation gehören … an", "Su delegación incluye a …", "Sa délégation comprend …", "В состав
# делегации входят …", "Delegasi itu antara lain …", "代表团成员包括 …"
_MEMBERS = compile_fast(
    r"\b(?:includ(?:es|ed|ing)|comprises|comprised|consists of|consisted of|zählen|zählten|gehören|gehörten|umfasst|"
    r"umfasste|incluye|incluía|incluyó|integran|integraban|comprend|comprenait|входят|входили|termasuk|antara lain)\b"
    r"|包括|成员有|成員有",
    re.IGNORECASE,
)


def lists_delegation(art: Article, sent: Sent, story: Story) -> bool:
    """Whether the sentence lists the members of the delegation of the trip just reported."""
    trip = story.last_visit
    return not (
        trip is None
        or trip.background
        or trip.status != "reported"
        or not 0 <= sent.idx - trip.sentence <= 2
        or not sent.persons
        or not art.find.search(cues.DELEGATION, sent.start, sent.end)
        or not art.find.search(_MEMBERS, sent.start, sent.end)
    )


def _delegation_members(art: Article, sent: Sent, story: Story, told: list[VisitFact]) -> list:
    """People of the traveller's country listed as members of the delegation just reported
    travelling: each made the trip, on its day."""
    if not lists_delegation(art, sent, story):
        return []
    trip = story.last_visit
    home, out = art.country_of(trip.visitor), []
    going = {v.visitor for v in told if v.destination == trip.destination}
    for m in sent.persons:
        if m.key in going or art.country_of(m.key) != home or sent.in_background(m.start) is not None:
            continue
        going.add(m.key)
        fact = VisitFact(
            m.key, trip.destination, trip.date, "reported", sent.idx, sent.start, sent.end, rule="delegation member"
        )
        out.append((fact, sent.start, sent.end, m.start))
    return out


def _next_to(date: DateMention | None, ts: int, te: int, reach: int = 25) -> bool:
    """Whether a date stands right by the trip word ("his trip in May", "el viaje de noviembre")."""
    return date is not None and (0 <= date.start - te <= reach or 0 <= ts - date.end <= reach)


def _after_the_article(art: Article, date: DateMention | None, lo: int, hi: int) -> bool:
    """A trip the text dates "tomorrow" ("reist morgen in die Hauptstadt", "tiba besok") has not
    happened yet: a reported event is never dated after its article. (A weekday resolved after the
    article may be a tense misread; the day a trip under way ends, "Kunjungannya … berakhir besok",
    is no such date.)"""
    return date is not None and RELATIVE_DAYS.get(date.text.lower(), 0) > 0 and not _TRIP_ENDS.search(art.text, lo, hi)


_TRIP_ENDS = compile_fast(
    r"\b(?:berakhir|selesai|ends?|ending|conclude[sd]?|se termine\w*|terminar\w*|termina|endet|enden|"
    r"заверш\w*|законч\w*)\b|마치|마친|结束|結束|終え|終了",
    re.IGNORECASE,
)


def _later_words_place(art: Article, sent: Sent, te: int) -> list:
    """The place a later visit word of the sentence names: a travel word without a place of its own
    is the same trip ("reiste über die Grenze und besuchte Jilin"), not one to where the story was."""
    for s, e in art.triggers("visit", te, sent.end):
        if not _AND_THEN.search(art.text, te, s) or sent.in_background(s) is not None:
            continue  # only a second verb of the same clause: "gereist und hatte … besucht"
        places = find_destinations(art, sent, sent.start, sent.end, s, e)
        if places:
            return places
    return []


_AND_THEN = compile_fast(rf"\s{cues.AND}\s", re.IGNORECASE)


def _unnamed_travellers(art: Article, sent: Sent, story: Story, events, found, destinations, lo, hi, ts, te) -> list:
    """A trip whose clause names no one: a delegation's arrival dates its head's trip told before;
    "the delegation" after "a delegation led by X" is X's trip; else its head may be named next."""
    _delegation_arrived(art, sent, lo, hi, ts, te, destinations, [f for f, *_ in found] + events.visits)
    if not (art.find.search(cues.DELEGATION, lo, ts) and destinations):
        return []
    head = _head_named_before(art, sent, destinations[0].key)
    if head is None:
        # "A North Korean delegation arrived in Beijing on Monday." — its head may be named next
        story.group_trip = (destinations[0].key, own_date(sent, lo, hi, ts), sent.idx)
        return []
    # "A delegation led by Kim Song Nam left by train. The delegation arrived in Beijing on Thursday"
    fact = VisitFact(
        head,
        destinations[0].key,
        own_date(sent, lo, hi, ts),
        "reported",
        sent.idx,
        sent.start,
        sent.end,
        rule="delegation head",
    )
    return [(fact, lo, hi, ts)]


def _head_named_before(art: Article, sent: Sent, destination: str) -> str | None:
    """The head of a delegation the two sentences before name ("a delegation led by X", "X가 이끄는
    대표단"), when the delegation is foreign to the destination."""
    for earlier in reversed(art.sentences[max(0, sent.idx - 2) : sent.idx]):
        head = head_of(art, earlier, earlier.start, earlier.end)
        if head is not None:
            return head if art.country_of(head) not in ("", art.country_of(destination)) else None
    return None


def _head_of_group_trip(art: Article, sent: Sent, story: Story, told: list[VisitFact]) -> list:
    """ "A North Korean delegation arrived in Beijing on Monday. The delegation, led by Kim Song Nam,
    met Wang Huning": the head named in the next two sentences made the delegation's trip."""
    trip = story.group_trip
    if not 0 < sent.idx - trip[2] <= 2:
        return []
    head = head_of(art, sent, sent.start, sent.end)
    destination, date, _idx = trip
    if head is None or art.country_of(head) in ("", art.country_of(destination)):
        return []
    story.group_trip = None
    if any(v.visitor == head and v.destination == destination for v in told):
        return []
    fact = VisitFact(head, destination, date, "reported", sent.idx, sent.start, sent.end, rule="delegation head")
    return [(fact, sent.start, sent.end, sent.start)]

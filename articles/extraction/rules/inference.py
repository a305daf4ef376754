"""Facts a reader infers from others in the same article.

* People of two countries who signed an agreement together met to sign it.
* A person who held a meeting in another country than their own travelled there (a visit),
  unless they are posted there: an ambassador meeting officials of the country he serves in.
"""

from __future__ import annotations

import re

from ..dates import DateMention
from ..lexicon import compile_fast
from .consolidate import compatible
from .context import Article
from .facts import Events, MeetingFact, VisitFact

_AMBASSADOR = compile_fast(
    r"\b(?:ambassador|envoy to|duta besar|dubes|embajador|ambassadeur|botschafter|посол|посла)\b[^.。]{0,40}$|(?:대사|大使|大使館)\s?$",
    re.IGNORECASE,
)
_AMBASSADOR_AFTER = compile_fast(r"^(?:\s?(?:대사|大使)|,\s*(?:the\s+)?(?:\w+\s+){0,2}ambassador)", re.IGNORECASE)


def posted(art: Article, person: str, country: str, day: DateMention | None) -> bool:
    """An ambassador (or chargé) of another country, by the gazetteer's roles or by the title the
    article gives them."""
    entry = art.entries.get(person)
    if entry is not None:
        iso = day.date.isoformat() if day else ""
        for title, start, end in entry.roles:
            if "ambassador" in title.lower() and (not iso or ((not start or start <= iso) and (not end or iso <= end))):
                return True
    key = ("titled ambassador", person)
    if key not in art.memo:
        art.memo[key] = any(
            m.key == person
            and (
                _AMBASSADOR.search(art.text[max(0, m.start - 50) : m.start])
                or _AMBASSADOR_AFTER.match(art.text[m.end : m.end + 30])
            )
            for m in art.result.mentions
        )
    return art.memo[key]


def _near(a: DateMention | None, b: DateMention | None) -> bool:
    """The same trip: compatible dates, or days at most a month apart."""
    if compatible(a, b):
        return True
    return abs((a.date - b.date).days) <= 31


def signings_are_meetings(art: Article, events: Events) -> None:
    for a in events.agreements:
        people = [k for k in a.signatories if not k.startswith("country:")]
        if len(people) < 2 or len({art.country_of(k) for k in people}) < 2 or a.rule == "witnessed":
            continue
        if any(set(m.participants) == set(people) and compatible(m.date, a.date) for m in events.meetings):
            continue
        events.meetings.append(
            MeetingFact(
                people,
                a.date,
                a.place,
                "signing",
                a.sentence,
                a.start,
                a.end,
                background=a.background,
                rule="signed together",
            )
        )


def meetings_abroad_are_visits(art: Article, events: Events) -> None:
    for m in events.meetings:
        if m.planned or not m.place:
            continue
        host = art.country_of(m.place)
        if host not in {art.country_of(p) for p in m.participants}:
            continue  # a summit in a third country (Singapore, Buenos Aires): who travelled is not said
        for person in m.participants:
            home = art.country_of(person)
            if not home or not host or home == host or posted(art, person, host, m.date):
                continue
            if any(
                v.visitor == person and art.country_of(v.destination) == host and _near(v.date, m.date)
                for v in events.visits
            ):
                continue
            date = m.date.as_month() if m.date is not None else None
            events.visits.append(
                VisitFact(
                    person,
                    m.place,
                    date,
                    "reported",
                    m.sentence,
                    m.start,
                    m.end,
                    background=m.background,
                    rule="met abroad",
                )
            )


def infer(art: Article, events: Events) -> None:
    signings_are_meetings(art, events)
    meetings_abroad_are_visits(art, events)

"""The fact rules: meetings, visits, agreements and trade items, read sentence by sentence.

``find_events`` builds the article's context once (``context``), then for each sentence runs the
rule families in turn (``meetings``, ``visits``, ``agreements``, ``trade``), dates what their
clauses left undated (``dating``), places meetings that named no place, and moves the story on
(``story``). At the end it adds the facts a reader infers (``inference``), merges repeats
(``consolidate``) and checks every date against the publication date.
"""

from __future__ import annotations

import datetime as dt

from ..types import PLACE, ExtractionResult, GazetteerEntry
from .agreements import find_agreements
from .consolidate import consolidate
from .context import Article, Sent, build_article
from .dating import fill_undated, finish, settle
from .facts import AgreementFact, Events, MeetingFact, TradeFact, VisitFact
from .inference import infer
from .meetings import find_meetings
from .participants import is_spouse
from .story import Story
from .trade import find_trade
from .visits import find_visits, lists_delegation

_FACT_KINDS = ("meeting", "visit", "signing", "export", "import")


def _escorts(art: Article, sent: Sent, story: Story, fact: MeetingFact, visits: list) -> None:
    """Of a traveller's compatriots at a meeting abroad, only those travelling with them take part
    ("Wang Yi was welcomed by Ri Kil Song and Ambassador Li Jinjun": Wang and Ri); the hosts all do.
    A spouse beside the principals is not one of them, except at a banquet, where spouses are guests."""
    if len(fact.participants) < 3:
        return
    spouses = {m.key for m in sent.persons if m.key in fact.participants and is_spouse(art.text, m)}
    if len(set(fact.participants) - spouses) >= 2 and fact.kind != "banquet":
        fact.participants = [p for p in fact.participants if p not in spouses]
    travelling = {v.visitor for v, *_ in visits if v.status == "reported"} | {
        p for p in fact.participants if story.where(p)
    }
    if fact.kind == "banquet":
        travelling |= spouses  # "a banquet for Kim and his wife Ri Sol Ju": she came with him
    travellers = [p for p in fact.participants if p in travelling]
    home = {art.country_of(p) for p in travellers}
    hosts = [p for p in fact.participants if art.country_of(p) not in home]
    if travellers and hosts and len(home) == 1:
        fact.participants = [p for p in fact.participants if p in travellers or p in hosts]


def _place_meetings(art: Article, sent: Sent, story: Story, meetings: list, visits: list) -> None:
    """A meeting whose clause named no place happened where its traveller was: the destination
    of a trip reported in the same sentence, else where the story last left them."""
    arrivals = [v for v, *_ in visits if v.status == "reported"]
    if not arrivals and story.last_visit is not None and sent.idx - story.last_visit.sentence <= 1:
        arrivals = [story.last_visit]
    for fact, *_ in meetings:
        if fact.kind == "welcome":
            # "… 평양에 도착했다며 공항에서 리길성 부상과 리진쥔 대사 등이 맞이했다": the one who arrived was welcomed
            guest = next((v.visitor for v in arrivals if v.visitor not in fact.participants), None)
            if guest is not None and any(art.country_of(p) != art.country_of(guest) for p in fact.participants):
                fact.participants = [guest, *fact.participants]
        _escorts(art, sent, story, fact, visits)
        _locate(art, sent, story, fact, fact.participants, visits)


def _historical(art: Article, fact) -> bool:
    """An event dated more than a year before the article ("1953年11月23日 … 签署") is history:
    the story's places are not its places."""
    if fact.date is None or art.published is None:
        return False
    return (art.published - fact.date.date).days > 366


def _locate(art: Article, sent: Sent, story: Story, fact, people: list[str], visits: list) -> None:
    """Where an event the text does not place happened: the destination of a trip one of its
    people made in the same sentence, where the story left one of them, or the place the story
    last named for an event ("… was held in Pyongyang. The DPRK's representative at the meeting …")."""
    if fact.place is not None or fact.background or _historical(art, fact):
        return
    # (a trip recalled in the background places only what is recalled with it: "両氏の会談は
    # 2019年6月の習氏の平壌訪問以来" does not put today's talks in Pyongyang)
    # Only a city or a venue: a meeting "in China" because the guest's trip was to China says no
    # more than the trip does (a country stands only where the text puts the event in it).
    trips = [
        v.destination
        for v, *_ in visits
        if v.visitor in people and v.status == "reported" and v.background == fact.background
    ]
    candidates = trips + [story.where(p) for p in people if story.where(p)] + [story.recent_place(sent)]
    fact.place = next((k for k in candidates if k and not k.startswith("country:")), None)
    if fact.place is None and trips:
        # the trip of the same sentence went to a country: a city of that country the sentence
        # names ("平壌の百花園迎賓館で、訪朝した…と会談した"), else the country itself
        country = art.country_of(trips[0])
        cities = [m for m in sent.locatable if m.label == PLACE and art.country_of(m.key) == country]
        fact.place = cities[0].key if cities else trips[0]


def _sentence(art: Article, sent: Sent, story: Story, events: Events) -> None:
    meetings = find_meetings(art, sent, story, events)
    visits = find_visits(art, sent, story, events)
    agreements = find_agreements(art, sent, story, events, [f for f, *_ in meetings])
    found = meetings + visits + agreements
    claimed = [(lo, hi) for fact, lo, hi, _ts in found if fact.date is not None]
    settle(
        art, sent, story, [item for item in found if item[0].date is None], claimed, sorted(found, key=lambda f: f[3])
    )
    _place_meetings(art, sent, story, meetings, visits)
    for agreement, *_ in agreements:
        _locate(art, sent, story, agreement, agreement.signatories, visits)
    events.meetings.extend(f for f, *_ in meetings)
    events.visits.extend(f for f, *_ in visits)
    events.agreements.extend(f for f, *_ in agreements)
    events.trade_items.extend(find_trade(art, sent, story))
    story.observe(art, sent, [f for f, *_ in meetings], [f for f, *_ in visits])


_HIGHLIGHTED_TRIGGERS = ("meeting", "visit", "signing")


def _highlights(art: Article) -> list[tuple[int, int, str, str]]:
    """Every date the rules read and every event word, for the article page to mark."""
    dates = [(d.start, d.end, "date", d.iso()) for sent in art.sentences for d in sent.all_dates]
    words = [(s, e, kind, f"{kind} word") for kind in _HIGHLIGHTED_TRIGGERS for s, e in art.triggers.spans[kind]]
    return sorted(dates + words)


def find_events(
    text: str,
    result: ExtractionResult,
    entries: dict[str, GazetteerEntry],
    published: dt.date | None,
    language: str = "",
    sanctions: tuple = (),
) -> Events:
    art = build_article(text, result, entries, published, language)
    art.sanctions = sanctions
    result.highlights = _highlights(art)
    events = Events()
    story = Story()
    for sent in art.sentences:
        if (
            sent.commodities
            or any(art.triggers(k, sent.start, sent.end) for k in _FACT_KINDS)
            or lists_delegation(art, sent, story)
        ):
            _sentence(art, sent, story, events)
        else:
            story.observe(art, sent, [], [])
    fill_undated(art, events)
    infer(art, events)
    return finish(art, consolidate(events, art.country_of, art.published))


__all__ = ["AgreementFact", "Events", "MeetingFact", "TradeFact", "VisitFact", "find_events"]

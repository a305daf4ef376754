"""Dates for facts whose clause gives none, and the checks every date must pass.

A fact whose clause names no date takes, in order: a date of its sentence that no other fact's
clause claims; "the day before" the story's date; for talks, the month of an arrival reported in the
same sentence ("arrived on the 13th and held talks": the talks were that month, not
necessarily that day); for an arrival, the day of talks it led to ("met Kim on Friday after
arriving"); the story's date when the sentence says "the same day" or speaks of an airport
welcome; the story's month during a trip of several days; else the story's date. A recalled
event takes none of these. At the end, a current event still undated is dated to the month of
publication, and an event dated after its article is a plan, not a report.
"""

from __future__ import annotations

import datetime as dt

from .. import cues
from ..dates import DAY, MONTH, YEAR, DateMention
from .clauses import best_date, day_before
from .context import Article, Sent
from .facts import AgreementFact, Events, MeetingFact, VisitFact
from .story import Story


def settle(art: Article, sent: Sent, story: Story, pending: list, claimed: list[tuple[int, int]]) -> None:
    """Date the sentence's facts that their clause left undated (``pending``: (fact, lo, hi, ts))."""
    meetings = [f for f, *_ in pending if isinstance(f, MeetingFact)]
    for fact, lo, hi, ts in pending:
        if fact.date is not None or fact.background:
            continue
        free = [
            d
            for d in sent.dates
            if not sent.in_background(d.start)
            and not any(clo <= d.start < chi and (clo, chi) != (lo, hi) for clo, chi in claimed)
        ]
        fact.date = best_date(free, ts) or _from_story(art, sent, story, fact, lo, hi)
    del meetings


def _from_story(art: Article, sent: Sent, story: Story, fact, lo: int, hi: int) -> DateMention | None:
    narrative = story.date
    if narrative is not None and art.find.search(cues.DAY_BEFORE, lo, hi):
        return day_before(narrative)  # "전날 베이징에 도착했다", "had arrived the day before"
    arrivals = [d for d in sent.dates if d.precision == DAY and art.find.search(cues.ARRIVAL, sent.start, sent.end)]
    if isinstance(fact, MeetingFact) and arrivals:
        return arrivals[-1].as_month()  # "arrived on the 13th and held talks": that month
    if isinstance(fact, VisitFact):
        talks = [d for d in sent.dates if d.precision == DAY]
        if talks and art.find.search(cues.ARRIVAL, lo, hi):
            return talks[-1]  # "met Kim on Friday after arriving in Pyongyang"
        if talks:
            return talks[-1].as_month()
    if narrative is None:
        return None
    if art.find.search(cues.SAME_DAY, sent.start, sent.end) or art.find.search(cues.AIRPORT, lo, hi):
        return narrative  # "held talks the same day", "当天", welcomed at the airport
    if story.multi_day and not isinstance(fact, VisitFact):
        return narrative.as_month()  # talks "during the four-day visit": only the month is known
    return narrative


def _after(d: DateMention, published: dt.date) -> bool:
    """Whether the date lies after the publication date at the precision it has."""
    if d.precision == YEAR:
        return d.date.year > published.year
    if d.precision == MONTH:
        return (d.date.year, d.date.month) > (published.year, published.month)
    return d.date > published + dt.timedelta(days=1)


def finish(art: Article, events: Events) -> Events:
    """Date what is still undated to the month of publication, and turn events dated after their
    article into plans: a planned visit, a meeting that is not one yet, no agreement."""
    published = art.published
    if published is not None:
        month = DateMention(0, 0, published.replace(day=1), MONTH, "", True)
        for fact in events.all():
            if fact.date is None and not getattr(fact, "background", False) and not _is_trade(fact):
                if isinstance(fact, VisitFact) and fact.status == "planned":
                    continue
                if isinstance(fact, MeetingFact) and fact.planned:
                    continue
                fact.date = month
        for v in events.visits:
            if v.date is not None and _after(v.date, published):
                v.status = "planned"
        for m in events.meetings:
            if m.date is not None and _after(m.date, published):
                m.planned = True
        events.agreements = [a for a in events.agreements if a.date is None or not _after(a.date, published)]
    events.meetings = [m for m in events.meetings if len(set(m.participants)) >= 2]
    return events


def _is_trade(fact) -> bool:
    return not isinstance(fact, (MeetingFact, VisitFact, AgreementFact))

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
import re
from dataclasses import replace

from .. import cues
from ..dates import DAY, MONTH, YEAR, DateMention
from ..lexicon import compile_fast
from .clauses import best_date, day_before, relative_clause_of, until
from .context import Article, Sent
from .facts import AgreementFact, Events, MeetingFact, VisitFact
from .story import Story


def settle(
    art: Article, sent: Sent, story: Story, pending: list, claimed: list[tuple[int, int]], found: list = ()
) -> None:
    """Date the sentence's facts that their clause left undated (``pending``: (fact, lo, hi, ts);
    ``found``: every fact of the sentence, in the same form)."""
    for fact, lo, hi, ts in sorted(pending, key=lambda p: p[3]):
        if fact.date is not None or fact.background:
            continue
        if getattr(fact, "status", "") == "planned":
            continue  # "Choe will soon visit China": a plan takes no day of the story it is told in
        if art.find.search(cues.DAY_BEFORE, lo, hi):
            anchor = _report_anchor(art, sent, story)
            if anchor is not None:
                fact.date = day_before(anchor)  # "전날 베이징에 도착했다", "had arrived the day before"
                continue
        then = _THEN.search(art.text, sent.start, sent.end)
        if then:
            earlier = _previous_dates(art, sent, then.start())
            if earlier:
                fact.date = earlier[-1]  # "당시 양측은 … 서명했다": the time the sentence before gave
                continue
        own_relative = relative_clause_of(sent, ts)
        free = [
            d
            for d in sent.dates
            if not sent.in_background(d.start)
            and relative_clause_of(sent, d.start) in (None, own_relative)
            and not until(art.text, d)  # "se prolongará hasta mañana": its end
            and (
                # Korean and Japanese chain their clauses on one date: "김정은은 9일 [평양을 방문한 리창]과 회담했다";
                # a date after the verb belongs to a later clause
                d.start < ts
                if art.verb_final
                else not any(clo <= d.start < chi and (clo, chi) != (lo, hi) for clo, chi in claimed)
            )
        ]
        same_day = (
            _that_day(story) if art.find.search(cues.SAME_DAY, lo, hi) else None
        )  # "이날", "that day" in the clause
        fact.date = (
            best_date(free, ts)
            or _nth_day_of_visit(art, story, lo, hi)
            or _retold(story, fact)
            or same_day
            or _chained(art, fact, ts, found)
            or _from_story(art, sent, story, fact, lo, hi)
        )


def _that_day(story: Story) -> DateMention | None:
    """The day "that day" (当天, 이날) points to: the story's last day told, and of a range of days
    just told ("访问于9日至11日进行。当天…") its first, the day itself, not some day of the range."""
    return None if story.date is None else replace(story.date, ranged=False)


def _nth_day_of_visit(art: Article, story: Story, lo: int, hi: int) -> DateMention | None:
    """ "Kim met him on the second day of his visit", "방문 이틀째", "访问的第二天": the day counted from
    the start of the trip the story follows, when that start is known to the day."""
    # a Korean or Japanese clause starts after the visit word the phrase opens with ("방문 이틀째")
    nth = art.find.search(cues.NTH_DAY_OF_VISIT, max(lo - 4, 0) if art.verb_final else lo, hi)
    visit = story.last_visit
    if nth is None or visit is None or visit.date is None or visit.date.precision != DAY:
        return None
    days = cues.NTH_DAY_NUMBER.get(next(g for g in nth.groups() if g).lower(), 0)
    if days < 2:
        return None
    start = visit.date
    return DateMention(start.start, start.end, start.date + dt.timedelta(days=days - 1), DAY, start.text, True)


def _retold(story: Story, fact) -> DateMention | None:
    """Talks (or a banquet …) of the same people already told with their day, told again without one
    ("Xinhua said Kim and Xi met in the Great Hall", "según Xinhua, Xi y Kim conversaron durante
    dos horas"): that day."""
    if not isinstance(fact, MeetingFact):
        return None
    told = [
        m.date
        for m in story.meetings
        if m is not fact
        and m.kind == fact.kind  # a banquet after the talks is an event of its own
        and m.date is not None
        and m.date.precision == DAY
        and set(m.participants) == set(fact.participants)
    ]
    return told[-1] if told else None


def _chained(art: Article, fact, ts: int, found) -> DateMention | None:
    """Korean and Japanese chain the clauses of one sentence on one date: "전날 중국을 방문, 쑹타오 …과
    회담했으며" — the talks are dated by the visit before them."""
    if not art.verb_final:
        return None
    earlier = [f for f, _lo, _hi, t in found if t < ts and f is not fact and f.date is not None and not f.background]
    return earlier[-1].date if earlier else None


def _from_story(art: Article, sent: Sent, story: Story, fact, lo: int, hi: int) -> DateMention | None:
    narrative = story.date
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
    if _AFTER_ANOTHER_EVENT.match(art.text, sent.start) and not art.find.search(cues.SAME_DAY, sent.start, sent.end):
        return narrative.as_month()  # "After the parade, he held talks with Putin": a later day, unsaid
    if (
        art.find.search(cues.SAME_DAY, sent.start, sent.end)
        or art.find.search(cues.AIRPORT, lo, hi)
        or _LATER.search(art.text, lo, hi)
    ):
        return _that_day(story)  # "held talks the same day", "当天", welcomed at the airport
    if not isinstance(fact, VisitFact) and story.multi_day(art):
        trip = story.last_visit
        if (
            art.published is not None
            and narrative.date == art.published
            and trip is not None
            and trip.date is not None
            and trip.date.precision == DAY
            and trip.date.date == art.published
            and _arrival_told(art, trip)
        ):
            return narrative  # the trip began the day the article came out: no other day is possible
        return narrative.as_month()  # talks "during the four-day visit": only the month is known
    return narrative


def _arrival_told(art: Article, trip: VisitFact) -> bool:
    """Whether the trip's sentence tells an arrival, not a departure ("마치고 6일 귀국길에 올랐다")."""
    if not 0 <= trip.sentence < len(art.sentences):
        return False
    sent = art.sentences[trip.sentence]
    return bool(art.find.search(cues.ARRIVAL, sent.start, sent.end)) and not art.find.search(
        cues.DEPARTURE, sent.start, sent.end
    )


_THEN = compile_fast(
    r"\bat the time\b|\bat that time\b|\bsaat itu\b|\ben ese momento\b|\bentonces\b|\bà l['’]époque\b|\bdamals\b"
    r"|\bтогда\b|당시|当时|當時|当時|その際",
    re.IGNORECASE,
)


def _previous_dates(art: Article, sent: Sent, before: int) -> list[DateMention]:
    """The dates told before ``before`` in the sentence ("要追溯到1988年9月，当时 …", "goes back to
    September 1988; at that time …"), else those of the nearest earlier sentence that has any,
    recalled ones included."""
    own = [d for d in sent.all_dates if d.end <= before and d not in art.report_dates.get(sent.idx, [])]
    if own:
        return own
    for s in reversed(art.sentences[: sent.idx]):
        dates = [d for d in s.all_dates if d not in art.report_dates.get(s.idx, [])]
        if dates:
            return dates
    return []


def _report_anchor(art: Article, sent: Sent, story: Story) -> DateMention | None:
    """The day "the day before" counts from: the story's date, or in a sentence that reports what
    an agency said "that day" ("중앙통신은 이날 … 전날 평양에 도착했다며 … 보도했다"), the report's date."""
    reports = art.report_dates.get(sent.idx, [])
    if reports:
        return reports[-1]
    if art.find.search(cues.SAME_DAY, sent.start, sent.end) and cues.REPORTING.search(art.text, sent.start, sent.end):
        earlier = [
            d for i in sorted(art.report_dates) if i < sent.idx for d in art.report_dates[i] if d.precision == DAY
        ]
        if earlier:
            return earlier[-1]
    return story.date


# "he later signed …": later the same day (not "later this year", "later in the week")
# A sentence opening on another event it follows ("After the parade, …", "После парада …",
# "Nach der Parade …"), not on the arrival that dates the story ("After arriving, …").
_AFTER_ANOTHER_EVENT = compile_fast(
    rf"\s*{cues.AFTER_OPENING}\s+(?!(?:his |her |their |su |son |sa |seiner |ihrer )?(?:arriv|llegada|llegar|"
    r"l['’]arrivée|Ankunft|tiba|kedatangan|прибыти|прилет|приезд|landing|touching down))"
    # ("After this meeting, the two signed …": the event just told, whose day it shares)
    r"(?!(?:this|that|these|those|cette|cet|ce|ces|esta|este|estos|estas|diese[mnrs]?|эт\w+|itu|ini)\b)"
    r"(?!(?:the |la |le |l['’]|el |der |dem |den |las |los |les )?(?:talks|meeting|summit|rencontre|entretien|"
    r"reuni[oó]n|encuentro|conversaciones|Treffen|Gespräch\w*|встреч\w*|переговор\w*|pertemuan|pembicaraan)\b)",
    re.IGNORECASE,
)
_LATER = compile_fast(r"\blater\b(?!\s+(?:this|that|in|on|next|the|than|years?|months?|weeks?))", re.IGNORECASE)


def _after(d: DateMention, published: dt.date) -> bool:
    """Whether the date lies after the publication date at the precision it has."""
    if d.precision == YEAR:
        return d.date.year > published.year
    if d.precision == MONTH:
        return (d.date.year, d.date.month) > (published.year, published.month)
    return d.date > published + dt.timedelta(days=1)


def fill_undated(art: Article, events: Events) -> None:
    """Date what is still undated: the lede of a dated dispatch, or an article that gives no date
    of its own, reports the dispatch's day ("СЕУЛ, 2 сентября. /ТАСС/. … прибыл в Пекин"); the lede
    of an article with no date of the month before it reports the publication day; anything else
    happened in the month of publication. Recalled events and plans stay undated."""
    if art.published is None:
        return
    month = DateMention(0, 0, art.published.replace(day=1), MONTH, "", True)
    dated_body = any(s.dates for s in art.sentences)
    # a lede that no date of the weeks before its article accompanies is that day's news ("X has
    # arrived in Pyongyang", "X ist in Pjöngjang eingetroffen"); a report's own day counts as such a
    # date ("media said on Tuesday that X had met Y" is no news of the publication day)
    told = [d for s in art.sentences for d in s.dates] + [d for ds in art.report_dates.values() for d in ds]
    today = art.dateline_date or (None if any(_recent(d, art.published) for d in told) else _day_of(art.published))
    for fact in events.all():
        if fact.date is not None or getattr(fact, "background", False) or _is_trade(fact):
            continue
        if (isinstance(fact, VisitFact) and fact.status == "planned") or (
            isinstance(fact, MeetingFact) and fact.planned
        ):
            continue
        trip = _trip_welcomed(events, fact)
        if trip is not None:
            fact.date, fact.place = trip.date, fact.place or trip.destination
            continue
        lede = today is not None and (
            (fact.sentence <= 1 and not _told_at_another_time(art, fact.sentence))
            or (art.dateline_date is not None and not dated_body)
        )
        fact.date = today if lede else _under_way(art, fact) or month


def _trip_welcomed(events: Events, fact) -> VisitFact | None:
    """The trip a welcome greeted ("Kim was at the airport to greet Xi. … Xi left Beijing on
    Thursday for Pyongyang"), told with its day: a visitor is welcomed where and the day they arrive."""
    if not isinstance(fact, MeetingFact) or fact.kind != "welcome":
        return None
    for v in events.visits:
        if (
            v.visitor in fact.participants
            and v.status == "reported"
            and not v.background
            and v.date is not None
            and v.date.precision == DAY
        ):
            return v
    return None


# Talks told as beginning or going on, in the lede: "Xi and Kim began talks in Beijing", "начали
# встречу", "iniciaron conversaciones", "ont entamé des entretiens", "haben Gespräche begonnen",
# "sedang bertemu", "회담을 시작했다", "开始会谈", "会談を始めた": the news of the publication day.
_UNDER_WAY = compile_fast(
    r"\b(?:began|begun|have begun|started|are holding|are meeting|начали|начались|проходят|comenzaron|iniciaron|"
    r"empezaron|están reunidos|ont entamé|ont commencé|ont débuté|begannen|haben begonnen|sedang bertemu|"
    r"sedang berunding|memulai)\b|시작했|시작됐|开始|開始|始めた|始まった",
    re.IGNORECASE,
)


# An arrival the lede tells in the present perfect: "X has arrived in Pyongyang", "X ist in
# Pjöngjang angekommen", "X ha llegado a Pekín": just now, the publication day.
_JUST_ARRIVED = compile_fast(
    r"\b(?:has|have) (?:just )?(?:arrived|landed)\b|\b(?:ist|sind)\b[^.;:]{0,80}?\b(?:eingetroffen|angekommen|gelandet)\b"
    r"|\b(?:ha|han) (?:llegado|aterrizado)\b",
    re.IGNORECASE,
)


def _under_way(art: Article, fact) -> DateMention | None:
    """The publication day for talks of the lede told as beginning or going on, and for a trip the
    lede tells as just arrived."""
    if fact.sentence > 1 or not 0 <= fact.sentence < len(art.sentences):
        return None
    cue = _UNDER_WAY if isinstance(fact, MeetingFact) else _JUST_ARRIVED if isinstance(fact, VisitFact) else None
    sent = art.sentences[fact.sentence]
    if cue is None or _told_at_another_time(art, fact.sentence) or not cue.search(art.text, sent.start, sent.end):
        return None
    return _day_of(art.published)


# "that evening", "ce soir-là", "an jenem Abend", "в тот вечер": a time of the story, not of the report
_THAT_TIME = compile_fast(
    r"\bthat (?:evening|night|morning|afternoon)\b|\b(?:ce|cette) (?:soir|jour|nuit|matin)-là\b"
    r"|\b(?:esa|aquella) (?:noche|tarde|mañana)\b|\b(?:ese|aquel) día\b|\ban jenem (?:Abend|Tag|Morgen)\b"
    r"|\bв тот (?:вечер|день)\b|\bв ту ночь\b|\bmalam itu\b|그날|那天|その日",
    re.IGNORECASE,
)


def _told_at_another_time(art: Article, idx: int) -> bool:
    """Whether the sentence sets its events at a time of the story: "that evening", "at the time"."""
    if not 0 <= idx < len(art.sentences):
        return False
    sent = art.sentences[idx]
    return any(rx.search(art.text, sent.start, sent.end) for rx in (_THAT_TIME, _THEN)) or bool(
        art.find.search(cues.SAME_DAY, sent.start, sent.end)
    )


def _recent(d: DateMention, published: dt.date) -> bool:
    """Whether a date falls in the month before the publication, or after it."""
    return d.date >= published - dt.timedelta(days=31) if d.precision == DAY else d.date >= published.replace(day=1)


def _day_of(published: dt.date) -> DateMention:
    return DateMention(0, 0, published, DAY, "", True)


def finish(art: Article, events: Events) -> Events:
    """Turn events dated after their article into plans: a planned visit, a meeting that is not
    one yet, no agreement; and drop meetings left with fewer than two people. A trip announced
    as a range of days that began by the publication day ("will visit from the 2nd to the 4th",
    told on the 3rd) is under way: reported."""
    published = art.published
    if published is not None:
        for v in events.visits:
            if v.date is not None and _after(v.date, published):
                v.status = "planned"
            elif v.status == "planned" and v.date is not None and v.date.ranged and v.date.date <= published:
                v.status = "reported"
        for m in events.meetings:
            if m.date is not None and _after(m.date, published):
                m.planned = True
        events.agreements = [a for a in events.agreements if a.date is None or not _after(a.date, published)]
    events.meetings = [m for m in events.meetings if len(set(m.participants)) >= 2]
    for m in events.meetings:
        if m.date is not None and m.date.ranged:
            m.date = m.date.as_month()  # talks dated only by a trip's range ("7일부터 8일까지"): some day of it
    return events


def _is_trade(fact) -> bool:
    return not isinstance(fact, (MeetingFact, VisitFact, AgreementFact))

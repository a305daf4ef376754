"""One fact per thing the article reports: repeats of one meeting, visit, agreement or trade item
are merged, keeping the most precise date and place and the first evidence sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..dates import DAY, DateMention
from .facts import AgreementFact, Events, MeetingFact, TradeFact, VisitFact


def compatible(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None:
        return True
    x, y = a.iso(), b.iso()
    return x.startswith(y) or y.startswith(x)


def finer(a: DateMention | None, b: DateMention | None) -> DateMention | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a.iso()) >= len(b.iso()) else b


def _specific_place(a: str | None, b: str | None) -> str | None:
    """Prefer a city or venue over a country."""
    if a is None:
        return b
    if b is None:
        return a
    return b if a.startswith("country:") and not b.startswith("country:") else a


def _is_day(d: DateMention | None) -> bool:
    return d is not None and d.precision == DAY


def _same_trip(a: VisitFact, b: VisitFact, country_of: Callable[[str], str]) -> bool:
    """Two visit mentions describe one trip: the same traveller and status, destinations in one
    country, and dates no more than a month apart."""
    if a.visitor != b.visitor or a.status != b.status:
        return False
    if a.destination and b.destination and country_of(a.destination) != country_of(b.destination):
        return False
    if _is_day(a.date) and _is_day(b.date):
        return abs((a.date.date - b.date.date).days) <= 31
    return compatible(a.date, b.date)


def _states_only(keys) -> bool:
    return all(k.startswith("country:") for k in keys)


def _same_signing(a: AgreementFact, b: AgreementFact, country_of) -> bool:
    """The same signatories, or some of them ("Li signed" and "Li and Pak signed"), or "China and
    North Korea signed …" and the people of those states who signed for them."""
    sa, sb = set(a.signatories), set(b.signatories)
    if sa <= sb or sb <= sa:
        return True
    for states, people in ((a, b), (b, a)):
        if _states_only(states.signatories) and not _states_only(people.signatories):
            codes = {k.removeprefix("country:") for k in states.signatories}
            countries = {country_of(k) for k in people.signatories}
            if countries == codes and len(people.signatories) >= 2:
                return True
            # "China and the DPRK signed an agreement on …" then "Rim signed it for the DPRK": one
            # signing, unless the two name different subjects
            if countries <= codes and (not people.topics or set(people.topics) & set(states.topics)):
                return True
    return False


def _meetings(items: list[MeetingFact]) -> list[MeetingFact]:
    out: list[MeetingFact] = []
    for m in items:
        same = next((o for o in out if set(o.participants) == set(m.participants) and compatible(o.date, m.date)), None)
        if same is None:
            out.append(m)
            continue
        same.date = finer(same.date, m.date)
        same.place = _specific_place(same.place, m.place)
        same.planned = same.planned and m.planned
        same.background = same.background and m.background
    return out


def _visits(items: list[VisitFact], country_of) -> list[VisitFact]:
    out: list[VisitFact] = []
    for v in items:
        same = next((o for o in out if _same_trip(o, v, country_of)), None)
        if same is None:
            out.append(v)
            continue
        # A city told without the day of a country's arrival is a later stop ("arrived on Friday at the
        # border …, then went on to Yangzhou"): the trip stays the country's, on that day.
        dated = [f for f in (same, v) if _is_day(f.date)]
        keep_country = len(dated) == 1 and (dated[0].destination or "").startswith("country:")
        # The arrival is the visit's date; later days of the same trip make its end date.
        if _is_day(same.date) and _is_day(v.date):
            days = sorted([same.date, v.date, *([same.end_date] if same.end_date else [])], key=lambda d: d.date)
            same.date, same.end_date = days[0], (days[-1] if days[-1].date != days[0].date else None)
        else:
            same.date = finer(same.date, v.date)
        if v.destination and same.destination and v.destination != same.destination:
            if not keep_country:
                same.destination = v.destination if same.destination.startswith("country:") else same.destination
        else:
            same.destination = same.destination or v.destination
        same.background = same.background and v.background
    return out


def _agreements(items: list[AgreementFact], country_of) -> list[AgreementFact]:
    """Merge reports of one signing until none is left to merge: "China and the DPRK signed …",
    then "attending were Ku and Ri", then "Ri, Ku and Li signed" is one agreement of Ri, Ku and Li."""
    merged = _merge_agreements(items, country_of)
    while len(merged) < len(items):
        items, merged = merged, _merge_agreements(merged, country_of)
    return merged


def _merge_agreements(items: list[AgreementFact], country_of) -> list[AgreementFact]:
    out: list[AgreementFact] = []
    for a in items:
        same = next((o for o in out if _same_signing(o, a, country_of) and compatible(o.date, a.date)), None)
        if same is None:
            out.append(a)
            continue
        if (_states_only(same.signatories) and not _states_only(a.signatories)) or (
            a.rule != "witnessed" and (same.rule == "witnessed" or set(same.signatories) < set(a.signatories))
        ):
            same.signatories = a.signatories  # the people who signed, not only some or the witnesses
            same.rule = a.rule
        same.date = finer(same.date, a.date)
        same.place = _specific_place(same.place, a.place)
        same.topics = same.topics or a.topics
        if a.topics and (
            not same.title
            or same.title in {"Agreement", "Treaty", "Protocol"}
            or same.title.startswith("Agreement between")
        ):
            same.title = a.title
    return out


def _trade(items: list[TradeFact]) -> list[TradeFact]:
    out: list[TradeFact] = []
    for t in items:
        same = next((o for o in out if (o.hs_code, o.exporter, o.status) == (t.hs_code, t.exporter, t.status)), None)
        if same is None:
            out.append(t)
            continue
        same.importer = same.importer or t.importer
        same.value_usd = same.value_usd if same.value_usd is not None else t.value_usd
        if same.quantity is None:
            same.quantity, same.unit = t.quantity, t.unit
        same.sanction = same.sanction or t.sanction
    return out


def _done_plans(visits: list[VisitFact], country_of, published: dt.date | None = None) -> list[VisitFact]:
    """A trip the article reports as made is no longer only expected: "there's speculation that
    Ri may call on Xi during his Beijing stay" after "Ri arrived in Beijing" adds no planned trip.
    A plan for a day after the article ("will visit China on 27-30 September", published on the
    25th) is a trip still to come, whatever trip of earlier that month the article reports."""
    reported = [v for v in visits if v.status == "reported" and not v.background]
    return [
        v
        for v in visits
        if v.status != "planned"
        or (published is not None and _is_day(v.date) and v.date.date > published)
        or not any(
            r.visitor == v.visitor
            and (not r.destination or not v.destination or country_of(r.destination) == country_of(v.destination))
            and (
                v.date is None
                or r.date is None
                or compatible(r.date, v.date)
                or abs((r.date.date - v.date.date).days) <= 31
            )
            for r in reported
        )
    ]


def consolidate(
    events: Events, country_of: Callable[[str], str] = lambda key: "", published: dt.date | None = None
) -> Events:
    return Events(
        _meetings(events.meetings),
        _done_plans(_visits(events.visits, country_of), country_of, published),
        _agreements(events.agreements, country_of),
        _trade(events.trade_items),
    )

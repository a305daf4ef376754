"""An Atom feed of new events with the timeline's filters (for alert subscriptions), and an
events export in the GDELT style with CAMEO event codes."""

from __future__ import annotations

import csv
import io

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils.feedgenerator import Atom1Feed

from tracker.fact_kinds import KINDS
from tracker.forms import TimelineFilterForm
from tracker.selectors import TimelineFilters, timeline_page

# CAMEO codes (tracker.fact_kinds): 040 consult, 042 make a visit, 057 sign formal agreement.
QUAD_CLASS = {"04": 1, "05": 1}  # verbal cooperation
ISO3 = {
    "CN": "CHN",
    "KP": "PRK",
    "KR": "KOR",
    "RU": "RUS",
    "US": "USA",
    "JP": "JPN",
    "VN": "VNM",
    "LA": "LAO",
    "MN": "MNG",
    "ID": "IDN",
    "SG": "SGP",
    "CU": "CUB",
    "SY": "SYR",
    "IR": "IRN",
    "BY": "BLR",
    "SU": "SUN",
    "UA": "UKR",
    "IN": "IND",
    "MY": "MYS",
    "TH": "THA",
    "KH": "KHM",
    "MM": "MMR",
    "DE": "DEU",
    "FR": "FRA",
    "ES": "ESP",
    "GB": "GBR",
}


def _filters(request) -> TimelineFilters | None:
    form = TimelineFilterForm(request.GET)
    if not form.is_valid():
        return None
    return TimelineFilters(**{k: v for k, v in form.cleaned_data.items() if v})


def _title(row) -> str:
    fact = row.fact
    if row.kind == "meeting":
        return f"Meeting: {' – '.join(p.name for p in fact.participants.all())} ({fact.date_display})"
    if row.kind == "visit":
        return (
            f"Visit: {fact.visitor.name} to {fact.destination.name if fact.destination else '?'} ({fact.date_display})"
        )
    return f"{fact.display_title} ({fact.date_display})"


class EventFeed(Feed):
    feed_type = Atom1Feed
    title = "China–North Korea tracker: new events"
    subtitle = "Meetings, visits and agreements as they are extracted, newest first."
    link = "/"

    def get_object(self, request):
        return _filters(request)

    def __call__(self, request, *args, **kwargs):
        if _filters(request) is None:
            return HttpResponseBadRequest(
                "Invalid filter: see the timeline's filter names (actor, kind, place, date_from, date_to, language, media)."
            )
        return super().__call__(request, *args, **kwargs)

    def items(self, filters):
        rows, _page = timeline_page(filters, 1, per_page=50)
        return sorted(rows, key=lambda r: r.fact.created, reverse=True)

    def item_title(self, row):
        return _title(row)

    def item_description(self, row):
        return " ".join(
            f"“{ev.sentence}” ({ev.article.source.name if ev.article.source else 'article'})" for ev in row.evidence[:3]
        )

    def item_link(self, row):
        return row.fact.get_absolute_url()

    def item_guid(self, row):
        return f"{row.kind}-{row.fact.pk}"

    def item_pubdate(self, row):
        return row.fact.created

    def item_updateddate(self, row):
        return row.fact.created


CAMEO_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "DatePrecision",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Name",
    "Actor2CountryCode",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "SOURCEURL",
]


def _cameo_rows(row):
    """One event's GDELT-style rows: one per pair of actors."""
    fact, (code, root) = row.fact, KINDS[row.kind].cameo
    if row.kind == "meeting":
        people = list(fact.participants.all())
        pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]]
        place = fact.place
    elif row.kind == "visit":
        pairs, place = [(fact.visitor, None)], fact.destination
    else:
        people = list(fact.signatories.all())
        pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]] or [(p, None) for p in people]
        place = fact.place
    urls = [ev.article.url for ev in row.evidence if ev.article.url]
    for a, b in pairs:
        yield (
            [
                f"{row.kind}-{fact.pk}",
                fact.date.strftime("%Y%m%d") if fact.date else "",
                fact.date_precision,
                a.name,
                ISO3.get(a.country, a.country),
                b.name if b else (place.name if place else ""),
                ISO3.get(b.country, b.country) if b else ISO3.get(place.country, "") if place else "",
                code,
                root,
                QUAD_CLASS[root],
                len({ev.article.source_id for ev in row.evidence}),
                len(row.evidence),
                place.name if place else "",
                place.latitude if place else "",
                place.longitude if place else "",
                urls[0] if urls else "",
            ]
        )


def cameo_export(request):
    """Events as GDELT-style rows: one row per pair of actors, CAMEO code, ISO3 country codes."""
    filters = _filters(request)
    if filters is None:
        return HttpResponseBadRequest("Invalid filter.")

    def generate():
        # streamed page by page, as every other export: memory stays flat however many events
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CAMEO_COLUMNS)
        page = 1
        while True:
            rows, page_obj = timeline_page(filters, page, per_page=500)
            for row in rows:
                for record in _cameo_rows(row):
                    writer.writerow(record)
            yield out.getvalue()
            out.seek(0)
            out.truncate()
            if not page_obj.has_next():
                break
            page += 1

    response = StreamingHttpResponse(generate(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="events-cameo.csv"'
    return response

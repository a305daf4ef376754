"""The timeline: events filtered, ordered newest first, paged or streamed, with their reports."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear

from articles.models import Evidence
from tracker.fact_kinds import EVENT_KINDS, KINDS
from tracker.models import Actor, Meeting, Place, ReviewState

from .cache import cached, data_version

_EVIDENCE = Prefetch(
    "evidence",
    queryset=Evidence.objects.select_related("article__source")
    .defer("article__text", "article__raw_html", "article__minhash")  # kilobytes per row, never shown here
    .order_by("article__published", "article_id"),
)


@dataclass
class TimelineFilters:
    actor: Actor | None = None
    kind: str = ""
    place: Place | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    language: str = ""
    media: str = ""  # "state" or "independent"
    reviewed: bool = False  # only facts an editor confirmed or corrected

    def apply(self, qs, kind: str):
        if self.reviewed:
            qs = qs.filter(review_state__in=[ReviewState.CONFIRMED, ReviewState.EDITED])
        if self.actor is not None:
            qs = qs.filter(
                {
                    "meeting": Q(participants=self.actor),
                    "visit": Q(visitor=self.actor),
                    "agreement": Q(signatories=self.actor),
                }[kind]
            )
        if self.place is not None:
            field_name = "destination" if kind == "visit" else "place"
            qs = qs.filter(Q(**{field_name: self.place}) | Q(**{f"{field_name}__parent": self.place}))
        if self.date_from:
            qs = qs.filter(date__gte=self.date_from)
        if self.date_to:
            qs = qs.filter(date__lte=self.date_to)
        if self.language:
            qs = qs.filter(evidence__article__language=self.language)
        if self.media == "state":
            qs = qs.filter(evidence__article__source__state_media=True)
        elif self.media == "independent":
            qs = qs.filter(evidence__article__source__state_media=False)
        return qs.distinct() if (self.actor or self.language or self.media) else qs

    def key(self) -> tuple:
        return (
            self.actor.pk if self.actor else None,
            self.kind,
            self.place.pk if self.place else None,
            self.date_from,
            self.date_to,
            self.language,
            self.media,
            self.reviewed,
        )


@dataclass(frozen=True)
class Reports:
    """How a fact was reported, read from its evidence rows (with their articles loaded): the
    articles, their outlets, the independent stories among them (syndicated copies of one wire
    report count once), the earliest publication date and when the tracker first saw one."""

    articles: int
    outlets: int
    independent: int
    first_reported: dt.date | None
    first_seen: dt.datetime | None

    @classmethod
    def of(cls, evidence) -> Reports:
        articles = {ev.article_id: ev.article for ev in evidence}.values()
        return cls(
            articles=len(articles),
            outlets=len({a.source_id or f"a{a.pk}" for a in articles}),
            independent=_independent(articles),
            first_reported=min((a.published for a in articles if a.published), default=None),
            first_seen=min((a.first_seen for a in articles), default=None),
        )


def _independent(articles) -> int:
    """Outlets that reported on their own: of each story (syndicated copies of one report), only
    the outlet that published it first counts, and an outlet counts once however many of its own
    stories it ran. Never more than the outlets."""
    first_of_story: dict = {}
    for a in sorted(articles, key=lambda a: (a.published or dt.date.max, a.pk)):
        first_of_story.setdefault(a.story_id or f"a{a.pk}", a)
    return len({a.source_id or f"a{a.pk}" for a in first_of_story.values()})


@dataclass
class EventRow:
    kind: str
    fact: object
    evidence: list = field(default_factory=list)

    @property
    def date(self):
        return self.fact.date

    @property
    def month(self) -> str:
        return f"{self.fact.date:%B %Y}" if self.fact.date else "Date unknown"

    @property
    def outlets(self) -> int:
        return Reports.of(self.evidence).outlets


def _prefetched(kind: str, ids):
    kind = KINDS[kind]
    return {obj.pk: obj for obj in kind.display(kind.model.objects.filter(pk__in=ids), evidence=_EVIDENCE)}


_NEWEST_FIRST = (F("date").desc(nulls_last=True), F("pk").desc())


class _NewestFirst:
    """The events of several kinds, newest first (undated last), as one sequence a Paginator can
    cut: its length is the sum of the kinds' (cached) counts, and a slice reads only as many keys
    of each kind as the slice ends at, down an index on (date, id), never every event."""

    def __init__(self, querysets: dict, counts: dict[str, int]):
        self.querysets, self.counts = querysets, counts

    def count(self) -> int:
        return sum(self.counts.values())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, part: slice) -> list[tuple]:
        keys = []
        for kind, qs in self.querysets.items():
            rows = qs.order_by(*_NEWEST_FIRST).values_list("pk", "date")[: part.stop]
            keys += [(kind, d, pk) for pk, d in rows]
        keys.sort(key=lambda k: (k[1] is not None, k[1] or dt.date.min, k[2]), reverse=True)
        return keys[part]


def timeline_page(filters: TimelineFilters, page: int = 1, per_page: int = 50, version: str | None = None):
    """One page of events, newest first, and the Paginator page for its links.

    The page's keys (kind, date, pk) are the first of each kind down the (date, id) index; the
    counts behind the page links are cached aggregates; only the page's facts are loaded, with
    their evidence."""
    kinds = [filters.kind] if filters.kind in EVENT_KINDS else list(EVENT_KINDS)
    querysets = {kind: filters.apply(KINDS[kind].model.objects.all(), kind) for kind in kinds}
    version = version or data_version()
    counts = {kind: cached("timeline-count", version, qs.count, kind, filters.key()) for kind, qs in querysets.items()}
    paginator = Paginator(_NewestFirst(querysets, counts), per_page)
    page_obj = paginator.get_page(page)
    wanted: dict[str, list[int]] = defaultdict(list)
    for kind, _d, pk in page_obj.object_list:
        wanted[kind].append(pk)
    loaded = {kind: _prefetched(kind, wanted.get(kind, [])) for kind in EVENT_KINDS}
    rows = [
        EventRow(kind, loaded[kind][pk], list(loaded[kind][pk].evidence.all())) for kind, _d, pk in page_obj.object_list
    ]
    return rows, page_obj


_KIND_RANK = {kind: i for i, kind in enumerate(EVENT_KINDS)}


def _event_key(kind: str, date, pk: int) -> tuple:
    """The events' total order, newest first when sorted in reverse: dated before undated, then
    date, id, and kind (ids repeat across kinds)."""
    return (date is not None, date or dt.date.min, pk, -_KIND_RANK[kind])


def timeline_after(filters: TimelineFilters, after: tuple | None, size: int) -> tuple[list[EventRow], tuple | None]:
    """Keyset pagination of the timeline for the API: the ``size`` events that follow the event
    whose key is ``after`` (None: from the newest), and the key to continue from (None at the end).
    Stable however events are added: a cursor never repeats or skips what it has passed."""
    kinds = [filters.kind] if filters.kind in EVENT_KINDS else list(EVENT_KINDS)
    keys = []
    for kind in kinds:
        qs = filters.apply(KINDS[kind].model.objects.all(), kind)
        if after is not None:
            has_date, date, pk, neg_rank = after
            # "after" in the reversed order: smaller keys; for this kind, the tie on id goes by rank
            same_id = Q(pk__lte=pk) if -_KIND_RANK[kind] < neg_rank else Q(pk__lt=pk)
            if has_date:
                qs = qs.filter(Q(date__lt=date) | Q(date=date) & same_id | Q(date__isnull=True))
            else:
                qs = qs.filter(Q(date__isnull=True) & same_id)
        keys += [(kind, d, pk) for pk, d in qs.order_by(*_NEWEST_FIRST).values_list("pk", "date")[: size + 1]]
    keys.sort(key=lambda k: _event_key(*k), reverse=True)
    more, keys = len(keys) > size, keys[:size]
    wanted: dict[str, list[int]] = defaultdict(list)
    for kind, _d, pk in keys:
        wanted[kind].append(pk)
    loaded = {kind: _prefetched(kind, wanted.get(kind, [])) for kind in EVENT_KINDS}
    rows = [EventRow(kind, loaded[kind][pk], list(loaded[kind][pk].evidence.all())) for kind, _d, pk in keys]
    return rows, (_event_key(*keys[-1]) if more and keys else None)


def contacts_per_year(filters: TimelineFilters, version: str | None = None) -> list[dict]:
    """Meetings and visits per year (for the chart): [{"year": 2018, "meetings": 5, "visits": 4}, …].
    A cached aggregate."""
    return cached("contacts-per-year", version or data_version(), lambda: _contacts_per_year(filters), filters.key())


def _contacts_per_year(filters: TimelineFilters) -> list[dict]:
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"meetings": 0, "visits": 0, "agreements": 0})
    for kind in EVENT_KINDS:
        if filters.kind and filters.kind != kind:
            continue
        qs = filters.apply(KINDS[kind].model.objects.exclude(date=None), kind)
        for row in qs.annotate(year=ExtractYear("date")).values("year").annotate(n=Count("pk", distinct=True)):
            counts[row["year"]][KINDS[kind].plural] += row["n"]
    if not counts:
        return []
    # Every year between the first and the last, so that quiet years show as quiet.
    return [
        {"year": y, **counts.get(y, {"meetings": 0, "visits": 0, "agreements": 0})}
        for y in range(min(counts), max(counts) + 1)
    ]


def _short_label(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def timeline_items(rows: list[EventRow]) -> list[dict]:
    """The vis-timeline items for the rows given (plain data for json_script): a short label that
    fits, the whole one as its title."""
    items = []
    for row in rows:
        if row.fact.date is None:
            continue
        if row.kind == "meeting":
            label = " – ".join(a.name for a in row.fact.participants.all())
        elif row.kind == "visit":
            label = f"{row.fact.visitor.name} → {row.fact.destination.name if row.fact.destination else '?'}"
        else:
            label = row.fact.display_title
        items.append(
            {
                "id": f"{row.kind}-{row.fact.pk}",
                "content": _short_label(label),
                "title": f"{label} ({row.fact.date_display})",
                "start": row.fact.date.isoformat(),
                "group": row.kind,
                "url": row.fact.get_absolute_url(),
                "className": row.kind,
            }
        )
    return items


def widget_items(filters: TimelineFilters, version: str | None = None, limit: int = 1500) -> list[dict]:
    """The timeline widget's items: every event the filters match (the newest ``limit``), not only
    the page listed below it, so that its first window covers the filtered data. Cached."""

    def compute():
        rows = []
        kinds = [filters.kind] if filters.kind in EVENT_KINDS else list(EVENT_KINDS)
        for kind in kinds:
            qs = filters.apply(KINDS[kind].model.objects.filter(date__isnull=False), kind).order_by("-date", "-pk")
            qs = KINDS[kind].display(qs)
            rows += [EventRow(kind, fact) for fact in qs[:limit]]
        rows.sort(key=lambda r: r.fact.date, reverse=True)
        return timeline_items(rows[:limit])

    return cached("widget-items", version or data_version(), compute, filters.key())


def fact_detail(kind: str, pk: int):
    return KINDS[kind].display(evidence=_EVIDENCE, parents=True).get(pk=pk)


def meeting_context(meeting: Meeting) -> str:
    """A line that is true of the data: the previous meeting between the same people."""
    people = [p.pk for p in meeting.participants.all()]
    if meeting.date is None or len(people) < 2:
        return ""
    with_all = Meeting.objects.filter(date__lt=meeting.date).exclude(pk=meeting.pk)
    for pk in people:
        with_all = with_all.filter(participants=pk)
    # Exactly these people: count participants in a query of its own (a count after the
    # filters above would only see the joined rows).
    qs = Meeting.objects.filter(pk__in=with_all.values("pk")).annotate(n=Count("participants")).filter(n=len(people))
    previous = qs.order_by("-date").values_list("date", "date_precision").first()
    names = " and ".join(p.name for p in meeting.participants.all())
    if previous is None:
        return f"The first meeting between {names} in this record."
    when = previous[0].strftime("%Y" if previous[1] == "year" else "%B %Y")
    return f"First meeting between {names} since {when}."

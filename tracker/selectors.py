"""Reads for the pages: each function fetches everything its template shows, in a fixed number
of queries whatever the size of the data (pinned by tests)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from articles.models import Article, ArticleStatus, ArticleVersion, Evidence, Mention

from .models import Actor, ActorAlias, ActorKind, Agreement, Commodity, Meeting, Place, ReviewState, TradeItem, Visit

EVENT_KINDS = ("meeting", "visit", "agreement")
_MODELS = {"meeting": Meeting, "visit": Visit, "agreement": Agreement}

_EVIDENCE = Prefetch(
    "evidence",
    queryset=Evidence.objects.select_related("article__source")
    .defer("article__text", "article__raw_html", "article__minhash")  # kilobytes per row, never shown here
    .order_by("article__published", "article_id"),
)


# --- cached aggregates -----------------------------------------------------------------------
#
# Counts and charts read every row they count, so they grow with the data; the pages read them
# from a cache keyed by a version of the data that one query of index lookups gives: the newest
# id and change time of articles and facts, the last change to an actor, and the newest DataChange
# row (tracker.signals: places, commodities and outlets edited, articles edited by hand, anything
# deleted). Anything stored, extracted, reviewed, renamed, merged or deleted moves it, so a cached
# figure is never older than the data it counts. AGGREGATE_CACHE_SECONDS bounds the rest: writes
# that bypass the models (queryset.update), and a commit racing a read of the version.

log = logging.getLogger(__name__)

_FACT_TABLES = ("tracker_meeting", "tracker_visit", "tracker_agreement", "tracker_tradeitem")


def data_version() -> str:
    q = connection.ops.quote_name
    parts = [
        "(SELECT MAX(id) FROM articles_article)",
        "(SELECT MAX(status_changed) FROM articles_article)",
        "(SELECT MAX(updated) FROM tracker_actor)",  # renamed or merged actors
        "(SELECT MAX(id) FROM tracker_datachange)",  # places, commodities, outlets edited; deletions
    ]
    for table in _FACT_TABLES:
        parts += [f"(SELECT MAX(id) FROM {q(table)})", f"(SELECT MAX(reviewed_at) FROM {q(table)})"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        return "|".join(str(v) for v in cursor.fetchone())


def cached(name: str, version: str, compute, *key):
    """``compute()``, or what it gave for the same name, key and data version."""
    digest = hashlib.sha1(repr((name, version, key)).encode()).hexdigest()
    try:
        value = cache.get(f"agg:{digest}")
    except Exception as exc:  # noqa: BLE001 - a cache server down (Redis) must not take pages down
        log.warning("Cache unavailable (%s); computing %s without it.", exc, name)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(f"agg:{digest}", value, settings.AGGREGATE_CACHE_SECONDS)
        except Exception as exc:  # noqa: BLE001
            log.warning("Cache unavailable (%s); %s not stored.", exc, name)
    return value


class NameNotFound(ValueError):
    """A name that matches no record, or several; the message says which."""


def find_by_name(kind: str, value: str):
    """The actor or place a user typed: its slug, an old slug of a merged actor, its name or any
    alias in any script ("kim-jong-un", "Kim Jong Un", "김정은", "金正恩"; "Beijing", "北京")."""
    from .models import ActorAlias, ActorRedirect, PlaceAlias
    from .text import normalize_alias

    model, alias_model, field = (Actor, ActorAlias, "actor") if kind == "actor" else (Place, PlaceAlias, "place")
    value = (value or "").strip()
    if not value:
        return None
    found = model.objects.filter(slug=value.lower()).first()
    if found is None and model is Actor:
        redirect = ActorRedirect.objects.filter(old_slug=value.lower()).select_related("actor").first()
        found = redirect.actor if redirect else None
    if found is None:
        key = normalize_alias(value)
        by_alias = alias_model.objects.filter(normalized=key).values_list(f"{field}_id", flat=True)
        matches = list(model.objects.filter(Q(name__iexact=value) | Q(pk__in=by_alias)).distinct()[:6])
        if len(matches) > 1:
            names = ", ".join(f"{m.name} ({m.slug})" for m in matches[:5])
            raise NameNotFound(f"“{value}” names several {field}s: {names}. Choose one.")
        found = matches[0] if matches else None
    if found is None:
        raise NameNotFound(f"No {field} is called “{value}” (by its name, slug or any alias).")
    return found


def name_suggestions(kind: str, limit: int = 300) -> list[str]:
    """Names for the filter fields' suggestions: the most mentioned actors, or every named place."""
    if kind == "actor":
        return list(
            Actor.objects.annotate(n=Count("mentions"))
            .filter(n__gt=0)
            .order_by("-n", "name")
            .values_list("name", flat=True)[:limit]
        )
    return list(Place.objects.order_by("name").values_list("name", flat=True)[:limit])


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
    qs = _MODELS[kind].objects.filter(pk__in=ids).prefetch_related(_EVIDENCE)
    if kind == "meeting":
        qs = qs.select_related("place").prefetch_related("participants")
    elif kind == "visit":
        qs = qs.select_related("visitor", "destination")
    else:
        qs = qs.select_related("place").prefetch_related("signatories")
    return {obj.pk: obj for obj in qs}


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
    querysets = {kind: filters.apply(_MODELS[kind].objects.all(), kind) for kind in kinds}
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
        qs = filters.apply(_MODELS[kind].objects.all(), kind)
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
    for kind, label in (("meeting", "meetings"), ("visit", "visits"), ("agreement", "agreements")):
        if filters.kind and filters.kind != kind:
            continue
        qs = filters.apply(_MODELS[kind].objects.exclude(date=None), kind)
        for row in qs.annotate(year=ExtractYear("date")).values("year").annotate(n=Count("pk", distinct=True)):
            counts[row["year"]][label] += row["n"]
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
            qs = filters.apply(_MODELS[kind].objects.filter(date__isnull=False), kind).order_by("-date", "-pk")
            qs = {
                "meeting": qs.prefetch_related("participants"),
                "visit": qs.select_related("visitor", "destination"),
                "agreement": qs,
            }[kind]
            rows += [EventRow(kind, fact) for fact in qs[:limit]]
        rows.sort(key=lambda r: r.fact.date, reverse=True)
        return timeline_items(rows[:limit])

    return cached("widget-items", version or data_version(), compute, filters.key())


def recent_articles(limit: int = 10) -> list[Article]:
    articles = list(
        Article.objects.select_related("source")
        .defer("text", "raw_html")
        .order_by("-first_seen", "-id")
        .prefetch_related(
            Prefetch(
                "mentions",
                queryset=Mention.objects.filter(actor__isnull=False).select_related("actor").order_by("start"),
                to_attr="actor_mentions",
            )
        )[:limit]
    )
    for article in articles:
        seen = {}
        for m in article.actor_mentions:
            seen.setdefault(m.actor_id, m.actor)
        article.actors_seen = list(seen.values())[:6]
    return articles


def status_counts(version: str | None = None) -> dict[str, int]:
    """Articles per processing status (a cached aggregate)."""

    def count():
        counts = dict(Article.objects.values_list("status").annotate(n=Count("pk")))
        return {s.value: counts.get(s.value, 0) for s in ArticleStatus}

    return cached("status-counts", version or data_version(), count)


def filter_choices(version: str | None = None) -> dict:
    """Options for the timeline filters: the languages of the articles (a cached aggregate)."""

    def languages():
        # order_by(): the model's default ordering would put published and id into the DISTINCT
        return list(
            Article.objects.exclude(language="").order_by("language").values_list("language", flat=True).distinct()
        )

    return {"languages": cached("languages", version or data_version(), languages)}


def article_detail(pk: int) -> Article:
    return (
        Article.objects.select_related("source")
        .prefetch_related(
            Prefetch(
                "mentions", queryset=Mention.objects.select_related("actor", "place", "commodity").order_by("start")
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related(
                    "meeting__place",
                    "visit__visitor",
                    "visit__destination",
                    "agreement",
                    "trade_item__commodity",
                    "version",
                ).prefetch_related("meeting__participants", "agreement__signatories"),
            ),
            Prefetch("versions", queryset=ArticleVersion.objects.defer("raw_html").order_by("number")),
        )
        .get(pk=pk)
    )


def actor_list(q: str = "", country: str = ""):
    qs = Actor.objects.filter(is_candidate=False).exclude(kind=ActorKind.COUNTRY)
    if q:
        alias_ids = ActorAlias.objects.filter(text__icontains=q).values("actor_id")
        qs = qs.filter(Q(name__icontains=q) | Q(pk__in=alias_ids))
    if country:
        qs = qs.filter(country=country.upper())
    return qs.annotate(n_mentions=Count("mentions")).order_by("-n_mentions", "name")


def actor_countries() -> list[str]:
    return list(
        Actor.objects.filter(is_candidate=False)
        .exclude(country="")
        .values_list("country", flat=True)
        .distinct()
        .order_by("country")
    )


ACTOR_LIST = 25  # newest meetings, visits and agreements listed on an actor page; the rest are a link


def actor_detail(slug: str, version: str | None = None) -> dict:
    """An actor's page. The lists are lazy and bounded (the newest ACTOR_LIST of each kind, with
    their totals and a link to the rest); the aggregates over all of the actor's facts (partners,
    the timeline widget, the articles naming them) are computed once per data version. The
    template caches what it renders from them under the same version, so a page seen before costs
    a few queries, for an actor with ten meetings or ten thousand."""
    actor = Actor.objects.get(slug=slug)
    version = version or data_version()
    trade = TradeItem.objects.none()
    if actor.kind == ActorKind.COUNTRY:
        trade = (
            TradeItem.objects.filter(Q(exporter=actor.country) | Q(importer=actor.country))
            .select_related("commodity")
            .order_by("commodity__hs_code")[:200]
        )
    return {
        "actor": actor,
        "version": version,
        "cache_seconds": settings.AGGREGATE_CACHE_SECONDS,
        "meetings": Meeting.objects.filter(participants=actor)
        .select_related("place")
        .prefetch_related("participants")
        .order_by(*_NEWEST_FIRST)[:ACTOR_LIST],
        "visits": Visit.objects.filter(visitor=actor)
        .select_related("destination")
        .order_by(*_NEWEST_FIRST)[:ACTOR_LIST],
        "agreements": Agreement.objects.filter(signatories=actor).order_by(*_NEWEST_FIRST)[:ACTOR_LIST],
        "trade": trade,
        "summary": SimpleLazyObject(lambda: cached("actor-summary", version, lambda: _actor_summary(actor), actor.pk)),
    }


def _actor_summary(actor: Actor) -> dict:
    """What an actor page shows about all of the actor's facts: totals, the twelve people met most
    often (and the graph of them), timeline items for the newest 200 meetings and visits, and the
    20 newest articles naming the actor."""
    totals = {
        "meetings_total": Meeting.objects.filter(participants=actor).exclude(review_state=ReviewState.REJECTED).count(),
        "visits_total": Visit.objects.filter(visitor=actor).exclude(review_state=ReviewState.REJECTED).count(),
        "agreements_total": Agreement.objects.filter(signatories=actor)
        .exclude(review_state=ReviewState.REJECTED)
        .count(),
    }
    through = Meeting.participants.through
    theirs = through.objects.filter(meeting__participants=actor).exclude(meeting__review_state=ReviewState.REJECTED)
    met = (
        theirs.exclude(actor=actor)
        .values("actor")
        .annotate(n=Count("meeting", distinct=True))
        .order_by("-n", "actor")[:12]
    )
    counts = {row["actor"]: row["n"] for row in met}
    people = Actor.objects.in_bulk(list(counts))
    top = [(people[pk], n) for pk, n in counts.items() if pk in people]
    graph = {
        "nodes": [{"id": actor.pk, "label": actor.name, "url": actor.get_absolute_url(), "main": True}]
        + [{"id": p.pk, "label": p.name, "url": p.get_absolute_url(), "value": n} for p, n in top],
        "edges": [
            {"from": actor.pk, "to": p.pk, "value": n, "title": f"{n} meeting{'s' if n != 1 else ''}"} for p, n in top
        ],
    }
    newest = Meeting.objects.filter(participants=actor).exclude(date=None).order_by(*_NEWEST_FIRST)
    dates = dict(newest.values_list("pk", "date")[:200])
    others: dict[int, list[str]] = defaultdict(list)
    for meeting_id, name in (
        through.objects.filter(meeting_id__in=list(dates)).exclude(actor=actor).values_list("meeting_id", "actor__name")
    ):
        others[meeting_id].append(name)
    items = [
        {
            "id": f"meeting-{pk}",
            "content": " – ".join(sorted(others[pk]))[:60] or "meeting",
            "start": day.isoformat(),
            "url": reverse("tracker:meeting", args=[pk]),
            "className": "meeting",
        }
        for pk, day in dates.items()
    ]
    for pk, day, destination in (
        Visit.objects.filter(visitor=actor)
        .exclude(date=None)
        .order_by(*_NEWEST_FIRST)
        .values_list("pk", "date", "destination__name")[:200]
    ):
        items.append(
            {
                "id": f"visit-{pk}",
                "content": f"→ {destination or '?'}",
                "start": day.isoformat(),
                "url": reverse("tracker:visit", args=[pk]),
                "className": "visit",
            }
        )
    articles = list(  # plain values: cached, so unpickled on every view
        Article.objects.filter(mentions__actor=actor)
        .annotate(n=Count("mentions"), outlet=F("source__name"))
        .order_by(F("published").desc(nulls_last=True), "-id")
        .values("pk", "title", "outlet", "published", "language", "n")[:20]
    )
    return {**totals, "partners": top, "graph": graph, "items": items, "articles": articles}


def fact_detail(kind: str, pk: int):
    qs = _MODELS[kind].objects.prefetch_related(_EVIDENCE)
    if kind == "meeting":
        qs = qs.select_related("place__parent").prefetch_related("participants")
    elif kind == "visit":
        qs = qs.select_related("visitor", "destination__parent")
    else:
        qs = qs.select_related("place__parent").prefetch_related("signatories")
    return qs.get(pk=pk)


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


def trade_overview():
    """Commodities by HS heading and direction with report counts and the latest reported value,
    and the reported goods per year of the period the report refers to (not the year it was
    published), by direction."""
    from django.db.models import Max

    rows = list(
        TradeItem.objects.exclude(review_state=ReviewState.REJECTED)
        .values("commodity__pk", "commodity__name", "commodity__hs_code", "exporter", "importer", "status")
        .annotate(n=Count("evidence", distinct=True), valued=Count("value"), latest=Max("date"))
        .order_by("commodity__hs_code", "exporter", "status")
    )
    for row in rows:
        row["hs4"] = (row["commodity__hs_code"] or "")[:4]
    per_year: dict[int, Counter] = defaultdict(Counter)
    undated = 0
    for year, exporter, n in (
        TradeItem.objects.exclude(review_state=ReviewState.REJECTED)
        .annotate(year=ExtractYear("date"))
        .values_list("year", "exporter")
        .annotate(n=Count("pk"))
    ):
        if year:
            per_year[year][exporter] += n
        else:
            undated += n
    chart = [{"year": y, "cn_to_kp": c.get("CN", 0), "kp_to_cn": c.get("KP", 0)} for y, c in sorted(per_year.items())]
    return rows, chart, undated


def trade_heading(hs4: str) -> dict:
    """One HS heading's page: every figure reported for its goods (value, quantity, the period it
    refers to, direction, status), each with its evidence, oldest period first; and the series of
    reported values by direction for the chart."""
    items = list(
        TradeItem.objects.filter(commodity__hs_code__startswith=hs4)
        .exclude(review_state=ReviewState.REJECTED)
        .select_related("commodity")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.select_related("article__source")))
        .order_by(F("date").asc(nulls_last=True), "pk")
    )
    commodities = sorted({i.commodity for i in items}, key=lambda c: c.hs_code) or list(
        Commodity.objects.filter(hs_code__startswith=hs4).order_by("hs_code")
    )
    series = [
        {
            "period": i.date.isoformat()[: {"year": 4, "month": 7}.get(i.date_precision, 10)],
            "direction": f"{i.exporter or '?'}→{i.importer or '?'}",
            "value": float(i.value),
            "label": i.commodity.name,
        }
        for i in items
        if i.value is not None and i.date is not None
    ]
    return {"hs4": hs4, "items": items, "commodities": commodities, "series": series}


def commodity_evidence(commodity_pk: int):
    return list(
        Evidence.objects.filter(trade_item__commodity_id=commodity_pk)
        .select_related("article__source", "trade_item")
        .order_by(F("article__published").desc(nulls_last=True))[:100]
    )


def search(q: str, limit: int = 50):
    """Articles (full text; PostgreSQL's search where available) and actors/places by any name."""
    q = q.strip()
    if not q:
        return [], [], []
    alias_actor_ids = ActorAlias.objects.filter(text__icontains=q).values("actor_id")
    actors = list(
        Actor.objects.filter(Q(name__icontains=q) | Q(pk__in=alias_actor_ids)).exclude(kind=ActorKind.COUNTRY)[:limit]
    )
    places = list(Place.objects.filter(Q(name__icontains=q) | Q(aliases__text__icontains=q)).distinct()[:limit])
    articles_qs = Article.objects.select_related("source").defer("raw_html")
    actor_ids = [a.pk for a in actors]
    place_ids = [p.pk for p in places]
    # a name in any script finds the articles that name its record in any script ("Pyongyang" =
    # "평양" = "平壤"), through the mentions extraction stored
    name_hit = Q(pk__in=[])
    if actor_ids:
        name_hit |= Q(mentions__actor_id__in=actor_ids)
    if place_ids:
        name_hit |= Q(mentions__place_id__in=place_ids)
    if connection.vendor == "postgresql" and q.isascii():
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector("title", weight="A", config="simple") + SearchVector("text", weight="B", config="simple")
        articles_qs = articles_qs.annotate(sv=vector).filter(
            Q(sv=SearchQuery(q, config="simple", search_type="websearch")) | Q(title__icontains=q) | name_hit
        )
    else:
        articles_qs = articles_qs.filter(Q(text__icontains=q) | Q(title__icontains=q) | name_hit)
    articles = list(articles_qs.distinct().order_by(F("published").desc(nulls_last=True), "-id")[:limit])
    _attach_snippets(articles, q, actor_ids, place_ids)
    return articles, actors, places


def _attach_snippets(articles, q: str, actor_ids, place_ids, width: int = 90) -> None:
    """Each article's ``snippet``: the text around its first hit, the hit in <mark> (the query's
    words, or a name of a matched record in whatever script the article uses); escaped."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    spans: dict[int, tuple[int, int]] = {}
    if actor_ids or place_ids:
        rows = (
            Mention.objects.filter(article__in=[a.pk for a in articles])
            .filter(Q(actor_id__in=actor_ids) | Q(place_id__in=place_ids))
            .order_by("article_id", "start")
            .values_list("article_id", "start", "end")
        )
        for article_id, start, end in rows:
            spans.setdefault(article_id, (start, end))
    needle = q.casefold()
    for a in articles:
        text = a.text
        folded = text.casefold()
        at = folded.find(needle) if needle and len(folded) == len(text) else -1  # offsets kept
        hit = (at, at + len(q)) if at >= 0 else spans.get(a.pk)
        if hit is None:
            a.snippet = escape(text[: 2 * width]) + ("…" if len(text) > 2 * width else "")
            continue
        lo, hi = max(0, hit[0] - width), min(len(text), hit[1] + width)
        a.snippet = mark_safe(
            ("…" if lo else "")
            + escape(text[lo : hit[0]])
            + "<mark>"
            + escape(text[hit[0] : hit[1]])
            + "</mark>"
            + escape(text[hit[1] : hi])
            + ("…" if hi < len(text) else "")
        )


def place_detail(slug: str) -> dict:
    """A place's page: its meetings, visits and agreements (its venues' included), newest first,
    and the articles that name it, most recent first."""
    place = Place.objects.select_related("parent").get(slug=slug)
    here = Q(place=place) | Q(place__parent=place)
    meetings = Meeting.objects.filter(here).exclude(review_state=ReviewState.REJECTED).prefetch_related("participants")
    visits = (
        Visit.objects.filter(Q(destination=place) | Q(destination__parent=place))
        .exclude(review_state=ReviewState.REJECTED)
        .select_related("visitor", "destination")
    )
    agreements = (
        Agreement.objects.filter(here).exclude(review_state=ReviewState.REJECTED).prefetch_related("signatories")
    )
    articles = (
        Article.objects.filter(mentions__place=place)
        .annotate(n=Count("mentions"))
        .select_related("source")
        .order_by("-published", "-pk")[:20]
    )
    return {
        "place": place,
        "venues": list(place.children.order_by("name")),
        "meetings": list(meetings.order_by("-date", "-pk")[:100]),
        "visits": list(visits.order_by("-date", "-pk")[:100]),
        "agreements": list(agreements.order_by("-date", "-pk")[:100]),
        "articles": list(articles),
        "aliases": list(place.aliases.order_by("language", "text")),
    }

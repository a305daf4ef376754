"""Actor and place pages: lists, one actor's contacts and partners, one place's events."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from articles.models import Article
from tracker.models import Actor, ActorAlias, ActorKind, Agreement, Meeting, Place, ReviewState, TradeItem, Visit

from .cache import cached, data_version
from .events import _NEWEST_FIRST


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

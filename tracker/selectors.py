"""Reads for the pages: each function fetches everything its template shows, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q

from articles.models import Article, ArticleStatus, Evidence, Mention

from .models import Actor, Agreement, Meeting, Visit


@dataclass
class TimelineRow:
    kind: str
    fact: object
    date: object
    evidence: list

    @property
    def sort_key(self):
        return (self.date is not None, self.date, self.fact.pk)


_EVIDENCE = Prefetch("evidence", queryset=Evidence.objects.select_related("article__source").order_by("article_id"))


def timeline_events(limit: int = 200) -> list[TimelineRow]:
    meetings = Meeting.objects.select_related("place").prefetch_related("participants", _EVIDENCE)[:limit]
    visits = Visit.objects.select_related("visitor", "destination").prefetch_related(_EVIDENCE)[:limit]
    agreements = Agreement.objects.select_related("place").prefetch_related("signatories", _EVIDENCE)[:limit]
    rows = [TimelineRow("meeting", m, m.date, list(m.evidence.all())) for m in meetings]
    rows += [TimelineRow("visit", v, v.date, list(v.evidence.all())) for v in visits]
    rows += [TimelineRow("agreement", a, a.date, list(a.evidence.all())) for a in agreements]
    rows.sort(key=lambda r: r.sort_key, reverse=True)
    return rows[:limit]


def _mentioned_actors():
    return Prefetch(
        "mentions",
        queryset=Mention.objects.filter(actor__isnull=False).select_related("actor").order_by("start"),
        to_attr="actor_mentions",
    )


def recent_articles(limit: int = 50) -> list[Article]:
    articles = list(
        Article.objects.select_related("source")
        .defer("text", "raw_html")
        .order_by("-published", "-id")
        .prefetch_related(_mentioned_actors())[:limit]
    )
    for article in articles:
        seen = {}
        for m in article.actor_mentions:
            seen.setdefault(m.actor_id, m.actor)
        article.actors_seen = list(seen.values())
    return articles


def status_counts() -> dict[str, int]:
    counts = dict(Article.objects.values_list("status").annotate(n=Count("pk")))
    return {s.value: counts.get(s.value, 0) for s in ArticleStatus}


def article_detail(pk: int) -> Article:
    article = (
        Article.objects.select_related("source")
        .prefetch_related(
            Prefetch(
                "mentions", queryset=Mention.objects.select_related("actor", "place", "commodity").order_by("start")
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related(
                    "meeting__place", "visit__visitor", "visit__destination", "agreement", "trade_item__commodity"
                ),
            ),
        )
        .get(pk=pk)
    )
    return article


def actor_list(q: str = "", country: str = ""):
    qs = Actor.objects.filter(is_candidate=False).annotate(n_mentions=Count("mentions", distinct=True))
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(aliases__text__icontains=q)).distinct()
    if country:
        qs = qs.filter(country=country.upper())
    return qs.order_by("-n_mentions", "name")


def actor_detail(slug: str) -> dict:
    actor = Actor.objects.prefetch_related("aliases", "roles").get(slug=slug)
    meetings = list(
        Meeting.objects.filter(participants=actor).select_related("place").prefetch_related("participants")[:100]
    )
    visits = list(Visit.objects.filter(visitor=actor).select_related("destination")[:100])
    articles = list(
        Article.objects.filter(mentions__actor=actor)
        .select_related("source")
        .defer("text", "raw_html")
        .annotate(n=Count("mentions"))
        .order_by("-published", "-id")[:20]
    )
    return {"actor": actor, "meetings": meetings, "visits": visits, "articles": articles}


def meeting_detail(pk: int) -> Meeting:
    return Meeting.objects.select_related("place__parent").prefetch_related("participants", _EVIDENCE).get(pk=pk)

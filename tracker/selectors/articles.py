"""Articles: the newest, by status, one with everything its page shows, and full-text search."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, F, Prefetch, Q

from articles.models import Article, ArticleStatus, ArticleVersion, Evidence, Mention
from tracker.models import Actor, ActorAlias, ActorKind, Place

from .cache import cached, data_version


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

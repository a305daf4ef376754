"""Articles: the newest, by status, one with everything its page shows, and full-text search."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, Count, F, FloatField, Prefetch, Q
from django.db.models.expressions import RawSQL

from articles.extraction.scripts import HAN, HANGUL, KANA
from articles.models import Article, ArticleStatus, ArticleVersion, Evidence, Mention
from tracker.models import Actor, ActorAlias, ActorKind, Place
from tracker.timeouts import timed_out

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


class SearchTooBroad(Exception):
    """A search that would read too much of the database within SEARCH_TIMEOUT_MS."""


def search(q: str, limit: int = 50):
    """Articles and actors/places by any name. On PostgreSQL the words are looked up in the
    articles' stored tsvector (GIN index) and names through their aliases and the mentions table
    (indexes), each side reading at most ``limit`` of the newest matches, then ranked by relevance
    and date; a query in Han or kana (no spaces between words) matches anywhere in the text. Every
    statement is bounded by SEARCH_TIMEOUT_MS: beyond it, SearchTooBroad. SQLite searches plainly."""
    q = q.strip()
    if not q:
        return [], [], []
    if connection.vendor != "postgresql":
        return _plain_search(q, limit)
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL statement_timeout = %s", [int(settings.SEARCH_TIMEOUT_MS)])
            return _indexed_search(q, limit)
    except OperationalError as exc:
        if timed_out(exc):
            raise SearchTooBroad(q) from None
        raise


def _names(q: str, limit: int):
    alias_actor_ids = ActorAlias.objects.filter(text__icontains=q).values("actor_id")
    actors = list(
        Actor.objects.filter(Q(name__icontains=q) | Q(pk__in=alias_actor_ids)).exclude(kind=ActorKind.COUNTRY)[:limit]
    )
    places = list(Place.objects.filter(Q(name__icontains=q) | Q(aliases__text__icontains=q)).distinct()[:limit])
    return actors, places


def _plain_search(q: str, limit: int):
    actors, places = _names(q, limit)
    actor_ids, place_ids = [a.pk for a in actors], [p.pk for p in places]
    # a name in any script finds the articles that name its record in any script ("Pyongyang" =
    # "평양" = "平壤"), through the mentions extraction stored
    name_hit = Q(pk__in=[])
    if actor_ids:
        name_hit |= Q(mentions__actor_id__in=actor_ids)
    if place_ids:
        name_hit |= Q(mentions__place_id__in=place_ids)
    articles_qs = Article.objects.select_related("source").defer("raw_html")
    articles_qs = articles_qs.filter(Q(text__icontains=q) | Q(title__icontains=q) | name_hit)
    articles = list(articles_qs.distinct().order_by(F("published").desc(nulls_last=True), "-id")[:limit])
    _attach_snippets(articles, q, actor_ids, place_ids)
    return articles, actors, places


_NO_SPACES = re.compile(f"[{HAN}{KANA}]")
_NEWEST = (F("published").desc(nulls_last=True), F("id").desc())


def _indexed_search(q: str, limit: int):
    actors, places = _names(q, limit)
    actor_ids, place_ids = [a.pk for a in actors], [p.pk for p in places]
    found: set[int] = set()
    if actor_ids or place_ids:
        named = Mention.objects.filter(Q(actor_id__in=actor_ids) | Q(place_id__in=place_ids)).values("article_id")
        found.update(Article.objects.filter(pk__in=named).order_by(*_NEWEST).values_list("pk", flat=True)[:limit])
    query = _tsquery(q)
    if _NO_SPACES.search(q):
        words = Article.objects.filter(Q(text__contains=q) | Q(title__contains=q))
    else:
        words = Article.objects.filter(RawSQL("search_vector @@ " + _TSQUERY, [query], output_field=BooleanField()))
    found.update(words.order_by(*_NEWEST).values_list("pk", flat=True)[:limit])
    rank = RawSQL("ts_rank(search_vector, " + _TSQUERY + ")", [query], output_field=FloatField())
    articles = list(
        Article.objects.filter(pk__in=found)
        .select_related("source")
        .defer("raw_html")
        .annotate(rank=rank)
        .order_by(F("rank").desc(nulls_last=True), *_NEWEST)[:limit]
    )
    _attach_snippets(articles, q, actor_ids, place_ids)
    return articles, actors, places


_TSQUERY = "to_tsquery('simple', %s)"


_HANGUL = re.compile(f"[{HANGUL}]")


def _tsquery(q: str) -> str:
    """Every word of the query; a Korean word also as a prefix (particles attach: "평양에서")."""
    words = [w for w in re.split(r"[^\w]+", q.casefold()) if w]
    return " & ".join(f"{w}:*" if _HANGUL.search(w) else w for w in words) or "''"


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

from django.http import Http404
from django.shortcuts import render

from articles.models import Article

from . import selectors
from .highlight import highlight
from .models import Actor, Meeting


def timeline(request):
    return render(
        request,
        "tracker/timeline.html",
        {
            "rows": selectors.timeline_events(),
            "articles": selectors.recent_articles(),
            "status_counts": selectors.status_counts(),
        },
    )


def actor_index(request):
    q = request.GET.get("q", "").strip()
    country = request.GET.get("country", "").strip()
    actors = list(selectors.actor_list(q, country)[:300])
    return render(request, "tracker/actor_list.html", {"actors": actors, "q": q, "country": country})


def actor_page(request, slug):
    try:
        ctx = selectors.actor_detail(slug)
    except Actor.DoesNotExist:
        raise Http404("No actor with this name.") from None
    return render(request, "tracker/actor_detail.html", ctx)


def meeting_page(request, pk):
    try:
        meeting = selectors.meeting_detail(pk)
    except Meeting.DoesNotExist:
        raise Http404("No such meeting.") from None
    return render(
        request, "tracker/meeting_detail.html", {"meeting": meeting, "evidence": list(meeting.evidence.all())}
    )


def article_page(request, pk):
    try:
        article = selectors.article_detail(pk)
    except Article.DoesNotExist:
        raise Http404("No such article.") from None
    mentions = list(article.mentions.all())
    spans = []
    for m in mentions:
        if m.actor:
            spans.append((m.start, m.end, f"actor {m.actor.kind}", m.actor.name, m.actor.get_absolute_url()))
        elif m.place:
            spans.append((m.start, m.end, "place", m.place.name, ""))
        elif m.commodity:
            spans.append((m.start, m.end, "commodity", f"{m.commodity.name} (HS {m.commodity.hs_code})", ""))
    actors = {}
    places = {}
    for m in mentions:
        if m.actor:
            actors.setdefault(m.actor_id, [m.actor, 0])[1] += 1
        elif m.place:
            places.setdefault(m.place_id, [m.place, 0])[1] += 1
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "highlighted": highlight(article.text, spans),
            "actors": sorted(actors.values(), key=lambda p: -p[1]),
            "places": sorted(places.values(), key=lambda p: -p[1]),
            "evidence": list(article.evidence.all()),
        },
    )

from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.defaults import page_not_found

from articles.models import Article

from . import selectors
from .forms import TimelineFilterForm
from .highlight import highlight
from .maps import place_map
from .models import Actor, ActorRedirect, Agreement, Commodity, Meeting, Place, Visit
from .response_cache import cached_response


@cached_response
def timeline(request):
    form = TimelineFilterForm(request.GET or None)
    filters = selectors.TimelineFilters()
    refused = form.is_bound and not form.is_valid()
    if form.is_bound and not refused:
        canonical = form.canonical_query(request.GET)
        if canonical is not None:  # a name was typed: the URL keeps the slug
            return redirect(f"{request.path}?{canonical.urlencode()}")
        filters = selectors.TimelineFilters(**{k: v for k, v in form.cleaned_data.items() if v})
    version = selectors.data_version()
    if refused:
        # a filter that could not be read shows its message and no list, never every event
        rows, page = [], None
    else:
        rows, page = selectors.timeline_page(filters, request.GET.get("page", 1), version=version)
    months = []
    for row in rows:
        if not months or months[-1][0] != row.month:
            months.append((row.month, []))
        months[-1][1].append(row)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "tracker/timeline.html",
        {
            "form": form,
            "months": months,
            "page": page,
            "query": query.urlencode(),
            "items": [] if refused else selectors.widget_items(filters, version),
            "chart": [] if refused else selectors.contacts_per_year(filters, version),
            "refused": refused,
            "actor_names": selectors.name_suggestions("actor", version=version),
            "place_names": selectors.name_suggestions("place", version=version),
            "articles": selectors.recent_articles(),
            "status_counts": selectors.status_counts(version),
            "languages": selectors.filter_choices(version)["languages"],
        },
    )


@cached_response
def actor_index(request):
    q = request.GET.get("q", "").strip()[:200]
    country = request.GET.get("country", "").strip()[:2]
    everyone = request.GET.get("all") == "1"
    qs = selectors.actor_list(q, country)
    if not everyone and not q:
        qs = qs.filter(n_mentions__gt=0)  # the gazetteer's unmentioned names only when asked for
    page = Paginator(qs, 50).get_page(request.GET.get("page", 1))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "tracker/actor_list.html",
        {
            "actors": page.object_list,
            "page": page,
            "query": query.urlencode(),
            "q": q,
            "country": country,
            "everyone": everyone,
            "countries": selectors.actor_countries(),
        },
    )


@cached_response
def actor_page(request, slug):
    try:
        ctx = selectors.actor_detail(slug, selectors.data_version())
    except Actor.DoesNotExist:
        moved = ActorRedirect.objects.filter(old_slug=slug).select_related("actor").first()
        if moved is not None:  # merged into another actor by an editor
            return redirect(moved.actor.get_absolute_url(), permanent=True)
        raise Http404("No actor with this name.") from None
    return render(request, "tracker/actor_detail.html", ctx)


@cached_response
def place_page(request, slug):
    try:
        ctx = selectors.place_detail(slug)
    except Place.DoesNotExist:
        raise Http404("No such place.") from None
    ctx["map"] = _map_of(ctx["place"])
    ctx["place_query"] = f"place={ctx['place'].slug}"
    return render(request, "tracker/place_detail.html", ctx)


def _place_of(fact):
    place = getattr(fact, "destination", None) or getattr(fact, "place", None)
    return place


def _map_of(place):
    if place is None:
        return ""
    label = place.name if place.parent is None else f"{place.name}, {place.parent.name}"
    lat, lon = place.latitude, place.longitude
    if lat is None and place.parent is not None:
        lat, lon = place.parent.latitude, place.parent.longitude
    return place_map(lat, lon, label, span=40.0 if place.kind == "country" else 9.0)


def _fact_page(request, kind, model, pk):
    try:
        fact = selectors.fact_detail(kind, pk)
    except model.DoesNotExist:
        raise Http404(f"No such {kind}.") from None
    evidence = list(fact.evidence.all())
    place = _place_of(fact)
    return render(
        request,
        "tracker/fact_detail.html",
        {
            "kind": kind,
            "fact": fact,
            "evidence": evidence,
            "reports": selectors.Reports.of(evidence),
            "place": place,
            "map": _map_of(place),
            "context_line": selectors.meeting_context(fact) if kind == "meeting" else "",
        },
    )


@cached_response
def meeting_page(request, pk):
    return _fact_page(request, "meeting", Meeting, pk)


@cached_response
def visit_page(request, pk):
    return _fact_page(request, "visit", Visit, pk)


@cached_response
def agreement_page(request, pk):
    return _fact_page(request, "agreement", Agreement, pk)


@cached_response
def article_page(request, pk):
    try:
        article = selectors.article_detail(pk)
    except Article.DoesNotExist:
        raise Http404("No such article.") from None
    mentions = list(article.mentions.all())
    spans = []
    actors, places = {}, {}
    for m in mentions:
        if m.actor:
            spans.append((m.start, m.end, f"actor {m.actor.kind}", m.actor.name, m.actor.get_absolute_url()))
            actors.setdefault(m.actor_id, [m.actor, 0])[1] += 1
        elif m.place:
            spans.append((m.start, m.end, "place", m.place.name, ""))
            places.setdefault(m.place_id, [m.place, 0])[1] += 1
        elif m.commodity:
            spans.append((m.start, m.end, "commodity", f"{m.commodity.name} (HS {m.commodity.hs_code})", ""))
    # Dates and event words as the extractor read them, stored with the article when it was extracted.
    for start, end, kind, label in article.highlights or []:
        spans.append((start, end, "date" if kind == "date" else f"trigger {kind}", label, ""))
    versions = list(article.versions.all())
    current = versions[-1] if versions else None
    evidence, earlier = [], []
    for ev in article.evidence.all():
        (evidence if current is None or ev.version_id in (None, current.pk) else earlier).append(ev)
    changes = text_diff(versions[-2].text, current.text) if len(versions) > 1 else []
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "versions": versions,
            "current_version": current,
            "changes": changes,
            "earlier_evidence": earlier,
            "highlighted": highlight(article.text, spans),
            "actors": sorted(actors.values(), key=lambda p: -p[1]),
            "places": sorted(places.values(), key=lambda p: -p[1]),
            "evidence": evidence,
        },
    )


@cached_response
def trade(request):
    rows, per_year, undated = selectors.trade_overview(selectors.data_version())
    selected = None
    evidence = []
    if request.GET.get("commodity", "").isdigit():
        selected = get_object_or_404(Commodity, pk=int(request.GET["commodity"]))
        evidence = selectors.commodity_evidence(selected.pk)
    return render(
        request,
        "tracker/trade.html",
        {
            "rows": rows,
            "chart": per_year,
            "undated": undated,
            "selected": selected,
            "evidence": evidence,
            "stats": selectors.statistics_overview(request.GET.get("period", "")[:7]),
        },
    )


@cached_response
def trade_heading(request, hs4):
    if not (hs4.isascii() and hs4.isdigit() and len(hs4) in (2, 4, 6)):
        raise Http404("An HS heading is 2, 4 or 6 digits.")
    ctx = {**selectors.trade_heading(hs4), "stats": selectors.heading_statistics(hs4)}
    if not ctx["commodities"] and not ctx["stats"]["description"]:
        raise Http404(f"HS {hs4} is neither in the HS nomenclature nor among the goods in the table.")
    return render(request, "tracker/trade_heading.html", ctx)


@cached_response
def search(request):
    q = request.GET.get("q", "").strip()[:200]
    try:
        articles, actors, places = selectors.search(q)
    except selectors.SearchTooBroad:
        context = {"q": q, "articles": [], "actors": [], "places": [], "too_broad": True}
        return render(request, "tracker/search.html", context, status=503)
    return render(request, "tracker/search.html", {"q": q, "articles": articles, "actors": actors, "places": places})


def not_found(request, exception=None):
    """404 for paths no route matches: JSON under /api/, the site's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def text_diff(old: str, new: str, limit: int = 400) -> list[tuple[str, str]]:
    """What changed between two versions, paragraph by paragraph: ("del" | "ins" | "same", text);
    long unchanged runs are shortened to their first and last paragraph."""
    import difflib

    a, b = old.split("\n"), new.split("\n")
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            same = a[i1:i2]
            out.extend(("same", p) for p in (same if len(same) <= 2 else [same[0], "…", same[-1]]))
            continue
        out.extend(("del", p) for p in a[i1:i2])
        out.extend(("ins", p) for p in b[j1:j2])
        if len(out) > limit:
            out.append(("same", "… (more changes not shown)"))
            break
    return out

"""Trade pages: goods by heading and period, with the news that names them."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache

from django.db.models import Count, F, Max, Prefetch, Sum
from django.db.models.functions import ExtractYear, Length
from django.urls import reverse
from iso3166 import countries

from articles.models import Evidence
from tracker import hs
from tracker.models import Actor, ActorKind, Commodity, FlowDirection, ReviewState, TradeFlow, TradeItem, period_label
from tracker.selectors.cache import cached, data_version


def trade_overview(version: str | None = None):
    """Commodities by HS heading and direction with report counts and the latest reported value,
    and the reported goods per year of the period the report refers to (not the year it was
    published), by direction. With the data ``version``, read from the cache (it counts every
    report)."""
    from django.db.models import Max

    if version is not None:
        return cached("trade_overview", version, trade_overview)

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


# --- customs statistics (TradeFlow) ------------------------------------------------------------

TOP_HEADINGS = 20
SANCTIONED_SHOWN = 15  # the newest figures in sanctioned headings on the page; the API lists them all


@lru_cache(maxsize=256)
def country_name(iso2: str) -> str:
    """The gazetteer's name of a country ("North Korea"), else the ISO 3166 name."""
    actor = Actor.objects.filter(kind=ActorKind.COUNTRY, country=iso2).values_list("name", flat=True).first()
    if actor:
        return actor
    try:
        return countries.get(iso2).name
    except KeyError:
        return iso2


def _series_label(reporter: str, flow: str, partner: str) -> str:
    way = "imports from" if flow == FlowDirection.IMPORT else "exports to"
    return f"{country_name(reporter)}'s {way} {country_name(partner)}"


def statistics_overview(period: str = "", version: str | None = None) -> dict:
    """The trade page's statistics: totals per period by reporter and direction (from the most
    aggregate figures each period has: TOTAL, else the chapters, else the headings), the leading
    headings of one period (the newest by default) and the figures in sanctioned headings. Cached
    per data version (an import, or marks changed by ``import_trade --reflag``, moves it)."""
    return cached("trade-statistics", version or data_version(), lambda: _statistics(period), period)


def _statistics(period: str) -> dict:
    if not TradeFlow.objects.exists():
        return {"has_flows": False}
    groups = (
        TradeFlow.objects.annotate(level=Length("hs_code"))
        .values("period", "period_kind", "reporter", "partner", "flow", "level")
        .annotate(total=Sum("value_usd"))
        .order_by()
    )
    best: dict[tuple, tuple[int, Decimal]] = {}
    for g in groups:
        key = (g["period"], g["period_kind"], g["reporter"], g["partner"], g["flow"])
        level = 0 if g["level"] == 5 else g["level"]  # "TOTAL"
        if key not in best or level < best[key][0]:
            best[key] = (level, g["total"])
    kind = "month" if any(k[1] == "month" for k in best) else "year"
    periods = sorted({k[0] for k in best if k[1] == kind})
    series: dict[tuple, dict] = {}
    for (p, k, reporter, partner, flow), (_, total) in best.items():
        if k == kind:
            series.setdefault((reporter, flow, partner), {})[p] = float(total)
    chart = {
        "labels": [period_label(p, kind) for p in periods],
        "series": [
            {"label": _series_label(*key), "values": [values.get(p) for p in periods]}
            for key, values in sorted(series.items())
        ],
    }
    chosen = _chosen_period(period, periods, kind)
    table = [(label, [s["values"][i] for s in chart["series"]]) for i, label in enumerate(chart["labels"])]
    return {
        "has_flows": True,
        "chart": chart,
        "table": table,
        "periods": [period_label(p, kind) for p in reversed(periods)],
        "period": period_label(chosen, kind) if chosen else "",
        "leading": _leading_headings(chosen, kind) if chosen else [],
        "sanctioned": list(
            TradeFlow.objects.exclude(sanction_status="")
            .exclude(hs_code="TOTAL")
            .select_related("source")
            .order_by("-period", "-value_usd")[:SANCTIONED_SHOWN]
        ),
        "sample": TradeFlow.objects.filter(source__sample=True).exists(),
    }


def _chosen_period(text: str, periods: list[dt.date], kind: str) -> dt.date | None:
    for p in periods:
        if period_label(p, kind) == text:
            return p
    return periods[-1] if periods else None


def _leading_headings(period: dt.date, kind: str) -> list[dict]:
    """The headings (4 digits) with the largest values in the period, per reporter and flow;
    where a file gives only subheadings, they are summed into their heading."""
    rows = TradeFlow.objects.filter(period=period, period_kind=kind).annotate(n=Length("hs_code"))
    by_heading: dict[tuple, dict] = {}
    headings = rows.filter(n=4)
    source = headings if headings.exists() else rows.filter(n=6)
    for f in source.only("reporter", "partner", "flow", "hs_code", "value_usd", "sanction_status", "sanction_measure"):
        key = (f.hs_code[:4], f.reporter, f.partner, f.flow)
        row = by_heading.setdefault(
            key,
            {
                "hs4": f.hs_code[:4],
                "description": hs.description(f.hs_code[:4]),
                "label": _series_label(f.reporter, f.flow, f.partner),
                "value": Decimal(0),
                "sanction_status": "",
                "sanction_measure": "",
            },
        )
        row["value"] += f.value_usd
        if f.sanction_status and not row["sanction_status"]:
            row["sanction_status"], row["sanction_measure"] = f.sanction_status, f.sanction_measure
    return sorted(by_heading.values(), key=lambda r: -r["value"])[:TOP_HEADINGS]


def heading_statistics(hs4: str) -> dict:
    """One heading's figures per period by reporter and flow (the heading's own rows, else its
    subheadings summed), value and quantity, and the news items that name its goods as markers."""
    flows = TradeFlow.objects.filter(hs_code__startswith=hs4).exclude(hs_code="TOTAL")
    own = flows.filter(hs_code=hs4)
    rows = own if own.exists() else flows.annotate(n=Length("hs_code")).filter(n=len(hs4) + 2)
    grouped = (
        rows.values("period", "period_kind", "reporter", "partner", "flow")
        .annotate(value=Sum("value_usd"), quantity=Sum("quantity"), unit=Max("quantity_unit"))
        .order_by("period")
    )
    series: dict[tuple, list] = {}
    for g in grouped:
        series.setdefault((g["reporter"], g["flow"], g["partner"]), []).append(
            {
                "period": period_label(g["period"], g["period_kind"]),
                "value": float(g["value"]),
                "quantity": float(g["quantity"]) if g["quantity"] is not None else None,
                "unit": g["unit"] or "",
            }
        )
    marks = [
        {
            "period": i.date.isoformat()[: {"year": 4, "month": 7}.get(i.date_precision, 7)],
            "label": f"{i.commodity.name}: {i.exporter or '?'} → {i.importer or '?'} ({i.status})",
            "url": reverse("articles:detail", args=[ev.article_id]) + f"#ev-{ev.pk}",
            "outlet": ev.article.source.name if ev.article.source else "",
            "sentence": ev.sentence,
        }
        for i in TradeItem.objects.filter(commodity__hs_code__startswith=hs4, date__isnull=False)
        .exclude(review_state=ReviewState.REJECTED)
        .select_related("commodity")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.select_related("article__source")))
        .order_by("date", "pk")
        for ev in list(i.evidence.all())[:1]
    ]
    return {
        "description": hs.description(hs4),
        "flow_series": [{"label": _series_label(*k), "points": v} for k, v in sorted(series.items())],
        "markers": marks,
        "sanctioned": list(
            rows.exclude(sanction_status="").order_by().values("sanction_status", "sanction_measure").distinct()[:5]
        ),
        "sample": rows.filter(source__sample=True).exists(),
    }

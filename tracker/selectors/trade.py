"""Trade pages: goods by heading and period, with the news that names them."""

from __future__ import annotations

from collections import Counter, defaultdict

from django.db.models import Count, F, Prefetch
from django.db.models.functions import ExtractYear

from articles.models import Evidence
from tracker.models import Commodity, ReviewState, TradeItem


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

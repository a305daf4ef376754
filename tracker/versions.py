"""Versions of the data read in one query: each part an aggregate the ORM builds (a count, a
highest id, a last change time), all sent as one ``SELECT (…), (…), …`` so that a version costs
one round trip however many tables it watches. Used by the page caches (``selectors.cache``)
and by the gazetteer (``tracker.gazetteer``)."""

from __future__ import annotations

from django.db import connection
from django.db.models import Aggregate, IntegerField, QuerySet, Value


def read_version(*parts: tuple[QuerySet, Aggregate]) -> str:
    """The aggregates, each over its queryset, joined into one string ("-" for an empty table)."""
    compiled = [
        qs.order_by()
        .annotate(_all=Value(1, IntegerField()))
        .values("_all")
        .annotate(v=agg)
        .values("v")
        .query.sql_with_params()
        for qs, agg in parts
    ]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"({sql})" for sql, _ in compiled), [p for _, ps in compiled for p in ps])
        row = cursor.fetchone()
    return "|".join("-" if v is None else str(v) for v in row)

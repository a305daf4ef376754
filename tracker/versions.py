"""Versions of the data read in one query: each part an aggregate the ORM builds (a count, a
highest id, a last change time), all sent as one ``SELECT (…), (…), …`` so that a version costs
one round trip however many tables it watches. Used by the page caches (``selectors.cache``)
and by the gazetteer (``tracker.gazetteer``)."""

from __future__ import annotations

from collections.abc import Callable

from django.db import connection
from django.db.models import Aggregate, IntegerField, QuerySet, Value

Parts = list[tuple[QuerySet, Aggregate]]


def _compile(parts: Parts) -> tuple[str, list]:
    compiled = [
        qs.order_by()
        .annotate(_all=Value(1, IntegerField()))
        .values("_all")
        .annotate(v=agg)
        .values("v")
        .query.sql_with_params()
        for qs, agg in parts
    ]
    return "SELECT " + ", ".join(f"({sql})" for sql, _ in compiled), [p for _, ps in compiled for p in ps]


def _read(sql: str, params: list) -> str:
    """The aggregates joined into one string ("-" for an empty table)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return "|".join("-" if v is None else str(v) for v in row)


class VersionQuery:
    """A version whose parts never change, compiled to SQL once per database (building the
    querysets costs more than running the query: it is read on every page and every article)."""

    def __init__(self, parts: Callable[[], Parts]):
        self._parts = parts
        self._sql: dict[tuple[str, str], tuple[str, list]] = {}

    def read(self) -> str:
        key = (connection.alias, connection.vendor)
        compiled = self._sql.get(key)
        if compiled is None:
            compiled = self._sql[key] = _compile(self._parts())
        return _read(*compiled)

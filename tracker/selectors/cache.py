"""Cached aggregates: counts and charts keyed by a version of the data that one query gives."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import Max

from articles.models import Article
from tracker.fact_kinds import KINDS
from tracker.models import Actor, DataChange, TradeImport
from tracker.versions import VersionQuery

# --- cached aggregates -----------------------------------------------------------------------
#
# Counts and charts read every row they count, so they grow with the data; the pages read them
# from a cache keyed by a version of the data that one query of index lookups gives: the newest
# id and change time of articles and facts, the last change to an actor, and the newest DataChange
# row (tracker.signals: places, commodities and outlets edited, articles edited by hand, anything
# deleted). Anything stored, extracted, reviewed, renamed, merged or deleted moves it, so a cached
# figure is never older than the data it counts. AGGREGATE_CACHE_SECONDS bounds the rest: writes
# that bypass the models (queryset.update), and a commit racing a read of the version.


def _version_parts():
    parts = [
        (Article.objects, Max("pk")),
        (Article.objects, Max("status_changed")),
        (Actor.objects, Max("updated")),  # renamed or merged actors
        (DataChange.objects, Max("pk")),  # places, commodities, outlets edited; deletions
        (TradeImport.objects, Max("pk")),  # customs figures imported
    ]
    for kind in KINDS.values():
        parts += [(kind.model.objects, Max("pk")), (kind.model.objects, Max("reviewed_at"))]
    return parts


_VERSION = VersionQuery(_version_parts)


def data_version() -> str:
    return _VERSION.read()


def cached(name: str, version: str, compute, *key):
    """``compute()``, or what it gave for the same name, key and data version."""
    digest = hashlib.sha1(repr((name, version, key)).encode()).hexdigest()
    value = cache.get(f"agg:{digest}")  # a failing Redis answers a miss (tracker.cache_backend)
    if value is None:
        value = compute()
        cache.set(f"agg:{digest}", value, settings.AGGREGATE_CACHE_SECONDS)
    return value

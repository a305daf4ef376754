"""The gazetteer as the extraction package sees it: built from the tracker's records (actors,
places, commodities, their aliases and roles) and rebuilt only when its version changes."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Max, Q

from articles import extraction

from . import sanctions
from .models import (
    Actor,
    ActorAlias,
    ActorKind,
    ChangeCounter,
    Commodity,
    CommodityAlias,
    DataChange,
    Place,
    PlaceAlias,
    PlaceKind,
    Role,
)
from .versions import VersionQuery

_LABELS = {ActorKind.PERSON: extraction.types.PERSON, ActorKind.ORGANIZATION: extraction.types.ORGANIZATION}


def _version_parts():
    parts = []
    for model in (Actor, ActorAlias, Role, Place, PlaceAlias, Commodity, CommodityAlias):
        parts += [(model.objects, Count("pk")), (model.objects, Max("pk"))]
    # a place or commodity renamed or edited (tracker.signals); not every DataChange, or each
    # outlet added or fact deleted would make every worker build its pipeline again
    edits = DataChange.objects.filter(Q(what__startswith="tracker.Place") | Q(what__startswith="tracker.Commodity"))
    return parts + [(Actor.objects, Max("updated")), (edits, Max("pk"))]


_VERSION = VersionQuery(_version_parts)


def gazetteer_version() -> str:
    """Changes whenever a record or alias is added, removed or renamed. Every worker asks before
    every article, so it is one primary-key look-up: the "gazetteer" change counter, which triggers
    on the gazetteer's tables move on every write (migration 0006). Where that row is missing (a
    flush emptied the table and nothing was written since, or a database without the triggers),
    the version counts the tables' rows and highest ids instead."""
    with connection.cursor() as cursor:
        cursor.execute(_COUNTER_SQL, ["gazetteer"])
        row = cursor.fetchone()
    if row is None:
        return f"{extraction.EXTRACTOR_VERSION}|{_VERSION.read()}"
    return f"{extraction.EXTRACTOR_VERSION}|{row[1]}:{row[0]}"


_COUNTER_SQL = f"SELECT value, epoch FROM {ChangeCounter._meta.db_table} WHERE name = %s"


def _roles_by_actor() -> dict[int, tuple[tuple[str, str, str], ...]]:
    roles: dict[int, list[tuple[str, str, str]]] = {}
    for actor_id, title, start, end in Role.objects.values_list("actor_id", "title", "start", "end"):
        roles.setdefault(actor_id, []).append(
            (title, start.isoformat() if start else "", end.isoformat() if end else "")
        )
    return {k: tuple(v) for k, v in roles.items()}


def sanctions_table() -> tuple[extraction.SanctionRule, ...]:
    """The sanctions table shipped with the gazetteer (``tracker/data/sanctions.json``)."""
    return sanctions.rules()


def build_gazetteer(version: str | None = None) -> extraction.Gazetteer:
    actor_aliases: dict[int, list[str]] = {}
    for actor_id, text in ActorAlias.objects.values_list("actor_id", "text"):
        actor_aliases.setdefault(actor_id, []).append(text)
    place_aliases: dict[int, list[str]] = {}
    for place_id, text in PlaceAlias.objects.values_list("place_id", "text"):
        place_aliases.setdefault(place_id, []).append(text)
    commodity_aliases: dict[int, list[str]] = {}
    for cid, text in CommodityAlias.objects.values_list("commodity_id", "text"):
        commodity_aliases.setdefault(cid, []).append(text)
    roles = _roles_by_actor()

    entries = []
    for actor in Actor.objects.filter(is_candidate=False).only("pk", "name", "kind", "country"):
        aliases = tuple(actor_aliases.get(actor.pk, ()))
        if actor.kind == ActorKind.COUNTRY:
            entries.append(
                extraction.GazetteerEntry(
                    f"country:{actor.country}", extraction.types.COUNTRY, actor.name, aliases, actor.country
                )
            )
        else:
            entries.append(
                extraction.GazetteerEntry(
                    f"actor:{actor.pk}",
                    _LABELS[actor.kind],
                    actor.name,
                    aliases,
                    actor.country,
                    kind=actor.kind,
                    roles=roles.get(actor.pk, ()),
                )
            )
    for place in Place.objects.exclude(kind=PlaceKind.COUNTRY).only("pk", "name", "country", "kind", "parent_id"):
        entries.append(
            extraction.GazetteerEntry(
                f"place:{place.pk}",
                extraction.types.PLACE,
                place.name,
                tuple(place_aliases.get(place.pk, ())),
                place.country,
                kind=place.kind,
                parent=f"place:{place.parent_id}" if place.parent_id else "",
            )
        )
    for commodity in Commodity.objects.all():
        entries.append(
            extraction.GazetteerEntry(
                f"commodity:{commodity.pk}",
                extraction.types.COMMODITY,
                commodity.name,
                tuple(commodity_aliases.get(commodity.pk, ())),
                hs_code=commodity.hs_code,
            )
        )
    return extraction.Gazetteer(
        entries=tuple(entries), version=version or gazetteer_version(), sanctions=sanctions_table()
    )


_gazetteer_cache: dict[str, extraction.Gazetteer] = {}


def current_gazetteer(version: str | None = None) -> extraction.Gazetteer:
    """The gazetteer, rebuilt only when the database's version of it changed (``version``: one
    the caller has just read)."""
    version = version or gazetteer_version()
    gaz = _gazetteer_cache.get(version)
    if gaz is None:
        _gazetteer_cache.clear()
        gaz = _gazetteer_cache[version] = build_gazetteer(version)
    return gaz

"""Loads the shipped gazetteer (``tracker/data/*.json``) into the database.

Runs after every ``migrate`` and from ``manage.py load_gazetteer``. It only adds: records,
aliases and roles missing from the database are created, and nothing an editor changed is
overwritten or removed. An alias that another record already owns is skipped with a warning.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .text import normalize_alias, script_of

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    skipped_aliases: list[str] = field(default_factory=list)

    def add(self, what: str, n: int) -> None:
        self.created[what] = self.created.get(what, 0) + n

    def __str__(self) -> str:
        parts = [f"{n} {what}" for what, n in sorted(self.created.items()) if n]
        return "created " + (", ".join(parts) if parts else "nothing")


def read_json(name: str, data_dir: Path = DATA_DIR) -> list[dict]:
    path = data_dir / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def actor_records(data_dir: Path = DATA_DIR) -> list[dict]:
    records: list[dict] = []
    for path in sorted(data_dir.glob("actors_*.json")) + [data_dir / "organizations.json"]:
        if path.exists():
            records.extend(read_json(path.name, data_dir))
    return records


def parse_partial_date(value: str | None) -> dt.date | None:
    """ "1961", "1961-07" or "1961-07-11" → the first day it can mean."""
    if not value:
        return None
    parts = [int(p) for p in str(value).split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def _alias_rows(model, owner_field: str, owner, aliases, taken: dict[str, int], report: LoadReport, label: str):
    """New alias rows for ``owner``; ``taken`` maps each normalized alias to the pk that owns it."""
    rows = []
    for alias in aliases:
        text = (alias.get("text") if isinstance(alias, dict) else alias or "").strip()
        key = normalize_alias(text)
        if not key:
            continue
        if key in taken:
            if taken[key] != owner.pk:
                report.skipped_aliases.append(f"{text} ({label})")
            continue
        taken[key] = owner.pk
        lang = alias.get("lang", "") if isinstance(alias, dict) else ""
        rows.append(model(**{owner_field: owner}, text=text, normalized=key, language=lang, script=script_of(text)))
    return rows


@transaction.atomic
def load_gazetteer(data_dir: Path = DATA_DIR) -> LoadReport:
    from .models import (
        Actor,
        ActorAlias,
        ActorKind,
        Commodity,
        CommodityAlias,
        Place,
        PlaceAlias,
        PlaceKind,
        Role,
    )

    report = LoadReport()

    # --- actors: people, organizations and countries ------------------------------------
    actors = {a.slug: a for a in Actor.objects.all()}
    actor_aliases = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
    role_keys = set(Role.objects.values_list("actor_id", "title", "start"))
    countries = read_json("countries.json", data_dir)
    specs = [{**c, "kind": ActorKind.COUNTRY, "country": c["code"]} for c in countries] + actor_records(data_dir)

    new_actors = []
    for spec in specs:
        slug = slugify(spec["name"])[:200]
        if slug not in actors:
            actor = Actor(
                name=spec["name"],
                slug=slug,
                kind=spec.get("kind", ActorKind.PERSON),
                country=spec.get("country") or "",
                description=spec.get("description") or "",
                wikidata_id=spec.get("wikidata") or "",
            )
            actors[slug] = actor
            new_actors.append(actor)
    Actor.objects.bulk_create(new_actors)
    report.add("actors", len(new_actors))
    if new_actors:  # bulk_create sets pks on PostgreSQL and SQLite; re-read to be sure
        actors = {a.slug: a for a in Actor.objects.all()}

    # Canonical names are claimed first, so an alias never steals another record's name.
    for spec in specs:
        actor_aliases.setdefault(normalize_alias(spec["name"]), actors[slugify(spec["name"])[:200]].pk)
    alias_rows, role_rows = [], []
    for spec in specs:
        actor = actors[slugify(spec["name"])[:200]]
        alias_rows += _alias_rows(
            ActorAlias, "actor", actor, spec.get("aliases", []), actor_aliases, report, spec["name"]
        )
        for role in spec.get("roles", []) or []:
            start = parse_partial_date(role.get("start"))
            if (actor.pk, role["title"], start) in role_keys:
                continue
            end = parse_partial_date(role.get("end"))
            if start and end and end < start:
                end = None
            role_keys.add((actor.pk, role["title"], start))
            role_rows.append(
                Role(
                    actor=actor, title=role["title"], organization=role.get("organization") or "", start=start, end=end
                )
            )
    ActorAlias.objects.bulk_create(alias_rows)
    Role.objects.bulk_create(role_rows)
    report.add("actor aliases", len(alias_rows))
    report.add("roles", len(role_rows))

    # --- places (countries included, so a visit can go to "North Korea") -----------------
    places = {p.slug: p for p in Place.objects.all()}
    place_aliases = dict(PlaceAlias.objects.values_list("normalized", "place_id"))
    place_specs = [
        {**c, "kind": PlaceKind.COUNTRY, "country": c["code"], "parent": None} for c in countries
    ] + read_json("places.json", data_dir)
    new_places = []
    for spec in place_specs:
        slug = slugify(spec["name"])[:200]
        if slug not in places:
            place = Place(
                name=spec["name"],
                slug=slug,
                kind=spec.get("kind") or PlaceKind.CITY,
                country=spec.get("country") or "",
                latitude=spec.get("lat"),
                longitude=spec.get("lon"),
            )
            places[slug] = place
            new_places.append(place)
    Place.objects.bulk_create(new_places)
    report.add("places", len(new_places))
    if new_places:
        places = {p.slug: p for p in Place.objects.all()}
    for spec in place_specs:
        place_aliases.setdefault(normalize_alias(spec["name"]), places[slugify(spec["name"])[:200]].pk)
    alias_rows, parented = [], []
    for spec in place_specs:
        place = places[slugify(spec["name"])[:200]]
        alias_rows += _alias_rows(
            PlaceAlias, "place", place, spec.get("aliases", []), place_aliases, report, spec["name"]
        )
        parent = places.get(slugify(spec.get("parent") or ""))
        if parent and place.parent_id is None and parent.pk != place.pk:
            place.parent = parent
            parented.append(place)
    PlaceAlias.objects.bulk_create(alias_rows)
    Place.objects.bulk_update(parented, ["parent"])
    report.add("place aliases", len(alias_rows))

    # --- commodities -----------------------------------------------------------------------
    commodities = {c.name: c for c in Commodity.objects.all()}
    commodity_aliases = dict(CommodityAlias.objects.values_list("normalized", "commodity_id"))
    specs = read_json("commodities.json", data_dir)
    new = [Commodity(name=s["name"], hs_code=str(s["hs_code"])) for s in specs if s["name"] not in commodities]
    Commodity.objects.bulk_create(new)
    report.add("commodities", len(new))
    if new:
        commodities = {c.name: c for c in Commodity.objects.all()}
    for spec in specs:
        commodity_aliases.setdefault(normalize_alias(spec["name"]), commodities[spec["name"]].pk)
    alias_rows = []
    for spec in specs:
        alias_rows += _alias_rows(
            CommodityAlias,
            "commodity",
            commodities[spec["name"]],
            spec.get("aliases", []),
            commodity_aliases,
            report,
            spec["name"],
        )
    CommodityAlias.objects.bulk_create(alias_rows)
    report.add("commodity aliases", len(alias_rows))

    for skipped in report.skipped_aliases:
        log.debug("gazetteer: alias already taken, skipped: %s", skipped)
    return report


def load_after_migrate(sender, using="default", verbosity=1, **kwargs) -> None:
    """post_migrate hook: the shipped gazetteer is in every database ``migrate`` builds."""
    if kwargs.get("plan") is not None and not kwargs.get("apps").is_installed("tracker"):
        return
    report = load_gazetteer()
    if verbosity >= 1 and report.created:
        print(f"  Gazetteer: {report}")

"""The extraction gazetteer built straight from the shipped files (``tracker/data/*.json``),
without a database: what the rule tests run on, and what ``migrate`` would load.

It follows the loader's rules (``tracker.gazetteer_loader``): countries are actors and places at
once, a name or alias belongs to the first record that claims it, and an alias already claimed
by another record is left out. Keys are built from slugs instead of database ids
("actor:xi-jinping", "place:pyongyang"); facts name records by their names, so the output is
the same as with the database.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from django.utils.text import slugify

from articles import extraction
from articles.extraction import types as T

from .gazetteer_loader import DATA_DIR, actor_records, parse_partial_date, read_json
from .text import normalize_alias

_LABELS = {"person": T.PERSON, "organization": T.ORGANIZATION}


def sanctions_from_files(data_dir: Path = DATA_DIR) -> tuple[extraction.SanctionRule, ...]:
    path = data_dir / "sanctions.json"
    if not path.exists():
        return ()
    return extraction.sanction_rules(json.loads(path.read_text(encoding="utf-8")))


def _aliases(spec: dict, key: str, claimed: dict[str, str]) -> tuple[str, ...]:
    kept = []
    for alias in spec.get("aliases", []) or []:
        text = (alias.get("text") if isinstance(alias, dict) else alias or "").strip()
        norm = normalize_alias(text)
        if norm and claimed.setdefault(norm, key) == key:
            kept.append(text)
    return tuple(kept)


def _roles(spec: dict) -> tuple[tuple[str, str, str], ...]:
    roles = []
    for role in spec.get("roles", []) or []:
        start, end = parse_partial_date(role.get("start")), parse_partial_date(role.get("end"))
        roles.append((role["title"], start.isoformat() if start else "", end.isoformat() if end else ""))
    return tuple(roles)


@lru_cache(maxsize=4)
def gazetteer_from_files(data_dir: Path = DATA_DIR) -> extraction.Gazetteer:
    countries = read_json("countries.json", data_dir)
    actors = actor_records(data_dir)
    places = read_json("places.json", data_dir)
    commodities = read_json("commodities.json", data_dir)

    keyed = (
        [(f"country:{c['code']}", c) for c in countries]
        + [(f"actor:{slugify(a['name'])}", a) for a in actors]
        + [(f"place:{slugify(p['name'])}", p) for p in places]
        + [(f"commodity:{slugify(c['name'])}", c) for c in commodities]
    )
    claimed: dict[str, str] = {}
    for key, spec in keyed:  # names first, so that no alias takes another record's name
        claimed.setdefault(normalize_alias(spec["name"]), key)
    entries = []
    for key, spec in keyed:
        aliases = _aliases(spec, key, claimed)
        if key.startswith("country:"):
            entries.append(extraction.GazetteerEntry(key, T.COUNTRY, spec["name"], aliases, spec["code"]))
        elif key.startswith("actor:"):
            kind = spec.get("kind", "person")
            entries.append(
                extraction.GazetteerEntry(
                    key, _LABELS[kind], spec["name"], aliases, spec.get("country") or "", kind=kind, roles=_roles(spec)
                )
            )
        elif key.startswith("place:"):
            parent = f"place:{slugify(spec['parent'])}" if spec.get("parent") else ""
            entries.append(
                extraction.GazetteerEntry(
                    key,
                    T.PLACE,
                    spec["name"],
                    aliases,
                    spec.get("country") or "",
                    kind=spec.get("kind") or "city",
                    parent=parent,
                )
            )
        else:
            entries.append(
                extraction.GazetteerEntry(key, T.COMMODITY, spec["name"], aliases, hs_code=str(spec["hs_code"]))
            )
    return extraction.Gazetteer(entries=tuple(entries), version="files", sanctions=sanctions_from_files(data_dir))

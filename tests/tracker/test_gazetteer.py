"""The shipped gazetteer: well-formed, loaded by migrate, and every alias names exactly one record."""

import re
from collections import defaultdict

import pytest

from articles.extraction import extract
from articles.services import build_gazetteer
from tracker import gazetteer_loader as gl
from tracker.models import Actor, ActorKind, Commodity, Place
from tracker.text import normalize_alias

pytestmark = pytest.mark.django_db

COUNTRY = re.compile(r"^[A-Z]{2}$")


def test_data_files_are_well_formed():
    actors = gl.actor_records()
    assert actors, "no actor data shipped"
    for a in actors:
        assert a["name"].strip() and a["kind"] in {"person", "organization"}, a
        assert a.get("country", "") == "" or COUNTRY.match(a["country"]), a
        for role in a.get("roles") or []:
            gl.parse_partial_date(role.get("start"))
            gl.parse_partial_date(role.get("end"))
    for p in gl.read_json("places.json"):
        assert p["lat"] is None or -90 <= p["lat"] <= 90, p
        assert p["lon"] is None or -180 <= p["lon"] <= 180, p
    for c in gl.read_json("commodities.json"):
        assert re.fullmatch(r"\d{2}(\d{2}){0,3}", str(c["hs_code"])), c  # a chapter, heading or subheading


def test_migrate_loaded_the_gazetteer():
    assert Actor.objects.filter(kind=ActorKind.PERSON).count() >= 100
    assert Actor.objects.filter(kind=ActorKind.ORGANIZATION).count() >= 20
    assert Place.objects.count() >= 50
    assert Commodity.objects.count() >= 50
    kim = Actor.objects.get(slug="kim-jong-un")
    assert {"김정은", "金正恩"} <= set(kim.aliases.values_list("text", flat=True))
    assert Place.objects.get(name="Great Hall of the People").parent.name == "Beijing"


def test_loading_twice_adds_nothing():
    report = gl.load_gazetteer()
    assert not any(report.created.values()), report


def test_no_alias_is_shared_by_two_records_in_the_data_files():
    owners = defaultdict(set)
    for a in [*gl.read_json("countries.json"), *gl.actor_records()]:
        for alias in [a["name"], *(x["text"] for x in a.get("aliases", []))]:
            owners[("actor", normalize_alias(alias))].add(a["name"])
    for p in gl.read_json("places.json"):
        for alias in [p["name"], *(x["text"] for x in p.get("aliases", []))]:
            owners[("place", normalize_alias(alias))].add(p["name"])
    for c in gl.read_json("commodities.json"):
        for alias in [c["name"], *(x["text"] for x in c.get("aliases", []))]:
            owners[("commodity", normalize_alias(alias))].add(c["name"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, shared


def test_every_alias_resolves_to_exactly_its_own_record():
    """Each alias, run through the real pipeline on its own, is found as one mention of its own record."""
    gaz = build_gazetteer()
    wrong = []
    for entry in gaz.entries:
        for alias in (entry.name, *entry.aliases):
            result = extract(alias, gazetteer=gaz)
            keys = [m.key for m in result.mentions]
            if keys != [entry.key] or result.mentions[0].text != alias:
                wrong.append((alias, entry.key, keys))
    assert not wrong, wrong[:20]


def test_an_organization_loaded_under_its_long_name_is_renamed_not_duplicated():
    import importlib

    from django.apps import apps

    from tracker.models import ActorAlias, ActorRedirect, Role

    migration = importlib.import_module("tracker.migrations.0004_short_organization_names")
    old, new = "State Council of the People's Republic of China", "State Council of China"
    Actor.objects.filter(name=new).delete()  # the database as it was before the rename
    long = Actor.objects.create(name=old, kind=ActorKind.ORGANIZATION, country="CN")
    premier = Actor.objects.create(name="A premier", kind=ActorKind.PERSON, country="CN")
    Role.objects.create(actor=premier, title="Premier", organization=old)

    migration.forward(apps, None)

    long.refresh_from_db()
    assert (long.name, long.slug) == (new, "state-council-of-china")
    assert ActorRedirect.objects.get(old_slug="state-council-of-the-peoples-republic-of-china").actor == long
    assert ActorAlias.objects.get(normalized=normalize_alias(old)).actor == long
    assert premier.roles.get().organization == new
    gl.load_gazetteer()
    assert Actor.objects.filter(name__in=[old, new]).count() == 1

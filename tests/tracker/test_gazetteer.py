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


# --- the gazetteer's version: a counter the database moves on every write --------------------


def _alias_table():
    from tracker.models import ActorAlias

    return ActorAlias._meta.db_table


def test_the_gazetteer_version_moves_on_writes_that_bypass_the_orm(django_assert_num_queries):
    """Raw SQL, a bulk insert and a queryset update send no signal and need not move any id: the
    triggers see them all. Reading the version is one query, however large the gazetteer."""
    from django.db import connection

    from articles.services import gazetteer_version
    from tracker.models import ActorAlias

    kim = Actor.objects.get(slug="kim-jong-un")
    seen = {gazetteer_version()}
    alias = ActorAlias.objects.filter(actor=kim).order_by("pk").first()
    with connection.cursor() as cursor:  # a rename by hand: no id or count changes
        cursor.execute(f"UPDATE {_alias_table()} SET text = %s WHERE id = %s", [alias.text + " Jr", alias.pk])
    seen.add(gazetteer_version())
    Place.objects.filter(name="Beijing").update(name="Peking")
    seen.add(gazetteer_version())
    with connection.cursor() as cursor:  # the oldest alias deleted by hand: the highest id stays
        cursor.execute(f"DELETE FROM {_alias_table()} WHERE id = %s", [alias.pk])
    seen.add(gazetteer_version())
    assert len(seen) == 4
    with django_assert_num_queries(1):
        gazetteer_version()


def test_a_worker_rebuilds_its_gazetteer_after_a_rename_made_in_sql():
    """What the version is for: a name changed behind the ORM's back is found in the next article."""
    from django.db import connection

    from articles.services import current_gazetteer

    text = "Kim Jong Un met the envoy in Shangdu on Monday."  # a name no record has
    before = extract(text, gazetteer=current_gazetteer())
    assert not any(m.text == "Shangdu" for m in before.mentions)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Place._meta.db_table} SET name = %s WHERE name = %s", ["Shangdu", "Beijing"])
    after = extract(text, gazetteer=current_gazetteer())
    assert [m.key for m in after.mentions if m.text == "Shangdu"] == [f"place:{Place.objects.get(name='Shangdu').pk}"]


def test_without_its_counter_row_the_version_counts_the_tables_and_still_moves():
    """A flush can empty the counter table; until the next write the version counts rows and ids
    (and the next write creates the row again, with a new epoch)."""
    from articles.services import gazetteer_version
    from tracker.models import ActorAlias, ChangeCounter

    counted = gazetteer_version()
    ChangeCounter.objects.all().delete()
    fallback = gazetteer_version()
    assert fallback != counted
    kim = Actor.objects.get(slug="kim-jong-un")
    ActorAlias.objects.filter(actor=kim).order_by("-pk").first().delete()
    recreated = gazetteer_version()
    assert recreated not in {counted, fallback}
    assert ChangeCounter.objects.get(name="gazetteer").epoch not in counted

"""The gazetteer's change counter, and the triggers that move it on every write to the tables the
gazetteer is built from (tracker.gazetteer.gazetteer_version reads it: one primary-key look-up
instead of counting every alias before every article)."""

from django.db import migrations, models

# The tables tracker.gazetteer.build_gazetteer reads.
GAZETTEER_TABLES = (
    "tracker_actor",
    "tracker_actoralias",
    "tracker_role",
    "tracker_place",
    "tracker_placealias",
    "tracker_commodity",
    "tracker_commodityalias",
)
COUNTER = "tracker_changecounter"
EVENTS = ("INSERT", "UPDATE", "DELETE")


def _postgresql_sql() -> tuple[list[str], list[str]]:
    # One bump per statement (a bulk load of ten thousand aliases is one), TRUNCATE included. The
    # row is created again if a flush emptied the counter table, with a new epoch.
    forward = [
        f"""CREATE OR REPLACE FUNCTION tracker_bump_counter() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {COUNTER} (name, value, epoch) VALUES (TG_ARGV[0], 1, gen_random_uuid()::text)
            ON CONFLICT (name) DO UPDATE SET value = {COUNTER}.value + 1;
            RETURN NULL;
        END $$"""
    ]
    backward = []
    for table in GAZETTEER_TABLES:
        forward.append(
            f"CREATE TRIGGER {table}_gazetteer_counter AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_counter('gazetteer')"
        )
        backward.append(f"DROP TRIGGER IF EXISTS {table}_gazetteer_counter ON {table}")
    backward.append("DROP FUNCTION IF EXISTS tracker_bump_counter()")
    return forward, backward


def _sqlite_sql() -> tuple[list[str], list[str]]:
    # SQLite has row triggers only: one bump per row written.
    forward, backward = [], []
    for table in GAZETTEER_TABLES:
        for event in EVENTS:
            name = f"{table}_gazetteer_counter_{event.lower()}"
            forward.append(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT INTO {COUNTER} (name, value, epoch) VALUES ('gazetteer', 1, lower(hex(randomblob(16)))) "
                f"ON CONFLICT (name) DO UPDATE SET value = value + 1; END"
            )
            backward.append(f"DROP TRIGGER IF EXISTS {name}")
    return forward, backward


_SQL = {"postgresql": _postgresql_sql, "sqlite": _sqlite_sql}


def _run(schema_editor, which: int) -> None:
    make = _SQL.get(schema_editor.connection.vendor)
    if make is None:
        return  # another database: the gazetteer version falls back to counting (tracker.gazetteer)
    for sql in make()[which]:
        schema_editor.execute(sql)


def create_triggers(apps, schema_editor):
    _run(schema_editor, 0)
    import uuid

    apps.get_model("tracker", "ChangeCounter").objects.update_or_create(
        name="gazetteer", defaults={"value": 1, "epoch": uuid.uuid4().hex}
    )


def drop_triggers(apps, schema_editor):
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0005_trade_flows"),
    ]

    operations = [
        migrations.CreateModel(
            name="ChangeCounter",
            fields=[
                ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("value", models.BigIntegerField(default=0)),
                ("epoch", models.CharField(default="", max_length=40)),
            ],
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]

"""Organizations take the short names reporters and readers use ("Chinese Foreign Ministry").

The gazetteer loader finds records by the slug of their name, so a database loaded before the
rename would get a second record under the new name. This migration renames the record in place:
new name and slug, the old slug redirects to it, the old name stays an alias, and role strings
that named the organization follow. A database without the old record is left alone.
"""

from django.db import migrations
from django.utils.text import slugify

RENAMES = {
    "Ministry of Foreign Affairs of the People's Republic of China": "Chinese Foreign Ministry",
    "Ministry of Commerce of the People's Republic of China": "Ministry of Commerce of China",
    "Ministry of Foreign Affairs of the Democratic People's Republic of Korea": "Ministry of Foreign Affairs of the DPRK",
    "Ministry of External Economic Relations of the Democratic People's Republic of Korea": (
        "Ministry of External Economic Relations of the DPRK"
    ),
    "Embassy of the People's Republic of China in the Democratic People's Republic of Korea": (
        "Chinese Embassy in the DPRK"
    ),
    "International Department of the Central Committee of the Communist Party of China": (
        "International Department of the CPC Central Committee"
    ),
    "International Department of the Central Committee of the Workers' Party of Korea": (
        "International Department of the WPK Central Committee"
    ),
    "Cabinet of the Democratic People's Republic of Korea": "Cabinet of the DPRK",
    "Ministry of National Defence of the Democratic People's Republic of Korea": "Ministry of National Defence of the DPRK",
    "Ministry of State Security of the Democratic People's Republic of Korea": "Ministry of State Security of the DPRK",
    "Ministry of National Defense of the People's Republic of China": "Chinese Ministry of National Defense",
    "State Council of the People's Republic of China": "State Council of China",
}


def _normalize(text):
    from tracker.text import normalize_alias

    return normalize_alias(text)


def _script(text):
    from tracker.text import script_of

    return script_of(text)


def rename(apps, schema_editor, renames):
    Actor = apps.get_model("tracker", "Actor")
    ActorAlias = apps.get_model("tracker", "ActorAlias")
    ActorRedirect = apps.get_model("tracker", "ActorRedirect")
    Role = apps.get_model("tracker", "Role")
    for old, new in renames.items():
        Role.objects.filter(organization=old).update(organization=new)
        actor = Actor.objects.filter(slug=slugify(old)[:200]).first()
        if actor is None or Actor.objects.filter(slug=slugify(new)[:200]).exists():
            continue
        old_slug = actor.slug
        actor.name, actor.slug = new, slugify(new)[:200]
        actor.save()
        ActorRedirect.objects.filter(old_slug=actor.slug).delete()
        ActorRedirect.objects.get_or_create(old_slug=old_slug, defaults={"actor": actor})
        key = _normalize(old)
        if not ActorAlias.objects.filter(normalized=key).exists():
            ActorAlias.objects.create(actor=actor, text=old, normalized=key, language="en", script=_script(old))


def forward(apps, schema_editor):
    rename(apps, schema_editor, RENAMES)


def backward(apps, schema_editor):
    rename(apps, schema_editor, {new: old for old, new in RENAMES.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0003_data_version"),
    ]

    operations = [migrations.RunPython(forward, backward)]

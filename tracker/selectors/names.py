"""Records found by any of their names, in any script, for the filters and the API."""

from __future__ import annotations

from django.db.models import Count, Q

from tracker.models import Actor, Place


class NameNotFound(ValueError):
    """A name that matches no record, or several; the message says which."""


def find_by_name(kind: str, value: str):
    """The actor or place a user typed: its slug, an old slug of a merged actor, its name or any
    alias in any script ("kim-jong-un", "Kim Jong Un", "김정은", "金正恩"; "Beijing", "北京")."""
    from tracker.models import ActorAlias, ActorRedirect, PlaceAlias
    from tracker.text import normalize_alias

    model, alias_model, field = (Actor, ActorAlias, "actor") if kind == "actor" else (Place, PlaceAlias, "place")
    value = (value or "").strip()
    if not value:
        return None
    found = model.objects.filter(slug=value.lower()).first()
    if found is None and model is Actor:
        redirect = ActorRedirect.objects.filter(old_slug=value.lower()).select_related("actor").first()
        found = redirect.actor if redirect else None
    if found is None:
        key = normalize_alias(value)
        by_alias = alias_model.objects.filter(normalized=key).values_list(f"{field}_id", flat=True)
        matches = list(model.objects.filter(Q(name__iexact=value) | Q(pk__in=by_alias)).distinct()[:6])
        if len(matches) > 1:
            names = ", ".join(f"{m.name} ({m.slug})" for m in matches[:5])
            raise NameNotFound(f"“{value}” names several {field}s: {names}. Choose one.")
        found = matches[0] if matches else None
    if found is None:
        raise NameNotFound(f"No {field} is called “{value}” (by its name, slug or any alias).")
    return found


def name_suggestions(kind: str, limit: int = 300, version: str | None = None) -> list[str]:
    """Names for the filter fields' suggestions: the most mentioned actors, or every named place.
    With the data ``version``, read from the cache (counting mentions reads every one of them)."""
    if version is not None:
        from .cache import cached

        return cached("name_suggestions", version, lambda: name_suggestions(kind, limit), kind, limit)
    if kind == "actor":
        return list(
            Actor.objects.annotate(n=Count("mentions"))
            .filter(n__gt=0)
            .order_by("-n", "name")
            .values_list("name", flat=True)[:limit]
        )
    return list(Place.objects.order_by("name").values_list("name", flat=True)[:limit])

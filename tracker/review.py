"""Editorial review: confirming, rejecting and correcting facts, accepting and merging actors.

Every decision records who and when (and django-simple-history records what changed). Extraction
never undoes one: it replaces only unreviewed machine facts, never re-creates a fact an editor
rejected, and adds evidence to a reviewed fact without touching its values
(``articles.services.apply_extraction``)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import (
    Actor,
    ActorAlias,
    ActorRedirect,
    Agreement,
    Commodity,
    DatePrecision,
    Meeting,
    Place,
    ReviewState,
    Role,
    TradeItem,
    Visit,
)
from .text import normalize_alias


class ReviewError(ValueError):
    """A correction that cannot be applied; the message says why."""


def _stamp(fact, state: str, user) -> None:
    fact.review_state = state
    fact.reviewed_by = user if getattr(user, "is_authenticated", False) else None
    fact.reviewed_at = timezone.now()


def confirm(fact, user) -> None:
    _stamp(fact, ReviewState.CONFIRMED, user)
    fact.save(update_fields=["review_state", "reviewed_by", "reviewed_at"])


def reject(fact, user) -> None:
    _stamp(fact, ReviewState.REJECTED, user)
    fact.save(update_fields=["review_state", "reviewed_by", "reviewed_at"])


@transaction.atomic
def edit(fact, user, changes: dict) -> None:
    """Apply an editor's values: ``date`` (ISO, with ``date_precision``), ``place`` /
    ``destination`` (place slug or ""), ``participants`` / ``signatories`` (actor slugs),
    ``visitor`` (slug), ``title`` (an agreement's), ``hs_code``, ``exporter``, ``importer`` (ISO country codes), ``status``."""
    if "date" in changes:
        raw = (changes.get("date") or "").strip()
        precision = changes.get("date_precision") or fact.date_precision or DatePrecision.DAY
        if precision not in DatePrecision.values:
            raise ReviewError(f"Date precision must be one of {', '.join(DatePrecision.values)}.")
        if raw:
            try:
                day = dt.date.fromisoformat(raw if len(raw) == 10 else (raw + "-01-01")[:10])
            except ValueError:
                raise ReviewError(f"“{raw}” is not a date (YYYY-MM-DD, YYYY-MM or YYYY).") from None
            fact.date, fact.date_precision = day, precision
        else:
            fact.date, fact.date_precision = None, ""
    for field in ("place", "destination"):
        if field in changes and hasattr(fact, f"{field}_id"):
            slug = (changes[field] or "").strip()
            place = Place.objects.filter(slug=slug).first() if slug else None
            if slug and place is None:
                raise ReviewError(f"No place “{slug}”.")
            setattr(fact, field, place)
    if "visitor" in changes and isinstance(fact, Visit):
        fact.visitor = _actor(changes["visitor"])
    if "hs_code" in changes and isinstance(fact, TradeItem):
        code = (changes["hs_code"] or "").strip()
        commodity = Commodity.objects.filter(hs_code=code).order_by("pk").first()
        if commodity is None:
            raise ReviewError(f"No commodity with HS heading {code}.")
        fact.commodity = commodity
    for field in ("exporter", "importer"):
        if field in changes and isinstance(fact, TradeItem):
            code = (changes[field] or "").strip().upper()
            if code and len(code) != 2:
                raise ReviewError(f"{field.capitalize()} must be a two-letter country code.")
            setattr(fact, field, code)
    if "title" in changes and isinstance(fact, Agreement):
        fact.title = (changes["title"] or "").strip()[:300]
    if "status" in changes and hasattr(fact, "status"):
        choices = type(fact)._meta.get_field("status").choices
        if changes["status"] not in {c[0] for c in choices}:
            raise ReviewError(f"Status must be one of {', '.join(c[0] for c in choices)}.")
        fact.status = changes["status"]
    _stamp(fact, ReviewState.EDITED, user)
    fact.save()
    for field in ("participants", "signatories"):
        if field in changes and hasattr(fact, field):
            slugs = [s for s in changes[field] if s]
            actors = [_actor(s) for s in slugs]
            if field == "participants" and len(actors) < 2:
                raise ReviewError("A meeting needs at least two participants.")
            getattr(fact, field).set(actors)


def _actor(slug: str) -> Actor:
    actor = Actor.objects.filter(slug=(slug or "").strip()).first()
    if actor is None:
        raise ReviewError(f"No actor “{slug}”.")
    return actor


@transaction.atomic
def accept_candidate(actor: Actor) -> Actor:
    """A candidate the pipeline found becomes a gazetteer actor; its name becomes an alias."""
    actor.is_candidate = False
    actor.save(update_fields=["is_candidate", "updated"])
    if not ActorAlias.objects.filter(normalized=normalize_alias(actor.name)).exists():
        ActorAlias.objects.create(actor=actor, text=actor.name)
    return actor


@transaction.atomic
def merge_actors(source: Actor, target: Actor) -> Actor:
    """Move every alias, role, fact and mention of ``source`` to ``target``, delete ``source`` and
    redirect its slug. The source's name becomes an alias of the target."""
    if source.pk == target.pk:
        raise ReviewError("An actor cannot be merged into itself.")
    target_norms = set(ActorAlias.objects.filter(actor=target).values_list("normalized", flat=True))
    for alias in ActorAlias.objects.filter(actor=source):
        if alias.normalized in target_norms:
            alias.delete()
        else:
            alias.actor = target
            alias.save()
            target_norms.add(alias.normalized)
    name_norm = normalize_alias(source.name)
    if name_norm not in target_norms and not ActorAlias.objects.filter(normalized=name_norm).exists():
        ActorAlias.objects.create(actor=target, text=source.name)
    Role.objects.filter(actor=source).update(actor=target)
    for meeting in Meeting.objects.filter(participants=source):
        meeting.participants.remove(source)
        meeting.participants.add(target)
    for agreement in Agreement.objects.filter(signatories=source):
        agreement.signatories.remove(source)
        agreement.signatories.add(target)
    Visit.objects.filter(visitor=source).update(visitor=target)
    from articles.models import Mention

    Mention.objects.filter(actor=source).update(actor=target)
    ActorRedirect.objects.filter(actor=source).update(actor=target)
    ActorRedirect.objects.update_or_create(old_slug=source.slug, defaults={"actor": target})
    source.delete()
    Actor.objects.filter(pk=target.pk).update(updated=timezone.now())  # the gazetteer changed
    return target


def articles_mentioning(actor: Actor):
    """Articles linked to the actor, or whose text contains one of its names (new aliases too)."""
    from articles.models import Article

    names = {actor.name, *actor.aliases.values_list("text", flat=True)}
    match = Q(mentions__actor=actor)
    for name in names:
        if len(name) >= 2:
            match |= Q(text__icontains=name)
    return Article.objects.filter(match).exclude(text="").distinct()

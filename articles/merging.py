"""One event, one fact: when two reports are the same event, and how they are stored as one.

The merge policy (also in the README, "Architecture"):

* the same kind of fact;
* a meeting: participant sets of which one contains the other, sharing at least two people (a
  report that adds a spouse or an aide is the same meeting); a visit: the same visitor and status,
  and the same destination, or one of them a place inside the other (Beijing in China), or one
  unknown; an agreement: signatory sets of which one contains the other;
* compatible dates: one inside the other ("2024-04" and "2024-04-11"), or days at most
  ``MEETING_WINDOW_DAYS`` apart for meetings and agreements (one day: the same talks dated in
  Pyongyang's and Beijing's time zone, or by the evening bulletin of the next day) and at most
  ``VISIT_WINDOW_DAYS`` apart for visits (a trip of several days is dated by its arrival in one
  report and by its talks in another; no one makes two trips to one place within three days).

Such reports are one fact. It keeps the most precise date the evidence supports, the union of
the evidence, and (for an unreviewed meeting) the participants the reports agree on. A rejected
fact is never merged into, and a reviewed fact is never merged away.

Concurrency: ``lock_event_keys`` takes a transaction-scoped PostgreSQL advisory lock for every
person (or good) a fact names, in a fixed order, before the lookup; a second transaction storing
a fact about the same people waits until the first commits and then finds its fact. On SQLite
every write transaction starts with ``BEGIN IMMEDIATE`` (settings), which serialises writers.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json

from django.db import connection, transaction

from articles.models import Evidence
from tracker.fact_kinds import BY_MODEL
from tracker.models import Meeting, Place, ReviewState, TradeItem, Visit

MEETING_WINDOW_DAYS = 1
VISIT_WINDOW_DAYS = 3
_EVIDENCE_FIELDS = [(model, kind.evidence_field) for model, kind in BY_MODEL.items()]
_PRECISION = {"year": 0, "month": 1, "day": 2}


# --- locking ------------------------------------------------------------------------------------


def event_keys(model, fields: dict, actors: list[int]) -> list[str]:
    """The names a fact is filed under for locking: each of its people, or its good."""
    kind = BY_MODEL[model].evidence_field
    if model is Visit:
        return [f"person:{fields['visitor_id']}"]
    if model is TradeItem:
        return [f"{kind}:{fields['commodity_id']}"]
    return [f"person:{a}" for a in actors]


def lock_event_keys(keys) -> None:
    """Transaction-scoped advisory locks on PostgreSQL, taken in sorted order (no deadlock between
    two transactions locking overlapping sets). Elsewhere a no-op: SQLite serialises writers."""
    if connection.vendor != "postgresql" or not keys:
        return
    if not connection.in_atomic_block:
        raise RuntimeError("event locks are transaction-scoped; take them inside transaction.atomic()")
    ids = sorted(
        {int.from_bytes(hashlib.blake2b(k.encode(), digest_size=8).digest(), "big", signed=True) for k in keys}
    )
    with connection.cursor() as cursor:
        # one round trip; unnest yields the sorted array in order, so the locks are taken in order
        cursor.execute("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(%s::bigint[]) AS k", [ids])


# --- reading facts -----------------------------------------------------------------------------


def read_facts(model, where: str, params: list, limit: int | None = None) -> list:
    """Facts of ``model`` matching the SQL condition ``where``, lowest id first, each with
    ``people``: the ids of its participants or signatories (kinds that have them), read in the
    same statement. Storing reads facts for every report; the ORM's filter and its prefetch of
    the people were two statements compiled each time and one more per fact."""
    sql = _fact_select(model, connection.vendor) + f" WHERE {where} ORDER BY {connection.ops.quote_name('id')}"
    facts = list(model.objects.raw(sql + (f" LIMIT {int(limit)}" if limit else ""), params))
    for fact in facts:
        if isinstance(getattr(fact, "people", None), str):  # SQLite: a JSON array
            fact.people = json.loads(fact.people)
    return facts


def fact_people(fact) -> set[int]:
    """A fact's people as ``read_facts`` read them (or as storing set them), else from the database."""
    known = getattr(fact, "people", None)
    if known is None:
        known = [a.pk for a in getattr(fact, BY_MODEL[type(fact)].people_m2m).all()]
    return set(known)


@functools.cache
def _fact_select(model, vendor: str) -> str:
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(f"{table}.{quote(f.column)}" for f in model._meta.concrete_fields)
    if BY_MODEL[model].people_m2m:
        through, own, actor = _people_table(model)
        collect = f"ARRAY(SELECT {actor}" if vendor == "postgresql" else f"(SELECT json_group_array({actor})"
        columns += f", {collect} FROM {through} WHERE {own} = {table}.{quote('id')}) AS people"
    return f"SELECT {columns} FROM {table}"


def _people_table(model) -> tuple[str, str, str]:
    """The quoted table linking a kind of fact to its people, its column for the fact and for the actor."""
    quote = connection.ops.quote_name
    through = getattr(model, BY_MODEL[model].people_m2m).through._meta
    return (
        quote(through.db_table),
        quote(through.get_field(model._meta.model_name).column),
        quote(through.get_field("actor").column),
    )


# --- the policy ---------------------------------------------------------------------------------


def _iso_at(day, precision: str) -> str:
    if day is None:
        return ""
    return {"year": f"{day:%Y}", "month": f"{day:%Y-%m}"}.get(precision, day.isoformat())


def dates_compatible(a: dt.date | None, a_prec: str, b: dt.date | None, b_prec: str, window: int) -> bool:
    """One date inside the other, or two days at most ``window`` days apart. No date matches nothing."""
    mine, theirs = _iso_at(a, a_prec), _iso_at(b, b_prec)
    if not mine or not theirs:
        return False
    if mine.startswith(theirs) or theirs.startswith(mine):
        return True
    return a_prec == b_prec == "day" and abs((a - b).days) <= window


def _places_compatible(a: int | None, b: int | None) -> bool:
    if a is None or b is None or a == b:
        return True
    places = {p.pk: p for p in Place.objects.filter(pk__in=[a, b]).select_related("parent")}
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None:
        return False

    def inside(inner: Place, outer: Place) -> bool:
        if outer.kind == "country" and inner.country and inner.country == outer.country:
            return True
        return inner.parent_id == outer.pk

    return inside(pa, pb) or inside(pb, pa)


def _actors_compatible(mine: set[int], theirs: set[int], least: int) -> bool:
    return len(mine & theirs) >= least and (mine <= theirs or theirs <= mine)


def same_event(model, fields: dict, actors: list[int]):
    """The stored fact another report made of the same event, by the policy above, or None."""
    date, precision = fields.get("date"), fields.get("date_precision", "")
    if date is None or model is TradeItem:
        return None
    quote = connection.ops.quote_name
    if model is Visit:
        where, params = (
            f"{quote('visitor_id')} = %s AND {quote('status')} = %s",
            [fields["visitor_id"], fields["status"]],
        )
        window = VISIT_WINDOW_DAYS
    elif actors:
        through, own, actor = _people_table(model)
        where = f"{quote('id')} IN (SELECT {own} FROM {through} WHERE {actor} = %s)"
        params = [actors[0]]
        window = MEETING_WINDOW_DAYS
    else:
        return None
    where += f" AND {quote('date')} BETWEEN %s AND %s AND {quote('review_state')} <> %s"
    params += [date - dt.timedelta(days=400), date + dt.timedelta(days=400), ReviewState.REJECTED]
    mine = set(actors)
    for fact in read_facts(model, where, params, limit=200):
        if not dates_compatible(date, precision, fact.date, fact.date_precision, window):
            continue
        if model is Visit:
            if _places_compatible(fields.get("destination_id"), fact.destination_id):
                return fact
            continue
        if _actors_compatible(mine, fact_people(fact), 2 if model is Meeting else 1):
            return fact
    return None


def absorb(fact, fields: dict, actors: list[int], signature: str) -> None:
    """What a further report changes on an unreviewed fact: a more precise date (with its
    signature), a place where none was known, and a meeting's participants narrowed to those the
    reports agree on. Reviewed facts are left as the editor made them."""
    if fact.review_state != ReviewState.MACHINE:
        return
    changed = []
    if fields.get("date") and _PRECISION.get(fields.get("date_precision"), -1) > _PRECISION.get(
        fact.date_precision, -1
    ):
        fact.date, fact.date_precision, fact.signature = fields["date"], fields["date_precision"], signature
        changed += ["date", "date_precision", "signature"]
    for field in ("place_id", "destination_id"):
        if field in fields and getattr(fact, field, None) is None and fields[field] is not None:
            setattr(fact, field, fields[field])
            changed.append(field)
    if changed:
        fact.save(update_fields=changed)
    if isinstance(fact, Meeting) and actors:
        theirs = fact_people(fact)
        agreed = theirs & set(actors)
        if len(agreed) >= 2 and agreed != theirs:
            fact.participants.set(sorted(agreed))
            fact.people = sorted(agreed)


# --- by hand ------------------------------------------------------------------------------------


class MergeRefused(ValueError):
    pass


@transaction.atomic
def merge_facts(target, source) -> None:
    """An editor's merge: ``source``'s evidence moves to ``target`` and ``source`` is deleted.
    A reviewed fact is never merged away: when only ``source`` is reviewed, the two swap roles;
    when both are, the merge is refused."""
    if type(target) is not type(source) or target.pk == source.pk:
        raise MergeRefused("Choose two different facts of the same kind.")
    reviewed = {f.pk for f in (target, source) if f.review_state != ReviewState.MACHINE}
    if len(reviewed) == 2:
        raise MergeRefused("Both facts were reviewed by an editor; merge refused so no review is lost.")
    if source.pk in reviewed:
        target, source = source, target
    field = BY_MODEL[type(target)].evidence_field
    Evidence.objects.filter(**{field: source}).update(**{field: target})
    m2m = BY_MODEL[type(target)].people_m2m
    if m2m and target.review_state == ReviewState.MACHINE:
        getattr(target, m2m).add(*getattr(source, m2m).all())
    if _PRECISION.get(source.date_precision, -1) > _PRECISION.get(target.date_precision, -1) and (
        target.review_state == ReviewState.MACHINE
    ):
        target.date, target.date_precision = source.date, source.date_precision
        target.save(update_fields=["date", "date_precision"])
    source.delete()
    return target


@transaction.atomic
def split_evidence(evidence_ids, user=None):
    """An editor's split of a wrong merge: the chosen evidence rows (all of one fact) move to a new
    fact with the same fields, marked as edited by the editor so that no later report merges the
    two back together by itself."""
    rows = list(Evidence.objects.filter(pk__in=evidence_ids))
    facts = {(m, getattr(r, f"{f}_id")) for r in rows for m, f in _EVIDENCE_FIELDS if getattr(r, f"{f}_id")}
    if len(facts) != 1:
        raise MergeRefused("Choose evidence rows of one fact.")
    ((model, pk),) = facts
    original = model.objects.get(pk=pk)
    if (
        Evidence.objects.filter(**{BY_MODEL[model].evidence_field: original})
        .exclude(pk__in=[r.pk for r in rows])
        .count()
        == 0
    ):
        raise MergeRefused("Leave at least one evidence row with the original fact.")
    m2m = BY_MODEL[model].people_m2m
    members = list(getattr(original, m2m).all()) if m2m else []
    copy = model.objects.get(pk=pk)
    copy.pk = copy.id = None
    copy._state.adding = True
    copy.review_state = ReviewState.EDITED
    copy.reviewed_by = user
    copy.signature = f"{original.signature}|split:{original.pk}:{min(r.pk for r in rows)}"[:300]
    copy.save()
    if m2m:
        getattr(copy, m2m).set(members)
    Evidence.objects.filter(pk__in=[r.pk for r in rows]).update(**{BY_MODEL[model].evidence_field: copy})
    return copy

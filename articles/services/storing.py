"""What extraction found, stored: mentions, facts (one per event, articles.merging) and the
evidence sentence of each, in one transaction per article."""

from __future__ import annotations

import functools
import hashlib
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from articles import extraction, merging
from articles.models import Article, ArticleStatus, Evidence, Mention
from tracker.fact_kinds import BY_MODEL
from tracker.gazetteer import gazetteer_version
from tracker.models import (
    Actor,
    ActorKind,
    Agreement,
    Commodity,
    Meeting,
    Place,
    PlaceKind,
    ReviewState,
    TradeItem,
    Visit,
)

from .rows import insert_rows
from .stories import place_in_story, store_story


class _Resolver:
    """Maps extraction keys ("actor:12", "country:KP", "place:7", "commodity:3", and
    "candidate:Name" for people not in the gazetteer) to rows."""

    _known: tuple[str, tuple] | None = None  # (gazetteer version, the rows that exist then)

    def __init__(self, candidates: dict | None = None, version: str | None = None):
        self.country_actor, self.country_place, actors, self.places, self.commodities = self._rows(version)
        self.candidates = {key: _candidate_actor(entry) for key, entry in (candidates or {}).items()}
        self.actors = actors | set(self.candidates.values())

    @classmethod
    def _rows(cls, version: str | None = None) -> tuple:
        """The ids that exist, read again only when the gazetteer version (which counts every
        table's rows and highest id) changed: one query per article instead of five."""
        version = version or gazetteer_version()
        if cls._known is None or cls._known[0] != version:
            rows = (
                dict(Actor.objects.filter(kind=ActorKind.COUNTRY).values_list("country", "pk")),
                dict(Place.objects.filter(kind=PlaceKind.COUNTRY).values_list("country", "pk")),
                frozenset(Actor.objects.values_list("pk", flat=True)),
                frozenset(Place.objects.values_list("pk", flat=True)),
                frozenset(Commodity.objects.values_list("pk", flat=True)),
            )
            cls._known = (version, rows)
        return cls._known[1]

    def target(self, key: str) -> tuple[str, int] | None:
        """(field, pk) for a Mention row."""
        kind, _, ident = key.partition(":")
        if kind == "country":
            pk = self.country_actor.get(ident)
            return ("actor", pk) if pk else None
        if kind == "candidate":
            pk = self.candidates.get(key)
            return ("actor", pk) if pk else None
        pk = int(ident) if ident.isdigit() else None
        known = {"actor": self.actors, "place": self.places, "commodity": self.commodities}.get(kind, set())
        return (kind, pk) if pk in known else None

    def actor(self, key: str) -> int | None:
        t = self.target(key)
        return t[1] if t and t[0] == "actor" else None

    def place(self, key: str | None) -> int | None:
        if not key:
            return None
        kind, _, ident = key.partition(":")
        if kind == "country":
            return self.country_place.get(ident)
        pk = int(ident) if kind == "place" and ident.isdigit() else None
        return pk if pk in self.places else None

    def commodity(self, key: str) -> int | None:
        kind, _, ident = key.partition(":")
        pk = int(ident) if kind == "commodity" and ident.isdigit() else None
        return pk if pk in self.commodities else None


def _candidate_actor(entry) -> int:
    """The actor row for a person the gazetteer does not know: an existing one of that name, or a
    new candidate for an editor to accept or merge."""
    slug = slugify(entry.name)[:200] or f"candidate-{hashlib.sha1(entry.name.encode()).hexdigest()[:10]}"
    actor, _ = Actor.objects.get_or_create(
        slug=slug,
        defaults={"name": entry.name[:200], "kind": ActorKind.PERSON, "country": entry.country, "is_candidate": True},
    )
    return actor.pk


def _date_fields(d) -> dict:
    return {"date": d.date if d else None, "date_precision": d.precision if d else ""}


def _signature(kind: str, d, actors=(), extra: str = "") -> str:
    """What makes two reports one fact: kind, date and actors (not the place, which reports name
    differently). The "-" field is where a place stood in earlier signatures; kept so they match."""
    day = d.iso() if d else "-"
    who = ",".join(str(a) for a in sorted(set(actors)))
    return f"{kind}|{day}|-|{who}|{extra}"[:300]


def _fact_rows(result: extraction.ExtractionResult, r: _Resolver):
    """(model, signature, fields, m2m actor ids, sentence index) for every fact worth storing."""
    ev = result.events
    if ev is None:
        return
    for m in ev.meetings:
        actors = [a for a in (r.actor(k) for k in m.participants) if a]
        if m.planned or len(set(actors)) < 2:
            continue
        place = r.place(m.place)
        fields = {**_date_fields(m.date), "place_id": place, "kind": m.kind}
        yield Meeting, _signature("meeting", m.date, actors), fields, actors, m.sentence
    for v in ev.visits:
        visitor = r.actor(v.visitor)
        if not visitor:
            continue
        dest = r.place(v.destination)
        fields = {
            **_date_fields(v.date),
            "visitor_id": visitor,
            "destination_id": dest,
            "status": v.status,
            "end_date": v.end_date.date if v.end_date else None,
        }
        yield Visit, _signature("visit", v.date, [visitor], v.status), fields, [], v.sentence
    for a in ev.agreements:
        actors = [x for x in (r.actor(k) for k in a.signatories) if x]
        if not actors:
            continue
        place = r.place(a.place)
        fields = {
            **_date_fields(a.date),
            "place_id": place,
            "topics": a.topics[:10],
            "title": (a.title or "")[:300],
        }
        yield Agreement, _signature("agreement", a.date, actors), fields, actors, a.sentence
    for t in ev.trade_items:
        commodity = r.commodity(t.commodity_key) if getattr(t, "commodity_key", None) else None
        if not commodity:
            continue
        fields = {
            **_date_fields(t.date),
            "commodity_id": commodity,
            "exporter": t.exporter,
            "importer": t.importer,
            "status": t.status,
            **_amount_fields(t),
        }
        sig = _signature("trade", t.date, [], f"{commodity}:{t.exporter}>{t.importer}:{t.status}")
        yield TradeItem, sig, fields, [], t.sentence


def _amount_fields(t) -> dict:
    """The value (in US dollars) and quantity stated with a trade item, as stored decimals."""
    fields = {}
    if t.value_usd is not None:
        fields.update(value=Decimal(str(round(t.value_usd, 2))), currency="USD")
    if t.quantity is not None:
        fields.update(quantity=Decimal(str(round(t.quantity, 3))), unit=(t.unit or "")[:20])
    return fields


class _FactsBySignature:
    """The stored facts under the signatures of an article's rows, read in one query per kind of
    fact, where each row used to read its own (the lowest id first, as that read did). Kept
    current while the rows are stored: a fact created, or given a new signature by a more
    precise report, is found under its signature by the rows after it."""

    def __init__(self, rows):
        wanted: dict = {}
        for model, sig, *_rest in rows:
            wanted.setdefault(model, set()).add(sig)
        self._facts: dict[tuple, list] = {}
        quote = connection.ops.quote_name
        for model, sigs in wanted.items():
            # one "= %s" per signature: SQLite has no arrays, and an article has a few
            where = f"{quote('signature')} IN ({', '.join(['%s'] * len(sigs))})"
            for fact in merging.read_facts(model, where, sorted(sigs)):
                self._facts.setdefault((model, fact.signature), []).append(fact)

    def first(self, model, sig: str):
        found = self._facts.get((model, sig))
        return found[0] if found else None

    def note(self, fact) -> None:
        model = type(fact)
        for (kind, _sig), facts in self._facts.items():
            if kind is model:
                facts[:] = [f for f in facts if f.pk != fact.pk]
        filed = self._facts.setdefault((model, fact.signature), [])
        filed.append(fact)
        filed.sort(key=lambda f: f.pk)


def _create_fact(model, sig: str, fields: dict, actors: list[int]):
    """A new fact, its people, and one history record of its creation that lists them, in four
    statements at most (a meeting's or agreement's creation cost nine through ``create`` and
    ``set``: a record without the people, the reads behind ``set``, then a second record)."""
    fact = model(signature=sig, **fields)
    fact.skip_history_when_saving = True  # its record is written below, once the people are known
    fact.save()
    del fact.skip_history_when_saving
    (record,) = model.history.bulk_history_create([fact])
    m2m = BY_MODEL[model].people_m2m
    if m2m:
        fact.people = sorted(set(actors))
        through = getattr(model, m2m).through
        own = through._meta.get_field(model._meta.model_name).attname
        links = through.objects.bulk_create([through(**{own: fact.pk, "actor_id": a}) for a in fact.people])
        recorded = _people_history(model)
        recorded.objects.bulk_create(
            [recorded(history=record, id=link.pk, **{own: fact.pk, "actor_id": link.actor_id}) for link in links]
        )
    return fact


@functools.cache
def _people_history(model):
    """The historical model of a fact kind's people (``HistoricalMeeting_participants``)."""
    (rel,) = [r for r in model.history.model._meta.related_objects if r.field.name == "history"]
    return rel.related_model


_MENTION_TARGETS = ("actor", "place", "commodity")
_MENTION_COLUMNS = ("article_id", *(f"{f}_id" for f in _MENTION_TARGETS), "start", "end", "text")
_EVIDENCE_KINDS = tuple(BY_MODEL.values())
_EVIDENCE_COLUMNS = (
    "article_id",
    *(f"{kind.evidence_field}_id" for kind in _EVIDENCE_KINDS),
    "start",
    "end",
    "sentence",
    "extractor_version",
    "version_id",
)


@transaction.atomic
def apply_extraction(
    article: Article,
    result: extraction.ExtractionResult,
    place_story: bool = False,
    gazetteer_at: str | None = None,
) -> None:
    """Store what extraction found for ``article`` in one transaction.

    Mentions and this article's evidence are replaced. A fact already known from another
    article (same kind, date, place and actors) gains an evidence row instead of a twin.
    Machine facts left with no evidence are deleted; reviewed facts are never touched, and a
    fact an editor rejected is not re-created. With ``place_story`` the article is also put in the
    story of its nearest copy (``place_in_story``), read and stored in this same transaction, so
    that two copies extracted at once by two workers find each other as they did before.
    """
    if connection.vendor == "postgresql":
        # This transaction need not wait for its commit to reach the disk: what it stores is
        # derived from the article and stored again by extracting it again. A database crash may
        # lose the last fraction of a second of such commits, never part of one, and leaves their
        # articles "processing" (the claim before it is a durable commit), which ``sweep_stuck``
        # queues again. Editors' writes are other transactions and keep the default.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
    r = _Resolver(result.candidates, gazetteer_at)
    # an article never extracted before has no mentions, evidence or versions to replace
    first_time = not article.extractor_version and not article.url
    if not first_time:
        Mention.objects.filter(article=article).delete()
    mention_rows = []
    for m in result.mentions:
        target = r.target(m.key)
        if target is None:
            continue  # the record was deleted while the article was processed
        field, pk = target
        mention_rows.append(
            (article.pk, *(pk if f == field else None for f in _MENTION_TARGETS), m.start, m.end, m.text[:300])
        )
    insert_rows(Mention, _MENTION_COLUMNS, mention_rows)

    previous = {model: set() for model in BY_MODEL}
    version = None
    if not first_time:
        for row in Evidence.objects.filter(article=article).values(
            *[f"{k.evidence_field}_id" for k in BY_MODEL.values()]
        ):
            for model, kind in BY_MODEL.items():
                if row[f"{kind.evidence_field}_id"]:
                    previous[model].add(row[f"{kind.evidence_field}_id"])
        # Evidence from earlier fetched versions of the article stays; this version's is replaced.
        version = article.versions.order_by("-number").first()
        own = Q(version__isnull=True) if version is None else Q(version__isnull=True) | Q(version=version)
        Evidence.objects.filter(article=article).filter(own).delete()

    evidence_rows = []
    seen: set[tuple] = set()
    rows = list(_fact_rows(result, r))
    # Another worker storing a report of the same event waits here until this one commits
    # (articles.merging: the lock and the merge policy).
    merging.lock_event_keys(
        [k for model, _s, fields, actors, _i in rows for k in merging.event_keys(model, fields, actors)]
    )
    known = _FactsBySignature(rows)
    for model, sig, fields, actors, sentence_idx in rows:
        fact = known.first(model, sig) or merging.same_event(model, fields, actors)
        if fact is not None and fact.review_state == ReviewState.REJECTED:
            continue
        if fact is None:
            fact = _create_fact(model, sig, fields, actors)
        else:
            merging.absorb(fact, fields, actors, sig)
        known.note(fact)
        if (model, fact.pk) in seen:
            continue
        seen.add((model, fact.pk))
        sentence = result.sentences[sentence_idx]
        evidence_rows.append(
            (
                article.pk,
                *(fact.pk if kind.model is model else None for kind in _EVIDENCE_KINDS),
                sentence.start,
                sentence.end,
                sentence.text,
                extraction.EXTRACTOR_VERSION,
                version.pk if version is not None else None,
            )
        )
    insert_rows(Evidence, _EVIDENCE_COLUMNS, evidence_rows)

    if version is not None:
        # Facts follow the newest text: an unreviewed fact the new version no longer supports loses
        # the evidence of the older versions too (reviewed facts keep theirs).
        for model, kind in BY_MODEL.items():
            field = kind.evidence_field
            kept = [pk for m, pk in seen if m is model]
            Evidence.objects.filter(article=article, **{f"{field}__isnull": False}).exclude(version=version).exclude(
                **{f"{field}__in": kept}
            ).filter(**{f"{field}__review_state": ReviewState.MACHINE}).delete()

    for model, ids in previous.items():
        if ids:
            model.objects.filter(pk__in=ids, review_state=ReviewState.MACHINE, evidence__isnull=True).delete()

    article.language = article.language or result.language
    article.highlights = [list(h) for h in result.highlights]
    article.extractor_version = extraction.EXTRACTOR_VERSION
    article.status = ArticleStatus.DONE
    article.error = ""
    article.status_changed = timezone.now()
    placed = store_story(article, place_in_story(article), replace=not first_time) if place_story else []
    article.save(
        update_fields=["language", "highlights", "extractor_version", "status", "error", "status_changed", *placed]
    )

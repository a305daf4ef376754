"""Writes: ingest an article, run extraction on it, store what extraction found.

Views, the admin, management commands, the API and Celery tasks all call these functions;
none of them writes articles or facts any other way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from tracker.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Agreement,
    Commodity,
    CommodityAlias,
    Meeting,
    Place,
    PlaceAlias,
    PlaceKind,
    ReviewState,
    Role,
    TradeItem,
    Visit,
)

from . import extraction, merging, similarity
from .fetch import FetchError, fetch, page_content
from .models import Article, ArticleStatus, ArticleVersion, Evidence, Mention, Source, Story, StoryBand

log = logging.getLogger(__name__)


class IngestError(ValidationError):
    """The input cannot become an article; the message says why."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    queued: bool = False
    message: str = ""


_SURROGATE = re.compile("[\ud800-\udfff]")
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, no trailing whitespace on lines or text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text: str) -> str:
    """Hash of the text with whitespace collapsed, so re-wrapped copies count as the same text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def find_duplicate(*, text: str, url: str = "") -> Article | None:
    """The stored article with the same text (after cleaning) or the same URL, if any."""
    cleaned = clean_text(text)
    # No ORDER BY: with the model's default ordering and LIMIT 1, PostgreSQL walked the published
    # index backwards filtering on the hash, 100 ms an ingest at 40,000 articles (the memory run).
    found = (
        next(iter(Article.objects.filter(content_hash=content_hash(cleaned)).order_by()[:1]), None) if cleaned else None
    )
    if found is None and url:
        found = next(iter(Article.objects.filter(url=url).order_by()[:1]), None)
    return found


def validate_text(text) -> str:
    if text is None or not isinstance(text, str):
        raise IngestError("The article text is missing.", code="empty")
    cleaned = clean_text(text)
    if not cleaned:
        raise IngestError("The article text is empty (only whitespace was given).", code="empty")
    if _SURROGATE.search(cleaned):
        raise IngestError(
            "The article text contains invalid Unicode (unpaired surrogates); send it as UTF-8.", code="encoding"
        )
    limit = settings.ARTICLE_MAX_CHARS
    if len(cleaned) > limit:
        raise IngestError(
            f"The article text is {len(cleaned):,} characters long; the limit is {limit:,}.", code="too_large"
        )
    return cleaned


def validate_published(published: dt.date | None) -> None:
    """A publication date from 1900 up to tomorrow (time zones); anything else is a mistake."""
    if published is None:
        return
    if published < EARLIEST_PUBLISHED:
        raise IngestError(f"The publication date {published} is before 1900.", code="published")
    if published > timezone.now().date() + dt.timedelta(days=1):
        raise IngestError(f"The publication date {published} is in the future.", code="published")


def get_or_create_source(name: str | None) -> Source | None:
    name = (name or "").strip()
    if not name:
        return None
    source, _ = Source.objects.get_or_create(name=name)
    return source


def ingest_article(
    *,
    text: str,
    title: str = "",
    published: dt.date | None = None,
    source: Source | str | None = None,
    url: str = "",
    raw_html: str = "",
    language: str = "",
) -> IngestResult:
    """Save an article and queue its extraction once the transaction commits.

    Raises IngestError for empty or over-large text. The same text (or the same URL) again
    returns the stored article with ``created=False`` and changes nothing.
    """
    cleaned = validate_text(text)
    validate_published(published)
    url = (url or "").strip()
    if isinstance(source, str):
        source = get_or_create_source(source)
    existing = find_duplicate(text=cleaned, url=url)
    if existing is not None:
        return IngestResult(existing, created=False, message=f"Already stored as article #{existing.pk}.")
    article = Article(
        title=(title or "").strip()[:500] or cleaned.split("\n", 1)[0][:200],
        text=cleaned,
        raw_html=raw_html or "",
        url=url,
        language=language or "",
        published=published,
        source=source,
        content_hash=content_hash(cleaned),
        status=ArticleStatus.PENDING,
        status_changed=timezone.now(),
    )
    existing = _save_unless_raced(article, lambda: find_duplicate(text=cleaned, url=url))
    if existing is not None:
        return IngestResult(existing, created=False, message=f"Already stored as article #{existing.pk}.")
    outcome: dict[str, bool] = {}
    transaction.on_commit(lambda: outcome.update(queued=queue_extraction(article.pk)))
    if outcome.get("queued") is False:  # no transaction around us: the broker already said no
        return IngestResult(
            article,
            created=True,
            queued=False,
            message=f"Stored as article #{article.pk}; the task queue is unreachable, so extraction will start "
            "when it is back (the sweep queues pending articles again).",
        )
    return IngestResult(
        article, created=True, queued=True, message=f"Stored as article #{article.pk}; extraction queued."
    )


def _save_unless_raced(article: Article, find_existing) -> Article | None:
    """Save a new article; if a racing request stored the same one first (a unique constraint
    fails), return that one instead. Any other error is raised."""
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        existing = find_existing()
        if existing is None:
            raise
        return existing
    return None


def queue_extraction(article_id: int) -> bool:
    """Send the extraction task; if the broker is down the article stays pending (the sweep retries)."""
    from .tasks import extract_article

    try:
        extract_article.delay(article_id)
    except Exception as exc:  # noqa: BLE001 - broker errors vary by transport
        log.warning("Could not queue extraction of article %s: %s", article_id, exc)
        return False
    return True


def requeue_articles(article_ids) -> int:
    """Mark articles pending and queue them again (admin action, API)."""
    ids = list(article_ids)
    Article.objects.filter(pk__in=ids).update(status=ArticleStatus.PENDING, error="", status_changed=timezone.now())
    for pk in ids:
        transaction.on_commit(lambda pk=pk: queue_extraction(pk))
    return len(ids)


# --- the gazetteer as the extraction package sees it ---------------------------------------

_LABELS = {ActorKind.PERSON: extraction.types.PERSON, ActorKind.ORGANIZATION: extraction.types.ORGANIZATION}


def gazetteer_version() -> str:
    """Changes whenever a record or alias is added, removed or renamed. One query: every worker
    asks before every article."""
    from django.db import connection

    parts = []
    for model in (Actor, ActorAlias, Role, Place, PlaceAlias, Commodity, CommodityAlias):
        table = connection.ops.quote_name(model._meta.db_table)
        parts.append(f"(SELECT COUNT(*) FROM {table}), (SELECT MAX(id) FROM {table})")
    parts.append(f"(SELECT MAX(updated) FROM {connection.ops.quote_name(Actor._meta.db_table)})")
    # a place or commodity renamed or edited (tracker.signals); not every DataChange, or each
    # outlet added or fact deleted would make every worker build its pipeline again
    parts.append(
        "(SELECT MAX(id) FROM tracker_datachange WHERE what LIKE 'tracker.Place%' OR what LIKE 'tracker.Commodity%')"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return f"{extraction.EXTRACTOR_VERSION}|" + "|".join("-" if v is None else str(v) for v in row)


def _roles_by_actor() -> dict[int, tuple[tuple[str, str, str], ...]]:
    roles: dict[int, list[tuple[str, str, str]]] = {}
    for actor_id, title, start, end in Role.objects.values_list("actor_id", "title", "start", "end"):
        roles.setdefault(actor_id, []).append(
            (title, start.isoformat() if start else "", end.isoformat() if end else "")
        )
    return {k: tuple(v) for k, v in roles.items()}


def sanctions_table() -> tuple[extraction.SanctionRule, ...]:
    """The sanctions table shipped with the gazetteer (``tracker/data/sanctions.json``)."""
    from .gazetteer_files import sanctions_from_files

    return sanctions_from_files()


def build_gazetteer(version: str | None = None) -> extraction.Gazetteer:
    actor_aliases: dict[int, list[str]] = {}
    for actor_id, text in ActorAlias.objects.values_list("actor_id", "text"):
        actor_aliases.setdefault(actor_id, []).append(text)
    place_aliases: dict[int, list[str]] = {}
    for place_id, text in PlaceAlias.objects.values_list("place_id", "text"):
        place_aliases.setdefault(place_id, []).append(text)
    commodity_aliases: dict[int, list[str]] = {}
    for cid, text in CommodityAlias.objects.values_list("commodity_id", "text"):
        commodity_aliases.setdefault(cid, []).append(text)
    roles = _roles_by_actor()

    entries = []
    for actor in Actor.objects.filter(is_candidate=False).only("pk", "name", "kind", "country"):
        aliases = tuple(actor_aliases.get(actor.pk, ()))
        if actor.kind == ActorKind.COUNTRY:
            entries.append(
                extraction.GazetteerEntry(
                    f"country:{actor.country}", extraction.types.COUNTRY, actor.name, aliases, actor.country
                )
            )
        else:
            entries.append(
                extraction.GazetteerEntry(
                    f"actor:{actor.pk}",
                    _LABELS[actor.kind],
                    actor.name,
                    aliases,
                    actor.country,
                    kind=actor.kind,
                    roles=roles.get(actor.pk, ()),
                )
            )
    for place in Place.objects.exclude(kind=PlaceKind.COUNTRY).only("pk", "name", "country", "kind", "parent_id"):
        entries.append(
            extraction.GazetteerEntry(
                f"place:{place.pk}",
                extraction.types.PLACE,
                place.name,
                tuple(place_aliases.get(place.pk, ())),
                place.country,
                kind=place.kind,
                parent=f"place:{place.parent_id}" if place.parent_id else "",
            )
        )
    for commodity in Commodity.objects.all():
        entries.append(
            extraction.GazetteerEntry(
                f"commodity:{commodity.pk}",
                extraction.types.COMMODITY,
                commodity.name,
                tuple(commodity_aliases.get(commodity.pk, ())),
                hs_code=commodity.hs_code,
            )
        )
    return extraction.Gazetteer(
        entries=tuple(entries), version=version or gazetteer_version(), sanctions=sanctions_table()
    )


_gazetteer_cache: dict[str, extraction.Gazetteer] = {}


def current_gazetteer(version: str | None = None) -> extraction.Gazetteer:
    """The gazetteer, rebuilt only when the database's version of it changed (``version``: one
    the caller has just read)."""
    version = version or gazetteer_version()
    gaz = _gazetteer_cache.get(version)
    if gaz is None:
        _gazetteer_cache.clear()
        gaz = _gazetteer_cache[version] = build_gazetteer(version)
    return gaz


def warm_pipeline() -> None:
    """Build the gazetteer and spaCy pipeline now (worker start), not on the first article."""
    extraction.pipeline_for(current_gazetteer())


def run_pipeline(
    text: str, *, published: dt.date | None = None, language: str | None = None, version: str | None = None
):
    """The one call that both ingest (via the task) and ``manage.py extract`` make."""
    return extraction.extract(
        text, gazetteer=current_gazetteer(version), published=published, language=language or None
    )


# --- storing results ----------------------------------------------------------------------


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


_EVIDENCE_FIELD = merging.EVIDENCE_FIELD
_M2M = merging.M2M


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
            Mention(article=article, start=m.start, end=m.end, text=m.text[:300], **{f"{field}_id": pk})
        )
    Mention.objects.bulk_create(mention_rows)

    previous = {model: set() for model in _EVIDENCE_FIELD}
    version = None
    if not first_time:
        for row in Evidence.objects.filter(article=article).values(*[f"{f}_id" for f in _EVIDENCE_FIELD.values()]):
            for model, field in _EVIDENCE_FIELD.items():
                if row[f"{field}_id"]:
                    previous[model].add(row[f"{field}_id"])
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
    for model, sig, fields, actors, sentence_idx in rows:
        fact = model.objects.filter(signature=sig).order_by("pk").first() or merging.same_event(model, fields, actors)
        if fact is not None and fact.review_state == ReviewState.REJECTED:
            continue
        if fact is None:
            fact = model.objects.create(signature=sig, **fields)
            if model in _M2M:
                getattr(fact, _M2M[model]).set(sorted(set(actors)))
        else:
            merging.absorb(fact, fields, actors, sig)
        if (model, fact.pk) in seen:
            continue
        seen.add((model, fact.pk))
        sentence = result.sentences[sentence_idx]
        evidence_rows.append(
            Evidence(
                article=article,
                start=sentence.start,
                end=sentence.end,
                sentence=sentence.text,
                extractor_version=extraction.EXTRACTOR_VERSION,
                version=version,
                **{_EVIDENCE_FIELD[model]: fact},
            )
        )
    Evidence.objects.bulk_create(evidence_rows)

    if version is not None:
        # Facts follow the newest text: an unreviewed fact the new version no longer supports loses
        # the evidence of the older versions too (reviewed facts keep theirs).
        for model, field in _EVIDENCE_FIELD.items():
            kept = [pk for m, pk in seen if m is model]
            Evidence.objects.filter(article=article, **{f"{field}__isnull": False}).exclude(version=version).exclude(
                **{f"{field}__in": kept}
            ).filter(**{f"{field}__review_state": ReviewState.MACHINE}).delete()

    for model, ids in previous.items():
        if ids:
            model.objects.filter(pk__in=ids, review_state=ReviewState.MACHINE, evidence__isnull=True).delete()

    article.language = article.language or result.language
    article.extractor_version = extraction.EXTRACTOR_VERSION
    article.status = ArticleStatus.DONE
    article.error = ""
    article.status_changed = timezone.now()
    placed = store_story(article, place_in_story(article)) if place_story else []
    article.save(update_fields=["language", "extractor_version", "status", "error", "status_changed", *placed])


def process_article(article_id: int) -> Article | None:
    """Run extraction on one stored article and record the outcome. Returns None if it is gone."""
    updated = Article.objects.filter(pk=article_id).update(
        status=ArticleStatus.PROCESSING, status_changed=timezone.now()
    )
    if not updated:
        log.info("Article %s no longer exists; nothing to extract.", article_id)
        return None
    article = Article.objects.get(pk=article_id)
    if not article.text and article.url:
        try:
            fetch_into(article)
        except (FetchError, IngestError) as exc:
            mark_failed(article_id, f"Fetch failed: {_fetch_problem(exc)}")
            article.refresh_from_db()
            return article
    try:
        version = gazetteer_version()  # read once for the task: extraction and storing share it
        result = run_pipeline(
            article.text, published=article.published, language=article.language or None, version=version
        )
        apply_extraction(article, result, place_story=True, gazetteer_at=version)
    except (OperationalError, InterfaceError):
        raise  # the database went away: the task retries with backoff; marking failed could not be stored
    except Exception as exc:
        mark_failed(article_id, f"{type(exc).__name__}: {exc}")
        raise ExtractionFailed(article_id) from exc
    return article


class ExtractionFailed(Exception):
    """Extraction of an article failed and the failure is already recorded on it."""


def sweep_stuck(*, processing_timeout: int | None = None, pending_after: int | None = None) -> dict[str, int]:
    """Queue again what a lost worker or a broker outage left behind.

    Articles still ``processing`` long after any task could have finished (their worker was
    killed) and articles ``pending`` for a while (queued while Redis was down, or their message
    was lost) are queued again. Extraction is idempotent, so a duplicate task does no harm.
    """
    now = timezone.now()
    processing_timeout = processing_timeout or settings.ARTICLE_PROCESSING_TIMEOUT
    pending_after = pending_after or settings.ARTICLE_PENDING_REQUEUE_AFTER
    stuck = list(
        Article.objects.filter(
            status=ArticleStatus.PROCESSING, status_changed__lt=now - dt.timedelta(seconds=processing_timeout)
        ).values_list("pk", flat=True)
    )
    waiting = list(
        Article.objects.filter(
            status=ArticleStatus.PENDING, status_changed__lt=now - dt.timedelta(seconds=pending_after)
        ).values_list("pk", flat=True)
    )
    requeue_articles(stuck + waiting)
    return {"processing": len(stuck), "pending": len(waiting)}


def mark_failed(article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        status=ArticleStatus.FAILED, error=error[:5000], status_changed=timezone.now()
    )


# --- articles from the web: URLs, versions, stories ----------------------------------------


def ingest_url(
    url: str, *, source: Source | str | None = None, published: dt.date | None = None, title: str = ""
) -> IngestResult:
    """Store a URL to fetch; the extraction task fetches the page first, then extracts it.

    A URL already stored returns that article (``created=False``); fetch it again to look for
    edits (``refetch_now``)."""
    from django.core.validators import URLValidator

    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise IngestError(f"“{url[:200]}” is not an http or https URL.", code="url") from None
    if len(url) > 2000:
        raise IngestError("The URL is longer than 2,000 characters.", code="url")
    validate_published(published)
    existing = Article.objects.filter(url=url).first()
    if existing is not None:
        return IngestResult(existing, created=False, message=f"This URL is already stored as article #{existing.pk}.")
    if isinstance(source, str):
        source = get_or_create_source(source)
    article = Article(
        url=url,
        text="",
        title=(title or "").strip()[:500],
        published=published,
        source=source,
        status=ArticleStatus.PENDING,
        status_changed=timezone.now(),
    )
    existing = _save_unless_raced(article, lambda: Article.objects.filter(url=url).first())
    if existing is not None:
        return IngestResult(existing, created=False, message=f"This URL is already stored as article #{existing.pk}.")
    outcome: dict[str, bool] = {}
    transaction.on_commit(lambda: outcome.update(queued=queue_extraction(article.pk)))
    queued = outcome.get("queued", True)
    return IngestResult(
        article,
        created=True,
        queued=queued,
        message=f"Stored as article #{article.pk}; the page will be fetched and extracted."
        if queued
        else f"Stored as article #{article.pk}; the task queue is unreachable, so fetching starts when it is back.",
    )


# A page whose main text is shorter than this is a menu, a login wall or an error page.
MIN_PAGE_TEXT = 40


def fetch_into(article: Article) -> bool:
    """Fetch the article's URL and store its text as a new version if it changed. True if it did.

    Raises FetchError (network, HTTP, size, type) or IngestError (no article text on the page)."""
    page = fetch(article.url)
    html = page.text
    content = page_content(html, page.url)
    if len(content.text.strip()) < MIN_PAGE_TEXT:
        raise IngestError(
            f"No article text was found on {article.url} (only navigation or an empty page: "
            f"{len(content.text.strip())} characters of text)."
        )
    text = validate_text(content.text)
    digest = content_hash(text)
    now = timezone.now()
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        last = locked.versions.order_by("-number").first()
        if last is not None and last.content_hash == digest:
            Article.objects.filter(pk=article.pk).update(fetched_at=now)
            article.fetched_at = now
            return False
        if last is None and locked.text and content_hash(locked.text) != digest:
            # An article first pasted with its URL: its text becomes version 1, with its evidence.
            last = ArticleVersion.objects.create(
                article=locked,
                number=1,
                title=locked.title,
                text=locked.text,
                raw_html=locked.raw_html,
                content_hash=locked.content_hash,
                fetched_at=locked.fetched_at or locked.first_seen,
            )
            Evidence.objects.filter(article=locked, version__isnull=True).update(version=last)
        ArticleVersion.objects.create(
            article=locked,
            number=(last.number + 1) if last else 1,
            title=content.title[:500],
            text=text,
            raw_html=html,
            content_hash=digest,
            fetched_at=now,
        )
        published = None
        if content.published:
            try:
                published = dt.date.fromisoformat(content.published)
                validate_published(published)
            except (ValueError, IngestError):
                published = None
        locked.text = text
        locked.raw_html = html
        locked.content_hash = digest
        locked.minhash = None  # fingerprinted again for the new text when it is extracted
        locked.title = content.title[:500] or locked.title or text.split("\n", 1)[0][:200]
        locked.author = content.author or locked.author
        locked.published = locked.published or published
        locked.fetched_at = now
        if last is not None:
            locked.language = ""  # detected again for the new text
        locked.save()
    article.refresh_from_db()
    return True


def _fetch_problem(exc: FetchError | IngestError) -> str:
    return " ".join(exc.messages) if isinstance(exc, IngestError) else str(exc)


def queue_refetch(article_ids) -> int:
    """Queue fetching these URL articles again once the transaction commits (the admin action, the
    API and feed polling all come through here); articles without a URL are skipped. Returns how
    many were queued."""
    from .tasks import refetch_article

    ids = list(Article.objects.filter(pk__in=list(article_ids)).exclude(url="").values_list("pk", flat=True))
    for pk in ids:
        transaction.on_commit(lambda pk=pk: refetch_article.delay(pk))
    return len(ids)


def refetch_now(article_id: int) -> str:
    """Fetch a URL article again, here and now (the task's body); a changed text becomes a new
    version and is extracted again."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or not article.url:
        return "gone" if article is None else "no url"
    try:
        changed = fetch_into(article)
    except (FetchError, IngestError) as exc:
        message = _fetch_problem(exc)
        if article.text:
            log.warning("Fetching article %s again failed: %s", article_id, message)  # the stored text stays
            return "unchanged"
        mark_failed(article_id, f"Fetch failed: {message}")
        return "failed"
    if changed:
        requeue_articles([article_id])
        return "changed"
    return "unchanged"


@dataclass
class StoryPlacement:
    """Where a new or changed text belongs: its story (None: a new one) and its fingerprint."""

    story_id: int | None
    signature: list[int]
    bands: list[tuple[int, int]]


def place_in_story(article: Article) -> StoryPlacement | None:
    """The story of the article's nearest near-duplicate (or None for a story of its own), read
    but not stored: ``store_story`` stores it (``apply_extraction`` does both, in its transaction).

    An article already placed keeps its story until its text changes (``fetch_into`` clears the
    fingerprint): re-extraction does not fingerprint the same text again, and this returns None."""
    if article.story_id is not None and article.minhash is not None:
        return None
    signature = similarity.minhash(article.text)
    article_bands = similarity.bands(signature)
    candidates = Article.objects.filter(pk__in=_nearest_by_bands(article, article_bands)).exclude(story__isnull=True)
    candidates = candidates.values_list("pk", "story_id", "minhash")
    best, best_score = None, settings.STORY_SIMILARITY
    for _pk, story_id, other in candidates:
        score = similarity.similarity(signature, other or [])
        if score >= best_score:
            best, best_score = story_id, score
    story_id = best or article.story_id
    if best is None and _shared_story_no_longer_similar(article, signature):
        story_id = None
    return StoryPlacement(story_id, signature, article_bands)


def _nearest_by_bands(article: Article, article_bands: list[tuple[int, int]]) -> list[int]:
    """The STORY_CANDIDATES articles sharing the most bands with this one. Each band reads at
    most that many of the newest articles holding its value, from the index alone: a value that
    thousands of articles share (an outlet's boilerplate) costs no more than a rare one, and a
    true copy shares many bands, most of them rare."""
    from collections import Counter

    from django.db import connection

    limit = settings.STORY_CANDIDATES
    table = connection.ops.quote_name(StoryBand._meta.db_table)
    one = (
        f"SELECT a FROM (SELECT article_id AS a FROM {table} WHERE band = %s AND value = %s AND article_id <> %s "
        f"ORDER BY article_id DESC LIMIT {int(limit)}) AS b{{n}}"
    )
    sql = " UNION ALL ".join(one.format(n=n) for n in range(len(article_bands)))
    params = [x for band, value in article_bands for x in (band, value, article.pk)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        shared = Counter(row[0] for row in cursor.fetchall())
    return [pk for pk, _n in sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:limit]]


def store_story(article: Article, placement: StoryPlacement | None) -> list[str]:
    """Store a placement (inside the caller's transaction); the Article fields to save."""
    if placement is None:
        return []
    story_id = placement.story_id or Story.objects.create().pk
    StoryBand.objects.filter(article=article).delete()
    StoryBand.objects.bulk_create(StoryBand(article=article, band=b, value=v) for b, v in placement.bands)
    article.story_id, article.minhash = story_id, placement.signature
    return ["story", "minhash"]


def _shared_story_no_longer_similar(article: Article, signature: list[int]) -> bool:
    """An edited article whose story is shared with copies it no longer resembles leaves it."""
    if article.story_id is None:
        return False
    others = list(
        Article.objects.filter(story_id=article.story_id).exclude(pk=article.pk).values_list("minhash", flat=True)
    )
    return bool(others) and all(similarity.similarity(signature, m or []) < settings.STORY_SIMILARITY for m in others)


# --- the living gold set: editors' decisions score the current pipeline ----------------------


def score_against_reviews() -> tuple[int, dict[str, dict]]:
    """Run the current pipeline on every article that supports a reviewed fact and compare.

    Per kind: ``tp`` confirmed facts found again, ``edited`` facts found whose values an editor
    had to correct, ``fp`` rejected facts found again, ``fn`` confirmed or corrected facts not
    found; precision = tp / (tp + edited + fp), recall = (tp + edited) / (tp + edited + fn).
    Writes nothing (candidate actors made while resolving are rolled back)."""
    kinds = {Meeting: "meetings", Visit: "visits", Agreement: "agreements", TradeItem: "trade_items"}
    counts = {name: {"tp": 0, "edited": 0, "fp": 0, "fn": 0} for name in kinds.values()}
    reviewed: dict[int, list[tuple[str, str, str]]] = {}  # article id -> (kind, signature, state)
    for model, name in kinds.items():
        field = _EVIDENCE_FIELD[model]
        rows = (
            Evidence.objects.filter(**{f"{field}__isnull": False})
            .exclude(**{f"{field}__review_state": ReviewState.MACHINE})
            .values_list("article_id", f"{field}__signature", f"{field}__review_state")
            .distinct()
        )
        for article_id, signature, state in rows:
            reviewed.setdefault(article_id, []).append((name, signature, state))
    for article in Article.objects.filter(pk__in=list(reviewed)).exclude(text="").iterator():
        result = run_pipeline(article.text, published=article.published, language=article.language or None)
        with transaction.atomic():
            found = {(kinds[model], sig) for model, sig, *_rest in _fact_rows(result, _Resolver(result.candidates))}
            transaction.set_rollback(True)
        for name, signature, state in set(reviewed[article.pk]):
            hit = (name, signature) in found
            c = counts[name]
            if state == ReviewState.REJECTED:
                c["fp"] += hit
            elif hit:
                c["edited" if state == ReviewState.EDITED else "tp"] += 1
            else:
                c["fn"] += 1
    for c in counts.values():
        found_n = c["tp"] + c["edited"] + c["fp"]
        real = c["tp"] + c["edited"] + c["fn"]
        c["precision"] = round(c["tp"] / found_n, 4) if found_n else None
        c["recall"] = round((c["tp"] + c["edited"]) / real, 4) if real else None
    return len(reviewed), counts

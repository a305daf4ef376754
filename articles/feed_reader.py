"""Polling RSS and Atom feeds: conditional requests, each entry ingested once through the URL path,
and an entry whose own "updated" stamp changed fetched again (state media edit their articles)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import feedparser
from django.db import IntegrityError, transaction
from django.utils import timezone

from .fetch import FEED_TYPES, HTML_TYPES, FetchError, fetch
from .models import Feed, FeedEntry

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    status: str
    new: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        extra = f"; {len(self.errors)} entries refused" if self.errors else ""
        return f"{self.status}: {self.new} new, {self.updated} updated{extra}"


def _entry_date(entry) -> dt.date | None:
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if not parsed:
        return None
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def poll_feed(feed: Feed) -> PollResult:
    """Fetch one feed (with If-None-Match / If-Modified-Since) and ingest its new entries."""
    from . import services

    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    now = timezone.now()
    try:
        # Servers label feeds text/html more often than one would like; feedparser decides.
        page = fetch(feed.url, accept=FEED_TYPES + HTML_TYPES, headers=headers)
    except FetchError as exc:
        Feed.objects.filter(pk=feed.pk).update(last_polled=now, last_status="error", last_error=str(exc))
        return PollResult("error", errors=[str(exc)])
    if page.not_modified:
        Feed.objects.filter(pk=feed.pk).update(last_polled=now, last_status="not modified (304)", last_error="")
        return PollResult("not modified")
    parsed = feedparser.parse(
        page.body, response_headers={"content-type": f"{page.content_type}; charset={page.charset}"}
    )
    if parsed.bozo and not parsed.entries:
        message = f"Not a readable RSS or Atom feed: {parsed.get('bozo_exception', 'no entries')}"
        Feed.objects.filter(pk=feed.pk).update(last_polled=now, last_status="error", last_error=message)
        return PollResult("error", errors=[message])

    result = PollResult("ok")
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        guid = (entry.get("id") or link).strip()[:1000]
        if not guid:
            continue
        # dict.get: feedparser's own get() maps a missing "updated" to "published" with a warning
        stamp = (dict.get(entry, "updated") or dict.get(entry, "published") or "")[:100]
        known = FeedEntry.objects.filter(feed=feed, guid=guid).first()
        if known is not None:
            if stamp and known.updated != stamp:
                FeedEntry.objects.filter(pk=known.pk).update(updated=stamp)
                if known.article_id:
                    from .services import queue_refetch

                    queue_refetch([known.article_id])
                    result.updated += 1
            continue
        try:
            with transaction.atomic():
                row = FeedEntry.objects.create(
                    feed=feed, guid=guid, url=link[:2000], title=(entry.get("title") or "")[:500], updated=stamp
                )
        except IntegrityError:
            continue  # another poll of the same feed took this entry first
        try:
            ingested = services.ingest(
                url=link, source=feed.source, published=_entry_date(entry), title=entry.get("title") or ""
            )
        except services.IngestError as exc:
            result.errors.append(f"{link[:200]}: {' '.join(exc.messages)}")
            continue
        FeedEntry.objects.filter(pk=row.pk).update(article=ingested.article)
        result.new += int(ingested.created)
    Feed.objects.filter(pk=feed.pk).update(
        last_polled=now,
        last_status=str(result),
        last_error="\n".join(result.errors)[:5000],
        etag=page.etag[:500],
        last_modified=page.last_modified[:100],
        title=feed.title or (parsed.feed.get("title") or "")[:300],
    )
    return result


def poll_all() -> dict[str, str]:
    """Poll every active feed; one feed's failure does not stop the others."""
    out = {}
    for feed in Feed.objects.filter(active=True):
        try:
            out[feed.url] = str(poll_feed(feed))
        except Exception as exc:  # noqa: BLE001 - recorded on the feed, the others go on
            log.exception("Polling %s failed", feed.url)
            Feed.objects.filter(pk=feed.pk).update(
                last_polled=timezone.now(), last_status="error", last_error=f"{type(exc).__name__}: {exc}"
            )
            out[feed.url] = f"error: {exc}"
    return out

"""Articles from the web: a URL stored and fetched, each changed text kept as a version, and
fetching again on demand."""

from __future__ import annotations

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from articles.fetch import FetchError, fetch, main_text_of, page_content
from articles.models import Article, ArticleStatus, ArticleVersion, Evidence, Source

from .ingest import (
    IngestError,
    IngestResult,
    _save_unless_raced,
    content_hash,
    get_or_create_source,
    ingest_article,
    mark_failed,
    queue_extraction,
    requeue_articles,
    validate_published,
    validate_text,
)

log = logging.getLogger(__name__)


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
    from articles.tasks import refetch_article

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


def ingest(
    *,
    text: str = "",
    html: str = "",
    url: str = "",
    title: str = "",
    published: dt.date | None = None,
    source: Source | str | None = None,
    language: str = "",
) -> IngestResult:
    """The one entry for every path in (the API, the admin, the command line, feeds): the text as
    given, or else the main text of the page ``html``, or else ``url`` to fetch and read later.

    Raises IngestError when all three are empty, or when what was given cannot be an article."""
    text = text or ""
    if not text.strip() and html.strip():
        text = main_text_of(html, url)
        if not text.strip() and not url.strip():
            raise IngestError(
                "No article text was found in the html given, and there is no url to fetch.", code="empty"
            )
    if not text.strip() and url.strip():
        return ingest_url(url, source=source, published=published, title=title)
    # (an empty text with nothing else is refused by ingest_article, with its reason)
    return ingest_article(
        text=text, title=title, published=published, source=source, url=url, raw_html=html, language=language
    )

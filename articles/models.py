"""Sources, articles and the evidence that ties every fact to a sentence of an article."""

from django.db import models
from django.db.models import Q
from django.urls import reverse

from tracker.models import Actor, Agreement, Commodity, Meeting, Place, TradeItem, Visit


class Source(models.Model):
    name = models.CharField("outlet name", max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    state_media = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Story(models.Model):
    """Articles that carry the same report: a wire story and its syndicated or lightly edited copies.

    Counting stories rather than articles counts independent reports."""

    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return f"Story #{self.pk}"


class ArticleStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    PROCESSING = "processing", "Processing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    raw_html = models.TextField(blank=True)
    url = models.URLField(max_length=2000, blank=True)
    language = models.CharField(max_length=12, blank=True, db_index=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    first_seen = models.DateTimeField(auto_now_add=True, db_index=True)
    # Empty until a URL article is fetched; pasted texts are unique by hash, fetched pages by URL.
    content_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    author = models.CharField(max_length=300, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True, help_text="when the page was last fetched")
    story = models.ForeignKey(Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    minhash = models.JSONField(null=True, blank=True, editable=False, help_text="near-duplicate fingerprint")
    # On PostgreSQL the table also holds ``search_vector``: title (weight A) and text (B) as a
    # tsvector, kept by a trigger and searched through a GIN index (migration 0006). It is not a
    # model field, so that no query loads it with the article (tracker.selectors.articles.search).
    highlights = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="dates and event words the extractor read, as [start, end, kind, label]; set by extraction",
    )
    status = models.CharField(
        max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING, db_index=True
    )
    status_changed = models.DateTimeField(null=True, blank=True, db_index=True)
    error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique"),
            models.UniqueConstraint(fields=["content_hash"], condition=Q(url=""), name="article_pasted_text_unique"),
            # Only a URL article still waiting for its page may have no text.
            models.CheckConstraint(condition=~Q(text="") | ~Q(url=""), name="article_text_or_url"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])


class ArticleVersion(models.Model):
    """One fetched text of a URL article. State media edit and delete articles: every text that
    differed from the one before is kept, and the article holds the newest."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    raw_html = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64)
    fetched_at = models.DateTimeField()

    class Meta:
        ordering = ["article", "number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="article_version_number_unique")]

    def __str__(self) -> str:
        return f"{self.article} v{self.number}"


class StoryBand(models.Model):
    """One locality-sensitive hash band of an article's fingerprint: articles sharing a band are
    candidate copies of each other."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")
    band = models.PositiveSmallIntegerField()
    value = models.BigIntegerField()

    class Meta:
        # (band, value, article): the newest articles sharing a band are read from the index alone
        indexes = [models.Index(fields=["band", "value", "article"], name="storyband_newest")]

    def __str__(self) -> str:
        return f"article #{self.article_id} band {self.band}"


class Feed(models.Model):
    """An RSS or Atom feed of a source, polled by Celery beat with conditional requests."""

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds")
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled = models.DateTimeField(null=True, blank=True, editable=False)
    last_status = models.CharField(max_length=200, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """An entry seen in a feed; its guid is never ingested twice."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(max_length=1000)
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    updated = models.CharField(max_length=100, blank=True, help_text="the entry's own updated stamp")
    first_seen = models.DateTimeField(auto_now_add=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_entries")

    class Meta:
        verbose_name_plural = "feed entries"
        ordering = ["-first_seen"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feed_entry_once")]

    def __str__(self) -> str:
        return self.title or self.guid


class Mention(models.Model):
    """A span of an article that names a known actor, place or commodity."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    actor = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions")
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions")
    commodity = models.ForeignKey(Commodity, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=300)

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="mention_span_valid"),
            models.CheckConstraint(
                condition=(
                    Q(actor__isnull=False, place__isnull=True, commodity__isnull=True)
                    | Q(actor__isnull=True, place__isnull=False, commodity__isnull=True)
                    | Q(actor__isnull=True, place__isnull=True, commodity__isnull=False)
                ),
                name="mention_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text} [{self.start}:{self.end}]"


class Evidence(models.Model):
    """One article's support for one fact: the sentence and its character span."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    visit = models.ForeignKey(Visit, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    agreement = models.ForeignKey(Agreement, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    trade_item = models.ForeignKey(TradeItem, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField()
    extractor_version = models.CharField(max_length=40, blank=True)
    version = models.ForeignKey(
        ArticleVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
        help_text="the fetched text this sentence is from (empty for pasted articles)",
    )

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="evidence_span_valid"),
            models.CheckConstraint(
                condition=(
                    Q(meeting__isnull=False, visit__isnull=True, agreement__isnull=True, trade_item__isnull=True)
                    | Q(meeting__isnull=True, visit__isnull=False, agreement__isnull=True, trade_item__isnull=True)
                    | Q(meeting__isnull=True, visit__isnull=True, agreement__isnull=False, trade_item__isnull=True)
                    | Q(meeting__isnull=True, visit__isnull=True, agreement__isnull=True, trade_item__isnull=False)
                ),
                name="evidence_one_fact",
            ),
        ]

    def __str__(self) -> str:
        return f"Article #{self.article_id} [{self.start}:{self.end}]"

    @property
    def fact(self):
        return self.meeting or self.visit or self.agreement or self.trade_item

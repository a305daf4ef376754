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
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING, db_index=True
    )
    status_changed = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique"),
            models.CheckConstraint(condition=~Q(text=""), name="article_text_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])


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

    @property
    def target(self):
        return self.actor or self.place or self.commodity


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

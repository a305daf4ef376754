from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count

from tracker.languages import SUPPORTED, language_name

from . import merging, services
from .models import Article, ArticleStatus, ArticleVersion, Evidence, Feed, FeedEntry, Mention, Source


class FeedInline(admin.TabularInline):
    """A source's RSS/Atom feeds: adding a URL here subscribes to it (polled by Celery beat)."""

    model = Feed
    extra = 1
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ["url", "active", "title", "last_polled", "last_status", "last_error"]
    readonly_fields = ["title", "last_polled", "last_status", "last_error"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "country", "state_media", "article_count"]
    list_filter = ["state_media", "country"]
    search_fields = ["name", "domain"]
    inlines = [FeedInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("articles"))

    @admin.display(description="articles", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles


class ArticleEntryForm(forms.ModelForm):
    """Entry form: the text goes through the ingest service, which validates and deduplicates."""

    url = forms.URLField(required=False, assume_scheme="https", max_length=2000, label="URL")
    language = forms.ChoiceField(
        required=False,
        choices=[("", "Detect automatically")] + [(code, language_name(code)) for code in SUPPORTED],
        help_text="Leave on “Detect automatically” unless detection gets it wrong.",
    )

    class Meta:
        model = Article
        fields = ["title", "text", "published", "source", "url", "language"]
        help_texts = {"text": "Plain text of the article."}

    text = forms.CharField(
        widget=forms.Textarea,
        required=False,
        strip=False,
        help_text="Plain text of the article; leave it empty and give a URL to fetch the page.",
    )

    def clean(self):
        data = super().clean()
        text = data.get("text")
        if not (text or "").strip() and data.get("url"):
            existing = services.find_duplicate(text="", url=data["url"])
            if existing is not None:
                raise forms.ValidationError(
                    f"This URL is already stored as #{existing.pk} “{existing}”; nothing was added."
                )
            return data  # fetched by the task
        try:
            cleaned = services.validate_text(text)
        except services.IngestError as exc:
            raise forms.ValidationError({"text": exc.messages}) from None
        duplicate = services.find_duplicate(text=cleaned, url=data.get("url") or "")
        if duplicate is not None:
            raise forms.ValidationError(
                f"This article is already stored as #{duplicate.pk} “{duplicate}” (same text or URL); nothing was added."
            )
        return data

    def _post_clean(self):
        # Model validation (content_hash, constraints) happens in the service, not on this instance.
        pass


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["text", "start", "end", "actor", "place", "commodity"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["sentence", "start", "end", "meeting", "visit", "agreement", "trade_item"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published", "language", "status", "short_error", "n_mentions", "n_facts"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url"]
    date_hierarchy = "published"
    actions = ["reextract", "refetch"]
    list_select_related = ["source"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_mentions_=Count("mentions", distinct=True), n_facts_=Count("evidence", distinct=True))
        )

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ArticleEntryForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ArticleEntryForm.Meta.fields
        return [
            "title",
            "source",
            "url",
            "published",
            "language",
            "author",
            "status",
            "error",
            "extractor_version",
            "first_seen",
            "fetched_at",
            "story",
            "content_hash",
            "text",
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return [
            "author",
            "status",
            "error",
            "extractor_version",
            "first_seen",
            "fetched_at",
            "story",
            "content_hash",
            "text",
        ]

    def get_inlines(self, request, obj):
        return [VersionInline, MentionInline, EvidenceInline] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        data = form.cleaned_data
        result = services.ingest(
            text=data.get("text") or "",
            url=data.get("url") or "",
            title=data.get("title") or "",
            published=data.get("published"),
            source=data.get("source"),
            language=data.get("language") or "",
        )
        obj.pk = result.article.pk
        obj._state.adding = False
        messages.info(request, f"“{result.article}”: {result.message}")

    @admin.display(description="facts", ordering="n_facts_")
    def n_facts(self, obj):
        return obj.n_facts_

    @admin.display(description="mentions", ordering="n_mentions_")
    def n_mentions(self, obj):
        return obj.n_mentions_

    @admin.display(description="error")
    def short_error(self, obj):
        return (obj.error[:80] + "…") if len(obj.error) > 80 else obj.error

    @admin.action(description="Re-run extraction on the selected articles")
    def reextract(self, request, queryset):
        titles = [str(a) for a in queryset[:3]]
        n = services.requeue_articles(queryset.values_list("pk", flat=True))
        named = ", ".join(f"“{t}”" for t in titles) + (" …" if n > 3 else "")
        self.message_user(request, f"Queued extraction for {n} article(s): {named}.", messages.SUCCESS)

    @admin.action(description="Fetch the selected URL articles again (an edited page becomes a new version)")
    def refetch(self, request, queryset):
        queued = services.queue_refetch(queryset.values_list("pk", flat=True))
        skipped = queryset.filter(url="").count()
        note = f" {skipped} without a URL skipped." if skipped else ""
        self.message_user(request, f"Queued fetching again for {queued} article(s).{note}", messages.SUCCESS)


class VersionInline(admin.TabularInline):
    model = ArticleVersion
    extra = 0
    fields = ["number", "fetched_at", "title", "content_hash"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["url", "source", "active", "last_polled", "last_status", "n_entries"]
    list_filter = ["active", "source"]
    search_fields = ["url", "title"]
    readonly_fields = ["title", "etag", "last_modified", "last_polled", "last_status", "last_error"]
    actions = ["poll_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_entries_=Count("entries"))

    @admin.display(description="entries", ordering="n_entries_")
    def n_entries(self, obj):
        return obj.n_entries_

    @admin.action(description="Poll the selected feeds now")
    def poll_now(self, request, queryset):
        from .feed_reader import poll_feed

        for feed in queryset:
            self.message_user(request, f"{feed}: {poll_feed(feed)}", messages.INFO)


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ["title", "feed", "first_seen", "updated", "article"]
    list_filter = ["feed"]
    search_fields = ["title", "url", "guid"]
    raw_id_fields = ["article"]
    list_select_related = ["feed", "article"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["article", "sentence", "meeting", "visit", "agreement", "trade_item"]
    list_select_related = ["article", "meeting", "visit", "agreement", "trade_item__commodity"]
    raw_id_fields = ["article", "meeting", "visit", "agreement", "trade_item"]
    search_fields = ["sentence"]
    list_filter = [("meeting", admin.EmptyFieldListFilter), ("visit", admin.EmptyFieldListFilter)]
    actions = ["split_off"]

    @admin.action(description="Split the selected evidence into a new fact (undo a wrong merge)")
    def split_off(self, request, queryset):
        try:
            fact = merging.split_evidence(list(queryset.values_list("pk", flat=True)), request.user)
        except merging.MergeRefused as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Split off as {fact} (#{fact.pk}), marked as edited.", messages.SUCCESS)


__all__ = ["ArticleAdmin", "ArticleStatus"]

"""Edits that cached counts, charts and pages must see at once (see tracker.selectors.cached)."""

from __future__ import annotations

# Fields extraction and fetching write on every article: those saves move the data version through
# Article.status_changed already, and must not add a row each.
_ARTICLE_PIPELINE_FIELDS = {
    "language",
    "extractor_version",
    "status",
    "error",
    "status_changed",
    "story",
    "minhash",
    "text",
    "raw_html",
    "title",
    "author",
    "fetched_at",
    "published",
    "content_hash",
    "highlights",
}


def record_change(sender, instance, update_fields=None, raw=False, created=False, **kwargs) -> None:
    from .models import DataChange

    if raw:  # fixtures
        return
    if sender._meta.model_name == "article" and (
        created or (update_fields and set(update_fields) <= _ARTICLE_PIPELINE_FIELDS)
    ):
        return  # a new article moves the version by its id; the pipeline's saves by status_changed
    DataChange.objects.create(what=f"{sender._meta.label} #{instance.pk}"[:200])


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from articles.models import Article, Source

    from .models import Actor, Agreement, Commodity, CommodityAlias, Meeting, Place, PlaceAlias, TradeItem, Visit

    for model in (Place, PlaceAlias, Commodity, CommodityAlias, Source, Article):
        post_save.connect(record_change, sender=model, dispatch_uid=f"data-change-save-{model._meta.label}")
    # Saved facts and actors move the version by their ids, reviewed_at and Actor.updated; deleted
    # ones leave no trace there.
    for model in (
        Place,
        PlaceAlias,
        Commodity,
        CommodityAlias,
        Source,
        Article,
        Actor,
        Meeting,
        Visit,
        Agreement,
        TradeItem,
    ):
        post_delete.connect(record_change, sender=model, dispatch_uid=f"data-change-delete-{model._meta.label}")

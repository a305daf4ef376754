from django.contrib import admin

from .models import (
    Actor,
    ActorAlias,
    Agreement,
    Commodity,
    CommodityAlias,
    Meeting,
    Place,
    PlaceAlias,
    Role,
    TradeItem,
    Visit,
)


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ["text", "language", "script"]
    readonly_fields = ["script"]


class RoleInline(admin.TabularInline):
    model = Role
    extra = 1


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "is_candidate", "wikidata_id"]
    list_filter = ["kind", "country", "is_candidate"]
    search_fields = ["name", "aliases__text", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline, RoleInline]


class PlaceAliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 1
    fields = ["text", "language", "script"]
    readonly_fields = ["script"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "parent", "latitude", "longitude"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["parent"]
    inlines = [PlaceAliasInline]


class CommodityAliasInline(admin.TabularInline):
    model = CommodityAlias
    extra = 1
    fields = ["text", "language", "script"]
    readonly_fields = ["script"]


@admin.register(Commodity)
class CommodityAdmin(admin.ModelAdmin):
    list_display = ["name", "hs_code"]
    search_fields = ["name", "hs_code", "aliases__text"]
    inlines = [CommodityAliasInline]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "date", "date_precision", "place", "kind", "review_state"]
    list_filter = ["kind", "review_state", "date_precision"]
    filter_horizontal = ["participants"]
    raw_id_fields = ["place"]


@admin.register(Visit)
class VisitAdmin(admin.ModelAdmin):
    list_display = ["visitor", "destination", "date", "end_date", "status", "review_state"]
    list_filter = ["status", "review_state"]
    raw_id_fields = ["visitor", "destination"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "date", "place", "review_state"]
    filter_horizontal = ["signatories"]
    raw_id_fields = ["place"]


@admin.register(TradeItem)
class TradeItemAdmin(admin.ModelAdmin):
    list_display = ["commodity", "exporter", "importer", "status", "date", "value", "quantity", "unit"]
    list_filter = ["status", "exporter", "importer"]
    raw_id_fields = ["commodity"]

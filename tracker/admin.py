from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import render
from simple_history.admin import SimpleHistoryAdmin

from articles import merging

from . import review
from .models import (
    AccuracyRun,
    Actor,
    ActorAlias,
    ActorRedirect,
    Agreement,
    Commodity,
    CommodityAlias,
    Meeting,
    Place,
    PlaceAlias,
    Role,
    TradeFlow,
    TradeFlowRevision,
    TradeImport,
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


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Actor.objects.filter(is_candidate=False).exclude(kind="country"),
        label="Merge into",
        help_text="Every alias, role, fact and mention moves to this actor; the old pages redirect to it.",
    )


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "is_candidate", "wikidata_id"]
    list_filter = ["is_candidate", "kind", "country"]
    search_fields = ["name", "aliases__text", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline, RoleInline]
    actions = ["accept_candidates", "merge_into", "reextract_mentioning"]

    @admin.action(description="Accept the selected candidates as actors")
    def accept_candidates(self, request, queryset):
        n = 0
        for actor in queryset.filter(is_candidate=True):
            review.accept_candidate(actor)
            n += 1
        self.message_user(request, f"Accepted {n} candidate(s) into the gazetteer.", messages.SUCCESS)

    @admin.action(description="Merge the selected actors into another actor…")
    def merge_into(self, request, queryset):
        if "apply" in request.POST:
            form = MergeForm(request.POST)
            if form.is_valid():
                target = form.cleaned_data["target"]
                merged = []
                with transaction.atomic():
                    for actor in queryset.exclude(pk=target.pk):
                        merged.append(actor.name)
                        review.merge_actors(actor, target)
                self.message_user(
                    request, f"Merged {', '.join(merged) or 'nothing'} into {target.name}.", messages.SUCCESS
                )
                return None
        else:
            form = MergeForm()
        return render(
            request,
            "admin/tracker/actor/merge.html",
            {**self.admin_site.each_context(request), "form": form, "actors": queryset, "title": "Merge actors"},
        )

    @admin.action(description="Re-extract articles mentioning these names")
    def reextract_mentioning(self, request, queryset):
        from articles.services import requeue_articles

        ids = set()
        for actor in queryset:
            ids.update(review.articles_mentioning(actor).values_list("pk", flat=True))
        n = requeue_articles(sorted(ids))
        self.message_user(request, f"Queued extraction again for {n} article(s).", messages.SUCCESS)


@admin.register(ActorRedirect)
class ActorRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "actor", "created"]
    search_fields = ["old_slug", "actor__name"]
    raw_id_fields = ["actor"]


@admin.register(AccuracyRun)
class AccuracyRunAdmin(admin.ModelAdmin):
    list_display = ["created", "extractor_version", "articles"]
    readonly_fields = ["created", "extractor_version", "articles", "results"]


class ReviewActions:
    """Confirm / reject from a fact list; who and when are recorded."""

    actions = ["confirm_selected", "reject_selected", "merge_two"]
    readonly_fields = ["review_state", "reviewed_by", "reviewed_at"]

    @admin.action(description="Merge the two selected facts (one event reported twice)")
    def merge_two(self, request, queryset):
        facts = list(queryset.order_by("pk"))
        if len(facts) != 2:
            self.message_user(request, f"Select exactly two facts to merge ({len(facts)} selected).", messages.ERROR)
            return
        try:
            kept = merging.merge_facts(*facts)
        except merging.MergeRefused as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(
            request, f"Merged into {kept} (#{kept.pk}); its evidence holds both reports.", messages.SUCCESS
        )

    @admin.action(description="Confirm the selected facts")
    def confirm_selected(self, request, queryset):
        for fact in queryset:
            review.confirm(fact, request.user)
        self.message_user(request, f"Confirmed {queryset.count()} fact(s).", messages.SUCCESS)

    @admin.action(description="Reject the selected facts")
    def reject_selected(self, request, queryset):
        for fact in queryset:
            review.reject(fact, request.user)
        self.message_user(request, f"Rejected {queryset.count()} fact(s).", messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            review._stamp(obj, "edited", request.user)  # an editor's values are kept by re-extraction
        super().save_model(request, obj, form, change)


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
class MeetingAdmin(ReviewActions, SimpleHistoryAdmin):
    list_display = ["__str__", "date", "date_precision", "place", "kind", "review_state", "reviewed_by"]
    list_filter = ["review_state", "kind", "date_precision"]
    filter_horizontal = ["participants"]
    raw_id_fields = ["place"]


@admin.register(Visit)
class VisitAdmin(ReviewActions, SimpleHistoryAdmin):
    list_display = ["visitor", "destination", "date", "end_date", "status", "review_state"]
    list_filter = ["status", "review_state"]
    raw_id_fields = ["visitor", "destination"]


@admin.register(Agreement)
class AgreementAdmin(ReviewActions, SimpleHistoryAdmin):
    list_display = ["__str__", "date", "place", "review_state", "reviewed_by"]
    list_filter = ["review_state"]
    filter_horizontal = ["signatories"]
    raw_id_fields = ["place"]


@admin.register(TradeItem)
class TradeItemAdmin(ReviewActions, SimpleHistoryAdmin):
    list_display = ["commodity", "exporter", "importer", "status", "date", "value", "quantity", "unit", "review_state"]
    list_filter = ["review_state", "status", "exporter", "importer"]
    raw_id_fields = ["commodity"]


# --- customs statistics ---------------------------------------------------------------------


class TradeUploadForm(forms.Form):
    file = forms.FileField(
        help_text="A UN Comtrade CSV download, or a plain CSV: period,reporter,partner,flow,hs,value_usd,quantity,unit"
    )
    file_format = forms.ChoiceField(
        choices=[("", "Tell by the header"), ("comtrade", "UN Comtrade CSV"), ("plain", "Plain CSV")], required=False
    )
    dataset = forms.CharField(
        required=False, max_length=200, help_text='Where the figures come from (default "UN Comtrade")'
    )
    sample = forms.BooleanField(required=False, help_text="Figures written for a demo, not official statistics")


class TradeFlowRevisionInline(admin.TabularInline):
    model = TradeFlowRevision
    fk_name = "flow"
    extra = 0
    can_delete = False
    fields = ["value_usd", "quantity", "quantity_unit", "source", "source_row", "imported_at", "superseded_by"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(TradeImport)
class TradeImportAdmin(admin.ModelAdmin):
    """Statistics files imported; "Add" uploads one (checked whole first: a bad row stores nothing)."""

    list_display = [
        "file_name",
        "dataset",
        "file_format",
        "sample",
        "rows",
        "created_flows",
        "revised_flows",
        "imported_at",
    ]
    list_filter = ["dataset", "file_format", "sample"]
    readonly_fields = [f.name for f in TradeImport._meta.fields]

    def has_change_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        from django.core.exceptions import PermissionDenied
        from django.shortcuts import redirect

        from .trade_import import TradeFileError, import_trade, save_upload

        if not self.has_add_permission(request):
            raise PermissionDenied
        form = TradeUploadForm(request.POST or None, request.FILES or None)
        errors: list[str] = []
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            path = save_upload(upload)
            try:
                report = import_trade(
                    path,
                    file_format=form.cleaned_data["file_format"] or None,
                    dataset=form.cleaned_data["dataset"],
                    sample=form.cleaned_data["sample"],
                    name=upload.name,
                )
            except TradeFileError as exc:
                errors = [f"line {line}: {reason}" for line, reason in exc.errors]
                form.add_error("file", f"{exc.total} bad row{'s' if exc.total != 1 else ''}; nothing was stored.")
            else:
                messages.success(request, f"“{upload.name}”: {report}")
                return redirect("admin:tracker_tradeimport_changelist")
            finally:
                path.unlink(missing_ok=True)
        context = {
            **self.admin_site.each_context(request),
            "title": "Import trade statistics",
            "form": form,
            "row_errors": errors,
            "opts": self.model._meta,
        }
        return render(request, "admin/tracker/tradeimport/upload.html", context)


@admin.register(TradeFlow)
class TradeFlowAdmin(admin.ModelAdmin):
    list_display = [
        "period",
        "period_kind",
        "reporter",
        "flow",
        "partner",
        "hs_code",
        "value_usd",
        "sanction_status",
        "sanction_measure",
        "source",
    ]
    list_filter = ["flow", "period_kind", "sanction_status", "source"]
    search_fields = ["hs_code"]
    list_select_related = ["source"]
    readonly_fields = [f.name for f in TradeFlow._meta.fields]
    inlines = [TradeFlowRevisionInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

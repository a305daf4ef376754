"""The knowledge the tracker records: actors, places, commodities and the events between them.

Facts (meetings, visits, agreements, trade items) carry no article themselves: the
``articles.Evidence`` rows tie each fact to the article, character span and sentence that
support it, so one fact reported by several articles has several evidence rows.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .text import normalize_alias, script_of


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"
    COUNTRY = "country", "Country"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ReviewState(models.TextChoices):
    MACHINE = "machine", "Machine (unreviewed)"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"
    EDITED = "edited", "Edited"


class Actor(models.Model):
    name = models.CharField("canonical English name", max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, db_index=True)
    country = models.CharField(max_length=2, blank=True, db_index=True, help_text="ISO 3166-1 alpha-2")
    description = models.TextField(blank=True)
    wikidata_id = models.CharField(max_length=20, blank=True)
    is_candidate = models.BooleanField(
        default=False, help_text="Found by extraction but not in the gazetteer; awaits review."
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="actor_slug_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("tracker:actor", args=[self.slug])


class AliasBase(models.Model):
    text = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    language = models.CharField(max_length=12, blank=True, help_text="BCP 47, e.g. ko, zh, zh-Hant, ja, ru")
    script = models.CharField(max_length=4, blank=True, editable=False, help_text="ISO 15924, e.g. Hang, Hani")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.text)
        self.script = script_of(self.text)
        super().save(*args, **kwargs)


class ActorAlias(AliasBase):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "actor aliases"
        constraints = [models.UniqueConstraint(fields=["normalized"], name="actor_alias_unique")]


class Role(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200)
    organization = models.CharField(max_length=200, blank=True)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["actor", "-start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="role_end_after_start",
            )
        ]

    def __str__(self) -> str:
        org = f", {self.organization}" if self.organization else ""
        return f"{self.title}{org}"


class PlaceKind(models.TextChoices):
    COUNTRY = "country", "Country"
    PROVINCE = "province", "Province"
    REGION = "region", "Region"
    CITY = "city", "City"
    CROSSING = "crossing", "Border crossing"
    RIVER = "river", "River"
    VENUE = "venue", "Venue"
    MOUNTAIN = "mountain", "Mountain"
    ISLAND = "island", "Island"
    AIRPORT = "airport", "Airport"


class Place(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=PlaceKind.choices, default=PlaceKind.CITY)
    country = models.CharField(max_length=2, blank=True, db_index=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="place_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="place_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("tracker:place", args=[self.slug])


class PlaceAlias(AliasBase):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name_plural = "place aliases"
        constraints = [models.UniqueConstraint(fields=["normalized"], name="place_alias_unique")]


class Commodity(models.Model):
    name = models.CharField(max_length=200, unique=True)
    hs_code = models.CharField("HS code", max_length=10, db_index=True, help_text="HS heading (4 digits) or subheading")

    class Meta:
        ordering = ["hs_code", "name"]
        verbose_name_plural = "commodities"

    def __str__(self) -> str:
        return f"{self.name} (HS {self.hs_code})"


class CommodityAlias(AliasBase):
    commodity = models.ForeignKey(Commodity, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name_plural = "commodity aliases"
        constraints = [models.UniqueConstraint(fields=["normalized"], name="commodity_alias_unique")]


class Fact(models.Model):
    """What every extracted fact shares: a date at a stated precision and a review state."""

    date = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    review_state = models.CharField(
        max_length=10, choices=ReviewState.choices, default=ReviewState.MACHINE, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    signature = models.CharField(
        max_length=300,
        blank=True,
        db_index=True,
        editable=False,
        help_text="What makes two reports the same fact (kind, date, place, actors); set by extraction.",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    @property
    def date_display(self) -> str:
        if self.date is None:
            return "date unknown"
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.date:%Y}"
        if self.date_precision == DatePrecision.MONTH:
            return f"{self.date:%B %Y}"
        return f"{self.date:%-d %B %Y}"


class MeetingKind(models.TextChoices):
    TALKS = "talks", "Talks"
    RECEPTION = "reception", "Reception"
    BANQUET = "banquet", "Banquet"
    SIGNING = "signing", "Signing ceremony"
    SUMMIT = "summit", "Summit"
    OTHER = "other", "Other"


class Meeting(Fact):
    participants = models.ManyToManyField(Actor, related_name="meetings")
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    kind = models.CharField(max_length=20, choices=MeetingKind.choices, default=MeetingKind.TALKS)
    history = HistoricalRecords(m2m_fields=[participants])

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        names = " – ".join(sorted(a.name for a in self.participants.all()))
        return f"{self.get_kind_display()}: {names} ({self.date_display})"

    def get_absolute_url(self) -> str:
        return reverse("tracker:meeting", args=[self.pk])


class VisitStatus(models.TextChoices):
    REPORTED = "reported", "Reported"
    PLANNED = "planned", "Planned"


class Visit(Fact):
    visitor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="visits")
    destination = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="visits")
    history = HistoricalRecords()
    end_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=VisitStatus.choices, default=VisitStatus.REPORTED)

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(date__isnull=True) | Q(end_date__gte=models.F("date")),
                name="visit_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.visitor} → {self.destination or '?'} ({self.date_display})"

    def get_absolute_url(self) -> str:
        return reverse("tracker:visit", args=[self.pk])


class Agreement(Fact):
    title = models.CharField(max_length=300, blank=True)
    topics = models.JSONField(default=list, blank=True)
    signatories = models.ManyToManyField(Actor, related_name="agreements", blank=True)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreements")
    history = HistoricalRecords(m2m_fields=[signatories])

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("tracker:agreement", args=[self.pk])

    @property
    def display_title(self) -> str:
        """The title; else one made of its topics, or of its date: never a database number."""
        if self.title:
            return self.title
        if self.topics:
            return "Agreement on " + ", ".join(self.topics)
        return f"Agreement of {self.date_display}" if self.date else "Agreement (undated)"


class TradeStatus(models.TextChoices):
    TRADED = "traded", "Traded"
    BANNED = "banned", "Banned"
    CAPPED = "capped", "Capped"


class TradeItem(Fact):
    commodity = models.ForeignKey(Commodity, on_delete=models.PROTECT, related_name="trade_items")
    exporter = models.CharField(max_length=2, blank=True, db_index=True)
    importer = models.CharField(max_length=2, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=TradeStatus.choices, default=TradeStatus.TRADED)
    period_end = models.DateField(null=True, blank=True)
    value = models.DecimalField(max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    quantity = models.DecimalField(max_digits=20, decimal_places=3, null=True, blank=True)
    unit = models.CharField(max_length=20, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"{self.commodity.name}: {self.exporter or '?'} → {self.importer or '?'} ({self.status})"


class ActorRedirect(models.Model):
    """The slug of an actor merged into another: its old page redirects to the one it became."""

    old_slug = models.SlugField(max_length=200, unique=True)
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="redirects")
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.actor.slug}"


class AccuracyRun(models.Model):
    """One scoring of the pipeline against the facts editors confirmed, edited or rejected."""

    created = models.DateTimeField(auto_now_add=True)
    extractor_version = models.CharField(max_length=40)
    articles = models.PositiveIntegerField()
    results = models.JSONField(help_text="per category: tp, fp, fn, precision, recall")

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"Accuracy {self.created:%Y-%m-%d %H:%M} ({self.extractor_version})"


class DataChange(models.Model):
    """A row for each edit that the data version (tracker.selectors.data_version) would not see
    from timestamps and ids alone: a place, commodity or outlet edited or deleted, an article's
    title, date, language or outlet edited by hand. The version reads the newest id."""

    at = models.DateTimeField(auto_now_add=True)
    what = models.CharField(max_length=200)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.what}"


class ChangeCounter(models.Model):
    """A count of the writes to a group of tables, moved by database triggers (migration 0006),
    so that whatever writes (the admin, a bulk load, raw SQL) moves it, and reading it is one
    primary-key look-up however large the tables grow. ``epoch`` is drawn afresh whenever the row
    is created again (after a flush), so that a count starting over never repeats a version.
    The gazetteer's version reads the "gazetteer" counter (tracker.gazetteer)."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.BigIntegerField(default=0)
    epoch = models.CharField(max_length=40, default="")

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"


# --- trade statistics: customs figures beside the news (tracker.trade_import) ----------------


class TradeImport(models.Model):
    """One statistics file imported: where its figures came from."""

    dataset = models.CharField(max_length=200, help_text='e.g. "UN Comtrade", or "Sample figures"')
    file_name = models.CharField(max_length=300)
    file_format = models.CharField(max_length=10, choices=[("comtrade", "UN Comtrade CSV"), ("plain", "Plain CSV")])
    sha256 = models.CharField(max_length=64)
    sample = models.BooleanField(default=False, help_text="figures written for the demo, not official statistics")
    imported_at = models.DateTimeField(auto_now_add=True)
    rows = models.PositiveIntegerField(default=0)
    created_flows = models.PositiveIntegerField(default=0)
    revised_flows = models.PositiveIntegerField(default=0)
    unchanged_flows = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-imported_at", "-id"]

    def __str__(self) -> str:
        return f"{self.dataset}: {self.file_name} ({self.imported_at:%Y-%m-%d %H:%M})"


class FlowDirection(models.TextChoices):
    IMPORT = "import", "Import"
    EXPORT = "export", "Export"


def flow_parties(reporter: str, partner: str, flow: str) -> tuple[str, str]:
    """(exporter, importer) of a figure ``reporter`` recorded as ``flow`` with ``partner``."""
    return (reporter, partner) if flow == FlowDirection.EXPORT else (partner, reporter)


def period_label(period, kind: str) -> str:
    """A figure's period as written: "2023-05" for a month, "2023" for a year."""
    return f"{period:%Y}" if kind == "year" else f"{period:%Y-%m}"


class TradeFlow(models.Model):
    """A customs figure: what ``reporter`` recorded as imported from or exported to ``partner``
    under an HS code in a month or a year. One row per period, reporter, partner, flow and code;
    a re-import that changes it keeps the figure it replaces as a ``TradeFlowRevision``."""

    period = models.DateField(help_text="first day of the month or year")
    period_kind = models.CharField(max_length=5, choices=[("month", "Month"), ("year", "Year")])
    reporter = models.CharField(max_length=2, help_text="ISO 3166 alpha-2")
    partner = models.CharField(max_length=2, help_text="ISO 3166 alpha-2")
    flow = models.CharField(max_length=6, choices=FlowDirection.choices)
    hs_code = models.CharField(max_length=6, help_text='2, 4 or 6 digits, or "TOTAL" for all goods')
    value_usd = models.DecimalField(max_digits=20, decimal_places=2)
    quantity = models.DecimalField(max_digits=24, decimal_places=3, null=True, blank=True)
    quantity_unit = models.CharField(max_length=20, blank=True)
    net_weight_kg = models.DecimalField(max_digits=24, decimal_places=3, null=True, blank=True)
    source = models.ForeignKey(TradeImport, on_delete=models.PROTECT, related_name="flows")
    source_row = models.PositiveIntegerField(help_text="line of the file")
    imported_at = models.DateTimeField()
    sanction_status = models.CharField(
        max_length=10, blank=True, help_text="banned or capped, from the sanctions table"
    )
    sanction_measure = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["-period", "hs_code", "flow"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "period_kind", "reporter", "partner", "flow", "hs_code"], name="one_trade_flow"
            )
        ]
        indexes = [models.Index(fields=["hs_code", "period"]), models.Index(fields=["period", "flow"])]

    def __str__(self) -> str:
        return f"{self.reporter} {self.flow} {self.partner} HS {self.hs_code} {self.period:%Y-%m}: {self.value_usd}"

    @property
    def exporter(self) -> str:
        return flow_parties(self.reporter, self.partner, self.flow)[0]

    @property
    def importer(self) -> str:
        return flow_parties(self.reporter, self.partner, self.flow)[1]

    @property
    def period_label(self) -> str:
        return period_label(self.period, self.period_kind)


class TradeFlowRevision(models.Model):
    """A figure a later import replaced: the correction in the statistics stays visible."""

    flow = models.ForeignKey(TradeFlow, on_delete=models.CASCADE, related_name="revisions")
    value_usd = models.DecimalField(max_digits=20, decimal_places=2)
    quantity = models.DecimalField(max_digits=24, decimal_places=3, null=True, blank=True)
    quantity_unit = models.CharField(max_length=20, blank=True)
    net_weight_kg = models.DecimalField(max_digits=24, decimal_places=3, null=True, blank=True)
    source = models.ForeignKey(TradeImport, on_delete=models.PROTECT, related_name="superseded")
    source_row = models.PositiveIntegerField()
    imported_at = models.DateTimeField()
    superseded_by = models.ForeignKey(TradeImport, on_delete=models.PROTECT, related_name="revisions")

    class Meta:
        ordering = ["flow", "-imported_at"]

    def __str__(self) -> str:
        return f"{self.flow}: was {self.value_usd} ({self.source})"

"""API representations. Every fact carries its evidence: article id and URL, outlet, language,
sentence and character span."""

import datetime as dt

from rest_framework import serializers

from articles.models import Article, Evidence, Source
from tracker import hs, sanctions
from tracker.models import Actor, ActorAlias, Agreement, Meeting, Place, Role, TradeFlow, TradeItem, Visit
from tracker.selectors import Reports


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "domain", "country", "state_media"]


class EvidenceSerializer(serializers.ModelSerializer):
    article = serializers.IntegerField(source="article_id")
    article_url = serializers.CharField(source="article.url")
    article_title = serializers.CharField(source="article.title")
    outlet = serializers.CharField(source="article.source.name", default="")
    state_media = serializers.BooleanField(source="article.source.state_media", default=False)
    language = serializers.CharField(source="article.language")
    published = serializers.DateField(source="article.published")

    class Meta:
        model = Evidence
        fields = [
            "article",
            "article_url",
            "article_title",
            "outlet",
            "state_media",
            "language",
            "published",
            "sentence",
            "start",
            "end",
        ]


class ActorRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["slug", "name", "kind", "country"]


class PlaceRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Place
        fields = ["slug", "name", "kind", "country", "latitude", "longitude"]


class AliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActorAlias
        fields = ["text", "language", "script"]


class RoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["title", "organization", "start", "end"]


class ActorSerializer(serializers.ModelSerializer):
    aliases = AliasSerializer(many=True, read_only=True)
    roles = RoleSerializer(many=True, read_only=True)

    class Meta:
        model = Actor
        fields = ["slug", "name", "kind", "country", "description", "wikidata_id", "is_candidate", "aliases", "roles"]


class PlaceSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    aliases = serializers.SlugRelatedField(slug_field="text", many=True, read_only=True)

    class Meta:
        model = Place
        fields = ["slug", "name", "kind", "country", "latitude", "longitude", "parent", "aliases"]


class FactSerializer(serializers.ModelSerializer):
    """A fact's three dates: ``date`` (when it happened), ``first_reported`` (the earliest
    publication date of an article reporting it) and ``first_seen`` (when the tracker first stored
    such an article). ``sources`` counts articles, ``independent_sources`` stories (syndicated
    copies of one wire report count once)."""

    evidence = EvidenceSerializer(many=True, read_only=True)
    sources = serializers.SerializerMethodField()
    independent_sources = serializers.SerializerMethodField()
    first_reported = serializers.SerializerMethodField()
    first_seen = serializers.SerializerMethodField()

    # Every fact ends with these fields, after its own.
    TAIL = ["review_state", "first_reported", "first_seen", "sources", "independent_sources", "evidence"]

    def get_sources(self, obj) -> int:
        return Reports.of(obj.evidence.all()).articles

    def get_independent_sources(self, obj) -> int:
        return Reports.of(obj.evidence.all()).independent

    def get_first_reported(self, obj) -> dt.date | None:
        return Reports.of(obj.evidence.all()).first_reported

    def get_first_seen(self, obj) -> dt.datetime | None:
        return Reports.of(obj.evidence.all()).first_seen


class MeetingSerializer(FactSerializer):
    participants = ActorRefSerializer(many=True, read_only=True)
    place = PlaceRefSerializer(read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "date",
            "date_precision",
            "kind",
            "participants",
            "place",
            *FactSerializer.TAIL,
        ]


class VisitSerializer(FactSerializer):
    visitor = ActorRefSerializer(read_only=True)
    destination = PlaceRefSerializer(read_only=True)

    class Meta:
        model = Visit
        fields = [
            "id",
            "date",
            "date_precision",
            "end_date",
            "status",
            "visitor",
            "destination",
            *FactSerializer.TAIL,
        ]


class AgreementSerializer(FactSerializer):
    # the extracted or edited title; one made of the topics or date where there is none
    title = serializers.CharField(source="display_title", read_only=True)
    signatories = ActorRefSerializer(many=True, read_only=True)
    place = PlaceRefSerializer(read_only=True)

    class Meta:
        model = Agreement
        fields = [
            "id",
            "date",
            "date_precision",
            "title",
            "topics",
            "signatories",
            "place",
            *FactSerializer.TAIL,
        ]


class TradeItemSerializer(FactSerializer):
    commodity = serializers.CharField(source="commodity.name")
    hs_code = serializers.CharField(source="commodity.hs_code")
    sanction_measure = serializers.SerializerMethodField(
        help_text="the ban or cap (sanctions table) in force over the good, its direction and date"
    )

    class Meta:
        model = TradeItem
        fields = [
            "id",
            "commodity",
            "hs_code",
            "exporter",
            "importer",
            "status",
            "date",
            "date_precision",
            "value",
            "currency",
            "quantity",
            "unit",
            "sanction_measure",
            *FactSerializer.TAIL,
        ]

    def get_sanction_measure(self, obj) -> str | None:
        rule = sanctions.covered(obj.commodity.hs_code, obj.exporter, obj.importer, obj.date)
        return rule.measure if rule else None


class TradeFlowSerializer(serializers.ModelSerializer):
    period = serializers.SerializerMethodField(help_text="YYYY-MM for a month, YYYY for a year")
    hs_description = serializers.SerializerMethodField()
    exporter = serializers.CharField(read_only=True)
    importer = serializers.CharField(read_only=True)
    dataset = serializers.CharField(source="source.dataset")
    sample = serializers.BooleanField(source="source.sample", help_text="figures written for the demo, not official")
    source_file = serializers.CharField(source="source.file_name")
    earlier_values_usd = serializers.SerializerMethodField(help_text="figures later imports replaced, newest first")

    class Meta:
        model = TradeFlow
        fields = [
            "id",
            "period",
            "period_kind",
            "reporter",
            "partner",
            "flow",
            "exporter",
            "importer",
            "hs_code",
            "hs_description",
            "value_usd",
            "quantity",
            "quantity_unit",
            "net_weight_kg",
            "sanction_status",
            "sanction_measure",
            "dataset",
            "sample",
            "source_file",
            "source_row",
            "imported_at",
            "earlier_values_usd",
        ]

    def get_period(self, obj) -> str:
        return obj.period_label

    def get_hs_description(self, obj) -> str:
        return hs.description(obj.hs_code)

    def get_earlier_values_usd(self, obj) -> list[str]:
        return [str(r.value_usd) for r in obj.revisions.all()]


class SanctionMeasureSerializer(serializers.Serializer):
    measure = serializers.CharField()
    source = serializers.CharField()
    adopted = serializers.DateField()
    direction = serializers.ChoiceField(choices=["from_kp", "to_kp"])
    status = serializers.ChoiceField(choices=["banned", "capped"])
    hs = serializers.ListField(child=serializers.CharField(), help_text="HS chapters, headings or subheadings")
    note = serializers.CharField(allow_blank=True)


class SanctionsTableSerializer(serializers.Serializer):
    about = serializers.CharField()
    count = serializers.IntegerField()
    results = SanctionMeasureSerializer(many=True)


class ArticleSerializer(serializers.ModelSerializer):
    source = serializers.CharField(source="source.name", default=None)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "language",
            "published",
            "first_seen",
            "source",
            "status",
            "error",
            "extractor_version",
            "author",
            "fetched_at",
            "story",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["text"]


class ArticleCreateSerializer(serializers.Serializer):
    """What a client sends to add an article: the text (or HTML), and what is known about it."""

    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    text = serializers.RegexField(
        r"\S",
        max_length=2_000_000,
        required=False,
        trim_whitespace=False,
        help_text="Plain text of the article (required unless html is given).",
    )
    html = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False, max_length=5_000_000)
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    published = serializers.DateField(required=False, allow_null=True, default=None)
    source = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    language = serializers.RegexField(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$", required=False, allow_blank=True, default="")

    def validate(self, data):
        if not (data.get("text") or "").strip() and not _visible_html(data.get("html") or ""):
            if data.get("url"):
                return data  # only a URL: the page is fetched, then extracted
            raise serializers.ValidationError(
                {"text": ["Give the article's text, its html, or a url to fetch; all are empty."]}
            )
        return data


def _visible_html(raw: str) -> bool:
    from articles.fetch import html_to_text

    return bool(html_to_text(raw).strip()) if raw.strip() else False


class ArticleAcceptedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    created = serializers.BooleanField()
    message = serializers.CharField()
    status_url = serializers.CharField()

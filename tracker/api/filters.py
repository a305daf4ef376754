"""The timeline's filters, for every list of the API."""

import django_filters as df
from django import forms
from django.db.models import Q
from drf_spectacular.utils import extend_schema_field

from articles.models import Article
from tracker.models import Actor, Agreement, FlowDirection, Meeting, Place, TradeFlow, TradeItem, Visit


class StrictBooleanField(forms.NullBooleanField):
    """true/false (or 1/0); anything else is an error rather than "no filter"."""

    widget = forms.TextInput  # the raw value reaches to_python (NullBooleanSelect maps junk to None)

    def to_python(self, value):
        if value is None:  # not given
            return None
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise forms.ValidationError("Use true or false.", code="invalid")

    def validate(self, value):
        return None


class StrictBooleanFilter(df.BooleanFilter):
    field_class = StrictBooleanField


_MAX_ID = 2**63 - 1  # PostgreSQL's bigint


class ArticleIdField(forms.IntegerField):
    def to_python(self, value):
        if value is not None and not str(value).strip():  # given, but empty: an error, not "no filter"
            raise forms.ValidationError("An article id (a whole number from 1); it is empty.", code="empty")
        return super().to_python(value)


@extend_schema_field(
    {"type": "integer", "minimum": 1, "maximum": _MAX_ID, "description": "Id of an article reporting the fact"}
)
class ArticleIdFilter(df.NumberFilter):
    """An article's id: a whole number from 1 within the database's range. (A number filter took
    decimals and, past 1e50, answered 400 to values its schema allowed.)"""

    field_class = ArticleIdField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", _MAX_ID)
        super().__init__(*args, **kwargs)


class StrictDateField(forms.DateField):
    """A date as YYYY-MM-DD; a parameter given empty (?date_to=) is an error, not "no filter"."""

    def to_python(self, value):
        if value is not None and not str(value).strip():
            raise forms.ValidationError("Give a date as YYYY-MM-DD; the value is empty.", code="invalid")
        return super().to_python(value)


class StrictDateFilter(df.DateFilter):
    field_class = StrictDateField


def named(kind: str, value: str):
    """The actor or place an API parameter names: a slug or any name or alias; None if none."""
    from tracker.selectors import NameNotFound, find_by_name

    try:
        return find_by_name(kind, value)
    except NameNotFound:
        return None


class FactFilter(df.FilterSet):
    date_from = StrictDateFilter(field_name="date", lookup_expr="gte", label="On or after (YYYY-MM-DD)")
    date_to = StrictDateFilter(field_name="date", lookup_expr="lte", label="On or before (YYYY-MM-DD)")
    language = df.CharFilter(method="filter_language", label="Language of a reporting article")
    state_media = StrictBooleanFilter(
        method="filter_state_media", label="Reported by state media (true) or not (false)"
    )
    review_state = df.CharFilter(field_name="review_state")
    article = ArticleIdFilter(method="filter_article", label="Id of an article reporting the fact")

    def filter_article(self, qs, name, value):
        return qs.filter(evidence__article_id=value).distinct() if value is not None else qs

    def filter_language(self, qs, name, value):
        return qs.filter(evidence__article__language=value).distinct() if value else qs

    def filter_state_media(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(evidence__article__source__state_media=value).distinct()


class MeetingFilter(FactFilter):
    actor = df.CharFilter(method="filter_actor", label="Participant: slug, name or alias, e.g. kim-jong-un or 김정은")
    place = df.CharFilter(method="filter_place", label="Place: slug, name or alias (its venues included)")
    kind = df.CharFilter(field_name="kind")
    country = df.CharFilter(field_name="participants__country", distinct=True, label="A participant's country (ISO)")

    class Meta:
        model = Meeting
        fields = ["actor", "place", "kind", "country"]

    def filter_actor(self, qs, name, value):
        actor = named("actor", value)
        return qs.filter(participants=actor).distinct() if actor else qs.none()

    def filter_place(self, qs, name, value):
        place = named("place", value)
        return qs.filter(Q(place=place) | Q(place__parent=place)) if place else qs.none()


class VisitFilter(FactFilter):
    actor = df.CharFilter(method="filter_actor", label="Visitor: slug, name or alias")
    place = df.CharFilter(method="filter_place", label="Destination: slug, name or alias (its venues included)")
    status = df.CharFilter(field_name="status")
    country = df.CharFilter(field_name="destination__country", label="Destination country (ISO)")

    class Meta:
        model = Visit
        fields = ["actor", "place", "status", "country"]

    def filter_actor(self, qs, name, value):
        actor = named("actor", value)
        return qs.filter(visitor=actor) if actor else qs.none()

    def filter_place(self, qs, name, value):
        place = named("place", value)
        return qs.filter(Q(destination=place) | Q(destination__parent=place)) if place else qs.none()


class AgreementFilter(FactFilter):
    actor = df.CharFilter(method="filter_actor", label="Signatory: slug, name or alias")
    place = df.CharFilter(method="filter_place", label="Place: slug, name or alias")
    country = df.CharFilter(field_name="signatories__country", distinct=True)

    class Meta:
        model = Agreement
        fields = ["actor", "place", "country"]

    def filter_actor(self, qs, name, value):
        actor = named("actor", value)
        return qs.filter(signatories=actor).distinct() if actor else qs.none()

    def filter_place(self, qs, name, value):
        place = named("place", value)
        return qs.filter(place=place) if place else qs.none()


class TradeItemFilter(FactFilter):
    hs = df.CharFilter(
        field_name="commodity__hs_code", lookup_expr="startswith", label="HS code prefix, e.g. 27 or 2701"
    )
    exporter = df.CharFilter(field_name="exporter")
    importer = df.CharFilter(field_name="importer")
    status = df.CharFilter(field_name="status")
    country = df.CharFilter(method="filter_country", label="Exporter or importer (ISO)")

    class Meta:
        model = TradeItem
        fields = ["hs", "exporter", "importer", "status", "country"]

    def filter_country(self, qs, name, value):
        return qs.filter(Q(exporter=value) | Q(importer=value))


class PeriodField(forms.CharField):
    """A month (YYYY-MM) or a year (YYYY), as the first day of it."""

    def to_python(self, value):
        text = (value or "").strip()
        if value is not None and not text:
            raise forms.ValidationError("Give a period as YYYY-MM or YYYY; the value is empty.", code="invalid")
        if not text:
            return None
        import datetime as dt

        try:
            if len(text) == 7 and text[4] == "-":
                return dt.date(int(text[:4]), int(text[5:]), 1)
            if len(text) == 4 and text.isdigit():
                return dt.date(int(text), 1, 1)
        except ValueError:
            pass
        raise forms.ValidationError("Give a period as YYYY-MM or YYYY.", code="invalid")


@extend_schema_field({"type": "string", "pattern": r"^[1-9][0-9]{3}(-(0[1-9]|1[0-2]))?$", "example": "2023-05"})
class PeriodFilter(df.Filter):
    field_class = PeriodField


class TradeFlowFilter(df.FilterSet):
    period_from = PeriodFilter(
        field_name="period", lookup_expr="gte", label="From this month or year (YYYY-MM or YYYY)"
    )
    period_to = PeriodFilter(
        field_name="period", method="filter_period_to", label="Up to this month or year (YYYY-MM or YYYY)"
    )
    flow = df.ChoiceFilter(choices=FlowDirection.choices)
    hs = df.CharFilter(field_name="hs_code", lookup_expr="startswith", label="HS code prefix, e.g. 27 or 2701")
    reporter = df.CharFilter(field_name="reporter", label="Reporting country (ISO 3166 alpha-2)")
    partner = df.CharFilter(field_name="partner", label="Partner country (ISO 3166 alpha-2)")
    sanctioned = StrictBooleanFilter(method="filter_sanctioned", label="In a heading a sanctions measure bans or caps")
    sample = StrictBooleanFilter(field_name="source__sample", label="Sample figures written for the demo")

    class Meta:
        model = TradeFlow
        fields = ["period_from", "period_to", "flow", "hs", "reporter", "partner", "sanctioned", "sample"]

    def filter_period_to(self, qs, name, value):
        # "2023" reaches the end of 2023; "2023-05" the end of May
        if value.month == 1 and self.data.get("period_to", "").strip().isdigit():
            return qs.filter(period__year__lte=value.year)
        return qs.filter(period__lte=value)

    def filter_sanctioned(self, qs, name, value):
        return qs.exclude(sanction_status="") if value else qs.filter(sanction_status="")


class ActorFilter(df.FilterSet):
    q = df.CharFilter(method="filter_q", label="Name or alias, any script")
    kind = df.CharFilter(field_name="kind")
    country = df.CharFilter(field_name="country")
    candidate = StrictBooleanFilter(field_name="is_candidate")

    class Meta:
        model = Actor
        fields = ["q", "kind", "country", "candidate"]

    def filter_q(self, qs, name, value):
        return qs.filter(Q(name__icontains=value) | Q(aliases__text__icontains=value)).distinct()


class PlaceFilter(df.FilterSet):
    kind = df.CharFilter(field_name="kind")
    country = df.CharFilter(field_name="country")

    class Meta:
        model = Place
        fields = ["kind", "country"]


class ArticleFilter(df.FilterSet):
    language = df.CharFilter(field_name="language")
    status = df.CharFilter(field_name="status")
    source = df.CharFilter(field_name="source__name")
    state_media = StrictBooleanFilter(field_name="source__state_media")
    published_from = StrictDateFilter(field_name="published", lookup_expr="gte")
    published_to = StrictDateFilter(field_name="published", lookup_expr="lte")
    actor = df.CharFilter(method="filter_actor", label="Mentions the actor: slug, name or alias")

    class Meta:
        model = Article
        fields = ["language", "status", "source", "state_media", "published_from", "published_to", "actor"]

    def filter_actor(self, qs, name, value):
        actor = named("actor", value)
        return qs.filter(mentions__actor=actor).distinct() if actor else qs.none()

"""REST API v1: read everything the site shows (with evidence), export it, and push articles in."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.decorators import method_decorator
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from articles import services
from articles.models import Article, Evidence, Source
from tracker import sanctions
from tracker.fact_kinds import EVENT_KINDS, KINDS
from tracker.models import Actor, Place, TradeFlow
from tracker.response_cache import cached_response

from . import filters, serializers
from .exports import CSVRenderer, NDJSONRenderer, stream_csv, stream_events, stream_ndjson

EXPORT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv", "ndjson"],
    description="json: one page (cursor pagination); csv and ndjson: every matching row, streamed.",
)


class StableCursorPagination(CursorPagination):
    """Cursor pagination on the primary key (stable however rows are added). A page_size that is
    not a whole number from 1 to 500 is an error, not silently replaced."""

    ordering = "-id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_page_size(self, request):
        raw = request.query_params.getlist(self.page_size_query_param)
        if not raw:
            return self.page_size
        if len(raw) > 1 or not raw[0].isdigit() or not 1 <= int(raw[0]) <= self.max_page_size:
            raise ValidationError({self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]})
        return int(raw[0])

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        for p in params:
            if p["name"] == self.page_size_query_param:
                p["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return params


class StrictOrderingFilter(OrderingFilter):
    """Ordering on the listed fields only; anything else is a 400, not ignored."""

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        fields = list(getattr(view, "ordering_fields", []))
        for p in params:
            if p["name"] == self.ordering_param:
                p["schema"] = {"type": "string", "enum": fields + [f"-{f}" for f in fields]}
        return params

    def get_ordering(self, request, queryset, view):
        params = request.query_params.getlist(self.ordering_param)
        if params:
            allowed = set(getattr(view, "ordering_fields", []))
            fields = [f.strip() for p in params for f in p.split(",")]  # "" is not a field either
            bad = [f for f in fields if f.lstrip("-") not in allowed]
            if bad or len(params) > 1:
                raise ValidationError(
                    {self.ordering_param: [f"Order by one of: {', '.join(sorted(allowed))} (prefix - to reverse)."]}
                )
        return super().get_ordering(request, queryset, view)


class ExportListMixin:
    """`?format=csv` and `?format=ndjson` stream every row that matches the filters."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer, NDJSONRenderer]
    export_name = "export"

    @method_decorator(cached_response)
    def list(self, request, *args, **kwargs):
        fmt = getattr(request.accepted_renderer, "format", "json")
        if fmt in ("csv", "ndjson"):
            if self.paginator is not None:
                self.paginator.get_page_size(request)  # a bad page_size is an error here too
            qs = self.filter_queryset(self.get_queryset())
            stream = stream_csv if fmt == "csv" else stream_ndjson
            return stream(qs, self.get_serializer_class(), self.get_serializer_context(), self.export_name)
        return super().list(request, *args, **kwargs)

    @method_decorator(cached_response)
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


_EVIDENCE = Prefetch(
    "evidence", queryset=Evidence.objects.select_related("article__source").order_by("article_id", "start")
)


class _FactViewSet(ExportListMixin, viewsets.ReadOnlyModelViewSet):
    """A kind of fact (tracker.fact_kinds): its serializer and the rows it is shown with come from
    the registry; each subclass names its kind, filters and export name."""

    kind = ""
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["id", "date"]
    pagination_class = StableCursorPagination

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.serializer_class = KINDS[cls.kind].serializer
        cls.queryset = KINDS[cls.kind].display(evidence=_EVIDENCE)


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class MeetingViewSet(_FactViewSet):
    """Meetings (talks, receptions, banquets, signings) with participants, place and evidence."""

    kind = "meeting"
    filterset_class = filters.MeetingFilter
    export_name = "meetings"


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class VisitViewSet(_FactViewSet):
    """Visits (reported or planned) with visitor, destination, dates and evidence."""

    kind = "visit"
    filterset_class = filters.VisitFilter
    export_name = "visits"


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class AgreementViewSet(_FactViewSet):
    """Agreements with signatories, topics, date, place and evidence."""

    kind = "agreement"
    filterset_class = filters.AgreementFilter
    export_name = "agreements"


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class TradeItemViewSet(_FactViewSet):
    """Trade items: commodity and HS code, exporter, importer, status (traded/banned/capped), evidence."""

    kind = "trade_item"
    filterset_class = filters.TradeItemFilter
    export_name = "trade-items"


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class TradeFlowViewSet(ExportListMixin, viewsets.ReadOnlyModelViewSet):
    """Customs figures (UN Comtrade or plain CSV imports): value, quantity and net weight by period,
    reporter, partner, flow and HS code, each marked with the sanctions measure covering it, its
    source file and row, and the earlier figures later imports replaced."""

    serializer_class = serializers.TradeFlowSerializer
    filterset_class = filters.TradeFlowFilter
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["id", "period", "value_usd"]
    pagination_class = StableCursorPagination
    export_name = "trade-flows"
    queryset = TradeFlow.objects.select_related("source").prefetch_related("revisions")


class SanctionsView(APIView):
    """The sanctions table: each UN Security Council resolution (and China's announcements applying
    them) on the DPRK, with the HS chapters and headings it bans or caps, by direction and date."""

    @extend_schema(responses={200: serializers.SanctionsTableSerializer})
    def get(self, request):
        table = sanctions.table()
        measures = serializers.SanctionMeasureSerializer(table.get("measures", []), many=True).data
        return Response({"about": table.get("about", ""), "count": len(measures), "results": measures})


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class ActorViewSet(ExportListMixin, viewsets.ReadOnlyModelViewSet):
    """People, organizations and countries, with their names in every script and dated roles."""

    serializer_class = serializers.ActorSerializer
    filterset_class = filters.ActorFilter
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["id", "name"]
    pagination_class = StableCursorPagination
    lookup_field = "slug"
    export_name = "actors"
    queryset = Actor.objects.prefetch_related("aliases", "roles")


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class PlaceViewSet(ExportListMixin, viewsets.ReadOnlyModelViewSet):
    """Places (countries, cities, venues, border crossings) with coordinates and aliases."""

    serializer_class = serializers.PlaceSerializer
    filterset_class = filters.PlaceFilter
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["id", "name"]
    pagination_class = StableCursorPagination
    lookup_field = "slug"
    export_name = "places"
    queryset = Place.objects.select_related("parent").prefetch_related("aliases")


@extend_schema_view(list=extend_schema(parameters=[EXPORT_PARAMETER]))
class SourceViewSet(ExportListMixin, viewsets.ReadOnlyModelViewSet):
    """News outlets: country and whether they are state media."""

    serializer_class = serializers.SourceSerializer
    filter_backends = [StrictOrderingFilter]
    ordering_fields = ["id", "name"]
    pagination_class = StableCursorPagination
    export_name = "sources"
    queryset = Source.objects.all()


@extend_schema_view(
    list=extend_schema(parameters=[EXPORT_PARAMETER]),
    create=extend_schema(
        request=serializers.ArticleCreateSerializer,
        responses={202: serializers.ArticleAcceptedSerializer, 200: serializers.ArticleAcceptedSerializer},
    ),
    reextract=extend_schema(request=None, responses={202: serializers.ArticleAcceptedSerializer}),
)
class ArticleViewSet(ExportListMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Articles with their processing status. POST adds one (token or staff session)."""

    filterset_class = filters.ArticleFilter
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["id", "published"]
    pagination_class = StableCursorPagination
    permission_classes = [IsAuthenticatedOrReadOnly]
    export_name = "articles"

    def get_queryset(self):
        qs = Article.objects.select_related("source")
        if self.action == "list":
            qs = qs.defer("text", "raw_html")
        return qs

    def get_serializer_class(self):
        if self.action == "create":
            return serializers.ArticleCreateSerializer
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleSerializer

    def create(self, request, *args, **kwargs):
        limit = settings.API_MAX_BODY_BYTES
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        if length > limit:
            return Response(
                {"detail": f"The request body is {length:,} bytes; the limit is {limit:,}."},
                status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
            )
        incoming = serializers.ArticleCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            result = services.ingest(
                text=data.get("text") or "",
                html=data.get("html") or "",
                url=data["url"],
                title=data["title"],
                published=data["published"],
                source=data["source"] or None,
                language=data["language"],
            )
        except services.IngestError as exc:
            field = {"empty": "text", "too_large": "text", "encoding": "text", "published": "published"}.get(
                exc.code, "url" if exc.code == "url" else "non_field_errors"
            )
            code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE if exc.code == "too_large" else status.HTTP_400_BAD_REQUEST
            return Response({field: exc.messages}, status=code)
        return Response(
            self._accepted(result.article, result.created, result.message),
            status=status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK,
        )

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def reextract(self, request, pk=None):
        article = self.get_object()
        services.requeue_articles([article.pk])
        message = "Fetching and extraction queued again." if not article.text else "Extraction queued again."
        return Response(self._accepted(article, False, message), status=status.HTTP_202_ACCEPTED)

    @extend_schema(request=None, responses={202: serializers.ArticleAcceptedSerializer})
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def refetch(self, request, pk=None):
        """Fetch the article's URL again: an edited page becomes a new version and is extracted."""
        article = self.get_object()
        if not article.url:
            return Response({"url": ["This article has no URL to fetch."]}, status=status.HTTP_400_BAD_REQUEST)
        services.queue_refetch([article.pk])
        return Response(self._accepted(article, False, "Fetching again queued."), status=status.HTTP_202_ACCEPTED)

    def _accepted(self, article, created, message):
        article.refresh_from_db(fields=["status"])
        return {
            "id": article.pk,
            "status": article.status,
            "created": created,
            "message": message,
            "status_url": self.request.build_absolute_uri(reverse("api:article-detail", args=[article.pk])),
        }


@extend_schema(
    parameters=[
        OpenApiParameter("actor", OpenApiTypes.STR),
        OpenApiParameter("kind", OpenApiTypes.STR, enum=list(EVENT_KINDS)),
        OpenApiParameter("place", OpenApiTypes.STR),
        OpenApiParameter("date_from", OpenApiTypes.DATE),
        OpenApiParameter("date_to", OpenApiTypes.DATE),
        OpenApiParameter("language", {"type": "string", "maxLength": 12}),
        OpenApiParameter("page", {"type": "integer", "minimum": 1, "maximum": 999_999_999}),
    ],
    responses={200: OpenApiTypes.OBJECT},
)
class EventViewSet(viewsets.ViewSet):
    """Meetings, visits and agreements in one date-ordered stream, as the timeline shows them.
    `?format=csv` and `?format=ndjson` export every event the filters match, newest first."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer, NDJSONRenderer]

    @method_decorator(cached_response)
    def list(self, request):
        from tracker.forms import TimelineFilterForm
        from tracker.selectors import TimelineFilters, timeline_page

        number = request.query_params.get("page", "1")
        if not (number.isascii() and number.isdigit() and len(number) <= 9 and int(number) >= 1):
            return Response({"page": ["A page number: a whole number from 1."]}, status=status.HTTP_400_BAD_REQUEST)
        form = TimelineFilterForm(request.query_params)
        empty = [p for p in ("date_from", "date_to") if p in request.query_params and not request.query_params[p]]
        if empty:  # as on the fact lists: a date filter given empty is an error, not "no filter"
            return Response({p: ["A date (YYYY-MM-DD); it is empty."] for p in empty}, status=400)
        if not form.is_valid():
            # A NUL character is malformed input, whatever the field; a well-formed unknown name is not.
            unknown = {f for f in ("actor", "place") if not form.has_error(f, "null_characters_not_allowed")}
            if form.has_error("date_to", "reversed_range"):
                unknown.add("date_to")
            if set(form.errors) - unknown:
                return Response(form.errors, status=status.HTTP_400_BAD_REQUEST)
            # An actor or place not in the record, or an end date before the start, matches nothing,
            # as on every other list.
            if getattr(request.accepted_renderer, "format", "json") in ("csv", "ndjson"):
                return stream_events([], request.accepted_renderer.format, "events")
            return Response({"count": 0, "page": 1, "pages": 1, "results": []})
        filters_ = TimelineFilters(**{k: v for k, v in form.cleaned_data.items() if v})
        # one serializer of each kind for every row: a serializer builds its fields when first used
        context = {"request": request}
        ser = {
            "meeting": serializers.MeetingSerializer(context=context).to_representation,
            "visit": serializers.VisitSerializer(context=context).to_representation,
            "agreement": serializers.AgreementSerializer(context=context).to_representation,
        }
        fmt = getattr(request.accepted_renderer, "format", "json")
        if fmt in ("csv", "ndjson"):

            def every_event():
                n, pages = 1, 1
                while n <= pages:
                    rows, page = timeline_page(filters_, n, per_page=500)
                    pages = page.paginator.num_pages
                    for r in rows:
                        yield {"event": r.kind, **ser[r.kind](r.fact)}
                    n += 1

            return stream_events(every_event(), fmt, "events")
        if "cursor" in request.query_params:  # keyset pages (the first one: an empty cursor)
            return self._cursor_page(request, filters_, ser, context)
        rows, page = timeline_page(filters_, int(number), per_page=100)
        results = [{"event": r.kind, **ser[r.kind](r.fact)} for r in rows]
        return Response(
            {
                "count": page.paginator.count,
                "page": page.number,
                "pages": page.paginator.num_pages,
                "next": self._cursor_link(request, None) if page.paginator.count else None,
                "results": results,
            }
        )

    def _cursor_link(self, request, key: tuple | None) -> str:
        """The URL of the page after ``key`` (None: the first page), as the other lists' cursors."""
        import base64
        import json as _json

        query = request.query_params.copy()
        query.pop("page", None)
        query.pop("cursor", None)
        if key is not None:
            has_date, date, pk, neg_rank = key
            raw = _json.dumps([has_date, date.isoformat() if has_date else "", pk, neg_rank]).encode()
            query["cursor"] = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        else:
            query["cursor"] = ""
            query["page_size"] = query.get("page_size", "100")
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    def _cursor_page(self, request, filters_, ser, context):
        import base64
        import datetime as _dt
        import json as _json

        from tracker.selectors import timeline_after

        size = StableCursorPagination().get_page_size(request)
        after = None
        raw = request.query_params.get("cursor")
        if raw:
            try:
                has_date, date, pk, neg_rank = _json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
                after = (
                    bool(has_date),
                    _dt.date.fromisoformat(date) if has_date else _dt.date.min,
                    int(pk),
                    int(neg_rank),
                )
            except (ValueError, TypeError, _json.JSONDecodeError):
                return Response({"cursor": ["Invalid cursor: use the next link of a page."]}, status=400)
        rows, key = timeline_after(filters_, after, size)
        results = [{"event": r.kind, **ser[r.kind](r.fact)} for r in rows]
        return Response(
            {"next": self._cursor_link(request, key) if key else None, "previous": None, "results": results}
        )

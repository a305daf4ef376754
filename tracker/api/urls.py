from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework import routers
from rest_framework.reverse import reverse
from rest_framework.routers import DefaultRouter

from . import feeds, views


class TrackerAPIRoot(routers.APIRootView):
    """The tracker's API: every list below filters, paginates and exports (`?format=csv`,
    `?format=ndjson`). The schema, its Swagger UI and ReDoc are linked with the lists."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        for name, url_name in (("schema", "api:schema"), ("docs (Swagger UI)", "api:docs"), ("docs (ReDoc)", "api:redoc"),
                               ("events feed (Atom)", "api:events-feed"), ("events (CAMEO CSV)", "api:events-cameo"),
                               ("sanctions", "api:sanctions")):  # fmt: skip
            response.data[name] = reverse(url_name, request=request)
        return response


class TrackerRouter(DefaultRouter):
    APIRootView = TrackerAPIRoot


router = TrackerRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("places", views.PlaceViewSet, basename="place")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("visits", views.VisitViewSet, basename="visit")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("trade-items", views.TradeItemViewSet, basename="tradeitem")
router.register("trade-flows", views.TradeFlowViewSet, basename="tradeflow")
router.register("events", views.EventViewSet, basename="event")

app_name = "api"
urlpatterns = [
    path("events/feed/", feeds.EventFeed(), name="events-feed"),
    path("events/cameo/", feeds.cameo_export, name="events-cameo"),
    path("sanctions/", views.SanctionsView.as_view(), name="sanctions"),
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
]

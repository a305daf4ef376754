from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import feeds, views

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("places", views.PlaceViewSet, basename="place")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("visits", views.VisitViewSet, basename="visit")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("trade-items", views.TradeItemViewSet, basename="tradeitem")
router.register("events", views.EventViewSet, basename="event")

app_name = "api"
urlpatterns = [
    path("events/feed/", feeds.EventFeed(), name="events-feed"),
    path("events/cameo/", feeds.cameo_export, name="events-cameo"),
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
]

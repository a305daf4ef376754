from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from . import review_views, views

tracker_patterns = (
    [
        path("", views.timeline, name="timeline"),
        path("actors/", views.actor_index, name="actors"),
        path("actors/<slug:slug>/", views.actor_page, name="actor"),
        path("places/<slug:slug>/", views.place_page, name="place"),
        path("meetings/<int:pk>/", views.meeting_page, name="meeting"),
        path("visits/<int:pk>/", views.visit_page, name="visit"),
        path("agreements/<int:pk>/", views.agreement_page, name="agreement"),
        path("trade/", views.trade, name="trade"),
        path("trade/<str:hs4>/", views.trade_heading, name="trade-heading"),
        path("search/", views.search, name="search"),
        path("review/", review_views.queue, name="review"),
        path("review/<str:kind>/<int:pk>/", review_views.decide, name="review-decide"),
        path("review/accuracy/", review_views.accuracy, name="review-accuracy"),
    ],
    "tracker",
)
article_patterns = ([path("<int:pk>/", views.article_page, name="detail")], "articles")

urlpatterns = [
    path("", include(tracker_patterns)),
    path("articles/", include(article_patterns)),
    path("api/v1/", include("tracker.api.urls")),
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"), permanent=True)),
]

handler404 = "tracker.views.not_found"

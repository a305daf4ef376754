from django.contrib import admin
from django.urls import include, path

from . import views

tracker_patterns = (
    [
        path("", views.timeline, name="timeline"),
        path("actors/", views.actor_index, name="actors"),
        path("actors/<slug:slug>/", views.actor_page, name="actor"),
        path("meetings/<int:pk>/", views.meeting_page, name="meeting"),
    ],
    "tracker",
)
article_patterns = ([path("<int:pk>/", views.article_page, name="detail")], "articles")

urlpatterns = [
    path("", include(tracker_patterns)),
    path("articles/", include(article_patterns)),
    path("admin/", admin.site.urls),
]

from django.contrib import admin
from django.urls import path

from .views import health
from .views.ingest import ingest

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("ingest/", ingest, name="ingest"),
]

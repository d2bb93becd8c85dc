"""The bench baseline: the project's settings and middleware, one view returning a fixed page."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
PAGE = "<!doctype html><html><head><title>Bare</title></head><body>" + "<p>Bare.</p>" * 200


def fixed_page(request):
    """A fixed page: what Django costs with no queries and no templates."""
    return HttpResponse(PAGE + "</body></html>")


urlpatterns = [path("bare", fixed_page), path("healthz", fixed_page)]
settings.ROOT_URLCONF = __name__
application = get_wsgi_application()

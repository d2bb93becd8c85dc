"""The editors' admin: one module per group of models."""

from django.contrib import admin

from . import actors, audit, records, sources  # noqa: F401  (registers the model admins)

admin.site.site_header = "Ceasefire Tracker"
admin.site.site_title = "Ceasefire Tracker"
admin.site.index_title = "Editing"

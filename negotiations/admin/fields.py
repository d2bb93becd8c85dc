"""Form field settings the admins share."""

from django.db import models

# Editors paste links without a scheme; assume https, as Django 6 will.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}

"""Create (idempotently) the local editor account that `make run` logs in with."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEFAULT_USERNAME = "editor"
DEFAULT_PASSWORD = "editor-pass-123"
ADMIN_URL = "http://127.0.0.1:8000/admin/"


class Command(BaseCommand):
    help = "Create a superuser from EDITOR_USERNAME/EDITOR_PASSWORD (defaults only when DEBUG)."

    def handle(self, *args, **options):
        username = os.environ.get("EDITOR_USERNAME", "")
        password = os.environ.get("EDITOR_PASSWORD", "")
        if not settings.DEBUG and not (username and password):
            raise CommandError(
                "DEBUG is off: refusing to create an editor with a default name or password. "
                "Set EDITOR_USERNAME and EDITOR_PASSWORD, or use `manage.py createsuperuser`."
            )
        username = username or DEFAULT_USERNAME
        with transaction.atomic():
            user, created = get_user_model().objects.get_or_create(username=username)
            if created or (password and not user.check_password(password)):
                chosen = password or DEFAULT_PASSWORD
                self._validate(chosen, user)
                user.set_password(chosen)
            user.is_staff = user.is_superuser = user.is_active = True
            user.save()
        shown = "the password in EDITOR_PASSWORD" if password else f"password {DEFAULT_PASSWORD!r}"
        state = "Created" if created else "Using existing"
        self.stdout.write(
            self.style.SUCCESS(f"{state} editor {username!r}. Log in at {ADMIN_URL} with {shown}.")
        )

    def _validate(self, password, user):
        # The built-in default is for local development; a chosen password must be strong.
        if password == DEFAULT_PASSWORD:
            return
        try:
            validate_password(password, user)
        except ValidationError as error:
            reasons = " ".join(error.messages)
            raise CommandError(f"EDITOR_PASSWORD is too weak: {reasons}") from error

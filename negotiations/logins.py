"""Login throttling with django-axes: whose attempts count, what clears them, the lockout page."""

import ipaddress
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.shortcuts import render


class AccountAttempts(AxesDatabaseHandler):
    """Axes' database handler, except that a successful login clears only its account's failures."""

    def reset_user_attempts(self, request, credentials=None) -> int:
        # Axes would also clear the address's failures: then anyone with an account could wipe
        # the count they ran up against another account by logging in to their own.
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count


def forwarded_address(request) -> str | None:
    """The client's address behind the TLS proxy: the last X-Forwarded-For entry, which it added."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    try:
        return str(ipaddress.ip_address(forwarded.rsplit(",", 1)[-1].strip()))
    except ValueError:
        return request.META.get("REMOTE_ADDR")


def locked_out(request, response, credentials):
    """The site's lockout page, with the HTTP status axes answers a locked-out login with."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": settings.AXES_COOLOFF_TIME // timedelta(minutes=1),
    }
    status = settings.AXES_HTTP_RESPONSE_CODE
    return render(request, "registration/locked_out.html", context, status=status)

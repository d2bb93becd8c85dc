"""The health check behind the load balancer and docker-compose."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from negotiations.health import run_checks


@never_cache
@require_GET
def healthz(request):
    """Each dependency's state; 503 when the dashboard cannot serve pages (no database)."""
    checks = run_checks()
    serving = all(check.ok for check in checks if check.essential)
    status = "ok" if all(check.ok for check in checks) else "degraded" if serving else "down"
    body = {
        "status": status,
        "checks": {check.name: {"ok": check.ok, "detail": check.detail} for check in checks},
    }
    return JsonResponse(body, status=200 if serving else 503)

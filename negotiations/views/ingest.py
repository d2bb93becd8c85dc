"""The staff ingest page: submit text, files or URLs and watch their jobs run."""

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from negotiations import services
from negotiations.forms import PasteForm, UploadForm, UrlForm
from negotiations.models import RECORD_FIELDS, IngestJob

FORMS = {"text": PasteForm, "files": UploadForm, "urls": UrlForm}
PENDING = {IngestJob.Status.QUEUED, IngestJob.Status.FETCHING, IngestJob.Status.EXTRACTING}
RECENT_JOBS = 25


@staff_member_required
@require_http_methods(["GET", "POST"])
def ingest(request):
    """Forms that queue ingest jobs, and the recent jobs with their progress."""
    chosen = request.POST.get("form") if request.method == "POST" else None
    forms = {
        name: form_class(request.POST, request.FILES, prefix=name)
        if name == chosen
        else form_class(prefix=name)
        for name, form_class in FORMS.items()
    }
    form = forms.get(chosen)
    if form is not None and form.is_valid() and submit_all(form, request.user):
        messages.success(request, f"Queued {len(form.submissions())} job(s).")
        return redirect("ingest")
    jobs = recent_jobs()
    context = {"forms": forms, "jobs": jobs, "polling": any(j.status in PENDING for j in jobs)}
    template = "ingest/page.html#jobs" if request.htmx.target == "jobs" else "ingest/page.html"
    status = 200 if request.method == "GET" else 400
    return TemplateResponse(request, template, context, status=status)


def submit_all(form, user) -> bool:
    """Queue one job per submission, all or none; a refusal becomes a form error."""
    try:
        with transaction.atomic():
            for submission in form.submissions():
                services.submit(**submission, user=user)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


def recent_jobs():
    """The newest jobs with their article and how many records of each kind it holds."""
    counts = {
        f"{field}_count": Count(f"article__evidence__{field}", distinct=True)
        for field in RECORD_FIELDS
    }
    jobs = IngestJob.objects.select_related("article").annotate(**counts)
    return list(jobs.order_by("-created_at", "-id")[:RECENT_JOBS])

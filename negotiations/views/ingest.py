"""The staff ingest page: submit text, files or URLs and watch their jobs run."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import RequestDataTooBig, TooManyFilesSent, ValidationError
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from negotiations import services
from negotiations.forms import PasteForm, UploadForm, UrlForm
from negotiations.limits import CHARS_STATED
from negotiations.models import RECORD_FIELDS, IngestJob

FORMS = {"text": PasteForm, "files": UploadForm, "urls": UrlForm}
PENDING = {IngestJob.Status.QUEUED, IngestJob.Status.FETCHING, IngestJob.Status.EXTRACTING}
RECENT_JOBS = 25
TOO_BIG = f"Nothing was queued: the submission is too large. Text can be up to {CHARS_STATED}."
TOO_MANY_FILES = (
    f"Nothing was queued: at most {settings.DATA_UPLOAD_MAX_NUMBER_FILES} files at a time."
)


def readable_body(view):
    """`view` behind the CSRF check, but a body Django will not read gets the page and an error.

    The CSRF middleware reads the body before any view and would answer it with a bare 400.
    """
    protected = csrf_protect(view)

    @csrf_exempt
    @wraps(view)
    def checked(request):
        try:
            return protected(request)
        except RequestDataTooBig:
            return refused(request, TOO_BIG, status=413)
        except TooManyFilesSent:
            return refused(request, TOO_MANY_FILES, status=400)

    return checked


# The admin's rule for adding a job: staff, and the permission (a 403, not a login loop).
@staff_member_required
@permission_required("negotiations.add_ingestjob", raise_exception=True)
@require_http_methods(["GET", "POST"])
@readable_body
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
    return page(request, forms, status=200 if request.method == "GET" else 400)


def refused(request, message, *, status):
    """The page with empty forms and `message`, for a submission that could not be read."""
    messages.error(request, message)
    forms = {name: form_class(prefix=name) for name, form_class in FORMS.items()}
    return page(request, forms, status=status)


def page(request, forms, *, status):
    """The page with `forms` and the recent jobs, or only the jobs region for htmx."""
    jobs = recent_jobs()
    context = {"forms": forms, "jobs": jobs, "polling": any(j.status in PENDING for j in jobs)}
    template = "ingest/page.html#jobs" if request.htmx.target == "jobs" else "ingest/page.html"
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

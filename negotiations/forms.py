"""Forms of the staff ingest page: pasted text, uploaded files and URLs, each giving jobs."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from .limits import BYTES_STATED, CHARS_STATED, MAX_CHARS, MAX_URL_LENGTH, TOO_LONG
from .models import IngestJob, Negotiation
from .services.jobs import http_url
from .text_input import CONTROL_CHARACTERS, read_text

MAX_URLS = 50
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


class IngestForm(forms.Form):
    """What every way of submitting shares: the negotiation the articles belong to.

    Each form's `submissions()` gives the keyword arguments of `services.submit`, one per job.
    """

    negotiation = forms.ModelChoiceField(
        queryset=Negotiation.objects.all(),
        required=False,
        empty_label="Assign from what it reports",
        help_text="Leave it to the tracker unless you know better: a choice here is kept.",
    )


class PasteForm(IngestForm):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_CHARS,
        error_messages={"max_length": TOO_LONG},
        help_text=f"Plain text, up to {CHARS_STATED}.",
    )
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(
        label="URL",
        max_length=MAX_URL_LENGTH,
        required=False,
        assume_scheme="https",
        validators=[http_url],
    )
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_text(self):
        text = self.cleaned_data["text"]
        if CONTROL_CHARACTERS.intersection(text):
            raise ValidationError("The text contains control characters; paste plain text.")
        return text

    def submissions(self) -> list[dict]:
        data = self.cleaned_data
        metadata = {key: data[key] for key in ("title", "outlet") if data[key]}
        if data["published"]:
            metadata["published"] = data["published"].isoformat()
        return [
            {
                "source": IngestJob.Source.TEXT,
                "payload": data["text"],
                "url": data["url"],
                "metadata": metadata,
                "negotiation": data["negotiation"],
            }
        ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files at once and cleans each."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(IngestForm):
    files = MultipleFileField(
        help_text=f"Text or HTML files, up to {BYTES_STATED} each, "
        f"at most {settings.DATA_UPLOAD_MAX_NUMBER_FILES} at a time."
    )

    def clean_files(self):
        decoded, problems = [], []
        for upload in self.cleaned_data["files"]:
            try:
                decoded.append((upload.name, read_upload(upload)))
            except ValidationError as error:
                problems.append(f"{upload.name}: {error.messages[0]}")
        if problems:
            raise ValidationError(problems)
        return decoded

    def submissions(self) -> list[dict]:
        return [
            {
                "source": IngestJob.Source.FILE,
                "filename": name,
                "payload": text,
                "negotiation": self.cleaned_data["negotiation"],
            }
            for name, text in self.cleaned_data["files"]
        ]


class UrlForm(IngestForm):
    urls = forms.CharField(
        label="URLs",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "https://…"}),
        help_text=f"One http(s) URL per line, at most {MAX_URLS}.",
    )

    def clean_urls(self):
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines()]
        urls = list(dict.fromkeys(line for line in lines if line))
        if len(urls) > MAX_URLS:
            raise ValidationError(f"At most {MAX_URLS} URLs at a time ({len(urls)} given).")
        problems = [f"{url[:100]!r} is not an http(s) URL." for url in urls if not is_http(url)]
        if problems:
            raise ValidationError(problems)
        return urls

    def submissions(self) -> list[dict]:
        negotiation = self.cleaned_data["negotiation"]
        return [
            {"source": IngestJob.Source.URL, "url": url, "negotiation": negotiation}
            for url in self.cleaned_data["urls"]
        ]


def is_http(url: str) -> bool:
    """Whether `url` is an http(s) URL short enough to store."""
    try:
        http_url(url)
    except ValidationError:
        return False
    return len(url) <= MAX_URL_LENGTH


def read_upload(upload) -> str:
    """The text of an uploaded .txt or .html file, refusing oversized or binary content."""
    if PurePath(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
        raise ValidationError("Only .txt and .html files can be ingested.")
    return read_text(upload)

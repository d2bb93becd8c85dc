"""Editors regroup records: merge several into one event, or split a source out of one."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from negotiations import editing
from negotiations.models import Article, Evidence


class KeepRecordForm(forms.Form):
    """Which of the selected records survives a merge."""

    keep = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, records, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = records
        self.fields["keep"].label_from_instance = lambda obj: f"{obj} (#{obj.pk})"


class RegroupingAdmin(admin.ModelAdmin):
    """A merge action on the changelist, and a "split out" link per source on the form."""

    evidence_field = ""  # the Evidence field that points at this model

    def get_urls(self):
        opts = self.model._meta
        split = path(
            "<int:pk>/split/<int:article_id>/",
            self.admin_site.admin_view(self.split_view),
            name=f"{opts.app_label}_{opts.model_name}_split",
        )
        return [split, *super().get_urls()]

    @admin.action(description="Merge selected into one record", permissions=["change", "delete"])
    def merge_records(self, request, queryset):
        records = queryset.order_by("pk")
        if len(records) < 2:
            self.message_user(request, "Select at least two records to merge.", messages.WARNING)
            return None
        negotiations = {obj.negotiation_id for obj in records}
        if len(negotiations) > 1:
            self.message_user(
                request, "Records of different negotiations cannot be merged.", messages.ERROR
            )
            return None
        form = KeepRecordForm(request.POST if "merge" in request.POST else None, records=records)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            editing.merge_records(keep, list(records), user=request.user)
            self.message_user(request, f"Merged {len(records)} records into “{keep}”.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {self.model._meta.verbose_name_plural}",
            "opts": self.model._meta,
            "records": records,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/negotiations/merge_records.html", context)

    @admin.display(description="Sources")
    def sources(self, obj):
        """Each article behind the record, with a link to split its reports out."""
        if not obj or not obj.pk:
            return "None yet."
        rows = (
            Evidence.objects.filter(**{self.evidence_field: obj})
            .values("article_id", "article__title", "article__outlet")
            .annotate(sentences=Count("pk"), day=Min("article__reported_on"))
            .order_by("day", "article_id")
        )
        if len(rows) < 2:
            return format_html("{} source; nothing to split.", len(rows))
        opts = self.model._meta
        links = (
            (
                row["article__outlet"] or "Unknown outlet",
                row["day"] or "undated",
                row["article__title"] or f"Article {row['article_id']}",
                row["sentences"],
                reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_split",
                    args=[obj.pk, row["article_id"]],
                ),
            )
            for row in rows
        )
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li>{}, {}: {} ({} sentence(s)) · <a href="{}">Split out</a></li>',
                links,
            ),
        )

    def split_view(self, request, pk, article_id):
        """Confirm, then give one article's reports a record of their own."""
        record = get_object_or_404(self.model, pk=pk)
        if not self.has_change_permission(request, record):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=article_id)
        change_url = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_change",
            args=[record.pk],
        )
        if request.method == "POST":
            try:
                copy = editing.split_source(record, article, user=request.user)
            except ValueError as error:
                self.message_user(request, str(error), messages.ERROR)
                return redirect(change_url)
            self.message_user(
                request, f"Split “{article}” out into a record of its own (#{copy.pk})."
            )
            return redirect(change_url.replace(f"/{record.pk}/", f"/{copy.pk}/"))
        context = {
            **self.admin_site.each_context(request),
            "title": "Split a source out",
            "opts": self.model._meta,
            "record": record,
            "article": article,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/negotiations/split_source.html", context)

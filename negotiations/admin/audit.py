"""The audit trail: what each admin save changed, and a read-only view of it."""

from django import forms
from django.apps import apps
from django.contrib import admin
from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from negotiations import editing
from negotiations.models import RECORD_MODELS, DeletedSource, RecordChange, RecordEdit, Watch

from .evidence import change_link
from .fields import HTTPS_URLS
from .published import PublishedAdmin


def initial_value(form, name):
    """A form field's value before the edit, as an object rather than a bare primary key."""
    value = form.initial.get(name)
    field = form.fields[name]
    if (
        isinstance(field, forms.ModelChoiceField)
        and not isinstance(field, forms.ModelMultipleChoiceField)
        and value is not None
        and not isinstance(value, models.Model)
    ):
        return field.queryset.filter(pk=value).first() or value
    return value


def form_changes(form, prefix=""):
    """`{field: (old, new)}` for each model field the form changed."""
    model_fields = {f.name for f in form._meta.model._meta.get_fields()}
    return {
        f"{prefix}{name}": (initial_value(form, name), form.cleaned_data.get(name))
        for name in form.changed_data
        if name in model_fields and name in form.cleaned_data
    }


def formset_changes(formset):
    """`{label: (old, new)}` for each inline row added, removed or changed."""
    label = formset.model._meta.verbose_name
    changes = {f"{label} added: {obj}": (None, obj) for obj in formset.new_objects}
    changes |= {f"{label} removed: {obj}": (obj, None) for obj in formset.deleted_objects}
    changed = {obj.pk for obj, _ in formset.changed_objects}
    for form in formset.initial_forms:
        if form.instance.pk in changed:
            changes |= form_changes(form, prefix=f"{label} {form.instance}: ")
    return changes


def admin_changes(form, formsets):
    """Everything one admin save changed: the record's fields and its inlines."""
    changes = form_changes(form)
    for formset in formsets:
        changes |= formset_changes(formset)
    return changes


def describe_changes(changes):
    """One line per changed field: `field: old → new`."""
    return "; ".join(f"{field}: {old} → {new}" for field, (old, new) in changes.items())


class AuditedAdmin(PublishedAdmin):
    """A model admin that shows the record's edit history on its change form."""

    @admin.display(description="Edit history")
    def edit_history(self, obj):
        edits = editing.edits_of(obj) if obj and obj.pk else []
        if not edits:
            return "No edits yet."
        rows = (
            (
                date_format(localtime(edit.at), "DATETIME_FORMAT"),
                edit.user or "unknown user",
                describe_changes(edit.changes),
            )
            for edit in edits
        )
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{} by {}: {}</li>", rows))


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows the application writes; editors read them and nothing else."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RecordEdit)
class RecordEditAdmin(ReadOnlyAdmin):
    list_display = ("at", "user", "model", "record", "summary")
    list_filter = ("model", "at", "user")
    search_fields = ("object_repr", "user__username")
    list_select_related = ("user",)
    date_hierarchy = "at"

    @admin.display(description="Record")
    def record(self, obj):
        model = apps.get_model("negotiations", obj.model)
        return change_link(model, obj.object_id, obj.object_repr)

    @admin.display(description="Changes")
    def summary(self, obj):
        return describe_changes(obj.changes)


@admin.register(RecordChange)
class RecordChangeAdmin(ReadOnlyAdmin):
    """Records that left, as the API's changes list gives them to mirrors."""

    list_display = ("at", "kind", "record_id", "change", "into_id")
    list_filter = ("kind", "change", "at")
    date_hierarchy = "at"


@admin.register(DeletedSource)
class DeletedSourceAdmin(ReadOnlyAdmin):
    """Sentences of deleted articles that verified records kept; re-ingesting one restores it."""

    list_display = ("deleted_at", "kind", "record", "title", "outlet", "deleted_by", "reviewed_at")
    list_filter = ("kind", "deleted_at", "reviewed_at")
    search_fields = ("title", "url", "sentence")
    list_select_related = ("deleted_by",)
    date_hierarchy = "deleted_at"
    formfield_overrides = HTTPS_URLS

    @admin.display(description="Record")
    def record(self, obj):
        return change_link(RECORD_MODELS[obj.kind], obj.record_id, f"{obj.kind} {obj.record_id}")


@admin.register(Watch)
class WatchAdmin(admin.ModelAdmin):
    """What readers follow."""

    list_display = ("user", "actor", "proposal", "search", "seen_at")
    list_filter = ("created_at",)
    search_fields = ("user__username", "actor__name", "proposal__title", "search")
    list_select_related = ("user", "actor", "proposal")
    autocomplete_fields = ("actor", "proposal")

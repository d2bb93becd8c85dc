"""The base of the admins whose models the public pages show."""

from django.contrib import admin

from negotiations.page_scopes import pages_changed


class PublishedAdmin(admin.ModelAdmin):
    """Saves and deletes refresh every cached public page once they commit: an edit here can
    rename, re-slug or move anything many pages show."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        pages_changed(everything=True)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        pages_changed(everything=True)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        pages_changed(everything=True)

"""The base of the admins whose models the public pages show."""

from django.contrib import admin

from negotiations.page_cache import bump_data_version_on_commit


class PublishedAdmin(admin.ModelAdmin):
    """Saves and deletes refresh the cached public pages once they commit."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        bump_data_version_on_commit()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        bump_data_version_on_commit()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        bump_data_version_on_commit()

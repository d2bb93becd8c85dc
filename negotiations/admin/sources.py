"""Where records come from: articles, feeds and ingest jobs."""

from django.contrib import admin, messages
from django.utils.html import format_html

from negotiations import editing
from negotiations.models import Article, Feed, IngestJob
from negotiations.services import bulk
from negotiations.services.article_deletion import delete_articles, plan_deletion
from negotiations.tasks import reextract_articles

from .audit import admin_changes
from .evidence import ArticleEvidenceInline, change_link
from .fields import HTTPS_URLS
from .published import PublishedAdmin


class AssignmentFilter(admin.SimpleListFilter):
    """Articles no negotiation claims are the editors' to assign."""

    title = "assignment"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [
            ("no", "Unassigned"),
            ("auto", "Assigned from the content"),
            ("editor", "Assigned by an editor"),
        ]

    def queryset(self, request, queryset):
        chosen = {
            "no": {"negotiation__isnull": True},
            "auto": {"negotiation__isnull": False, "negotiation_locked": False},
            "editor": {"negotiation_locked": True},
        }.get(self.value())
        return queryset.filter(**chosen) if chosen else queryset


@admin.register(Article)
class ArticleAdmin(PublishedAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ("__str__", "outlet", "published", "negotiation", "negotiation_locked", "url")
    list_filter = (AssignmentFilter, "negotiation", "published", "outlet", "language")
    search_fields = ("title", "url", "outlet", "author")
    list_select_related = ("negotiation",)
    filter_horizontal = ("other_negotiations",)
    readonly_fields = (
        "content_hash",
        "reported_on",
        "negotiation_locked",
        "fetched_at",
        "created_at",
    )
    date_hierarchy = "published"
    inlines = [ArticleEvidenceInline]
    actions = ["reextract"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        moved = {"negotiation", "other_negotiations"} & set(form.changed_data)
        if change and moved:
            counts = editing.reassign_article(
                form.instance, user=request.user, changes=admin_changes(form, formsets)
            )
            self.message_user(request, f"Moved its records to the new negotiation: {counts}.")

    def get_deleted_objects(self, objs, request):
        """Django's list of what goes, then what the deletion does to the records reported."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        plan = plan_deletion([article.pk for article in objs])
        removed = [record_link(r) for rows in plan.removed.values() for r in rows]
        kept = [record_link(r) for rows in plan.kept.values() for r in rows]
        others = sum(plan.other_sources.values())
        consequences = [
            f"Records removed with it, as no other article reports them: {len(removed)}",
            removed,
            f"Records kept because an editor verified them, marked “source deleted” "
            f"and listed in the review queue: {len(kept)}",
            kept,
            f"Records that stay, reported by other articles too: {others}",
        ]
        counts = {**counts, "records removed": len(removed), "verified records kept": len(kept)}
        return [*deleted, consequences], counts, perms_needed, protected

    def delete_model(self, request, obj):
        delete_articles([obj], user=request.user)

    def delete_queryset(self, request, queryset):
        delete_articles(list(queryset), user=request.user)

    @admin.action(description="Re-run extraction on selected articles", permissions=["change"])
    def reextract(self, request, queryset):
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        for chunk in bulk.in_batches(ids):
            reextract_articles.delay_on_commit(article_ids=chunk)
        self.message_user(
            request, f"Queued extraction for {len(ids)} article(s).", messages.SUCCESS
        )


def record_link(record):
    """A link to a record's admin page, named by its kind."""
    return format_html(
        "{}: {}",
        record._meta.verbose_name.capitalize(),
        change_link(type(record), record.pk, record),
    )


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = (
        "__str__",
        "negotiation",
        "active",
        "poll_every_minutes",
        "last_polled_at",
        "last_error",
    )
    list_filter = ("active", "negotiation", "last_polled_at")
    search_fields = ("url", "title", "last_error")
    list_select_related = ("negotiation",)
    readonly_fields = ("etag", "last_modified", "last_polled_at", "last_error")


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ("pk", "source", "status", "negotiation", "article", "created_at", "error")
    list_filter = ("status", "retryable", "source", "negotiation", "duplicate", "created_at")
    search_fields = ("url", "filename", "error", "article__title")
    list_select_related = ("negotiation", "article", "submitted_by")
    raw_id_fields = ("article", "feed")
    date_hierarchy = "created_at"
    readonly_fields = (
        "status",
        "error",
        "article",
        "duplicate",
        "attempts",
        "retryable",
        "sweep_retries",
        "submitted_by",
        "created_at",
        "task_id",
        "enqueued_at",
        "started_at",
        "finished_at",
    )

"""Extracted records: an admin save verifies the record and logs the edit."""

from django.contrib import admin, messages

from negotiations import editing
from negotiations.models import (
    RECORD_MODELS,
    DeletedKey,
    KeptApart,
    Meeting,
    MeetingParticipant,
    Position,
    Proposal,
    ProposalAlias,
    ProposalEvent,
    ProposalResponse,
    Statement,
    Tombstone,
)

from .audit import AuditedAdmin, admin_changes
from .evidence import change_link, evidence_inline
from .published import PublishedAdmin
from .regrouping import RegroupingAdmin


def by_actor(field):
    """A list filter on the actors that appear in `field`, not every actor."""
    return (field, admin.RelatedOnlyFieldListFilter)


class ConfidenceFilter(admin.SimpleListFilter):
    """How sure extraction was: editors check the least sure records first."""

    title = "confidence"
    parameter_name = "sure"
    BANDS = {
        "low": ("Low (under 0.6)", {"confidence__lt": 0.6}),
        "medium": ("Medium", {"confidence__gte": 0.6, "confidence__lt": 0.8}),
        "high": ("High (0.8 and over)", {"confidence__gte": 0.8}),
    }

    def lookups(self, request, model_admin):
        return [(band, label) for band, (label, _) in self.BANDS.items()]

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value())
        return queryset.filter(**band[1]) if band else queryset


class ExtractedRecordAdmin(AuditedAdmin):
    """Shared by every extracted record: verification on save, audit trail, evidence."""

    readonly_fields = ("verified", "verified_by", "verified_at", "merge_key", "edit_history")
    actions = ["mark_verified"]

    def get_list_display(self, request):
        return (*self.list_display, "sureness")

    def get_list_filter(self, request):
        return (ConfidenceFilter, *self.list_filter)

    @admin.display(description="Confidence", ordering="confidence")
    def sureness(self, obj):
        return f"{obj.confidence:.2f}"

    def save_model(self, request, obj, form, change):
        editing.give_merge_key(obj)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            if hasattr(obj, "merge_key"):
                editing.give_merge_key(obj)
                editing.stamp_verified(obj, request.user)
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        editing.verify_edit(request.user, form.instance, admin_changes(form, formsets))

    def delete_model(self, request, obj):
        editing.delete_records([obj], user=request.user)

    def delete_queryset(self, request, queryset):
        editing.delete_records(list(queryset), user=request.user)

    @admin.action(description="Mark selected records verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        count = editing.mark_verified(queryset, request.user)
        self.message_user(request, f"Marked {count} record(s) verified.", messages.SUCCESS)


class RegroupedRecordAdmin(RegroupingAdmin, ExtractedRecordAdmin):
    """Records several sources report: editors merge duplicates and split sources out."""

    actions = ["mark_verified", "merge_records"]
    readonly_fields = (*ExtractedRecordAdmin.readonly_fields, "sources")


@admin.register(Statement)
class StatementAdmin(RegroupedRecordAdmin):
    evidence_field = "statement"
    list_display = ("__str__", "speaker", "mode", "said_on", "negotiation", "verified")
    list_filter = ("verified", "negotiation", by_actor("speaker"), "mode", "said_on")
    search_fields = ("text", "content", "speaker__name")
    list_select_related = ("speaker", "negotiation")
    autocomplete_fields = ("speaker", "issues")
    date_hierarchy = "said_on"
    inlines = [evidence_inline("statement")]


class ResponseInline(admin.TabularInline):
    model = ProposalResponse
    fields = ("actor", "response", "responded_on", "verified")
    readonly_fields = ("verified",)
    autocomplete_fields = ("actor",)
    extra = 0


class ProposalAliasInline(admin.TabularInline):
    model = ProposalAlias
    fields = ("title",)
    extra = 0
    verbose_name_plural = "Other wordings sources use"


class ProposalEventInline(admin.TabularInline):
    """What sources reported happened to the proposal; its status follows them."""

    model = ProposalEvent
    fields = ("status", "reported_on", "article", "sentence")
    readonly_fields = ("article", "sentence")
    extra = 0


@admin.register(Proposal)
class ProposalAdmin(RegroupedRecordAdmin):
    evidence_field = "proposal"
    list_display = ("title", "kind", "status", "proposer", "first_seen", "negotiation", "verified")
    list_filter = ("verified", "negotiation", "kind", "status", by_actor("proposer"), "first_seen")
    search_fields = ("title", "text", "proposer__name")
    list_select_related = ("proposer", "negotiation")
    autocomplete_fields = ("proposer",)
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "first_seen"
    inlines = [
        ProposalAliasInline,
        ResponseInline,
        ProposalEventInline,
        evidence_inline("proposal"),
    ]


@admin.register(ProposalResponse)
class ProposalResponseAdmin(ExtractedRecordAdmin):
    list_display = ("actor", "response", "proposal", "responded_on", "negotiation", "verified")
    list_filter = ("verified", "negotiation", "response", by_actor("actor"), "responded_on")
    search_fields = ("actor__name", "proposal__title")
    list_select_related = ("actor", "proposal", "negotiation")
    autocomplete_fields = ("actor", "proposal")
    inlines = [evidence_inline("response")]


class ParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    fields = ("actor", "role")
    autocomplete_fields = ("actor",)
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(RegroupedRecordAdmin):
    evidence_field = "meeting"
    list_display = ("title", "kind", "status", "date", "location", "who", "verified")
    list_filter = ("verified", "negotiation", "kind", "status", by_actor("participants"), "date")
    search_fields = ("title", "text", "location", "participants__name")
    list_select_related = ("negotiation",)
    date_hierarchy = "date"
    inlines = [ParticipantInline, evidence_inline("meeting")]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("participations__actor")

    @admin.display(description="Participants")
    def who(self, obj):
        return ", ".join(str(p.actor) for p in obj.participations.all())


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(PublishedAdmin):
    list_display = ("actor", "role", "meeting")
    list_filter = ("role", by_actor("actor"), "meeting__date")
    search_fields = ("actor__name", "meeting__title")
    list_select_related = ("actor", "meeting")
    autocomplete_fields = ("actor", "meeting")


@admin.register(Position)
class PositionAdmin(ExtractedRecordAdmin):
    list_display = ("actor", "stance", "issue", "as_of", "negotiation", "verified")
    list_filter = ("verified", "negotiation", "stance", "issue", by_actor("actor"), "as_of")
    search_fields = ("actor__name", "issue__name", "text")
    list_select_related = ("actor", "issue", "negotiation")
    autocomplete_fields = ("actor", "issue")
    inlines = [evidence_inline("position")]


@admin.register(ProposalAlias)
class ProposalAliasAdmin(PublishedAdmin):
    list_display = ("title", "proposal")
    search_fields = ("title", "proposal__title")
    list_select_related = ("proposal",)
    autocomplete_fields = ("proposal",)


@admin.register(KeptApart)
class KeptApartAdmin(admin.ModelAdmin):
    """Editors' splits; deleting one lets ingestion match the article to the record again."""

    list_display = ("record", "article", "created_at")
    list_filter = ("kind", "created_at")
    list_select_related = ("article",)
    raw_id_fields = ("article",)

    @admin.display(description="Record")
    def record(self, obj):
        model = RECORD_MODELS.get(obj.kind)
        label = f"{obj.kind} #{obj.record_id}"
        return change_link(model, obj.record_id, label) if model else label


@admin.register(ProposalEvent)
class ProposalEventAdmin(PublishedAdmin):
    list_display = ("proposal", "status", "reported_on", "article")
    list_filter = ("status", "reported_on")
    search_fields = ("proposal__title", "sentence")
    list_select_related = ("proposal", "article")
    raw_id_fields = ("proposal", "article")
    date_hierarchy = "reported_on"


class DeletedKeyInline(admin.TabularInline):
    model = DeletedKey
    fields = ("key",)
    readonly_fields = ("key",)
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    """Records editors deleted; restoring one extracts its articles again."""

    list_display = ("record_repr", "kind", "deleted_by", "deleted_at")
    list_filter = ("kind", "deleted_at")
    search_fields = ("record_repr",)
    list_select_related = ("deleted_by",)
    readonly_fields = ("kind", "record_id", "record_repr", "articles", "deleted_by", "deleted_at")
    inlines = [DeletedKeyInline]
    actions = ["restore"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Restore selected records", permissions=["delete"])
    def restore(self, request, queryset):
        count = sum(editing.restore(tombstone, user=request.user) for tombstone in queryset)
        self.message_user(request, f"Restored; extracted {count} article(s) again.")


@admin.register(DeletedKey)
class DeletedKeyAdmin(admin.ModelAdmin):
    list_display = ("key", "tombstone")
    search_fields = ("key", "tombstone__record_repr")
    list_select_related = ("tombstone",)
    raw_id_fields = ("tombstone",)

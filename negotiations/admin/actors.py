"""Negotiations, actors and their aliases, issues; merging duplicate actors."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse

from negotiations import editing
from negotiations.models import Actor, ActorAlias, Issue, Negotiation

from .audit import AuditedAdmin, admin_changes
from .published import PublishedAdmin


@admin.register(Negotiation)
class NegotiationAdmin(PublishedAdmin):
    list_display = ("name", "slug", "party_count", "created_at")
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parties",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(party_count=Count("parties"))

    @admin.display(description="Parties", ordering="party_count")
    def party_count(self, obj):
        return obj.party_count


@admin.register(Issue)
class IssueAdmin(PublishedAdmin):
    """Canonical issues: editors add issues and the words that name them."""

    list_display = ("name", "slug", "statement_count", "position_count")
    search_fields = ("name", "words", "description")
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug", "description", "words")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                statement_count=Count("statements", distinct=True),
                position_count=Count("positions", distinct=True),
            )
        )

    @admin.display(description="Statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count

    @admin.display(description="Positions", ordering="position_count")
    def position_count(self, obj):
        return obj.position_count


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    fields = ("name", "normalized")
    readonly_fields = ("normalized",)
    extra = 1


class KeepActorForm(forms.Form):
    """Which of the selected actors survives a merge."""

    keep = forms.ModelChoiceField(
        queryset=Actor.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, actors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = actors
        self.fields["keep"].label_from_instance = lambda actor: (
            f"{actor.name} ({actor.get_kind_display()}, #{actor.pk})"
        )


@admin.register(Actor)
class ActorAdmin(AuditedAdmin):
    list_display = ("name", "kind", "role", "affiliation", "reviewed", "created_at")
    list_filter = ("reviewed", "kind", ("negotiations", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "aliases__name", "role")
    list_select_related = ("affiliation",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("affiliation",)
    readonly_fields = ("reviewed", "created_at", "edit_history")
    inlines = [ActorAliasInline]
    actions = ["merge_actors"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        editing.review_actor(request.user, form.instance, admin_changes(form, formsets))

    @admin.action(description="Merge selected actors into one", permissions=["change", "delete"])
    def merge_actors(self, request, queryset):
        actors = queryset.order_by("name")
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        form = KeepActorForm(request.POST if "merge" in request.POST else None, actors=actors)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            others = [actor for actor in actors if actor.pk != keep.pk]
            editing.merge_actors(keep, others, user=request.user)
            names = ", ".join(actor.name for actor in others)
            self.message_user(request, f"Merged {names} into {keep}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge actors",
            "opts": self.model._meta,
            "actors": actors,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/negotiations/actor/merge_actors.html", context)


@admin.register(ActorAlias)
class ActorAliasAdmin(PublishedAdmin):
    list_display = ("name", "normalized", "actor")
    list_filter = ("actor__kind", "actor__reviewed")
    search_fields = ("name", "normalized", "actor__name")
    list_select_related = ("actor",)
    autocomplete_fields = ("actor",)
    readonly_fields = ("normalized",)

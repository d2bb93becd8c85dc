"""Evidence: the article sentence behind a record, with the matched part highlighted."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from negotiations.models import RECORD_FIELDS, Evidence

from .published import PublishedAdmin


def highlighted(evidence):
    """The sentence with its matched part in `<mark>`; plain when the offsets are absent."""
    sentence, start, end = evidence.sentence, evidence.match_start, evidence.match_end
    if start is None or end is None or not 0 <= start < end <= len(sentence):
        return sentence
    return format_html("{}<mark>{}</mark>{}", sentence[:start], sentence[start:end], sentence[end:])


def change_link(model, pk, label):
    """A link to an object's admin change form."""
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])
    return format_html('<a href="{}">{}</a>', url, label)


def article_link(evidence):
    """Links to the article in the admin and, when it has one, at its source URL."""
    article = evidence.article
    link = change_link(type(article), article.pk, article)
    if article.url:
        return format_html('{} (<a href="{}" rel="noopener">source</a>)', link, article.url)
    return link


def record_link(evidence):
    """A link to the record this evidence supports, without loading it."""
    field = evidence.record_field
    model = Evidence._meta.get_field(field).related_model
    pk = getattr(evidence, f"{field}_id")
    return change_link(model, pk, f"{model._meta.verbose_name} #{pk}")


class EvidenceColumns:
    """The evidence columns shared by the inlines and the evidence changelist."""

    @admin.display(description="Sentence")
    def sentence_with_match(self, obj):
        return highlighted(obj)

    @admin.display(description="Article")
    def source(self, obj):
        return article_link(obj)

    @admin.display(description="Record")
    def record(self, obj):
        return record_link(obj)


class EvidenceInline(EvidenceColumns, admin.TabularInline):
    """Read-only evidence on a record's change form."""

    model = Evidence
    fields = ("sentence_with_match", "source")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def evidence_inline(field):
    """An evidence inline for the record model that `field` of Evidence points at."""
    return type(f"{field.title()}EvidenceInline", (EvidenceInline,), {"fk_name": field})


class ArticleEvidenceInline(EvidenceInline):
    """Read-only evidence on an article's change form, linking to each record."""

    fk_name = "article"
    fields = ("sentence_with_match", "record")
    readonly_fields = fields


@admin.register(Evidence)
class EvidenceAdmin(EvidenceColumns, PublishedAdmin):
    list_display = ("sentence_with_match", "source", "record", "start", "end")
    list_filter = (("article__negotiation", admin.RelatedOnlyFieldListFilter), "created_at")
    search_fields = ("sentence", "article__title", "article__url")
    list_select_related = ("article",)
    raw_id_fields = ("article", *RECORD_FIELDS)
    readonly_fields = ("sentence_with_match", "created_at")

"""An article with every extracted passage highlighted and linked to its record."""

from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from negotiations import page_scopes
from negotiations.highlighting import segments
from negotiations.models import Article
from negotiations.page_cache import cache_for_readers
from negotiations.queries import article_evidence

from .regions import render_page


# Across negotiations: it shows every record the article supports, as other articles change them.
@cache_for_readers(page_scopes.unscoped)
@require_GET
def article_detail(request, pk):
    """The article's text with its evidence marked, and the records it supports beside it."""
    article = get_object_or_404(Article.objects.select_related("negotiation"), pk=pk)
    evidence = list(article_evidence(article))
    context = {
        "article": article,
        "evidence": evidence,
        "segments": segments(article.text, evidence),
    }
    return render_page(request, "articles/page.html", context, None)

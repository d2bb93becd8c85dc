"""Extract the archive again: every stored article, or one negotiation's, a batch at a time."""

from django.core.management.base import BaseCommand, CommandError

from negotiations.models import Article, Negotiation
from negotiations.services import bulk


class Command(BaseCommand):
    help = "Extract stored articles again and store the results over their unverified records."

    def add_arguments(self, parser):
        parser.add_argument("--negotiation", metavar="SLUG", help="only this negotiation's")

    def handle(self, *args, negotiation, **options):
        articles = Article.objects.order_by("pk")
        if negotiation:
            if not Negotiation.objects.filter(slug=negotiation).exists():
                raise CommandError(f"no negotiation with slug {negotiation!r}")
            articles = articles.filter(negotiation__slug=negotiation)
        ids = list(articles.values_list("pk", flat=True))
        failed = {}
        for start in range(0, len(ids), bulk.BATCH_SIZE):
            batch = list(Article.objects.filter(pk__in=ids[start : start + bulk.BATCH_SIZE]))
            failed |= bulk.reextract_all(sorted(batch, key=lambda a: a.pk))
            self.stderr.write(f"[{min(start + bulk.BATCH_SIZE, len(ids))}/{len(ids)}]")
        self.stdout.write(f"{len(ids) - len(failed)} re-extracted, {len(failed)} failed")
        for pk, error in failed.items():
            self.stdout.write(f"  article {pk}: {error}")

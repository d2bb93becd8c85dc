"""Extract the archive again: every stored article, or one negotiation's, a batch at a time."""

from django.core.management.base import BaseCommand, CommandError

from negotiations.models import Article, Negotiation
from negotiations.services import bulk

from .ingest import add_processes_argument


class Command(BaseCommand):
    help = "Extract stored articles again and store the results over their unverified records."

    def add_arguments(self, parser):
        parser.add_argument("--negotiation", metavar="SLUG", help="only this negotiation's")
        add_processes_argument(parser, "the articles")

    def handle(self, *args, negotiation, processes, **options):
        articles = Article.objects.order_by("pk")
        if negotiation:
            if not Negotiation.objects.filter(slug=negotiation).exists():
                raise CommandError(f"no negotiation with slug {negotiation!r}")
            articles = articles.filter(negotiation__slug=negotiation)
        ids = list(articles.values_list("pk", flat=True))
        batches = (
            list(Article.objects.filter(pk__in=chunk).order_by("pk"))
            for chunk in bulk.in_batches(ids)
        )
        failed, done = {}, 0
        for errors in bulk.reextract_batches(batches, processes):
            failed |= errors
            done = min(done + bulk.BATCH_SIZE, len(ids))
            self.stderr.write(f"[{done}/{len(ids)}]")
        self.stdout.write(f"{len(ids) - len(failed)} re-extracted, {len(failed)} failed")
        for pk, error in failed.items():
            self.stdout.write(f"  article {pk}: {error}")

"""Print everything the tracker holds, or one negotiation's share, as ceasefire-export/1."""

from django.core.management.base import BaseCommand, CommandError

from negotiations.export import export_chunks
from negotiations.models import Negotiation
from negotiations.selection import Selection


class Command(BaseCommand):
    help = "Print the records with all their evidence as ceasefire-export/1 JSON."

    def add_arguments(self, parser):
        parser.add_argument("--negotiation", metavar="SLUG", help="only this negotiation")
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, negotiation, **options):
        scope = None
        if negotiation:
            scope = Negotiation.objects.filter(slug=negotiation).first()
            if scope is None:
                raise CommandError(f"no negotiation with slug {negotiation!r}")
        for chunk in export_chunks(Selection.whole(scope)):
            self.stdout.write(chunk, ending="")

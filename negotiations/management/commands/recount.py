"""Rebuild the per-day record counts from the records, and say which had drifted."""

from django.core.management.base import BaseCommand

from negotiations.record_counts import KEY, recount

SHOWN = 20


class Command(BaseCommand):
    help = "Count the records again into the counts the charts read; report what differed."

    def handle(self, *args, **options):
        differences = recount()
        if not differences:
            self.stdout.write("The counts were right.")
            return
        self.stdout.write(f"{len(differences)} counts differed and were corrected:")
        for key, (stored, counted) in sorted(differences.items(), key=str)[:SHOWN]:
            named = ", ".join(f"{k}={v}" for k, v in zip(KEY, key, strict=True))
            self.stdout.write(f"  {named}: stored {stored}, counted {counted}")
        if len(differences) > SHOWN:
            self.stdout.write(f"  … and {len(differences) - SHOWN} more")

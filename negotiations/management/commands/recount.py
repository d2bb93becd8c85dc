"""Rebuild the record counts from the records, and say which had drifted."""

from django.core.management.base import BaseCommand

from negotiations.record_counts import TARGETS, recount

SHOWN = 20


class Command(BaseCommand):
    help = "Count the records again into the counts the pages read; report what differed."

    def handle(self, *args, **options):
        differences = recount()
        if not differences:
            self.stdout.write("The counts were right.")
            return
        keys = {target.table: target.key for target in TARGETS}
        self.stdout.write(f"{len(differences)} counts differed and were corrected:")
        for (table, *key), (stored, counted) in sorted(differences.items(), key=str)[:SHOWN]:
            named = ", ".join(f"{k}={v}" for k, v in zip(keys[table], key, strict=True))
            self.stdout.write(f"  {table}: {named}: stored {stored}, counted {counted}")
        if len(differences) > SHOWN:
            self.stdout.write(f"  … and {len(differences) - SHOWN} more")

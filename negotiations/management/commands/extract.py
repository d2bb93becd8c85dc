"""Print the ceasefire-extract/1 JSON of articles without touching the database."""

import json
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from negotiations.extraction import ExtractionError, default_registry, extract, read_document
from negotiations.registry_source import registry_from_db


class Command(BaseCommand):
    help = "Run the extraction pipeline over files and print ceasefire-extract/1 JSON."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--published", type=date.fromisoformat)
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, files, published, **options):
        registry = self.registry()
        results = []
        for path in files:
            try:
                document = read_document(path.read_bytes(), filename=path.name, published=published)
            except (OSError, ExtractionError) as exc:
                raise CommandError(f"{path}: {exc}") from exc
            results.append(extract(document, registry).to_schema())
        output = results[0] if len(results) == 1 else results
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=1))

    def registry(self):
        """The stored registry when the database is set up, else the one in seeds/."""
        try:
            return registry_from_db()
        except DatabaseError:
            return default_registry()

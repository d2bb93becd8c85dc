"""Load the seed negotiations, actor registry and articles; running it again changes nothing."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify

from negotiations import services
from negotiations.extraction import ExtractionError, Registry, read_document
from negotiations.linking import ActorResolver
from negotiations.models import Article, IngestJob, Issue, Negotiation
from negotiations.registry_source import load_registry

SEEDS = Path(settings.BASE_DIR) / "seeds"


class Command(BaseCommand):
    help = "Load seeds/: negotiations, the actor registry, and the seed articles (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--seeds", type=Path, default=SEEDS, help="the seeds directory")

    def handle(self, *args, seeds, **options):
        try:
            registry = Registry.from_file(seeds / "actors.json")
            actors = load_registry(registry)
            negotiations = load_negotiations(read_json(seeds / "negotiations.json"))
            issues = load_issues(read_json(seeds / "issues.json"))
            jobs = [
                job
                for entry in read_json(seeds / "articles.json")["articles"]
                if (job := submit_article(seeds, entry, negotiations))
            ]
        except (OSError, KeyError, TypeError, ValueError, ExtractionError) as exc:
            raise CommandError(f"cannot load seeds from {seeds}: {exc}") from exc
        for job in jobs:
            job.refresh_from_db()
            self.stdout.write(f"{job.filename}: {job.status} {job.error}".rstrip())
        self.stdout.write(
            f"{len(actors)} registry actors, {len(negotiations)} negotiations, "
            f"{len(issues)} issues, {len(jobs)} new seed articles submitted"
        )


def read_json(path: Path) -> dict:
    """A seed file's JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


@transaction.atomic
def load_negotiations(data: dict) -> dict[str, Negotiation]:
    """Create each negotiation once, with its parties found by actor name or alias.

    Editors' changes stay: keywords are filled in only where a negotiation has none.
    """
    found = {}
    resolver = ActorResolver()
    for entry in data["negotiations"]:
        keywords = "\n".join(entry.get("keywords", ()))
        negotiation, created = Negotiation.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "description": entry.get("description", ""),
                "keywords": keywords,
            },
        )
        if not created and not negotiation.keywords and keywords:
            negotiation.keywords = keywords
            negotiation.save(update_fields=["keywords"])
        if created:
            parties = [resolver.find(name) for name in entry.get("parties", ())]
            negotiation.parties.add(*(actor for actor in parties if actor))
        found[negotiation.slug] = negotiation
    return found


@transaction.atomic
def load_issues(data: dict) -> list[Issue]:
    """Create each canonical issue once; an editor's words and description stay."""
    issues = []
    for entry in data["issues"]:
        words = "\n".join(entry.get("words", ()))
        issue, created = Issue.objects.get_or_create(
            name=entry["name"],
            defaults={
                "slug": slugify(entry["name"]),
                "description": entry.get("description", ""),
                "words": words,
            },
        )
        if not created and not issue.words:
            issue.words = words
            issue.save(update_fields=["words"])
        issues.append(issue)
    return issues


def submit_article(seeds: Path, entry: dict, negotiations: dict) -> IngestJob | None:
    """Submit a seed article unless it is stored already or a seed job for it is under way."""
    path = seeds / entry["file"]
    text = path.read_text(encoding="utf-8")
    digest = services.content_hash(read_document(text, filename=path.name).text)
    pending = IngestJob.objects.filter(source=IngestJob.Source.SEED, filename=entry["file"])
    if (
        Article.objects.filter(content_hash=digest).exists()
        or pending.exclude(status=IngestJob.Status.FAILED).exists()
    ):
        return None
    metadata = {key: entry.get(key) for key in ("title", "outlet", "published", "url")}
    return services.submit(
        source=IngestJob.Source.SEED,
        filename=entry["file"],
        payload=text,
        metadata={key: value for key, value in metadata.items() if value},
        negotiation=negotiations.get(entry.get("negotiation")),
    )

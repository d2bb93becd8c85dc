"""Ingest article files, folders and URLs through the same jobs the web form submits.

Several files are extracted and stored here, a batch of articles per transaction; URLs and a
single file go to the workers.
"""

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from negotiations import services
from negotiations.celery import app
from negotiations.models import IngestJob, Negotiation
from negotiations.services import bulk
from negotiations.services.jobs import FINAL
from negotiations.text_input import read_text

SUFFIXES = {".txt", ".html", ".htm", ".json"}
ARTICLE_FIELDS = ("title", "outlet", "published", "url")


@dataclass
class Item:
    """One input and how it went."""

    name: str
    job: IngestJob | None = None
    error: str = ""
    submission: dict = field(default_factory=dict)  # keyword arguments of services.submit

    @property
    def outcome(self) -> str:
        """stored, duplicate or failed once the job is final; else the job's status."""
        if self.error:
            return "failed"
        if self.job.status == IngestJob.Status.STORED:
            return "duplicate" if self.job.duplicate else "stored"
        return self.job.status


class Command(BaseCommand):
    help = "Ingest .txt/.html files, eval JSON articles, folders of them, and URLs."

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH|URL")
        parser.add_argument(
            "--negotiation",
            help="slug of the negotiation the articles belong to "
            "(by default each is assigned from the parties and places it names)",
        )
        parser.add_argument(
            "--timeout", type=float, default=600, help="seconds to wait for a worker's results"
        )
        add_processes_argument(parser, "the files of a folder")

    def handle(self, *args, inputs, negotiation, timeout, processes, **options):
        negotiation = self.find_negotiation(negotiation)
        items = [item for given in inputs for item in expand(given)]
        files = [i for i in items if i.submission.get("source") == IngestJob.Source.FILE]
        in_bulk = files if len(files) > 1 else []
        stored_here = {id(item) for item in in_bulk}
        for number, item in enumerate(items, 1):
            if id(item) not in stored_here:
                submit(item, negotiation)
            if item.error or (item.job and item.job.status in FINAL):
                self.progress(number, len(items), item)
        self.ingest_in_bulk(in_bulk, negotiation, len(items), processes)
        self.wait(items, timeout)
        self.summarise(items)

    def find_negotiation(self, slug):
        """The negotiation named by `--negotiation`, or None when none is given."""
        if slug is None:
            return None
        try:
            return Negotiation.objects.get(slug=slug)
        except Negotiation.DoesNotExist:
            raise CommandError(f"no negotiation with slug {slug!r}") from None

    def ingest_in_bulk(self, items, negotiation, total, processes):
        """Extract and store the files here, a batch at a time, each as a job of its own."""
        jobs = [job for item in items if (job := checked_job(item, negotiation))]
        owner = {id(item.job): item for item in items if item.job}
        done = total - len(items)
        for item in [item for item in items if item.error]:
            done += 1
            self.progress(done, total, item)
        for batch in bulk.ingest_texts(jobs, processes):
            for job in batch:
                done += 1
                self.progress(done, total, owner[id(job)])

    def wait(self, items, timeout):
        """Poll the job rows until a worker has finished every job or the timeout passes."""
        pending = [i for i in items if i.job and i.job.status not in FINAL]
        if app.conf.task_always_eager:  # jobs ran inline when submitted; none is on its way
            return
        deadline = time.monotonic() + timeout
        done = len(items) - len(pending)
        while pending and time.monotonic() < deadline:
            time.sleep(0.2)
            ids = [i.job.pk for i in pending]
            finished = set(
                IngestJob.objects.filter(pk__in=ids, status__in=FINAL).values_list("pk", flat=True)
            )
            for item in [i for i in pending if i.job.pk in finished]:
                item.job.refresh_from_db()
                pending.remove(item)
                done += 1
                self.progress(done, len(items), item)

    def progress(self, number, total, item):
        """One line on stderr as each item reaches its outcome."""
        self.stderr.write(f"[{number}/{total}] {item.name} ... {item.outcome}")

    def summarise(self, items):
        """Counts of each outcome, then the reason for each failure."""
        outcomes = [item.outcome for item in items]
        waiting = len(items) - sum(outcomes.count(o) for o in ("stored", "duplicate", "failed"))
        summary = (
            f"{outcomes.count('stored')} stored, {outcomes.count('duplicate')} duplicates, "
            f"{outcomes.count('failed')} failed"
        )
        self.stdout.write(summary + (f", {waiting} still waiting for a worker" if waiting else ""))
        for item in items:
            if item.outcome == "failed":
                self.stdout.write(f"  {item.name}: {item.error or item.job.error}")


def add_processes_argument(parser, what: str) -> None:
    """`--processes`: how many processes extract `what` in bulk."""
    parser.add_argument(
        "--processes",
        type=positive,
        default=bulk.EXTRACTING,
        help=f"processes that extract {what} (default: one per CPU, up to four)",
    )


def positive(value: str) -> int:
    """A whole number of at least 1, for argparse."""
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def expand(given: str) -> list[Item]:
    """The items one argument names: a URL, a file, or the article files under a folder."""
    if given.startswith(("http://", "https://")):
        return [Item(given, submission={"source": IngestJob.Source.URL, "url": given})]
    path = Path(given)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        return [from_file(p) for p in files]
    return [from_file(path)]


def from_file(path: Path) -> Item:
    """An item for one article file; unreadable or unsupported files carry their error."""
    item = Item(str(path))
    if path.suffix.lower() not in SUFFIXES:
        item.error = f"unsupported file type {path.suffix or '(none)'}: use .txt, .html or .json"
        return item
    try:
        with path.open("rb") as file:
            text = read_text(file)
    except OSError as exc:
        item.error = f"cannot read the file: {exc}"
        return item
    except ValidationError as exc:
        item.error = exc.messages[0]
        return item
    item.submission = {"source": IngestJob.Source.FILE, "filename": path.name, "payload": text}
    if path.suffix.lower() == ".json":
        read_article_json(item, text)
    return item


def read_article_json(item: Item, text: str) -> None:
    """An eval article file: read_document parses it; its fields also become the metadata."""
    try:
        article = json.loads(text)
    except ValueError as exc:
        item.error = f"invalid JSON: {exc}"
        return
    if not isinstance(article, dict) or not isinstance(article.get("text"), str):
        item.error = 'a JSON article needs a "text" string'
        return
    metadata = {key: article[key] for key in ARTICLE_FIELDS if isinstance(article.get(key), str)}
    item.submission.update(metadata=metadata, url=metadata.get("url", ""))


def checked_job(item: Item, negotiation) -> IngestJob | None:
    """The item's unsaved job, or None when it is refused as a submission would be."""
    if item.error:
        return None
    item.job = IngestJob(**item.submission, negotiation=negotiation)
    try:
        bulk.check(item.job)
    except ValidationError as exc:
        item.error, item.job = "; ".join(exc.messages), None
    return item.job


def submit(item: Item, negotiation) -> None:
    """Submit the item's job; a refusal becomes the item's error."""
    if item.error:
        return
    try:
        item.job = services.submit(**item.submission, negotiation=negotiation)
    except ValidationError as exc:
        item.error = "; ".join(exc.messages)

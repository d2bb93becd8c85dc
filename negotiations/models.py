"""The negotiation data model: actors, articles, extracted records and their evidence."""

import operator
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce

from .extraction import vocabulary
from .links import page_path
from .pg_indexes import OrderIndex, SearchIndex, text_vector, trigrams
from .queries import (
    ActorQuerySet,
    MeetingQuerySet,
    NegotiationQuerySet,
    PositionQuerySet,
    ProposalQuerySet,
    RecordCountQuerySet,
    ResponseQuerySet,
    StatementQuerySet,
)


def choices(name: str, labels: dict[str, str]) -> type[models.TextChoices]:
    """TextChoices built from the shared vocabulary (`extraction.vocabulary`)."""
    return models.TextChoices(
        name, [(value.upper(), (value, label)) for value, label in labels.items()]
    )


class Negotiation(models.Model):
    """A negotiation process followed by the tracker."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    parties = models.ManyToManyField(
        "Actor",
        blank=True,
        related_name="negotiations",
        help_text="The sides: an article that names two of them belongs here.",
    )
    keywords = models.TextField(
        blank=True,
        help_text="Places and words that identify this negotiation, one per line "
        "(an article naming one of them and a party belongs here).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NegotiationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_path("timeline") + f"?negotiation={self.slug}"

    @property
    def keyword_list(self) -> list[str]:
        """The keywords, one per non-empty line."""
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class Actor(models.Model):
    """A person, state, organisation or group that takes part in a negotiation."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANIZATION = "organization", "Organization"
        GROUP = "group", "Group"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True)
    affiliation = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    description = models.TextField(blank=True)
    reviewed = models.BooleanField(
        default=False, help_text="An editor has checked this actor (new names start unreviewed)."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "name"]),
            models.Index(fields=["name"], name="actor_name"),
            SearchIndex(trigrams("name"), name="actor_name_trigrams"),
            SearchIndex(trigrams("role"), name="actor_role_trigrams"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_path("actor_detail", self.slug)


class ActorAlias(models.Model):
    """A surface form of an actor's name, stored normalised so that any name finds it."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"
        indexes = [
            models.Index(fields=["name"], name="alias_name"),
            SearchIndex(fields=["normalized"], opclasses=["gin_trgm_ops"], name="alias_trigrams"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from .extraction import normalize_alias

        self.normalized = normalize_alias(self.name)
        super().save(*args, **kwargs)


class Issue(models.Model):
    """A canonical subject of the negotiations: territory, sanctions, military aid, …"""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    words = models.TextField(
        blank=True,
        help_text="Word stems that name it, one per line; a stem matches at the start of a "
        "word ('sanction' finds 'sanctions'). Records link to it when these words appear.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def word_list(self) -> list[str]:
        """The stems, one per non-empty line."""
        return [line.strip() for line in self.words.splitlines() if line.strip()]


class RegistryStamp(models.Model):
    """One row whose stamp changes with every write to the registry tables (actors, aliases,
    negotiations and their parties, issues), kept by triggers (`registry_stamp.py`)."""

    stamp = models.BigIntegerField()

    def __str__(self):
        return str(self.stamp)


class Article(models.Model):
    """A news article, stored once however often it is submitted."""

    negotiation = models.ForeignKey(
        Negotiation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The negotiation the article is mainly about; empty when it matches none.",
    )
    other_negotiations = models.ManyToManyField(
        Negotiation,
        blank=True,
        related_name="side_articles",
        help_text="Further negotiations the article reports on.",
    )
    negotiation_locked = models.BooleanField(
        "negotiations set by an editor",
        default=False,
        help_text="An editor (or the submitter) chose the negotiations; ingestion keeps them.",
    )
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    reported_on = models.DateField(
        null=True,
        blank=True,
        help_text="The publication date, or the day it was ingested when it gives none.",
    )
    language = models.CharField(max_length=10, blank=True)
    text = models.TextField()
    raw = models.TextField(blank=True, help_text="The payload as received (HTML or text).")
    fetched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published", "-id"]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"

    def get_absolute_url(self):
        return page_path("article_detail", self.pk)

    @property
    def negotiation_ids(self) -> list[int]:
        """The negotiations it is about, the main one first (needs other_negotiations loaded)."""
        others = [n.pk for n in self.other_negotiations.all() if n.pk != self.negotiation_id]
        return [self.negotiation_id, *others] if self.negotiation_id else others


class Feed(models.Model):
    """An RSS or Atom feed polled for new articles."""

    negotiation = models.ForeignKey(
        Negotiation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feeds",
        help_text="Leave empty to assign each entry by what it reports.",
    )
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    poll_every_minutes = models.PositiveIntegerField(default=30)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["url"]

    def __str__(self):
        return self.title or self.url


class IngestJob(models.Model):
    """One request to ingest an article, and how it went."""

    class Source(models.TextChoices):
        URL = "url", "URL"
        FILE = "file", "Uploaded file"
        TEXT = "text", "Pasted text"
        FEED = "feed", "Feed entry"
        SEED = "seed", "Seed article"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        FETCHING = "fetching", "Fetching"
        EXTRACTING = "extracting", "Extracting"
        STORED = "stored", "Stored"
        FAILED = "failed", "Failed"

    source = models.CharField(max_length=10, choices=Source.choices)
    url = models.URLField(max_length=2000, blank=True)
    filename = models.CharField(max_length=300, blank=True)
    payload = models.TextField(blank=True, help_text="Pasted text or file content to ingest.")
    metadata = models.JSONField(default=dict, blank=True)
    negotiation = models.ForeignKey(
        Negotiation, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    duplicate = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0)
    retryable = models.BooleanField(
        default=False, help_text="Failed for a reason that may pass; the sweep will try again."
    )
    sweep_retries = models.PositiveSmallIntegerField(
        default=0, help_text="Times the sweep queued this job again after such a failure."
    )
    task_id = models.CharField(
        max_length=64, blank=True, help_text="The id its Celery task is published under, each time."
    )
    run_by = models.BigIntegerField(
        null=True,
        blank=True,
        help_text="The job whose task runs it, or ran it last: itself, or one whose batch took it.",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.get_source_display()} job {self.pk}: {self.get_status_display()}"


class ExtractedRecord(models.Model):
    """What every extracted record carries: confidence, verification and a merge key."""

    record_type = ""  # Each type's name in URLs and evidence fields (as in RECORD_MODELS).

    negotiation = models.ForeignKey(
        Negotiation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    merge_key = models.CharField(
        max_length=200, editable=False, help_text="Identifies one real-world item across sources."
    )
    confidence = models.FloatField(default=1.0)
    verified = models.BooleanField(default=False, db_index=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def get_sources_url(self):
        """The page of the articles that report it."""
        return page_path("record_sources", self.record_type, self.pk)


class Statement(ExtractedRecord):
    """What an actor said, in one sentence of an article."""

    record_type = "statement"

    Mode = choices("Mode", vocabulary.STATEMENT_MODES)

    speaker = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    text = models.TextField(help_text="The sentence that reports the statement, verbatim.")
    content = models.TextField(blank=True, help_text="What was said.")
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.INDIRECT)
    said_on = models.DateField(null=True, blank=True)
    issues = models.ManyToManyField(Issue, blank=True, related_name="statements")
    search_vector = SearchVectorField(null=True, editable=False)

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-said_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["merge_key"], name="statement_merge_key")]
        indexes = [
            models.Index(fields=["-said_on", "-id"], name="statement_timeline"),
            models.Index(fields=["speaker", "-said_on"], name="statement_speaker"),
            models.Index(fields=["negotiation", "-said_on"], name="statement_negotiation"),
        ]

    def __str__(self):
        return f"{self.speaker}: {self.content or self.text}"[:120]

    def get_absolute_url(self):
        return page_path("statement_detail", self.pk)


class Proposal(ExtractedRecord):
    """A plan or offer on the table: a ceasefire, truce, peace plan, exchange, …"""

    record_type = "proposal"

    Kind = choices("Kind", vocabulary.PROPOSAL_KINDS)
    Status = choices("Status", vocabulary.PROPOSAL_STATUSES)

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    proposer = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="proposals"
    )
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(
        null=True, blank=True, help_text="The latest day a source reported it."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    text = models.TextField(blank=True, help_text="The clearest sentence that reports it.")

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-first_seen", "-id"]
        constraints = [models.UniqueConstraint(fields=["merge_key"], name="proposal_merge_key")]
        indexes = [
            models.Index(fields=["-first_seen", "-id"], name="proposal_timeline"),
            models.Index(fields=["negotiation", "-first_seen"], name="proposal_negotiation"),
            # The proposals list: most recently reported first.
            OrderIndex(
                models.F("last_seen").desc(nulls_last=True),
                models.F("id").desc(),
                name="proposal_reported",
            ),
            SearchIndex(text_vector("title", "text"), name="proposal_search"),
            SearchIndex(trigrams("title"), name="proposal_title_trigrams"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_path("proposal_detail", self.slug)


class ProposalEvent(models.Model):
    """An article's report of what happened to a proposal: signed, in force, collapsed."""

    Status = choices(
        "Status",
        {k: v for k, v in vocabulary.PROPOSAL_STATUSES.items() if k in vocabulary.PROPOSAL_EVENTS},
    )

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=20, choices=Status.choices)
    reported_on = models.DateField()
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["reported_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "article", "status"], name="one_event_per_article"
            ),
        ]

    def __str__(self):
        return f"{self.proposal}: {self.get_status_display()} ({self.reported_on})"


class ProposalAlias(models.Model):
    """Another wording under which sources report a proposal ("a month-long truce")."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="aliases")
    title = models.CharField(max_length=300)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "proposal aliases"
        constraints = [
            models.UniqueConstraint(fields=["proposal", "title"], name="one_alias_per_title"),
        ]

    def __str__(self):
        return self.title


class ProposalResponse(ExtractedRecord):
    """An actor's answer to a proposal."""

    record_type = "response"

    Response = choices("Response", vocabulary.RESPONSES)

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="responses")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="responses")
    response = models.CharField(max_length=12, choices=Response.choices)
    responded_on = models.DateField(null=True, blank=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["responded_on", "id"]
        constraints = [models.UniqueConstraint(fields=["merge_key"], name="response_merge_key")]
        indexes = [models.Index(fields=["-responded_on", "-id"], name="response_timeline")]

    def __str__(self):
        return f"{self.actor} {self.get_response_display().lower()} {self.proposal}"

    def get_absolute_url(self):
        return f"{self.proposal.get_absolute_url()}#response-{self.pk}"


class Meeting(ExtractedRecord):
    """A call, meeting, round of talks, summit or visit."""

    record_type = "meeting"

    Kind = choices("Kind", vocabulary.MEETING_KINDS)
    Status = choices("Status", vocabulary.MEETING_STATUSES)

    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.MEETING)
    date = models.DateField(null=True, blank=True, help_text="When it takes or took place.")
    date_text = models.CharField(max_length=200, blank=True)
    reported_on = models.DateField(
        null=True, blank=True, help_text="The day its earliest source reported it."
    )
    # Where the timeline shows it: on its date, or on the day it was reported when none is given.
    day = models.GeneratedField(
        expression=Coalesce("date", "reported_on"),
        output_field=models.DateField(null=True),
        db_persist=True,
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.UNKNOWN)
    location = models.CharField(max_length=200, blank=True)
    participants = models.ManyToManyField(
        Actor, through="MeetingParticipant", related_name="meetings"
    )
    text = models.TextField(blank=True, help_text="The clearest sentence that reports it.")

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "-id"]
        constraints = [models.UniqueConstraint(fields=["merge_key"], name="meeting_merge_key")]
        indexes = [
            models.Index(fields=["-day", "-id"], name="meeting_timeline"),
            models.Index(fields=["status", "date"], name="meeting_status"),
            models.Index(fields=["date", "id"], name="meeting_upcoming"),
            models.Index(fields=["negotiation", "-day"], name="meeting_negotiation"),
            SearchIndex(text_vector("title", "location", "text"), name="meeting_search"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_path("meeting_detail", self.pk)


class MeetingParticipant(models.Model):
    """An actor's part in a meeting."""

    class Role(models.TextChoices):
        PARTICIPANT = "participant", "Participant"
        HOST = "host", "Host"
        MEDIATOR = "mediator", "Mediator"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTICIPANT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "actor"], name="one_participation"),
        ]

    def __str__(self):
        return f"{self.actor} ({self.get_role_display()})"


class Position(ExtractedRecord):
    """Where an actor stands on an issue, as of a date."""

    record_type = "position"

    Stance = choices("Stance", vocabulary.STANCES)

    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="positions")
    issue = models.ForeignKey(Issue, on_delete=models.PROTECT, related_name="positions")
    stance = models.CharField(max_length=12, choices=Stance.choices)
    as_of = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True)

    objects = PositionQuerySet.as_manager()

    class Meta:
        ordering = ["actor", "issue", "as_of", "id"]
        constraints = [models.UniqueConstraint(fields=["merge_key"], name="position_merge_key")]
        indexes = [models.Index(fields=["actor", "issue", "as_of"], name="position_history")]

    def __str__(self):
        return f"{self.actor} {self.get_stance_display().lower()} {self.issue}"

    def get_absolute_url(self):
        return f"{self.actor.get_absolute_url()}#positions-heading"


RECORD_FIELDS = ("statement", "proposal", "response", "meeting", "position")
# Each kind of extracted record by the name its evidence, keys and URLs use.
RECORD_MODELS = {
    "statement": Statement,
    "proposal": Proposal,
    "response": ProposalResponse,
    "meeting": Meeting,
    "position": Position,
}


def exactly_one_set(fields):
    """A condition that holds when exactly one of the nullable foreign keys is set."""
    options = [
        Q(**{f"{chosen}__isnull": False}, **{f"{f}__isnull": True for f in fields if f != chosen})
        for chosen in fields
    ]
    return reduce(operator.or_, options)


def supported_record(model) -> models.ForeignKey:
    """Evidence's link to the record it supports, one of five of which a row sets one."""
    return models.ForeignKey(
        model,
        null=True,
        blank=True,
        db_index=False,
        on_delete=models.CASCADE,
        related_name="evidence",
    )


class Evidence(models.Model):
    """The sentence of an article that supports exactly one record."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    # Indexed where set (Meta.indexes): each row sets one of the five, and an index of all rows
    # would hold four NULLs for every row it can find.
    statement = supported_record(Statement)
    proposal = supported_record(Proposal)
    response = supported_record(ProposalResponse)
    meeting = supported_record(Meeting)
    position = supported_record(Position)
    sentence = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the sentence in the article text.")
    end = models.PositiveIntegerField()
    match_start = models.PositiveIntegerField(
        null=True, blank=True, help_text="Offset of the matched part within the sentence."
    )
    match_end = models.PositiveIntegerField(null=True, blank=True)
    report_key = models.CharField(
        max_length=200,
        blank=True,
        help_text="The key of the extracted report it came with; the article's report of "
        "the same key goes to the same record again.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article__published", "start"]
        verbose_name_plural = "evidence"
        indexes = [
            *(
                models.Index(
                    fields=[field],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"evidence_of_{field}",
                )
                for field in RECORD_FIELDS
            ),
            # Looked up by equality only: no pattern index beside it.
            models.Index(fields=["report_key"], name="evidence_report_key"),
        ]
        constraints = [
            models.CheckConstraint(
                name="evidence_for_exactly_one_record",
                condition=exactly_one_set(RECORD_FIELDS),
            ),
            models.CheckConstraint(
                name="evidence_span_ordered", condition=Q(end__gte=models.F("start"))
            ),
            *(
                models.UniqueConstraint(
                    fields=["article", field, "start"],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"one_evidence_per_{field}_sentence",
                )
                for field in RECORD_FIELDS
            ),
        ]

    def __str__(self):
        return self.sentence[:80]

    @property
    def record_field(self) -> str:
        """The name of the one record field that is set, without loading the record."""
        return next(f for f in RECORD_FIELDS if getattr(self, f"{f}_id"))

    @property
    def record(self):
        """The record this evidence supports."""
        return getattr(self, self.record_field)


class KeptApart(models.Model):
    """An editor's decision that an article's report is not part of a record."""

    kind = models.CharField(max_length=10, choices=[(f, f) for f in RECORD_FIELDS])
    record_id = models.PositiveBigIntegerField()
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "kept apart"
        constraints = [
            models.UniqueConstraint(fields=["kind", "record_id", "article"], name="kept_apart_once")
        ]

    def __str__(self):
        return f"article {self.article_id} kept out of {self.kind} {self.record_id}"


class Tombstone(models.Model):
    """A record an editor deleted: ingestion never brings it back until it is restored."""

    kind = models.CharField(max_length=10, choices=[(f, f) for f in RECORD_FIELDS])
    record_id = models.PositiveBigIntegerField()
    record_repr = models.CharField(max_length=200)
    articles = models.ManyToManyField(Article, blank=True, related_name="+")
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    deleted_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-deleted_at", "-id"]

    def __str__(self):
        return f"Deleted {self.kind}: {self.record_repr}"


class DeletedKey(models.Model):
    """A report key of a deleted record; reports under it are not stored again."""

    key = models.CharField(max_length=200, unique=True)
    tombstone = models.ForeignKey(Tombstone, on_delete=models.CASCADE, related_name="keys")

    def __str__(self):
        return self.key


class DeletedSource(models.Model):
    """A sentence of a deleted article that was the only source of a record an editor had
    verified. The record stays, marked "source deleted" for review; if the same article is
    ingested again, its report of this sentence goes back to the record."""

    kind = models.CharField(max_length=10, choices=[(f, f) for f in RECORD_FIELDS])
    record_id = models.PositiveBigIntegerField()
    content_hash = models.CharField(max_length=64, db_index=True)
    start = models.PositiveIntegerField(help_text="Offset of the sentence in the article text.")
    report_key = models.CharField(
        max_length=200, blank=True, help_text="The report's key, without the article's id."
    )
    sentence = models.TextField()
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    deleted_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(
        null=True, blank=True, help_text="When an editor chose to keep the record without it."
    )

    class Meta:
        ordering = ["-deleted_at", "-id"]
        indexes = [models.Index(fields=["kind", "record_id"], name="deleted_source_record")]

    def __str__(self):
        return f"{self.kind} {self.record_id}: source {self.title or self.url} deleted"


class Watch(models.Model):
    """A reader following an actor, a proposal or a search, and when they last looked."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    proposal = models.ForeignKey(
        Proposal, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    search = models.CharField(
        max_length=1000, blank=True, help_text="The query string of a timeline search."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField(help_text="When the reader last looked at what changed.")

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="watch_follows_one_thing",
                condition=(
                    Q(actor__isnull=False, proposal__isnull=True, search="")
                    | Q(actor__isnull=True, proposal__isnull=False, search="")
                    | (Q(actor__isnull=True, proposal__isnull=True) & ~Q(search=""))
                ),
            ),
        ]

    def __str__(self):
        return f"{self.user} watches {self.actor or self.proposal or self.search}"


class RecordChange(models.Model):
    """A record that left: deleted (by an editor, or when no source reports it any more) or
    merged into another. API clients mirroring the records follow these."""

    class Change(models.TextChoices):
        DELETED = "deleted", "Deleted"
        MERGED = "merged", "Merged into another"

    kind = models.CharField(max_length=10, choices=[(f, f) for f in RECORD_FIELDS])
    record_id = models.PositiveBigIntegerField()
    change = models.CharField(max_length=10, choices=Change.choices)
    into_id = models.PositiveBigIntegerField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        into = f" into {self.into_id}" if self.into_id else ""
        return f"{self.kind} {self.record_id} {self.change}{into}"


class RecordEdit(models.Model):
    """An editor's change to a record: who, when, and each field's old and new value."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    model = models.CharField(max_length=50)
    object_id = models.PositiveBigIntegerField()
    object_repr = models.CharField(max_length=200)
    changes = models.JSONField(default=dict, help_text="{field: [old, new]}")

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["model", "object_id"])]

    def __str__(self):
        return f"{self.user} edited {self.model} {self.object_id}"


def counted_key(model, **options) -> models.ForeignKey:
    """A count's key to what it counts, with no constraint or index of its own: the triggers
    move counts off a row as it goes, and the counts' unique key is made with the triggers."""
    return models.ForeignKey(
        model,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
        **options,
    )


class RecordCount(models.Model):
    """How many records of a kind stand on a day, per negotiation, actor and verification.

    Database triggers keep it (`record_counts.py`), so charts and counts read a few rows instead
    of every record. A row with no actor counts every record of its key; a row with an actor
    counts that actor's records as the timeline's actor filter finds them. Rows may hold zero.
    The unique key (actor, kind, negotiation, day, verified) is made with the triggers.
    """

    class Kind(models.TextChoices):
        STATEMENT = "statement", "Statement"
        RESPONSE = "response", "Response"
        PROPOSAL = "proposal", "Proposal"
        MEETING = "meeting", "Meeting"
        ARTICLE = "article", "Article"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    negotiation = counted_key(Negotiation, null=True)
    actor = counted_key(Actor, null=True)
    day = models.DateField(null=True)
    verified = models.BooleanField()
    n = models.IntegerField(default=0)

    objects = RecordCountQuerySet.as_manager()

    def __str__(self):
        return f"{self.n} {self.kind} on {self.day}"


class ActorCount(models.Model):
    """How many records of a kind an actor has in a negotiation, whatever their day: what the
    actor list shows and sorts by. Database triggers keep it, like `RecordCount`; rows may hold
    zero, and the unique key (actor, kind, negotiation) is made with the triggers."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", "Statement"
        RESPONSE = "response", "Response"
        PROPOSAL = "proposal", "Proposal (as proposer)"
        MEETING = "meeting", "Meeting"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    negotiation = counted_key(Negotiation, null=True)
    actor = counted_key(Actor)
    n = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.n} {self.kind}"

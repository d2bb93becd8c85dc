"""The bulk path stores exactly what storing each article in turn stores."""

from datetime import date

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Count, DateTimeField

from negotiations import editing, models, services
from negotiations.extraction import extract, read_document
from negotiations.extraction.records import Document as ExtractedDocument
from negotiations.extraction.records import Extraction, Span, StatementRecord
from negotiations.models import IngestJob
from negotiations.registry_source import registry_from_db
from negotiations.services import bulk, matching
from negotiations.services.articles import existing_article, new_article
from negotiations.services.storing import ToStore, store_extraction, store_many
from tests.reports import RSF_TALKS, THAI_CAMBODIAN_CALL
from tests.test_consolidation import article, call_extraction

pytestmark = pytest.mark.django_db

# Statements per article, amortised, when one batch of new articles stores twelve reports of
# the same two events (7.3 measured; 10.25 before the batch read the candidate meetings and
# plans of all its articles at once and wrote no wording or participant it knew of, 10.9
# before new statements went in with their search index and proposal statuses were
# recomputed in one query, 11.4 before the batch kept the statements it read and the plans'
# source counts, 11.5 before deleted keys were read with the report keys, 14.3 before the
# batch kept the wordings of proposals and the parties of meetings it read, 20.25 before it
# read report keys in one query and kept what it read and wrote, 28.3 before new records were
# inserted returning their ids).
IN_BULK = 8


def dump() -> dict:
    """Every row of the app's tables except the job log and the registry's stamp, without the
    times of day they were written at (never the same in two runs, as the stamp's values).
    The record counts and the meetings' participants are compared by what they hold: triggers
    add count rows in the order writes reach them, and a batch may link a participant before
    the article that one by one would, so their ids say nothing."""
    rows = {}
    for model in apps.get_app_config("negotiations").get_models(include_auto_created=True):
        if model in (IngestJob, models.RegistryStamp):
            continue
        fields = model._meta.concrete_fields
        names = [f.attname for f in fields if not isinstance(f, DateTimeField)]
        unnumbered = model in (models.RecordCount, models.MeetingParticipant)
        if unnumbered:
            names.remove("id")
        rows[model._meta.label] = sorted(
            (
                {name: str(value) for name, value in row.items()}
                for row in model.objects.values(*names)
            ),
            key=lambda row: list(row.values()) if unnumbered else int(row["id"]),
        )
    return rows


def reset_sequences():
    """Next ids follow the largest ones, so both runs number their new rows alike."""
    models_ = apps.get_app_config("negotiations").get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models_):
            cursor.execute(sql)


def stored_both_ways(items: list[ToStore]) -> tuple[dict, dict]:
    """The database after storing `items` one by one, then instead in one batch."""
    savepoint = transaction.savepoint()
    reset_sequences()
    for item in items:
        store_extraction(*item)
    one_by_one = dump()
    transaction.savepoint_rollback(savepoint)
    for item in items:
        item.article.refresh_from_db()
    reset_sequences()
    store_many(items)
    return one_by_one, dump()


def extracted(reports) -> list[ToStore]:
    """The reports as articles (new ones, or those already stored with the same text) with
    what the extractor finds in them."""
    registry = registry_from_db()
    items = []
    for report in reports:
        document = document_of(report)
        stored = new_article(document, url="", raw=report["text"], metadata={})
        stored = existing_article(url="", digest=stored.content_hash) or stored
        if stored.pk is None:
            stored.save()
        items.append(ToStore(stored, extract(document, registry)))
    return items


def document_of(report: dict):
    published = date.fromisoformat(report["published"]) if "published" in report else None
    return read_document(
        report["text"], title=report.get("title"), source=report.get("outlet"), published=published
    )


def test_a_batch_stores_what_storing_one_article_after_another_stores(seeded):
    items = extracted(THAI_CAMBODIAN_CALL + RSF_TALKS)

    one_by_one, in_bulk = stored_both_ways(items)

    assert in_bulk == one_by_one
    # Reports in the same batch merged: the call four outlets told is one meeting.
    call = models.Meeting.objects.get(kind="call")
    assert call.evidence.values("article").distinct().count() == len(THAI_CAMBODIAN_CALL)


def test_articles_known_to_be_new_are_stored_as_when_the_store_looks_them_up(seeded):
    items = extracted(THAI_CAMBODIAN_CALL + RSF_TALKS)
    savepoint = transaction.savepoint()
    reset_sequences()
    store_many(items)
    looked_up = dump()
    transaction.savepoint_rollback(savepoint)
    for item in items:
        item.article.refresh_from_db()
    reset_sequences()

    store_many(items, new_articles=True)

    assert dump() == looked_up


def test_an_undated_mention_joins_the_call_a_later_article_of_the_batch_dates(seeded):
    mention = article("The two leaders' recent call was discussed.", date(2025, 6, 25))
    dated = article("Netanyahu and Trump spoke by phone on Tuesday.", date(2025, 6, 24))
    items = [
        ToStore(mention, call_extraction(mention, "israel-iran", day=None)),
        ToStore(dated, call_extraction(dated, "israel-iran")),
    ]

    one_by_one, in_bulk = stored_both_ways(items)

    assert in_bulk == one_by_one
    assert models.Meeting.objects.get().date == date(2025, 6, 24)


def test_reextracting_in_a_batch_keeps_verified_records_and_tombstones(seeded, admin_user):
    first = extracted(THAI_CAMBODIAN_CALL)
    store_many(first)
    call = models.Meeting.objects.get(kind="call")
    call.title = "Anutin–Hun Manet call (checked)"
    editing.stamp_verified(call, admin_user)
    call.save()
    own_words = {"speaker__name": "Hun Manet", "text__startswith": "Hun Manet said"}
    editing.delete_records([models.Statement.objects.get(**own_words)])
    again = [ToStore(item.article, item.extraction) for item in first]

    one_by_one, in_bulk = stored_both_ways(again + extracted(RSF_TALKS))

    assert in_bulk == one_by_one
    call.refresh_from_db()
    assert call.verified and call.title == "Anutin–Hun Manet call (checked)"
    assert not models.Statement.objects.filter(**own_words).exists()


def test_a_batch_with_an_article_the_store_refuses_stores_nothing(seeded):
    items = extracted(THAI_CAMBODIAN_CALL[:2])
    text = items[0].article.text
    sung = StatementRecord("Hun Manet", Span(text[:10], 0, 10), "peace", mode="sung")
    bad = Extraction(ExtractedDocument(text=text), statements=(sung,))

    with pytest.raises(Exception, match="unknown statement mode"):
        store_many([items[1], ToStore(items[0].article, bad)])

    assert not models.Evidence.objects.exists()


def test_an_article_the_store_refuses_fails_its_job_alone(seeded):
    extracted = []
    for report in THAI_CAMBODIAN_CALL:
        job = IngestJob.objects.create(**vars_of(job_for(report)), status="extracting")
        document = document_of(report)
        extracted.append(bulk.Extracted(job, document, extract(document, registry_from_db())))
    text = extracted[1].document.text
    sung = StatementRecord("Hun Manet", Span(text[:10], 0, 10), "peace", mode="sung")
    bad = Extraction(extracted[1].document, statements=(sung,))
    extracted[1] = extracted[1]._replace(extraction=bad)

    bulk.store_extracted(extracted)

    jobs = IngestJob.objects.order_by("pk")
    assert [job.status for job in jobs] == ["stored", "failed", "stored", "stored"]
    assert jobs[1].error == "extraction produced an unknown statement mode: 'sung'"
    assert jobs[1].article is None and models.Article.objects.count() == 3
    assert models.Meeting.objects.get(kind="call").evidence.count() >= 3


def vars_of(job: IngestJob) -> dict:
    return {name: getattr(job, name) for name in ("source", "payload", "metadata")}


def job_for(report) -> IngestJob:
    metadata = {key: report[key] for key in ("title", "outlet", "published") if key in report}
    return IngestJob(source=IngestJob.Source.FILE, payload=report["text"], metadata=metadata)


def test_a_batch_of_files_marks_duplicates_as_one_by_one_jobs_would(seeded):
    copy = {**THAI_CAMBODIAN_CALL[0], "outlet": "Copy Desk"}
    jobs = [
        job
        for batch in bulk.ingest_texts([job_for(r) for r in (*THAI_CAMBODIAN_CALL[:2], copy)])
        for job in batch
    ]

    assert [(job.status, job.duplicate) for job in jobs] == [
        ("stored", False),
        ("stored", False),
        ("stored", True),
    ]
    assert jobs[2].article == jobs[0].article
    assert jobs[0].metadata["timings"].keys() == {"extract", "store"}


@pytest.mark.skipif(
    not connection.features.has_select_for_update_skip_locked, reason="batches skip locked rows"
)
def test_jobs_a_delivery_takes_along_store_what_they_store_one_by_one(seeded):
    queued = [
        IngestJob.objects.create(**vars_of(job_for(report)))
        for report in THAI_CAMBODIAN_CALL + RSF_TALKS
    ]
    savepoint = transaction.savepoint()
    reset_sequences()
    for job in queued:
        services.run_job(job.pk)
    one_by_one = dump()
    transaction.savepoint_rollback(savepoint)
    reset_sequences()

    services.run_job(queued[0].pk, batch=True)

    assert dump() == one_by_one
    ran = IngestJob.objects.values_list("status", "duplicate", "run_by")
    assert set(ran) == {("stored", False, queued[0].pk)}


def test_a_batch_costs_a_bounded_number_of_queries_per_article(
    seeded, django_assert_max_num_queries
):
    reports = [
        {**report, "text": f"{report['text']}\nFiled as copy {n}."}
        for n in range(3)
        for report in THAI_CAMBODIAN_CALL
    ]
    items = extracted(reports)

    with django_assert_max_num_queries(IN_BULK * len(items)):
        store_many(items, new_articles=True)


def test_jobs_extracted_on_workers_store_what_jobs_extracted_here_store(seeded, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH_SIZE", 2)  # workers extract a batch while one is stored
    reports = THAI_CAMBODIAN_CALL + RSF_TALKS
    savepoint = transaction.savepoint()
    reset_sequences()
    list(bulk.ingest_texts([job_for(r) for r in reports], processes=1))
    here = dump()
    transaction.savepoint_rollback(savepoint)
    reset_sequences()

    batches = list(bulk.ingest_texts([job_for(r) for r in reports], processes=2))

    assert dump() == here
    assert [len(batch) for batch in batches] == [2] * (len(reports) // 2)
    assert {job.status for batch in batches for job in batch} == {"stored"}


def test_records_a_later_article_reports_again_are_marked_as_changed(seeded):
    store_many(extracted(THAI_CAMBODIAN_CALL[:1]))
    before = {
        (field, pk): stamp
        for field, model in models.RECORD_MODELS.items()
        for pk, stamp in model.objects.values_list("pk", "updated_at")
    }
    [later] = extracted(THAI_CAMBODIAN_CALL[1:2])

    store_many([later])

    again = {
        (field, pk)
        for field in models.RECORD_FIELDS
        for pk in later.article.evidence.values_list(f"{field}_id", flat=True)
        if (field, pk) in before
    }
    kinds = {field for field, _ in again}
    assert {"proposal", "meeting"} <= kinds  # several kinds: one statement on PostgreSQL
    for field, pk in again:
        stamp = models.RECORD_MODELS[field].objects.get(pk=pk).updated_at
        assert stamp > before[field, pk]


TRUCE_PROPOSAL = [
    {
        "title": f"Mediators float a truce for El Fasher ({outlet})",
        "outlet": outlet,
        "published": f"2025-06-0{day}",
        "text": (
            f"The African Union proposed {wording} for El Fasher, and the Rapid Support Forces "
            f"said they would study it, {outlet} reported."
        ),
    }
    for day, (outlet, wording) in enumerate(
        [
            ("Red Sea Monitor", "a 72-hour humanitarian truce"),
            ("Nile Wire", "a 72-hour truce"),
            ("Darfur Post", "a humanitarian truce of 72 hours"),
            ("Sahel Desk", "a three-day humanitarian truce"),
        ],
        1,
    )
]


def test_the_plans_matched_in_a_batch_count_the_sources_the_database_has(seeded, monkeypatch):
    """The batch keeps how many articles report each plan; the rules see a recount's figure."""
    seen = []
    plan_for = matching.plan_for

    def counting(report, candidates):
        recount = dict(
            models.Evidence.objects.filter(proposal__in=[c.id for c in candidates])
            .values_list("proposal")
            .annotate(n=Count("article", distinct=True))
            .order_by()
        )
        seen.extend((c.sources, recount.get(c.id, 0)) for c in candidates)
        return plan_for(report, candidates)

    monkeypatch.setattr(matching, "plan_for", counting)
    store_many(extracted(TRUCE_PROPOSAL))
    assert seen and any(kept > 1 for kept, _ in seen)
    assert [kept for kept, _ in seen] == [recounted for _, recounted in seen]


AID_ROAD = [
    {
        "title": f"RSF pledge on aid road ({outlet})",
        "outlet": outlet,
        "published": f"2025-06-{day:02}",
        "text": text,
    }
    for day, outlet, text in [
        (
            3,
            "Nile Wire",
            "The Rapid Support Forces said the road to El Fasher would stay open to aid convoys.",
        ),
        (
            3,
            "Darfur Post",
            '"The road to El Fasher will stay open to aid convoys," the Rapid Support Forces '
            "said in a statement.",
        ),
        (
            3,
            "Sahel Desk",
            "The road to El Fasher will stay open to aid convoys, the Rapid Support Forces said.",
        ),
    ]
]


def test_statements_a_batch_makes_are_matched_as_one_by_one(seeded):
    one_by_one, in_bulk = stored_both_ways(extracted(AID_ROAD))

    assert in_bulk == one_by_one
    # A later article's report joined the statement an earlier one of the batch made.
    sources = [
        s.evidence.values("article").distinct().count() for s in models.Statement.objects.all()
    ]
    assert max(sources) >= 2


JEDDAH_ROUND = [
    {
        "title": f"Sudan talks in Jeddah ({outlet})",
        "outlet": outlet,
        "published": published,
        "text": (
            f"Envoys of the Sudanese army and the Rapid Support Forces held talks in Jeddah on "
            f"{weekday}, mediators said. The African Union proposed {wording} for El Fasher, "
            f"{outlet} reported."
        ),
    }
    for outlet, published, weekday, wording in [
        ("Red Sea Monitor", "2025-06-03", "Monday", "a 72-hour humanitarian truce"),
        ("Nile Wire", "2025-06-04", "Tuesday", "a 72-hour truce"),
    ]
]


def test_two_articles_of_a_batch_reporting_one_round_a_day_apart_make_one_record_each(seeded):
    """Their reports differ in date and wording, so no key joins them: the batch finds the
    meeting and the plan its first article made among the second's candidates."""
    one_by_one, in_bulk = stored_both_ways(extracted(JEDDAH_ROUND))

    assert in_bulk == one_by_one
    talks = models.Meeting.objects.get()
    plan = models.Proposal.objects.get()
    for record in (talks, plan):
        assert record.evidence.values("article").distinct().count() == 2


TRUCE_SEEN_AGAIN = [
    {**TRUCE_PROPOSAL[0], "published": "2025-06-01"},
    {
        **TRUCE_PROPOSAL[0],
        "text": f"{TRUCE_PROPOSAL[0]['text']} The offer still stood.",
        "published": "2025-06-30",
    },
    {**TRUCE_PROPOSAL[1], "published": "2025-08-10"},
]


def test_a_plan_the_batch_made_and_saw_again_is_a_candidate_of_a_later_window(seeded):
    """The batch reads the third article's window (from late June) before the first article
    makes the plan (seen on 1 June); the second sees it again on 30 June, which brings it into
    that window: the third finds it there, as one by one it would."""
    one_by_one, in_bulk = stored_both_ways(extracted(TRUCE_SEEN_AGAIN))

    assert in_bulk == one_by_one
    plan = models.Proposal.objects.get()
    assert plan.evidence.values("article").distinct().count() == 3
    assert (plan.first_seen, plan.last_seen) == (date(2025, 6, 1), date(2025, 8, 10))

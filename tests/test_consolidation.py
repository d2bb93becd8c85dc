"""One record per real-world event: many outlets' reports, in the right negotiation, and
editors' regrouping that later ingestion keeps."""

from datetime import date

import pytest
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from negotiations import editing, models, services
from negotiations.extraction.records import (
    Document,
    Extraction,
    MeetingRecord,
    ProposalRecord,
    Span,
)
from negotiations.models import IngestJob
from tests.reports import RSF_TALKS, THAI_CAMBODIAN_CALL

pytestmark = pytest.mark.django_db


def ingest(reports, capture):
    """Submit each report as pasted text, as an editor would; return the stored articles."""
    articles = []
    for report in reports:
        metadata = {key: report[key] for key in ("title", "outlet", "published") if key in report}
        with capture(execute=True):
            job = services.submit(
                source=IngestJob.Source.TEXT, payload=report["text"], metadata=metadata
            )
        job.refresh_from_db()
        assert job.status == "stored", job.error
        articles.append(job.article)
    return articles


def test_one_call_reported_by_four_outlets_is_one_meeting_on_the_timeline(
    seeded, client, django_capture_on_commit_callbacks
):
    articles = ingest(THAI_CAMBODIAN_CALL, django_capture_on_commit_callbacks)

    assert {a.negotiation.slug for a in articles} == {"thailand-cambodia"}
    call = models.Meeting.objects.get(kind="call")
    assert call.date == date(2025, 9, 8) and call.status == "held"
    assert set(call.evidence.values_list("article", flat=True)) == {a.pk for a in articles}
    html = client.get(reverse("timeline"), {"negotiation": "thailand-cambodia"}).content.decode()
    # Besides the call, the wire reports a committee meeting planned for later: two events.
    assert models.Meeting.objects.exclude(pk=call.pk).get().status == "planned"
    assert html.count('class="entry entry-meeting"') == 2
    assert html.count("4 sources") == 1
    sources = client.get(reverse("record_sources", args=["meeting", call.pk])).content.decode()
    for report in THAI_CAMBODIAN_CALL:
        assert report["outlet"] in sources


def test_an_article_about_no_followed_negotiation_is_unassigned_and_merges_with_nothing(
    seeded, django_capture_on_commit_callbacks
):
    report = {
        "outlet": "Balkan Desk",
        "published": "2025-05-02",
        "text": "Serbian and Kosovar negotiators held talks in Brussels on Friday on the "
        "normalisation of ties, the European Union said.",
    }
    again = {**report, "outlet": "Danube Post", "text": report["text"] + " No deal was reached."}
    articles = ingest([report, again], django_capture_on_commit_callbacks)

    assert [a.negotiation for a in articles] == [None, None]
    assert models.Meeting.objects.filter(negotiation__isnull=True).count() == 2


def call_extraction(article, negotiation, day=date(2025, 6, 24), participants=None):
    """A call between Israel and the United States, as one article reports it."""
    sentence = article.text
    record = MeetingRecord(
        title="Israel–United States call",
        kind="call",
        participants=participants or ("Israel", "United States"),
        evidence=Span(sentence, 0, len(sentence)),
        status="held",
        date=day,
    )
    document = Document(text=article.text, published=article.published)
    return Extraction(document, meetings=(record,), negotiations=(negotiation,))


def article(text, published=date(2025, 6, 24), outlet="Example News"):
    return models.Article.objects.create(
        text=text,
        content_hash=services.content_hash(text),
        outlet=outlet,
        published=published,
        reported_on=published,
    )


def test_nothing_merges_across_negotiations(seeded):
    gaza = article("Netanyahu and Trump spoke by phone about Gaza.")
    iran = article("Netanyahu and Trump spoke by phone about Iran.")
    services.store_extraction(gaza, call_extraction(gaza, "israel-hamas-gaza"))
    services.store_extraction(iran, call_extraction(iran, "israel-iran"))

    calls = models.Meeting.objects.order_by("pk")
    assert [c.negotiation.slug for c in calls] == ["israel-hamas-gaza", "israel-iran"]


def test_an_undated_mention_stored_first_joins_the_call_dated_later(seeded):
    mention = article("The two leaders' recent call was discussed.", date(2025, 6, 25))
    services.store_extraction(mention, call_extraction(mention, "israel-iran", day=None))
    dated = article("Netanyahu and Trump spoke by phone on Tuesday.", date(2025, 6, 24))
    services.store_extraction(dated, call_extraction(dated, "israel-iran"))

    call = models.Meeting.objects.get()
    assert call.date == date(2025, 6, 24)
    assert set(call.evidence.values_list("article", flat=True)) == {mention.pk, dated.pk}


NEXT_ROUND = [
    {
        "title": "Armenia, Azerbaijan to hold new round of peace talks",
        "outlet": "Yerevan Courier",
        "published": "2025-10-02",
        "text": (
            "Armenia and Azerbaijan will hold a new round of peace talks in Abu Dhabi, the "
            "Armenian foreign ministry said on Thursday."
        ),
    },
    {
        "title": "Baku: delegations to meet again",
        "outlet": "Caspian Post",
        "published": "2025-10-03",
        "text": (
            "Azerbaijani and Armenian delegations are due to meet again in Abu Dhabi to work "
            "on the treaty text, Baku said."
        ),
    },
    {
        "title": "Negotiators eye Geneva",
        "outlet": "Alpine Dispatch",
        "published": "2025-10-03",
        "text": (
            "Armenian and Azerbaijani negotiators will meet again in Geneva next month, "
            "diplomats said."
        ),
    },
]


def test_an_undated_next_round_announced_by_two_outlets_is_one_meeting(
    seeded, django_capture_on_commit_callbacks
):
    yerevan, baku, geneva = ingest(NEXT_ROUND, django_capture_on_commit_callbacks)

    abu_dhabi, other = models.Meeting.objects.order_by("pk")
    assert (abu_dhabi.status, abu_dhabi.date, abu_dhabi.location) == ("planned", None, "Abu Dhabi")
    assert set(abu_dhabi.evidence.values_list("article", flat=True)) == {yerevan.pk, baku.pk}
    assert other.location == "Geneva"  # another place is another round
    assert set(other.evidence.values_list("article", flat=True)) == {geneva.pk}


NEXT_WEEK = [
    {
        "outlet": "Caucasus Wire",
        "published": "2025-10-06",
        "text": "Armenian and Azerbaijani negotiators held talks in Abu Dhabi on Monday, the "
        "two foreign ministries said.",
    },
    {
        "outlet": "Gulf Ledger",
        "published": "2025-10-06",
        "text": "The mediators plan to reconvene the Armenian and Azerbaijani delegations in "
        "Abu Dhabi next week, a diplomat said.",
    },
    {
        "outlet": "Yerevan Courier",
        "published": "2025-10-08",
        "text": "Armenia and Azerbaijan will resume talks in Abu Dhabi on October 14, officials "
        "said.",
    },
]


def test_a_round_set_for_next_week_is_not_the_talks_held_that_day(
    seeded, django_capture_on_commit_callbacks
):
    held, next_week, dated = ingest(NEXT_WEEK, django_capture_on_commit_callbacks)

    first, second = models.Meeting.objects.order_by("date")
    assert (first.date, first.status) == (date(2025, 10, 6), "held")
    assert set(first.evidence.values_list("article", flat=True)) == {held.pk}
    # Undated when stored, the "next week" round joins the round dated in that week.
    assert (second.date, second.status) == (date(2025, 10, 14), "planned")
    assert set(second.evidence.values_list("article", flat=True)) == {next_week.pk, dated.pk}


def test_an_undated_meeting_shows_on_its_reported_day_marked(seeded, client):
    mention = article("The leaders' call was discussed.", date(2025, 6, 25))
    services.store_extraction(mention, call_extraction(mention, "israel-iran", day=None))

    call = models.Meeting.objects.get()
    assert (call.date, call.reported_on, call.day) == (None, date(2025, 6, 25), date(2025, 6, 25))
    html = client.get(reverse("timeline")).content.decode()
    assert "Wednesday 25 June 2025" in html and "date not given · reported" in html
    israel = models.Actor.objects.get(name="Israel")
    html = client.get(reverse("actor_detail", args=[israel.slug])).content.decode()
    assert "Israel–United States call" in html


def test_an_article_without_a_date_stands_on_the_day_it_was_ingested(
    seeded, client, django_capture_on_commit_callbacks
):
    report = {"text": "Hun Manet said Cambodia wanted the border ceasefire to hold."}
    [undated] = ingest([report], django_capture_on_commit_callbacks)

    today = timezone.localdate()
    assert (undated.published, undated.reported_on) == (None, today)
    statement = models.Statement.objects.get()
    assert statement.said_on == today
    assert f"{today:%-d %B %Y}" in client.get(reverse("timeline")).content.decode()
    page = client.get(reverse("article_detail", args=[undated.pk])).content.decode()
    assert "No publication date given" in page


def test_an_editors_split_survives_reextraction_of_every_article(
    seeded, django_capture_on_commit_callbacks
):
    articles = ingest(THAI_CAMBODIAN_CALL, django_capture_on_commit_callbacks)
    call = models.Meeting.objects.get(kind="call")
    late = articles[-1]

    apart = editing.split_source(call, late)
    for each in articles:
        services.reextract(each)

    assert set(call.evidence.values_list("article", flat=True)) == {a.pk for a in articles[:-1]}
    assert set(apart.evidence.values_list("article", flat=True)) == {late.pk}
    assert models.Meeting.objects.filter(kind="call").count() == 2


def test_an_editors_merge_survives_reextraction_of_every_article(
    seeded, django_capture_on_commit_callbacks
):
    articles = ingest(RSF_TALKS, django_capture_on_commit_callbacks)
    rounds = list(models.Meeting.objects.order_by("pk"))
    assert len(rounds) == 2  # a month apart, the later one undated: kept apart

    editing.merge_records(rounds[0], rounds[1:])
    for each in articles:
        services.reextract(each)

    talks = models.Meeting.objects.get()
    assert set(talks.evidence.values_list("article", flat=True)) == {a.pk for a in articles}


def truce_extraction(article, proposer, title="humanitarian truce"):
    """An article of the Sudan talks reporting a truce put forward by `proposer`."""
    sentence = article.text
    record = ProposalRecord(title, "truce", Span(sentence, 0, len(sentence)), proposer)
    document = Document(text=article.text, published=article.published)
    return Extraction(document, proposals=(record,), negotiations=("sudan",))


def test_outlets_crediting_one_truce_to_different_mediators_make_one_proposal(seeded):
    for text, mediator in [
        ("Saudi mediators proposed a humanitarian truce.", "Saudi Arabia"),
        ("A US-brokered humanitarian truce was put to both sides.", "United States"),
    ]:
        report = article(text, outlet=mediator)
        services.store_extraction(report, truce_extraction(report, mediator))
    side = article("The RSF proposed a humanitarian truce of its own.", outlet="Wire")
    services.store_extraction(side, truce_extraction(side, "Rapid Support Forces"))

    truces = models.Proposal.objects.order_by("pk")
    assert [t.source_count for t in truces.annotate(source_count=Count("evidence"))] == [2, 1]
    assert truces[1].proposer.name == "Rapid Support Forces"

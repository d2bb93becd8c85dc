"""The write path: storing extractions, merging across sources, keeping verified records."""

from dataclasses import replace
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations import models, services
from negotiations.extraction.records import (
    ActorRecord,
    Document,
    Extraction,
    MeetingRecord,
    PositionRecord,
    ProposalRecord,
    ResponseRecord,
    Span,
    StatementRecord,
)
from tests import factories

pytestmark = pytest.mark.django_db

CALL = "Trump said he would speak with Putin on Tuesday."
HELD = "Trump and Putin spoke by phone on Tuesday, the Kremlin said."
QUOTE = 'Zelensky said: "We will not give up our land."'
OFFER = "Trump proposed a 30-day ceasefire, which Ukraine accepted."


def store(article, extraction):
    """Store an extraction of an article about the Russia–Ukraine talks."""
    talks = factories.negotiation()
    return services.store_extraction(article, replace(extraction, negotiations=(talks.slug,)))


@pytest.fixture
def people():
    """The registry actors these tests name, with their aliases, and their negotiation."""
    factories.negotiation()
    factories.issue("territorial concessions")
    russia = factories.actor("Russia", kind="state", aliases=["Kremlin", "Moscow"])
    us = factories.actor("United States", kind="state", aliases=["Washington", "U.S."])
    ukraine = factories.actor("Ukraine", kind="state", aliases=["Kyiv"])
    return {
        "russia": russia,
        "us": us,
        "ukraine": ukraine,
        "trump": factories.actor("Donald Trump", aliases=["Trump"], affiliation=us),
        "putin": factories.actor("Vladimir Putin", aliases=["Putin"], affiliation=russia),
        "zelensky": factories.actor(
            "Volodymyr Zelensky", aliases=["Zelensky"], affiliation=ukraine
        ),
    }


def span(text, sentence, start=None):
    """The span of `sentence` within `text`."""
    start = text.index(sentence) if start is None else start
    return Span(sentence, start, start + len(sentence))


def source(*sentences, outlet="Example News", published=date(2025, 3, 17)):
    """An article whose text is the given sentences, stored as an ingested article would be."""
    text = " ".join(sentences)
    article = models.Article.objects.create(
        text=text, content_hash=services.content_hash(text), outlet=outlet, published=published
    )
    return article, Document(text=text, published=published, source=outlet)


def meeting(text, sentence, status, participants=("Donald Trump", "Vladimir Putin")):
    return MeetingRecord(
        title="Trump–Putin call",
        kind="call",
        participants=participants,
        evidence=span(text, sentence),
        status=status,
        date=date(2025, 3, 18),
        date_text="on Tuesday",
    )


def full_extraction(document):
    """One record of every kind, as extraction would report the seed article."""
    text = document.text
    return Extraction(
        document=document,
        statements=(
            StatementRecord(
                speaker="Zelensky",
                evidence=span(text, QUOTE),
                content="We will not give up our land.",
                mode="direct",
                issues=("territorial concessions",),
            ),
        ),
        proposals=(
            ProposalRecord(
                title="30-day ceasefire",
                kind="ceasefire",
                evidence=span(text, OFFER),
                proposed_by="Donald Trump",
                responses=(ResponseRecord("Ukraine", "accepted", span(text, OFFER)),),
            ),
        ),
        meetings=(meeting(text, CALL, "planned"),),
        positions=(
            PositionRecord("Russia", "territorial concessions", "oppose", span(text, QUOTE)),
        ),
    )


def record_counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            models.Statement,
            models.Proposal,
            models.ProposalResponse,
            models.Meeting,
            models.Position,
            models.Evidence,
            models.Actor,
            models.Issue,
        )
    }


def test_store_maps_every_record_with_evidence(people):
    article, document = source(CALL, QUOTE, OFFER)
    store(article, full_extraction(document))

    statement = models.Statement.objects.get()
    assert statement.speaker == people["zelensky"]
    assert statement.said_on == date(2025, 3, 17)
    assert [i.name for i in statement.issues.all()] == ["territorial concessions"]
    evidence = statement.evidence.get()
    assert article.text[evidence.start : evidence.end] == QUOTE
    assert evidence.sentence[evidence.match_start : evidence.match_end] == statement.content
    proposal = models.Proposal.objects.get()
    assert (proposal.slug, proposal.proposer, proposal.kind) == (
        "30-day-ceasefire",
        people["trump"],
        "ceasefire",
    )
    assert proposal.responses.get().actor == people["ukraine"]
    call = models.Meeting.objects.get()
    assert set(call.participants.all()) == {people["trump"], people["putin"]}
    assert call.status == "planned"
    assert models.Position.objects.get().actor == people["russia"]


def test_storing_again_changes_nothing(people):
    article, document = source(CALL, QUOTE, OFFER)
    store(article, full_extraction(document))
    before = record_counts()
    store(article, full_extraction(document))
    assert record_counts() == before


def test_one_call_reported_by_several_outlets_is_one_meeting(people):
    articles = []
    for outlet in ("CNN", "Reuters", "AP"):
        article, document = source(f"{outlet} reports.", CALL, outlet=outlet)
        extraction = Extraction(document, meetings=(meeting(document.text, CALL, "planned"),))
        store(article, extraction)
        articles.append(article)
    call = models.Meeting.objects.get()
    assert {e.article for e in call.evidence.all()} == set(articles)


def test_planned_call_then_report_that_it_was_held_is_one_held_meeting(people):
    planned, document = source(CALL, published=date(2025, 3, 16))
    store(planned, Extraction(document, meetings=(meeting(document.text, CALL, "planned"),)))
    held, document = source(HELD, published=date(2025, 3, 19))
    # The later report names the states rather than the leaders: the same parties.
    record = meeting(document.text, HELD, "held", participants=("Kremlin", "United States"))
    store(held, Extraction(document, meetings=(record,)))

    call = models.Meeting.objects.get()
    assert call.status == "held"
    assert call.evidence.count() == 2


def test_a_plan_reported_after_the_meeting_was_held_does_not_undo_it(people):
    held, document = source(HELD, published=date(2025, 3, 19))
    store(held, Extraction(document, meetings=(meeting(document.text, HELD, "held"),)))
    late, document = source(CALL, published=date(2025, 3, 20))
    store(late, Extraction(document, meetings=(meeting(document.text, CALL, "planned"),)))
    assert models.Meeting.objects.get().status == "held"


def test_same_sentence_same_speaker_same_day_is_one_statement_with_two_sources(people):
    for outlet in ("CNN", "BBC"):
        article, document = source(f"From {outlet}.", QUOTE, outlet=outlet)
        record = StatementRecord("Zelensky", span(document.text, QUOTE), "our land", "direct")
        store(article, Extraction(document, statements=(record,)))
    statement = models.Statement.objects.get()
    assert sorted(e.article.outlet for e in statement.evidence.all()) == ["BBC", "CNN"]


def zelensky_statement(text, day):
    return StatementRecord("Zelensky", span(text, QUOTE), "our land", "direct", date=day)


def russia_position(text, day):
    return PositionRecord(
        "Russia", "territorial concessions", "oppose", span(text, QUOTE), date=day
    )


def trump_putin_call(text, day):
    return replace(meeting(text, QUOTE, "held"), date=day)


@pytest.mark.parametrize(
    "records, model, day_field, make",
    [
        ("statements", models.Statement, "said_on", zelensky_statement),
        ("positions", models.Position, "as_of", russia_position),
        ("meetings", models.Meeting, "date", trump_putin_call),
    ],
)
def test_the_same_report_on_another_day_is_another_record(people, records, model, day_field, make):
    days = [date(2025, 3, 17), date(2025, 3, 24)]
    for day in days:
        article, document = source(f"Reported on {day}.", QUOTE, published=day)
        extraction = Extraction(document, **{records: (make(document.text, day),)})
        store(article, extraction)
    assert sorted(model.objects.values_list(day_field, flat=True)) == days


def statements_about(run, count):
    """An article of `count` statements by Zelensky about one issue, none stored before."""
    sentences = [f'Zelensky said: "We will hold line {run}-{n}."' for n in range(count)]
    article, document = source(*sentences)
    records = tuple(
        StatementRecord(
            "Zelensky", span(document.text, s), s, "direct", issues=("territorial concessions",)
        )
        for s in sentences
    )
    return article, Extraction(document, statements=records)


def test_storing_ten_records_takes_no_more_queries_than_two(people):
    store(*statements_about("warm-up", 1))
    queries = []
    for run, count in (("few", 2), ("many", 10)):
        article, extraction = statements_about(run, count)
        with CaptureQueriesContext(connection) as captured:
            store(article, extraction)
        queries.append(len(captured))
    assert queries[0] == queries[1]
    assert models.Statement.objects.count() == 13


def test_verified_record_survives_reextraction_untouched(people, django_user_model):
    article, document = source(CALL, QUOTE, OFFER)
    store(article, full_extraction(document))
    call = models.Meeting.objects.get()
    call.title, call.verified = "Checked title", True
    call.save()
    evidence_before = list(call.evidence.values_list("pk", flat=True))

    held = meeting(document.text, CALL, "held")
    store(article, Extraction(document, meetings=(held,)))

    call.refresh_from_db()
    assert (call.title, call.status, call.verified) == ("Checked title", "planned", True)
    assert list(call.evidence.values_list("pk", flat=True)) == evidence_before
    # The unverified records the new extraction no longer reports are gone.
    assert not models.Statement.objects.exists()
    assert not models.Proposal.objects.exists()


def test_reextraction_keeps_records_other_articles_still_support(people):
    first, document = source("First.", QUOTE)
    record = StatementRecord("Zelensky", span(document.text, QUOTE), "our land", "direct")
    store(first, Extraction(document, statements=(record,)))
    second, other = source("Second.", QUOTE)
    record = StatementRecord("Zelensky", span(other.text, QUOTE), "our land", "direct")
    store(second, Extraction(other, statements=(record,)))

    store(first, Extraction(document))

    statement = models.Statement.objects.get()
    assert [e.article for e in statement.evidence.all()] == [second]


def test_unknown_name_becomes_an_unreviewed_actor_with_its_aliases(people):
    text = "Hakan Fidan said talks would resume in Istanbul."
    article, document = source(text)
    described = ActorRecord(
        "Hakan Fidan", "person", aliases=("Fidan",), affiliation="Turkey", role="Foreign Minister"
    )
    record = StatementRecord("Hakan Fidan", span(text, text), "talks would resume", "indirect")
    store(article, Extraction(document, actors=(described,), statements=(record,)))

    fidan = models.Statement.objects.get().speaker
    assert (fidan.name, fidan.reviewed, fidan.role) == ("Hakan Fidan", False, "Foreign Minister")
    assert set(fidan.aliases.values_list("normalized", flat=True)) == {"hakan fidan", "fidan"}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Kremlin", "russia"),
        ("the Kremlin", "russia"),
        ("Moscow", "russia"),
        ("Kyiv", "ukraine"),
        ("Trump", "trump"),
        ("Vladimir Putln", "putin"),  # a typo: fuzzy, clearly best
    ],
)
def test_names_resolve_through_aliases_and_metonyms(people, name, expected):
    text = f"{name} said talks would continue."
    article, document = source(text)
    record = StatementRecord(name, span(text, text), "talks would continue", "indirect")
    store(article, Extraction(document, statements=(record,)))
    assert models.Statement.objects.get().speaker == people[expected]


def test_fuzzy_match_only_when_one_candidate_is_clearly_best(people):
    factories.actor("Andriy Yermak", aliases=["Yermak"])
    factories.actor("Andriy Yermek")
    text = "Andriy Yermik said talks would continue."
    article, document = source(text)
    record = StatementRecord("Andriy Yermik", span(text, text), "talks", "indirect")
    store(article, Extraction(document, statements=(record,)))
    speaker = models.Statement.objects.get().speaker
    assert (speaker.name, speaker.reviewed) == ("Andriy Yermik", False)


def test_statements_are_indexed_for_search_on_postgresql_only(people):
    from django.db import connection

    article, document = source(CALL, QUOTE, OFFER)
    store(article, full_extraction(document))
    statement = models.Statement.objects.get()
    if connection.vendor != "postgresql":
        assert statement.search_vector is None
        return
    assert models.Statement.objects.filter(search_vector="land").get() == statement
    assert models.Statement.objects.filter(search_vector="zelensky").get() == statement


@pytest.mark.parametrize(
    "record, what",
    [
        (
            lambda text: ProposalRecord("30-day truce", "armistice-ish", span(text, OFFER)),
            "unknown proposal kind: 'armistice-ish'",
        ),
        (
            lambda text: replace(meeting(text, CALL, "planned"), status="rumoured"),
            "unknown meeting status: 'rumoured'",
        ),
        (
            lambda text: PositionRecord(
                "Russia", "territorial concessions", "lukewarm", span(text, QUOTE)
            ),
            "unknown stance: 'lukewarm'",
        ),
    ],
)
def test_a_value_outside_the_vocabulary_is_refused_and_nothing_is_stored(people, record, what):
    from negotiations.extraction import ExtractionError

    article, document = source(CALL, QUOTE, OFFER)
    made = record(document.text)
    section = {
        ProposalRecord: "proposals",
        MeetingRecord: "meetings",
        PositionRecord: "positions",
    }[type(made)]
    with pytest.raises(ExtractionError, match=what):
        store(article, replace(full_extraction(document), **{section: (made,)}))
    assert not models.Proposal.objects.exists() and not models.Meeting.objects.exists()


def test_no_fragment_of_text_becomes_an_issue(people):
    article, document = source(QUOTE)
    quote = span(document.text, QUOTE)
    extraction = Extraction(
        document,
        statements=(
            StatementRecord("Zelensky", quote, "our land", "direct", issues=("our land",)),
        ),
        positions=(PositionRecord("Volodymyr Zelensky", "return to bilateral", "oppose", quote),),
    )
    store(article, extraction)
    assert list(models.Issue.objects.values_list("name", flat=True)) == ["territorial concessions"]
    assert not models.Statement.objects.get().issues.exists()
    assert not models.Position.objects.exists()


def test_an_answer_to_a_proposal_is_a_response_not_a_second_position(people):
    article, document = source(OFFER)
    offer = span(document.text, OFFER)
    answer = ResponseRecord("Ukraine", "accepted", offer)
    plan = ProposalRecord("30-day ceasefire", "ceasefire", offer, responses=(answer,))
    stance = PositionRecord("Ukraine", "30-day ceasefire", "support", offer, proposal=plan.title)
    store(article, Extraction(document, proposals=(plan,), positions=(stance,)))
    assert models.ProposalResponse.objects.get().actor == people["ukraine"]
    assert not models.Position.objects.exists()
    assert not models.Issue.objects.filter(name="30-day ceasefire").exists()

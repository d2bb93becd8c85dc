"""Confidence says how a record was found, so editors check the least sure first."""

from datetime import date

from negotiations.extraction import Document, extract


def extracted(text, registry):
    return extract(Document(text=text, published=date(2025, 6, 6)), registry)


def test_a_named_speakers_quote_is_surer_than_a_pronouns_paraphrase(registry):
    text = (
        'Hun Manet said: "We will keep the border open." '
        "Later in the day he said that trade would resume soon."
    )
    quote, paraphrase = extracted(text, registry).statements
    assert (quote.mode, paraphrase.mode) == ("direct", "indirect")
    assert quote.confidence > paraphrase.confidence


def test_a_meeting_dated_in_full_is_surer_than_by_weekday_and_than_undated(registry):
    full, weekday, undated = (
        extracted(text, registry).meetings[0].confidence
        for text in (
            "India and Pakistan held talks on 3 June.",
            "India and Pakistan held talks on Tuesday.",
            "India and Pakistan held talks.",
        )
    )
    assert full > weekday > undated


def test_a_plan_that_says_what_it_covers_is_surer_than_a_bare_one(registry):
    scoped, bare = (
        extracted(text, registry).proposals[0].confidence
        for text in (
            "Qatar proposed a 60-day truce in Gaza.",
            "Qatar proposed a deal.",
        )
    )
    assert scoped > bare

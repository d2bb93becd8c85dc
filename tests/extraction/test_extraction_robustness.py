import time

from hypothesis import given, settings
from hypothesis import strategies as st

from negotiations.extraction import Extraction, ExtractionError, extract, read_document


def extract_or_error(raw, registry):
    try:
        return extract(read_document(raw), registry)
    except ExtractionError:
        return None


@settings(max_examples=150, deadline=None)
@given(raw=st.one_of(st.text(), st.binary(), st.text(alphabet="“”\"'.  aZ\nПривет مرحبا")))
def test_any_input_gives_an_extraction_or_extraction_error(raw, registry):
    result = extract_or_error(raw, registry)
    assert result is None or isinstance(result.to_schema(), dict)


def seconds_to_extract(raw, registry) -> float:
    started = time.process_time()
    assert isinstance(extract_or_error(raw, registry), Extraction)
    return time.process_time() - started


def test_huge_input_without_full_stop_is_linear(registry):
    # Compared with a quarter of the input in the same run, so a busy machine slows both: a
    # quadratic step would take sixteen times as long, a linear one four.
    raw = ("Putin said “talks with Zelensky will continue " * 25_000)[:1_000_000]
    quarter = seconds_to_extract(raw[:250_000], registry)
    assert seconds_to_extract(raw, registry) < 8 * quarter


def test_a_hyphenated_modifier_whose_lemma_drops_the_hyphen_does_not_crash(registry):
    raw = "Sudan's army said on Tuesday it would observe a week-long truce in El Obeid."
    result = extract_or_error(raw, registry)
    assert isinstance(result, Extraction)


def test_sittings_on_weekdays_with_no_publication_date_do_not_crash(registry):
    # with no publication date the weekdays cannot be placed, so they are not put in order
    raw = "Kosovo and Serbia held two sessions of talks in Brussels on Monday and Thursday."
    result = extract_or_error(raw, registry)
    assert result.meetings
    assert all(m.date is None for m in result.meetings)

"""Extraction on worker processes gives what extraction here gives, batch by batch, in order."""

import pytest

from negotiations.extraction import Document, ExtractionError, RegistryActor, extract, parallel

STORIES = [
    "Kenya's foreign minister said on Monday that the talks in Nairobi would resume next week.",
    "The army spokesman said the truce was holding, and that both sides had pulled back.",
    "Mediators from Qatar met the two delegations in Doha on Tuesday, officials said.",
    "Ethiopia rejected the plan, calling it a threat to its sovereignty.",
    "Colombia's peace commissioner said the ceasefire with the ELN would be extended.",
]
DOCUMENTS = [Document(text=story) for story in STORIES]


def outcomes(processes, batches, registry):
    with parallel.Extractor(processes) as extractor:
        submitted = [extractor.submit(documents, registry) for documents in batches]
        return [collect() for collect in submitted]


def test_workers_give_what_this_process_gives_in_order(registry):
    batches = [DOCUMENTS[:3], DOCUMENTS[3:]]

    here = outcomes(1, batches, registry)
    on_workers = outcomes(2, batches, registry)

    assert [[o.extraction for o in batch] for batch in on_workers] == [
        [extract(document, registry) for document in batch] for batch in batches
    ]
    assert [[o.extraction for o in b] for b in on_workers] == [
        [o.extraction for o in b] for b in here
    ]


def test_each_batch_is_extracted_with_the_registry_it_was_submitted_with(registry):
    story = Document(text="Quorra welcomed the proposal on Friday, officials said.")
    known = registry.extended(
        [RegistryActor(name="Amal Quorra", kind="person", aliases=("Quorra",))]
    )

    with parallel.Extractor(2) as extractor:
        first = extractor.submit([story], registry)
        second = extractor.submit([story], known)
        before, after = first()[0], second()[0]

    names = lambda outcome: {actor.name for actor in outcome.extraction.actors}  # noqa: E731
    assert "Amal Quorra" not in names(before) and "Amal Quorra" in names(after)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_document_that_fails_fails_alone_with_its_error(registry, monkeypatch, processes):
    class Unpicklable(Exception):  # a local class cannot travel back from a worker
        pass

    def failing(document, registry):
        if "Ethiopia" in document.text:
            raise ExtractionError("no sentences")
        if "Colombia" in document.text:
            raise Unpicklable("lost")
        return extract(document, registry)

    monkeypatch.setattr(parallel, "extract", failing)  # workers are forked after this

    (batch,) = outcomes(processes, [DOCUMENTS], registry)

    assert [o.extraction is not None for o in batch] == [True, True, True, False, False]
    assert str(batch[3].error) == "no sentences"
    if processes == 1:
        assert isinstance(batch[4].error, Unpicklable)
    else:
        assert isinstance(batch[4].error, ExtractionError)
        assert str(batch[4].error) == "Unpicklable: lost"

"""Canonical issues: statements and positions name the registry's issues, never fragments."""

from datetime import date

import pytest

from negotiations.extraction import Document, Registry, RegistryActor, RegistryIssue, extract


def extracted(text, registry):
    return extract(Document(text=text, published=date(2025, 6, 2)), registry)


@pytest.mark.parametrize(
    "text, issues",
    [
        (
            'Zelensky said: "We will never cede our land to the occupier."',
            ("territorial concessions",),
        ),
        (
            "Hamas said it was ready to release all hostages if aid trucks could enter Gaza.",
            ("hostages", "humanitarian access"),
        ),
        ("Pakistan said the sanctions were unjust.", ("sanctions",)),
        ("Netanyahu said the weapons deliveries would continue.", ("military aid",)),
        # "aid" is not in "said", "land" not in "Poland".
        ("Tusk said Poland would host the summit.", ()),
        # A short whole-word stem opening a compound names another thing ("landmines").
        ("Armenia said landmines still covered the valley near the border.", ()),
        ("Colombia said the landmark ruling would stand.", ()),
        # ... but its plain and inflected forms still name the issue.
        ("Azerbaijan said Armenia must return the lands it holds.", ("territorial concessions",)),
        # A theatre of war in a list of theatres is no land to cede.
        ("Yemen said the truce would hold on land, at sea and in the air.", ("ceasefire",)),
        ("Myanmar said the army would halt attacks by land and air.", ()),
    ],
)
def test_statements_name_the_canonical_issues_their_words_name(registry, text, issues):
    [statement] = extracted(text, registry).statements
    assert statement.issues == issues


def test_every_position_is_on_a_canonical_issue_or_answers_a_proposal(registry):
    text = (
        "Russia rejected the 30-day ceasefire proposed by Washington. Lavrov said Moscow "
        "opposed any return to bilateral formats and opposed new sanctions."
    )
    names = {issue.name for issue in registry.issues}
    positions = extracted(text, registry).positions
    assert positions
    for position in positions:
        assert position.issue in names or position.proposal == position.issue


def test_an_editors_new_issue_and_words_are_found():
    registry = Registry(
        [RegistryActor("India", "state")],
        issues=[RegistryIssue("water sharing", ("indus waters", "water treaty"))],
    )
    text = "India said the Indus Waters Treaty would stay suspended."
    [statement] = extracted(text, registry).statements
    assert statement.issues == ("water sharing",)

"""Plain-Python extraction: article text and metadata in, frozen dataclasses out."""

from pathlib import Path

from .errors import ExtractionError
from .pipeline import extract
from .records import Document, Extraction
from .registry import (
    Registry,
    RegistryActor,
    RegistryIssue,
    RegistryNegotiation,
    normalize_alias,
)
from .text import read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def default_registry() -> Registry:
    """The starting registry from the actors, negotiations, issues and outlets in `seeds/`."""
    return Registry.from_file(
        SEEDS / "actors.json",
        SEEDS / "negotiations.json",
        SEEDS / "issues.json",
        SEEDS / "outlets.json",
    )


__all__ = [
    "Document",
    "Extraction",
    "ExtractionError",
    "Registry",
    "RegistryActor",
    "RegistryIssue",
    "RegistryNegotiation",
    "default_registry",
    "extract",
    "normalize_alias",
    "read_document",
]

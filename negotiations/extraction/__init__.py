"""Plain-Python extraction: article text and metadata in, frozen dataclasses out."""

from pathlib import Path

from .errors import ExtractionError
from .pipeline import extract
from .records import Document, Extraction
from .registry import Registry, RegistryActor, RegistryNegotiation, normalize_alias
from .text import read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def default_registry() -> Registry:
    """The starting registry from `seeds/actors.json` and `seeds/negotiations.json`."""
    return Registry.from_file(SEEDS / "actors.json", SEEDS / "negotiations.json")


__all__ = [
    "Document",
    "Extraction",
    "ExtractionError",
    "Registry",
    "RegistryActor",
    "RegistryNegotiation",
    "default_registry",
    "extract",
    "normalize_alias",
    "read_document",
]

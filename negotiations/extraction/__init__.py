"""Plain-Python extraction: article text and metadata in, frozen dataclasses out."""

from pathlib import Path

from .errors import ExtractionError
from .pipeline import extract
from .records import Document, Extraction
from .registry import Registry, RegistryActor, normalize_alias
from .text import read_document

SEED_ACTORS = Path(__file__).resolve().parents[2] / "seeds" / "actors.json"


def default_registry() -> Registry:
    """The starting registry from `seeds/actors.json` at the repository root."""
    return Registry.from_file(SEED_ACTORS)


__all__ = [
    "Document",
    "Extraction",
    "ExtractionError",
    "Registry",
    "RegistryActor",
    "default_registry",
    "extract",
    "normalize_alias",
    "read_document",
]

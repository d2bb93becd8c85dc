from datetime import date
from pathlib import Path

from negotiations.extraction import extract, read_document

SEED = Path("/work/shared/seeds/000_5c287e527622a995.txt")
REPO_SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5c287e527622a995.txt"


def test_seed_article(registry):
    path = REPO_SEED if REPO_SEED.exists() else SEED
    document = read_document(path.read_bytes(), published=date(2025, 3, 17))
    result = extract(document, registry)
    names = {a.name for a in result.actors}
    assert {"Donald Trump", "Vladimir Putin", "Steve Witkoff", "Russia", "Ukraine"} <= names
    calls = [
        m
        for m in result.meetings
        if m.kind == "call" and {"Donald Trump", "Vladimir Putin"} <= set(m.participants)
    ]
    assert calls and calls[0].date == date(2025, 3, 18)
    ceasefires = [p for p in result.proposals if "30-day" in p.title]
    assert ceasefires
    assert ("Ukraine", "accepted") in {(r.actor, r.response) for r in ceasefires[0].responses}

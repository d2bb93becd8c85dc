"""Merge keys: what makes two reports the same record without comparing them any further.

Every key starts with its scope: the negotiation it belongs to, so that nothing is ever the
same record across negotiations, or, for an article no negotiation claims, the article itself.
"""

from __future__ import annotations

import hashlib
from datetime import date

from negotiations.extraction import normalize_alias
from negotiations.models import Actor, Article, Negotiation

from .assignment import party_of

MAX_KEY = 200
# Words that say what kind of proposal it is, or nothing at all, rather than its scope.
NON_SCOPE_WORDS = {
    "a", "an", "and", "the", "of", "for", "on", "in", "to", "with", "by", "its", "their",
    "proposal", "proposed", "plan", "deal", "agreement", "offer", "initiative", "framework",
    "ceasefire", "cease", "fire", "truce", "peace", "prisoner", "prisoners", "exchange",
    "swap", "hostage", "hostages", "moratorium", "monitoring", "mission", "territorial",
}  # fmt: skip


def digest(text: str) -> str:
    """A hex sha256 of the text."""
    return hashlib.sha256(text.encode()).hexdigest()


def scope_of(negotiation: Negotiation | None, article: Article) -> str:
    """The part of a key that keeps records within their negotiation."""
    return f"n{negotiation.pk}" if negotiation else f"a{article.pk}"


def article_free(key: str, article_id: int) -> str:
    """A report key without its article's id: the same for every copy of the article."""
    return key.replace(f":a{article_id}:", ":a:").replace(f":article-{article_id}", ":article")


def _key(*parts: object) -> str:
    key = ":".join("" if part is None else str(part) for part in parts)
    return key if len(key) <= MAX_KEY else f"{key[:150]}:{digest(key)[:40]}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else "undated"


def statement_key(scope: str, speaker_id: int, sentence: str, said_on: date | None) -> str:
    """Speaker, the normalised sentence and the day it was said."""
    sentence_digest = digest(normalize_alias(sentence))[:32]
    return _key("statement", scope, speaker_id, sentence_digest, _day(said_on))


def meeting_key(
    scope: str,
    kind: str,
    participants: list[Actor],
    when: date | None,
    date_text: str | None,
    article: int,
) -> str:
    """Call or not, the parties taking part and the date; an undated, unplaced meeting stays
    with its article."""
    parties = sorted({party_of(actor) for actor in participants})
    if when:
        moment = when.isoformat()
    elif date_text and normalize_alias(date_text):
        moment = "text-" + normalize_alias(date_text)
    else:
        moment = f"article-{article}"
    contact = "call" if kind == "call" else "meeting"
    return _key("meeting", scope, contact, "-".join(map(str, parties)), moment)


def proposal_key(scope: str, proposer: Actor | None, kind: str, title: str) -> str:
    """Proposer (or none), kind and the words of the title that give its scope."""
    own_words = set()
    if proposer is not None:
        for word in normalize_alias(proposer.name).split():
            own_words |= {word, word + "s"}
    words = normalize_alias(title).split()
    scope_words = sorted({w for w in words if w not in NON_SCOPE_WORDS and w not in own_words})
    proposer_id = proposer.pk if proposer else "none"
    return _key("proposal", scope, proposer_id, kind, "-".join(scope_words))


def response_key(proposal_id: int, actor_id: int, response: str) -> str:
    """The proposal, who responded and how."""
    return _key("response", proposal_id, actor_id, response)


def position_key(scope: str, actor_id: int, issue_id: int, stance: str, as_of: date | None) -> str:
    """Who, on what, which way, as of when."""
    return _key("position", scope, actor_id, issue_id, stance, _day(as_of))

"""Speech set out by layout, not by a reporting verb: the turns of a transcript ("NAME: …",
"A: …") and the answers of an interview, every sentence of which is its speaker's words."""

from __future__ import annotations

import re
from typing import NamedTuple

from .analysis import Analysis
from .lexicon import (
    ANSWER_LABELS,
    FIRST_PERSON_WORDS,
    INTERVIEW_GIVING,
    PROGRAMME_STAFF,
    QUESTION_LABELS,
    SECOND_PERSON_WORDS,
)

# A label opening a paragraph: up to four words, up to two asides, a colon and the words; a
# debate record puts a member's seat and party in the asides ("Ann Lee (Leeds) (Lab):"), or
# the name after a minister's office ("The Minister for Europe (Dan Ash):").
_LABEL = re.compile(
    r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})(?: \(([^)\n]{0,80})\)){0,2}:\s+"
)
# "Q. …" and "A. …": an interview's labels may close with a full stop instead.
_LETTER_LABEL = re.compile(r"([QA])\.\s+")
_MIN_TURNS = 2  # one labelled line is a heading or a dateline; a transcript has several
_MIN_QUESTIONS = 3  # fewer questions are sub-headings or a reader's aside, not an interview
_QUESTION_SENTENCES = 3  # an interviewer's question runs to a few sentences at most
_QUOTE_MARKS = '“”"'
_LETTERS = ("Q", "A")  # the letters _LETTER_LABEL opens with
_STAFF_REACH = 4  # words from "correspondent" to the name it introduces ("our reporter in Goma, X")


class Turn(NamedTuple):
    """A sentence spoken in a turn, its speaker and where its words start after any label;
    `staff` when a label or the text calls the speaker the programme's anchor, host or
    correspondent."""

    sentence: int
    speaker: str
    words_start: int
    staff: bool = False


def spoken_turns(a: Analysis) -> list[Turn]:
    """The sentences a transcript's labelled turns or an interview's answers give a speaker."""
    paragraphs = _paragraphs(a)
    return _labelled_turns(a, paragraphs) or _unlabelled_answers(a, paragraphs)


def asked_sentences(a: Analysis) -> frozenset[int]:
    """The sentences of an interviewer's labelled questions ("Q: Baku says X. Will you?"):
    what a question reports is the premise of a question, not a side's statement."""
    return frozenset(
        s
        for paragraph in _paragraphs(a)
        if _label(a, paragraph[0])[0] == "question"
        for s in paragraph
    )


def _paragraphs(a: Analysis) -> list[list[int]]:
    """The sentence indices of each paragraph."""
    text, paragraphs, previous_end = a.document.text, [], None
    for s, span in enumerate(a.sentences):
        # A search within the gap, not a slice of it: this runs for every sentence, twice.
        if previous_end is None or text.find("\n", previous_end, span.start) >= 0:
            paragraphs.append([])
        paragraphs[-1].append(s)
        previous_end = span.end
    return paragraphs


def _labelled_turns(a: Analysis, paragraphs: list[list[int]]) -> list[Turn]:
    """Turns opened by a speaker's label, each running on over unlabelled paragraphs up to the
    next label; questions and an interviewer's turns are left out."""
    labels = [_label(a, p[0]) for p in paragraphs]
    kinds = {kind for kind, _, _ in labels} - {"unknown"}
    # An "A." opening a paragraph is an initial ("A. Ruiz said") unless questions are labelled.
    keep = kinds - {None} if "question" in kinds else kinds - {None, "answer"}
    opened = [i for i, (kind, _, _) in enumerate(labels) if kind in keep]
    if len(opened) < _MIN_TURNS:
        return []
    interviewee = _interviewee(a, paragraphs[: opened[0]])
    spoken = [(paragraphs[i], labels[i][1]) for i in opened if labels[i][0] == "turn"]
    asking = _interviewers(a, spoken)
    staff = {who for p, who in spoken if _names_staff(a, p[0]) or _introduced_as_staff(a, who)}
    turns, speaker = [], None
    # Paragraphs after the last label are the programme's own text, not a turn's.
    for i in range(opened[0], opened[-1] + 1):
        kind, who, words_start = labels[i]
        if kind in keep or kind == "unknown":
            speaker = interviewee if kind == "answer" else who if kind == "turn" else None
        else:
            words_start = a.sentences[paragraphs[i][0]].start
        if speaker is not None and speaker not in asking:
            said = _statements(a, paragraphs[i], speaker, words_start)
            turns += [turn._replace(staff=speaker in staff) for turn in said]
    return turns


def _names_staff(a: Analysis, s: int) -> bool:
    """Whether the sentence's label calls its speaker the programme's own ("ANCHOR (X):")."""
    label = _LABEL.match(a.sentences[s].text)
    words = re.findall(r"[a-z]+", label.group().lower()) if label else []
    return not PROGRAMME_STAFF.isdisjoint(words)


def _introduced_as_staff(a: Analysis, who: str) -> bool:
    """Whether the text brings the speaker in as the programme's own ("our correspondent Ali
    Hassan is there", "our reporter in Goma, Ali Hassan"), whose later label is a bare name."""
    for mention in a.mentions:
        if mention.actor.name != who:
            continue
        k = a.token_index(mention.start)
        before = a.tokens[max(0, k - _STAFF_REACH) : k]
        if not PROGRAMME_STAFF.isdisjoint(t.lower for t in before) and not any(
            "\n" in a.document.text[t.end : mention.start] for t in before
        ):
            return True
    return False


def _label(a: Analysis, s: int) -> tuple[str | None, str | None, int]:
    """What opens the sentence: ("question" | "answer" | "turn", speaker, end of the label)."""
    span = a.sentences[s]
    label = _opening_label(span.text)
    if label is None:
        return None, None, span.start
    word, end = label.group(1).lower(), span.start + label.end()
    if span.text[label.end() : label.end() + 1] in _QUOTE_MARKS:
        return None, None, span.start  # a live blog's labelled quotation, not a turn
    if word in QUESTION_LABELS:
        return "question", None, end
    if word in ANSWER_LABELS:
        return "answer", None, end
    person = _labelled_person(a, span.start, label)
    if person:
        return "turn", person, end
    # "REYES: …" for a speaker the article never names in full still ends the turn before.
    return ("unknown" if label.group(1).isupper() else None), None, span.start


def _opening_label(text: str) -> re.Match | None:
    """A speaker's label or an interview's letter opening the text, if any; most sentences
    have neither, so the colon or letter each needs is looked for before its pattern."""
    label = _LABEL.match(text) if ":" in text else None
    return label or (_LETTER_LABEL.match(text) if text.startswith(_LETTERS) else None)


def _labelled_person(a: Analysis, start: int, label: re.Match) -> str | None:
    """The person a label names whole, before any aside ("Ruto said:" or "Kenya:" names no
    one), else the person an office's aside names whole ("The Minister (Dan Ash):")."""
    named = a.mentions_in(start, start + label.end(1))
    person = next((m for m in named if m.actor.kind == "person" and not m.possessive), None)
    whole = person is not None and person.end == start + label.end(1)
    if whole and (label.group(1).isupper() or person.start == start):
        return person.actor.name
    if person is not None or label.group(2) is None:
        return None
    aside = a.mentions_in(start + label.start(2), start + label.end(2))
    holder = aside[0] if len(aside) == 1 and aside[0].actor.kind == "person" else None
    spans = holder is not None and (holder.start, holder.end) == (
        start + label.start(2),
        start + label.end(2),
    )
    return holder.actor.name if spans else None


def _interviewers(a: Analysis, turns: list[tuple[list[int], str]]) -> set[str]:
    """Speakers every turn of whom ends in a question: they put the questions."""
    asks: dict[str, bool] = {}
    for p, who in turns:
        asks[who] = asks.get(who, True) and a.sentences[p[-1]].text.endswith("?")
    return {who for who, always in asks.items() if always}


def _unlabelled_answers(a: Analysis, paragraphs: list[list[int]]) -> list[Turn]:
    """An interview laid out as question paragraphs, each followed by its answer."""
    questions = [i for i, p in enumerate(paragraphs) if _is_question(a, p)]
    if len(questions) < _MIN_QUESTIONS:
        return []
    bounds = [*questions, len(paragraphs)]
    answers = [paragraphs[q + 1 : nxt] for q, nxt in zip(bounds, bounds[1:], strict=False)]
    asked = [paragraphs[q] for q in questions]
    if not all(answers) or 2 * sum(map(_converses(a), asked, answers)) < len(answers):
        return []
    interviewee = _interviewee(a, paragraphs[: questions[0]])
    if interviewee is None:
        return []
    return [
        turn
        for answer in answers
        for p in answer
        for turn in _statements(a, p, interviewee, a.sentences[p[0]].start)
    ]


def _is_question(a: Analysis, paragraph: list[int]) -> bool:
    """A short paragraph with an unquoted question of its own."""
    texts = [a.sentences[s].text for s in paragraph]
    return (
        len(paragraph) <= _QUESTION_SENTENCES
        and any(t.endswith("?") for t in texts)
        and not any(mark in t for t in texts for mark in _QUOTE_MARKS)
    )


def _converses(a: Analysis):
    """Whether a question and its answer are an exchange between two people: the answer
    speaks in the first person, or the question addresses the one answering ("Will you
    meet them?"); an explainer's headings and paragraphs do neither."""

    def uses(paragraphs: list[list[int]], words: frozenset[str]) -> bool:
        return any(
            token.lower in words and not a.in_quote(token.start)
            for p in paragraphs
            for s in p
            for token in a.tokens[a.sentence_tokens[s].start : a.sentence_tokens[s].stop]
        )

    def converse(question: list[int], answer: list[list[int]]) -> bool:
        return uses(answer, FIRST_PERSON_WORDS) or uses([question], SECOND_PERSON_WORDS)

    return converse


def _interviewee(a: Analysis, intro: list[list[int]]) -> str | None:
    """The person the introduction presents: the one the headline names, else the first."""
    if not intro:
        return None
    start, end = a.sentences[intro[0][0]].start, a.sentences[intro[-1][-1]].end
    people = [m.actor for m in a.mentions_in(start, end) if m.actor.kind == "person"]
    title = (a.document.title or "").lower()
    headlined = [p for p in people if p.name.split()[-1].lower() in title]
    giver = None if headlined else _giving_interview(a, intro)
    if giver is not None:
        return giver[0].name if giver else None  # a giver no name of ours stands for
    chosen = headlined or people
    return chosen[0].name if chosen else None


def _giving_interview(a: Analysis, intro: list[list[int]]) -> list | None:
    """The person an introduction says gave the interview, as a list of one, or of none where
    the one named is no actor of ours; None where no sentence says it."""
    for s in reversed([s for paragraph in intro for s in paragraph]):
        tokens = a.tokens[a.sentence_tokens[s].start : a.sentence_tokens[s].stop]
        for i in range(len(tokens) - 1):
            giver = _interview_giver(a, tokens, i) if _gives_interview(tokens, i) else None
            if giver is not None:
                return giver
    return None


def _interview_giver(a: Analysis, tokens, i: int) -> list | None:
    """Who gives the interview token i's verb tells of: the person it is given to where the
    outlet is the one speaking ("Our correspondent sat down with X"); the one speaking where
    the one spoken to is an outlet or us ("X, who chairs the commission, talked to the Lake
    Herald", "Speaking to us in Juba, X said"); None where two people talk or the giver is
    a pronoun ("The Review spoke to her"), whose person the introduction names elsewhere."""
    j = i + 3 if tokens[i + 1].lower == "down" else i + 2  # "sat down with X"
    if j >= len(tokens):
        return None
    spoken_to = a.mention_at(tokens[j].start)
    before = [m.actor for m in a.mentions_in(tokens[0].start, tokens[i].start)]
    people = [actor for actor in before if actor.kind == "person"]
    if spoken_to is not None:
        return [spoken_to.actor] if spoken_to.actor.kind == "person" and not people else None
    if not _names_outlet(tokens, j):
        return None
    if people or i > 0:
        return people[-1:] if people or _opens_with_name(tokens, i) else None
    after = a.mentions_in(tokens[j].start, tokens[-1].end)
    return [m.actor for m in after if m.actor.kind == "person"][:1] or None


def _names_outlet(tokens, j: int) -> bool:
    """Whether the words from j name an outlet or the writers: a name ("the Lake Herald") or
    the first person ("told us"), not a common noun ("reporters") or a third person."""
    if tokens[j].lower in FIRST_PERSON_WORDS:
        return True
    if tokens[j].lower == "the" and j + 1 < len(tokens):
        j += 1
    return tokens[j].text[:1].isupper()


def _opens_with_name(tokens, i: int) -> bool:
    """Whether the words before token i open with a name no actor of ours stands for."""
    return i >= 2 and tokens[0].lower != "the" and all(t.text[:1].isupper() for t in tokens[:2])


def _gives_interview(tokens, i: int) -> bool:
    """Whether token i is a verb of giving an interview with its particle after it."""
    return INTERVIEW_GIVING.get(tokens[i].lemma) == tokens[i + 1].lower and (
        tokens[i + 1].lower != "down" or i + 2 < len(tokens) and tokens[i + 2].lower == "with"
    )


def _statements(a: Analysis, paragraph: list[int], speaker: str, words_start: int) -> list[Turn]:
    """Each sentence of a turn that is not a question, as the speaker's."""
    return [
        Turn(s, speaker, max(words_start, a.sentences[s].start))
        for s in paragraph
        if not a.sentences[s].text.endswith("?")
    ]

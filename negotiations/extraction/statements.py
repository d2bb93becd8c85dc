"""Statements: sentences that report what an actor said, directly or in reported speech."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from .actors import lemma_of
from .analysis import Analysis
from .coreference import opens_with_unnamed_person, state_of
from .dates import find_dates, is_calendar_date
from .grammar import (
    aside_before,
    breaks_after,
    document_author,
    first_subject,
    gap_after,
    gap_before,
    is_adverbial_once,
    is_inverted,
    is_passive,
    is_past,
    is_verb_negated,
    is_verb_use,
    joint_source,
    mention_after,
    naming_as,
    passive_agent,
    quoted_as_saying,
    source_phrase_end,
    source_reference,
    statement_author,
    subject_after,
    subjects,
)
from .lexicon import (
    ALL_PREPOSITIONS,
    ARTICLES,
    CLAUSE_SPEECH_VERBS,
    CLAUSE_SUBORDINATORS,
    COMMENT_CLAUSE_OPENERS,
    CONDITION_OPENERS,
    COORDINATORS,
    DEFINITE_DETERMINERS,
    EDITORIAL_OPENINGS,
    EMPHASIS_INFERENCE_VERBS,
    EXPLETIVE_SUBJECTS,
    FUNCTION_WORDS,
    FUTURE_ADVERBS,
    HEADLINE_LABELS,
    HOSTING_VERBS,
    INDEFINITE_ARTICLES,
    INFERENCE_VERBS,
    JOINT_MARKERS,
    LIST_ITEM_OPENERS,
    MODALS,
    NAMING_VERBS,
    NEGATORS,
    NUMBER_WORDS,
    ORGAN_NOUNS,
    PARTICLES,
    PARTNER_PREPOSITIONS,
    PERSON_PRONOUNS,
    PROPOSER_VERBS,
    RARITY_ADVERBS,
    REJECTION_SPEECH_VERBS,
    RELATIVES,
    REPORTER_NOUNS,
    REPORTING_VERBS,
    SOURCE_PHRASES,
    SPEECH_IDIOMS,
    SPEECH_NOUNS,
    STATE_ORGANS,
    SUBJECT_GAP_WORDS,
    SUBORDINATORS,
    THING_PRONOUNS,
    TIME_TO_COME_OPENERS,
    TITLE_WORDS,
)
from .records import StatementRecord
from .transcripts import asked_sentences, spoken_turns

_DOUBLE_QUOTE = re.compile('[“”"]')
# A single closing mark right after a clause's last punctuation, where copy mixes the shapes.
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])['’](?=\s)")
_SINGLE_OPEN = re.compile(r"‘|(?<!\w)'(?=\w)")
# A left single mark opening a quotation: not inside a word, where it stands for an ayn
# ("Ma‘rib", "Shi‘a"), nor before an elided decade ("the ‘90s").
_LEFT_SINGLE_QUOTE = re.compile(r"(?<![\w’‘])‘(?!\d)")
# Where a quotation opened on a lower-case word would run past another opening mark or a
# sentence's end, the mark was an elision ("‘cause", "‘em"), not a quotation.
_ELISION_RUN = re.compile(r"‘|[.!?]\s")
# A right single mark closing a quotation: after a clause's punctuation, or ending a word
# before a space, punctuation or the text's end, save a plural's possessive ("the parties’
# plan").
_SINGLE_QUOTE_CLOSE = re.compile(
    r"(?<=[,.!?])’|(?<!s)’(?=[\s.,;:!?—–)]|$)|(?<=s)’(?=[.,;:!?—–)]|$)"
)
_MIN_QUOTE_WORDS = 4  # shorter quotations are scare quotes or titles, not speech
_QUOTE_BREAK = re.compile(r"[.;:!?“”\"‘]")  # a sentence or clause ends between quote and verb
_OPEN_QUOTE_PARAGRAPHS = 4  # paragraphs a quotation opened without closing may run over
_CLAUSE_START = re.compile(r"^[\s,:]*(?:that\s+)?")
_SENTENCE_END = tuple(".!?:\"”’'…)")  # "'": British copy closes quotations with single marks
# " - said Dar." / " – Dar said.": the attribution style of many wire translations.
_DASH_TAIL = 80
_DASH_ATTRIBUTION = re.compile(r"\s[-–—]\s*(?:said\s+\S+(?:\s\S+){0,3}|(?:\S+\s){1,4}said)\.?$")


def _idioms_by_head() -> dict[str, tuple[tuple[str, ...], ...]]:
    heads: dict[str, list[tuple[str, ...]]] = {}
    for idiom in SPEECH_IDIOMS:
        heads.setdefault(idiom[0], []).append(idiom[1:])
    return {head: tuple(rests) for head, rests in heads.items()}


# Idioms by their first lemma, so one look-up per token finds them.
_IDIOMS = _idioms_by_head()
_LONGEST_IDIOM_REST = max(len(rest) for rests in _IDIOMS.values() for rest in rests)
_IDIOM_WORDS = frozenset(word for idiom in SPEECH_IDIOMS for word in idiom)
_IDIOM_MODIFIERS = 2  # plain words an idiom may hold ("made it crystal clear")
# A source phrase is found by its first word's lemma ("according" -> "accord").
_SOURCE_HEADS = {lemma_of(phrase[0]) for phrase in SOURCE_PHRASES}
_SPEECH_LEMMAS = REPORTING_VERBS | REJECTION_SPEECH_VERBS
_CUE_LEMMAS = _SPEECH_LEMMAS | NAMING_VERBS | _IDIOMS.keys()
_CUE_OR_SOURCE_HEADS = _CUE_LEMMAS | _SOURCE_HEADS
# The openings as a set, looked up by each length a sentence's first words may take: every
# sentence with a cue is tested against them.
_EDITORIAL_OPENINGS = frozenset(EDITORIAL_OPENINGS)
_EDITORIAL_LENGTHS = sorted({len(opening) for opening in EDITORIAL_OPENINGS})
_EDITORIAL_FIRSTS = frozenset(opening[0] for opening in EDITORIAL_OPENINGS)
_ATTRIBUTION_REACH = 4  # words between a closing quotation and the verb attributing it
_HEARER_WORDS = 4  # words of a hearer between a verb and its "that" ("to the mediators")
_CONDITION_REACH = 4  # words between "if" and the verb of its clause ("if both parties ask")
_BYLINE_PLACE_WORDS = 5  # "reports from Addis Ababa, Ethiopia": the verb, "from" and a place
_FREE_RELATIVE_REACH = 5  # words between "what" and its naming verb ("what the army calls")
_NAMING_REACH = 8  # words between a naming verb and the quotation that names its object
_QUOTE_MARKS = '“”"'
# A bullet or a number opening a list item's line ("- a ceasefire;", "2) talks resume").
_LIST_ITEM = re.compile(r"(?:[-–—•*▪◦·]|\(?\d{1,2}[.)])\s")
# A speaker's label opening a paragraph of a transcript or a live blog, before a quotation:
# "Defence Minister X: \"…\"", "14:05 - X: \"…\"", "X (archive clip, May): \"…\"", and an
# embedded social post's header, "X (@handle) April 2, 2026: \"…\"".
_SPEAKER_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?[^:\"“\n(]{2,100}?(?:\s\([^)\n]{0,80}\))?"
    r"(?:\s[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?:\s*[\"“]"
)
# The label opening a line before its colon ("HEADLINES:", "In brief:").
_LINE_LABEL = re.compile(r"[ \t]*([A-Za-z][\w'’. ]{2,20})(?::|\s[-–—])\s")
_LABEL_WORDS = 10  # a longer stretch before the colon is a sentence introducing a quotation


def find_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Quotation spans: a double quote closes at the next one of any shape, since copy mixes
    straight and curly marks; one left open ends with its paragraph, or with a later
    paragraph that closes it (a press release quoting a statement over several). Copy with
    no double mark at all quotes with single curly marks (British house style)."""
    if _DOUBLE_QUOTE.search(text) is None:
        return _single_quotes(text)
    quotes, i = [], 0
    while (found := _DOUBLE_QUOTE.search(text, i)) is not None:
        i = found.start()
        paragraph_end = text.find("\n", i)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        double = _DOUBLE_QUOTE.search(text, i + 1, paragraph_end)
        # a single mark closes it only before the next double one: each stretch is read once
        close = _mixed_close(text, i, double.start() if double else paragraph_end) or double
        end = _closing_paragraph(text, paragraph_end) if close is None else close.end()
        quotes.append((i, end))
        i = end
    return tuple(quotes)


def _single_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Spans opened by a left single mark and closed in the same paragraph by the next right
    one that ends a word's run (not an apostrophe inside a word, nor a plural's possessive
    before a lower-case word); a mark left open there is a stray apostrophe ("‘til")."""
    quotes, i = [], 0
    while (opened := _LEFT_SINGLE_QUOTE.search(text, i)) is not None:
        start = opened.start()
        paragraph_end = text.find("\n", start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        close = _SINGLE_QUOTE_CLOSE.search(text, start + 1, paragraph_end)
        if close is not None and text[start + 1 : start + 2].islower():
            inner = _ELISION_RUN.search(text, start + 1, close.start())
            close = None if inner else close
        if close is not None:
            quotes.append((start, close.end()))
        i = close.end() if close else start + 1
    return tuple(quotes)


def _mixed_close(text: str, i: int, stop: int) -> re.Match | None:
    """ "\"The talks are over,' he said": a single mark after a quotation's last word closes
    one a double mark opened, unless a single mark opened a quotation inside it."""
    close = _SINGLE_CLOSE.search(text, i + 1, stop)
    inner = close is not None and _SINGLE_OPEN.search(text, i + 1, close.start())
    return None if inner else close


def _closing_paragraph(text: str, paragraph_end: int) -> int:
    """Where a quotation left open at paragraph_end closes: at the end of a later paragraph,
    within a few, whose only quotation mark closes it; else at paragraph_end."""
    mark = _DOUBLE_QUOTE.search(text, paragraph_end)
    if mark is None or text.count("\n", paragraph_end, mark.start()) > _OPEN_QUOTE_PARAGRAPHS:
        return paragraph_end
    line_start = text.rfind("\n", 0, mark.start()) + 1
    closes_line = text[mark.end() :].lstrip(" \t")[:1] in {"\n", ""}
    opens_line = not text[line_start : mark.start()].strip()
    return mark.end() if closes_line and not opens_line else paragraph_end


def quote_stage(a: Analysis) -> Analysis:
    """Mark quotation spans."""
    quotes = find_quotes(a.document.text)
    return a.replaced(quotes=quotes, _quote_starts=tuple(q[0] for q in quotes))


_RELAYED_REACH = 12  # words from a relayed speech verb to the clause or quotation it gives
_Act = tuple[str, int, float]  # a speech act: speaker, cue token, confidence


def statement_stage(a: Analysis) -> Analysis:
    """Attribute every speech-reporting sentence to its speaker."""
    speakers: dict[int, str] = {}
    joint: dict[int, tuple[str, ...]] = {}  # sentences where one speech act had several authors
    records: list[StatementRecord] = []
    # One pass over the words finds every candidate cue; sentences then slice their own.
    lemmas = map(attrgetter("lemma"), a.tokens)
    heads = [k for k, lemma in enumerate(lemmas) if lemma in _CUE_OR_SOURCE_HEADS]
    cue_words = [k for k in heads if _is_cue_word(a, k, a.tokens[k].lemma)]
    asked = asked_sentences(a) if cue_words else frozenset()
    for s, span in enumerate(a.sentences):
        tokens = a.sentence_tokens[s]
        candidates = cue_words[
            bisect_left(cue_words, tokens.start) : bisect_left(cue_words, tokens.stop)
        ]
        # Headlines and captions carry no full stop; they repeat the story's speech.
        if not candidates or not span.text.endswith(_SENTENCE_END) or s in asked:
            continue
        if _is_subheading(a, s):
            continue
        said: set[str] = set()
        acts: list[_Act] = []
        for speaker, verb, confidence in _speech_acts(a, s, candidates, speakers):
            acts.append((speaker, verb, confidence))
            if speaker in said:
                continue
            said.add(speaker)
            speakers.setdefault(s, speaker)
            records.append(_record(a, s, speaker, verb, confidence))
        # "The statement said", "it added": a text several authors issued speaks for each.
        shared = _shared_authors(a, s, acts, candidates, speakers, joint)
        for speaker, verb, confidence in shared:
            if speaker not in said:
                said.add(speaker)
                records.append(_record(a, s, speaker, verb, confidence))
        passed_on = shared != acts  # "it added" passes the text's authors on to the next
        joint.update(
            {s: tuple(x for x, _, _ in shared)} if passed_on else _joint_acts(a, s, acts, joint)
        )
    records.extend(_dash_paragraphs(a, speakers, records))
    records.extend(_list_items(a, speakers, records))
    records.extend(_labelled_quotes(a, speakers))
    records.extend(_turn_records(a, speakers, records))
    records.extend(_quote_continuations(a, speakers, records))
    records.sort(key=lambda r: r.evidence.start)
    return a.replaced(statements=tuple(records))


def _shared_authors(
    a: Analysis,
    s: int,
    acts: list[_Act],
    cues: list[int],
    speakers: dict[int, str],
    joint: dict[int, tuple[str, ...]],
) -> list[_Act]:
    """ "X and Y said in a joint statement… The statement said", "…,\" it added", "the
    ministers wrote": the text or the group several authors made up, referred back to,
    speaks for each of them; a subject that found no speaker of its own too."""
    if not joint:
        return acts  # no joint act yet to refer back to
    before = next((s - back for back in (1, 2) if s - back in speakers), None)
    authors = joint.get(before, ())
    verbs = {verb for _, verb, _ in acts}
    if not authors or len(verbs) > 1:
        return acts
    if acts:
        speaker, verb, confidence = acts[0]
        # "X and his counterpart Y said in a joint statement… The joint statement also said":
        # the text named again is the one they issued, whatever sides its noun alone means
        named_again = len(acts) > 1 and _names_joint_text(a, s, verb)
        shared = (named_again or speaker in authors) and _refers_to_text(a, s, verb)
        return [(author, verb, confidence) for author in authors] if shared else acts
    verb = next((k for k in _cues(a, s, cues) if _refers_to_text(a, s, k)), None)
    return [] if verb is None else [(author, verb, 0.6) for author in authors]


def _names_joint_text(a: Analysis, s: int, verb: int) -> bool:
    """Whether the subject of the verb at token `verb` is "the joint statement": a definite
    speech noun that a joint marker qualifies."""
    first = a.sentence_tokens[s].start
    k = verb - 1
    while k > first and a.tokens[k].lower in SUBJECT_GAP_WORDS:
        k -= 1
    noun = a.tokens[k]
    joint = k - 1 > first and a.tokens[k - 1].lower in JOINT_MARKERS
    return noun.lower in SPEECH_NOUNS and joint and a.tokens[k - 2].lower in DEFINITE_DETERMINERS


def _joint_acts(
    a: Analysis, s: int, acts: list[_Act], joint: dict[int, tuple[str, ...]]
) -> dict[int, tuple[str, ...]]:
    """The sentence's authors when one speech act in it has several, each named there ("X
    and Y said") or the same as a joint act's before ("The four countries said"); sides a
    joint noun was only taken to mean are too unsure to pass on."""
    if len(acts) < 2:
        return {}  # one act has one author
    named = None  # the actors the sentence names, and their states, once an act has several
    for verb in dict.fromkeys(k for _, k, _ in acts):
        authors = tuple(dict.fromkeys(x for x, k, _ in acts if k == verb))
        if len(authors) < 2:
            continue
        if named is None:
            span = a.sentences[s]
            named = {m.actor.name for m in a.mentions_in(span.start, span.end)}
            named |= {state_of(a, name) for name in named}
        if named.issuperset(authors) or authors in joint.values():
            return {s: authors}
    return {}


def _refers_to_text(a: Analysis, s: int, verb: int) -> bool:
    """Whether the subject of the verb at token `verb` refers back to a joint act's authors
    together: "it", "the (joint) statement", or a plural after "the" ("the ministers wrote")."""
    first = a.sentence_tokens[s].start
    k = verb - 1
    while k > first and a.tokens[k].lower in SUBJECT_GAP_WORDS and not breaks_after(a, k):
        k -= 1
    token = a.tokens[k] if k >= first else None
    if token is None:
        return False
    # "the joint statement": the marker stands between the article and its noun
    article = k - 1 - (k - 1 > first and a.tokens[k - 1].lower in JOINT_MARKERS)
    definite = article >= first and a.tokens[article].lower in DEFINITE_DETERMINERS
    plural = token.lower != token.lemma and token.lower.endswith("s") and token.text.islower()
    return token.lower == "it" or definite and (token.lower in SPEECH_NOUNS or plural)


def _by_own_reporter(a: Analysis, s: int, verb: int) -> bool:
    """ "Our correspondent, X, reported that…": the outlet's own staff relay the words of
    the speaker their clause names; they say nothing themselves."""
    if "our" not in a.words(s):
        return False
    first = a.sentence_tokens[s].start
    tokens = a.tokens[first:verb]
    for n, token in enumerate(tokens):
        # "Speaking to our correspondent, X said": the reporter is spoken to, not speaking
        addressed = n > 0 and tokens[n - 1].lower in PARTNER_PREPOSITIONS
        if addressed:
            continue
        if token.lower == "our" and {t.lower for t in tokens[n + 1 : n + 3]} & REPORTER_NOUNS:
            # The verb is theirs unless a reported clause opens between them and it.
            rest = tokens[n + 1 :]
            return not any(t.lower == "that" or t.lemma in REPORTING_VERBS for t in rest)
    return False


def _speech_acts(a: Analysis, s: int, candidates: list[int], speakers: dict[int, str]):
    """(speaker, cue token, confidence) for each speech act the sentence reports."""
    participles, found = [], False
    said_at = None  # the first finite verb that gave the sentence a speaker
    for k in _cues(a, s, candidates):
        if _by_own_reporter(a, s, k):
            continue
        if (phrase_end := source_phrase_end(a, k)) > k:
            for speaker in _sources(a, s, phrase_end, speakers):
                found = True
                yield speaker, k, 0.8
            continue
        elif _is_adjunct_participle(a, s, k):
            participles.append(k)
            continue
        elif (is_passive(a, s, k) or naming_as(a, s, k) is not None) and quoted_as_saying(
            a, s, k
        ) is None:
            # "X said a truce was needed, provided it was verified by the UN": the agent of
            # a passive inside the reported clause says nothing itself; a proposal's agent
            # ("the statement said the plan was proposed by Qatar") still proposed it.
            reported = said_at is not None and _in_reported_clause(a, s, said_at, k)
            if reported and a.tokens[k].lemma not in PROPOSER_VERBS:
                continue
            speaker, confidence = passive_agent(a, s, k), 0.8
        else:
            if said_at is not None and _after_comment_clause(a, s, said_at, k):
                continue  # "As X told reporters, Moscow welcomes…": X's words
            if said_at is not None and _in_reported_clause(a, s, said_at, k):
                # "The army said Lt Gen X conveyed to his counterpart that…": a person the
                # reported clause names as saying something speaks too, at second hand.
                for speaker in _relayed_speakers(a, s, k, speakers):
                    yield speaker, k, 0.6
                continue
            # A joint subject ("both sides said") makes one statement per speaker.
            for speaker in _verb_subjects(a, s, k, speakers):
                found = True
                said_at = k if said_at is None else said_at
                yield speaker, k, 0.9
            continue
        if speaker is not None:
            found = True
            yield speaker, k, confidence
    yield from _participles_of_a_later_clause(a, s, participles, said_at, speakers)
    if participles and _participle_speaks(a, s, participles[0], found, said_at):
        speaker = first_subject(a, s, participles[0], speakers)
        if speaker is not None:
            yield speaker, participles[0], 0.6


def _sources(a: Analysis, s: int, phrase_end: int, speakers: dict[int, str]) -> list[str]:
    """The speakers of a source phrase ending at token `phrase_end`: one per side of a joint
    text ("according to a joint statement"), else the phrase's one source."""
    sides = list(joint_source(a, s, phrase_end))
    speaker = sides or (
        subject_after(a, s, phrase_end, speakers)
        or document_author(a, s, phrase_end)
        or source_reference(a, s, phrase_end, speakers)
    )
    return sides or ([] if speaker is None else [speaker])


def _participle_speaks(a: Analysis, s: int, j: int, found: bool, said_at: int | None) -> bool:
    """ "…, saying that": whether the participle at token j speaks for the main clause's
    subject: when nothing else spoke and no semicolon opened a clause of its own before it,
    or before a later clause with a speaker of its own ("X rejected it, saying…, while Y
    said…"), but not as an aside set off right before the subject's own verb ("X, posting on
    Telegram, retorted")."""
    if said_at is None or j > said_at:
        return not found and _semicolon_before(a, a.sentence_tokens[s].start, j) is None
    return not aside_before(a, j, said_at)


def _participles_of_a_later_clause(
    a: Analysis, s: int, participles: list[int], said_at: int | None, speakers: dict[int, str]
):
    """ "X told…; days later Y struck a softer tone, telling…", "X met Y on Monday; a day
    later Z, speaking in Baku, said…": a participle after a semicolon speaks for the subject of
    the clause the semicolon opens."""
    start = a.sentence_tokens[s].start if said_at is None else said_at
    for k in participles:
        semicolon = _semicolon_before(a, start, k)
        if semicolon is None:
            continue
        speaker = first_subject(a, s, k, speakers, start=semicolon + 1)
        if speaker is not None:
            yield speaker, k, 0.6


def _semicolon_before(a: Analysis, start: int, k: int) -> int | None:
    """The token a semicolon follows between tokens `start` and k, if any."""
    return next((j for j in range(start, k) if ";" in gap_after(a, j)), None)


def _relayed_speakers(a: Analysis, s: int, k: int, speakers: dict[int, str]) -> list[str]:
    """The people a reported clause names as the subject of its speech verb at k; none for a
    verb of inference ("A and B had indicated readiness") or a subject not wholly people."""
    if a.tokens[k].lemma in INFERENCE_VERBS or not _words_follow(a, s, k):
        return []  # "Trump had expressed readiness", "hoped to host": no words are given
    found = _verb_subjects(a, s, k, speakers)
    kinds = {m.actor.name: m.actor.kind for m in a.mentions}
    return found if found and all(kinds.get(x) == "person" for x in found) else []


def _words_follow(a: Analysis, s: int, k: int) -> bool:
    """Whether the verb at k gives words: a "that" clause or a quotation opens a few words
    after it ("conveyed to his counterpart, General X, that…", "conveyed \"in clear terms\"")."""
    stop = min(a.sentence_tokens[s].stop, k + 1 + _RELAYED_REACH)
    aim = k + 2 < stop and a.tokens[k + 1].lower == "to" and a.tokens[k + 2].text.islower()
    if aim and a.tokens[k + 2].lower not in FUNCTION_WORDS:
        return False  # "hoped to host", "wanted to sign": an aim, not words given
    for j in range(k, stop):
        if any(mark in gap_after(a, j) for mark in _QUOTE_MARKS) or a.tokens[j].lower == "that":
            return True
        if ";" in gap_after(a, j):
            return False
    return False


def _in_reported_clause(a: Analysis, s: int, said: int, k: int) -> bool:
    """ "X said countries including A and B had indicated readiness": a verb inside the
    clause an earlier verb reports is that speaker's account, no statement of A's or B's; a
    verb coordinated after a comma ("…, and Y told reporters") or a semicolon is a new one."""
    if a.in_quote(a.tokens[k].start) or _after_quotation(a, said):
        return False
    # "X proposed a halt and \"Y responded…,\" the statement said": the verb attributes
    # the quotation right before it (a quotation further back is the first speaker's).
    if any(a.in_quote(a.tokens[j].start) for j in range(max(said + 1, k - _ATTRIBUTION_REACH), k)):
        return False
    # "While X has said…, Y notes", "X announced a truce, days after Y proposed": a
    # subordinate clause is no reported one.
    first = a.sentence_tokens[s].start
    if any(a.tokens[j].lower in CLAUSE_SUBORDINATORS for j in range(first, k)):
        return False
    for j in range(said, k):
        if ";" in gap_after(a, j):
            return False
        if a.tokens[j + 1].lower in COORDINATORS and breaks_after(a, j):
            return False
    return True


_COMMENT_HEARERS = REPORTER_NOUNS | ARTICLES


def _after_comment_clause(a: Analysis, s: int, said: int, k: int) -> bool:
    """Whether the verb at k stands in the main clause after a comment clause ("As X told
    reporters, …") whose verb at `said` gave the sentence its speaker."""
    first = a.sentence_tokens[s].start
    if a.tokens[first].lower not in COMMENT_CLAUSE_OPENERS:
        return False
    comma = next((j for j in range(first, k) if breaks_after(a, j)), None)
    if comma is None or said > comma:
        return False
    # "As X noted in Brussels, …", "As X told reporters, …": a verb with no object or clause
    # of its own; "As X announced the talks, Y said…" is a clause of time, and Y speaks.
    j = said + 1
    while j <= comma and a.tokens[j].lower in _COMMENT_HEARERS:
        j += 1
    adjunct = [t.lower for t in a.tokens[j : comma + 1]]
    return not adjunct or adjunct[0] in ALL_PREPOSITIONS and not SUBORDINATORS & set(adjunct)


def _after_quotation(a: Analysis, k: int) -> bool:
    """Whether the verb at k closes a quotation ("…,\" the statement said")."""
    return any(mark in gap_before(a, k) for mark in _QUOTE_MARKS)


def _verb_subjects(a: Analysis, s: int, k: int, speakers: dict[int, str]) -> list[str]:
    """The subjects before a finite reporting verb, or after it when the order is inverted."""
    speaker = subject_after(a, s, k, speakers) if is_inverted(a, s, k) else None
    speaker = speaker or quoted_as_saying(a, s, k, speakers)
    if speaker is not None:
        return [speaker]
    found = subjects(a, s, k, speakers)
    author = None if found else statement_author(a, s, k)
    return found or ([author] if author else [])


def _cues(a: Analysis, s: int, candidates: list[int]):
    """Reporting verbs and "according to" outside quotations, used as verbs; a verb of
    refusal only as the sentence's one cue, active, in its main clause ("Serbian demands
    were rejected by Pristina" is the reporter's account)."""
    tokens = a.tokens
    found = [
        k
        for k in candidates
        if not a.in_quote(tokens[k].start)
        and (source_phrase_end(a, k) > k or (_is_speech_verb(a, s, k) and _used_as_verb(a, s, k)))
    ]
    if len(found) > 1:
        found = [k for k in found if tokens[k].lemma not in REJECTION_SPEECH_VERBS]
    refusals = {k for k in found if tokens[k].lemma in REJECTION_SPEECH_VERBS}
    yield from (
        k
        for k in found
        if k not in refusals or (_in_main_clause(a, s, k) and not is_passive(a, s, k))
    )


def _used_as_verb(a: Analysis, s: int, k: int) -> bool:
    """A verb in use, the participle of "quoted as saying", whatever follows it, or one with
    its agent naming a thing in quoted words ("the plan, described by Kyiv as \"a trap\"")."""
    named = naming_as(a, s, k) is not None
    return is_verb_use(a, s, k) or quoted_as_saying(a, s, k) is not None or named


def _in_main_clause(a: Analysis, s: int, k: int) -> bool:
    """No relative, subordinator or reported clause opens before the verb ("a sequence that
    Moscow has rejected", "said Eritrea has rejected"): the verb is the sentence's own."""
    first = a.sentence_tokens[s].start
    # "Speaking to the BBC after the briefing, X rejected it": a participle's lead-in holds
    # its own prepositions, closed by the comma before the subject.
    lead_in = _is_adjunct_participle(a, s, first)
    return not any(
        a.tokens[j].lower in SUBORDINATORS | RELATIVES and not _closed_aside(a, j, k, lead_in)
        for j in range(first, k)
    )


def _closed_aside(a: Analysis, j: int, k: int, lead_in: bool = False) -> bool:
    """ "Lavrov, when asked about the plan, rejected it": the clause token j opens is an
    aside set off by commas (or inside the sentence's lead-in) that closes before the verb at
    k."""
    opened = lead_in or "," in gap_before(a, j)
    return opened and any("," in gap_after(a, m) for m in range(j, k))


def _is_cue_word(a: Analysis, k: int, lemma: str) -> bool:
    # A source phrase may open with a common word ("in the words of"): only the whole
    # phrase makes a sentence worth a look.
    if lemma in _SOURCE_HEADS:
        return source_phrase_end(a, k) > k or lemma in _CUE_LEMMAS
    return lemma in _CUE_LEMMAS


def _is_speech_verb(a: Analysis, s: int, k: int) -> bool:
    """A reporting verb in its speech sense, or the first word of a speech idiom."""
    lemma = a.tokens[k].lemma
    if lemma in _IDIOMS and _idiom_end(a, s, k) > k:
        if k > a.sentence_tokens[s].start and a.tokens[k - 1].lower in EXPLETIVE_SUBJECTS:
            return False  # "It was clear that the truce would hold" is the writer's reading
        # "would call on Kosovo Serbs to…" tells of a call yet to come; "would not rule out"
        # is said now, the negation standing between the modal and the idiom.
        return lemma in NEGATORS or not _is_future(a, s, k)
    if lemma in NAMING_VERBS and not is_verb_negated(a, s, k):
        return not _in_free_relative(a, s, k) and _names_in_quotation(a, s, k)
    # "has not replied", "did not comment", "if both sides ask": no speech is reported.
    if lemma not in _SPEECH_LEMMAS or is_verb_negated(a, s, k) or _in_condition(a, s, k):
        return False
    if _in_clause_to_come(a, s, k):
        return False  # "before she briefs the Council": speech yet to come
    if _after_rarity(a, s, k):
        return False  # "has rarely commented": little or nothing was said
    if _is_future(a, s, k) or _reports_from_place(a, s, k):
        return False
    if lemma in CLAUSE_SPEECH_VERBS:
        return _reports_clause(a, k)
    if lemma in INFERENCE_VERBS and _is_adjunct_participle(a, s, k):
        return False
    if lemma in INFERENCE_VERBS and _takes_noun(a, k):
        # "the visit underlined Washington's role" implies; "the envoy underlined the
        # importance of restraint" says so
        return lemma in EMPHASIS_INFERENCE_VERBS and bool(subjects(a, s, k, {}))
    return lemma not in HOSTING_VERBS or not _hosts_guest(a, k)


def _in_clause_to_come(a: Analysis, s: int, k: int) -> bool:
    """A verb in the present tense in a clause "before", "until" or "once" opens, within its
    clause a few words back."""
    verb = a.tokens[k]
    if is_past(verb, ()) or not (verb.lower == verb.lemma or verb.lower.endswith("s")):
        return False
    return _opened_by(a, s, k, TIME_TO_COME_OPENERS)


def _after_rarity(a: Analysis, s: int, k: int) -> bool:
    """An adverb of rarity within the verb's own clause, a word or two before it."""
    first = a.sentence_tokens[s].start
    for j in range(k - 1, max(first, k - 3) - 1, -1):
        if a.tokens[j].lower in RARITY_ADVERBS:
            return True
        if breaks_after(a, j):
            return False
    return False


def _reports_from_place(a: Analysis, s: int, k: int) -> bool:
    """ "Jane Doe reports from Kyiv.": a correspondent's byline says where, not what."""
    last = a.sentence_tokens[s].stop
    following = a.tokens[k + 1] if k + 1 < last else None
    return following is not None and following.lower == "from" and last - k <= _BYLINE_PLACE_WORDS


def _is_future(a: Analysis, s: int, k: int) -> bool:
    """ "Iran will announce its decision", "Tehran would admit the inspectors": a verb after
    a modal tells of speech yet to come or only possible, not of words said ("would later
    say" is past narrative)."""
    j = k - 1
    while j > a.sentence_tokens[s].start and a.tokens[j].lower in FUTURE_ADVERBS:
        j -= 1
    return a.tokens[j].lower in MODALS and not breaks_after(a, j)


def _takes_noun(a: Analysis, k: int) -> bool:
    """ "Both delegations signalled reservations": a verb of inference with a common noun
    after it shows an attitude; with a clause ("signalled that…", "indicated it would…") it
    reports what was said."""
    following = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
    if (
        following is None
        or _reports_clause(a, k)
        or following.lower in PERSON_PRONOUNS | THING_PRONOUNS
    ):
        return False
    return following.text.islower() and a.mention_at(following.start) is None


def _in_condition(a: Analysis, s: int, k: int) -> bool:
    """ "…, if both parties ask us to": a verb in an open condition reports nothing said."""
    return _opened_by(a, s, k, CONDITION_OPENERS)


def _opened_by(a: Analysis, s: int, k: int, openers: frozenset[str]) -> bool:
    """Whether one of `openers` opens the clause of verb k, a few words back; "once" as an
    adverb opens none ("Once again X says")."""
    first, stop = a.sentence_tokens[s].start, a.sentence_tokens[s].stop
    reach = max(first, k - _CONDITION_REACH)
    # The words around the reach that "once" is told by: one before it, two past the verb.
    base = max(first, reach - 1)
    words = [t.lower for t in a.tokens[base : min(stop, k + 2)]]
    if openers.isdisjoint(words[reach - base : k - base]):
        return False  # most verbs have no opener before them
    for j in range(k - 1, reach - 1, -1):
        if breaks_after(a, j):
            return False
        if words[j - base] in openers and not is_adverbial_once(words, j - base):
            return True
    return False


def _idiom_end(a: Analysis, s: int, k: int) -> int:
    """The last token of the speech idiom starting at token k ("made it clear"), else k."""
    rests = _IDIOMS.get(a.tokens[k].lemma, ())
    if not rests:
        return k
    # The lemmas after k, read once for all the idioms of a common head ("be", "make"); a rest
    # longer than the words left in the sentence matches none.
    stop = min(a.sentence_tokens[s].stop, k + 1 + _LONGEST_IDIOM_REST + _IDIOM_MODIFIERS)
    # "issued a short statement", "made it crystal clear": a plain modifier or two may
    # stand inside the idiom
    kept = [j for j in range(k + 1, stop) if not _idiom_modifier(a, j)]
    following = tuple(a.tokens[j].lemma for j in kept)
    # "summed it up", "spelled them out": an object pronoun before a phrasal verb's particle
    pronoun = len(following) > 1 and following[0] in THING_PRONOUNS
    if pronoun and following[1] in PARTICLES and (following[1],) in rests:
        return kept[1]
    for rest in rests:
        if following[: len(rest)] == rest:
            end = kept[len(rest) - 1]
            if end - k - len(rest) <= _IDIOM_MODIFIERS:
                return end
    return k


def _idiom_modifier(a: Analysis, j: int, depth: int = _IDIOM_MODIFIERS) -> bool:
    """A lower-case adjective or adverb joined to the word before: after an article or a
    pronoun ("a short statement", "it crystal clear") or another such modifier ("a rare
    joint statement"), an adverb in -ly or a hyphened adjective ("near-identical");
    "called airstrikes on" holds a noun, no modifier."""
    token = a.tokens[j]
    plain = token.text.replace("-", "").isalpha()
    if not plain or not token.text.islower() or token.lower in FUNCTION_WORDS:
        return False
    if gap_before(a, j).strip() or token.lemma in _IDIOM_WORDS:
        return False
    if token.lower.endswith("ly") or "-" in token.text:
        return True
    before = a.tokens[j - 1].lower in FUNCTION_WORDS
    return before or depth > 1 and _idiom_modifier(a, j - 1, depth - 1)


def _reports_clause(a: Analysis, k: int) -> bool:
    """A clause or quotation follows ("recalled that", "relayed to Belgrade that",
    "maintained: \"…\"") or precedes ("…,\" she recalled"), so the verb reports speech, not
    an envoy's recall."""
    if _that_after(a, k):
        return True
    if any(mark in gap_after(a, k) + gap_before(a, k) for mark in _QUOTE_MARKS + ":"):
        return True
    return _attributes_quotation_before(a, k)


def _that_after(a: Analysis, k: int) -> bool:
    """ "that" right after the verb, or after its hearer ("relayed to Belgrade that")."""
    j = k + 1
    if j < len(a.tokens) and a.tokens[j].lower == "to":
        last = min(len(a.tokens) - 1, j + _HEARER_WORDS)
        j = next((i for i in range(j + 1, last + 1) if a.tokens[i].lower == "that"), j)
        if any(breaks_after(a, i) for i in range(k, j)):
            return False
    return j < len(a.tokens) and a.tokens[j].lower == "that"


def _attributes_quotation_before(a: Analysis, k: int) -> bool:
    """ "‘A truce nobody monitors,’ he observed": a quotation of some words closed with a
    comma, "?" or "!" a few words before the verb, with only its subject between them; a
    name in quotation marks ("the \"Jeddah declaration\" collapsed") or a quotation ending
    its own sentence ("\"We will never sign.\" Sudan then recalled…") is none."""
    quote = a.quote_before(a.tokens[k].start)
    if quote is None:
        return False
    q_start, q_end = quote
    reach = a.tokens[max(0, k - _ATTRIBUTION_REACH)].start
    between = a.document.text[q_end : a.tokens[k].start]
    if q_end > a.tokens[k].start or q_end < reach or _QUOTE_BREAK.search(between):
        return False
    quoted = a.document.text[q_start:q_end].strip('“”"‘’ ')
    closed = quoted.endswith((",", "?", "!")) or between.lstrip().startswith((",", "—", "–", "--"))
    return closed and len(quoted.split()) >= _MIN_QUOTE_WORDS


def _in_free_relative(a: Analysis, s: int, k: int) -> bool:
    """ "for what it called a \"recommitment dialogue\"", "what Kigali calls its
    \"defensive measures\"": a name borrowed in passing, in a clause of another statement."""
    first = a.sentence_tokens[s].start
    for j in range(k - 1, max(first, k - _FREE_RELATIVE_REACH) - 1, -1):
        if a.tokens[j].lower == "what":
            return True
        if breaks_after(a, j):
            return False
    return False


def _names_in_quotation(a: Analysis, s: int, k: int) -> bool:
    """ "called the truce \"a trap\"": a quotation opens in the verb's clause, after its object."""
    last = min(a.sentence_tokens[s].stop, k + 1 + _NAMING_REACH)
    for j in range(k + 1, last):
        if a.in_quote(a.tokens[j].start):
            return True
        if breaks_after(a, j):
            return False
    return False


def _hosts_guest(a: Analysis, k: int) -> bool:
    """ "welcomed Aliyev to Baku": an actor, not a thing said or done, is the object."""
    mention = mention_after(a, k, len(a.tokens))
    return mention is not None and not mention.possessive


def _is_adjunct_participle(a: Analysis, s: int, k: int) -> bool:
    """ "…, stressing that" or "Confirming the truce, X said": an -ing clause beside the main."""
    first = a.sentence_tokens[s].start
    if not a.tokens[k].lower.endswith("ing"):
        return False
    # The comma may follow a closing quotation mark: "…as \"a stunt\", telling reporters".
    return k == first or gap_before(a, k).strip(" " + _QUOTE_MARKS) in {",", "—", "–", "-"}


def _dash_paragraphs(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Unquoted speech closed by "- said X": the paragraph before the dash is X's."""
    attributed = {r.evidence.start for r in records}
    text = a.document.text
    for s, span in enumerate(a.sentences):
        # The attribution is short, so the sentence's tail is all the pattern needs.
        tail = max(0, len(span.text) - _DASH_TAIL)
        if s not in speakers or not _DASH_ATTRIBUTION.search(span.text, tail):
            continue
        back = s - 1
        while back >= 0 and "\n" not in text[a.sentences[back].end : a.sentences[back + 1].start]:
            if a.sentences[back].start not in attributed:
                speakers[back] = speakers[s]
                attributed.add(a.sentences[back].start)
                yield _record(a, back, speakers[s], None, 0.6)
            back -= 1


def _labelled_quotes(a: Analysis, speakers: dict[int, str]):
    """Quotations after a speaker's label ("Foreign Minister X: \"…\""), which names no verb."""
    for s, span in enumerate(a.sentences):
        if s in speakers or not _opens_paragraph(a, s):
            continue
        # "- RSF adviser X, in a video: \"…\"": a bullet before the label is no word of it
        item = _LIST_ITEM.match(span.text)
        label = _SPEAKER_LABEL.match(span.text, item.end() if item else 0)
        if label is None or len(label.group().split()) > _LABEL_WORDS:
            continue
        named = [m for m in a.mentions_in(span.start, span.start + label.end()) if not m.possessive]
        person = next((m for m in named if m.actor.kind == "person"), None)
        speaker = person or (named[-1] if named else None)
        if speaker is not None:
            speakers[s] = speaker.actor.name
            yield _record(a, s, speaker.actor.name, None, 0.6)


def _turn_records(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Each sentence of a transcript's turn or an interview's answer is its speaker's own
    words, quoted without quotation marks; a speech it reports stays the reported speaker's."""
    said = {(r.evidence.start, r.speaker) for r in records}
    for turn in spoken_turns(a):
        span = a.sentences[turn.sentence]
        # An anchor's or correspondent's turn links and narrates: no side speaks in it, save
        # the sides whose words it reports, found by their verbs like any reporter's.
        if turn.staff or (span.start, turn.speaker) in said:
            continue
        speakers.setdefault(turn.sentence, turn.speaker)
        words = a.document.text[turn.words_start : span.end].strip()
        yield StatementRecord(
            speaker=turn.speaker,
            evidence=span,
            content=words,
            mode="direct",
            date=None,
            confidence=_sureness(a, span, turn.speaker, "direct", 0.7),
        )


def _quote_continuations(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Sentences inside a quotation whose attribution sits in a neighbouring sentence."""
    attributed = {r.evidence.start for r in records}
    starts = [span.start for span in a.sentences]
    ends = [span.end for span in a.sentences]
    for q_start, q_end in a.quotes:
        if len(a.document.text[q_start:q_end].split()) < _MIN_QUOTE_WORDS:
            continue
        # The sentences that overlap the quotation, found by halving, not by a scan.
        inside = range(bisect_right(ends, q_start), bisect_left(starts, q_end))
        speaker = next((speakers[s] for s in inside if s in speakers), None)
        if speaker is None and inside and not _names_another(a, inside[0], q_start):
            speaker = _speaker_before(a, inside[0], q_start, speakers)
        for s in inside:
            if speaker and a.sentences[s].start not in attributed:
                speakers[s] = speaker
                attributed.add(a.sentences[s].start)
                yield _record(a, s, speaker, None, 0.6)


def _names_another(a: Analysis, s: int, q_start: int) -> bool:
    """Whether the sentence names a person before its quotation ("Prime Minister X,
    speaking to reporters, hoped the plan would \"…\""): the quotation is that person's,
    not a continuation of the speaker before."""
    start = a.sentences[s].start
    if any(m.actor.kind == "person" for m in a.mentions_in(start, q_start)):
        return True
    first = a.sentence_tokens[s].start
    # "A spokesperson for the force said it would \"…\"": a speaker the sentence brings in
    # anew is someone else, even when the extractor cannot tell who
    if a.tokens[first].lower in INDEFINITE_ARTICLES and any(
        a.tokens[k].lemma in _SPEECH_LEMMAS and _used_as_verb(a, s, k)
        for k in range(first + 1, a.token_index(q_start))
    ):
        return True
    # "Sihasak said only that…": a name the registry lacks right before a verb of saying
    for k in range(first + 1, a.token_index(q_start)):
        before = a.tokens[k - 1]
        # an organ or title ("the Prime Minister's Office stated:") is no such name
        word = before.text[:1].isupper() and not before.text.isupper()
        organ = before.lower in ORGAN_NOUNS | STATE_ORGANS | TITLE_WORDS
        # nor a place a preposition governs ("the minister for Africa said")
        governed = k - 2 >= first and a.tokens[k - 2].lower in ALL_PREPOSITIONS
        unknown = word and not organ and not governed and a.mention_at(before.start) is None
        if unknown and a.tokens[k].lemma in _SPEECH_LEMMAS and _used_as_verb(a, s, k):
            return before.lower not in PERSON_PRONOUNS | THING_PRONOUNS | DEFINITE_DETERMINERS
    return False


def _speaker_before(a: Analysis, s: int, q_start: int, speakers: dict[int, str]) -> str | None:
    """Who speaks a quotation without attribution: the speaker of the sentence before, or
    for a quotation opening its paragraph, the last speaker of the paragraph before."""
    if s - 1 in speakers or a.sentences[s].start != q_start:
        return speakers.get(s - 1)
    if not _opens_paragraph(a, s):
        # "…," X said. He smiled. "But we are also tired.": a short aside of narrative that
        # names nobody else leaves the quotation with the speaker before it.
        aside = a.sentences[s - 1]
        others = a.mentions_in(aside.start, aside.end) or opens_with_unnamed_person(a, s - 1)
        if s - 2 in speakers and not _opens_paragraph(a, s - 1) and not others:
            quoted = _DOUBLE_QUOTE.search(aside.text) is not None
            return None if quoted else speakers[s - 2]
        return None
    for back in range(s - 1, -1, -1):
        if back in speakers:
            return speakers[back]
        if _opens_paragraph(a, back):
            return None
    return None


def _list_items(a: Analysis, speakers: dict[int, str], records: list[StatementRecord]):
    """Bulleted or numbered lines after "X listed four outcomes:" are X's, and each
    author's of "X and Y said in a joint statement:"."""
    attributed = {r.evidence.start for r in records}
    for s, span in enumerate(a.sentences):
        if s not in speakers or not span.text.endswith(":"):
            continue
        authors = [r.speaker for r in records if r.evidence.start == span.start]
        item, left = s + 1, _announced_count(a, s)
        counted = left is not None
        left = len(a.sentences) if left is None else left
        # An item runs on over its line's further sentences, up to a line with no marker, or
        # past as many lines as the speaker announced ("listed two demands:").
        while item < len(a.sentences) and _continues_list(a, item, counted):
            left -= _opens_paragraph(a, item)
            if left < 0:
                break
            if a.sentences[item].start not in attributed:
                speakers[item] = speakers[s]
                yield from (_record(a, item, x, None, 0.6) for x in dict.fromkeys(authors))
            item += 1


def _continues_list(a: Analysis, s: int, counted: bool) -> bool:
    """Whether sentence s is (part of) an item of the list before it: a marked line, a further
    sentence of an item's line, or a paragraph opened by an ordinal; of a list with no count
    announced, not one going on as narrative ("Finally, the army shelled Omdurman")."""
    if _LIST_ITEM.match(a.sentences[s].text) or not _opens_paragraph(a, s):
        return True
    return _opens_with_ordinal(a, s) and (counted or not _reports_an_event(a, s))


def _reports_an_event(a: Analysis, s: int) -> bool:
    """Whether an ordinal's sentence goes on as a clause in the past with a subject of its
    own ("Finally, the army shelled Omdurman"): narrative again, no item of a list."""
    first = a.sentence_tokens[s].start
    verb = next((k for k in a.sentence_tokens[s] if is_past(a.tokens[k], ())), None)
    if verb is None or not first + 1 < verb <= first + 1 + _ITEM_SUBJECT_WORDS:
        return False
    subject = range(first + 1, verb)
    return not any(a.tokens[k].lower in ALL_PREPOSITIONS or breaks_after(a, k) for k in subject)


_ITEM_SUBJECT_WORDS = 4  # words of a subject after an ordinal ("Finally, the Sudanese army")


def _announced_count(a: Analysis, s: int) -> int | None:
    """How many items a sentence announcing a list counts ("listed two demands:"), if it
    counts them."""
    tokens = a.tokens[a.sentence_tokens[s].start : a.sentence_tokens[s].stop]
    return next((NUMBER_WORDS[t.lower] for t in tokens if t.lower in NUMBER_WORDS), None)


def _opens_with_ordinal(a: Analysis, s: int) -> bool:
    """Whether a sentence opens with an ordinal and a comma ("Second, a halt to strikes.")."""
    first = a.sentence_tokens[s].start
    return a.tokens[first].lower in LIST_ITEM_OPENERS and breaks_after(a, first)


def _is_subheading(a: Analysis, s: int) -> bool:
    """A paragraph of one unquoted question ("What comes next?") is a sub-heading; a line
    of headlines ("HEADLINES: X says…") is one too."""
    text = a.sentences[s].text
    line = a.document.text.rfind("\n", 0, a.sentences[s].start) + 1
    label = _LINE_LABEL.match(a.document.text, line)
    # "March 1: Kenya says it will host talks": a timeline's entry sums up, in headline
    # form, what the story tells.
    if label is not None and (
        label.group(1).lower() in HEADLINE_LABELS or is_calendar_date(label.group(1))
    ):
        return True
    first = a.sentence_tokens[s].start
    words = tuple(t.lower for t in a.tokens[first : first + 3])
    opening = words and words[0] in _EDITORIAL_FIRSTS  # most sentences: spare the slices
    if opening and any(words[:n] in _EDITORIAL_OPENINGS for n in _EDITORIAL_LENGTHS):
        return True
    if not text.endswith("?") or _DOUBLE_QUOTE.search(text):
        return False
    return _opens_paragraph(a, s) and (s + 1 == len(a.sentences) or _opens_paragraph(a, s + 1))


def _opens_paragraph(a: Analysis, s: int) -> bool:
    if s == 0:
        return True
    return "\n" in a.document.text[a.sentences[s - 1].end : a.sentences[s].start]


def _record(
    a: Analysis, s: int, speaker: str, verb: int | None, confidence: float
) -> StatementRecord:
    span = a.sentences[s]
    quote = _quotation_in(a, span) or _named_words(a, s, verb)
    if quote:
        content, mode = quote, "direct"
    else:
        cue_end = a.tokens[_idiom_end(a, s, verb)].end if verb is not None else span.start
        tail = a.document.text[cue_end : span.end] if verb is not None else span.text
        content, mode = _CLAUSE_START.sub("", tail).rstrip(". "), "indirect"
    return StatementRecord(
        speaker=speaker,
        evidence=span,
        content=content or span.text,
        mode=mode,
        date=_speech_date(a, s, verb),
        confidence=_sureness(a, span, speaker, mode, confidence),
    )


def _sureness(a: Analysis, span, speaker: str, mode: str, found: float) -> float:
    """How sure the record is: a speaker named in the sentence is surer than one a pronoun or
    a role stands for, and a quotation surer than a paraphrase."""
    named = any(m.actor.name == speaker for m in a.mentions_in(span.start, span.end))
    sure = min(found, 0.9 if named else 0.65)
    return round(sure + (0.05 if mode == "direct" else -0.05), 2)


def _quotation_in(a: Analysis, span) -> str | None:
    # Quotations do not overlap, so only the one open at the span's start can begin before it.
    first = max(0, bisect_right(a._quote_starts, span.start) - 1)
    for q_start, q_end in a.quotes[first : bisect_left(a._quote_starts, span.end)]:
        if span.start < q_end:
            words = a.document.text[max(q_start, span.start) : min(q_end, span.end)]
            if len(words.split()) >= _MIN_QUOTE_WORDS:
                return words.strip('“”"‘’ ')
    return None


def _named_words(a: Analysis, s: int, verb: int | None) -> str | None:
    """The quoted words a by-phrase's agent named a thing with ("described by Kyiv as \"a
    trap\"": "a trap"), however short."""
    as_ = None if verb is None else naming_as(a, s, verb)
    if as_ is None:
        return None
    opened = a.tokens[as_ + 1].start
    q_start, q_end = a.quote_before(opened)
    return a.document.text[q_start:q_end].strip('“”"‘’ ,.')


def _speech_date(a: Analysis, s: int, verb: int | None):
    if verb is None:
        return None
    span = a.sentences[s]
    verb_token = a.tokens[verb]
    # Only dates starting within a few words of the verb count; scan just that stretch,
    # with room on both sides for a whole expression ("on Tuesday, March 18, 2025").
    start = max(span.start, verb_token.start - 60)
    end = min(span.end, verb_token.end + 80)
    window = a.document.text[start:end]
    for mention in find_dates(window, a.document.published, start):
        near = -30 < mention.start - verb_token.end < 25
        if near and mention.granularity == "day" and not a.in_quote(mention.start):
            return mention.value
    return None

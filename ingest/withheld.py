"""Sentences whose cue words state no claim: a sentence the next one takes back (``It did not
say that.``), a claim its own sentence disputes (``Some managers claim that A keeps B down; our
figures do not support that``), a direct question, and the title of a study in a reference
list. Split from :mod:`imkg.ingest.relations`, which walks the sentences."""

from __future__ import annotations

from imkg.ingest.cue_words import (
    CLAUSE_ENDS,
    DISPUTE_REACH,
    DISPUTING_VERBS,
    EVIDENCE_NOUNS,
    NEGATIONS,
    RETRACTION_OBJECTS,
    RETRACTION_REACH,
    SAYING_VERBS,
    TITLE_OPENERS,
    YEAR,
)
from imkg.ingest.denials import negated
from imkg.ingest.token_view import RETRACTION_HASHES, TokenView


def retracted(view: TokenView, limits: list[int], index: int) -> bool:
    """Whether the next sentence takes the claim back: ``It did not say that.``, ``That is
    not the case.``, ``This is not true.``, ``We have seen no evidence of that.`` (not
    ``This does not mean that B ...``, which denies a further step)."""
    if index + 2 >= len(limits):
        return False
    start, end = limits[index + 1], limits[index + 2]
    if int(view.orths[start]) not in RETRACTION_HASHES:
        return False
    words = view.lowers(start, min(end, start + RETRACTION_REACH + 4))
    for j in range(1, min(len(words), RETRACTION_REACH + 1)):
        if not negated(words[j : j + 2]) or words[j] not in NEGATIONS:
            continue
        rest = [*words[j + 1 : j + 4], "", ""]
        if rest[:2] == ["the", "case"] or (rest[0] in ("true", "so") and rest[1] in CLAUSE_ENDS):
            return True
        if (
            rest[0] in EVIDENCE_NOUNS
            and rest[1] in ("of", "for")
            and _closing_pronoun(view.lowers(start + j + 3, min(end, start + j + 5)))
        ):
            return True  # ``We have seen no evidence of that.``
        offset = start + j + 1
        saying = offset < end and view.lemmas(offset, offset + 1)[0] in SAYING_VERBS
        if saying and rest[1] in RETRACTION_OBJECTS and rest[2] in CLAUSE_ENDS:
            return True
    return False


def _closing_pronoun(words: list[str]) -> bool:
    """Whether the words are a pronoun that closes its clause (``of that.``, not ``of this
    in other regions``)."""
    words = [*words, "", ""]
    return words[0] in RETRACTION_OBJECTS and words[1] in CLAUSE_ENDS


def claims_nothing(view: TokenView, start: int, end: int, first: int) -> bool:
    """Whether a sentence states no claim whatever its cue words: a direct question
    (``How can the company measure the effect of A on B?``), or a title in a reference list
    (``Lind, E. (2015) 'The effect of A on B', Journal ...``, or an APA title after
    ``(2015).``), which names a study's topic. Read only for sentences that may hold a cue."""
    last = end - 1
    while last > start and not view.lowers(last, last + 1)[0].strip():
        last -= 1
    if view.lowers(last, last + 1)[0] == "?":
        return True
    words = view.lowers(max(0, start - 4), first)
    for j in range(len(words) - 3):
        year = words[j] == "(" and YEAR.fullmatch(words[j + 1]) and words[j + 2] == ")"
        if year and words[j + 3] in TITLE_OPENERS:
            return True
    return False


def disputed(view: TokenView, start: int, end: int, after: int) -> bool:
    """Whether the sentence's words after its last mention dispute what it reports: a
    negation, then within ``DISPUTE_REACH`` words a verb of support with a pronoun as its
    whole object (``...; our own figures do not support that``, ``..., but the data do not
    bear this out``)."""
    words = view.lowers(after, end)
    if NEGATIONS.isdisjoint(words):
        return False
    lemmas = view.lemmas(after, end)
    for j, lemma in enumerate(lemmas):
        if lemma not in DISPUTING_VERBS or not negated(words[max(0, j - DISPUTE_REACH) : j]):
            continue
        rest = [*words[j + 1 : j + 4], "", "", ""]
        if rest[0] == "out":  # ``bear that out``, ``bear out that``
            rest = rest[1:]
        if rest[0] in RETRACTION_OBJECTS and rest[1] in (*CLAUSE_ENDS, "out", "up"):
            return True
    return False

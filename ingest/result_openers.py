"""Claims split over two sentences by a connective of result: ``A refresher course was run
for all advisers. As a result, customer satisfaction rose.``, ``We started a recognition
dinner. Since then staff turnover has halved.`` The cause is the one concept the sentence
before names (people such as front-line staff aside), the effect the sentence's first
mention, with a verb of change after it and no negation. Also which mentions only name whose
another mention is (``turnover among front-line staff``): those take part in no claim."""

from __future__ import annotations

import itertools

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

from imkg.ingest.candidate_filters import member
from imkg.ingest.components import ORTH_COL, sentence_starts, token_arrays
from imkg.ingest.cue_words import CONFIDENCE, NEGATIONS, RESPONSE_VERBS
from imkg.ingest.token_view import Link, TokenView

# Sentence openers that state the sentence as the result of the one before.
RESULT_OPENERS = (
    ("as", "a", "result"), ("as", "a", "consequence"), ("consequently",), ("since", "then"),
    ("because", "of", "this"), ("because", "of", "that"), ("thanks", "to", "this"),
    ("in", "consequence"), ("as", "a", "direct", "result"),
    # ``Since we introduced this, B has risen``: the practice the sentence before describes.
    *(("since", who, verb, what) for who in ("we", "they", "the", "management")
      for verb in ("introduced", "launched", "started", "began", "adopted")
      for what in ("this", "it", "them", "these", "that")),
)  # fmt: skip
_FIRST_WORDS = np.array(
    sorted({hash_string(w) for o in RESULT_OPENERS for w in (o[0], o[0].title())}), dtype=np.uint64
)
OPENER_REACH = 2  # words from the opener (and its comma) to the effect
AND_REACH = 6  # ... or to an effect after ``and`` (``complaints have fallen and B rose``)
CHANGE_REACH = 8  # words from the effect to its verb of change
CHANGE_VERBS = RESPONSE_VERBS | {"halve", "double", "treble", "recover", "jump", "soar", "slump",
                                 "shrink", "ease", "lift", "dip", "plummet"}  # fmt: skip
# ``turnover among front-line staff``: the people after these words own the mention before.
OWNER_LINKS = frozenset({"among", "amongst", "across", "within", "of", "for"})
OPENER_CONFIDENCE = CONFIDENCE["consequence"]


def without_owners(doc: Doc, mentions: list[tuple], people: frozenset[str]) -> list[tuple]:
    """The mentions without those of people that only say whose the mention before them is
    (``The reduction in turnover among CSAs is attributed to A``: the claim is about turnover)."""
    if not people:
        return mentions
    kept = mentions[:1]
    for before, mention in itertools.pairwise(mentions):
        width = mention[0] - before[1]
        if 1 <= width <= 2 and mention[3] in people and before[3] not in people:
            gap = [t.lower_ for t in doc[before[1] : mention[0]]]
            if gap[0] in OWNER_LINKS and gap[-1] in (gap[0], "the"):
                continue
        kept.append(mention)
    return kept


def result_openers(
    doc: Doc, lemmatizer, mentions: list[tuple], people: frozenset[str]
) -> list[Link]:
    """The links of sentences that open with a connective of result (see the module)."""
    bounds = sentence_starts(doc)
    orths = token_arrays(doc)["tokens"][:, ORTH_COL]
    openers = np.flatnonzero(member(orths[bounds], _FIRST_WORDS)) if len(mentions) > 1 else []
    strings = doc.vocab.strings
    openers = [
        index
        for index in openers
        if index and _opener(tuple(strings[int(o)].lower() for o in orths[bounds[index] :][:4]))
    ]
    if not openers:
        return []
    view = TokenView(doc, lemmatizer)
    firsts = np.fromiter((m[0] for m in mentions), dtype=np.intp, count=len(mentions))
    sentence = np.searchsorted(bounds, firsts, side="right") - 1
    limits = [*bounds.tolist(), len(orths)]
    found = []
    for index in openers:
        link = _opener_link(view, limits, index, mentions, sentence, people)
        if link is not None:
            found.append(link)
    return found


def _after_and(view: TokenView, at: int, effect: int) -> bool:
    """Whether the effect opens the second of two clauses after the opener, close to it:
    ``Since then, complaints have fallen and B has risen``."""
    return effect - at <= AND_REACH and view.lowers(effect - 1, effect) == ["and"]


def _opener(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The connective of result the words open with, if any."""
    return next((o for o in RESULT_OPENERS if words[: len(o)] == o), None)


def _opener_link(
    view: TokenView,
    limits: list[int],
    index: int,
    mentions: list[tuple],
    sentence: np.ndarray,
    people: frozenset[str],
) -> Link | None:
    """The link of sentence ``index`` if it opens with a connective of result."""
    start, end = limits[index], limits[index + 1]
    words = view.lowers(start, min(end, start + 5))
    opener = _opener(tuple(words))
    if opener is None:
        return None
    at = start + len(opener) + (words[len(opener) : len(opener) + 1] == [","])
    here = [m for m, s in zip(mentions, sentence.tolist(), strict=True) if s == index]
    if not here or (here[0][0] - at > OPENER_REACH and not _after_and(view, at, here[0][0])):
        return None
    effect = here[0]
    tail_end = min(end, effect[1] + CHANGE_REACH)
    if not NEGATIONS.isdisjoint(view.lowers(at, tail_end)):
        return None
    if CHANGE_VERBS.isdisjoint(view.lemmas(effect[1], tail_end)):
        return None
    back = index - 1  # the closest sentence that names a concept, a heading at most between
    before = {m[3] for m, s in zip(mentions, sentence.tolist(), strict=True) if s == back}
    if not before and index > 1:
        back = index - 2
        before = {m[3] for m, s in zip(mentions, sentence.tolist(), strict=True) if s == back}
    causes = before - people - {effect[3]}
    first, last = view.chars(limits[back], end)
    if len(causes) != 1 or "\n\n" in view.doc.text[first : view.chars(start, end)[0]]:
        return None  # a cause in another paragraph is no antecedent
    return (next(iter(causes)), effect[3], " ".join(opener), OPENER_CONFIDENCE, first, last)

"""Relation cues: propose ``cause → effect`` where one sentence links two tagged concepts.

Between two neighbouring mentions of one sentence the text is searched for a cue, by lemma:

=============================================== ========= ==========
cue                                             direction confidence
=============================================== ========= ==========
verb: ``affects``, ``drives``, ``improves``...  forward   0.80
phrase: ``leads to``, ``results in``...         forward   0.80
noun: ``has a direct effect on``, ``driver of`` forward   0.80
passive: ``is driven by``, ``shaped by``        reverse   0.75
``results from``, ``depends on``, ``result of`` reverse   0.70
``through``, ``via``, ``by means of``           reverse   0.55
=============================================== ========= ==========

Forward means the left mention is the cause. A negation in the gap (``does not affect``)
cancels the proposal. A concept joined to the pair by ``and``/``or``/commas only shares
its role (``A and B drive C`` proposes both), with 0.05 less confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
from imkg.ingest.tagger import SPANS_KEY
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

FORWARD_VERBS = frozenset(
    [
        "affect",
        "influence",
        "impact",
        "drive",
        "determine",
        "improve",
        "enhance",
        "shape",
        "boost",
        "cause",
        "increase",
        "raise",
        "strengthen",
        "foster",
        "produce",
        "create",
        "promote",
        "generate",
        "reduce",
        "lower",
        "encourage",
        "support",
        "underpin",
        "stimulate",
        "build",
    ]
)
PHRASAL = {
    ("lead", "to"): 1,
    ("result", "in"): 1,
    ("contribute", "to"): 1,
    ("give", "rise"): 1,
    ("feed", "into"): 1,
    ("translate", "into"): 1,
    ("bring", "about"): 1,
    ("result", "from"): -1,
    ("depend", "on"): -1,
    ("stem", "from"): -1,
    ("come", "from"): -1,
    ("arise", "from"): -1,
    ("follow", "from"): -1,
    ("rely", "on"): -1,
}
NOUN_CUES = {
    ("effect", "on"): 1,
    ("impact", "on"): 1,
    ("influence", "on"): 1,
    ("effect", "upon"): 1,
    ("driver", "of"): 1,
    ("determinant", "of"): 1,
    ("antecedent", "of"): 1,
    ("cause", "of"): 1,
    ("source", "of"): 1,
    ("result", "of"): -1,
    ("consequence", "of"): -1,
    ("outcome", "of"): -1,
    ("product", "of"): -1,
}
NOUN_CUE_LEADS = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "is",
        "are",
        "be",
        "a",
        "an",
        "the",
        "one",
        "its",
        "their",
        "direct",
        "indirect",
        "positive",
        "negative",
        "strong",
        "significant",
        "major",
        "key",
        "important",
        "clear",
        "considerable",
        "main",
        "primary",
        "great",
    ]
)
MEDIATORS = frozenset({"through", "via"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "cannot", "without"})
COORDINATION = frozenset({",", "and", "or", "as", "well", "both", "&", "together", "with", "plus"})
LIST_FILLERS = frozenset({"by", "the", "a", "an", "to", "on"})
LIST_JOINERS = frozenset({",", "and", "or", "&", "plus", "well"})
# Words after a verb that show it has no object: ``coordination improved once ...``.
INTRANSITIVE_NEXT = frozenset({"once", "when", "after", "because", "since", "if", "while", "until"})
PRONOUN_SUBJECTS = frozenset({"it", "they"})
BARRIERS = frozenset({";"})
MAX_GAP = 15
CONFIDENCE = {"verb": 0.8, "phrase": 0.8, "noun": 0.8, "passive": 0.75, "reverse": 0.7}
MEDIATED_CONFIDENCE = 0.55
CONJUNCT_PENALTY = 0.05

if not Doc.has_extension("imkg_proposals"):
    Doc.set_extension("imkg_proposals", default=None)


@dataclass(frozen=True)
class Proposal:
    """A proposed influence between two concepts, with the sentence that states it."""

    cause_iri: str
    effect_iri: str
    cue: str
    evidence: str
    confidence: float
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Cue:
    """A cue found between two mentions: its words, direction (1 forward) and confidence."""

    text: str
    direction: int
    confidence: float


@dataclass(frozen=True)
class Unit:
    """A mention (or touching mentions merged) as token offsets and the concept it stands for."""

    start: int
    end: int
    iri: str


class TokenView:
    """Lowercase forms and lemmas of a document's tokens, looked up only where needed."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token: build it once
        self.strings = doc.vocab.strings
        self.arrays = doc.to_array([LOWER, LEMMA, IDX, LENGTH])

    def lowers(self, start: int, end: int) -> list[str]:
        return [self.strings[int(h)] for h in self.arrays[start:end, 0]]

    def lemmas(self, start: int, end: int) -> list[str]:
        found = []
        for lower, lemma in self.arrays[start:end, :2].tolist():
            found.append(self.strings[lemma].lower() if lemma else self.strings[lower])
        return found

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens ``start:end``."""
        return int(self.arrays[start, 2]), int(self.arrays[end - 1, 2] + self.arrays[end - 1, 3])


def find_cue(lowers: list[str], lemmas: list[str]) -> Cue | None:
    """Return the strongest causal cue in the words between two mentions, if any."""
    if len(lowers) > MAX_GAP:
        return None
    if NEGATIONS.intersection(lowers) or BARRIERS.intersection(lowers):
        return None
    found = [cue for i in range(len(lowers)) if (cue := _cue_at(lowers, lemmas, i))]
    return max(found, key=lambda cue: cue.confidence, default=None)


def _cue_at(lowers: list[str], lemmas: list[str], i: int) -> Cue | None:
    word, base = lowers[i], lemmas[i]
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if base in FORWARD_VERBS and following == "by" and word != base:
        return Cue(f"{word} by", -1, CONFIDENCE["passive"])
    if (base, following) in PHRASAL:
        direction = PHRASAL[(base, following)]
        kind = "phrase" if direction == 1 else "reverse"
        return Cue(f"{word} {following}", direction, CONFIDENCE[kind])
    if (base, following) in NOUN_CUES:
        direction = NOUN_CUES[(base, following)]
        kind = "noun" if direction == 1 else "reverse"
        start = i
        while start > 0 and lowers[start - 1] in NOUN_CUE_LEADS:
            start -= 1
        return Cue(" ".join(lowers[start : i + 2]), direction, CONFIDENCE[kind])
    if base in FORWARD_VERBS and following in INTRANSITIVE_NEXT:
        return None
    if base in FORWARD_VERBS and word.isalpha() and not _noun_use(lowers, i):
        return Cue(word, 1, CONFIDENCE["verb"])
    if word in MEDIATORS or (word == "by" and lowers[i + 1 : i + 3] == ["means", "of"]):
        return Cue(word if word != "by" else "by means of", -1, MEDIATED_CONFIDENCE)
    return None


def _noun_use(lowers: list[str], i: int) -> bool:
    """Whether a verb-like word is used as a noun (``the impact``, ``an effect``)."""
    return i > 0 and lowers[i - 1] in {"the", "a", "an", "its", "their", "this", "that"}


def _coordinated(words: list[str]) -> bool:
    """Whether only a list joins two mentions (``A, B and C``; ``by A and by B``).

    ``, and`` at the start is taken to join clauses, not list items."""
    if not words or words[:2] in ([",", "and"], [",", "or"]):
        return False
    return all(w in COORDINATION or w in LIST_FILLERS for w in words) and any(
        w in LIST_JOINERS for w in words
    )


def propose(doc: Doc, mentions: list[Span]) -> list[Proposal]:
    """Return the proposals of every sentence holding two or more mentions."""
    starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist() or [0]
    by_sentence: dict[int, list[Unit]] = {}
    for span in mentions:
        unit = Unit(span.start, span.end, span.id_)
        by_sentence.setdefault(bisect_right(starts, span.start) - 1, []).append(unit)
    view = TokenView(doc)
    found: list[Proposal] = []
    for index, units in by_sentence.items():
        if len(units) > 1:
            end = starts[index + 1] if index + 1 < len(starts) else len(doc)
            found += _sentence_proposals(view, starts[index], end, units)
    return found


def _sentence_proposals(view: TokenView, start: int, end: int, units: list[Unit]) -> list[Proposal]:
    units = _merge_touching(view, units)
    found = []
    for i in range(len(units) - 1):
        left, right = units[i], units[i + 1]
        gap = view.lowers(left.end, right.start)
        cue = find_cue(gap, view.lemmas(left.end, right.start))
        if cue is None:
            continue
        lefts = _conjuncts(view, units, i, step=-1)
        if cue.direction == 1 and _pronoun_subject(gap):
            lefts = [units[0]] if units[0] is not right else []
        rights = _conjuncts(view, units, i + 1, step=1)
        for a in lefts:
            for b in rights:
                cause, effect = (a, b) if cue.direction == 1 else (b, a)
                extra = (a is not left) + (b is not right)
                found.append(_proposal(view, (start, end), cause, effect, cue, extra))
    return [p for p in found if p.cause_iri != p.effect_iri]


def _pronoun_subject(words: list[str]) -> bool:
    """Whether a new clause with ``it``/``they`` as subject starts in the gap: then the cue's
    subject is the sentence's first concept (``A leads to B, and it also drives C``)."""
    return any(w in PRONOUN_SUBJECTS and (j == 0 or words[j - 1] in {",", "and", ":"})
               for j, w in enumerate(words))  # fmt: skip


def _merge_touching(view: TokenView, units: list[Unit]) -> list[Unit]:
    """Merge mentions that touch into one unit: ``empowering front-line staff`` is about
    empowerment (a gerund leads its phrase), ``TQM service quality`` about its last word."""
    merged: list[Unit] = []
    for unit in units:
        if merged and merged[-1].end == unit.start:
            previous = merged[-1]
            gerund = view.lowers(previous.end - 1, previous.end)[0].endswith("ing")
            iri = previous.iri if gerund else unit.iri
            merged[-1] = Unit(previous.start, unit.end, iri)
            continue
        merged.append(unit)
    return merged


def _conjuncts(view: TokenView, units: list[Unit], i: int, *, step: int) -> list[Unit]:
    group = [units[i]]
    j = i + step
    while 0 <= j < len(units):
        a, b = (units[j], group[-1]) if step == -1 else (group[-1], units[j])
        if not _coordinated(view.lowers(a.end, b.start)):
            break
        group.append(units[j])
        j += step
    return group


def _proposal(
    view: TokenView, sentence: tuple[int, int], cause: Unit, effect: Unit, cue: Cue, extra: int
) -> Proposal:
    start_char, end_char = view.chars(*sentence)
    return Proposal(
        cause_iri=cause.iri,
        effect_iri=effect.iri,
        cue=cue.text,
        evidence=view.text[start_char:end_char].strip(),
        confidence=round(cue.confidence - CONJUNCT_PENALTY * extra, 2),
        sentence_start=start_char,
        sentence_end=end_char,
    )


@Language.factory("imkg_relation_cues", default_config={"spans_key": SPANS_KEY})
def make_relation_cues(nlp: Language, name: str, spans_key: str) -> RelationCues:
    """Create the relation-cue step; it writes ``doc._.imkg_proposals``."""
    return RelationCues(name, spans_key=spans_key)


class RelationCues:
    """Propose influences between concepts tagged in one sentence."""

    def __init__(self, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans.get(self.spans_key, []))
        doc._.imkg_proposals = propose(doc, mentions) if len(mentions) > 1 else []
        return doc

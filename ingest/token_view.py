"""What the relation rules read of one tagged Doc: token words and lemmas looked up lazily
(:class:`TokenView`), mentions as :class:`Unit`, the words between neighbouring mentions
(:class:`Gaps`) and the word hashes the rules test tokens against."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc

from imkg.ingest.components import (
    IDX_COL,
    LAZY_LEMMAS,
    LENGTH_COL,
    ORTH_COL,
    token_arrays,
)
from imkg.ingest.cue_words import (
    AFTER_REACH,
    CONDITIONALS,
    CUE_LEMMAS,
    CUE_WORDS,
    NOMINAL_HEADS,
    RESULT_MARKERS,
    RETRACTION_SUBJECTS,
    WITHOUT,
)

# One proposal as the relation step finds it: cause IRI, effect IRI, cue, confidence and
# the sentence's character offsets. ``doc._.imkg_proposals`` adds the evidence text.
Link = tuple[str, str, str, float, int, int]


@dataclass(frozen=True, slots=True)
class Unit:
    """A mention (or touching mentions merged) as token offsets and the concept it stands for."""

    start: int
    end: int
    iri: str


class TokenView:
    """Lowercase forms and lemmas of a document's tokens, looked up only where needed.

    With the default pipeline's lookup lemmatizer (``lemmatizer``) the lemmas are looked up
    here, for the words between mentions only; otherwise they are read from the Doc.
    """

    def __init__(self, doc: Doc, lemmatizer=None) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        shared = token_arrays(doc)
        tokens = shared["tokens"]
        self.orths = tokens[:, ORTH_COL]
        self.starts, self.lengths = tokens[:, IDX_COL], tokens[:, LENGTH_COL]
        self.lemmatizer = None
        lemmas = shared.get("lemmas")
        if lemmas is None and lemmatizer is not None and shared.get(LAZY_LEMMAS):
            self.lemmatizer = lemmatizer
        elif lemmas is None:
            lemmas = doc.to_array(LEMMA)
        self.lemma_hashes = lemmas

    def lowers(self, start: int, end: int) -> list[str]:
        strings = self.strings
        return [strings[h].lower() for h in self.orths[start:end].tolist()]

    def lemmas(self, start: int, end: int) -> list[str]:
        strings = self.strings
        orths = self.orths[start:end].tolist()
        if self.lemmatizer is not None:
            hashes = self.lemmatizer.lemma_hashes(self.doc, orths)
        else:
            hashes = self.lemma_hashes[start:end].tolist()
        return [
            strings[lemma].lower() if lemma else strings[orth].lower()
            for orth, lemma in zip(orths, hashes, strict=True)
        ]

    def may_hold_cue(self, start: int, end: int) -> bool:
        """Whether a word of ``start:end`` may begin a cue (see ``find_cue``): False lets a
        sentence's mentions be passed over without building their gaps. Decided once per
        word form, with lazily looked-up lemmas; with the Doc's own lemmas, always True."""
        if self.lemmatizer is None:
            return True
        forms = self.lemmatizer.cue_forms
        for orth in self.orths[start:end].tolist():
            found = forms.get(orth)
            if found is None:
                strings = self.strings
                lemma = self.lemmatizer.lemma_hashes(self.doc, [orth])[0]
                found = forms[orth] = (
                    strings[lemma].lower() in CUE_LEMMAS or strings[orth].lower() in CUE_WORDS
                )
            if found:
                return True
        return False

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens ``start:end``."""
        return int(self.starts[start]), int(self.starts[end - 1] + self.lengths[end - 1])


def result_after(view: TokenView, after: int, end: int) -> bool:
    """Whether a word of consequence (``accordingly``, ``as a result``) follows the last
    mention closely: ``..., and B rose accordingly`` has its cue after both mentions."""
    tail = view.orths[after : min(end, after + AFTER_REACH)].tolist()
    return not RESULT_HASHES.isdisjoint(tail)


# ORTH hashes are hashes of the text, the same in every vocabulary.
_POSSESSIVE_WORDS = ("Its", "its", "Their", "their")


PRONOUNS = frozenset(
    hash_string(w)
    for w in ("It", "it", "They", "they", "This", "this", "That", "that", *_POSSESSIVE_WORDS)
)


POSSESSIVES = frozenset(hash_string(w) for w in _POSSESSIVE_WORDS)


NOMINAL_HASHES = frozenset(hash_string(w) for w in NOMINAL_HEADS)


DETERMINERS = frozenset(hash_string(w) for w in ("The", "the", "A", "An"))


OPENERS = CONDITIONALS | {WITHOUT}  # words that open a cause's clause before it


CONDITIONAL_HASHES = frozenset(
    hash_string(w) for word in OPENERS for w in (word, word.capitalize())
)


SUBJECT_PRONOUNS = frozenset(hash_string(w) for w in ("it", "they"))  # after ``If``


LEADING = PRONOUNS | CONDITIONAL_HASHES  # words a pronoun-led sentence may open with


HYPHEN = hash_string("-")


RETRACTION_HASHES = frozenset(
    hash_string(w) for word in RETRACTION_SUBJECTS for w in (word, word.capitalize())
)


RESULT_HASHES = frozenset(hash_string(marker[-1]) for marker in RESULT_MARKERS)


def set_aside(gaps, i: int) -> bool:
    """Whether mention ``i`` stands in a contrast set off by commas after the mention before
    it (``Empowerment, not staff training, raised B``): the claim is the earlier one's."""
    if i == 0 or not gaps[i] or gaps[i][0] != ",":
        return False
    return gaps[i - 1][-2:] == [",", "not"]


class Gaps:
    """The lowercase words between each unit and the next, read when first asked for: most
    gaps hold no cue word and are never read."""

    def __init__(self, view: TokenView, units: list[Unit]) -> None:
        self.view, self.units = view, units
        self.found: dict[int, list[str]] = {}

    def __getitem__(self, k: int) -> list[str]:
        words = self.found.get(k)
        if words is None:
            words = self.found[k] = self.view.lowers(self.units[k].end, self.units[k + 1].start)
        return words

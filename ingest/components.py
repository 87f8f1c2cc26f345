"""Two cheap pipeline components for ``spacy.blank("en")``: sentences and lookup lemmas.

Both work on whole token arrays (numpy) rather than token by token, so together they cost
a few percent of tokenisation: spaCy's own lookup lemmatizer sets lemmas one token at a
time in Python and is about 40 times slower on this kind of text.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc

SENTENCE_ENDS = (".", "!", "?", "...", "\u2026")
CLOSERS = (")", "]", '"', "'", "\u201d", "\u2019", "*")


@Language.factory("imkg_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    """Create the sentence splitter."""
    return Sentences(nlp, name)


class Sentences:
    """Split sentences after ``.``, ``!``, ``?`` (and closing quotes) and at blank lines."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        strings = nlp.vocab.strings
        self.ends = np.array([strings.add(s) for s in SENTENCE_ENDS], dtype=np.uint64)
        self.closers = np.array([strings.add(s) for s in CLOSERS], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        values = doc.to_array([ORTH, IS_SPACE])
        orths, spaces = values[:, 0], values[:, 1].astype(bool)
        is_end = np.isin(orths, self.ends)
        soft = np.isin(orths, self.closers) | spaces
        starts = np.zeros(len(doc), dtype=bool)
        starts[1:] = is_end[:-1] & ~is_end[1:] & ~soft[1:]
        # Skip closing quotes or brackets after the full stop: `"... end." Next`.
        after_close = np.zeros(len(doc), dtype=bool)
        after_close[1:] = soft[:-1] & ~spaces[:-1]
        follows_end = np.zeros(len(doc), dtype=bool)
        follows_end[2:] = is_end[:-2] & after_close[2:]
        starts |= follows_end & ~soft & ~is_end
        text = doc.text
        offsets = doc.to_array([IDX, LENGTH])
        for i in np.flatnonzero(spaces[:-1]).tolist():
            start, length = offsets[i]
            if text.count("\n", start, start + length) > 1:
                starts[i + 1] = True
        starts[0] = True
        doc.from_array([SENT_START], np.where(starts, 1, -1).astype(np.uint64).reshape(-1, 1))
        return doc


@Language.factory("imkg_lookup_lemmatizer")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Create the lemmatizer over spacy-lookups-data's ``lemma_lookup`` table."""
    return LookupLemmatizer(name)


class LookupLemmatizer:
    """Set every token's lemma from the lookup table, once per distinct word form.

    Unlike the table itself this is case-insensitive where it helps: a form missing from the
    table (sentence-initial ``Motivated``) is looked up in lowercase.
    """

    def __init__(self, name: str, table: Table | None = None) -> None:
        self.name = name
        self.table = (
            table
            if table is not None
            else load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        )
        self.cache: dict[int, int] = {}

    def _lemma_hash(self, doc: Doc, orth: int) -> int:
        found = self.cache.get(orth)
        if found is None:
            strings = doc.vocab.strings
            text = strings[orth]
            value = self.table.get(orth)
            if value is None and not text.islower():
                value = self.table.get(text.lower(), text.lower() if text.istitle() else text)
            found = self.cache[orth] = strings.add(value if value is not None else text)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        orths = doc.to_array(ORTH)
        unique, inverse = np.unique(orths, return_inverse=True)
        lemmas = np.fromiter(
            (self._lemma_hash(doc, int(o)) for o in unique), dtype=np.uint64, count=len(unique)
        )
        doc.from_array([LEMMA], lemmas[inverse].reshape(-1, 1))
        return doc

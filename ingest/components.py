"""Two cheap pipeline components for ``spacy.blank("en")``: sentences and lookup lemmas.

The sentence splitter works on whole token arrays (numpy) rather than token by token. The
lemmatizer is lazy: it marks the Doc, and the relation cues look lemmas up (one dict lookup
per word form) only for the words between mentions of one sentence, the only lemmas the
pipeline reads; ``LookupLemmatizer.set_lemmas`` sets them for a whole Doc when wanted.
spaCy's own lookup lemmatizer sets lemmas one token at a time in Python and is about 40
times slower on this kind of text.

:func:`token_arrays` reads the token attributes every imkg component needs from the Doc
once (each ``Doc.to_array`` call walks all tokens) and keeps what the components derive
from them: sentence starts (and lemma hashes, when set)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc

SENTENCE_ENDS = (".", "!", "?", "...", "\u2026")
CLOSERS = (")", "]", '"', "'", "\u201d", "\u2019", "*")
# Columns of ``token_arrays(doc)["tokens"]``.
TOKEN_ATTRS = (IDX, LENGTH, ORTH, SPACY, IS_SPACE)
IDX_COL, LENGTH_COL, ORTH_COL, SPACY_COL, SPACE_COL = range(len(TOKEN_ATTRS))
_READ_COLS = [IDX_COL, ORTH_COL, SPACY_COL, SPACE_COL]
_READ_ATTRS = [TOKEN_ATTRS[c] for c in _READ_COLS]

# Key of ``token_arrays(doc)`` naming the lookup lemmatizer whose lemmas are read lazily.
LAZY_LEMMAS = "lemmatizer"

if not Doc.has_extension("imkg_tokens"):
    Doc.set_extension("imkg_tokens", default=None)


def token_arrays(doc: Doc) -> dict[str, np.ndarray]:
    """The token arrays the imkg components share, read once per Doc.

    ``tokens``: one row per token, columns ``TOKEN_ATTRS``; the components add ``bounds``
    (the sentence starts, as token indices) and ``lemmas`` (LEMMA hashes) when they set them.
    A plain dict of arrays, so a Doc holding it still serialises. ``LENGTH`` is not read
    from the Doc (a lexeme lookup per token): a token ends where the next one starts, less
    its trailing space.
    """
    found = doc._.imkg_tokens
    if found is None or len(found["tokens"]) != len(doc):
        size = len(doc)
        tokens = np.empty((size, len(TOKEN_ATTRS)), dtype=np.uint64)
        tokens[:, _READ_COLS] = doc.to_array(_READ_ATTRS)
        if size:
            starts = tokens[:, IDX_COL]
            lengths = tokens[:, LENGTH_COL]
            np.subtract(starts[1:], starts[:-1], out=lengths[:-1])
            lengths[:-1] -= tokens[:-1, SPACY_COL]
            lengths[-1] = len(doc[-1])
        found = {"tokens": tokens}
        doc._.imkg_tokens = found
    return found


def sentence_starts(doc: Doc) -> np.ndarray:
    """Token indices of the sentence starts (at least ``[0]``): as ``imkg_sentences`` left
    them, else from the Doc (a trained parser's sentences)."""
    bounds = token_arrays(doc).get("bounds")
    if bounds is None:
        bounds = np.flatnonzero(doc.to_array(SENT_START) == 1)
    return bounds if len(bounds) else np.zeros(1, dtype=np.intp)


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
        self.blank: dict[int, bool] = {}

    def _blank_lines(self, doc: Doc, orths: np.ndarray) -> np.ndarray:
        """The whitespace tokens among ``orths`` that hold a blank line (two newlines)."""
        strings = doc.vocab.strings
        found = []
        for orth in np.unique(orths).tolist():
            blank = self.blank.get(orth)
            if blank is None:
                blank = self.blank[orth] = strings[orth].count("\n") > 1
            if blank:
                found.append(orth)
        return np.array(found, dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        shared = token_arrays(doc)
        values = shared["tokens"]
        orths, spaces = values[:, ORTH_COL], values[:, SPACE_COL].astype(bool)
        is_end = _any_equal(orths, self.ends)
        soft = _any_equal(orths, self.closers)
        soft |= spaces
        starts = np.zeros(len(doc), dtype=bool)
        starts[1:] = is_end[:-1] & ~is_end[1:] & ~soft[1:]
        # Skip closing quotes or brackets after the full stop: `"... end." Next`.
        follows_end = np.zeros(len(doc), dtype=bool)
        follows_end[2:] = is_end[:-2] & soft[1:-1] & ~spaces[1:-1]
        starts |= follows_end & ~soft & ~is_end
        if spaces.any():
            blank = np.isin(orths[:-1], self._blank_lines(doc, orths[spaces]))
            starts[1:] |= blank & spaces[:-1]
        starts[0] = True
        doc.from_array([SENT_START], np.where(starts, 1, -1).astype(np.uint64).reshape(-1, 1))
        shared["bounds"] = np.flatnonzero(starts)
        return doc


def _any_equal(values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``np.isin(values, wanted)`` for a handful of ``wanted`` values (no sorting)."""
    found = values == wanted[0]
    for value in wanted[1:]:
        found |= values == value
    return found


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
        # Per ORTH hash: whether the word may begin a relation cue (kept by the relation cues).
        self.cue_forms: dict[int, bool] = {}
        # Sorted ORTH hashes seen so far, and their lemma hashes.
        self.known = (np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.uint64))

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
        """Leave the lemmas to be looked up where they are read: the relation cues need
        them only between mentions of one sentence (see :meth:`lemma_hashes`)."""
        if len(doc) == 0:
            return doc
        token_arrays(doc)[LAZY_LEMMAS] = self.name
        return doc

    def set_lemmas(self, doc: Doc) -> Doc:
        """Set every token's lemma in the Doc (``token.lemma_``), as one array."""
        if len(doc) == 0:
            return doc
        shared = token_arrays(doc)
        lemmas = self.lemmas(doc, shared["tokens"][:, ORTH_COL])
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        shared["lemmas"] = lemmas
        return doc

    def lemma_hashes(self, doc: Doc, orths: list[int]) -> list[int]:
        """The lemma hash of each of a few ORTH hashes (a dict lookup each)."""
        cache = self.cache
        return [cache.get(o) or self._lemma_hash(doc, o) for o in orths]

    def lemmas(self, doc: Doc, orths: np.ndarray) -> np.ndarray:
        """The lemma hash of each ORTH hash, from a sorted table of the forms seen so far
        (looked up in Python once per new form)."""
        known, lemmas = self.known
        rows = np.searchsorted(known, orths)
        if len(known):
            seen = known[np.minimum(rows, len(known) - 1)] == orths
        else:
            seen = np.zeros(len(orths), dtype=bool)
        if not seen.all():
            new = np.unique(orths[~seen])
            found = np.fromiter(
                (self._lemma_hash(doc, int(o)) for o in new), dtype=np.uint64, count=len(new)
            )
            keys, values = np.concatenate([known, new]), np.concatenate([lemmas, found])
            order = np.argsort(keys)
            known, lemmas = self.known = (keys[order], values[order])  # one assignment: threads
            rows = np.searchsorted(known, orths)
        return lemmas[rows]

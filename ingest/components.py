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

import threading
from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import IDX, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.strings import StringStore
from spacy.tokens import Doc

SENTENCE_ENDS = (".", "!", "?", "...", "\u2026")
CLOSERS = (")", "]", '"', "'", "\u201d", "\u2019", "*")
# Columns of ``token_arrays(doc)["tokens"]``.
TOKEN_COLUMNS = ("IDX", "LENGTH", "ORTH", "SPACY", "IS_SPACE")
IDX_COL, LENGTH_COL, ORTH_COL, SPACY_COL, SPACE_COL = range(len(TOKEN_COLUMNS))

# Key of ``token_arrays(doc)`` naming the lookup lemmatizer whose lemmas are read lazily.
LAZY_LEMMAS = "lemmatizer"

if not Doc.has_extension("imkg_tokens"):
    Doc.set_extension("imkg_tokens", default=None)


def doc_value(doc: Doc, name: str) -> object:
    """The value of the Doc extension ``name`` (``doc._.name``), read where spaCy keeps it.

    ``doc._`` builds an ``Underscore`` object on every access (a few microseconds); the
    components read and write their extensions many times per Doc, so they go to
    ``doc.user_data`` under spaCy's own key for the extension instead.
    """
    return doc.user_data.get(("._.", name, None, None))


def set_doc_value(doc: Doc, name: str, value: object) -> None:
    """Set the Doc extension ``name`` (as ``doc._.name = value`` does)."""
    doc.user_data[("._.", name, None, None)] = value


class OrthTable:
    """A cache from ORTH hash to a number worked out from the word form, looked up for a
    whole array of tokens at once.

    Direct-mapped: the low bits of the hash choose a slot, which holds one form's hash and
    value. A lookup is three vectorised steps (mask, gather, compare), about a hundred
    times cheaper per token than a Python dict lookup; a form missing from its slot (new,
    or evicted by another form with the same low bits) is worked out again by ``compute``
    and takes the slot. ORTH hashes are hashes of the text, the same in every vocabulary,
    so one table serves every Doc.
    """

    def __init__(self, compute: Callable[[str], int], bits: int = 16) -> None:
        self.compute = compute
        self.mask = np.uint64((1 << bits) - 1)
        self.keys = np.zeros(1 << bits, dtype=np.uint64)  # 0 is no ORTH hash: an empty slot
        self.values = np.zeros(1 << bits, dtype=np.uint64)
        self._lock = threading.Lock()

    def lookup(self, orths: np.ndarray, strings: StringStore) -> np.ndarray:
        """The value of each ORTH hash in ``orths`` (a uint64 array)."""
        slots = orths & self.mask
        with self._lock:  # a slot's key and value change together (the API tags in threads)
            values = self.values[slots]
            missing = np.flatnonzero(self.keys[slots] != orths)
            for i in missing.tolist():
                orth = int(orths[i])
                value = values[i] = self.compute(strings[orth])
                slot = orth & int(self.mask)
                self.keys[slot], self.values[slot] = orth, value
        return values


# Flags of a word form in ``WORD_FORMS``; its length in characters is kept above them.
SPACE, SENTENCE_END, CLOSER, BLANK_LINE, LINE_BREAK, BULLET, NO_OPENER, CELL = (
    1,
    2,
    4,
    8,
    16,
    32,
    64,
    128,
)
# Tokens no sentence opens with: after ``et al.`` or ``e.g.`` the full stop ended a word.
NON_OPENERS = (",", ";")
# Tokens that open a list item at the start of a line (see ``imkg.ingest.unwrap``).
BULLETS = ("-", "*", "\u2022", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25e6", "\u2023")
# Tokens that separate table cells, as the readers write a table's row (``a | b``): no
# sentence runs across one, so no influence is read from one cell into the next.
CELL_SEPARATORS = ("|",)
LENGTH_SHIFT = 8


def describe_form(text: str) -> int:
    """A word form's length and flags, packed: what the components read of each token.

    >>> describe_form(".") == (1 << LENGTH_SHIFT) | SENTENCE_END
    True
    """
    flags = 0
    if text.isspace():
        breaks = text.count("\n")
        flags |= SPACE | (BLANK_LINE if breaks > 1 else LINE_BREAK if breaks else 0)
    if text in SENTENCE_ENDS:
        flags |= SENTENCE_END
    if text in CLOSERS:
        flags |= CLOSER
    if text in BULLETS:
        flags |= BULLET
    if text in NON_OPENERS:
        flags |= NO_OPENER
    if text in CELL_SEPARATORS:
        flags |= CELL
    return (len(text) << LENGTH_SHIFT) | flags


WORD_FORMS = OrthTable(describe_form)


class OrthSet:
    """A fixed set of ORTH hashes, found in a whole array of tokens at once: a bitmap of
    the members' low bits (small enough to stay in cache) picks the few tokens that may be
    members, and only those are checked exactly."""

    def __init__(self, orths: Iterable[int], bits: int = 16) -> None:
        self.members = frozenset(int(o) for o in orths)
        self.mask = np.uint64((1 << bits) - 1)
        self.bitmap = np.zeros(1 << bits, dtype=bool)
        self.bitmap[[o & int(self.mask) for o in self.members]] = True

    def find(self, orths: np.ndarray) -> list[int]:
        """Positions in ``orths`` (a uint64 array) that hold a member, in order."""
        if not self.members:
            return []
        maybe = np.flatnonzero(self.bitmap[orths & self.mask])
        members = self.members
        return [i for i, o in zip(maybe.tolist(), orths[maybe].tolist(), strict=True)
                if o in members]  # fmt: skip


def token_arrays(doc: Doc) -> dict[str, np.ndarray]:
    """The token arrays the imkg components share, read once per Doc.

    ``tokens``: one row per token, columns ``TOKEN_COLUMNS``; ``forms``: each token's packed
    :func:`describe_form` value. The components add ``bounds`` (the sentence starts, as token
    indices) and ``lemmas`` (LEMMA hashes) when they set them. A plain dict of arrays, so a
    Doc holding it still serialises. Only ORTH and IDX are read from the Doc: lengths come
    from the word forms, and a token is followed by a space where the next one starts later
    than it ends.
    """
    found = doc_value(doc, "imkg_tokens")
    if found is not None and len(found["tokens"]) == len(doc):
        return found
    size = len(doc)
    tokens = np.zeros((size, len(TOKEN_COLUMNS)), dtype=np.uint64)
    forms = np.zeros(size, dtype=np.uint64)
    if size:
        read = doc.to_array([IDX, ORTH])
        tokens[:, IDX_COL], tokens[:, ORTH_COL] = read[:, 0], read[:, 1]
        forms = WORD_FORMS.lookup(tokens[:, ORTH_COL], doc.vocab.strings)
        tokens[:, LENGTH_COL] = forms >> LENGTH_SHIFT
        tokens[:, SPACE_COL] = forms & SPACE
        gaps = tokens[:, SPACY_COL]
        np.subtract(tokens[1:, IDX_COL], tokens[:-1, IDX_COL], out=gaps[:-1])
        gaps[:-1] -= tokens[:-1, LENGTH_COL]
        gaps[-1] = 1 if doc[-1].whitespace_ else 0
    found = {"tokens": tokens, "forms": forms}
    set_doc_value(doc, "imkg_tokens", found)
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
    return Sentences(name)


class Sentences:
    """Split sentences after ``.``, ``!``, ``?`` (and closing quotes), at blank lines, at
    list items that start a line and between table cells (``|``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        shared = token_arrays(doc)
        forms = shared["forms"]
        spaces = (forms & SPACE).astype(bool)  # whitespace tokens
        is_end = (forms & SENTENCE_END).astype(bool)
        soft = (forms & (CLOSER | SPACE)).astype(bool)
        starts = np.zeros(len(doc), dtype=bool)
        opener = ~(forms & NO_OPENER).astype(bool)
        starts[1:] = is_end[:-1] & ~is_end[1:] & ~soft[1:] & opener[1:]
        # Skip closing quotes or brackets after the full stop: `"... end." Next`.
        follows_end = np.zeros(len(doc), dtype=bool)
        follows_end[2:] = is_end[:-2] & soft[1:-1] & ~spaces[1:-1]
        starts |= follows_end & ~soft & ~is_end & opener
        # A blank line ends a sentence: the token after a whitespace token holding one.
        starts[1:] |= (forms[:-1] & BLANK_LINE).astype(bool)
        # A line break before a bullet starts a list item: ``- Training\n- Job satisfaction``.
        starts[1:] |= ((forms[:-1] & LINE_BREAK) != 0) & ((forms[1:] & BULLET) != 0)
        # A table cell starts one: ``Empowerment | motivation drives quality``.
        starts[1:] |= (forms[:-1] & CELL) != 0
        starts[0] = True
        _cut_overlong(starts)
        doc.from_array([SENT_START], np.where(starts, 1, -1).astype(np.uint64).reshape(-1, 1))
        shared["bounds"] = np.flatnonzero(starts)
        return doc


# Tokens after which a sentence is cut even without a full stop. A text without any (a
# pasted table, a run-on transcript) would otherwise be one sentence: its mentions would all
# be paired for relation cues and every proposal would carry the whole text as evidence.
MAX_SENTENCE_TOKENS = 200


def _cut_overlong(starts: np.ndarray) -> None:
    """Start a new sentence every ``MAX_SENTENCE_TOKENS`` tokens within longer ones (in place)."""
    bounds = np.flatnonzero(starts)
    lengths = np.diff(np.append(bounds, len(starts)))
    long = lengths > MAX_SENTENCE_TOKENS
    for first, length in zip(bounds[long].tolist(), lengths[long].tolist(), strict=True):
        starts[first + MAX_SENTENCE_TOKENS : first + length : MAX_SENTENCE_TOKENS] = True


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

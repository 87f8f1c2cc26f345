"""Keep spaCy's tokenizer linear on text without spaces.

spaCy's tokenizer peels prefixes and suffixes off each space-delimited chunk one at a time,
searching the whole rest of the chunk each time: a chunk with a long run of punctuation
marks (``((((...))))``, a rule drawn with ``=-=-=-``) costs time quadratic in its length
(3,000 brackets took 4 s, 10,000 more than a minute), which a hostile text sent to
``/api/tag`` could use to hold the server. :class:`LongRunGuard` wraps the tokenizer: a chunk
holding such a run is split here into words and single marks in one pass, everything else
goes to spaCy's tokenizer as before, and the Doc's text is the input, character for
character.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

MAX_MARKS = 8  # punctuation marks in a row that spaCy's affix loop is left to split

# Punctuation marks in a row (ASCII, dashes, quotes, dots and guillemets). Searching a whole
# text with it costs half as much as tokenising it, so ``_may_hold_run`` looks first.
_MARK_RUN = re.compile(rf"[!-/:-@\[-`{{-~\u2010-\u2027\u00ab\u00bb\u2039\u203a]{{{MAX_MARKS}}}")


def _mark_bytes() -> bytes:
    """A ``bytes.translate`` table: 1 for every byte that can be part of a mark's UTF-8
    encoding (the ASCII marks; the lead and continuation bytes of the dashes, quotes and
    guillemets above), 0 for every other byte."""
    marks = "".join(chr(c) for c in range(0x2010, 0x2028)) + "\u00ab\u00bb\u2039\u203a"
    flagged = {c for c in range(0x21, 0x7F) if not chr(c).isalnum()}
    flagged |= {b for mark in marks for b in mark.encode()}
    return bytes(1 if b in flagged else 0 for b in range(256))


_MARK_BYTES = _mark_bytes()
_FLAGGED_RUN = b"\x01" * MAX_MARKS


def _may_hold_run(text: str) -> bool:
    """False when ``text`` surely holds no run of ``MAX_MARKS`` marks (nearly every text).

    A run of marks is a run of at least as many flagged bytes in UTF-8, so looking for the
    flagged bytes in C (encode, translate, find) rules it out at a tenth of the cost of the
    regular expression, which then runs only where a run may be.
    """
    encoded = text.encode("utf-8", "surrogatepass")
    return _FLAGGED_RUN in encoded.translate(_MARK_BYTES)


_UP_TO_SPACE = re.compile(r".*\s", re.DOTALL)
_CHUNK = re.compile(r"\S*")
_PIECES = re.compile(r"\w+|[^\w\s]")


class LongRunGuard:
    """A tokenizer: spaCy's own, except on chunks that would make it quadratic (see above).

    Other attributes are the wrapped tokenizer's, so code that reads ``nlp.tokenizer.vocab``
    or its rules sees spaCy's tokenizer.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        found = _MARK_RUN.search(text) if _may_hold_run(text) else None
        if found is None:  # nearly every text
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        done = 0
        while found is not None:
            before = _UP_TO_SPACE.match(text, done, found.start())
            start = before.end() if before else done  # where the run's chunk begins
            end = _CHUNK.match(text, found.end()).end()
            self._tokenize(text[done:start], words, spaces)
            for piece in _PIECES.finditer(text, start, end):
                words.append(piece.group())
                spaces.append(False)
            done = end
            found = _MARK_RUN.search(text, done)
        self._tokenize(text[done:], words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def _tokenize(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        for token in self.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)

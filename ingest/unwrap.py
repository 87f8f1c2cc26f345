"""Join lines broken inside a paragraph before tagging, and map offsets back.

Course texts come hard-wrapped (Markdown and plain text at 80 columns, PDF text a line at a
time), so a label often spans a line break: ``internal\\nmarketing``. spaCy makes the break a
whitespace token of its own, and no phrase pattern matches across it. The pipeline therefore
tags a copy of the text in which every whitespace run holding at most one line break is a
single space; blank lines (paragraph breaks) and line breaks before a list item (``- ``,
``• ``, ``2. ``) stay, since sentences end there. The ``>`` marks that open the lines of a
quoted reply (mail, forums) are read as spaces, so a label wrapped across two quoted lines is
one phrase again; a line break where the depth of quoting changes (the quote ends, the reply
begins) is read as a blank line, so a quoted line and the reply after it are not one
sentence. The copy also
writes typographic apostrophes and hyphens (a curly apostrophe after ``employees``, a
non-breaking hyphen in ``front-line``) as the plain ones the label patterns use, one
character for one. Mentions and proposals found in the copy are moved back onto the text as given:
their offsets index it, and a mention's text is exactly what it spans there (line break,
curly apostrophe and all).
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from imkg.ingest.components import BULLETS
from imkg.ingest.relations import Proposal
from imkg.ingest.tagger import Mention

# Whether each code point is whitespace (``str.isspace``), for every code point up to the
# last whitespace character Unicode has (U+3000); beyond it, none is.
_LAST_SPACE = 0x3000
_IS_SPACE = np.array([chr(c).isspace() for c in range(_LAST_SPACE + 2)], dtype=bool)
_SPACE = 32
_CONTROL = re.compile(r"[\x00-\x1f]")  # line breaks, tabs and the other control characters
# What opens a list item: a bullet, or a number or letter with ``.`` or ``)``, then a space. A
# line break before one is kept (slides and notes list one point a line, without full stops).
_LIST_ITEM = re.compile(rf"(?:[{re.escape(''.join(BULLETS))}]|\d{{1,2}}[.)]|[a-z][)])[ \t]")
# The marks of a quoted line: ``>`` (each followed by a space, another ``>`` or the line end).
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>(?=[ \t>]|$)[ \t]?)+", re.MULTILINE)
_PARAGRAPH = "\n\n"  # what a line break where quoting changes becomes in the copy


def _unquoted(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with the quote marks at its line starts written as spaces (one for one), and
    the offsets of the line starts whose depth of quoting differs from the line before."""
    if ">" not in text:
        return text, frozenset()
    marks = list(_QUOTE_MARKS.finditer(text))
    if not marks:
        return text, frozenset()
    depth = {m.start(): m.group().count(">") for m in marks}
    changes, last = set(), depth.get(0, 0)
    for newline in re.finditer("\n", text):
        start = newline.end()
        level = depth.get(start, 0)
        if level != last:
            changes.add(start)
        last = level
    chars = list(text)
    for mark in marks:
        for i in range(mark.start(), mark.end()):
            if chars[i] == ">":
                chars[i] = " "
    return "".join(chars), frozenset(changes)


def _runs(text: str) -> list[tuple[int, int]]:
    """The whitespace runs to join: every run other than a single space, unless it holds a
    blank line. Found on the text's code points with numpy (a regular expression scans prose
    several times slower). Control characters count as whitespace here; joining them is
    harmless."""
    if text.isascii() and "  " not in text and _CONTROL.search(text) is None:
        return []  # only single spaces: nothing to join (three scans at C speed)
    return _scanned_runs(text)


def _scanned_runs(text: str) -> list[tuple[int, int]]:
    if not text:
        return []
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = codes <= _SPACE
    beyond_ascii = np.flatnonzero(codes > 127)
    if len(beyond_ascii):
        space[beyond_ascii] = _IS_SPACE[np.minimum(codes[beyond_ascii], _LAST_SPACE + 1)]
    bounds = np.concatenate(([0], np.flatnonzero(space[1:] != space[:-1]) + 1, [len(space)]))
    firsts, lasts = bounds[:-1], bounds[1:]
    blank = space[firsts]
    starts, ends = firsts[blank], lasts[blank]
    other = ~((ends - starts == 1) & (codes[starts] == _SPACE))  # not a lone space
    found = zip(starts[other].tolist(), ends[other].tolist(), strict=True)
    # A run holding a blank line ends a paragraph, one before a list item ends a point: both
    # are kept.
    return [
        (start, end)
        for start, end in found
        if text.count("\n", start, end) < 2
        and not ("\n" in text[start:end] and _LIST_ITEM.match(text, end))
    ]


# Typographic forms written as the plain characters the patterns hold (same length).
_PLAIN_FORMS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
                "\u2010": "-", "\u2011": "-"}  # fmt: skip


def _plain(text: str) -> str:
    """``text`` with its typographic apostrophes and hyphens written plain. One ``replace``
    per form present: ``str.translate`` walks a non-ASCII text character by character in
    Python's slow path, which cost as much as the tokenizer's lookups on the corpus."""
    if text.isascii():
        return text
    for typographic, plain in _PLAIN_FORMS.items():
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


class Unwrapped:
    """A text with its in-paragraph line breaks joined, and where each character came from."""

    def __init__(self, text: str) -> None:
        self.original = text
        plain, quoting_changes = _unquoted(_plain(text))
        runs = _runs(plain) if plain else []
        self.changed = bool(runs) or plain != text
        self.text = plain
        self.source = None
        if runs:
            parts, widths, last = [], [], 0
            for start, end in runs:
                parts.append(plain[last:start])
                newline = plain.find("\n", start, end)
                joined = _PARAGRAPH if newline >= 0 and newline + 1 in quoting_changes else " "
                parts.append(joined)
                widths.append(len(joined))
                last = end
            parts.append(plain[last:])
            self.text = "".join(parts)
            self.source = _sources(runs, widths, len(self.text))

    def start(self, offset: int) -> int:
        """Where a span starting at ``offset`` of the joined text starts in the original."""
        return offset if self.source is None else int(self.source[offset])

    def end(self, offset: int) -> int:
        """Where a span ending at ``offset`` (exclusive) of the joined text ends."""
        if self.source is None or offset == 0:
            return offset
        return int(self.source[offset - 1]) + 1

    def mentions(self, found: list[Mention]) -> list[Mention]:
        """The mentions of the joined text, placed on the original."""
        if not self.changed:
            return found
        moved = []
        for mention in found:
            start, end = self.start(mention.start), self.end(mention.end)
            moved.append(
                dataclasses.replace(
                    mention,
                    start=start,
                    end=end,
                    text=self.original[start:end],
                    sentence_start=self.start(mention.sentence_start),
                    sentence_end=self.end(mention.sentence_end),
                )
            )
        return moved

    def proposals(self, found: list[Proposal]) -> list[Proposal]:
        """The proposals of the joined text, their sentences placed on the original (the
        evidence stays as read, on one line)."""
        if not self.changed:
            return found
        return [
            dataclasses.replace(
                proposal,
                sentence_start=self.start(proposal.sentence_start),
                sentence_end=self.end(proposal.sentence_end),
            )
            for proposal in found
        ]


def _sources(runs: list[tuple[int, int]], widths: list[int], size: int) -> np.ndarray:
    """For each offset of the joined text (and its end), the offset it came from: each run
    of ``runs`` became ``widths`` characters (one space, or a blank line where quoting
    changes), so every later offset moves by the run's length less that width. A joined
    space maps to where its run began."""
    spans = np.array(runs, dtype=np.int64)
    width = np.array(widths, dtype=np.int64)
    removed = spans[:, 1] - spans[:, 0] - width  # negative where a line break became two
    before = np.cumsum(removed) - removed  # characters removed by the earlier runs
    shift = np.zeros(size + 2, dtype=np.int64)
    shift[spans[:, 0] - before + width] = removed  # the offset after each joined run
    source = np.arange(size + 1, dtype=np.int64) + np.cumsum(shift)[: size + 1]
    # A run written wider than it was (a line break become a blank line): its characters
    # map onto the run, never past it into the next line.
    wider = np.flatnonzero(removed < 0)
    for first, start, end, wide in zip((spans[wider, 0] - before[wider]).tolist(),
                                       spans[wider, 0].tolist(), spans[wider, 1].tolist(),
                                       width[wider].tolist(), strict=True):  # fmt: skip
        where = np.arange(first, min(first + wide, size + 1))
        source[where] = np.minimum(start + np.arange(len(where)), end - 1)
    return source

"""Join lines broken inside a paragraph before tagging, and map offsets back.

Course texts come hard-wrapped (Markdown and plain text at 80 columns, PDF text a line at a
time), so a label often spans a line break: ``internal\\nmarketing``. spaCy makes the break a
whitespace token of its own, and no phrase pattern matches across it. The pipeline therefore
tags a copy of the text in which every whitespace run holding at most one line break is a
single space; blank lines (paragraph breaks) stay, since sentences end there. Mentions and
proposals found in the copy are moved back onto the text as given: their offsets index it,
and a mention's text is exactly what it spans there (line break included).
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from imkg.ingest.relations import Proposal
from imkg.ingest.tagger import Mention

# A whole run of whitespace other than a single space (greedy from its first character).
_OTHER_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")


class Unwrapped:
    """A text with its in-paragraph line breaks joined, and where each character came from."""

    def __init__(self, text: str) -> None:
        self.original = text
        pieces: list[str] = []
        sources: list[np.ndarray] = []
        last = 0
        for found in _OTHER_WHITESPACE.finditer(text):
            start, end = found.span()
            if text.count("\n", start, end) > 1:  # a blank line: a paragraph ends here
                continue
            pieces += (text[last:start], " ")
            sources += (np.arange(last, start + 1),)  # the space stands where the run began
            last = end
        self.changed = bool(pieces)
        pieces.append(text[last:])
        sources.append(np.arange(last, len(text) + 1))  # and the end, for end offsets
        self.text = "".join(pieces)
        self.source = np.concatenate(sources) if self.changed else None

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

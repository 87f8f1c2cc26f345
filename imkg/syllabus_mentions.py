"""What the syllabus readings share (``imkg.syllabus_ellipsis``, ``imkg.syllabus_verbs``,
``imkg.syllabus_nouns``): the concept each adds at the words that name it, and where the
tagger's own mentions lie, so that a word inside one is not read again."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Reading:
    """A concept a syllabus names in a way the tagger does not read, at the naming words."""

    start: int
    end: int
    text: str
    concept: str
    sentence_start: int
    sentence_end: int
    weak: bool = False  # counts only where a concept linked to it is covered


class TaggedSpans:
    """The tagger's mentions of a text as sorted, non-overlapping ``(start, end)`` spans."""

    def __init__(self, mentions: Iterable[Any]) -> None:
        self.spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [start for start, _ in self.spans]

    def holds(self, at: int) -> bool:
        """Whether offset ``at`` falls inside a mention."""
        index = bisect_right(self.starts, at) - 1
        return index >= 0 and at < self.spans[index][1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start:end`` runs into the last mention that begins before its end."""
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and start < self.spans[index][1]

    def any_in(self, start: int, end: int, besides: tuple[int, int]) -> bool:
        """Whether a mention other than ``besides`` begins inside ``start:end``."""
        index = bisect_right(self.starts, start - 1)
        while index < len(self.spans) and self.spans[index][0] < end:
            if self.spans[index] != besides:
                return True
            index += 1
        return False

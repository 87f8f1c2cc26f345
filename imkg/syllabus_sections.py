"""A syllabus cut into its items and sections: list items, numbered sections and labelled
lines ("Week 2:", "Slide 4 -"), and the role a heading gives what follows it (a reading list,
what is not covered, another unit's content)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from imkg.syllabus_cues import AFTER_CUES, BEFORE_CUES, CITED, EXCLUDED, ITEM_MARK

# A heading that is only about readings: "Core readings", "6. Reading", "References:" (not
# "Reading week").
_READING_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:core|essential|further|recommended|required|key|set|"
    r"suggested|indicative|background|additional|supplementary|weekly|selected)\s+)?"
    r"(?:readings?|references?|bibliography|sources|literature|texts?|reading\s+list)\s*:?\s*$",
    re.IGNORECASE,
)


_LIST_MARK = re.compile(rf"^\s*{ITEM_MARK}\s+")


_HEADING_WORDS = 8


@dataclass(frozen=True)
class Segment:
    """A paragraph, a list item or a heading of the syllabus, with offsets into its text."""

    start: int
    end: int
    text: str

    @property
    def is_short(self) -> bool:
        """A heading or a list item: a few words on one line, without a closing full stop."""
        words = self.text.split()
        return (
            "\n" not in self.text.strip()
            and len(words) <= _HEADING_WORDS
            and not self.text.rstrip().endswith((".", ";", ","))
        )


def segments_of(text: str) -> list[Segment]:
    """Split the syllabus into paragraphs, list items and headings (blank lines, list marks)."""
    segments: list[Segment] = []
    for block in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        lines = list(re.finditer(r"[^\n]+", block.group()))
        begin = 0
        for i, line in enumerate(lines[1:], 1):
            if _LIST_MARK.match(line.group()) or _is_label_line(lines[i - 1].group()):
                _add(
                    segments,
                    text,
                    block.start() + lines[begin].start(),
                    block.start() + lines[i - 1].end(),
                )
                begin = i
        _add(segments, text, block.start() + lines[begin].start(), block.start() + lines[-1].end())
    return segments


def _add(segments: list[Segment], text: str, start: int, end: int) -> None:
    segments.append(Segment(start, end, text[start:end]))


def _is_label_line(line: str) -> bool:
    """A line that ends a lead-in or heading ("Not covered:"), after which items follow."""
    stripped = line.strip()
    return stripped.endswith(":") and len(stripped.split()) <= _HEADING_WORDS


def section_roles(segments: list[Segment]) -> dict[int, str]:
    """Roles that headings pass to the segments under them: reading lists and left-out topics.

    After a heading (or lead-in ending with a colon) that rules topics out, a run of short
    items is its list; otherwise the paragraphs up to the next short line are its section.
    """
    short = [segment.is_short for segment in segments]
    given = [_heading_role(seg, is_short) for seg, is_short in zip(segments, short, strict=True)]
    roles: dict[int, str] = {}
    for i, role in enumerate(given):
        if role is None:
            continue
        # The section runs to the next heading that gives a role of its own, at the latest:
        # reading every later segment again for every heading would be quadratic.
        j, wanted = i + 1, i + 1 < len(segments) and short[i + 1]
        while j < len(segments) and short[j] == wanted and (j == i + 1 or given[j] is None):
            j += 1
        run = j - i - 1
        if wanted and j < len(segments) and not short[j] and run > 1:
            run -= 1  # the last short line before a paragraph is the next heading
        for k in range(i + 1, i + 1 + run):
            roles.setdefault(k, role)
    return roles


def _heading_role(segment: Segment, is_short: bool) -> str | None:
    """The role a heading or lead-in passes to its section, or None for any other segment."""
    label = segment.text.strip()
    if not (is_short or _is_label_line(label)):
        return None
    if _excludes_heading(label):
        return EXCLUDED
    if _READING_HEADING.match(label):
        return CITED
    return None


def _excludes_heading(label: str) -> bool:
    return bool(
        AFTER_CUES.search(label)
        or BEFORE_CUES.search(label)
        or re.search(r"\b(?:not\s+to\s+(?:include|cover|discuss)|elsewhere)\b", label, re.I)
        or _NOT_IN_HEADING.match(label)
        or _TEACHER_HEADING.match(label)
    )


# A heading that names what the course leaves out by its own name: "Not in the Academy", "Not
# part of this programme".
_NOT_IN_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?not\s+(?:in|on|part\s+of|covered\s+(?:in|by))\s+(?:the|this|our)\s+"
    r"[\w-]+(?:\s+[\w-]+)?\s*:?\s*$",
    re.IGNORECASE,
)
# A heading over who teaches: a biography names the teacher's research, not the course's
# topics ("Instructor", "Faculty", "About your tutors", "Meet the educators").
_TEACHER_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:about|meet)\s+(?:the|your|our)\s+|your\s+|our\s+|the\s+)?"
    r"(?:instructors?|faculty|tutors?|educators?|lecturers?|teachers?|presenters?|speakers?|"
    r"facilitators?|teaching\s+team|course\s+team|programme\s+team|biograph(?:y|ies))\s*:?\s*$",
    re.IGNORECASE,
)

"""Whether a stretch of a syllabus is a reading rather than teaching: an entry of a reading
list (authors, year and the marks of a reference), a reading introduced inline ("Further
reading: ...", "The core text would be ...") or a citation in parentheses. Concepts named
there are cited, not covered."""

from __future__ import annotations

import re

from imkg.syllabus_cues import ITEM_MARK

# A label that opens a reading inline: "Further reading (optional): Gounaris, S. (2006) ...".
_READING_LABEL = re.compile(
    rf"^\W*(?:{ITEM_MARK}\s+)?(?:[\w-]+\s+){{0,2}}"
    r"(?:readings?|references?|texts?|sources|literature|bibliography)"
    r"(?:\s*\([^)]*\))?\s*:\W*",
    re.IGNORECASE,
)


# A reading introduced in running prose: "The core text would be Ahmed, P. K. and Rafiq, M.".
_READING_LEAD_IN = re.compile(
    r"\b(?:core|set|main|key|recommended|required|essential|course)\s+"
    r"(?:text(?:book)?|reading|book)s?\s+(?:is|are|will\s+be|would\s+be)\s+",
    re.IGNORECASE,
)


YEAR = re.compile(r"\b(?:19|20)\d\d[a-z]?\b")


_NAME = r"[A-Z][\w'\u2019-]+"


# An entry opens with its authors: "Berry, L.L.", "Lings IN", "Bowen and Lawler", "Heskett et al.".
_AUTHORS = re.compile(
    rf"^\W*(?:{_NAME},\s+(?:[A-Z]\.?\s?){{1,3}}(?=[,(\s]|$)|{_NAME}\s+(?:[A-Z]{{1,3}}|[A-Z]\.)"
    rf"(?=[,(\s])|{_NAME}\s+(?:and|&)\s+{_NAME}|{_NAME}\s+et\s+al\b"
    rf"|{_NAME}\s+\((?:19|20)\d\d[a-z]?\))"
)


_REFERENCE_MARKS = re.compile(
    r"\b\d+\(\d{1,3}(?:[\u2013-]\d{1,3})?\)|\bpp?\.\s?\d+|\b\d+\s?[\u2013-]\s?\d+\s*\.?\s*$"
    r"|\b(?:Journal|Review|Quarterly|Press|Publishing|Publications|doi)\b|^\W*[A-Z][\w'\u2019-]+,\s+[A-Z]\."
    # A title in quotes or italics right after the year: 'Berry (1981) "The employee as ..."'.
    r"|\((?:19|20)\d\d[a-z]?\)\s*[,.:]?\s*[\"\u201c\u2018'*_]"
)


ENTRY_CHARS = 400


def introduced_reference(segment: str, at: int) -> bool:
    """True when a label ("Further reading:") or a lead-in in prose ("The core text would be")
    before offset ``at`` of the segment opens a reference entry that runs to its end."""
    label = _READING_LABEL.match(segment)
    if label is not None and is_reference(segment[label.end() :]):
        return True
    # Only near the mention, and only an entry short enough to be one: a syllabus of one long
    # line is one segment, and reading all of it for every mention would be quadratic.
    if len(segment) - at > 2 * ENTRY_CHARS:
        return False
    lead_ins = list(_READING_LEAD_IN.finditer(segment, max(0, at - ENTRY_CHARS), at))
    return bool(lead_ins) and is_reference(segment[lead_ins[-1].end() :])


def is_reference(segment: str) -> bool:
    """True for a bibliography entry: short, opening with its authors, a year near the start and
    initials, volume, pages or a journal; a paragraph that cites "(Berry, 1981)" is not one."""
    if len(segment) > 2 * ENTRY_CHARS:  # before stripping: a long paragraph is no entry
        return False
    entry = segment.strip()
    return (
        len(entry) <= ENTRY_CHARS
        and bool(_AUTHORS.match(entry))
        and bool(YEAR.search(entry, 0, 150))
        and bool(_REFERENCE_MARKS.search(entry))
    )


def in_cited_parenthesis(text: str, start: int, end: int) -> bool:
    """True inside brackets that hold a year: "(see Berry, 1981, 'The employee as customer')"."""
    open_at = text.rfind("(", max(0, start - 200), start)
    if open_at < 0 or ")" in text[open_at:start]:
        return False
    close_at = text.find(")", end, end + 200)
    return close_at >= 0 and bool(YEAR.search(text[open_at:close_at]))

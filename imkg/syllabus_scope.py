"""Whether a concept mention in a syllabus means the course teaches the concept.

A syllabus names concepts it does not teach: it rules some out ("does not cover the internal
marketing cycle", "barriers are left to year 3"), names others only as prerequisites, and
cites many more in the titles of its readings ("... Journal of Services Marketing"). Counting
those as covered tells a curriculum designer the opposite of the truth, so each mention gets a
role here: ``covers``, ``excluded`` or ``cited``. Only plain text and regular expressions are
used (no spaCy), from the mention and sentence offsets the ingest tagger gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from imkg.syllabus_cues import (
    AFTER_CUES,
    ASSESSED_QUESTION,
    BEFORE_CUES,
    CITED,
    CLAUSE_BREAK,
    CONDITION,
    COVERS,
    CUE_WORDS,
    ELSEWHERE,
    EXCLUDED,
    EXCLUDING_LABEL,
    NO_ANSWER,
    PREREQUISITE,
    QUESTION_END,
    SENTENCE_END,
    TEACHING_QUESTION,
    module_code,
    normal_code,
)
from imkg.syllabus_references import (
    ENTRY_CHARS,
    YEAR,
    in_cited_parenthesis,
    introduced_reference,
    is_reference,
)
from imkg.syllabus_sections import Segment, section_roles, segments_of

_BELONGS = re.compile(r"belongs?\b", re.IGNORECASE)
_CLAUSE_REACH = 300  # characters either side of a mention that can hold its clause's cue


def mention_roles(text: str, mentions: Sequence[tuple[int, int, int, int]]) -> list[str]:
    """Return the role of each mention, given as (start, end, sentence_start, sentence_end).

    ``cited`` wins inside a reference entry or a parenthesised citation; ``excluded`` inside a
    prerequisite line, a section headed as left out, or a clause that rules its topic out.
    """
    segments = segments_of(text)  # in text order, so a mention's can be found by bisection
    section = section_roles(segments)
    own_code = module_code(text)
    return [_role(text, segments, section, own_code, *mention) for mention in mentions]


def _role(
    text: str,
    segments: list[Segment],
    section: dict[int, str],
    own_code: str | None,
    start: int,
    end: int,
    s_start: int,
    s_end: int,
) -> str:
    index = bisect_right(segments, start, key=lambda s: s.start) - 1
    if index < 0 or start >= segments[index].end:
        index = None
    where = segments[index].text if index is not None else ""
    in_reading_list = (
        section.get(index) == CITED and len(where) <= 4 * ENTRY_CHARS and bool(YEAR.search(where))
    )
    if (
        is_reference(where)
        or introduced_reference(where, start - segments[index].start if where else 0)
        or in_reading_list
        or in_cited_parenthesis(text, start, end)
    ):
        return CITED
    if section.get(index) == EXCLUDED or PREREQUISITE.search(where):
        return EXCLUDED
    if PREREQUISITE.search(_sentence_before(text, start)) or _answered_no(text, start):
        return EXCLUDED
    label = EXCLUDING_LABEL.match(where)
    if label and index is not None and start >= segments[index].start + label.end():
        return EXCLUDED
    if index is not None and s_end > s_start:  # a sentence runs over no item's end
        s_start, s_end = max(s_start, segments[index].start), min(s_end, segments[index].end)
    if clause_excludes(text, start, end, s_start, s_end, own_code=own_code):
        return EXCLUDED
    return COVERS


def _sentence_before(text: str, offset: int) -> str:
    """The words of the mention's line from its sentence's start up to it: "Q: Is there a
    prerequisite? A: Prerequisite: Services Marketing" opens a sentence with the label.

    At most ``_CLAUSE_REACH`` characters back, so a text of one long line costs no more."""
    line_start = text.rfind("\n", max(0, offset - _CLAUSE_REACH), offset) + 1
    line_start = max(line_start, offset - _CLAUSE_REACH)
    opened = list(SENTENCE_END.finditer(text, line_start, offset))
    return text[opened[-1].end() if opened else line_start : offset]


def _answered_no(text: str, offset: int) -> bool:
    """True when the question holding ``offset`` asks whether the course teaches something and
    its answer (on the same line, as a Markdown FAQ reads, or the next) opens with "No": a FAQ
    rules topics out across a question and its answer."""
    asked = QUESTION_END.match(text, offset, offset + _CLAUSE_REACH)
    if asked is None:
        return False
    question = _sentence_before(text, offset) + text[offset : asked.end()]
    if not TEACHING_QUESTION.search(question) or ASSESSED_QUESTION.search(question):
        return False
    return bool(NO_ANSWER.match(text, asked.end(), asked.end() + _CLAUSE_REACH))


def clause_excludes(
    text: str, start: int, end: int, s_start: int, s_end: int, *, own_code: str | None = None
) -> bool:
    """True when the clause around ``text[start:end]`` says the course does not teach it.

    Cues that put the topic after them ("does not cover X") rule out what follows in the
    clause; cues that put it before ("X is not part of", "X is left to year 3") what precedes.
    "Not only X but also Y" has no cue, and a module's own code is not "elsewhere". Questions
    ("which were left out?") and conditions ("if left out of a programme") rule nothing out.
    """
    if s_end <= s_start:
        s_start, s_end = _line_bounds(text, start)
    # A clause is read within a few hundred characters of the mention: a text without full
    # stops is one long "sentence", and reading all of it for every mention is quadratic.
    s_start, s_end = max(s_start, start - _CLAUSE_REACH), min(s_end, end + _CLAUSE_REACH)
    # A sentence never runs across a blank line (a heading or a table row stops it).
    gap = text.rfind("\n\n", s_start, start)
    s_start = s_start if gap < 0 else max(s_start, gap + 2)
    gap = text.find("\n\n", end, s_end)
    s_end = s_end if gap < 0 else min(s_end, gap)
    if text[s_start:s_end].rstrip().endswith("?"):
        return False
    c_start, c_end = _clause(text, start, s_start, s_end)
    clause = text[c_start:c_end]
    if CUE_WORDS.search(clause) is None:
        return False
    at, upto = start - c_start, end - c_start

    def stated(cue: re.Match[str]) -> bool:
        return not CONDITION.search(clause, 0, cue.start())

    if any(m.end() <= at and stated(m) for m in AFTER_CUES.finditer(clause)):
        return True
    if any(m.start() >= upto and stated(m) for m in BEFORE_CUES.finditer(clause)):
        return True
    for m in ELSEWHERE.finditer(clause):
        code = m.group("code")
        if (
            m.start() >= upto
            and stated(m)
            and not (code and own_code and normal_code(code) == own_code)
        ):
            return True
        # The topic's word names the other course: "pay belongs to the HR short course".
        if m.start() < at and upto <= m.end() and _BELONGS.match(m.group()) and stated(m):
            return True
    return False


def _clause(text: str, offset: int, s_start: int, s_end: int) -> tuple[int, int]:
    start, end = s_start, s_end
    for m in CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    return start, end


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end

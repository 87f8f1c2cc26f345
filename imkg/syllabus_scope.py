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
from dataclasses import dataclass

COVERS, EXCLUDED, CITED = "covers", "excluded", "cited"
# What opens an item of its own on a new line: a list mark, a numbered section ("3.1",
# "4.2.1") or a word with a number ("Slide 4 - ", "Week 2: ", "Session 3 \u2013 "), as slide
# outlines and documents exported from PDF are laid out; "Pages 12-15" opens none.
ITEM_MARK = (
    r"(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)]|\d{1,2}(?:\.\d{1,2})+\.?"
    r"|[A-Z][a-z]{1,9}\.?\s+\d{1,3}[a-z]?\s*(?:[-\u2013\u2014](?=\s)|[:.)]))"
)

_NOT = r"(?:\s+not|n['\u2019]t)"
_TEACH = (
    r"(?:cover|include|address|discuss|examine|treat|teach|deal\s+with|revisit|go\s+into|"
    r"look\s+at|explore|write\s+about|consider|get\s+into|touch\s+on|"
    r"spend\s+(?:any\s+|much\s+)?(?:time|words|effort)\s+on)"
)
# "we do not want students to get into X", "I don't plan to cover X": the wish is the cue.
_INTENT = (
    r"(?:\s+(?:want|plan|intend|aim|expect|mean|need|have\s+time)"
    r"(?:\s+(?:us|you|students|them|anyone|learners))?\s+to)?"
)
_ASSESSMENT = r"(?:the\s+)?(?:assessment|exam|examination|marking|grade|coursework)\b"
# "not covered until week 10" or "not covered in the exam" still teaches the topic.
_TAUGHT = (
    r"(?:covered|included|addressed|discussed|examined|taught|treated|dealt\s+with|considered|"
    r"revisited|explored)(?!\s+(?:until|before|till)\b)"
    rf"(?!\s+(?:in|by|on|for)\s+{_ASSESSMENT})"
)
# The course leaves out what follows the cue: "does not cover X", "excludes X", "do not discuss
# X". Not after "who": "students who do not cover the reading" rule nothing out.
_AFTER_CUES = re.compile(
    r"(?<!\bwho )\b(?:(?:(?:does|do|did|will|shall|would|should|must|need|can|wo|ca)"
    rf"{_NOT}|cannot){_INTENT}\s+{_TEACH}"
    r"|excludes|excluding|leaves\s+out|omits|no\s+(?:coverage|treatment|discussion)\s+of)\b",
    re.IGNORECASE,
)
# What a syllabus calls itself: "not in this module", "not on this course" (not a part of it:
# "taught in the lecture, not in this seminar" still teaches the topic).
_OWN_UNIT = r"(?:module|course|paper|plan|programme|program|syllabus|subject|certificate)"
# The course leaves out what comes before the cue: "X is not part of this module", "X is
# outside the scope", "X is left to year 3", "X should not be revisited".
_BEFORE_CUES = re.compile(
    r"\b(?:(?:is|are|was|were|be)\s+not|isn't|aren't)\s+"
    rf"(?:part\s+of(?!\s+{_ASSESSMENT})|{_TAUGHT})\b"
    r"|\b(?:(?:will|shall|would|should|must|need|can|could)"
    + _NOT
    + r"|cannot)\s+be\s+"
    + _TAUGHT
    + r"\b|\b(?:outside|beyond)\s+(?:the\s+)?(?:scope|remit|boundaries)\b|\bout\s+of\s+scope\b"
    # An assessment brief or a course that names itself: "they are outside this brief".
    r"|\b(?:outside|beyond)\s+(?:this|the\s+present)\s+(?:brief|assignment|" + _OWN_UNIT + r")\b"
    r"|\b(?:left|deferred|postponed|reserved|saved|held\s+over)\s+(?:to|for|until)\s+"
    r"(?!(?:later|week|session|lecture|class|seminar|workshop|unit|part|day)\b)"
    r"|\b(?:excluded|omitted|left\s+out|not\s+" + _TAUGHT + r")\b"
    # "X is dealt with in the operations track, not in this plan"; "X: elsewhere, not here".
    r"|,?\s+not\s+(?:in|on|during|within)\s+(?:this|the\s+present)\s+" + _OWN_UNIT + r"\b"
    r"|,?\s+not\s+here\b"
    # What the course takes as known: "students will have met X in year 2, and we assume it",
    # "prior knowledge of X is assumed" (not "X is assumed to raise ...").
    r"|,?\s+(?:and\s+)?(?:we|I)\s+(?:will\s+|shall\s+)?(?:assume|take)\s+"
    r"(?:it|them|this|these|that)(?:\s+as\s+read)?(?=\s*(?:[.;,)]|$))"
    r"|\b(?:is|are|will\s+be)\s+(?:assumed|taken\s+as\s+read)\b(?!\s+to\b)",
    re.IGNORECASE,
)
_CODE = re.compile(r"\b[A-Z]{2,5}\s?\d{3,4}[A-Z]?\b")
# "taught elsewhere", "treated in the graduate seminar MKTG 6460", "assessed in OPM2201",
# "belong to MKT3120", "belongs to the analytics module" (not "to this module").
_ELSEWHERE = re.compile(
    r"\b(?i:taught|covered|treated|dealt\s+with|assessed|addressed|examined|studied)\s+"
    r"(?i:elsewhere|in\s+(?:another|other|a\s+separate|a\s+different|a\s+follow-on)\b"
    r"|in\s+a\s+later\s+(?:module|course|year|programme|program)\b"
    r"|in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:pathway|programme|program|track|stream|strand)\b)"
    r"|\b(?i:belongs?\s+to\s+(?:another|a\s+(?:different|separate|later)|the\s+(?!same\b)[\w-]+)"
    r"\s+(?:module|course|unit|elective|paper|programme|program))\b"
    r"|\b(?i:(?:taught|covered|treated|dealt\s+with|assessed|addressed|examined|studied)\s+"
    r"in\s+(?:the\s+)?|belongs?\s+to\s+(?:the\s+)?)"
    r"(?:[\w-]+\s+){0,4}?(?P<code>[A-Z]{2,5}\s?\d{3,4}[A-Z]?)\b",
)
_PREREQUISITE = re.compile(
    rf"^\W*(?:{ITEM_MARK}\s+)?(?:(?:A|Ans(?:wer)?)\s*[:.)]\W*)?(?:pre-?requisites?|co-?requisites?|assumed\s+knowledge|prior\s+learning|"
    r"entry\s+requirements?|requires?\s+(?:completion\s+of|a\s+pass\s+in))\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
# A table's cells are clauses of their own: a rubric's fail band "Departments not discussed"
# rules nothing out of the criterion beside it.
_CLAUSE_BREAK = re.compile(
    r";|\s\|\s|,?\s+but\s+(?!also\b)|,\s+(?:while|whereas|although|though|so|yet|instead)\s+",
    re.IGNORECASE,
)
# A heading that is only about readings: "Core readings", "6. Reading", "References:" (not
# "Reading week").
_READING_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:core|essential|further|recommended|required|key|set|"
    r"suggested|indicative|background|additional|supplementary|weekly|selected)\s+)?"
    r"(?:readings?|references?|bibliography|sources|literature|texts?|reading\s+list)\s*:?\s*$",
    re.IGNORECASE,
)
# A label that rules out what follows its colon: "Not covered: CRM software."
_EXCLUDING_LABEL = re.compile(
    rf"^\W*(?:{ITEM_MARK}\s+)?(?:[\w-]+\s+){{0,2}}(?:not\s+(?:covered|included|taught)|excluded|out\s+of\s+scope|"
    r"not\s+(?:in|on|part\s+of)\s+(?:this|the)\s+" + _OWN_UNIT + r"|"
    r"(?:outside|beyond)\s+(?:the\s+)?scope)\s*:",
    re.IGNORECASE,
)
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
# A question on what the course teaches ("Does it cover CRM?", "Will we learn about X?"), not on
# what is assessed ("Is X in the exam?"): answered "No", it rules out the topics it names.
_TEACHING_QUESTION = re.compile(
    rf"\b(?:{_TEACH}|learn|study|covered|included|taught|part\s+of)\b", re.IGNORECASE
)
_ASSESSED_QUESTION = re.compile(
    rf"\b(?:{_ASSESSMENT}|assessed|examined|marked|graded|tested)", re.IGNORECASE
)
# "No." or "A: No - those are taught ..."; not "No, but ..." (taught in part) nor "Not only".
_QUESTION_END = re.compile(r"[^\n.!?]*(?:\n(?!\s*\n)[^\n.!?]*)?\?")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_NO_ANSWER = re.compile(
    r"\W*(?:(?:A|Ans(?:wer)?)\s*[:.)]\W*)?No\b(?!\s*,?\s*(?:but|only|not\s+only)\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d[a-z]?\b")
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
_ENTRY_CHARS = 400
_CLAUSE_REACH = 300  # characters either side of a mention that can hold its clause's cue
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


def mention_roles(text: str, mentions: Sequence[tuple[int, int, int, int]]) -> list[str]:
    """Return the role of each mention, given as (start, end, sentence_start, sentence_end).

    ``cited`` wins inside a reference entry or a parenthesised citation; ``excluded`` inside a
    prerequisite line, a section headed as left out, or a clause that rules its topic out.
    """
    segments = segments_of(text)  # in text order, so a mention's can be found by bisection
    section = _section_roles(segments)
    own_code = _own_code(text)
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
        section.get(index) == CITED and len(where) <= 4 * _ENTRY_CHARS and bool(_YEAR.search(where))
    )
    if (
        is_reference(where)
        or _introduced_reference(where, start - segments[index].start if where else 0)
        or in_reading_list
        or _in_cited_parenthesis(text, start, end)
    ):
        return CITED
    if section.get(index) == EXCLUDED or _PREREQUISITE.search(where):
        return EXCLUDED
    if _PREREQUISITE.search(_sentence_before(text, start)) or _answered_no(text, start):
        return EXCLUDED
    label = _EXCLUDING_LABEL.match(where)
    if label and index is not None and start >= segments[index].start + label.end():
        return EXCLUDED
    if index is not None and s_end > s_start:  # a sentence runs over no item's end
        s_start, s_end = max(s_start, segments[index].start), min(s_end, segments[index].end)
    if clause_excludes(text, start, end, s_start, s_end, own_code=own_code):
        return EXCLUDED
    return COVERS


def _introduced_reference(segment: str, at: int) -> bool:
    """True when a label ("Further reading:") or a lead-in in prose ("The core text would be")
    before offset ``at`` of the segment opens a reference entry that runs to its end."""
    label = _READING_LABEL.match(segment)
    if label is not None and is_reference(segment[label.end() :]):
        return True
    # Only near the mention, and only an entry short enough to be one: a syllabus of one long
    # line is one segment, and reading all of it for every mention would be quadratic.
    if len(segment) - at > 2 * _ENTRY_CHARS:
        return False
    lead_ins = list(_READING_LEAD_IN.finditer(segment, max(0, at - _ENTRY_CHARS), at))
    return bool(lead_ins) and is_reference(segment[lead_ins[-1].end() :])


def _sentence_before(text: str, offset: int) -> str:
    """The words of the mention's line from its sentence's start up to it: "Q: Is there a
    prerequisite? A: Prerequisite: Services Marketing" opens a sentence with the label.

    At most ``_CLAUSE_REACH`` characters back, so a text of one long line costs no more."""
    line_start = text.rfind("\n", max(0, offset - _CLAUSE_REACH), offset) + 1
    line_start = max(line_start, offset - _CLAUSE_REACH)
    opened = list(_SENTENCE_END.finditer(text, line_start, offset))
    return text[opened[-1].end() if opened else line_start : offset]


def _answered_no(text: str, offset: int) -> bool:
    """True when the question holding ``offset`` asks whether the course teaches something and
    its answer (on the same line, as a Markdown FAQ reads, or the next) opens with "No": a FAQ
    rules topics out across a question and its answer."""
    asked = _QUESTION_END.match(text, offset, offset + _CLAUSE_REACH)
    if asked is None:
        return False
    question = _sentence_before(text, offset) + text[offset : asked.end()]
    if not _TEACHING_QUESTION.search(question) or _ASSESSED_QUESTION.search(question):
        return False
    return bool(_NO_ANSWER.match(text, asked.end(), asked.end() + _CLAUSE_REACH))


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
    at, upto = start - c_start, end - c_start

    def stated(cue: re.Match[str]) -> bool:
        return not _CONDITION.search(clause, 0, cue.start())

    if any(m.end() <= at and stated(m) for m in _AFTER_CUES.finditer(clause)):
        return True
    if any(m.start() >= upto and stated(m) for m in _BEFORE_CUES.finditer(clause)):
        return True
    for m in _ELSEWHERE.finditer(clause):
        code = m.group("code")
        if m.start() >= upto and stated(m) and not (code and own_code and _norm(code) == own_code):
            return True
    return False


def is_reference(segment: str) -> bool:
    """True for a bibliography entry: short, opening with its authors, a year near the start and
    initials, volume, pages or a journal; a paragraph that cites "(Berry, 1981)" is not one."""
    if len(segment) > 2 * _ENTRY_CHARS:  # before stripping: a long paragraph is no entry
        return False
    entry = segment.strip()
    return (
        len(entry) <= _ENTRY_CHARS
        and bool(_AUTHORS.match(entry))
        and bool(_YEAR.search(entry, 0, 150))
        and bool(_REFERENCE_MARKS.search(entry))
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


def _section_roles(segments: list[Segment]) -> dict[int, str]:
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
        _AFTER_CUES.search(label)
        or _BEFORE_CUES.search(label)
        or re.search(r"\b(?:not\s+to\s+(?:include|cover|discuss)|elsewhere)\b", label, re.I)
    )


def _in_cited_parenthesis(text: str, start: int, end: int) -> bool:
    """True inside brackets that hold a year: "(see Berry, 1981, 'The employee as customer')"."""
    open_at = text.rfind("(", max(0, start - 200), start)
    if open_at < 0 or ")" in text[open_at:start]:
        return False
    close_at = text.find(")", end, end + 200)
    return close_at >= 0 and bool(_YEAR.search(text[open_at:close_at]))


def _clause(text: str, offset: int, s_start: int, s_end: int) -> tuple[int, int]:
    start, end = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
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


def _own_code(text: str) -> str | None:
    """The first course code of the syllabus (in its title): the module itself."""
    m = _CODE.search(text[:400])
    return _norm(m.group()) if m else None


def _norm(code: str) -> str:
    return re.sub(r"\s", "", code).upper()

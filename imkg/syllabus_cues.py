"""The words by which a syllabus says what it teaches, rules out or leaves to another unit:
the roles a mention can take, what opens an item of its own, and the cues before and after a
mention ("does not cover", "is left to year 3", "taught in MKT3120", "Prerequisites:",
"Not covered:", a question on what is taught answered "No")."""

from __future__ import annotations

import re

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
AFTER_CUES = re.compile(
    r"(?<!\bwho )\b(?:(?:(?:does|do|did|will|shall|would|should|must|need|can|wo|ca)"
    rf"{_NOT}|cannot){_INTENT}\s+{_TEACH}"
    r"|excludes|excluding|leaves\s+out|omits|no\s+(?:coverage|treatment|discussion)\s+of)\b"
    # A learner's wish for what was missing: "I wanted more on CRM", "would have liked more
    # about X".
    r"|\b(?:I|we)\s+(?:wanted|would\s+have\s+liked|wish(?:ed)?\s+(?:it|there|they)\s+"
    r"(?:had|was|were))\s+(?:a\s+lot\s+|much\s+|a\s+bit\s+)?more\s+(?:on|about)\b"
    # Other units by number or code: "This unit links with Unit 3: Customer Service".
    r"|\b(?:links?|linked|connects?|connected|relates?)\s+(?:closely\s+)?(?:with|to)\s+"
    r"(?=(?:units?|modules?|courses?|papers?)\s+[A-Z]{0,5}\s?\d)",
    re.IGNORECASE,
)


# What a syllabus calls itself: "not in this module", "not on this course" (not a part of it:
# "taught in the lecture, not in this seminar" still teaches the topic).
_OWN_UNIT = r"(?:module|course|paper|plan|programme|program|syllabus|subject|certificate)"


# The course leaves out what comes before the cue: "X is not part of this module", "X is
# outside the scope", "X is left to year 3", "X should not be revisited".
BEFORE_CUES = re.compile(
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
    # "X does not appear in any stage", "X does not feature in this course".
    r"|\b(?:do|does|will|did)\s+not\s+(?:appear|feature)\s+(?:in|on)\s+(?:any|this|the)\s+"
    r"(?!" + _ASSESSMENT + r")"
    # "X is dealt with in the operations track, not in this plan"; "X: elsewhere, not here".
    r"|,?\s+not\s+(?:in|on|during|within)\s+(?:this|the\s+present)\s+" + _OWN_UNIT + r"\b"
    r"|,?\s+not\s+here\b"
    # What the course takes as known: "students will have met X in year 2, and we assume it",
    # "prior knowledge of X is assumed" (not "X is assumed to raise ...").
    r"|,?\s+(?:and\s+)?(?:we|I)\s+(?:will\s+|shall\s+)?(?:assume|take)\s+"
    r"(?:it|them|this|these|that)(?:\s+as\s+read)?(?=\s*(?:[.;,)]|$))"
    r"|\b(?:is|are|will\s+be)\s+(?:assumed|taken\s+as\s+read)\b(?!\s+to\b)"
    # Someone else teaches it: "X has its own course", "the quality team runs its own programme".
    r"|\b(?:has|have|gets?|runs?|offers?)\s+(?:its|their)\s+own\s+(?:[\w-]+\s+)?"
    r"(?:module|course|programme|program|unit|workshop|paper)s?\b",
    re.IGNORECASE,
)


_CODE = re.compile(r"\b[A-Z]{2,5}\s?\d{3,4}[A-Z]?\b")


# "taught elsewhere", "treated in the graduate seminar MKTG 6460", "assessed in OPM2201",
# "belong to MKT3120", "belongs to the analytics module" (not "to this module").
ELSEWHERE = re.compile(
    r"\b(?i:taught|covered|treated|dealt\s+with|assessed|addressed|examined|studied)\s+"
    r"(?i:elsewhere|in\s+(?:another|other|a\s+separate|a\s+different|a\s+follow-on)\b"
    r"|in\s+a\s+later\s+(?:module|course|year|programme|program)\b"
    r"|in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:pathway|programme|program|track|stream|strand)\b)"
    r"|\b(?i:belongs?\s+to\s+(?:another|a\s+(?:different|separate|later)"
    r"|the\s+(?!same\b)(?:[\w-]+\s+){0,2}[\w-]+)"
    r"\s+(?:module|course|unit|elective|paper|programme|program))\b"
    r"|\b(?i:(?:taught|covered|treated|dealt\s+with|assessed|addressed|examined|studied)\s+"
    r"in\s+(?:the\s+)?|belongs?\s+to\s+(?:the\s+)?)"
    r"(?:[\w-]+\s+){0,4}?(?P<code>[A-Z]{2,5}\s?\d{3,4}[A-Z]?)\b",
)


# A word every match of ``AFTER_CUES``, ``BEFORE_CUES`` and ``ELSEWHERE`` holds: a clause
# without one rules nothing out, and this one search saves the three long ones (a text made of
# thousands of short mentions spent half its time in them). Add a cue's word here with the
# cue; a test checks every match in the held-out syllabi and the tests' cue sentences.
CUE_WORDS = re.compile(
    r"n['\u2019]t|\b(?:not|cannot|no|excludes|excluding|leaves|omits|links?|linked|connects?"
    r"|connected|relates?|outside|beyond|out|left|deferred|postponed|reserved|saved|held"
    r"|excluded|omitted|assume|take|assumed|taken|own|taught|covered|treated|dealt|assessed"
    r"|addressed|examined|studied|belongs?|wanted|liked|wish|wished)\b",
    re.IGNORECASE,
)


PREREQUISITE = re.compile(
    rf"^\W*(?:{ITEM_MARK}\s+)?(?:(?:A|Ans(?:wer)?)\s*[:.)]\W*)?(?:pre-?requisites?|co-?requisites?|assumed\s+knowledge|prior\s+learning|"
    r"entry\s+requirements?|requires?\s+(?:completion\s+of|a\s+pass\s+in))\b",
    re.IGNORECASE,
)


CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


# A table's cells are clauses of their own: a rubric's fail band "Departments not discussed"
# rules nothing out of the criterion beside it.
CLAUSE_BREAK = re.compile(
    r";|\s\|\s|,?\s+but\s+(?!also\b)|,\s+(?:while|whereas|although|though|so|yet|instead)\s+",
    re.IGNORECASE,
)


# A label that rules out what follows its colon: "Not covered: CRM software."
EXCLUDING_LABEL = re.compile(
    rf"^\W*(?:{ITEM_MARK}\s+)?(?:[\w-]+\s+){{0,2}}(?:not\s+(?:covered|included|taught)|excluded|out\s+of\s+scope|"
    r"not\s+(?:in|on|part\s+of)\s+(?:this|the)\s+" + _OWN_UNIT + r"|"
    r"(?:outside|beyond)\s+(?:the\s+)?scope)\s*:",
    re.IGNORECASE,
)


# A question on what the course teaches ("Does it cover CRM?", "Will we learn about X?"), not on
# what is assessed ("Is X in the exam?"): answered "No", it rules out the topics it names.
TEACHING_QUESTION = re.compile(
    rf"\b(?:{_TEACH}|learn|study|covered|included|taught|part\s+of)\b", re.IGNORECASE
)


ASSESSED_QUESTION = re.compile(
    rf"\b(?:{_ASSESSMENT}|assessed|examined|marked|graded|tested)", re.IGNORECASE
)


# "No." or "A: No - those are taught ...", "It does not; ..."; not "No, but ..." (taught in part)
# nor "Not only".
QUESTION_END = re.compile(r"[^\n.!?]*(?:\n(?!\s*\n)[^\n.!?]*)?\?")


SENTENCE_END = re.compile(r"[.!?](?=\s)")


NO_ANSWER = re.compile(
    r"\W*(?:(?:A|Ans(?:wer)?)\s*[:.)]\W*)?"
    r"(?:No\b|Not\s+(?:as\s+such|really)(?=\s*[.;,!])"
    r"|(?:It|We|This\s+course|This\s+module)\s+(?:does|do|will|did)(?:\s+not|n['\u2019]t)"
    r"(?!\s+(?:only|just)\b)(?=\s*[.;,!]))(?!\s*,?\s*(?:but|only|not\s+only)\b)",
    re.IGNORECASE,
)


def module_code(text: str) -> str | None:
    """The first course code of the syllabus (in its title): the module itself."""
    m = _CODE.search(text[:400])
    return normal_code(m.group()) if m else None


def normal_code(code: str) -> str:
    return re.sub(r"\s", "", code).upper()

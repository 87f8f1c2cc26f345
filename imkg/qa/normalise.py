"""A question in one canonical form before the intent patterns read it: lower case, folded
spelling, contractions expanded, markup and pictographs dropped, exam numbering and asides
cut, and the framing steps of :mod:`imkg.qa.frames` applied."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote_plus

from imkg.qa.causal_frames import rewrite_causal_idioms
from imkg.qa.courtesy import (
    ABBREVIATED,
    BARE_ABBREVIATED,
    COURTESY,
    GREETING,
    POLITE,
    SIGN_OFF,
    SUBJECT,
)
from imkg.qa.frames import FRAMES
from imkg.qa.keyword_queries import rewrite_keyword_query
from imkg.qa.patterns import IS_SYLLABUS_CHECK
from imkg.qa.slots import slips
from imkg.qa.student_frames import rewrite_student_frames
from imkg.text import fold

# Arrows typed between two concepts, before folding drops the non-ASCII ones.
_ARROWS = re.compile(r"\s*(?:[\u2192\u27f6\u2794\u279c\u21d2]|-+>|=+>)\s*")

# How many, or which first, a person asks for: the graph does not rank, so it answers all.
RANKED = re.compile(
    r"\b(?:top(?: (?:\d+|two|three|four|five|ten))?(?: most important| main| key)?|"
    r"(?:\d+|two|three|four|five|ten) (?:main|key|biggest|most important|major|primary)|"
    r"biggest|most important|most significant|most influential|strongest|greatest|largest|"
    r"primary|principal|leading|major|chief)(?= (?:factors?|drivers?|causes?|determinants?|"
    r"influences?|predictors?|reasons?|sources?|barriers?|benefits?|advantages?|problems?|"
    r"challenges?|obstacles?|objectives?|goals?|criticisms?|components?|features?)\b)"
)

MOST = re.compile(r"\bmost\b")

# Where a second question starts inside a long or double question.
CLAUSE = re.compile(
    r"\s*[,;:]\s*|(?<=[a-z])\.\s+|\s+-\s+|\s+(?:and|but|or|so|also|then|plus)\s+(?=(?:what|which|who|how|"
    r"where|why|list|define|explain|describe|name|compare|tell|say)\b)|\s+and\s+(?=(?:do|does|"
    r"did|is|are|can|will) (?:they|it|these|those)\b)|\b(?:know|wondering|"
    r"wonder|asking|ask|understand|curious|is)\s+(?=(?:what|which|who|how|where)\b)"
)

STARTS = re.compile(
    r"^(?:what|which|who|how|where|why|is|are|does|do|can|could|list|define|explain|"
    r"describe|name|compare|tell me|show me|give me|say|(?:i|we) (?:need|want) (?:the|all the|"
    r"a list of))\b"
)

# "2" typed for "to" after a word that takes "to" ("how 2 keep staff", "leads 2"), never
# after a word a number follows ("stage 2", "perspective 2", "name 2 barriers")
_TWO_FOR_TO = re.compile(
    r"\b(how|ways?|leads?|led|want|need|go|goes|related|linked|connected|contributes?|due|"
    r"according|belongs?|refers?|relates?|applies|apply|best|tips) 2 (?=[a-z])"
    # and at the end after a verb that takes "to": "what does X lead 2"
    r"|\b(leads?|led|related|linked|connected|contributes?|belongs?|refers?|relates?) 2$"
)

_CONTRACTIONS = (
    ("what's", "what is"),
    ("whats", "what is"),
    ("who's", "who is"),
    ("where's", "where is"),
    ("how's", "how is"),
    ("doesn't", "does not"),
    # the same without the apostrophe, as people type them
    ("doesnt", "does not"),
    ("dont", "do not"),
    ("didnt", "did not"),
    ("isnt", "is not"),
    ("arent", "are not"),
    ("wasnt", "was not"),
    ("werent", "were not"),
    ("hasnt", "has not"),
    ("havent", "have not"),
    ("cant", "cannot"),
    ("wont", "will not"),
    ("whos", "who is"),
    ("wheres", "where is"),
    ("hows", "how is"),
    ("don't", "do not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("hasn't", "has not"),
    ("haven't", "have not"),
    ("can't", "cannot"),
    # question words as people mistype them, and text speak ("wot r the barriers")
    ("diff", "difference"),
    ("diffs", "differences"),
    ("wat", "what"),
    ("wot", "what"),
    ("wut", "what"),
    ("r", "are"),
    ("wht", "what"),
    ("waht", "what"),
    ("whta", "what"),
    ("wich", "which"),
    ("whcih", "which"),
    ("hwo", "how"),
    ("hw", "how"),
    ("whihc", "which"),
    # search-box shorthand: "cases w/ X", "docs on X"
    ("w/", "with"),
    ("w/o", "without"),
    ("docs", "documents"),
)

# The patterns' own words, as people mistype them ("diffrence", "betwen"): one slip from
# exactly one of these, in a word that is none of them nor a form of one ("explains"), is
# read as that word.
KEYWORDS = frozenset(
    f"{word}{end}"
    for word in (
        "difference",
        "comparison",
        "relationship",
        "connection",
        "consequence",
        "antecedent",
        "example",
        "definition",
        "determinant",
        # both, so that neither is taken for a slip of the other
        "effect",
        "affect",
    )
    for end in ("", "s")
) | frozenset(("between", "compare", "explain", "describe", "chief"))

_EXPANDED = dict(_CONTRACTIONS)

_CONTRACTED = re.compile(r"\b(?:" + "|".join(map(re.escape, _EXPANDED)) + r")(?=\s|$)")

# "between" shortened after the words that take it: "the diff btw X and Y" ("btw" alone is
# "by the way", which politeness drops)
_BETWEEN = re.compile(
    r"\b(differences?|distinction|contrast|similarit(?:y|ies)|links?|connections?|relationships?|"
    r"relations?|path|paths) (?:btw|btwn|b/w|bw|betw|betwn|b/t)(?= )"
)

# A developer pasting the request: "GET /api/ask?q=what+drives+X", '{"question": "..."}'
_REQUEST = re.compile(
    r"^\s*(?:(?:get|post)\s+|curl\s+(?:-[a-z]+\s+)*)?['\"]?(?:https?://[^\s/]+)?/api/ask\?"
    r"(?:[a-z_]+=[^&\s]*&)*(?:q|question)=(?P<q>[^&'\"]+)(?:&\S*)?['\"]?\s*$",
    re.IGNORECASE,
)

_BODY = re.compile(r'^\s*\{\s*"(?:q|question)"\s*:\s*"(?P<q>[^"\\]{1,400})"\s*\}\s*$')

# An aside in brackets that sets a sense apart or gives an example: "(not the instagram kind)"
_ASIDE = re.compile(
    r"\s*\((?:not|i\.?e\.?|e\.?g\.?|as in|like|meaning|i mean|as opposed to)\b[^()]{0,80}\)",
    re.IGNORECASE,
)

# An exam paper's numbering and marks: "Q3.", "Question 2 (5 marks):", "[10 marks]", "(a) (b)"
# (a number after "part" or "question" needs its stop: "part 2 of the cycle" is a question)
_EXAM_NUMBER = re.compile(
    r"^(?:q\s?\d{1,2}[a-z]?\s?[.):-]*|(?:question|task|exercise|part)\s?\d{1,2}[a-z]?\s?[.):-]+|"
    r"(?:part|section) [a-e]\s?[.):-]+|\(?[a-e]\))\s+(?=\S)"
)

_MARKS = re.compile(r"\s*[\[(]\s?\d{1,3}\s?(?:marks?|points?|pts?)\s?[\])]")

_LETTERED_PART = re.compile(r"\s+\([b-e]\)\s+")

# A reference to the course's model inside an exam question: "discuss, with reference to the
# model, how ..."
_WITH_REFERENCE = re.compile(
    r",? (?:with (?:reference|regard) to|by reference to|referring to) (?:the )?(?:model|"
    r"literature|theory|theories|sources|readings|course(?: notes| material)?|graph),?(?= |$)"
)

# HTML or XML tags pasted around a question: "<b>what is empowerment</b>"
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")

# Emoticons and stray symbols typed around a question: ":)", ":-D", "<3", "***"
# pictographs (emoji, dingbats) stand between clauses: "`X` \U0001f449 what does it affect"
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]+\ufe0f?")

_SYMBOLS = re.compile(r"(?:^|(?<=\s))(?:[:;=][-']?[()\[\]dpo3/\\|*]+|<3|[*~^#@_+=<>|]+)(?=\s|$)")


def normalise(question: str) -> str:
    """Lowercase and tidy a question the way the patterns expect.

    >>> normalise("  What's   DRIVING customer-satisfaction?? ")
    'what is driving customer-satisfaction'
    >>> normalise("hey, what is empowerment pls :) ??")
    'what is empowerment'
    """
    if pasted := _REQUEST.match(question) or _BODY.match(question):
        question = unquote_plus(pasted["q"]) if pasted.re is _REQUEST else pasted["q"]
    # folding makes an em dash between clauses " - " (a clause break) and drops other
    # non-ASCII symbols, so arrows are read first
    text = _ARROWS.sub(" -> ", _MARKUP.sub(" ", question))
    if not text.isascii():
        text = _PICTOGRAPHS.sub(" - ", text).replace("`", "'")
    text = _SYMBOLS.sub(" ", fold(text.replace("`", "'")))
    if "(" in text:  # an aside in brackets: "influencers (not the instagram kind)"
        text = _ASIDE.sub(" ", text)
    if "(" in text or "[" in text:  # an exam question's marks and lettered parts
        text = _LETTERED_PART.sub("; ", _MARKS.sub(" ", text))
    if " reference to " in text or " referring to " in text or " regard to " in text:
        text = _WITH_REFERENCE.sub(" ", text)
    text = _EXAM_NUMBER.sub("", text.lstrip(), count=1)
    text = re.sub(r"^-\s+|\s+-$", "", " ".join(text.split()).strip(" ?!.;"))  # a dash alone
    # quotes around the whole question: '"What is 'psychological safety'?"'
    while len(text) > 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip(" ?!.;")
    text = re.sub(r"\s*[?!]+\s+(?=\S)", ", ", text.strip(" ?!.;"))
    text = SIGN_OFF.sub("", GREETING.sub("", text, count=1), count=1)
    text = SUBJECT.sub("", text, count=1)
    text = _CONTRACTED.sub(lambda m: _EXPANDED[m.group(0)], text)
    text = _TWO_FOR_TO.sub(lambda m: f"{m[1] or m[2]} to ", text)
    text = " ".join(map(_keyword, text.split(" ")))
    text = _BETWEEN.sub(r"\1 between", text)
    text = text.rstrip(" ?!.,;:")
    while (trimmed := COURTESY.sub("", text).rstrip(" ?!.,;:")) != text:  # "pls ty"
        text = trimmed
    text = rewrite_keyword_query(POLITE.sub("", text, count=1))
    if IS_SYLLABUS_CHECK.match(text):
        return text.strip(" ?!.,;:")  # no framing: "evaluate my syllabus" is no exam verb
    text = rewrite_student_frames(text)  # "why does IM fail": the barriers to IM
    for pattern, replacement, anchored in _FRAME_STEPS:
        if not anchored:
            text = pattern.sub(replacement, text, count=1)
        elif found := pattern.match(text):
            done = replacement(found) if callable(replacement) else found.expand(replacement)
            text = done + text[found.end() :]
    # the causal idioms come last: they read the question the other frames leave
    return rewrite_causal_idioms(text).strip(" ?!.,;:")


def _starts_anchored(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` must start at the beginning of the text (a leading
    ``^`` outside any alternation, no MULTILINE): ``match`` then does what ``sub(count=1)``
    does, without trying every later position (a fifth of the time: normalising a question
    through the frames took 190 µs)."""
    source = pattern.pattern
    if pattern.flags & (re.MULTILINE | re.VERBOSE) or not source.startswith("^"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in source:  # an alternation outside every group would have its own start
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


_FRAME_STEPS = tuple((p, r, _starts_anchored(p)) for p, r in FRAMES)


@lru_cache(maxsize=8192)
def _keyword(word: str) -> str:
    """Return the keyword ``word`` mistypes, or ``word``; remembered, since the same words
    come back in question after question and a slip check scans every keyword.

    Punctuation typed onto the word stays and is never taken for a letter: "definition:"
    is no slip for "definitions".

    >>> _keyword("diffrence"), _keyword("betwen"), _keyword("influencers")
    ('difference', 'between', 'influencers')
    >>> _keyword("definition:"), _keyword("diffrence,")
    ('definition:', 'difference,')
    """
    if word in KEYWORDS:
        return word
    if word in BARE_ABBREVIATED:  # "internal cust", "mgmt": never a word of their own
        return ABBREVIATED[word]
    letters = word.rstrip(",:;.!?")
    if letters != word:
        return _keyword(letters) + word[len(letters) :]
    close = [k for k in slips(word, KEYWORDS) if not (word.startswith(k) or k.startswith(word))]
    return close[0] if len(close) == 1 else word

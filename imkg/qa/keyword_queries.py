"""Search-box queries written out as the questions they stand for, before the framing steps.

People type into a search box what they would not say: "cases w/ staff retention",
"empowerment in course texts where", "TQM v IM", "perspectives on IM - what r they",
"does training affect motivation y/n", "concepts with no mentions at all". Each rewrite here
turns one such form into the full question the intent patterns already read ("which cases
mention staff retention"), so the concept slots are still filled strictly and a query whose
words name no concept still declines. A rewrite runs only when its cue word is in the text (a
set lookup), which keeps the cost of a question that has none to one split.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from imkg.qa.phrases import DISCUSSED

# The documents a keyword query names ("docs" is written out before this step)
_DOCS = (
    r"(?:documents?|texts?|case stud(?:y|ies)|cases?|course (?:texts?|notes|units?|readings?)|"
    r"readings?|units?|materials?)"
)
_CONCEPTS = r"(?:im |key |main )?(?:concepts?|ideas?|topics?|themes?|terms?)"
_WITH = r"(?:with|mentioning|that mentions?|discussing|that discuss(?:es)?|covering|on|about)"

# "does X affect Y y/n", "(yes/no)": the answer's form, which a link question gives anyway
_ANSWER_FORM = re.compile(r",?\s*\(?\b(?:y/n|yes/no|y or n)\b\)?$")

# "X v Y", "X v. Y": a comparison; "X vs Y difference": the keyword after the pair
_BARE_V = re.compile(r"^(?P<a>[a-z][a-z' -]*?) v\.? (?P<b>[a-z][a-z' -]*)$")
_VS_THEN_KEYWORD = re.compile(
    r"^(?P<pair>.+ (?:vs\.?|versus) .+?)(?<!\bthe)(?<!\ba)(?<!\bis)(?<!\bwhat) "
    r"(?:differences?|comparison|contrast|compared)$"
)

# "perspectives on IM - what are they", "the stages: which are they", "barriers, name them"
_THEN_WHAT_ARE_THEY = re.compile(
    r"^(?P<np>[a-z0-9][^,:;]*?)(?: -|:|,|;) (?:so )?(?:what|which) (?:are|were) "
    r"(?:they|these|those|them)(?: called)?$|^(?P<np2>[a-z0-9][^,:;]*?)(?: -|:|,|;) "
    r"(?:list|name) (?:them|these|those)(?: all)?$"
)

# "empowerment in course texts where", "staff retention in the cases, where"
_WHERE_LAST = re.compile(rf"^(?P<x>.+?) in (?:the |our )?(?P<dk>{_DOCS}|corpus)(?: -|,)? where$")
# "cases w/ staff retention", "course texts on empowerment", "documents mentioning TQM"
_DOCS_WITH = re.compile(rf"^(?:all |any )?(?:the )?(?P<dk>{_DOCS}) {_WITH} (?P<x>.+)$")
# "count of docs mentioning TQM", "number of cases with empowerment", "no. of texts on X"
_COUNT_OF_DOCS = re.compile(
    rf"^(?:the )?(?:count|number|no\.?|total) of (?P<dk>{_DOCS}) {_WITH} (?P<x>.+)$"
)

# "which concepts are not discussed (at all) in the course texts": "not" as "never"
_NOT_DISCUSSED = re.compile(
    rf"^(?P<head>(?:which|what) {_CONCEPTS} (?:are|is) )not (?P<verb>{DISCUSSED}|talked about)"
    r"(?P<rest>(?: at all| anywhere)?(?: in .+)?)$"
)
# "concepts with no mentions (at all) (in any document)", "unmentioned concepts", "concepts
# never mentioned anywhere", "concepts that no document mentions"
_NO_MENTIONS = re.compile(
    rf"^(?:which |what |the |list (?:the |all )?|all )?{_CONCEPTS} (?:with|having|that have|"
    r"that get|getting|that receive) (?:no|zero|0) (?:mentions?|passages?|coverage)"
    r"(?: at all| anywhere| whatsoever)?(?P<rest> in .+)?$"
)
_UNMENTIONED = re.compile(
    rf"^(?:which |what |the |list (?:the |all )?|all )?(?:unmentioned|undiscussed|uncovered) "
    rf"{_CONCEPTS}(?P<rest> in .+)?$|^(?:the )?{_CONCEPTS} (?:never|not) (?:{DISCUSSED}|"
    r"talked about)(?: at all| anywhere)?(?P<rest2> in .+)?$"
)
_NO_DOCUMENT = re.compile(
    rf"^(?:which |what |the )?{_CONCEPTS} (?:does )?(?:no|none of the) (?P<dk>{_DOCS}) "
    r"(?:mentions?|discuss(?:es)?|covers?|talks? about)$"
)

_NEVER = "which concepts are never mentioned"


_REWRITES: tuple[tuple[frozenset[str], re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (frozenset({"v", "v."}), _BARE_V, lambda m: f"{m['a']} vs {m['b']}"),
    (
        frozenset({"vs", "vs.", "versus"}),
        _VS_THEN_KEYWORD,
        lambda m: m["pair"],
    ),
    (
        frozenset({"they", "these", "those", "them"}),
        _THEN_WHAT_ARE_THEY,
        lambda m: (
            f"what are {np}"
            if (np := m["np"] or m["np2"]).startswith("the ")
            else f"what are the {np}"
        ),
    ),
    (
        frozenset({"where"}),
        _WHERE_LAST,
        lambda m: (
            f"where is {m['x']} discussed in the corpus"
            if m["dk"] == "corpus"
            else f"where do the {m['dk']} discuss {m['x']}"
        ),
    ),
    (
        frozenset({"count", "number", "no", "no.", "total"}),
        _COUNT_OF_DOCS,
        lambda m: f"how many {m['dk']} mention {m['x']}",
    ),
    (frozenset({"not"}), _NOT_DISCUSSED, lambda m: f"{m['head']}never {m['verb']}{m['rest']}"),
    (frozenset({"no", "zero", "0"}), _NO_MENTIONS, lambda m: _NEVER + (m["rest"] or "")),
    (
        frozenset({"unmentioned", "undiscussed", "uncovered", "never", "not"}),
        _UNMENTIONED,
        lambda m: _NEVER + (m["rest"] or m["rest2"] or ""),
    ),
    (frozenset({"no", "none"}), _NO_DOCUMENT, lambda m: f"{_NEVER} in the {m['dk']}"),
)

# Tried last, since its words ("on", "with") are common: "cases w/ staff retention"
_DOCS_FIRST = frozenset(
    {"document", "documents", "text", "texts", "case", "cases", "course", "readings", "units"}
)


def rewrite_keyword_query(text: str) -> str:
    """Write a search-box query out as the question it stands for, or return it unchanged.

    >>> rewrite_keyword_query("cases with staff retention")
    'which cases mention staff retention'
    >>> rewrite_keyword_query("tqm v im")
    'tqm vs im'
    >>> rewrite_keyword_query("what drives service quality")
    'what drives service quality'
    """
    words = set(text.split())
    if words & {"y/n", "yes/no", "(y/n)", "(yes/no)", "n"}:
        text = _ANSWER_FORM.sub("", text)
    for cues, pattern, rewrite in _REWRITES:
        if cues & words and (found := pattern.match(text)):
            return rewrite(found)
    first = text.split(" ", 1)[0]
    if (first in _DOCS_FIRST or first in {"all", "any", "the"}) and (
        found := _DOCS_WITH.match(text)
    ):
        return f"which {found['dk']} mention {found['x']}"
    return text

"""Questions students ask in their own words, written out as the questions they stand for.

- Failure asks for the barriers: "why do internal marketing programmes fail", "what makes
  IM go wrong", "reasons why IM doesn't work", "why does IM flop" -> "what are the barriers
  to X".
- A state of people asks what follows from a concept held low: "what happens if employees
  are not satisfied", "what if staff feel unmotivated", "what suffers if customers are
  dissatisfied", "if there is no X, what happens" -> "what happens if <concept> is low",
  which the causal reading answers with the concept's effects and a note that the model's
  influences are positive. The state words are read through a small table of adjectives and
  the concept each names for staff or for customers; a state the table does not hold
  ("not paid on time") is left as it was, and declines.

Each rewrite is tried only when one of its cue words is in the question (a set lookup).
"""

from __future__ import annotations

import re

_FAIL_VERB = (
    r"(?:fail|fails|failed|flop|flops|go wrong|goes wrong|break down|breaks down|fall apart|"
    r"falls apart|fizzle out|fizzles out|not work|does not work|do not work|misfire|misfires|"
    r"fall flat|falls flat|backfire|backfires|not succeed|do not succeed|does not succeed)"
)
_WHEN = r"(?: (?:in practice|sometimes|often|so often|at times|in real life|in reality))?"

# (pattern, replacement) over a normalised question
_FAILURE = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            rf"^(?:the )?(?:reasons? )?(?:why|how come) (?:do|does|did|can|could|might|would) "
            rf"(?P<x>.+?){_WHEN} {_FAIL_VERB}{_WHEN}$",
            r"what are the barriers to \g<x>",
        ),
        (
            rf"^(?:the )?(?:reasons? )?(?:why|how come) (?P<x>.+?){_WHEN} (?:{_FAIL_VERB}|"
            rf"(?:can|could|might|may|would|will|sometimes|often) {_FAIL_VERB}){_WHEN}$",
            r"what are the barriers to \g<x>",
        ),
        (
            r"^(?:what|which things?|what factors?) (?:makes?|causes?|leads?|can make|can cause|"
            rf"could make|might make) (?:an? |the )?(?P<x>.+?) (?:to )?{_FAIL_VERB}{_WHEN}$",
            r"what are the barriers to \g<x>",
        ),
        (
            r"^(?:what|which) (?:obstacles?|hurdles?|problems?|things?|factors?|issues?) "
            r"(?:stops?|prevents?|keeps?|hold back|holds back|can stop|could stop) (?:an? |the )?"
            r"(?P<x>.+?) (?:from )?(?:succeeding|working|taking off|taking hold)$",
            r"what are the barriers to \g<x>",
        ),
        (
            r"^(?:what|which) (?:are )?(?:the )?(?:common |usual |main |typical )?(?:pitfalls|"
            r"failure points|reasons for failure|failure reasons|reasons for the failure|causes "
            r"of failure) (?:of|in|with|for) (?:an? |the )?(?P<x>.+)$",
            r"what are the barriers to \g<x>",
        ),
        (
            r"^(?:what )?(?:can |could |might )?(?:goes|go) wrong (?:with|in) (?:an? |the )?"
            r"(?P<x>.+)$",
            r"what are the barriers to \g<x>",
        ),
    )
)
_FAILURE_CUES = frozenset(
    [
        "fail",
        "fails",
        "failed",
        "flop",
        "flops",
        "wrong",
        "down",
        "apart",
        "fizzle",
        "fizzles",
        "work",
        "misfire",
        "misfires",
        "flat",
        "backfire",
        "backfires",
        "succeed",
        "succeeding",
        "working",
        "pitfalls",
        "failure",
    ]
)

# People and the states said of them: the concept a state names, for staff or for customers;
# only concepts of the causal model, whose effects a low level puts at risk
_STAFF = (
    r"(?:staff|employees|workers|people|personnel|the team|team members|agents|colleagues|"
    r"the workforce|our people|my team|frontline staff|front-line staff|nurses|tellers)"
)
_CUSTOMERS = r"(?:customers|clients|guests|passengers|patients|users)"
_STAFF_STATES = {
    "motivated": "employee motivation",
    "satisfied": "employee satisfaction",
    "happy": "employee satisfaction",
    "content": "employee satisfaction",
    "empowered": "empowerment",
    "engaged": "employee engagement",
    "trained": "employee training",
    "coordinated": "inter-functional coordination",
    "customer oriented": "customer orientation",
    "customer focused": "customer orientation",
}
_CUSTOMER_STATES = {
    "satisfied": "customer satisfaction",
    "happy": "customer satisfaction",
    "retained": "customer retention",
    "loyal": "customer retention",
}
_NEGATIVE = r"(?:not |no longer |never |(?:badly|poorly) )"
_STATE = r"(?P<neg>{neg})?(?P<pre>un|de|dis)?(?P<state>{states})"
_BE = r"(?:are|feel|get|become|seem|grow|are left|stay|remain)"


def _state_pattern(people: str, states: dict[str, str]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, states), key=len, reverse=True))
    state = _STATE.format(neg=_NEGATIVE, states=words)
    return re.compile(rf"^(?:the |our |my )?{people} {_BE} {state}$")


_STATES = (
    (_state_pattern(_STAFF, _STAFF_STATES), _STAFF_STATES),
    (_state_pattern(_CUSTOMERS, _CUSTOMER_STATES), _CUSTOMER_STATES),
)
_ABSENT = re.compile(
    r"^(?:there is|there are|there's|we have|you have|a firm has|the firm has) (?:no|not enough|"
    r"little|too little|a lack of) (?P<x>.+)$|^(?:we|you|they|a firm|the firm|managers) "
    r"(?:do not have|lack|have no) (?:any )?(?P<x2>.+)$"
)
# "what happens if C", "what if C", "what suffers if C", "if C, what happens"
_CONDITIONAL = re.compile(
    r"^(?:what (?:happens|would happen|will happen|goes wrong|suffers|breaks|is at risk)"
    r"|what) (?:if|when|once) (?P<c>.+)$"
    r"|^(?:if|when) (?P<c2>.+?),? (?:then )?what (?:happens|goes wrong|suffers|breaks)$"
    r"|^what (?:happens|would happen|will happen|goes wrong|suffers) without (?P<c3>.+)$"
)
_CONDITION_CUES = frozenset(("if", "when", "once", "without"))


def _low_concept(condition: str) -> str | None:
    """The concept a condition holds low ("staff are unmotivated": employee motivation)."""
    for pattern, states in _STATES:
        found = pattern.match(condition)
        if found and (found["neg"] or found["pre"]):
            return states[found["state"]]
    if absent := _ABSENT.match(condition):
        return absent["x"] or absent["x2"]
    return None


def rewrite_student_frames(text: str) -> str:
    """Write failure and low-state questions out as the questions they stand for.

    >>> rewrite_student_frames("why do internal marketing programmes fail")
    'what are the barriers to internal marketing programmes'
    >>> rewrite_student_frames("what happens if employees are not satisfied")
    'what happens if employee satisfaction is low'
    """
    words = set(text.replace(",", " ").split())
    if not _FAILURE_CUES.isdisjoint(words):
        for pattern, replacement in _FAILURE:
            if found := pattern.match(text):
                return found.expand(replacement)
    if not _CONDITION_CUES.isdisjoint(words) and (found := _CONDITIONAL.match(text)):
        condition = found["c"] or found["c2"] or found["c3"]
        if found["c3"]:
            return f"what happens if {condition} is low"
        concept = _low_concept(condition)
        if concept is not None:
            return f"what happens if {concept} is low"
    return text

"""A manager's situation told before the question, read as the concept the question is about.

"My call centre staff are demotivated, what should I look at" asks what drives staff
motivation; "I'm planning to empower my branch staff - what will that improve" asks what
staff empowerment affects; "service quality is slipping. what affects it?" asks what affects
service quality. :func:`situation_topic` names the concept a situation clause is about (or
None), and :data:`ADVICE` recognises the open asks ("what should I look at") that then mean
"what drives it". Only a few state and action words are read, each naming a concept's head
noun, so a situation about anything else ("my phone system keeps crashing") names nothing.
"""

from __future__ import annotations

import re

# A state of people, as the noun of the concept it is low on: "demotivated" is low motivation
_STATES = {
    "demotivated": "motivation", "unmotivated": "motivation", "not motivated": "motivation",
    "unhappy": "satisfaction", "dissatisfied": "satisfaction", "not satisfied": "satisfaction",
    "disengaged": "engagement", "not engaged": "engagement", "uncommitted": "commitment",
    "not committed": "commitment", "leaving": "retention", "quitting": "retention",
    "resigning": "retention", "walking out": "retention", "going elsewhere": "retention",
}  # fmt: skip
# An action on people, as the noun of the concept it builds: "empower my staff"
ACTIONS = {
    "empower": "empowerment", "motivate": "motivation", "train": "training",
    "engage": "engagement", "retain": "retention", "satisfy": "satisfaction",
}  # fmt: skip
# Who the manager speaks of: their customers, or (any other group of their own) their staff
_CUSTOMERS = r"(?:customers|clients|guests|patients|passengers|shoppers|users|members|diners)"
_PEOPLE = r"(?:[a-z-]+s|staff|team|people|personnel|crew|workforce)"
_OWN = rf"(?:my|our) (?:[a-z-]+ ){{0,3}}?(?P<who>{_CUSTOMERS}|{_PEOPLE})"
_STATE = "|".join(sorted(_STATES, key=len, reverse=True))
_PEOPLE_STATE = re.compile(
    rf"^(?:.* (?:and|but|so|because) )?{_OWN} (?:are|is|have been|keep|keeps|seem|feel|get|"
    rf"are getting|are all)(?: (?:so|very|really|quite|increasingly|often|always))? "
    rf"(?P<state>{_STATE})\b"
)
# A concept said to be falling: "service quality is slipping", "and job satisfaction is low"
_FALLING = re.compile(
    r"^(?:.* (?:and|but|so|because|as|since) )?(?:(?:my|our|the) )?(?P<topic>[a-z][a-z' -]*?) "
    r"(?:is|are|has been|have been|keeps|seems|seem) (?:really |very |quite |so )?(?:slipping|"
    r"falling|dropping|declining|low|poor|down|suffering|getting worse|going down|a problem|"
    r"an issue|bad)$"
)
# An action the manager plans: "I'm planning to empower my branch staff", "we want to train"
_PLANNED = re.compile(
    r"^(?:i'm|i am|we're|we are|i|we|i'll|we'll|i will|we will|i'd like|we'd like)(?: (?:planning|"
    r"going|about|hoping|trying|thinking of|looking|want|plan|intend|need|would like))? to "
    rf"(?P<verb>{'|'.join(ACTIONS)}) {_OWN}$"
)
# The open asks that follow a situation: what to look at, what helps
ADVICE = re.compile(
    r"^(?:so )?(?:(?:what|where) (?:should|can|could|do|must|might) (?:i|we) (?:look at|do|start|"
    r"focus on|work on|change|fix|try|check|look into|prioriti[sz]e)(?: first| about (?:it|this|"
    r"that))?|what (?:helps?|would help|will help|can help|could help)(?: (?:to )?(?:keep|retain|"
    r"motivate|engage|satisfy|win back|fix|improve) (?:them|it|that|this))?|any (?:ideas|advice|"
    r"tips|suggestions)|what (?:do|does) (?:im|internal marketing) (?:suggest|recommend|say)"
    # "what would help" once a closing "help" has been read as courtesy
    r"|what (?:would|will|can|could|might))$"
)


def situation_topic(clause: str) -> str | None:
    """The concept a situation clause speaks of, in words the label index knows, or None.

    >>> situation_topic("my call centre staff are demotivated")
    'staff motivation'
    >>> situation_topic("i run a hotel front desk and service quality is slipping")
    'service quality'
    >>> situation_topic("my phone system keeps crashing") is None
    True
    """
    if found := _PEOPLE_STATE.match(clause):
        return f"{party(found['who'])} {_STATES[found['state']]}"
    if found := _PLANNED.match(clause):
        return f"{party(found['who'])} {ACTIONS[found['verb']]}"
    if found := _FALLING.match(clause):
        return found["topic"]
    return None


def party(word: str) -> str:
    """The party a group word stands for in a concept's label: customer or staff."""
    return "customer" if re.fullmatch(_CUSTOMERS, word) else "staff"

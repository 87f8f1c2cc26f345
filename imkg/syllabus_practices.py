"""Practices and failings a syllabus describes instead of naming: rewards ("a thank-you card,
an extra day of leave, a named award"), pay tied to what customers say, a change sold to the
staff before the public, information managers keep to themselves, the culture of a workplace.

These are the everyday readings of ``imkg.syllabus_paraphrase`` for what managers do (or fail
to do), kept apart so each module stays readable. As there, each family is turned into a
phrase in the field's terms and counts only when the tagger reads the phrase whole, and most
families count only in a sentence that says what they are about (rewards, staff, managers):
"a free afternoon" is a reward beside "rewards" or "pay", not in a timetable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_paraphrase import (
    ANYONE,
    BOUNDARY,
    DEPARTMENT_WORDS,
    STAFF_IN_SENTENCE,
    family,
    read_families,
)
from imkg.syllabus_verbs import PEOPLE, Read

# Small gestures of thanks: "a thank-you card", "being thanked", "an afternoon off" ("a free
# afternoon" only where it ends there: not "a free afternoon tea").
_GESTURE = (
    r"(?:(?:thank[- ]you|handwritten|personal)\s+(?:cards?|notes?|letters?|e-?mails?|messages?)"
    r"|(?:being|getting)\s+thanked|(?:a\s+)?word\s+of\s+thanks|praise"
    r"|(?:an?\s+)?(?:extra|free|additional|paid)\s+(?:day|afternoon|morning|half[- ]day|evening)"
    rf"(?:\s+(?:off|of\s+(?:leave|holiday))|{BOUNDARY})"
    r"|(?:an?\s+)?(?:afternoon|day|half[- ]day|morning|evening)\s+off|time\s+off|gift\s+vouchers?)"
)
_PAY_WORDS = (
    r"\b(?:rewards?|rewarding|recognition|recogni[sz]\w*|bonus(?:es)?|incentives?|perks?|"
    r"pay|paid|paying|money|cash|salar(?:y|ies)|wages?)\b"
)
_REWARD_WORDS = re.compile(rf"{_PAY_WORDS}|\bawards?\b", re.IGNORECASE)
# An award is the staff's where the sentence names them or other rewards ("a hotel's annual
# award for its breakfasts" is not).
_REWARD_OR_STAFF = re.compile(rf"{_PAY_WORDS}|\b{ANYONE}\b", re.IGNORECASE)
_MANAGERS = re.compile(
    r"\b(?:managers?|management|supervisors?|bosses|leaders?|head\s+office|information|news)\b",
    re.IGNORECASE,
)
_GUESTS = re.compile(r"\b(?:guests?|customers?|clients?|service|passengers?)\b", re.IGNORECASE)
_UNITS_OR_TEAMS = re.compile(
    rf"{DEPARTMENT_WORDS.pattern}|\b(?:teams?|colleagues|back[- ]office)\b", re.IGNORECASE
)
_WHAT_IS_SOLD = (
    r"(?:change|changes|idea|ideas|strategy|strategies|vision|plans?|polic(?:y|ies)|values|brand|"
    r"initiatives?|reforms?|projects?|programmes?|programs?|system)"
)
_PRACTICES = (
    # Rewards that are not money: gestures where the sentence speaks of rewards or pay.
    family(
        rf"\b{_GESTURE}"
        r"|\brewards?\s+(?:which|that)\s+(?:are|is)\s+not\s+(?:about\s+)?(?:money|cash|pay|financial)"
        r"|\b(?:reward|rewards|rewarding|recogni[sz]e|recogni[sz]ing)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:(?:with\s+and\s+)?without\s+(?:money|cash|pay)|(?:that|which)\s+costs?\s+nothing)\b"
        r"|\b(?:pay|paying\s+(?:people|staff)|money|salary|wages)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:is\s+not\s+enough|isn't\s+enough|mattered\s+less|matters\s+less|is\s+not\s+everything"
        r"|isn['\u2019]t\s+everything)",
        "non-monetary reward",
        "recognition and reward",
        needs=_REWARD_WORDS,
    ),
    # Awards for staff: "employee of the month", "a named award", awards beside other gestures.
    family(
        r"\b(?:employee|staff|team|worker|colleague)\s+of\s+the\s+(?:week|month|quarter|year)\b"
        r"|\b(?:named|quarterly|monthly|annual|long[- ]service|staff|team)\s+awards?\b"
        r"|\bawards?\s+(?:each|every)\s+(?:month|quarter|year)\b"
        rf"|\b{_GESTURE}[^.;\n]{{0,40}}?\bawards\b|\bawards\b[^.;\n]{{0,40}}?\b{_GESTURE}",
        "achievement awards",
        needs=_REWARD_OR_STAFF,
    ),
    # Team pay tied to what customers say.
    family(
        r"\b(?:team|group|branch|shared|collective)\s+(?:pay|bonus(?:es)?|salar(?:y|ies)|"
        r"incentives?|rewards?)\b[^.;\n]{0,60}?\b(?:customer|guest|client|patient|passenger)s?"
        r"['\u2019]?\s+(?:scores?|ratings?|satisfaction|feedback|reviews?|surveys?)\b"
        r"|\b(?:reward|rewards|rewarding|pay|pays|paying)\s+(?:the\s+)?teams?\s+(?:for|by|on|"
        r"according\s+to)\s+(?:what\s+(?:customers|guests|clients)\s+say|(?:customer|guest|client)s?"
        r"['\u2019]?\s+(?:scores?|ratings?|satisfaction|feedback))",
        "team salaries with customer-based bonuses",
    ),
    # A change sold to the staff first: "selling the change to your own team".
    family(
        r"\b(?:sell|sells|selling|sold|pitch|pitches|pitching)\s+"
        r"(?:(?:the|a|an|this|that|any|every|each|your|our|their|its)\s+)?(?:new\s+)?"
        rf"(?:[\w-]+\s+)?{_WHAT_IS_SOLD}\s+to\s+(?:(?:your|our|their|its|the|a)\s+)?(?:own\s+)?"
        rf"(?:(?!rival|customer|client|other|partner)[\w-]+\s+)?(?:{PEOPLE}|people)\b"
        rf"|\bwin(?:s|ning)?\s+over\s+(?:(?:its|their|your|our|the)\s+)?own\s+(?:{PEOPLE}|people)\b",
        "marketing to employees",
    ),
    # Keeping staff informed; what keeps them going.
    family(
        r"\bkeep(?:s|ing)?\s+(?:(?:the|your|our|their)\s+)?"
        rf"(?:{PEOPLE}|people|everyone|everybody)\s+"
        r"(?:informed|in\s+the\s+loop|up\s+to\s+date|posted)\b",
        "staff communication",
    ),
    family(
        r"\bkeeps?\s+(?:people|staff|employees|them|the\s+team|teams)\s+going\b"
        r"|\bgets?\s+(?:people|staff|employees)\s+out\s+of\s+bed\b",
        "staff motivation",
        needs=STAFF_IN_SENTENCE,
    ),
    # The culture of a workplace; owning up to mistakes without fear.
    family(
        r"\b(?:workplace|work|working|office)\s+culture\b"
        r"|\bculture\s+of\s+(?:the|a|an|our|their|its)\s+(?:workplace|firm|company|"
        r"organi[sz]ation|business|hotel|branch|office)\b"
        r"|\b(?:service|learning|blame|feedback)\s+culture\b"
        r"|\bculture\s+of\s+(?:service|blame|learning|feedback|openness|trust)\b",
        "organisational culture",
    ),
    family(
        r"\b(?:admit|own\s+up\s+to|report|raise|speak\s+up\s+about)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:mistakes|errors|concerns|problems)\s+without\s+(?:fear|being\s+(?:punished|blamed))\b"
        r"|\bspeak\s+up\s+without\s+(?:fear|being\s+(?:punished|blamed))\b"
        r"|\bsafe\s+to\s+(?:speak\s+up|admit\s+(?:a\s+)?mistakes?|disagree|raise\s+concerns)\b",
        "psychological safety",
        needs=STAFF_IN_SENTENCE,
    ),
    # Service between departments: "who serves whom", "the service it receives from maintenance".
    family(
        r"\bwho\s+serves\s+whom\b"
        r"|\bserv(?:e|es|ing)\s+(?:each\s+other|one\s+another|other\s+(?:departments|teams|"
        r"functions)|the\s+front\s+(?:desk|office|line))\b"
        r"|\bservice\s+(?:it|they)\s+(?:receives?|gets?)\s+from\b",
        "internal service delivery",
        needs=_UNITS_OR_TEAMS,
    ),
    # Failings of managers: information kept back, staff as tools, no training to manage.
    family(
        r"\bsit(?:s|ting)?\s+on\s+(?:the\s+|their\s+)?(?:information|news|facts|figures|data)\b"
        r"|\bkeep(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?to\s+themselves\b"
        r"|\binformations?\s+(?:is|are|was|were|gets?|being)\s+(?:kept|held)\s+back\b"
        r"|\b(?:keep|keeps|keeping|kept|hold|holds|holding|held)\s+back\s+(?:the\s+)?information\b",
        "information hoarding",
        needs=_MANAGERS,
    ),
    family(
        r"\b(?:treat(?:s|ed|ing)?|see(?:s|n|ing)?|view(?:s|ed|ing)?|regard(?:s|ed|ing)?)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:as|like)\s+(?:(?:mere|interchangeable|replaceable|spare|"
        r"disposable)\s+)*(?:tools|cogs|parts|numbers|machines|robots|headcount)\b",
        "treating employees as tools",
        needs=STAFF_IN_SENTENCE,
    ),
    family(
        r"\b(?:promoted|made\s+(?:managers?|supervisors?))\s+without\s+(?:ever\s+)?(?:being\s+)?"
        r"(?:taught|trained|shown)\s+(?:how\s+)?to\s+(?:manage|lead)\b"
        r"|\bmanagers?\s+who\s+(?:cannot|can't|do\s+not\s+know\s+how\s+to)\s+manage\b",
        "poor management skills",
    ),
    # Skills kept fresh year after year.
    family(
        r"\bkeep(?:s|ing)?\s+(?:(?:the|their|your|our|staff|own|his|her|one's)\s+)*skills\s+"
        rf"(?:(?:of|among)\s+(?:the\s+)?(?:{PEOPLE})\s+)?"
        r"(?:fresh|current|up\s+to\s+date|up-to-date|sharp)\b",
        "continual upskilling",
    ),
    # How staff feel reaches the guests: "lose guests to tired staff", "the mood of the staff
    # leaks into what guests experience", "how a hotel treats its employees shows up".
    family(
        r"\blose\s+(?:more\s+)?(?:guests|customers|clients|business)\s+to\s+(?:[\w,-]+\s+){0,3}?"
        rf"(?:{PEOPLE}|people)\b"
        r"|\b(?:mood|morale|attitudes?|feelings?)\s+of\s+(?:the\s+)?(?:staff|employees|team)\s+"
        r"(?:leaks?|spills?|shows?|feeds?|carries|carry)\s+(?:over\s+)?(?:in|into|up\s+in|through)\b"
        r"|\btreats?\s+(?:its|their|your|our)\s+(?:staff|employees|people)\s+(?:[\w,]+\s+){0,4}?"
        r"shows?\s+up\b"
        rf"|\b{ANYONE}\s+(?:[\w-]+\s+)?(?:lose|loses|cost|costs|drive\s+away|drives\s+away)\s+"
        r"(?:you\s+|us\s+|the\s+\w+\s+)?(?:repeat\s+)?(?:guests|customers|clients|business)\b",
        "impact of staff attitudes and motivation on service",
        needs=_GUESTS,
    ),
    # Marketing against HR: "IM vs HRM", "marketing or HR?".
    family(
        r"\b(?:IM|internal\s+marketing|marketing)\s+(?:vs\.?|versus|v\.?|against)\s+"
        r"(?:HRM|HR|human\s+resources?(?:\s+management)?)\b",
        "marketing versus HRM",
    ),
)


def practice_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the practices and failings ``text`` describes in everyday words.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _PRACTICES, mentions, tag)

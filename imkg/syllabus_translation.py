"""Syllabi translated word for word from another language: articles before abstract nouns ("the
resistances to the change", "the moments of the truth"), adjectives after their noun ("the
recognition not monetary", "the collaborators of front line"), directions of communication
("ascending", "descending"), false friends ("the capacitation of the personnel" for training,
"the retention of information" for withholding it) and "the management of human resources".

Programmes translated from Spanish, Portuguese, French or Italian keep these shapes. As in
``imkg.syllabus_paraphrase``, each family is turned into a phrase in the field's terms that
counts only when the tagger reads it whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_paraphrase import STAFF_IN_SENTENCE, family, read_families
from imkg.syllabus_verbs import PEOPLE, Read

_STAFF = rf"(?:{PEOPLE}|personal|personnel)"
_MANAGERS = re.compile(
    r"\b(?:managers?|management|supervisors?|superiors?|bosses|chiefs?|directors?|"
    r"the\s+direction|leaders?|heads?)\b",
    re.IGNORECASE,
)
# The staff before "of front line" (the family opens with the rarer words after them).
_STAFF_AT_THE_FRONT = re.compile(
    rf"\b{_STAFF}\s+(?:of|in|on|at)\s+(?:the\s+)?(?:first\s+)?front", re.IGNORECASE
)
_COMMUNICATION = re.compile(r"\bcommunicat\w*", re.IGNORECASE)
_TRANSLATION = (
    # Articles kept from the source language: "the resistances to the change" is resistance to
    # change, "the moments of the truth" moments of truth. Both nouns four letters or more, the
    # first one singular as well.
    family(
        r"\bthe\s+(?P<head>[a-z]{4,}?)s?\s+(?P<prep>of|to)\s+the\s+(?P<tail>[a-z]{4,})\b",
        "{head} {prep} {tail}",
    ),
    # Adjectives after their noun: "the recognition not monetary", "the collaborators of front
    # line", "the communication ascending".
    family(
        r"\b(?:recognition|rewards?|incentives?|compensation|remuneration)\s+(?:not|non)[- ]?"
        r"(?:monetary|financial|economic|pecuniary)\b",
        "non-monetary reward",
        "recognition and reward",
    ),
    family(
        r"\b(?:of|in|on|at)\s+(?:the\s+)?(?:first\s+)?front[- ]?line\b(?![- ]?[a-z])",
        "front-line staff",
        needs=_STAFF_AT_THE_FRONT,
    ),
    family(
        r"\b(?:ascending|descending)\b",
        "upward and downward communication",
        needs=_COMMUNICATION,
    ),
    # False friends: "capacitation" (training), "the retention of information" (keeping it
    # back), "the management of human resources".
    family(
        r"\bcapacitation\b",
        "staff training",
        needs=STAFF_IN_SENTENCE,
    ),
    family(
        r"\bretention\s+of\s+(?:the\s+)?information\b",
        "information hoarding",
        needs=_MANAGERS,
    ),
    family(
        r"\bmanagement\s+of\s+(?:the\s+)?(?:human\s+(?:resources|talent)|personnel)\b",
        "human resources management",
    ),
    # What the staff's motivation does for "the quality of the service".
    family(
        r"\b(?:motivation|mood|morale|attitudes?|satisfaction)\s+of\s+(?:the\s+)?"
        rf"{_STAFF}\s+(?:for|on|in)\s+the\s+quality\s+of\s+(?:the\s+)?service\b",
        "impact of staff attitudes and motivation on service",
    ),
    # Gaps "of" competences.
    family(
        r"\bgaps?\s+of\s+(?:the\s+)?(?:competences|competencies|skills|knowledge)\b"
        r"|\b(?:competence|competency)\s+gaps?\b",
        "skills gap analysis",
    ),
)


def translation_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts ``text`` names in wordings translated word for word (see the module
    docstring).

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _TRANSLATION, mentions, tag)

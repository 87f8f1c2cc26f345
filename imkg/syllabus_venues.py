"""Names in a syllabus that are no topic: a room named after what happens in it ("the training
restaurant") and a department the reader is sent to ("discuss with your HR department"). The
tagger reads the label in both; the coverage report drops these mentions before any reading."""

from __future__ import annotations

import re
from typing import Any

# A one-word label before a word for a room or a building names the place, not the topic: "the
# training restaurant", "the training room", "a staff canteen".
_ROOM = re.compile(
    r"[ \t]+(?:rooms?|restaurants?|kitchens?|cent(?:re|er)s?|suites?|facilit(?:y|ies)|venues?|"
    r"buildings?|halls?|labs?|laborator(?:y|ies)|canteens?|lounges?)\b",
    re.IGNORECASE,
)


def names_a_room(text: str, mention: Any) -> bool:
    """Whether ``mention`` is a one-word label naming a room ("the training suite")."""
    return " " not in mention.text.strip() and bool(_ROOM.match(text, mention.end))


# A department the reader is sent to is no topic: "questions of labour law please discuss with
# your HR department", "contact your IT department", "ask your HR team", "questions go to the
# Student Hub's customer service team".
_CONTACT = re.compile(
    r"(?:\b(?:discuss|raise|take|check|speak|talk|refer|go|direct|address|send|sent|turn)\w*"
    r"\b[^.;:]{0,40}?\b(?:with|to)|\b(?:ask|contact|consult|e-?mail|call|phone))\s+"
    r"(?:your|the\s+(?:[\w-]+\s+){0,2}\w+['\u2019]s)\s+(?:own\s+)?$",
    re.IGNORECASE,
)
_CONTACT_REACH = 80


def names_a_contact(text: str, mention: Any) -> bool:
    """Whether ``mention`` names a department the reader is sent to."""
    before = text[max(0, mention.start - _CONTACT_REACH) : mention.start]
    return bool(_CONTACT.search(before))


def names_no_topic(text: str, mention: Any) -> bool:
    """Whether ``mention`` names a room or a contact rather than a topic."""
    return names_a_room(text, mention) or names_a_contact(text, mention)

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


# A label of several words before a word for a product names the product: "customer
# satisfaction survey software", "an employee engagement app" (not "customer satisfaction
# surveys", a method).
_PRODUCT = re.compile(
    r"[ \t]+(?:surveys?[ \t]+)?(?:software|platforms?|apps?|vendors?|packages?|dashboards?|"
    r"licen[cs]es?|tools?)\b",
    re.IGNORECASE,
)


def names_a_product(text: str, mention: Any) -> bool:
    """Whether ``mention`` names a product ("the customer satisfaction survey software"). Only
    a label of several words: syllabi that rule out "CRM software" or "CRM platforms" name the
    field by its abbreviation, and the report lists it as ruled out."""
    return " " in mention.text.strip() and bool(_PRODUCT.match(text, mention.end))


# "Customer services" in the plural is a department's name where the sentence names another
# part of the organisation or calls it a team: "the warehouse and customer services each ...",
# "Customer services is the team that takes complaints".
_PLURAL_SERVICE = re.compile(r"^(?:customer|client)\s+services$", re.IGNORECASE)
_BESIDE_UNITS = re.compile(
    r"\b(?:departments?|teams?|offices?|warehouses?|desks?|kitchens?|housekeeping|finance|"
    r"payroll|reception|IT|HR|logistics|transport|sales)\b",
    re.IGNORECASE,
)
_UNIT_REACH = 60


def names_a_department(text: str, mention: Any) -> bool:
    """Whether ``mention`` is "customer services" named as a department."""
    if not _PLURAL_SERVICE.match(mention.text.strip()):
        return False
    start = max(mention.sentence_start, mention.start - _UNIT_REACH)
    end = min(mention.sentence_end, mention.end + _UNIT_REACH)
    return bool(
        _BESIDE_UNITS.search(text, start, mention.start)
        or _BESIDE_UNITS.search(text, mention.end, end)
    )


def names_no_topic(text: str, mention: Any) -> bool:
    """Whether ``mention`` names a room, a contact, a product or a department rather than a
    topic."""
    return (
        names_a_room(text, mention)
        or names_a_contact(text, mention)
        or names_a_product(text, mention)
        or names_a_department(text, mention)
    )

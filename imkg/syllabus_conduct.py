"""What managers, staff and departments do, described instead of named: telling the team what
has changed, carrying concerns up to senior managers, talks that run both ways, departments that
depend on each other or quarrel, staff who act without waiting for a manager, thanks that cost
nothing, speaking up without fear of blame.

Competency frameworks, apprenticeship standards and workshop agendas say what a manager does
("brief the team on the day's priorities", "settle disputes between the ward and the emergency
department") where a module outline names the topic ("internal communication", "conflict
between departments"). As in ``imkg.syllabus_paraphrase``, each family of wordings is turned
into a phrase in the field's terms that counts only when the tagger reads it whole, and most
count only in a sentence that says whom they are about (staff, managers, departments).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_paraphrase import ANYONE, STAFF_IN_SENTENCE, family, read_families
from imkg.syllabus_verbs import PEOPLE, Read

# Those who hear what staff say: "pass them on to senior managers", "listen to the front-line
# staff" where the sentence names a manager ("the chiefs", "the direction" in a second language).
_MANAGERS = re.compile(
    r"\b(?:managers?|management|supervisors?|bosses|leaders?|leadership|chiefs?|directors?|"
    r"the\s+direction|head\s+office|matrons?|owners?|the\s+board)\b",
    re.IGNORECASE,
)
# Parts of an organisation, by name too ("kitchen, housekeeping, maintenance"), and a "section"
# beside another one (not "the sections of the report").
_UNITS = re.compile(
    r"\b(?:departments?|functions|divisions|teams?|units|colleagues|"
    r"(?:other|another|each|every|neighbouring)\s+sections?|sections?\s+(?:and|or)|"
    r"kitchens?|housekeeping|maintenance|laundry|pharmacy|warehouse|payroll|purchasing|"
    r"front\s+office|back\s+office|help\s?desk)\b",
    re.IGNORECASE,
)
_SAYINGS = r"(?:concerns|ideas|suggestions|views|complaints|proposals|feedback|worries|issues)"
_STAFF_OR_SAYINGS = re.compile(rf"\b(?:{ANYONE}|{_SAYINGS})\b", re.IGNORECASE)
# Words people use for a workplace's customers, patients included.
_SERVED = re.compile(
    r"\b(?:guests?|customers?|clients?|patients?|passengers?|service|care)\b", re.IGNORECASE
)
# Who speaks up without fear: the staff, colleagues or "others" at work (not students in a quiz).
_SPEAKING_UP = re.compile(rf"\b(?:{ANYONE}|others|each\s+other|one\s+another)\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:not|never|nobody|no\s+one|no-one|rarely|seldom|fail\s+to|fails\s+to)\s+(?:[\w'-]+\s+)?$"
    r"|n['\u2019]t\s+(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
_STAFF_RECORDS = r"(?!\s+(?:records?|rotas?|files?|lists?|numbers?|rooms?|handbooks?|ids?)\b)"
_CONDUCT = (
    # Telling the team: "brief the team on", "tell your team before you tell your customers",
    # "informs the personal", "nobody tells them anything".
    family(
        r"\b(?:tell|tells|telling|told|brief|briefs|briefing|briefed|inform|informs|informing|"
        r"update|updates|updating)\s+(?:the|their|your|our|its|all|his|her)\s+(?:whole\s+)?"
        rf"(?:{PEOPLE}){_STAFF_RECORDS}\b"
        r"|\b(?:nobody|no\s+one|no-one)\s+tells\s+(?:them|the\s+\w+|staff|us)\s+anything\b",
        "internal communication",
        needs=STAFF_IN_SENTENCE,
    ),
    # Concerns carried up: "carry concerns raised by nurses up to the matron", "ask the team for
    # ideas and pass them on to senior managers", managers who listen to their staff.
    family(
        rf"\b(?:carry|carries|carrying|take|takes|taking|pass|passes|passing|feed|feeds|feeding|"
        rf"bring|brings|bringing|send|sends|sending)\s+(?:(?:their|the|staff|these|those)\s+)?"
        rf"{_SAYINGS}\s+(?:[\w',-]+\s+){{0,8}}?(?:up|upwards)\s+to\b"
        r"|\b(?:pass|passes|passing|feed|feeds|feeding)\s+(?:them|these|those|it)\s+"
        r"(?:on|up|back)\s+to\s+(?:the\s+)?(?:senior\s+)?(?:managers?|management|leaders?|"
        r"head\s+office|the\s+board|directors?)\b",
        "upward communication",
        needs=_STAFF_OR_SAYINGS,
    ),
    family(
        r"\b(?:listen|listens|listening|hear|hears)\s+(?:to\s+)?(?:what\s+)?"
        rf"(?:(?:the|their|your|our|its)\s+)?(?:[\w-]+\s+)?(?:{PEOPLE})\b",
        "upward communication",
        needs=_MANAGERS,
        not_after=_NEGATED,
    ),
    # Talk that runs both ways.
    family(
        r"\b(?:conversations?|communication|dialogue|talks?|discussions?|feedback|information|"
        r"news|briefings?)\s+(?:that\s+|which\s+)?(?:runs?|goes|go|flows?|travels?|moves?)\s+"
        r"(?:in\s+)?both\s+(?:ways|directions)\b",
        "two-way communication",
    ),
    # Departments that depend on each other: "the discharge team depend on the ward, and the
    # ward on them", "whose work do you rely on".
    family(
        r"\b(?:depends?|depending|rel(?:y|ies|ying))\s+on\s+(?:each\s+other|one\s+another)\b"
        r"|\b(?:depends?|rel(?:y|ies))\s+on\b[^.;]{1,160}?\band\s+(?:how\s+)?"
        r"(?:the\s+[\w-]+|they|it)\s+(?:(?:depends?|rel(?:y|ies))\s+)?on\s+(?:them|it|us|you)\b",
        "internal service",
        needs=_UNITS,
    ),
    # Working with, planning with or quarrelling with other departments.
    family(
        r"\bwork(?:s|ing)?\s+(?:closely\s+)?with\s+(?:the\s+)?(?:other|another|neighbouring)\s+"
        r"(?:sections|departments|teams|functions|units)\b"
        r"|\b(?:departments|functions|sections|they|them)\s+(?:(?:can|could|should|will|must|"
        r"might|may|to)\s+)?(?:work|plan|act|solve\s+problems)\s+(?:[\w-]+\s+){0,3}?together\b",
        "coordination between departments",
        needs=_UNITS,
    ),
    family(
        r"\b(?:disputes?|conflicts?|clash(?:es)?|disagreements?|quarrels?|squabbles?|feuds?)\s+"
        r"between\b",
        "friction between departments",
        needs=_UNITS,
    ),
    # Acting without a manager: "without waiting for the consultant round", "without calling the
    # supervisor", "take decisions themselves", "decide alone", "settle a complaint on the spot".
    family(
        r"\bwithout\s+(?:first\s+)?(?:waiting\s+for|calling|asking|checking\s+with|referring\s+to|"
        r"referral\s+to|sign-?off\s+from|approval\s+from|going\s+to|ringing|phoning|consulting|"
        r"fetching)\s+(?:a|the|their|your|any)\s+"
        r"(?:[\w-]+\s+)?(?:managers?|supervisors?|superiors?|boss|chiefs?|consultants?|rounds?|"
        r"head\s+office|seniors?)\b"
        r"|\b(?:take|takes|taking|make|makes|making)\s+(?:the\s+)?decisions?\s+(?:themselves|"
        r"on\s+their\s+own|alone|by\s+themselves)\b"
        r"|\bdecide\s+(?:alone|on\s+their\s+own|by\s+themselves)\b"
        r"|\b(?:settle|settles|settling|handle|handles|handling|deal\s+with|deals\s+with)\s+"
        r"(?:[\w'\u2019-]+\s+){0,3}?(?:complaints?|problems?)\s+(?:on\s+the\s+spot|themselves)\b",
        "empowering staff",
        needs=STAFF_IN_SENTENCE,
    ),
    # What staff will answer for.
    family(
        r"\bwhat\s+(?:they|staff|people|each\s+of\s+them)\s+(?:will\s+|would\s+|must\s+|should\s+)?"
        r"(?:have\s+to\s+)?answer\s+for\b|\banswerable\s+for\s+(?:what|how|their)\b",
        "employee accountability",
        needs=STAFF_IN_SENTENCE,
    ),
    # Gaps in skills; one goal shared; pushing back against a change.
    family(
        r"\bgaps?\s+in\s+(?:(?:the|their|your|our)\s+)?(?:[\w-]+\s+)?(?:skills|competences|"
        r"competencies)\b",
        "skills gap analysis",
    ),
    family(r"\b(?:shared|joint)\s+(?:goals?|aims?)\b", "common goal"),
    family(
        r"\bpush(?:es|ing)?\s+back\s+(?:against|on)\b",
        "resisting change",
        needs=STAFF_IN_SENTENCE,
    ),
    # Thanks that cost nothing.
    family(
        r"\b(?:thank|thanks|thanking|praise|praising)\b[^.;\n]{0,60}?\b(?:(?:that|which)\s+)?"
        r"costs?\s+nothing\b",
        "non-monetary reward",
        "recognition and reward",
    ),
    # Speaking up without fear of blame.
    family(
        r"\bwithout\s+fear(?:\s+of\s+(?:blame|being\s+(?:blamed|punished)|punishment|reprisals?))?\b",
        "psychological safety",
        needs=_SPEAKING_UP,
    ),
    # How staff feel shows in what customers or patients get.
    family(
        rf"\b(?:how|the\s+way)\s+(?:[\w-]+\s+){{0,3}}?(?:{PEOPLE}|people)\s+feel\b[^.;]{{0,80}}?"
        r"\b(?:shows?\s+(?:up\s+)?in|leaks?\s+into|spills?\s+(?:over\s+)?into|rubs?\s+off\s+on|"
        r"carries\s+(?:over\s+)?(?:in)?to)\b",
        "impact of staff attitudes and motivation on service",
        needs=_SERVED,
    ),
    # A suggestion box nobody opens.
    family(
        r"\b(?:suggestions?|suggestion\s+box(?:es)?|ideas|concerns)\s+(?:that\s+)?"
        r"(?:nobody|no\s+one|no-one)\s+(?:opens?|reads?|answers?|acts?\s+on|looks?\s+at)\b",
        "not listening to employees",
    ),
)


def conduct_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts ``text`` names by what managers, staff and departments do.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _CONDUCT, mentions, tag)

"""What happens at work, described in a team leader's words rather than the field's: closing
the loop on what staff said, letting everyone know, departments blaming each other or teams
coordinating their work, being held accountable, refusing a new system, checking skills
against a matrix, thanks without a budget, people thinking of leaving, managers who hoard
information, the job kept on sale, changes communicated to staff, IM and HRM as rivals, and
programmes abandoned after their launch.

In-house academies, MOOC landing pages and assessment briefs describe their topics this way. As
in ``imkg.syllabus_paraphrase``, each family of wordings is turned into a phrase in the field's
terms that counts only when the tagger reads it whole, most only in a sentence that says whom
it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_paraphrase import ANYONE, STAFF_IN_SENTENCE, family, read_families
from imkg.syllabus_verbs import PEOPLE, Read

_SAYINGS = r"(?:views|ideas|suggestions|feedback|concerns|opinions|comments|complaints)"
_STAFF_OR_SAYINGS = re.compile(rf"\b(?:{ANYONE}|{_SAYINGS})\b", re.IGNORECASE)
_SAYINGS_IN_SENTENCE = re.compile(rf"\b{_SAYINGS}\b", re.IGNORECASE)
_THANKS = re.compile(
    r"\b(?:recognition|recognis\w*|recogniz\w*|thanks|thanking|praise|praising|rewards?|"
    r"rewarding)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:never|not|rarely|seldom|nobody|no\s+one)\s+(?:[\w-]+\s+)?$|n't\s+$", re.IGNORECASE
)
# Parts of an organisation, by name too ("the transport office, the warehouse").
_UNITS = re.compile(
    r"\b(?:departments?|functions|divisions|sections|teams|units|offices?|warehouses?|kitchens?|"
    r"housekeeping|maintenance|reception|front\s+office|back\s+office|wards?|payroll|finance|"
    r"IT|HR)\b",
    re.IGNORECASE,
)
_DECIDING = re.compile(rf"\b(?:{ANYONE}|decid\w*|decisions?|calls|authority)\b", re.IGNORECASE)
_NEW_THINGS = re.compile(
    r"\b(?:new|change[sd]?|changing|system|scanners?|software|rota|tools?|procedures?|"
    r"process(?:es)?|technology)\b",
    re.IGNORECASE,
)
_SERVICE_PROGRAMMES = re.compile(
    r"\b(?:programmes?|programs?|initiatives?|schemes?|campaigns?|plans?)\b", re.IGNORECASE
)
_IM = r"(?:internal\s+marketing|endomarketing|IM)"
_HRM = (
    r"(?:HRM|HR|human\s+resources?(?:\s+management)?|personnel\s+management|"
    r"(?:the\s+)?management\s+of\s+(?:the\s+)?(?:human\s+(?:resources|talent)|personnel))"
)
_WORKPLACE = (
    # Closing the loop: "go back and say what you did about it", "show them what happened next";
    # staff given a way to tell their manager: "ways for frontline employees to tell you".
    family(
        r"\b(?:show|tell|say|explain|report\s+back)\s+(?:to\s+)?(?:(?:them|everyone|the\s+team|"
        r"your\s+team|people)\s+)?what\s+(?:happened\s+(?:next|to\s+(?:it|them))|(?:you|we|"
        r"management|the\s+company)\s+(?:did|have\s+done|will\s+do|changed)\s+(?:about|with)\s+"
        r"(?:it|them|each))\b",
        "two-way communication",
        needs=_STAFF_OR_SAYINGS,
        not_after=_NEGATION,
    ),
    family(
        rf"\b(?:for|lets?|letting|helps?|allows?|invites?)\s+(?:[\w-]+\s+){{0,2}}?{ANYONE}\s+"
        r"(?:to\s+)?(?:tell|warn|show|let)\s+(?:you|managers?|their\s+(?:managers?|supervisors?|"
        r"bosses|team\s+leaders?))\b",
        "upward communication",
        not_after=_NEGATION,
    ),
    family(
        r"\bacted\s+(?:on|upon)\b",
        "upward communication",
        needs=_SAYINGS_IN_SENTENCE,
        not_after=_NEGATION,
    ),
    # Letting everyone know; communicating the changes to staff.
    family(
        rf"\blet\s+(?:everyone|everybody|(?:the\s+|your\s+|all\s+(?:the\s+|your\s+)?)(?:whole\s+)?"
        rf"(?:{PEOPLE}))\s+know\b"
        r"|\bcommunicat(?:e|es|ed|ing)\s+(?:the\s+|these\s+|any\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:changes?|decisions?|news|plans?|priorities|strategy)\s+(?:[\w-]+\s+){0,2}?to\s+"
        rf"(?:the\s+|their\s+|its\s+|your\s+|all\s+)?(?:{PEOPLE})\b",
        "internal communication",
    ),
    # Departments that blame each other; teams that coordinate their work.
    family(
        r"\b(?:blam(?:e|es|ed|ing)\s+(?:each\s+other|one\s+another)"
        r"|point(?:s|ing)?\s+(?:the\s+)?fingers?\s+at\s+(?:each\s+other|one\s+another)"
        r"|each\s+(?:think|thinks|say|says|claim|claims|believe|believes)\s+(?:that\s+)?the\s+"
        r"others?(?:\s+(?:two|three|four|side|ones?))?\s+(?:cause|causes|caused|is\s+to\s+blame|"
        r"are\s+to\s+blame|is\s+at\s+fault|are\s+at\s+fault))\b",
        "friction between departments",
        needs=_UNITS,
    ),
    family(
        r"\b(?:teams|departments|functions|sections|units|they)\s+(?:will\s+|can\s+|could\s+|"
        r"should\s+|must\s+|to\s+|need\s+to\s+|better\s+)?co-?ordinat(?:e|es|ing)\s+(?:their|its)\s+"
        r"(?:work|plans|efforts|activities|schedules|rotas|deliveries)\b",
        "coordination between departments",
        needs=_UNITS,
    ),
    # Accountable for what they decide: "what they should then be held accountable for".
    family(
        r"\b(?:be|is|are|being|been|was|were|held|hold\s+(?:them|staff|people))\s+"
        r"(?:fully\s+|then\s+|personally\s+)?(?:held\s+)?accountable\s+for\b"
        r"|\b(?:you|we)\s+(?:will\s+|must\s+|then\s+)?answer\s+for\s+(?:the\s+|your\s+|their\s+)?"
        r"(?:results?|outcomes?|decisions?|consequences)\b",
        "employee accountability",
        needs=_DECIDING,
    ),
    # Refusing a new system: "old hands who refuse to use the scanners".
    family(
        r"\b(?:refus(?:e|es|ed|ing)\s+to|won['\u2019]t|will\s+not|would\s+not|do(?:es)?\s+not\s+"
        r"want\s+to)\s+(?:use|adopt|accept|learn|try|work\s+with)\s+(?:it|them|the\s+new|a\s+new|any\s+new|"
        r"the\s+changes?)\b",
        "resisting change",
        needs=_NEW_THINGS,
    ),
    # Skills checked against what the work needs: "check your team's skills against the matrix".
    family(
        r"\bskills\s+against\b|\bwho\s+is\s+missing\s+what\b",
        "skills gap analysis",
        needs=STAFF_IN_SENTENCE,
    ),
    # Thanks without a budget: "recognition that does not come out of a budget".
    family(
        r"\bwithout\s+(?:a|any|an\s+extra|extra)\s+(?:[\w-]+\s+)?budget\b"
        r"|\b(?:does\s+not|doesn['\u2019]t|need\s+not)\s+(?:come\s+out\s+of|need|cost)\s+(?:a|any)\s+"
        r"budget\b",
        "non-monetary reward",
        "recognition and reward",
        needs=_THANKS,
    ),
    # People about to leave: "good people thinking of leaving", "about to hand in their notice".
    family(
        r"\b(?:thinking\s+(?:of|about)\s+(?:leaving|quitting|moving\s+on)|about\s+to\s+(?:leave|"
        r"quit|resign|hand\s+in\s+(?:their|his|her)\s+notice)|hand(?:s|ing)?\s+in\s+(?:their|his|"
        r"her)\s+notice)\b",
        "staff retention",
        needs=STAFF_IN_SENTENCE,
    ),
    # Managers who hoard information; information that never reaches the staff.
    family(
        r"\bhoard(?:s|ed|ing)?\s+(?:the\s+)?(?:information|news|knowledge)\b"
        r"|\binformation\s+(?:that\s+)?never\s+(?:reaches|gets\s+to|makes\s+it\s+to)\s+"
        r"(?:the\s+floor|the\s+front\s+line|(?:the\s+)?staff)\b",
        "information hoarding",
    ),
    # The job on sale: "the job you offer as something you keep selling".
    family(
        r"\bthe\s+job\s+(?:[\w-]+\s+){0,3}?as\s+(?:something|a\s+product)\s+(?:that\s+)?"
        r"(?:you|we|the\s+firm|the\s+company|managers)\s+(?:keep|have\s+to\s+keep|must\s+keep|"
        r"have\s+to|must)?\s*sell(?:ing)?\b",
        "job as a product",
    ),
    # IM and HRM set against each other: "endomarketing and HRM: complementary or rivals?".
    family(
        rf"\b{_IM}\s+(?:and|or|versus|vs\.?)\s+{_HRM}\s*[:,?-]?\s*(?:complementary|rivals?|"
        r"competitors?|competing|friends|allies|partners|the\s+same|overlapping|who\s+owns)\b",
        "marketing versus HRM",
    ),
    # Programmes dropped after the launch.
    family(
        r"\b(?:abandoned|dropped|forgotten|shelved|quietly\s+dropped)\s+(?:soon\s+|shortly\s+|"
        r"quietly\s+|weeks\s+|months\s+)?(?:after|once)\s+(?:the|its|their)\s+launch\b",
        "programme fizzling out",
        needs=_SERVICE_PROGRAMMES,
    ),
)


def workplace_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts ``text`` describes as what happens at work (see the module
    docstring).

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _WORKPLACE, mentions, tag)

"""What passes between staff, managers, departments and customers, described instead of named:
the customer of another department, staff who are never told, staff who are heard (or whose
views nobody acts on), who answers for a result, what keeps people motivated, thanks that cost
little, departments that depend on each other or plan together, staff who resist a
reorganisation or are got to use a new system, and IM called HRM under a new name.

Syllabi that ask questions ("Who is the customer of the IT help desk?", "What does the night
shift never get told?"), vocational units and module outlines describe topics this way. As in
``imkg.syllabus_paraphrase``, each family of wordings is turned into a phrase in the field's
terms that counts only when the tagger reads it whole, most only in a sentence that says whom
they are about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_paraphrase import ANYONE, STAFF_IN_SENTENCE, family, read_families
from imkg.syllabus_verbs import PEOPLE, PEOPLE_WORDS, Read

# A part of an organisation whose customers are colleagues: "the IT help desk", "the payroll
# team", "the national planning team" (not the sales or customer-service team, whose customers
# are the firm's own).
_INSIDE_UNIT = (
    r"(?:the\s+|your\s+|our\s+|its\s+|a\s+|an\s+)?"
    r"(?:(?!sales\b|customer\b|front\b|the\b)[\w-]+\s+){0,2}?(?:departments?|help\s?desk|desk|section|function|back\s+office|team|"
    r"payroll|warehouse|laundry|kitchen|housekeeping|maintenance|IT|HR|finance)\b"
)
_UNIT_WORDS = re.compile(
    r"\b(?:departments?|functions|divisions|sections|teams|units|kitchens?|restaurants?|"
    r"housekeeping|maintenance|reception|front\s+of\s+house|back\s+of\s+house|wards?|laundry|"
    r"warehouse|payroll|finance|IT)\b",
    re.IGNORECASE,
)
_SAYINGS = r"(?:views|ideas|suggestions|feedback|concerns|opinions|comments|survey\s+results)"
_STAFF_OR_SAYINGS = re.compile(rf"\b(?:{ANYONE}|{_SAYINGS}|shifts?|the\s+floor)\b", re.I)
_NEGATION = re.compile(r"\b(?:never|not|rarely|seldom|nobody|no\s+one|fails?\s+to)\b|n't\b", re.I)
_SERVED = re.compile(
    r"\b(?:guests?|customers?|clients?|patients?|passengers?|service|diners)\b", re.IGNORECASE
)
_IM = re.compile(r"\b(?:(?i:internal\s+marketing)|IM)\b")
_EMPOWERED = re.compile(rf"\b(?:{ANYONE}|empower\w*|decid\w*|decisions?)\b", re.IGNORECASE)
# Acting on what staff say: "gather staff feedback and act on it".
_ACT_ON = (
    r"act(?:s|ing|ed)?\s+on\s+(?:it|them|(?:their|the|staff|employees['\u2019]?)\s+"
    rf"{_SAYINGS}|what\s+(?:they|{ANYONE})\s+(?:say|said|suggest))\b"
)
_EXCHANGES = (
    # Colleagues as customers: "Who is the customer of the IT help desk?", "colleagues in other
    # departments are customers too". Patterns open with their rarest words where they can, and
    # the sentence is asked about staff afterwards: a pattern that opens with every word for
    # staff is tried at every word of a long text.
    family(
        rf"\bcustomers?\s+of\s+{_INSIDE_UNIT}",
        "internal customer",
    ),
    family(
        r"\bare\s+(?:also\s+)?customers\s+(?:too|as\s+well)\b",
        "internal customer",
        needs=PEOPLE_WORDS,
    ),
    # Staff who are never told: "what does the night shift never get told?"; news from head
    # office to the floor; information between managers and staff.
    family(
        r"\b(?:never|not|seldom|rarely|last\s+to)\s+(?:get|gets|getting|got|be|being|been|are|is|"
        r"were)?\s*told\b",
        "internal communication",
        needs=_STAFF_OR_SAYINGS,
    ),
    family(
        r"\b(?:news|information|messages?|decisions?|word)\s+(?:travels?|gets?|flows?|moves?|"
        r"passes|filters?|trickles?)\s+(?:down\s+)?(?:from\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:head\s+office|managers?|management|the\s+top|the\s+board|leaders?|directors?)\b"
        rf"|between\s+(?:the\s+)?(?:managers?|management)\s+and\s+(?:the\s+)?(?:{PEOPLE})\b)",
        "internal communication",
    ),
    # Staff who are heard, or whose views someone acts on; views nobody acts on.
    family(
        rf"\b(?:show|tell|let)\s+(?:them|{ANYONE})\s+(?:know\s+)?(?:that\s+)?(?:they|their\s+\w+)\s+"
        rf"(?:were|was|are|have\s+been|had\s+been)\s+(?:heard|listened\s+to)\b"
        r"|\b(?:feel|felt|feels)\s+(?:heard|listened\s+to)\b"
        rf"|\b{_ACT_ON}",
        "upward communication",
        needs=_STAFF_OR_SAYINGS,
        not_after=_NEGATION,
    ),
    family(
        rf"(?:\b(?:never|not|rarely|seldom)|n't)\s+(?:[\w-]+\s+)?{_ACT_ON}",
        "not listening to employees",
        needs=_STAFF_OR_SAYINGS,
    ),
    # Who answers for what staff decide: "who answers for the result".
    family(
        r"\b(?:who|they|staff|each\s+of\s+them)\s+(?:will\s+|must\s+|should\s+)?answers?\s+for\s+"
        r"(?:the\s+|their\s+)?(?:results?|outcomes?|decisions?|consequences|mistakes)\b",
        "employee accountability",
        needs=_EMPOWERED,
    ),
    family(
        r"\bempower\w*\s+(?:[\w-]+\s+){0,4}?(?:with|and|against)\s+accountability\b",
        "empowerment with accountability",
    ),
    # What keeps people motivated; thanks that cost little; rewards that are not financial.
    family(
        rf"\bkeeps?\s+(?:[\w-]+\s+){{0,2}}?{ANYONE}\s+motivated\b"
        r"|\b(?:stay|stays|remain|remains)\s+motivated\b",
        "staff motivation",
        needs=STAFF_IN_SENTENCE,
    ),
    family(
        r"\b(?:recognition|thanks|praise|rewards?|thank-?yous?)\s+(?:that\s+|which\s+)?costs?\s+"
        r"(?:little|very\s+little|next\s+to\s+nothing|little\s+or\s+nothing|almost\s+nothing)\b"
        r"|\brewards?\s+(?:that|which)\s+(?:are|is)\s+not\s+(?:financial|monetary|in\s+cash)\b",
        "non-monetary reward",
        "recognition and reward",
    ),
    # Departments that depend on each other or plan together; targets they share.
    family(
        r"\b(?:inter)?dependenc(?:y|ies|e)\s+(?:between|among|across)\b",
        "internal service",
        needs=_UNIT_WORDS,
    ),
    family(
        r"\b(?:departments|functions|sections|teams|they|them)\s+(?:to\s+)?(?:planning|working|"
        r"plans|solving\s+problems)\s+(?:[\w-]+\s+){0,3}?together\b",
        "coordination between departments",
        needs=_UNIT_WORDS,
    ),
    family(r"\b(?:shared|joint|common)\s+(?:targets?|objectives?)\b", "common goal"),
    # Behind the scenes and on the phone: "back-of-house staff", "a new call-centre agent".
    family(rf"\bback[- ]of[- ]house\s+(?:{PEOPLE})\b", "back-office staff"),
    family(r"\b(?:call|contact)[- ]cent(?:re|er)\s+(?:agents?|advis[eo]rs?)\b", "front-line staff"),
    # Resisting a change that is not called one: "the people who resist a reorganisation".
    family(
        r"\bresist(?:s|ed|ing)?\s+(?:a|the|any|every|our|their)\s+(?:new\s+)?(?:reorgani[sz]ation|"
        r"restructur(?:e|ing)|merger|reform|new\s+(?:system|rota|way\s+of\s+working))\b"
        r"|\bpush-?back\s+(?:against|to)\b",
        "resisting change",
        needs=STAFF_IN_SENTENCE,
    ),
    # Getting staff to use a new CRM system.
    family(
        rf"\bget(?:s|ting)?\s+(?:[\w-]+\s+){{0,4}}?(?:{PEOPLE})\s+to\s+(?:actually\s+|really\s+)?"
        r"(?:use|adopt|accept|back|support|embrace)\s+(?:the\s+|a\s+|our\s+)?(?:new\s+)?"
        r"(?:CRM|customer\s+relationship\s+management)\b"
        rf"|\b(?=[\w-]+\s+(?:adoption|acceptance|buy-in)\s)(?:{PEOPLE})\s+(?:adoption|acceptance|buy-in)\s+of\s+(?:the\s+|a\s+)?(?:new\s+)?CRM\b",
        "staff support for CRM",
    ),
    # How staff feel reaches the guests: "staff who feel valued give better service".
    family(
        rf"\b(?=[\w-]+\s+who\s+feel\s){ANYONE}\s+who\s+feel\s+(?:valued|appreciated|respected|cared\s+for|looked\s+after)\s+"
        r"(?:give|deliver|provide|offer)\s+(?:better|good|great|more)\b"
        r"|\b(?:mood|morale|attitudes?|spirits?)\s+of\s+(?:a|the|their|your)\s+(?:[\w-]+\s+){0,2}(?:team|"
        r"staff|crew|workforce)\s+(?:reaches|reach|shows\s+in|affects|rubs\s+off\s+on|spills\s+into)\b",
        "impact of staff attitudes and motivation on service",
        needs=_SERVED,
    ),
    # "IM is manipulation with a smile", "is IM just manipulation?"; "IM or HRM under a new
    # name".
    family(
        r"\b(?:internal\s+marketing|IM)\s+(?:(?:is|as|was)\s+)?(?:just\s+|merely\s+|simply\s+|only\s+|"
        r"really\s+|nothing\s+but\s+|little\s+more\s+than\s+)?(?:a\s+)?(?:form\s+of\s+)?"
        r"manipulation\b",
        "manipulation of employees",
    ),
    family(
        r"\b(?:HRM|HR|human\s+resources?(?:\s+management)?|personnel\s+management)\s+"
        r"(?:under|by|with)\s+(?:a|another)\s+(?:new|different|fancier)?\s*name\b"
        r"|\b(?:relabell?ed|rebranded|renamed|repackaged)\s+(?:HRM|HR|human\s+resources?)\b",
        "marketing versus HRM",
        needs=_IM,
    ),
)


def exchange_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts ``text`` names by what passes between staff, managers, departments
    and customers.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _EXCHANGES, mentions, tag)

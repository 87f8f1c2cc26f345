"""Topics a syllabus describes in everyday words instead of naming them: "keeping good
people", "how front-desk staff feel about their jobs", "getting departments to work together",
"treating your staff as your first customers", "red tape" among the reasons a programme fails.

Course descriptions written for practitioners avoid the field's terms, and their readers would
not recognise them either. Each reading below is a family of wordings, turned into a phrase in
the field's terms ("staff retention", "staff satisfaction", "coordination between
departments", "employee as customer"); as with verbs (``imkg.syllabus_verbs``), the phrase is
tagged and counts only when the tagger reads it whole as a concept's label, so no reading
names a concept itself. Readings about people count only in a sentence that names staff or a
customer-facing role, so "students work together" or "why readers stay" add nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from imkg.syllabus_verbs import PEOPLE, Read, read_phrases, sentence_of

# Places and roles where staff meet customers: "reception staff", "front-desk and reception
# staff", "contact centre agents", "waiters". A place alone ("a drinks reception") is none.
_PLACE = (
    r"(?:front[- ]?desk|reception|front[- ]office|front[- ]of[- ]house|checkout|shop[- ]floor|"
    r"sales[- ]floor|call[- ]cent(?:re|er)|contact[- ]cent(?:re|er)|help[- ]?desk|service[- ]desk|"
    r"front[- ]line|frontline|(?:customer|guest|client|public)[- ]facing|cabin)"
)
_CREW = r"(?:staff|people|employees|workers|teams?|agents|personnel|colleagues|crews?)"
_ROLE = (
    r"(?:receptionists?|waiters?|waitresses|waiting\s+staff|cashiers?|shop\s+assistants?|"
    r"sales\s+assistants?|bank\s+tellers?|concierges?|bar\s+staff)"
)
_ROLE_WORDS = re.compile(rf"\b(?:{_ROLE}|{_PLACE}\s+{_CREW})\b", re.IGNORECASE)
# Occupations whose holders are the staff a description speaks of ("why nurses leave the ward");
# not customer-facing roles of their own.
_OCCUPATIONS = (
    r"(?:nurses|midwives|carers|care\s+workers|healthcare\s+assistants|porters|cleaners|chefs|"
    r"cooks|drivers|baristas|housekeepers|clerks|technicians|apprentices|supervisors)"
)
# The staff, a customer-facing role or, in a description, plain "people".
ANYONE = rf"(?:{PEOPLE}|people|talent|{_ROLE}|{_OCCUPATIONS})"
BOUNDARY = r"(?=\s*(?:[.,;:!?)\n*|]|$|and\b|or\b|for\b|after\b|within\b|on\s+board\b))"
_UNITS = r"(?:departments|functions|divisions|business\s+units|(?:different|other)\s+teams)"
# What a programme does when it fades after its launch.
_FADES = (
    r"(?:[\w-]+\s+){0,2}?(?:fizzles?|fizzled|die|dies|died|peters?|petered|fades?|faded"
    r"|los(?:e|es|t)\s+(?:momentum|steam)|r(?:u|a)ns?\s+out\s+of\s+steam)(?:\s+out)?\b"
)
DEPARTMENT_WORDS = re.compile(r"\b(?:departments?|functions|divisions)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Family:
    """A family of wordings and the phrases in the field's terms it stands for."""

    pattern: re.Pattern[str]
    phrases: tuple[str, ...]
    needs: re.Pattern[str] | None = None  # what the sentence must also name
    not_after: re.Pattern[str] | None = None  # what must not stand right before the words


def family(
    pattern: str,
    *phrases: str,
    needs: re.Pattern[str] | None = None,
    not_after: re.Pattern[str] | None = None,
) -> Family:
    """A family of wordings (a pattern, matched ignoring case) and the phrases it stands for."""
    return Family(re.compile(pattern, re.IGNORECASE), phrases, needs, not_after)


STAFF_IN_SENTENCE = re.compile(rf"\b{ANYONE}\b", re.IGNORECASE)
_BARRIER_CUE = re.compile(
    r"\b(?:barriers?|obstacles?|hurdles?|pitfalls?|roadblocks?|derail\w*|fail(?:s|ed|ing|ures?)?|"
    r"go(?:es)?\s+wrong|went\s+wrong|goes\s+awry)\b",
    re.IGNORECASE,
)
_FAMILIES = (
    # Customer-facing places and roles are the front line.
    family(
        rf"\b{_PLACE}(?:\s+(?:and|or|&)\s+[\w-]+)?\s+{_CREW}\b|\b{_ROLE}\b"
        rf"|\b{_CREW}\s+who\s+(?:deal|deals|work|works|talk|talks)\s+with\s+"
        r"(?:the\s+public|customers|guests|clients|passengers|patients)\b"
        # Those whom managers do not hear: "nobody listens to the front line".
        r"|\b(?:hears?|listens?(?:\s+to)?|heeds?|asks?|consults?)\s+(?:what\s+)?"
        r"the\s+front[- ]line\b",
        "front-line staff",
    ),
    # Staff behind the scenes: "back-office teams", "back-office colleagues".
    family(rf"\bback[- ]office\s+{_CREW}\b", "back-office staff"),
    # Keeping people: "keeping good people", "why your best waiters leave", "makes people stay".
    family(
        rf"\bkeep(?:s|ing)?\s+(?:(?:good|the\s+best|your\s+best|our\s+best|the\s+right|talented|"
        rf"able|skilled|experienced|valued|key)\s+)?{ANYONE}{BOUNDARY}"
        rf"|\bhold(?:s|ing)?\s+on\s+to\s+(?:[\w-]+\s+){{0,2}}?{ANYONE}\b"
        rf"|\bwhy\s+(?:[\w-]+\s+){{0,5}}?(?:leave|quit|resign|stay)(?:s)?{BOUNDARY}"
        # "why nurses leave the ward", "why good people walk out", "why they go away".
        r"|\bwhy\s+(?:[\w-]+\s+){0,4}?(?:leaves?\s+(?:the|their|this|our|your)\s+(?:job|jobs|ward|"
        r"team|firm|company|business|hotel|shop|store|branch|organi[sz]ation|profession)"
        r"|walks?\s+out|go(?:es)?\s+away|moves?\s+on)\b"
        rf"|\bmakes?\s+(?:[\w-]+\s+){{0,2}}?{ANYONE}\s+(?:stay|leave|quit){BOUNDARY}"
        rf"|\b(?:make|makes|made|making)\s+(?:them|people|{ANYONE})\s+stay{BOUNDARY}",
        "staff retention",
        needs=STAFF_IN_SENTENCE,
    ),
    # How staff feel about their jobs.
    family(
        r"\bfe(?:el|els|lt)\s+about\s+(?:(?:their|the|your|our)\s+(?:jobs?|work|roles?)\b"
        r"|working\s+(?:here|there|(?:on|in|at|for)\s+(?:the|their|your|our|this)\b))"
        r"|\b(?:happy|content|satisfied|unhappy|fed[- ]up)\s+(?:with|in|at)\s+"
        r"(?:their|the|your|our)\s+(?:jobs?|work)\b"
        r"|\bhow\s+(?:happy|content|satisfied|unhappy|fed[- ]up)\s+(?:[\w-]+\s+){1,3}?"
        r"(?:are|is|feel|feels)\s+(?:with|in|at|about)\s+(?:their|the|your|our)\s+(?:jobs?|work)\b",
        "staff satisfaction",
        needs=STAFF_IN_SENTENCE,
    ),
    # Departments working together ("get them working together" where departments are named);
    # cross-department working.
    family(
        rf"\b(?:{_UNITS}|them|they)\s+(?:to\s+|that\s+|who\s+)?"
        r"(?:work|works|working|pull|pulls|pulling)\s+together\b",
        "coordination between departments",
        "functions working together",
        needs=DEPARTMENT_WORDS,
    ),
    # "get front office, kitchen and housekeeping cooperating again" where departments are named;
    # "break down silos".
    family(
        r"\bget(?:s|ting)?\s+(?:[\w,&-]+\s+){1,6}?(?:co-?operating|collaborating|working\s+together|"
        r"talking\s+to\s+each\s+other)\b",
        "coordination between departments",
        needs=DEPARTMENT_WORDS,
    ),
    family(
        r"\b(?:break|breaks|breaking|broke|tear|tearing|bridge|bridging)\s+down\s+(?:the\s+)?silos\b"
        r"|\b(?:bridge|bridges|bridging|across|between)\s+(?:the\s+)?silos\b",
        "coordination between departments",
    ),
    family(
        r"\b(?:cross|inter)[- ]?(?:department(?:al)?|functional|divisional)\s+"
        r"(?:working|work|collaboration|co-?operation|teamwork|co-?ordination)\b",
        "coordination between departments",
    ),
    # Departments pulling apart (not "departments whose targets pull ...": the targets do).
    family(
        r"\bpull(?:s|ing)?\s+(?:in\s+different\s+directions|against\s+each\s+other|apart)\b"
        r"|\bat\s+(?:odds|loggerheads|cross[- ]purposes)\b"
        r"|\b(?:rivalry|tensions?|turf\s+wars?)\s+between\b"
        # Departments turned into silos (a bare "silos" among barriers is left unread).
        r"|\b(?:into|in\s+their\s+own|as)\s+silos\b|\bsilo\s+(?:mentality|thinking|working)\b",
        "friction between departments",
        needs=DEPARTMENT_WORDS,
        not_after=re.compile(r"\bwhose\s+[\w-]+\s+$", re.IGNORECASE),
    ),
    # Staff treated as customers.
    family(
        rf"\b{ANYONE}(?:\s+inside|\s+within)?\s+(?:as|like)\s+(?:(?:your|our|their|its|the)\s+)?"
        r"(?:[\w-]+['\u2019]s\s+)?(?:(?:first|internal|own)\s+)?(?:customers|clients)\b"
        rf"|\b{ANYONE}\s+(?:is|are)\s+(?:(?:the|your|our|their|its)\s+)?(?:[\w-]+['\u2019]s\s+)?"
        r"(?:first|internal)\s+(?:customers?|clients?)\b"
        rf"|\b{ANYONE}(?:\s+(?:in|at|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are)\s+"
        r"(?:(?:a|the)\s+)?customers?\s+of\s+(?:someone|somebody|each\s+other|one\s+another|"
        r"colleagues|(?:the|other|another)\s+(?:[\w-]+\s+)?(?:departments?|teams?|functions?))\b",
        "employee as customer",
    ),
    # Handing decisions to staff.
    family(
        r"\b(?:give|gives|giving|gave|hand|hands|handing|let|lets|letting)\s+(?:[\w-]+\s+){0,6}?"
        r"(?:authority|power|freedom|discretion|licen[cs]e|latitude|room|leeway)\s+to\b"
        r"|\b(?:fix|solve|sort\s+out|put\s+right|resolve)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:problems?|complaints?|issues?|things)\s+(?:themselves|on\s+the\s+spot)\b"
        r"|\b(?:decide\s+for\s+themselves|make\s+(?:their\s+own\s+decisions|the\s+call)"
        r"|use\s+their\s+own\s+judge?ment)\b",
        "empowering staff",
        needs=STAFF_IN_SENTENCE,
    ),
    # Holding staff to account.
    family(
        r"\bhold(?:s|ing)?\s+(?:them|staff|employees|people|teams?|colleagues|themselves)\s+"
        r"(?:to\s+account|accountable)\b|\banswer(?:s|ing)?\s+for\s+(?:what|how)\s+they\b",
        "employee accountability",
        needs=STAFF_IN_SENTENCE,
    ),
    # Resisting a change; one-word barriers where the sentence speaks of failing.
    family(
        r"\bresist(?:s|ing|ed)?\s+(?:(?:a|the|any|every|this|that)\s+)?(?:[\w-]+\s+)?changes?\b"
        r"(?!\s+(?:the|a|an|their|its|our|your|his|her)\b)",
        "resisting change",
    ),
    family(
        r"\b(?:resistance|push-?back)(?=\s*(?:[,;.:)\n|]|$|and\b|or\b|from\b))",
        "resistance to change",
        needs=_BARRIER_CUE,
    ),
    family(
        r"\b(?:bureaucracy|red\s+tape)(?=\s*(?:[,;.:)\n|]|$|and\b|or\b))",
        "bureaucratic leadership",
        needs=_BARRIER_CUE,
    ),
    # Clinging to the old ways, digging in heels.
    family(
        r"\bcling(?:s|ing)?\s+to\s+(?:the|their)\s+old\s+ways?\b"
        r"|\bdig(?:s|ging)?\s+in\s+(?:their|his|her|your|our)\s+heels\b",
        "resisting change",
        needs=STAFF_IN_SENTENCE,
    ),
    # Managers who do not hear what the floor tells them.
    family(
        r"\b(?:never|not|don't|doesn't|won't|rarely|fail\s+to|nobody|no\s+one|no-one)\s+"
        r"(?:hears?|listens?(?:\s+to)?|heeds?)\s+"
        rf"(?:what\s+)?(?:the\s+(?:floor|front\s+line|shop\s+floor)|(?:their\s+)?{ANYONE})\b",
        "not listening to staff",
    ),
    # Views that travel up, news both ways, how staff hear about changes.
    family(
        r"\b(?:views|ideas|suggestions|concerns|feedback|voices?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:travel|travels|go|goes|flow|flows|pass|passes|move|moves|get\s+passed)\s+"
        r"(?:back\s+)?up\b|\btop[- ]down\s+and\s+bottom[- ]up\s+(?:channels|communication|flows)\b",
        "upward communication",
        needs=STAFF_IN_SENTENCE,
    ),
    family(
        rf"\b{ANYONE}\s+(?:hear|hears|learn|find\s+out|are\s+told|get\s+told)\s+about\b",
        "staff communication",
    ),
    # One goal for everyone.
    family(
        r"\b(?:line|lines|lined|lining|pull|pulling|unite|united|rally|rallying)\s+(?:up\s+)?"
        r"(?:behind|around|towards?)\s+(?:one|a\s+single|a\s+common|the\s+same|a\s+shared)\s+"
        r"(?:goal|aim|objective|purpose)\b",
        "common goal",
    ),
    # Which skills are missing.
    family(
        r"\b(?:which|what)\s+skills\s+(?:[\w-]+\s+){0,2}?(?:are\s+)?(?:missing|lacking|lack)\b",
        "skills gap analysis",
    ),
    # Repeat guests are kept customers.
    family(
        r"\brepeat\s+(?:guests|customers|clients|business|custom|visits|visitors|buyers)\b",
        "retaining customers",
    ),
    # Programmes that fade after their launch.
    family(
        rf"\b(?:programmes?|programs?|initiatives?|campaigns?|schemes?)\s+{_FADES}",
        "programme fizzling out",
    ),
    # A plan fades only where it is the staff's: "your staff plan runs out of steam".
    family(rf"\bplans?\s+{_FADES}", "programme fizzling out", needs=STAFF_IN_SENTENCE),
    # The staff as a market, marketing's tools turned inward.
    family(
        r"\bmarket\s+(?:of|for)\s+(?:its\s+|their\s+|the\s+|our\s+)?(?:own\s+)?"
        rf"{ANYONE}\b|\b{ANYONE}\s+as\s+a\s+market\b"
        rf"|\b{ANYONE}\s+(?:is|are)\s+(?:(?:the|your|our|their|its)\s+)?(?:first|internal)\s+"
        r"market\b",
        "employee market",
    ),
    family(
        r"\b(?:tools|techniques|methods|principles|thinking)\s+of\s+marketing\s+"
        r"(?:to|on|inside|within)\b",
        "marketing-like technique",
    ),
    # The job as what is sold to staff.
    family(
        r"\bjobs?(?:\s+itself|\s+themselves)?\s+(?:is|are|as)\s+(?:a\s+|the\s+)?products?\b"
        r"|\bjobs?\s+(?:is|are|as)\s+(?:something|a\s+thing|what)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:has|have|must|needs?)\s+to\s+(?:sell|market)\b",
        "job as a product",
    ),
    # "the commitment of their own employees": the determiners a label leaves out.
    family(
        r"\b(?P<noun>[a-z]{5,})\s+of\s+(?:(?:the|their|its|our|your|own|all|new)\s+)+"
        r"(?P<people>staff|employees)\b",
        "{noun} of {people}",
    ),
)
_LOOK_BACK = 40  # characters read before a match for what must not stand there
MAX_PHRASES = 2000  # rebuilt phrases tagged per text, so a huge upload stays cheap
MAX_PLACES = 20


def paraphrase_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts ``text`` describes in everyday words (see the module docstring).

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (passed on as context for tagging the phrases).
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    return read_families(text, _FAMILIES, mentions, tag)


def read_families(
    text: str,
    families: Iterable[Family],
    mentions: Iterable[Any],
    tag: Callable[[str], Sequence[Any]],
) -> list[Read]:
    """Return the concepts named where ``text`` matches a family's wordings, each reading
    counted only when the tagger reads its phrase whole (shared by the everyday readings)."""
    wanted: dict[str, list[tuple[int, int, bool]]] = {}
    for reading in families:
        fixed = not any("{" in phrase for phrase in reading.phrases)
        for match in reading.pattern.finditer(text):
            # Once its phrases hold all the places they keep, a family's further matches add
            # nothing: a long text stops paying for their sentences here.
            if fixed and all(len(wanted.get(p, ())) >= MAX_PLACES for p in reading.phrases):
                break
            start, end = match.span()
            if reading.not_after is not None and reading.not_after.search(
                text, max(0, start - _LOOK_BACK), start
            ):
                continue
            if reading.needs is not None:
                s_start, s_end = sentence_of(text, start, end)
                if not reading.needs.search(text, s_start, s_end):
                    continue
            groups = {k: v.lower() for k, v in match.groupdict().items() if v}
            for phrase in reading.phrases:
                _want(wanted, phrase.format(**groups), start, end)
    if not wanted:
        return []
    return read_phrases(text, wanted, list(mentions), tag)


def _want(
    wanted: dict[str, list[tuple[int, int, bool]]], phrase: str, start: int, end: int
) -> None:
    places = wanted.get(phrase)
    if places is None and len(wanted) < MAX_PHRASES:
        wanted[phrase] = [(start, end, False)]
    elif places is not None and len(places) < MAX_PLACES:
        places.append((start, end, False))

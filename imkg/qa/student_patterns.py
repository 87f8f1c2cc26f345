"""Intent patterns for the questions students ask about ideas, cases and sources: where an
idea comes from, what to read, what a case is about, where to start, what a group needs, and
examples by setting. Each family's handler lives in its own module (named beside it); the
patterns live here so that :mod:`imkg.qa.patterns` imports no handler.
"""

from __future__ import annotations

import re

_IDEA = r"(?:the (?:idea|concept|term|notion|phrase|practice|field|discipline) (?:of )?)?"
_GREW = (
    r"(?:grow out of|grew out of|emerge from|emerged from|come out of|came out of|evolve from|"
    r"evolved from|derive from|derived from|spring from|sprang from|develop from|developed from|"
    r"originate from|originate in|come from|stem from|build on|arise from|arose from)"
)

# Where an idea comes from: "what are the roots of IM", "who coined the term" (origins.py)
ORIGIN_PATTERNS: list[tuple[str, str]] = [
    (
        "origin",
        r"^(?:what (?:is|are|were) |tell me about |explain |describe |give me )?(?:the )?"
        r"(?:origins?|roots?|history|beginnings?|genesis|birth|intellectual roots) of "
        rf"{_IDEA}(?P<x>.+?)(?: in (?:a nutshell|brief|short))?$",
    ),
    (
        "origin",
        rf"^where (?:does|did|do) {_IDEA}(?P<x>.+?) (?:come from|originate|originally come from|"
        r"have its roots|stem from|start|begin|get started)$",
    ),
    (
        "origin",
        r"^(?:when|how) (?:did|was) (?P<x>.+?) (?:first )?(?:start|begin|appear|emerge|arise|"
        r"originate|come about|come into being|get started|develop|take off)(?: first)?$",
    ),
    (
        "origin",
        r"^when (?:was|were) (?P<x>.+?) (?:first )?(?:introduced|invented|coined|developed|"
        r"created|proposed|born|conceived)$",
    ),
    ("origin", rf"^how old is {_IDEA}(?P<x>.+)$"),
    (
        "origin",
        r"^who (?:(?:first )?(?:coined|invented|came up with|thought up|originated|pioneered)|"
        r"first (?:wrote about|used|described|introduced|proposed|developed|named|defined|"
        r"talked about)) (?:the (?:term|idea|concept|phrase|notion|word)s? (?:of )?)?"
        r"(?P<x>.+?)(?: first)?$",
    ),
    (
        "origin",
        r"^(?:which|what) (?:field|discipline|area|branch|tradition|school of thought|idea|"
        r"ideas|kind of marketing|type of marketing|part of marketing|theory) (?:did|does|do|"
        rf"has|have) (?P<x>.+?) {_GREW}$",
    ),
    ("origin", rf"^what (?:did|does|has) (?P<x>.+?) {_GREW}$"),
]

_READ_WORD = (
    r"(?:readings?|reading material|literature|books?|papers?|articles?|references?|"
    r"texts? to read|things to read|sources?|further reading)"
)
_THE_GRAPH = (
    r"(?:the graph|imkg|the knowledge graph|this graph|the ontology|this (?:tool|app|system|"
    r"service|site)|you|your (?:graph|answers|data))"
)
_WORKS = (
    r"(?P<what>authors?|writers?|scholars?|academics?|researchers?|sources?|references?|"
    r"works?|papers?|texts?|seed texts?|readings?|books?|articles?|literature|citations?)"
)

# What to read on a concept, and what the graph cites (reading_lists.py)
READING_PATTERNS: list[tuple[str, str]] = [
    (
        "readings",
        r"^what (?:should|could|can|would|do you recommend|would you recommend) (?:i|we|"
        r"students|one|you|a student) (?:read|study|look at) (?:first )?(?:on|about|regarding|"
        r"for|to (?:understand|learn about|learn|get into|get to grips with)) (?P<x>.+)$",
    ),
    (
        "readings",
        r"^(?:(?:what is|what are|any|recommend|suggest|give me|can you recommend|can you "
        r"suggest|i need|please recommend|please suggest) )?(?:me )?(?:an? |some |the |any )?"
        r"(?:(?:good|key|essential|recommended|best|core|useful|must[- ]read|further|main|"
        rf"classic) )?{_READ_WORD} (?:on|about|for|regarding|covering) (?P<x>.+)$",
    ),
    (
        "readings",
        r"^where (?:should|can|could|do) (?:i|we) (?:start|begin) reading (?:on|about) (?P<x>.+)$",
    ),
    (
        "sources",
        rf"^(?:which|what|who are the|list the|name the|list all the|show me the) (?:main )?"
        rf"{_WORKS} (?:are |is )?(?:cited|used|quoted|referenced|drawn on|drawn upon|relied on|"
        rf"behind|listed)(?: (?:in|by|for))? {_THE_GRAPH}$",
    ),
    (
        "sources",
        rf"^(?:which|what) {_WORKS} (?:does|do) {_THE_GRAPH} (?:cite|use|draw on|rely on|quote|"
        r"reference|build on|list|come from)$",
    ),
    ("sources", rf"^(?:who|whom) (?:does|do) {_THE_GRAPH} (?:cite|quote|draw on|rely on)$"),
    (
        "sources",
        r"^(?:what is |what are |show me |list )?(?:the )?(?:graph's|imkg's|your) "
        r"(?P<what>sources|references|authors|bibliography|citations)$",
    ),
]

_SUMMARY_NOUN = r"(?:summary|overview|synopsis|rundown|recap|gist|tl ?;? ?dr|tldr|outline|precis)"

_DOC_SUFFIX = r"^(?P<doc>.+?) (?:summary|overview|synopsis|tl ?;? ?dr|tldr)$"
_DOC_ALONE = (
    r"^(?:of |about |on )?(?P<doc>(?:the |a )?.+? (?:case|case study|course text|unit|chapter))$"
)

# What a document is about: "summarise the hotel case" (case_summaries.py)
SUMMARY_PATTERNS: list[tuple[str, str]] = [
    (
        "document_summary",
        r"^(?:(?:please |can you |could you )?(?:summari[sz]e|sum up|recap|outline|describe|"
        r"explain)|(?:give me |i need |can i have |can i get |what is )?(?:an? |the )?"
        rf"(?:(?:quick|short|brief|one[- ]line|two[- ]line) )?{_SUMMARY_NOUN} (?:of|for|on)) "
        r"(?:for me )?(?P<doc>.+?)"
        r"(?: for me| briefly| in brief| in a few (?:lines|sentences|words)| please)?$",
    ),
    ("document_summary", _DOC_SUFFIX),
    ("document_summary", r"^what (?:is|was) (?P<doc>.+?) (?:all |really |mainly )?about$"),
    (
        "document_summary",
        r"^what (?:happens|goes on|is going on|takes place) in (?P<doc>.+)$",
    ),
    (
        "document_summary",
        r"^(?:(?:what|which) (?:is|are) )?(?:the )?(?:main |key |big )?(?:points?|story|plot|gist|"
        r"message|takeaways?|lessons?|storyline) (?:of|in|from) (?P<doc>.+)$",
    ),
    # a document named alone, or left so by a frame that said how short ("tl;dr of ...")
    ("document_summary", _DOC_ALONE),
]

_MANAGER = (
    r"(?:i|we|you|one|a manager|managers|a firm|a company|an organi[sz]ation|the (?:firm|"
    r"company|organi[sz]ation|business)|leaders|hr|a business)"
)
_STARTING = (
    r"(?:(?:start|get|launch|introduce|implement|set up|begin|roll out|kick off|build)(?:ing)? "
    r"|getting |setting up |rolling out |kicking off |doing )?"
)
_CARE = (
    r"(?:treat|handle|manage|look after|support|deal with|motivate|engage|approach|work with|"
    r"communicate with|take care of|care for|win over)"
)

# Where to start, and what a group needs (advice.py)
ADVICE_PATTERNS: list[tuple[str, str]] = [
    (
        "first_step",
        rf"^(?:where|how) (?:do|does|should|can|would|could|must) {_MANAGER} (?:begin|start|get "
        r"started|kick off|make a start)(?: with| on| in| when)? (?:implementing |introducing |"
        r"launching |rolling out |building |using )?(?:an? |the |our |my )?(?P<x>.+)$",
    ),
    (
        "first_step",
        r"^what (?:is|are) (?:the |my |our )?(?:very )?(?:first steps?|step one|step 1|starting "
        r"point|first thing|first move|first things? to do|place to start|way to start)"
        rf"(?: to take)? (?:in|of|for|when|to|towards|with|on) {_STARTING}(?:an? |the |our )?"
        r"(?P<x>.+)$",
    ),
    (
        "first_step",
        rf"^what (?:should|do|must|would|can) {_MANAGER} do first (?:to|when|in|for|if|with) "
        rf"{_STARTING}(?:an? |the |our |my )?(?P<x>.+?)(?: going| started| off the ground| up "
        r"and running| in place)?$",
    ),
    (
        "first_step",
        rf"^how (?:to|(?:do|should|can) {_MANAGER}) (?:start|begin|launch|kick off|get started "
        r"with|get going with|introduce|set up|roll out) (?:an? |the |our |my )?"
        r"(?P<x>.+)$",
    ),
    (
        "group_needs",
        r"^what (?:do|does) (?:the |our )?(?P<x>.+?) (?:need|require|want|expect|need from "
        r"(?:us|management|managers|their managers|the (?:firm|company|organi[sz]ation)|leaders|"
        r"hr)|require from (?:management|managers|the (?:firm|company|organi[sz]ation)))$",
    ),
    (
        "group_needs",
        rf"^how (?:should|do|can|could|would|must|best (?:to|can)) {_MANAGER} {_CARE} "
        r"(?:the |our )?(?P<x>.+?)"
        r"(?: in (?:an? |the |our )?(?:im|internal marketing)(?: [a-z]+)?)?$",
    ),
    ("group_needs", rf"^how (?:to|best to) {_CARE} (?:the |our )?(?P<x>.+)$"),
    (
        "group_needs",
        rf"^what (?:should|must|can|could) {_MANAGER} (?:give|offer|provide|do for) (?:the |our )?"
        r"(?P<x>.+)$",
    ),
]

_EXAMPLE = r"(?:examples?|cases?|case studies|case study|illustrations?|instances?|applications?)"
_ASK = (
    r"(?:(?:give me|show me|find me|i need|i want|is there|are there|do you have|have you got|"
    r"got|any|list|name|what is|what are) )?(?:an? |some |any |the )?(?:(?:real|real[- ]world|"
    r"concrete|practical|good|other) )?"
)

_X_EXAMPLES_IN = (
    r"^(?:(?:is there|are there|any|got any|do you have|give me) (?:an? |any |some )?)?"
    rf"(?P<x>.+?) {_EXAMPLE} (?:in|from|at|for|within) (?:an? |the )?(?P<place>.+)$"
)
_X_IN_SETTING = (
    r"^(?:show me |how is |how does |how do )?(?P<x>.+?) (?:being used |used |applied |at "
    r"work |in action |in practice |work |working |look |looks )?(?:in|at|within|across) "
    r"(?:an? |the )?(?P<place>.+)$"
)
# Words one of which a setting names (a sector with a case, or one without); one string
# reads better than 65 quoted words
_SETTING_WORDS = (
    "hospital|health|medical|clinic|nhs|nursing|patient|hotel|hospitality|touris|resort|bank|"
    "financ|airline|aviation|air travel|airport|flying|universit|college|campus|call cent|"
    "contact cent|energy|utilit|baker|baking|food|construction|manufactur|factor|retail|"
    "supermarket|shop|restaurant|insurance|software|tech|government|public sector|charit|"
    "profit|telecom|logistic|pharma|school|military|police|law firm|consult|start|agricultur|"
    "farm|mining|oil|automotive|car maker|fashion|sport|gym|cafe|coffee|sector|industry|"
    "trade"
)
SETTING_CUES = tuple(_SETTING_WORDS.split("|"))

# Examples by setting or sector: "IM in healthcare" (sector_examples.py)
SECTOR_PATTERNS: list[tuple[str, str]] = [
    (
        "sector_example",
        rf"^{_ASK}{_EXAMPLE} of (?P<x>.+?) (?:being used |used |at work |in action |in "
        r"practice )?(?:in|at|from|within|for) (?:an? |the )?(?P<place>.+)$",
    ),
    (
        "sector_example",
        r"^(?:any |are there any |is there an? |got any |do you have any |give me (?:an? |some )?)"
        rf"(?P<place>[a-z]+(?: [a-z]+)?) {_EXAMPLE} (?:of|for|on) (?P<x>.+)$",
    ),
    ("sector_example", _X_EXAMPLES_IN),
    (
        "sector_example",
        r"^how (?:can|could|might|would|does|do|should|did|is|are) (?:an? |the |our |my )?"
        r"(?P<place>.+?) (?:use|apply|adopt|implement|practise|practice|benefit from|roll out|"
        r"introduce|make use of|go about) (?P<x>.+)$",
    ),
    ("sector_example", _X_IN_SETTING),
]

STUDENT_PATTERNS: list[tuple[str, str]] = [
    *ORIGIN_PATTERNS,
    *READING_PATTERNS,
    *SUMMARY_PATTERNS,
    *ADVICE_PATTERNS,
    *SECTOR_PATTERNS,
]

# The patterns that scan the whole question, tried only when one of their cue words is in it
CUES: dict[str, tuple[str, ...]] = {
    _DOC_SUFFIX: ("summary", "overview", "synopsis", "tl", "tldr"),
    _DOC_ALONE: ("case", "text", "unit", "chapter"),
    _X_EXAMPLES_IN: ("example", "case", "illustration", "instance", "application"),
    _X_IN_SETTING: SETTING_CUES,
}


class CuedPattern:
    """A pattern tried only when one of its cue words is in the text: a lazy ``.+?`` at the
    start of a pattern is tried at every position, a substring check is not (the four such
    patterns of the student families cost 11 µs a question without their cues)."""

    def __init__(self, pattern: str, cues: tuple[str, ...]) -> None:
        self.compiled = re.compile(pattern)
        self.pattern = pattern
        self.cues = cues

    def match(self, text: str) -> re.Match[str] | None:
        """Match like :meth:`re.Pattern.match`, or None at once without a cue word."""
        if any(cue in text for cue in self.cues):
            return self.compiled.match(text)
        return None


def compile_pattern(pattern: str) -> re.Pattern[str] | CuedPattern:
    """Compile an intent pattern, with its cue words when it has any."""
    return CuedPattern(pattern, CUES[pattern]) if pattern in CUES else re.compile(pattern)

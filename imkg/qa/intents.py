"""What a question asks: intent patterns over the normalised question, with concept slots.

Each pattern is a regular expression with named groups: ``x`` (the concept asked about),
``a``/``b`` (two concepts), ``pair`` (two concepts joined by "and", "vs", ...), ``k`` (a kind
of concept, "the barriers"), ``ord`` (first, last, ...). :func:`parse` returns every
pattern that matches, most specific first; the answerer takes the first whose slots resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote_plus

from imkg.qa.situations import ACTIONS, ADVICE, party, situation_topic
from imkg.qa.slots import slips
from imkg.text import fold

_VERB = (
    r"(?:influences?|drives?|affects?|determines?|impacts?|shapes?|causes?|predicts?"
    r"|leads? to|contributes? to|results? in|feeds? into|(?:has|have) (?:an? )?(?:effect|impact|"
    r"influence) on|gives? (?:an? )?(?:effects?|impacts?) (?:to|on)|improves?|increases?|boosts?"
    r"|underlies|underpins?|enhances?|fosters?"
    r"|strengthens?|promotes?|raises?|encourages?|creates?|produces?|generates?"
    r"|helps?(?! (?:me|us|you|them|him|her|i)\b)|supports?"
    r"|brings? about|makes? for|is behind|are behind|lies behind|pays? off (?:in|for)|"
    r"translates? into|shows? up in|feeds? through (?:to|into)|spills? over (?:to|into)|"
    r"carries (?:over )?(?:to|into)|flows? (?:through )?(?:to|into))"
)
_BASE_VERB = (
    r"(?:influence|drive|affect|determine|impact|shape|cause|lead to|contribute to|"
    r"result in|feed into|change|improve|increase|boost|have an? (?:effect|impact|"
    r"influence) on|enhance|foster|strengthen|promote|raise|encourage|create|produce|"
    r"generate|help(?! (?:me|us|you|them|him|her|i)\b)|support|bring about|pay off (?:in|for)|"
    r"translate into|show up in|feed through (?:to|into)|"
    r"spill over (?:to|into)|carry (?:over )?(?:to|into)|flow (?:through )?(?:to|into))"
)
_PASSIVE = (
    r"(?:influenced|driven|affected|determined|shaped|caused|impacted|improved|increased|"
    r"enhanced|boosted|fostered|promoted|predicted|explained)"
)
_CAUSES = r"(?:factors?|drivers?|causes?|determinants?|antecedents?|influences?|predictors?)"
# "the influence of X" is what X does; "the drivers of X" are what X depends on
_CAUSES_OF = r"(?:factors?|drivers?|causes?|determinants?|antecedents?|predictors?)"
_NOUNS = (
    rf"(?:{_CAUSES}|sources?|things?|concepts?|components?|elements?|variables?|inputs?|levers?)"
)
# "the components of X" lists parts, so "of", "on", "for" and "behind" only follow causes.
_LINK = (
    rf"(?:{_NOUNS} (?:driving|influencing|affecting|determining|shaping|impacting|"
    rf"(?:that|which) (?:drive|influence|affect|determine|shape|impact|lead to)s?)|"
    rf"{_CAUSES} (?:behind|on|for)|{_CAUSES_OF} of)"
)
# "knock-on effects of X", "the downstream consequences of X": still what X leads to
_EFFECTS = (
    r"(?:(?:knock-?on|knock on|follow-?on|flow-?on|downstream|ripple|wider|broader) )?"
    r"(?:effects?|consequences?|outcomes?|results?|impacts?|influences?)"
)
_DISCUSSED = (
    r"(?:discussed|mentioned|covered|explained|talked about|taught|described|"
    r"introduced|defined|treated|dealt with|used|appears?|comes? up|referred to)"
)
_DOCS = (
    r"(?:documents?|texts?|units?|lessons?|case stud(?:y|ies)|cases?|files?|passages?|"
    r"sections?|chapters?|course (?:units?|texts?|notes|documents?|readings?|chapters?)|"
    r"materials?|sources?|readings?|parts of the (?:course|corpus))"
)
# The documents as a list: "which case studies are there", "how many course units".
_DOC_LIST = (
    r"(?:documents?|texts?|files?|readings?|materials?|case stud(?:y|ies)|cases|"
    r"course (?:units?|texts?|notes|documents?|readings?|chapters?)|units|chapters|lessons)"
)
_DOC_EXIST = (
    r"(?: (?:are there|are available|do you have|exist|(?:are )?in the (?:course|corpus)|"
    r"(?:do|does) the (?:course|corpus) (?:have|include|contain)))?"
)
_TALK = (
    r"(?:mentions?|discuss(?:es)?|covers?|talks? about|explains?|deals? with|refers? to|"
    r"are about|is about|describes?|teach(?:es)?|introduces?|look at|looks at|present|"
    r"presents|address|addresses|go into|goes into|features?|involves?|(?:is|are) set in|"
    r"takes? place in|centres? on|centers? on|focus(?:es)? on|revolves? around)"
)
# Who does the discussing in "where do the course texts discuss X".
_COURSE = (
    rf"(?:the |our |my )?(?:course |corpus |class |module )?(?:{_DOCS}|course|corpus|class|"
    r"module|readings?|notes|slides|lectures?|book|textbook|they|you)"
)
_ORDINAL = r"(?P<ord>first|1st|initial|second|2nd|third|3rd|fourth|4th|last|final)"
_STAGE = r"(?:stage|step|phase)"
# "stage two", "step 3": a number only counts right after a stage word
_NUMBERED = rf"{_STAGE} (?:number |no )?(?P<ord>one|two|three|four|1|2|3|4)"
# "the first thing that happens", "what do you do first": an ordinal without a stage word
_HAPPENS = (
    r"(?:thing|part|move)(?: (?:that|which|to))? (?:happens|you do|is done|takes place|occurs|"
    r"comes|happen|do|goes)"
)
# "which comes first, energising or authorising": two stages compared by their order
_EARLIER = r"(?P<rel>first|earlier|sooner|last|later|second)"
_STAGE_VERB = r"(?:comes?|happens?|goes|go|is|are|takes? place|occurs?)"
# "after energising in Ballantyne's cycle": the stage names its cycle
_IN_CYCLE = r"(?P<cyc> (?:in|of) (?:the )?(?:[a-z']+ ){0,3}(?:cycle|model|process))?"
_IMPROVE = (
    r"(?:improve|increase|raise|boost|build|foster|enhance|strengthen|promote|achieve|"
    r"ensure|create|drive|develop|maximi[sz]e|keep up)"
)
_COMPANY = r"(?:compan(?:y|ies)|firms?|organi[sz]ations?|businesses|business|employers?)"
_GIVES = (
    r"(?:uses?|gives?|offers?|provides?|has|have|grants?|pays?|practi[sc]es?|applies|do|does|did|"
    r"runs?|operates?|introduced?|rolls? out|rolled out)"
)
# "keep staff" names staff retention, so the verb stays in the slot; "reduce staff turnover"
# asks what drives staff turnover, so the verb goes.
_KEEP = r"(?:keep|keeping|retain|retaining|hold on to|hang on to)"
_REDUCE = (
    r"(?:reduce|lower|cut|decrease|prevent|avoid|minimi[sz]e|fight|tackle|stop|limit|"
    r"overcome|deal with)"
)
_HOW_TO = (
    r"(?:how (?:can|could|do|does|should|would|might|to)(?: [a-z]+){0,3}?|"
    r"(?:what are )?(?:the )?(?:best )?(?:ways?|how) to|"
    r"what (?:can|could|should|would|must|might)(?: [a-z]+){1,3}? do to)"
)
_IMPORTANT = (
    r"(?:so |really |that |very |thought |considered |seen as |such an? )?(?:important|"
    r"essential|crucial|vital|relevant|valuable|useful|significant|necessary|needed|key)"
)
# Where the domain itself is the scope: "the role of X in internal marketing" is X's role.
_DOMAIN = (
    r"(?:internal marketing|im|an? organi[sz]ations?|organi[sz]ations|the organi[sz]ation|"
    r"a company|companies|a business|businesses|the model|the course)"
)
_ROLE = r"(?:role|part|function)"
# Verbs a learner puts after "what is": "what is make job satisfaction", "what does affect X".
_LEARNER_VERB = (
    r"(?:makes?|influences?|affects?|effects?|drives?|causes?|impacts?|determines?|"
    r"improves?|increases?|gives?|brings?)"
)
# A preposition or article after the verb means a noun phrase: "what is impact of X".
_NOT_NOUN = r"(?!(?:of|on|from|to|for|in|by|with|the|an?)\b)"
# "give two examples of", "some examples of": how many a person wants does not narrow the list
_REAL = r"(?:(?:real|real-world|real world|practical|concrete|actual|specific|good) )?"
_SOME = r"(?:an? |some |the |a few |few |several |a couple of |(?:\d+|one|two|three|four|five) )?"
_TOPICS = r"(?:concepts?|topics?|ideas?|things?|points?|content|theories|terms)"
# What a member is part of: an internal customer group or a stage of the cycle
_OWNER = (
    r"(?:(?:internal )?(?:customer )?(?:group|segment|category|type of (?:internal )?"
    r"(?:customer|employee))|stage|step|phase)"
)
# Keyword questions: "job satisfaction drivers", "empowerment effects"
_AS_LIST = r"^(?:what are |which are |list |show me |show |give me |the )?(?:the )?"
# asking for an explorer page: "open the page on X", "take me to X", "show me the X"
_GO_TO = (
    r"^(?:open|open up|show|display|bring up|pull up|take me to|go to|navigate to|jump to|"
    r"link me to|send me to|show me)(?: me| us| up)? (?:the )?(?:(?:page|entry|card|view|"
    r"article|section)(?: on| for| about| of| with)? )?(?:the )?"
)

# "in the model", "in the causal chain": a question about the causal model, not the cycle
_IN_MODEL = (
    r"(?P<model>) in (?:the |this |our )?(?:causal |internal marketing |im |curated )?"
    r"(?:model|chain|causal chain|satisfaction chain)"
)
_COMES = (
    r"^(?:what|which(?: [a-z]+)?) (?:comes?|goes|go|happens|sits?|is|are|lies|lie)"
    r"(?: right| just| immediately| directly)?"
)

# "which concept has the most influences", "what is influenced by the most factors": a
# superlative over the whole model, with no concept named
_OTHERS = (
    r"(?: (?:other )?(?:concepts?|things?|factors?|others|variables?|components?|elements?|"
    r"parts of the model))?"
)
# Graph words for the same: "which node has the highest out-degree", "the most incoming edges"
_MOST_OF = (
    r"(?:most|largest number of|greatest number of|highest number of|highest|largest|biggest)"
)
_OUT_LINKS = (
    r"(?:out-?degree|out degree|outgoing (?:links|influences|arrows|edges)|(?:arrows|edges|"
    r"links) (?:out|going out))"
)
_IN_LINKS = (
    r"(?:in-?degree|in degree|incoming (?:links|influences|arrows|edges)|(?:arrows|edges|"
    r"links) (?:in|coming in))"
)
_GRAPH_NODE = r"(?: (?:nodes?|concepts?|variables?|factors?))?"
_IN_GRAPH = r"(?: in (?:the |this )?(?:causal )?(?:model|graph|network))?"
_SUPERLATIVE = (
    (
        "most",
        rf"^(?P<out>)(?:what|which){_GRAPH_NODE} (?:has|have) the {_MOST_OF} {_OUT_LINKS}"
        rf"{_IN_GRAPH}$",
    ),
    (
        "most",
        rf"^(?P<into>)(?:what|which){_GRAPH_NODE} (?:has|have) the {_MOST_OF} {_IN_LINKS}"
        rf"{_IN_GRAPH}$",
    ),
    (
        "most",
        rf"^(?P<out>)(?:what|which)(?: {_NOUNS})? (?:has|have) the (?:most|largest number of|"
        r"greatest number of) (?:influences?|effects?|impact|consequences|outcomes|outgoing "
        r"(?:links|influences|arrows)|arrows out)(?: on others)?$",
    ),
    (
        "most",
        rf"^(?P<out>)(?:what|which)(?: {_NOUNS})? {_VERB} the (?:most|largest number of|"
        rf"greatest number of){_OTHERS}$",
    ),
    ("most", rf"^(?P<out>)(?:what|which) is the most influential{_OTHERS}(?: in the model)?$"),
    (
        "most",
        rf"^(?P<into>)(?:what|which)(?: {_NOUNS})? (?:has|have) the (?:most|largest number of|"
        rf"greatest number of) (?:{_CAUSES_OF}|inputs|incoming (?:links|influences|arrows)|"
        r"arrows in)$",
    ),
    (
        "most",
        rf"^(?P<into>)(?:what|which)(?: {_NOUNS})? (?:is|are|gets?) {_PASSIVE} by the (?:most|"
        rf"largest number of|greatest number of){_OTHERS}$",
    ),
    (
        "most",
        rf"^(?P<into>)(?:what|which) is the most (?:influenced|affected|driven){_OTHERS}"
        r"(?: in the model)?$",
    ),
)

# Who is asked to answer: "can you", "could someone", "can anyone"
_ASKED = r"(?:you|u|ya|you guys|you all|someone|somebody|anyone|anybody)"
# A syllabus, outline or reading list of the asker's own: the syllabus check measures it
# (``/api/coverage``); a question cannot carry it. "A module on X" is a topic, not a document.
_OWN_DOC = (
    r"(?:my|our|this|these|the attached|the uploaded|the enclosed|an?|the|their|his|her) "
    r"(?:[a-z0-9'-]+ ){0,3}?(?:syllabus|syllabi|syllabuses|(?:course|module|unit|programme|"
    r"program|subject|class|lecture|lesson|teaching|session) (?:outlines?|plans?|descriptions?|"
    r"specifications?|handbooks?|guides?|content|materials?|slides|documents?)|outlines?|"
    r"reading lists?|curricul(?:um|a|ums)|schemes? of work|lesson plans?)"
)
_CHECK_VERB = (
    r"(?:check|checks|checking|measure|measuring|score|scoring|assess|assessing|evaluate|"
    r"evaluating|audit|auditing|analy[sz]e|analy[sz]ing|review|reviewing|compare|comparing|"
    r"map|mapping|grade|grading|benchmark|benchmarking|scan|scanning|look over|go through|"
    r"look through)"
)
_COVERS = (
    r"(?:cover|covers|covered|covering|include|includes|included|mention|mentions|address|"
    r"addresses|teach|teaches|touch on|touches on|deal with|deals with|contain|contains|have|"
    r"has|miss|misses|missing|lack|lacks|lacking|leave out|leaves out|leaving out|skip|skips|"
    r"omit|omits|overlook|overlooks|match|matches|align with|aligns with|map to|maps to|fit|"
    r"fits|hit|hits)"
)
_SYLLABUS = (
    # "check my course outline against the concepts", "can you score our reading list"
    rf"^(?:(?:can|could|would|will) {_ASKED} (?:please |pls )?|please |pls |i (?:want|would "
    r"like|need) (?:you )?to |(?:how|where) (?:do|can|could|would|should) (?:i|we) |is it "
    r"possible to |help me |i'd like to |let's |lets )?"
    rf"{_CHECK_VERB} (?:(?:how well |whether |if |what |which )?(?:[a-z-]+ ){{0,3}}?)?"
    rf"{_OWN_DOC}\b.*$",
    # "which IM concepts does my syllabus cover", "how much of IM does our reading list miss"
    r"^(?:which|what|how many|how much|what share|what percentage|what proportion|what part)"
    r"(?: of)?(?: the)?(?: (?:im|internal marketing|imkg|key|core|main|important|graph|"
    r"ontology))*(?: (?:concepts?|topics?|ideas?|terms?|content|areas?|kinds?|parts?|things?|"
    r"it|them))?(?: (?:from|of|in) (?:the )?(?:graph|ontology|im|internal marketing))?"
    rf" (?:does|do|did|is|are|will|would|can) {_OWN_DOC} (?:still |not |fail to |already )?"
    rf"{_COVERS}\b.*$",
    # "what is my course outline missing", "does my syllabus cover empowerment"
    rf"^(?:what|which (?:concepts?|topics?|ideas?|things?)) (?:is|are) {_OWN_DOC} (?:still )?"
    r"(?:missing|lacking|leaving out|not covering|skipping|overlooking|covering)\b.*$",
    rf"^(?:does|do|did|is|are|will|would) {_OWN_DOC} (?:really |actually |properly |fully |"
    rf"already |still )?(?:{_COVERS}|covering|missing|lacking)\b.*$",
    # "which of the groups does nobody on our course talk about": the course is not given
    r"^(?:(?:[a-z-]+ ){1,2}?(?:audit|review|check|mapping) ?[:;-] ?)?(?:which|what)(?: of)?"
    r"(?: the)? (?:[a-z0-9-]+ ){0,4}?(?:does|do|did) (?:nobody|no one|"
    r"no-one|none of us|none of our (?:staff|lecturers|tutors|teachers)) (?:in|on|at) (?:our|my|"
    r"the|this) (?:course|module|programme|program|unit|class|department|faculty|team) (?:talk"
    r" about|cover|teach|mention|discuss|deal with)\b.*$",
    # "how well does our reading list cover internal marketing"
    r"^how (?:well|much|completely|fully|thoroughly|far|good|comprehensive|complete) "
    rf"(?:does|do|is|are|will|would) {_OWN_DOC}(?: (?:really|actually|currently))? "
    r"(?:cover|covers|covering|include|address|match|align|map|fit|do|reflect|capture|span)\b.*$",
    # "the coverage of my syllabus", "gaps in our course outline"
    r"^(?:what (?:is|are) |show me |find |list |spot |any |are there any |where are )?(?:the )?"
    rf"(?:coverage|gaps?|holes?|blind spots?|missing (?:concepts?|topics?)) (?:of|in|for) "
    rf"{_OWN_DOC}\b.*$",
)

PATTERNS: list[tuple[str, str]] = [
    *(("syllabus_check", pattern) for pattern in _SYLLABUS),
    *_SUPERLATIVE,
    # "what comes before job satisfaction in the model": what drives it; a stage is not in
    # the causal model, so "before energising in the model" falls through to the cycle
    ("influenced_by", rf"{_COMES} (?:before|upstream of|ahead of|prior to) (?P<x>.+?){_IN_MODEL}$"),
    ("influences", rf"{_COMES} (?:after|downstream of|following) (?P<x>.+?){_IN_MODEL}$"),
    # stage order
    (
        "stage_order",
        rf"^(?:what|which)(?: {_STAGE})? (?:comes|happens|follows|is|stage is|"
        rf"step is)(?: next| immediately| right| directly| just)? (?P<rel>after|"
        rf"following|before|preceding) (?P<x>.+?){_IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which) is the (?:next )?{_STAGE} (?:(?:right|just|immediately|directly) )?"
        rf"(?P<rel>after|following|before|preceding) (?P<x>.+?){_IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:the )?(?:next )?{_STAGE} (?:(?:right|just|immediately|directly) )?"
        rf"(?P<rel>after|following|before) (?P<x>.+?){_IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which)(?: {_STAGE})? (?P<rel>follows|precedes|comes after|comes before)"
        rf" (?P<x>.+?){_IN_CYCLE}$",
    ),
    ("stage_order", r"^(?P<rel>after|before) (?P<x>.+?),? what (?:comes|happens)(?: next)?$"),
    (  # "what comes between code breaking and diffusing"
        "stage_order",
        rf"^(?:what|which)(?: {_STAGE}| one)? (?:comes|happens|is|lies|sits|falls|goes|takes place)"
        rf" (?P<rel>between) (?P<a>.+?) and (?P<b>.+?){_IN_CYCLE}$",
    ),
    (  # "is energising the first stage of the cycle": yes or no, from its place
        "stage_order",
        rf"^(?:is|was) (?P<x>(?!the\b|it\b|this\b|that\b).+?) (?:the|its) {_ORDINAL} {_STAGE}"
        r"(?P<rest> (?:of|in) .+)?$",
    ),
    # two stages by order: "does authorising come before diffusing", "which comes first, A or B"
    (
        "stage_order",
        r"^(?:does|do|is|are|will) (?P<a>.+?) (?:come |comes |happen |go |take place |occur )?"
        r"(?P<rel>before|after|earlier than|later than|ahead of|prior to) (?P<b>.+?)"
        rf"{_IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which)(?: {_STAGE}| one)? {_STAGE_VERB} {_EARLIER}(?: in the cycle)?,? "
        r"(?P<a>.+?) or (?P<b>.+)$",
    ),
    (
        "stage_order",
        rf"^(?P<a>.+?) or (?P<b>.+?),? (?:what|which)(?: one)? {_STAGE_VERB} {_EARLIER}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which) (?:comes|happens|stage comes|step comes|stage is|"
        rf"step is|phase is)(?: the)? {_ORDINAL}(?P<rest> .*)?$",
    ),
    ("stage_order", rf"^(?:what|which) (?:is|was) (?:the )?{_ORDINAL} {_STAGE}(?P<rest> .*)?$"),
    ("stage_order", rf"^(?:what|which) {_STAGE} (?:comes|is) {_ORDINAL}(?P<rest> .*)?$"),
    (  # "which stage of the cycle comes 3rd"
        "stage_order",
        rf"^(?:what|which) {_STAGE}(?P<rest> (?:of|in) .+?) (?:comes|is|happens|goes) {_ORDINAL}$",
    ),
    (  # "stage two of the cycle", "what happens in step 3"
        "stage_order",
        r"^(?:what is |what are |what happens (?:in|at|during) |explain |describe |define )?"
        rf"(?:the )?{_NUMBERED}(?P<rest> (?:of|in) .*)?$",
    ),
    (  # "what is the first thing that happens in Ballantyne's process"
        "stage_order",
        rf"^(?:what|which) (?:is|was) the {_ORDINAL} {_HAPPENS}(?P<rest> (?:in|of|during) .*)?$",
    ),
    (
        "stage_order",
        rf"^what (?:happens|comes|do (?:you|we|firms|managers) do) {_ORDINAL}"
        r"(?P<rest> (?:in|of|during) .*)?$",
    ),
    ("stage_order", rf"^(?:the )?{_ORDINAL} {_STAGE}(?P<rest> .*)?$"),
    (
        "stage_order",
        rf"^(?:what|which) (?:is|are) the (?P<ord>order|sequence) of the {_STAGE}s"
        r"(?P<rest> .*)?$",
    ),
    ("stage_order", rf"^in what (?P<ord>order) (?:do|are) the {_STAGE}s(?P<rest> .*)?$"),
    # keywords: "stages order", "order of the stages in ballantyne's cycle"
    ("stage_order", rf"^(?:the )?(?:{_STAGE}s?|cycle) (?P<ord>order|sequence)(?P<rest> .*)?$"),
    ("stage_order", rf"^(?:the )?(?P<ord>order|sequence) of (?:the )?{_STAGE}s(?P<rest> .*)?$"),
    # yes or no about the model: "are isolateds in contact with customers", "is X a barrier"
    (
        "group_check",
        r"^(?:is|are|do|does|have|has|can) (?:the )?(?P<x>.+?) (?P<traits>(?:not |never |ever |"
        r"rarely |often |usually |really |sometimes |normally |typically |actually )?"
        r"(?:in (?:direct |frequent |regular )?(?:contact|"
        r"touch)|have|has|meet|deal|interact|involved|work|talk|speak|serve|see|face|"
        r"customer facing|client facing|take part|do marketing|part of (?:the )?marketing)\b.*)$",
    ),
    (
        "is_a",
        r"^(?:is|are) (?P<x>.+?) (?:also |really |actually )?(?:considered |counted as |"
        r"classed as |seen as |listed as )?(?:an?|one of the|among the|in the list of|"
        r"on the list of|part of the|one of) (?P<k>.+)$",
    ),
    # "is X a driver of Y" asks for a path from X; "is Y an outcome of X" one to Y
    (
        "path",
        rf"^(?:is|are) (?P<a>.+?) (?:an?|one of the) (?:main |key )?{_CAUSES_OF} (?:of|for|"
        r"behind) (?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:is|are) (?P<b>.+?) (?:an?|one of the) {_EFFECTS} (?:of|from) (?P<a>.+)$",
    ),
    # causal paths between two concepts; "empowerment -> customer satisfaction"
    ("path", r"^(?:from )?(?P<a>.+?) (?:-+>|=+>) (?:to )?(?P<b>.+)$"),
    (
        "path",
        rf"^(?:how|in what ways?|in which ways?|through what|why|to what extent|to what degree|"
        rf"how far|how much|how strongly) (?:does|do|can|could|might|"
        rf"will|would) (?P<a>.+?) {_BASE_VERB} (?P<b>.+)$",
    ),
    (
        "path",
        r"^(?:what is |what are |show |show me |explain |is there |are there )?(?:the |an? "
        r"|any )?(?:causal )?(?:link|"
        r"links|connection|connections|path|paths|chain|relationship|relation) (?:between|"
        r"from) (?P<pair>.+)$",
    ),
    (
        "path",
        rf"^(?:does|do|can|could|will|would|is|are) (?P<a>.+?) (?:{_BASE_VERB}|{_VERB}|influencing|"
        rf"affecting|related to|linked to|connected to|tied to|make|makes) (?P<b>.+)$",
    ),
    # "how empowerment affect customer satisfaction": a learner drops the auxiliary
    (
        "path",
        rf"^how (?!(?:to|can|could|do|does|did|should|would|might|will|is|are|much|many|"
        rf"important)\b)(?P<a>.+?) (?:{_VERB}|{_BASE_VERB}) (?P<b>.+)$",
    ),
    (
        "path",
        r"^(?:how|in what way|why) (?:is|are) (?P<a>.+?) (?:related|linked|connected|tied) "
        r"(?:to|with) (?P<b>.+)$",
    ),
    (
        "path",
        r"^(?:how )?(?:is|are) (?P<pair>.+) (?:related|linked|connected|correlated)$",
    ),
    # what influences X
    (
        "influenced_by",
        rf"^(?:what|which|who)(?: {_NOUNS})?(?: most)? {_VERB} (?P<x>.+?)"
        r"(?: the most| most| the most strongly)?$",
    ),
    (
        "influenced_by",
        rf"^(?:what|which) (?:are|is) the (?:main |key |most important )?{_LINK} "
        rf"(?P<x>.+)$",
    ),
    ("influenced_by", rf"^(?:the )?(?:main |key )?{_LINK} (?P<x>.+)$"),
    ("influenced_by", rf"^(?:what|which) (?:is|are) (?P<x>.+?) {_PASSIVE} by$"),
    # "by what is X influenced", "how does X come about": what brings X about
    (
        "influenced_by",
        rf"^by (?:what|which (?:{_NOUNS}|factors?)) (?:is|are) (?P<x>.+?) {_PASSIVE}$",
    ),
    ("influenced_by", r"^how (?:does|do|can|would) (?P<x>.+?) come about$"),
    ("influenced_by", r"^what (?:brings|bring) (?:about )?(?P<x>.+?)(?: about)?$"),
    ("influenced_by", rf"^(?P<x>.+?) (?:is|are) {_PASSIVE} by (?:what|which .+)$"),
    # "what has the most impact on X": the model does not rank, so all causes, and it says so
    (
        "influenced_by",
        rf"^(?:what|which)(?: {_NOUNS})? (?:has|have) the (?:most|biggest|greatest|strongest|"
        r"largest) (?:effect|impact|influence) on (?P<x>.+)$",
    ),
    # "how can managers improve X", "ways to boost X": who acts does not matter
    ("influenced_by", rf"^{_HOW_TO} {_IMPROVE} (?P<x>.+)$"),
    (  # "make my staff more engaged": people made to feel something, not "get a job"
        "influenced_by",
        rf"^{_HOW_TO} (?:make|get) (?P<x>(?:(?:my|our|the|your|their) )?(?:employees|staff|"
        r"people|workers|team|customers|clients|personnel) .+)$",
    ),
    ("influenced_by", rf"^{_HOW_TO} (?P<x>{_KEEP} .+)$"),
    ("influenced_by", rf"^{_HOW_TO} {_REDUCE} (?P<x>.+)$"),
    # "which factor matters most for X": the graph does not rank, so all causes answer
    (
        "influenced_by",
        rf"^(?:what|which(?: {_NOUNS})?) (?:matters?|counts?|is|are) (?:the )?most "
        r"(?:important |crucial )?(?:for|to|in) (?P<x>.+)$",
    ),
    ("influenced_by", r"^what (?:leads to|causes|drives|makes for) (?P<x>.+)$"),
    # "what reduces staff turnover": what raises staff retention; the model has no lowering
    # link, so a concept named as itself ("what hurts service quality") declines
    (
        "influenced_by",
        rf"^(?:what|which(?: {_NOUNS})?) (?P<lowers>)(?:reduces?|lowers?|cuts?|decreases?|"
        r"prevents?|minimi[sz]es?|limits?|brings? down|hurts?|harms?|damages?|undermines?|"
        r"weakens?|erodes?|kills?) (?P<x>.+)$",
    ),
    (
        "influenced_by",
        r"^(?:what|which \w+) (?:is|are) (?:driving|influencing|affecting|causing|shaping|"
        r"determining|impacting|improving|increasing|boosting|behind) (?P<x>.+)$",
    ),
    # "what makes employees motivated": the slot's words in any order name the concept
    ("influenced_by", r"^what (?P<x>keeps .+)$"),  # "what keeps employees": staff retention
    ("influenced_by", r"^what (?:makes|keeps|gets) (?P<x>.+)$"),
    (  # a learner's progressive: "which things is making job satisfaction more high"
        "influenced_by",
        rf"^(?:what|which(?: {_NOUNS})?) (?:is|are) (?:making|keeping|getting) (?P<x>.+)$",
    ),
    # "why is X important (for Y)", "the role of X in Y": what X does, or how it reaches Y
    (
        "path",
        rf"^why (?:is|are) (?P<a>.+?) {_IMPORTANT} (?:for|to|in) (?!{_DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:what is |what's |explain |describe )?(?:the )?{_ROLE} (?:of|played by) "
        rf"(?P<a>.+?) (?:in|for|on|within) (?!{_DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "path",
        rf"^what {_ROLE} (?:does|do|did|can|could|should|might) (?P<a>.+?) (?:play|have) "
        rf"(?:in|for|on|within) (?!{_DOMAIN}$)(?P<b>.+)$",
    ),
    ("path", rf"^how important (?:is|are) (?P<a>.+?) (?:for|to|in) (?!{_DOMAIN}$)(?P<b>.+)$"),
    (  # "why does empowerment matter for service quality": how the one reaches the other
        "path",
        r"^(?:why|how) (?:does|do) (?P<a>.+?) matter(?: so much| at all)? (?:for|to|in) "
        rf"(?!{_DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "influences",
        rf"^why (?:is|are) (?P<x>.+?) {_IMPORTANT}(?: (?:for|to|in) {_DOMAIN})?$",
    ),
    ("influences", r"^why (?:does|do) (?P<x>.+?) matter(?: so much| at all)?$"),
    (
        "influences",
        r"^why (?:should|do|would|does|must)(?: [a-z]+){0,2}? (?:care about|invest in|"
        r"bother with|focus on|pay attention to) (?P<x>.+)$",
    ),
    (  # "explain the importance of X": exam verbs read as "describe"
        "influences",
        r"^(?:what is |describe |explain )?the (?:importance|point|value|significance|"
        r"relevance) of (?P<x>.+)$",
    ),
    (
        "definition",
        rf"^(?:what is |what's |explain |describe )?(?:the )?{_ROLE} (?:of|played by) "
        rf"(?P<x>.+?)(?: (?:in|for|within) {_DOMAIN})?$",
    ),
    (
        "definition",
        rf"^what {_ROLE} (?:does|do|did|can|could|should|might) (?P<x>.+?) (?:play|have)"
        rf"(?: (?:in|for|within) {_DOMAIN})?$",
    ),
    # "the effect of X on Y" is a path, not the effects of "X on Y"
    (
        "path",
        rf"^(?:what is |what are |what's |describe |explain )?(?:the )?{_EFFECTS} (?:of|from) "
        r"(?P<a>.+?) "
        r"(?:on|upon) (?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:what|how much|how big an?) {_EFFECTS} (?:does|do|can|could) (?P<a>.+?) "
        r"(?:have|exert) (?:on|upon) (?P<b>.+)$",
    ),
    # what X influences
    ("influences", rf"^what (?:else )?(?:does|do|can|could|will|would) (?P<x>.+?) {_BASE_VERB}$"),
    (
        "influences",
        rf"^(?:how|what) (?:does|do|can) (?P<x>.+?) {_BASE_VERB} (?:things|anything|others|"
        r"other (?:things|concepts|factors|variables|parts of the model))$",
    ),
    # "what happens when employees are empowered": the copula is a stopword in the slot
    # "what happens (to customers) when staff are happy": what the condition leads to
    (
        "influences",
        r"^what (?:happens|follows|changes) (?:(?:to|for) (?:the |our |their )?[a-z' -]+? )?"
        r"(?:when|if|once|after) (?P<x>.+)$",
    ),
    (  # "if staff are motivated, what happens to service quality": from X to Y
        "path",
        r"^(?:if|when|once|whenever) (?P<a>.+?),? (?:then )?what (?:happens|changes) (?:to|with|"
        r"for) (?:the |our |their )?(?P<b>.+)$",
    ),
    ("influences", rf"^(?:what|which)(?: {_NOUNS})? (?:is|are|gets|get) {_PASSIVE} by (?P<x>.+)$"),
    (
        "influences",
        rf"^(?:what|which) (?:main |key )?{_EFFECTS} (?:does|do|can|will|might|would|could) "
        r"(?P<x>.+?) (?:have|produce|bring|create|lead to|cause|deliver|yield|generate|give|"
        r"achieve|bring about)$",
    ),
    (
        "influences",
        rf"^(?:what|which) (?:are|is) (?:the )?(?:main )?{_EFFECTS} (?:of|from) "
        rf"(?P<x>.+)$",
    ),
    ("influences", rf"^(?:the )?{_EFFECTS} (?:of|from) (?P<x>.+)$"),
    ("influences", r"^(?:where|what) (?:does|do) (?P<x>.+?) lead(?: to)?$"),
    ("influences", rf"^(?P<x>.+?) (?:leads? to|{_VERB}) what$"),
    ("influences", r"^what (?:comes|follows|results) from (?P<x>.+)$"),
    # which group (or stage) a member belongs to: "which group do IT staff belong to"
    (
        "group_of",
        rf"^(?:which|what) {_OWNER} (?:do|does|would|will|is|are|might) (?:an? |the )?"
        r"(?P<x>.+?) (?:belong to|belong in|fall into|fall under|fit into|fit in|come under|"
        r"sit in|count as part of|go in|in|part of)$",
    ),
    (
        "group_of",
        rf"^(?:which|what) {_OWNER} (?:includes?|contains?|covers?) (?:an? |the )?(?P<x>.+)$",
    ),
    (
        "group_of",
        r"^(?:where|in which group|in what group) (?:do|does|would) (?:an? |the )?(?P<x>.+?) "
        r"(?:belong|fit|go)$",
    ),
    # which group has a trait
    (
        "group_trait",
        r"^(?:which|what|who)\b(?P<traits>.*\b(?:contact|face to face|in person|"
        r"marketing|deal with|deals with|meets?|interact|customer facing|"
        r"client facing|(?:works?|talks?|speaks?) (?:to|with) (?:customers|clients)|"
        r"(?:serves?|sees?|faces?|see|face|serve) (?:customers|clients)|in touch)\b.*)$",
    ),
    # examples: which company uses which reward, roles of a group, practices of a stage
    (
        "example",
        rf"^(?:which|what) {_COMPANY} (?:also )?{_GIVES} (?:(?:its |their |the )?(?:employees|"
        r"staff|people|workers|personnel) )?(?P<x>.+?)(?: to (?:its |their )?(?:employees|staff|"
        r"people|workers))?$",
    ),
    ("example", r"^who (?:uses|gives|offers|provides|pays|grants) (?P<x>.+)$"),
    (
        "example",
        r"^(?:which|what) (?:rewards?|reward practices?|non ?-?monetary rewards?|"
        r"incentives?|practices?) (?:does|do|did) (?P<x>.+?) (?:use|give|offer|provide|"
        r"have|pay|grant|apply)(?: to (?:its )?(?:employees|staff))?$",
    ),
    (
        "example",
        r"^(?:how|what|with what) (?:does|do) (?P<x>.+?) (?:reward|recogni[sz]e|motivate|"
        r"incentivi[sz]e|thank) (?:its |their )?(?:employees|staff|people|workers)(?: with)?$",
    ),
    (
        "example",
        r"^(?:which|what) (?:roles|jobs|job titles|positions|kinds of (?:jobs|roles)) (?:do|"
        r"does) (?:the )?(?P<x>.+?) (?:have|include|cover|hold|do|fill|work in)$",
    ),
    (
        "example",
        r"^what (?:does|do) (?P<x>.+?) (?:use|give|offer|do) to (?:reward|motivate|"
        r"recogni[sz]e) (?:its |their )?(?:employees|staff|people)$",
    ),
    (
        "example",
        r"^(?:the )?(?:example roles?|roles?|jobs?|job titles?|members?) (?:of|in) "
        r"(?:the )?(?P<x>.+)$",
    ),
    (  # "examples of companies using X": the firms the graph records using X
        "example",
        r"^(?:give me |give |what are |are there |list |show me |show |name |any )?"
        rf"{_SOME}(?:examples? of |real )?(?P<firms>){_COMPANY} (?:that |which |who )?"
        r"(?:using|use|uses|giving|give|gives|offering|offer|offers|with|practi[sc]ing|applying|"
        r"that have|have|that (?:have )?(?:used|tried|introduced))"
        r"(?: (?:their |its )?(?:employees|staff|people|workers))? (?P<x>.+)$",
    ),
    (
        "example",
        r"^(?:give me |give |what are |what is |are there |list |show me |show )?"
        rf"{_SOME}{_REAL}(?P<examples>)examples? (?:of|for) (?P<x>.+)$",
    ),
    (
        "example",
        r"^(?:which|what) (?:roles|jobs|job titles|positions|employees|people) (?:are|"
        r"belong to|fall into|fall under|count as|make up|are in)(?: the)? (?P<x>.+)$",
    ),
    (
        "example",
        r"^(?:which|what) (?:bank )?practices? (?:belong to|fits?|match(?:es)?|"
        r"corresponds? to|illustrates?|(?:are|is) (?:in|part of)) (?:the )?(?P<x>.+)$",
    ),
    # where a concept is discussed
    (
        "mentions",
        rf"^where (?:is|are|do|does|in the corpus is|in the course is)? ?(?P<x>.+?) "
        rf"{_DISCUSSED}(?: in the (?:corpus|course|documents|texts|material))?$",
    ),
    (
        "mentions",
        r"^where (?:can|do|should|could|would) (?:i|we|students|one|you) (?:read|learn|"
        r"find out|study|find|look|get|see|look up)(?: more)?(?: (?:info|information|"
        r"material|materials|details|texts?|passages?|stuff|something|anything))?"
        r"(?: more)? (?:about|on|for|regarding) (?P<x>.+)$",
    ),
    (
        "mentions",
        rf"^(?:which|what) (?P<dk>{_DOCS}) (?:{_TALK}|(?:talks?|writes?|says?) (?:the )?most "
        rf"about|mentions? (?:the )?most) (?P<x>.+?)(?: (?:the )?most(?: often)?)?$",
    ),
    ("mentions", rf"^where (?:do|does|did) {_COURSE} {_TALK} (?P<x>.+)$"),
    (  # "give me a case study about empowerment": the documents of that kind on X
        "mentions",
        r"^(?:give me |give |show me |show |find me |find |is there |are there |any |list |"
        rf"recommend )?{_SOME}{_REAL}(?P<dk>case stud(?:y|ies)|cases?|readings?|texts?)"
        r"(?: that (?:is|are))? (?:about|on|featuring|involving|illustrating|showing|"
        r"covering|dealing with|that (?:shows?|illustrates?|features?|involves?|covers?)) "
        r"(?P<x>.+)$",
    ),
    (
        "mentions",
        rf"^(?:in|on) (?:which|what) (?P<dk>{_DOCS}) (?:is|are|do|does) (?P<x>.+?) "
        rf"(?:get )?{_DISCUSSED}$",
    ),
    (
        "mentions",
        r"^(?:find|show|show me|list|give me) (?:the )?(?:passages?|mentions?|"
        r"documents?|texts?|sentences?) (?:about|on|of|mentioning|that mention|"
        r"discussing|that discuss) (?P<x>.+)$",
    ),
    (
        "mentions",
        r"^(?:mentions|passages|documents|sentences) (?:of|about|on|mentioning) "
        r"(?P<x>.+)$",
    ),
    # comparison
    ("compare", r"^compare (?P<pair>.+)$"),
    (
        "compare",
        r"^(?:what is |what are |what's )?(?:the )?(?:differences?|distinction|contrast|"
        r"similarities|similarity) (?:between|of) (?P<pair>.+)$",
    ),
    (
        "compare",
        r"^(?:how|in what way) (?:does|do|is|are) (?P<a>.+?) (?:differ|different) "
        r"from (?P<b>.+)$",
    ),
    (
        "compare",
        r"^(?:how|in what way) (?:are|do) (?P<pair>.+) (?:differ|different|compare|"
        r"similar|alike)$",
    ),
    ("compare", r"^what (?:do|does) (?P<pair>.+) have in common$"),
    (
        "compare",
        r"^(?P<pair>.+?),? (?:what is|what are|what) the (?:differences?|distinction)"
        r"(?: between them)?$",
    ),
    (
        "compare",
        r"^(?:is|are) (?P<a>.+?) (?:(?:really |just |basically |actually )?the same(?: thing| "
        r"concept| idea)? as|(?:really |just |basically )?(?:another (?:word|name|term) for|"
        r"a synonym (?:for|of))|different from|similar to|distinct from) (?P<b>.+)$",
    ),
    (
        "compare",
        r"^(?:is|are) (?P<pair>.+?) (?:really |just |basically |actually )?(?:the same(?: "
        r"thing)?|different|distinct|similar|synonyms|interchangeable)$",
    ),
    ("compare", r"^(?P<a>.+?) (?:vs\.?|versus) (?P<b>.+)$"),
    # "contrast X with Y", "what sets X apart from Y", "how do I tell X from Y"
    ("compare", r"^(?:contrast|distinguish|differentiate) (?P<a>.+?) (?:with|from|and) (?P<b>.+)$"),
    (
        "compare",
        r"^what (?:sets|marks|makes) (?P<a>.+?) (?:apart|different|distinct) from (?P<b>.+)$",
    ),
    ("compare", r"^what (?:distinguishes|separates) (?P<a>.+?) from (?P<b>.+)$"),
    (
        "compare",
        r"^how (?:can|do|would|could) (?:i|we|you|one) (?:tell|distinguish) (?P<a>.+?) "
        r"(?:from|and) (?P<b>.+?)(?: apart)?$",
    ),
    # the course documents themselves
    (
        "documents",
        rf"^(?:which|what|list|show|show me|give me|name)(?: all| every)?(?: the)? "
        rf"(?P<dk>{_DOC_LIST}){_DOC_EXIST}$",
    ),
    ("documents", rf"^(?:which|what) (?:{_DOC_LIST}) (?:are|is) (?:the )?(?P<dk>{_DOC_LIST})$"),
    (
        "documents",
        rf"^(?:how many|(?:the )?(?:total )?number of|count(?: the)?) (?P<count>)"
        rf"(?P<dk>{_DOC_LIST}){_DOC_EXIST}$",
    ),
    # members of a kind
    (  # "which type of marketing takes place between employees and customers"
        "members",
        r"^(?:what|which) (?P<k>(?:types?|kinds?|forms?|sorts?) of marketing) (?:(?:takes?|"
        r"took) place|happens?|is|are|occurs?|goes on|exists?|runs?|is done) between "
        r"(?P<parties>.+)$",
    ),
    ("members", r"^(?:what|which|who) (?:are|were) (?:all )?(?:the )?(?P<k>.+)$"),
    (
        "members",  # "examples of rewards": the kind's members, when no concept is meant
        r"^(?:give me |give |what are |list |show me |show |name )?"
        rf"{_SOME}(?:examples?|instances?|kinds?|types?) (?:of|for) (?:the )?(?P<k>.+)$",
    ),
    (
        "members",
        r"^(?:list|name|show|give|enumerate|show me|give me|tell me(?! (?:more |something )?about))"
        r"(?: me)?(?: all| every| each)?"
        r"(?: of)?(?: the)? (?P<k>.+)$",
    ),
    (
        "members",
        r"^(?:what|which) (?P<k>[a-z-]+(?: [a-z-]+){0,3}?) (?:affects?|hinders?|blocks?|"
        r"are there|exist|needs? to be|must be|should be|have to be|can be|are listed|"
        r"are named|are (?:documented|recorded|described|covered|included|mentioned|known|"
        r"defined|given|in the (?:graph|model|ontology|course))|(?:does|do|can|could|will|"
        r"would|might) (?:internal marketing|im) (?:have|bring|offer|give|provide|deliver|"
        r"create|yield)|(?:do|does|can|could|might|would|will|may) (?:[a-z]+ ){1,2}?(?:face|"
        r"encounter|run into|come across|experience|meet|hit))\b.*$",
    ),
    (  # "what criticisms have been levelled at X": the kind, aimed at a scope
        "members",
        r"^(?:(?:what|which) )?(?:the )?(?:main )?(?P<k>[a-z-]+(?: [a-z-]+){0,2}?) (?:(?:have|"
        r"has) been |are |were |is |was |get |often |commonly |usually )*(?:levell?ed|raised|"
        r"made|directed|aimed|voiced|brought|put forward) (?:at|against|of|about|towards?) "
        r"(?P<scope>.+)$",
    ),
    # "how many things affect X": the causes, counted
    ("influenced_by", rf"^how many (?P<count>)(?:{_NOUNS} )?(?:{_VERB}) (?P<x>.+)$"),
    (
        "influences",
        rf"^how many (?P<count>)(?:{_NOUNS} )?(?:does|do) (?P<x>.+?) {_BASE_VERB}$",
    ),
    (
        "members",
        r"^how many (?P<count>)(?P<k>.+?) (?:does|do) (?P<scope>.+?) (?:have|list|"
        r"contain|include)$",
    ),
    (
        "members",
        r"^how many (?P<count>)(?P<k>.+?) (?:has|have|are there in|are in|in|make up|form) "
        r"(?P<scope>.+)$",
    ),
    (
        "members",
        r"^(?:(?:the )?(?:total )?number of|count(?: all)?(?: the)?) (?P<count>)(?P<k>.+?)"
        r"(?: are there| there are| in total)?$",
    ),
    (
        "members",
        r"^how many (?P<count>)(?P<k>.+?)(?: are there| does (?:it|internal marketing|im)"
        r" have| has internal marketing| exist| are listed| are named| in total)?$",
    ),
    # learner phrasings: "what is make X", "what mean X", "explain me X", "what do X do"
    (
        "influenced_by",
        rf"^(?:what|which)(?: {_NOUNS})? (?:(?:is|are|do|does) )?{_LEARNER_VERB} {_NOT_NOUN}"
        r"(?P<x>.+)$",
    ),
    ("definition", r"^what (?:is |does |do )?(?:mean|means|meaning)(?: of| by)? (?P<x>.+)$"),
    ("definition", r"^(?:explain|describe|define|tell) (?:to )?(?:me|us) (?:about )?(?P<x>.+)$"),
    ("does", r"^what (?:does|do|did) (?P<x>.+?) do$"),
    # learner forms of "what does X do": "what is doing the diffusing stage"
    ("does", r"^what (?:is|are) doing (?P<x>.+)$"),
    ("does", r"^what (?:is|are) (?P<x>.+?) doing$"),
    (  # "what happens in the diffusing stage": what the stage (or concept) is
        "definition",
        r"^what (?:happens|is happening|goes on|is going on|takes place|is done|do (?:people|"
        r"you|we|staff|employees|managers) do) (?:in|at|during) (?:the )?"
        r"(?P<x>(?!.*\b(?:when|if|once|whenever|after)\b).+)$",
    ),
    # keyword questions: "job satisfaction drivers", "empowerment effects", "IM barriers"
    (
        "influenced_by",
        rf"{_AS_LIST}(?P<x>.+?) (?:main |key )?(?:{_CAUSES_OF}|influencers|inputs)$",
    ),
    ("influenced_by", rf"{_AS_LIST}(?:main |key )?{_CAUSES_OF} (?!of\b)(?P<x>.+)$"),
    ("influences", rf"{_AS_LIST}(?P<x>.+?) (?:{_EFFECTS})$"),
    ("example", rf"{_AS_LIST}(?P<x>.+?) (?:examples?|instances?|in practice)$"),
    ("members", rf"{_AS_LIST}(?P<k>.+?) (?:examples?|instances?|list)$"),
    ("members", r"^(?P<count>)(?P<k>.+?) (?:count|number)$"),
    # a course on a topic: "what should a module on empowerment cover" (a kind lists members)
    (
        "definition",
        rf"^(?:what|which {_TOPICS})(?: should| must| would| could| do| does| can| might)? "
        r"(?:an?|the|my|our|this) (?:[a-z0-9-]+ ){0,2}?(?:module|lesson|unit|course|class|"
        r"session|lecture|seminar|syllabus|curriculum|workshop|reading list|assignment)s? "
        r"(?:on|about|covering|for|in) "
        r"(?P<x>.+?) (?:cover|include|contain|teach|address|discuss|have|look at|touch on|"
        r"mention)$",
    ),
    (
        "definition",
        rf"^(?:what|which {_TOPICS})(?: should| must| do| does| can| would)? (?:i|we|you|"
        r"students|learners|one|teachers|managers) (?:teach|cover|include|know|learn|"
        r"understand|read) (?:about|on|regarding|for|in) (?P<x>.+)$",
    ),
    # "prerequisites for teaching X": what X rests on in the model, else what X is
    (
        "influenced_by",
        r"^(?:what are )?(?:the )?(?:prerequisites?|prereqs?|pre-?requisites?|foundations?|"
        r"groundwork) (?:for|of|to|before) (?:teaching |learning |studying |understanding |"
        r"covering |introducing )?(?P<x>.+)$",
    ),
    (
        "definition",
        r"^(?:what are )?(?:the )?(?:prerequisites?|prereqs?|pre-?requisites?|foundations?|"
        r"groundwork) (?:for|of|to|before) (?:teaching |learning |studying |understanding |"
        r"covering |introducing )?(?P<x>.+)$",
    ),
    # an embedded question: "(explain) what internal marketing is"
    ("definition", r"^what (?P<x>.+?) (?:is|are|means?|refers? to|is all about|stands for)$"),
    ("definition", r"^who (?P<x>(?:the |these |those )?.+?) (?:is|are)$"),
    # the same with a verb: "(tell me) what empowerment leads to", "what X depends on"
    ("influences", rf"^what (?P<x>.+?) (?:leads? to|{_VERB})$"),
    ("influenced_by", r"^what (?P<x>.+?) (?:depends? on|rests? on|comes? from|stems? from)$"),
    # what is X
    (
        "definition",  # before "what is X", which would read "meaning of X" as a concept
        r"^(?:what is |give me |give |i need |can i have |can i get )?(?:the |a |an )?(?:(?:quick|"
        r"short|brief|simple|basic|easy|clear|formal|good|textbook|one[ -]line|one[ -]sentence|"
        r"concise|plain) )?(?:definition|meaning) of (?:the )?"
        r"(?P<x>.+)$",
    ),
    ("definition", r"^(?:what|who) (?:is|are|was|were) (?:an? |the )?(?P<x>.+)$"),
    ("definition", r"^what (?:does|do) (?P<x>.+?) (?:mean|stand for|refer to)$"),
    (
        "definition",
        r"^(?:what is meant by|what do you mean by|what do we mean by|define|"
        r"explain|describe|tell me (?:more |something |a bit |a little )?about|what about|"
        r"what are|info on|information on|information about)(?: the)? (?P<x>.+)$",
    ),
    # the explorer's pages: "take me to the internal customer groups", "open the page on X"
    ("members", rf"{_GO_TO}(?P<k>.+)$"),
    ("definition", rf"{_GO_TO}(?P<x>.+)$"),
    (
        "definition",
        r"^(?P<x>.+?)(?: meaning| means?| definition| defined| explained| traits| profile|"
        r" overview| summary)?$",
    ),
]
COMPILED = [(intent, re.compile(pattern)) for intent, pattern in PATTERNS]
_IS_SYLLABUS_CHECK = re.compile("|".join(f"(?:{pattern})" for pattern in _SYLLABUS))

_INDIRECT = re.compile(
    r"\b(?:either )?(?:directly or indirectly|direct or indirect|direct and indirect|directly "
    r"and indirectly|indirectly|indirect|ultimately|in any way|transitively|all the way|"
    r"through other (?:concepts|factors))\b"
)
_DIRECTLY = re.compile(r"\b(?:directly|immediately)\b(?! (?:after|before))")
_ABOUT = r"(?! (?:more |something |a bit |a little )?about)"
# An e-mail's greeting, with whom it greets, before a punctuation mark: "Hi all,", "Dear imkg
# team,", "Morning!", "hey team -"; without the mark only the greeting word goes (above).
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|greetings|(?:good )?(?:morning|afternoon|evening))\b"
    r"(?: [a-z.']+){0,3}?\s*[,:;!-]+\s*"
)
# An e-mail's sign-off after a punctuation mark, with the name signed: ", thanks, Sam",
# ". Best, J.", ", kind regards, Dr. Patel", ". Many thanks in advance."
_SIGN_OFF = re.compile(
    r"\s*[,.;!-]+\s*(?:many thanks|thanks|thank you|thx|cheers|best|best wishes|best regards|"
    r"kind regards|warm regards|regards|all the best|ta)(?: (?:a lot|so much|very much|in "
    r"advance|again))?(?:[,.]? ?[a-z][a-z.']*(?: [a-z][a-z.']*){0,2})?$"
)
# An e-mail's subject line before the question: "re: tomorrow's tutorial, ..."
_SUBJECT = re.compile(r"^(?:re|subject|subj|fwd|fw): ?[^,;]{1,60}[,;] ?")
_POLITE = re.compile(
    r"^(?:(?:hi|hello|hey|hey there|hiya|yo|dear|um|umm|hmm|ok|okay|so|please|pls|plz|"
    r"quick question|quick one|question|sorry|and|also|then|but|now|right|alright|well|btw|"
    r"by the way)[,:!.]* )*"
    rf"(?:(?:can|could|would|will) {_ASKED} (?:please |pls )?(?:tell me{_ABOUT}|explain|"
    rf"show me)|(?:can|could|would|will) {_ASKED} (?:please |pls )?(?=tell me|define|list|"
    r"describe|name|give)|"
    r"i (?:want|would like|'d like|need) to know|i wonder|i'm wondering|do you know|"
    rf"please tell me{_ABOUT}|tell me{_ABOUT})?"
    r"[,:]? ?"
)
# Courtesy after the question: "..., thanks a lot", "..., any ideas?"
_COURTESY = re.compile(
    r"(?:,| -)? (?:thanks|thank you|thx|ty|tnx|cheers|any ideas?|please|pls|plz|if possible|"
    r"if you can|anyone|lol|asap|i do not (?:get|understand) (?:it|this|that)|i am (?:confused|"
    r"lost|stuck)|help(?: me)?|please help|no idea)(?: (?:a lot|so much|very much|in advance))?$"
)
# Framing around the question itself, as (pattern, replacement): who is asked ("what would
# you say drives X"), the words asked for ("in your own words"), exam verbs ("discuss the
# role of X"), claims to check ("is there evidence that X affects Y") and a persona ("if you
# were a manager, how ...").
_SOURCES = (
    r"(?:(?:the )?(?:literature|research|model|theory|evidence|course|readings?|studies|graph|"
    r"authors?|experts?|textbook)|im|internal marketing|you|u|we|they|people)"
)
_ASKED_WORDS = (
    r"(?:in (?:your|ur|my|simple|plain|layman'?s?|lay|a few|short) (?:own )?(?:words|terms|"
    r"english|language)|briefly|in short|in a nutshell|simply put|according to (?:the |your "
    r"|ur |this |our )?"
    r"(?:literature|research|model|course|theory|graph|readings?|im|internal marketing)|"
    r"(?:like|as if) (?:i am|i'm|"
    r"im|i was) (?:five|5|a child|a kid|(?:totally |completely |brand )?new(?: to (?:it|this|"
    r"the (?:topic|subject|field)|internal marketing|im|all this))?|a beginner)|"
    # "in one sentence", "in two lines", "tl;dr": how short, not what is asked
    r"(?:in|with|using) (?:one|a|1|two|2|three|3|a single|a couple of|one or two|a short|a "
    r"quick) (?:short |simple |single )?(?:sentences?|lines?|phrases?|paragraphs?)|tl;? ?dr:?|"
    r"(?:for|to) (?:an? |a complete |a total )?(?:beginners?|newcomers?|novices?|"
    r"dummies|newbies?|first year students?|laypersons?|layman|laymen|non-?experts?|child|kid|"
    r"five year old))"
)
_COURSE_NOUN = (
    r"(?:module|course|unit|session|lesson|lecture|class|seminar|workshop|syllabus|curriculum|"
    r"tutorial|programme|program|training)"
)
# Where a course frames the question: "for a lesson plan: ...", "for my lecture, ..."
_FOR_COURSE = (
    r"(?:for|in) (?:a|an|my|our|the|this|next|tomorrow's|next week's) (?:[a-z]+ ){0,2}?"
    r"(?:lesson plan|lesson|lecture|module|unit|course|class|session|seminar|syllabus|"
    r"workshop|handout|slides?|exam|assignment|presentation|tutorial|reading list)"
    # when it is: "for my class on Thursday"
    r"(?: (?:on|this|next) [a-z]+day| tomorrow| today| next week| this week)?"
)
# Words that qualify a shared head noun: "internal and external customers"
_MODIFIER = (
    r"(?P<a>internal|external|interactive|traditional|frontline|front-line|support|monetary|"
    r"non-monetary|financial|non-financial|two-way|one-way|staff|customer|employee|direct|"
    r"indirect)"
)
# Abbreviations written with a full stop, read as the word: "cust. satisfaction"
_ABBREVIATED = {
    "cust": "customer", "custs": "customers", "emp": "employee", "empl": "employee",
    "org": "organisation", "orgs": "organisations", "mgmt": "management", "mktg": "marketing",
    "dept": "department", "satisf": "satisfaction", "satis": "satisfaction",
    "comm": "communication",
}  # fmt: skip
# Those read as the word even without the full stop: none is an English word
_BARE_ABBREVIATED = frozenset(("cust", "custs", "mgmt", "mktg", "satisf", "empl"))
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")\. ")
_FRAMES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (rf"^{_ASKED_WORDS},? | ?,? {_ASKED_WORDS}$", ""),
        (r"^eli5:? ", "explain "),  # "explain like I'm five"
        # the same after a verb: "explain like I'm new what X is", "define in one line X"
        (rf"^(explain|describe|define|tell me about|summari[sz]e) {_ASKED_WORDS},? ", r"\1 "),
        # hedging adverbs after the question word: "what really drives X" asks "what drives X"
        (r"^(what|which|who|how) (?:really|actually|exactly|truly|in fact|in reality) ", r"\1 "),
        # terse notation: "X -> ?" asks for X's effects, "? -> X" for its causes
        (r"^(?P<x>[^>]+?) ?->$", r"what does \g<x> affect"),
        (r"^-> ?(?P<x>.+)$", r"what drives \g<x>"),
        # a field name and a colon: "causes: X", "effects: X", "def: X", "X: drivers"
        (rf"^{_CAUSES_OF}\s*:\s*(?P<x>.+)$", r"what drives \g<x>"),
        (rf"^(?P<x>[^:]+?)\s*:\s*{_CAUSES_OF}$", r"what drives \g<x>"),
        (
            r"^(?:effects?|outcomes?|consequences?|results?|impacts?)\s*:\s*(?P<x>.+)$",
            r"what are the effects of \g<x>",
        ),
        (
            r"^(?P<x>[^:]+?)\s*:\s*(?:effects?|outcomes?|consequences?|results?|impacts?)$",
            r"what are the effects of \g<x>",
        ),
        (r"^(?:def|defn|definition|define|meaning|what is)\s*:\s*(?P<x>.+)$", r"what is \g<x>"),
        # a tail asking each member to be described: "the kinds of X and what each one is"
        (
            r",? and (?:what|how) (?:each|every|all)(?: one| of them)? (?:is|are|means?|does|do)$"
            r"|,? and what (?:they|each) (?:are|is|means?|do|does)$",
            "",
        ),
        # Round nine's second batch, after its one run:
        # a yes/no question in the passive: "is Y driven by X" asks whether X drives Y
        (
            rf"^(?:is|are) (?P<y>.+?)(?<! not) (?:really |actually |directly |also |in fact )?"
            rf"{_PASSIVE}"
            r" by (?P<x>(?!what\b|which\b|anything\b|something\b).+)$",
            r"does \g<x> influence \g<y>",
        ),
        # "where does X have an impact", "where does X make a difference": what X affects
        (
            r"^where (?:does|do|will|would|can|could) (?P<x>.+?) (?:have|make|show|leave|"
            r"make itself felt)(?: an?| its| their| any| the (?:biggest|most|greatest|largest))?"
            r"(?: (?:impact|effect|difference|influence|mark)s?)?$",
            r"what does \g<x> affect",
        ),
        # "three advantages IM brings": the benefits of IM, however many are asked for
        (
            rf"^(?:(?:give|show|tell) (?:me|us) |list |name )?{_SOME}(?:main |key |big )?"
            r"(?:advantages?|benefits?|gains?|upsides?|pluses|payoffs?) (?:that |which )?"
            r"(?P<x>.+?) (?:brings?|offers?|gives?|delivers?|provides?|creates?|yields?|has|have)$",
            r"what are the benefits of \g<x>",
        ),
        # "what outcomes does X produce": the outcomes of X (its effects, or a kind of its own)
        (
            r"^(?:what|which) (?P<k>outcomes|outputs|results|products|deliverables) (?:does|do|"
            r"will|would|can) (?P<x>.+?) (?:produce|yield|deliver|give|bring|generate|create|"
            r"have|lead to|result in)$",
            r"what are the \g<k> of \g<x>",
        ),
        # "which case study has a bakery in it": the case study about a bakery
        (
            r"^(?:which|what) (?:case stud(?:y|ies)|cases?|documents?|texts?) (?:has|have|"
            r"features?|includes?|contains?) (?!the most\b|most\b|more\b|fewest\b|the fewest\b)"
            r"(?P<x>.+?)(?: in (?:it|them))?$",
            r"which case study is about \g<x>",
        ),
        # "how many groups of internal customers meet clients often": the groups, listed
        (
            r"^how many (?:of the )?(?:internal customer |employee |staff )?groups(?: of "
            r"(?:internal customers|employees|staff))? (?P<rest>(?!are there\b).+)$",
            r"which groups \g<rest>",
        ),
        # "the point of the isolateds group": the part a group plays
        (
            r"^what is the (?:point|purpose) of (?P<x>(?:the |an? )?.+? (?:group|segment))$",
            r"what is the role of \g<x>",
        ),
        # "X and Y link": the link between them
        (
            r"^(?:the )?(?P<x>.+?) (?:and|&) (?P<y>.+?) (?:link|links|connection|relationship|"
            r"relation|correlation)$",
            r"the link between \g<x> and \g<y>",
        ),
        (rf"^{_FOR_COURSE} ?[,:;-] ?", ""),
        (  # "topics to include when teaching X" is what a module on X should cover
            r"^(?:(?:what |which )?(?:topics?|things?|points?|content|concepts?|ideas?) (?:to|"
            r"should i|should we|must i|do i|would you|could i|i should|we should)|what (?:should|"
            r"must|do|would|could) (?:i|we)) (?:include|"
            r"cover|mention|teach|put in|address) (?:when|while|if|for) (?:i am |i'm |we are )?"
            r"(?:teaching|covering|presenting|explaining|introducing) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which topics should week 3 cover if we teach X": a module on X
            r"^(?:what|which)(?: [a-z0-9]+){0,3}? (?:should|must|could|would|do|does|can)"
            r"(?: [a-z0-9]+){0,4}? (?:cover|include|teach|address) (?:if|when|while|as) (?:we|i|"
            r"you|they) (?:are |am )?(?:teach|teaching|cover|covering|introduce|introducing|"
            r"do|doing) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "does our module on X miss anything important": what a module on X covers
            rf"^(?:does|do|is|are|will|would) (?:our|my|the|this|a|an) (?:[a-z-]+ ){{0,2}}?"
            rf"{_COURSE_NOUN} (?:on|about|covering|for) (?P<x>.+?) (?:miss(?:ing)?|lack(?:ing)?|"
            r"leaves? out|leaving out|overlook(?:s|ing)?|omit(?:s|ting)?|skip(?:s|ping)?|"
            r"forget(?:s|ting)?|need(?:s|ing)?)(?: out)?(?: on)?(?: anything| something| any "
            r"(?:key |important )?(?:topics?|ideas?|concepts?))?(?: important| crucial| key| "
            r"essential| big| major| else)?$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which IM ideas go with a session on X": what a module on X covers
            rf"^(?:which|what) (?:(?:im|internal marketing|related|other|key) )?{_TOPICS} (?:go|"
            r"fit|belong|pair|work|sit)(?: well| best| nicely)? (?:with|alongside|in) (?:an? |the"
            rf" |our |my )?(?:[a-z-]+ )?{_COURSE_NOUN} (?:on|about|covering) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "reading list topics for a unit on X"
            r"^(?:(?:reading list|readings?|topics?|ideas?|content|material|points|key|main|"
            r"suggested|core) ){1,3}(?:for|in) (?:a|an|my|our|the|this|next) (?:[a-z-]+ )?"
            rf"{_COURSE_NOUN} (?:on|about|covering) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which perspectives on X should a course compare": those are the members asked for
            r"^(?:which|what) (?P<k>.+?) (?:should|must|could|would|can|do|does) (?:an? |the |our"
            rf" |my )?(?:[a-z-]+ )?{_COURSE_NOUN} (?:compare|cover|include|discuss|teach|mention"
            r"|address|contrast|look at)$",
            r"what are the \g<k>",
        ),
        (  # "got a case study set in a hotel": which case study is about a hotel
            r"^(?:(?:have you |do you have |you |u )?got|do you have|have you|is there|are there|"
            r"any|anything) (?:an? |any |some )?(?:case studies|case study|cases|case) (?:set in|"
            r"set at|about|on|featuring|involving|from|with|that covers?|covering|at) (?P<x>.+)$",
            r"which case study is about \g<x>",
        ),
        # the order of stages in the passive: "X is preceded by which stage"
        (
            r"^(?P<x>.+?) (?:is|comes) preceded by (?:which|what)(?: one| stage| step| phase)?$",
            r"what comes before \g<x>",
        ),
        (
            r"^(?P<x>.+?) (?:is|comes) followed by (?:which|what)(?: one| stage| step| phase)?$",
            r"what comes after \g<x>",
        ),
        # "groups that have no part in marketing": which groups have no part in marketing
        (
            r"^(?:the )?(?:internal customer |employee |staff )?groups? (?:that|which|who) ",
            "which groups ",
        ),
        (  # "lesson outline on X", "a workshop plan about X": what a module on X covers
            r"^(?:an? |my |our |the )?(?:[a-z0-9-]+ )?(?:lesson|lecture|module|unit|course|class|"
            r"session|seminar|workshop|syllabus|curriculum|tutorial)(?: (?:outline|plan|notes|"
            r"ideas|content|structure|topics|design|overview))? (?:on|about|covering|for) "
            r"(?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "what gets in the way of X (working)": the barriers to X
            r"^(?:what|which things?) (?:gets?|stands?|can get|could get|might get|comes?|is|"
            r"are) in the way of (?P<x>.+?)(?: (?:working|succeeding|success|being implemented|"
            r"taking hold))?$",
            r"what are the barriers to \g<x>",
        ),
        (  # "what does research tell us about what drives X" asks "what drives X"
            rf"^(?:what|how much) (?:do|does|did|can|could) {_SOURCES} (?:say|tell us|tell|show|"
            r"suggest|know|find|reveal|teach us|have to say) about (?=(?:what|which|how|why|"
            r"where|who) )",
            "",
        ),
        (
            rf"^(what|which|how|why|where|who) (?:do|does|did|would|might|could) {_SOURCES} "
            r"(?:think|say|suggest|reckon|believe|show|claim|argue|tell us)s?(?: that)? ",
            r"\1 ",
        ),
        (
            r"^(?:is there|are there|do we have|do you have|what is the|have you got) (?:any )?"
            r"(?:evidence|proof|research|support|data|studies) (?:that|for the (?:claim|idea) "
            r"that|showing(?: that)?|suggesting(?: that)?|to suggest(?: that)?) ",
            "does ",
        ),
        # Round sixteen, after its batch's one run: a hedged claim is the claim itself.
        (  # "is it sort of true that X", "would it be fair to say that X probably Y"
            r"^(?:(?:is|was) it|it is) (?:(?:sort|kind) of |more or less |basically |broadly |"
            r"really |actually |generally )?(?:true|right|correct|accurate|(?:fair|safe|"
            r"reasonable) to say)(?: to say)? that (?P<c>.+)$"
            r"|^(?:would|could) it be (?:fair|right|correct|accurate|safe|reasonable) to "
            r"(?:say|claim|argue|assume)(?: that)? (?P<d>.+)$",
            lambda m: "is it true that " + _unhedged(m["c"] or m["d"]),
        ),
        # Round fifteen, after its batch's one run: a claim put forward for checking.
        (  # "I'd argue X - am I right", "my view is that X": the claim X is checked
            r"^(?:but |so |well |actually |surely )?(?:i(?:'d| would| had)? (?:argue|say|think|"
            r"reckon|believe|claim|contend|suspect)|i am arguing|my (?:view|argument|claim|point|"
            r"guess|take) is)(?: that)? (?P<c>[a-z][^,;]+?)(?:(?: -|,|;) (?:am i right|am i wrong|"
            r"right|is that right|is that correct|correct|agreed|do you agree|true|yes or no))?$",
            r"is it true that \g<c>",
        ),
        (  # "but X causes Y, not the other way round, right?": the claim X causes Y (a claim
            # someone else made, "a colleague told me X, is that right", is read in clauses)
            rf"^(?=.*(?:right|correct|yes or no)$)(?:but |so |surely |and )?(?P<c>(?!(?:is|are|"
            rf"does|do|did|what|which|who|how|why|"
            rf"where|when|can|could|should|would|will|i|my)\b)(?![^,;]*\b(?:told|tells?|says?|"
            rf"said|claims?|claimed|heard|read|thinks?|reckons?|argues?)\b)[a-z][^,;]*? "
            rf"(?:{_VERB}|(?:is|are) "
            rf"{_PASSIVE} by) [a-z][^,;]*?)(?:,? (?:and )?not the (?:other way (?:round|around)|"
            r"reverse))?(?: -|,|;) (?:right|am i right|correct|yes or no)$",
            r"is it true that \g<c>",
        ),
        (  # "true or false: X improves Y" checks a claim, like "is it true that"
            r"^(?:true or false|true/false|t or f|t/f|fact or myth|myth or fact|right or wrong)"
            r"(?: question)?\s*[:,-]*\s*",
            "is it true that ",
        ),
        # Round fourteen, after its batch's one run:
        (  # "what is the reference for the claim that X": a source for a claim
            r"^what (?:is|are) the (?:references?|sources?|citations?) for (?:the (?:claim|idea|"
            r"statement|view|point) )?that ",
            "is it true that ",
        ),
        (  # "can I claim in my essay that X": a claim to check
            r"^(?:can|could|may|should) (?:i|we) (?:say|claim|write|argue|state|assert)"
            r"(?: in (?:my|our|an?|the) (?:essay|paper|assignment|report|thesis|dissertation|"
            r"exam|answer))? that ",
            "is it true that ",
        ),
        (  # "where is it stated that X", "who claims that X": a source for a claim
            r"^(?:where (?:is|was) it (?:stated|said|shown|claimed|argued|written)|who "
            r"(?:claims|says|states|argues|shows|found)) (?:that )?",
            "is it true that ",
        ),
        (  # a wrong premise is checked, not explained: "why does X reduce Y" asks "does X ..."
            r"^(?:(?:can you )?explain )?why (?:does|do) (?!.*\bmatters?\b)(?=\S+ \S+ \S+)",
            "does ",
        ),
        (r"^(?:can you )?explain why (?!.*\bmatters?\b)(?=\S+ \S+ \S+)", "is it true that "),
        (  # "since X drives Y, how should I use it": the premise is the claim to check
            r"^(?:since|given that|now that) (?P<c>[^,]+), (?:how|what|why|should)\b.*$",
            r"is it true that \g<c>",
        ),
        (  # "which article says X": the sources of a claim are its evidence
            r"^(?:which|what) (?:articles?|papers?|sources?|studies|study|readings?|authors?|"
            r"references?|texts?) (?:says?|claims?|states?|shows?|argues?|finds?|found|supports?|"
            r"backs? up)(?: that)? ",
            "is it true that ",
        ),
        (
            rf"^(?:is it true|can you confirm|would you agree|do you agree|(?:do|does) {_SOURCES}"
            r" (?:show|say|suggest|confirm)) that ",
            "does ",
        ),
        (  # a claim that is a plain statement: "does X is a barrier" asks "is X a barrier"
            r"^does (?P<x>.+?) (?P<be>is|are) (?P<y>(?:an?|one of|part of|the|among) .+)$",
            r"\g<be> \g<x> \g<y>",
        ),
        (  # the same in the passive: "is it true that Y is driven by X" asks "does X drive Y"
            rf"^does (?P<y>.+?) (?:is|are) (?:really |actually |directly |also )?{_PASSIVE} by "
            r"(?P<x>.+)$",
            r"does \g<x> influence \g<y>",
        ),
        (
            r"^(?:critically )?(?:discuss|outline|evaluate|assess|examine|analy[sz]e|review|"
            r"summari[sz]e|identify|elaborate on|reflect on|comment on|consider|explore|"
            r"illustrate|account for) ",
            "describe ",
        ),
        (r"^(?:explain|describe|discuss|tell me|show me) (?:whether|if) ", "does "),
        (  # "I need the stages of X for a slide": a request for them
            r"^(?:i|we) (?:need|want|would like|'d like)(?: to (?:have|see|get|show|list|give))?"
            r" (?:a list of |the list of )?(?=(?:the|all the|all) )",
            "list ",
        ),
        (  # what the answer is for, said after it: "... in the right order for a slide"
            r" for (?:an?|my|our|the|this|tomorrow's|next week's|monday's|tuesday's|"
            r"wednesday's|thursday's|friday's) (?:[a-z]+ )?(?:slides?|handouts?|lectures?|"
            r"class(?:es)?|lessons?|seminars?|tutorials?|presentations?|workshops?|students)$",
            "",
        ),
        (  # "list the phases of the cycle in order", "put the cycle stages in order for me"
            r"^(?:what are|which are|list|name|give|give me|show|show me|tell me|put|"
            r"describe|enumerate|sort|arrange)(?: all)? the "
            r"(?:(?P<pre>[a-z']+(?: [a-z']+){0,3}) )?(?:stages|phases|steps)(?P<rest>.*?),? in "
            r"(?:the |their )?(?:right |correct |proper )?(?:order|sequence)"
            r"(?: for (?:me|us|my (?:students|class)))?$",
            lambda m: (
                "what is the order of the stages"
                + (f" of the {m['pre']}" if m["pre"] else "")
                + m["rest"]
            ),
        ),
        (  # "explain me what ...", a learner's "explain to me"
            r"^(?:explain|describe|discuss|tell me|show me|say)(?: (?:to )?(?:me|us))? "
            r"(?=(?:how|why|what|which|where|who) )",
            "",
        ),
        (
            r"^(?:if|as|when|say|suppose|imagine) (?:you|u|i|we) (?:were|was|are|am|work as|"
            r"worked as|work in|run|ran|manage|managed) (?:an? |the |my )?(?:[a-z]+ ){1,3}?"
            r"(?=(?:how|what|which|why|where|who|should|can|could)\b)",
            "",
        ),
        # Round ten, after its batch's one run:
        (  # "what should I cover about its causes": the causes (or effects) themselves
            r"^what (?:should|must|do|would|could|can) (?:i|we|you) (?:cover|teach|say|include|"
            r"mention|explain|tell (?:them|students|the class)) (?:about|on|regarding|concerning) "
            rf"(?P<x>(?:the )?(?:main |key )?(?:{_CAUSES_OF}|{_EFFECTS}) (?:of|on|behind|from) "
            r".+)$",
            r"\g<x>",
        ),
        (  # "what should I cover about X": what a module on X covers
            r"^what (?:should|must|do|would|could|can) (?:i|we|you) (?:cover|teach|say|include|"
            r"mention) (?:about|on|regarding|concerning) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which inputs should you mention", "which functions should my students learn to
            # coordinate": a teacher or learner choosing among a kind lists the kind
            r"^(?:which|what) (?P<k>.+?) (?:should|must|could|would|can|do|does|need to|ought to)"
            r" (?:i|we|you|they|(?:my |our |the )?(?:students|learners|class|pupils|trainees|"
            r"participants)) (?:(?:need to |have to )?(?:know|be taught) (?:about )?)?(?:mention|"
            r"cover|teach|include|discuss|know|know about|learn|learn about|study|compare|address|"
            r"look at|read about|understand|present|introduce|explain|focus on|be aware of|"
            r"learn (?:to|how to) [a-z]+)$",
            r"what are the \g<k>",
        ),
        (  # "what definitions of IM do the sources give": the kind's members (the documents
            # themselves are no kind: "which case studies do you have" stays as it is)
            rf"^(?:what|which) (?!{_DOC_LIST}\b)(?P<k>.+?) (?:do|does|did) (?:the )?(?:sources?|"
            r"course|texts?|"
            r"readings?|literature|authors?|graph|notes|slides|materials?|you) (?:give|offer|list|"
            r"provide|propose|put forward|mention|present|record|name|contain|have|know|hold)$",
            r"what are the \g<k>",
        ),
        # "what does X have to do with Y", "how does X relate to Y": any link between them
        (
            r"^what (?:does|do|has|have) (?P<x>.+?) (?:have |got )?to do with (?P<y>.+)$",
            r"the link between \g<x> and \g<y>",
        ),
        (
            r"^how (?:does|do) (?P<x>.+?) (?:relate|tie in|tie up|connect|link(?: up)?|fit in)"
            r" (?:to|with) (?P<y>.+)$",
            r"the link between \g<x> and \g<y>",
        ),
        (  # "empowerment and its effects on customer orientation": the one's effect on the other
            rf"^(?P<a>.+?) (?:and|&) (?:its|their) {_EFFECTS} (?:on|upon) (?P<b>.+)$",
            r"the effect of \g<a> on \g<b>",
        ),
        (  # a fragment: "sabbaticals - who" asks who uses them
            r"^(?P<x>[^-]+?) - who(?: (?:uses|gives|offers|has) (?:it|them|this|that))?$",
            r"who uses \g<x>",
        ),
        (  # "is there any company (in the sources) that pays X": which company pays X
            r"^(?:is there|are there|do you have|does the graph have|do the sources (?:name|"
            rf"mention)) (?:an? |any )?(?P<c>{_COMPANY})(?: (?:in|from) (?:the )?(?:sources?|"
            r"graph|course|texts?|readings?|materials?))? (?:that|which|who) (?P<rest>.+)$",
            r"which \g<c> \g<rest>",
        ),
        (  # "does more training mean happier customers": whether the one leads to the other
            r"^(?:does|do|will|would|can) (?:more|better|higher|greater|increased|improved|extra|"
            r"stronger) (?P<a>.+?) (?:mean|means|equal|equals|give|bring|translate into|lead to|"
            r"result in) (?:more |better |higher |greater |improved )?(?P<b>.+)$",
            r"does \g<a> lead to \g<b>",
        ),
        (
            r"^what (?:does|do|will|would) (?:more|better|higher|greater|increased|improved|extra|"
            r"stronger) (?P<a>.+?) mean for (?P<b>.+)$",
            r"how does \g<a> affect \g<b>",
        ),
        # a stage told by what it lacks: "which stage is not followed by any other"
        (
            r"^(?:what|which)(?: stage| step| phase| one)? (?:is not (?:followed|succeeded) by "
            r"(?:any|another)(?: other)?(?: stage| step| phase| one)?|has no (?:stage |step |"
            r"phase |one )?(?:after it|following it|successor|next stage)|has nothing (?:after|"
            r"following) it)(?P<rest> (?:in|of) .+)?$",
            r"what is the last stage\g<rest>",
        ),
        (
            r"^(?:what|which)(?: stage| step| phase| one)? (?:is not preceded by (?:any|another)"
            r"(?: other)?(?: stage| step| phase| one)?|has no (?:stage |step |phase |one )?"
            r"(?:before it|preceding it|predecessor|previous stage)|has nothing before it)"
            r"(?P<rest> (?:in|of) .+)?$",
            r"what is the first stage\g<rest>",
        ),
        # Round ten's second batch, after its one run:
        (  # "the concept with the most incoming edges": which concept has them
            r"^(?:the |a )?(?:concepts?|nodes?|variables?|factors?)(?: that has| that have| with|"
            r" having| which has) the (?P<rest>.+)$",
            r"which concept has the \g<rest>",
        ),
        (  # "what's the airline case called": the case study about an airline
            r"^what (?:is|was|are) (?:the )?(?P<x>.+?) (?:case stud(?:y|ies)|cases?|case example)"
            r" (?:called|named|titled)$",
            r"which case study is about \g<x>",
        ),
        (
            r"^what (?:is|was) the (?:name|title) of the (?P<x>.+?) (?:case stud(?:y|ies)|case)$",
            r"which case study is about \g<x>",
        ),
        (  # "how does X end up affecting Y", "does X eventually raise Y": its ultimate effect
            r"\b(?:(?:end|ends|ended|wind|winds|wound) up|go on to|goes on to|eventually|in the "
            r"end|in the long run|down the line) (?P<v>[a-z]+)\b",
            lambda m: _ultimately(m),
        ),
        (  # "the main levers for raising X", "tools to improve X": what raises X
            r"^(?:what are )?(?:the )?(?:main |key |best |biggest |most effective |some )?"
            r"(?:ways?|levers?|tools?|means|tips|strategies|steps|actions|approaches|options|"
            r"methods|mechanisms|recipes?) (?:to|for|of) (?:improving|increasing|raising|"
            r"boosting|building|fostering|enhancing|strengthening|promoting|achieving|ensuring|"
            rf"creating|driving|developing|maximi[sz]ing|{_IMPROVE}) (?P<x>.+)$",
            r"what drives \g<x>",
        ),
        # Round eleven, after its batch's one run:
        (  # a revision note before the question: "revision notes pls - X", "exam prep: X"
            r"^(?:(?:quick|last[- ]minute|final|exam|my) )?(?:revision|revising|"
            r"exam prep(?:aration)?|exam revision|studying|study)"
            r"(?: (?:notes?|qs?|questions?|help|time|check|question \d+))?"
            r"(?: (?:pls|please|plz))?\s*[:,-]+\s*(?=\S)",
            "",
        ),
        (  # abbreviations with a full stop: "cust. satisfaction", "org. culture", "emp. training"
            r"^(?=.*\b(?:cust|custs|emp|empl|org|orgs|mgmt|mktg|dept|satisf|satis|comm)\. )"
            r"(?P<all>.+)$",
            lambda m: _ABBREVIATION.sub(lambda w: _ABBREVIATED[w[1]] + " ", m["all"]),
        ),
        (  # the same question for two kinds: "name 2 barriers and 1 benefit of X"
            r"^(?P<v>name|list|give me|give|state|identify|what are) (?:\d+|one|two|three|four|"
            r"five|a few|some|a couple of) (?P<a>[a-z -]+?) and (?:\d+|one|two|three|four|five|"
            r"a few|some|a couple of) (?P<b>[a-z -]+?) (?P<rest>(?:of|for|to|in) .+)$",
            r"\g<v> the \g<a> \g<rest> and \g<v> the \g<b> \g<rest>",
        ),
        (  # "whose job is it to X": which group does X
            r"^whose (?:job|role|task|work|responsibility|duty) is it to (?P<rest>.+)$",
            r"which group \g<rest>",
        ),
        (r"^whose (?:members|staff|employees|people|jobs) ", "which groups "),
        (  # a comparison between two groups: "do A or B meet customers more often"
            r"^(?:do|does) (?P<a>[a-z]+) or (?P<b>[a-z]+) (?P<rest>.+?) (?:more|less)(?: often|"
            r" frequently| regularly| much)?$",
            r"\g<a> or \g<b>: who \g<rest>",
        ),
        (
            r"^(?:are|is) (?P<a>[a-z]+) or (?P<b>[a-z]+) (?:more|less) (?P<rest>.+)$",
            r"\g<a> or \g<b>: who is \g<rest>",
        ),
        (  # where, said after the question: "what does X lead to in the organisation"
            r"^(?P<x>.+?) (?:in|within|across|inside|for) (?:the|an|a|any|your|our|my|their) "
            r"(?:organisation|organization|company|firm|business|workplace)$",
            r"\g<x>",
        ),
        (  # one head noun for two modifiers: "between internal and external customers"
            rf"^(?P<pre>.*\bbetween ){_MODIFIER} and {_MODIFIER.replace('a>', 'b>')} "
            r"(?P<n>[a-z-]+)$",
            r"\g<pre>\g<a> \g<n> and \g<b> \g<n>",
        ),
        # Round thirteen, after its batch's one run:
        (rf"^(what|which|who) else (?={_VERB}\b)", r"\1 "),  # "what else drives X"
        (r" in turn$", ""),  # "what does that lead to in turn"
        (  # evidence asked for without "is there ... that": "any evidence X drives Y"
            r"^(?:(?:any|got any) (?:evidence|proof|research|data)(?: (?:that|showing|"
            r"suggesting))?|what (?:evidence|proof|research|data) (?:is there|do you have|have you "
            r"got|exists)(?: (?:that|showing|suggesting))?) (?=\S+ \S+ \S+)",
            "does ",
        ),
        (  # a verb on people names what it raises: "training motivates staff"
            # (not "its staff": a company's own practice is an example, not a link)
            r"\b(?P<v>motivates?|empowers?|satisf(?:y|ies)|engages?) (?:the |our |my |your |all )?"
            r"(?P<o>staff|employees?|people|workers|personnel|teams?|customers?|clients)$",
            lambda m: _raises(m),
        ),
        (  # "what happens downstream if I invest in training my people": what that affects
            r"^what (?:happens|will happen|would happen|follows)(?: downstream| next| then| as a "
            r"result| later)? (?:if|when|once) (?:i|we|you) (?!(?:are|is|get|were|was|be)\b)"
            r"(?:invest in |focus on |put money into |spend on |work on |prioriti[sz]e |start |"
            r"introduce )?"
            r"(?P<x>.+)$",
            lambda m: f"what does {_action(m['x'])} affect",
        ),
        (  # a learner's "what is X lead to": what X leads to
            r"^what is (?!(?:the|an?|it|this|that)\b)(?P<x>(?:(?!(?:what|which|how|does|do|did|"
            r"and|or|it|they)\b)[a-z'-]+ ){1,4}?)(?P<v>leads? to|affects?|influences?|drives?|"
            r"causes?|impacts?|results? in)$",
            lambda m: f"what does {m['x']}{_THIRD_PERSON.sub('', m['v'])}",
        ),
        # a fragment with "def": "contactors def", "def of internal customer"
        (
            r"^(?P<x>(?!what\b|which\b|how\b|give\b|the\b|an?\b)[a-z][a-z' -]{1,60}?) defn?$",
            r"what is \g<x>",
        ),
        (r"^(?:def|defn|meaning) of (?P<x>.+)$", r"what is \g<x>"),
        # "after authorising": what comes after it
        (
            r"^(?P<rel>after|before) (?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})$",
            r"what comes \g<rel> \g<x>",
        ),
        (  # how many are asked for does not narrow the list: "give me 2 effects of X"
            r"^(?:give me|give|name|list|tell me|show me|state|identify|what are) (?:the )?"
            # ("3 main factors" is a ranked request, read as such by _RANKED)
            r"(?:\d+|two|three|four|five|six|ten|a few|some|a couple of) "
            rf"(?=(?:{_EFFECTS}|{_CAUSES_OF}) (?:of|on|from|behind) )",
            "what are the ",
        ),
        # Round fourteen, after its batch's one run:
        (  # a learner's "explain me the meaning of X": what X means
            r"^(?:explain|tell|say|give)(?: (?:to )?(?:me|us))? (?:the )?(?:meaning|sense) of ",
            "what is the meaning of ",
        ),
        (  # "which are the factors that makes X": what drives X
            rf"^(?:what|which) (?:are|is) (?:the )?(?:main |key )?(?:{_CAUSES_OF}|things) "
            r"(?:that|which) (?:makes?|creates?|produces?|brings?|gives?|builds?) ",
            "what drives ",
        ),
        (  # "the effect of X to other things": X's effects, on whatever they fall
            r" (?:to|on|for|in|upon) (?:the )?(?:other|different|another) (?:things?|concepts?|"
            r"factors?|variables?|parts?|areas?)$",
            "",
        ),
        (r"^how (?:much |very )?(?:is|are) (?=(?:important|crucial|essential) )", "how "),
        (r"^how (important|crucial|essential) (?!is\b|are\b)", r"how \1 is "),
        (  # "X definition example": the definition (an example follows it when there is one)
            r"^(?P<x>.+ (?:definition|meaning|defn?))(?: and| with| plus|,)? (?:an? )?examples?$",
            r"\g<x>",
        ),
        (  # "what goes into the cycle", "what comes out of Ballantyne's process"
            r"^what (?:goes|go|feeds?|feed) into (?P<x>(?:the )?(?:[a-z']+ ){0,4}?(?:cycle|"
            r"process))$",
            r"what are the inputs to \g<x>",
        ),
        (
            r"^what (?:comes?|come) out of (?P<x>(?:the )?(?:[a-z']+ ){0,4}?(?:cycle|process))$",
            r"what are the outputs of \g<x>",
        ),
        (  # "does the cycle start with X": is X its first stage
            r"^(?:does|do) (?P<c>(?:the )?(?:[a-z']+ ){0,4}?(?:cycle|process)) (?:starts?|begins?|"
            r"opens?) with (?P<x>.+)$",
            r"is \g<x> the first stage of \g<c>",
        ),
        (
            r"^(?:does|do) (?P<c>(?:the )?(?:[a-z']+ ){0,4}?(?:cycle|process)) (?:ends?|"
            r"finish(?:es)?|closes?) with (?P<x>.+)$",
            r"is \g<x> the last stage of \g<c>",
        ),
        (  # "people who help with marketing but do not meet customers: which group?"
            r"^(?P<d>(?!which\b|what\b|who\b)[^:,]+?) ?[:,-] ?(?:which|what) (?:group|one|"
            r"internal customer group)(?: (?:is|are) (?:it|that|this|they|these))?$",
            r"which group are \g<d>",
        ),
        (  # "X versus Y: what is different": the comparison, its ask dropped
            r"^(?P<p>[^:]+? (?:vs\.?|versus) [^:]+?) ?[:,-] ?(?:what is|what are|how are they|"
            r"how do they|where are they|where do they)(?: the)? (?:different|differences?|"
            r"distinction|differ|diff)$",
            r"\g<p>",
        ),
        (  # "are X and Y the same or different": compare them
            r"^(?:are|is) (?P<p>.+? (?:and|&) .+?) (?:the same(?: thing)?|similar|alike|identical)"
            r" or (?:different|distinct|not)$"
            r"|^(?:are|is) (?P<q>.+? (?:and|&) .+?) (?:different|distinct) or (?:the same"
            r"(?: thing)?|similar|alike)$",
            lambda m: f"compare {m['p'] or m['q']}",
        ),
        # Round fifteen, after its batch's one run:
        (  # a project named before the question, "onboarding redesign: ...", or an occasion,
            # "for the programme review I need ..."
            r"^(?:(?:[a-z0-9&'-]+ ){0,3}?(?:redesign|review|audit|refresh|check|mapping|project|"
            r"planning|update|overhaul|rollout)\s?[:;-]\s?(?=(?:what|which|who|how|is|are|does|do|"
            r"list|i|we|any|give)\b)|(?:for|in|during|ahead of|before) (?:the|my|our|a|this|next) "
            r"(?:[a-z-]+ ){0,3}(?:review|audit|report|meeting|accreditation|validation|mapping|"
            r"board|deck)[,:;-]? )",
            "",
        ),
        (  # "I need every barrier in one list, nothing left out": the list of the kind
            r"^(?:i need|i want|i would like|we need|give me|get me) (?:every|all(?: the)?|each|"
            r"the (?:full|complete|whole) list of|a (?:full|complete) list of) (?P<k>[^,]+?)(?: in "
            r"(?:one|a single) (?:list|place|table|page))?(?:,? (?:with )?(?:nothing|none) (?:left"
            r" out|missing|missed))?$",
            r"list the \g<k>",
        ),
        (  # "what guidelines does the material give for training": the guidelines for training
            r"^(?:what|which) (?P<k>[a-z-]+(?: [a-z-]+)?) (?:does|do) (?:the |your |this )?"
            r"(?:material|materials|sources?|course|texts?|literature|graph|readings?)(?: [a-z]+)? "
            r"(?:give|offer|provide|list|suggest|recommend|name|set out|mention)"
            r"(?: (?P<rest>(?:for|to|of|on) .+))?$",
            r"what are the \g<k> \g<rest>",
        ),
        (  # "any employers in the sources that offer X": which employers offer X
            r"^(?:are there )?any (?P<c>compan(?:y|ies)|firms?|employers?|organi[sz]ations?|"
            r"businesses)(?: (?:in|from) (?:the|your) (?:sources?|graph|material|texts?|"
            r"readings?))? (?:that|which|who) ",
            r"which \g<c> ",
        ),
        (  # why it is asked, said after it: "..., asking for our benefits review"
            r"[,;-] (?:(?:i am |just |mainly )?asking|this is|it is) (?:for|because of|as part "
            r"of) (?:our|my|a|an|the) [a-z' -]{1,60}$",
            "",
        ),
        (  # "which concepts does X directly influence": what X influences
            rf"^(?:which|what) (?:concepts?|factors?|things?|variables?|nodes?|ones) (?:does|do) "
            rf"(?P<x>.+?) (?:directly |immediately )?(?P<v>{_BASE_VERB})$",
            r"what does \g<x> \g<v>",
        ),
        (  # "the direct effects of X": its effects, which are the direct ones
            rf"^(?P<pre>(?:what are |which are |list |give me |name )?(?:the )?)direct "
            rf"(?P<n>{_EFFECTS}|{_CAUSES_OF}) (?=of |on )",
            r"\g<pre>\g<n> ",
        ),
        (  # "what brings X down": what reduces X
            r"^what (?:brings?|gets?|pushes?|drives?|keeps?) (?:down (?P<a>.+)|(?P<b>.+?) down)$",
            lambda m: f"what reduces {m['a'] or m['b']}",
        ),
        (  # "is X an antecedent or an outcome of Y": how X and Y are linked, either way
            r"^(?:is|are) (?P<x>.+?) (?:an? |the )?(?:antecedents?|causes?|drivers?|predictors?|"
            r"inputs?|outcomes?|consequences?|effects?|results?) or (?:an? |the )?(?:antecedents?|"
            r"causes?|drivers?|predictors?|inputs?|outcomes?|consequences?|effects?|results?) "
            r"(?:of|for|to) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        (  # "isn't X really just one of the TQM elements": is X one of them
            r"^(?:but |so |surely )?(?P<be>is|are) not (?P<x>.+?) (?:(?:really|actually|just|"
            r"simply|merely|basically|also) )*(?P<y>(?:an?|one of|part of|among) .+)$",
            r"\g<be> \g<x> \g<y>",
        ),
        (  # "which documents treat X as a Y": where Y is discussed
            r"^(?P<w>(?:which|what) (?:documents?|texts?|sources?|readings?|course (?:texts?|"
            r"units?)|cases?|case studies)) (?:treats?|sees?|describes?|presents?|frames?|views?|"
            r"defines?|characteri[sz]es?|portrays?|discuss(?:es)?) (?P<x>.+?) as (?:an? |the )?"
            r"(?P<y>.+)$",
            r"\g<w> mention \g<y>",
        ),
        # Round sixteen, after its batch's one run:
        (  # "list the causes of X", "give me the reasons for X": what drives X
            r"^(?:list|name|give me|give|enumerate|show me|show|tell me|state|identify|describe|"
            r"what are|which are)(?: all| some)?(?: of)? (?:the )?(?:main |key )?(?:causes|"
            r"reasons|determinants|antecedents|predictors|root causes) (?:of|for|behind) ",
            "what are the causes of ",
        ),
        (  # "which has a direct effect on X": the model's links are the direct ones
            r"\b(?P<v>has|have) (?:an? |any )?(?:direct|immediate) (?P<n>effect|impact|influence)"
            r" on ",
            r"\g<v> an \g<n> on ",
        ),
        (r"^(?P<w>what|who|how) even (?P<v>is|are|does|do) ", r"\g<w> \g<v> "),  # "what even is"
        (  # "what does X lead to in the model": the model is where every link is read
            # ("what comes before X in the model" stays: there it tells a link from a stage)
            r"^(?P<q>(?:what|which|who) (?:does|do|did|will|would|can|could|might) .+) (?:in|"
            r"within|under|according to) (?:the|this|your|that) (?:(?:im|internal marketing|"
            r"causal) )?(?:model|framework|theory|graph)$",
            r"\g<q>",
        ),
        (r" in (?:this|the|all this) (?:im|internal marketing) (?:stuff|thing|topic)$", ""),
        (r"(?: #[a-z0-9_]+)+$", ""),  # hashtags after the question: "... #hr #internalcomms"
    )
)


# Words that soften or stretch a claim without changing the link it asks about: "X
# probably helps Y", "X always raises Y". The model states links, not how sure or how
# universal they are, so the link is checked.
_HEDGES = re.compile(
    r"\b(?:always|probably|possibly|likely|generally|usually|typically|necessarily|"
    r"invariably|somewhat|definitely|certainly|(?:sort|kind) of|more or less|to some extent|"
    r"in general) "
)


def _unhedged(claim: str) -> str:
    """ "X raises Y" for "X always raises Y" and "X probably raises Y"."""
    return _HEDGES.sub("", claim)


# Verbs of influence, whose "-ing" form after "end up" is read as the verb itself ("end up
# affecting" = "ultimately affect"); after a word that is none, the words stay as typed.
_BASE_VERBS = frozenset(
    [
        "influence",
        "drive",
        "affect",
        "determine",
        "impact",
        "shape",
        "cause",
        "change",
        "improve",
        "increase",
        "boost",
        "enhance",
        "foster",
        "strengthen",
        "promote",
        "raise",
        "encourage",
        "create",
        "produce",
        "generate",
        "help",
        "support",
        "lead",
        "contribute",
        "feed",
        "result",
        "translate",
        "carry",
        "flow",
        "spill",
        "pay",
        "hurt",
        "damage",
        "reduce",
        "lower",
        "harm",
        "weaken",
        "undermine",
    ]
)


def _ultimately(found: re.Match[str]) -> str:
    """ "ultimately" and the verb for "end up affecting", or the words as typed for no verb."""
    verb = _base_verb(found["v"])
    return f"ultimately {verb}" if verb else found.group(0)


# The "-s" of a verb phrase's verb: "leads to" -> "lead to"
_THIRD_PERSON = re.compile(r"(?<=[a-z])s\b(?=(?: [a-z]+)?$)")


def _raises(found: re.Match[str]) -> str:
    """ "improves staff motivation" for "motivates staff", keeping the verb's "-s"."""
    verb = found["v"]
    base = next(b for b in ACTIONS if verb.startswith(b.rstrip("ey")))
    improve = "improves" if verb.endswith("s") else "improve"
    who = found["o"] if found["o"].endswith("s") else found["o"] + "s"
    return f"{improve} {party(who)} {ACTIONS[base]}"


# An action on the asker's own people: "empower my branch staff", "training my people"
_ACTION = re.compile(
    rf"^(?P<v>{'|'.join(ACTIONS)}) (?:my|our|the|their) (?:[a-z-]+ ){{0,2}}?(?P<o>[a-z-]+)$"
)
_OWN_PEOPLE = re.compile(
    r"\b(?:my|our|their) (?:[a-z-]+ )?(?:people|team|staff|employees|workers)$"
)


def _action(phrase: str) -> str:
    """The concept an action names: "empower my staff" is staff empowerment, "training my
    people" is training staff; other phrases stay as they are."""
    if found := _ACTION.match(phrase):
        return f"{party(found['o'])} {ACTIONS[found['v']]}"
    return _OWN_PEOPLE.sub("staff", phrase)


def _base_verb(word: str) -> str | None:
    """The base form of a verb of influence typed as it is or with "-s" or "-ing", else None."""
    forms = (word, word[:-1], word[:-2])
    if word.endswith("ing"):
        forms = (word[:-3] + "e", word[:-3], word[:-4])
    return next((base for base in forms if base in _BASE_VERBS), None)


# Arrows typed between two concepts, before folding drops the non-ASCII ones.
_ARROWS = re.compile(r"\s*(?:[\u2192\u27f6\u2794\u279c\u21d2]|-+>|=+>)\s*")
# How many, or which first, a person asks for: the graph does not rank, so it answers all.
_RANKED = re.compile(
    r"\b(?:top(?: (?:\d+|two|three|four|five|ten))?(?: most important| main| key)?|"
    r"(?:\d+|two|three|four|five|ten) (?:main|key|biggest|most important|major|primary)|"
    r"biggest|most important|most significant|most influential|strongest|greatest|largest|"
    r"primary|principal|leading|major|chief)(?= (?:factors?|drivers?|causes?|determinants?|"
    r"influences?|predictors?|reasons?|sources?|barriers?|benefits?|advantages?|problems?|"
    r"challenges?|obstacles?|objectives?|goals?|criticisms?|components?|features?)\b)"
)
_MOST = re.compile(r"\bmost\b")
# Where a second question starts inside a long or double question.
_CLAUSE = re.compile(
    r"\s*[,;:]\s*|(?<=[a-z])\.\s+|\s+-\s+|\s+(?:and|but|or|so|also|then|plus)\s+(?=(?:what|which|who|how|"
    r"where|why|list|define|explain|describe|name|compare|tell|say)\b)|\s+and\s+(?=(?:do|does|"
    r"did|is|are|can|will) (?:they|it|these|those)\b)|\b(?:know|wondering|"
    r"wonder|asking|ask|understand|curious|is)\s+(?=(?:what|which|who|how|where)\b)"
)
_STARTS = re.compile(
    r"^(?:what|which|who|how|where|why|is|are|does|do|can|could|list|define|explain|"
    r"describe|name|compare|tell me|show me|give me|say|(?:i|we) (?:need|want) (?:the|all the|"
    r"a list of))\b"
)
# "2" typed for "to" after a word that takes "to" ("how 2 keep staff", "leads 2"), never
# after a word a number follows ("stage 2", "perspective 2", "name 2 barriers")
_TWO_FOR_TO = re.compile(
    r"\b(how|ways?|leads?|led|want|need|go|goes|related|linked|connected|contributes?|due|"
    r"according|belongs?|refers?|relates?|applies|apply|best|tips) 2 (?=[a-z])"
    # and at the end after a verb that takes "to": "what does X lead 2"
    r"|\b(leads?|led|related|linked|connected|contributes?|belongs?|refers?|relates?) 2$"
)
_CONTRACTIONS = (
    ("what's", "what is"),
    ("whats", "what is"),
    ("who's", "who is"),
    ("where's", "where is"),
    ("how's", "how is"),
    ("doesn't", "does not"),
    # the same without the apostrophe, as people type them
    ("doesnt", "does not"),
    ("dont", "do not"),
    ("didnt", "did not"),
    ("isnt", "is not"),
    ("arent", "are not"),
    ("wasnt", "was not"),
    ("werent", "were not"),
    ("hasnt", "has not"),
    ("havent", "have not"),
    ("cant", "cannot"),
    ("wont", "will not"),
    ("whos", "who is"),
    ("wheres", "where is"),
    ("hows", "how is"),
    ("don't", "do not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("hasn't", "has not"),
    ("haven't", "have not"),
    ("can't", "cannot"),
    # question words as people mistype them, and text speak ("wot r the barriers")
    ("diff", "difference"),
    ("diffs", "differences"),
    ("wat", "what"),
    ("wot", "what"),
    ("wut", "what"),
    ("r", "are"),
    ("wht", "what"),
    ("waht", "what"),
    ("whta", "what"),
    ("wich", "which"),
    ("whcih", "which"),
    ("hwo", "how"),
    ("hw", "how"),
    ("whihc", "which"),
)


# The patterns' own words, as people mistype them ("diffrence", "betwen"): one slip from
# exactly one of these, in a word that is none of them nor a form of one ("explains"), is
# read as that word.
KEYWORDS = frozenset(
    f"{word}{end}"
    for word in (
        "difference",
        "comparison",
        "relationship",
        "connection",
        "consequence",
        "antecedent",
        "example",
        "definition",
        "determinant",
        # both, so that neither is taken for a slip of the other
        "effect",
        "affect",
    )
    for end in ("", "s")
) | frozenset(("between", "compare", "explain", "describe", "chief"))
_EXPANDED = dict(_CONTRACTIONS)
_CONTRACTED = re.compile(r"\b(?:" + "|".join(map(re.escape, _EXPANDED)) + r")(?=\s|$)")


@dataclass
class Parse:
    """One reading of a question: an intent, its slot texts and its options."""

    intent: str
    slots: dict[str, str] = field(default_factory=dict)
    indirect: bool = False
    ranked: bool = False
    pattern: str = ""
    text: str = ""
    # "denies" when the question asks whether a link is absent ("is Y unaffected by X"),
    # "not" when it negates the verb ("doesn't X affect Y"); see _NEGATED
    negated: str = ""


# "between" shortened after the words that take it: "the diff btw X and Y" ("btw" alone is
# "by the way", which politeness drops)
_BETWEEN = re.compile(
    r"\b(differences?|distinction|contrast|similarit(?:y|ies)|links?|connections?|relationships?|"
    r"relations?|path|paths) (?:btw|btwn|b/w|bw|betw|betwn|b/t)(?= )"
)
# A developer pasting the request: "GET /api/ask?q=what+drives+X", '{"question": "..."}'
_REQUEST = re.compile(
    r"^\s*(?:(?:get|post)\s+|curl\s+(?:-[a-z]+\s+)*)?['\"]?(?:https?://[^\s/]+)?/api/ask\?"
    r"(?:[a-z_]+=[^&\s]*&)*(?:q|question)=(?P<q>[^&'\"]+)(?:&\S*)?['\"]?\s*$",
    re.IGNORECASE,
)
_BODY = re.compile(r'^\s*\{\s*"(?:q|question)"\s*:\s*"(?P<q>[^"\\]{1,400})"\s*\}\s*$')
# An aside in brackets that sets a sense apart or gives an example: "(not the instagram kind)"
_ASIDE = re.compile(
    r"\s*\((?:not|i\.?e\.?|e\.?g\.?|as in|like|meaning|i mean|as opposed to)\b[^()]{0,80}\)",
    re.IGNORECASE,
)
# An exam paper's numbering and marks: "Q3.", "Question 2 (5 marks):", "[10 marks]", "(a) (b)"
# (a number after "part" or "question" needs its stop: "part 2 of the cycle" is a question)
_EXAM_NUMBER = re.compile(
    r"^(?:q\s?\d{1,2}[a-z]?\s?[.):-]*|(?:question|task|exercise|part)\s?\d{1,2}[a-z]?\s?[.):-]+|"
    r"(?:part|section) [a-e]\s?[.):-]+|\(?[a-e]\))\s+(?=\S)"
)
_MARKS = re.compile(r"\s*[\[(]\s?\d{1,3}\s?(?:marks?|points?|pts?)\s?[\])]")
_LETTERED_PART = re.compile(r"\s+\([b-e]\)\s+")
# A reference to the course's model inside an exam question: "discuss, with reference to the
# model, how ..."
_WITH_REFERENCE = re.compile(
    r",? (?:with (?:reference|regard) to|by reference to|referring to) (?:the )?(?:model|"
    r"literature|theory|theories|sources|readings|course(?: notes| material)?|graph),?(?= |$)"
)
# HTML or XML tags pasted around a question: "<b>what is empowerment</b>"
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
# Emoticons and stray symbols typed around a question: ":)", ":-D", "<3", "***"
# pictographs (emoji, dingbats) stand between clauses: "`X` \U0001f449 what does it affect"
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]+\ufe0f?")
_SYMBOLS = re.compile(r"(?:^|(?<=\s))(?:[:;=][-']?[()\[\]dpo3/\\|*]+|<3|[*~^#@_+=<>|]+)(?=\s|$)")


def normalise(question: str) -> str:
    """Lowercase and tidy a question the way the patterns expect.

    >>> normalise("  What's   DRIVING customer-satisfaction?? ")
    'what is driving customer-satisfaction'
    >>> normalise("hey, what is empowerment pls :) ??")
    'what is empowerment'
    """
    if pasted := _REQUEST.match(question) or _BODY.match(question):
        question = unquote_plus(pasted["q"]) if pasted.re is _REQUEST else pasted["q"]
    # folding makes an em dash between clauses " - " (a clause break) and drops other
    # non-ASCII symbols, so arrows are read first
    text = _ARROWS.sub(" -> ", _MARKUP.sub(" ", question))
    if not text.isascii():
        text = _PICTOGRAPHS.sub(" - ", text).replace("`", "'")
    text = _SYMBOLS.sub(" ", fold(text.replace("`", "'")))
    if "(" in text:  # an aside in brackets: "influencers (not the instagram kind)"
        text = _ASIDE.sub(" ", text)
    if "(" in text or "[" in text:  # an exam question's marks and lettered parts
        text = _LETTERED_PART.sub("; ", _MARKS.sub(" ", text))
    if " reference to " in text or " referring to " in text or " regard to " in text:
        text = _WITH_REFERENCE.sub(" ", text)
    text = _EXAM_NUMBER.sub("", text.lstrip(), count=1)
    text = re.sub(r"^-\s+|\s+-$", "", " ".join(text.split()).strip(" ?!.;"))  # a dash alone
    # quotes around the whole question: '"What is 'psychological safety'?"'
    while len(text) > 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip(" ?!.;")
    text = re.sub(r"\s*[?!]+\s+(?=\S)", ", ", text.strip(" ?!.;"))
    text = _SIGN_OFF.sub("", _GREETING.sub("", text, count=1), count=1)
    text = _SUBJECT.sub("", text, count=1)
    text = _CONTRACTED.sub(lambda m: _EXPANDED[m.group(0)], text)
    text = _TWO_FOR_TO.sub(lambda m: f"{m[1] or m[2]} to ", text)
    text = " ".join(map(_keyword, text.split(" ")))
    text = _BETWEEN.sub(r"\1 between", text)
    text = text.rstrip(" ?!.,;:")
    while (trimmed := _COURTESY.sub("", text).rstrip(" ?!.,;:")) != text:  # "pls ty"
        text = trimmed
    text = _POLITE.sub("", text, count=1)
    if _IS_SYLLABUS_CHECK.match(text):
        return text.strip(" ?!.,;:")  # no framing: "evaluate my syllabus" is no exam verb
    for pattern, replacement, anchored in _FRAME_STEPS:
        if not anchored:
            text = pattern.sub(replacement, text, count=1)
        elif found := pattern.match(text):
            done = replacement(found) if callable(replacement) else found.expand(replacement)
            text = done + text[found.end() :]
    return text.strip(" ?!.,;:")


def _starts_anchored(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` must start at the beginning of the text (a leading
    ``^`` outside any alternation, no MULTILINE): ``match`` then does what ``sub(count=1)``
    does, without trying every later position (a fifth of the time: normalising a question
    through the frames took 190 µs)."""
    source = pattern.pattern
    if pattern.flags & (re.MULTILINE | re.VERBOSE) or not source.startswith("^"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in source:  # an alternation outside every group would have its own start
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


_FRAME_STEPS = tuple((p, r, _starts_anchored(p)) for p, r in _FRAMES)


@lru_cache(maxsize=8192)
def _keyword(word: str) -> str:
    """Return the keyword ``word`` mistypes, or ``word``; remembered, since the same words
    come back in question after question and a slip check scans every keyword.

    Punctuation typed onto the word stays and is never taken for a letter: "definition:"
    is no slip for "definitions".

    >>> _keyword("diffrence"), _keyword("betwen"), _keyword("influencers")
    ('difference', 'between', 'influencers')
    >>> _keyword("definition:"), _keyword("diffrence,")
    ('definition:', 'difference,')
    """
    if word in KEYWORDS:
        return word
    if word in _BARE_ABBREVIATED:  # "internal cust", "mgmt": never a word of their own
        return _ABBREVIATED[word]
    letters = word.rstrip(",:;.!?")
    if letters != word:
        return _keyword(letters) + word[len(letters) :]
    close = [k for k in slips(word, KEYWORDS) if not (word.startswith(k) or k.startswith(word))]
    return close[0] if len(close) == 1 else word


def parse(question: str) -> list[Parse]:
    """Return every reading of ``question`` that a pattern allows, most specific first."""
    return list(readings(question))


def readings(question: str) -> Iterator[Parse]:
    """Yield the readings of ``question`` lazily, most specific first.

    The whole question is read first; then each clause that starts like a question, so a
    long message or a double question ("what is X and what does it affect") is answered
    by its first answerable question.
    """
    text = normalise(question)
    yield from _read(text)
    resolved, bound = _resolved(text)
    for clause in resolved:
        yield from _read(normalise(clause), whole=False)
    choice = _CHOICE.search(text)
    for clause in clauses(text):
        if clause in bound:
            continue
        for reading in _read(normalise(clause), whole=False):
            if choice and reading.intent == "stage_order" and not reading.slots.get("rest"):
                continue  # "which comes first" alone is not the question "..., A or B" asks
            yield reading


# A choice between two named things: "which comes first, A or B", "A or B, which is last".
_CHOICE = re.compile(
    r"\b(?:first|last|earlier|later|sooner|second)\b.*\bor\b|\bor\b.*\b(?:first|last|earlier|"
    r"later|sooner)$"
)
# A question asking which source says something: "which article says X".
ASKS_SOURCE = re.compile(
    r"^(?:which|what) (?:articles?|papers?|sources?|studies|study|readings?|authors?|"
    r"references?|texts?) (?:says?|claims?|states?|shows?|argues?|finds?|found|supports?|"
    r"backs? up)\b|^(?:where (?:is|was) it (?:stated|said|shown|claimed|argued|written)|who "
    r"(?:claims|says|states|argues|shows|found)) (?:that )?"
)


# A pronoun in a question ("what drives it", "what does it lead to"), and the topic an
# earlier clause names ("I am designing a unit on motivation", "same question for X").
_ITS = re.compile(r"(?<=\s)(?:its|their) ([a-z]+)\b")
_PRONOUN = re.compile(r"(?<=\s)(?:it|them|they|this|these|those)\b(?!.*\b(?:it|them|they)\b)")
_TOPIC = re.compile(
    r"\b(?:on|about|regarding|concerning|covering|covers?|for|re|deals? with|dealing with|"
    r"looks? at|looking at|teach(?:es|ing)?|discuss(?:es|ing)?|introduces?|introducing|"
    r"treats?|explores?|exploring)\s+(?:the\s+)?(?P<topic>[a-z][a-z' -]*)$"
)


# When something is taught, said after the topic: "I am teaching X next term"
_WHEN = re.compile(
    r"\s+(?:(?:next|this|last|coming|in the) (?:term|semester|week|month|year|session|class|"
    r"lesson|autumn|spring|summer|winter|quarter)|tomorrow|today|tonight|soon|later|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$"
)


def resolved_pronouns(text: str) -> list[str]:
    """Return the question clauses of ``text`` whose pronoun an earlier clause names.

    >>> resolved_pronouns("i am planning a unit on motivation, what drives it")
    ['what drives motivation']
    """
    return _resolved(text)[0]


def _resolved(text: str) -> tuple[list[str], set[str]]:
    """The question clauses an earlier clause completes, and the clauses that must not be
    read on their own: a course's ask ("which barriers should I cover") is about the course's
    topic, so with a topic the graph does not hold it declines instead of listing IM's."""
    parts = [_JOINER.sub("", p.strip()) for p in _CLAUSE.split(text) if p and p.strip()]
    found, topic, claim, situation = [], None, None, None
    bound: set[str] = set()
    for part in parts:
        if topic and (ask := _COURSE_ASK.match(part)) and not _MORE_TOPICS.match(part):
            found.append(f"what are the {ask['k']} of {topic}")
            bound.add(part)
        elif situation and ADVICE.match(part):  # "my staff are demotivated, what should I do"
            found.append(f"what drives {situation}")
        elif situation and _STARTS.match(part) and _SITUATION_PRONOUN.search(part):
            found.append(_SITUATION_PRONOUN.sub(situation, part, count=1))
        elif not _STARTS.match(part) and (told := situation_topic(part)):
            topic = situation = told
        elif named := _NAMED.match(part):  # "is it internal customer" names the topic
            topic = named["topic"].strip()
        elif claim and _CHECK.match(part):  # "they say X leads to Y. does it really"
            found.append(f"is it true that {claim}")
        elif topic and _MORE_TOPICS.match(part):  # "what related concepts should we add"
            found.append(f"what should a module on {topic} cover")
        elif topic and _STARTS.match(part) and _PRONOUN.search(part):
            found.append(_PRONOUN.sub(topic, part, count=1))
        elif topic and _STARTS.match(part) and _ITS.search(part):  # "its stages"
            found.append(_ITS.sub(rf"the \1 of {topic}", part, count=1))
        elif topic and _LEADING_PRONOUN.match(part):  # "X, it give effect to what"
            found.append(_LEADING_PRONOUN.sub(topic + " ", part, count=1))
        elif (named := _TOPIC.search(_WHEN.sub("", part))) and not _STARTS.match(part):
            topic = _COURSE_ON.sub("", named["topic"].strip())
        elif topic is None and not _STARTS.match(part) and len(part.split()) <= _BARE_TOPIC:
            topic = part  # a bare phrase before the question: "energizing stage - what ... it"
        if said := _CLAIM.search(part):
            claim = said["claim"]
    return found, bound


# A teacher choosing among a kind for a course: "which barriers should I cover"
_COURSE_ASK = re.compile(
    r"^(?:which|what) (?P<k>[a-z][a-z' -]{0,40}?) (?:should|must|do|would|could) (?:i|we) "
    r"(?:cover|teach|include|mention|present|introduce|discuss|focus on)(?: first)?$"
)


# What a question calls a situation told before it: "what will that improve"
_SITUATION_PRONOUN = re.compile(r"(?<=\s)(?:it|that|this|them|they)\b")
# A clause opened by the pronoun itself: "the employee motivation, it give effect to what"
_LEADING_PRONOUN = re.compile(r"^(?:it|they|this|these)\s+(?=[a-z])")
# The course named before its topic: "I teach a module on staff retention" is on staff retention
_COURSE_ON = re.compile(
    rf"^(?:an? |the |my |our |this )?(?:[a-z-]+ )?{_COURSE_NOUN}s? (?:on|about|covering|for) "
)
# How many words a phrase standing alone before a question may have to be its topic
_BARE_TOPIC = 4
# A term offered as a guess: "is it internal customer", "i think it is the internal market"
_NAMED = re.compile(
    r"^(?:is it|it is|it's|maybe|perhaps|i think it is|i think it's|could it be|was it) "
    r"(?:called |named )?(?P<topic>[a-z][a-z' -]*)$"
)
# A claim reported in a message, and a later clause asking whether it holds
_CLAIM = re.compile(
    r"\b(?:say|says|saying|said|claim|claims|claiming|claimed|tell me|tells me|told me|told "
    r"us|heard|read|argue|argues|arguing) (?:that )?(?P<claim>[a-z][a-z' -]* (?:leads? to|"
    r"drives?|improves?|affects?|influences?|increases?|causes?|boosts?|raises?|results? in|"
    r"shapes?|reduces?) [a-z][a-z' -]*)$"
)
_CHECK = re.compile(
    r"^(?:(?:does|do|is|can|could|will) (?:it|that|this) (?:really|actually|truly)?(?: (?:hold|"
    r"true|right|correct|so|work|happen))?(?: up| that way)?|(?:is|are) (?:they|you) right|"
    r"really|true|is that (?:really )?(?:true|right|correct|so)|is it (?:really )?(?:true|so))$"
)
# Asking what else a course on the topic needs: "what related concepts should we add"
_MORE_TOPICS = re.compile(
    rf"^(?:what|which) (?:(?:related|other|more|further|extra|additional|key|im|else) )*"
    rf"{_TOPICS} (?:should|could|would|must|can|do|might) (?:we|i|you) (?:add|include|cover|"
    r"teach|bring in|put in|mention|also cover|also add)(?: too| as well| next)?$"
)


def clauses(text: str) -> list[str]:
    """Return the parts of ``text`` that start like a question, when there are several.

    >>> clauses("what is empowerment and what does it affect")
    ['what is empowerment', 'what does it affect']
    """
    parts = [_JOINER.sub("", p.strip()) for p in _CLAUSE.split(text) if p and p.strip()]
    return [p for p in parts if p != text and _STARTS.match(p)] if len(parts) > 1 else []


# A conjunction opening a clause after a comma: ", and what are the barriers"
_JOINER = re.compile(r"^(?:and|but|so|also|or|then|plus)\s+(?=\S)")


# A yes/no question about a link, negated, as (pattern, rewording, how it is negated). One
# that asks whether the link is absent ("is Y unaffected by X", "does X have no effect on
# Y") is answered "No." when the model has the link; one that negates the verb ("doesn't X
# affect Y", "is Y not driven by X"), whose yes or no people read either way, is answered
# with the link alone.
_NEGATED = tuple(
    (re.compile(pattern), replacement, kind)
    for pattern, replacement, kind in (
        (
            r"^(?:is|are) (?P<y>.+?) (?:really |actually |totally |completely |entirely )?"
            r"(?:unaffected|uninfluenced|untouched|independent|unrelated) (?:by|of|from|to) "
            r"(?P<x>.+)$",
            r"does \g<x> influence \g<y>",
            "denies",
        ),
        (
            r"^(?:does|do|can|will|would) (?P<x>.+?) (?:have|has|make) (?:no|zero) (?:effect|"
            r"impact|influence|bearing|difference) (?:on|to|for) (?P<y>.+)$",
            r"does \g<x> influence \g<y>",
            "denies",
        ),
        (
            rf"^(?:is|are) (?P<y>.+?) not {_PASSIVE} by (?P<x>.+)$",
            r"does \g<x> influence \g<y>",
            "not",
        ),
        (  # "does X reduce Y": the model's links all raise, so it is checked as a link
            r"^(?:does|do|did|can|will|would|could) (?P<x>.+?) (?:reduce|lower|hurt|harm|damage|"
            r"weaken|undermine|decrease|diminish|erode|cut)s? (?P<y>.+)$",
            r"does \g<x> influence \g<y>",
            "opposite",
        ),
        (
            rf"^(?:does|do|did|can|will|would) not (?P<x>.+?) (?P<v>{_BASE_VERB}) (?P<y>.+)$",
            r"does \g<x> \g<v> \g<y>",
            "not",
        ),
        (
            rf"^(?:does|do|did|can|will|would) (?P<x>.+?) not (?P<v>{_BASE_VERB}) (?P<y>.+)$",
            r"does \g<x> \g<v> \g<y>",
            "not",
        ),
    )
)


def _read(text: str, *, whole: bool = True) -> Iterator[Parse]:
    negated = ""
    for pattern, replacement, kind in _NEGATED:
        if pattern.match(text):
            text, negated = pattern.sub(replacement, text, count=1), kind
            break
    indirect = bool(_INDIRECT.search(text))
    text = " ".join(_DIRECTLY.sub(" ", _INDIRECT.sub(" ", text)).split())
    text = re.sub(r"\b(?:both|either) (?=\w)", "", text) if indirect else text
    ranked = bool(_RANKED.search(text) or _MOST.search(text))
    text = " ".join(_RANKED.sub("", text).split())
    for intent, pattern in COMPILED[: None if whole else -1]:  # a clause is no bare name
        match = pattern.match(text)
        if match:
            slots = {k: v.strip() for k, v in match.groupdict().items() if v is not None}
            if negated and intent != "path":
                continue  # a negated question is only ever a yes or no about a link
            yield Parse(intent, slots, indirect, ranked, pattern.pattern, text, negated)

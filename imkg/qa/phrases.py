"""The building blocks of the intent patterns: the verbs, nouns and phrases people use to
ask what drives what, what belongs to a kind, what comes first in the cycle, and whether a
syllabus covers the field (used by :mod:`imkg.qa.patterns`)."""

from __future__ import annotations

VERB = (
    r"(?:influences?|drives?|affects?|determines?|impacts?|shapes?|causes?|predicts?"
    r"|leads? to|contributes? to|results? in|feeds? into|feeds|fuels?"
    r"|(?:has|have) (?:an? )?(?:effect|impact|"
    r"influence) on|gives? (?:an? )?(?:effects?|impacts?) (?:to|on)|improves?|increases?|boosts?"
    r"|underlies|underpins?|enhances?|fosters?"
    r"|strengthens?|promotes?|raises?|encourages?|creates?|produces?|generates?"
    r"|helps?(?! (?:me|us|you|them|him|her|i)\b)|supports?"
    r"|brings? about|makes? for|is behind|are behind|lies behind|pays? off (?:in|for)|"
    r"translates? into|shows? up in|feeds? through (?:to|into)|spills? over (?:to|into)|"
    r"carries (?:over )?(?:to|into)|flows? (?:through )?(?:to|into))"
)

BASE_VERB = (
    r"(?:influence|drive|affect|determine|impact|shape|cause|lead to|contribute to|"
    r"result in|feed into|feed|fuel|change|improve|increase|boost|have an? (?:effect|impact|"
    r"influence) on|enhance|foster|strengthen|promote|raise|encourage|create|produce|"
    r"generate|help(?! (?:me|us|you|them|him|her|i)\b)|support|bring about|pay off (?:in|for)|"
    r"translate into|show up in|feed through (?:to|into)|"
    r"spill over (?:to|into)|carry (?:over )?(?:to|into)|flow (?:through )?(?:to|into))"
)

PASSIVE = (
    r"(?:influenced|driven|affected|determined|shaped|caused|impacted|improved|increased|"
    r"enhanced|boosted|fostered|promoted|predicted|explained)"
)

_CAUSES = r"(?:factors?|drivers?|causes?|determinants?|antecedents?|influences?|predictors?)"

# "the influence of X" is what X does; "the drivers of X" are what X depends on
CAUSES_OF = r"(?:factors?|drivers?|causes?|determinants?|antecedents?|predictors?)"

NOUNS = (
    rf"(?:{_CAUSES}|sources?|things?|concepts?|components?|elements?|variables?|inputs?|levers?)"
)

# "the components of X" lists parts, so "of", "on", "for" and "behind" only follow causes.
LINK = (
    rf"(?:{NOUNS} (?:driving|influencing|affecting|determining|shaping|impacting|"
    rf"(?:that|which) (?:drive|influence|affect|determine|shape|impact|lead to)s?)|"
    rf"{_CAUSES} (?:behind|on|for)|{CAUSES_OF} of)"
)

# "knock-on effects of X", "the downstream consequences of X": still what X leads to
EFFECTS = (
    r"(?:(?:knock-?on|knock on|follow-?on|flow-?on|downstream|ripple|wider|broader) )?"
    r"(?:effects?|consequences?|outcomes?|results?|impacts?|influences?)"
)

DISCUSSED = (
    r"(?:discussed|mentioned|covered|explained|talked about|taught|described|"
    r"introduced|defined|treated|dealt with|used|appears?|comes? up|referred to)"
)

DOCS = (
    r"(?:documents?|texts?|units?|lessons?|case stud(?:y|ies)|cases?|files?|passages?|"
    r"sections?|chapters?|course (?:units?|texts?|notes|documents?|readings?|chapters?)|"
    r"materials?|sources?|readings?|parts of the (?:course|corpus))"
)

# The documents as a list: "which case studies are there", "how many course units".
DOC_LIST = (
    r"(?:documents?|texts?|files?|readings?|materials?|case stud(?:y|ies)|cases|"
    r"course (?:units?|texts?|notes|documents?|readings?|chapters?)|units|chapters|lessons)"
)

DOC_EXIST = (
    r"(?: (?:are there|are available|do you have|exist|(?:are )?in the (?:course|corpus)|"
    r"(?:do|does) the (?:course|corpus) (?:have|include|contain)))?"
)

TALK = (
    r"(?:mentions?|discuss(?:es)?|covers?|talks? about|explains?|deals? with|refers? to|"
    r"are about|is about|describes?|teach(?:es)?|introduces?|look at|looks at|present|"
    r"presents|address|addresses|go into|goes into|features?|involves?|(?:is|are) set in|"
    r"takes? place in|centres? on|centers? on|focus(?:es)? on|revolves? around)"
)

# Who does the discussing in "where do the course texts discuss X".
COURSE = (
    rf"(?:the |our |my )?(?:course |corpus |class |module )?(?:{DOCS}|course|corpus|class|"
    r"module|readings?|notes|slides|lectures?|book|textbook|they|you)"
)

ORDINAL = r"(?P<ord>first|1st|initial|second|2nd|third|3rd|fourth|4th|last|final)"

STAGE = r"(?:stage|step|phase)"

# "stage two", "step 3": a number only counts right after a stage word
NUMBERED = rf"{STAGE} (?:number |no )?(?P<ord>one|two|three|four|1|2|3|4)"

# "the first thing that happens", "what do you do first": an ordinal without a stage word
HAPPENS = (
    r"(?:thing|part|move)(?: (?:that|which|to))? (?:happens|you do|is done|takes place|occurs|"
    r"comes|happen|do|goes)"
)

# "which comes first, energising or authorising": two stages compared by their order
EARLIER = r"(?P<rel>first|earlier|sooner|last|later|second)"

STAGE_VERB = r"(?:comes?|happens?|goes|go|is|are|takes? place|occurs?)"

# "after energising in Ballantyne's cycle": the stage names its cycle
IN_CYCLE = r"(?P<cyc> (?:in|of) (?:the )?(?:[a-z']+ ){0,3}(?:cycle|model|process))?"

IMPROVE = (
    r"(?:improve|increase|raise|boost|build|foster|enhance|strengthen|promote|achieve|"
    r"ensure|create|drive|develop|maximi[sz]e|keep up)"
)

COMPANY = r"(?:compan(?:y|ies)|firms?|organi[sz]ations?|businesses|business|employers?)"

GIVES = (
    r"(?:uses?|gives?|offers?|provides?|has|have|grants?|pays?|practi[sc]es?|applies|do|does|did|"
    r"runs?|operates?|introduced?|rolls? out|rolled out)"
)

# "keep staff" names staff retention, so the verb stays in the slot; "reduce staff turnover"
# asks what drives staff turnover, so the verb goes.
KEEP = r"(?:keep|keeping|retain|retaining|hold on to|hang on to)"

REDUCE = (
    r"(?:reduce|lower|cut|decrease|prevent|avoid|minimi[sz]e|fight|tackle|stop|limit|"
    r"overcome|deal with)"
)

HOW_TO = (
    r"(?:how (?:can|could|do|does|should|would|might|to)(?: [a-z]+){0,3}?|"
    r"(?:what are )?(?:the )?(?:best )?(?:ways?|how) to|"
    r"what (?:can|could|should|would|must|might)(?: [a-z]+){1,3}? do to)"
)

IMPORTANT = (
    r"(?:so |really |that |very |thought |considered |seen as |such an? )?(?:important|"
    r"essential|crucial|vital|relevant|valuable|useful|significant|necessary|needed|key)"
)

# Where the domain itself is the scope: "the role of X in internal marketing" is X's role.
DOMAIN = (
    r"(?:internal marketing|im|an? organi[sz]ations?|organi[sz]ations|the organi[sz]ation|"
    r"a company|companies|a business|businesses|the model|the course)"
)

ROLE = r"(?:role|part|function)"

# Verbs a learner puts after "what is": "what is make job satisfaction", "what does affect X".
LEARNER_VERB = (
    r"(?:makes?|influences?|affects?|effects?|drives?|causes?|impacts?|determines?|"
    r"improves?|increases?|gives?|brings?)"
)

# A preposition or article after the verb means a noun phrase: "what is impact of X".
NOT_NOUN = r"(?!(?:of|on|from|to|for|in|by|with|the|an?)\b)"

# "give two examples of", "some examples of": how many a person wants does not narrow the list
REAL = r"(?:(?:real|real-world|real world|practical|concrete|actual|specific|good) )?"

SOME = r"(?:an? |some |the |a few |few |several |a couple of |(?:\d+|one|two|three|four|five) )?"

TOPICS = r"(?:concepts?|topics?|ideas?|things?|points?|content|theories|terms)"

# What a member is part of: an internal customer group or a stage of the cycle
OWNER = (
    r"(?:(?:internal )?(?:customer )?(?:group|segment|category|type of (?:internal )?"
    r"(?:customer|employee))|stage|step|phase)"
)

# Keyword questions: "job satisfaction drivers", "empowerment effects"
AS_LIST = r"^(?:what are |which are |list |show me |show |give me |the )?(?:the )?"

# asking for an explorer page: "open the page on X", "take me to X", "show me the X"
GO_TO = (
    r"^(?:open|open up|show|display|bring up|pull up|take me to|go to|navigate to|jump to|"
    r"link me to|send me to|show me)(?: me| us| up)? (?:the )?(?:(?:page|entry|card|view|"
    r"article|section)(?: on| for| about| of| with)? )?(?:the )?"
)

# "in the model", "in the causal chain": a question about the causal model, not the cycle
IN_MODEL = (
    r"(?P<model>) in (?:the |this |our )?(?:causal |internal marketing |im |curated )?"
    r"(?:model|chain|causal chain|satisfaction chain)"
)

COMES = (
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

SUPERLATIVE = (
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
        rf"^(?P<out>)(?:what|which)(?: {NOUNS})? (?:has|have) the (?:most|largest number of|"
        r"greatest number of) (?:influences?|effects?|impact|consequences|outcomes|outgoing "
        r"(?:links|influences|arrows)|arrows out)(?: on others)?$",
    ),
    (
        "most",
        rf"^(?P<out>)(?:what|which)(?: {NOUNS})? {VERB} the (?:most|largest number of|"
        rf"greatest number of){_OTHERS}$",
    ),
    ("most", rf"^(?P<out>)(?:what|which) is the most influential{_OTHERS}(?: in the model)?$"),
    (
        "most",
        rf"^(?P<into>)(?:what|which)(?: {NOUNS})? (?:has|have) the (?:most|largest number of|"
        rf"greatest number of) (?:{CAUSES_OF}|inputs|incoming (?:links|influences|arrows)|"
        r"arrows in)$",
    ),
    (
        "most",
        rf"^(?P<into>)(?:what|which)(?: {NOUNS})? (?:is|are|gets?) {PASSIVE} by the (?:most|"
        rf"largest number of|greatest number of){_OTHERS}$",
    ),
    (
        "most",
        rf"^(?P<into>)(?:what|which) is the most (?:influenced|affected|driven){_OTHERS}"
        r"(?: in the model)?$",
    ),
)

# Who is asked to answer: "can you", "could someone", "can anyone"
ASKED = r"(?:you|u|ya|you guys|you all|someone|somebody|anyone|anybody)"

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

SYLLABUS = (
    # "check my course outline against the concepts", "can you score our reading list"
    rf"^(?:(?:can|could|would|will) {ASKED} (?:please |pls )?|please |pls |i (?:want|would "
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

"""The intent patterns, most specific first: ``(intent, regular expression)`` over the
normalised question, with the named groups described in :mod:`imkg.qa.intents`."""

from __future__ import annotations

import re

from imkg.qa.corpus_patterns import CORPUS_PATTERNS
from imkg.qa.phrases import (
    AS_LIST,
    BASE_VERB,
    CAUSES_OF,
    COMES,
    COMPANY,
    COURSE,
    DISCUSSED,
    DOC_EXIST,
    DOC_LIST,
    DOCS,
    DOMAIN,
    EARLIER,
    EFFECTS,
    GIVES,
    GO_TO,
    HAPPENS,
    HOW_TO,
    IMPORTANT,
    IMPROVE,
    IN_CYCLE,
    IN_MODEL,
    KEEP,
    LEARNER_VERB,
    LINK,
    NOT_NOUN,
    NOUNS,
    NUMBERED,
    ORDINAL,
    OWNER,
    PASSIVE,
    REAL,
    REDUCE,
    ROLE,
    SOME,
    STAGE,
    STAGE_VERB,
    SUPERLATIVE,
    SYLLABUS,
    TALK,
    TOPICS,
    VERB,
)
from imkg.qa.student_patterns import STUDENT_PATTERNS, compile_pattern

PATTERNS: list[tuple[str, str]] = [
    *(("syllabus_check", pattern) for pattern in SYLLABUS),
    *CORPUS_PATTERNS,
    *STUDENT_PATTERNS,
    *SUPERLATIVE,
    # "what comes before job satisfaction in the model": what drives it; a stage is not in
    # the causal model, so "before energising in the model" falls through to the cycle
    ("influenced_by", rf"{COMES} (?:before|upstream of|ahead of|prior to) (?P<x>.+?){IN_MODEL}$"),
    ("influences", rf"{COMES} (?:after|downstream of|following) (?P<x>.+?){IN_MODEL}$"),
    # stage order
    (
        "stage_order",
        rf"^(?:what|which)(?: {STAGE})? (?:comes|happens|follows|is|stage is|"
        rf"step is)(?: next| immediately| right| directly| just)? (?P<rel>after|"
        rf"following|before|preceding) (?P<x>.+?){IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which) is the (?:next )?{STAGE} (?:(?:right|just|immediately|directly) )?"
        rf"(?P<rel>after|following|before|preceding) (?P<x>.+?){IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:the )?(?:next )?{STAGE} (?:(?:right|just|immediately|directly) )?"
        rf"(?P<rel>after|following|before) (?P<x>.+?){IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which)(?: {STAGE})? (?P<rel>follows|precedes|comes after|comes before)"
        rf" (?P<x>.+?){IN_CYCLE}$",
    ),
    ("stage_order", r"^(?P<rel>after|before) (?P<x>.+?),? what (?:comes|happens)(?: next)?$"),
    (  # "what comes between code breaking and diffusing"
        "stage_order",
        rf"^(?:what|which)(?: {STAGE}| one)? (?:comes|happens|is|lies|sits|falls|goes|takes place)"
        rf" (?P<rel>between) (?P<a>.+?) and (?P<b>.+?){IN_CYCLE}$",
    ),
    (  # "is energising the first stage of the cycle": yes or no, from its place
        "stage_order",
        rf"^(?:is|was) (?P<x>(?!the\b|it\b|this\b|that\b).+?) (?:the|its) {ORDINAL} {STAGE}"
        r"(?P<rest> (?:of|in) .+)?$",
    ),
    # two stages by order: "does authorising come before diffusing", "which comes first, A or B"
    (
        "stage_order",
        r"^(?:does|do|is|are|will) (?P<a>.+?) (?:come |comes |happen |go |take place |occur )?"
        r"(?P<rel>before|after|earlier than|later than|ahead of|prior to) (?P<b>.+?)"
        rf"{IN_CYCLE}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which)(?: {STAGE}| one)? {STAGE_VERB} {EARLIER}(?: in the cycle)?,? "
        r"(?P<a>.+?) or (?P<b>.+)$",
    ),
    (
        "stage_order",
        rf"^(?P<a>.+?) or (?P<b>.+?),? (?:what|which)(?: one)? {STAGE_VERB} {EARLIER}$",
    ),
    (
        "stage_order",
        rf"^(?:what|which) (?:comes|happens|stage comes|step comes|stage is|"
        rf"step is|phase is)(?: the)? {ORDINAL}(?P<rest> .*)?$",
    ),
    ("stage_order", rf"^(?:what|which) (?:is|was) (?:the )?{ORDINAL} {STAGE}(?P<rest> .*)?$"),
    ("stage_order", rf"^(?:what|which) {STAGE} (?:comes|is) {ORDINAL}(?P<rest> .*)?$"),
    (  # "which stage of the cycle comes 3rd"
        "stage_order",
        rf"^(?:what|which) {STAGE}(?P<rest> (?:of|in) .+?) (?:comes|is|happens|goes) {ORDINAL}$",
    ),
    (  # "stage two of the cycle", "what happens in step 3"
        "stage_order",
        r"^(?:what is |what are |what happens (?:in|at|during) |explain |describe |define )?"
        rf"(?:the )?{NUMBERED}(?P<rest> (?:of|in) .*)?$",
    ),
    (  # "what is the first thing that happens in Ballantyne's process"
        "stage_order",
        rf"^(?:what|which) (?:is|was) the {ORDINAL} {HAPPENS}(?P<rest> (?:in|of|during) .*)?$",
    ),
    (
        "stage_order",
        rf"^what (?:happens|comes|do (?:you|we|firms|managers) do) {ORDINAL}"
        r"(?P<rest> (?:in|of|during) .*)?$",
    ),
    ("stage_order", rf"^(?:the )?{ORDINAL} {STAGE}(?P<rest> .*)?$"),
    (
        "stage_order",
        rf"^(?:what|which) (?:is|are) the (?P<ord>order|sequence) of the {STAGE}s"
        r"(?P<rest> .*)?$",
    ),
    ("stage_order", rf"^in what (?P<ord>order) (?:do|are) the {STAGE}s(?P<rest> .*)?$"),
    # keywords: "stages order", "order of the stages in ballantyne's cycle"
    ("stage_order", rf"^(?:the )?(?:{STAGE}s?|cycle) (?P<ord>order|sequence)(?P<rest> .*)?$"),
    ("stage_order", rf"^(?:the )?(?P<ord>order|sequence) of (?:the )?{STAGE}s(?P<rest> .*)?$"),
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
        rf"^(?:is|are) (?P<a>.+?) (?:an?|one of the) (?:main |key )?{CAUSES_OF} (?:of|for|"
        r"behind) (?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:is|are) (?P<b>.+?) (?:an?|one of the) {EFFECTS} (?:of|from) (?P<a>.+)$",
    ),
    # causal paths between two concepts; "empowerment -> customer satisfaction"
    ("path", r"^(?:from )?(?P<a>.+?) (?:-+>|=+>) (?:to )?(?P<b>.+)$"),
    (
        "path",
        rf"^(?:how|in what ways?|in which ways?|through what|why|to what extent|to what degree|"
        rf"how far|how much|how strongly) (?:does|do|can|could|might|"
        rf"will|would) (?P<a>.+?) {BASE_VERB} (?P<b>.+)$",
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
        rf"^(?:does|do|can|could|will|would|is|are) (?P<a>.+?) (?:{BASE_VERB}|{VERB}|influencing|"
        rf"affecting|related to|linked to|connected to|tied to|make|makes) (?P<b>.+)$",
    ),
    # "how empowerment affect customer satisfaction": a learner drops the auxiliary
    (
        "path",
        rf"^how (?!(?:to|can|could|do|does|did|should|would|might|will|is|are|much|many|"
        rf"important)\b)(?P<a>.+?) (?:{VERB}|{BASE_VERB}) (?P<b>.+)$",
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
        rf"^(?:what|which|who)(?: {NOUNS})?(?: most)? {VERB} (?P<x>.+?)"
        r"(?: the most| most| the most strongly)?$",
    ),
    (
        "influenced_by",
        rf"^(?:what|which) (?:are|is) the (?:main |key |most important )?{LINK} "
        rf"(?P<x>.+)$",
    ),
    ("influenced_by", rf"^(?:the )?(?:main |key )?{LINK} (?P<x>.+)$"),
    ("influenced_by", rf"^(?:what|which) (?:is|are) (?P<x>.+?) {PASSIVE} by$"),
    # "by what is X influenced", "how does X come about": what brings X about
    (
        "influenced_by",
        rf"^by (?:what|which (?:{NOUNS}|factors?)) (?:is|are) (?P<x>.+?) {PASSIVE}$",
    ),
    ("influenced_by", r"^how (?:does|do|can|would) (?P<x>.+?) come about$"),
    ("influenced_by", r"^what (?:brings|bring) (?:about )?(?P<x>.+?)(?: about)?$"),
    ("influenced_by", rf"^(?P<x>.+?) (?:is|are) {PASSIVE} by (?:what|which .+)$"),
    # "what has the most impact on X": the model does not rank, so all causes, and it says so
    (
        "influenced_by",
        rf"^(?:what|which)(?: {NOUNS})? (?:has|have) the (?:most|biggest|greatest|strongest|"
        r"largest) (?:effect|impact|influence) on (?P<x>.+)$",
    ),
    # "how can managers improve X", "ways to boost X": who acts does not matter
    ("influenced_by", rf"^{HOW_TO} {IMPROVE} (?P<x>.+)$"),
    (  # "make my staff more engaged": people made to feel something, not "get a job"
        "influenced_by",
        rf"^{HOW_TO} (?:make|get) (?P<x>(?:(?:my|our|the|your|their) )?(?:employees|staff|"
        r"people|workers|team|customers|clients|personnel) .+)$",
    ),
    ("influenced_by", rf"^{HOW_TO} (?P<x>{KEEP} .+)$"),
    ("influenced_by", rf"^{HOW_TO} {REDUCE} (?P<x>.+)$"),
    # "which factor matters most for X": the graph does not rank, so all causes answer
    (
        "influenced_by",
        rf"^(?:what|which(?: {NOUNS})?) (?:matters?|counts?|is|are) (?:the )?most "
        r"(?:important |crucial )?(?:for|to|in) (?P<x>.+)$",
    ),
    ("influenced_by", r"^what (?:leads to|causes|drives|makes for) (?P<x>.+)$"),
    # "what reduces staff turnover": what raises staff retention; the model has no lowering
    # link, so a concept named as itself ("what hurts service quality") declines
    (
        "influenced_by",
        rf"^(?:what|which(?: {NOUNS})?) (?P<lowers>)(?:reduces?|lowers?|cuts?|decreases?|"
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
        rf"^(?:what|which(?: {NOUNS})?) (?:is|are) (?:making|keeping|getting) (?P<x>.+)$",
    ),
    # "why is X important (for Y)", "the role of X in Y": what X does, or how it reaches Y
    (
        "path",
        rf"^why (?:is|are) (?P<a>.+?) {IMPORTANT} (?:for|to|in) (?!{DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:what is |what's |explain |describe )?(?:the )?{ROLE} (?:of|played by) "
        rf"(?P<a>.+?) (?:in|for|on|within) (?!{DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "path",
        rf"^what {ROLE} (?:does|do|did|can|could|should|might) (?P<a>.+?) (?:play|have) "
        rf"(?:in|for|on|within) (?!{DOMAIN}$)(?P<b>.+)$",
    ),
    ("path", rf"^how important (?:is|are) (?P<a>.+?) (?:for|to|in) (?!{DOMAIN}$)(?P<b>.+)$"),
    (  # "why does empowerment matter for service quality": how the one reaches the other
        "path",
        r"^(?:why|how) (?:does|do) (?P<a>.+?) matter(?: so much| at all)? (?:for|to|in) "
        rf"(?!{DOMAIN}$)(?P<b>.+)$",
    ),
    (
        "influences",
        rf"^why (?:is|are) (?P<x>.+?) {IMPORTANT}(?: (?:for|to|in) {DOMAIN})?$",
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
        rf"^(?:what is |what's |explain |describe )?(?:the )?{ROLE} (?:of|played by) "
        rf"(?P<x>.+?)(?: (?:in|for|within) {DOMAIN})?$",
    ),
    (
        "definition",
        rf"^what {ROLE} (?:does|do|did|can|could|should|might) (?P<x>.+?) (?:play|have)"
        rf"(?: (?:in|for|within) {DOMAIN})?$",
    ),
    # "the effect of X on Y" is a path, not the effects of "X on Y"
    (
        "path",
        rf"^(?:what is |what are |what's |describe |explain )?(?:the )?{EFFECTS} (?:of|from) "
        r"(?P<a>.+?) "
        r"(?:on|upon) (?P<b>.+)$",
    ),
    (
        "path",
        rf"^(?:what|how much|how big an?) {EFFECTS} (?:does|do|can|could) (?P<a>.+?) "
        r"(?:have|exert) (?:on|upon) (?P<b>.+)$",
    ),
    # what X influences
    ("influences", rf"^what (?:else )?(?:does|do|can|could|will|would) (?P<x>.+?) {BASE_VERB}$"),
    (
        "influences",
        rf"^(?:how|what) (?:does|do|can) (?P<x>.+?) {BASE_VERB} (?:things|anything|others|"
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
    ("influences", rf"^(?:what|which)(?: {NOUNS})? (?:is|are|gets|get) {PASSIVE} by (?P<x>.+)$"),
    (
        "influences",
        rf"^(?:what|which) (?:main |key )?{EFFECTS} (?:does|do|can|will|might|would|could) "
        r"(?P<x>.+?) (?:have|produce|bring|create|lead to|cause|deliver|yield|generate|give|"
        r"achieve|bring about)$",
    ),
    (
        "influences",
        rf"^(?:what|which) (?:are|is) (?:the )?(?:main )?{EFFECTS} (?:of|from) "
        rf"(?P<x>.+)$",
    ),
    ("influences", rf"^(?:the )?{EFFECTS} (?:of|from) (?P<x>.+)$"),
    ("influences", r"^(?:where|what) (?:does|do) (?P<x>.+?) lead(?: to)?$"),
    ("influences", rf"^(?P<x>.+?) (?:leads? to|{VERB}) what$"),
    ("influences", r"^what (?:comes|follows|results) from (?P<x>.+)$"),
    # which group (or stage) a member belongs to: "which group do IT staff belong to"
    (
        "group_of",
        rf"^(?:which|what) {OWNER} (?:do|does|would|will|is|are|might) (?:an? |the )?"
        r"(?P<x>.+?) (?:belong to|belong in|fall into|fall under|fit into|fit in|come under|"
        r"sit in|count as part of|go in|in|part of)$",
    ),
    (
        "group_of",
        rf"^(?:which|what) {OWNER} (?:includes?|contains?|covers?) (?:an? |the )?(?P<x>.+)$",
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
        rf"^(?:which|what) {COMPANY} (?:also )?{GIVES} (?:(?:its |their |the )?(?:employees|"
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
        rf"{SOME}(?:examples? of |real )?(?P<firms>){COMPANY} (?:that |which |who )?"
        r"(?:using|use|uses|giving|give|gives|offering|offer|offers|with|practi[sc]ing|applying|"
        r"that have|have|that (?:have )?(?:used|tried|introduced))"
        r"(?: (?:their |its )?(?:employees|staff|people|workers))? (?P<x>.+)$",
    ),
    (
        "example",
        r"^(?:give me |give |what are |what is |are there |list |show me |show )?"
        rf"{SOME}{REAL}(?P<examples>)examples? (?:of|for) (?P<x>.+)$",
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
        rf"{DISCUSSED}(?: in the (?:corpus|course|documents|texts|material))?$",
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
        rf"^(?:which|what) (?P<dk>{DOCS}) (?:{TALK}|(?:talks?|writes?|says?) (?:the )?most "
        rf"about|mentions? (?:the )?most) (?P<x>.+?)(?: (?:the )?most(?: often)?)?$",
    ),
    ("mentions", rf"^where (?:do|does|did) {COURSE} {TALK} (?P<x>.+)$"),
    (  # "give me a case study about empowerment": the documents of that kind on X
        "mentions",
        r"^(?:give me |give |show me |show |find me |find |is there |are there |any |list |"
        rf"recommend )?{SOME}{REAL}(?P<dk>case stud(?:y|ies)|cases?|readings?|texts?)"
        r"(?: that (?:is|are))? (?:about|on|featuring|involving|illustrating|showing|"
        r"covering|dealing with|that (?:shows?|illustrates?|features?|involves?|covers?)) "
        r"(?P<x>.+)$",
    ),
    (
        "mentions",
        rf"^(?:in|on) (?:which|what) (?P<dk>{DOCS}) (?:is|are|do|does) (?P<x>.+?) "
        rf"(?:get )?{DISCUSSED}$",
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
        rf"(?P<dk>{DOC_LIST}){DOC_EXIST}$",
    ),
    ("documents", rf"^(?:which|what) (?:{DOC_LIST}) (?:are|is) (?:the )?(?P<dk>{DOC_LIST})$"),
    (
        "documents",
        rf"^(?:how many|(?:the )?(?:total )?number of|count(?: the)?) (?P<count>)"
        rf"(?P<dk>{DOC_LIST}){DOC_EXIST}$",
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
        rf"{SOME}(?:examples?|instances?|kinds?|types?) (?:of|for) (?:the )?(?P<k>.+)$",
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
    ("influenced_by", rf"^how many (?P<count>)(?:{NOUNS} )?(?:{VERB}) (?P<x>.+)$"),
    (
        "influences",
        rf"^how many (?P<count>)(?:{NOUNS} )?(?:does|do) (?P<x>.+?) {BASE_VERB}$",
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
        rf"^(?:what|which)(?: {NOUNS})? (?:(?:is|are|do|does) )?{LEARNER_VERB} {NOT_NOUN}"
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
        rf"{AS_LIST}(?P<x>.+?) (?:main |key )?(?:{CAUSES_OF}|influencers|inputs)$",
    ),
    ("influenced_by", rf"{AS_LIST}(?:main |key )?{CAUSES_OF} (?!of\b)(?P<x>.+)$"),
    ("influences", rf"{AS_LIST}(?P<x>.+?) (?:{EFFECTS})$"),
    ("example", rf"{AS_LIST}(?P<x>.+?) (?:examples?|instances?|in practice)$"),
    ("members", rf"{AS_LIST}(?P<k>.+?) (?:examples?|instances?|list)$"),
    ("members", r"^(?P<count>)(?P<k>.+?) (?:count|number)$"),
    # a course on a topic: "what should a module on empowerment cover" (a kind lists members)
    (
        "definition",
        rf"^(?:what|which {TOPICS})(?: should| must| would| could| do| does| can| might)? "
        r"(?:an?|the|my|our|this) (?:[a-z0-9-]+ ){0,2}?(?:module|lesson|unit|course|class|"
        r"session|lecture|seminar|syllabus|curriculum|workshop|reading list|assignment)s? "
        r"(?:on|about|covering|for|in) "
        r"(?P<x>.+?) (?:cover|include|contain|teach|address|discuss|have|look at|touch on|"
        r"mention)$",
    ),
    (
        "definition",
        rf"^(?:what|which {TOPICS})(?: should| must| do| does| can| would)? (?:i|we|you|"
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
    ("influences", rf"^what (?P<x>.+?) (?:leads? to|{VERB})$"),
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
    ("members", rf"{GO_TO}(?P<k>.+)$"),
    ("definition", rf"{GO_TO}(?P<x>.+)$"),
    (
        "definition",
        r"^(?P<x>.+?)(?: meaning| means?| definition| defined| explained| traits| profile|"
        r" overview| summary)?$",
    ),
]


COMPILED = [(intent, compile_pattern(pattern)) for intent, pattern in PATTERNS]

IS_SYLLABUS_CHECK = re.compile("|".join(f"(?:{pattern})" for pattern in SYLLABUS))

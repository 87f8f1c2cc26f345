"""Framing around a question, rewritten away before the intent patterns run: greetings and
sign-offs, courtesy, who is asked, how short the answer should be, exam verbs, claims to
check, personas and notations (``X -> ?``), as ``(pattern, replacement)`` steps."""

from __future__ import annotations

import re

from imkg.qa.courtesy import ABBREVIATED, ABBREVIATION
from imkg.qa.phrases import (
    BASE_VERB,
    CAUSES_OF,
    COMPANY,
    DOC_LIST,
    EFFECTS,
    IMPROVE,
    PASSIVE,
    SOME,
    TOPICS,
    VERB,
)
from imkg.qa.situations import ACTIONS, party

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

COURSE_NOUN = (
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

FRAMES = tuple(
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
        (rf"^{CAUSES_OF}\s*:\s*(?P<x>.+)$", r"what drives \g<x>"),
        (rf"^(?P<x>[^:]+?)\s*:\s*{CAUSES_OF}$", r"what drives \g<x>"),
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
            rf"{PASSIVE}"
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
            rf"^(?:(?:give|show|tell) (?:me|us) |list |name )?{SOME}(?:main |key |big )?"
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
            rf"{COURSE_NOUN} (?:on|about|covering|for) (?P<x>.+?) (?:miss(?:ing)?|lack(?:ing)?|"
            r"leaves? out|leaving out|overlook(?:s|ing)?|omit(?:s|ting)?|skip(?:s|ping)?|"
            r"forget(?:s|ting)?|need(?:s|ing)?)(?: out)?(?: on)?(?: anything| something| any "
            r"(?:key |important )?(?:topics?|ideas?|concepts?))?(?: important| crucial| key| "
            r"essential| big| major| else)?$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which IM ideas go with a session on X": what a module on X covers
            rf"^(?:which|what) (?:(?:im|internal marketing|related|other|key) )?{TOPICS} (?:go|"
            r"fit|belong|pair|work|sit)(?: well| best| nicely)? (?:with|alongside|in) (?:an? |the"
            rf" |our |my )?(?:[a-z-]+ )?{COURSE_NOUN} (?:on|about|covering) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "reading list topics for a unit on X"
            r"^(?:(?:reading list|readings?|topics?|ideas?|content|material|points|key|main|"
            r"suggested|core) ){1,3}(?:for|in) (?:a|an|my|our|the|this|next) (?:[a-z-]+ )?"
            rf"{COURSE_NOUN} (?:on|about|covering) (?P<x>.+)$",
            r"what should a module on \g<x> cover",
        ),
        (  # "which perspectives on X should a course compare": those are the members asked for
            r"^(?:which|what) (?P<k>.+?) (?:should|must|could|would|can|do|does) (?:an? |the |our"
            rf" |my )?(?:[a-z-]+ )?{COURSE_NOUN} (?:compare|cover|include|discuss|teach|mention"
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
            rf"(?:{VERB}|(?:is|are) "
            rf"{PASSIVE} by) [a-z][^,;]*?)(?:,? (?:and )?not the (?:other way (?:round|around)|"
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
            rf"^does (?P<y>.+?) (?:is|are) (?:really |actually |directly |also )?{PASSIVE} by "
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
            rf"(?P<x>(?:the )?(?:main |key )?(?:{CAUSES_OF}|{EFFECTS}) (?:of|on|behind|from) "
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
            rf"^(?:what|which) (?!{DOC_LIST}\b)(?P<k>.+?) (?:do|does|did) (?:the )?(?:sources?|"
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
            rf"^(?P<a>.+?) (?:and|&) (?:its|their) {EFFECTS} (?:on|upon) (?P<b>.+)$",
            r"the effect of \g<a> on \g<b>",
        ),
        (  # a fragment: "sabbaticals - who" asks who uses them
            r"^(?P<x>[^-]+?) - who(?: (?:uses|gives|offers|has) (?:it|them|this|that))?$",
            r"who uses \g<x>",
        ),
        (  # "is there any company (in the sources) that pays X": which company pays X
            r"^(?:is there|are there|do you have|does the graph have|do the sources (?:name|"
            rf"mention)) (?:an? |any )?(?P<c>{COMPANY})(?: (?:in|from) (?:the )?(?:sources?|"
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
            rf"creating|driving|developing|maximi[sz]ing|{IMPROVE}) (?P<x>.+)$",
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
            lambda m: ABBREVIATION.sub(lambda w: ABBREVIATED[w[1]] + " ", m["all"]),
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
        (rf"^(what|which|who) else (?={VERB}\b)", r"\1 "),  # "what else drives X"
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
            # ("3 main factors" is a ranked request, read as such by RANKED)
            r"(?:\d+|two|three|four|five|six|ten|a few|some|a couple of) "
            rf"(?=(?:{EFFECTS}|{CAUSES_OF}) (?:of|on|from|behind) )",
            "what are the ",
        ),
        # Round fourteen, after its batch's one run:
        (  # a learner's "explain me the meaning of X": what X means
            r"^(?:explain|tell|say|give)(?: (?:to )?(?:me|us))? (?:the )?(?:meaning|sense) of ",
            "what is the meaning of ",
        ),
        (  # "which are the factors that makes X": what drives X
            rf"^(?:what|which) (?:are|is) (?:the )?(?:main |key )?(?:{CAUSES_OF}|things) "
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
            rf"(?P<x>.+?) (?:directly |immediately )?(?P<v>{BASE_VERB})$",
            r"what does \g<x> \g<v>",
        ),
        (  # "the direct effects of X": its effects, which are the direct ones
            rf"^(?P<pre>(?:what are |which are |list |give me |name )?(?:the )?)direct "
            rf"(?P<n>{EFFECTS}|{CAUSES_OF}) (?=of |on )",
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

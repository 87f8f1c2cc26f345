"""Intent patterns for questions on the corpus itself: documents that mention two concepts
(both, or one but not the other), how often a concept is mentioned, what one document covers,
the influences documents propose, and the most, least or never discussed concepts.

They stand before the general patterns of :mod:`imkg.qa.patterns`, so their words ("both",
"how many times", "propose") are not read as part of a concept's name.
"""

from __future__ import annotations

from imkg.qa.phrases import DISCUSSED, DOCS, TALK

# Which documents: "the course texts", "cases", "the corpus" (the kind is read from the words)
_IN_DOCS = rf"(?: (?:in|across|within) (?:the |our |any )?(?P<dkind>{DOCS}|corpus|course))?"
_WHICH_DOCS = rf"(?:which|what|do any|are there any|any)(?: of)?(?: the)? (?P<dkind>{DOCS})"
_MENTIONED = rf"(?:{DISCUSSED}|come up|comes up|show up|turn up|named)"
# What the documents say a concept does to another
_PROPOSE = (
    r"(?:propose|proposes|suggest|suggests|claim|claims|argue|argues|say|says|put forward|"
    r"puts forward|proposed|suggested|claimed|argued|said)"
)
# "do the cases", "has any case", "which texts": the documents asked about
_ANY_DOCS = (
    r"(?:(?:do|does|did|has|have) (?:any )?(?:of )?(?:the )?|(?:which|what|are there any|any)"
    r"(?: of)?(?: the)? )"
)
# Which end of a proposed influence is named: "drivers of X" (its causes), "effects of X"
_PROPOSED_CAUSES = (
    r"(?:any )?(?:other |further |more |additional |new |extra )?(?:drivers?|causes?|"
    r"determinants?|antecedents?|factors?|influences?|levers?)"
)
_PROPOSED_EFFECTS = (
    r"(?:any )?(?:other |further |more |additional |new |extra )?(?:effects?|consequences?|"
    r"outcomes?|results?|impacts?)"
)
_VERB = (
    r"(?:influences?|affects?|drives?|leads? to|raises?|improves?|shapes?|impacts?|boosts?|"
    r"increases?|has an? (?:effect|impact|influence) on)"
)
_CONCEPTS = r"(?:im |key |main )?(?:concepts?|ideas?|topics?|themes?|terms?)"
_COVER = (
    r"(?:cover|covers|discuss|discusses|mention|mentions|include|includes|deal with|"
    r"address|touch on|talk about|raise|feature|use)"
)

CORPUS_PATTERNS: list[tuple[str, str]] = [
    # documents that mention both concepts, or one but not the other
    (
        "mentions",
        rf"^{_WHICH_DOCS} (?:that )?{TALK} (?:both (?P<pair>.+)|(?P<pair2>.+ (?:as well as|"
        r"together with|along with|and also) .+))$",
    ),
    # documents that mention every concept of a list: "A, B, C and D" (all of them)
    (
        "mentions",
        rf"^{_WHICH_DOCS} (?:that )?{TALK} (?:all (?:of )?(?:the following:? )?)?"
        r"(?P<pair3>[^,]+(?:, ?[^,]+)+,? (?:and|&) [^,]+)$",
    ),
    (
        "mentions",
        rf"^{_WHICH_DOCS} (?:that )?{TALK} (?P<a>.+?) (?:but not|and not|but never|without "
        r"(?:mentioning |discussing |covering |naming )?|while not mentioning )(?P<b>.+)$",
    ),
    # how often a concept is mentioned
    (
        "mentions",
        rf"^how (?:many times|often) (?P<count>)(?:is|are|does|do) (?:the )?(?P<x>.+?) (?:get )?"
        rf"{_MENTIONED}{_IN_DOCS}$",
    ),
    (
        "mentions",
        rf"^how (?:many times|often) (?P<count>)(?:do|does) (?:the |our )?(?P<dkind>{DOCS}|"
        rf"corpus|course) {TALK} (?P<x>.+)$",
    ),
    ("mentions", rf"^how many (?P<count>)(?P<dkind>{DOCS}) {TALK} (?P<x>.+)$"),
    (
        "mentions",
        rf"^(?:in )?how many (?P<count>)(?P<dkind>{DOCS}) (?:does|do|is|are) (?P<x>.+?) "
        rf"(?:get )?(?:{_MENTIONED}|appear|appears)(?: in)?$",
    ),
    (
        "mentions",
        rf"^(?:the )?(?:number|count) of (?P<count>)(?:mentions|passages) (?:of|for) "
        rf"(?P<x>.+?){_IN_DOCS}$",
    ),
    # is X discussed (in the course notes), and where
    (
        "mentions",
        rf"^(?:is|are) (?P<x>.+?) {_MENTIONED}(?: (?:anywhere|at all))?{_IN_DOCS}"
        r"(?:,? (?:and )?where)?$",
    ),
    # passages, quotes, sentences from a kind of document
    (
        "mentions",
        r"^(?:give me |show me |find |find me |quote |i need )?(?:a |an |some |any )?"
        r"(?:quotes?|quotations?|passages?|excerpts?|extracts?|sentences?|lines?) "
        rf"(?:from (?:the |our )?(?P<dkind>{DOCS}|corpus|course) )?(?:on|about|mentioning|"
        r"discussing|that mentions?) (?P<x>.+)$",
    ),
    (
        "mentions",
        rf"^where (?:do|does|did) (?:the |our |my )?(?P<dkind>{DOCS}) {TALK} (?P<x>.+)$",
    ),
    # which case is set where
    ("mentions", rf"^which of the (?P<dk>{DOCS}) {TALK} (?P<x>.+)$"),
    # the concepts one document covers
    (
        "document_concepts",
        rf"^(?:which|what) {_CONCEPTS} (?:does|do|did) (?P<doc>.+?) {_COVER}$",
    ),
    (
        "document_concepts",
        rf"^(?:which|what) {_CONCEPTS} (?:come up|comes up|appear|are (?:covered|discussed|"
        r"mentioned|used|named)|are there|turn up) in (?P<doc>.+)$",
    ),
    ("document_concepts", rf"^what (?:does|do) (?P<doc>.+?) {_COVER}$"),
    (
        "document_concepts",
        rf"^(?:list|show me|give me|show)(?: all)? (?:the )?{_CONCEPTS} (?:in|of|from|covered "
        r"(?:by|in)|mentioned in) (?P<doc>.+)$",
    ),
    # the influences the documents propose
    (
        "proposals",
        rf"^{_WHICH_DOCS} {_PROPOSE} (?:that )?(?P<a>.+?) {_VERB} (?P<b>.+)$",
    ),
    (
        "proposals",
        rf"^(?P<check>)(?:do|does|did|has|have) (?:any )?(?:of )?(?:the )?(?P<dkind>{DOCS}) "
        rf"{_PROPOSE} "
        rf"(?:that )?(?P<a>.+?) {_VERB} (?P<b>.+)$",
    ),
    (
        "proposals",
        rf"^{_WHICH_DOCS} {_PROPOSE} (?:an? |the )?(?:causal )?(?:link|influence|effect|"
        r"relation|relationship|connection) (?:from|of) (?P<a>.+?) (?:to|on) (?P<b>.+)$",
    ),
    (
        "proposals",
        r"^(?:which|what) (?:influences|links|causal links|relations|relationships|effects) "
        r"(?:are|were) (?:proposed|suggested|claimed) (?:in|by) (?P<doc>.+)$",
    ),
    (
        "proposals",
        r"^(?:which|what) (?:influences|links|causal links|relations|relationships|effects) "
        rf"(?:does|do) (?P<doc>.+?) {_PROPOSE}$",
    ),
    # the influences proposed into or out of one concept: "do the cases suggest any other
    # drivers of X", "what influences on X do the course texts propose"
    (
        "proposals",
        rf"^{_ANY_DOCS}(?P<dkind>{DOCS}) {_PROPOSE} "
        rf"{_PROPOSED_CAUSES} (?:of|for|on|behind) (?P<effect>.+)$",
    ),
    (
        "proposals",
        rf"^{_ANY_DOCS}(?P<dkind>{DOCS}) {_PROPOSE} "
        rf"{_PROPOSED_EFFECTS} (?:of|from) (?P<cause>.+)$",
    ),
    (
        "proposals",
        rf"^(?:what|which) {_PROPOSED_CAUSES} (?:on|of|for|behind) (?P<effect>.+?) (?:do|does|"
        rf"did|have|has) (?:the |any |our )?(?P<dkind>{DOCS}) {_PROPOSE}$",
    ),
    (
        "proposals",
        rf"^(?:what|which) {_PROPOSED_EFFECTS} (?:of|from) (?P<cause>.+?) (?:do|does|did|have|"
        rf"has) (?:the |any |our )?(?P<dkind>{DOCS}) {_PROPOSE}$",
    ),
    # the concepts discussed most, least, never
    (
        "mention_counts",
        rf"^(?:which|what) {_CONCEPTS} (?:is|are|gets?) (?:{DISCUSSED}|talked about) "
        rf"(?:the )?(?P<rank>most|least)(?: often)?{_IN_DOCS}$",
    ),
    (
        "mention_counts",
        rf"^(?:which|what) {_CONCEPTS} (?:is|are) (?P<rank>most|least) (?:often |frequently )?"
        rf"(?:{DISCUSSED}|talked about){_IN_DOCS}$",
    ),
    (
        "mention_counts",
        rf"^(?:which|what) (?:is|are) (?:the )?(?P<rank>most|least) (?:often |frequently )?"
        rf"(?:discussed|mentioned|covered|talked about) {_CONCEPTS}{_IN_DOCS}$",
    ),
    (
        "mention_counts",
        rf"^(?:which|what) {_CONCEPTS} (?:is|are) (?P<rank>never) (?:{DISCUSSED}|talked about)"
        rf"(?: anywhere| at all)?{_IN_DOCS}$",
    ),
    (
        "mention_counts",
        rf"^(?:which|what) {_CONCEPTS} (?:do|does) (?:the |our )?(?:{DOCS}|corpus|course) "
        r"(?P<rank>never) (?:mention|discuss|cover|talk about)$",
    ),
]

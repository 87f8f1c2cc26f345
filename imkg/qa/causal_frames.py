"""Idioms for the causal model, rewritten to the questions they ask before the patterns read
them: levers and needles for causes ("what moves the needle on X"), routes and mechanisms for
paths ("through what does X reach Y"), counterfactuals ("if we skip X, what suffers"), the
sign of an influence ("is the effect of X on Y positive") and its source ("according to whom
does X drive Y").

They run after the other framing steps (:mod:`imkg.qa.frames`), on the normalised text, and
only when one of their cue words is in it: most questions pay for one set lookup, not 26
matches.
"""

from __future__ import annotations

import re

# Who or what acts in a counterfactual: "if we skip X", "if the firm neglects X"
_ACTOR = r"(?:we|you|they|i|managers?|the (?:firm|company|organi[sz]ation|business)|a firm)"
_STOP = (
    r"(?:skip|skips|drop|drops|cut|cuts|cut back on|neglect|neglects|ignore|ignores|stop|stops|"
    r"remove|removes|abandon|abandons|scrap|scraps|withdraw|withdraws|reduce|reduces|lose|"
    r"loses|underinvest in|stopped|dropped|cut out)"
)
_SUFFERS = (
    r"(?:what|which (?:concepts?|outcomes?|things?|factors?|areas?))(?: else)? (?:suffers?|"
    r"(?:would|will|could|might) (?:suffer|be (?:at risk|hurt|affected)|get worse|decline|"
    r"drop|go down)|(?:is|are) (?:at risk|hurt|affected)|gets? worse|declines?|drops?|"
    r"goes down|takes? a hit)"
)
_REMOVED = (
    r"(?:were|was|is|are|got|gets) (?:removed|taken away|cut|dropped|scrapped|lost|withdrawn|"
    r"neglected|skipped|reduced|abandoned)"
)
_CHANGES = (
    r"(?:drops?|dropped|falls?|fell|declines?|declined|slips?|slipped|rises?|rose|improves?|"
    r"improved|increases?|increased|decreases?|decreased|(?:goes|went) (?:up|down)|"
    r"(?:is|gets?|were|was) (?:cut|raised|reduced|improved|lowered|worse|better|low|high|poor))"
)
_CAUSE_VERB = r"(?:drives?|affects?|influences?|shapes?|raises?|improves?|feeds?|leads? to)"
_LINK = r"(?:link|effect|influence|impact|relationship|connection)"

CAUSAL_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # causes named by what one pulls or moves: "the levers for X", "moves the needle on X"
        (
            r"^(?:what|which) (?:are|is) (?:the )?(?:main |key |biggest |best |real )?"
            r"(?:levers?|knobs?|dials?) (?:for|on|of|behind) (?P<y>.+)$",
            r"what drives \g<y>",
        ),
        (
            r"^(?:what|which (?:concepts?|factors?|things?)) (?:moves?|shifts?|nudges?) the "
            r"(?:needle|dial) (?:on|for) (?P<y>.+)$",
            r"what drives \g<y>",
        ),
        (
            r"^(?:what|which (?:concepts?|factors?|things?)) (?:gives? rise to|brings? about|"
            r"underlies|underlie|underpins?) (?P<y>.+)$",
            r"what drives \g<y>",
        ),
        # a position in the chain: "X is downstream of what", "what is X downstream of"
        (
            r"^(?:(?P<y>.+?) (?:is|are|sits?|lies?) downstream (?:of|from) what"
            r"|what (?:is|are) (?P<y2>.+?) downstream (?:of|from))$",
            r"what drives \g<y>\g<y2>",
        ),
        (
            r"^(?:(?P<x>.+?) (?:is|are|sits?|lies?) upstream (?:of|from) what"
            r"|what (?:is|are) (?P<x2>.+?) upstream (?:of|from))$",
            r"what does \g<x>\g<x2> affect",
        ),
        # effects by what they open up: "what does X pave the way for"
        (
            r"^what (?:does|do|will|would|can|could) (?P<x>.+?) (?:pave the way for|open the "
            r"(?:door|way) to|set the stage for|lay the groundwork for|feed through to|"
            r"translate into|spill over into|carry over into|trickle down to)$",
            r"what does \g<x> lead to",
        ),
        # counterfactuals: "if we skip X, what suffers", "if X were removed, what is at risk":
        # everything downstream of X
        (
            rf"^if (?:{_ACTOR} (?:were to |was to |decided to )?{_STOP} (?:on )?(?P<x>.+?)"
            rf"|(?P<x2>.+?) {_REMOVED}),? {_SUFFERS}$",
            r"what does \g<x>\g<x2> influence directly or indirectly",
        ),
        # "what happens to Y if X drops", "what would happen to Y without X": the path X → Y
        (
            r"^what (?:happens|would happen|will happen|could happen) to (?:(?P<y>.+?) (?:if|"
            rf"when|once|as) (?P<x>.+?) {_CHANGES}|(?P<y2>.+?) without (?P<x2>.+))$",
            r"how does \g<x>\g<x2> affect \g<y>\g<y2>",
        ),
        # routes and mechanisms: "through what does X reach Y", "the mechanism linking X and Y"
        (
            r"^(?:through|via|by) what(?: route| path| means| channel| mechanism)? (?:does|do) "
            rf"(?P<x>.+?) (?:reach|get to|{_CAUSE_VERB}|end up affecting) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        (
            r"^(?:what is|what are|describe|explain|show me|give me) (?:the )?(?:mechanisms?|"
            r"routes?|pathways?|chains?|channels?|causal chains?|causal paths?|links?) "
            r"(?:linking|connecting|between|that links?|that connects?|joining|from) (?P<x>.+?) "
            r"(?:and|to|with) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        (
            r"^(?:what|which concepts?) (?:connects?|links?|joins?|bridges?) (?P<x>.+?) "
            r"(?:to|and|with) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        (
            r"^(?:trace|follow|walk me through|map|show|draw) (?:the )?(?:causal )?(?:chain|path|"
            r"route|links?|pathway) (?:from|between) (?P<x>.+?) (?:to|and) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        (
            r"^how (?:does|do) (?P<x>.+?) (?:eventually|finally|in the end|over time) "
            r"(?:reach|get to|feed into|affect|influence|shape) (?P<y>.+)$",
            r"how does \g<x> affect \g<y>",
        ),
        # the sign of a link: the model's influences all raise what they influence
        (
            rf"^(?:is|are) the {_LINK}s? of (?P<x>.+?) on (?P<y>.+?) (?:positive|beneficial|good|"
            r"favou?rable|helpful)$",
            r"does \g<x> raise \g<y>",
        ),
        (
            rf"^(?:is|are) the {_LINK}s? of (?P<x>.+?) on (?P<y>.+?) (?:negative|harmful|bad|"
            r"detrimental|damaging|adverse)$",
            r"does \g<x> lower \g<y>",
        ),
        # its strength, which the model does not record: the link is what it can say
        (
            rf"^how (?:strong|big|large|important|powerful) is the {_LINK} (?:between (?P<x>.+?) "
            r"and (?P<y>.+)|of (?P<x2>.+?) on (?P<y2>.+))$",
            r"how does \g<x>\g<x2> affect \g<y>\g<y2>",
        ),
        # who says so: "according to whom does X drive Y", "the citation for X affecting Y";
        # the link is answered and ASKS_SOURCE_IDIOM has its sources named
        (
            r"^according to (?:whom|who|which sources?|what sources?) (?:does|do) (?P<x>.+?) "
            rf"{_CAUSE_VERB[:-1]}|affect|drive|influence|shape|raise|improve|feed|lead to) "
            r"(?P<y>.+)$",
            r"does \g<x> affect \g<y>",
        ),
        (
            r"^(?:what|which) (?:is|are) the (?:citations?|references?|sources?) for (?P<x>.+?) "
            r"(?:affecting|driving|influencing|shaping|raising|improving|feeding|leading to) "
            r"(?P<y>.+)$",
            r"does \g<x> affect \g<y>",
        ),
        (
            r"^where (?:does|do) the (?:idea|claim|notion|view) that (?P<x>.+?) "
            rf"{_CAUSE_VERB} (?P<y>.+?) come from$",
            r"does \g<x> affect \g<y>",
        ),
        (
            r"^is the (?:link|influence|effect|claim) (?:from|of) (?P<x>.+?) (?:to|on) (?P<y>.+?)"
            r" (?:in|from) the (?:literature|research|sources?)(?: or (?:just |only )?"
            r"(?:in |from )?the (?:course texts?|course notes|slides|cases?))?$",
            r"does \g<x> affect \g<y>",
        ),
        # "only the direct drivers of X": the direct ones are what is answered
        (
            r"^(?:only|just) (?:the )?direct (?:drivers?|causes?|influences?|determinants?|"
            r"antecedents?|levers?) (?:of|on|for) (?P<y>.+)$",
            r"what drives \g<y> directly",
        ),
        (
            r"^(?:only|just) (?:the )?direct (?:effects?|consequences?|outcomes?|impacts?|"
            r"results?) of (?P<x>.+)$",
            r"what does \g<x> affect directly",
        ),
        # "everything that eventually affects X": every ancestor
        (
            r"^(?:everything|anything|all(?: the)? (?:things|concepts|factors)|whatever|every "
            r"(?:concept|factor)) (?:that|which) (?:ultimately |eventually |in the end )"
            rf"(?:{_CAUSE_VERB[3:-1]}|affect|influence|drive|shape) (?P<y>.+)$",
            r"what affects \g<y> directly or indirectly",
        ),
        # "list all the consequences of X": what are they
        (
            r"^(?:list|name|give me|show me|enumerate|tell me)(?: all)?(?: of)? the "
            r"(?P<k>(?:knock-on |downstream |wider )?(?:consequences|effects|outcomes|impacts|"
            r"results)) of (?P<x>.+)$",
            r"what are the \g<k> of \g<x>",
        ),
        # "near and far", "at any distance": directly or indirectly
        (
            r",? (?:near and far|far and near|at any distance|down the line)$",
            " directly or indirectly",
        ),
        # "X and Y alike": what both share
        (
            r"^(?P<head>.+? (?:influences?|affects?|drives?|shapes?|influence|affect|drive) )"
            r"(?P<pair>.+? and .+?) alike$",
            r"\g<head>both \g<pair>",
        ),
    )
)

# A question on how strong a link is: the model records the link, not its strength
ASKS_STRENGTH = re.compile(
    rf"^how (?:strong|big|large|important|powerful) is the {_LINK} (?:between|of) "
)
NO_STRENGTH = "The model records that the influence exists, not how strong it is."

# The idioms above that ask who states a link: the answer names the claims' sources.
ASKS_SOURCE_IDIOM = re.compile(
    r"^(?:according to (?:whom|who|which sources?|what sources?) (?:does|do) |(?:what|which) "
    r"(?:is|are) the (?:citations?|references?|sources?) for |where (?:does|do) the (?:idea|"
    r"claim|notion|view) that |is the (?:link|influence|effect|claim) (?:from|of) .+ (?:in|from)"
    r" the (?:literature|research|sources?)\b)"
)

# A word one of the idioms needs: without any, no idiom can match (a set lookup, since a
# search for the same words as one expression cost 8 µs a question)
_CUE_WORDS = """downstream upstream lever levers knob knobs dial dials needle rise about underlies
    underlie underpin underpins pave open stage groundwork through translate into spill carry
    trickle if happen happens via by mechanism mechanisms route routes pathway pathways chain
    chains channel channels connect connects link links join joins bridge bridges eventually
    finally end time positive beneficial favourable favorable helpful good negative harmful
    bad detrimental damaging adverse strong big large important powerful according citation
    citations reference references source sources idea claim notion view literature research
    only just ultimately list name give show enumerate tell far distance line alike"""
_CUES = frozenset(_CUE_WORDS.split())
_ANCHORED = tuple(pattern.pattern.startswith("^") for pattern, _ in CAUSAL_FRAMES)


def rewrite_causal_idioms(text: str) -> str:
    """Rewrite the causal idioms in a normalised question to the questions they ask.

    >>> rewrite_causal_idioms("what moves the needle on staff retention")
    'what drives staff retention'
    >>> rewrite_causal_idioms("through what does empowerment reach staff retention")
    'how does empowerment affect staff retention'
    """
    if _CUES.isdisjoint(text.replace(",", " ").split()):
        return text
    for (pattern, replacement), anchored in zip(CAUSAL_FRAMES, _ANCHORED, strict=True):
        if not anchored:
            text = pattern.sub(replacement, text, count=1)
        elif found := pattern.match(text):
            text = found.expand(replacement) + text[found.end() :]
    return text

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

from imkg.qa.courtesy import DIRECTLY, INDIRECT
from imkg.qa.frames import COURSE_NOUN
from imkg.qa.normalise import CLAUSE, MOST, RANKED, STARTS, normalise
from imkg.qa.patterns import COMPILED
from imkg.qa.phrases import BASE_VERB, PASSIVE, TOPICS
from imkg.qa.situations import ADVICE, situation_topic


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
    parts = [_JOINER.sub("", p.strip()) for p in CLAUSE.split(text) if p and p.strip()]
    found, topic, claim, situation = [], None, None, None
    bound: set[str] = set()
    for part in parts:
        if topic and (ask := _COURSE_ASK.match(part)) and not _MORE_TOPICS.match(part):
            found.append(f"what are the {ask['k']} of {topic}")
            bound.add(part)
        elif situation and ADVICE.match(part):  # "my staff are demotivated, what should I do"
            found.append(f"what drives {situation}")
        elif situation and STARTS.match(part) and _SITUATION_PRONOUN.search(part):
            found.append(_SITUATION_PRONOUN.sub(situation, part, count=1))
        elif not STARTS.match(part) and (told := situation_topic(part)):
            topic = situation = told
        elif named := _NAMED.match(part):  # "is it internal customer" names the topic
            topic = named["topic"].strip()
        elif claim and _CHECK.match(part):  # "they say X leads to Y. does it really"
            found.append(f"is it true that {claim}")
        elif topic and _MORE_TOPICS.match(part):  # "what related concepts should we add"
            found.append(f"what should a module on {topic} cover")
        elif topic and STARTS.match(part) and _PRONOUN.search(part):
            found.append(_PRONOUN.sub(topic, part, count=1))
        elif topic and STARTS.match(part) and _ITS.search(part):  # "its stages"
            found.append(_ITS.sub(rf"the \1 of {topic}", part, count=1))
        elif topic and _LEADING_PRONOUN.match(part):  # "X, it give effect to what"
            found.append(_LEADING_PRONOUN.sub(topic + " ", part, count=1))
        elif (named := _TOPIC.search(_WHEN.sub("", part))) and not STARTS.match(part):
            topic = _COURSE_ON.sub("", named["topic"].strip())
        elif topic is None and not STARTS.match(part) and len(part.split()) <= _BARE_TOPIC:
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
    rf"^(?:an? |the |my |our |this )?(?:[a-z-]+ )?{COURSE_NOUN}s? (?:on|about|covering|for) "
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
    rf"{TOPICS} (?:should|could|would|must|can|do|might) (?:we|i|you) (?:add|include|cover|"
    r"teach|bring in|put in|mention|also cover|also add)(?: too| as well| next)?$"
)


def clauses(text: str) -> list[str]:
    """Return the parts of ``text`` that start like a question, when there are several.

    >>> clauses("what is empowerment and what does it affect")
    ['what is empowerment', 'what does it affect']
    """
    parts = [_JOINER.sub("", p.strip()) for p in CLAUSE.split(text) if p and p.strip()]
    return [p for p in parts if p != text and STARTS.match(p)] if len(parts) > 1 else []


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
            rf"^(?:is|are) (?P<y>.+?) not {PASSIVE} by (?P<x>.+)$",
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
            rf"^(?:does|do|did|can|will|would) not (?P<x>.+?) (?P<v>{BASE_VERB}) (?P<y>.+)$",
            r"does \g<x> \g<v> \g<y>",
            "not",
        ),
        (
            rf"^(?:does|do|did|can|will|would) (?P<x>.+?) not (?P<v>{BASE_VERB}) (?P<y>.+)$",
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
    indirect = bool(INDIRECT.search(text))
    text = " ".join(DIRECTLY.sub(" ", INDIRECT.sub(" ", text)).split())
    text = re.sub(r"\b(?:both|either) (?=\w)", "", text) if indirect else text
    ranked = bool(RANKED.search(text) or MOST.search(text))
    text = " ".join(RANKED.sub("", text).split())
    for intent, pattern in COMPILED[: None if whole else -1]:  # a clause is no bare name
        match = pattern.match(text)
        if match:
            slots = {k: v.strip() for k, v in match.groupdict().items() if v is not None}
            if negated and intent != "path":
                continue  # a negated question is only ever a yes or no about a link
            yield Parse(intent, slots, indirect, ranked, pattern.pattern, text, negated)

"""Concepts a syllabus names with a verb: learning outcomes, competency matrices and agendas
say what students or staff will do ("motivate front-line staff", "train new and existing
staff", "engage support staff", "coordinates with the warehouse and online teams", "recognise
and reward good service", "energise, authorise"), where outlines name the topic ("staff
motivation", "recognition and reward", "energising").

The object is a word for staff ("the team", "colleagues", "the workforce" are read as staff)
or for parts of the organisation ("teams", "departments"). Its verb is found by reading back
from it, at most eight words within the clause: a word in a verb's place (opening a clause, a
list item or a table cell, after a code such as "LO3", after "to", "can", "not" ... or an
adverb) or with a verb's ending ("communicates", "trained"); the first one that is not a
participle ends the search, so "marketing managers brief the sales staff" reads no
"marketing". The verb's nouns are joined to the object ("staff motivation", "employee
engagement", "coordination between departments", with the verb's preposition kept: "marketing
to employees", "not listening to staff") and the rebuilt phrase is tagged. It counts only when
the whole rebuilt phrase is a concept's label (or a form the tagger knows of one), so a verb
with no such noun, or an object that is no concept with it, adds nothing; verbs too light to
name a topic ("manage", "lead", "work") are not read. Two coordinated verbs are rebuilt as two
coordinated nouns ("recognition and reward"). A verb that stands alone for a one-word label
("energise" for energising) is a weak reading: it counts only where a concept linked to it in
the graph is covered (``imkg.coverage``). All rebuilt phrases of a text are tagged in one
call, with the syllabus's own mentions after them as context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from imkg.syllabus_cues import ITEM_MARK
from imkg.syllabus_mentions import Reading, TaggedSpans

# Words for the people a manager acts on, read as staff (``PEOPLE``: a pattern other readings
# build on); words for parts of the organisation, read as departments and functions. "teams" is
# both.
# "Collaborators" and "the personal" are what staff are called in several other languages, and
# a syllabus written in a second language keeps them.
PEOPLE = (
    r"staff|employees?|workers?|workforce|colleagues?|team|teams|personnel|crews?|"
    r"team\s+members?|members\s+of\s+staff|(?:new\s+)?(?:starters|hires|recruits)|agents|"
    r"co-?workers|collaborators|(?<=the\s)personal(?=\s*(?:[.,;:()\n]|$)|\s+(?:and|or|of|in|"
    r"about|on|at|for|to|with|who|that|is|are|was|were|will|has|have|can|must|should)\b)"
)
# A word for staff anywhere (other readings ask whether a sentence is about staff).
PEOPLE_WORDS = re.compile(rf"\b(?:{PEOPLE})\b", re.IGNORECASE)
_UNITS = r"teams|departments|functions|units|divisions|silos"
_UNIT_WORDS = re.compile(_UNITS, re.IGNORECASE)
_OBJECT = re.compile(rf"\b(?:(?P<people>{PEOPLE})|(?P<units>{_UNITS}))(?:['\u2019]s?)?\b", re.I)
# A verb's place: the start of a clause, list item or table cell (after a code such as "LO3"),
# or after a word that asks for a verb.
_VERB_PLACE = re.compile(
    r"(?:\A|[\n.;:!?|(\]\u2022\u2013\u2014*]|\s-|\b[A-Z]{1,4}\d{1,2}[.:)]?"
    r"|\b(?:to|can|could|will|shall|should|must|not|never|and|or|then|how|who|we|you|they)\b)"
    r"[\s*_\"'\u201c]*(?=[A-Za-z])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][a-z]{2,}(?:-[a-z]+)?")
_BETWEEN = re.compile(r"^[\s\w'\u2019,-]*$")  # what may stand between a verb and its object
_COORDINATED = re.compile(r"\b([A-Za-z][a-z]{3,})\s+(?:and|&)\s+([a-z]{4,})\b")
# The staff as a passive's agent are no object: "training is offered by library staff".
_AGENT = re.compile(r"\bby\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)
_REACH_WORDS = 8  # words a verb may stand before its object ("with the warehouse, online and")
_PREPOSITION = re.compile(r"\b(to|with|for|among|between|across)\b", re.IGNORECASE)
# Verbs too light to name a topic: "managing service teams" is no lesson on staff management.
_LIGHT_VERBS = frozenset(
    {"manage", "manages", "managed", "managing", "lead", "leads", "led", "leading", "run",
     "runs", "running", "help", "helps", "helping", "make", "makes", "making", "take",
     "takes", "taking", "get", "gets", "getting", "give", "gives", "giving", "have", "has",
     "having", "use", "uses", "using", "work", "works", "working", "let", "lets", "letting"}
)  # fmt: skip
# Words between a verb and its object that are no verbs, though they may follow "to" or "and".
_FUNCTION_WORDS = frozenset(
    {"the", "its", "their", "our", "your", "his", "her", "this", "that", "these", "those",
     "each", "every", "all", "some", "any", "other", "others", "own", "itself", "themselves",
     "new", "more", "most", "both", "and", "with", "for", "among", "between", "across"}
)  # fmt: skip
_ADVERB = re.compile(r"\b[a-z]{3,}ly\s+(?=[A-Za-z])")  # "actually motivate"
_LIGHT_NOUNS = frozenset({"management", "leadership"})
_NEGATION = re.compile(r"\b(?:not|never|n't|fail(?:s|ed)?\s+to)\s+$", re.IGNORECASE)
# One of a list of verbs: "Energise, decode, authorise, spread".
_LISTED = re.compile(r"[a-z],\s*(?=[A-Za-z])", re.IGNORECASE)
# A word before a number names a thing ("train 2nd class", "Quiz 3"), not a verb standing alone.
_BEFORE_NUMBER = re.compile(r"[ \t]+\d")
_SENTENCE_REACH = 300
# A sentence ends at a full stop, a blank line or a line that opens an item of its own ("Slide
# 4 - ", "3.1 "): a slide outline has no full stops, and is not one sentence.
_SENTENCE_BREAK = re.compile(rf"[.!?](?=\s)|\n\s*\n|\n(?=[ \t]*{ITEM_MARK}\s)")
# Staff right after two coordinated verbs, past a determiner and one adjective.
_OBJECT_AFTER = re.compile(
    rf"\s+(?:(?:the|their|its|our|your|new|all)\s+)?(?:[a-z]+\s+)?(?:{PEOPLE})\b", re.I
)
MAX_PHRASES = 4000  # rebuilt phrases tagged per text, so a huge upload stays cheap
MAX_PLACES = 20  # places read per phrase: one that teaches is enough
MAX_OBJECTS = 3000  # words for staff or departments looked at per text
_SEPARATOR = ".\n\n"


class Read(Reading):
    """A concept a verb names (with its object), at the verb's offsets."""


# Everyday verbs for the ones the labels are built on: "coaching agents" is training them.
_SYNONYMS = {"coach": "train", "educate": "train", "hire": "recruit", "inspire": "motivate"}
# Light alone ("keep staff informed"), so read only beside another verb that names a topic:
# "recruiting and keeping staff" is recruitment and retention.
_PAIR_SYNONYMS = {"keep": "retain"}


@lru_cache(maxsize=4096)
def nouns_of(verb: str) -> frozenset[str]:
    """The ``-ing`` form and the nouns a verb may stand for, by regular English endings
    (``motivates`` → ``motivating``, ``motivation``; ``retain`` → ``retention``; ``recognise``
    → ``recognition``; ``engage`` → ``engagement``; ``training`` keeps itself). Most are no
    words; tagging sorts them."""
    word = verb.lower()
    bases = {word}
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    elif word.endswith("es"):
        bases |= {word[:-2], word[:-1]}
    elif word.endswith("s") and not word.endswith("ss"):
        bases.add(word[:-1])
    if word.endswith("ed"):
        bases |= {word[:-2], word[:-1]}
    if word.endswith("ing"):
        bases |= {word[:-3], word[:-3] + "e"}
    bases |= {_SYNONYMS[base] for base in bases if base in _SYNONYMS}
    found: set[str] = set()
    for base in (b for b in bases if len(b) >= 3):
        stem = base[:-1] if base.endswith("e") else base
        found |= {stem + "ing", base + "ment", stem + "ation"}
        if base.endswith(("ate", "ute", "ct", "te")):
            found.add(stem + "ion")
        if base.endswith(("ise", "ize")):
            found.add(base[:-3] + "ition")
        if base.endswith("ain"):
            found.add(base[:-3] + "ention")
        if base.endswith("y"):
            found |= {base[:-1] + "action", base[:-1] + "ication"}
    return frozenset(found if word.endswith("ing") else found - {word})


def verb_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts named by verbs (with their objects) in ``text``.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (``start``, ``end``, ``text``); a word inside one is
            no verb of its own.
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    mentions = list(mentions)
    tagged_spans = TaggedSpans(mentions)

    def free(at: int) -> bool:
        return not tagged_spans.holds(at)

    # Where a word stands in a verb's place, after an adverb, or in a list: found in one
    # pass each, not by searching back from every word.
    places = {m.end() for m in _VERB_PLACE.finditer(text)}
    after_adverb = {m.end() for m in _ADVERB.finditer(text)}
    listed = {m.end() for m in _LISTED.finditer(text)}

    def verb_like(start: int, word: str) -> bool:
        """In a verb's place, after an adverb, or with a verb's ending ("communicates")."""
        return (
            start in places
            or start in after_adverb
            or (len(word) > 4 and re.search(r"[^s]s$|ed$|ing$", word.lower()) is not None)
        )

    wanted: dict[str, list[tuple[int, int, bool]]] = {}  # phrase -> verb spans it reads

    def want(phrase: str, start: int, end: int, weak: bool = False) -> None:
        places = wanted.get(phrase)
        if places is None and len(wanted) < MAX_PHRASES:
            wanted[phrase] = [(start, end, weak)]
        elif places is not None and len(places) < MAX_PLACES:
            places.append((start, end, weak))

    for count, obj in enumerate(_OBJECT.finditer(text)):
        if count >= MAX_OBJECTS:
            break
        before = text[max(0, obj.start() - 160) : obj.start()]
        if _AGENT.search(before):
            continue
        offset = obj.start() - len(before)
        # From the object back to its verb: the first word that looks like a verb ends the
        # search ("marketing managers brief the sales staff" reads no "marketing"), unless it
        # is a participle, which may be the object's adjective ("train new and existing staff").
        for word in reversed(list(_WORD.finditer(before))[-_REACH_WORDS:]):
            start, end = offset + word.start(), offset + word.end()
            between = before[word.end() :]
            if not _BETWEEN.match(between):
                break
            if word.group().lower() in _FUNCTION_WORDS or not (
                free(start) and verb_like(start, word.group())
            ):
                continue
            for phrase in _rebuilt(word.group(), between, obj, _negated(text, start)):
                want(phrase, start, end)
            if not re.search(r"(?:ing|ed)$", word.group().lower()):
                break
    for pair in _COORDINATED.finditer(text):
        first, second = pair.span(1), pair.span(2)
        if not (free(first[0]) and free(second[0])):
            continue
        if first[0] not in places:
            continue
        for one in _pair_nouns(pair.group(1)):
            for two in _pair_nouns(pair.group(2)):
                if one != pair.group(1).lower() or two != pair.group(2).lower():
                    want(f"{one} and {two}", first[0], second[1])
                    if _OBJECT_AFTER.match(text, second[1]):  # "recruiting and keeping staff"
                        want(f"{one} and {two} of staff", first[0], second[1])
    seen: dict[str, int] = {}
    for word in _WORD.finditer(text):
        lower, start = word.group().lower(), word.start()
        if len(lower) < 5 or lower in _FUNCTION_WORDS or seen.get(lower, 0) >= MAX_PLACES:
            continue
        if (start in places or start in listed) and free(start):
            if _BEFORE_NUMBER.match(text, word.end()):  # "train 2nd class", "Review 3"
                continue
            seen[lower] = seen.get(lower, 0) + 1
            for noun in nouns_of(word.group()):
                if noun.endswith("ing"):
                    want(noun, start, word.end(), weak=True)
    if not wanted:
        return []
    return read_phrases(text, wanted, mentions, tag)


def _pair_nouns(verb: str) -> frozenset[str]:
    """A coordinated verb's nouns, with those of the verb it stands for ("keeping")."""
    word = verb.lower()
    synonyms = {
        other for light, other in _PAIR_SYNONYMS.items() if word.startswith(light) and
        re.fullmatch(rf"{light}(?:s|ing|)", word)
    }  # fmt: skip
    found = set(nouns_of(verb)) | {word}
    for other in synonyms:
        found |= nouns_of(other)
    return frozenset(found)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - 20) : start]))


def _rebuilt(verb: str, between: str, obj: re.Match[str], negated: bool) -> list[str]:
    """The phrases a verb and its object may stand for: its nouns after the words for staff
    ("staff motivation", "employee engagement"), between departments ("coordination between
    departments"), and, where a preposition comes before the object, the verb's form with it
    ("marketing to employees", "not listening to staff"). Never the ``-ing`` form before
    staff: "marketing staff" and "training staff" read as the staff of a department."""
    if verb.lower() in _LIGHT_VERBS or nouns_of(verb) & _LIGHT_NOUNS:
        return []
    people = obj.group("people") is not None
    units = _UNIT_WORDS.fullmatch(re.sub(r"['\u2019]s?$", "", obj.group()))
    phrases = []
    prep = _PREPOSITION.search(between)
    for noun in nouns_of(verb):
        if units:
            phrases += [f"{noun} between departments", f"{noun} between functions"]
        if not people:
            continue
        phrases += [f"staff {noun}", f"employee {noun}"]
        if prep:
            for who in ("staff", "employees"):
                kept = f"{noun} {prep.group(1).lower()} {who}"
                phrases += [kept, f"not {kept}"] if negated else [kept]
    return phrases


def read_phrases(
    text: str,
    wanted: dict[str, list[tuple[int, int, bool]]],
    mentions: list[Any],
    tag: Callable[[str], Sequence[Any]],
) -> list[Read]:
    """Tag every rebuilt phrase in one call and return the readings of those tagged whole.

    The syllabus's own mentions go last, so a concept that the tagger counts only where its
    context is named (a cycle stage) sees the same context as in the syllabus.
    """
    phrases = list(wanted)
    context = sorted({m.text for m in mentions})
    batch = _SEPARATOR.join(phrases + context)
    at: dict[int, str] = {}
    offset = 0
    for phrase in phrases:
        at[offset] = phrase
        offset += len(phrase) + len(_SEPARATOR)
    found: list[Read] = []
    seen: set[tuple[int, str]] = set()
    for hit in tag(batch):
        phrase = at.get(hit.start)
        if phrase is None or hit.end != hit.start + len(phrase):
            continue
        for start, end, weak in wanted[phrase]:
            if (start, hit.concept) in seen:
                continue
            seen.add((start, hit.concept))
            s_start, s_end = sentence_of(text, start, end)
            found.append(Read(start, end, text[start:end], hit.concept, s_start, s_end, weak))
    return found


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from the last full stop or blank line before
    it to the next, at most a few hundred characters either side."""
    low = max(0, start - _SENTENCE_REACH)
    before = list(_SENTENCE_BREAK.finditer(text[low:start]))
    s_start = low + before[-1].end() if before else low
    after = re.search(
        rf"[.!?](?=\s|$)|{_SENTENCE_BREAK.pattern}", text[end : end + _SENTENCE_REACH]
    )
    s_end = end + after.end() if after else min(len(text), end + _SENTENCE_REACH)
    return s_start, s_end

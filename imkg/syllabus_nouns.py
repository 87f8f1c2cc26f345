"""Topics a syllabus names by a bare noun whose party is the staff: "Empowerment and
accountability", "our engagement survey", "Motivation, morale and tips".

The ontology labels such topics with the party in front ("employee accountability", "staff
engagement", "staff morale"), and an outline drops it because the whole course is about staff.
Here a noun that stands on its own (after a boundary, a coordinator or a function word, not
after another noun that would make it a compound such as "customer engagement") is joined to
the words for staff and tagged again; it counts only when the rebuilt phrase is tagged whole,
and only in a sentence that names staff or where the tagger found another concept, so
"engagement with the readings" in a note on study habits adds nothing. "Training" is read so
only where the sentence names the staff and no preposition says what it trains in ("Training
is not a one-off for the staff", not "training in referencing"). A word that a PDF export broke
across a line ("empower-\nment") is joined and tagged again (``broken_word_mentions``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_mentions import TaggedSpans
from imkg.syllabus_verbs import PEOPLE_WORDS, Read, read_phrases, sentence_of

_NOUN = re.compile(r"\b[A-Za-z][a-z]{4,}\b")
# What may stand before a bare noun: a boundary, a coordinator, a determiner, "of", "on" or
# "about"; not a preposition a verb asks for ("Hiring for attitude").
_BEFORE = re.compile(
    r"(?:\A|[\n.,;:!?|(\u2022\u2013\u2014*/\"'\u201c]|\s-|\d|\b(?:and|or|&|the|a|an|of|on|"
    r"about|its|their|our|your|his|her|my|this|that|these|those|"
    r"good|poor|low|high|more|less|better|real|genuine)\b)[\s*_]*$",
    re.IGNORECASE,
)
# After the noun: a word that makes it something else ("communication skills", "engagement
# with the readings", "satisfaction of customers").
_AFTER = re.compile(r"^(?:-|[\s*_]*(?:skills?|with|of)\b)", re.IGNORECASE)
# A line wrap inside running text is no boundary: "before it\nmarkets them" reads "it markets".
_WRAP = re.compile(r"(?<![\n.,;:!?|])\n(?![ \t]*(?:\n|[-*|\u2022]|\d{1,2}[.)]))[ \t]*")
# Nouns too general to stand for a staff topic on their own ("development of the module").
_GENERIC = frozenset(
    {"development", "management", "performance", "service", "services", "quality", "policy",
     "policies", "support", "relations", "relationships", "behaviour", "behavior", "needs",
     "members", "member", "marketing", "customer", "customers", "business",
     "change", "changes", "value", "values", "process", "processes", "theory", "practice",
     "market", "markets"}
)  # fmt: skip
# Read as a staff topic only where the sentence names the staff, and not before a preposition
# that says what kind it is ("training in referencing").
_NEEDS_STAFF = frozenset({"training"})
_KIND_AFTER = re.compile(r"^[\s*_]*(?:in|on|for|by|at)\b", re.IGNORECASE)
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,})-\n[ \t]*([a-z]{2,})\b")
_REACH = 40  # characters looked at before a noun for what stands there
MAX_PHRASES = 2000  # rebuilt phrases tagged per text, so a huge upload stays cheap
MAX_PLACES = 20


def bare_noun_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the staff topics named by bare nouns in ``text``.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (``start``, ``end``, ``text``, sentence offsets); a
            word inside one is no bare noun, and their sentences count as naming a concept.
        tag: Tags a text; returns mentions with ``start``, ``end`` and ``concept``.
    """
    mentions = list(mentions)
    tagged_spans = TaggedSpans(mentions)

    wanted: dict[str, list[tuple[int, int, bool]]] = {}
    for noun in _NOUN.finditer(text):
        lower, start, end = noun.group().lower(), noun.start(), noun.end()
        if lower in _GENERIC or tagged_spans.overlaps(start, end):
            continue
        if text[start - 1 : start] == "-" or not _BEFORE.search(
            _WRAP.sub(" ", text[max(0, start - _REACH) : start])
        ):
            continue
        if _AFTER.match(text[end : end + 20]):
            continue
        s_start, s_end = sentence_of(text, start, end)
        if lower in _NEEDS_STAFF and (
            _KIND_AFTER.match(text[end : end + 20]) or not PEOPLE_WORDS.search(text, s_start, s_end)
        ):
            continue
        if not _names_staff_or_concept(text, s_start, s_end, tagged_spans, (start, end)):
            continue
        for phrase in (f"staff {lower}", f"employee {lower}"):
            places = wanted.get(phrase)
            if places is None and len(wanted) < MAX_PHRASES:
                wanted[phrase] = [(start, end, False)]
            elif places is not None and len(places) < MAX_PLACES:
                places.append((start, end, False))
    if not wanted:
        return []
    return read_phrases(text, wanted, mentions, tag)


def _names_staff_or_concept(
    text: str,
    s_start: int,
    s_end: int,
    tagged_spans: TaggedSpans,
    own: tuple[int, int],
) -> bool:
    """Whether the sentence names staff or holds a tagged concept other than at ``own``."""
    if PEOPLE_WORDS.search(text, s_start, s_end):
        return True
    return tagged_spans.any_in(s_start, s_end, besides=own)


def broken_word_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Read]:
    """Return the concepts named by words broken across a line with a hyphen ("empower-\nment"),
    as text exported from PDF has them. The joined word is tagged alone, after the word before
    it and before up to three words after it ("staff turn-\nover"); only a whole tag counts."""
    wanted: dict[str, list[tuple[int, int, bool]]] = {}
    for broken in _BROKEN_WORD.finditer(text):
        joined = (broken.group(1) + broken.group(2)).lower()
        before = re.search(
            r"([A-Za-z-]+)[ \t]+$", text[max(0, broken.start() - 30) : broken.start()]
        )
        after = re.findall(r"[A-Za-z-]+", text[broken.end() : broken.end() + 40])[:3]
        phrases = [joined] + ([f"{before.group(1).lower()} {joined}"] if before else [])
        phrases += [" ".join([joined, *after[:n]]).lower() for n in range(1, len(after) + 1)]
        for phrase in phrases:
            places = wanted.setdefault(phrase, []) if len(wanted) < MAX_PHRASES else None
            if places is not None and len(places) < MAX_PLACES:
                places.append((broken.start(), broken.end(), False))
    return read_phrases(text, wanted, list(mentions), tag) if wanted else []

"""Chains through a middle word that names no concept: ``Training builds confidence, and
confident agents give better service`` states training → service quality, through
``confidence``. The first clause's object and the second clause's subject (or a word
before it) share a stem; a second clause whose subject is a person's name (``impressed
Tomasz, and Tomasz raised B``) links nothing to the first clause's concept."""

from __future__ import annotations

from dataclasses import replace

from imkg.ingest.cue_reading import Cue, find_cue
from imkg.ingest.cue_words import CHAIN_PENALTY
from imkg.ingest.token_view import TokenView

# What joins the two clauses: a comma and ``and`` or ``so`` (``..., and confident staff``).
JOINERS = frozenset({"and", "so"})
# A stem is shared when the words agree on this many letters at least (``confiden-ce``,
# ``autonom-y``/``autonom-ous``, ``competen-ce``/``competen-t``): shorter agreements join
# unrelated words (``sta-ff``, ``sta-y``).
STEM_LETTERS = 5
# Capitalised words that open a subject and name no person.
OPENERS = frozenset(
    {"That", "This", "These", "Those", "The", "Such", "Less", "More", "Lower", "Higher",
     "Better", "A", "An", "Their", "Its", "It", "They", "We", "I"}
)  # fmt: skip


def _joint(gap: list[str], after: int) -> int | None:
    """Where the second clause starts (past ``, and``/``, so``), from ``after`` on."""
    for j in range(after, len(gap) - 1):
        if gap[j] == "," and gap[j + 1] in JOINERS:
            return j + 2
    return None


def _shares_stem(word: str, other: str) -> bool:
    if not (word.isalpha() and other.isalpha()) or min(len(word), len(other)) < STEM_LETTERS:
        return False
    return word[:STEM_LETTERS].lower() == other[:STEM_LETTERS].lower()


def _clauses(gap: list[str], lemmas: list[str], cue: Cue) -> tuple[int, int, Cue] | None:
    """``(object start, second clause start, second cue)``: where the first clause's object
    may begin and the second clause's cue, with ``cue`` in either clause."""
    joint = _joint(gap, 0)
    if joint is None:
        return None
    if cue.at >= joint:
        return 0, joint, cue
    second = find_cue(gap[joint:], lemmas[joint:])
    if second is None:
        return None
    return cue.at + len(cue.text.split()), joint, replace(second, at=second.at + joint)


def through_middle(gap: list[str], lemmas: list[str], cue: Cue) -> Cue | None:
    """The chain cue of ``A builds X, and X-ish people raise B`` (forward only), a little
    less sure than the second link; ``None`` where the gap states no such chain."""
    found = _clauses(gap, lemmas, cue)
    if found is None:
        return None
    start, joint, second = found
    if cue.direction != 1 or second.direction != 1 or second.at <= joint:
        return None
    subject, objects = gap[joint : second.at], gap[start : joint - 2]
    if not any(_shares_stem(word, other) for word in subject for other in objects):
        return None
    confidence = round(min(cue.confidence, second.confidence) - CHAIN_PENALTY, 2)
    return Cue("chain", 1, confidence, cue.at)


def person_subject(
    view: TokenView, start: int, gap: list[str], lemmas: list[str], cue: Cue
) -> bool:
    """Whether a second clause with a cue has a name for its subject (``..., and Tomasz
    raised B``, ``..., and Mrs Adeyemi has since lifted B``): the claim is the person's,
    and the first clause's concept is no cause of it, directly or through the name.
    ``gap`` holds the lower-cased words from token ``start`` on."""
    found = _clauses(gap, lemmas, cue)
    if found is None:
        return False
    word = view.strings[int(view.orths[start + found[1]])]
    return word[:1].isupper() and word.isalpha() and word not in OPENERS

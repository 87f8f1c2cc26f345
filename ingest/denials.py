"""Words that cancel a cue: a negation between two mentions (``does not affect``; ``not
only`` is none, nor is the ``without`` of ``B suffers without A``, nor a ``not`` that only sets
an aside against the cause: ``A, not a memo, lifted B``), and a verb of saying under a negation
(``does not imply``, ``I'm not saying``): what follows it is denied, not claimed."""

from __future__ import annotations

from imkg.ingest.cue_words import (
    ADVERBS,
    DENIAL_REACH,
    NEGATIONS,
    NOT_NEGATING,
    SAYING_VERBS,
    WITHOUT,
    WITHOUT_VERBS,
)


def without_needs(lowers: list[str], lemmas: list[str]) -> list[str]:
    """The words without a ``without`` that names what a verb of need lacks (``B suffers
    badly without A``): there it is the cue's particle, not a negation."""
    if WITHOUT not in lowers:
        return lowers
    kept = []
    for j, word in enumerate(lowers):
        if word == WITHOUT:
            k = j - 1
            while k >= 0 and (lowers[k] in ADVERBS or lowers[k].endswith("ly")):
                k -= 1
            if k >= 0 and lemmas[k] in WITHOUT_VERBS:
                continue
        kept.append(word)
    return kept


def negated(lowers: list[str]) -> bool:
    """Whether a negation stands in the words (``not`` before ``only`` is none)."""
    return any(
        word in NEGATIONS
        and not (word == "not" and j + 1 < len(lowers) and lowers[j + 1] in NOT_NEGATING)
        for j, word in enumerate(lowers)
    )


def without_asides(lowers: list[str]) -> list[str]:
    """The words without a contrast set off by commas that opens with a negation: in
    ``A, not a memo, lifted B`` the ``not`` denies the memo, not the claim.

    >>> without_asides([",", "not", "from", "a", "memo", ",", "lifted"])
    ['lifted']
    """
    if "not" not in lowers:
        return lowers
    found: list[str] = []
    j = 0
    while j < len(lowers):
        if lowers[j] == "," and j + 1 < len(lowers) and lowers[j + 1] == "not":
            close = next((k for k in range(j + 2, len(lowers)) if lowers[k] == ","), -1)
            if close != -1:
                j = close + 1
                continue
        found.append(lowers[j])
        j += 1
    return found


def denied(lowers: list[str], lemmas: list[str]) -> bool:
    """Whether the words hold a verb of saying under a negation (``does not imply``, ``can't
    claim``, ``not saying``): what follows is denied, not claimed."""
    return any(
        lemma in SAYING_VERBS and negated(lowers[max(0, j - DENIAL_REACH) : j])
        for j, lemma in enumerate(lemmas)
    )

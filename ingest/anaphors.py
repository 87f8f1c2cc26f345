"""Definite noun phrases the relation step reads as a mention of a concept named earlier:
``In April we launched a recognition scheme ... The scheme has contributed to lower
turnover`` (the scheme is the recognition scheme), ``A customer service training course was
run in June. The programme appears to have improved service quality`` (the programme is the
training). Writers name a practice once and go on with ``the scheme``, ``the programme``,
``the change``; without this the claims they make through it are lost."""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

from imkg.ingest.candidate_filters import member, orth_hashes
from imkg.ingest.components import ORTH_COL, SPACE_COL, sentence_starts, token_arrays

# Nouns of effort that stand for a practice named before, by their singular.
ANAPHOR_NOUNS = {
    form: noun
    for noun in ("scheme", "programme", "program", "plan", "initiative", "change", "project",
                 "campaign", "pilot", "intervention", "approach", "reform")
    for form in (noun, noun + "s", noun.title(), noun.title() + "s")
}  # fmt: skip
# Not ``policy``: ``The policy supports A`` is the document speaking (a policy names itself).
_NOUN_HASHES = orth_hashes(tuple(ANAPHOR_NOUNS))
_NOUNS = sorted(set(ANAPHOR_NOUNS.values()))
_NOUN_OF_HASH = np.array(
    [_NOUNS.index(ANAPHOR_NOUNS[next(f for f in ANAPHOR_NOUNS if hash_string(f) == h)])
     for h in _NOUN_HASHES.tolist()],
    dtype=np.intp,
)  # fmt: skip
_DETERMINERS = orth_hashes(("the", "The", "this", "This", "these", "These", "our", "Our"))
# After these the noun heads a longer phrase (``the change in turnover``, ``the plan for
# Q3``, ``the programme of visits``): it names something of its own, not the practice.
_FOLLOWERS = orth_hashes(
    ("of", "in", "to", "for", "on", "from", "between", "among", "with", "at", "'s", "\u2019s",
     "-", "manager", "managers", "team", "lead", "leads", "budget")
)  # fmt: skip
_CONDITIONS = frozenset(hash_string(w) for w in ("If", "if", "Unless", "unless", "When", "when"))
_COMMA = hash_string(",")
# Tokens back an antecedent sharing the anaphor's noun may lie (``training programme`` in
# a report's first section, ``the programme`` two sections on).
HEAD_REACH = 400


def with_anaphors(doc: Doc, mentions: list[tuple], people: frozenset[str]) -> list[tuple]:
    """The mentions with the definite noun phrases that refer back to one added, as
    ``(start, end, "anaphor", concept)``. The antecedent is the closest mention before
    whose last word is the phrase's noun (``recognition scheme`` for ``the scheme``) or that
    the noun follows (``the IC plan`` for ``the plan``); a phrase that opens its sentence may
    also stand for the one concept the sentence before names (``... real empowerment. The
    change should improve B``). Python work only at the few nouns of effort after a
    determiner."""
    if not mentions:
        return mentions
    orths = token_arrays(doc)["tokens"][:, ORTH_COL]
    spots = np.flatnonzero(member(orths, _NOUN_HASHES))
    spots = spots[(spots > 0) & (spots < len(orths) - 1)]
    spots = spots[member(orths[spots - 1], _DETERMINERS)] if len(spots) else spots
    if not len(spots):
        return mentions
    firsts = np.fromiter((m[0] for m in mentions), dtype=np.intp, count=len(mentions))
    ends = np.fromiter((m[1] for m in mentions), dtype=np.intp, count=len(mentions))
    before = np.searchsorted(firsts, spots - 1, side="right")  # mentions before each phrase
    inside = (before > 0) & (ends[np.maximum(before - 1, 0)] > spots - 1)
    inside |= firsts[np.minimum(before, len(firsts) - 1)] == spots  # ``the change management``
    spots, before = spots[~inside], before[~inside]  # ``the training programme`` is one
    keep = ~member(orths[spots + 1], _FOLLOWERS)
    spots, before = spots[keep], before[keep]
    if not len(spots):
        return mentions
    bounds = sentence_starts(doc)
    openings = bounds[np.searchsorted(bounds, spots - 1, side="right") - 1]
    nouns = _noun_ids(orths[spots])
    heads = _noun_ids(orths[ends - 1])
    heads_after = _noun_ids(orths[np.minimum(ends, len(orths) - 1)])
    usable = np.fromiter((m[3] not in people for m in mentions), dtype=bool, count=len(mentions))
    added = []
    for at, k, opening, noun in zip(
        spots.tolist(), before.tolist(), openings.tolist(), nouns.tolist(), strict=True
    ):
        if _in_condition(orths, opening, at):
            continue
        near = (heads[:k] == noun) | (heads_after[:k] == noun)
        found = np.flatnonzero(near & usable[:k] & (ends[:k] >= at - HEAD_REACH))
        concept = mentions[int(found[-1])][3] if len(found) else None
        if concept is None and opening == at - 1:
            concept = _one_before(doc, bounds, mentions, firsts, at - 1, people)
        if concept is not None:
            added.append((at - 1, at + 1, "anaphor", concept))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=_start)


def _noun_ids(values: np.ndarray) -> np.ndarray:
    """The index of each value's noun of effort in ``_NOUNS`` (forms folded), or -1."""
    at = np.minimum(np.searchsorted(_NOUN_HASHES, values), len(_NOUN_HASHES) - 1)
    return np.where(_NOUN_HASHES[at] == values, _NOUN_OF_HASH[at], -1)


def _in_condition(orths: np.ndarray, opening: int, at: int) -> bool:
    """Whether the phrase lies in a sentence's opening condition (``If the scheme is seen as a
    PR exercise, it could damage B``): what follows is about the condition, not the practice."""
    if at >= 2 and int(orths[at - 2]) in _CONDITIONS:
        return True  # ``..., but if the scheme is seen as ...``
    return int(orths[opening]) in _CONDITIONS and _COMMA not in orths[opening:at].tolist()


def _start(mention: tuple) -> int:
    return mention[0]


def _one_before(doc, bounds, mentions, firsts, start, people) -> str | None:
    """The one concept (people aside) of the sentence right before the one opening at
    ``start``, in the same paragraph."""
    index = int(np.searchsorted(bounds, start, side="right")) - 1
    if index == 0:
        return None
    lo, hi = np.searchsorted(firsts, (bounds[index - 1], start)).tolist()
    concepts = {m[3] for m in mentions[lo:hi]} - people
    if len(concepts) != 1:
        return None
    tokens = token_arrays(doc)["tokens"]
    spaces = np.flatnonzero(tokens[int(bounds[index - 1]) : start, SPACE_COL])
    strings = doc.vocab.strings
    offset = int(bounds[index - 1])
    if any("\n\n" in strings[int(tokens[offset + s, ORTH_COL])] for s in spaces.tolist()):
        return None  # another paragraph's concept
    return next(iter(concepts))

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
_DETERMINERS = orth_hashes(("the", "The", "this", "This", "these", "These", "our", "Our"))
# After these the noun heads a longer phrase (``the change in turnover``, ``the plan for
# Q3``, ``the programme of visits``): it names something of its own, not the practice.
_FOLLOWERS = frozenset(
    hash_string(w)
    for w in ("of", "in", "to", "for", "on", "from", "between", "among", "with", "at", "'s",
              "\u2019s", "-", "manager", "managers", "team", "lead", "leads", "budget")
)  # fmt: skip
_CONDITIONS = frozenset(hash_string(w) for w in ("If", "if", "Unless", "unless", "When", "when"))
_COMMA = hash_string(",")
# Tokens back an antecedent sharing the anaphor's noun may lie (``training programme`` in
# a report's first section, ``the programme`` two sections on).
HEAD_REACH = 400


def with_anaphors(doc: Doc, mentions: list[tuple], people: frozenset[str]) -> list[tuple]:
    """The mentions with the definite noun phrases that refer back to one added, as
    ``(start, end, "anaphor", concept)``. The antecedent is the closest mention before
    whose last word is the phrase's noun (``recognition scheme`` for ``the scheme``); a
    phrase that opens its sentence may also stand for the one concept the sentence before
    names (``... real empowerment. The change should improve B``). Python work only at the
    few nouns of effort after a determiner."""
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
    bounds = sentence_starts(doc)
    strings = doc.vocab.strings
    added = []
    for at in spots.tolist():
        k = int(np.searchsorted(firsts, at - 1, side="right")) - 1  # the last mention before
        if k >= 0 and ends[k] > at - 1:
            continue  # inside a mention: ``the training programme`` is one already
        if int(orths[at + 1]) in _FOLLOWERS:
            continue
        opening = int(bounds[np.searchsorted(bounds, at - 1, side="right") - 1])
        if _in_condition(orths, opening, at):
            continue
        noun = ANAPHOR_NOUNS[strings[int(orths[at])]]
        concept = _by_noun(orths, strings, mentions, k, at, noun, people)
        if concept is None and opening == at - 1:
            concept = _one_before(doc, bounds, mentions, firsts, at - 1, people)
        if concept is not None:
            added.append((at - 1, at + 1, "anaphor", concept))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=_start)


def _in_condition(orths: np.ndarray, opening: int, at: int) -> bool:
    """Whether the phrase lies in a sentence's opening condition (``If the scheme is seen as a
    PR exercise, it could damage B``): what follows is about the condition, not the practice."""
    if at >= 2 and int(orths[at - 2]) in _CONDITIONS:
        return True  # ``..., but if the scheme is seen as ...``
    return int(orths[opening]) in _CONDITIONS and _COMMA not in orths[opening:at].tolist()


def _start(mention: tuple) -> int:
    return mention[0]


def _by_noun(orths, strings, mentions, k, at, noun, people) -> str | None:
    """The concept of the closest mention before ``at`` whose last word is ``noun``, or that
    ``noun`` follows (``the internal communication (IC) plan`` for ``the plan``)."""
    while k >= 0 and at - mentions[k][1] <= HEAD_REACH:
        end = mentions[k][1]
        heads = {ANAPHOR_NOUNS.get(strings[int(orths[end - 1])])}
        heads |= {ANAPHOR_NOUNS.get(strings[int(o)]) for o in orths[end : min(end + 1, at)]}
        if noun in heads and mentions[k][3] not in people and mentions[k][2] != "anaphor":
            return mentions[k][3]
        k -= 1
    return None


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

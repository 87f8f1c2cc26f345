"""Cues that lie outside the gap between two mentions: a nominal cue before the cause (``the
impact of A on B``), a condition or consequence around both, ``A makes B easier``, and chains
through words that name no concept."""

from __future__ import annotations

from imkg.ingest.cue_reading import Cue, find_cue, past_adverbs, pronoun_clause
from imkg.ingest.cue_words import (
    AFTER_REACH,
    BARRIERS,
    CHAIN_PENALTY,
    CONDITION_REACH,
    CONFIDENCE,
    DEGREE_WORDS,
    EFFORT_NOUNS,
    MAKE_DETERMINERS,
    MAKE_RESULTS,
    MAKE_VERBS,
    NOMINAL_HEADS,
    NOMINAL_LINKS,
    NOMINAL_REACH,
    NOMINAL_TO_HEADS,
    RESPONSE_LEADS,
    RESPONSE_PARTICLES,
    RESPONSE_VERBS,
    RESULT_LEADS,
    RESULT_MARKERS,
    WITHOUT,
    WITHOUT_RESPONSES,
)
from imkg.ingest.denials import negated
from imkg.ingest.token_view import OPENERS, Gaps, TokenView, Unit, result_after


def earlier_clause_cue(gap: list[str], lemmas: list[str], cue: Cue | None) -> Cue | None:
    """The cue of an earlier clause when ``cue`` stands in a relative clause after it: in ``A
    depends on X, which improves B`` the ``which`` is X, so ``improves`` is not A's."""
    if cue is None or cue.at < 3:
        return None
    for j in range(cue.at - 1, 0, -1):
        if gap[j - 1] == "," and gap[j] in ("which", "that"):
            return find_cue(gap[: j - 1], lemmas[: j - 1])
    return None


def through_unnamed(gap: list[str], lemmas: list[str], cue: Cue) -> Cue | None:
    """A chain through words that name no concept: ``B depends on X, and that in turn comes
    down to A``, ``A drives X, which raises B``. The clause after the cue opens with a word
    that stands for X and goes on at once with a cue of the same direction; proposed as a
    ``chain``, less sure than its weaker link."""
    after = cue.at + len(cue.text.split())
    k = next((j + 1 for j in range(after, len(gap) - 1) if gap[j] == ","), None)
    if k is None:
        return None
    if gap[k] == "and":
        k += 1
    if k >= len(gap) or gap[k] not in ("which", "that", "this"):
        return None
    k = past_adverbs(gap, k + 1)
    if gap[k : k + 2] == ["in", "turn"]:
        k = past_adverbs(gap, k + 2)
    second = find_cue(gap[k:], lemmas[k:])
    if second is None or second.at != 0 or second.direction != cue.direction:
        return None
    confidence = round(min(cue.confidence, second.confidence) - CHAIN_PENALTY, 2)
    return Cue("chain", cue.direction, confidence, cue.at)


def result_cue(view: TokenView, units: list[Unit], i: int, end: int, gaps: Gaps) -> Cue | None:
    """``A ..., and B has risen accordingly`` (``suffers as a result``): a verb of change after
    the effect, then a word of consequence; the clause before the comma names the cause."""
    right = units[i + 1]
    if not result_after(view, right.end, end):
        return None
    gap = gaps[i]
    if "," not in gap or negated(gap) or BARRIERS.intersection(gap):
        return None
    comma = len(gap) - 1 - gap[::-1].index(",")
    joined = gap[comma + 1 :]
    if not joined or joined[0] not in ("and", "so") or not RESULT_LEADS.issuperset(joined):
        return None
    after = _after(view, units, i, end)
    k = 0
    while k < len(after) and (after[k] in RESPONSE_LEADS or after[k] in ("has", "have", "had")):
        k += 1
    if k >= len(after) or negated(after[:k]):
        return None
    offset = right.end + k
    if view.lemmas(offset, offset + 1)[0] not in RESPONSE_VERBS | WITHOUT_RESPONSES:
        return None
    # ``accordingly`` is an adverb itself: read it before skipping others (``rose sharply as
    # a result``).
    marker = None
    for at in (k + 1, past_adverbs(after, k + 1)):
        marker = next((m for m in RESULT_MARKERS if tuple(after[at : at + len(m)]) == m), marker)
    if marker is None:
        return None
    return Cue(f"{after[k]} {' '.join(marker)}", 1, CONFIDENCE["consequence"], comma)


def _after(view: TokenView, units: list[Unit], i: int, end: int) -> list[str]:
    """The words after ``units[i + 1]`` (the effect), up to the next mention or the
    sentence's end, at most ``AFTER_REACH``."""
    right = units[i + 1]
    stop = min(end, right.end + AFTER_REACH)
    if i + 2 < len(units):
        stop = min(stop, units[i + 2].start)
    return view.lowers(right.end, stop) if stop > right.end else []


def make_cue(view: TokenView, units: list[Unit], i: int, end: int, gap: list[str]) -> Cue | None:
    """``A makes B (a lot) easier``: ``make`` closes the gap (before determiners), and a
    comparative follows the effect."""
    at = len(gap) - 1
    while at >= 0 and gap[at] in MAKE_DETERMINERS:
        at -= 1
    if at < 0 or negated(gap[pronoun_clause(gap) :]):
        return None
    verb = gap[at]
    if view.lemmas(units[i].end + at, units[i].end + at + 1)[0] not in MAKE_VERBS:
        return None
    after = _after(view, units, i, end)
    k = 1 if after[:1] and after[0] in EFFORT_NOUNS else 0
    while k < len(after) and after[k] in DEGREE_WORDS:
        k += 1
    if k < len(after) and after[k] in MAKE_RESULTS:
        return Cue(f"{verb} ... {after[k]}", 1, CONFIDENCE["verb"], at)
    return None


def outer_cue(
    view: TokenView, units: list[Unit], i: int, start: int, end: int, gaps: Gaps, conditional
) -> Cue | None:
    """A cue whose words lie outside the gap between two mentions: before the cause
    (``the effect of A on B``) or around both (``if A is high, B tends to rise``, ``without A,
    B suffers``)."""
    left, right = units[i], units[i + 1]
    if right.start - left.end == 1:
        if gaps[i] in NOMINAL_LINKS:
            return _nominal(view, units, i, start, gaps[i][0])
        if gaps[i] != [","]:  # ``if A, B tends to rise``: the comma alone may close A's clause
            return None
    if not conditional:
        return None
    lo = max(start, units[i - 1].end if i else start, left.start - CONDITION_REACH)
    if left.start == lo:
        return None
    before = view.lowers(lo, left.start)
    if OPENERS.isdisjoint(before):
        return None
    at = max(j for j, word in enumerate(before) if word in OPENERS)
    gap = gaps[i]
    if "," in before[at:] or "," not in gap or negated(before[at + 1 :]) or negated(gap):
        return None
    if BARRIERS.intersection(gap) or gap.count(",") > 3:
        return None
    after = _after(view, units, i, end)
    k = 0
    while k < len(after) and after[k] in RESPONSE_LEADS:
        k += 1
    if k >= len(after) or negated(after[:k]):
        return None
    offset = units[i + 1].end + k
    verb = view.lemmas(offset, offset + 1)[0]
    if verb not in (WITHOUT_RESPONSES if before[at] == WITHOUT else RESPONSE_VERBS):
        return None
    particles = RESPONSE_PARTICLES.get(verb)
    if particles and (k + 1 >= len(after) or after[k + 1] not in particles):
        return None
    return Cue(f"{before[at]} ... {after[k]}", 1, CONFIDENCE["conditional"], 0)


def _nominal(view: TokenView, units: list[Unit], i: int, start: int, link: str) -> Cue | None:
    """``the effect of (poor) A on B``: a nominal cue before the cause, no negation before it
    in the sentence (``no effect of A on B``, ``could not establish any impact of``)."""
    left = units[i]
    lo = max(start, units[i - 1].end if i else start)
    before = view.lowers(lo, left.start)
    for j in range(len(before) - 1, max(-1, len(before) - NOMINAL_REACH - 2), -1):
        head = before[j - 1] if j > 0 else ""
        linked = (link == "to") == (head in NOMINAL_TO_HEADS)
        if before[j] == "of" and head in NOMINAL_HEADS and linked:
            if negated(view.lowers(start, left.start)):
                return None
            return Cue(f"{head} of ... {link}", 1, CONFIDENCE["noun"], 0)
    return None

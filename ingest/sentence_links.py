"""The links one sentence states: for each pair of neighbouring mentions its cue, the
concepts that share each role (``A and B drive C``), pronoun subjects, and the chains
(``A drives B, which in turn drives C``)."""

from __future__ import annotations

from imkg.ingest.cue_reading import (
    Cue,
    clause_ends_after,
    compared,
    continues_clause,
    coordinated,
    find_cue,
)
from imkg.ingest.cue_words import (
    CHAIN_PENALTY,
    COMPARATIVES,
    CONDITION_REACH,
    CONJUNCT_PENALTY,
    CUE_LEMMAS,
    CUE_WORDS,
    EVIDENCE_NOUNS,
    EVIDENCE_REACH,
    HEDGE_PENALTY,
    HEDGES,
    MAKE_DETERMINERS,
    MAX_GAP,
    PRONOUN_BRIDGE,
    PRONOUN_SUBJECTS,
    QUESTION_VERBS,
)
from imkg.ingest.denials import denied, negated
from imkg.ingest.middles import person_subject, through_middle
from imkg.ingest.outer_cues import (
    earlier_clause_cue,
    make_cue,
    outer_cue,
    result_cue,
    through_unnamed,
)
from imkg.ingest.token_view import (
    CONDITIONAL_HASHES,
    HYPHEN,
    RESULT_HASHES,
    Gaps,
    Link,
    TokenView,
    Unit,
    set_aside,
)


def sentence_proposals(view: TokenView, start: int, end: int, units: list[Unit]) -> list[Link]:
    units = _merge_touching(view, units)
    gaps = Gaps(view, units)
    found = []
    subjects: list[Unit] = []  # the subject of the last cue's clause
    links: list[tuple[Unit, Unit, float]] = []  # for chains: cause, effect, confidence
    asked = None  # whether the sentence asks about its claim, read once
    lead = max(start, units[0].start - CONDITION_REACH)
    words = view.orths[lead:end].tolist()
    conditional = not CONDITIONAL_HASHES.isdisjoint(words[: units[-1].start - lead])
    resulting = not RESULT_HASHES.isdisjoint(words[units[0].end - lead :])
    for i in range(len(units) - 1):
        left, right = units[i], units[i + 1]
        if right.start - left.end > MAX_GAP:
            continue
        cue = _pair_cue(view, units, i, (start, end), gaps, (conditional, resulting))
        if cue is None:
            continue
        if asked is None:  # read once, for the first cue only
            asked = _not_claimed(view, start, units[0].start)
        if asked or (i and _withheld(view, units[i - 1], left)):
            break  # ``asked whether A raises B``, ``does not imply that A ...``: no claim
        gap = gaps[i]
        lefts = _conjuncts(gaps, units, i, step=-1)
        if cue.direction == 1 and _pronoun_subject(gap):
            lefts = [units[0]] if units[0] is not right else []
        elif cue.direction == 1 and _pronoun_before(gap, cue) and _one_concept(units[: i + 1]):
            lefts = [units[0]]  # ``A is cheap: I am sure it lifts B``: the only concept before
        elif subjects and continues_clause(gap, cue):
            lefts = subjects  # ``A raises B and also boosts C``: A is the subject
        elif continues_clause(gap, cue) and _object_of_verb(view, start, left):
            continue  # ``doing X lowered A and increased B``: the subject names no concept
        if cue.direction == 1 and set_aside(gaps, i):
            lefts = _conjuncts(gaps, units, i - 1, step=-1)  # ``A, not B, raised C``: A
        subjects = lefts
        rights = _conjuncts(gaps, units, i + 1, step=1)
        sentence = view.chars(start, end)
        hedged = HEDGE_PENALTY if not HEDGES.isdisjoint(gap[: cue.at]) else 0.0
        lefts = [a for a in lefts if not _described(view, a)]
        rights = [b for b in rights if not _described(view, b)]
        for a in lefts:
            for b in rights:
                cause, effect = (a, b) if cue.direction == 1 else (b, a)
                extra = (a is not left) + (b is not right)
                if cause.iri != effect.iri:
                    confidence = round(cue.confidence - CONJUNCT_PENALTY * extra - hedged, 2)
                    found.append((cause.iri, effect.iri, cue.text, confidence, *sentence))
                    links.append((cause, effect, confidence))
    if len(links) > 1:
        found += _chains(links, view.chars(start, end))
    return found


def _pair_cue(
    view: TokenView,
    units: list[Unit],
    i: int,
    bounds: tuple[int, int],
    gaps: Gaps,
    flags: tuple[bool, bool],
) -> Cue | None:
    """The cue that links ``units[i]`` to ``units[i + 1]``: in the words between them, or
    around them (before the cause, after the effect). ``flags`` tell whether the sentence
    holds a conditional word and a word of consequence."""
    (start, end), left, right = bounds, units[i], units[i + 1]
    conditional, resulting = flags
    if view.may_hold_cue(left.end, right.start):
        gap = gaps[i]
        lemmas = view.lemmas(left.end, right.start)
        cue = find_cue(gap, lemmas)
        if cue is not None and compared(gap, cue):
            return None
        if cue is not None and person_subject(view, left.end, gap, lemmas, cue):
            return None  # ``..., and Tomasz raised B``: the person's claim, not A's
        middle = None if cue is None else through_middle(gap, lemmas, cue)
        if middle is not None:  # ``A builds confidence, and confident staff raise B``
            return middle
        earlier = earlier_clause_cue(gap, lemmas, cue)
        if earlier is not None:  # ``A depends on X, which improves B``: X improves B
            cue = earlier
        if cue is not None and clause_ends_after(gap, cue):
            # ``B depends on X, and that in turn comes down to A``; ``where A is poor, staff
            # raise fewer concerns, and B suffers``: the cue's own clause links nothing.
            chained = through_unnamed(gap, lemmas, cue)
            if chained is not None or not conditional:
                return chained
            return outer_cue(view, units, i, start, end, gaps, conditional)
        if cue is None:
            cue = make_cue(view, units, i, end, gap)
        if cue is not None:
            return cue
    cue = outer_cue(view, units, i, start, end, gaps, conditional)
    if cue is None and resulting:
        cue = result_cue(view, units, i, end, gaps)
    return cue


def _not_claimed(view: TokenView, start: int, first: int) -> bool:
    """Whether the words before the sentence's first mention withhold its claim: a question
    (``asked whether``), a denial (``does not imply that``) or denied evidence (``there is
    no evidence that``, ``Nor is there any sign that``)."""
    lemmas, lowers = view.lemmas(start, first), view.lowers(start, first)
    if not QUESTION_VERBS.isdisjoint(lemmas) or denied(lowers, lemmas):
        return True
    return not EVIDENCE_NOUNS.isdisjoint(lowers) and any(
        word in EVIDENCE_NOUNS
        and lowers[j + 1 : j + 2] == ["that"]
        and negated(lowers[max(0, j - EVIDENCE_REACH) : j])
        for j, word in enumerate(lowers)
    )


def _withheld(view: TokenView, before: Unit, left: Unit) -> bool:
    """Whether the words between two mentions deny or ask about what follows them: ``A is
    higher where B is lower, but we are not saying A reduces B``, ``..., and asked whether A
    raises B``. The claims of the rest of the sentence are withheld."""
    lowers, lemmas = view.lowers(before.end, left.start), view.lemmas(before.end, left.start)
    return not QUESTION_VERBS.isdisjoint(lemmas) or denied(lowers, lemmas)


def _pronoun_before(gap: list[str], cue: Cue) -> bool:
    """Whether ``it``/``they`` is the subject of the cue, past auxiliaries and ``is what``:
    ``I'm fairly sure it would improve B``, ``it is what keeps B low``."""
    j = cue.at - 1
    while j >= 0 and (gap[j] in PRONOUN_BRIDGE or (len(gap[j]) > 4 and gap[j].endswith("ly"))):
        j -= 1
    return j >= 0 and gap[j] in PRONOUN_SUBJECTS


def _described(view: TokenView, unit: Unit) -> bool:
    """Whether a compound participle stands right before the mention (``better-trained
    counter staff``, ``poorly-paid agents``): the people are described by a quality left
    unmarked, and that quality, not the people, is the cause or effect."""
    if unit.start < 3 or int(view.orths[unit.start - 2]) != HYPHEN:
        return False
    participle = view.lowers(unit.start - 1, unit.start)[0]
    return participle.endswith("ed") and participle.isalpha()


def _one_concept(units: list[Unit]) -> bool:
    """Whether the units name one concept only: a pronoun after them has one candidate."""
    return len({unit.iri for unit in units}) == 1


def _chains(links: list[tuple[Unit, Unit, float]], sentence: tuple[int, int]) -> list[Link]:
    """``A drives B, which in turn drives C`` states A → C as well: one link's effect is the
    very mention the next link starts from, or a later mention of its concept (``A raises
    B, and satisfied B deliver C``), and the three stand in that order (in ``B is driven by
    A and boosts C`` A → C is left unsaid)."""
    found = []
    direct = {(a.iri, b.iri) for a, b, _ in links}
    links = list(links)
    # A longer chain (``A -> B -> C -> D``) states A → D too: the implied links join the
    # next round, until none is new (each round adds a link or stops; a sentence's links
    # are few).
    while True:
        added = []
        for cause, middle, first in links:
            for start, effect, second in links:
                pair = (cause.iri, effect.iri)
                named_again = start.iri == middle.iri and middle.end <= start.start
                if (
                    (start is middle or named_again)
                    and cause.start < middle.start < start.end <= effect.start
                    and cause.iri != effect.iri
                    and pair not in direct
                ):
                    direct.add(pair)
                    confidence = round(min(first, second) - CHAIN_PENALTY, 2)
                    found.append((*pair, "chain", confidence, *sentence))
                    added.append((cause, effect, confidence))
        if not added:
            return found
        links += added


def _object_of_verb(view: TokenView, start: int, unit: Unit) -> bool:
    """Whether a cue verb stands right before the mention (past a determiner or a
    comparative): then the mention is that verb's object, not the subject of a verb that
    continues the clause after it."""
    lo = max(start, unit.start - 3)
    words, lemmas = view.lowers(lo, unit.start), view.lemmas(lo, unit.start)
    at = len(words) - 1
    while at >= 0 and (words[at] in MAKE_DETERMINERS or words[at] in COMPARATIVES):
        at -= 1
    return at >= 0 and lemmas[at] in CUE_LEMMAS and words[at] not in CUE_WORDS


def _pronoun_subject(words: list[str]) -> bool:
    """Whether a new clause with ``it``/``they`` as subject starts in the gap: then the cue's
    subject is the sentence's first concept (``A leads to B, and it also drives C``)."""
    return any(w in PRONOUN_SUBJECTS and (j == 0 or words[j - 1] in {",", "and", ":"})
               for j, w in enumerate(words))  # fmt: skip


def _merge_touching(view: TokenView, units: list[Unit]) -> list[Unit]:
    """Merge mentions that touch into one unit: ``empowering front-line staff`` and
    ``empowered FLEs`` are about empowerment (a gerund or a participle leads its phrase),
    ``TQM service quality`` about its last word."""
    merged: list[Unit] = []
    for unit in units:
        if merged and merged[-1].end == unit.start:
            previous = merged[-1]
            # ``empowered FLEs`` too: a participle leads its phrase as a gerund does.
            gerund = view.lowers(previous.end - 1, previous.end)[0].endswith(("ing", "ed"))
            iri = previous.iri if gerund else unit.iri
            merged[-1] = Unit(previous.start, unit.end, iri)
            continue
        merged.append(unit)
    return merged


def _conjuncts(gaps: Gaps, units: list[Unit], i: int, *, step: int) -> list[Unit]:
    """``units[i]`` and the units a list joins to it, going left (``step=-1``) or right;
    ``gaps[k]`` holds the words between ``units[k]`` and ``units[k + 1]``."""
    group = [units[i]]
    j = i + step
    while 0 <= j < len(units) and coordinated(gaps[j if step == -1 else j - 1]):
        group.append(units[j])
        j += step
    return group

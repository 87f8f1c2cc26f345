"""Reading a causal cue from the words between (or around) two mentions: the verb, phrase,
noun or passive that links them, and the words that cancel or qualify it (negation,
questions, comparisons, denied evidence). Works on plain word lists, lowercase and lemmas.
The cue table is in :mod:`imkg.ingest.relations`; the words in :mod:`imkg.ingest.cue_words`."""

from __future__ import annotations

from dataclasses import dataclass

from imkg.ingest.cue_words import (
    ADVERB_PHRASES,
    ADVERBS,
    ARROW_TAILS,
    ARROWS,
    BARRIERS,
    BE_FORMS,
    BEHIND,
    BEHIND_ADVERBS,
    CHANGE_VERBS,
    CLAUSE_JOINERS,
    CLAUSE_STARTS,
    COMPARATIVES,
    COMPARISON,
    CONFIDENCE,
    CONSEQUENCES,
    CONTINUATIONS,
    COORDINATION,
    CUE_LEMMAS,
    CUE_WORDS,
    DELIVERY_VERBS,
    FORWARD_VERBS,
    INFLECTED_ONLY,
    INTRANSITIVE_NEXT,
    LEMMA_FIXES,
    LIST_FILLERS,
    LIST_JOINERS,
    MAX_GAP,
    MEDIATED_CONFIDENCE,
    MEDIATORS,
    NOUN_CUE_LEADS,
    NOUN_CUES,
    PHRASAL,
    PHRASAL_THREE,
    PREPOSITIONS,
    PRONOUN_CLAUSE_REACH,
    PRONOUN_SUBJECTS,
    QUESTION_OPENERS,
    RELATIVE_PRONOUNS,
    REVERSE_VERBS,
)
from imkg.ingest.denials import negated, without_asides, without_needs


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found between two mentions: its words, direction (1 forward) and confidence,
    and where in the gap its words begin."""

    text: str
    direction: int
    confidence: float
    at: int = 0


def find_cue(lowers: list[str], lemmas: list[str]) -> Cue | None:
    """Return the strongest causal cue in the words between two mentions, if any."""
    if len(lowers) > MAX_GAP:
        return None
    clause = pronoun_clause(lowers)
    if clause:  # ``A is not a courtesy: it is what keeps B low``: read the pronoun's clause
        cue = find_cue(lowers[clause:], lemmas[clause:])
        return (
            None if cue is None else Cue(cue.text, cue.direction, cue.confidence, cue.at + clause)
        )
    if negated(without_asides(without_needs(lowers, lemmas))) or BARRIERS.intersection(lowers):
        return None
    if CUE_LEMMAS.isdisjoint(lemmas) and CUE_WORDS.isdisjoint(lowers):
        return None
    if not LEMMA_FIXES.keys().isdisjoint(lowers):
        lemmas = [LEMMA_FIXES.get(word, base) for word, base in zip(lowers, lemmas, strict=True)]
    # A cue starts at a word whose lemma or form is a cue head (``CUE_LEMMAS``, ``CUE_WORDS``).
    heads = [i for i, (word, base) in enumerate(zip(lowers, lemmas, strict=True))
             if base in CUE_LEMMAS or word in CUE_WORDS]  # fmt: skip
    found = [cue for i in heads if (cue := _cue_at(lowers, lemmas, i))]
    found = [cue for cue in found if not _in_question(lowers, cue)]
    if _by_means(lowers, found):
        return None
    return max(found, key=lambda cue: cue.confidence, default=None)


def pronoun_clause(lowers: list[str]) -> int:
    """Where a clause with ``it``/``they`` as its subject starts in the words, after a colon or
    a comma a few words before the pronoun (``: in our experience it is what keeps``, ``, and
    I'm fairly sure it would improve``); 0 if none. A negation before it (``is not a
    courtesy``, ``without waiting``) belongs to the clause before."""
    if "it" not in lowers and "they" not in lowers:
        return 0
    for j in range(len(lowers) - 1, 0, -1):
        if lowers[j] not in PRONOUN_SUBJECTS or lowers[j - 1] in PREPOSITIONS:
            continue  # ``and, with it, B``: an object
        if j + 1 >= len(lowers) or not lowers[j + 1].replace("'", "").isalpha():
            continue
        for b in range(j - 1, max(-1, j - PRONOUN_CLAUSE_REACH - 1), -1):
            if lowers[b] in (":", ","):
                return b + 1
    return 0


def _by_means(lowers: list[str], found: list[Cue]) -> bool:
    """Whether a verb with an object of its own is followed by the means it works through:
    in ``IM improves service through empowerment`` the right mention is neither effect nor
    cause of the left one."""
    verbs = [cue for cue in found if cue.direction == 1 and cue.text == lowers[cue.at]]
    means = [cue for cue in found if cue.confidence == MEDIATED_CONFIDENCE]
    return any(m.at > v.at + 1 for v in verbs for m in means)


def _in_question(lowers: list[str], cue: Cue) -> bool:
    """Whether the cue stands in an indirect question opened in the gap (``... and how
    managers can raise B``): its subject is the question's own. A comma after the opener
    closes the question (``on how work reaches customers, which improves B``)."""
    for j in range(cue.at - 1, -1, -1):
        if lowers[j] in (",", ";"):
            return False
        if lowers[j] in QUESTION_OPENERS:
            return True
    return False


def clause_ends_after(words: list[str], cue: Cue) -> bool:
    """Whether a new clause starts after the cue, before the right mention: ``A depends on
    employees, and B helps`` links A to no B."""
    after = cue.at + len(cue.text.split())
    return any(
        words[j] in (",", ";") and j + 1 < len(words) and words[j + 1] in CLAUSE_STARTS
        for j in range(after, len(words))
    )


def compared(words: list[str], cue: Cue) -> bool:
    """Whether the right mention follows ``than`` after the cue: in ``A reduced complaints
    more than any B did`` B is only set beside A."""
    return COMPARISON in words[cue.at + 1 :]


def continues_clause(words: list[str], cue: Cue) -> bool:
    """Whether the words before the cue only join it to the previous clause (``and also``)."""
    before = words[: cue.at]
    return (
        bool(before) and CONTINUATIONS.issuperset(before) and not CLAUSE_JOINERS.isdisjoint(before)
    )


def _cue_at(lowers: list[str], lemmas: list[str], i: int) -> Cue | None:
    word, base = lowers[i], lemmas[i]
    if word in ARROWS or (word == ">" and i > 0 and lowers[i - 1] in ARROW_TAILS):
        return _arrow(lowers, i)
    if word in CONSEQUENCES:
        last = i == len(lowers) - 1 or (i == len(lowers) - 2 and lowers[-1] in ("the", "our"))
        if last and i > 0 and lowers[i - 1] == ",":
            return Cue(word, 1, CONFIDENCE["consequence"], i)
        return None
    if base in DELIVERY_VERBS and i + 1 < len(lowers) and lowers[i + 1] in COMPARATIVES:
        return Cue(f"{word} {lowers[i + 1]}", 1, CONFIDENCE["verb"], i)
    at = past_adverbs(lowers, i + 1)
    following = lowers[at] if at < len(lowers) else ""
    verb = " ".join(lowers[i:at])  # the verb and the adverbs after it
    if base in FORWARD_VERBS and following == "by" and word != base:
        return Cue(f"{verb} by", -1, CONFIDENCE["passive"], i)
    third = lowers[at + 1] if at + 1 < len(lowers) else ""
    if (base, following, third) in PHRASAL_THREE:
        direction = PHRASAL_THREE[(base, following, third)]
        return Cue(f"{verb} {following} {third}", direction, CONFIDENCE["reverse"], i)
    if (base, following) in PHRASAL:
        direction = PHRASAL[(base, following)]
        kind = "phrase" if direction == 1 else "reverse"
        return Cue(f"{verb} {following}", direction, CONFIDENCE[kind], i)
    if base in CHANGE_VERBS and following == "with" and word.isalpha():
        return Cue(f"{verb} with", -1, CONFIDENCE["reverse"], i)
    if at > i + 1 and (following in INTRANSITIVE_NEXT or following in (",", ".", ";")):
        return None  # ``quality improved markedly when ...``: no object
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if (base, following) in NOUN_CUES:
        direction = NOUN_CUES[(base, following)]
        kind = "noun" if direction == 1 else "reverse"
        start = i
        while start > 0 and lowers[start - 1] in NOUN_CUE_LEADS:
            start -= 1
        return Cue(" ".join(lowers[start : i + 2]), direction, CONFIDENCE[kind], start)
    if base in FORWARD_VERBS and (following in INTRANSITIVE_NEXT or following in (",", ";")):
        return None  # ``if A improves, B ...``: no object
    if base in REVERSE_VERBS and word.isalpha() and not _noun_use(lowers, i):
        return _reflects(lowers, i, word, base)
    if base in FORWARD_VERBS and word.isalpha() and not _noun_use(lowers, i):
        if base in INFLECTED_ONLY and word == base:
            return None  # ``slow service``: an adjective
        return Cue(word, 1, CONFIDENCE["verb"], i)
    if word == BEHIND:
        return Cue("behind", 1, CONFIDENCE["phrase"], i) if _after_be(lowers, i) else None
    if word in MEDIATORS and i + 1 < len(lowers) and lowers[i + 1] in RELATIVE_PRONOUNS:
        return None  # ``the stages through which knowledge moves``: a path, not a means
    if word in MEDIATORS or (word == "by" and lowers[i + 1 : i + 3] == ["means", "of"]):
        return Cue(word if word != "by" else "by means of", -1, MEDIATED_CONFIDENCE, i)
    return None


def _after_be(lowers: list[str], i: int) -> bool:
    """Whether a form of ``be`` stands before word ``i``, past adverbs: ``A is nearly always
    behind B`` (not ``staff behind the counter``)."""
    j = i - 1
    while j >= 0 and (lowers[j] in BEHIND_ADVERBS or past_adverbs(lowers, j) > j):
        j -= 1
    return j >= 0 and lowers[j] in BE_FORMS


def _reflects(lowers: list[str], i: int, word: str, base: str) -> Cue | None:
    """``B reflects A`` (A → B); ``A is reflected in B`` (A → B); ``reflect on`` is thinking."""
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if following in ("on", "upon"):
        return None
    if word != base and word.endswith("ed") and following == "in":
        return Cue(f"{word} in", 1, CONFIDENCE["passive"], i)
    return Cue(word, -1, CONFIDENCE["reverse"], i)


def _arrow(lowers: list[str], i: int) -> Cue | None:
    """An arrow (``->``, ``→``) between two mentions, as in slides: ``A -> B``. Not one
    between figures (``turnover 58% -> 39%``) nor one on another line than a mention."""
    start = i - 1 if lowers[i] == ">" else i
    before = lowers[start - 1] if start > 0 else ""
    after = lowers[i + 1] if i + 1 < len(lowers) else ""
    if _figure(before) or _figure(after) or any(not word.strip() for word in lowers):
        return None
    return Cue("->" if lowers[i] == ">" else lowers[i], 1, CONFIDENCE["phrase"], start)


def _figure(word: str) -> bool:
    return word == "%" or any(ch.isdigit() for ch in word)


def past_adverbs(lowers: list[str], i: int) -> int:
    """The position of the first word from ``i`` on that is not part of an adverb.

    >>> past_adverbs(["driven", "in", "part", "by"], 1), past_adverbs(["leads", "to"], 1)
    (3, 1)
    """
    while i < len(lowers):
        word = lowers[i]
        if word in ADVERBS or (len(word) > 4 and word.endswith("ly")):
            i += 1
            continue
        phrase = next((p for p in ADVERB_PHRASES if tuple(lowers[i : i + len(p)]) == p), None)
        if phrase is None:
            return i
        i += len(phrase)
    return i


def _noun_use(lowers: list[str], i: int) -> bool:
    """Whether a verb-like word is used as a noun (``the impact``, ``an effect``); after
    ``this`` or ``that`` a form in ``-s`` is a verb (``this increases``, ``that drives``)."""
    if i == 0 or lowers[i - 1] not in {"the", "a", "an", "its", "their", "this", "that"}:
        return False
    return not (lowers[i - 1] in ("this", "that") and lowers[i].endswith("s"))


def coordinated(words: list[str]) -> bool:
    """Whether only a list joins two mentions (``A, B and C``; ``by A and by B``).

    ``, and`` at the start is taken to join clauses, not list items."""
    if not words or words[:2] in ([",", "and"], [",", "or"]):
        return False
    return all(w in COORDINATION or w in LIST_FILLERS for w in words) and any(
        w in LIST_JOINERS for w in words
    )

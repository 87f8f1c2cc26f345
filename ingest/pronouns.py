"""Pronouns the relation step reads as a mention: a sentence that opens with ``It``/``They``
after one that names a concept (a subject), and an ``it`` after a cue that closes a claim (an
object: ``poor internal communication is nearly always behind it``)."""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

from imkg.ingest.components import ORTH_COL, SPACE_COL, token_arrays
from imkg.ingest.token_view import (
    DETERMINERS,
    LEADING,
    NOMINAL_HASHES,
    POSSESSIVES,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    Unit,
)

OBJECT_PRONOUN = hash_string("it")
# ``this`` that closes its clause is an object pronoun too (``A explains a large part of
# this.``; not ``this year``); it may stand further from the cause, past ``a large part of``.
CLOSING_THIS = np.uint64(hash_string("this"))
CLOSERS = np.array([hash_string(w) for w in (".", ",", ";", ":", ")", "!")], dtype=np.uint64)
THIS_REACH = 9
# Words from the cause to an object ``it``: ``explains most of it``, ``is a significant factor
# in it``, ``is nearly always behind it``; further away the pronoun is another clause's.
OBJECT_REACH = 6
# Words after which ``it`` opens a clause (its subject), or that end one before it: there it
# is no object of a cue (``A matters, and it ...``, ``monitor whether it improves B``). A
# closing bracket is none: ``internal communication (IC) is a factor in it``.
CLAUSE_MARKS = frozenset(
    hash_string(w)
    for w in (",", ";", ":", "(", "-", "and", "but", "or", "that", "because", "so", "if",
              "when", "as", "since", "which", "although", "though", "while", "whether", "where",
              "once", "until", "unless", "than", "whereas")
)  # fmt: skip
# ``it`` between these verbs and a verb of working is their object whatever clause it is in,
# a few words further on: ``A is needed, which is really what makes it work`` (not the empty
# ``it`` of ``makes it possible to``).
MADE_HASHES = frozenset(
    hash_string(w) for w in ("make", "makes", "made", "making", "keep", "keeps", "kept", "keeping")
)
WORKING_HASHES = frozenset(hash_string(w) for w in ("work", "stick", "succeed", "last"))
MADE_REACH = 9
# Sentences back an object's antecedent may lie, through sentences that name no concept.
ANTECEDENT_REACH = 2


def object_pronouns(
    doc: Doc, bounds: np.ndarray, mentions: list[tuple], sentence: np.ndarray
) -> dict[int, Unit]:
    """Per sentence, an ``it`` that is the object of the cue after the sentence's last
    mention before it, as a unit of the concept it stands for: the nearest other concept
    before that mention in the sentence (``Turnover is costly; poor communication explains
    most of it``), or, when the sentence names that one concept only, the one concept of the
    closest sentence before that names any, at most two sentences back (``Staff turnover was
    29%. Leavers cite workload. Weak communication is a factor in it.``)."""
    tokens = token_arrays(doc)["tokens"]
    orths = tokens[:, ORTH_COL]
    spots = np.flatnonzero(orths == OBJECT_PRONOUN)
    these = np.flatnonzero(orths[:-1] == CLOSING_THIS)
    if len(these):
        these = these[np.isin(orths[these + 1], CLOSERS)]
        spots = np.union1d(spots, these)
    if not len(spots):
        return {}
    firsts = np.fromiter((m[0] for m in mentions), dtype=np.intp, count=len(mentions))
    ends = np.append(bounds[1:], len(orths))
    found: dict[int, Unit] = {}
    for at in spots.tolist():
        k = int(np.searchsorted(firsts, at, side="right")) - 1
        made = 0 < at < len(orths) - 1 and int(orths[at - 1]) in MADE_HASHES
        made = made and int(orths[at + 1]) in WORKING_HASHES
        reach = MADE_REACH if made else OBJECT_REACH
        if int(orths[at]) == CLOSING_THIS:
            reach = THIS_REACH
        if k < 0 or mentions[k][1] > at or at - mentions[k][1] > reach:
            continue
        index = int(np.searchsorted(bounds, at, side="right")) - 1
        if int(sentence[k]) != index or index in found:
            continue
        if not (made or CLAUSE_MARKS.isdisjoint(orths[mentions[k][1] : at].tolist())):
            continue
        # ``IM helps with it by improving B``: a mention in the pronoun's own clause is the
        # cue's object; the pronoun stands in another role.
        after = int(firsts[k + 1]) if k + 1 < len(firsts) else len(orths)
        rest = orths[at + 1 : min(after, int(ends[index]))].tolist()
        if after < ends[index] and CLAUSE_MARKS.isdisjoint(rest):
            continue
        antecedent = _antecedent(doc, tokens, mentions, sentence, k)
        if antecedent is not None:
            found[index] = Unit(at, at + 1, antecedent)
    return found


def _antecedent(
    doc: Doc, tokens: np.ndarray, mentions: list[tuple], sentence: np.ndarray, k: int
) -> str | None:
    """The concept an object ``it`` after mention ``k`` stands for (see
    :func:`object_pronouns`)."""
    cause, index = mentions[k][3], int(sentence[k])
    j = k - 1
    while j >= 0 and int(sentence[j]) == index:
        if mentions[j][3] != cause:
            return mentions[j][3]
        j -= 1
    if j < 0 or index - int(sentence[j]) > ANTECEDENT_REACH:
        return None
    if _paragraph_between(doc, tokens, mentions[j][1], mentions[k][0]):
        return None
    first = int(np.searchsorted(sentence, sentence[j]))
    earlier = {mention[3] for mention in mentions[first : j + 1]}
    return next(iter(earlier)) if len(earlier) == 1 and cause not in earlier else None


def _paragraph_between(doc: Doc, tokens: np.ndarray, start: int, end: int) -> bool:
    """Whether a blank line lies between two tokens: a pronoun's antecedent stays in its
    paragraph (``... slow everything down.`` then a new paragraph: ``formalising A can
    kill it`` is about A)."""
    spaces = np.flatnonzero(tokens[start:end, SPACE_COL])
    strings = doc.vocab.strings
    return any("\n\n" in strings[int(tokens[start + s, ORTH_COL])] for s in spaces.tolist())


# ``Much of it comes down to A``: a part of what the sentence before named.
_PART_OF = frozenset(hash_string(w) for w in ("Much", "Most", "Some", "Part", "All", "Half"))
_OF = hash_string("of")
_COMMA = hash_string(",")
_IT, _THEY = (np.uint64(hash_string(w)) for w in ("it", "they"))
FRONTED_REACH = 7  # words from a sentence's start to a subject ``it`` after a fronted phrase


def _fronted(orths: np.ndarray, bounds: np.ndarray, taken: set[int]) -> list[tuple[int, int]]:
    """Sentences whose subject pronoun follows a fronted phrase and its comma (``Over a
    quarter, though, it is what lifts B``) or opens a part of it (``Much of it comes down to
    A``), as ``(sentence, position of the pronoun)``. Python work only at ``it``/``they``."""
    spots = np.flatnonzero((orths[2:] == _IT) | (orths[2:] == _THEY)) + 2  # isin would sort
    indexes = np.searchsorted(bounds, spots, side="right") - 1
    offsets = spots - bounds[indexes]
    near = (offsets >= 2) & (offsets <= FRONTED_REACH)
    near &= (orths[spots - 1] == _COMMA) | ((offsets == 2) & (orths[spots - 1] == _OF))
    found = []
    for at, index, offset in zip(
        spots[near].tolist(), indexes[near].tolist(), offsets[near].tolist(), strict=True
    ):
        if index in taken:
            continue
        if int(orths[at - 1]) == _OF and int(orths[at - 2]) not in _PART_OF:
            continue
        found.append((index, offset))
        taken.add(index)
    return found


# ``It was decided to ...``, ``it is important that ...``: an ``it`` that stands for nothing.
_BE = frozenset(hash_string(w) for w in ("is", "was", "has", "had", "seems", "seemed"))
_DUMMY_PREDICATES = frozenset(
    hash_string(w)
    for w in ("decided", "agreed", "noted", "felt", "hoped", "expected", "planned", "important",
              "worth", "clear", "likely", "unlikely", "necessary", "essential", "possible",
              "true", "been", "time", "vital", "crucial", "easy", "hard", "difficult")
)  # fmt: skip


def _dummy(orths: np.ndarray, at: int) -> bool:
    """Whether the pronoun at ``at`` is the empty subject of ``it was decided to``."""
    after = orths[at + 1 : at + 3].tolist()
    return len(after) == 2 and after[0] in _BE and after[1] in _DUMMY_PREDICATES


def pronoun_led(
    doc: Doc, bounds: np.ndarray, firsts: np.ndarray, sentence: np.ndarray
) -> dict[int, tuple[int, int, int, int]]:
    """Sentences that open with ``It``, ``They`` or ``This`` right after a sentence that
    opens with a mention, or that holds only one: there the pronoun stands for that mention
    (``Customer satisfaction is the end point. It is influenced by service quality.``;
    ``Managers hold huddles built on open communication. This has strengthened team
    spirit.``). ``Its``/``Their`` count only before a nominal cue (``Its effect on B``).
    So does ``it``/``they`` right after a conditional word that opens the sentence (``If it
    improves, we expect B to follow``). Returns, per such sentence, the index of the mention
    the pronoun stands for, the first and last mention of the sentence and the pronoun's
    position in it."""
    tokens = token_arrays(doc)["tokens"]
    orths = tokens[:, ORTH_COL]
    starts = orths[bounds].tolist()
    led = []  # (sentence, position of the pronoun in it)
    for i in [i for i, orth in enumerate(starts) if orth in LEADING]:
        if starts[i] in PRONOUNS:
            led.append((i, 0))
        elif int(orths[min(bounds[i] + 1, len(orths) - 1)]) in SUBJECT_PRONOUNS:
            led.append((i, 1))  # ``If it improves, B ...``, ``Without it, B suffers``
    led += _fronted(orths, bounds, {i for i, _ in led})
    if not led:
        return {}
    found = {}
    for index, at in led:
        first, end = np.searchsorted(sentence, (index, index + 1)).tolist()
        subject = int(np.searchsorted(sentence, index - 1))
        if index == 0 or first == end or subject == first:
            continue  # no mention here, or none in the sentence before
        if int(firsts[first]) < int(bounds[index]) + at:
            continue  # a fronted phrase that names a concept: the pronoun is no subject
        if _dummy(orths, int(bounds[index]) + at):
            continue
        start = int(bounds[index])
        if int(orths[start]) in POSSESSIVES and (
            start + 1 >= len(orths) or int(orths[start + 1]) not in NOMINAL_HASHES
        ):
            continue
        lead = int(firsts[subject]) - int(bounds[index - 1])
        if (
            lead == 0
            or (lead == 1 and int(orths[bounds[index - 1]]) in DETERMINERS)
            or first - subject == 1  # the sentence before names one concept only
        ):
            found[index] = (subject, first, end - 1, at)
    return found

"""Everyday words and the people they belong to: when a bare ``turnover`` or ``commitment``
is another sense or someone else's (``inventory turnover``, ``a commitment we made``), the
staff a kept word takes in (``turnover among conductors``), and a label done to people
(``empowering front-line staff``). The rule is written up in docs/ingest.md."""

from __future__ import annotations

import re

import numpy as np

from imkg.ingest.candidate_filters import member, orth_hashes
from imkg.ingest.word_senses import other_sense

# The kinds of match that are everyday words: their context or their owner decides.
EVERYDAY_KINDS = frozenset({"context", "owned"})


# The words for the people who work somewhere, as owners of an everyday word (``retention of
# nursing staff``, ``nurses' morale``): the stand-ins for staff of ``STAND_INS``. Other job
# titles are not taken in (``turnover among new engineers``: the rule marks the word alone),
# nor a people word that only modifies the next one (``trainings of team leaders``).
PEOPLE_WORDS = frozenset({
    "staff", "personnel", "crew", "crews", "team", "teams", "workforce", "employee", "employees",
    "worker", "workers", "agent", "agents", "nurse", "nurses", "advisor", "advisors", "adviser",
    "advisers", "colleague", "colleagues", "driver", "drivers", "purser", "pursers", "steward",
    "stewards", "cashier", "cashiers", "barista", "baristas", "volunteer", "volunteers",
    "tellers", "associates",
})  # fmt: skip


AGENT_PLURALS = ("ers", "ors", "ists", "ians")


_OWNER_PREPOSITIONS = frozenset({"of", "among", "amongst", "across", "within"})


_OWNER_DETERMINERS = frozenset({"the", "our", "their", "its", "your", "all", "-"})


# A modifier of the staff word that only describes them (``seasonal staff``, ``new nurses``):
# the rule marks the everyday word alone; a noun or gerund that makes a kind of staff
# (``ground crew``, ``nursing staff``, ``kitchen staff``) is taken in with them.
_DESCRIBING = re.compile(r"(al|ive|ic|ous|ful|able|ible|ary|ed|less|ent|ant|er|ior)$")


_DESCRIBING_WORDS = frozenset({"new", "old", "young", "other", "more", "most", "many", "some",
                               "few", "our", "key", "top", "best", "poor", "good"})  # fmt: skip


_POSSESSIVE_MARKS = frozenset({"'", "\u2019", "'s", "\u2019s"})


def _people_word(word: str, following: str) -> bool:
    """Whether a word names the staff and ends its phrase (``nurses``, not ``team`` in ``team
    leaders``)."""
    if word.lower() not in PEOPLE_WORDS:
        return False
    return not (following.lower() in PEOPLE_WORDS or following.endswith(AGENT_PLURALS))


def _describes(word: str) -> bool:
    """Whether a modifier only describes the staff after it (``seasonal``, ``new``)."""
    return word in _DESCRIBING_WORDS or bool(_DESCRIBING.search(word))


# ``satisfaction with the job``, ``with their work``: the satisfaction is the staff's.
_WORK_WORDS = frozenset({"job", "jobs", "work", "role", "roles"})
_WORK_DETERMINERS = frozenset({"the", "their", "your", "our", "his", "her", "my", "its"})


def with_work(orths: np.ndarray, end: int, strings) -> bool:
    """Whether an everyday word is followed by ``with`` and the work it is about (``Your
    satisfaction with the job``, ``satisfaction with their work``): it names its owner."""
    following = [strings[int(o)].lower() for o in orths[end : end + 3]]
    if following[:1] != ["with"]:
        return False
    rest = following[2:] if following[1:2] and following[1] in _WORK_DETERMINERS else following[1:]
    return bool(rest) and rest[0] in _WORK_WORDS


def staff_owner(orths: np.ndarray, start: int, end: int, taken: bytearray,
                 strings) -> tuple[int, int]:  # fmt: skip
    """The span of an everyday word with the staff it names: after ``of``/``among`` and at most
    two lowercase modifiers (``turnover among new conductors``, ``retention of nursing
    staff``), or before it with a possessive (``nurses' commitment``); ``(start, end)`` when
    neither. Tokens another mention took are not taken in."""
    n = len(orths)
    last = end
    if end + 1 < n and strings[int(orths[end])].lower() in _OWNER_PREPOSITIONS:
        for j in range(end + 1, min(end + 4, n)):
            word = strings[int(orths[j])]
            if taken[j]:
                break
            if _people_word(word, strings[int(orths[j + 1])] if j + 1 < n else ""):
                last = j + 1
                break
            if word in _OWNER_DETERMINERS:
                continue
            if not (word.islower() and word.isalpha()) or _describes(word):
                break
    first = start
    possessive = start >= 2 and strings[int(orths[start - 1])] in _POSSESSIVE_MARKS
    if possessive and not taken[start - 2] and _people_word(strings[int(orths[start - 2])], ""):
        first = start - 2
    return first, last


# The words for the people an action is done to, after a participle or gerund mention
# (``empowering reception teams``, ``empowered cabin staff``).
_PEOPLE_HEADS = orth_hashes(tuple(
    form for w in ("staff", "personnel", "crew", "crews", "team", "teams", "people", "workforce",
                   "employee", "employees", "worker", "workers", "agent", "agents", "nurse",
                   "nurses", "advisor", "advisors", "adviser", "advisers", "colleague",
                   "colleagues", "driver", "drivers", "purser", "pursers", "steward", "stewards",
                   "cashier", "cashiers", "barista", "baristas")
    for form in (w, w.capitalize())
))  # fmt: skip


PEOPLE_REACH = 3  # words from a participle to the word for the people


_STOPS = orth_hashes(tuple(
    form for w in ("to", "the", "and", "or", "of", "by", "for", "with", "in", "on", "at", "as",
                   "our", "their", "its", "your", "his", "her", "all", "more", "less", "an")
    for form in (w, w.capitalize())
))  # fmt: skip


def done_to_people(chosen: list, arrays: np.ndarray, people: frozenset[str], strings,
                    hyphen: int) -> list:  # fmt: skip
    """One mention for an action done to people: a one-word mention in ``-ed``/``-ing``
    (``empowered``, ``empowering``) takes in the words for the people that follow it
    (``empowering reception teams``) unless they are a mention of their own (``empowering |
    front-line staff``: two mentions, as the gold set marks them); a mention of people right before
    an everyday word (``CSR attrition``, ``FLE turnover``) takes that word's concept. Python
    work only for those mentions."""
    n = len(arrays)
    orths, lengths = arrays[:, 2], arrays[:, 1]
    found = []
    k = 0
    while k < len(chosen):
        start, end, kind, iri = chosen[k]
        after = chosen[k + 1] if k + 1 < len(chosen) else None
        touching = after is not None and after[0] == end
        if kind == "variant" and end - start == 1 and _participle(strings[int(orths[start])]):
            limit = after[0] if after is not None else n
            stop = _people_after(orths, lengths, end, min(limit, end + PEOPLE_REACH), hyphen)
            if stop:
                found.append((start, stop, kind, iri))
                k += 1
                continue
        elif touching and iri in people and after[2] == "context":
            found.append((start, after[1], after[2], after[3]))
            k += 2
            continue
        found.append(chosen[k])
        k += 1
    return found


def _participle(word: str) -> bool:
    """A lowercase word in ``-ed`` or ``-ing`` (``empowered``, ``empowering``)."""
    return word.endswith(("ed", "ing"))


def _people_after(orths: np.ndarray, lengths: np.ndarray, start: int, stop: int,
                  hyphen: int) -> int:  # fmt: skip
    """The end of the words for people within a few words after ``start`` (0 if none): the
    first word of ``_PEOPLE_HEADS``, with only words (no punctuation but ``-``) before it."""
    for j in range(start, stop):
        if member(orths[j : j + 1], _PEOPLE_HEADS)[0]:
            return j + 1
        if (lengths[j] == 1 and orths[j] != hyphen) or member(orths[j : j + 1], _STOPS)[0]:
            return 0  # a punctuation mark, a one-letter word or a function word ends it
    return 0


def keep_everyday_words(
    chosen: list, taken: bytearray, orths: np.ndarray, strings, kin: dict[str, frozenset[str]]
) -> list:
    """Keep a match of an everyday word (kind ``context``: bare ``turnover``, ``morale``,
    ``engagement``, ``training``) only where another mention names its concept or one
    linked to it (``staff turnover``, ``internal marketing``, ``job satisfaction``):
    ``turnover`` in a sales report, ``recognition`` of speech, are no mentions. Even there,
    not where :func:`other_sense` makes it someone else's or another thing (``inventory
    turnover``, ``a commitment we made``, ``training data``, ``"morale"`` as a word), the
    rule for bare everyday words in docs/ingest.md. A kept word takes in the staff it
    names (:func:`staff_owner`: ``turnover among conductors``, ``nurses' commitment``);
    a word of kind ``owned`` (``retention``, ``satisfaction``) is kept only with them.
    Frees the dropped tokens."""
    if not any(mention[2] in EVERYDAY_KINDS for mention in chosen):
        return chosen
    named = {mention[3] for mention in chosen if mention[2] not in EVERYDAY_KINDS}
    kept = []
    for mention in chosen:
        start, end, kind, iri = mention
        if kind not in EVERYDAY_KINDS:
            kept.append(mention)
            continue
        taken[start:end] = bytes(end - start)
        if other_sense(orths, start, end, strings):
            continue
        first, last = staff_owner(orths, start, end, taken, strings)
        if kind == "owned" and (first, last) == (start, end) and not with_work(orths, end, strings):
            continue
        if kind == "context" and kin.get(iri, frozenset()).isdisjoint(named):
            continue
        taken[first:last] = b"\x01" * (last - first)
        kept.append((first, last, "context", iri))
    return kept

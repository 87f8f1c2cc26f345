"""Rules that drop a candidate match before the overlap choice, or merge what it left: a
label inside a longer compound, a word-order match whose head another label claims, a label
that names a place, periodical, document or role, a short acronym read as a word."""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string


def merge_overlaps(
    chosen: list, taken: bytearray, arrays: np.ndarray, starts: np.ndarray, ends: np.ndarray,
    rows: np.ndarray, iris: list, hyphen: int,
) -> None:  # fmt: skip
    """Widen a chosen mention over a candidate of the same concept that overlaps it and
    reaches onto free words: two labels of one concept that share a word name it once
    (``employee recognition`` and ``recognition scheme`` in ``employee recognition
    scheme``). In place; candidates hanging off a mention are found on arrays, so a text
    without them costs no Python work."""
    if not chosen:
        return
    owner = np.full(len(taken) + 1, -1, dtype=np.intp)
    for k, (start, end, _, _) in enumerate(chosen):
        owner[start:end] = k
    first, last = owner[starts], owner[ends - 1]
    hanging = np.flatnonzero((first == -1) != (last == -1))
    if not len(hanging):
        return
    orths, spaces = arrays[:, 2], arrays[:, 3]
    for i in hanging.tolist():
        k = int(max(first[i], last[i]))
        start, end, kind, iri = chosen[k]
        if iris[rows[i]] != iri:
            continue
        lo, hi = min(start, int(starts[i])), max(end, int(ends[i]))
        if taken.find(1, lo, start) != -1 or taken.find(1, end, hi) != -1:
            continue
        if (lo > 0 and orths[lo - 1] == hyphen and not spaces[lo - 1]) or (
            hi < len(arrays) and orths[hi] == hyphen and not spaces[hi - 1]
        ):
            continue  # the union is itself part of a hyphenated compound
        taken[lo:hi] = b"\x01" * (hi - lo)
        chosen[k] = (lo, hi, kind, iri)


def head_claimed(
    starts: np.ndarray, ends: np.ndarray, reordered: np.ndarray, orths: np.ndarray
) -> np.ndarray:
    """Which word-order matches begin on the last word of a label in its own order: in
    ``customer orientation among employees`` the head ``orientation`` belongs to ``customer
    orientation``, so ``orientation among employees`` (``employee orientation`` reordered)
    is no mention, however long. Only a label that starts before the word claims it: a
    one-word match (``empowered``) does not stop ``empowered employees``, nor does a label
    whose last word is a possessive's owner (``keeping residents' satisfaction``: the
    residents are whose the satisfaction is, not whom one keeps)."""
    if not reordered.any():
        return reordered
    n = len(orths)
    owner = (ends < n) & member(orths[np.minimum(ends, n - 1)], _POSSESSIVE_MARKS)
    claimed = np.zeros(int(ends.max()) + 1, dtype=bool)  # a mask: np.isin sorts
    claimed[ends[~reordered & (ends - starts > 1) & ~owner] - 1] = True
    return reordered & claimed[starts]


def orth_hashes(words: tuple[str, ...]) -> np.ndarray:
    return np.array(sorted(hash_string(w) for w in words), dtype=np.uint64)


# Words that make a label the name of something else: a place or a line one goes to
# (``the customer service desk``, ``the Customer Service Centre``, ``the employee helpline``)
# or a periodical (``Human Resource Management Journal``, ``Journal of Services Marketing``),
# or a contract
# (``service level agreement``: what a supplier promises, not the quality given).
_THING_AFTER = orth_hashes(
    ("desk", "desks", "hotline", "hotlines", "helpline", "helplines", "kiosk", "booth",
     "Journal", "Quarterly", "agreement", "agreements", "Desk", "centre", "centres", "center",
     "centers", "Centre", "Centres", "Center", "Centers")
)  # fmt: skip


_POSSESSIVE_MARKS = orth_hashes(("'", "\u2019", "'s", "\u2019s"))


_JOURNAL, _OF, _THE = (np.uint64(hash_string(w)) for w in ("Journal", "of", "the"))


_FOCUS = orth_hashes(("focus", "Focus", "FOCUS"))


_GROUPS = orth_hashes(("group", "groups", "Group", "Groups", "GROUP", "GROUPS"))


# ``Customer Services``, ``Team leader, customer services``: the plural names the department
# that serves customers, not the service they give.
_CUSTOMER = orth_hashes(("customer", "Customer", "CUSTOMER"))
_SERVICES = orth_hashes(("services", "Services", "SERVICES"))


def names_something_else(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which matches are part of the name of a place, a periodical, a contract or a
    department, not the concept: followed by a word of ``_THING_AFTER``, after ``Journal of``
    (``of the``), or ``customer services``."""
    n = len(orths)
    after = orths[np.minimum(ends, n - 1)]
    found = _THING_AFTER[np.minimum(np.searchsorted(_THING_AFTER, after), len(_THING_AFTER) - 1)]
    named = (ends < n) & (found == after)  # np.isin would sort both arrays every time
    # ``customer focus group``: a label ending on ``focus`` before ``group`` names a panel.
    named |= (ends < n) & member(orths[ends - 1], _FOCUS) & member(after, _GROUPS)
    department = member(orths[starts], _CUSTOMER) & member(orths[ends - 1], _SERVICES)
    named |= department & (ends - starts == 2)
    if not (orths == _JOURNAL).any():
        return named
    one, two, three = (orths[np.maximum(starts - k, 0)] for k in (1, 2, 3))
    journal = (starts >= 2) & (one == _OF) & (two == _JOURNAL)
    journal |= (starts >= 3) & (one == _THE) & (two == _OF) & (three == _JOURNAL)
    return named | journal


# Capitalised nouns that close a document's title (``Training Policy``, the ``Recognition and
# Reward Policy``, a ``Colleague Handbook``): the title names the document, not the practice
# (the rule for bare everyday words, point 2), whatever label it holds.
_DOCUMENT_HEADS = orth_hashes(tuple(
    form for w in ("Policy", "Policies", "Procedure", "Procedures", "Handbook", "Handbooks",
                   "Manual", "Manuals", "Guide", "Guides", "Guidelines", "Charter")
    for form in (w, w.upper())
))  # fmt: skip


_TITLE_JOINS = frozenset({"and", "&", "-"})


def in_document_name(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                      strings) -> np.ndarray:  # fmt: skip
    """Which matches lie in another document's title: the capitalised words (joined by
    ``and``) right before a word of ``_DOCUMENT_HEADS``, in running text or a list (``Read
    with: Training Policy``), not on a line of their own (a heading names what follows).
    Python work only for those few words."""
    found = np.zeros(len(starts), dtype=bool)
    for head in np.flatnonzero(member(orths, _DOCUMENT_HEADS)).tolist():
        first = head
        while first > 0:
            word = strings[int(orths[first - 1])]
            if not (word[:1].isupper() or word in _TITLE_JOINS):
                break
            first -= 1
        before = strings[int(orths[first - 1])] if first > 0 else "\n"
        after = strings[int(orths[head + 1])] if head + 1 < len(orths) else "\n"
        if before.isspace() and after.isspace():
            continue  # a heading: the document's own title or a section's, about its subject
        found |= (starts >= first) & (ends <= head)
    return found


def member(values: np.ndarray, sorted_hashes: np.ndarray) -> np.ndarray:
    """Which values are in a sorted array of hashes (a binary search: np.isin sorts)."""
    found = sorted_hashes[np.minimum(np.searchsorted(sorted_hashes, values),
                                     len(sorted_hashes) - 1)]  # fmt: skip
    return found == values


# Words after a short acronym that make it part of a job title: ``the HR director``, ``your
# HR business partner`` name a person, not the function.
_ROLE_AFTER = orth_hashes(tuple(
    form for w in ("manager", "director", "partner", "business", "officer", "advisor", "adviser",
                   "lead", "head", "assistant", "administrator", "generalist", "specialist",
                   "executive", "coordinator", "consultant")
    for form in (w, w + "s", w.capitalize(), w.capitalize() + "s")
))  # fmt: skip


def names_a_role(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  short: np.ndarray) -> np.ndarray:  # fmt: skip
    """Which one-word matches of a short acronym label (``HR``) begin a job title."""
    n = len(orths)
    one = (ends - starts == 1) & (ends < n) & member(orths[starts], short)
    if not one.any():
        return one
    return one & member(orths[np.minimum(ends, n - 1)], _ROLE_AFTER)


# Short acronyms spelt like a common English word (``IT``, ``US``): read as the acronym only
# where the word could not be meant.
SHORT_WORDS = frozenset({"it", "us", "as", "at", "in", "on", "or", "so", "to", "we", "he",
                         "me", "my", "no", "do", "go", "be", "by", "an", "if", "of", "up",
                         "is", "am"})  # fmt: skip


# Words after which such an acronym stands on its own as a name (``IT will run``, ``ask IT to``,
# ``IT did``); before any other word it modifies a noun (``the IT budget``, ``IT helpdesk``).
_STANDS_ALONE_BEFORE = orth_hashes(tuple(
    form for w in ("will", "would", "can", "could", "should", "may", "might", "must", "shall",
                   "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "and",
                   "or", "but", "to", "in", "on", "at", "for", "with", "from", "about", "of",
                   "by", "as", "so", "then", "now", "too", "also", "that", "who", "which",
                   "us", "me", "them", "him", "her", "you", "we", "they", "say", "says", "said")
    for form in (w, w.capitalize())
))  # fmt: skip


# The last name of a list of departments, closing its phrase (``billing and IT, and``,
# ``finance / IT.``), which round six and the coverage round's syllabi leave unmarked; not
# ``late and IT did``, a clause.
_LIST_JOINS = frozenset({"and", "or", "/", "&"})


def read_as_word(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  word_like: np.ndarray, strings) -> np.ndarray:  # fmt: skip
    """Which one-word matches of an acronym spelt like a word (``IT``) are not the acronym:
    inside a run of capitals (``WHY IT MATTERS``: the pronoun), before a word that makes it a
    modifier (``the IT budget``) rather than a name on its own (``IT will run``, ``nobody in
    IT.``, ``IT pushed the update``), or last in a list of departments (``billing and IT``).
    Python work only for those few matches."""
    n = len(orths)
    found = np.zeros(len(starts), dtype=bool)
    for i in np.flatnonzero((ends - starts == 1) & member(orths[starts], word_like)).tolist():
        start = int(starts[i])
        before = strings[int(orths[start - 1])] if start > 0 else ""
        after = strings[int(orths[start + 1])] if start + 1 < n else ""
        capitals = any(len(w) > 1 and w.isalpha() and w.isupper() for w in (before, after))
        listed = before in _LIST_JOINS and not after[:1].isalpha()
        modifier = (
            after[:1].isalpha()
            and not after.endswith("ed")
            and not member(orths[start + 1 : start + 2], _STANDS_ALONE_BEFORE)[0]
        )
        found[i] = capitals or modifier or listed
    return found


_DEGREE_PREFIXES = orth_hashes(tuple(
    form for w in ("well", "highly", "poorly", "badly", "fully", "better", "best", "less",
                   "more", "under", "over", "self")
    for form in (w, w.capitalize())
))  # fmt: skip


def inside_compound(arrays: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                     hyphen: int) -> np.ndarray:  # fmt: skip
    """Which matches are part of a hyphenated compound: ``marketing staff`` in
    ``non-marketing staff``, ``customer`` in ``customer-led``. Columns: IDX, LENGTH, ORTH,
    SPACY (trailing whitespace)."""
    orths, spaces = arrays[:, 2], arrays[:, 3]
    if not (orths == hyphen).any():
        return np.zeros(len(starts), dtype=bool)
    before = np.maximum(starts - 1, 0)
    after = np.minimum(ends, len(arrays) - 1)
    joined_before = (starts > 0) & (orths[before] == hyphen) & (spaces[before] == 0)
    # ``well-motivated crews``: an adverb of degree before the hyphen only grades the label.
    joined_before &= ~member(orths[np.maximum(starts - 2, 0)], _DEGREE_PREFIXES)
    joined_after = (ends < len(arrays)) & (orths[after] == hyphen) & (spaces[ends - 1] == 0)
    return joined_before | joined_after

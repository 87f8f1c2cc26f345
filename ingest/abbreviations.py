"""Abbreviations: ``internal marketing (IM)`` defines IM for the rest of the document.

Two sources make an acronym a mention of a concept:

- a definition in the document itself: a tagged concept followed by an acronym in
  parentheses whose letters are the initials of the concept's words (``total quality
  management (TQM)``), or the reverse order (``TQM (total quality management)``), or a list
  of abbreviations (``JS = job satisfaction``, ``FLE: front-line employee``);
- an acronym label of the ontology (``skos:hiddenLabel "TQM"``). Acronyms of three or
  more letters are matched case-sensitively everywhere; two-letter ones (``IM``) are too
  ambiguous for that and count only where the document defines them or names the concept
  in full somewhere.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.tokens import Doc

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}s?$")
MIN_FREE_ACRONYM = 3
SKIPPED_WORDS = frozenset({"of", "and", "the", "for", "in", "to", "&"})


def is_acronym(text: str) -> bool:
    """Whether a label or token looks like an acronym (``IM``, ``TQM``, ``HRMs``).

    >>> is_acronym("TQM"), is_acronym("Tqm"), is_acronym("I")
    (True, False, False)
    """
    return ACRONYM.match(text) is not None


def expands_to(acronym: str, phrase: str) -> bool:
    """Whether an acronym's letters are the initials of a phrase's words.

    >>> expands_to("IM", "internal marketing"), expands_to("TQM", "total quality management")
    (True, True)
    >>> expands_to("IM", "job satisfaction")
    False
    """
    letters = acronym.removesuffix("s").replace("&", "").lower()
    words = [w for w in re.split(r"[\s\-/]+", phrase.lower()) if w]
    full = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in SKIPPED_WORDS)
    return letters in (full, content)


def find_definitions(doc: Doc, orths: np.ndarray, mentions: list[tuple]) -> dict[str, str]:
    """Return ``{acronym: concept IRI}`` for every acronym the document defines.

    ``orths`` holds the tokens' ORTH hashes, ``mentions`` ``(start, end, kind, iri)``.
    """
    strings = doc.vocab.strings
    opening, closing = strings["("], strings[")"]
    size = len(orths)
    found: dict[str, str] = {}
    _glossary_definitions(doc, orths, mentions, found)
    # Every other definition has an opening parenthesis next to a mention: look only there.
    opened = set(np.flatnonzero(orths == opening).tolist())
    if not opened:
        return found
    for start, end, _, iri in mentions:
        if end not in opened and start - 1 not in opened:
            continue
        if end + 2 < size and orths[end] == opening and orths[end + 2] == closing:
            acronym = strings[int(orths[end + 1])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)
        if start >= 2 and orths[start - 1] == opening and end < size and orths[end] == closing:
            acronym = strings[int(orths[start - 2])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)
    return found


# Marks a list of abbreviations sets between an acronym and its words: ``IM = internal
# marketing``, ``FLE: front-line employee`` (``=`` also after the words).
GLOSSARY_MARKS = ("=", ":")


def _glossary_definitions(doc: Doc, orths: np.ndarray, mentions: list[tuple],
                          found: dict[str, str]) -> None:  # fmt: skip
    """Add the definitions a list of abbreviations gives: ``JS = job satisfaction``, ``CS:
    customer satisfaction``, ``job satisfaction = JS`` (the letters must be the initials)."""
    strings = doc.vocab.strings
    equals, colon = (strings[m] for m in GLOSSARY_MARKS)
    marks = set(np.flatnonzero((orths == equals) | (orths == colon)).tolist())
    if not marks:
        return
    size = len(orths)
    for start, end, _, iri in mentions:
        candidates = []
        if start - 1 in marks and start >= 2:
            candidates.append(start - 2)
        if end in marks and end + 1 < size and orths[end] == equals:
            candidates.append(end + 1)
        for at in candidates:
            acronym = strings[int(orths[at])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)


def acronym_mentions(
    doc: Doc, orths: np.ndarray, acronyms: dict[str, str], taken: bytearray
) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, "abbr", iri)`` for each free occurrence of the acronyms
    (singular or plural).

    ``taken`` marks the tokens already inside a mention; those are left alone.
    """
    if not acronyms:
        return []
    strings = doc.vocab.strings
    wanted = {strings.add(a): iri for a, iri in acronyms.items()}
    wanted |= {strings.add(a + "s"): iri for a, iri in acronyms.items()}
    if len(wanted) <= 8:  # a few comparisons cost less than np.isin's sort
        keys = iter(wanted)
        mask = orths == next(keys)
        for key in keys:
            mask |= orths == key
    else:
        mask = np.isin(orths, np.fromiter(wanted, dtype=orths.dtype))
    hits = np.flatnonzero(mask)
    return [(i, i + 1, "abbr", wanted[int(orths[i])]) for i in hits.tolist() if not taken[i]]

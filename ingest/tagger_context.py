"""Which concepts make which others count: the context an everyday or short label needs
before the tagger accepts it (``morale`` beside a staff concept, ``IM`` beside internal
marketing), and the nouns an acronym takes in (``IM programme``)."""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string

from imkg.ingest.abbreviations import (
    MIN_FREE_ACRONYM,
    is_acronym,
)
from imkg.ingest.labels import GENERIC_CLASSES, LabelSet


def context_acronyms(labels: LabelSet) -> dict[str, str]:
    """Return the short acronym labels (``IM``) that count only where their concept is named."""
    return {
        text: concept.iri
        for concept in labels.concepts
        for kind, text in concept.labels()
        if is_acronym(text) and len(text) < MIN_FREE_ACRONYM and kind != "alt"
    }


def acronym_vocabularies(labels: LabelSet) -> dict[str, frozenset[str]]:
    """For each concept with a short acronym label (``IM``), the other concepts whose
    preferred label holds a word of its name before the last (``internal`` of ``internal
    marketing``: internal customers, internal communication, the internal market ...). A text that
    names two of them is about the concept, and may use its acronym without spelling it
    out."""
    from imkg.ingest.word_forms import normalise

    found = {}
    for iri in set(context_acronyms(labels).values()):
        concept = labels.by_iri()[iri]
        words = set(normalise(concept.pref_label).split(" ")[:-1])
        found[iri] = frozenset(
            other.iri
            for other in labels.concepts
            if other.iri != iri
            and words & set(normalise(other.pref_label).replace("-", " ").split(" "))
        )
    return found


# How many concepts of a short acronym's vocabulary a text names before the acronym counts
# without the concept named in full (see :func:`acronym_vocabularies`).
VOCABULARY_NAMED = 2


def about(iri: str, named: set[str], vocabulary: frozenset[str]) -> bool:
    """Whether a text is about a concept with a short acronym: it names the concept, or two
    concepts of its vocabulary (``internal customers`` and ``internal comms`` for ``IM``)."""
    return iri in named or len(vocabulary.intersection(named)) >= VOCABULARY_NAMED


def with_head(
    mention: tuple, arrays: np.ndarray, taken: bytearray, heads: dict[str, frozenset[int]]
) -> tuple:
    """An acronym the document licenses with the noun after it that makes a label of its
    concept (``IM programme`` for ``internal marketing programme``, ``IM campaign``)."""
    start, end, kind, iri = mention
    nouns = heads.get(iri)
    if nouns and end < len(arrays) and int(arrays[end, 2]) in nouns and not taken[end]:
        taken[end] = 1
        return (start, end + 1, kind, iri)
    return mention


def everyday_contexts(labels: LabelSet) -> dict[str, frozenset[str]]:
    """For each concept, the concepts whose firm mention lets a bare everyday word of it count:
    itself and those linked to it in the ontology. The concepts that have everyday words
    (hidden labels such as ``morale``, ``turnover``, ``engagement``, and the tagger's own
    ``training``, ``retention``, ``satisfaction``) share theirs: the words all speak of how
    staff feel, learn and stay, so a text that firmly names one of them, or what is linked to
    one, reads the others in that sense too (``Driver turnover ... Engagement went up``)."""
    from imkg.ingest.patterns import contextual, staff_everyday_words

    kin = {c.iri: frozenset((c.iri, *c.related)) for c in labels.concepts}
    everyday = {c.iri for c in labels.concepts
                if any(contextual(kind, text) for kind, text in c.labels())}  # fmt: skip
    everyday |= set(staff_everyday_words(labels).values())
    shared = frozenset().union(*(kin[iri] for iri in everyday))
    return {iri: shared if iri in everyday else found for iri, found in kin.items()}


def concept_contexts(labels: LabelSet) -> dict[str, frozenset[str]]:
    """For each concept marked ``imkg:needsContext``: the concepts whose mention in the same
    text makes its everyday labels count (those of its own specific class, and those linked
    to it in the ontology)."""
    members: dict[str, set[str]] = {}
    for concept in labels.concepts:
        for cls in concept.classes:
            if cls not in GENERIC_CLASSES:
                members.setdefault(cls, set()).add(concept.iri)
    found = {}
    for concept in labels.concepts:
        if concept.needs_context:
            kin = {iri for cls in concept.classes for iri in members.get(cls, ())}
            found[concept.iri] = frozenset((kin | set(concept.related)) - {concept.iri})
    return found


def acronym_heads(labels: LabelSet) -> dict[str, frozenset[int]]:
    """Per concept, the ORTH hashes of the nouns that follow the words an acronym stands for
    in its labels: ``internal marketing programme`` gives ``programme`` (``programmes``,
    ``program``, capitalised too) for IM."""
    from imkg.ingest.patterns import acronym_expansions
    from imkg.ingest.word_forms import normalise, number_forms, spellings

    expansions = acronym_expansions(labels)
    found: dict[str, set[int]] = {}
    for concept in labels.concepts:
        for _, text in concept.labels():
            words = normalise(text).split(" ")
            head = " ".join(words[:-1])
            if len(words) >= 2 and head in expansions:
                forms = {s for n in number_forms(words[-1]) for s in spellings(n)}
                found.setdefault(concept.iri, set()).update(
                    hash_string(f) for form in forms for f in (form, form.capitalize())
                )
    return {iri: frozenset(hashes) for iri, hashes in found.items()}


def drop_out_of_context(chosen: list, taken: bytearray, context: dict[str, frozenset[str]]) -> list:
    """Drop the mentions of concepts with everyday labels whose context the text does not
    name (``influencers`` on Instagram), and free their tokens.

    Context is firm: a concept without everyday labels, or one whose own context was
    found first (``secretary`` beside ``modifiers`` beside ``internal customers``); two
    such concepts alone are none for each other (``energising ... diffusing``).
    """
    iris = {mention[3] for mention in chosen}
    waiting = iris.intersection(context)
    if not waiting:
        return chosen
    named = iris - waiting
    while True:
        found = {iri for iri in waiting if not context[iri].isdisjoint(named)}
        if not found:
            break
        named |= found
        waiting -= found
    kept = []
    for mention in chosen:
        if mention[3] in waiting:
            taken[mention[0] : mention[1]] = bytes(mention[1] - mention[0])
        else:
            kept.append(mention)
    return kept

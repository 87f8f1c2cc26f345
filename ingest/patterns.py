"""The phrase patterns the concept rulers hold: one per form of every label of every concept.

Each pattern carries the concept IRI as its ``id`` and the kind of match as its ``label``
(see the table in ``imkg.ingest.tagger``). Lowercase phrases go to one ruler; phrases holding
an acronym (``IT function``, ``IM as a management strategy``) to a case-sensitive one.
"""

from __future__ import annotations

import itertools

from imkg.ingest.abbreviations import MIN_FREE_ACRONYM, expands_to, is_acronym
from imkg.ingest.labels import LabelSet
from imkg.ingest.variants import normalise, number_forms, order_variants, surface_variants


def concept_patterns(labels: LabelSet) -> tuple[list[dict], list[dict]]:
    """Return the ``span_ruler`` patterns for every label of every concept.

    Two lists: phrases matched on lowercase tokens, and phrases matched case-sensitively
    (acronyms and labels holding one, such as ``IT function``: ``it function`` is no label).
    """
    lower: dict[tuple, dict] = {}
    cased: dict[tuple, dict] = {}
    expansions = acronym_expansions(labels)
    for concept in labels.concepts:
        for kind, text in concept.labels():
            is_cased = any(is_acronym(w) for w in text.split())
            patterns = _cased_patterns(kind, text) if is_cased else _label_patterns(kind, text)
            for pattern in patterns:
                key = (pattern["label"], pattern["pattern"], concept.iri)
                (cased if is_cased else lower).setdefault(key, {**pattern, "id": concept.iri})
            if is_cased:
                continue
            for short in _shortened(text, expansions):
                key = ("variant", short, concept.iri)
                cased.setdefault(key, {"label": "variant", "pattern": short, "id": concept.iri})
    return list(lower.values()), list(cased.values())


def acronym_expansions(labels: LabelSet) -> dict[str, str]:
    """``{"internal marketing": "IM"}``: each acronym label and the label of the same
    concept it stands for."""
    found = {}
    for concept in labels.concepts:
        texts = [text for _, text in concept.labels()]
        for acronym in (t for t in texts if is_acronym(t)):
            for text in texts:
                if not is_acronym(text) and expands_to(acronym, text):
                    found.setdefault(normalise(text), acronym)
    return found


def _shortened(text: str, expansions: dict[str, str]) -> set[str]:
    """The forms of a label of three or more words with an acronym in place of the words it
    stands for (``IM as a management strategy``, ``IM programmes fizzle out``), as written
    and with a capital first letter. Shorter ones (``IM strategy``) are too ambiguous to
    match without the document's definition."""
    label = f" {normalise(text)} "
    inside = [e for e in expansions if f" {e} " in label and label.strip() != e]
    if not inside:
        return set()
    found = set()
    for form in surface_variants(text) | order_variants(text):
        for expansion in inside:
            if f" {expansion} " in f" {form} ":
                short = f" {form} ".replace(f" {expansion} ", f" {expansions[expansion]} ", 1)
                if len(short.split()) >= 3:
                    found |= {short.strip(), short.strip()[:1].upper() + short.strip()[1:]}
    return found


def _label_patterns(kind: str, text: str) -> list[dict]:
    exact = normalise(text)
    forms = surface_variants(text)
    found = [{"label": kind, "pattern": exact}] if exact in forms else []
    found += [{"label": "variant", "pattern": form} for form in sorted(forms - {exact})]
    found += [{"label": "order", "pattern": form} for form in sorted(order_variants(text) - forms)]
    return found


def _cased_patterns(kind: str, text: str) -> list[dict]:
    words = text.split()
    if len(words) == 1:
        if len(text) < MIN_FREE_ACRONYM:
            return []
        return [{"label": kind, "pattern": text}, {"label": "variant", "pattern": text + "s"}]
    options = []
    for i, word in enumerate(words):
        if is_acronym(word):
            options.append([word])
            continue
        forms = number_forms(normalise(word)) if i == len(words) - 1 else {normalise(word)}
        options.append(sorted(forms | {f.capitalize() for f in forms}))
    found = {" ".join(combo) for combo in itertools.product(*options)}
    return [{"label": kind if f == text else "variant", "pattern": f} for f in sorted(found)]

"""The phrase patterns the concept rulers hold: one per form of every label of every concept.

Each pattern carries the concept IRI as its ``id`` and the kind of match as its ``label``
(see the table in ``imkg.ingest.tagger``). Lowercase phrases go to one ruler; phrases holding
an acronym (``IT function``, ``IM as a management strategy``) to a case-sensitive one.
"""

from __future__ import annotations

import itertools
import re

from imkg.ingest.abbreviations import MIN_FREE_ACRONYM, expands_to, is_acronym
from imkg.ingest.labels import LabelSet
from imkg.ingest.order_variants import order_variants, stand_in_forms
from imkg.ingest.variants import comparative_forms, surface_variants
from imkg.ingest.word_forms import known, normalise, number_forms

# Words after an acronym that make a label a department's (``IT department``, ``HR function``).
DEPARTMENT_HEADS = frozenset({"department", "function"})
# Everyday words the tagger reads as a staff concept in context, as it reads the ontology's
# hidden everyday labels (``morale``, ``turnover``): the word and a label of its concept. Kept
# out of the ontology, whose question answering would take ``satisfaction`` or ``training``
# in any question for the staff's (see the rule for bare everyday words in docs/ingest.md).
# Not ``satisfaction`` or ``retention``: the customers' satisfaction and retention are IM
# concepts as much as the staff's, and a bare word does not say whose ("satisfaction scores
# from diners rose" beside "employee motivation" read as job satisfaction).
STAFF_EVERYDAY_WORDS = {"training": "employee training"}
# ... and those two, which count only where the text says the staff's beside them: their owner
# after ``of`` or ``among``, or before them with a possessive (``retention of new conductors``,
# ``nurses' satisfaction``; see ``staff_owner`` in :mod:`imkg.ingest.everyday_words`).
# Matches of kind ``owned``.
OWNED_EVERYDAY_WORDS = {"retention": "staff retention", "satisfaction": "job satisfaction"}
# Acronym labels this long also match in lower case (``csat``); shorter ones only as written.
LOWERCASE_ACRONYM = 4


def concept_patterns(labels: LabelSet) -> tuple[list[dict], list[dict]]:
    """Return the ``span_ruler`` patterns for every label of every concept.

    Two lists: phrases matched on lowercase tokens, and phrases matched case-sensitively
    (acronyms and labels holding one, such as ``IT function``: ``it function`` is no label).
    """
    lower: dict[tuple, dict] = {}
    cased: dict[tuple, dict] = {}
    expansions = acronym_expansions(labels)
    departments = department_acronyms(labels)
    everyday = staff_everyday_words(labels)
    owned = staff_everyday_words(labels, OWNED_EVERYDAY_WORDS)
    for concept in labels.concepts:
        named = [("alt", a) for a, iri in departments.items() if iri == concept.iri]
        named += [("hidden", w) for w, iri in everyday.items() if iri == concept.iri]
        named += [("owned", w) for w, iri in owned.items() if iri == concept.iri]
        for kind, text in [*concept.labels(), *named]:
            is_cased = any(is_acronym(w) for w in text.split())
            patterns = _cased_patterns(kind, text) if is_cased else _label_patterns(kind, text)
            for pattern in patterns:
                key = (pattern["label"], pattern["pattern"], concept.iri)
                (cased if is_cased else lower).setdefault(key, {**pattern, "id": concept.iri})
            if is_cased:
                continue
            joined = _hashtag_form(text)
            if joined:
                key = ("variant", joined, concept.iri)
                lower.setdefault(key, {"label": "variant", "pattern": joined, "id": concept.iri})
            for short in _shortened(text, expansions):
                key = ("variant", short, concept.iri)
                cased.setdefault(key, {"label": "variant", "pattern": short, "id": concept.iri})
    return list(lower.values()), list(cased.values())


def department_acronyms(labels: LabelSet) -> dict[str, str]:
    """``{"IT": iri}``: a department is also named by its acronym alone (``ask IT to``, ``HR
    called``), where a label is that acronym before ``department`` or ``function`` (``IT
    department``) and the concept has no such label yet. Kept out of the ontology, whose other
    readers match labels in any case (``what does it do``)."""
    found = {}
    for concept in labels.concepts:
        texts = {text for _, text in concept.labels()}
        for text in texts:
            words = text.split()
            department = len(words) == 2 and words[1] in DEPARTMENT_HEADS
            if department and is_acronym(words[0]) and words[0] not in texts:
                found.setdefault(words[0], concept.iri)
    return found


def staff_everyday_words(
    labels: LabelSet, words: dict[str, str] = STAFF_EVERYDAY_WORDS
) -> dict[str, str]:
    """``{"training": iri}``: the words of ``STAFF_EVERYDAY_WORDS`` (or ``words``) whose concept
    has the label given there and not yet the word itself."""
    by_label = {normalise(text): c for c in labels.concepts for _, text in c.labels()}
    found = {}
    for word, label in words.items():
        concept = by_label.get(label)
        if concept is not None and word not in by_label:
            found[word] = concept.iri
    return found


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


def _hashtag_form(text: str) -> str | None:
    """A label of two or more words run together, as hashtags write it (``#InternalMarketing``,
    ``#employeeengagement``); matched on lowercase tokens, so any capitals do. None for a
    one-word label (its own pattern covers it) and for one of more than four words.

    >>> _hashtag_form("internal marketing"), _hashtag_form("front-line staff")
    ('internalmarketing', 'frontlinestaff')
    >>> _hashtag_form("empowerment") is None
    True
    """
    words = re.split(r"[\s\-]+", normalise(text))
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return None
    return "".join(words)


def contextual(kind: str, text: str) -> bool:
    """Whether a label is an everyday word that names the concept only in its context: a
    one-word hidden label in lower case (``morale``, ``turnover``, ``recognition``; not an
    acronym such as ``CSAT``). Its matches are of kind ``context`` (see the tagger).

    >>> contextual("hidden", "turnover"), contextual("alt", "teamwork"), contextual("hidden", "IM")
    (True, False, False)
    """
    return kind == "hidden" and " " not in text.strip() and text.islower()


def _label_patterns(kind: str, text: str) -> list[dict]:
    if kind == "owned":
        return [{"label": "owned", "pattern": form} for form in number_forms(normalise(text))]
    if contextual(kind, text):
        # No verb forms: ``The Trust recognises that ...`` is no recognition scheme. A word too
        # common to be a label on its own (``motivation``) is one here: its context decides.
        word = normalise(text)
        forms = surface_variants(text, derived=False) or set(number_forms(word))
        return [{"label": "context", "pattern": form} for form in sorted(forms)]
    exact = normalise(text)
    forms = surface_variants(text)
    found = [{"label": kind, "pattern": exact}] if exact in forms else []
    found += [{"label": "variant", "pattern": form} for form in sorted(forms - {exact})]
    found += [{"label": "variant", "pattern": form} for form in sorted(comparative_forms(forms))]
    found += [{"label": "order", "pattern": form} for form in sorted(order_variants(text) - forms)]
    return found


def _lowercase_safe(acronym: str) -> bool:
    """Whether an acronym label may match in lower case too, as chats and notes write it
    (``csat``): four letters or more and no English word when lowered. Shorter ones stay
    case-sensitive (``tqm``, ``crm`` and ``im`` are too easily slips or other words).

    >>> _lowercase_safe("CSAT"), _lowercase_safe("TQM")
    (True, False)
    """
    lowered = acronym.lower()
    return len(acronym) >= LOWERCASE_ACRONYM and lowered.isalpha() and not known(lowered)


def _abbreviated(word: str) -> tuple[str, ...]:
    """A word and its abbreviations among the stand-ins (``department``, ``dept``); people
    words keep only themselves here (``HR staff`` has no ``HR nurses``)."""
    forms = stand_in_forms(word)
    return forms if "dept" in forms or "depts" in forms else (word,)


def _cased_patterns(kind: str, text: str) -> list[dict]:
    words = text.split()
    if len(words) == 1:
        # A short acronym given as an alternative label (``HR``) is a name writers use on its
        # own; a hidden one (``IM``) counts only in its concept's context (see the tagger).
        if len(text) < MIN_FREE_ACRONYM and kind != "alt":
            return []
        found = [{"label": kind, "pattern": text}, {"label": "variant", "pattern": text + "s"}]
        if _lowercase_safe(text):
            found.append({"label": "variant", "pattern": text.lower()})
        return found
    options = []
    for i, word in enumerate(words):
        if is_acronym(word):
            options.append([word])
            continue
        last = i == len(words) - 1
        # The last word's number and its short forms (``HR dept`` for ``HR department``).
        forms = (
            {f for w in _abbreviated(normalise(word)) for f in number_forms(w)}
            if last
            else {normalise(word)}
        )
        options.append(sorted(forms | {f.capitalize() for f in forms}))
    found = {" ".join(combo) for combo in itertools.product(*options)}
    return [{"label": kind if f == text else "variant", "pattern": f} for f in sorted(found)]

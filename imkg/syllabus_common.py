"""Concepts with one common word for a label (``employee``, ``organisation``): the tagger leaves
such words out on their own, so a syllabus covers the concept where the word (or, for
``employee``, "staff" or "workforce") stands in a passage that teaches another, tagged concept.
"""

from __future__ import annotations

import re
from typing import Any

from imkg.cache import per_generation
from imkg.namespaces import IMKG, ONTOLOGY_GRAPH, concept_slug
from imkg.search import label_index
from imkg.store import GraphStore
from imkg.syllabus_scope import COVERS, clause_excludes

CONTEXT_QUERY = f"""
SELECT ?c WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?c <{IMKG}needsContext> true }} }}
"""


def common_labels(store: GraphStore) -> dict[str, str]:
    """The one-word, lowercase labels of concepts (``employee``, ``organisation``), each to its
    concept: the tagger leaves the common ones out on their own. Concepts the tagger counts only
    in context (``imkg:needsContext``) are left out here too."""

    def build(store: GraphStore) -> dict[str, str]:
        gated = {concept_slug(row["c"].value) for row in store.select(CONTEXT_QUERY)}
        words: dict[str, str] = {}
        for entry in label_index(store).entries.values():
            if entry.slug in gated:
                continue
            for label in entry.labels:
                text = label.text.strip()
                if label.kind != "hiddenLabel" and re.fullmatch(r"[a-z]+", text):
                    words.setdefault(text, entry.slug)
        return words

    return per_generation(store, "coverage-common-labels", build)


_COMMON_FORMS = r"(?:s|es)?(?:['\u2019]s?)?"
# What syllabi call the party "employee": a course about staff rarely says "employee". Not the
# teachers ("teaching staff", "academic staff") or a place ("staff room").
_WORDS_FOR = {"employee": ("staff", "workforce")}
_NOT_THE_PARTY = re.compile(
    r"\b(?:teaching|academic|faculty|university|library)\s+staff\b|\bstaff[- ](?:room|student)",
    re.IGNORECASE,
)


def common_word_findings(store: GraphStore, found: list[Any]) -> list[tuple[str, str]]:
    """The concepts (with their passages) of one-word labels used in the passages that teach
    other concepts (tagged ones: a reading rebuilt from a verb is an inference already, and a
    word counted beside it would be a second one). ``found`` holds the coverage findings."""
    words = common_labels(store)
    taught = {item.slug for item in found if item.role == COVERS}
    wanted = {word: slug for word, slug in words.items() if slug not in taught}
    for label, others in _WORDS_FOR.items():
        if label in wanted:
            wanted |= dict.fromkeys(others, wanted[label])
    if not wanted:
        return []
    pattern = re.compile(
        r"\b("
        + "|".join(sorted(map(re.escape, wanted), key=len, reverse=True))
        + ")"
        + _COMMON_FORMS
        + r"\b",
        re.IGNORECASE,
    )
    extra: list[tuple[str, str]] = []
    done: set[str] = set()
    teaching = (i.passage for i in found if i.role == COVERS and i.passage and not i.inferred)
    for passage in dict.fromkeys(teaching):
        for m in pattern.finditer(passage):
            slug = wanted[m.group(1).lower()]
            if slug in done or clause_excludes(passage, m.start(), m.end(), 0, len(passage)):
                continue
            if any(n.start() <= m.start() < n.end() for n in _NOT_THE_PARTY.finditer(passage)):
                continue
            done.add(slug)
            extra.append((slug, passage))
    return extra

"""Find concepts by what people type: ranked search and confident resolution of a phrase.

The label index (preferred, alternative and hidden labels, definitions and classes of every
concept) is read with one SPARQL query and cached per store generation, so a search costs
no query at all once the index is warm.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from imkg.cache import per_generation
from imkg.namespaces import CONCEPT, IMKG, ONTOLOGY_GRAPH, concept_slug, sparql_prefixes
from imkg.store import GraphStore
from imkg.text import content_words, key, similarity, stem, words

LABELS_QUERY = (
    sparql_prefixes()
    + f"""SELECT ?c ?p ?l WHERE {{
  ?c a skos:Concept .
  VALUES ?p {{ skos:prefLabel skos:altLabel skos:hiddenLabel skos:definition }}
  ?c ?p ?l .
  FILTER(STRSTARTS(STR(?c), "{CONCEPT}"))
}}"""
)
TYPES_QUERY = (
    sparql_prefixes()
    + f"""SELECT ?c ?t WHERE {{
  GRAPH <{ONTOLOGY_GRAPH}> {{ ?c a ?t }}
  FILTER(STRSTARTS(STR(?c), "{CONCEPT}") && STRSTARTS(STR(?t), "{IMKG}"))
}}"""
)
_WEIGHT = {"prefLabel": 1.0, "altLabel": 0.97, "hiddenLabel": 0.95}
TYPO_SIMILARITY = 0.55


@dataclass
class Label:
    """One label of a concept, prepared for matching."""

    text: str
    kind: str
    words: tuple[str, ...]
    key: str
    exact: str


@dataclass
class Entry:
    """A concept as the search sees it."""

    slug: str
    iri: str
    label: str = ""
    definition: str = ""
    types: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    definition_stems: frozenset[str] = frozenset()


@dataclass
class Hit:
    """A ranked search result: the concept, its score 0..1 and the label that matched."""

    entry: Entry
    score: float
    matched: str


class LabelIndex:
    """Every concept's labels, ready for exact, word-form and typo-tolerant matching."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self.entries = entries
        self._memo: dict[str, dict[str, float]] = {}
        self.by_key: dict[str, set[str]] = {}
        self.by_exact: dict[str, dict[str, Label]] = {}
        vocabulary: set[str] = set()
        for entry in entries.values():
            for label in entry.labels:
                self.by_key.setdefault(label.key, set()).add(entry.slug)
                self.by_exact.setdefault(label.exact, {}).setdefault(entry.slug, label)
                vocabulary.update(label.words)
        self.vocabulary = frozenset(vocabulary)  # fixed: slip lookups index it once

    def word_matches(self, word: str) -> dict[str, float]:
        """Return the label words like ``word`` (typos and word forms) with their similarity."""
        found = self._memo.get(word)
        if found is not None:
            return found
        found = {}
        for candidate in self.vocabulary:
            value = similarity(word, candidate)
            if value >= TYPO_SIMILARITY:
                found[candidate] = value
        if len(self._memo) < 50_000:
            self._memo[word] = found
        return found

    def search(self, query: str, *, limit: int = 20, threshold: float = 0.35) -> list[Hit]:
        """Rank concepts by how well their labels, then their definitions, match ``query``."""
        query_words = content_words(query)
        if not query_words:
            return []
        matches = {w: self.word_matches(w) for w in set(query_words)}
        stems = {stem(w) for w in query_words}
        exact = " ".join(words(query))
        hits = []
        for entry in self.entries.values():
            best, matched = 0.0, entry.label
            for label in entry.labels:
                score = label_score(label, exact, query_words, matches)
                if score > best:
                    best, matched = score, label.text
            in_definition = len(stems & entry.definition_stems) / len(stems)
            score = round(max(best, 0.5 * in_definition) + 0.05 * in_definition, 4)
            if score >= threshold:
                hits.append(Hit(entry, score, matched))
        hits.sort(key=lambda h: (-h.score, h.entry.label))
        return hits[:limit]


def label_score(
    label: Label, exact: str, query_words: list[str], matches: dict[str, dict[str, float]]
) -> float:
    """Score one label against a query: 1 for the same words, else an F-measure of overlap."""
    if exact == label.exact:
        return _WEIGHT[label.kind]
    if not label.words:
        return 0.0
    per_query = [
        max((matches[q].get(w, 0.0) for w in label.words), default=0.0) for q in query_words
    ]
    per_label = [
        max((matches[q].get(w, 0.0) for q in query_words), default=0.0) for w in label.words
    ]
    coverage = sum(per_query) / len(per_query)
    precision = sum(per_label) / len(per_label)
    if not coverage or not precision:
        return 0.0
    return 0.9 * _WEIGHT[label.kind] * 2 * coverage * precision / (coverage + precision)


def build_index(store: GraphStore) -> LabelIndex:
    """Read every concept's labels, definition and classes from ``store``."""
    entries: dict[str, Entry] = {}
    for row in store.select(LABELS_QUERY):
        slug = concept_slug(row["c"].value)
        entry = entries.setdefault(slug, Entry(slug, row["c"].value))
        kind = row["p"].value.rsplit("#", 1)[1]
        text = row["l"].value
        if kind == "definition":
            entry.definition = entry.definition or text
            entry.definition_stems = frozenset(stem(w) for w in content_words(text))
            continue
        if kind == "prefLabel" and (not entry.label or _english(row["l"])):
            entry.label = text
        entry.labels.append(
            Label(text, kind, tuple(content_words(text)), key(text), " ".join(words(text)))
        )
    for row in store.select(TYPES_QUERY):
        entry = entries.get(concept_slug(row["c"].value))
        local = row["t"].value[len(IMKG) :]
        if entry is not None and local != "IMConcept" and local not in entry.types:
            entry.types.append(local)
    for entry in entries.values():
        entry.label = entry.label or entry.slug.replace("-", " ")
        entry.types.sort()
    return LabelIndex(entries)


def _english(literal: object) -> bool:
    return getattr(literal, "language", None) in (None, "en")


def label_index(store: GraphStore) -> LabelIndex:
    """Return the label index of ``store``, rebuilt only when the store has been written."""
    return per_generation(store, "labels", build_index)


def search(store: GraphStore, query: str, *, limit: int = 20) -> list[Hit]:
    """Rank the concepts of ``store`` for ``query``, tolerant of typos and word forms."""
    return label_index(store).search(query, limit=limit)

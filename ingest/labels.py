"""The concepts the tagger looks for, with their labels, classes and place in the hierarchy.

Labels come from the store's ontology graph when a store is given (so tagging follows the
graph the API serves), else from the ontology files bundled with the package.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from imkg.namespaces import CONCEPT, IMKG, ONTOLOGY_GRAPH, RDF, SKOS
from imkg.store import GraphStore

LABEL_KINDS = {SKOS + "prefLabel": "pref", SKOS + "altLabel": "alt", SKOS + "hiddenLabel": "hidden"}
# Classes that say nothing about how specific a concept is.
GENERIC_CLASSES = frozenset(
    {
        SKOS + "Concept",
        IMKG + "IMConcept",
        IMKG + "CoreConcept",
        "http://www.w3.org/2002/07/owl#NamedIndividual",
    }
)
NOT_CONCEPTS = frozenset({SKOS + "ConceptScheme"})
# Links that make two concepts no context for each other.
UNRELATING = frozenset({RDF + "type", SKOS + "inScheme", SKOS + "topConceptOf"})


@dataclass(frozen=True)
class Concept:
    """One concept of the ontology and the English labels a text may use for it."""

    iri: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    # Concepts linked to this one by any property, either way (its context in a text).
    related: tuple[str, ...] = ()
    # Its labels are everyday words: tag it only where its context is named (imkg:needsContext).
    needs_context: bool = False

    @property
    def slug(self) -> str:
        """The concept's stable id, the local name of its IRI."""
        return self.iri.rsplit("/", 1)[-1]

    @property
    def specificity(self) -> int:
        """How specific the concept is: a broader concept and a non-generic class each add one.

        Used to break ties between equally long matches of two concepts.
        """
        specific_class = any(c not in GENERIC_CLASSES for c in self.classes)
        return int(bool(self.broader)) + int(specific_class)

    def labels(self) -> list[tuple[str, str]]:
        """Return ``(kind, text)`` for every label: ``pref``, ``alt`` or ``hidden``."""
        found = [("pref", self.pref_label)]
        found += [("alt", text) for text in self.alt_labels]
        found += [("hidden", text) for text in self.hidden_labels]
        return found


@dataclass(frozen=True)
class LabelSet:
    """Every concept the tagger knows, in IRI order (hashable, so pipelines can be cached)."""

    concepts: tuple[Concept, ...]

    def by_iri(self) -> dict[str, Concept]:
        """Map each concept IRI to its :class:`Concept`."""
        return {c.iri: c for c in self.concepts}

    def fingerprint(self) -> str:
        """A short hash of every label and class: equal fingerprints tag equally."""
        digest = hashlib.sha256()
        for concept in self.concepts:
            digest.update(repr(concept).encode())
        return digest.hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.concepts)


def _english(term: ox.Literal) -> bool:
    return term.language in (None, "", "en") or term.language.startswith("en-")


def labels_from_triples(triples: Iterable[ox.Triple | tuple]) -> LabelSet:
    """Collect concepts from ontology triples (or ``(s, p, o)`` tuples of pyoxigraph terms)."""
    info: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for triple in triples:
        s, p, o = (
            triple
            if isinstance(triple, tuple)
            else (triple.subject, triple.predicate, triple.object)
        )
        if not isinstance(s, ox.NamedNode) or not s.value.startswith(CONCEPT):
            continue
        if p.value in LABEL_KINDS and isinstance(o, ox.Literal) and _english(o):
            info[s.value][LABEL_KINDS[p.value]].append(o.value)
        elif p.value == RDF + "type" and isinstance(o, ox.NamedNode):
            info[s.value]["class"].append(o.value)
        elif p.value == IMKG + "needsContext" and isinstance(o, ox.Literal):
            info[s.value]["needs_context"].append(o.value)
        if p.value == SKOS + "broader" and isinstance(o, ox.NamedNode):
            info[s.value]["broader"].append(o.value)
        linked = isinstance(o, ox.NamedNode) and o.value.startswith(CONCEPT)
        if linked and p.value not in UNRELATING:
            info[s.value]["related"].append(o.value)
            info[o.value]["related"].append(s.value)
    return LabelSet(
        tuple(_concept(iri, info[iri]) for iri in sorted(info) if _is_concept(info[iri]))
    )


def _is_concept(found: dict[str, list[str]]) -> bool:
    return bool(found["pref"]) and not NOT_CONCEPTS.intersection(found["class"])


def _concept(iri: str, found: dict[str, list[str]]) -> Concept:
    return Concept(
        iri=iri,
        pref_label=sorted(found["pref"])[0],
        alt_labels=tuple(sorted(set(found["alt"]))),
        hidden_labels=tuple(sorted(set(found["hidden"]))),
        classes=tuple(sorted(set(found["class"]))),
        broader=tuple(sorted(set(found["broader"]))),
        related=tuple(sorted(set(found["related"]) - {iri})),
        needs_context="true" in found["needs_context"],
    )


LABEL_QUERY = f"""
SELECT ?s ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
  ?s ?p ?o .
  FILTER(?p IN (<{SKOS}prefLabel>, <{SKOS}altLabel>, <{SKOS}hiddenLabel>, <{RDF}type>,
                <{IMKG}needsContext>)
         || (isIRI(?o) && STRSTARTS(STR(?o), "{CONCEPT}")))
}} }}
"""


def labels_from_store(store: GraphStore) -> LabelSet:
    """Collect concepts from the store's ontology graph (empty if it has not been built)."""
    return labels_from_triples((r["s"], r["p"], r["o"]) for r in store.select(LABEL_QUERY))


def load_labels(store: GraphStore | None = None) -> LabelSet:
    """Return the concepts of the store's ontology graph, or of the bundled ontology files.

    A store whose ontology graph is empty falls back to the bundled files too.
    """
    if store is not None:
        found = labels_from_store(store)
        if len(found):
            return found
    from imkg.build import load_ontology

    return labels_from_triples(load_ontology())

"""What a concept page shows, in the declared property order, and its RDF downloads.

The facts come from the core readers (:func:`imkg.concepts.get_concept`,
:func:`imkg.influence.influences`); this module only groups them for the page: definition,
broader, narrower, influences, influenced by, related, labels, examples, sources, then the
passages of the corpus that mention the concept.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from imkg.api.passages import document_texts, readable_passages
from imkg.concepts import get_concept, summary
from imkg.influence import influences
from imkg.kinds import kind_index
from imkg.namespaces import (
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    concept_iri,
    sparql_prefixes,
)
from imkg.store import GraphStore

# (direction, property) pairs that put a related concept in one section of the page.
SECTIONS = {
    "broader": {("out", "skos:broader"), ("in", "skos:narrower")},
    "narrower": {("out", "skos:narrower"), ("in", "skos:broader")},
    "related": {("out", "skos:related"), ("in", "skos:related")},
}
# Shown by the influence sections, from the causal model itself.
INFLUENCE_PROPERTIES = {
    "imkg:influences",
    "imkg:directlyInfluences",
    "imkg:influencedBy",
    "imkg:directlyInfluencedBy",
}
DOWNLOADS = (("ttl", "Turtle", "text/turtle"), ("jsonld", "JSON-LD", "application/ld+json"))


def concept_page(store: GraphStore, slug: str) -> dict[str, Any] | None:
    """Return everything the concept page shows, or None if there is no such concept."""
    concept = get_concept(store, slug)
    if concept is None:
        return None
    kinds = kind_index(store).kinds
    page = {
        "concept": concept,
        "kinds": [(t, kinds[t].label if t in kinds else t) for t in concept["types"]],
        "out": influences(store, slug, direction="out"),
        "into": influences(store, slug, direction="in"),
        "other": [],
        "examples": _as_list(concept["attributes"].get("skos:example")),
        "facts": [
            (_humanise(name), value)
            for name, value in sorted(concept["attributes"].items())
            if name != "skos:example"
        ],
        "passages": _by_document(store, concept),
    }
    for name in SECTIONS:
        page[name] = []
    seen: set[tuple[str, str]] = set()
    for relation in concept["relations"]:
        _place(page, relation, seen)
    for item in (*page["out"]["indirect"], *page["into"]["indirect"]):
        item["via"] = [summary(store, s) for s in item["path"][1:-1]]
    return page


def _place(page: dict[str, Any], relation: dict[str, Any], seen: set[tuple[str, str]]) -> None:
    key = (relation["direction"], relation["property"])
    if relation["property"] in INFLUENCE_PROPERTIES:
        return
    for name, keys in SECTIONS.items():
        if key in keys:
            if (name, relation["id"]) not in seen:
                seen.add((name, relation["id"]))
                page[name].append(relation)
            return
    label = _humanise(relation["property"])
    if relation["direction"] == "in":
        label = label[4:] + " of" if label.startswith("has ") else f"{label} (inverse)"
    if (label, relation["id"]) not in seen:
        seen.add((label, relation["id"]))
        page["other"].append({**relation, "name": label})


def _humanise(curie: str) -> str:
    """Turn ``imkg:hasFrequentCustomerContact`` into ``has frequent customer contact``.

    >>> _humanise("imkg:exampleRole")
    'example role'
    """
    local = curie.split(":", 1)[-1]
    return "".join(f" {c.lower()}" if c.isupper() else c for c in local).strip()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _by_document(store: GraphStore, concept: dict[str, Any]) -> list[dict[str, Any]]:
    """Group the mentions by document as readable passages, most mentioned documents first."""
    groups: dict[str, dict[str, Any]] = {}
    for mention in concept.get("mentions", []):
        group = groups.setdefault(
            mention["document"],
            {"document": mention["document"], "title": mention["title"], "mentions": []},
        )
        group["mentions"].append(mention)
    texts = document_texts(store, list(groups))
    for doc_id, group in groups.items():
        group["passages"] = readable_passages(
            texts.get(doc_id), group.pop("mentions"), concept["id"], concept["label"]
        )
        group["mention_count"] = sum(p["mentions"] for p in group["passages"])
    return sorted(groups.values(), key=lambda g: (-g["mention_count"], g["title"] or ""))


def describe_query(slug: str) -> str:
    """Return the CONSTRUCT that gives one concept's curated and inferred statements.

    The claims behind its stated influences come along, so a download keeps the provenance.
    """
    iri = concept_iri(slug)
    return (
        sparql_prefixes()
        + f"""CONSTRUCT {{ <{iri}> ?p ?o . ?claim ?cp ?co . }} WHERE {{
  {{ VALUES ?g {{ <{ONTOLOGY_GRAPH}> <{INFERRED_GRAPH}> }} GRAPH ?g {{ <{iri}> ?p ?o }} }}
  UNION
  {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?claim a imkg:InfluenceClaim ; imkg:cause|imkg:effect <{iri}> ;
       ?cp ?co }} }}
}}"""
    )


def concept_rdf(store: GraphStore, slug: str, format: ox.RdfFormat) -> bytes:
    """Serialise one concept's statements in ``format`` (Turtle or JSON-LD)."""
    triples = store.query(describe_query(slug))
    return ox.serialize(triples, format=format, prefixes=dict(PREFIXES))

"""Read concepts the way curriculum designers ask for them: lists, one concept, its mentions.

Every helper takes an optional ``trace`` list and appends each SPARQL query it runs, so that
callers (the question answerer, the JSON API) can show the query behind an answer.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from imkg.cache import per_generation
from imkg.kinds import kind_index
from imkg.namespaces import (
    CONCEPT,
    DCTERMS,
    DOCUMENT,
    IMKG,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SKOS,
    concept_iri,
    concept_slug,
    sparql_prefixes,
)
from imkg.search import label_index, search
from imkg.store import GraphStore, Row

Trace = list[str] | None

LABEL_PROPERTIES = {SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"}
SKIPPED = {SKOS + "inScheme", "http://www.w3.org/2002/07/owl#sameAs"}
MENTION_LIMIT = 100


def run(store: GraphStore, sparql: str, trace: Trace) -> list[Row]:
    """Run one SELECT on ``store``, recording it in ``trace``."""
    if trace is not None:
        trace.append(sparql)
    return store.select(sparql)


def curie(iri: str) -> str:
    """Return ``iri`` as a prefixed name when a known prefix fits.

    >>> curie("http://www.w3.org/2004/02/skos/core#broader")
    'skos:broader'
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and prefix not in ("imc", "imd", "img"):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def summary(store: GraphStore, slug: str) -> dict[str, Any]:
    """Return ``{id, iri, label}`` of one concept from the cached label index."""
    entry = label_index(store).entries.get(slug)
    label = entry.label if entry else slug.replace("-", " ")
    return {"id": slug, "iri": concept_iri(slug), "label": label}


def list_query(class_iri: str | None) -> str:
    """Return the SPARQL that lists concepts, of one class when ``class_iri`` is given."""
    typed = f"?c a <{class_iri}> ." if class_iri else "?c a skos:Concept ."
    return (
        sparql_prefixes()
        + f"""SELECT ?c ?label ?definition
  (GROUP_CONCAT(DISTINCT STRAFTER(STR(?type), STR(imkg:)); separator=" ") AS ?types)
WHERE {{
  {typed}
  ?c skos:prefLabel ?label .
  OPTIONAL {{ ?c skos:definition ?definition }}
  OPTIONAL {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?c a ?type }} FILTER(STRSTARTS(STR(?type), STR(imkg:))) }}
  FILTER(STRSTARTS(STR(?c), "{CONCEPT}"))
}}
GROUP BY ?c ?label ?definition
ORDER BY LCASE(?label)"""
    )


class UnknownKind(ValueError):
    """A ``kind`` names no class of concept; the message lists the kinds there are."""


def list_concepts(
    store: GraphStore, *, kind: str | None = None, q: str | None = None, trace: Trace = None
) -> list[dict[str, Any]]:
    """Return ``[{id, iri, label, types, definition}]``, of one kind and matching ``q`` if given.

    ``kind`` is a class local name ("Barrier") or a name people use ("barriers", "stages").
    With ``q`` the concepts come ranked by :func:`imkg.search.search`, each with its score.
    """
    class_iri = None
    if kind:
        found = kind_index(store).by_name(kind)
        if found is None:
            names = ", ".join(sorted(kind_index(store).kinds))
            raise UnknownKind(f"unknown kind {kind!r}; use one of: {names}")
        class_iri = found.iri
    items = [_listed(row) for row in run(store, list_query(class_iri), trace)]
    if not q:
        return items
    ranked = {hit.entry.slug: hit.score for hit in search(store, q, limit=len(items) or 1)}
    chosen = [dict(item, score=ranked[item["id"]]) for item in items if item["id"] in ranked]
    return sorted(chosen, key=lambda item: -item["score"])


def _listed(row: Row) -> dict[str, Any]:
    types = row["types"].value.split() if "types" in row else []
    return {
        "id": concept_slug(row["c"].value),
        "iri": row["c"].value,
        "label": row["label"].value,
        "types": sorted(t for t in types if t != "IMConcept"),
        "definition": row["definition"].value if "definition" in row else None,
    }


def concept_query(iri: str) -> str:
    """Return the SPARQL that reads every statement about one concept, both directions."""
    return (
        sparql_prefixes()
        + f"""SELECT ?direction ?p ?value ?g WHERE {{
  VALUES ?g {{ <{ONTOLOGY_GRAPH}> <{INFERRED_GRAPH}> }}
  {{ GRAPH ?g {{ <{iri}> ?p ?value }} BIND("out" AS ?direction) }}
  UNION
  {{ GRAPH ?g {{ ?value ?p <{iri}> }} BIND("in" AS ?direction)
     FILTER(?p NOT IN (imkg:cause, imkg:effect)) }}
}}"""
    )


def get_concept(
    store: GraphStore, slug: str, *, with_mentions: bool = True, trace: Trace = None
) -> dict[str, Any] | None:
    """Return one concept with labels, definition, types, sources, relations and mentions.

    Returns None when the store holds no concept ``slug``.
    """
    iri = concept_iri(slug)
    if not is_iri(iri):  # no concept has it, and it cannot go into the query
        return None
    rows = run(store, concept_query(iri), trace)
    if not any(r["direction"].value == "out" and r["p"].value == SKOS + "prefLabel" for r in rows):
        return None
    concept = _describe(store, slug, rows)
    if with_mentions:
        concept["mentions"] = mentions(store, slug, trace=trace)
        concept["mention_count"] = mention_count(store, slug, trace=trace)
        concept["narrower_mentions"] = narrower_mentions(store, slug, trace=trace)
    return concept


def _describe(store: GraphStore, slug: str, rows: list[Row]) -> dict[str, Any]:
    concept: dict[str, Any] = {
        **summary(store, slug),
        "alt_labels": [],
        "hidden_labels": [],
        "definition": None,
        "types": [],
        "sources": [],
        "attributes": {},
        "relations": [],
    }
    seen = set()
    for row in rows:
        prop, value = row["p"].value, row["value"]
        inferred = row["g"].value == INFERRED_GRAPH
        if row["direction"].value == "out" and isinstance(value, ox.Literal):
            _literal(concept, prop, value)
        elif row["direction"].value == "out" and prop.endswith("#type"):
            _type(concept, value.value, inferred)
        elif prop not in SKIPPED and concept_slug(value.value):
            key = (row["direction"].value, prop, value.value)
            if key not in seen:
                seen.add(key)
                concept["relations"].append(_relation(store, row, inferred))
    concept["relations"].sort(key=lambda r: (r["direction"], r["inferred"], r["property"], r["id"]))
    return concept


def _literal(concept: dict[str, Any], prop: str, value: Any) -> None:
    text = value.value
    if prop == SKOS + "altLabel":
        concept["alt_labels"].append(text)
    elif prop == SKOS + "hiddenLabel":
        concept["hidden_labels"].append(text)
    elif prop == SKOS + "definition":
        concept["definition"] = text
    elif prop == DCTERMS + "source":
        concept["sources"].append(text)
    elif prop != SKOS + "prefLabel":
        concept["attributes"][curie(prop)] = _python(value)


def _python(literal: Any) -> Any:
    datatype = getattr(literal, "datatype", None)
    kind = datatype.value.rsplit("#", 1)[-1] if datatype is not None else "string"
    if kind == "boolean":
        return literal.value == "true"
    if kind in ("integer", "int", "long", "nonNegativeInteger", "positiveInteger"):
        return int(literal.value)
    if kind in ("decimal", "double", "float"):
        return float(literal.value)
    return literal.value


def _type(concept: dict[str, Any], iri: str, inferred: bool) -> None:
    if iri.startswith(IMKG) and not inferred and iri != IMKG + "IMConcept":
        concept["types"].append(iri[len(IMKG) :])
        concept["types"].sort()


def _relation(store: GraphStore, row: Row, inferred: bool) -> dict[str, Any]:
    slug = concept_slug(row["value"].value)
    return {
        "property": curie(row["p"].value),
        "direction": row["direction"].value,
        **summary(store, slug),
        "inferred": inferred,
    }


def mentions_query(iri: str, limit: int = MENTION_LIMIT) -> str:
    """Return the SPARQL that finds the passages annotated with one concept."""
    return (
        sparql_prefixes()
        + f"""SELECT ?doc ?title ?start ?end ?exact ?confidence
  ?sentenceStart ?sentenceEnd
  (SUBSTR(?text, ?sentenceStart + 1, ?sentenceEnd - ?sentenceStart) AS ?passage)
WHERE {{
  ?annotation oa:hasBody <{iri}> ; oa:hasTarget ?target .
  ?target oa:hasSource ?doc ; oa:hasSelector ?position .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?annotation imkg:confidence ?confidence }}
  OPTIONAL {{ ?target oa:hasSelector/oa:exact ?exact }}
  OPTIONAL {{ ?target imkg:sentenceStart ?sentenceStart }}
  OPTIONAL {{ ?target imkg:sentenceEnd ?sentenceEnd }}
  OPTIONAL {{ ?doc imkg:text ?text }}
  OPTIONAL {{ ?doc dcterms:title ?title }}
}}
ORDER BY ?doc ?start
LIMIT {limit}"""
    )


def mentions(
    store: GraphStore, slug: str, *, limit: int = MENTION_LIMIT, trace: Trace = None
) -> list[dict[str, Any]]:
    """Return where the corpus mentions a concept: document, passage (its sentence), offsets."""
    found = []
    for row in run(store, mentions_query(concept_iri(slug), limit), trace):
        found.append(
            {
                "document": document_id(row["doc"].value),
                "title": row["title"].value if "title" in row else None,
                "start": int(row["start"].value),
                "end": int(row["end"].value),
                "text": row["exact"].value if "exact" in row else None,
                "confidence": float(row["confidence"].value) if "confidence" in row else None,
                "passage": row["passage"].value if "passage" in row else None,
                "passage_start": _int(row, "sentenceStart"),
                "passage_end": _int(row, "sentenceEnd"),
            }
        )
    return found


def mention_count(store: GraphStore, slug: str, *, trace: Trace = None) -> int:
    """Return how many annotations of the corpus name a concept (mentions() lists 100)."""
    query = (
        sparql_prefixes() + "SELECT (COUNT(?annotation) AS ?n) WHERE { "
        f"?annotation oa:hasBody <{concept_iri(slug)}> }}"
    )
    return int(run(store, query, trace)[0]["n"].value)


def narrower_mentions(store: GraphStore, slug: str, *, trace: Trace = None) -> list[dict[str, Any]]:
    """Return the concepts narrower than ``slug`` (at any depth) that the corpus mentions, with
    how many passages and documents name each, most mentioned first.

    A passage on a narrower concept is a passage on the broader one (SKOS): a text on two-way
    communication discusses internal communication without naming it, so a reader looking for
    the broader concept is shown where its narrower ones appear.
    """
    within = narrower_concepts(store).get(slug)
    if not within:  # most concepts have no narrower one: no query at all
        return []
    bodies = " ".join(f"<{concept_iri(each)}>" for each in sorted(within))
    query = (
        sparql_prefixes()
        + f"""SELECT ?narrower (COUNT(?annotation) AS ?passages)
  (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {{
  VALUES ?narrower {{ {bodies} }}
  ?annotation oa:hasBody ?narrower ; oa:hasTarget/oa:hasSource ?doc .
}}
GROUP BY ?narrower
ORDER BY DESC(?passages) ?narrower"""
    )
    found = []
    for row in run(store, query, trace):
        narrower = concept_slug(row["narrower"].value)
        if narrower:
            found.append(
                {
                    **summary(store, narrower),
                    "passages": int(row["passages"].value),
                    "documents": int(row["documents"].value),
                }
            )
    return found


# Which concept is narrower than which (SKOS), in the curated ontology.
BROADER_QUERY = (
    sparql_prefixes() + f"SELECT ?narrower ?broader WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> "
    "{ ?narrower skos:broader ?broader } }"
)


def narrower_concepts(store: GraphStore) -> dict[str, frozenset[str]]:
    """Every concept's narrower concepts at any depth (``skos:broader`` in the ontology graph),
    read once per store generation. A concept is never its own narrower concept, even where
    an update made ``skos:broader`` run in a cycle."""
    return per_generation(store, "narrower", _narrower_closure)


def _narrower_closure(store: GraphStore) -> dict[str, frozenset[str]]:
    direct: dict[str, set[str]] = {}
    for row in store.select(BROADER_QUERY):
        narrower, broader = concept_slug(row["narrower"].value), concept_slug(row["broader"].value)
        if narrower and broader:
            direct.setdefault(broader, set()).add(narrower)
    closed = {}
    for broader, below in direct.items():
        seen, todo = set(), list(below)
        while todo:
            slug = todo.pop()
            if slug not in seen:
                seen.add(slug)
                todo.extend(direct.get(slug, ()))
        closed[broader] = frozenset(seen - {broader})
    return closed


def _int(row: Row, name: str) -> int | None:
    return int(row[name].value) if name in row else None


def document_id(iri: str) -> str:
    """Return a document's id from its IRI.

    >>> document_id("https://w3id.org/imkg/document/hotel-case")
    'hotel-case'
    """
    return iri[len(DOCUMENT) :] if iri.startswith(DOCUMENT) else iri


def is_iri(text: str) -> bool:
    """Whether ``text`` is an absolute IRI that can be written as ``<text>`` in SPARQL.

    >>> is_iri("https://w3id.org/imkg/concept/empowerment"), is_iri("urn:a b")
    (True, False)
    """
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True

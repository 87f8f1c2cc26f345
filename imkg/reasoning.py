"""Materialise the entailments users query for: hierarchy, inverses, transitive influence.

A small forward-chaining reasoner over the property characteristics the ontology declares
(``rdfs:subClassOf``, ``rdfs:subPropertyOf``, ``owl:inverseOf``, ``owl:TransitiveProperty``,
``owl:SymmetricProperty``, SKOS's own axioms). It runs the rules as SPARQL CONSTRUCTs on an
in-memory pyoxigraph store until nothing new appears. The result is kept in its own graph
so users can query with or without it. HermiT (in :mod:`imkg.validate`) checks consistency;
this module only derives what the API and the competency questions rely on.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from imkg.namespaces import OWL, RDF, RDFS, SKOS

# SKOS states these in its own schema; the ontology need not repeat them.
SKOS_AXIOMS = f"""
<{SKOS}broader> <{OWL}inverseOf> <{SKOS}narrower> .
<{SKOS}related> <{RDF}type> <{OWL}SymmetricProperty> .
"""

GENERIC_RULES = (
    # Sub-properties: what holds for the narrower property holds for the broader one.
    f"""CONSTRUCT {{ ?s ?q ?o }} WHERE {{
        ?p <{RDFS}subPropertyOf>+ ?q . ?s ?p ?o . FILTER(isIRI(?q)) }}""",
    # Inverses, both ways round.
    f"""CONSTRUCT {{ ?o ?q ?s }} WHERE {{
        ?p <{OWL}inverseOf> ?q . ?s ?p ?o . FILTER(!isLiteral(?o)) }}""",
    f"""CONSTRUCT {{ ?o ?p ?s }} WHERE {{
        ?p <{OWL}inverseOf> ?q . ?s ?q ?o . FILTER(!isLiteral(?o)) }}""",
    # Symmetric properties.
    f"""CONSTRUCT {{ ?o ?p ?s }} WHERE {{
        ?p a <{OWL}SymmetricProperty> . ?s ?p ?o . FILTER(!isLiteral(?o)) }}""",
    # Class hierarchy: the closure of subClassOf and the types it implies.
    f"""CONSTRUCT {{ ?b <{RDFS}subClassOf> ?c }} WHERE {{
        ?b <{RDFS}subClassOf>+ ?c . FILTER(isIRI(?b) && isIRI(?c) && ?b != ?c) }}""",
    f"""CONSTRUCT {{ ?x a ?c }} WHERE {{
        ?x a ?b . ?b <{RDFS}subClassOf>+ ?c . FILTER(isIRI(?c)) }}""",
)

MAX_ROUNDS = 20


def _transitive_rules(store: ox.Store) -> list[str]:
    found = store.query(f"SELECT DISTINCT ?p WHERE {{ ?p a <{OWL}TransitiveProperty> }}")
    return [
        f"CONSTRUCT {{ ?s <{row['p'].value}> ?o }} WHERE {{ ?s <{row['p'].value}>+ ?o }}"
        for row in found
        if isinstance(row["p"], ox.NamedNode)
    ]


def entailments(asserted: Iterable[ox.Triple]) -> set[ox.Triple]:
    """Return the triples the rules derive from ``asserted`` that it does not already hold.

    >>> p = ox.NamedNode("http://example.org/p")
    >>> a, b, c = (ox.NamedNode(f"http://example.org/{n}") for n in "abc")
    >>> t = ox.NamedNode(OWL + "TransitiveProperty")
    >>> new = entailments([ox.Triple(p, ox.NamedNode(RDF + "type"), t),
    ...                    ox.Triple(a, p, b), ox.Triple(b, p, c)])
    >>> ox.Triple(a, p, c) in new
    True
    """
    store = ox.Store()
    given = set(asserted)
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in given)
    store.load(SKOS_AXIOMS, format=ox.RdfFormat.N_TRIPLES)
    axioms = {q.triple for q in ox.parse(SKOS_AXIOMS, format=ox.RdfFormat.N_TRIPLES)}
    for _ in range(MAX_ROUNDS):
        before = len(store)
        for rule in (*GENERIC_RULES, *_transitive_rules(store)):
            derived = list(store.query(rule))
            store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in derived)
        if len(store) == before:
            break
    return {q.triple for q in store} - given - axioms

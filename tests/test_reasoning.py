"""Entailments the reasoner materialises from property characteristics."""

import pyoxigraph as ox

from imkg.namespaces import OWL, RDF, RDFS, SKOS
from imkg.reasoning import entailments

EX = "http://example.org/"


def n(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def t(s, p, o) -> ox.Triple:
    return ox.Triple(s, p, o)


TYPE = ox.NamedNode(RDF + "type")


def test_reasoning_closes_transitive_properties_through_subproperties():
    direct, infl = n("directlyInfluences"), n("influences")
    given = [
        t(infl, TYPE, ox.NamedNode(OWL + "TransitiveProperty")),
        t(direct, ox.NamedNode(RDFS + "subPropertyOf"), infl),
        t(n("a"), direct, n("b")),
        t(n("b"), direct, n("c")),
        t(n("c"), direct, n("d")),
    ]
    derived = entailments(given)
    assert t(n("a"), infl, n("d")) in derived
    assert t(n("a"), direct, n("c")) not in derived
    assert t(n("d"), infl, n("a")) not in derived


def test_reasoning_adds_inverses_both_ways():
    given = [
        t(n("p"), ox.NamedNode(OWL + "inverseOf"), n("q")),
        t(n("a"), n("p"), n("b")),
        t(n("c"), n("q"), n("d")),
    ]
    derived = entailments(given)
    assert t(n("b"), n("q"), n("a")) in derived
    assert t(n("d"), n("p"), n("c")) in derived


def test_reasoning_types_members_of_superclasses_and_skos_narrower():
    given = [
        t(n("Component"), ox.NamedNode(RDFS + "subClassOf"), n("Concept")),
        t(n("Concept"), ox.NamedNode(RDFS + "subClassOf"), n("Thing")),
        t(n("x"), TYPE, n("Component")),
        t(n("x"), ox.NamedNode(SKOS + "broader"), n("y")),
    ]
    derived = entailments(given)
    assert t(n("x"), TYPE, n("Thing")) in derived
    assert t(n("y"), ox.NamedNode(SKOS + "narrower"), n("x")) in derived


def test_reasoning_returns_nothing_already_asserted():
    given = [t(n("a"), n("p"), n("b"))]
    assert entailments(given) == set()

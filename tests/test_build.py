"""Building the knowledge graph from the bundled ontology."""

import pytest

from imkg.build import OntologyError, build_graph, load_ontology
from imkg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, sparql_prefixes
from imkg.store import EmbeddedStore


@pytest.fixture(scope="module")
def built():
    store = EmbeddedStore(None)
    report = build_graph(store)
    return store, report


def test_build_writes_the_ontology_and_inferred_graphs(built):
    store, report = built
    assert report.changed
    assert store.named_graphs() == sorted([ONTOLOGY_GRAPH, INFERRED_GRAPH])
    assert report.ontology_triples > 500
    assert report.inferred_triples > 100


def test_build_is_idempotent(built):
    store, _ = built
    before = store.generation()
    again = build_graph(store)
    assert not again.changed
    assert store.generation() == before


def test_build_keeps_entailments_out_of_the_ontology_graph(built):
    store, _ = built
    overlap = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} "
        f"GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    assert int(overlap[0]["n"].value) == 0


def test_build_derives_indirect_influence_on_customer_satisfaction(built):
    store, _ = built
    rows = store.select(
        sparql_prefixes() + "SELECT ?x WHERE { ?x imkg:influences imc:customer-satisfaction "
        "FILTER NOT EXISTS { ?x imkg:directlyInfluences imc:customer-satisfaction } }"
    )
    indirect = {r["x"].value.rsplit("/", 1)[1] for r in rows}
    assert {"marketing-like-approach", "empowerment"} <= indirect


def test_build_rejects_a_corrupt_ontology_file(tmp_path):
    for name in ("imkg.ttl", "concepts.ttl", "causal-model.ttl"):
        (tmp_path / name).write_text("@prefix ex: <http://example.org/> .\n")
    (tmp_path / "concepts.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n")
    with pytest.raises(OntologyError, match=r"concepts.ttl is not valid Turtle"):
        load_ontology(tmp_path)


def test_build_reports_a_missing_ontology_file(tmp_path):
    with pytest.raises(OntologyError, match="cannot read ontology file"):
        load_ontology(tmp_path)


def test_refresh_inferred_derives_again_only_when_the_ontology_graph_changed():
    from imkg.build import refresh_inferred

    store = EmbeddedStore(None)
    build_graph(store)
    assert not refresh_inferred(store)  # derived by the build: nothing to do, nothing written
    before = store.generation()
    store.update('INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:b> "c" } }')
    assert not refresh_inferred(store) and store.generation() == before + 1
    typed = (
        sparql_prefixes()
        + "ASK { GRAPH <%s> { imc:mentor-circles a skos:Concept } }" % INFERRED_GRAPH  # noqa: UP031
    )
    store.update(
        sparql_prefixes()
        + f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{ imc:mentor-circles a imkg:Barrier }} }}"
    )
    assert not bool(store.query(typed))
    assert refresh_inferred(store)
    assert bool(store.query(typed))
    assert not refresh_inferred(store)

"""What ``imkg serve`` does to a store before serving: build, rebuild after an upgrade, and
bring the bundled corpus up to date without touching what is current or someone else's."""

import pyoxigraph as ox
import pytest

from imkg.api.app import prepare_store
from imkg.build import BUILD_HASH, build_is_stale, fingerprint
from imkg.config import Settings
from imkg.ingest.corpus import corpus_files
from imkg.namespaces import IMKG, ONTOLOGY_GRAPH
from imkg.store import EmbeddedStore


@pytest.fixture
def store(tmp_path):
    opened = EmbeddedStore(tmp_path / "store")
    yield opened
    opened.close()


def stamp(store: EmbeddedStore) -> str:
    query = (
        f"SELECT ?h WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{BUILD_HASH}> ?h }} }}"
    )
    return store.select(query)[0]["h"].value


def test_an_ontology_built_by_an_older_imkg_is_rebuilt(store, tmp_path):
    settings = Settings(data_dir=tmp_path, ingest_corpus=False)
    prepare_store(store, settings)
    store.update(
        f"DELETE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{BUILD_HASH}> ?h }} }} "
        f'INSERT {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{BUILD_HASH}> "older" }} }} '
        f"WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{BUILD_HASH}> ?h }} }}"
    )
    assert build_is_stale(store)
    said: list[str] = []
    prepare_store(store, settings, progress=said.append)
    assert stamp(store) == fingerprint() and not build_is_stale(store)
    assert "building the knowledge graph..." in said


def test_an_ontology_graph_written_by_hand_is_left_alone(store, tmp_path):
    own = ox.Triple(ox.NamedNode("urn:mine"), ox.NamedNode(IMKG + "note"), ox.Literal("kept"))
    store.replace_graph(ONTOLOGY_GRAPH, [own])
    prepare_store(store, Settings(data_dir=tmp_path, ingest_corpus=False))
    found = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    assert int(found[0]["n"].value) == 1


def test_the_bundled_corpus_is_brought_up_to_date_at_each_start(store, tmp_path):
    settings = Settings(data_dir=tmp_path)
    n = len(corpus_files())
    said: list[str] = []
    prepare_store(store, settings, progress=said.append)
    assert any(f"({n} written, 0 unchanged" in line for line in said)
    store.update(  # one document as an older pipeline tagged it
        f"DELETE {{ GRAPH ?g {{ ?d <{IMKG}pipelineVersion> ?v }} }} "
        f'INSERT {{ GRAPH ?g {{ ?d <{IMKG}pipelineVersion> "0.0.1" }} }} '
        f"WHERE {{ {{ SELECT ?g ?d ?v WHERE {{ GRAPH ?g {{ ?d <{IMKG}pipelineVersion> ?v }} }} "
        f"ORDER BY ?g LIMIT 1 }} }}"
    )
    said.clear()
    prepare_store(store, settings, progress=said.append)
    assert "checking the bundled corpus..." in said
    assert any(f"(1 written, {n - 1} unchanged" in line for line in said)
    said.clear()
    prepare_store(store, settings, progress=said.append)
    assert any(f"(0 written, {n} unchanged" in line for line in said)

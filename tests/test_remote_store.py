"""imkg over a remote SPARQL 1.1 store: a real ``oxigraph serve`` on 127.0.0.1.

``remote_server`` is built with ``imkg build --store`` and served with ``imkg serve --store``;
the tests here repeat a representative part of the protocol, Graph Store and safety tests.
"""

from __future__ import annotations

import subprocess

import httpx
import imkg_test_servers as servers
import pytest
import rdflib
from SPARQLWrapper import JSON, SPARQLWrapper

pytestmark = pytest.mark.remote

ONTOLOGY = "https://w3id.org/imkg/graph/ontology"
INFERRED = "https://w3id.org/imkg/graph/inferred"
ASSERTED = "https://w3id.org/imkg/graph/asserted"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(url: str, query: str = COUNT, **params: object) -> int:
    response = httpx.post(f"{url}/sparql", data={"query": query, **params}, timeout=30)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def graph_count(url: str, graph: str) -> int:
    return count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def test_oxigraph_server_honours_union_default_graph_parameter(remote_server, oxigraph_server):
    plain = httpx.post(
        f"{oxigraph_server}/query",
        data={"query": COUNT},
        headers={"Accept": "application/sparql-results+json"},
    )
    union = httpx.post(
        f"{oxigraph_server}/query?union-default-graph",
        data={"query": COUNT},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert plain.json()["results"]["bindings"][0]["n"]["value"] == "0"
    assert int(union.json()["results"]["bindings"][0]["n"]["value"]) > 100


def test_remote_store_holds_the_built_graphs(remote_server: str) -> None:
    ontology, inferred = graph_count(remote_server, ONTOLOGY), graph_count(remote_server, INFERRED)
    assert ontology > 100
    assert inferred > 0
    assert count(remote_server) == ontology + inferred
    health = httpx.get(f"{remote_server}/health").json()
    assert health["remote"] is True
    assert health["store"].endswith("/query")


@pytest.mark.parametrize(
    ("accept", "prefix"),
    [
        ("application/sparql-results+json", b"{"),
        ("application/sparql-results+xml", b"<?xml"),
        ("text/csv", b"n\r\n"),
        ("text/tab-separated-values", b"?n\n"),
    ],
)
def test_select_formats_over_remote(remote_server: str, accept: str, prefix: bytes) -> None:
    response = httpx.get(
        f"{remote_server}/sparql", params={"query": COUNT}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.content.startswith(prefix)


def test_construct_and_ask_over_remote(remote_server: str) -> None:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }} }} LIMIT 10"
    response = httpx.get(
        f"{remote_server}/sparql", params={"query": query}, headers={"Accept": "text/turtle"}
    )
    assert len(rdflib.Graph().parse(data=response.content, format="turtle")) == 10
    asked = httpx.get(f"{remote_server}/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert asked.json()["boolean"] is True


def test_datasets_over_remote(remote_server: str) -> None:
    ontology = graph_count(remote_server, ONTOLOGY)
    assert count(remote_server, **{"default-graph-uri": ONTOLOGY}) == ontology
    assert count(remote_server, **{"default-graph-uri": ASSERTED}) == ontology
    from_inferred = f"SELECT (COUNT(*) AS ?n) FROM <{INFERRED}> WHERE {{ ?s ?p ?o }}"
    assert count(remote_server, from_inferred) == graph_count(remote_server, INFERRED)
    in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(remote_server, in_graphs, **{"default-graph-uri": INFERRED}) == 0  # as embedded


def test_errors_and_refusals_over_remote(remote_server: str) -> None:
    malformed = httpx.get(f"{remote_server}/sparql", params={"query": "SELECT ?s WHERE { ?s"})
    assert malformed.status_code == 400
    assert malformed.json()["line"] == 1
    service = httpx.post(
        f"{remote_server}/sparql",
        data={"query": "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"},
    )
    assert service.status_code == 403
    nested = httpx.post(f"{remote_server}/sparql", data={"query": "ASK " + "{" * 3000 + "}" * 3000})
    assert nested.status_code == 400
    not_acceptable = httpx.get(
        f"{remote_server}/sparql", params={"query": COUNT}, headers={"Accept": "image/png"}
    )
    assert not_acceptable.status_code == 406


def test_service_description_over_remote(remote_server: str) -> None:
    response = httpx.get(f"{remote_server}/sparql", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=response.content, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert {ONTOLOGY, INFERRED} <= {str(n) for n in graph.objects(None, sd.name)}


def test_update_and_graph_store_write_through_to_remote(
    remote_server: str, oxigraph_server: str, update_token: str
) -> None:
    headers = {"Authorization": f"Bearer {update_token}"}
    update = "INSERT DATA { GRAPH <urn:imkg:remote> { <urn:r:a> <urn:r:p> 1 } }"
    refused = httpx.post(f"{remote_server}/update", data={"update": update})
    assert refused.status_code == 401
    done = httpx.post(f"{remote_server}/update", data={"update": update}, headers=headers)
    assert done.status_code == 204
    on_oxigraph = httpx.post(
        f"{oxigraph_server}/query",
        data={"query": "ASK { GRAPH <urn:imkg:remote> { <urn:r:a> ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert on_oxigraph.json()["boolean"] is True
    store = f"{remote_server}/store"
    put = httpx.put(
        store,
        params={"graph": "urn:imkg:remote"},
        content=b"<urn:r:b> <urn:r:p> 2 .",
        headers={"Content-Type": "text/turtle", **headers},
    )
    assert put.status_code == 204
    assert graph_count(remote_server, "urn:imkg:remote") == 1
    deleted = httpx.delete(store, params={"graph": "urn:imkg:remote"}, headers=headers)
    assert deleted.status_code == 204
    assert httpx.get(store, params={"graph": "urn:imkg:remote"}).status_code == 404


def test_sparqlwrapper_over_remote(remote_server: str) -> None:
    client = SPARQLWrapper(f"{remote_server}/sparql")
    client.setQuery("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert {ONTOLOGY, INFERRED} <= {row["g"]["value"] for row in rows}


def test_cli_query_without_inferred_graph_over_remote(remote_server: str, oxigraph_server: str):
    # ``remote_server`` has built the graphs in ``oxigraph_server``; the CLI reads it directly.
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    store = f"{oxigraph_server}/query"
    run = [str(servers.BIN / "imkg"), "query", graphs, "--format", "csv", "--store", store]
    every = subprocess.run(run, capture_output=True, text=True, timeout=60)
    asserted = subprocess.run([*run, "--no-inferred"], capture_output=True, text=True, timeout=60)
    assert every.returncode == asserted.returncode == 0, asserted.stderr
    inferred = "https://w3id.org/imkg/graph/inferred"
    assert inferred in every.stdout.split()
    assert set(asserted.stdout.split()) == set(every.stdout.split()) - {inferred}
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    counts = [subprocess.run([*run[:2], count, *run[3:], *extra], capture_output=True,
                             text=True, timeout=60).stdout.split()[-1]
              for extra in ((), ("--no-inferred",))]  # fmt: skip
    assert int(counts[0]) > int(counts[1]) > 0  # the default graph: the union, less inferred

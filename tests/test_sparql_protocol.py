"""SPARQL 1.1 Protocol at /sparql on a live server: methods, formats, datasets, errors, clients."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper

ONTOLOGY = "https://w3id.org/imkg/graph/ontology"
INFERRED = "https://w3id.org/imkg/graph/inferred"
ASSERTED = "https://w3id.org/imkg/graph/asserted"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }} }} LIMIT 25"
RESULTS_XML = "{http://www.w3.org/2005/sparql-results#}"


def sparql(url: str, query: str, **params: str) -> httpx.Response:
    """GET /sparql with ``query`` and other parameters."""
    return httpx.get(f"{url}/sparql", params={"query": query, **params}, timeout=30)


def count(url: str, query: str = COUNT, **params: object) -> int:
    response = httpx.post(f"{url}/sparql", data={"query": query, **params}, timeout=30)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def graph_counts(url: str) -> dict[str, int]:
    rows = sparql(url, PER_GRAPH).json()["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_query_by_get_post_form_and_post_direct_agree(live_server: str) -> None:
    by_get = sparql(live_server, COUNT)
    by_form = httpx.post(f"{live_server}/sparql", data={"query": COUNT})
    by_direct = httpx.post(
        f"{live_server}/sparql",
        content=COUNT.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    bodies = {r.content for r in (by_get, by_form, by_direct)}
    assert [r.status_code for r in (by_get, by_form, by_direct)] == [200, 200, 200]
    assert len(bodies) == 1
    assert int(by_get.json()["results"]["bindings"][0]["n"]["value"]) > 100


def test_default_graph_is_union_of_named_graphs(live_server: str) -> None:
    per_graph = graph_counts(live_server)
    assert {ONTOLOGY, INFERRED} <= set(per_graph)
    assert count(live_server) == sum(per_graph.values())


@pytest.mark.parametrize(
    ("accept", "media_type", "parse"),
    [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            lambda b: len(json.loads(b)["results"]["bindings"]),
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            lambda b: len(ET.fromstring(b).findall(f".//{RESULTS_XML}result")),
        ),
        ("text/csv", "text/csv", lambda b: len(list(csv.reader(io.StringIO(b.decode())))) - 1),
        (
            "text/tab-separated-values",
            "text/tab-separated-values",
            lambda b: len(b.decode().splitlines()) - 1,
        ),
    ],
)
def test_select_answers_in_every_results_format(
    live_server: str, accept: str, media_type: str, parse
) -> None:
    response = httpx.get(
        f"{live_server}/sparql", params={"query": PER_GRAPH}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert "Accept" in response.headers["vary"]
    assert parse(response.content) == len(graph_counts(live_server))


@pytest.mark.parametrize(
    ("accept", "true_marker"),
    [
        ("application/sparql-results+json", b'"boolean":true'),
        ("application/sparql-results+xml", b"<boolean>true</boolean>"),
        ("text/csv", b"true"),
        ("text/tab-separated-values", b"true"),
    ],
)
def test_ask_answers_in_every_results_format(live_server: str, accept: str, true_marker: bytes):
    yes = httpx.get(
        f"{live_server}/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": accept}
    )
    no = httpx.get(
        f"{live_server}/sparql",
        params={"query": "ASK { ?s <urn:none> ?o }"},
        headers={"Accept": accept},
    )
    assert yes.status_code == no.status_code == 200
    assert true_marker in yes.content
    assert true_marker not in no.content


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_answers_in_every_rdf_format(live_server: str, accept: str, rdflib_format: str):
    response = httpx.get(
        f"{live_server}/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert len(graph) == 25


def test_describe_returns_a_graph_about_the_resource(live_server: str) -> None:
    response = sparql(live_server, f"DESCRIBE <{ONTOLOGY}>", format="nt")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.content, format="nt")
    assert set(graph.subjects()) == {rdflib.URIRef(ONTOLOGY)}


def test_format_parameter_overrides_accept(live_server: str) -> None:
    response = httpx.get(
        f"{live_server}/sparql",
        params={"query": PER_GRAPH, "format": "csv"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "g,n"


def test_accept_with_q_values_and_wildcards(live_server: str) -> None:
    def media(accept: str, query: str = PER_GRAPH) -> str:
        response = httpx.get(
            f"{live_server}/sparql", params={"query": query}, headers={"Accept": accept}
        )
        return response.headers["content-type"].split(";")[0]

    assert media("text/csv;q=0.4, application/sparql-results+xml;q=0.8") == (
        "application/sparql-results+xml"
    )
    assert media("*/*") == "application/sparql-results+json"
    assert media("*/*", CONSTRUCT) == "text/turtle"
    assert media("application/json", CONSTRUCT) == "application/ld+json"


def test_accept_nothing_can_satisfy_is_406(live_server: str) -> None:
    select = httpx.get(
        f"{live_server}/sparql", params={"query": COUNT}, headers={"Accept": "image/png"}
    )
    construct = httpx.get(
        f"{live_server}/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}
    )
    assert select.status_code == construct.status_code == 406
    assert "text/turtle" in construct.json()["error"]


def test_default_graph_uri_and_named_graph_uri_are_honoured(live_server: str) -> None:
    per_graph = graph_counts(live_server)
    assert count(live_server, **{"default-graph-uri": ONTOLOGY}) == per_graph[ONTOLOGY]
    both = {"default-graph-uri": [ONTOLOGY, INFERRED]}
    assert count(live_server, **both) == per_graph[ONTOLOGY] + per_graph[INFERRED]
    named = count(
        live_server,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        **{"named-graph-uri": INFERRED},
    )
    assert named == per_graph[INFERRED]


def test_from_clause_is_not_overridden_by_the_union(live_server: str) -> None:
    query = f"SELECT (COUNT(*) AS ?n) FROM <{INFERRED}> WHERE {{ ?s ?p ?o }}"
    assert count(live_server, query) == graph_counts(live_server)[INFERRED]


def test_asserted_pseudo_graph_leaves_the_inferred_graph_out(live_server: str) -> None:
    per_graph = graph_counts(live_server)
    asserted = {"default-graph-uri": ASSERTED}
    assert count(live_server, **asserted) == per_graph[ONTOLOGY]
    graphs = sparql(live_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }", **asserted).json()
    names = {row["g"]["value"] for row in graphs["results"]["bindings"]}
    assert INFERRED not in names
    assert ONTOLOGY in names


def test_invalid_graph_iri_is_400(live_server: str) -> None:
    response = sparql(live_server, COUNT, **{"default-graph-uri": "not an iri"})
    assert response.status_code == 400
    assert "default-graph-uri" in response.json()["error"]


def test_malformed_query_is_400_with_line_and_column(live_server: str) -> None:
    response = sparql(live_server, "SELECT ?s\nWHERE { ?s ?p }")
    assert response.status_code == 400
    body = response.json()
    assert body["line"] == 2
    assert body["column"] > 1
    assert "not valid SPARQL" in body["error"]


def test_malformed_query_error_as_text_when_client_prefers_text(live_server: str) -> None:
    response = httpx.get(
        f"{live_server}/sparql",
        params={"query": "SELECT WHERE {"},
        headers={"Accept": "text/plain"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert "line: 1" in response.text


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {"data": {"query": "ASK {}", "update": "CLEAR ALL"}},
        {"params": {"update": "CLEAR ALL"}, "data": {"query": "ASK {}"}},
        {"data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"query": ["ASK {}", "ASK {}"]}},
        {"data": {"default-graph-uri": ONTOLOGY}},
    ],
)
def test_updates_and_mixed_requests_on_query_endpoint_are_400(live_server, request_kwargs):
    response = httpx.post(f"{live_server}/sparql", **request_kwargs)
    assert response.status_code == 400
    assert response.json()["error"]
    assert count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }") == 0


def test_unsupported_content_type_is_415(live_server: str) -> None:
    response = httpx.post(
        f"{live_server}/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 415


def test_service_description_in_turtle_names_endpoint_formats_and_graphs(live_server: str):
    response = httpx.get(f"{live_server}/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.content, format="turtle")
    service = graph.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert graph.value(service, SD.endpoint) == rdflib.URIRef(f"{live_server}/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(service, SD.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats
    assert rdflib.URIRef("http://www.w3.org/ns/formats/Turtle") in formats
    names = {str(name) for name in graph.objects(None, SD.name)}
    assert {ONTOLOGY, INFERRED} <= names
    assert ASSERTED in str(graph.value(service, rdflib.RDFS.comment))


def test_service_description_in_rdf_xml(live_server: str) -> None:
    response = httpx.get(f"{live_server}/sparql", headers={"Accept": "application/rdf+xml"})
    assert response.headers["content-type"].startswith("application/rdf+xml")
    graph = rdflib.Graph().parse(data=response.content, format="xml")
    assert (None, rdflib.RDF.type, SD.Service) in graph


def test_cors_allows_other_origins(live_server: str) -> None:
    simple = httpx.get(
        f"{live_server}/sparql",
        params={"query": "ASK {}"},
        headers={"Origin": "https://yasgui.example"},
    )
    assert simple.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(
        f"{live_server}/sparql",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_sparqlwrapper_client_select_ask_and_construct(live_server: str) -> None:
    client = SPARQLWrapper(f"{live_server}/sparql")
    client.setQuery(PER_GRAPH)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert {row["g"]["value"] for row in rows} >= {ONTOLOGY, INFERRED}
    client.setQuery("ASK { ?s ?p ?o }")
    assert client.query().convert()["boolean"] is True
    client.setMethod("POST")
    client.setQuery(CONSTRUCT)
    client.setReturnFormat("turtle")
    assert len(rdflib.Graph().parse(data=client.query().convert(), format="turtle")) == 25


def test_rdflib_sparqlstore_reads_the_endpoint(live_server: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(f"{live_server}/sparql", returnFormat="xml"))
    rows = list(graph.query(PER_GRAPH))
    assert {str(row.g) for row in rows} >= {ONTOLOGY, INFERRED}
    assert sum(int(row.n) for row in rows) == count(live_server)


def test_health_reports_store_and_workers(live_server: str) -> None:
    body = httpx.get(f"{live_server}/health").json()
    assert body["status"] == "ok"
    assert body["graphs"] >= 2
    assert body["triples"] == count(live_server)
    assert body["workers"]["live"] == body["workers"]["size"] >= 1
    assert body["updates"] is False


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_large_select_arrives_whole(live_server: str, fmt: str) -> None:
    response = sparql(live_server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", format=fmt)
    assert response.status_code == 200
    if fmt == "json":
        rows = len(response.json()["results"]["bindings"])
    elif fmt == "xml":
        rows = len(ET.fromstring(response.content).findall(f".//{RESULTS_XML}result"))
    elif fmt == "csv":
        rows = len(list(csv.reader(io.StringIO(response.text)))) - 1
    else:
        rows = len(response.text.splitlines()) - 1
    assert rows == count(live_server)


def test_literals_keep_language_and_datatype(live_server: str) -> None:
    query = (
        'SELECT * WHERE { VALUES (?a ?b ?c ?d) { ("x"@en 1 "2024-01-01"^^<http://www.w3.org/2001/'
        'XMLSchema#date> "tab\\tand\\nnewline") } }'
    )
    row = sparql(live_server, query).json()["results"]["bindings"][0]
    assert row["a"] == {"type": "literal", "value": "x", "xml:lang": "en"}
    assert row["b"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert row["c"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    assert row["d"] == {"type": "literal", "value": "tab\tand\nnewline"}


def test_default_graph_uri_alone_leaves_no_named_graphs(live_server: str) -> None:
    """SPARQL 1.1 Protocol 2.1.4: a dataset given by parameters is the graphs they name, so
    ``default-graph-uri`` without ``named-graph-uri`` leaves ``GRAPH`` nothing to match (as an
    Oxigraph server, and imkg over one, answer)."""
    in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(live_server, in_graphs, **{"default-graph-uri": INFERRED}) == 0
    per_graph = graph_counts(live_server)
    both = {"default-graph-uri": INFERRED, "named-graph-uri": ONTOLOGY}
    assert count(live_server, in_graphs, **both) == per_graph[ONTOLOGY]
    assert count(live_server, **{"default-graph-uri": INFERRED}) == per_graph[INFERRED]

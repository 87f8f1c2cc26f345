"""Graph Store HTTP Protocol at /store on live servers: reads for anyone, writes with the token."""

from __future__ import annotations

import httpx
import pytest
import rdflib

ONTOLOGY = "https://w3id.org/imkg/graph/ontology"
INFERRED = "https://w3id.org/imkg/graph/inferred"
TURTLE = {"Content-Type": "text/turtle"}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def count(url: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    response = httpx.post(
        f"{url}/sparql", data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"}
    )
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_get_one_graph_in_each_format(live_server: str, accept: str, rdflib_format: str):
    response = httpx.get(
        f"{live_server}/store", params={"graph": ONTOLOGY}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert len(graph) == count(live_server, ONTOLOGY)


def test_head_sends_the_headers_of_get_without_a_body(live_server: str) -> None:
    params, headers = {"graph": ONTOLOGY}, {"Accept": "text/turtle"}
    got = httpx.get(f"{live_server}/store", params=params, headers=headers)
    head = httpx.head(f"{live_server}/store", params=params, headers=headers)
    assert head.status_code == 200 and head.content == b""
    for name in ("content-type", "content-length", "vary"):
        assert head.headers[name] == got.headers[name]
    missing = httpx.head(f"{live_server}/store", params={"graph": "urn:none"})
    assert missing.status_code == 404


def test_get_default_graph_is_the_union(live_server: str) -> None:
    response = httpx.get(
        f"{live_server}/store?default", headers={"Accept": "application/n-triples"}
    )
    graph = rdflib.Graph().parse(data=response.content, format="nt")
    assert len(graph) == count(live_server)


@pytest.mark.parametrize(
    ("accept", "rdflib_format"), [("application/trig", "trig"), ("application/n-quads", "nquads")]
)
def test_get_without_graph_dumps_the_dataset(live_server: str, accept: str, rdflib_format: str):
    response = httpx.get(f"{live_server}/store", headers={"Accept": accept})
    assert response.status_code == 200
    dataset = rdflib.Dataset()
    dataset.parse(data=response.content, format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs()}
    assert {ONTOLOGY, INFERRED} <= names
    assert len(dataset.graph(rdflib.URIRef(ONTOLOGY))) == count(live_server, ONTOLOGY)


def test_get_unknown_graph_is_404(live_server: str) -> None:
    response = httpx.get(f"{live_server}/store", params={"graph": "urn:imkg:no-such-graph"})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query", ["graph=not%20an%20iri", f"graph={ONTOLOGY}&default", "graph=a&graph=b"]
)
def test_bad_graph_parameters_are_400(live_server: str, query: str) -> None:
    assert httpx.get(f"{live_server}/store?{query}").status_code == 400


def test_writes_refused_without_configured_token(live_server: str) -> None:
    graph = "urn:imkg:test:refused"
    body = b"<urn:a> <urn:b> <urn:c> ."
    for method in ("PUT", "POST", "DELETE"):
        response = httpx.request(
            method,
            f"{live_server}/store",
            params={"graph": graph},
            content=body,
            headers={**TURTLE, **auth("guess")},
        )
        assert response.status_code == 403
    assert httpx.get(f"{live_server}/store", params={"graph": graph}).status_code == 404


def test_writes_need_the_right_token(guarded_server: str) -> None:
    graph = "urn:imkg:test:tokens"
    for headers, status in (({}, 401), (auth("wrong"), 403)):
        response = httpx.put(
            f"{guarded_server}/store",
            params={"graph": graph},
            content=b"<urn:a> <urn:b> 1 .",
            headers={**TURTLE, **headers},
        )
        assert response.status_code == status
    assert count(guarded_server, graph) == 0


def test_put_post_get_delete_lifecycle(guarded_server: str, update_token: str) -> None:
    graph = "urn:imkg:test:lifecycle"
    url, params = f"{guarded_server}/store", {"graph": graph}
    headers = {**TURTLE, **auth(update_token)}
    first = b"@prefix e: <urn:e:> . e:a e:p 1 , 2 ."
    assert httpx.put(url, params=params, content=first, headers=headers).status_code == 201
    assert count(guarded_server, graph) == 2
    again = b"<urn:e:a> <urn:e:p> 3 ."
    assert httpx.put(url, params=params, content=again, headers=headers).status_code == 204
    assert count(guarded_server, graph) == 1
    more = b'<urn:e:b> <urn:e:p> "x"@en .'
    assert httpx.post(url, params=params, content=more, headers=headers).status_code == 204
    fetched = rdflib.Graph().parse(data=httpx.get(url, params=params).content, format="turtle")
    assert len(fetched) == 2
    assert httpx.delete(url, params=params, headers=auth(update_token)).status_code == 204
    assert httpx.get(url, params=params).status_code == 404
    assert httpx.delete(url, params=params, headers=auth(update_token)).status_code == 404


def test_put_accepts_other_rdf_formats_and_resolves_relative_iris(guarded_server, update_token):
    graph = "http://example.org/imkg/test/jsonld"
    body = b'{"@id": "thing", "http://example.org/p": "v"}'
    response = httpx.put(
        f"{guarded_server}/store",
        params={"graph": graph},
        content=body,
        headers={"Content-Type": "application/ld+json", **auth(update_token)},
    )
    assert response.status_code == 201
    asked = httpx.post(
        f"{guarded_server}/sparql",
        data={"query": "ASK { <http://example.org/imkg/test/thing> ?p 'v' }"},
    )
    assert asked.json()["boolean"] is True


def test_default_graph_cannot_be_written(guarded_server: str, update_token: str) -> None:
    response = httpx.put(
        f"{guarded_server}/store?default",
        content=b"<urn:a> <urn:b> <urn:c> .",
        headers={**TURTLE, **auth(update_token)},
    )
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]


def test_bad_upload_is_4xx_and_changes_nothing(guarded_server: str, update_token: str) -> None:
    url, graph = f"{guarded_server}/store", "urn:imkg:test:bad-upload"
    wrong_type = httpx.put(
        url,
        params={"graph": graph},
        content=b"a,b",
        headers={"Content-Type": "text/csv", **auth(update_token)},
    )
    assert wrong_type.status_code == 415
    bad_turtle = httpx.put(
        url,
        params={"graph": graph},
        content=b"<urn:a> <urn:b> .",
        headers={**TURTLE, **auth(update_token)},
    )
    assert bad_turtle.status_code == 400
    assert "not valid" in bad_turtle.json()["error"]
    too_big = httpx.put(
        url,
        params={"graph": graph},
        content=b"#" * 2_000_000,
        headers={**TURTLE, **auth(update_token)},
    )
    assert too_big.status_code == 413
    assert count(guarded_server, graph) == 0

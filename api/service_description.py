"""The SPARQL 1.1 Service Description that ``GET /sparql`` without a query returns.

It names the endpoint, the query (and, with a token, update) languages, every result format,
the dataset's named graphs, the union default graph and how to leave the inferred graph out.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import Response

from imkg.api.errors import ClientError
from imkg.api.execute import ASSERTED_GRAPH
from imkg.api.media import GRAPH, RESULTS, NotAcceptable, negotiate
from imkg.namespaces import DCTERMS, INFERRED_GRAPH, PREFIXES, RDF, RDFS

SD = "http://www.w3.org/ns/sparql-service-description#"
_TYPE = ox.NamedNode(RDF + "type")
_COMMENT = ox.NamedNode(RDFS + "comment")

DEFAULT_GRAPH_NOTE = (
    "The default graph is the union of all named graphs (ontology, inferred, one per "
    "document). To query without the inferred graph, pass "
    f"default-graph-uri={ASSERTED_GRAPH}: every named graph except {INFERRED_GRAPH} "
    "becomes the default graph and the named graphs."
)


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def describe(endpoint: str, graphs: list[str], *, updates: bool) -> list[ox.Triple]:
    """Return the triples of the service description, the service's own first."""
    service, dataset, default = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode()
    languages = ["SPARQL11Query", "SPARQL11Update"] if updates else ["SPARQL11Query"]
    triples = [
        ox.Triple(service, _TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), _iri(endpoint)),
        *(ox.Triple(service, _sd("supportedLanguage"), _sd(name)) for name in languages),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        *(ox.Triple(service, _sd("resultFormat"), _iri(f.iri)) for f in (*RESULTS, *GRAPH)),
        ox.Triple(service, _iri(DCTERMS + "title"), ox.Literal("imkg SPARQL endpoint")),
        ox.Triple(service, _COMMENT, ox.Literal(DEFAULT_GRAPH_NOTE, language="en")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, _TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default),
    ]
    named = [ox.BlankNode() for _ in graphs]
    triples += [ox.Triple(dataset, _sd("namedGraph"), node) for node in named]
    triples += [
        ox.Triple(default, _TYPE, _sd("Graph")),
        ox.Triple(default, _COMMENT, ox.Literal("the union of all named graphs", language="en")),
    ]
    for node, graph in zip(named, graphs, strict=True):
        triples += [
            ox.Triple(node, _TYPE, _sd("NamedGraph")),
            ox.Triple(node, _sd("name"), _iri(graph)),
        ]
    return triples


def service_description(request: Request, fmt: str | None) -> Response:
    """Answer ``GET /sparql`` without a query: the description, in the negotiated format."""
    try:
        chosen = negotiate(request.headers.get("accept"), GRAPH, fmt)
    except NotAcceptable as err:
        raise ClientError(406, str(err)) from err
    app = request.app
    key = (app.state.store.generation(), chosen.name, str(request.url))
    cached = getattr(app.state, "service_description", None)
    if cached is None or cached[0] != key:
        endpoint = str(request.url.replace(query=""))
        graphs = app.state.store.named_graphs()
        triples = describe(endpoint, graphs, updates=bool(app.state.settings.update_token))
        prefixes = {"sd": SD, **PREFIXES} if chosen.name == "turtle" else None
        body = ox.serialize(triples, format=chosen.ox_format, prefixes=prefixes)
        cached = (key, body)
        app.state.service_description = cached
    return Response(cached[1], headers={"Vary": "Accept"}, media_type=chosen.media_type)

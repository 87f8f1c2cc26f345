"""A :class:`~imkg.store.GraphStore` over a remote SPARQL 1.1 Protocol server.

The URL given is the query endpoint (``http://host:7878/query`` for Oxigraph,
``http://host:3030/ds/query`` for Fuseki). The update and Graph Store endpoints are found
beside it (``/update``, ``/store``), or given explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx
import pyoxigraph as ox

from imkg.store import Row, StoreError, insert_data, rows

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"


def _sibling(url: str, name: str) -> str:
    base = url.rstrip("/")
    for suffix in ("/query", "/sparql"):
        if base.endswith(suffix):
            return base[: -len(suffix)] + "/" + name
    return base + "/" + name


class RemoteStore:
    """A remote store; queries ask for the union of named graphs as the default graph."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        union_parameter: str | None = "union-default-graph",
        timeout: float = 60.0,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise StoreError(f"the store URL must start with http:// or https://, not {url!r}")
        self.location = url
        self.query_url = url
        self.update_url = update_url or _sibling(url, "update")
        self.store_url = store_url or _sibling(url, "store")
        self.union_parameter = union_parameter
        self._client = httpx.Client(timeout=timeout)
        self._generation = 0

    def _post(self, url: str, data: dict, accept: str, params: dict) -> httpx.Response:
        try:
            response = self._client.post(url, data=data, params=params, headers={"Accept": accept})
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach the store at {url}: {err}") from err
        if response.status_code >= 400:
            raise StoreError(f"the store at {url} answered {response.status_code}: {response.text}")
        return response

    def query(
        self,
        sparql: str,
        *,
        union_default: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        **_: object,
    ) -> object:
        """Run a query; ``default_graphs``/``named_graphs`` become the protocol's dataset."""
        data: dict[str, object] = {"query": sparql}
        if default_graphs is not None:
            data["default-graph-uri"] = default_graphs
        if named_graphs is not None:
            data["named-graph-uri"] = named_graphs
        dataset_given = default_graphs is not None or named_graphs is not None
        union = union_default and not dataset_given and self.union_parameter
        params = {self.union_parameter: ""} if union else {}
        accept = f"{RESULTS_JSON}, {N_TRIPLES};q=0.9"
        response = self._post(self.query_url, data, accept, params)
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if media_type == N_TRIPLES:
            return [q.triple for q in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)

    def select(self, sparql: str) -> list[Row]:
        solutions = self.query(sparql)
        return rows(solutions, [v.value for v in solutions.variables])

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, "*/*", {})
        self._generation += 1

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}> ;\n{insert_data(graph, triples)}")

    def clear_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def named_graphs(self) -> list[str]:
        found = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row["g"].value for row in found if isinstance(row.get("g"), ox.NamedNode))

    def dump(self, format: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        if format.supports_datasets and graph is None:
            quads = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}")
            return ox.serialize(
                (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in quads), format=format
            )
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        return ox.serialize(triples, format=format)

    def generation(self) -> int:
        return self._generation

    def close(self) -> None:
        self._client.close()

"""Reads during writes (issue 8): while a large ingest goes into a running server, queries
see each document either as it was or as it is after, never half of it, and never fail.

``imkg serve`` holds its store for writing, so a second process cannot ingest into it; the
ingest reaches the store the way the architecture allows, through the running server:
documents are tagged by ``imkg.ingest`` in this process and their graphs PUT whole to
``/store`` with the update token. Every document is written twice (version A, then a longer
version B), while reader threads ask for every document graph's size over ``/sparql`` and
for the document list with annotation counts over ``/api/documents``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import imkg_test_reliability as rel
import imkg_test_servers as servers
import pyoxigraph as ox
import pytest

from imkg.build import build_graph
from imkg.ingest.run import ingest_paths
from imkg.namespaces import DOCUMENT_GRAPH_PREFIX
from imkg.store import open_store

DOCUMENTS = 80 if rel.SLOW else 30
READERS = 4
SIZES = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
    f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_PREFIX}")) }} GROUP BY ?g'
)
VERSIONS = {
    "a": "Empowerment leads to job satisfaction. Training improves customer orientation.",
    "b": "Empowerment leads to job satisfaction. Motivated employees deliver better service "
    "quality. Internal communication builds trust. Job satisfaction drives customer "
    "satisfaction. Managers reward staff.",
}


def tagged_graphs(folder: Path, version: str) -> dict[str, list[ox.Triple]]:
    """Tag the documents of one version in memory; return each document graph's triples."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(DOCUMENTS):
        path = folder / f"doc-{number:03d}.txt"
        path.write_text(f"Document {number:03d}\n\n{VERSIONS[version]}\n")
        paths.append(path)
    store = open_store()
    build_graph(store)
    sources = {path: f"urn:imkg-test:doc-{number:03d}" for number, path in enumerate(paths)}
    ingest_paths(store, paths, sources=sources)
    graphs = [g for g in store.named_graphs() if g.startswith(DOCUMENT_GRAPH_PREFIX)]
    assert len(graphs) == DOCUMENTS
    return {graph: list(store.triples(graph)) for graph in graphs}


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list]]:
    root = tmp_path_factory.mktemp("versions")
    return {version: tagged_graphs(root / version, version) for version in VERSIONS}


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory, built_data_dir) -> Iterator[servers.Server]:
    server = servers.start_imkg(
        tmp_path_factory.mktemp("concurrency") / "data",
        "--update-token",
        servers.TOKEN,
        template=built_data_dir,
    )
    yield server
    server.stop()


def api_state(documents: list[dict]) -> dict[str, tuple[int, int]]:
    """Document id -> (word count, annotation count), as /api/documents reports them."""
    return {d["id"]: (d["word_count"], d["annotation_count"]) for d in documents}


class Readers:
    """Threads that read until told to stop, recording failures and half-seen documents."""

    def __init__(self, url: str, allowed_sizes: dict[str, set[int]], allowed_api: set) -> None:
        self.url, self.allowed_sizes, self.allowed_api = url, allowed_sizes, allowed_api
        self.stop = threading.Event()
        self.requests = 0
        self.failures: list[str] = []
        self.half: list[str] = []
        self.threads = [threading.Thread(target=self._read, args=(i,)) for i in range(READERS)]

    def __enter__(self) -> Readers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def _read(self, number: int) -> None:
        with httpx.Client(base_url=self.url, timeout=30) as http:
            while not self.stop.is_set():
                try:
                    self._check(http, number % 2 == 0)
                except httpx.HTTPError as err:
                    self.failures.append(f"{type(err).__name__}: {err}")
                self.requests += 1

    def _check(self, http: httpx.Client, sparql: bool) -> None:
        if sparql:
            response = http.post("/sparql", data={"query": SIZES})
        else:
            response = http.get("/api/documents")
        if response.status_code != 200:
            self.failures.append(f"{response.status_code}: {response.text[:300]}")
            return
        if sparql:
            for row in response.json()["results"]["bindings"]:
                graph, size = row["g"]["value"], int(row["n"]["value"])
                if size not in self.allowed_sizes[graph]:
                    self.half.append(f"{graph}: {size} triples")
        else:
            for doc_id, seen in api_state(response.json()).items():
                if seen not in self.allowed_api:
                    self.half.append(f"/api/documents {doc_id}: {seen}")


def put_graph(http: httpx.Client, graph: str, triples: list[ox.Triple]) -> None:
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    response = http.put("/store", params={"graph": graph}, content=body,
                        headers={"Content-Type": "application/n-triples"})  # fmt: skip
    assert response.status_code in (201, 204), response.text


def test_reads_during_a_large_ingest_see_whole_documents_and_never_fail(
    writable_server, versions
) -> None:
    url = writable_server.url
    a, b = versions["a"], versions["b"]
    allowed = {graph: {0, len(a[graph]), len(b[graph])} for graph in a}
    with httpx.Client(base_url=url, timeout=60,
                      headers={"Authorization": f"Bearer {servers.TOKEN}"}) as http:  # fmt: skip
        put_graph(http, next(iter(a)), a[next(iter(a))])
        wanted = api_state(http.get("/api/documents").json())
        http.delete("/store", params={"graph": next(iter(a))})
        put_graph(http, next(iter(b)), b[next(iter(b))])
        wanted_b = api_state(http.get("/api/documents").json())
        allowed_api = {*wanted.values(), *wanted_b.values()}
        assert len(allowed_api) == 2, "versions A and B must differ in words and annotations"
        started = time.monotonic()
        with Readers(url, allowed, allowed_api) as readers:
            for version in (a, b):
                for graph, triples in version.items():
                    put_graph(http, graph, triples)
        seconds = time.monotonic() - started
    assert readers.failures == [], writable_server.output()[-4000:]
    assert readers.half == []
    assert readers.requests > 2 * READERS
    rel.record("reads_during_writes", {"documents_written": 2 * DOCUMENTS,
                                       "reads": readers.requests, "failed": 0,
                                       "half_seen": 0, "seconds": round(seconds, 1)})  # fmt: skip

"""Idempotent writes: one transaction per batch of documents, keyed by source and content hash.

A document whose stored ``imkg:contentHash`` and ``imkg:pipelineVersion`` equal the new
ones is left alone. A document whose graph does not exist yet is added as quads
(``store.extend``: one transaction, no SPARQL text to build and parse); one whose graph
exists is replaced whole by ``DROP GRAPH ...; INSERT DATA ...`` in a single update. Either
way a crash leaves the old graph or the new one, never half of either, and re-running the
ingest completes the work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Set
from dataclasses import dataclass

import pyoxigraph as ox

from imkg.ingest.graph import document_quads, document_triples
from imkg.ingest.process import DocumentResult
from imkg.namespaces import DCTERMS, DOCUMENT_GRAPH_PREFIX, IMKG, document_graph
from imkg.store import GraphStore, add_quads, insert_data

STATE_QUERY = f"""
SELECT ?g ?source ?hash ?version WHERE {{ GRAPH ?g {{
  ?doc a <{IMKG}Document> ; <{DCTERMS}source> ?source ; <{IMKG}contentHash> ?hash ;
       <{IMKG}pipelineVersion> ?version .
}} FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_PREFIX}")) }}
"""


@dataclass(frozen=True)
class Stored:
    """What the store holds for one source: its document id, content hash, pipeline version."""

    doc_id: str
    content_hash: str
    pipeline_version: str


class StoredDocuments:
    """The documents already in the store, by source; kept up to date as a run writes."""

    def __init__(self, store: GraphStore) -> None:
        self.by_source: dict[str, Stored] = {}
        for row in store.select(STATE_QUERY):
            doc_id = row["g"].value[len(DOCUMENT_GRAPH_PREFIX) :]
            self.by_source[row["source"].value] = Stored(
                doc_id, row["hash"].value, row["version"].value
            )
        self.sources = {s.doc_id: source for source, s in self.by_source.items()}
        self.graphs = {g for g in store.named_graphs() if g.startswith(DOCUMENT_GRAPH_PREFIX)}
        self.graphs |= {document_graph(s.doc_id) for s in self.by_source.values()}

    def exists(self, doc_id: str) -> bool:
        """Whether the store holds (or this run has queued) a graph for ``doc_id``."""
        return document_graph(doc_id) in self.graphs

    def is_current(self, source: str, content_hash: str, pipeline_version: str) -> bool:
        """Whether the store already holds this content of this source, tagged the same way."""
        found = self.by_source.get(source)
        return (
            found is not None
            and found.content_hash == content_hash
            and found.pipeline_version == pipeline_version
        )

    def resolve_id(self, doc_id: str, source: str) -> str:
        """Keep ``doc_id`` unless another source holds it; then add a hash of the source."""
        known = self.by_source.get(source)
        if known is not None:
            return known.doc_id
        if self.sources.get(doc_id, source) == source:
            return doc_id
        return f"{doc_id}-{hashlib.sha256(source.encode()).hexdigest()[:8]}"

    def record(self, result: DocumentResult) -> None:
        """Note a document just written."""
        self.by_source[result.source] = Stored(
            result.doc_id, result.document.content_hash, result.pipeline_version
        )
        self.sources[result.doc_id] = result.source
        self.graphs.add(document_graph(result.doc_id))


def write_document(
    store: GraphStore, result: DocumentResult, *, triples: Iterable[ox.Triple] | None = None
) -> None:
    """Replace the document's graph with its new triples in one transaction."""
    body = list(triples if triples is not None else document_triples(result))
    store.replace_graph(document_graph(result.doc_id), body)


def write_documents(
    store: GraphStore, results: list[DocumentResult], *, new: Set[str] = frozenset()
) -> None:
    """Write several documents: at most two transactions, never half of a document.

    Documents whose id is in ``new`` have no graph yet: their quads are added together in
    one transaction. The others are dropped and inserted whole, together in one update.
    Batching saves the per-transaction cost of the store.
    """
    added = [r for r in results if r.doc_id in new]
    replaced = [r for r in results if r.doc_id not in new]
    if added:
        add_quads(store, [quad for result in added for quad in document_quads(result)])
    if len(replaced) == 1:
        write_document(store, replaced[0])
    elif replaced:
        parts = []
        for result in replaced:
            graph = document_graph(result.doc_id)
            parts.append(
                f"DROP SILENT GRAPH <{graph}> ;\n{insert_data(graph, document_triples(result))}"
            )
        store.update(" ;\n".join(parts))

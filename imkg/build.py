"""Build the knowledge graph: the curated ontology graph and its materialised entailments.

``build_graph`` is idempotent: when the store already holds exactly what the ontology files
give, it writes nothing.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from imkg import __version__
from imkg import ontology as ontology_package
from imkg.namespaces import IMKG, INFERRED_GRAPH, ONTOLOGY_GRAPH
from imkg.reasoning import entailments
from imkg.store import GraphStore

BUILD_HASH = IMKG + "buildHash"
_GRAPH_TRIPLES = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
# The ontology graph's digest each store's inferred graph was last derived from, so a write
# elsewhere (a document graph) costs one read of the ontology graph, not a reasoner run.
_DERIVED_FROM: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_DERIVING = threading.Lock()


class OntologyError(Exception):
    """An ontology file is missing or is not valid Turtle; the message names file and line."""


@dataclass(frozen=True)
class BuildReport:
    """What a build found and whether it changed the store."""

    ontology_triples: int
    inferred_triples: int
    changed: bool


def ontology_files(directory: Path | None = None) -> list[Path]:
    """Return the Turtle files that make up the ontology, in load order."""
    base = directory or ontology_package.ONTOLOGY_DIR
    return [base / name for name in ontology_package.SOURCE_FILES]


def parse_turtle(path: Path) -> Iterator[ox.Triple]:
    """Parse one Turtle file, turning parser errors into :class:`OntologyError`."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise OntologyError(f"cannot read ontology file {path}: {err.strerror or err}") from err
    try:
        return iter([q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)])
    except SyntaxError as err:
        raise OntologyError(f"{path.name} is not valid Turtle: {err}") from err


def load_ontology(directory: Path | None = None) -> set[ox.Triple]:
    """Return every triple of the curated ontology."""
    triples: set[ox.Triple] = set()
    for path in ontology_files(directory):
        triples.update(parse_turtle(path))
    return triples


def fingerprint(directory: Path | None = None) -> str:
    """Hash the ontology files and the reasoner's version: equal hashes, equal graphs."""
    digest = hashlib.sha256(f"imkg {__version__}".encode())
    for path in ontology_files(directory):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _built_fingerprint(store: GraphStore, graph: str) -> str | None:
    found = store.select(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> <{BUILD_HASH}> ?h }} }}")
    return found[0]["h"].value if found else None


def _stamp(graph: str, triples: set[ox.Triple], digest: str) -> set[ox.Triple]:
    stamp = ox.Triple(ox.NamedNode(graph), ox.NamedNode(BUILD_HASH), ox.Literal(digest))
    return {*triples, stamp}


def build_is_stale(store: GraphStore) -> bool:
    """Whether the store's ontology graph was built by an imkg whose ontology files differ
    from this one's (an upgrade). A graph without a build stamp was written by someone
    else (a Graph Store PUT) and is never called stale: rebuilding would overwrite it."""
    built = _built_fingerprint(store, ONTOLOGY_GRAPH)
    return built is not None and built != fingerprint()


def build_graph(store: GraphStore, *, directory: Path | None = None) -> BuildReport:
    """Write the ontology graph and the inferred graph; leave them alone if unchanged."""
    asserted = load_ontology(directory)
    digest = fingerprint(directory)
    if all(_built_fingerprint(store, g) == digest for g in (ONTOLOGY_GRAPH, INFERRED_GRAPH)):
        return BuildReport(len(asserted), _count(store, INFERRED_GRAPH) - 1, changed=False)
    inferred = entailments(asserted)
    store.replace_graph(ONTOLOGY_GRAPH, _stamp(ONTOLOGY_GRAPH, asserted, digest))
    store.replace_graph(INFERRED_GRAPH, _stamp(INFERRED_GRAPH, inferred, digest))
    return BuildReport(len(asserted), len(inferred), changed=True)


def _count(store: GraphStore, graph: str) -> int:
    found = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(found[0]["n"].value)


def refresh_inferred(store: GraphStore) -> bool:
    """Derive the inferred graph again if the ontology graph changed since it was derived.

    Writes through ``/update`` and ``/store`` reach the ontology graph only, and what readers
    rely on is partly inferred: a concept written as ``a imkg:Practice`` is a ``skos:Concept``
    by the ontology's class hierarchy alone, so search, the concept lists and the question
    answerer did not see it until the entailments were derived again (50 ms for the bundled
    ontology). Triples written by hand into the inferred graph last until the ontology graph
    next changes. Returns whether the inferred graph was rewritten.
    """
    with _DERIVING:
        asserted = _graph_triples(store, ONTOLOGY_GRAPH)
        digest = _digest(asserted)
        if _DERIVED_FROM.get(store) == digest:
            return False
        current = _graph_triples(store, INFERRED_GRAPH)
        stamps = {t for t in current if t.predicate.value == BUILD_HASH}
        inferred = entailments(asserted)
        changed = inferred != current - stamps
        if changed:
            store.replace_graph(INFERRED_GRAPH, inferred | stamps)
        _DERIVED_FROM[store] = digest
        return changed


def _graph_triples(store: GraphStore, graph: str) -> set[ox.Triple]:
    """One graph's triples without the build stamp (a stamp is not part of the ontology)."""
    found = store.query(_GRAPH_TRIPLES.format(graph=graph))
    return {t for t in found if t.predicate.value != BUILD_HASH or graph == INFERRED_GRAPH}


def _digest(triples: Iterable[ox.Triple]) -> str:
    return hashlib.sha256("\n".join(sorted(map(str, triples))).encode()).hexdigest()

"""Build the knowledge graph: the curated ontology graph and its materialised entailments.

``build_graph`` is idempotent: when the store already holds exactly what the ontology files
give, it writes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from imkg import __version__
from imkg import ontology as ontology_package
from imkg.namespaces import IMKG, INFERRED_GRAPH, ONTOLOGY_GRAPH
from imkg.reasoning import entailments
from imkg.store import GraphStore

BUILD_HASH = IMKG + "buildHash"


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

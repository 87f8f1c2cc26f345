"""One small interface over the embedded pyoxigraph store and any remote SPARQL 1.1 store.

Everything else in imkg talks to a :class:`GraphStore`, so the same build, ingest, query and
API code runs on an on-disk pyoxigraph store, an in-memory one (tests) or a remote server
(Oxigraph, Fuseki, GraphDB, ...) reached through the SPARQL 1.1 Protocol.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Row = dict[str, Term]

GENERATION_FILE = "imkg-generation"


class StoreError(Exception):
    """A store could not be opened, read or written; the message says why and what to do."""


class GraphStore(Protocol):
    """What imkg needs from a store. Queries see the union of named graphs by default."""

    location: str

    def query(
        self,
        sparql: str,
        *,
        union_default: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> object:
        """Run a SPARQL query; return pyoxigraph solutions, a boolean or triples.

        ``default_graphs``/``named_graphs`` (graph IRIs) give the dataset, as the protocol's
        ``default-graph-uri``/``named-graph-uri`` do: a side left out is then empty."""

    def select(self, sparql: str) -> list[Row]:
        """Run a SELECT over the union default graph and return its rows as dicts."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update in one transaction."""

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Replace one named graph whole, atomically."""

    def clear_graph(self, graph: str) -> None:
        """Remove one named graph."""

    def named_graphs(self) -> list[str]:
        """List the IRIs of the named graphs."""

    def dump(self, format: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        """Serialise one graph, or the whole dataset for formats with graphs."""

    def generation(self) -> int:
        """Return a number that changes whenever the store is written."""

    def close(self) -> None:
        """Release the store."""


def rows(solutions: Iterable[ox.QuerySolution], variables: list[str]) -> list[Row]:
    """Turn pyoxigraph solutions into plain dicts, leaving unbound variables out."""
    out = []
    for solution in solutions:
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                row[name] = value
        out.append(row)
    return out


def _variable_names(solutions: ox.QuerySolutions) -> list[str]:
    return [v.value for v in solutions.variables]


def insert_data(graph: str, triples: Iterable[ox.Triple]) -> str:
    """Return an ``INSERT DATA`` body that puts ``triples`` in ``graph``."""
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"


def add_quads(store: GraphStore, quads: list[ox.Quad]) -> None:
    """Add quads in one transaction: ``store.extend`` where the store has it (no SPARQL text
    to build and parse), else one SPARQL ``INSERT DATA`` update.

    For graphs that do not exist yet; to replace a graph use ``replace_graph``.
    """
    extend = getattr(store, "extend", None)
    if extend is not None:
        extend(quads)
        return
    body = "\n".join(
        f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads
    )
    store.update(f"INSERT DATA {{\n{body}\n}}")


class EmbeddedStore:
    """A pyoxigraph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path else "memory"
        self.read_only = read_only
        self._store = self._open()
        self._generation = self._read_generation()
        # RocksDB cannot checkpoint while a transaction appends to its log ("File smaller
        # than expected for copy"), so writes and backups take turns.
        self._write_lock = threading.RLock()

    def _open(self) -> ox.Store:
        if self.path is None:
            return ox.Store()
        try:
            if self.read_only:
                return ox.Store.read_only(str(self.path))
            self.path.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(self.path))
        except OSError as err:
            raise StoreError(_open_error(self.path, err)) from err

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its full API."""
        return self._store

    def query(
        self,
        sparql: str,
        *,
        union_default: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> object:
        if default_graphs is None and named_graphs is None:
            return self._store.query(sparql, use_default_graph_as_union=union_default)
        return self._store.query(
            sparql,
            default_graph=[ox.NamedNode(g) for g in default_graphs or ()],
            named_graphs=[ox.NamedNode(g) for g in named_graphs or ()],
        )

    def select(self, sparql: str) -> list[Row]:
        solutions = self.query(sparql)
        return rows(solutions, _variable_names(solutions))

    def update(self, sparql: str) -> None:
        with self._writing():
            self._store.update(sparql)

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        with self._writing():
            self._store.update(f"DROP SILENT GRAPH <{graph}> ;\n{insert_data(graph, triples)}")

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one transaction."""
        with self._writing():
            self._store.extend(quads)

    def clear_graph(self, graph: str) -> None:
        with self._writing():
            self._store.update(f"DROP SILENT GRAPH <{graph}>")

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Run one write transaction; a disk that fails it (full, read-only) is a StoreError."""
        self._check_writable()
        with self._write_lock:
            try:
                yield
                self._bump()
            except OSError as err:
                raise StoreError(_write_error(self.location, err)) from err

    def backup(self, target: Path | str) -> int:
        """Checkpoint the store into ``target``; return the generation the copy holds."""
        with self._write_lock:
            self._store.backup(str(target))
            return self._generation

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def triples(self, graph: str) -> Iterator[ox.Triple]:
        """Iterate the triples of one named graph."""
        for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            yield quad.triple

    def dump(self, format: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        from_graph = ox.NamedNode(graph) if graph else None
        if from_graph is None and not format.supports_datasets:
            return self._union_dump(format)
        return self._store.dump(format=format, from_graph=from_graph, prefixes=_dump_prefixes())

    def _union_dump(self, format: ox.RdfFormat) -> bytes:
        triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return ox.serialize(triples, format=format, prefixes=_dump_prefixes())

    def generation(self) -> int:
        # The writer holds the directory's lock, so it knows every write without reading the
        # file (this is on every query's path); read-only views read what the writer wrote.
        return self._read_generation() if self.read_only else self._generation

    def _read_generation(self) -> int:
        if self.path is None:
            return 0
        try:
            return int((self.path / GENERATION_FILE).read_text() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def _bump(self) -> None:
        self._generation += 1
        if self.path is not None:
            self._store.flush()
            target = self.path / GENERATION_FILE
            temp = target.with_suffix(".tmp")
            temp.write_text(str(self._generation))
            os.replace(temp, target)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if not self.read_only and self.path is not None:
                self._store.flush()
        del self._store


def _dump_prefixes() -> dict[str, str]:
    from imkg.namespaces import PREFIXES

    return dict(PREFIXES)


def _write_error(location: str, err: OSError) -> str:
    text = str(err)
    if "no space left" in text.lower() or err.errno == errno.ENOSPC:
        text = "no space left on the device"
    elif "too large" in text.lower() or err.errno == errno.EFBIG:
        text = "the file size limit was reached"
    return (
        f"cannot write to the store at {location}: {text}; the write was not applied "
        "(free some space, then run it again)"
    )


def _open_error(path: Path, err: OSError) -> str:
    text = str(err)
    if "lock" in text.lower():
        return (
            f"the data directory {path} is in use by another imkg process "
            "(stop it, or use another --data-dir)"
        )
    if isinstance(err, PermissionError) or "permission" in text.lower():
        return f"cannot write to the data directory {path}: permission denied"
    return f"cannot open the store at {path}: {text}"


def open_store(
    *, data_dir: Path | str | None = None, url: str | None = None, read_only: bool = False
) -> GraphStore:
    """Open the store the settings name: a remote URL, a data directory, or memory."""
    if url:
        from imkg.remote_store import RemoteStore

        return RemoteStore(url)
    if data_dir is None:
        return EmbeddedStore(None)
    return EmbeddedStore(Path(data_dir) / "store", read_only=read_only)

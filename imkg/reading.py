"""Reading a store from the command line without taking it from the process that writes it.

Opening a store for writing takes its directory's lock, so ``imkg query`` (and ``export``,
``ask``, ``coverage``) could not read a store an ingest or a server held, nor one on a
read-only mount. They read a private copy instead, made as a RocksDB checkpoint is: the
table files hard-linked (cheap, and a writer's compaction can no longer delete them under
the read), the log and the rest copied, the manifest last. A copy whose manifest names a
table file compaction deleted before it was linked fails to open (``No such file or
directory``) and is made again. Where no copy can be made (a read-only mount, where nothing
writes), the live directory is opened read-only. Either way a reader sees whole
transactions only, as the server's snapshots do (:mod:`imkg.snapshots`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from imkg.config import Settings
from imkg.namespaces import ONTOLOGY_GRAPH
from imkg.store import EmbeddedStore, GraphStore, StoreError, open_store

T = TypeVar("T")

ATTEMPTS = 8
# What a view says when a file it needs is gone (a live directory) or a copy caught the
# writer mid-way through a manifest record.
VANISHED = ("No such file or directory", "Corruption")
LINKED = (".sst", ".blob")  # immutable once written: hard-linked, never copied


def read_store(
    settings: Settings, read: Callable[[GraphStore], T], *, needs_graph: bool = False
) -> T:
    """Return ``read(store)`` on the store ``settings`` name, opened read-only when it exists.

    A data directory without a store, or (with ``needs_graph``) a store without the
    knowledge graph, is opened for writing as before, so that it can be made and built.
    """
    if settings.store_url:
        return _read_writable(open_store(url=settings.store_url), read, needs_graph)
    path = Path(settings.data_dir) / "store"
    if not (path / "CURRENT").is_file():
        return _read_writable(open_store(data_dir=settings.data_dir), read, needs_graph)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _read_view(path, read, needs_graph)
        except _MissingGraph:
            return _read_writable(open_store(data_dir=settings.data_dir), read, needs_graph)
        except (OSError, RuntimeError, StoreError) as err:
            if not vanished(err):
                raise
            if attempt == ATTEMPTS:
                raise StoreError(
                    f"the store at {path} changed under {ATTEMPTS} reads in a row while "
                    "another process wrote it; run the command again"
                ) from err
    raise AssertionError("unreachable")  # pragma: no cover


class _MissingGraph(Exception):
    """The store has no knowledge graph yet: building it needs a writable store."""


def _read_view(path: Path, read: Callable[[GraphStore], T], needs_graph: bool) -> T:
    with private_copy(path) as copy:
        store = EmbeddedStore(copy, read_only=True)
        store.location = str(path)  # messages name the store, not the copy
        try:
            if needs_graph and ONTOLOGY_GRAPH not in store.named_graphs():
                raise _MissingGraph
            return read(store)
        finally:
            store.close()


@contextlib.contextmanager
def private_copy(live: Path) -> Iterator[Path]:
    """Yield a copy of the store at ``live`` that no writer touches (``live`` itself when no
    copy can be made beside it), and remove the copy afterwards."""
    try:
        target = Path(tempfile.mkdtemp(prefix=".imkg-read-", dir=live.parent))
    except OSError:
        yield live
        return
    try:
        _copy_store(live, target)
        yield target
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _copy_store(live: Path, target: Path) -> None:
    """Link the table files, copy the logs and options, then the manifest ``CURRENT`` names:
    the manifest, copied last, can only name tables that were there to be linked, unless
    compaction deleted one in between (then opening the copy fails and it is made again)."""
    for name in sorted(os.listdir(live)):
        if name in ("LOCK", "CURRENT") or name.startswith(("LOG", "MANIFEST-")):
            continue
        with contextlib.suppress(FileNotFoundError):
            if name.endswith(LINKED):
                os.link(live / name, target / name)
            else:
                shutil.copyfile(live / name, target / name)
    current = (live / "CURRENT").read_text()
    shutil.copyfile(live / current.strip(), target / current.strip())
    (target / "CURRENT").write_text(current)


def _read_writable(store: GraphStore, read: Callable[[GraphStore], T], needs_graph: bool) -> T:
    try:
        if needs_graph:
            from imkg.build import build_graph

            if ONTOLOGY_GRAPH not in store.named_graphs():
                build_graph(store)
        return read(store)
    finally:
        store.close()


def vanished(err: BaseException) -> bool:
    """Whether ``err`` (or what caused it) says a file of the store disappeared under a read.

    >>> vanished(RuntimeError("Corruption: IO error: No such file or directory: 000033.sst"))
    True
    >>> vanished(StoreError("the query is not valid"))
    False
    """
    while err is not None:
        if any(words in str(err) for words in VANISHED):
            return True
        err = err.__cause__
    return False

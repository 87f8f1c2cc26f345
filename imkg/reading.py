"""Reading a store from the command line without taking it from the process that writes it.

Opening a store for writing takes its directory's lock, so ``imkg query`` (and ``export``,
``ask``, ``coverage``) could not read a store an ingest or a server held, nor one on a
read-only mount. They read a private copy instead, made as a RocksDB checkpoint is: the
table files hard-linked (cheap, and a writer's compaction can no longer delete them under
the read), the log and the rest copied, the manifest last. A copy whose manifest names a
table file compaction deleted before it was linked fails to open (``No such file or
directory``) and is made again. Where no copy can be made (a read-only mount, where nothing
writes, or where tables cannot be linked or the disk is full), the live directory is opened
read-only. Either way a reader sees whole transactions only, as the server's snapshots do
(:mod:`imkg.snapshots`).

A reader holds a lock on its copy while it reads; copies nobody holds (their reader was
killed) are removed by the next reader, so they cannot pile up, nor keep alive table files
the writer's compaction has since deleted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
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
COPY_PREFIX = ".imkg-read-"
# A copy younger than this is left alone even when unlocked: its reader may not have taken
# the lock yet (making a copy takes well under a second).
STALE_AFTER_SECONDS = 60.0

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: copies of killed readers stay
    fcntl = None  # type: ignore[assignment]


# The private copies being read in this process, for removal when a read is abandoned.
_COPIES_READ: set[Path] = set()
_COPIES_LOCK = threading.Lock()


def read_store(
    settings: Settings, read: Callable[[GraphStore], T], *, needs_graph: bool = False
) -> T:
    """Return ``read(store)`` on the store ``settings`` name, opened read-only when it exists.

    A data directory without a store, or (with ``needs_graph``) a store without the
    knowledge graph, is opened for writing as before, so that it can be made and built.

    The read runs in a daemon thread that this one waits for: the engine does not return to
    Python until a query ends, so Ctrl-C waited for the end of the longest query. Now the
    ``KeyboardInterrupt`` reaches this thread at once; the copy being read is removed and the
    interrupt raised, the reading thread abandoned (the process is about to exit).
    """
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, _read_store(settings, read, needs_graph)))
        except BaseException as err:  # handed to the waiting thread, which raises it
            outcome.append((False, err))

    reader = threading.Thread(target=run, name="imkg-read", daemon=True)
    reader.start()
    try:
        reader.join()
    except KeyboardInterrupt:
        abandon_copies()
        raise
    done, value = outcome[0]
    if done:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]


def abandon_copies() -> None:
    """Remove the private copies this process is reading (its reads are being abandoned)."""
    with _COPIES_LOCK:
        copies = list(_COPIES_READ)
        _COPIES_READ.clear()
    for copy in copies:
        shutil.rmtree(copy, ignore_errors=True)


def _read_store(settings: Settings, read: Callable[[GraphStore], T], needs_graph: bool) -> T:
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
    copy can be made), and remove the copy afterwards.

    The copy is made beside the store's real folder (a data directory whose ``store`` links
    to another file system still gets hard links), after removing copies nobody reads.
    """
    parent = live.resolve().parent
    remove_stale_copies(parent)
    try:
        target = Path(tempfile.mkdtemp(prefix=COPY_PREFIX, dir=parent))
    except OSError:
        yield live
        return
    with _COPIES_LOCK:
        _COPIES_READ.add(target)
    try:
        with _held(target):
            yield target if _copied(live, target) else live
    finally:
        with _COPIES_LOCK:
            _COPIES_READ.discard(target)
        shutil.rmtree(target, ignore_errors=True)


def _copied(live: Path, target: Path) -> bool:
    """Copy the store into ``target``; False where this file system will not have it."""
    try:
        _copy_store(live, target)
    except FileNotFoundError:
        raise  # the writer rotated a file away: the caller makes the copy again
    except OSError:
        # Tables that cannot be linked here (EXDEV, EPERM, EMLINK) or a full disk: the live
        # directory is read read-only instead, as on a read-only mount.
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


@contextlib.contextmanager
def _held(copy: Path) -> Iterator[None]:
    """Hold a shared lock on ``copy`` while it is read; the kernel lets it go if the reader
    is killed, which is how :func:`remove_stale_copies` tells a left copy from a live one."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = os.open(copy, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def remove_stale_copies(parent: Path, *, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove the private copies in ``parent`` that no reader holds; return how many.

    A reader killed with SIGKILL (or SIGTERM, or a power cut) leaves its copy behind.
    """
    if fcntl is None:  # pragma: no cover
        return 0
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(parent):
            if entry.name.startswith(COPY_PREFIX) and _unheld(entry, older_than):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
    return removed


def _unheld(entry: os.DirEntry, older_than: float) -> bool:
    try:
        if time.time() - entry.stat(follow_symlinks=False).st_mtime < older_than:
            return False
        fd = os.open(entry.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False  # a reader holds it
    finally:
        os.close(fd)


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

"""Point-in-time snapshots of an on-disk store, for readers in other processes.

A read-only view of a RocksDB directory that another process is writing is undefined
behaviour: compaction deletes files and rotates the MANIFEST under the reader, which then
fails with "Corruption: IO error". Query workers therefore never open the live store.
After a write, the next read asks for a snapshot: pyoxigraph's ``Store.backup`` (a RocksDB
checkpoint: hard links, so cheap) into a fresh directory that nothing ever writes again.
Each snapshot holds whole transactions only, so a reader sees every document either before
or after its write, never half of it.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from pathlib import Path

from imkg.store import EmbeddedStore

KEEP = 3
MIN_AGE_SECONDS = 120.0


class Snapshots:
    """Hand out the newest snapshot of ``store``, making one after each write."""

    def __init__(self, store: EmbeddedStore, directory: Path) -> None:
        self.store = store
        self.directory = directory
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._path = ""
        shutil.rmtree(directory, ignore_errors=True)  # left by an earlier run
        directory.mkdir(parents=True, exist_ok=True)

    def fresh(self) -> str | None:
        """Return the current snapshot's path, or None when a write has made it stale."""
        return self._path if self._generation == self.store.generation() else None

    def current(self) -> str:
        """Return a snapshot holding every write so far, making one if needed (blocking)."""
        with self._lock:
            generation = self.store.generation()
            if self._generation == generation:
                return self._path
            path = self.directory / f"gen-{generation:08d}-{time.monotonic_ns()}"
            self._generation, self._path = self.store.backup(path), str(path)
            self._prune()
            return self._path

    def _prune(self) -> None:
        """Delete old snapshots, keeping the newest and any a running query may still read."""
        made = sorted(self.directory.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        now = time.time()
        for path in made[KEEP:]:
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > MIN_AGE_SECONDS:
                    shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        """Remove every snapshot."""
        shutil.rmtree(self.directory, ignore_errors=True)

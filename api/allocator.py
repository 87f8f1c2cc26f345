"""A faster memory allocator for the query workers, where the machine has one.

Oxigraph's evaluation allocates and frees at a high rate (hash joins, ``DISTINCT``,
``GROUP BY``, parsing and planning every query). With jemalloc preloaded (Debian's
``libjemalloc2``) the workers answered a two-concept join over 1M quads 8 to 9% sooner and served
cheap lookups with up to a quarter more throughput (docs/performance.md). Workers are
forked from multiprocessing's forkserver, so the library is preloaded into that one process
when it starts: the server and every other program keep the system allocator.

jemalloc hands freed pages back to the system soon after (``muzzy_decay_ms`` is 0), and a
busy worker then faults them in again on the next query; ``JEMALLOC_CONF`` keeps them for a
few seconds instead (unless ``MALLOC_CONF`` is set already).

``IMKG_WORKER_MALLOC`` chooses: unset or ``auto`` takes the first of jemalloc and mimalloc
that the dynamic linker can find; ``system`` (or ``off``) keeps glibc's; anything else names
a library to preload (a file path, or a name the linker finds).
"""

from __future__ import annotations

import ctypes.util
import logging
import multiprocessing
import os
from pathlib import Path

log = logging.getLogger("imkg.api.allocator")

ENV = "IMKG_WORKER_MALLOC"
SEARCHED = ("jemalloc", "mimalloc")
JEMALLOC_CONF = "dirty_decay_ms:5000,muzzy_decay_ms:5000"
_OFF = ("system", "off", "none", "0")
# What the forkserver was started with in this process (it starts once per process).
_started_with: list[str | None] = []


def find_allocator(setting: str | None = None) -> str | None:
    """The library to preload into the query workers, or None for the system allocator.

    Args:
        setting: The value of ``IMKG_WORKER_MALLOC`` (read from the environment when None).
    """
    value = (os.environ.get(ENV, "auto") if setting is None else setting).strip()
    if value.lower() in _OFF or not value:
        return None
    if value.lower() != "auto":
        if "/" in value and not Path(value).is_file():
            log.warning("%s=%s: no such file; the workers keep the system allocator", ENV, value)
            return None
        return value
    return next(filter(None, (ctypes.util.find_library(name) for name in SEARCHED)), None)


def start_forkserver(library: str | None) -> str | None:
    """Start multiprocessing's forkserver with ``library`` preloaded (once per process).

    Returns the library the running forkserver was started with (None: the system
    allocator). A forkserver already running keeps what it was started with.
    """
    if _started_with:
        return _started_with[0]
    if library is None or "forkserver" not in multiprocessing.get_all_start_methods():
        _started_with.append(None)
        return None
    from multiprocessing import forkserver

    if getattr(forkserver._forkserver, "_forkserver_pid", None) is not None:
        _started_with.append(None)  # started by someone else, with what we cannot tell
        return None
    previous = {name: os.environ.get(name) for name in ("LD_PRELOAD", "MALLOC_CONF")}
    os.environ["LD_PRELOAD"] = " ".join(filter(None, (library, previous["LD_PRELOAD"])))
    if "jemalloc" in library and previous["MALLOC_CONF"] is None:
        os.environ["MALLOC_CONF"] = JEMALLOC_CONF
    try:
        forkserver.ensure_running()
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    _started_with.append(library)
    return library

"""Dependencies routers share: the store, the settings and the query worker pool.

>>> from imkg.api.deps import StoreDep
>>> # def read_concept(slug: str, store: StoreDep) -> dict: ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from imkg.api.workers import WorkerPool
from imkg.build import refresh_inferred
from imkg.config import Settings
from imkg.store import GraphStore


def get_store(request: Request) -> GraphStore:
    """Return the store the app opened (read-write; queries from users go to the pool)."""
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    """Return the settings the app runs with."""
    return request.app.state.settings


def get_pool(request: Request) -> WorkerPool:
    """Return the pool of query worker processes."""
    return request.app.state.pool


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PoolDep = Annotated[WorkerPool, Depends(get_pool)]


async def run_write(request: Request, write: Callable[..., object], *args: object) -> object:
    """Run one write on the store, one at a time, off the event loop.

    The store's generation changes with the write, so query workers reopen their views and
    kept dumps are never served again; the result cache forgets its answers before and after
    the write, and the dump cache lets its bytes go. A write that changed the ontology graph
    has the inferred graph derived again before the lock is let go, so the next request sees
    a concept added, relabelled or removed in search, lists and answers alike.
    """
    caches = [
        cache
        for cache in (getattr(request.app.state, name, None) for name in ("cache", "dumps"))
        if cache is not None
    ]
    async with request.app.state.write_lock:
        for cache in caches:
            cache.invalidate()
        try:
            return await run_in_threadpool(_write_and_derive, request.app.state.store, write, args)
        finally:
            for cache in caches:
                cache.invalidate()


def _write_and_derive(store: GraphStore, write: Callable[..., object], args: tuple) -> object:
    result = write(*args)
    refresh_inferred(store)
    return result

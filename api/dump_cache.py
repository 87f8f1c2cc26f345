"""Serialised dumps of the store (``GET /store``), made once per store generation and format.

A whole-store dump is megabytes of TriG or JSON-LD, and serialising it anew for every
request made ten concurrent GETs do the work ten times. A dump depends only on the data,
the graph and the format, so it is kept under those until the store's generation moves
(every write through ``/store``, ``/update`` or an ingest moves it). Requests that arrive
while a dump is being made wait for that one; the serialising runs in a thread, never in
the event loop. The kept bytes are bounded: least recently used dumps go first, and a dump
larger than the whole budget is handed to the requests waiting for it and not kept.

Dumps being made are bounded too: at most ``making_limit`` at once (their size is not known
until they are made, and 40 different ones at once, one per thread of the pool, held 40
dumps beside the kept ones), the others wait their turn, and beyond ``waiting_limit`` dumps
waiting a request is refused (:class:`DumpsBusy`, a 503 with ``Retry-After``). So the bytes
held are at most the budget plus ``making_limit`` dumps.

>>> import asyncio
>>> cache = DumpCache(max_bytes=10)
>>> asyncio.run(cache.get("turtle", lambda: 1, lambda: b"<a> <b> <c> ."))
b'<a> <b> <c> .'
>>> cache.describe()["entries"]  # 13 bytes do not fit in 10
0
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Hashable

from starlette.concurrency import run_in_threadpool

MAKING_LIMIT = 2  # serialising is CPU work: more at once would not finish sooner
WAITING_LIMIT = 64  # waiting dumps hold no bytes; the limit bounds how long the last one waits
RETRY_AFTER_SECONDS = 5


class DumpsBusy(Exception):
    """Too many different dumps are being made or waiting to be made; ask again later."""


class DumpCache:
    """Dumps by (generation, key), least recently used first out, bounded in bytes."""

    def __init__(
        self,
        *,
        max_bytes: int = 64 << 20,
        making_limit: int = MAKING_LIMIT,
        waiting_limit: int = WAITING_LIMIT,
    ) -> None:
        self.max_bytes = max_bytes
        self.waiting_limit = waiting_limit
        self.hits = self.misses = self.refused = 0
        self.peak_making = self._made_now = self._waiting = 0
        self._turns = asyncio.Semaphore(making_limit)
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._generation = 0
        self._making: dict[Hashable, asyncio.Future[bytes]] = {}

    async def get(
        self, key: Hashable, generation: Callable[[], int], build: Callable[[], bytes]
    ) -> bytes:
        """Return the dump ``build`` makes for ``key`` at the store's current generation.

        ``generation`` is read before and after ``build`` runs: a dump made across a write
        is answered to the requests that waited for it but not kept.
        """
        started = generation()
        slot = (started, key)
        found = self._entries.get(slot)
        if found is not None:
            self._entries.move_to_end(slot)
            self.hits += 1
            return found
        making = self._making.get(slot)
        if making is None:
            if self._waiting >= self.waiting_limit:
                self.refused += 1
                raise DumpsBusy(f"{self._waiting} dumps are waiting to be made")
            self.misses += 1
            self._waiting += 1  # counted now: the task starts only at the next await
            making = self._making[slot] = asyncio.ensure_future(self._make(build))
            making.add_done_callback(lambda done: self._made(slot, done, generation()))
        else:
            self.hits += 1
        return await asyncio.shield(making)  # a client that leaves does not stop the others'

    async def _make(self, build: Callable[[], bytes]) -> bytes:
        """Make one dump in a thread when its turn comes."""
        try:
            await self._turns.acquire()
        finally:
            self._waiting -= 1
        self._made_now += 1
        self.peak_making = max(self.peak_making, self._made_now)
        try:
            return await run_in_threadpool(build)
        finally:
            self._made_now -= 1
            self._turns.release()

    def _made(self, slot: tuple[int, Hashable], done: asyncio.Future[bytes], now: int) -> None:
        self._making.pop(slot, None)
        if done.cancelled() or done.exception() is not None or slot[0] != now:
            return
        self._keep(slot, done.result())

    def _keep(self, slot: tuple[int, Hashable], body: bytes) -> None:
        if slot[0] != self._generation:
            self.invalidate()  # dumps of older generations can never be asked for again
            self._generation = slot[0]
        if len(body) > self.max_bytes:
            return
        self._entries[slot] = body
        self._bytes += len(body)
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped)

    def invalidate(self) -> None:
        """Forget every dump (a write is about to change the data, or has)."""
        self._entries.clear()
        self._bytes = 0

    def describe(self) -> dict[str, int]:
        """Return the cache's state, for ``/health``."""
        return {
            "entries": len(self._entries),
            "bytes": self._bytes,
            "hits": self.hits,
            "misses": self.misses,
            "making": self._made_now,
            "waiting": self._waiting,
            "peak_making": self.peak_making,
            "refused": self.refused,
        }

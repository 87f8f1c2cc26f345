"""Answers to repeated identical SPARQL queries, kept until the next write.

A SPARQL service sees the same queries again and again (a page's queries, a dashboard's
refresh, the explorer's links). Their answers depend only on the query job (text, dataset,
format, limits) and on the data, so a successful answer is kept under its job and served
again until anything writes to the store. Every write moves the cache to a new generation
before and after it runs (see :func:`imkg.api.deps.run_write`); an answer computed across a
write is filed under the generation it started in and never served. Only the embedded store
is cached: a remote store can be written by others without this server knowing.

>>> cache = ResultCache(max_bytes=1000)
>>> generation = cache.generation
>>> cache.put("job", generation, "answer", 6)
>>> cache.get("job")
'answer'
>>> cache.invalidate()
>>> cache.get("job") is None
True
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable


class ResultCache:
    """A least-recently-used map from query jobs to answers, bounded in entries and bytes."""

    def __init__(
        self, *, max_entries: int = 4096, max_bytes: int = 64 << 20, max_entry_bytes: int = 1 << 20
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_entry_bytes = min(max_entry_bytes, max_bytes)
        self.generation = 0
        self.hits = self.misses = 0
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._bytes = 0

    def get(self, key: Hashable) -> object | None:
        """Return the answer kept for ``key``, or None."""
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return found[0]

    def put(self, key: Hashable, generation: int, answer: object, size: int) -> None:
        """Keep ``answer`` (``size`` bytes) if it was computed in the current generation.

        The key's own strings count too: a key holds the request's ``Accept`` header, which
        may be 1 MB (2,000 such keys held 1.8 GB while the cache counted 52 KB).
        """
        if generation != self.generation:
            return
        size += key_bytes(key)
        if size > self.max_entry_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old[1]
        self._entries[key] = (answer, size)
        self._bytes += size
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, (_, dropped) = self._entries.popitem(last=False)
            self._bytes -= dropped

    def invalidate(self) -> None:
        """Forget every answer: the data is about to change, or has changed."""
        self.generation += 1
        self._entries.clear()
        self._bytes = 0

    def describe(self) -> dict[str, int]:
        """Return the cache's state, for ``/health``."""
        return {
            "entries": len(self._entries),
            "bytes": self._bytes,
            "hits": self.hits,
            "misses": self.misses,
            "generation": self.generation,
        }


def key_bytes(key: object) -> int:
    """The bytes of the strings a cache key holds, in nested tuples too (a query job).

    >>> key_bytes((b"GET", b"query=ASK%7B%7D", (b"text/csv",)))
    26
    """
    if isinstance(key, str | bytes):
        return len(key)
    if isinstance(key, tuple):
        return sum(key_bytes(part) for part in key)
    return 0

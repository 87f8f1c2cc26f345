"""Whole-store and one-graph dumps (``GET /store``): serialised once per store generation and
format, off the event loop, and forgotten on every write.

Ten concurrent whole-store GETs used to serialise the store ten times and held ``/health``
up to 0.5 s; the figures of the test below are printed with ``-s``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from imkg_test_reliability import health_during
from imkg_test_servers import TOKEN, start_imkg

from imkg.store import EmbeddedStore, add_quads

EXTRA_GRAPH = "https://example.org/graph/bulk"
NEW_GRAPH = "https://example.org/graph/added-by-a-test"
DATASET_TYPES = ("application/trig", "application/n-quads", "application/ld+json")
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")


def bulk_quads(count: int) -> list[ox.Quad]:
    """Enough triples that a whole-store dump takes real time (a few MB of TriG)."""
    graph = ox.NamedNode(EXTRA_GRAPH)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    return [
        ox.Quad(
            ox.NamedNode(f"https://example.org/item/{i}"),
            label,
            ox.Literal(f"item {i} of the bulk graph, with a label long enough to weigh"),
            graph,
        )
        for i in range(count)
    ]


@pytest.fixture(scope="module")
def bulky_server(tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path) -> Iterator[str]:
    """An imkg server with a token over the ontology plus 40,000 extra triples."""
    data_dir = tmp_path_factory.mktemp("dumps") / "data"
    shutil.copytree(built_data_dir, data_dir)
    store = EmbeddedStore(data_dir / "store")
    add_quads(store, bulk_quads(40_000))
    store.close()
    server = start_imkg(data_dir, "--update-token", TOKEN)
    yield server.url
    server.stop()


def dumps_state(url: str) -> dict[str, int]:
    """The dump cache's counters from ``/health`` (zeros from a server that has none)."""
    return httpx.get(f"{url}/health").json().get("dumps") or {"hits": 0, "misses": 0}


@pytest.mark.parametrize("accept", ["application/trig", "application/ld+json"])
def test_whole_store_gets_leave_health_free(bulky_server: str, accept: str) -> None:
    """Ten concurrent whole-store GETs: one serialisation, off the event loop."""
    bodies: list[bytes] = []
    misses = dumps_state(bulky_server)["misses"]

    def ten_gets() -> None:
        def get(_: int) -> bytes:
            response = httpx.get(f"{bulky_server}/store", headers={"Accept": accept}, timeout=120)
            response.raise_for_status()
            return response.content

        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            bodies.extend(pool.map(get, range(10)))

    latencies = health_during(bulky_server, ten_gets)
    print(
        f"\n/health during ten whole-store GETs of {accept} ({len(bodies[0]) / 1e6:.1f} MB each): "
        f"{len(latencies)} answers, max {max(latencies) * 1000:.0f} ms, "
        f"median {sorted(latencies)[len(latencies) // 2] * 1000:.0f} ms"
    )
    assert len(set(bodies)) == 1
    assert max(latencies) < 0.25
    assert dumps_state(bulky_server)["misses"] == misses + 1


def test_each_format_is_kept_apart_and_writes_forget_them(bulky_server: str) -> None:
    store = f"{bulky_server}/store"
    before = dumps_state(bulky_server)
    for media_type in DATASET_TYPES:
        first = httpx.get(store, headers={"Accept": media_type}, timeout=120)
        again = httpx.get(store, headers={"Accept": media_type}, timeout=120)
        assert first.headers["content-type"].startswith(media_type)
        assert again.content == first.content
    for media_type in GRAPH_TYPES:
        params = {"graph": EXTRA_GRAPH}
        first = httpx.get(store, params=params, headers={"Accept": media_type}, timeout=120)
        again = httpx.get(store, params=params, headers={"Accept": media_type}, timeout=120)
        assert first.headers["content-type"].startswith(media_type)
        assert again.content == first.content
    after = dumps_state(bulky_server)
    assert after["misses"] - before["misses"] <= len(DATASET_TYPES) + len(GRAPH_TYPES)
    assert after["hits"] - before["hits"] >= len(DATASET_TYPES) + len(GRAPH_TYPES)

    auth = {"Authorization": f"Bearer {TOKEN}"}
    turtle = {**auth, "Content-Type": "text/turtle"}
    triple = b"<https://example.org/s> <https://example.org/p> 'put-marker' ."
    put = httpx.put(store, params={"graph": NEW_GRAPH}, headers=turtle, content=triple)
    assert put.status_code == 201
    for media_type in DATASET_TYPES:
        assert b"put-marker" in httpx.get(store, headers={"Accept": media_type}).content
    update = "INSERT DATA { GRAPH <%s> { <https://example.org/s> <https://example.org/p> 'upd' } }"
    response = httpx.post(f"{bulky_server}/update", data={"update": update % NEW_GRAPH},
                          headers=auth)  # fmt: skip
    assert response.status_code == 204, response.text
    for media_type in GRAPH_TYPES:
        body = httpx.get(store, params={"graph": NEW_GRAPH}, headers={"Accept": media_type})
        assert b"upd" in body.content and b"put-marker" in body.content
    assert httpx.delete(store, params={"graph": NEW_GRAPH}, headers=auth).status_code == 204
    for media_type in DATASET_TYPES:
        assert b"put-marker" not in httpx.get(store, headers={"Accept": media_type}).content


def test_cache_builds_once_per_generation_in_a_thread() -> None:
    """What ingest writes (``add_quads``) moves the store's generation, so dumps are rebuilt."""
    from imkg.api.dump_cache import DumpCache

    store = EmbeddedStore(None)
    cache = DumpCache()
    threads: list[threading.Thread] = []

    def build() -> bytes:
        threads.append(threading.current_thread())
        return store.dump(ox.RdfFormat.N_QUADS)

    async def ten_at_once() -> list[bytes]:
        return await asyncio.gather(*(cache.get("nq", store.generation, build) for _ in range(10)))

    assert set(asyncio.run(ten_at_once())) == {b""}
    add_quads(store, bulk_quads(3))
    changed = asyncio.run(cache.get("nq", store.generation, build))
    assert changed.count(b"\n") == 3
    assert len(threads) == 2
    assert threading.main_thread() not in threads


def test_cache_is_bounded_in_bytes() -> None:
    from imkg.api.dump_cache import DumpCache

    cache = DumpCache(max_bytes=100)

    async def fill() -> None:
        for name, size in (("a", 60), ("b", 30), ("c", 50), ("huge", 101)):
            await cache.get(name, lambda: 0, lambda size=size: b"x" * size)

    asyncio.run(fill())
    state = cache.describe()
    assert state["bytes"] <= 100
    assert state["entries"] == 2  # "a" made room for "c"; "huge" was never kept


class _MeasuredBuilds:
    """Builds of a known size that record the most dump bytes held at once: the kept ones
    plus the ones being made."""

    def __init__(self, cache, size: int) -> None:
        self.cache, self.size = cache, size
        self.lock = threading.Lock()
        self.running = self.peak_bytes = self.calls = 0

    def build(self) -> bytes:
        import time

        with self.lock:
            self.running += 1
            self.calls += 1
            held = self.cache.describe()["bytes"] + self.running * self.size
            self.peak_bytes = max(self.peak_bytes, held)
        time.sleep(0.05)
        with self.lock:
            self.running -= 1
        return b"x" * self.size


def test_dumps_being_made_are_bounded_with_the_kept_ones() -> None:
    """20 different dumps of 100 KB at once with a 300 KB budget: every one was made at once
    (2,000 KB held beside the budget); now two at a time, the others wait their turn."""
    from imkg.api.dump_cache import DumpCache

    cache = DumpCache(max_bytes=300_000)
    builds = _MeasuredBuilds(cache, 100_000)

    async def twenty() -> list[bytes]:
        gets = [cache.get(("graph", n), lambda: 1, builds.build) for n in range(20)]
        return await asyncio.gather(*gets)

    bodies = asyncio.run(twenty())
    print(f"\npeak dump bytes held: {builds.peak_bytes:,} (budget 300,000)")
    assert all(len(body) == 100_000 for body in bodies)
    assert builds.peak_bytes <= 300_000 + 2 * 100_000
    assert cache.describe()["peak_making"] == 2
    assert cache.describe()["bytes"] <= 300_000


def test_many_requests_for_one_dump_wait_for_it_and_are_not_refused() -> None:
    """A guard: the limits count dumps, not requests; 60 requests for one dump make it once."""
    from imkg.api.dump_cache import DumpCache

    cache = DumpCache(max_bytes=300_000, waiting_limit=1)
    builds = _MeasuredBuilds(cache, 1_000)

    async def sixty() -> list[bytes]:
        return await asyncio.gather(
            *(cache.get("dataset", lambda: 1, builds.build) for _ in range(60))
        )

    assert len(asyncio.run(sixty())) == 60
    assert builds.calls == 1 and cache.describe()["refused"] == 0


def test_dumps_beyond_the_waiting_limit_are_refused() -> None:
    from imkg.api.dump_cache import DumpCache, DumpsBusy

    cache = DumpCache(max_bytes=300_000, making_limit=1, waiting_limit=2)
    builds = _MeasuredBuilds(cache, 1_000)

    async def five() -> list[object]:
        gets = [cache.get(("graph", n), lambda: 1, builds.build) for n in range(5)]
        return await asyncio.gather(*gets, return_exceptions=True)

    outcomes = asyncio.run(five())
    refused = [o for o in outcomes if isinstance(o, DumpsBusy)]  # all five arrive before a turn
    assert len(refused) == 3 and cache.describe()["refused"] == 3
    assert sum(isinstance(o, bytes) for o in outcomes) == 2

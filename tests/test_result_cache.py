"""The result cache of /sparql: answers kept for repeated queries, forgotten on every write."""

from __future__ import annotations

import uuid

import httpx

from imkg.api import execute, sparql
from imkg.api.result_cache import ResultCache
from imkg.config import Settings

ACCEPT = {"Accept": "application/sparql-results+json"}


def count_in(server: str, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    response = httpx.get(f"{server}/sparql", params={"query": query}, headers=ACCEPT)
    response.raise_for_status()
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_result_cache_drops_least_recent_entries_past_its_byte_budget() -> None:
    cache = ResultCache(max_bytes=10)
    cache.put("a", cache.generation, "A", 4)
    cache.put("b", cache.generation, "B", 4)
    assert cache.get("a") == "A"  # "b" is now the least recently used
    cache.put("c", cache.generation, "C", 4)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == ("A", None, "C")


def test_result_cache_refuses_answers_computed_before_a_write() -> None:
    cache = ResultCache()
    started = cache.generation
    cache.invalidate()  # a write happened while the query ran
    cache.put("job", started, "stale", 5)
    assert cache.get("job") is None


def test_result_cache_refuses_entries_larger_than_the_entry_limit() -> None:
    cache = ResultCache(max_bytes=100, max_entry_bytes=10)
    cache.put("big", cache.generation, "x" * 11, 11)
    assert cache.get("big") is None


def test_write_invalidates_cached_answers(guarded_server: str, update_token: str) -> None:
    graph = f"urn:imkg:test:cache:{uuid.uuid4()}"
    assert count_in(guarded_server, graph) == 0
    assert count_in(guarded_server, graph) == 0  # now served from the cache
    hits = httpx.get(f"{guarded_server}/health").json()["cache"]["hits"]
    assert hits >= 1
    update = f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:s> <urn:p> <urn:o> }} }}"
    response = httpx.post(
        f"{guarded_server}/update",
        data={"update": update},
        headers={"Authorization": f"Bearer {update_token}"},
    )
    assert response.status_code == 204
    assert count_in(guarded_server, graph) == 1


def test_result_cache_counts_the_bytes_of_its_keys() -> None:
    """A GET's key holds its Accept header, up to 1 MB: 2,000 such requests grew the server
    by 1.8 GB while the cache counted 52 KB of answers."""
    cache = ResultCache(max_bytes=3_000_000)
    for i in range(10):
        accept = b"application/sparql-results+json;x=%d" % i + b"y" * 600_000
        cache.put((b"GET", b"query=ASK%7B%7D", accept), cache.generation, "A", 26)
    state = cache.describe()
    assert state["entries"] <= 5 and 3_000_000 >= state["bytes"] > 3 * 600_000


def test_query_jobs_are_not_remembered_for_long_accept_headers() -> None:
    """Neither the server's job cache nor a worker's negotiation cache keeps a long header
    (1,024 and 256 remembered 1 MB headers would hold a gigabyte and a quarter of one)."""
    negotiations = getattr(execute, "_negotiate_remembered", execute._negotiate)
    sparql._get_job_cached.cache_clear()
    negotiations.cache_clear()
    for i in range(5):
        accept = f"application/sparql-results+json;x={i}" + "y" * 100_000
        job = sparql.get_job(b"query=ASK%7B%7D", accept, Settings())
        assert job is not None and job.accept == accept
        execute._negotiate(accept, True, None)
    assert sparql._get_job_cached.cache_info().currsize == 0
    assert negotiations.cache_info().currsize == 0

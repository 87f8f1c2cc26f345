"""The result cache of /sparql: answers kept for repeated queries, forgotten on every write."""

from __future__ import annotations

import uuid

import httpx

from imkg.api.result_cache import ResultCache

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

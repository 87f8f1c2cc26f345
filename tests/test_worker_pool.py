"""The query worker pool on its own: priority, time limits checked by its watchdog, waiting.

A real pool of worker processes over a small on-disk store, driven from ``asyncio.run`` in
a thread of its own (a session's Playwright browser may keep an event loop running in the
main thread, where ``asyncio.run`` is refused).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import signal
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from imkg.api import workers
from imkg.api.execute import Job
from imkg.api.workers import WorkerPool

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
FAST = "ASK { ?s ?p ?o }"
ACCEPT = "application/sparql-results+json"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pool") / "store"
    store = ox.Store(str(path))
    p = ox.NamedNode("urn:p")
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i))) for i in range(300))
    store.flush()
    del store
    return path


def job(query: str) -> Job:
    return Job(query, True, (), (), ACCEPT, None, 1000)


def run_pool(path: Path, work, **options):
    """Start a pool with ``options``, return what ``work(pool)`` returns, stop the pool."""

    async def main():
        pool = WorkerPool(str(path), remote=False, **options)
        await pool.start()
        try:
            return await work(pool)
        finally:
            await pool.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, main()).result()


@pytest.mark.parametrize("nice", [0, 5])
def test_workers_run_below_the_servers_priority(store_path: Path, nice: int) -> None:
    async def work(pool: WorkerPool):
        reply = await pool.run(job(FAST))
        return reply, [os.getpriority(os.PRIO_PROCESS, p) for p in pool.describe()["pids"]]

    reply, priorities = run_pool(store_path, work, size=2, timeout=5, nice=nice)
    assert reply.status == 200
    own = os.getpriority(os.PRIO_PROCESS, 0)
    assert priorities == [min(19, own + nice)] * 2


def test_a_query_past_the_limit_is_stopped_and_a_waiting_job_gives_up(store_path: Path) -> None:
    """One worker: the slow query runs out of time; the job queued behind it waits no longer
    than the limit either; the pool serves again with a fresh worker."""

    async def work(pool: WorkerPool):
        first_pid = pool.describe()["pids"]
        started = time.monotonic()
        slow = asyncio.ensure_future(pool.run(job(SLOW)))
        await asyncio.sleep(0.05)
        waiting = await pool.run(job(FAST))
        waited = time.monotonic() - started
        stopped = await slow
        for _ in range(100):  # the replacement starts in the background
            if pool.describe()["idle"] == 1:
                break
            await asyncio.sleep(0.1)
        after = await pool.run(job(FAST))
        return first_pid, waiting, waited, stopped, after, pool.describe()

    first_pid, waiting, waited, stopped, after, state = run_pool(
        store_path, work, size=1, timeout=1.0
    )
    assert waiting.status == 503 and b"busy" in waiting.body
    assert stopped.status == 503 and b"exceeded the 1 s limit" in stopped.body
    assert 0.9 < waited < 3.0
    assert after.status == 200 and after.body.startswith(b'{"head"')
    assert state["timeouts"] == 1 and state["restarts"] == 1
    assert state["pids"] != first_pid


def marker(n: int) -> str:
    return f'SELECT ("marker-{n}" AS ?m) WHERE {{}}'


def test_many_concurrent_jobs_each_get_their_own_answer(store_path: Path) -> None:
    """Busy workers are sent a second job, and several answers may come in one read: every
    reply still reaches the request it belongs to."""

    async def work(pool: WorkerPool):
        return await asyncio.gather(*(pool.run(job(marker(n))) for n in range(300)))

    replies = run_pool(store_path, work, size=2, timeout=10)
    assert [r.status for r in replies] == [200] * 300
    assert all(f'"marker-{n}"'.encode() in r.body for n, r in enumerate(replies))


def test_a_job_queued_behind_a_runaway_query_is_sent_again_not_failed(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "_QUEUE_BEHIND", 1.0)  # however slow this machine is

    async def work(pool: WorkerPool):
        slow = asyncio.ensure_future(pool.run(job(SLOW)))
        queued = asyncio.ensure_future(pool.run(job(marker(1))))
        await asyncio.sleep(0)  # both start in this turn: the second goes to the busy worker
        return await slow, await queued, pool.describe()

    slow, queued, state = run_pool(store_path, work, size=1, timeout=1.0)
    assert slow.status == 503 and b"exceeded" in slow.body
    assert queued.status == 200 and b'"marker-1"' in queued.body
    assert state["timeouts"] == 1


def test_a_cancelled_queued_job_does_not_take_the_next_ones_answer(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "_QUEUE_BEHIND", 1.0)
    medium = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"

    async def work(pool: WorkerPool):
        first = asyncio.ensure_future(pool.run(job(medium)))
        cancelled = asyncio.ensure_future(pool.run(job(marker(2))))
        await asyncio.sleep(0)
        cancelled.cancel()
        third = await pool.run(job(marker(3)))
        return await first, third, cancelled.cancelled()

    first, third, was_cancelled = run_pool(store_path, work, size=1, timeout=10)
    assert was_cancelled
    assert first.status == 200 and b'"90000"' in first.body
    assert third.status == 200 and b'"marker-3"' in third.body and b"marker-2" not in third.body


def test_a_worker_that_dies_while_idle_is_replaced_before_a_job_meets_it(store_path: Path) -> None:
    async def work(pool: WorkerPool):
        victim = pool.describe()["pids"][0]
        os.kill(victim, signal.SIGKILL)
        for _ in range(100):  # the replacement starts in the background
            state = pool.describe()
            if victim not in state["pids"] and state["live"] == 1:
                break
            await asyncio.sleep(0.1)
        replies = [await pool.run(job(marker(n))) for n in range(3)]
        return victim, replies, pool.describe()

    victim, replies, state = run_pool(store_path, work, size=1, timeout=10)
    assert [r.status for r in replies] == [200] * 3
    assert victim not in state["pids"]
    assert state["crashes"] == 1 and state["restarts"] == 1


def long_literal(megabytes: int) -> str:
    """A query whose one answer is a literal of ``megabytes`` MB, built by the engine."""
    thousand, copies = "a" * 1000, "a" * 1000 * megabytes
    return f'SELECT ?x WHERE {{ BIND(REPLACE("{thousand}", "a", "{copies}") AS ?x) }}'


@pytest.mark.parametrize("accept", [ACCEPT, "text/tab-separated-values", "text/csv"])
def test_an_answer_past_the_byte_limit_is_refused_not_sent(store_path: Path, accept: str) -> None:
    """Rows are limited, and so are bytes: one row can hold a literal of hundreds of MB
    (two such answers at once held 1.2 GB in the workers and 760 MB in the server)."""

    async def work(pool: WorkerPool):
        big = Job(long_literal(3), True, (), (), accept, None, 1000)
        small = Job(long_literal(1), True, (), (), accept, None, 1000)
        return await pool.run(big), await pool.run(small)

    big, small = run_pool(store_path, work, size=1, timeout=20, answer_bytes=2_000_000)
    assert big.status == 422, big.body[:200]
    assert b"2,000,000 bytes" in big.body and len(big.body) < 1000
    assert small.status == 200 and len(small.body) > 1_000_000


def test_a_query_past_the_memory_limit_costs_its_worker_not_the_machine(store_path: Path) -> None:
    """A query that builds a 600 MB string is stopped by the worker's memory limit; the
    pool replaces the worker and goes on answering."""
    copies = ", ".join(["?m"] * 600)
    hungry = (
        f'SELECT (STRLEN(CONCAT({copies})) AS ?n) WHERE {{ BIND(REPLACE("{"a" * 1000}", "a", '
        f'"{"a" * 1000}") AS ?m) }}'
    )

    async def work(pool: WorkerPool):
        return await pool.run(job(hungry)), await pool.run(job(FAST)), pool.describe()

    hungry_reply, fast, state = run_pool(
        store_path, work, size=1, timeout=30, memory_bytes=400 << 20
    )
    assert hungry_reply.status == 400 and b"memory" in hungry_reply.body
    assert fast.status == 200
    assert state["crashes"] == 1 and state["memory_limit"] == 400 << 20

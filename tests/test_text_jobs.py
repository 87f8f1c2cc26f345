"""Texts posted to /api/tag and /api/coverage are tagged one at a time, a few wait, the rest
are refused with 503 and Retry-After; the server keeps answering other requests meanwhile."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from imkg_test_servers import start_imkg

from imkg.api.errors import ClientError
from imkg.api.text_jobs import JobGate


def run(scenario: Coroutine):
    """Run ``scenario`` in a fresh event loop of its own thread (whatever loop this one has)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, scenario).result(timeout=30)


def test_gate_runs_one_job_at_a_time_queues_the_next_and_refuses_the_rest() -> None:
    release = threading.Event()
    started: list[int] = []

    def job(n: int) -> int:
        started.append(n)
        release.wait(10)
        return n

    async def scenario() -> tuple[list, dict, dict]:
        gate = JobGate(running=1, waiting=1)
        first = asyncio.create_task(gate.run(lambda: job(1)))
        second = asyncio.create_task(gate.run(lambda: job(2)))
        while not started:
            await asyncio.sleep(0.01)
        busy = gate.describe()
        with pytest.raises(ClientError) as refused:
            await gate.run(lambda: job(3))
        assert refused.value.status == 503
        assert refused.value.headers["Retry-After"].isdigit()
        release.set()
        results = await asyncio.gather(first, second)
        return results, busy, gate.describe()

    results, busy, after = run(scenario())
    assert results == [1, 2]
    assert started == [1, 2]  # the third never ran
    assert (busy["running"], busy["waiting"]) == (1, 1)
    assert after == {**after, "running": 0, "waiting": 0, "done": 2, "refused": 1}


def test_a_failing_job_gives_its_turn_back() -> None:
    def fails() -> None:
        raise ClientError(400, "the text is empty")

    async def scenario() -> dict:
        gate = JobGate(running=1, waiting=0)
        with pytest.raises(ClientError):
            await gate.run(fails)
        assert await gate.run(lambda: "next") == "next"
        return gate.describe()

    assert run(scenario())["done"] == 2


def test_gate_rejects_a_limit_that_admits_nothing() -> None:
    with pytest.raises(ValueError):
        JobGate(running=0)


@pytest.fixture(scope="module")
def no_queue_server(
    tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path
) -> Iterator[str]:
    """A server that lets no text wait: a second text during a first one is refused."""
    data = tmp_path_factory.mktemp("text-jobs") / "data"
    server = start_imkg(data, template=built_data_dir, env={"IMKG_TEXT_JOBS_WAITING": "0"})
    yield server.url
    server.stop()


def _jobs(url: str) -> dict:
    return httpx.get(f"{url}/health", timeout=10).json()["text_jobs"]


def test_a_text_posted_while_another_is_tagged_is_refused_and_the_server_stays_responsive(
    no_queue_server: str,
) -> None:
    url = no_queue_server
    # About a megabyte, dense with mentions: seconds of tagging.
    big = "Internal marketing (IM) raises job satisfaction; IM trains staff. " * 14_000
    outcome: dict[str, httpx.Response] = {}

    def post_big() -> None:
        outcome["big"] = httpx.post(
            f"{url}/api/tag", content=big.encode(), headers={"Content-Type": "text/plain"},
            timeout=120,
        )  # fmt: skip

    worker = threading.Thread(target=post_big)
    worker.start()
    deadline = time.monotonic() + 30
    while _jobs(url)["running"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert worker.is_alive(), "the big text was tagged before the test could see it running"
    state = _jobs(url)  # /health answers while the job holds the tagger
    assert (state["running"], state["waiting"]) == (1, 0)
    refused = httpx.post(f"{url}/api/coverage", content=b"Week 1: empowerment", timeout=30)
    assert refused.status_code == 503
    assert refused.headers["Retry-After"].isdigit()
    assert "busy" in refused.json()["error"]
    worker.join(120)
    assert outcome["big"].status_code == 200
    mentions = outcome["big"].json()["mentions"]
    assert {m["concept"]["id"] for m in mentions} >= {"internal-marketing", "job-satisfaction"}
    after = httpx.post(f"{url}/api/coverage", content=b"Week 1: empowerment", timeout=30)
    assert after.status_code == 200
    assert _jobs(url)["refused"] >= 1

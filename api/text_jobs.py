"""Tagging and coverage jobs: one at a time in a thread, a few more waiting, the rest refused.

A posted text is tagged by spaCy in the server process (the query workers hold no pipeline).
A megabyte of text is a second or more of CPU, and threads of one process share the
interpreter, so two jobs at once finish no sooner than one after the other; many at once
would leave the event loop, and every other request, waiting its turn behind them. So jobs
run one at a time (``running``), at most ``waiting`` more queue for their turn, and any
beyond that get a 503 with ``Retry-After`` at once. A job's whole work, reading an uploaded
file, tagging and serialising the answer, runs in its thread; the event loop only moves
bytes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from starlette.concurrency import run_in_threadpool

from imkg.api.errors import ClientError

T = TypeVar("T")
RETRY_AFTER_SECONDS = 5


class JobGate:
    """Admit text jobs: ``running`` at once, ``waiting`` more in line, the rest refused."""

    def __init__(self, running: int = 1, waiting: int = 4) -> None:
        if running < 1 or waiting < 0:
            raise ValueError("a job gate needs at least one running job and no negative queue")
        self.running = running
        self.waiting = waiting
        self._turns = asyncio.Semaphore(running)
        self._admitted = 0
        self.refused = 0
        self.done = 0

    async def run(self, job: Callable[[], T]) -> T:
        """Run ``job`` in a thread when its turn comes; refuse it (503) if the line is full."""
        if self._admitted >= self.running + self.waiting:
            self.refused += 1
            raise ClientError(
                503,
                f"the server is busy with {self._admitted} texts; "
                f"try again in {RETRY_AFTER_SECONDS} seconds",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        self._admitted += 1
        try:
            async with self._turns:
                return await run_in_threadpool(job)
        finally:
            self._admitted -= 1
            self.done += 1

    def describe(self) -> dict[str, int]:
        """The gate's state for ``/health``."""
        return {
            "running": min(self._admitted, self.running),
            "waiting": max(0, self._admitted - self.running),
            "limit_running": self.running,
            "limit_waiting": self.waiting,
            "done": self.done,
            "refused": self.refused,
        }

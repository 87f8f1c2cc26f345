"""Query evaluation in a pool of worker processes, apart from the server.

The server process never runs a query itself. Each worker holds its own read-only view of
the store (or a client of the remote store), evaluates one query at a time and sends back
``(status, media type, body)``. A query past its time limit is stopped for real: its worker
is killed and replaced while the other workers go on serving. A worker that dies on a query
(Oxigraph aborts the process on some pathological ones) costs that one request.

Each worker's memory is limited (``RLIMIT_DATA``, ``IMKG_WORKER_MEMORY_MB``): a query can
sort a cross product or build a string of gigabytes within its time limit (1.5 GB in 10 s
on a slow machine, more on a fast one), and the worker's allocation failure then stops that
worker, as an engine abort does, instead of the machine running out of memory.

Under load a busy worker is sent its next job while it runs the current one (when that one
is young and the job small), so it reads the job as soon as it answers, without sleeping
until the server's next turn: on cheap queries this saves about a tenth of the CPU per
request. A job that was queued on a worker that is then stopped is sent again elsewhere.

Workers start with the ``forkserver`` method: never fork the server, which holds an open
RocksDB and threads. This module must not import FastAPI, so workers start light.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from imkg.api.allocator import find_allocator, start_forkserver
from imkg.api.execute import MAX_ANSWER_BYTES, Job, Reply, error_reply
from imkg.api.frames import (
    SNAPSHOT,
    FrameReader,
    encode_frame,
    read_frame_blocking,
    write_all,
    write_frame,
)
from imkg.api.worker_process import worker_main
from imkg.snapshots import Snapshots

log = logging.getLogger("imkg.api.workers")

STARTUP_SECONDS = 60.0

_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

# A busy worker is sent one more job (read from its pipe as soon as it answers the one it
# runs) only while that one has run for less than ``_QUEUE_BEHIND`` seconds, so a cheap job
# is not queued behind a long one, and only a job of at most ``_QUEUE_BYTES``, which the
# pipe holds without blocking the event loop.
_DEPTH = 2

_QUEUE_BEHIND = 0.002

_QUEUE_BYTES = 16_384


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    jobs: Connection
    replies: Connection
    frames: FrameReader = field(default_factory=FrameReader)
    # The jobs sent and not yet answered, in order (the first one is running): each job's
    # frame, to send it again elsewhere if this worker stops first, and where its reply goes.
    sent: deque[tuple[bytes, asyncio.Future]] = field(default_factory=deque)
    started: float = 0.0  # when the running job started (event loop time)
    deadline: float | None = None  # when the running job's time runs out

    @property
    def waiter(self) -> asyncio.Future | None:
        """Where the running job's reply goes, or None when the worker is idle."""
        return self.sent[0][1] if self.sent else None


@dataclass
class PoolState:
    """Counters for ``/health``."""

    size: int
    memory_limit: int = 0
    timeouts: int = 0
    crashes: int = 0
    restarts: int = 0
    failed_starts: int = 0


class WorkerPool:
    """Long-lived query workers; :meth:`run` sends a job to an idle one and awaits it."""

    def __init__(
        self,
        location: str,
        *,
        remote: bool,
        size: int,
        timeout: float,
        snapshots: Snapshots | None = None,
        nice: int = 0,
        answer_bytes: int = MAX_ANSWER_BYTES,
        memory_bytes: int = 0,
    ) -> None:
        self.location = location
        self.nice = nice
        self.limits = (answer_bytes, memory_bytes)
        self.remote = remote
        self.snapshots = snapshots
        self.timeout = timeout
        self.state = PoolState(size=size, memory_limit=memory_bytes)
        self._context = multiprocessing.get_context(_METHOD)
        # No forkserver preload: Python 3.11's forkserver imports preloads with the current
        # directory first on sys.path, so run from a source checkout it would import the
        # checkout's imkg/ (which has no api/) instead of the installed package. Each worker
        # imports its modules after spawn has set the server's own sys.path.
        self._idle: deque[_Worker] = deque()
        # Jobs waiting for a worker: their frame, their reply and their time to give up.
        self._waiting: deque[tuple[bytes, asyncio.Future, float]] = deque()
        self._live: set[_Worker] = set()
        self._respawning: set[asyncio.Future] = set()
        self._closed = False
        self.allocator: str | None = None  # the library preloaded into the workers, if any
        # The server's event loop, kept: on Python 3.11 asyncio.get_running_loop() makes a
        # getpid() system call, and system calls are dear on the query path.
        self._loop: asyncio.AbstractEventLoop | None = None
        # Time limits are checked by one repeating watchdog, not a timer per job: each timer
        # made and cancelled costs about as much as the rest of handing a job over.
        self._tick = min(0.25, max(0.01, timeout / 20))
        self._watchdog: asyncio.TimerHandle | None = None

    async def start(self) -> None:
        """Start every worker and wait until each has opened its store."""
        self._loop = asyncio.get_running_loop()
        if self.snapshots is not None:
            self.location = await asyncio.to_thread(self.snapshots.current)
        if _METHOD == "forkserver":
            self.allocator = await asyncio.to_thread(start_forkserver, find_allocator())
        started = await asyncio.gather(
            *(asyncio.to_thread(self._spawn) for _ in range(self.state.size))
        )
        for worker in started:
            self._listen(worker)
            self._release(worker)
        self._watchdog = self._loop.call_later(self._tick, self._watch)

    def _spawn(self) -> _Worker:
        job_reader, job_writer = self._context.Pipe(duplex=False)
        reply_reader, reply_writer = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=worker_main,
            args=(job_reader, reply_writer, self.location, self.remote, self.nice, self.limits),
            daemon=True,
        )
        process.start()
        job_reader.close()
        reply_writer.close()
        worker = _Worker(process, job_writer, reply_reader)
        try:
            status, detail = read_frame_blocking(reply_reader, STARTUP_SECONDS)
        except (OSError, EOFError) as err:
            self._kill(worker)
            raise OSError(f"a query worker did not start: {err}") from err
        if status != "ready":
            self._kill(worker)
            raise OSError(f"a query worker could not open the store: {detail}")
        self._live.add(worker)
        return worker

    async def run(self, job: Job) -> Reply:
        """Evaluate ``job`` in a worker, within the time limit."""
        fields = tuple(job)
        if self.snapshots is not None:
            try:
                path = self.snapshots.fresh() or await asyncio.to_thread(self.snapshots.current)
            except (OSError, RuntimeError) as err:  # RocksDB reports as RuntimeError
                return error_reply(503, f"the store could not be read: {err}")
            fields = self._on_snapshot(fields, path)
        reply = self._send(fields)
        try:
            return Reply._make(await reply)
        except (_Busy, TimeoutError, EOFError, OSError) as err:
            return self._failure(err)
        except BaseException:  # cancelled mid-query: the worker's state is unknown
            for worker in list(self._live):
                if worker.waiter is reply:
                    jobs = self._stop(worker)
                    self._replace(worker)
                    self._requeue(jobs[1:])
            raise  # a job cancelled while queued runs, and its reply is dropped

    def submit(self, job: Job) -> asyncio.Future | None:
        """Start ``job`` without awaiting it, for callers outside a coroutine; read its
        answer with :meth:`outcome` once the future is done. None when the store's snapshot
        must first be looked up in a thread: :meth:`run` does that."""
        fields = tuple(job)
        if self.snapshots is not None:
            try:
                path = self.snapshots.fresh()
            except (OSError, RuntimeError):
                return None  # run() says why
            if not path:
                return None
            fields = self._on_snapshot(fields, path)
        return self._send(fields)

    def outcome(self, reply: asyncio.Future) -> Reply:
        """The answer a done future of :meth:`submit` stands for; every failure is an error
        reply, never an exception (the caller is a callback with no one to raise to)."""
        error = reply.exception() if not reply.cancelled() else EOFError("cancelled")
        if error is None:
            return Reply._make(reply.result())
        if isinstance(error, (_Busy, TimeoutError, EOFError, OSError)):
            return self._failure(error)
        log.error("a query job failed in the pool: %r", error)
        return error_reply(500, "the query could not be answered")

    def _on_snapshot(self, fields: tuple, path: str) -> tuple:
        self.location = path  # workers started from now on open it too
        return (*fields[:SNAPSHOT], path, *fields[SNAPSHOT + 1 :])

    def _send(self, fields: tuple) -> asyncio.Future:
        """Hand a job to an idle worker, queue it behind a busy one, or let it wait."""
        loop = self._loop or asyncio.get_running_loop()
        frame = encode_frame(fields)
        reply = loop.create_future()
        if self._idle:
            self._start(self._idle.popleft(), frame, reply)
        elif (busy := self._queue_target(frame, loop.time())) is not None:
            self._start(busy, frame, reply)
        else:  # the next worker to finish its query starts this one (see _release)
            self._waiting.append((frame, reply, loop.time() + self.timeout))
        return reply

    def _failure(self, error: BaseException) -> Reply:
        if isinstance(error, _Busy):
            return error_reply(503, "every query worker is busy; try again shortly")
        if isinstance(error, TimeoutError):
            return error_reply(503, f"query exceeded the {self.timeout:g} s limit")
        return error_reply(
            400,
            "the query engine failed on this query (its process stopped: an engine fault, "
            "or the query needed more than the worker's memory); simplify it",
        )

    def _queue_target(self, frame: bytes, now: float) -> _Worker | None:
        """A busy worker to queue a small job behind: the one whose job started last, if
        that job is still young."""
        if len(frame) > _QUEUE_BYTES:
            return None
        best = None
        for worker in self._live:
            young = 0 < len(worker.sent) < _DEPTH and now - worker.started < _QUEUE_BEHIND
            if young and (best is None or worker.started > best.started):
                best = worker
        return best

    def _start(self, worker: _Worker, frame: bytes, reply: asyncio.Future) -> None:
        """Send a job to a worker; ``reply`` gets its answer, or why there is none."""
        if not worker.sent:
            worker.started = (self._loop or asyncio.get_running_loop()).time()
            worker.deadline = worker.started + self.timeout
        worker.sent.append((frame, reply))
        try:
            write_all(worker.jobs.fileno(), frame)
        except OSError as err:
            self._crashed(worker, err)

    def _release(self, worker: _Worker) -> None:
        """Send the longest-waiting jobs to a worker with room, or keep it idle for the next.

        Called as soon as the worker's answer is read, before its request resumes: the
        worker goes on with the next query without waiting for the server's next turn.
        """
        while self._waiting and len(worker.sent) < _DEPTH:
            frame, reply, _ = self._waiting[0]
            if reply.done():  # given up on (busy, cancelled) meanwhile
                self._waiting.popleft()
                continue
            if worker.sent and len(frame) > _QUEUE_BYTES:
                break
            self._waiting.popleft()
            self._start(worker, frame, reply)
            if worker not in self._live:  # its pipe broke: the job failed or went back
                return
        if not worker.sent and worker in self._live:
            self._idle.append(worker)

    def _requeue(self, jobs: list[tuple[bytes, asyncio.Future]]) -> None:
        """Put jobs a stopped worker had not started back at the head of the queue, and hand
        them to idle workers."""
        deadline = (self._loop or asyncio.get_running_loop()).time() + self.timeout
        for frame, reply in reversed(jobs):
            if not reply.done():
                self._waiting.appendleft((frame, reply, deadline))
        while self._idle and self._waiting:
            self._release(self._idle.popleft())

    def _listen(self, worker: _Worker) -> None:
        """Watch the worker's reply pipe for as long as it lives (in the event loop)."""
        asyncio.get_running_loop().add_reader(worker.replies.fileno(), self._on_reply, worker)

    def _on_reply(self, worker: _Worker) -> None:
        fd = worker.replies.fileno()
        try:
            messages = worker.frames.feed(os.read(fd, 1 << 20))
        except BlockingIOError:
            return
        except (OSError, EOFError) as err:  # the worker stopped: no more replies from it
            asyncio.get_running_loop().remove_reader(fd)
            if worker.sent:
                self._crashed(worker, EOFError(str(err)))
            elif worker in self._live and not self._closed:  # died idle: replace it now,
                with contextlib.suppress(ValueError):  # before a job is sent to it
                    self._idle.remove(worker)
                self.state.crashes += 1
                self._replace(worker)
            return
        answered = []
        for message in messages:
            if worker.sent:
                answered.append((worker.sent.popleft()[1], message))
        if not answered:
            return
        if worker.sent:  # the next job, already in the worker's pipe, starts now
            worker.started = self._loop.time()
            worker.deadline = worker.started + self.timeout
        else:
            worker.deadline = None
        self._release(worker)
        for reply, message in answered:
            _settle(reply, message)

    def _stop(self, worker: _Worker) -> list[tuple[bytes, asyncio.Future]]:
        """Take every job off ``worker``; return where their replies go, the running job's
        first (the others had not started)."""
        jobs = list(worker.sent)
        worker.sent.clear()
        worker.deadline = None
        return jobs

    def _watch(self) -> None:
        """Stop the queries past their time limit, and give up on the jobs that waited that
        long for a worker; then look again a tick later."""
        now = self._loop.time()
        for worker in list(self._live):
            if worker.deadline is not None and worker.deadline <= now:
                self._expire(worker)
        while self._waiting and self._waiting[0][2] <= now:  # in order of their deadlines
            _, reply, _ = self._waiting.popleft()
            _settle(reply, None, _Busy())
        if not self._closed:
            self._watchdog = self._loop.call_later(self._tick, self._watch)

    def _expire(self, worker: _Worker) -> None:
        """The query on ``worker`` ran out of time: stop it for real."""
        jobs = self._stop(worker)
        self.state.timeouts += 1
        self._replace(worker)
        if jobs:
            _settle(jobs[0][1], None, TimeoutError())
            self._requeue(jobs[1:])

    def _crashed(self, worker: _Worker, err: BaseException) -> None:
        """The worker stopped (or its pipe broke) during a query: replace it."""
        jobs = self._stop(worker)
        self.state.crashes += 1
        self._replace(worker)
        if jobs:
            _settle(jobs[0][1], None, EOFError(str(err)))
            self._requeue(jobs[1:])

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)
        if self._closed:
            return
        future = asyncio.get_running_loop().run_in_executor(None, self._respawn, worker)
        self._respawning.add(future)
        future.add_done_callback(self._adopt)

    def _respawn(self, old: _Worker) -> _Worker:
        old.process.join(5)
        return self._spawn()

    def _adopt(self, future: asyncio.Future) -> None:
        self._respawning.discard(future)
        if future.cancelled() or future.exception() is not None:
            self.state.failed_starts += 1
            log.error("could not replace a query worker: %s", future.exception())
            return
        worker = future.result()
        if self._closed:
            self._kill(worker)
            return
        self.state.restarts += 1
        self._listen(worker)
        self._release(worker)

    def _kill(self, worker: _Worker) -> None:
        self._live.discard(worker)
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            asyncio.get_running_loop().remove_reader(worker.replies.fileno())
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        worker.jobs.close()
        worker.replies.close()

    def describe(self) -> dict[str, object]:
        """Return the pool's state, for ``/health``."""
        state = self.state
        return {
            "size": state.size,
            "memory_limit": state.memory_limit,
            "live": len(self._live),
            "idle": len(self._idle),
            "timeouts": state.timeouts,
            "crashes": state.crashes,
            "restarts": state.restarts,
            "failed_starts": state.failed_starts,
            "allocator": self.allocator or "system",
            "pids": sorted(w.process.pid for w in self._live if w.process.pid),
        }

    async def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        if self._watchdog is not None:
            self._watchdog.cancel()
        for worker in list(self._live):
            with contextlib.suppress(OSError, ValueError):
                write_frame(worker.jobs, None)
        for worker in list(self._live):
            await asyncio.to_thread(worker.process.join, 2)
            self._kill(worker)


class _Busy(Exception):
    """No worker became free for a waiting job within the time limit."""


def _settle(
    waiter: asyncio.Future | None, result: object = None, error: BaseException | None = None
) -> None:
    if waiter is None or waiter.done():
        return
    if error is not None:
        waiter.set_exception(error)
    else:
        waiter.set_result(result)

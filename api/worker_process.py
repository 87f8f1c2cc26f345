"""What runs inside a query worker process: its memory limit, its read-only view of the
store, and the loop that evaluates one job at a time and sends back the reply."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
from multiprocessing.connection import Connection

from imkg.api.execute import MAX_ANSWER_BYTES, Engine, Job
from imkg.api.frames import read_frames, write_frame


def worker_main(
    jobs: Connection,
    replies: Connection,
    location: str,
    remote: bool,
    nice: int = 0,
    limits: tuple[int, int] = (MAX_ANSWER_BYTES, 0),
) -> None:
    """Answer jobs from ``jobs`` on ``replies`` until ``jobs`` closes. Runs in the worker.

    ``nice`` lowers the worker's priority below the server's: a job written to a worker's
    pipe then wakes it without taking the CPU from the server, whose event loop goes on
    reading requests and answering (and handing out more jobs) instead of waiting its turn.
    ``limits`` are the bytes of one answer and of the worker's memory (0: no memory limit).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    answer_bytes, memory_bytes = limits
    if nice > 0:
        with contextlib.suppress(OSError):
            os.nice(nice)
    if memory_bytes > 0:
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_DATA, (memory_bytes, memory_bytes))
    try:
        engine = Engine(location, remote=remote, max_answer_bytes=answer_bytes)
    except OSError as err:
        write_frame(replies, ("failed", str(err)))
        return
    write_frame(replies, ("ready", os.getpid()))
    try:
        for fields in read_frames(jobs.fileno()):
            if fields is None:
                return
            write_frame(replies, tuple(engine.run(Job._make(fields))))
    except OSError:
        return

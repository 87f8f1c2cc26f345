"""``--jobs N``: documents are read and tagged in a pool of processes, in chunks.

Each worker builds its pipeline once (at start-up, from the labels it is given, so it needs
no store); the main process alone writes to the store. spaCy's own ``nlp.pipe(n_process=)``
pickles every Doc back and forth and is slower than one process for a pipeline this fast,
so whole documents are the unit of work and only plain results travel.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language

from imkg.ingest.labels import LabelSet
from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.process import DocumentResult, Job, process
from imkg.ingest.readers import ReadError

Outcome = tuple[Job, DocumentResult | str]
CHUNK_SIZE = 8

_worker_nlp: Language | None = None


def _start_worker(labels: LabelSet, pipeline_name: str | None) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(labels, name=pipeline_name)


@contextlib.contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Start workers with Ctrl-C ignored (a disposition kept across exec, so from their first
    import on). Ctrl-C reaches the whole process group: the main process stops the pool and
    says "interrupted" once, where each worker printed its own traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are the main thread's; a server's thread is not stopped by Ctrl-C
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def process_one(nlp: Language, job: Job) -> Outcome:
    """Process one job; a file that cannot be read gives its reason instead of a result."""
    try:
        return job, process(nlp, job)
    except ReadError as err:
        return job, str(err)


def _work(chunk: list[Job]) -> list[Outcome]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return [process_one(_worker_nlp, job) for job in chunk]


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def worker_count(requested: int, jobs: int, chunk_size: int = CHUNK_SIZE) -> int:
    """How many processes to start: no more than there are chunks of work or cores to run
    them (``--jobs 1000`` started a thousand pipelines of about 110 MB each)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(requested, math.ceil(jobs / chunk_size), cores or 1))


def process_parallel(
    jobs: Sequence[Job],
    *,
    workers: int,
    labels: LabelSet,
    pipeline_name: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Outcome]:
    """Yield ``(job, result or reason)`` in input order, processed by up to ``workers``
    processes (see :func:`worker_count`)."""
    workers = worker_count(workers, len(jobs), chunk_size)
    context = multiprocessing.get_context("spawn")
    with _ctrl_c_ignored():
        pool = context.Pool(workers, _start_worker, (labels, pipeline_name))
    with pool:
        for outcomes in pool.imap(_work, _chunks(jobs, chunk_size)):
            yield from outcomes

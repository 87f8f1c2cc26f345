"""``ingest_paths``: files and folders in, one named graph per document out."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from imkg.ingest.labels import LabelSet, load_labels
from imkg.ingest.parallel import Outcome, process_one, process_parallel
from imkg.ingest.pipeline import build_pipeline, default_version, pipeline_identity
from imkg.ingest.process import DocumentResult, Job, collect_files
from imkg.ingest.readers import ReadError, content_hash, path_text, read_bytes
from imkg.ingest.writer import StoredDocuments, write_documents
from imkg.store import GraphStore


@dataclass
class IngestReport:
    """What a run did: documents written, unchanged and failed, and how much text it read."""

    written: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    passed_over: int = 0
    words: int = 0
    mentions: int = 0
    proposals: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every file could be ingested."""
        return not self.failed

    def summary(self) -> str:
        """One line for people: counts, words and speed."""
        rate = self.words / self.seconds if self.seconds else 0.0
        parts = [f"{self.written} written", f"{self.unchanged} unchanged"]
        parts.append(f"{len(self.failed)} failed")
        if self.passed_over:
            parts.append(f"{self.passed_over} of other types passed over")
        return (
            f"ingested {self.written + self.unchanged} of "
            f"{self.written + self.unchanged + len(self.failed)} documents "
            f"({', '.join(parts)}): {self.words:,} words, {self.mentions:,} mentions, "
            f"{self.proposals:,} influence proposals in {self.seconds:.1f} s "
            f"({rate:,.0f} words/s)"
        )


class Progress:
    """Progress callbacks; this base class shows nothing."""

    def start(self, total: int) -> None:
        """A run over ``total`` files begins."""

    def advance(self, path: str, words: int) -> None:
        """One file is done (``words`` is 0 when it was unchanged)."""

    def fail(self, path: str, reason: str) -> None:
        """One file could not be ingested."""

    def close(self) -> None:
        """The run is over."""


def ingest_paths(
    store: GraphStore,
    paths: list[Path],
    *,
    nlp: Language | None = None,
    jobs: int = 1,
    pipeline_name: str | None = None,
    progress: Progress | None = None,
    sources: dict[Path, str] | None = None,
    kinds: dict[Path, str] | None = None,
) -> IngestReport:
    """Tag files and folders and store one graph per document; unchanged ones are skipped.

    Args:
        store: Where the document graphs go; its ontology graph gives the labels.
        paths: Files and folders (searched recursively for supported formats).
        nlp: A pipeline to use (default: built from the store's labels, or ``pipeline_name``).
        jobs: Processes tagging documents in parallel (the store is written by this one).
        pipeline_name: An installed trained spaCy pipeline instead of the blank one.
        progress: Callbacks for a progress display.
        sources: The ``dcterms:source`` to store per file (default: its absolute path).
        kinds: ``course`` / ``case`` per file, where the front matter does not say.
    """
    began = time.perf_counter()
    progress = progress or Progress()
    report = IngestReport()
    files, missing, report.passed_over = collect_files(paths)
    progress.start(len(files) + len(missing))
    for path, reason in missing:
        _fail(report, progress, path, reason)
    labels = load_labels(store)
    # With workers and the default pipeline this process does not tag: it needs only the
    # pipeline's version, and the workers start building theirs at once.
    if nlp is None and (jobs == 1 or pipeline_name is not None):
        nlp = build_pipeline(labels, name=pipeline_name)
    version = pipeline_identity(nlp)[1] if nlp is not None else default_version(labels)
    stored = StoredDocuments(store)
    todo = _pending(files, stored, version, sources or {}, kinds or {}, report, progress)
    batch = Batch(store, stored, report, progress)
    try:
        for job, outcome in _outcomes(nlp, todo, jobs, labels, pipeline_name):
            if isinstance(outcome, str):
                _fail(report, progress, str(job.path), outcome)
            else:
                batch.add(outcome)
        batch.flush()
        batch.wait()
    finally:
        batch.close()
    report.seconds = time.perf_counter() - began
    progress.close()
    return report


def _pending(
    files: list[Path],
    stored: StoredDocuments,
    version: str,
    sources: dict[Path, str],
    kinds: dict[Path, str],
    report: IngestReport,
    progress: Progress,
) -> list[Job]:
    """The files that need tagging. Their bytes are read here only to compare hashes, then let
    go: a job reads its file again, so a run holds one file at a time, not all of them (40
    files of 15 MB took 781 MB), and what is stored is what was tagged."""
    todo = []
    for path in files:
        source = sources.get(path) or path_text(os.path.abspath(path))
        try:
            data = read_bytes(path)
        except ReadError as err:
            _fail(report, progress, str(path), str(err))
            continue
        if stored.is_current(source, content_hash(data), version):
            report.unchanged += 1
            progress.advance(str(path), 0)
            continue
        todo.append(Job(path=path, source=source, kind=kinds.get(path)))
    return todo


def _outcomes(
    nlp: Language | None, todo: list[Job], jobs: int, labels: LabelSet, pipeline_name: str | None
) -> Iterator[Outcome]:
    if jobs > 1 and len(todo) > 1:
        return process_parallel(todo, workers=jobs, labels=labels, pipeline_name=pipeline_name)
    nlp = nlp or build_pipeline(labels, name=pipeline_name)
    return (process_one(nlp, job) for job in todo)


class Batch:
    """Documents waiting to be written together (one transaction, up to a triple budget).

    A full batch is written by a background thread while the next one fills: the store's
    write releases the GIL, so tagging and building triples go on meanwhile. At most one
    batch is in flight; its error, if any, is raised by the next :meth:`add` or :meth:`close`.
    """

    MAX_DOCUMENTS = 32
    MAX_MENTIONS = 4000

    def __init__(
        self, store: GraphStore, stored: StoredDocuments, report: IngestReport, progress: Progress
    ) -> None:
        self.store, self.stored, self.report, self.progress = store, stored, report, progress
        self.results: list[DocumentResult] = []
        self.new: set[str] = set()
        self.mentions = 0
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="imkg-writer")
        self.pending: tuple[Future, list[DocumentResult]] | None = None

    def add(self, result: DocumentResult) -> None:
        """Queue one document; write the batch when it is full."""
        result.doc_id = self.stored.resolve_id(result.doc_id, result.source)
        if not self.stored.exists(result.doc_id):
            self.new.add(result.doc_id)
        self.stored.record(result)
        self.results.append(result)
        self.mentions += len(result.mentions) + len(result.proposals)
        if len(self.results) >= self.MAX_DOCUMENTS or self.mentions >= self.MAX_MENTIONS:
            self.flush()

    def flush(self) -> None:
        """Start writing the queued documents in one transaction."""
        self.wait()
        if not self.results:
            return
        future = self.executor.submit(write_documents, self.store, self.results, new=self.new)
        self.pending = (future, self.results)
        self.results, self.new, self.mentions = [], set(), 0

    def wait(self) -> None:
        """Wait for the batch in flight and count its documents as written."""
        if self.pending is None:
            return
        future, results = self.pending
        self.pending = None
        future.result()
        for result in results:
            self.report.written += 1
            self.report.words += result.words
            self.report.mentions += len(result.mentions)
            self.report.proposals += len(result.proposals)
            self.progress.advance(result.source, result.words)

    def close(self) -> None:
        """Stop the writer thread, after the batch in flight (a whole transaction)."""
        self.executor.shutdown()


def _fail(report: IngestReport, progress: Progress, path: str, reason: str) -> None:
    report.failed.append((path, reason))
    progress.fail(path, reason)

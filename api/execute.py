"""Evaluate one query and serialise its answer: the work a query worker does.

Results are serialised by pyoxigraph. The row limit is enforced while serialising, so an
over-large result is refused (422) rather than truncated: SELECT rows pass through TSV
first (one line per row, newlines in values escaped), counted as they are written and
converted to the format asked for afterwards; CONSTRUCT triples are counted as they go.
So is a limit on the answer's bytes: one row can hold a literal of hundreds of MB, and the
answer is sent whole to the server, which holds it in memory until it is written out.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import orjson
import pyoxigraph as ox

from imkg.api.media import GRAPH, RESULTS, Format, NotAcceptable, negotiate
from imkg.namespaces import GRAPH as GRAPH_NS
from imkg.namespaces import INFERRED_GRAPH, PREFIXES
from imkg.store import GENERATION_FILE, EmbeddedStore, StoreError

ASSERTED_GRAPH = GRAPH_NS + "asserted"
"""Pseudo graph IRI: every named graph except the inferred one."""

ENGINE_FAILED = "the query engine failed on this query"
READ_ATTEMPTS = 5
_TSV = ox.QueryResultsFormat.TSV
_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)
_POSITION = re.compile(r"error at (\d+):(\d+)")
# The shortest a row can be in each results format (an empty row and its separator).
_MIN_ROW_BYTES = {
    ox.QueryResultsFormat.JSON: 3,
    ox.QueryResultsFormat.XML: 9,
    ox.QueryResultsFormat.CSV: 2,
}


_REMEMBERED_ACCEPT_CHARS = 2_000
_UNION = {"use_default_graph_as_union": True}  # no FROM: the union of the graphs
_STORE_DEFAULT: dict[str, object] = {}


class Job(NamedTuple):
    """One query for a worker, with its dataset and the answer the client accepts."""

    query: str
    union: bool
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    accept: str | None
    format: str | None
    max_rows: int
    snapshot: str = ""  # the store snapshot to read (embedded store), set by the pool
    task: str = ""  # "" for a SPARQL query; "ask" for a question in plain English


class Reply(NamedTuple):
    """A worker's answer; ``media_type`` is empty when ``body`` is a JSON error."""

    status: int
    media_type: str
    body: bytes


def error_reply(status: int, message: str, **extra: object) -> Reply:
    """Return an error answer in the shape workers send."""
    return Reply(status, "", orjson.dumps({"error": message, **extra}))


def error_position(message: str) -> dict[str, int]:
    """Find ``line`` and ``column`` in a parser message such as ``error at 2:11: ...``.

    >>> error_position("error at 2:11: expected one of ...")
    {'line': 2, 'column': 11}
    """
    found = _POSITION.search(message)
    return {"line": int(found[1]), "column": int(found[2])} if found else {}


class TooManyResults(Exception):
    """The result has more rows or triples than the server returns."""


class AnswerTooLarge(Exception):
    """The serialised answer has more bytes than the server returns."""


MAX_ANSWER_BYTES = 64_000_000


class Engine:
    """A worker's view of the store: embedded read-only, or a remote SPARQL endpoint."""

    def __init__(
        self, location: str, *, remote: bool, max_answer_bytes: int = MAX_ANSWER_BYTES
    ) -> None:
        self.remote = remote
        self.max_answer_bytes = max_answer_bytes
        self.location = location
        self._store: object = None
        self._seen: tuple[int, int] | None = None
        self._open()

    def _open(self) -> None:
        if self.remote:
            from imkg.remote_store import RemoteStore

            self._store = RemoteStore(self.location)
            return
        self._seen = self._marker()
        try:
            self._store = EmbeddedStore(Path(self.location), read_only=True)
        except StoreError as err:
            raise OSError(str(err)) from err

    def _marker(self) -> tuple[int, int] | None:
        """Identify the store's generation file cheaply: each write replaces it."""
        try:
            found = os.stat(os.path.join(self.location, GENERATION_FILE))
        except OSError:
            return None
        return found.st_ino, found.st_mtime_ns

    def _fresh(self, snapshot: str = "") -> None:
        """Switch to the job's snapshot, or reopen a live view the server has written since.

        A snapshot is never written again, so only a live view is checked for writes.
        """
        if snapshot:
            if snapshot != self.location:
                self.location = snapshot
                self._open()
        elif not self.remote and self._marker() != self._seen:
            self._open()

    def run(self, job: Job) -> Reply:
        """Answer one job; every failure becomes an error reply, never an exception."""
        try:
            return self._run_retrying(job)
        except SyntaxError as err:
            message = f"the query is not valid SPARQL: {err}"
            return error_reply(400, message, **error_position(str(err)))
        except NotAcceptable as err:
            return error_reply(406, str(err))
        except TooManyResults:
            return error_reply(
                422,
                f"the result has more than {job.max_rows} rows or triples; "
                "narrow the query or page through it with LIMIT and OFFSET",
                limit=job.max_rows,
            )
        except AnswerTooLarge:
            return error_reply(
                422,
                f"the answer is larger than {self.max_answer_bytes:,} bytes; select fewer or "
                "shorter values (LIMIT, SUBSTR) or page through it with LIMIT and OFFSET",
                limit_bytes=self.max_answer_bytes,
            )
        except StoreError as err:
            return error_reply(502, f"the store failed: {err}")
        except OSError as err:
            return error_reply(503, f"the store could not be read: {err}")
        except MemoryError:
            return error_reply(400, "the query needed more than the worker's memory; simplify it")
        except Exception as err:  # the engine's own failures end this request, not the worker
            return error_reply(400, f"{ENGINE_FAILED}: {err}")

    def _run_retrying(self, job: Job) -> Reply:
        for attempt in range(READ_ATTEMPTS):
            try:
                if attempt:
                    time.sleep(0.02 * attempt)
                    self._open()
                else:
                    self._fresh(job.snapshot)
                return self._evaluate(job)
            except (SyntaxError, NotAcceptable, TooManyResults, AnswerTooLarge):
                raise
            except Exception:
                # The server's writes replace files a read-only view (or one being opened)
                # still names: RocksDB says "Corruption: IO error ... No such file", or that
                # the MANIFEST "may be corrupted". Reopen on the new files and try again.
                if self.remote or attempt == READ_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _evaluate(self, job: Job) -> Reply:
        if job.task == "ask":
            return self._ask(job.query)
        if self.remote:
            ox.Store().query(job.query)  # the same parser as embedded, for the same 400s
            results = self._store.query(job.query, **self._remote_dataset(job))
        else:
            results = self._store.raw.query(job.query, **self._dataset(job))
        limits = job.max_rows, self.max_answer_bytes
        try:
            media_type, body = render(results, job.accept, job.format, *limits)
        except _Recount:  # a large result: evaluate again, counting its rows as they go
            results = self._store.raw.query(job.query, **self._dataset(job))
            media_type, body = render(results, job.accept, job.format, *limits, count=True)
        if len(body) > self.max_answer_bytes:  # a graph, or a format longer than TSV
            raise AnswerTooLarge
        return Reply(200, media_type, body)

    def _ask(self, question: str) -> Reply:
        """Answer a question with :mod:`imkg.qa`, under the same time limit as a query."""
        from imkg.qa import answer

        try:
            found = answer(self._store, question)
        except ValueError as err:
            return error_reply(400, str(err))
        return Reply(200, "application/json", orjson.dumps(found.to_dict()))

    def _dataset(self, job: Job) -> dict[str, object]:
        if not job.default_graphs and not job.named_graphs:  # most queries
            return _UNION if job.union else _STORE_DEFAULT
        # A dataset given by parameters is the graphs they name: a side left unnamed is empty
        # (SPARQL 1.1 Protocol 2.1.4), as a remote store answers; not every graph, as
        # pyoxigraph's default for an omitted side would make it.
        default, named = self._graphs(job)
        return {
            "default_graph": [ox.NamedNode(g) for g in default or ()],
            "named_graphs": [ox.NamedNode(g) for g in named or ()],
        }

    def _remote_dataset(self, job: Job) -> dict[str, object]:
        default, named = self._graphs(job)
        union = job.union and default is None and named is None
        return {"union_default": union, "default_graphs": default, "named_graphs": named}

    def _graphs(self, job: Job) -> tuple[list[str] | None, list[str] | None]:
        """Expand the dataset of a job: the asserted pseudo graph becomes real graphs."""
        default = list(job.default_graphs) or None
        named = list(job.named_graphs) or None
        if default and ASSERTED_GRAPH in default:
            asserted = [g for g in self._store.named_graphs() if g != INFERRED_GRAPH]
            default = [g for g in default if g != ASSERTED_GRAPH] + asserted
            named = named or asserted
        return default, named


def render(
    results: object,
    accept: str | None,
    fmt: str | None,
    max_rows: int,
    max_bytes: int = MAX_ANSWER_BYTES,
    *,
    count: bool = False,
) -> tuple[str, bytes]:
    """Serialise query results in the negotiated format, refusing past ``max_rows`` (and,
    for SELECT, as soon as the answer passes ``max_bytes``).

    A SELECT result is written straight in its format while it is shorter than ``max_rows``
    of the format's shortest rows (``{},`` in JSON, ``\\r\\n`` in CSV, ``<result/>`` in XML),
    so it cannot hold too many rows; past that, :class:`_Recount` asks for the solutions
    again, to be rendered with ``count=True`` through TSV, where every row is one line.
    """
    if isinstance(results, ox.QuerySolutions):
        chosen = _negotiate(accept, True, fmt)
        if count or chosen.ox_format == _TSV:
            return chosen.media_type, _solutions(results, chosen, max_rows, max_bytes)
        writer = _Capped(min(_MIN_ROW_BYTES.get(chosen.ox_format, 0) * max_rows - 1, max_bytes))
        results.serialize(writer, format=chosen.ox_format)
        parts = writer.parts
        return chosen.media_type, parts[0] if len(parts) == 1 else b"".join(parts)
    if isinstance(results, ox.QueryBoolean):
        chosen = _negotiate(accept, True, fmt)
        return chosen.media_type, results.serialize(format=chosen.ox_format)
    chosen = _negotiate(accept, False, fmt)
    prefixes = PREFIXES if chosen.ox_format in _PREFIXED else None
    body = ox.serialize(_counted(results, max_rows), format=chosen.ox_format, prefixes=prefixes)
    return chosen.media_type, body


def _negotiate(accept: str | None, results: bool, fmt: str | None) -> Format:
    """:func:`negotiate` for query results or graphs, remembered for the short ``Accept``
    headers and formats clients repeat (one header may be 1 MB)."""
    if len(accept or "") + len(fmt or "") > _REMEMBERED_ACCEPT_CHARS:
        return negotiate(accept, RESULTS if results else GRAPH, fmt)
    return _negotiate_remembered(accept, results, fmt)


@functools.lru_cache(maxsize=256)
def _negotiate_remembered(accept: str | None, results: bool, fmt: str | None) -> Format:
    return negotiate(accept, RESULTS if results else GRAPH, fmt)


def _solutions(results: ox.QuerySolutions, chosen: Format, max_rows: int, max_bytes: int) -> bytes:
    writer = _RowCounter(max_rows, max_bytes)
    results.serialize(writer, format=_TSV)
    tsv = b"".join(writer.parts)
    if chosen.ox_format == _TSV:
        return tsv
    return ox.parse_query_results(tsv, format=_TSV).serialize(format=chosen.ox_format)


class _RowCounter:
    """A binary sink that counts TSV lines and bytes and stops the serialiser past a limit."""

    def __init__(self, max_rows: int, max_bytes: int) -> None:
        self.limit = max_rows + 1  # the header line
        self.lines = 0
        self.room = max_bytes
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise TooManyResults
        self.room -= len(data)
        if self.room < 0:
            raise AnswerTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the parts stay in memory."""


class _Recount(Exception):
    """A result grew past the size below which its rows need no counting."""


class _Capped:
    """A binary sink that keeps what it is given, up to ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.room = limit
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.room -= len(data)
        if self.room < 0:
            raise _Recount
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the parts stay in memory."""


def _counted(triples: Iterable[ox.Triple], max_rows: int) -> Iterator[ox.Triple]:
    for count, triple in enumerate(triples, 1):
        if count > max_rows:
            raise TooManyResults
        yield triple

"""Uvicorn's HTTP protocol with the two limits it lacks: time and size of request headers.

Uvicorn waits for a request's headers for ever and buffers them without bound, so a client
that sends a header a byte a second (slow loris) holds its connection open indefinitely, and
one that sends a 100 MB header is held in memory whole. Here the headers of every request
must arrive within ``header_timeout`` seconds and in at most ``max_header_bytes``; otherwise
the connection gets a 408 or 431 and is closed. The time counts from the connection for its
first request, and from the request's first byte on a kept-alive connection: between
requests a connection is idle, not slow, and the keep-alive timeout (``IMKG_KEEP_ALIVE``)
closes it quietly (a 408 there would fail a client that sends its next request just as the
timer runs out).
Requests whose headers are complete are not affected. The keep-alive timeout runs on one
timer per idle spell, not one made and cancelled per request.

It also sends a response's head and body in one write: uvicorn writes the head as soon as
the app starts its response, then the body, two system calls (and, over TCP, two segments
the client wakes up for) where one does. The head waits for the body until the end of the
event loop's current step at the latest (see :class:`imkg.api.one_write.OneWrite`).

And it answers a plain ``GET /sparql?query=...`` (and ``/api/ask?q=...``) itself, without
an ASGI cycle, when given a ``direct`` handler (see
:meth:`imkg.api.fast_path.SparqlFastPath.answer_direct`): uvicorn would make a
request-response object, an event and a task per request, and check every response
header with regular expressions, which together cost a cheap query more server time than
the rest of its way. The answer, its headers and its caching are the app's; a request the
handler declines, a pipelined one behind an unanswered request, and anything past the
concurrency limit go uvicorn's way.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from imkg.api.direct_get import DirectCycle, encoded_headers, read_plain_get
from imkg.api.one_write import OneWrite

HEADER_TIMEOUT = 10.0
MAX_HEADER_BYTES = 1_048_576
GRACE = 0.5
log = logging.getLogger("imkg.api.http")
Respond = Callable[[int, list[tuple[bytes, bytes]], bytes], None]
Direct = Callable[[bytes, list[tuple[bytes, bytes]], Respond], bool]  # url, headers


def _reply(status: str) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\ncontent-type: text/plain; charset=utf-8\r\n"
        f"connection: close\r\ncontent-length: {len(status)}\r\n\r\n{status}"
    ).encode()


class GuardedHttpProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` that closes connections whose headers are too slow or too big."""

    header_timeout = HEADER_TIMEOUT
    max_header_bytes = MAX_HEADER_BYTES
    direct: Direct | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._header_bytes: int | None = 0  # None while no request's headers are awaited
        self._idle = False  # kept alive between requests: no timer until a byte comes
        self._idle_since: float | None = None  # when the last response ended, if idle since
        # A request whose body is still arriving: a response sent before the body ended (a
        # 413 refused from Content-Length) must not count the rest as the next request's
        # headers (the rest of a 1.7 MB body made the next request on the connection a 431).
        self._in_message = False
        self._headers_after_message = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.transport = OneWrite(transport, self.loop)  # type: ignore[assignment]
        self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        if self.timeout_keep_alive_task is not None:
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if (
            self.direct is not None
            and self._header_bytes == 0  # between requests, nothing of the next one read
            and data.startswith(b"GET /")
            and data.find(b"\r\n\r\n") == len(data) - 4  # one whole request, nothing after
            and self._whole_get(data)
        ):
            return
        begins = self._idle and bool(data)  # the next request on a kept-alive connection
        if begins:
            self._idle = False
        if self._header_bytes is not None:
            self._header_bytes += len(data)
        super().data_received(data)  # calls on_headers_complete once they are all in
        if self._header_bytes is None:
            return
        if self._header_bytes > self.max_header_bytes:
            self._refuse("431 Request Header Fields Too Large")
        elif begins and self._header_timer is None and not self.transport.is_closing():
            # Only now: most requests arrive whole, and then no timer is needed.
            self._header_timer = self.loop.call_later(self.header_timeout, self._last_call)

    def _whole_get(self, data: bytes) -> bool:
        """Offer ``direct`` a plain HTTP/1.1 GET that arrived whole in ``data``, read here
        without httptools' callbacks (a third of the protocol's time on a cheap query).

        Only the plainest requests are read this way (see
        :func:`imkg.api.direct_get.read_plain_get`); the others, and anything ``direct``
        declines, go to httptools. Nothing has been fed to the parser then, so it reads the
        request from its first byte.
        """
        request = read_plain_get(data, self.max_header_bytes)
        if request is None:
            return False
        self._unset_keepalive_if_required()
        self._stop_waiting()
        return self._offer(*request)

    def on_message_begin(self) -> None:
        self._in_message = True
        super().on_message_begin()

    def on_message_complete(self) -> None:
        self._in_message = False
        super().on_message_complete()
        if self._headers_after_message:
            self._headers_after_message = False
            self._await_headers(timed=False)

    def on_headers_complete(self) -> None:
        self._stop_waiting()
        if self.direct is None or not self._answer_directly():
            super().on_headers_complete()

    def _answer_directly(self) -> bool:
        """Offer a ``GET`` parsed by httptools to ``direct`` before making an ASGI cycle."""
        url = self.url
        if (
            not url.startswith(b"/")
            or b"#" in url
            or self.parser.get_method() != b"GET"
            or self.parser.should_upgrade()
            or self.expect_100_continue  # uvicorn's way sends the interim 100
        ):
            return False
        keep_alive = self.parser.get_http_version() != "1.0" and self.parser.should_keep_alive()
        return self._offer(url, self.headers, keep_alive)

    def _offer(self, url: bytes, headers: list[tuple[bytes, bytes]], keep_alive: bool) -> bool:
        """Hand a GET to ``direct``; False when uvicorn's way must answer it instead.

        Only the first request in flight on the connection, only while the client reads
        what it was sent, and only while uvicorn's concurrency limit is not reached (past
        it uvicorn answers 503): anything else, and whatever ``direct`` declines, takes
        uvicorn's way.
        """
        if (
            (self.cycle is not None and not self.cycle.response_complete)
            or self.pipeline
            or self.flow.write_paused  # a client not reading: uvicorn's way waits for it
            or (
                self.limit_concurrency is not None
                and (
                    len(self.connections) >= self.limit_concurrency
                    or len(self.tasks) >= self.limit_concurrency
                )
            )
        ):
            return False
        cycle, previous = DirectCycle(keep_alive), self.cycle
        self.cycle = cycle  # type: ignore[assignment]
        try:
            started = self.direct(url, headers, functools.partial(self._respond, cycle))
        except Exception:  # a bug here must not cost the request: uvicorn's way answers it
            log.exception("a direct answer failed to start; the app answers instead")
            cycle.disconnected = True  # whatever was started cannot answer now
            started = False
        if not started:
            self.cycle = previous
        return started

    def _respond(
        self, cycle: DirectCycle, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> None:
        """Send a direct answer: the status line, uvicorn's default headers and ours.

        Only the first answer for a request is sent, and none after the client left."""
        if cycle.response_complete or cycle.disconnected or self.transport.is_closing():
            return
        cycle.response_complete = True
        head = [STATUS_LINE[status], encoded_headers(self.server_state.default_headers)]
        for name, value in headers:
            head += (name, b": ", value, b"\r\n")
        if not cycle.keep_alive:
            head.append(b"connection: close\r\n")
        head.append(b"\r\n")
        head.append(body)
        self.transport.write_now(b"".join(head))
        if cycle.keep_alive:
            self.on_response_complete()
        else:
            self.server_state.total_requests += 1
            self.transport.close()

    def on_response_complete(self) -> None:
        """uvicorn's bookkeeping after a response, with one keep-alive timer per idle spell
        instead of one made and cancelled per request (see :meth:`_keep_alive_check`)."""
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self.flow.resume_reading()
        if self.pipeline:  # its headers are in: no wait for that one
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
            return
        self._idle_since = self.loop.time()
        if self.timeout_keep_alive_task is None:
            self.timeout_keep_alive_task = self.loop.call_later(
                self.timeout_keep_alive, self._keep_alive_check
            )
        if self._in_message:  # the rest of this body first; then the next request's headers
            self._headers_after_message = True
        else:
            self._await_headers(timed=False)  # the header timer starts with the next byte

    def _unset_keepalive_if_required(self) -> None:
        # uvicorn calls this when a request's bytes arrive: the connection is busy again.
        # Its timer stays; when it fires, it finds the connection busy and lets it be.
        self._idle_since = None

    def _keep_alive_check(self) -> None:
        """Close the connection if it has been idle for the keep-alive timeout; else look
        again when it would be, or leave it to the next response to arm the timer."""
        self.timeout_keep_alive_task = None
        if self._idle_since is None or self.transport.is_closing():
            return
        left = self._idle_since + self.timeout_keep_alive - self.loop.time()
        if left > 0:
            self.timeout_keep_alive_task = self.loop.call_later(left, self._keep_alive_check)
        else:
            self.timeout_keep_alive_handler()

    def _await_headers(self, *, timed: bool = True) -> None:
        self._stop_waiting()
        self._header_bytes = 0
        self._idle = not timed
        if timed:
            self._header_timer = self.loop.call_later(self.header_timeout, self._last_call)

    def _last_call(self) -> None:
        # uvloop runs due timers before it polls for input, so after the loop was stalled
        # (a burst of load) headers may be waiting unread: let one poll pass first.
        self._header_timer = self.loop.call_later(GRACE, self._refuse, "408 Request Timeout")

    def _stop_waiting(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        self._header_timer, self._header_bytes, self._idle = None, None, False

    def _refuse(self, status: str) -> None:
        self._stop_waiting()
        if not self.transport.is_closing():
            self.transport.write(_reply(status))
            self.transport.close()


def guarded_protocol(
    *, header_timeout: float, max_header_bytes: int, direct: Direct | None = None
) -> type[HttpToolsProtocol]:
    """Return the protocol class with these limits, for ``uvicorn.Config(http=...)``.

    ``direct`` answers plain SPARQL GETs without an ASGI cycle (see
    :meth:`imkg.api.fast_path.SparqlFastPath.answer_direct`).
    """
    attributes = {"header_timeout": header_timeout, "max_header_bytes": max_header_bytes}
    if direct is not None:
        attributes["direct"] = staticmethod(direct)
    return type("GuardedHttpProtocol", (GuardedHttpProtocol,), attributes)

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
Requests whose headers are complete are not affected.

It also sends a response's head and body in one write: uvicorn writes the head as soon as
the app starts its response, then the body, two system calls (and, over TCP, two segments
the client wakes up for) where one does. The head waits for the body until the end of the
event loop's current step at the latest (see :class:`_OneWrite`).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

HEADER_TIMEOUT = 10.0
MAX_HEADER_BYTES = 1_048_576
GRACE = 0.5


def _reply(status: str) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\ncontent-type: text/plain; charset=utf-8\r\n"
        f"connection: close\r\ncontent-length: {len(status)}\r\n\r\n{status}"
    ).encode()


class GuardedHttpProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` that closes connections whose headers are too slow or too big."""

    header_timeout = HEADER_TIMEOUT
    max_header_bytes = MAX_HEADER_BYTES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._header_bytes: int | None = 0  # None while no request's headers are awaited
        self._idle = False  # kept alive between requests: no timer until a byte comes

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.transport = _OneWrite(transport, self.loop)  # type: ignore[assignment]
        self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._idle and data:  # the next request on a kept-alive connection begins
            self._idle = False
            self._header_timer = self.loop.call_later(self.header_timeout, self._last_call)
        if self._header_bytes is not None:
            self._header_bytes += len(data)
        super().data_received(data)  # calls on_headers_complete once they are all in
        if self._header_bytes is not None and self._header_bytes > self.max_header_bytes:
            self._refuse("431 Request Header Fields Too Large")

    def on_headers_complete(self) -> None:
        self._stop_waiting()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        pipelined = bool(self.pipeline)  # its headers are in: no wait for that one
        super().on_response_complete()
        if not pipelined and not self.transport.is_closing():
            self._await_headers(timed=False)  # the timer starts with the next byte

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


class _OneWrite:
    """A transport that holds a write back until the next one, to send both in one call.

    What it holds leaves with the next write, or when the event loop's current step ends
    (a callback scheduled with the held write), or before the transport closes: a response's
    head, written when the app starts it, goes out with the body the app sends next.
    Everything else is the wrapped transport's.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        held = self._held
        if held is None:
            if data:
                self._held = bytes(data)
                self._loop.call_soon(self.flush)
            return
        self._held = None
        if len(data) < _JOIN_BYTES:
            self._transport.write(held + data)
        else:
            self._transport.writelines((held, data))

    def flush(self) -> None:
        """Write what is held, if anything."""
        held, self._held = self._held, None
        if held is not None and not self._transport.is_closing():
            self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def writelines(self, data: list[bytes]) -> None:
        self.flush()
        self._transport.writelines(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


_JOIN_BYTES = 1 << 16  # a body this long goes out with the head in one vectored write


def guarded_protocol(*, header_timeout: float, max_header_bytes: int) -> type[HttpToolsProtocol]:
    """Return the protocol class with these limits, for ``uvicorn.Config(http=...)``."""
    return type(
        "GuardedHttpProtocol",
        (GuardedHttpProtocol,),
        {"header_timeout": header_timeout, "max_header_bytes": max_header_bytes},
    )

"""A transport that sends a response's head and body in one write.

uvicorn writes a response's head as soon as the app starts the response, then the body: two
system calls (and, over TCP, two segments the client wakes up for) where one does.
"""

from __future__ import annotations

import asyncio
from typing import Any

_JOIN_BYTES = 1 << 16  # a body this long goes out with the head in one vectored write


class OneWrite:
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

    def is_closing(self) -> bool:
        return self._transport.is_closing()  # asked once or twice per request

    def write_now(self, data: bytes) -> None:
        """Write ``data`` at once, after whatever is held."""
        held, self._held = self._held, None
        self._transport.write(data if held is None else held + data)

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

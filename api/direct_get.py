"""Reading a plain HTTP/1.1 GET without httptools, and the cycle a directly answered
request keeps (see :class:`imkg.api.http.GuardedHttpProtocol`)."""

from __future__ import annotations

import functools
import re

# What a request must look like to be read without httptools (``read_plain_get``): the
# target in visible ASCII without a fragment, token header names, values of visible
# ASCII, space and tab.
PLAIN_GET = re.compile(rb"GET (/[\x21\x22\x24-\x7e]*) HTTP/1\.1\Z")  # no "#"
PLAIN_HEADER = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([\x20-\x7e\t]*?)[ \t]*\Z")
FRAMING_HEADERS = frozenset(
    (b"content-length", b"transfer-encoding", b"upgrade", b"expect", b"http2-settings")
)


class _NoEvent:
    def set(self) -> None:
        """Nothing waits for a direct request's body."""


_NO_EVENT = _NoEvent()


class DirectCycle:
    """What the protocol reads of a request-response cycle, for a directly answered request.

    The protocol marks it disconnected when the connection is lost, sets its event when
    the request's body ends, and clears ``keep_alive`` when the server shuts down.
    """

    __slots__ = ("body", "disconnected", "keep_alive", "more_body", "response_complete")
    message_event = _NO_EVENT

    def __init__(self, keep_alive: bool) -> None:
        self.keep_alive = keep_alive
        self.disconnected = False
        self.response_complete = False
        self.more_body = True
        self.body = bytearray()


@functools.lru_cache(maxsize=4)
def _encoded_cached(headers: tuple[tuple[bytes, bytes], ...]) -> bytes:
    return b"".join(name + b": " + value + b"\r\n" for name, value in headers)


def encoded_headers(headers: list[tuple[bytes, bytes]]) -> bytes:
    """uvicorn's default headers (date, server), encoded once per second's list."""
    return _encoded_cached(tuple(headers))


def read_plain_get(
    data: bytes, max_header_bytes: int
) -> tuple[bytes, list[tuple[bytes, bytes]], bool] | None:
    """The target, headers and keep-alive of the plain GET that is the whole of ``data``,
    or None when the request must go to httptools.

    Only the plainest requests are read here: the request line and every header must match
    strict patterns, and any header that changes how the request is framed or answered (a
    body, an upgrade, ``Expect``) sends it to httptools.
    """
    if len(data) > max_header_bytes:
        return None
    lines = data[:-4].split(b"\r\n")
    request = PLAIN_GET.match(lines[0])
    if request is None:
        return None
    headers = []
    keep_alive = True
    for line in lines[1:]:
        field = PLAIN_HEADER.match(line)
        if field is None:
            return None
        name, value = field[1].lower(), field[2]
        if name in FRAMING_HEADERS:
            return None
        if name == b"connection":
            tokens = {token.strip().lower() for token in value.split(b",")}
            if b"upgrade" in tokens:
                return None
            keep_alive = b"close" not in tokens
        headers.append((name, value))
    return request[1], headers, keep_alive

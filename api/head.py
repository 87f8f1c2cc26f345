"""``HEAD`` for every ``GET`` route: the same status and headers, no body.

HTTP requires a server to answer ``HEAD`` wherever it answers ``GET``, and link checkers,
uptime monitors and caches send it; FastAPI's routes answer only the methods they declare,
so ``HEAD /health`` or ``HEAD /`` was a 405. Here a ``HEAD`` request runs as a ``GET`` and
its body is dropped, with its ``content-length`` kept.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HeadAsGet:
    """ASGI middleware: answer ``HEAD`` requests as ``GET`` ones, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_head(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # only the last (empty) body message goes out
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        # A copy: the server's own scope keeps HEAD, so it sends no body either.
        await self.app({**scope, "method": "GET"}, receive, send_head)

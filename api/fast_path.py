"""The short way in for ``/sparql`` queries: straight to the handler, past the framework.

Each request to a FastAPI app passes a stack of middleware (errors, telemetry, body limit,
CORS, exceptions, async exit stack) and a router that tries every route in turn before the
handler runs; on a cheap query that costs more than evaluating it. :class:`SparqlFastPath`
wraps the app and hands ``GET``/``POST /sparql`` requests to the same handler,
:func:`imkg.api.sparql.query_sparql`, with the same error responses. Everything else goes
through the app unchanged, and so do cross-origin requests (an ``Origin`` header), which
need the CORS middleware's headers. With the result cache on, a repeated ``GET`` (same query
string, same ``Accept``) is answered from it before any parsing; the cache forgets every
answer on each write (see :mod:`imkg.api.result_cache`).

``GET /api/ask?q=`` with a well-formed question takes the same short way to
:func:`imkg.api.ask.answer_in_pool`; a malformed one goes through the app and its validation.

``imkg serve`` wraps the app with it; ``create_app`` still returns the plain FastAPI app.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI
from starlette.requests import Request

from imkg.api.ask import PATH as ASK_PATH
from imkg.api.ask import answer_in_pool
from imkg.api.errors import ClientError, error_body, error_response
from imkg.api.result_cache import ResultCache
from imkg.api.sparql import ANSWERED, query_sparql
from imkg.qa import MAX_QUESTION

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

PATH = "/sparql"
_METHODS = ("GET", "POST")


class SparqlFastPath:
    """ASGI app: SPARQL queries to the handler directly, every other request to ``app``."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == ASK_PATH:
            question = _question(scope)
            if question is not None and getattr(self.app.state, "pool", None) is not None:
                await self._ask(question, scope, receive, send)
                return
        if (
            scope["type"] != "http"
            or scope["path"] != PATH
            or scope["method"] not in _METHODS
            or _cross_origin(scope["headers"])
        ):
            await self.app(scope, receive, send)
            return
        cache: ResultCache | None = getattr(self.app.state, "cache", None)
        key = _raw_key(scope) if cache is not None else None
        if key is not None:
            found = cache.get(key)
            if found is not None:
                await _replay(found, send)
                return
            generation = cache.generation
        scope["app"] = self.app
        request = Request(scope, receive)
        try:
            response = await query_sparql(request)
        except ClientError as err:
            body = error_body(err.message, **err.extra)
            accept = request.headers.get("accept")
            response = error_response(err.status, body, accept, err.headers or None)
        if key is not None and response.status_code == 200 and scope.get(ANSWERED):
            kept = (response.raw_headers, response.body)
            cache.put(key, generation, kept, len(response.body))
        await response(scope, receive, send)

    async def _ask(self, question: str, scope: Scope, receive: Receive, send: Send) -> None:
        """``GET /api/ask?q=`` with a well-formed question, straight to the worker pool."""
        query_string = scope["query_string"].decode("latin-1")
        try:
            response = await answer_in_pool(self.app.state, question, query_string)
        except ClientError as err:
            response = error_response(err.status, error_body(err.message), None, None)
        await response(scope, receive, send)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)  # state, routes, ...: the wrapped app's


def _question(scope: Scope) -> str | None:
    """The question of a plain ``GET /api/ask`` the route would accept, else None.

    Anything else (another method, a cross-origin request, a missing, empty or over-long
    ``q``, no query workers) goes through the app, which answers or refuses it as documented.
    """
    if scope["method"] != "GET" or _cross_origin(scope["headers"]):
        return None
    values = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True).get("q")
    if not values or not 1 <= len(values[-1]) <= MAX_QUESTION:
        return None
    return values[-1]


def _cross_origin(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(name == b"origin" for name, _ in headers)


def _raw_key(scope: Scope) -> tuple[bytes, ...] | None:
    """Key a GET by its query string and Accept header: what its answer depends on.

    A repeated GET is then answered from the result cache before anything is parsed.
    """
    if scope["method"] != "GET" or not scope["query_string"]:
        return None
    accept = [value for name, value in scope["headers"] if name == b"accept"]
    return (b"GET", scope["query_string"], *accept)


async def _replay(found: tuple[list[tuple[bytes, bytes]], bytes], send: Send) -> None:
    headers, body = found
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})

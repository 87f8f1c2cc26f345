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

A ``GET`` with a query is answered here without a request or response object: its job is
remembered by query string and ``Accept`` header (:func:`imkg.api.sparql.get_job`), so a
repeated query is neither decoded nor scanned again, and the answer goes out with the same
headers Starlette's ``Response`` would send.

``GET /api/ask?q=`` with a well-formed question takes the same short way to
:func:`imkg.api.ask.answer_in_pool`; a malformed one goes through the app and its validation.

``imkg serve`` wraps the app with it; ``create_app`` still returns the plain FastAPI app.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI
from starlette.requests import Request

from imkg.api.ask import PATH as ASK_PATH
from imkg.api.ask import answer_in_pool, ask_job, kept_answer
from imkg.api.ask import cache_key as ask_cache_key
from imkg.api.errors import ClientError, error_body, error_response
from imkg.api.execute import Reply
from imkg.api.result_cache import ResultCache
from imkg.api.sparql import ANSWERED, VARY, answer, get_job, query_sparql
from imkg.api.workers import WorkerPool
from imkg.qa import MAX_QUESTION

log = logging.getLogger("imkg.api.fast_path")
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

Kept = tuple[list[tuple[bytes, bytes]], bytes]  # an answer's headers and body
Respond = Callable[[int, list[tuple[bytes, bytes]], bytes], None]

PATH = "/sparql"
PATH_BYTES = PATH.encode()
ASK_PATH_BYTES = ASK_PATH.encode()
_METHODS = ("GET", "POST")
_VARY_HEADER = (b"vary", b"Accept")
_SENT = object()  # what _get returns once it has sent a refusal


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
        if scope["method"] == "GET":
            found = await self._get(scope, receive, send)
            if found is _SENT:
                return
            if found is not None:
                if key is not None:
                    cache.put(key, generation, found, len(found[1]))
                await _replay(found, send)
                return
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

    async def _get(self, scope: Scope, receive: Receive, send: Send) -> Kept | object | None:
        """Answer a ``GET /sparql?query=...`` as :func:`imkg.api.sparql.query_sparql` would.

        The same checks, the same job (remembered by query string) and the same responses,
        without building a request or a response object. Returns the answer to send (headers
        and body), ``_SENT`` once a refusal is sent, or None for a GET without a query (a
        service description), which is left to the handler.
        """
        state = self.app.state
        accept = _accept(scope["headers"])
        try:
            job = get_job(scope["query_string"], accept, state.settings)
            if job is None:
                return None
            reply = await answer(state, job)
        except ClientError as err:
            body = error_body(err.message, **err.extra)
            response = error_response(err.status, body, accept, err.headers or None)
            await response(scope, receive, send)
            return _SENT
        status, headers, body = _answer_of(reply, accept)
        if status == 200 and reply.media_type:
            return headers, body
        await _replay((headers, body), send, status)
        return _SENT

    def answer_direct(
        self, url: bytes, headers: list[tuple[bytes, bytes]], respond: Respond
    ) -> bool:
        """Start answering a plain ``GET`` of ``url`` (path and query) for the HTTP protocol
        itself, without an ASGI request (see :mod:`imkg.api.http`): a SPARQL query or a
        well-formed question. ``respond`` gets the status, headers and body.

        Returns False, having done nothing, for whatever the app should answer: another
        path, a cross-origin request, a refusal to word, no query, or a job that must wait
        for a thread. The answers, headers and caching are those of the ASGI way;
        ``state.direct_answers`` counts the requests answered this way (``/health``).
        """
        # The app state's dict itself: each attribute read through Starlette's ``State``
        # is a Python call, and a cheap query would pay for five of them.
        state: dict[str, Any] = self.app.state._state
        pool = state.get("pool")
        if pool is None or _cross_origin(headers):
            return False
        path, _, query_string = url.partition(b"?")
        if path == PATH_BYTES and query_string:
            started = self._sparql_direct(state, pool, query_string, headers, respond)
        elif path == ASK_PATH_BYTES:
            started = self._ask_direct(state, pool, query_string, respond)
        else:
            return False
        if started:
            state["direct_answers"] = state.get("direct_answers", 0) + 1
        return started

    def _sparql_direct(
        self,
        state: dict[str, Any],
        pool: WorkerPool,
        query_string: bytes,
        headers: list[tuple[bytes, bytes]],
        respond: Respond,
    ) -> bool:
        cache: ResultCache | None = state.get("cache")
        key = _get_key(query_string, headers)
        found = cache.get(key) if cache is not None else None
        if found is not None:
            respond(200, *found)
            return True
        accept = _accept(headers)
        try:
            job = get_job(query_string, accept, state["settings"])
        except ClientError:
            return False
        if job is None:
            return False
        generation = cache.generation if cache is not None else 0
        kept = cache.get(job) if cache is not None else None
        if kept is not None:
            _respond_reply(kept, accept, respond, cache, key, generation)
            return True
        future = pool.submit(job)
        if future is None:
            return False

        @_answering(respond)
        def done(future: asyncio.Future) -> None:
            reply = pool.outcome(future)
            if cache is not None and reply.status == 200:
                cache.put(job, generation, reply, len(reply.body))
            _respond_reply(reply, accept, respond, cache, key, generation)

        future.add_done_callback(done)
        return True

    def _ask_direct(
        self, state: dict[str, Any], pool: WorkerPool, query_string: bytes, respond: Respond
    ) -> bool:
        raw_query = query_string.decode("latin-1")
        question = _question_in(raw_query)
        if question is None:
            return False
        cache: ResultCache | None = state.get("cache")
        key = ask_cache_key(raw_query)
        body = cache.get(key) if cache is not None else None
        if body is not None:
            respond(200, _json_headers(len(body)), body)
            return True
        future = pool.submit(ask_job(question))
        if future is None:
            return False
        generation = cache.generation if cache is not None else 0

        @_answering(respond)
        def done(future: asyncio.Future) -> None:
            try:
                body = kept_answer(pool.outcome(future), cache, key, generation)
            except ClientError as err:
                response = error_response(err.status, error_body(err.message), None, None)
                respond(response.status_code, response.raw_headers, response.body)
                return
            respond(200, _json_headers(len(body)), body)

        future.add_done_callback(done)
        return True

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
    return _question_in(scope["query_string"].decode("latin-1"))


def _question_in(query_string: str) -> str | None:
    values = parse_qs(query_string, keep_blank_values=True).get("q")
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
    return _get_key(scope["query_string"], scope["headers"])


def _get_key(query_string: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[bytes, ...]:
    """The result cache's key for a GET, the same for the ASGI and the direct way."""
    return (b"GET", query_string, *[value for name, value in headers if name == b"accept"])


def _accept(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The first ``Accept`` header, as Starlette's ``request.headers.get`` reads it."""
    for name, value in headers:
        if name == b"accept":
            return value.decode("latin-1")
    return None


def _headers(length: int, media_type: str) -> list[tuple[bytes, bytes]]:
    """The headers Starlette's ``Response(body, 200, VARY, media_type=...)`` sends."""
    return [_VARY_HEADER, (b"content-length", b"%d" % length), _content_type(media_type)]


def _json_headers(length: int) -> list[tuple[bytes, bytes]]:
    """The headers Starlette's ``Response(body, media_type="application/json")`` sends."""
    return [(b"content-length", b"%d" % length), (b"content-type", b"application/json")]


@functools.lru_cache(maxsize=64)
def _content_type(media_type: str) -> tuple[bytes, bytes]:
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return b"content-type", media_type.encode("latin-1")


def _answering(respond: Respond) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Make a reply callback answer 500 if it fails: the client must not wait for ever."""

    def wrap(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        @functools.wraps(callback)
        def guarded(future: Any) -> None:
            try:
                callback(future)
            except Exception:
                log.exception("a direct answer failed")
                respond(500, _INTERNAL_ERROR_HEADERS, _INTERNAL_ERROR)

        return guarded

    return wrap


_INTERNAL_ERROR = b"Internal Server Error"
_INTERNAL_ERROR_HEADERS = [
    (b"content-type", b"text/plain; charset=utf-8"),
    (b"content-length", b"%d" % len(_INTERNAL_ERROR)),
]


def _respond_reply(
    reply: Reply,
    accept: str | None,
    respond: Respond,
    cache: ResultCache | None,
    key: tuple[bytes, ...],
    generation: int,
) -> None:
    status, headers, body = _answer_of(reply, accept)
    if cache is not None and status == 200 and reply.media_type:
        cache.put(key, generation, (headers, body), len(body))
    respond(status, headers, body)


def _answer_of(reply: Reply, accept: str | None) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """A worker's reply as the status, headers and body to send: an answer with the headers
    Starlette's ``Response`` would send, or an error worded for ``accept``."""
    if not reply.media_type:
        response = error_response(reply.status, reply.body, accept, VARY)
        return response.status_code, response.raw_headers, response.body
    return reply.status, _headers(len(reply.body), reply.media_type), reply.body


async def _replay(found: Kept, send: Send, status: int = 200) -> None:
    headers, body = found
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

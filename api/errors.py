"""Errors a client can cause, and how they reach the client: JSON, or text if it prefers.

Every refusal is a :class:`ClientError` with a 4xx (or 503) status and a message that says
what to change; the app maps it to ``{"error": "...", ...}`` or to ``text/plain`` when the
``Accept`` header prefers text. Nothing a client sends should end as a 500.
"""

from __future__ import annotations

import orjson
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from imkg.api.execute import error_position
from imkg.api.media import prefers_text


class ClientError(Exception):
    """A request the server refuses; ``extra`` fields join the JSON body."""

    def __init__(
        self, status: int, message: str, *, headers: dict[str, str] | None = None, **extra: object
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra


def syntax_error(err: SyntaxError, what: str = "query") -> ClientError:
    """Turn a pyoxigraph parser error into a 400 that says where the problem is."""
    return ClientError(400, f"the {what} is not valid SPARQL: {err}", **error_position(str(err)))


def error_body(message: str, **extra: object) -> bytes:
    """Return the JSON body of an error."""
    return orjson.dumps({"error": message, **extra})


def error_response(
    status: int,
    body: bytes,
    accept: str | None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Answer with a JSON error ``body``, or its message as text if the client prefers text."""
    if prefers_text(accept):
        data = orjson.loads(body)
        lines = [data.pop("error")] + [f"{key}: {value}" for key, value in data.items()]
        text = "\n".join(lines) + "\n"
        return Response(text, status, headers, media_type="text/plain; charset=utf-8")
    return Response(body, status, headers, media_type="application/json")


async def _handle_client_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, ClientError)
    body = error_body(err.message, **err.extra)
    return error_response(err.status, body, request.headers.get("accept"), err.headers)


async def handle_http_error(request: Request, err: Exception) -> Response:
    """Starlette's own refusals (no such path, method not allowed) in the same shape."""
    assert isinstance(err, HTTPException)
    body = error_body(f"{err.detail}: {request.method} {request.url.path}")
    return error_response(err.status_code, body, request.headers.get("accept"), err.headers)


async def _handle_validation_error(request: Request, err: Exception) -> Response:
    # FastAPI's parameter checks (a missing or over-long ``q``) in the same shape, keeping
    # its ``detail`` list so the documented 422 schema still holds.
    assert isinstance(err, RequestValidationError)
    details = jsonable_encoder(err.errors())
    message = "; ".join(_validation_message(d) for d in details) or "the request is not valid"
    body = error_body(message, detail=details)
    return error_response(422, body, request.headers.get("accept"))


def _validation_message(detail: dict) -> str:
    """``q: String should have at most 500 characters`` from one pydantic error."""
    where = [str(part) for part in detail.get("loc", ()) if part not in ("query", "body", "path")]
    return f"{'.'.join(where)}: {detail.get('msg', 'invalid')}" if where else detail.get("msg", "")


def install_error_handlers(app: FastAPI) -> None:
    """Make every :class:`ClientError` raised in a route, every 404 and 405 the router gives
    and every failed parameter check an error response."""
    app.add_exception_handler(ClientError, _handle_client_error)
    app.add_exception_handler(HTTPException, handle_http_error)
    app.add_exception_handler(RequestValidationError, _handle_validation_error)

"""Answers of the JSON API's GET routes, kept until the next write, like /sparql's results.

The JSON routes are pure functions of their URL and the data, so their bodies are kept in the
app's :class:`~imkg.api.result_cache.ResultCache` (the one ``/sparql`` uses, which every write
invalidates) under the path and query string. Without that cache (a remote store, or caching
turned off) every request is computed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response


def cached_json(request: Request, compute: Callable[[], Any]) -> Response:
    """Return ``compute()`` as JSON, or the body kept for this same URL since the last write."""
    cache = getattr(request.app.state, "cache", None)
    if cache is None:
        return _json(orjson.dumps(compute()))
    key = ("json-api", request.url.path, request.url.query)
    body = cache.get(key)
    if body is None:
        generation = cache.generation
        body = orjson.dumps(compute())
        cache.put(key, generation, body, len(body))
    return _json(body)


def _json(body: bytes) -> Response:
    return Response(body, media_type="application/json")

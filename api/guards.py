"""Cheap checks that run before the query engine sees a request.

They refuse what would hurt the service or reach outside it: bodies past the size limit
(413), bytes that are not UTF-8 (400), queries nested deep enough to overflow the engine's
stack (Oxigraph 0.5.13 aborts the whole process on 5,000 nested groups), and ``SERVICE``
or ``LOAD``, which make the engine send HTTP requests, unless the endpoint is allow-listed.

The scan is lexical: comments, string literals and ``<IRIs>`` are recognised the way the
SPARQL grammar defines them, so a keyword inside them is not mistaken for one outside.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from fastapi import Request

from imkg.api.errors import ClientError

MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 64
MAX_GROUPS = 1_000

_TOKEN = re.compile(
    r"""
    (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
        | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
        | '(?:[^'\\\n\r]|\\.)*'
        | "(?:[^"\\\n\r]|\\.)*")
    | (?P<comment>\#[^\n\r]*)
    | (?P<word>[?$]?[\w.-]*:[\w.:%-]*|[?$]?[\w.-]+)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class QueryScan:
    """What the scan learnt about a query that passed it."""

    has_from: bool


def scan_query(text: str, *, allowlist: tuple[str, ...] = (), what: str = "query") -> QueryScan:
    """Check nesting, size and outbound keywords of a query or update.

    Raises:
        ClientError: 413 for a text that is too long, 400 for one nested too deeply or with
            too many groups, 403 for ``SERVICE``/``LOAD`` to an endpoint not allow-listed.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise ClientError(413, f"the {what} is longer than {MAX_QUERY_CHARS} characters")
    depth = deepest = groups = 0
    has_from = False
    pending: str | None = None  # "SERVICE" or "LOAD", waiting for its endpoint
    for token in _TOKEN.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
            groups += token[0] == "{"
        elif kind == "close":
            depth -= 1
        elif kind in ("word", "iri"):
            word = token[0].upper()
            if pending and word != "SILENT":
                _check_endpoint(pending, token[0], allowlist)
                pending = None
            elif word in ("SERVICE", "LOAD"):
                pending = word
            has_from = has_from or word == "FROM"
    if pending:
        _check_endpoint(pending, "", allowlist)
    if deepest > MAX_DEPTH or groups > MAX_GROUPS:
        raise ClientError(
            400,
            f"the {what} is nested {deepest} levels deep with {groups} groups; "
            f"imkg accepts at most {MAX_DEPTH} levels and {MAX_GROUPS} groups",
        )
    return QueryScan(has_from=has_from)


def _check_endpoint(keyword: str, endpoint: str, allowlist: tuple[str, ...]) -> None:
    iri = endpoint[1:-1] if endpoint.startswith("<") else None
    if iri is not None and iri in allowlist:
        return
    named = f"{keyword} {endpoint}" if endpoint else keyword
    raise ClientError(
        403,
        f"{named} is refused: this server makes no outbound requests for queries "
        "(only to allow-listed endpoints, named by a full <IRI>)",
    )


def parse_form(raw: bytes) -> dict[str, list[str]]:
    """Decode ``application/x-www-form-urlencoded`` bytes strictly as UTF-8.

    >>> parse_form(b"query=ASK%20%7B%7D&default-graph-uri=a&default-graph-uri=b")
    {'query': ['ASK {}'], 'default-graph-uri': ['a', 'b']}

    Raises:
        ClientError: 400 when a name or value is not UTF-8 after percent-decoding.
    """
    params: dict[str, list[str]] = {}
    for pair in raw.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        try:
            key = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8")
            text = unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError as err:
            raise ClientError(400, f"the request is not valid UTF-8 (byte {err.start})") from err
        params.setdefault(key, []).append(text)
    return params


def query_params(request: Request) -> dict[str, list[str]]:
    """Decode the URL's query string strictly (Starlette would replace bad bytes)."""
    return parse_form(request.scope["query_string"])


async def read_body(request: Request, limit: int) -> bytes:
    """Read the request body, refusing with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and not declared.isdigit():
        raise ClientError(400, f"the Content-Length header {declared!r} is not a number")
    if declared is not None and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ClientError:
    return ClientError(413, f"the request body is larger than {limit} bytes")


def decode_text(raw: bytes, what: str = "request body") -> str:
    """Decode a body strictly as UTF-8, or refuse it with a 400."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ClientError(400, f"the {what} is not valid UTF-8 (byte {err.start})") from err


def single(params: dict[str, list[str]], name: str) -> str | None:
    """Return the one value of ``name``, or None; two values are a 400."""
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise ClientError(400, f"give the {name} parameter once, not {len(values)} times")
    return values[0]


def require_token(request: Request, token: str | None) -> None:
    """Let a write through only with ``Authorization: Bearer <token>``.

    Raises:
        ClientError: 403 when the server has no token (writes disabled) or the token is
            wrong, 401 when the request carries none.
    """
    if not token:
        raise ClientError(
            403,
            "writes are disabled on this server (start it with --update-token or set "
            "IMKG_UPDATE_TOKEN to enable them)",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ClientError(
            401,
            "this write needs an Authorization: Bearer <token> header",
            headers={"WWW-Authenticate": 'Bearer realm="imkg"'},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ClientError(403, "the bearer token is not the one this server accepts")

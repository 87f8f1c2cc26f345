"""``/sparql`` (SPARQL 1.1 Protocol queries) and ``/update`` (updates, with the token).

``/sparql`` is a plain Starlette route rather than a FastAPI one: it is the path where every
request counts, and it reads its parameters itself (strict UTF-8, query and form together).
"""

from __future__ import annotations

import functools

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import State

from imkg.api.deps import run_write
from imkg.api.errors import ClientError, error_response, syntax_error
from imkg.api.execute import Job, Reply
from imkg.api.guards import (
    QueryScan,
    decode_text,
    parse_form,
    query_params,
    read_body,
    require_token,
    scan_query,
    single,
)
from imkg.api.result_cache import ResultCache
from imkg.api.service_description import service_description
from imkg.config import Settings
from imkg.store import StoreError

router = APIRouter(tags=["SPARQL"])

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
VARY = {"Vary": "Accept"}
_JOB_CACHE_BYTES = 8_000
ANSWERED = "imkg.answered"


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _request_params(request: Request, operation: str) -> dict[str, list[str]]:
    """Gather the parameters of a protocol request: URL, then form or direct body."""
    params = query_params(request)
    if request.method == "POST":
        body = await read_body(request, request.app.state.settings.max_body_bytes)
        media_type = _media_type(request)
        direct = QUERY if operation == "query" else UPDATE
        if media_type == FORM:
            for name, values in parse_form(body).items():
                params.setdefault(name, []).extend(values)
        elif media_type == direct:
            params.setdefault(operation, []).append(decode_text(body, operation))
        elif media_type in (QUERY, UPDATE):
            raise ClientError(400, f"send {operation} requests here, not {media_type} bodies")
        else:
            raise ClientError(415, f"send {FORM} or {direct}, not {media_type or 'no type'}")
    other = "update" if operation == "query" else "query"
    if other in params:
        raise ClientError(400, f"a request to this endpoint cannot carry an {other}")
    return params


def _graph_iris(params: dict[str, list[str]], name: str) -> tuple[str, ...]:
    iris = tuple(params.get(name, ()))
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as err:
            raise ClientError(400, f"{name} {iri!r} is not an absolute IRI") from err
    return iris


async def query_sparql(request: Request) -> Response:
    """Answer a SPARQL query; describe the service when a GET carries none."""
    settings = request.app.state.settings
    accept = request.headers.get("accept")
    if request.method == "GET":
        job = get_job(request.scope["query_string"], accept, settings)
        if job is None:
            return service_description(request, single(query_params(request), "format"))
    else:
        params = await _request_params(request, "query")
        job = _job(params, accept, settings.service_allowlist, settings.max_result_rows)
        if job is None:
            raise ClientError(400, "the request has no query parameter")
    reply = await answer(request.app.state, job)
    if not reply.media_type:
        return error_response(reply.status, reply.body, accept, VARY)
    request.scope[ANSWERED] = True  # an answer to a query: the fast path may keep it
    return Response(reply.body, reply.status, VARY, media_type=reply.media_type)


def get_job(query_string: bytes, accept: str | None, settings: Settings) -> Job | None:
    """The job of a ``GET /sparql?query=...``, or None when it carries no query.

    A pure function of the URL's query string, the ``Accept`` header and two settings,
    remembered for short query strings and ``Accept`` headers: a service sees the same
    queries again and again, and decoding and scanning one costs more than evaluating a cheap
    one. (A header may be 1 MB: 1,024 remembered ones would hold a gigabyte.)

    Raises:
        ClientError: for whatever :func:`query_sparql` refuses in a GET.
    """
    allowlist, max_rows = settings.service_allowlist, settings.max_result_rows
    if len(query_string) > _JOB_CACHE_BYTES or len(accept or "") > _JOB_CACHE_BYTES:
        return _job(parse_form(query_string), accept, allowlist, max_rows)
    return _get_job_cached(query_string, accept, allowlist, max_rows)


@functools.lru_cache(maxsize=1024)
def _get_job_cached(
    query_string: bytes, accept: str | None, allowlist: tuple[str, ...], max_rows: int
) -> Job | None:
    return _job(parse_form(query_string), accept, allowlist, max_rows)


def _job(
    params: dict[str, list[str]], accept: str | None, allowlist: tuple[str, ...], max_rows: int
) -> Job | None:
    """Check a query request's parameters and make its job; None when there is no query."""
    if "update" in params:
        raise ClientError(400, "a request to this endpoint cannot carry an update")
    query = single(params, "query")
    if query is None:
        return None
    scan = _scan(query, allowlist)
    return Job(
        query,
        not scan.has_from,
        _graph_iris(params, "default-graph-uri"),
        _graph_iris(params, "named-graph-uri"),
        accept,
        single(params, "format"),
        max_rows,
    )


async def answer(state: State, job: Job) -> Reply:
    """Run ``job`` in the worker pool, or serve the kept answer of an identical one."""
    cache: ResultCache | None = getattr(state, "cache", None)
    if cache is None:
        return await state.pool.run(job)
    found = cache.get(job)
    if found is not None:
        return found
    generation = cache.generation
    reply = await state.pool.run(job)
    if reply.status == 200:
        cache.put(job, generation, reply, len(reply.body))
    return reply


def _scan(query: str, allowlist: tuple[str, ...]) -> QueryScan:
    """Scan a query, remembering the verdict on short queries that passed (a pure function)."""
    if len(query) > _JOB_CACHE_BYTES:
        return scan_query(query, allowlist=allowlist)
    return _scan_cached(query, allowlist)


@functools.lru_cache(maxsize=1024)
def _scan_cached(query: str, allowlist: tuple[str, ...]) -> QueryScan:
    return scan_query(query, allowlist=allowlist)


router.add_route("/sparql", query_sparql, methods=["GET", "POST"], include_in_schema=False)


@router.post("/update", status_code=204, response_class=Response)
async def update_sparql(request: Request) -> Response:
    """Run a SPARQL 1.1 Update (form ``update=`` or an application/sparql-update body).

    Needs ``Authorization: Bearer <token>``; without a configured token every write is
    refused. ``LOAD`` and ``SERVICE`` are refused like in queries.
    """
    settings = request.app.state.settings
    require_token(request, settings.update_token)
    params = await _request_params(request, "update")
    update = single(params, "update")
    if update is None:
        raise ClientError(400, "the request has no update parameter")
    if "using-graph-uri" in params or "using-named-graph-uri" in params:
        raise ClientError(400, "using-graph-uri is not supported; write USING in the update")
    scan_query(update, allowlist=settings.service_allowlist, what="update")
    store = request.app.state.store
    try:
        if store.location.startswith(("http://", "https://")):
            ox.Store().update(update)  # parse here: the same 400s as the embedded store
        await run_write(request, store.update, update)
    except SyntaxError as err:
        raise syntax_error(err, "update") from err
    except StoreError as err:
        raise ClientError(502, f"the store refused the update: {err}") from err
    return Response(status_code=204)

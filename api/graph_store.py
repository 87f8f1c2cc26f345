"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol.

``?graph=IRI`` names one graph, ``?default`` the default graph (the union of the named
graphs, so it is read-only), and neither the whole dataset (TriG, N-Quads or JSON-LD).
Reading is open to anyone; PUT, POST and DELETE need the update token.
"""

from __future__ import annotations

from functools import partial

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from imkg.api.deps import SettingsDep, StoreDep, run_write
from imkg.api.dump_cache import RETRY_AFTER_SECONDS, DumpCache, DumpsBusy
from imkg.api.errors import ClientError
from imkg.api.guards import query_params, read_body, require_token, single
from imkg.api.media import DATASET, GRAPH, UPLOAD, NotAcceptable, negotiate
from imkg.namespaces import PREFIXES
from imkg.store import GraphStore, StoreError, insert_data

router = APIRouter(tags=["Graph Store"])

_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def _target(request: Request) -> tuple[str, str | None]:
    """Return ("graph", IRI), ("default", None) or ("dataset", None)."""
    params = query_params(request)
    graph = single(params, "graph")
    if graph is not None and "default" in params:
        raise ClientError(400, "give either ?graph=IRI or ?default, not both")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as err:
            raise ClientError(400, f"graph {graph!r} is not an absolute IRI") from err
        return "graph", graph
    return ("default", None) if "default" in params else ("dataset", None)


def _writable_graph(request: Request) -> str:
    kind, graph = _target(request)
    if graph is None:
        raise ClientError(
            405 if kind == "default" else 400,
            "the default graph is the union of the named graphs and cannot be written; "
            "name a graph with ?graph=IRI",
            headers={"Allow": "GET, HEAD"} if kind == "default" else None,
        )
    return graph


def _dump(store: GraphStore, kind: str, graph: str | None, fmt: ox.RdfFormat) -> bytes:
    prefixes = PREFIXES if fmt in _PREFIXED else None
    if kind == "default":
        return ox.serialize(store.query(_UNION), format=fmt, prefixes=prefixes)
    return store.dump(fmt, graph=graph)


def _has_graph(store: GraphStore, graph: str | None) -> bool:
    return graph is None or graph in store.named_graphs()


async def _dump_once(
    request: Request, store: GraphStore, kind: str, graph: str | None, fmt: ox.RdfFormat
) -> bytes:
    """The dump, from the app's dump cache when it has one (an embedded store), else made
    anew; either way serialised in a thread, never in the event loop."""
    dumps: DumpCache | None = getattr(request.app.state, "dumps", None)
    if dumps is None:
        return await run_in_threadpool(_dump, store, kind, graph, fmt)
    build = partial(_dump, store, kind, graph, fmt)
    try:
        return await dumps.get((kind, graph, fmt.name), store.generation, build)
    except DumpsBusy as err:
        raise ClientError(
            503,
            f"the server is busy making other dumps ({err}); ask again in a few seconds",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from err


@router.get("/store", response_class=Response)
async def read_graph(request: Request, store: StoreDep) -> Response:
    """Retrieve one graph (``?graph=IRI``), the default graph (``?default``) or everything."""
    kind, graph = _target(request)
    try:
        chosen = negotiate(
            request.headers.get("accept"),
            DATASET if kind == "dataset" else GRAPH,
            single(query_params(request), "format"),
        )
    except NotAcceptable as err:
        raise ClientError(406, str(err)) from err
    if not await run_in_threadpool(_has_graph, store, graph):
        raise ClientError(404, f"there is no graph {graph} in this store")
    body = await _dump_once(request, store, kind, graph, chosen.ox_format)
    return Response(body, headers={"Vary": "Accept"}, media_type=chosen.media_type)


@router.head("/store", response_class=Response)
async def read_graph_headers(request: Request, store: StoreDep) -> Response:
    """The headers ``GET /store`` would send (the server sends no body for HEAD)."""
    return await read_graph(request, store)


async def _read_triples(request: Request, graph: str, limit: int) -> list[ox.Triple]:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = next((f for f in UPLOAD if f.media_type.split(";")[0] == media_type), None)
    if fmt is None:
        accepted = ", ".join(f.media_type.split(";")[0] for f in UPLOAD)
        raise ClientError(415, f"send the graph as one of {accepted}, not {media_type!r}")
    body = await read_body(request, limit)
    try:
        return [q.triple for q in ox.parse(body, format=fmt.ox_format, base_iri=graph)]
    except SyntaxError as err:
        raise ClientError(400, f"the {fmt.ox_format.name} body is not valid: {err}") from err


async def _write(request: Request, write: object, *args: object) -> None:
    try:
        await run_write(request, write, *args)
    except StoreError as err:
        raise ClientError(502, f"the store refused the write: {err}") from err


@router.put("/store", response_class=Response, responses={201: {}, 204: {}})
async def replace_graph(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Replace one graph with the body (token needed); 201 if it is new, else 204."""
    require_token(request, settings.update_token)
    graph = _writable_graph(request)
    triples = await _read_triples(request, graph, settings.max_body_bytes)
    existed = graph in store.named_graphs()
    await _write(request, store.replace_graph, graph, triples)
    return Response(status_code=204 if existed else 201)


@router.post("/store", response_class=Response, responses={201: {}, 204: {}})
async def add_to_graph(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Add the body's triples to one graph (token needed); 201 if the graph is new."""
    require_token(request, settings.update_token)
    graph = _writable_graph(request)
    triples = await _read_triples(request, graph, settings.max_body_bytes)
    existed = graph in store.named_graphs()
    if triples:
        await _write(request, store.update, insert_data(graph, triples))
    return Response(status_code=204 if existed or not triples else 201)


@router.delete("/store", status_code=204, response_class=Response)
async def delete_graph(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Remove one graph (token needed); 404 if there is no such graph."""
    require_token(request, settings.update_token)
    graph = _writable_graph(request)
    if graph not in store.named_graphs():
        raise ClientError(404, f"there is no graph {graph} in this store")
    await _write(request, store.clear_graph, graph)
    return Response(status_code=204)

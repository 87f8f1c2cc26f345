"""The app factory: one store, one pool of query workers, one router per concern."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import orjson
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response

from imkg import __version__
from imkg.api import (
    ask,
    concepts,
    coverage_page,
    documents,
    explorer,
    graph_store,
    sparql,
    tagging,
)
from imkg.api.dump_cache import DumpCache
from imkg.api.errors import install_error_handlers
from imkg.api.head import HeadAsGet
from imkg.api.result_cache import ResultCache
from imkg.api.text_jobs import JobGate
from imkg.api.workers import WorkerPool
from imkg.config import Settings
from imkg.namespaces import DOCUMENT_GRAPH_PREFIX, ONTOLOGY_GRAPH
from imkg.snapshots import Snapshots
from imkg.store import EmbeddedStore, GraphStore, open_store

# The routers, one per concern. Add new ones here (concepts, ask, documents, explorer).
ROUTERS = (
    sparql.router,
    graph_store.router,
    concepts.router,
    ask.router,
    documents.router,
    tagging.router,
)


def open_app_store(settings: Settings) -> GraphStore:
    """Open the store ``settings`` name: the remote URL, else the data directory."""
    if settings.store_url:
        return open_store(url=settings.store_url)
    return open_store(data_dir=settings.data_dir)


def prepare_store(
    store: GraphStore, settings: Settings, *, progress: Callable[[str], None] | None = None
) -> None:
    """Build the graph on a store without one (or rebuild one an older imkg built), and bring
    the bundled corpus up to date if asked: new or changed documents, and documents tagged
    by another pipeline version, are ingested; the rest are left alone."""
    from imkg.build import build_graph, build_is_stale, refresh_inferred

    say = progress or (lambda _: None)
    graphs = store.named_graphs()
    if ONTOLOGY_GRAPH not in graphs or build_is_stale(store):
        say("building the knowledge graph...")
        report = build_graph(store)
        say(f"done: {report.ontology_triples + report.inferred_triples} triples")
    elif refresh_inferred(store):  # the ontology graph was written after the last derivation
        say("derived the inferred graph again from the ontology graph")
    if settings.ingest_corpus:
        try:
            from imkg.ingest.corpus import ingest_bundled_corpus
        except ImportError:
            return
        fresh = not any(g.startswith(DOCUMENT_GRAPH_PREFIX) for g in graphs)
        say("ingesting the bundled corpus..." if fresh else "checking the bundled corpus...")
        report = ingest_bundled_corpus(store)
        summary = getattr(report, "summary", None)
        say(f"done: {summary()}" if callable(summary) else "done")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    store = await asyncio.to_thread(open_app_store, settings)
    try:
        await asyncio.to_thread(prepare_store, store, settings)
        pool = WorkerPool(
            store.location,
            remote=bool(settings.store_url),
            size=settings.query_workers,
            timeout=settings.query_timeout,
            snapshots=_snapshots(store),
            nice=settings.worker_nice,
            answer_bytes=settings.max_answer_bytes,
            memory_bytes=settings.worker_memory_mb << 20,
        )
        await pool.start()
        app.state.store, app.state.pool = store, pool
        app.state.direct_answers = 0  # SPARQL GETs answered by the HTTP protocol itself
        app.state.cache = (
            ResultCache(max_bytes=settings.query_cache_bytes)
            if settings.query_cache and not settings.store_url
            else None
        )
        # Dumps are kept per store generation, which only an embedded store knows in full
        # (others can write to a remote one).
        app.state.dumps = (
            DumpCache(max_bytes=settings.dump_cache_bytes)
            if isinstance(store, EmbeddedStore) and settings.dump_cache_bytes > 0
            else None
        )
        app.state.write_lock = asyncio.Lock()
        app.state.text_jobs = JobGate(waiting=settings.text_jobs_waiting)
        try:
            yield
        finally:
            await pool.close()
    finally:
        store.close()


def _snapshots(store: GraphStore) -> Snapshots | None:
    """Snapshots for the query workers, beside an on-disk embedded store."""
    if isinstance(store, EmbeddedStore) and store.path is not None and not store.read_only:
        return Snapshots(store, store.path.parent / "snapshots")
    return None


async def read_health(request: Request) -> Response:
    """Report whether the service is up, what store it serves and its workers' state."""
    state = request.app.state
    generation = state.store.generation()
    cached = getattr(state, "health", None)
    if cached is None or cached[0] != generation:
        counts = await asyncio.to_thread(_counts, state.store)
        cached = state.health = (generation, counts)
    body = {
        "status": "ok",
        "version": __version__,
        "store": state.store.location,
        "remote": bool(state.settings.store_url),
        **cached[1],
        "workers": state.pool.describe(),
        "cache": state.cache.describe() if state.cache is not None else None,
        "dumps": state.dumps.describe() if getattr(state, "dumps", None) is not None else None,
        "direct_answers": getattr(state, "direct_answers", 0),
        "text_jobs": state.text_jobs.describe(),
        "query_timeout": state.settings.query_timeout,
        "updates": bool(state.settings.update_token),
    }
    return Response(orjson.dumps(body), media_type="application/json")


def _counts(store: GraphStore) -> dict[str, int]:
    found = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {"graphs": len(store.named_graphs()), "triples": int(found[0]["n"].value)}


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the imkg web app; the store opens (and is built if empty) when it starts."""
    app = FastAPI(
        title="imkg",
        version=__version__,
        description="A knowledge graph of Internal Marketing: SPARQL 1.1 and JSON.",
        lifespan=_lifespan,
    )
    app.state.settings = settings or Settings()
    app.add_middleware(
        CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"]
    )
    app.add_middleware(HeadAsGet)  # outermost: every layer below sees a GET
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_api_route("/health", read_health, methods=["GET"], tags=["service"])
    app.include_router(coverage_page.router)
    explorer.install(app)
    return app

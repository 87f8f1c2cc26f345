"""``imkg serve``: prepare the store, then run uvicorn on the app in one process."""

from __future__ import annotations

import argparse
import importlib.util
from typing import TYPE_CHECKING

from imkg.config import Settings

if TYPE_CHECKING:
    from imkg.api.fast_path import SparqlFastPath


def _progress(message: str) -> None:
    print(f"imkg serve: {message}", flush=True)


def apply_arguments(args: argparse.Namespace, settings: Settings) -> Settings:
    """Fold the serve options into ``settings``."""
    if getattr(args, "update_token", None):
        settings.update_token = args.update_token
    if getattr(args, "query_timeout", None) is not None:
        if args.query_timeout <= 0:
            from imkg.cli import UsageError

            raise UsageError("--query-timeout must be a positive number of seconds")
        settings.query_timeout = args.query_timeout
    if getattr(args, "query_workers", None) is not None:
        if args.query_workers < 1:
            from imkg.cli import UsageError

            raise UsageError("--query-workers must be at least 1")
        settings.query_workers = args.query_workers
    if getattr(args, "no_corpus", False):
        settings.ingest_corpus = False
    return settings


def _protocol(settings: Settings, app: SparqlFastPath) -> type | str:
    """Uvicorn's httptools protocol with limits on request headers, answering plain SPARQL
    GETs without an ASGI cycle (see imkg.api.http)."""
    if not importlib.util.find_spec("httptools"):
        return "auto"
    from imkg.api.http import guarded_protocol

    return guarded_protocol(
        header_timeout=settings.header_timeout,
        max_header_bytes=settings.max_header_bytes,
        direct=app.answer_direct,
    )


def serve(args: argparse.Namespace, settings: Settings) -> int:
    """Build the graph if the store is empty, then serve until interrupted; return the code."""
    import uvicorn

    from imkg.api.app import create_app, open_app_store, prepare_store
    from imkg.api.fast_path import SparqlFastPath

    apply_arguments(args, settings)
    store = open_app_store(settings)
    try:
        prepare_store(store, settings, progress=_progress)
    finally:
        store.close()
    app = SparqlFastPath(create_app(settings))
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        http=_protocol(settings, app),
        limit_concurrency=settings.max_connections,
        timeout_keep_alive=settings.keep_alive,
        loop="uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
        access_log=False,
        log_level="info",
    )
    _progress(f"SPARQL endpoint at http://{args.host}:{args.port}/sparql")
    server = uvicorn.Server(config)
    try:
        server.run()
    except SystemExit as exit_:
        return int(exit_.code or 1)
    return 0 if server.started else 1

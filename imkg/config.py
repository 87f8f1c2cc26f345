"""Settings shared by the CLI and the service, from arguments and ``IMKG_*`` variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    """Return ``$IMKG_DATA_DIR``, or the per-user data directory for imkg."""
    configured = os.environ.get("IMKG_DATA_DIR")
    return Path(configured) if configured else Path(platformdirs.user_data_dir("imkg"))


def env_float(name: str, default: float) -> float:
    """A number from the environment; a value that is not one falls back to ``default``."""
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def env_int(name: str, default: int, minimum: int = 1, maximum: int | None = None) -> int:
    """A whole number from the environment, kept within bounds; a value that is not one
    (``IMKG_INGEST_MAX_BYTES=lots``) falls back to ``default`` rather than stopping imkg."""
    try:
        value = max(minimum, int(os.environ.get(name, default)))
        return value if maximum is None else min(maximum, value)
    except ValueError:
        return default


@dataclass
class Settings:
    """Everything a running imkg needs to know; unset fields fall back to the environment."""

    data_dir: Path = field(default_factory=default_data_dir)
    store_url: str | None = field(default_factory=lambda: os.environ.get("IMKG_STORE") or None)
    update_token: str | None = field(
        default_factory=lambda: os.environ.get("IMKG_UPDATE_TOKEN") or None
    )
    query_timeout: float = field(default_factory=lambda: env_float("IMKG_QUERY_TIMEOUT", 10.0))
    max_result_rows: int = 100_000
    # One answer's bytes, and each query worker's memory in MB (0: unlimited); see
    # imkg.api.workers. One row may hold a literal of hundreds of MB.
    max_answer_bytes: int = field(
        default_factory=lambda: env_int("IMKG_MAX_ANSWER_BYTES", 64_000_000)
    )
    worker_memory_mb: int = field(default_factory=lambda: env_int("IMKG_WORKER_MEMORY_MB", 2048, 0))
    max_body_bytes: int = 1_000_000
    # Texts posted to /api/tag and /api/coverage are tagged one at a time; this many more
    # may wait for their turn, and any beyond get a 503 (see imkg.api.text_jobs).
    text_jobs_waiting: int = field(default_factory=lambda: env_int("IMKG_TEXT_JOBS_WAITING", 4, 0))
    query_workers: int = field(default_factory=lambda: env_int("IMKG_QUERY_WORKERS", 2))
    # How much lower the query workers' CPU priority is than the server's (0 to 19).
    worker_nice: int = field(default_factory=lambda: env_int("IMKG_WORKER_NICE", 5, 0, 19))
    # Keep answers to repeated identical queries until the next write (embedded store only).
    query_cache: bool = field(
        default_factory=lambda: (
            os.environ.get("IMKG_QUERY_CACHE", "1").strip().lower()
            not in ("0", "false", "no", "off")
        )
    )
    query_cache_bytes: int = 64 << 20
    # Whole-store and one-graph dumps (GET /store) kept until the next write, at most this
    # many bytes in all (IMKG_DUMP_CACHE_BYTES; 0 serialises each request anew).
    dump_cache_bytes: int = field(
        default_factory=lambda: env_int("IMKG_DUMP_CACHE_BYTES", 128 << 20, 0)
    )
    service_allowlist: tuple[str, ...] = ()
    # A client must send a request's headers within this many seconds (slow loris), ...
    header_timeout: float = field(default_factory=lambda: env_float("IMKG_HEADER_TIMEOUT", 10.0))
    # An idle kept-alive connection is closed after this many seconds: longer than clients
    # keep theirs (httpx 5 s, browsers and proxies up to 60 s), so that the client, not the
    # server, closes it; a server that closes first races the client's next request on it.
    keep_alive: float = field(default_factory=lambda: max(1.0, env_float("IMKG_KEEP_ALIVE", 75.0)))
    max_header_bytes: int = 1_048_576
    # ... and past this many open connections and running requests new ones get a 503.
    max_connections: int = 2_000
    ingest_corpus: bool = True

"""Helpers for the reliability tests: a store fingerprint, a load generator, a slow-loris
attacker, a connection recorder, and the figures ``bench/reliability.py`` reports.

Everything talks to 127.0.0.1 only, and every loop is bounded in time and count.
Sizes come from the environment: the quick versions run in ``make test``; ``IMKG_SLOW=1``
(``make reliability``) runs the full ones.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

SLOW = os.environ.get("IMKG_SLOW") == "1"
FIGURES_FILE = os.environ.get("IMKG_RELIABILITY_FIGURES")


def record(name: str, value: object) -> None:
    """Add a figure to the file ``bench/reliability.py`` reads (when it asked for one)."""
    if not FIGURES_FILE:
        return
    path = Path(FIGURES_FILE)
    figures = json.loads(path.read_text()) if path.exists() else {}
    figures[name] = value
    path.write_text(json.dumps(figures, indent=2))


def fingerprint(url: str) -> tuple[int, str]:
    """Return the number of quads in the store and a hash of them all, order-independent."""
    response = httpx.get(f"{url}/store", headers={"Accept": "application/n-quads"}, timeout=30)
    response.raise_for_status()
    lines = sorted(line for line in response.text.splitlines() if line.strip())
    return len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()


def health_ok(url: str, within: float = 2.0) -> bool:
    """Whether ``/health`` answers 200 within ``within`` seconds."""
    try:
        return httpx.get(f"{url}/health", timeout=within).status_code == 200
    except httpx.HTTPError:
        return False


def host_port(url: str) -> tuple[str, int]:
    """Split ``http://host:port`` into its host and port."""
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    return host, int(port)


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                self.connections.append(self.sock.accept()[0])
            except OSError:
                continue

    def close(self) -> None:
        """Stop listening and close every recorded connection."""
        self._stop.set()
        self._thread.join()
        for conn in self.connections:
            conn.close()
        self.sock.close()


@dataclass
class LoadResult:
    """What a load run saw: requests, errors (by kind), latencies in seconds."""

    clients: int
    seconds: float
    requests: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list, repr=False)

    @property
    def error_count(self) -> int:
        """All failed requests: non-2xx answers and transport errors."""
        return sum(self.errors.values())

    def percentile(self, p: float) -> float:
        """The ``p``-th percentile latency in seconds (nearest rank)."""
        ordered = sorted(self.latencies)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

    def summary(self) -> dict:
        """The figures, JSON-ready."""
        data = {k: v for k, v in asdict(self).items() if k != "latencies"}
        return {
            **data,
            "errors_total": self.error_count,
            "rps": round(self.requests / self.seconds, 1),
            "p50_ms": round(self.percentile(50) * 1000, 1),
            "p99_ms": round(self.percentile(99) * 1000, 1),
            "max_ms": round(max(self.latencies, default=0.0) * 1000, 1),
        }


Request = tuple[str, str, dict]  # method, path, httpx keyword arguments


async def _client(
    http: httpx.AsyncClient, mix: list[Request], offset: int, deadline: float, result: LoadResult
) -> None:
    turn = offset
    while time.monotonic() < deadline:
        method, path, kwargs = mix[turn % len(mix)]
        turn += 1
        started = time.monotonic()
        try:
            response = await http.request(method, path, **kwargs)
            kind = None if response.is_success else f"{response.status_code} {path.split('?')[0]}"
        except httpx.HTTPError as err:
            kind = type(err).__name__
        result.latencies.append(time.monotonic() - started)
        result.requests += 1
        if kind:
            result.errors[kind] = result.errors.get(kind, 0) + 1


async def _load(url: str, mix: list[Request], clients: int, seconds: float) -> LoadResult:
    result = LoadResult(clients, seconds)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(_client(http, mix, i, deadline, result) for i in range(clients)))
    return result


def run_load(url: str, mix: list[Request], *, clients: int, seconds: float) -> LoadResult:
    """Run ``clients`` concurrent clients cycling through ``mix`` for ``seconds``.

    The event loop runs in a thread of its own: a session-scoped Playwright browser keeps an
    event loop running in the main thread, where ``asyncio.run`` is refused.
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _load(url, mix, clients, seconds)).result()


@contextmanager
def slow_loris(url: str, sockets: int, *, interval: float = 1.0) -> Iterator[dict]:
    """Keep ``sockets`` connections sending request headers one byte per ``interval``.

    Yields a dict whose ``closed`` count grows as the server hangs up on them, and whose
    ``refused`` counts what the server answered (408, 431, ...) before closing.
    """
    state = {"sockets": sockets, "closed": 0, "answers": {}, "seconds_to_close": []}
    stop = threading.Event()
    thread = threading.Thread(target=_dribble, args=(url, sockets, interval, stop, state))
    thread.start()
    try:
        yield state
    finally:
        stop.set()
        thread.join()


def _dribble(url: str, count: int, interval: float, stop: threading.Event, state: dict) -> None:
    started = time.monotonic()
    conns = []
    for _ in range(count):
        conn = socket.create_connection(host_port(url), timeout=5)
        conn.setblocking(False)
        conns.append(conn)
    header = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
    position = 0
    while conns and not stop.wait(interval):
        byte = header[position % len(header) : position % len(header) + 1]
        position += 1
        for conn in list(conns):
            if _send_or_closed(conn, byte, state):
                state["closed"] += 1
                state["seconds_to_close"].append(round(time.monotonic() - started, 1))
                conns.remove(conn)
                conn.close()
    for conn in conns:
        conn.close()


def _send_or_closed(conn: socket.socket, byte: bytes, state: dict) -> bool:
    try:
        answer = conn.recv(64)
    except BlockingIOError:
        answer = None
    except OSError:
        return True
    if answer is not None:
        if answer:
            status = answer.split(b" ")[1].decode() if answer.count(b" ") else "?"
            state["answers"][status] = state["answers"].get(status, 0) + 1
        return True
    try:
        conn.send(byte)
    except OSError:
        return True
    return False


def health_during(url: str, action: Callable[[], object], *, every: float = 0.02) -> list[float]:
    """Run ``action`` while another thread times ``/health`` every ``every`` seconds; return
    the latencies, so a test can show the event loop stayed free while the action ran."""
    latencies: list[float] = []
    done = threading.Event()

    def watch() -> None:
        with httpx.Client(timeout=30) as client:
            while not done.is_set():
                started = time.perf_counter()
                client.get(f"{url}/health").raise_for_status()
                latencies.append(time.perf_counter() - started)
                time.sleep(every)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        action()
    finally:
        done.set()
        watcher.join()
    return latencies

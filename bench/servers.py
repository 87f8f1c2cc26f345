"""Start the servers a benchmark compares, on 127.0.0.1, and stop them afterwards.

Every server gets the same N-Quads file. Each start returns a :class:`Server` with its query
URL, process id (for peak memory) and the seconds it took from launch to a first answer.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A benchmarked server process."""

    name: str
    query_url: str
    process: subprocess.Popen
    load_seconds: float = 0.0
    base_url: str = ""
    extra: dict = field(default_factory=dict)

    def peak_memory_mb(self) -> float:
        """Peak resident memory of the server and its children (VmHWM), in MB."""
        total = 0
        for pid in [self.process.pid, *_children(self.process.pid)]:
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
        return total / 1024

    def stop(self) -> None:
        """Terminate the server and everything it started."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _children(pid: int) -> list[int]:
    found = []
    # Every thread's children: imkg's forkserver is started from a worker thread.
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in children.read_text().split():
                found.append(int(child))
                found.extend(_children(int(child)))
    return found


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _launch(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start ``command`` in its own session; it gets SIGTERM if the benchmark dies."""
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
            env=env,
        )


def wait_until_answering(url: str, process: subprocess.Popen, timeout: float = 600) -> float:
    """Poll ``url`` with ASK {} until it answers; return the seconds waited."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            status = httpx.get(url, params={"query": "ASK {}"}, timeout=5).status_code
            if status == 200:
                return time.perf_counter() - start
            raise RuntimeError(f"{url} answers ASK {{}} with HTTP {status}")
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def start_imkg(
    dataset: Path, workdir: Path, *, name: str = "imkg", env: dict[str, str] | None = None
) -> Server:
    """Load ``dataset`` into a fresh imkg data directory and serve it with ``imkg serve``.

    ``env`` adds environment variables (``IMKG_QUERY_CACHE=0`` serves without the cache).
    """
    import pyoxigraph as ox

    data_dir = workdir / ("imkg-data" if name == "imkg" else f"{name}-data".replace(" ", "-"))
    (data_dir / "store").mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    store = ox.Store(str(data_dir / "store"))
    store.bulk_load(path=str(dataset), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    load = time.perf_counter() - start
    port = free_port()
    command = [str(BIN / "imkg"), "serve", "--data-dir", str(data_dir), "--no-corpus",
               "--port", str(port)]  # fmt: skip
    log = workdir / f"{data_dir.name}.log"
    process = _launch(command, log, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    server = Server(name, base + "/sparql", process, base_url=base)
    server.load_seconds = load + wait_until_answering(server.query_url, process)
    return server


def start_oxigraph(dataset: Path, workdir: Path) -> Server:
    """Load ``dataset`` with ``oxigraph load`` and serve it with ``serve-read-only``."""
    location = workdir / "oxigraph-data"
    start = time.perf_counter()
    subprocess.run(
        [str(BIN / "oxigraph"), "load", "--location", str(location), "--file", str(dataset)],
        check=True,
        capture_output=True,
    )
    load = time.perf_counter() - start
    port = free_port()
    command = [
        str(BIN / "oxigraph"),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    process = _launch(command, workdir / "oxigraph.log")
    server = Server("oxigraph", f"http://127.0.0.1:{port}/query", process)
    server.load_seconds = load + wait_until_answering(server.query_url, process)
    return server


def start_rdflib_endpoint(dataset: Path, workdir: Path) -> Server:
    """Serve ``dataset`` with rdflib-endpoint (rdflib's own SPARQL engine)."""
    port = free_port()
    command = [
        str(BIN / "rdflib-endpoint"),
        "serve",
        str(dataset),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    process = _launch(command, workdir / "rdflib-endpoint.log")
    server = Server("rdflib-endpoint", f"http://127.0.0.1:{port}/", process)
    server.load_seconds = wait_until_answering(server.query_url, process)
    return server


FLOOR_APP = """
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/sparql-results+json")]})
    await send({"type": "http.response.body", "body": b'{"head":{},"boolean":true}'})
"""


def start_floor(workdir: Path) -> Server:
    """A minimal ASGI app on uvicorn returning a constant: the best Python HTTP can do."""
    (workdir / "floor_app.py").write_text(FLOOR_APP)
    port = free_port()
    command = [
        str(BIN / "uvicorn"),
        "floor_app:app",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--log-level",
        "warning",
        "--app-dir",
        str(workdir),
    ]
    process = _launch(command, workdir / "floor.log")
    server = Server("floor", f"http://127.0.0.1:{port}/", process)
    server.load_seconds = wait_until_answering(server.query_url, process)
    return server

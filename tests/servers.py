"""Start real servers for tests: ``imkg serve`` and ``oxigraph serve`` on 127.0.0.1.

Every server gets a free port, logs to a file beside its data, and is stopped by
:meth:`Server.stop` (fixtures call it in teardown). On Linux the child also receives
SIGTERM if the test process dies, so no server outlives a crashed test run.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
TOKEN = "test-update-token"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Server:
    """A running server process and the base URL it answers on."""

    process: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        """Stop the server: SIGTERM, then SIGKILL if it has not gone within 10 s."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def output(self) -> str:
        """Return what the server has printed so far."""
        return self.log.read_text(errors="replace")


def _start(
    command: list[str], log: Path, ready_url: str, timeout: float, env: dict | None = None
) -> Server:
    handle = log.open("wb")
    process = subprocess.Popen(
        command, stdout=handle, stderr=subprocess.STDOUT, env=env, preexec_fn=_die_with_parent
    )
    handle.close()
    server = Server(process, ready_url.rsplit("/", 1)[0], log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited with {process.returncode}:\n{server.output()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(ready_url, timeout=2).status_code == 200:
                return server
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"{command[0]} did not answer within {timeout} s:\n{server.output()}")


def build_data_dir(data_dir: Path) -> Path:
    """Build the bundled ontology into ``data_dir`` with ``imkg build``; return it."""
    subprocess.run(
        [str(BIN / "imkg"), "build", "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return data_dir


def start_imkg(
    data_dir: Path,
    *args: str,
    template: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120.0,
    corpus: bool = False,
) -> Server:
    """Start ``imkg serve --no-corpus`` on a free port; copy ``template`` data in first.

    With ``corpus`` the server ingests the bundled corpus before it answers, as a user's does.
    """
    if template is not None and not data_dir.exists():
        shutil.copytree(template, data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [str(BIN / "imkg"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--data-dir", str(data_dir), *([] if corpus else ["--no-corpus"]), *args]
    environment = {**os.environ, **(env or {})}
    environment.pop("IMKG_UPDATE_TOKEN", None)
    environment.pop("IMKG_STORE", None)
    log = data_dir.parent / f"{data_dir.name}-serve.log"
    return _start(command, log, f"http://127.0.0.1:{port}/health", timeout, environment)


def start_oxigraph(location: Path, timeout: float = 60.0) -> Server:
    """Start ``oxigraph serve`` (PyPI package ``oxigraph``) on a free port."""
    port = free_port()
    command = [str(BIN / "oxigraph"), "serve", "--location", str(location)]
    command += ["--bind", f"127.0.0.1:{port}"]
    log = location.parent / f"{location.name}-oxigraph.log"
    server = _start(command, log, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout)
    server.url = f"http://127.0.0.1:{port}"
    return server

"""Throughput with N concurrent clients, bounded in time: ``wrk`` when installed, else Python.

``wrk`` (Debian package ``wrk``; ``make bench`` installs it when it can) is a C load generator
that leaves most of the two cores to the server under test. The fallback is a small asyncio
client on raw keep-alive connections with pre-encoded requests, much lighter than an HTTP
library but still heavier than wrk: figures from the two are not comparable, so the report
names the one it used.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

ACCEPT = "application/sparql-results+json"


@dataclass
class Rate:
    """Requests per second and how many requests failed (non-2xx, errors, timeouts)."""

    per_second: float
    errors: int = 0


def tool() -> str:
    """Name the load generator this machine uses."""
    return "wrk" if shutil.which("wrk") else "python-asyncio"


def throughput(url: str, query: str, *, clients: int = 8, seconds: float = 5.0) -> Rate:
    """Requests per second for GET ``url?query=...`` with ``clients`` connections."""
    target = f"{url}?{urlencode({'query': query})}"
    if tool() == "wrk":
        return _wrk(target, clients, seconds)
    return asyncio.run(_python(target, clients, seconds))


def _wrk(target: str, clients: int, seconds: float) -> Rate:
    command = ["wrk", "-t2", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
               "-H", f"Accept: {ACCEPT}", target]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    count = int(bad[1]) if bad else 0
    count += sum(int(n) for n in errors.groups()) if errors else 0
    return Rate(float(rate[1]) if rate else 0.0, count)


async def _python(target: str, clients: int, seconds: float) -> Rate:
    parts = urlsplit(target)
    request = (
        f"GET {parts.path or '/'}?{parts.query} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Accept: {ACCEPT}\r\n\r\n"
    ).encode()
    deadline = time.perf_counter() + seconds
    done = errors = 0

    async def client() -> None:
        nonlocal done, errors
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            while time.perf_counter() < deadline:
                writer.write(request)
                status, length = await _read_head(reader)
                await reader.readexactly(length)
                done += 1
                errors += not 200 <= status < 300
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return Rate(done / (time.perf_counter() - start), errors)


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, int]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    found = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
    if found is None:
        raise RuntimeError("the benchmark client needs Content-Length responses")
    return status, int(found[1])

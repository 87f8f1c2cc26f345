"""Load (issue 8): many concurrent clients mixing SPARQL, ``/api/ask`` and page views get
no errors, and slow-loris connections do not starve anyone.

The quick version (``make test``) runs 50 clients for 5 s; ``IMKG_SLOW=1`` (``make
reliability``) runs 200 clients for 30 s. Loopback only; every loop stops by itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import imkg_test_reliability as rel
import imkg_test_servers as servers
import pytest

CLIENTS, SECONDS = (200, 30.0) if rel.SLOW else (50, 5.0)
LORIS_SOCKETS = 500 if rel.SLOW else 100
HEADER_TIMEOUT = 2.0
P = "PREFIX imkg: <https://w3id.org/imkg/ontology#> PREFIX imc: <https://w3id.org/imkg/concept/> "
MIX: list[rel.Request] = [
    ("GET", "/sparql", {"params": {"query": "ASK { ?s ?p ?o }"}}),
    ("POST", "/sparql", {"data": {"query": P + "SELECT ?x WHERE { ?x imkg:influences "
                                  "imc:customer-satisfaction }"}}),
    ("GET", "/api/ask", {"params": {"q": "what influences job satisfaction"}}),
    ("GET", "/", {}),
    ("POST", "/sparql", {"data": {"query": P + "SELECT ?c (COUNT(?l) AS ?n) WHERE "
                                  "{ ?c a imkg:Component ; ?p ?l } GROUP BY ?c"}}),
    ("GET", "/concept/empowerment", {}),
    ("GET", "/api/search", {"params": {"q": "motivated staff"}}),
    ("GET", "/api/concepts/job-satisfaction", {}),
]  # fmt: skip


@pytest.fixture(scope="module")
def load_server(tmp_path_factory, built_data_dir) -> Iterator[str]:
    """A server of its own, with a short header timeout so slow lorises are cut quickly."""
    server = servers.start_imkg(
        tmp_path_factory.mktemp("load") / "data",
        template=built_data_dir,
        env={"IMKG_HEADER_TIMEOUT": str(HEADER_TIMEOUT)},
    )
    yield server.url
    server.stop()


def test_load_of_concurrent_clients_gets_no_errors(load_server: str) -> None:
    for _, path, kwargs in MIX:  # warm the caches first: the figures are for a warm server
        httpx.request("GET" if "params" in kwargs or not kwargs else "POST", load_server + path,
                      timeout=60, **kwargs)  # fmt: skip
    result = rel.run_load(load_server, MIX, clients=CLIENTS, seconds=SECONDS)
    figures = result.summary()
    print(f"\nload: {figures}")
    rel.record("load", figures)
    assert result.errors == {}
    assert result.requests > CLIENTS
    assert rel.health_ok(load_server)


def test_slow_loris_does_not_starve_other_clients(load_server: str) -> None:
    answered = []
    with rel.slow_loris(load_server, LORIS_SOCKETS) as loris:
        time.sleep(0.5)
        deadline = time.monotonic() + HEADER_TIMEOUT * 2 + 2
        while time.monotonic() < deadline:
            started = time.monotonic()
            response = httpx.get(f"{load_server}/sparql", params={"query": "ASK {}"}, timeout=10)
            assert response.status_code == 200
            answered.append(time.monotonic() - started)
            time.sleep(0.1)
        while loris["closed"] < LORIS_SOCKETS and time.monotonic() < deadline + 5:
            time.sleep(0.2)
    figures = {"sockets": LORIS_SOCKETS, "closed_by_server": loris["closed"],
               "answers": loris["answers"], "others_served": len(answered),
               "others_max_ms": round(max(answered) * 1000, 1)}  # fmt: skip
    print(f"\nslow loris: {figures}")
    rel.record("slow_loris", figures)
    assert max(answered) < 1.0
    assert loris["closed"] == LORIS_SOCKETS, "the server kept slow connections open"
    assert loris["answers"].get("408", 0) == LORIS_SOCKETS


def _request(path: str, host: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()


def _read_response(sock, timeout: float) -> bytes:
    """Read one whole response (head and a content-length body) from ``sock``."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)  # fmt: skip
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_a_kept_alive_connection_is_idle_between_requests_not_slow(load_server: str) -> None:
    """Between requests the header timer does not run (the next request, sent after longer
    than the header timeout, is answered), but a next request that trickles in is cut."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(load_server)
    host = f"{address.hostname}:{address.port}"
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(_request("/health", host))
        assert _read_response(sock, 10).startswith(b"HTTP/1.1 200")
        time.sleep(HEADER_TIMEOUT + 1)  # idle, within the keep-alive timeout
        sock.sendall(_request("/health", host))
        assert _read_response(sock, 10).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        request = _request("/health", host)
        sock.settimeout(0.5)
        reply = b""
        for byte in request[:-2]:  # a byte at a time, never finishing the headers
            try:
                sock.sendall(bytes([byte]))
                reply += sock.recv(65536)
            except TimeoutError:
                pass
            except OSError:
                break
            if reply or time.monotonic() - started > HEADER_TIMEOUT * 3:
                break
        assert reply.startswith(b"HTTP/1.1 408"), reply[:80]
        assert time.monotonic() - started < HEADER_TIMEOUT * 3


def _idle_then_ask_again(url: str, idle: float) -> bytes | None:
    """Ask on one connection, stay idle ``idle`` seconds, ask again: the second status line,
    or None when the server closed the connection meanwhile."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(url)
    host = f"{address.hostname}:{address.port}"
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(_request("/health", host))
        assert _read_response(sock, 10).startswith(b"HTTP/1.1 200")
        time.sleep(idle)
        try:
            sock.sendall(_request("/health", host))
            return _read_response(sock, 10).split(b"\r\n", 1)[0] or None
        except OSError:
            return None


def test_an_idle_connection_outlives_the_clients_own_keep_alive(load_server: str) -> None:
    """httpx keeps an idle connection 5 s, uvicorn's default too: the two raced, and a
    request sent as the server closed failed (a ReadError under load). The server now waits
    longer than such clients, so they close first."""
    assert _idle_then_ask_again(load_server, 6.0) == b"HTTP/1.1 200 OK"


def test_the_keep_alive_timeout_is_configurable(tmp_path, built_data_dir) -> None:
    server = servers.start_imkg(tmp_path / "data", template=built_data_dir,
                                env={"IMKG_KEEP_ALIVE": "1"})  # fmt: skip
    try:
        assert _idle_then_ask_again(server.url, 0.2) == b"HTTP/1.1 200 OK"
        assert _idle_then_ask_again(server.url, 2.5) is None
        assert _short_idle_spells_keep_it_open(server.url)
    finally:
        server.stop()


def _short_idle_spells_keep_it_open(url: str) -> bool:
    """With a 1 s keep-alive, requests 0.6 s apart for 3 s are all answered on one
    connection (the timeout counts one idle spell, not the connection's age), and it is
    closed after an idle spell of 2.5 s."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(url)
    host = f"{address.hostname}:{address.port}"
    with socket.create_connection((address.hostname, address.port)) as sock:
        for _ in range(5):
            sock.sendall(_request("/health", host))
            if not _read_response(sock, 10).startswith(b"HTTP/1.1 200"):
                return False
            time.sleep(0.6)
        time.sleep(1.9)
        sock.settimeout(5)
        try:
            sock.sendall(_request("/health", host))
            return sock.recv(100) == b""  # closed by the server meanwhile
        except OSError:
            return True

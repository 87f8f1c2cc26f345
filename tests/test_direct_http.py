"""Plain SPARQL GETs answered by the HTTP protocol itself, without an ASGI cycle.

A real ``imkg serve`` on 127.0.0.1, spoken to over raw sockets, so that keep-alive,
pipelining, HTTP/1.0 and dropped connections are exercised as clients produce them. The
answers must be those the app gives: a cross-origin request (``Origin``) still takes the
app's way and serves as the reference.
"""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import quote, urlsplit

import httpx

CARTESIAN = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
)
ACCEPT = "application/sparql-results+json"


def _numbered(n: int) -> str:
    return f"SELECT ?n WHERE {{ VALUES ?n {{ {n} }} }}"


def _request(query: str, host: str, *, version: str = "1.1", extra: str = "") -> bytes:
    return (
        f"GET /sparql?query={quote(query)} HTTP/{version}\r\nHost: {host}\r\n"
        f"Accept: {ACCEPT}\r\n{extra}\r\n"
    ).encode()


class _Reader:
    """Reads HTTP/1.1 responses (with Content-Length) one after another off a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def response(self) -> tuple[int, dict[str, str], bytes]:
        while b"\r\n\r\n" not in self.buffer:
            self._more()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", 0))
        while len(self.buffer) < length:
            self._more()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(lines[0].split()[1]), headers, body

    def _more(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk


def _connect(url: str) -> tuple[socket.socket, str]:
    address = urlsplit(url)
    sock = socket.create_connection((address.hostname, address.port), timeout=30)
    return sock, f"{address.hostname}:{address.port}"


def _value(body: bytes) -> str:
    import json

    return json.loads(body)["results"]["bindings"][0]["n"]["value"]


def test_a_direct_answer_is_the_apps_answer(live_server):
    query = "SELECT ?s WHERE { ?s a <http://www.w3.org/2004/02/skos/core#Concept> } LIMIT 3"
    headers = {"Accept": ACCEPT}
    direct = httpx.get(f"{live_server}/sparql", params={"query": query}, headers=headers)
    through_app = httpx.get(
        f"{live_server}/sparql",
        params={"query": query},
        headers={**headers, "Origin": "http://example.org"},
    )
    assert direct.status_code == through_app.status_code == 200
    assert direct.content == through_app.content
    for name in ("content-type", "server"):
        assert direct.headers[name] == through_app.headers[name]
    assert direct.headers["vary"] == "Accept"  # the app adds Origin for CORS
    assert "access-control-allow-origin" in through_app.headers  # the app's way, for sure
    assert direct.headers["date"]


def test_plain_gets_take_the_short_way_and_others_the_apps(live_server):
    """``/health`` counts the queries the protocol answered itself: plain GETs add to the
    count; a cross-origin GET, a POST and a GET without a query do not."""

    def count() -> int:
        return httpx.get(f"{live_server}/health").json()["direct_answers"]

    url, params = f"{live_server}/sparql", {"query": _numbered(11)}
    before = count()
    for _ in range(3):
        assert httpx.get(url, params=params).status_code == 200
    assert count() == before + 3
    assert httpx.get(url, params=params, headers={"Origin": "http://a.example"}).is_success
    assert httpx.post(url, data=params).is_success
    assert httpx.get(url).is_success  # the service description
    assert count() == before + 3


def test_a_question_takes_the_short_way_with_the_apps_answer(live_server):
    def count() -> int:
        return httpx.get(f"{live_server}/health").json()["direct_answers"]

    url = f"{live_server}/api/ask"
    question = {"q": "what comes after code breaking"}
    before = count()
    direct = httpx.get(url, params=question)
    assert count() == before + 1
    through_app = httpx.get(url, params=question, headers={"Origin": "http://a.example"})
    assert direct.status_code == through_app.status_code == 200
    assert direct.content == through_app.content
    assert direct.headers["content-type"] == through_app.headers["content-type"]
    assert "vary" not in direct.headers
    assert [a["id"] for a in direct.json()["answers"]] == ["authorising"]
    too_long = httpx.get(url, params={"q": "why " * 200})
    assert too_long.status_code in (400, 422)  # the app's own validation
    assert count() == before + 1


def test_many_queries_on_one_connection_each_get_their_own_answer(live_server):
    sock, host = _connect(live_server)
    with sock:
        reader = _Reader(sock)
        for n in range(40):
            sock.sendall(_request(_numbered(n), host))
            status, headers, body = reader.response()
            assert status == 200
            assert headers["content-type"].startswith(ACCEPT)
            assert _value(body) == str(n)


def test_pipelined_requests_are_answered_in_order(live_server):
    """Several requests in one write, queries and another route mixed: the answers come
    back in the order asked, each with its own body."""
    sock, host = _connect(live_server)
    with sock:
        health = f"GET /health HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        sock.sendall(
            _request(_numbered(1), host)
            + _request(_numbered(2), host)
            + health
            + _request(_numbered(3), host)
        )
        reader = _Reader(sock)
        answers = [reader.response() for _ in range(4)]
    assert [status for status, _, _ in answers] == [200] * 4
    assert [_value(answers[i][2]) for i in (0, 1, 3)] == ["1", "2", "3"]
    assert b"status" in answers[2][2]


def test_an_http_1_0_request_gets_its_answer_and_the_connection_closes(live_server):
    sock, host = _connect(live_server)
    with sock:
        sock.sendall(_request(_numbered(7), host, version="1.0"))
        reader = _Reader(sock)
        status, headers, body = reader.response()
        assert status == 200
        assert headers["connection"] == "close"
        assert _value(body) == "7"
        assert sock.recv(100) == b""


def test_connection_close_is_honoured(live_server):
    sock, host = _connect(live_server)
    with sock:
        sock.sendall(_request(_numbered(8), host, extra="Connection: close\r\n"))
        status, headers, body = _Reader(sock).response()
        assert (status, headers["connection"], _value(body)) == (200, "close", "8")
        assert sock.recv(100) == b""


def test_a_get_expecting_100_continue_goes_the_apps_way(live_server):
    def count() -> int:
        return httpx.get(f"{live_server}/health").json()["direct_answers"]

    before = count()
    sock, host = _connect(live_server)
    with sock:
        sock.sendall(_request(_numbered(4), host, extra="Expect: 100-continue\r\n"))
        reader = _Reader(sock)
        status, _, body = reader.response()
        if status == 100:  # an interim answer may come first
            status, _, body = reader.response()
    assert (status, _value(body)) == (200, "4")
    assert count() == before


def _status_after(url: str, raw: bytes) -> tuple[int, bytes]:
    sock, _ = _connect(url)
    with sock:
        sock.sendall(raw)
        status, _, body = _Reader(sock).response()
        return status, body


def test_requests_that_are_not_plain_are_left_to_httptools(live_server):
    """A request read without httptools must be a plain one: anything with a body, an odd
    header or an odd target is parsed by httptools instead, and answered as before."""
    host = urlsplit(live_server).netloc
    target = f"/sparql?query={quote(_numbered(6))}"
    plain = f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: {ACCEPT}\r\n"
    with_body = plain + "Content-Length: 5\r\n\r\nhello"
    status, body = _status_after(live_server, with_body.encode())
    assert (status, _value(body)) == (200, "6")
    empty_body = plain + "Content-Length: 0\r\n\r\n"
    assert _status_after(live_server, empty_body.encode())[0] == 200
    latin1 = plain.encode() + b"X-Note: caf\xe9\r\n\r\n"  # obs-text in a value
    assert _status_after(live_server, latin1)[0] == 200
    fragment = f"GET {target}#part HTTP/1.1\r\nHost: {host}\r\n\r\n"
    status, body = _status_after(live_server, fragment.encode())
    assert (status, _value(body)) == (200, "6")  # the fragment is not part of the query
    folded = plain + "X-Long: one\r\n two\r\n\r\n"  # obsolete line folding
    assert _status_after(live_server, folded.encode())[0] in (200, 400)
    lower = f"get {target} HTTP/1.1\r\nHost: {host}\r\n\r\n"
    assert _status_after(live_server, lower.encode())[0] >= 400


def test_a_query_the_engine_refuses_gets_the_apps_error(live_server):
    bad = "SELECT ?s WHERE {\n  ?s ?p }"
    direct = httpx.get(f"{live_server}/sparql", params={"query": bad})
    through_app = httpx.get(
        f"{live_server}/sparql", params={"query": bad}, headers={"Origin": "http://example.org"}
    )
    assert direct.status_code == through_app.status_code == 400
    assert direct.json() == through_app.json()
    assert direct.json()["line"] == 2


def test_concurrent_clients_each_get_their_own_answer(live_server):
    wrong: list[tuple[int, str]] = []

    def client(first: int) -> None:
        sock, host = _connect(live_server)
        with sock:
            reader = _Reader(sock)
            for n in range(first, first + 25):
                sock.sendall(_request(_numbered(n), host))
                status, _, body = reader.response()
                if status != 200 or _value(body) != str(n):
                    wrong.append((n, body.decode()[:80]))

    threads = [threading.Thread(target=client, args=(k * 1000,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_a_runaway_query_is_stopped_and_the_connection_goes_on(guarded_server):
    sock, host = _connect(guarded_server)
    with sock:
        reader = _Reader(sock)
        started = time.monotonic()
        sock.sendall(_request(CARTESIAN, host))
        status, _, body = reader.response()
        assert status == 503
        assert b"exceeded the 2 s limit" in body
        assert time.monotonic() - started < 8
        sock.sendall(_request(_numbered(5), host))
        status, _, body = reader.response()
        assert (status, _value(body)) == (200, "5")


def test_a_client_that_leaves_mid_query_harms_no_one(guarded_server):
    for _ in range(3):
        sock, host = _connect(guarded_server)
        sock.sendall(_request(CARTESIAN, host))
        time.sleep(0.1)
        sock.close()
    response = httpx.get(
        f"{guarded_server}/sparql", params={"query": _numbered(9)}, headers={"Accept": ACCEPT}
    )
    assert response.status_code == 200
    assert _value(response.content) == "9"


def test_the_rest_of_a_refused_body_is_not_read_as_the_next_request(live_server):
    """A body refused from its Content-Length (413, or 401 without a token) before it was
    sent whole: its rest was counted as the next request's headers, and the next request
    on the connection got a 431 (or, under 1 MB, a request hidden at the body's end was
    answered). Now the rest is read as the body it is, and only then the next request."""
    sock, host = _connect(live_server)
    hidden = _request(_numbered(999), host)
    length = 1_500_000
    head = (
        f"POST /update HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-update\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    with sock:
        reader = _Reader(sock)
        sock.sendall(head)
        status, _, _ = reader.response()
        assert status in (401, 403, 413)
        sock.sendall(b" " * (length - len(hidden)) + hidden)
        sock.sendall(_request(_numbered(7), host))
        status, _, body = reader.response()
        assert status == 200 and _value(body) == "7"

"""Hostile requests against a live server, as a table of probes (issue 8).

Each probe is sent to a running ``imkg serve`` and must end within its limit with the
status it names (a clear 4xx, or a 503 that says the time limit was hit), change nothing in
the store (quad count and a hash of every quad, before and after), contact nothing outside
(a listener on 127.0.0.1 stands in for any host a query names, and must see no
connection), and leave the server answering ``/health`` right after.

``test_sparql_safety.py`` checks the individual refusals in depth; this table is the
battery the issue lists, each one checked for the four properties above.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import imkg_test_reliability as rel
import imkg_test_servers
import pytest
from imkg_test_formats import padded_docx

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
TURTLE = "text/turtle"
BOUNDARY = "imkg-probe-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
P = "PREFIX imkg: <https://w3id.org/imkg/ontology#>\n"
CYCLE = "(imkg:directlyInfluences|imkg:directlyInfluencedBy)*"  # each edge and its inverse
INSERT = "INSERT DATA { GRAPH <urn:hostile> { <urn:hostile> <urn:p> 1 } }"
DROP = "DROP ALL"
ONTOLOGY = "https://w3id.org/imkg/graph/ontology"
TIMED_OUT = 8.0  # the guarded server's 2 s query limit, plus a worker restart on 2 cores
QUICK = 3.0
WITH_TOKEN = {"Authorization": f"Bearer {imkg_test_servers.TOKEN}"}


@dataclass(frozen=True)
class Probe:
    """One hostile request: what to send, which statuses are right, how long it may take."""

    name: str
    method: str
    path: str
    expect: frozenset[int]
    limit: float = QUICK
    content: bytes | str | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    server: str = "guarded"  # "guarded": token configured, 2 s limit; "live": no token

    def send(self, url: str, port: int) -> httpx.Response:
        """Send the probe, with PORT in its path or body replaced by the listener's port."""
        headers = dict(self.headers)
        if self.content_type:
            headers["Content-Type"] = self.content_type
        content = self.content
        if isinstance(content, str):
            content = content.replace("PORT", str(port)).encode()
        return httpx.request(
            self.method,
            url + self.path.replace("PORT", str(port)),
            content=content,
            headers=headers,
            timeout=self.limit + 5,
        )


def upload(filename: str, data: bytes) -> bytes:
    """A multipart body holding one file in the field ``file``."""
    head = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n')  # fmt: skip
    return head.encode() + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def form(name: str, value: str) -> str:
    """Encode one form field."""
    return str(httpx.QueryParams({name: value}))


def query_probe(name: str, query: str, expect: set[int], limit: float = QUICK) -> Probe:
    """A query POSTed as a form to /sparql."""
    return Probe(name, "POST", "/sparql", frozenset(expect), limit, form("query", query), FORM)


def write_probes(label: str, operation: str) -> list[Probe]:
    """An unauthenticated write sent to every endpoint that accepts a body."""
    turtle = "<urn:hostile> <urn:p> 1 ."
    bearer_wrong = {"Authorization": "Bearer wrong-token"}
    graph = "/store?graph=urn:hostile"
    return [
        query_probe(f"{label} as a /sparql form query", operation, {400}),
        Probe(f"{label} as a /sparql direct query", "POST", "/sparql", frozenset({400}),
              content=operation, content_type=QUERY),
        Probe(f"{label} as a /sparql direct update", "POST", "/sparql", frozenset({400}),
              content=operation, content_type=UPDATE),
        Probe(f"{label} on /update without a token", "POST", "/update", frozenset({401}),
              content=form("update", operation), content_type=FORM),
        Probe(f"{label} on /update, direct, without a token", "POST", "/update",
              frozenset({401}), content=operation, content_type=UPDATE),
        Probe(f"{label} on /update with a wrong token", "POST", "/update", frozenset({403}),
              content=form("update", operation), content_type=FORM, headers=bearer_wrong),
        Probe(f"{label} on /update of a server without writes", "POST", "/update",
              frozenset({403}), content=form("update", operation), content_type=FORM,
              headers=bearer_wrong, server="live"),
        Probe(f"{label}: PUT /store without a token", "PUT", graph, frozenset({401}),
              content=turtle, content_type=TURTLE),
        Probe(f"{label}: PUT /store with a wrong token", "PUT", f"/store?graph={ONTOLOGY}",
              frozenset({403}), content=turtle, content_type=TURTLE, headers=bearer_wrong),
        Probe(f"{label}: POST /store without a token", "POST", graph, frozenset({401}),
              content=turtle, content_type=TURTLE),
        Probe(f"{label}: DELETE /store without a token", "DELETE", f"/store?graph={ONTOLOGY}",
              frozenset({401})),
        Probe(f"{label}: DELETE /store with a wrong token", "DELETE",
              f"/store?graph={ONTOLOGY}", frozenset({403}), headers=bearer_wrong),
        Probe(f"{label}: PUT /store?default without a token", "PUT", "/store?default",
              frozenset({401}), content=turtle, content_type=TURTLE),
        # The JSON API's bodies are texts to analyse: the update is tagged, never run.
        Probe(f"{label} posted to /api/tag", "POST", "/api/tag", frozenset({200}),
              content=operation, content_type="text/plain", limit=10),
        Probe(f"{label} posted to /api/coverage", "POST", "/api/coverage", frozenset({200}),
              content=operation, content_type="text/plain", limit=10),
        Probe(f"{label} POSTed to /api/ask", "POST", "/api/ask", frozenset({405}),
              content=operation, content_type="text/plain"),
    ]  # fmt: skip


TEN_MB = 10_000_000
PROBES = [
    Probe("empty GET query", "GET", "/sparql?query=", frozenset({400})),
    Probe("empty direct query", "POST", "/sparql", frozenset({400}), content=b"",
          content_type=QUERY),
    query_probe("empty form query", "", {400}),
    query_probe("malformed query", "SELECT ?s WHERE { ?s ?p", {400}),
    query_probe("garbage query", "}}{{ SELEKT * FROM WHERE ;; \x00", {400}),
    Probe("invalid UTF-8 body", "POST", "/sparql", frozenset({400}),
          content=b"ASK { ?s ?p \"\xff\xfe\" }", content_type=QUERY),
    Probe("invalid UTF-8 in the URL", "GET", "/sparql?query=ASK%20%7B%FF%7D", frozenset({400})),
    Probe("UTF-16 body without BOM", "POST", "/sparql", frozenset({400}),
          content="ASK { ?s ?p ?o }".encode("utf-16-le"), content_type=QUERY),
    Probe("UTF-16 body with BOM and charset", "POST", "/sparql", frozenset({400}),
          content="ASK { ?s ?p ?o }".encode("utf-16"),
          content_type=f"{QUERY}; charset=utf-16"),
    Probe("UTF-16 text to /api/tag", "POST", "/api/tag", frozenset({400}),
          content="Empowerment matters.".encode("utf-16"), content_type="text/plain"),
    Probe("10 MB direct query", "POST", "/sparql", frozenset({413}),
          content=b"ASK {" + b" " * TEN_MB + b"}", content_type=QUERY),
    Probe("10 MB form query", "POST", "/sparql", frozenset({413}),
          content=b"query=" + b"A" * TEN_MB, content_type=FORM),
    Probe("10 MB text to /api/tag", "POST", "/api/tag", frozenset({413}),
          content=b"word " * (TEN_MB // 5), content_type="text/plain"),
    Probe("10 MB text to /api/coverage", "POST", "/api/coverage", frozenset({413}),
          content=b"word " * (TEN_MB // 5), content_type="text/plain"),
    # Runs of brackets and rules, which make spaCy's tokenizer quadratic (the tokenizer guard)
    # and a text without full stops made of reading-list headings (the syllabus-scope rules).
    Probe("900 KB of brackets to /api/tag", "POST", "/api/tag", frozenset({200}),
          content=b"(" * 450_000 + b" empowerment " + b")" * 450_000,
          content_type="text/plain", limit=20),
    Probe("900 KB of brackets and rules to /api/coverage", "POST", "/api/coverage",
          frozenset({200}), content=(b"=-" * 50 + b" empowerment ((((( ") * 7_000,
          content_type="text/plain", limit=20),
    # Packed and nested files: a DOCX whose XML unpacks to 100 MB (refused before parsing),
    # and HTML nested 90,000 elements deep (the block search was quadratic in the depth).
    Probe("a DOCX that unpacks to 100 MB to /api/coverage", "POST", "/api/coverage",
          frozenset({400}), content=upload("outline.docx", padded_docx(2_000_000)),
          content_type=MULTIPART, limit=20),
    Probe("HTML nested 90,000 deep to /api/coverage", "POST", "/api/coverage", frozenset({200}),
          content=b"<html><body>" + b"<div>" * 90_000 + b"empowerment" + b"</div>" * 90_000,
          content_type="text/html", limit=30),
    Probe("reading-list headings to /api/coverage", "POST", "/api/coverage", frozenset({200}),
          content=b"".join(b"## References %d\n(2019) empowerment\n" % i
                           for i in range(20_000)),
          content_type="text/plain", limit=20),
    Probe("unknown Accept", "POST", "/sparql", frozenset({406}), content="ASK {}",
          content_type=QUERY, headers={"Accept": "application/x-unknown"}),
    Probe("unknown Content-Type", "POST", "/sparql", frozenset({415}), content="ASK {}",
          content_type="application/x-unknown"),
    Probe("unknown Content-Type on /store", "PUT", "/store?graph=urn:x", frozenset({415}),
          content="x", content_type="application/x-unknown",
          headers=WITH_TOKEN),
    Probe("unknown Content-Type on /api/tag", "POST", "/api/tag", frozenset({415}),
          content="x", content_type="application/x-unknown"),
    query_probe("1,000-deep nested group", "SELECT * WHERE " + "{" * 1000 + "?s ?p ?o"
                + "}" * 1000, {400}),
    query_probe("five-way cartesian product",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
                "?j ?k ?l . ?m ?n2 ?o }", {503}, TIMED_OUT),
    query_probe("exploding property path over a cycle",
                P + f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a {CYCLE} ?b . ?c {CYCLE} ?d . "
                f"?e {CYCLE} ?f }}", {503}, TIMED_OUT),
    query_probe("catastrophic REGEX over all pairs of triples",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 "
                'FILTER(REGEX(CONCAT(STR(?o), STR(?o2)), "^(([a-z])+.)+[A-Z]([a-z])+$")) }',
                {503}, TIMED_OUT),
    # Oxigraph's regex engine is linear-time: the classic backtracking bomb is answered.
    query_probe("backtracking REGEX on one long string",
                'SELECT * WHERE { BIND(REGEX("' + "a" * 30_000 + '!", "^(a+)+$") AS ?x) }',
                {200}),
    query_probe("SERVICE to a loopback port",
                "SELECT * WHERE { SERVICE <http://127.0.0.1:PORT/sparql> { ?s ?p ?o } }", {403}),
    query_probe("SERVICE SILENT to localhost",
                "SELECT * WHERE { SERVICE SILENT <http://localhost:PORT/> { ?s ?p ?o } }",
                {403}),
    query_probe("SERVICE to a link-local address",
                "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/> "
                "{ ?s ?p ?o } }", {403}, 1.0),
    Probe("LOAD <file:///etc/passwd> with the token", "POST", "/update", frozenset({403}),
          content=form("update", "LOAD <file:///etc/passwd> INTO GRAPH <urn:passwd>"),
          content_type=FORM,
          headers=WITH_TOKEN),
    Probe("LOAD from a loopback port with the token", "POST", "/update", frozenset({403}),
          content=form("update", "LOAD <http://127.0.0.1:PORT/x.ttl>"), content_type=FORM,
          headers=WITH_TOKEN),
    Probe("LOAD <file:///etc/passwd> without a token", "POST", "/update", frozenset({401}),
          content=form("update", "LOAD <file:///etc/passwd>"), content_type=FORM),
    query_probe("LOAD as a query", "LOAD <file:///etc/passwd>", {400, 403}),
    *write_probes("INSERT DATA", INSERT),
    *write_probes("DROP ALL", DROP),
]  # fmt: skip


@pytest.fixture(scope="module")
def listener() -> Iterator[rel.Listener]:
    """Stands in for every host a probe names: it must never be contacted."""
    recorder = rel.Listener()
    yield recorder
    recorder.close()


@pytest.fixture(scope="module")
def servers(live_server: str, guarded_server: str) -> dict[str, str]:
    return {"live": live_server, "guarded": guarded_server}


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_hostile_probe_is_refused_in_time_and_changes_nothing(probe, servers, listener):
    url = servers[probe.server]
    before = rel.fingerprint(url)
    started = time.monotonic()
    response = probe.send(url, listener.port)
    elapsed = time.monotonic() - started
    assert response.status_code in probe.expect, response.text[:300]
    assert elapsed < probe.limit, f"took {elapsed:.1f} s"
    if response.status_code == 503:
        assert "exceeded" in response.json()["error"]
    if response.status_code >= 400 and response.headers.get("content-type", "").startswith(
        "application/json"
    ):
        assert response.json()["error"]
    assert rel.health_ok(url), "the server did not answer /health right after"
    assert rel.fingerprint(url) == before, "the store changed"
    assert listener.connections == [], "the server contacted the listener"


def raw_exchange(url: str, data: bytes, *, wait: float = 10.0) -> bytes:
    """Send raw bytes on a new connection; return the first bytes of the answer."""
    with socket.create_connection(rel.host_port(url), timeout=wait) as sock:
        with contextlib.suppress(OSError):  # the server may answer and hang up before the end
            sock.sendall(data)
        return sock.recv(200)


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("a 5 MB header", b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 5_000_000
         + b"\r\n\r\n", b"431"),
        ("a 10 MB query in the URL", b"GET /sparql?query=" + b"A" * TEN_MB
         + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"4"),
        ("a 10 MB question to /api/ask", b"GET /api/ask?q=" + b"a" * TEN_MB
         + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"4"),
        ("a bad request line", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", b"400"),
        ("a body longer than declared 50 MB, refused from Content-Length",
         b"POST /api/tag HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
         b"Content-Length: 50000000\r\n\r\nword word", b"413"),
        ("a coverage upload declared at 50 MB",
         b"POST /api/coverage HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
         b"boundary=b\r\nContent-Length: 50000000\r\n\r\n--b\r\n", b"413"),
    ],
)  # fmt: skip
def test_hostile_raw_request_is_answered_at_once(guarded_server, name, data, status) -> None:
    started = time.monotonic()
    answer = raw_exchange(guarded_server, data)
    assert answer.split(b" ")[1].startswith(status), answer
    assert time.monotonic() - started < QUICK
    assert rel.health_ok(guarded_server)

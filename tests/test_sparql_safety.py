"""What imkg refuses or survives: bad bytes, big bodies, outbound requests, runaway and
crashing queries, oversized results and writes without the token. Live servers only."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

CARTESIAN = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
)
EXPLODING_PATH = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:x>|!<urn:x>|^!<urn:x>)* ?b . "
    "?c (!<urn:x>|^!<urn:x>)* ?d }"
)
FAST = "ASK { ?s ?p ?o }"


def post_query(url: str, query: str, timeout: float = 30, **params: str) -> httpx.Response:
    return httpx.post(f"{url}/sparql", data={"query": query, **params}, timeout=timeout)


def health(url: str) -> dict:
    return httpx.get(f"{url}/health").json()


@pytest.fixture
def listener() -> Iterator[tuple[int, list]]:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    connections: list = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connections.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], connections
    stop.set()
    thread.join()
    sock.close()


def test_invalid_utf8_in_get_query_is_400(guarded_server: str) -> None:
    response = httpx.get(f"{guarded_server}/sparql?query=SELECT%20%FF%FE%20%7B%7D")
    assert response.status_code == 400
    assert "UTF-8" in response.json()["error"]


def test_raw_non_utf8_bytes_in_request_line_are_a_4xx(guarded_server: str) -> None:
    host, port = guarded_server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /sparql?query=ASK\xff\xfe{} HTTP/1.1\r\nHost: x\r\n\r\n")
        status = sock.recv(100).split(b" ")[1]
    assert status.startswith(b"4")


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"ASK \xff {}", "application/sparql-query"),
        (b"query=ASK%20%C3%28%7B%7D", "application/x-www-form-urlencoded"),
    ],
)
def test_invalid_utf8_in_post_body_is_400(guarded_server, content, content_type) -> None:
    response = httpx.post(
        f"{guarded_server}/sparql", content=content, headers={"Content-Type": content_type}
    )
    assert response.status_code == 400


def test_ten_megabyte_body_is_413(guarded_server: str) -> None:
    body = b"query=" + b"A" * 10_000_000
    response = httpx.post(
        f"{guarded_server}/sparql",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert response.status_code == 413


def test_chunked_body_past_the_limit_is_413(guarded_server: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"query="
        for _ in range(200):
            yield b"A" * 8192  # 1.6 MB in all, no Content-Length

    try:
        response = httpx.post(
            f"{guarded_server}/sparql",
            content=chunks(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=30,
        )
    except httpx.WriteError:  # the server may answer and close before the upload ends
        return
    assert response.status_code == 413


def test_long_query_is_413(guarded_server: str) -> None:
    query = "ASK {}" + " " * 200_000
    assert post_query(guarded_server, query).status_code == 413


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <http://localhost:{port}/> {{ ?s ?p ?o }} }}",
        "select * where {{ service <http://[::1]:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE <http://169.254.169.254:{port}/latest> {{ ?s ?p ?o }} }}",
        "PREFIX e: <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o # a comment\n SERVICE<http://127.0.0.1:{port}/>{{}} }}",
    ],
)
def test_service_is_refused_and_nothing_is_contacted(guarded_server, listener, template):
    port, connections = listener
    response = post_query(guarded_server, template.format(port=port))
    time.sleep(0.3)
    assert response.status_code == 403
    assert "SERVICE" in response.json()["error"]
    assert connections == []


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1/> { }" }',
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1/> { }",
        "SELECT ?service WHERE { ?service <urn:load> ?o }",
        "PREFIX service: <urn:x#>\nSELECT * WHERE { ?s service:load ?o }",
    ],
)
def test_service_in_strings_comments_and_names_is_not_refused(guarded_server, query) -> None:
    assert post_query(guarded_server, query).status_code == 200


def test_load_is_refused_even_with_the_token(guarded_server, update_token, listener) -> None:
    port, connections = listener
    for update in (
        f"LOAD <http://127.0.0.1:{port}/data.ttl>",
        "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>",
    ):
        response = httpx.post(
            f"{guarded_server}/update",
            data={"update": update},
            headers={"Authorization": f"Bearer {update_token}"},
        )
        assert response.status_code == 403
    assert connections == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000,
        "SELECT * WHERE { FILTER(" + "(" * 200 + "1" + ")" * 200 + ") }",
        "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * 3000 + "}",
    ],
)
def test_deeply_nested_query_is_400_and_service_survives(guarded_server, query) -> None:
    response = post_query(guarded_server, query)
    assert response.status_code == 400
    assert "nested" in response.json()["error"]
    assert post_query(guarded_server, FAST).status_code == 200


@pytest.mark.parametrize("query", [CARTESIAN, EXPLODING_PATH])
def test_runaway_query_is_stopped_while_others_are_served(guarded_server, query) -> None:
    outcome: dict = {}

    def run_slow() -> None:
        started = time.monotonic()
        outcome["response"] = post_query(guarded_server, query, timeout=60, timeout_s="600")
        outcome["seconds"] = time.monotonic() - started

    slow = threading.Thread(target=run_slow)
    slow.start()
    time.sleep(0.3)
    fast_times = []
    while slow.is_alive() and len(fast_times) < 20:
        started = time.monotonic()
        assert post_query(guarded_server, FAST).status_code == 200
        fast_times.append(time.monotonic() - started)
    slow.join()
    response = outcome["response"]
    assert response.status_code == 503
    assert response.json() == {"error": "query exceeded the 2 s limit"}
    assert 1.9 < outcome["seconds"] < 8
    assert fast_times
    assert max(fast_times) < 1.5


def test_result_past_the_row_limit_is_refused_not_truncated(live_server: str) -> None:
    # On live_server: its 10 s limit leaves time to produce 100,000 rows on a busy machine.
    for query in (
        "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }",
        "CONSTRUCT { ?s ?p ?c . ?a ?b ?o . ?s ?b ?o . ?a ?p ?c . ?o <urn:x> ?c } "
        "WHERE { ?s ?p ?o . ?a ?b ?c }",
    ):
        response = post_query(live_server, query)
        assert response.status_code == 422
        body = response.json()
        assert body["limit"] == 100_000
        assert "LIMIT" in body["error"]


def wait_idle(url: str) -> dict:
    """Wait until every worker is live and idle (replacements start in the background)."""
    for _ in range(100):
        workers = health(url)["workers"]
        if workers["idle"] == workers["live"] == workers["size"]:
            return workers
        time.sleep(0.1)
    raise AssertionError(f"workers never became idle: {workers}")


def test_engine_crash_costs_one_request_not_the_service(guarded_server: str) -> None:
    before = wait_idle(guarded_server)
    replies: list[httpx.Response] = []
    threads = [
        threading.Thread(target=lambda: replies.append(post_query(guarded_server, CARTESIAN)))
        for _ in range(before["size"])
    ]
    for thread in threads:
        thread.start()
    for _ in range(50):
        if health(guarded_server)["workers"]["idle"] == 0:
            break
        time.sleep(0.05)
    for pid in before["pids"]:
        os.kill(pid, signal.SIGKILL)  # what an engine abort (stack overflow) looks like
    for thread in threads:
        thread.join()
    assert [r.status_code for r in replies] == [400] * before["size"]
    assert "engine failed" in replies[0].json()["error"]
    assert post_query(guarded_server, FAST).status_code == 200
    after = health(guarded_server)["workers"]
    assert after["crashes"] >= before["crashes"] + before["size"]
    assert set(after["pids"]).isdisjoint(before["pids"])


def test_update_refused_when_no_token_is_configured(live_server: str) -> None:
    update = "INSERT DATA { GRAPH <urn:g> { <urn:refused> <urn:p> 1 } }"
    for headers in ({}, {"Authorization": "Bearer anything"}):
        response = httpx.post(f"{live_server}/update", data={"update": update}, headers=headers)
        assert response.status_code == 403
        assert "--update-token" in response.json()["error"]
    asked = post_query(live_server, "ASK { <urn:refused> ?p ?o }").json()
    assert asked["boolean"] is False


def test_update_needs_the_right_bearer_token(guarded_server: str, update_token: str) -> None:
    update = "INSERT DATA { GRAPH <urn:g:update> { <urn:written> <urn:p> 1 } }"
    missing = httpx.post(f"{guarded_server}/update", data={"update": update})
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.post(
        f"{guarded_server}/update",
        data={"update": update},
        headers={"Authorization": "Bearer wrong"},
    )
    assert wrong.status_code == 403
    assert post_query(guarded_server, "ASK { <urn:written> ?p ?o }").json()["boolean"] is False
    right = httpx.post(
        f"{guarded_server}/update",
        content=update.encode(),
        headers={
            "Authorization": f"Bearer {update_token}",
            "Content-Type": "application/sparql-update",
        },
    )
    assert right.status_code == 204
    assert post_query(guarded_server, "ASK { <urn:written> ?p ?o }").json()["boolean"] is True


def test_malformed_update_is_400_with_position(guarded_server, update_token) -> None:
    response = httpx.post(
        f"{guarded_server}/update",
        data={"update": "INSERT DATA { <urn:a> <urn:b> }"},
        headers={"Authorization": f"Bearer {update_token}"},
    )
    assert response.status_code == 400
    assert response.json()["line"] == 1


def test_query_on_update_endpoint_is_400(guarded_server, update_token) -> None:
    response = httpx.post(
        f"{guarded_server}/update",
        data={"query": "ASK {}", "update": "CLEAR SILENT GRAPH <urn:none>"},
        headers={"Authorization": f"Bearer {update_token}"},
    )
    assert response.status_code == 400


def test_query_workers_option_sizes_the_pool(tmp_path, built_data_dir):
    import imkg_test_servers as servers

    server = servers.start_imkg(tmp_path / "data", "--query-workers", "3", template=built_data_dir)
    try:
        workers = health(server.url)["workers"]
        assert (workers["size"], workers["live"], len(workers["pids"])) == (3, 3, 3)
        assert post_query(server.url, FAST).json()["boolean"] is True
    finally:
        server.stop()


def test_query_workers_below_one_is_a_usage_error(tmp_path):
    import subprocess

    import imkg_test_servers as servers

    done = subprocess.run(
        [str(servers.BIN / "imkg"), "serve", "--data-dir", str(tmp_path), "--query-workers", "0"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--query-workers must be at least 1" in done.stderr


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("0", 1), ("many", 2)])
def test_query_workers_from_the_environment(monkeypatch, value, expected):
    from imkg.config import Settings

    monkeypatch.setenv("IMKG_QUERY_WORKERS", value)
    assert Settings().query_workers == expected

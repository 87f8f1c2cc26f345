"""The short way in: /api/ask answered past the framework, the same as through the app."""

import httpx


def test_fast_path_ask_answers_in_a_worker(live_server):
    response = httpx.get(f"{live_server}/api/ask", params={"q": "what influences job satisfaction"})
    assert response.status_code == 200
    body = response.json()
    assert body["understood_as"]["intent"] == "influenced_by"
    assert "employee-motivation" in {a["id"] for a in body["answers"]}
    assert "SELECT" in body["sparql"]


def test_fast_path_ask_matches_the_app_route(live_server):
    question = {"q": "what comes after code breaking"}
    plain = httpx.get(f"{live_server}/api/ask", params=question)
    through_app = httpx.get(
        f"{live_server}/api/ask", params=question, headers={"Origin": "http://example.org"}
    )
    assert plain.json() == through_app.json()
    assert [a["id"] for a in plain.json()["answers"]] == ["authorising"]


def test_fast_path_leaves_malformed_questions_to_the_app(live_server):
    empty = httpx.get(f"{live_server}/api/ask", params={"q": ""})
    too_long = httpx.get(f"{live_server}/api/ask", params={"q": "why " * 200})
    missing = httpx.get(f"{live_server}/api/ask")
    assert {empty.status_code, too_long.status_code, missing.status_code} <= {400, 422}
    assert {"detail", "error"} & set(empty.json())  # the app's own validation answer


def test_fast_path_declines_what_it_does_not_understand(live_server):
    body = httpx.get(f"{live_server}/api/ask", params={"q": "what is the capital of France"}).json()
    assert body["understood_as"] is None
    assert body["answers"] == []
    assert body["suggestions"]

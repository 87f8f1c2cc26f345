"""The SPARQL console's server-side run (``/console`` without JavaScript) with huge values.

A result with an 8 MB cell was parsed and shaped into a table in the event loop (0.24 s
during which ``/health`` waited); the figures of the live test are printed with ``-s``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures

import httpx
import orjson
from imkg_test_reliability import health_during

from imkg.api import console
from imkg.api.execute import Reply

CELL_CHARACTERS = 8_000_000
# One row whose one value the engine builds: 1,000 characters, each replaced by 8,000.
HUGE_CELL = 'SELECT ?v WHERE {{ BIND(REPLACE("{}", "a", "{}") AS ?v) }}'.format(
    "a" * 1000, "b" * (CELL_CHARACTERS // 1000)
)


class OneReplyPool:
    """Stands in for the worker pool: answers every job with one SPARQL JSON body."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    async def run(self, job: object) -> Reply:
        return Reply(200, "application/sparql-results+json", self.body)


def test_console_shapes_the_answer_outside_the_event_loop(monkeypatch) -> None:
    seen: list[bool] = []
    shape = console.shape_json

    def recording_shape(result: bytes) -> console.Outcome:
        try:
            asyncio.get_running_loop()
            seen.append(True)
        except RuntimeError:
            seen.append(False)
        return shape(result)

    monkeypatch.setattr(console, "shape_json", recording_shape)
    value = {"type": "literal", "value": "b" * 1000}
    body = orjson.dumps({"head": {"vars": ["v"]}, "results": {"bindings": [{"v": value}]}})
    outcome = asyncio.run(console.run_in_pool(OneReplyPool(body), "SELECT ?v {}"))
    assert outcome.rows[0][0].text == "b" * 1000
    assert seen == [False]


def test_console_json_table_matches_the_pyoxigraph_one() -> None:
    """The pool's answers are read with orjson; the table must be the one pyoxigraph's
    parser gave (links, blank nodes, typed and tagged literals, unbound values, booleans)."""
    import pyoxigraph as ox

    store = ox.Store()
    query = """SELECT ?a ?b ?c ?d ?e WHERE {
      VALUES (?a ?b ?c ?d) {
        (<https://w3id.org/imkg/concept/empowerment> "x"@en 3 <javascript:alert(1)>)
        (<https://example.org/y> "long"^^<http://www.w3.org/2001/XMLSchema#token> UNDEF UNDEF)
      }
      BIND(BNODE("n") AS ?e)
    }"""
    for text in (query, "ASK {}"):
        body = ox.QueryResultsFormat.JSON
        serialized = store.query(text).serialize(format=body)
        expected = console.shape(store.query(text))
        shown = console.shape_json(serialized)
        assert shown.variables == expected.variables and shown.boolean == expected.boolean
        if text == query:
            assert [[c.href for c in r] for r in shown.rows] == [
                [c.href for c in r] for r in expected.rows
            ]
            plain = [[c.text for c in r] for r in shown.rows]
            expected_plain = [[c.text for c in r] for r in expected.rows]
            assert [r[:4] for r in plain] == [r[:4] for r in expected_plain]


def test_console_cell_text_is_bounded() -> None:
    """A cell shows its start and says how long it is; a short one is shown whole."""
    import pyoxigraph as ox

    from imkg.api.console import MAX_CELL_CHARACTERS, cell

    shown = cell(ox.Literal("b" * (MAX_CELL_CHARACTERS * 3)))
    assert shown.text.startswith("b" * MAX_CELL_CHARACTERS)
    assert len(shown.text) < MAX_CELL_CHARACTERS + 100
    assert f"{MAX_CELL_CHARACTERS * 3:,} characters" in shown.text
    assert cell(ox.Literal("short")).text == "short"


def test_console_huge_cell_leaves_health_free(live_server: str) -> None:
    """Three such pages at once, so a server that shapes them in its event loop shows it."""
    pages: list[httpx.Response] = []

    def three_consoles() -> None:
        def run_console(_: int) -> httpx.Response:
            return httpx.get(f"{live_server}/console", params={"query": HUGE_CELL}, timeout=60)

        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            pages.extend(pool.map(run_console, range(3)))

    latencies = health_during(live_server, three_consoles)
    print(
        f"\n/health during three /console runs at once with an 8 MB cell: "
        f"{len(latencies)} answers, max {max(latencies) * 1000:.0f} ms, "
        f"median {sorted(latencies)[len(latencies) // 2] * 1000:.0f} ms"
    )
    assert all(page.status_code == 200 for page in pages), pages[0].text[:500]
    assert 'id="sparql-results-table"' in pages[0].text
    assert max(latencies) < 0.1

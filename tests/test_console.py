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

    def __init__(self, body: bytes, media_type: str = "application/sparql-results+json") -> None:
        self.body = body
        self.media_type = media_type

    async def run(self, job: object) -> Reply:
        return Reply(200, self.media_type, self.body)


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


def _select_json(columns: int, rows: int, value: str) -> bytes:
    names = [f"c{i}" for i in range(columns)]
    bindings = [{n: {"type": "literal", "value": value} for n in names} for _ in range(rows)]
    return orjson.dumps({"head": {"vars": names}, "results": {"bindings": bindings}})


def _characters(outcome: console.Outcome) -> int:
    return sum(len(c.text) for row in outcome.rows for c in row)


def test_console_table_is_bounded_as_a_whole() -> None:
    """12 columns by 500 rows of 5,000 characters made a 120 MB page (cells were cut one by
    one, never the table); the table now stops at its character budget and says it was cut."""
    shown = console.shape_json(_select_json(12, 500, "<" * 5_000))
    assert shown.truncated and 0 < len(shown.rows) < 500
    assert _characters(shown) <= console.MAX_TABLE_CHARACTERS + 12 * 100


def test_console_one_wide_row_is_bounded_too() -> None:
    """A single row of 4,000 columns of 10,000 characters is cut within the budget."""
    shown = console.shape_json(_select_json(4_000, 1, "x" * 10_000))
    assert len(shown.rows) == 1
    assert _characters(shown) <= console.MAX_TABLE_CHARACTERS + 4_000 * 100
    assert "cut: a page shows at most" in shown.rows[0][-1].text


def test_console_many_small_cells_stop_at_the_cell_budget() -> None:
    shown = console.shape_json(_select_json(200, 500, "v"))
    assert shown.truncated
    assert len(shown.rows) * 200 <= console.MAX_TABLE_CELLS


def test_console_ordinary_tables_are_shown_whole() -> None:
    """A guard: 500 rows of 5 short columns are all shown, not marked cut."""
    shown = console.shape_json(_select_json(5, 500, "internal marketing"))
    assert len(shown.rows) == 500 and not shown.truncated
    assert all(c.text == "internal marketing" for row in shown.rows for c in row)


def test_console_graph_answer_is_bounded() -> None:
    """A CONSTRUCT answer of 20 MB of Turtle was shown whole (an 80 MB page)."""
    body = ("<urn:a> <urn:b> " + '"' + "<" * 500_000 + '" .\n') * 40
    outcome = asyncio.run(
        console.run_in_pool(OneReplyPool(body.encode(), "text/turtle"), "CONSTRUCT {} WHERE {}")
    )
    assert len(outcome.graph) < console.MAX_TABLE_CHARACTERS + 200
    assert f"{len(body):,} characters in all" in outcome.graph

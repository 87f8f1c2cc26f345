"""The W3C SPARQL 1.1 query-evaluation tests through a real ``imkg serve``, beside pyoxigraph.

Every test that passes today must keep passing: a test that starts failing fails this module,
and so does one of the expected failures that starts passing (take it off the list). The
expected failures are the engine's (pyoxigraph fails them too) or the suite's; none is imkg's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import imkg_test_servers as servers
import pytest
from w3c_peers import ImkgClient, Outcome, run_cases
from w3c_suite import DIRECTORIES, load_cases

SUITE_SIZE = 183
# rdflib's JSON-LD parser (CONSTRUCT answers asked as JSON-LD) warns about its own internals.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")

EXPECTED_FAILURES = {
    "aggregates/agg-empty-group": "Oxigraph answers GROUP BY over no solutions with no "
    "solution; the suite's file has one empty solution",
    "csv-tsv-res/tsv03": "Oxigraph stores an xsd:negativeInteger as an xsd:integer, so every "
    "format answers -3 as xsd:integer",
    "functions/strdt03": "RDF 1.0 era: the suite says STRDT refuses an xsd:string literal, "
    "which RDF 1.1 makes a simple literal",
    "functions/strlang03": "RDF 1.0 era: as strdt03, for STRLANG",
    "functions/plus-1": "ORDER BY between a simple literal and a number, which SPARQL leaves "
    "undefined: the same solutions, in another order",
    "functions/plus-2": "as plus-1",
    "functions/bnode01": "Oxigraph's BNODE(str) gives the same blank node for the same string "
    "in different solutions; the suite wants one per solution",
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Outcome]]:
    """Every test on both peers, through one server that each test's data replaces."""
    data_dir: Path = tmp_path_factory.mktemp("w3c") / "data"
    server = servers.start_imkg(data_dir, "--update-token", servers.TOKEN)
    client = ImkgClient(server.url, servers.TOKEN)
    try:
        yield run_cases(load_cases(), client)
    finally:
        client.close()
        server.stop()


def test_w3c_suite_is_complete() -> None:
    cases = load_cases()
    assert len(cases) == SUITE_SIZE
    assert {case.directory for case in cases} == set(DIRECTORIES)


def test_w3c_tests_that_pass_keep_passing_through_imkg(outcomes: list[Outcome]) -> None:
    failing = {o.case.name: o.imkg for o in outcomes if o.imkg}
    unexpected = {name: why for name, why in failing.items() if name not in EXPECTED_FAILURES}
    assert not unexpected
    fixed = EXPECTED_FAILURES.keys() - failing.keys()
    assert not fixed, f"these pass now: take them off EXPECTED_FAILURES: {sorted(fixed)}"


def test_w3c_imkg_passes_every_test_pyoxigraph_passes(outcomes: list[Outcome]) -> None:
    ours = {o.case.name: o.imkg for o in outcomes if o.imkg and not o.pyoxigraph}
    assert not ours


def test_w3c_expected_failures_are_the_engines(outcomes: list[Outcome]) -> None:
    engine_failures = {o.case.name for o in outcomes if o.pyoxigraph}
    assert engine_failures == EXPECTED_FAILURES.keys()

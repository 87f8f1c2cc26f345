"""Run the W3C SPARQL 1.1 evaluation tests on two peers: pyoxigraph itself, and a real
``imkg serve`` reached over HTTP the way a client reaches it.

imkg's default graph is the union of its named graphs, so a test's default-graph data goes
into named graphs (one per file, named by the file's W3C IRI) and the union is that data. A
test whose query says ``GRAPH``, or that has named graphs of its own (``qt:graphData``), gets
its exact dataset through the protocol's ``default-graph-uri`` and ``named-graph-uri``; a
query with ``FROM`` / ``FROM NAMED`` names its dataset itself. Between tests one update
replaces the whole store (``DROP ALL`` then ``INSERT DATA``), which also empties the result
cache, so one server serves every test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import rdflib
from w3c_answers import (
    Solutions,
    as_csv,
    expected,
    from_pyoxigraph,
    parse_graph,
    parse_results,
    same_answer,
    to_rdflib,
)
from w3c_suite import RESULT_FORMATS, Case, iri

_WORDS = re.compile(r"<[^>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*|[A-Za-z]+")
_RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


@dataclass(frozen=True)
class Way:
    """One way a client asks: method (``GET``, ``POST`` form, ``DIRECT`` POST of the query
    as the body), ``Accept``, the format to parse, whether the dataset goes in protocol
    parameters even where the union default graph would do, and whether the request comes
    from a web page on another origin (which the app answers, not the fast path)."""

    method: str
    accept: str
    format: str
    explicit: bool = False
    cross_origin: bool = False

    def __str__(self) -> str:
        extra = " dataset" * self.explicit + " cross-origin" * self.cross_origin
        return f"{self.method} {self.format}{extra}"


_JSON, _XML = "application/sparql-results+json", "application/sparql-results+xml"
_CSV, _TSV = "text/csv", "text/tab-separated-values"
SOLUTION_WAYS = (
    Way("GET", _JSON, "json"),
    Way("POST", _XML, "xml"),
    Way("GET", _JSON, "json"),  # again: the result cache's answer
    Way("DIRECT", _TSV, "tsv", explicit=True),
    Way("GET", _CSV, "csv"),
    Way("GET", _XML, "xml", cross_origin=True),
)
BOOLEAN_WAYS = (*SOLUTION_WAYS[:3], SOLUTION_WAYS[-1])
CSV_WAYS = (Way("GET", _CSV, "csv"), Way("POST", _CSV, "csv", explicit=True))
GRAPH_WAYS = (
    Way("GET", "application/n-triples", "nt"),
    Way("DIRECT", "text/turtle", "turtle"),
    Way("POST", "application/ld+json", "json-ld", explicit=True),
)

Answer = Solutions | rdflib.Graph


@dataclass(frozen=True)
class Outcome:
    """How each peer did on one test: an empty string for a pass, else what went wrong."""

    case: Case
    pyoxigraph: str
    imkg: str


def query_words(query: str) -> set[str]:
    """The upper-cased keywords of ``query`` (not inside IRIs, strings or comments)."""
    return {w.upper() for w in _WORDS.findall(query) if w[0].isalpha()}


def dataset_params(case: Case, *, explicit: bool = False) -> dict[str, list[str]]:
    """The protocol parameters that give ``case`` its dataset on a union-default endpoint
    (none where the union is the dataset, unless ``explicit``)."""
    words = query_words(case.query.read_text(encoding="utf-8"))
    if "FROM" in words or not (explicit or case.graph_data or "GRAPH" in words):
        return {}
    params = {}
    if case.data:  # without it the protocol's default graph is empty
        params["default-graph-uri"] = [iri(p) for p in case.data]
    if case.graph_data:  # without it the protocol's dataset has no named graphs
        params["named-graph-uri"] = [iri(p) for p in case.graph_data]
    return params


def triples(path: object) -> list[ox.Triple]:
    """Parse one data file, relative IRIs resolved against its W3C IRI."""
    fmt = _RDF_FORMATS[path.suffix]
    return [quad.triple for quad in ox.parse(path=path, format=fmt, base_iri=iri(path))]


# --- pyoxigraph --------------------------------------------------------------------------


def pyoxigraph_answer(case: Case) -> Answer:
    """Evaluate ``case`` in a fresh in-memory pyoxigraph store, the W3C way: ``qt:data`` in
    the store's default graph, each ``qt:graphData`` a named graph."""
    store = ox.Store()
    for path in case.data:
        store.extend(_quads(path, ox.DefaultGraph()))
    for path in dict.fromkeys((*case.graph_data, *case.from_files)):
        store.extend(_quads(path, ox.NamedNode(iri(path))))
    results = store.query(case.text)
    if isinstance(results, ox.QueryBoolean):
        return Solutions(frozenset(), (), bool(results))
    if isinstance(results, ox.QuerySolutions):
        if case.result.suffix in (".csv", ".tsv"):
            fmt = ox.QueryResultsFormat.from_extension(case.result.suffix[1:])
            return parse_results(results.serialize(format=fmt), RESULT_FORMATS[case.result.suffix])
        return from_pyoxigraph(results)
    graph = rdflib.Graph()
    for triple in results:
        graph.add(tuple(to_rdflib(term) for term in triple))
    return graph


def _quads(path: object, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples(path)]


# --- imkg over HTTP ----------------------------------------------------------------------


class ImkgClient:
    """A client of one running ``imkg serve`` started with an update token."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.http = httpx.Client(timeout=30, headers={"Authorization": f"Bearer {token}"})
        self.loaded: tuple[Path, ...] | None = None

    def load(self, case: Case) -> None:
        """Replace the whole store with the test's graphs in one update (unless it holds
        them already: consecutive tests often share their data)."""
        graphs = tuple(dict.fromkeys((*case.data, *case.graph_data, *case.from_files)))
        if graphs == self.loaded:
            return
        self.loaded = None
        blocks = []
        for path in graphs:
            body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples(path))
            blocks.append(f"GRAPH <{iri(path)}> {{\n{body}\n}}")
        update = "DROP ALL"
        if blocks:
            update += " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
        response = self.http.post(f"{self.url}/update", data={"update": update})
        if response.status_code != 204:
            raise RuntimeError(
                f"{case.name}: loading failed: {response.status_code} {response.text}"
            )
        self.loaded = graphs

    def answers(self, case: Case, want: Answer) -> Iterable[tuple[Way, Answer | str]]:
        """Ask ``case``'s query in each way a client would; yield (way, answer or error)."""
        for way in ways_for(case, want):
            response = self.ask(case, way)
            if response.status_code != 200:
                yield way, f"{response.status_code} {response.text[:200]}"
            elif case.graph_answer:
                yield way, parse_graph(response.content, way.format, iri(case.query))
            else:
                yield way, parse_results(response.content, way.format)

    def ask(self, case: Case, way: Way) -> httpx.Response:
        """Send the query of ``case`` the way ``way`` says."""
        params = dataset_params(case, explicit=way.explicit)
        headers = {"Accept": way.accept}
        if way.cross_origin:
            headers["Origin"] = "https://yasgui.example"
        url = f"{self.url}/sparql"
        if way.method == "GET":
            return self.http.get(url, params={"query": case.text, **params}, headers=headers)
        if way.method == "POST":
            return self.http.post(url, data={"query": case.text, **params}, headers=headers)
        headers["Content-Type"] = "application/sparql-query"
        return self.http.post(url, params=params, content=case.text.encode(), headers=headers)

    def close(self) -> None:
        self.http.close()


def imkg_verdict(client: ImkgClient, case: Case, want: Answer) -> str:
    """Empty when every way of asking gave the expected answer, else the ways that did not."""
    client.load(case)
    failed = []
    for way, got in client.answers(case, want):
        if isinstance(got, str):
            failed.append(f"{way}: {got}")
        elif not same_answer(case, got, as_csv(want) if way.format == "csv" else want):
            failed.append(f"{way}: wrong answer")
    return "; ".join(failed)


def ways_for(case: Case, want: Answer) -> tuple[Way, ...]:
    """The ways ``case`` is asked: every format its answer can be compared in."""
    if case.graph_answer:
        return GRAPH_WAYS
    if case.result.suffix == ".csv":
        return CSV_WAYS
    return BOOLEAN_WAYS if want.boolean is not None else SOLUTION_WAYS


def pyoxigraph_verdict(case: Case, want: Answer) -> str:
    """Empty when pyoxigraph gives the expected answer, else why not."""
    try:
        got = pyoxigraph_answer(case)
    except (SyntaxError, OSError, ValueError) as err:
        return f"error: {err}"
    return "" if same_answer(case, got, want) else "wrong answer"


def run_cases(
    cases: Iterable[Case], client: ImkgClient, progress: Callable[[Outcome], None] | None = None
) -> list[Outcome]:
    """Run every case on both peers."""
    outcomes = []
    for case in cases:
        want = expected(case)
        outcome = Outcome(case, pyoxigraph_verdict(case, want), imkg_verdict(client, case, want))
        if progress is not None:
            progress(outcome)
        outcomes.append(outcome)
    return outcomes

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

import httpx
import pyoxigraph as ox
import rdflib
from w3c_suite import (
    RESULT_FORMATS,
    Case,
    Solutions,
    expected,
    iri,
    normal,
    parse_graph,
    parse_results,
    same_answer,
)

NO_GRAPH = "urn:x-imkg-w3c:no-graph"
"""A graph no test has: the protocol's way to ask for an empty default or named-graph set."""

_WORDS = re.compile(r"<[^>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*|[A-Za-z]+")
_RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}
_SOLUTION_WAYS = (
    ("GET", "application/sparql-results+json", "json"),
    ("POST", "application/sparql-results+xml", "xml"),
    ("GET", "application/sparql-results+json", "json"),  # again: the result cache's answer
)
_GRAPH_WAYS = (("GET", "application/n-triples", "nt"), ("POST", "text/turtle", "turtle"))
_TABLE_WAYS = {
    ".csv": (("GET", "text/csv", "csv"), ("POST", "text/csv", "csv")),
    ".tsv": (("GET", "text/tab-separated-values", "tsv"), ("POST", "text/tab-separated-values", "tsv")),
}

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


def dataset_params(case: Case) -> dict[str, list[str]]:
    """The protocol parameters that give ``case`` its dataset on a union-default endpoint."""
    words = query_words(case.query.read_text(encoding="utf-8"))
    if "FROM" in words or not (case.graph_data or "GRAPH" in words):
        return {}
    return {
        "default-graph-uri": [iri(p) for p in case.data] or [NO_GRAPH],
        "named-graph-uri": [iri(p) for p in case.graph_data] or [NO_GRAPH],
    }


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
    for path in case.graph_data:
        store.extend(_quads(path, ox.NamedNode(iri(path))))
    results = store.query(case.text)
    if isinstance(results, ox.QueryBoolean):
        return Solutions(frozenset(), (), bool(results))
    if isinstance(results, ox.QuerySolutions):
        if case.result.suffix in (".csv", ".tsv"):
            fmt = ox.QueryResultsFormat.from_extension(case.result.suffix[1:])
            return parse_results(results.serialize(format=fmt), RESULT_FORMATS[case.result.suffix])
        names = [v.value for v in results.variables]
        rows = tuple(
            frozenset((n, to_rdflib(s[n])) for n in names if s[n] is not None) for s in results
        )
        return Solutions(frozenset(names), rows)
    graph = rdflib.Graph()
    for triple in results:
        graph.add(tuple(to_rdflib(term) for term in triple))
    return graph


def _quads(path: object, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples(path)]


def to_rdflib(term: object) -> object:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return normal(rdflib.Literal(term.value, lang=term.language))
    return normal(rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value)))


# --- imkg over HTTP ----------------------------------------------------------------------


class ImkgClient:
    """A client of one running ``imkg serve`` started with an update token."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.http = httpx.Client(timeout=30, headers={"Authorization": f"Bearer {token}"})

    def load(self, case: Case) -> None:
        """Replace the whole store with the test's graphs in one update."""
        graphs = dict.fromkeys((*case.data, *case.graph_data))
        blocks = []
        for path in graphs:
            body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples(path))
            blocks.append(f"GRAPH <{iri(path)}> {{\n{body}\n}}")
        update = "DROP ALL"
        if blocks:
            update += " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
        response = self.http.post(f"{self.url}/update", data={"update": update})
        if response.status_code != 204:
            raise RuntimeError(f"{case.name}: loading failed: {response.status_code} {response.text}")

    def answers(self, case: Case) -> Iterable[tuple[str, Answer | str]]:
        """Ask ``case``'s query in each way a client would; yield (way, answer or error)."""
        if case.graph_answer:
            ways = _GRAPH_WAYS
        else:
            ways = _TABLE_WAYS.get(case.result.suffix, _SOLUTION_WAYS)
        params = {"query": case.text, **dataset_params(case)}
        for method, accept, fmt in ways:
            headers = {"Accept": accept}
            if method == "GET":
                response = self.http.get(f"{self.url}/sparql", params=params, headers=headers)
            else:
                response = self.http.post(f"{self.url}/sparql", data=params, headers=headers)
            way = f"{method} {fmt}"
            if response.status_code != 200:
                yield way, f"{response.status_code} {response.text[:200]}"
            elif case.graph_answer:
                yield way, parse_graph(response.content, fmt, iri(case.query))
            else:
                yield way, parse_results(response.content, fmt)

    def close(self) -> None:
        self.http.close()


def imkg_verdict(client: ImkgClient, case: Case, want: Answer) -> str:
    """Empty when every way of asking gave the expected answer, else the ways that did not."""
    client.load(case)
    failed = []
    for way, got in client.answers(case):
        if isinstance(got, str):
            failed.append(f"{way}: {got}")
        elif not same_answer(case, got, want):
            failed.append(f"{way}: wrong answer")
    return "; ".join(failed)


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

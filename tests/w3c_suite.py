"""The W3C SPARQL 1.1 query-evaluation tests vendored in ``tests/w3c/sparql11``: reading the
manifests, the expected results, and comparing answers with them.

Answers are compared the way the W3C suite means them: a SELECT result is a bag of solutions,
equal up to a renaming of blank nodes, in order only when the query's outermost level has
``ORDER BY``; a graph is equal up to isomorphism; ``"a"`` and ``"a"^^xsd:string`` are one
term (RDF 1.1). Two peers run the same cases (:mod:`w3c_peers`).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic
from rdflib.query import Result

SUITE = Path(__file__).with_name("w3c") / "sparql11"
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"
"""Where the W3C publishes the suite: files are named by these IRIs, as graphs and bases."""

DIRECTORIES = (
    "aggregates",
    "bind",
    "bindings",
    "construct",
    "csv-tsv-res",
    "exists",
    "functions",
    "grouping",
    "json-res",
    "negation",
    "project-expression",
    "property-path",
    "subquery",
)
EVALUATION_TYPES = ("QueryEvaluationTest", "CSVResultFormatTest")
RESULT_FORMATS = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv"}
GRAPH_FORMATS = {".ttl": "turtle", ".rdf": "xml", ".nt": "nt"}

_MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
_QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
_DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XSD_STRING = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#string")
_TOKEN = re.compile(r"<[^>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*|[{}]|[A-Za-z]+")


@dataclass(frozen=True)
class Case:
    """One evaluation test: its query, dataset and expected result."""

    name: str  # "directory/test", as in the manifest
    query: Path
    data: tuple[Path, ...]
    graph_data: tuple[Path, ...]
    result: Path
    approved: bool

    @property
    def directory(self) -> str:
        return self.name.split("/")[0]

    @property
    def text(self) -> str:
        """The query as a client would send it: its base made explicit."""
        return f"BASE <{iri(self.query)}>\n{self.query.read_text(encoding='utf-8')}"

    @property
    def graph_answer(self) -> bool:
        """Whether the answer is a graph (CONSTRUCT, DESCRIBE) rather than solutions."""
        return self.result.suffix in GRAPH_FORMATS

    @property
    def ordered(self) -> bool:
        """Whether the solutions' order counts: ``ORDER BY`` outside every group."""
        words = top_level_words(self.query.read_text(encoding="utf-8"))
        return any(pair == ("ORDER", "BY") for pair in zip(words, words[1:], strict=False))


def iri(path: Path) -> str:
    """The W3C IRI of a vendored file."""
    return BASE + path.relative_to(SUITE).as_posix()


def top_level_words(query: str) -> list[str]:
    """The keywords of ``query`` outside every ``{}`` group, upper-cased."""
    depth, words = 0, []
    for token in _TOKEN.findall(query):
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0 and token[0].isalpha():
            words.append(token.upper())
    return words


def load_cases(directories: Iterable[str] = DIRECTORIES) -> list[Case]:
    """Read every evaluation test of the manifests of ``directories``, in manifest order."""
    return [case for directory in directories for case in _manifest_cases(directory)]


def _manifest_cases(directory: str) -> Iterator[Case]:
    manifest = SUITE / directory / "manifest.ttl"
    graph: dict[str, dict[str, list[object]]] = {}
    for triple in ox.parse(path=manifest, format=ox.RdfFormat.TURTLE, base_iri=iri(manifest)):
        node = graph.setdefault(str(triple.subject), {})
        node.setdefault(triple.predicate.value, []).append(triple.object)
    manifest_node = graph[f"<{iri(manifest)}>"]
    for entry in _list_items(graph, manifest_node[_MF + "entries"][0]):
        test = graph[str(entry)]
        kinds = {t.value.removeprefix(_MF) for t in test.get(_RDF + "type", [])}
        if kinds & set(EVALUATION_TYPES):
            yield _case(directory, entry.value, test, graph)


def _list_items(graph: dict, head: object) -> Iterator[object]:
    while str(head) != f"<{_RDF}nil>":
        node = graph[str(head)]
        yield node[_RDF + "first"][0]
        head = node[_RDF + "rest"][0]


def _case(directory: str, test_iri: str, test: dict, graph: dict) -> Case:
    action = graph[str(test[_MF + "action"][0])]
    folder = SUITE / directory

    def files(values: list) -> tuple[Path, ...]:
        return tuple(folder / v.value.rsplit("/", 1)[1] for v in values)

    approval = test.get(_DAWGT + "approval", [])
    return Case(
        name=f"{directory}/{test_iri.rsplit('#', 1)[1]}",
        query=files(action[_QT + "query"])[0],
        data=files(action.get(_QT + "data", [])),
        graph_data=files(action.get(_QT + "graphData", [])),
        result=files(test[_MF + "result"])[0],
        approved=any(a.value == _DAWGT + "Approved" for a in approval),
    )


def referenced_files(cases: Iterable[Case]) -> set[Path]:
    """Every file the cases need (for vendoring: the manifests come on top)."""
    return {f for c in cases for f in (c.query, c.result, *c.data, *c.graph_data)}


# --- answers -------------------------------------------------------------------------------

Row = frozenset  # of (variable, rdflib term)


@dataclass(frozen=True)
class Solutions:
    """A SELECT or ASK answer in comparable form."""

    variables: frozenset[str]
    rows: tuple[Row, ...]
    boolean: bool | None = None


def parse_results(data: bytes, format: str) -> Solutions:
    """Parse a results document (``xml``, ``json``, ``csv``, ``tsv``) with rdflib."""
    result = Result.parse(io.BytesIO(data), format=format)
    if result.type == "ASK":
        return Solutions(frozenset(), (), bool(result.askAnswer))
    variables = frozenset(str(v) for v in result.vars or ())
    rows = tuple(
        frozenset((str(var), normal(term)) for var, term in row.items() if term is not None)
        for row in result.bindings
    )
    return Solutions(variables, rows)


def parse_graph(data: bytes, format: str, base: str = BASE) -> rdflib.Graph:
    """Parse an RDF document into a graph whose literals are normalised."""
    parsed = rdflib.Graph().parse(data=data, format=format, publicID=base)
    graph = rdflib.Graph()
    for s, p, o in parsed:
        graph.add((s, p, normal(o)))
    return graph


def expected(case: Case) -> Solutions | rdflib.Graph:
    """The expected answer of ``case``."""
    data = case.result.read_bytes()
    if case.graph_answer:
        return parse_graph(data, GRAPH_FORMATS[case.result.suffix], iri(case.result))
    return parse_results(data, RESULT_FORMATS[case.result.suffix])


def normal(term: object) -> object:
    """One form per RDF 1.1 term: ``xsd:string`` literals plain, language tags lower-case."""
    if isinstance(term, rdflib.Literal):
        if term.datatype == _XSD_STRING:
            return rdflib.Literal(str(term))
        if term.language:
            return rdflib.Literal(str(term), lang=term.language.lower())
    return term


def same_answer(case: Case, got: Solutions | rdflib.Graph, want: Solutions | rdflib.Graph) -> bool:
    """Whether ``got`` is the answer ``want`` describes."""
    if isinstance(want, rdflib.Graph):
        return isinstance(got, rdflib.Graph) and isomorphic(got, want)
    if not isinstance(got, Solutions) or got.boolean != want.boolean:
        return False
    if want.boolean is not None:
        return True
    if got.variables != want.variables and want.rows:
        return False
    if case.ordered and not _bnodes(want.rows):
        return list(got.rows) == list(want.rows)
    return same_bag(got.rows, want.rows)


def same_bag(got: tuple[Row, ...], want: tuple[Row, ...]) -> bool:
    """Equal bags of solutions, up to a one-to-one renaming of blank nodes."""
    if len(got) != len(want):
        return False
    plain_got = Counter(r for r in got if not _bnodes([r]))
    plain_want = Counter(r for r in want if not _bnodes([r]))
    if plain_got != plain_want:
        return False
    rest_got = [r for r in got if _bnodes([r])]
    rest_want = [r for r in want if _bnodes([r])]
    return _match(rest_want, rest_got, {}, set())


def _bnodes(rows: Iterable[Row]) -> bool:
    return any(isinstance(term, rdflib.BNode) for row in rows for _, term in row)


def _match(want: list[Row], got: list[Row], mapping: dict, used: set) -> bool:
    """Backtracking search for a blank node bijection under which ``got`` equals ``want``."""
    if not want:
        return True
    first, rest = want[0], want[1:]
    for index, candidate in enumerate(got):
        extended = _extend(first, candidate, mapping, used)
        if extended is not None and _match(rest, got[:index] + got[index + 1 :], *extended):
            return True
    return False


def _extend(want: Row, got: Row, mapping: dict, used: set) -> tuple[dict, set] | None:
    if {v for v, _ in want} != {v for v, _ in got}:
        return None
    got_terms = dict(got)
    mapping, used = dict(mapping), set(used)
    for var, term in want:
        other = got_terms[var]
        if isinstance(term, rdflib.BNode) and isinstance(other, rdflib.BNode):
            if mapping.get(term, other) != other or (term not in mapping and other in used):
                return None
            mapping[term] = other
            used.add(other)
        elif term != other:
            return None
    return mapping, used

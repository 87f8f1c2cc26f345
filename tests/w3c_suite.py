"""The W3C SPARQL 1.1 query-evaluation tests vendored in ``tests/w3c/sparql11``: their
manifests read into :class:`Case` objects (query, dataset, expected result).

:mod:`w3c_answers` compares answers with the expected results; :mod:`w3c_peers` runs the
cases on pyoxigraph and through a real ``imkg serve``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

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
_TOKEN = re.compile(
    r"<[^>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*|[{}]|[?$]?[A-Za-z_]\w*"
)


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
    def order_variables(self) -> tuple[str, ...]:
        """The variables of the outermost ``ORDER BY``, which the answer's order must follow
        (empty when the order does not count)."""
        words = top_level_words(self.query.read_text(encoding="utf-8"))
        for index in range(len(words) - 1):
            if words[index : index + 2] == ["ORDER", "BY"]:
                clause = []
                for word in words[index + 2 :]:
                    if word.upper() in ("LIMIT", "OFFSET", "VALUES"):
                        break
                    clause.append(word)
                return tuple(w[1:] for w in clause if w[0] in "?$")
        return ()

    @property
    def from_files(self) -> tuple[Path, ...]:
        """The suite's files that the query's ``FROM`` / ``FROM NAMED`` name: an endpoint holds
        them as named graphs, under those IRIs."""
        text = self.query.read_text(encoding="utf-8")
        names = re.findall(r"\bFROM\s+(?:NAMED\s+)?<([^>]*)>", text, re.IGNORECASE)
        return tuple(self.query.parent / name for name in names if "/" not in name)


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
        elif depth == 0 and (token[0].isalpha() or token[0] in "?$"):
            words.append(token if token[0] in "?$" else token.upper())
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

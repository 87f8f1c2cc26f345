"""Answers to the W3C SPARQL 1.1 evaluation tests in comparable form, and their comparison.

Answers are compared the way the W3C suite means them: a SELECT result is a bag of solutions,
equal up to a renaming of blank nodes, whose order counts only for the variables of the
query's outermost ``ORDER BY``; a graph is equal up to isomorphism; ``"a"`` and
``"a"^^xsd:string`` are one term (RDF 1.1), and a number of a given datatype is compared by
value (the suite's files write ``"2.0"`` where engines write ``"2"``).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.sparql.results.csvresults import CSVResultParser
from rdflib.query import Result
from w3c_suite import BASE, GRAPH_FORMATS, RESULT_FORMATS, Case, iri

_XSD_STRING = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#string")

Row = frozenset  # of (variable, rdflib term)


@dataclass(frozen=True)
class Solutions:
    """A SELECT or ASK answer in comparable form."""

    variables: frozenset[str]
    rows: tuple[Row, ...]
    boolean: bool | None = None


def parse_results(data: bytes, format: str) -> Solutions:
    """Parse a results document (``xml``, ``json``, ``csv``, ``tsv``) with rdflib; TSV with
    pyoxigraph (rdflib 7.6 cannot read a negative decimal in TSV)."""
    if format == "tsv":
        return from_pyoxigraph(ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV))
    result = Result.parse(io.BytesIO(data), format=format)
    if result.type == "ASK":
        return Solutions(frozenset(), (), bool(result.askAnswer))
    variables = frozenset(str(v) for v in result.vars or ())
    each = _csv_normal if format == "csv" else normal
    rows = tuple(
        frozenset((str(var), each(normal(term))) for var, term in row.items() if term is not None)
        for row in result.bindings
    )
    return Solutions(variables, rows)


def from_pyoxigraph(results: ox.QuerySolutions | ox.QueryBoolean) -> Solutions:
    """The comparable form of pyoxigraph's solutions or boolean."""
    if isinstance(results, ox.QueryBoolean):
        return Solutions(frozenset(), (), bool(results))
    names = [v.value for v in results.variables]
    rows = tuple(
        frozenset((n, to_rdflib(row[n])) for n in names if row[n] is not None) for row in results
    )
    return Solutions(frozenset(names), rows)


def to_rdflib(term: object) -> object:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return normal(rdflib.Literal(term.value, lang=term.language))
    return normal(rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value)))


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
    """One form per RDF 1.1 term: ``xsd:string`` literals plain, language tags lower-case,
    numbers in one lexical form per value and datatype (``"2.0"`` and ``"2"`` are the same
    xsd:decimal: the suite's files and the engines write different canonical forms)."""
    if isinstance(term, rdflib.Literal):
        if term.datatype == _XSD_STRING:
            return rdflib.Literal(str(term))
        if term.language:
            return rdflib.Literal(str(term), lang=term.language.lower())
        canonical = _NUMBERS.get(str(term.datatype))
        if canonical is not None:
            with contextlib.suppress(ValueError, ArithmeticError):
                return rdflib.Literal(canonical(str(term)), datatype=term.datatype)
    return term


def _decimal(text: str) -> str:
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(text)
    return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS: dict[str, Callable[[str], str]] = {
    _XSD + "integer": lambda text: str(int(text)),
    _XSD + "decimal": _decimal,
    _XSD + "double": lambda text: repr(float(text)),
    _XSD + "float": lambda text: repr(float(text)),
}


def as_csv(answer: Solutions) -> Solutions:
    """What survives of ``answer`` in CSV, read back the way :func:`parse_results` reads it."""
    convert = CSVResultParser().convertTerm
    rows = []
    for row in answer.rows:
        terms = ((var, convert(_csv_text(term))) for var, term in row)
        rows.append(frozenset((var, _csv_normal(t)) for var, t in terms if t is not None))
    return Solutions(answer.variables, tuple(rows), answer.boolean)


def _csv_text(term: object) -> str:
    return f"_:{term}" if isinstance(term, rdflib.BNode) else str(term)


def _csv_normal(term: object) -> object:
    """CSV drops datatypes, so numbers and durations are compared by value: ``1.0E6`` is
    ``1000000``, ``P0D`` is ``PT0S``."""
    if isinstance(term, rdflib.Literal) and not term.language and term.datatype is None:
        text = str(term)
        if _NUMERIC.fullmatch(text):
            return rdflib.Literal(repr(float(text)))
        found = _DURATION.fullmatch(text)
        if found and text[-1] not in "PT":
            sign = -1 if text[0] == "-" else 1
            years, months, days, hours, minutes, seconds = (float(g or 0) for g in found.groups())
            total = ((days * 24 + hours) * 60 + minutes) * 60 + seconds
            return rdflib.Literal(f"duration {sign * (years * 12 + months)} {sign * total}")
    return term


_DURATION = re.compile(
    r"-?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d*)?)S)?)?"
)
_NUMERIC = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


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
    if not same_bag(got.rows, want.rows):
        return False
    order = [v for v in case.order_variables if v in want.variables]
    return not order or _keys(got.rows, order) == _keys(want.rows, order)


def _keys(rows: tuple[Row, ...], order: list[str]) -> list[tuple]:
    """The ``ORDER BY`` values of each row, in order; any blank node is as good as another."""
    keys = []
    for row in rows:
        terms = dict(row)
        keys.append(tuple(_blank_as_one(terms.get(v)) for v in order))
    return keys


def _blank_as_one(term: object) -> object:
    return "_:" if isinstance(term, rdflib.BNode) else term


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

"""Run SPARQL from the command line and print results as a table, JSON, CSV or TSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from imkg.namespaces import CONCEPT, INFERRED_GRAPH, PREFIXES

if TYPE_CHECKING:
    from imkg.config import Settings

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def read_query_argument(text: str) -> str:
    """Return the query itself: ``text``, or the content of the file it names."""
    candidate = Path(text)
    if len(text) < 4096 and "\n" not in text and candidate.suffix in {".rq", ".sparql"}:
        from imkg.cli import UsageError

        try:
            return candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise UsageError(f"cannot read query file {text}: {err}") from err
    return text


def with_prefixes(query: str) -> str:
    """Prepend the project's PREFIX declarations that the query does not declare itself."""
    lowered = query.lower()
    missing = [p for p in PREFIXES if f"prefix {p}:" not in lowered]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + query


def short(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    """Render a term compactly for a terminal table."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in (("imc", CONCEPT), *PREFIXES.items()):
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri) :]}"
        return f"<{term.value}>"
    return term.value if isinstance(term, ox.Literal) else str(term)


def format_table(solutions: ox.QuerySolutions) -> str:
    """Lay out SELECT results as an aligned plain-text table."""
    names = [v.value for v in solutions.variables]
    cells = [[short(solution[name]) for name in names] for solution in solutions]
    widths = [max([len(n), *(len(row[i]) for row in cells)]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join([line, rule, *body, f"({len(cells)} rows)"])


def render(result: object, output_format: str) -> bytes:
    """Serialise any query result in the chosen command-line format."""
    if isinstance(result, ox.QueryBoolean):
        if output_format == "table":
            return (("yes" if bool(result) else "no") + "\n").encode()
        return result.serialize(format=RESULT_FORMATS[output_format])
    if isinstance(result, ox.QuerySolutions):
        if output_format == "table":
            return (format_table(result) + "\n").encode()
        return result.serialize(format=RESULT_FORMATS[output_format])
    triple_format = ox.RdfFormat.N_TRIPLES if output_format != "table" else ox.RdfFormat.TURTLE
    return ox.serialize(result, format=triple_format, prefixes=dict(PREFIXES))


def run_query(store, query: str, *, include_inferred: bool = True) -> object:
    """Run ``query`` over the union of graphs, optionally without the inferred graph."""
    from imkg.cli import UsageError

    query = with_prefixes(query)
    try:
        if include_inferred:
            return store.query(query)
        # Without the inferred graph both ways a query reads graphs: as its default graph and
        # through GRAPH patterns (the dataset is exactly the other named graphs).
        names = [g for g in store.named_graphs() if g != INFERRED_GRAPH]
        return store.query(query, default_graphs=names, named_graphs=names)
    except SyntaxError as err:
        raise UsageError(f"the query is not valid SPARQL: {err}") from err


def run_query_command(args: argparse.Namespace, settings: Settings) -> int:
    """Carry out ``imkg query``: the store is read without being taken from its writer."""
    from imkg.cli import binary_stdout
    from imkg.reading import read_store

    query = read_query_argument(args.sparql)

    def answer(store: object) -> bytes:
        result = run_query(store, query, include_inferred=not args.no_inferred)
        return render(result, args.format)

    binary_stdout().write(read_store(settings, answer))
    return 0


def export_graph(store, format_name: str, *, graph: str | None = None) -> bytes:
    """Serialise one graph, or the whole store, in a named RDF format."""
    return store.dump(RDF_FORMATS[format_name], graph=graph)

"""The SPARQL console's example queries and its server-side run (the page without JavaScript).

In the full app the query runs in the worker pool that serves ``/sparql``, under the same
time and row limits; with JavaScript the console posts to ``/sparql`` itself. Both show the
same table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson
import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool

from imkg.api.execute import Job
from imkg.api.workers import WorkerPool
from imkg.namespaces import PREFIXES, concept_slug
from imkg.store import GraphStore, StoreError

MAX_ROWS = 500
# A table cell shows at most this much of its value, and says how long the value is; one
# 8 MB value made an 8 MB page nobody reads.
MAX_CELL_CHARACTERS = 10_000
# The whole table (or Turtle text) shows at most this much. Cut cells alone still let 12
# columns by 500 rows of 5,000 characters make a 120 MB page, escaped in the event loop
# (/health stalled 0.5 s); rows stop once the table holds this many characters or cells.
MAX_TABLE_CHARACTERS = 1_000_000
MAX_TABLE_CELLS = 50_000
TABLE_FULL = f"cut: a page shows at most {MAX_TABLE_CHARACTERS:,} characters"
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"
WEB_SCHEMES = ("http://", "https://")  # the IRIs a result table links to


def _prefixes(*names: str) -> str:
    return "".join(f"PREFIX {n}: <{PREFIXES[n]}>\n" for n in names)


@dataclass(frozen=True)
class Example:
    """One example query, with a stable id for links and tests."""

    id: str
    title: str
    query: str


EXAMPLES = (
    Example(
        "components",
        "The components of internal marketing",
        _prefixes("imkg", "skos")
        + """
SELECT ?component ?label WHERE {
  ?component a imkg:Component ; skos:prefLabel ?label .
}
ORDER BY ?label""",
    ),
    Example(
        "causal-model",
        "Stated influences in the causal model",
        _prefixes("imkg", "skos")
        + """
SELECT ?causeLabel ?effectLabel WHERE {
  ?cause imkg:directlyInfluences ?effect .
  ?cause skos:prefLabel ?causeLabel . ?effect skos:prefLabel ?effectLabel .
}
ORDER BY ?causeLabel ?effectLabel""",
    ),
    Example(
        "drivers",
        "Everything that leads to customer satisfaction",
        _prefixes("imkg", "imc", "skos")
        + """
SELECT ?cause ?label WHERE {
  ?cause imkg:influences imc:customer-satisfaction ; skos:prefLabel ?label .
}
ORDER BY ?label""",
    ),
    Example(
        "cycle",
        "The stages of the internal marketing cycle, in order",
        _prefixes("imkg", "imc", "skos")
        + """
SELECT ?position ?stage ?label WHERE {
  ?stage imkg:stageOf imc:internal-marketing-cycle ;
         imkg:position ?position ; skos:prefLabel ?label .
}
ORDER BY ?position""",
    ),
    Example(
        "groups",
        "Internal customer groups and how they meet customers",
        _prefixes("imkg", "skos")
        + """
SELECT ?label ?contact ?inMarketing WHERE {
  ?group a imkg:InternalCustomerGroup ; skos:prefLabel ?label ;
         imkg:customerContact ?contact ; imkg:involvedInMarketing ?inMarketing .
}
ORDER BY ?label""",
    ),
    Example(
        "mentions",
        "The concepts the corpus mentions most",
        _prefixes("oa", "skos")
        + """
SELECT ?concept ?label (COUNT(?annotation) AS ?mentions) WHERE {
  ?annotation oa:hasBody ?concept .
  ?concept skos:prefLabel ?label .
}
GROUP BY ?concept ?label
ORDER BY DESC(?mentions)
LIMIT 10""",
    ),
)


def example(example_id: str) -> Example | None:
    """Return the example query with this id, if there is one."""
    return next((e for e in EXAMPLES if e.id == example_id), None)


@dataclass
class Cell:
    """One value of a result table; ``href`` links concepts to their pages."""

    text: str
    href: str | None = None


@dataclass
class Outcome:
    """What a query gave: a table, a boolean, RDF text, or an error to show."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    boolean: bool | None = None
    graph: str | None = None
    error: str | None = None
    truncated: bool = False
    characters_left: int = field(default=MAX_TABLE_CHARACTERS, repr=False)

    def add_row(self, row: list[Cell]) -> bool:
        """Add ``row``, its cells cut to what is left of the page's characters; once the
        table is full, mark it cut and return False."""
        full = self.characters_left <= 0 or (len(self.rows) + 1) * len(row) > MAX_TABLE_CELLS
        if full and self.rows:
            self.truncated = True
            return False
        for shown in row:
            if len(shown.text) > max(self.characters_left, 0):
                shown.text = f"{shown.text[: max(self.characters_left, 0)]}... ({TABLE_FULL})"
            self.characters_left -= len(shown.text)
        self.rows.append(row)
        return True


def cut_graph(text: str) -> str:
    """The start of a long Turtle answer, as long as a full table may be."""
    if len(text) <= MAX_TABLE_CHARACTERS:
        return text
    return f"{text[:MAX_TABLE_CHARACTERS]}\n# ... ({len(text):,} characters in all; {TABLE_FULL})"


def cell(term: object | None) -> Cell:
    """Show one RDF term: concept IRIs link to their explorer page, other web IRIs to
    themselves. A query can return any IRI (``IRI("javascript:...")``), and a link to a
    ``javascript:`` or ``data:`` one would run what the query's author wrote."""
    if term is None:
        return Cell("")
    if isinstance(term, ox.NamedNode):
        return iri_cell(term.value)
    return Cell(bounded(getattr(term, "value", str(term))))


def iri_cell(iri: str) -> Cell:
    """Show an IRI, linked when it is a concept's or a web address."""
    slug = concept_slug(iri)
    if slug:
        return Cell(iri, f"/concept/{slug}")
    return Cell(bounded(iri), iri if iri.startswith(WEB_SCHEMES) else None)


def bounded(text: str) -> str:
    """The start of a long value and its length, or a short value whole.

    >>> bounded("x" * 20_000)[-27:]
    '... (20,000 characters in all)'
    """
    if len(text) <= MAX_CELL_CHARACTERS:
        return text
    return f"{text[:MAX_CELL_CHARACTERS]}... ({len(text):,} characters in all)"


def run_query(store: GraphStore, sparql: str) -> Outcome:
    """Run a read-only query on ``store`` itself (an app without a query pool)."""
    try:
        return shape(store.query(sparql))
    except SyntaxError as err:
        return Outcome(error=f"the query is not valid SPARQL: {err}")
    except StoreError as err:
        return Outcome(error=str(err))


async def run_in_pool(pool: WorkerPool, sparql: str) -> Outcome:
    """Run a query in the server's worker pool, within its time and row limits."""
    reply = await pool.run(Job(sparql, True, (), (), ACCEPT, None, MAX_ROWS))
    if reply.status >= 400 or not reply.media_type:
        return Outcome(error=str(orjson.loads(reply.body).get("error", "the query failed")))
    # Reading the answer is a thread's work: an 8 MB value took pyoxigraph's parser 70 ms
    # (0.24 s on a busy machine) with the GIL held, and three such pages at once held
    # /health up to 0.5 s when it ran in the event loop.
    if "sparql-results+json" in reply.media_type:
        return await run_in_threadpool(shape_json, reply.body)
    return Outcome(graph=await run_in_threadpool(lambda: cut_graph(reply.body.decode())))


def shape_json(body: bytes) -> Outcome:
    """Turn SPARQL JSON results into a table or a boolean, read with orjson: values are
    cut to their shown length at once, rather than built as RDF terms first."""
    results = orjson.loads(body)
    if "boolean" in results:
        return Outcome(boolean=bool(results["boolean"]))
    outcome = Outcome(variables=list(results["head"].get("vars", [])))
    for i, binding in enumerate(results["results"]["bindings"]):
        if i == MAX_ROWS:
            outcome.truncated = True
            break
        if not outcome.add_row([json_cell(binding.get(v)) for v in outcome.variables]):
            break
    return outcome


def json_cell(value: dict | None) -> Cell:
    """Show one value of a SPARQL JSON binding as :func:`cell` shows the term."""
    if value is None:
        return Cell("")
    if value.get("type") == "uri":
        return iri_cell(value["value"])
    if value.get("type") == "triple":
        parts = value["value"]
        shown = " ".join(json_cell(parts.get(k)).text for k in ("subject", "predicate", "object"))
        return Cell(bounded(f"<< {shown} >>"))
    return Cell(bounded(str(value.get("value", ""))))


def shape(result: object) -> Outcome:
    """Turn a query result into a table, a boolean or Turtle text."""
    if isinstance(result, ox.QueryBoolean):
        return Outcome(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        outcome = Outcome(variables=variables)
        for i, solution in enumerate(result):
            if i == MAX_ROWS:
                outcome.truncated = True
                break
            if not outcome.add_row([cell(solution[v]) for v in variables]):
                break
        return outcome
    text = ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
    return Outcome(graph=cut_graph(text.decode()))

"""``imkg check``: SHACL shapes, OWL 2 DL consistency with HermiT, and competency questions.

Each check returns a :class:`CheckResult`; the report fails if any check fails.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from imkg import ontology as ontology_package
from imkg.build import OntologyError, build_graph, load_ontology, parse_turtle
from imkg.reasoning import entailments
from imkg.store import EmbeddedStore

COMPETENCY_DIR = ontology_package.ONTOLOGY_DIR / "competency"


@dataclass
class CheckResult:
    """One check's verdict with the lines that explain it."""

    name: str
    ok: bool
    details: list[str] = field(default_factory=list)


@dataclass
class CheckReport:
    """All checks run by ``imkg check``."""

    results: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    def text(self) -> str:
        lines = []
        for result in self.results:
            lines.append(f"[{'PASS' if result.ok else 'FAIL'}] {result.name}")
            lines.extend(f"    {d}" for d in result.details)
        lines.append("all checks passed" if self.ok else "some checks failed")
        return "\n".join(lines)


def _to_rdflib(triples: set[ox.Triple]):
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def check_shacl(asserted: set[ox.Triple], inferred: set[ox.Triple]) -> CheckResult:
    """Validate the ontology and its entailments against ``shapes.ttl`` with pySHACL."""
    import pyshacl
    import rdflib

    shapes = rdflib.Graph()
    shapes.parse(ontology_package.ONTOLOGY_DIR / ontology_package.SHAPES_FILE, format="turtle")
    conforms, report, _ = pyshacl.validate(
        _to_rdflib(asserted | inferred), shacl_graph=shapes, advanced=True, allow_warnings=True
    )
    details = [] if conforms else _shacl_messages(report)
    return CheckResult("SHACL shapes (pySHACL)", bool(conforms), details)


def _shacl_messages(report) -> list[str]:
    from rdflib.namespace import SH

    messages = []
    for result in report.subjects(predicate=SH.resultSeverity):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        messages.append(f"{focus}: {message}" + (f" (path {path})" if path else ""))
    return sorted(messages)[:50]


def check_owl_dl(asserted: set[ox.Triple]) -> CheckResult:
    """Run HermiT through owlready2; an inconsistency or unsatisfiable class fails."""
    name = "OWL 2 DL consistency (HermiT via owlready2)"
    if shutil.which("java") is None:
        return CheckResult(name, False, ["Java is not installed; HermiT needs Java 17 or later"])
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "imkg.owl"
        path.write_bytes(ox.serialize(asserted, format=ox.RdfFormat.RDF_XML))
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as err:
            return CheckResult(name, False, [f"the ontology is inconsistent: {err}"])
        except owlready2.OwlReadyJavaError as err:
            return CheckResult(name, False, [f"HermiT failed: {str(err)[:500]}"])
        unsatisfiable = [str(c) for c in world.inconsistent_classes()]
    if unsatisfiable:
        return CheckResult(name, False, [f"unsatisfiable class: {c}" for c in unsatisfiable])
    return CheckResult(name, True, [f"{len(asserted)} triples, consistent"])


def competency_questions(directory: Path = COMPETENCY_DIR) -> list[Path]:
    """Return the competency question files, in order."""
    return sorted(directory.glob("*.rq"))


def expected_answers(query_path: Path) -> dict:
    """Read the ``.expected.json`` file beside a competency question."""
    return json.loads(query_path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def actual_answers(store: EmbeddedStore, query: str) -> tuple[list[str], list[list[str]]]:
    """Run a competency question; return its variables and rows as plain strings."""
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    rows = [[s[n].value if s[n] is not None else "" for n in names] for s in solutions]
    return names, rows


def answers_match(expected: dict, names: list[str], rows: list[list[str]]) -> bool:
    """Compare actual rows to the expected ones, in order only when the file says so."""
    wanted = [[str(v) for v in row] for row in expected["rows"]]
    if names[: len(expected["variables"])] != expected["variables"]:
        return False
    rows = [row[: len(expected["variables"])] for row in rows]
    if expected.get("ordered"):
        return rows == wanted
    return sorted(rows) == sorted(wanted)


def check_competency(directory: Path = COMPETENCY_DIR) -> CheckResult:
    """Build the graph in memory and run every competency question against it."""
    store = EmbeddedStore(None)
    build_graph(store)
    questions = competency_questions(directory)
    failures = []
    for path in questions:
        names, rows = actual_answers(store, path.read_text(encoding="utf-8"))
        if not answers_match(expected_answers(path), names, rows):
            failures.append(f"{path.name}: got {rows}")
    details = failures or [f"{len(questions)} questions answered as expected"]
    ok = not failures and bool(questions)
    return CheckResult("competency questions", ok, details)


def run_checks(*, skip_reasoner: bool = False) -> CheckReport:
    """Run every check; a broken ontology file is itself a failed check."""
    try:
        asserted = load_ontology()
        parse_turtle(ontology_package.ONTOLOGY_DIR / ontology_package.SHAPES_FILE)
    except OntologyError as err:
        return CheckReport([CheckResult("ontology files parse", False, [str(err)])])
    results = [CheckResult("ontology files parse", True, [f"{len(asserted)} triples"])]
    results.append(check_shacl(asserted, entailments(asserted)))
    if not skip_reasoner:
        results.append(check_owl_dl(asserted))
    results.append(check_competency())
    return CheckReport(results)

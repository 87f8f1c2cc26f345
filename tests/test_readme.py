"""The README documents what users rely on: the two commands, the namespace, every term."""

from pathlib import Path

import pyoxigraph as ox

from imkg.build import parse_turtle
from imkg.namespaces import IMKG, OWL, RDF
from imkg.ontology import ONTOLOGY_DIR

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
DECLARATIONS = {
    OWL + "Class",
    OWL + "ObjectProperty",
    OWL + "DatatypeProperty",
    OWL + "AnnotationProperty",
}


def schema_terms() -> set[str]:
    rdf_type = ox.NamedNode(RDF + "type")
    return {
        t.subject.value[len(IMKG) :]
        for t in parse_turtle(ONTOLOGY_DIR / "imkg.ttl")
        if t.predicate == rdf_type
        and t.object.value in DECLARATIONS
        and t.subject.value.startswith(IMKG)
    }


def test_readme_gives_the_two_commands():
    assert "make serve" in README
    assert "make test" in README


def test_readme_documents_the_namespace_and_graphs():
    for iri in (
        IMKG,
        "https://w3id.org/imkg/concept/",
        "https://w3id.org/imkg/graph/ontology",
        "https://w3id.org/imkg/graph/inferred",
        "https://w3id.org/imkg/graph/document/",
    ):
        assert iri in README


def test_readme_documents_every_class_and_property():
    terms = schema_terms()
    assert len(terms) > 30
    missing = sorted(t for t in terms if f"imkg:{t}" not in README)
    assert not missing, f"undocumented in README: {missing}"


def test_the_python_examples_run(tmp_path, monkeypatch, capsys):
    """Every ```python block of the README runs, in order, in a fresh folder."""
    import re

    monkeypatch.chdir(tmp_path)
    (tmp_path / "course-notes").mkdir()
    (tmp_path / "course-notes" / "unit.md").write_text(
        "# Unit 1\n\nInternal marketing treats staff as internal customers.\n"
    )
    (tmp_path / "syllabus.txt").write_text("Week 1: empowerment and job satisfaction.\n")
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 2
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "employee motivation" in printed  # what drives job satisfaction
    assert "empowerment" in printed and "job-satisfaction" in printed
    assert "1 written" in printed
    assert "concepts covered" in printed

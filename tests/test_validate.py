"""``imkg check`` finds broken shapes, inconsistent OWL and wrong competency answers."""

import pyoxigraph as ox
import pytest

from imkg.build import load_ontology
from imkg.namespaces import CONCEPT, OWL, RDF, SKOS
from imkg.reasoning import entailments
from imkg.validate import (
    answers_match,
    check_competency,
    check_owl_dl,
    check_shacl,
    competency_questions,
)


@pytest.fixture(scope="module")
def asserted():
    return load_ontology()


def test_validate_shacl_passes_on_the_ontology(asserted):
    result = check_shacl(asserted, entailments(asserted))
    assert result.ok, result.details


def test_validate_shacl_flags_a_concept_without_definition(asserted):
    definition = ox.NamedNode(SKOS + "definition")
    target = ox.NamedNode(CONCEPT + "empowerment")
    broken = {t for t in asserted if not (t.subject == target and t.predicate == definition)}
    result = check_shacl(broken, entailments(broken))
    assert not result.ok
    assert any("empowerment" in line for line in result.details)


def test_validate_hermit_flags_an_inconsistent_ontology(asserted):
    thing = ox.NamedNode(OWL + "Nothing")
    broken = set(asserted) | {
        ox.Triple(ox.NamedNode(CONCEPT + "empowerment"), ox.NamedNode(RDF + "type"), thing)
    }
    result = check_owl_dl(broken)
    assert not result.ok
    assert "inconsistent" in " ".join(result.details)


def test_validate_competency_questions_cover_the_ontology():
    assert len(competency_questions()) >= 30
    result = check_competency()
    assert result.ok, result.details


def test_validate_answers_match_respects_order_when_asked():
    expected = {"variables": ["x"], "rows": [["a"], ["b"]], "ordered": True}
    assert answers_match(expected, ["x"], [["a"], ["b"]])
    assert not answers_match(expected, ["x"], [["b"], ["a"]])
    assert answers_match({**expected, "ordered": False}, ["x"], [["b"], ["a"]])
    assert not answers_match(expected, ["x"], [["a"]])

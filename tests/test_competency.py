"""Each competency question, drawn from the sources, answered by the built graph."""

import pytest

from imkg.validate import actual_answers, answers_match, competency_questions, expected_answers

QUESTIONS = competency_questions()


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


def test_competency_has_at_least_thirty_questions():
    assert len(QUESTIONS) >= 30


@pytest.mark.parametrize("path", QUESTIONS, ids=[p.stem for p in QUESTIONS])
def test_competency_question(store, path):
    query = path.read_text(encoding="utf-8")
    assert query.lstrip().startswith("# Question:"), "each file states its question first"
    names, rows = actual_answers(store, query)
    expected = expected_answers(path)
    assert answers_match(expected, names, rows), f"expected {expected['rows']}, got {rows}"

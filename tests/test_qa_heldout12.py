"""Round twelve: the families its held-out batch declined, each over other wordings.

``tests/questions/heldout12-batch1.json`` keeps its one run as it ran; these tests check the
general changes made afterwards, never the batch's own wording: a source asked for as "where
is it said that X" or "who says that X", and a premise to check rather than explain ("why
does X drive Y", "explain why X causes Y", "given that X drives Y, what should I do").
Must-decline guards show that each family still declines what the graph cannot answer.
"""

import pytest
from imkg_test_qa import concepts, declines

from imkg.qa import answer


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


@pytest.mark.parametrize(
    ("question", "named", "yes"),
    [
        (
            "where is it said that job satisfaction drives customer satisfaction",
            {"job-satisfaction", "customer-satisfaction"},
            True,
        ),
        (
            "who says that empowerment improves service quality",
            {"empowerment", "service-quality"},
            True,
        ),
        (
            "explain why customer retention causes empowerment",
            {"customer-retention", "empowerment"},
            False,
        ),
        ("why does training boost motivation", {"employee-training", "employee-motivation"}, True),
        (
            "given that empowerment improves service quality, what should I do",
            {"empowerment", "service-quality"},
            True,
        ),
    ],
)
def test_premise_and_source_wordings_check_the_link(store, question, named, yes):
    found = answer(store, question)
    assert found.intent == "path"
    assert named <= concepts(found)
    assert found.answer_text.startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    "question",
    [
        "where is it stated that blockchain drives job satisfaction",
        "who claims that burnout lowers service quality",
        "why does job satisfaction cause inflation",
        "since crypto drives staff retention, how should I use it",
    ],
)
def test_premise_and_source_wordings_still_decline_unknown_concepts(store, question):
    declines(store, question)


def test_why_matter_keeps_its_reading(store):
    assert answer(store, "why does empowerment matter").intent == "influences"
    assert answer(store, "why does empowerment matter for service quality").intent == "path"

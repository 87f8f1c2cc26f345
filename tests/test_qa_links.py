""" "How are A and B connected" when neither influences the other: the graph's other links.

A held-out question ("how are TQM and internal marketing connected") was answered with a
causal "no", true of the causal model but misleading: the graph ties the two through an
element of TQM that internal marketing influences.
"""

import pytest
from pyoxigraph import Literal, NamedNode

from imkg.namespaces import concept_iri
from imkg.qa import answer
from imkg.qa.links import MAX_STEPS, is_link_question, link_chain


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


def ids(found) -> set[str]:
    return {a["id"] for a in found.answers}


@pytest.mark.parametrize(
    "question",
    [
        "how are TQM and internal marketing connected",
        "what is the relationship between total quality management and internal marketing",
        "how is internal marketing related to TQM",
    ],
)
def test_a_link_question_without_influence_gets_the_other_links(store, question):
    found = answer(store, question)
    assert found.intent == "path"
    assert "neither" in found.answer_text and "links them otherwise" in found.answer_text
    assert not found.answer_text.startswith("No")
    assert "empowerment" in ids(found)  # an element of TQM that internal marketing influences


def test_a_yes_no_link_question_says_yes_but_not_causal(store):
    found = answer(store, "is there a link between TQM and internal marketing")
    assert found.answer_text.startswith("Yes, though not as cause and effect.")


def test_a_question_about_a_causal_link_still_gets_the_causal_answer(store):
    found = answer(store, "is there a causal link between TQM and internal marketing")
    assert found.answer_text.startswith("No.")
    assert "links them otherwise" not in found.answer_text


def test_a_concept_named_like_a_cause_word_does_not_make_the_question_causal(store):
    found = answer(store, "how are the isolateds and the influencers related")
    assert "links them otherwise" in found.answer_text
    assert "internal-customer" in ids(found)


def test_an_influence_is_still_answered_as_one(store):
    found = answer(store, "how are job satisfaction and customer satisfaction related")
    assert "directly influences" in found.answer_text
    assert "links them otherwise" not in found.answer_text


def test_the_question_words_decide_what_is_asked():
    assert is_link_question("how are a and b connected")
    assert is_link_question("is there a link between a and b")
    assert not is_link_question("is there a causal link between a and b")
    assert not is_link_question("how does a influence b")
    assert is_link_question("how are the influencers and the isolateds related")


def _row(a: str, relation: str, b: str) -> dict:
    return {
        "a": NamedNode(concept_iri(a)),
        "p": NamedNode(f"https://example.org/{relation.replace(' ', '-')}"),
        "b": NamedNode(concept_iri(b)),
        "name": Literal(relation),
    }


def test_the_chain_is_the_shortest_read_both_ways_and_bounded():
    rows = [_row("a", "has part", "x"), _row("b", "has part", "x"), _row("a", "r", "m1")]
    rows += [_row(f"m{i}", "r", f"m{i + 1}") for i in range(1, 6)]
    rows.append(_row("m6", "r", "far"))
    assert link_chain(rows, "a", "b") == [("a", "has part", "x"), ("b", "has part", "x")]
    assert link_chain(rows, "b", "a") == [("b", "has part", "x"), ("a", "has part", "x")]
    assert len(link_chain(rows, "a", "m3")) == 3 == MAX_STEPS
    assert link_chain(rows, "a", "far") == []  # seven steps away
    assert link_chain(rows, "a", "unknown") == []

"""The most, least and never discussed concepts (``imkg.qa.mention_ranking``) on a store
without documents: "which concept is discussed the most" answered ``max() arg is an empty
sequence`` (``imkg ask``, and the same Python message from ``/api/ask``)."""

import pytest

from imkg.qa import answer


@pytest.fixture(scope="module")
def graph_only():
    """The ontology built, no document ingested (``imkg serve --no-corpus``)."""
    from imkg.build import build_graph
    from imkg.store import EmbeddedStore

    built = EmbeddedStore(None)
    build_graph(built)
    return built


@pytest.mark.parametrize(
    "question",
    ["which topic is talked about the most", "what idea is least often mentioned in the cases",
     "what are the most frequently covered themes"],
)  # fmt: skip
def test_ranking_a_store_without_mentions_says_there_is_nothing(graph_only, question):
    found = answer(graph_only, question)
    assert found.intent == "mention_counts"
    assert found.answers == []
    assert "No concept is mentioned" in found.answer_text


def test_never_discussed_on_a_store_without_mentions_lists_every_concept(graph_only):
    """A guard: "never" was right already, every concept is never mentioned."""
    found = answer(graph_only, "which concepts are never discussed")
    assert found.intent == "mention_counts" and len(found.answers) > 50


def test_ranking_the_corpus_still_names_the_most_discussed(corpus_store):
    """A guard: with documents the ranking is what it was."""
    found = answer(corpus_store, "which topic is talked about the most")
    assert [a["id"] for a in found.answers] == ["internal-marketing"]


def test_never_discussed_when_every_concept_is_mentioned_says_so():
    """On a store where every concept is mentioned (the 1M-quad synthetic one) the answer
    was '0 concepts are never mentioned ..., nor through a narrower concept:.'"""
    from imkg.build import build_graph
    from imkg.store import EmbeddedStore

    built = EmbeddedStore(None)
    build_graph(built)
    built.update(
        "PREFIX oa: <http://www.w3.org/ns/oa#> INSERT { GRAPH <urn:all> { "
        "?a oa:hasBody ?c ; oa:hasTarget [ oa:hasSource <https://w3id.org/imkg/document/d> ] } "
        "} WHERE { GRAPH ?g { ?c a <http://www.w3.org/2004/02/skos/core#Concept> } "
        'BIND(IRI(CONCAT("urn:annotation:", STRUUID())) AS ?a) }'
    )
    built.update(
        "INSERT DATA { GRAPH <urn:all> { <https://w3id.org/imkg/document/d> a "
        '<https://w3id.org/imkg/ontology#Document> ; <http://purl.org/dc/terms/title> "D" } }'
    )
    found = answer(built, "what topics are never talked about")
    assert found.intent == "mention_counts" and found.answers == []
    assert found.answer_text.startswith("Every concept is mentioned")

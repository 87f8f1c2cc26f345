"""Search and the text normalisation under it: word forms, synonyms, typos, kinds."""

import pytest

from imkg import text
from imkg.build import build_graph
from imkg.kinds import kind_index
from imkg.search import label_index, search
from imkg.store import EmbeddedStore
from imkg.text import content_words, key, similarity, stem, words


@pytest.fixture(scope="module")
def store():
    built = EmbeddedStore(None)
    build_graph(built)
    return built


def top(store, query: str) -> str:
    hits = search(store, query, limit=3)
    return hits[0].entry.slug if hits else ""


def test_words_join_hyphens_and_drop_punctuation():
    assert words("Inter-functional co-ordination!") == ["interfunctional", "coordination"]


def test_stem_reduces_word_forms_to_one_stem():
    assert len({stem(w) for w in ("empowered", "empowerment", "empowering", "empower")}) == 1
    assert stem("isolateds") == stem("isolated")
    assert stem("types") == stem("type")


def test_synonyms_map_staff_words_onto_employee():
    assert key("motivated staff") == key("employee motivation") == key("workforce motivation")


def test_stopwords_are_dropped():
    assert content_words("the barriers to internal marketing") == [
        "barriers",
        "internal",
        "marketing",
    ]


def test_similarity_tolerates_typos_but_not_other_words():
    assert similarity("empowerement", "empowerment") > 0.6
    assert similarity("weather", "whether") < 0.6
    assert similarity("satisfaction", "motivation") < 0.3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("motivated staff", "employee-motivation"),
        ("empowerement", "empowerment"),
        ("job satisfacton", "job-satisfaction"),
        ("Customer Satisfaction", "customer-satisfaction"),
        ("interfunctional coordination", "inter-functional-coordination"),
        ("sabbaticals", "paid-sabbaticals"),
        ("TQM", "total-quality-management"),
        ("code-breaking", "code-breaking"),
    ],
)
def test_search_ranks_the_intended_concept_first(store, query, expected):
    assert top(store, query) == expected


def test_search_finds_concepts_by_definition_words_below_label_matches(store):
    hits = search(store, "guidelines initiative", limit=10)
    assert "empowerment" in [h.entry.slug for h in hits]


def test_search_returns_nothing_for_unrelated_words(store):
    assert search(store, "weather forecast") == []
    assert search(store, "") == []


def test_search_scores_are_sorted_and_bounded(store):
    hits = search(store, "customer", limit=20)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1.1 for s in scores)


def test_label_index_is_cached_until_the_store_changes(store):
    first = label_index(store)
    assert label_index(store) is first
    store.update("INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> <urn:c> } }")
    assert label_index(store) is not first
    store.clear_graph("urn:test")


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the barriers", "Barrier"),
        ("problems", "Barrier"),
        ("benefits of internal marketing", "Benefit"),
        ("types of employees", "InternalCustomerGroup"),
        ("stages of the internal marketing cycle", "CycleStage"),
        ("the three types of marketing", "MarketingType"),
        ("non-monetary rewards", "RewardPractice"),
        ("departments", "OrganisationalFunction"),
    ],
)
def test_kinds_are_found_by_the_names_people_use(store, phrase, kind):
    found = kind_index(store).find(phrase)
    assert found is not None and found.local_name == kind


def test_kinds_come_from_the_ontology_with_labels(store):
    kinds = kind_index(store).kinds
    assert kinds["CycleStage"].label == "cycle stage"
    assert kind_index(store).find("weather") is None


def test_trigrams_of_long_words_are_not_remembered() -> None:
    """A search text may be one 500-character word: 300 of them grew the server by 19 MB,
    and the cache keeps 50,000."""
    remembered = getattr(text, "_remembered_trigrams", text.trigrams)
    remembered.cache_clear()
    for i in range(50):
        word = f"{i}" + "x" * 499
        assert text.trigrams(word) >= {"  " + word[0], "xx "}
    text.trigrams("satisfaction")
    assert remembered.cache_info().currsize == 1

"""Core read helpers: concepts, influences, documents and coverage, on a built graph plus one
hand-written document graph in the shape docs/vocabulary.md gives."""

import re

import pyoxigraph as ox
import pytest

from imkg.build import build_graph
from imkg.concepts import UnknownKind, get_concept, list_concepts, mentions, mentions_query
from imkg.coverage import Found, coverage
from imkg.documents import document, documents
from imkg.influence import causal_model, influences
from imkg.namespaces import document_graph
from imkg.store import EmbeddedStore

TEXT = "Empowerment raises job satisfaction. Contactors meet guests every day."
DOCUMENT = f"""
@prefix imkg: <https://w3id.org/imkg/ontology#> .
@prefix imc: <https://w3id.org/imkg/concept/> .
@prefix imd: <https://w3id.org/imkg/document/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

imd:hotel a imkg:Document, prov:Entity ; dcterms:title "Hotel case" ;
  dcterms:source "corpus/cases/hotel.md" ; dcterms:format "text/markdown" ; imkg:kind "case" ;
  imkg:text "{TEXT}" ; imkg:wordCount 10 .
imd:hotel\\/annotation\\/1 a oa:Annotation ; oa:motivatedBy oa:tagging ;
  oa:hasBody imc:empowerment ; imkg:confidence 0.9 ; oa:hasTarget imd:hotel\\/annotation\\/1\\/t .
imd:hotel\\/annotation\\/1\\/t a oa:SpecificResource ; oa:hasSource imd:hotel ;
  oa:hasSelector [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 11 ] ,
                 [ a oa:TextQuoteSelector ; oa:exact "Empowerment" ] ;
  imkg:sentenceStart 0 ; imkg:sentenceEnd 36 .
imd:hotel\\/annotation\\/2 a oa:Annotation ; oa:hasBody imc:contactors ; imkg:confidence 0.95 ;
  oa:hasTarget imd:hotel\\/annotation\\/2\\/t .
imd:hotel\\/annotation\\/2\\/t a oa:SpecificResource ; oa:hasSource imd:hotel ;
  oa:hasSelector [ a oa:TextPositionSelector ; oa:start 37 ; oa:end 47 ] ;
  imkg:sentenceStart 37 ; imkg:sentenceEnd 69 .
imd:hotel\\/proposal\\/1 a imkg:InfluenceProposal ; imkg:cause imc:empowerment ;
  imkg:effect imc:job-satisfaction ; imkg:cue "raises" ; imkg:evidence "Empowerment raises job
satisfaction." ; imkg:confidence 0.7 ; prov:wasDerivedFrom imd:hotel .
""".replace('job\nsatisfaction."', 'job satisfaction."')


@pytest.fixture(scope="module")
def store():
    built = EmbeddedStore(None)
    build_graph(built)
    triples = [q.triple for q in ox.parse(DOCUMENT, format=ox.RdfFormat.TURTLE)]
    built.replace_graph(document_graph("hotel"), triples)
    return built


def ids(items) -> set[str]:
    return {item["id"] for item in items}


def test_list_concepts_of_a_kind_by_class_or_by_name(store):
    by_class = list_concepts(store, kind="CycleStage")
    assert ids(by_class) == {"energising", "code-breaking", "authorising", "diffusing"}
    assert list_concepts(store, kind="stages") == by_class
    assert all(item["types"] == ["CycleStage"] and item["definition"] for item in by_class)


def test_list_concepts_ranks_by_search_text(store):
    found = list_concepts(store, kind="Component", q="motivated staff")
    assert found[0]["id"] == "employee-motivation"
    assert found == sorted(found, key=lambda item: -item["score"])


def test_list_concepts_rejects_an_unknown_kind(store):
    with pytest.raises(UnknownKind, match="CycleStage"):
        list_concepts(store, kind="spaceships")


def test_get_concept_has_labels_types_sources_and_attributes(store):
    trace = []
    concept = get_concept(store, "modifiers", trace=trace)
    assert concept["label"] == "modifiers" and concept["types"] == ["InternalCustomerGroup"]
    assert concept["attributes"]["imkg:hasInPersonCustomerContact"] is False
    assert concept["attributes"]["imkg:hasFrequentCustomerContact"] is True
    assert any("seed 000" in s for s in concept["sources"])
    assert trace and trace[0].lstrip().startswith("PREFIX")


def test_get_concept_lists_relations_in_both_directions(store):
    concept = get_concept(store, "job-satisfaction")
    relations = {(r["property"], r["direction"], r["id"]) for r in concept["relations"]}
    assert ("imkg:directlyInfluences", "in", "empowerment") in relations
    assert ("imkg:directlyInfluences", "out", "customer-satisfaction") in relations
    inferred = [r for r in concept["relations"] if r["inferred"]]
    assert any(r["property"] == "imkg:influences" for r in inferred)


def test_get_concept_includes_mentions_with_passages(store):
    concept = get_concept(store, "empowerment")
    assert concept["mention_count"] == 1
    mention = concept["mentions"][0]
    assert (mention["document"], mention["start"], mention["end"]) == ("hotel", 0, 11)
    assert mention["passage"] == "Empowerment raises job satisfaction."


def test_get_concept_returns_none_for_an_unknown_id(store):
    assert get_concept(store, "no-such-concept") is None


def test_mentions_passage_is_the_sentence_by_offsets(store):
    found = mentions(store, "contactors")
    assert found[0]["passage"] == TEXT[37:69]
    assert found[0]["text"] is None  # this annotation has no quote selector


def test_influences_in_lists_curated_causes_with_claims(store):
    result = influences(store, "job-satisfaction", direction="in", indirect=False)
    assert {"empowerment", "employee-motivation", "marketing-like-approach"} <= ids(
        result["direct"]
    )
    empowerment = next(d for d in result["direct"] if d["id"] == "empowerment")
    assert empowerment["claims"] and "seed 000" in empowerment["source"]
    assert result["indirect"] == []


def test_influences_indirect_paths_start_at_the_cause(store):
    result = influences(store, "customer-satisfaction", direction="in", indirect=True)
    indirect = {item["id"]: item["path"] for item in result["indirect"]}
    assert "marketing-like-approach" in indirect and "empowerment" in indirect
    for cause, path in indirect.items():
        assert path[0] == cause and path[-1] == "customer-satisfaction" and len(path) >= 3
    assert not ids(result["direct"]) & set(indirect)


def test_influences_out_follows_effects(store):
    result = influences(store, "employee-motivation", direction="out")
    assert {"job-satisfaction", "customer-orientation"} <= ids(result["direct"])
    paths = {item["id"]: item["path"] for item in result["indirect"]}
    assert paths["customer-satisfaction"][0] == "employee-motivation"


def test_influences_keeps_text_proposals_apart(store):
    result = influences(store, "job-satisfaction", direction="in")
    assert [(p["id"], p["document"], p["cue"]) for p in result["proposed"]] == [
        ("empowerment", "hotel", "raises")
    ]


def test_influences_rejects_a_bad_direction(store):
    with pytest.raises(ValueError, match="direction"):
        influences(store, "empowerment", direction="sideways")


def test_causal_model_shortest_paths_are_all_shortest(store):
    model = causal_model(store)
    paths = model.shortest_paths("empowerment", "customer-satisfaction")
    assert {p[1] for p in paths} == {"customer-orientation", "job-satisfaction", "service-quality"}
    assert all(len(p) == 3 for p in paths)
    assert model.shortest_paths("customer-satisfaction", "empowerment") == []


def test_documents_lists_metadata_and_annotation_counts(store):
    found = documents(store)
    assert [(d["id"], d["title"], d["kind"], d["annotation_count"]) for d in found] == [
        ("hotel", "Hotel case", "case", 2)
    ]
    assert found[0]["word_count"] == 10


def test_document_has_text_annotations_and_proposals(store):
    found = document(store, "hotel")
    assert found["text"] == TEXT
    assert [(a["concept"]["id"], a["start"], a["end"]) for a in found["annotations"]] == [
        ("empowerment", 0, 11),
        ("contactors", 37, 47),
    ]
    assert found["proposals"][0]["cause"]["id"] == "empowerment"
    assert document(store, "missing") is None


def test_coverage_groups_covered_and_missed_concepts_by_kind(store):
    found = [
        Found("energising", "Week 1: energising."),
        Found("code-breaking", "Week 2."),
        Found("energising", "Week 1: energising."),
    ]
    result = coverage(store, found, kinds=["CycleStage", "Component"])
    groups = {g["kind"]: g for g in result["groups"]}
    stages = groups["CycleStage"]
    assert (stages["total"], stages["coverage"]) == (4, 0.5)
    assert ids(stages["missed"]) == {"authorising", "diffusing"}
    energising = next(c for c in stages["covered"] if c["id"] == "energising")
    assert energising["mentions"] == 2 and energising["passages"] == ["Week 1: energising."]
    assert groups["Component"]["coverage"] == 0.0
    assert result["concepts_covered"] == 2 and result["concepts_total"] == 4 + 9


def test_mention_queries_keep_each_optional_to_one_pattern():
    # pyoxigraph 0.5.13 evaluates an OPTIONAL group of several patterns on its own and joins
    # afterwards: at 1M quads "where is X discussed" went from 15 ms to minutes.
    from imkg.documents import annotations_query
    from imkg.qa.templates import mentions

    iri = "https://w3id.org/imkg/concept/empowerment"
    for query in (mentions_query(iri), annotations_query(iri), mentions(iri, "")):
        for body in re.findall(r"OPTIONAL \{([^{}]*)\}", query):
            assert ";" not in body and " . " not in body.strip(" ."), body


def test_a_broader_concept_lists_the_narrower_concepts_the_corpus_mentions(store):
    # The hotel names contactors, a kind of internal customer, but never "internal customer":
    # the broader concept is discussed through it (SKOS), and its page says where.
    concept = get_concept(store, "internal-customer")
    assert concept["mention_count"] == 0
    assert [(n["id"], n["passages"], n["documents"]) for n in concept["narrower_mentions"]] == [
        ("contactors", 1, 1)
    ]


def test_narrower_mentions_leave_out_the_concept_itself_and_unmentioned_ones(store):
    assert get_concept(store, "contactors")["narrower_mentions"] == []  # no narrower concept
    assert get_concept(store, "internal-communication")["narrower_mentions"] == []  # none named


@pytest.fixture
def cyclic_store():
    """The small world with ``skos:broader`` made a cycle, as an update with the token can."""
    built = EmbeddedStore(None)
    build_graph(built)
    built.replace_graph(
        document_graph("hotel"), [q.triple for q in ox.parse(DOCUMENT, format=ox.RdfFormat.TURTLE)]
    )
    built.update(
        "INSERT DATA { GRAPH <urn:cycle> { <https://w3id.org/imkg/concept/internal-customer> "
        "<http://www.w3.org/2004/02/skos/core#broader> "
        "<https://w3id.org/imkg/concept/contactors> } }"
    )
    return built


def test_narrower_mentions_in_a_cycle_leave_out_the_concept_itself(cyclic_store):
    """Through a cycle a concept is narrower than itself; it was listed as its own narrower
    concept (with its own passages counted again)."""
    assert get_concept(cyclic_store, "contactors")["narrower_mentions"] == []
    listed = get_concept(cyclic_store, "internal-customer")["narrower_mentions"]
    assert [(n["id"], n["passages"]) for n in listed] == [("contactors", 1)]

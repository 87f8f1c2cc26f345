"""The concept tagger on the ten-concept fixture ontology: variants, overlaps, acronyms."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from imkg.ingest import tag_text
from imkg.ingest.labels import labels_from_triples, load_labels
from imkg.ingest.order_variants import order_variants
from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.variants import surface_variants
from imkg.ingest.word_forms import number_forms
from imkg.store import EmbeddedStore

FIXTURE = Path(__file__).parent / "ingest_data" / "fixture-ontology.ttl"


@pytest.fixture(scope="module")
def labels():
    data = FIXTURE.read_bytes()
    return labels_from_triples(q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE))


@pytest.fixture(scope="module")
def nlp(labels):
    return build_pipeline(labels)


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.concept, m.kind) for m in tag_text(text, nlp=nlp)]


def test_labels_from_fixture_skip_the_scheme(labels):
    slugs = {c.slug for c in labels.concepts}
    assert len(labels) == 11
    assert "internal-marketing-scheme" not in slugs
    contactors = labels.by_iri()["https://w3id.org/imkg/concept/contactors"]
    assert contactors.specificity == 2


def test_labels_come_from_the_store_ontology_graph(labels):
    store = EmbeddedStore(None)
    quads = ox.parse(FIXTURE.read_bytes(), format=ox.RdfFormat.TURTLE)
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(
        "https://w3id.org/imkg/graph/ontology")) for q in quads)  # fmt: skip
    assert load_labels(store) == labels


def test_variants_cover_inflection_spelling_and_hyphenation():
    assert {"front line staff", "frontline staff"} <= surface_variants("front-line staff")
    assert {"empowered", "empowering", "empowers"} <= surface_variants("empowerment")
    assert "organizational culture" in surface_variants("organisational culture")
    assert "customer-oriented" in surface_variants("customer orientation")
    assert number_forms("isolateds") == {"isolateds"}
    assert "motivation of staff" in order_variants("employee motivation")
    assert "coordination between the different functions" in order_variants(
        "inter-functional coordination"
    )
    assert order_variants("internal marketing") == set()


def test_tagger_catches_inflections_and_word_order(nlp):
    text = "Motivated employees and the motivation of staff matter; so does empowering them."
    assert found(nlp, text) == [
        ("Motivated employees", "employee-motivation", "order"),
        ("motivation of staff", "employee-motivation", "order"),
        ("empowering", "empowerment", "variant"),
    ]


def test_words_for_staff_stand_in_for_one_another(nlp):
    text = "Worker motivation rose; personnel motivation too, and so did staff's motivation."
    assert [c for _, c, _ in found(nlp, text)] == ["employee-motivation"] * 3


def test_words_for_customers_stand_in_for_one_another(nlp):
    text = "Patient satisfaction rose, and so did guest satisfaction at the hotel."
    assert [c for _, c, _ in found(nlp, text)] == ["customer-satisfaction"] * 2


def test_tagger_keeps_offsets_text_and_confidence(nlp):
    text = "Good service quality pleases. The isolateds rarely meet customers."
    mentions = tag_text(text, nlp=nlp)
    assert [(m.start, m.end) for m in mentions] == [(5, 20), (34, 43)]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert mentions[0].confidence == 0.95 and mentions[0].label == "service quality"
    assert mentions[1].sentence_start == 30


def test_longest_match_wins(nlp):
    text = "Inter-functional coordination and integration is one component."
    assert found(nlp, text) == [
        ("Inter-functional coordination and integration", "inter-functional-coordination", "pref")
    ]


def test_equal_spans_go_to_the_more_specific_concept(nlp):
    # "front-line staff" is an alt label of contactors (which has a broader concept) only;
    # both concepts share "support staff"-like shapes, so check the ranking directly.
    tagger = nlp.get_pipe("imkg_concept_tagger")
    assert (
        tagger.specificity["https://w3id.org/imkg/concept/contactors"]
        > tagger.specificity["https://w3id.org/imkg/concept/isolateds"]
    )


def test_short_acronym_needs_a_definition_or_the_long_form(nlp):
    assert found(nlp, "IM matters to managers.") == []
    defined = found(nlp, "Internal marketing (IM) is old. IM still matters.")
    assert [m[0] for m in defined] == ["Internal marketing", "IM", "IM"]
    assert defined[1][2] == "abbr"


def test_long_acronym_label_is_case_sensitive(nlp):
    assert found(nlp, "TQM helps.") == [("TQM", "total-quality-management", "hidden")]
    assert found(nlp, "tqm helps.") == []


def test_document_defined_acronym(nlp):
    text = "Employee motivation (EM) grows. Later, EM falls."
    assert [m[:2] for m in found(nlp, text)][-1] == ("EM", "employee-motivation")


def test_distractors_are_not_tagged(nlp):
    text = "The bus service was late; the job title and the marketing budget changed."
    assert found(nlp, text) == []


def test_hyphenated_compound_parts_are_not_tagged(nlp):
    assert found(nlp, "A non-service quality issue.") == []


def test_spans_and_mentions_agree(nlp):
    text = "Internal marketing (IM) helps. Motivated employees give service quality; IM works."
    doc = nlp(text)
    mentions = tag_text(text, nlp=nlp)
    spans = [(s.start_char, s.end_char, s.id_, s.label_) for s in doc.spans["concepts"]]
    assert spans == [(m.start, m.end, m.concept_iri, m.kind) for m in mentions]
    assert len(mentions) == 5


def test_case_sensitive_phrases_match_as_the_phrase_matcher_does():
    """The tagger's anchored lookup of the acronym ruler's phrases finds exactly what the
    ruler's own phrase matcher finds."""
    import random

    from imkg.ingest.components import ORTH_COL, token_arrays
    from imkg.ingest.match_table import AnchoredPhrases

    nlp = build_pipeline()
    ruler = nlp.get_pipe("imkg_acronym_ruler")
    anchored = AnchoredPhrases(ruler)
    phrases = [p["pattern"] for p in ruler.patterns] + ["the", "(", ")", ".", "IT", "it"]
    rng = random.Random(1)
    total = 0
    for n in range(100):
        words = [rng.choice(phrases) for _ in range(30)]
        joins = [rng.choice([" ", "", "-", "\n"]) for _ in words]
        glued = "".join(w + j for w, j in zip(words, joins, strict=True))
        text = " ".join(words) if n % 2 else glued
        doc = nlp.make_doc(text)
        expected = sorted(set(ruler.phrase_matcher(doc)))
        assert anchored(token_arrays(doc)["tokens"][:, ORTH_COL]) == expected
        total += len(expected)
    assert total > 1000


def test_a_label_keeps_its_head_from_a_longer_word_order_match():
    found = tag_text("They showed a stronger customer orientation among employees.")
    assert [(m.text, m.concept) for m in found] == [
        ("customer orientation", "customer-orientation")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The brand hired social media influencers on Instagram to promote the launch.",
        "Adjective modifiers and noun modifiers are covered in the grammar module.",
        "Energising the team before the match helped; diffusing the tension took longer.",
    ],
)
def test_everyday_labels_need_their_context(text):
    assert tag_text(text) == []


def test_everyday_labels_count_beside_their_context():
    text = "Judd sorts staff into contactors, modifiers, influencers and isolateds."
    assert [m.concept for m in tag_text(text)] == [
        "contactors", "modifiers", "influencers", "isolateds"
    ]  # fmt: skip
    text = "A secretary is one of the modifiers, a group of internal customers."
    assert [m.concept for m in tag_text(text)] == ["secretary", "modifiers", "internal-customer"]
    assert tag_text("A secretary is one of the modifiers.") == []


def test_labels_carry_the_context_mark_and_links():
    concepts = load_labels().by_iri()
    modifiers = concepts["https://w3id.org/imkg/concept/modifiers"]
    assert modifiers.needs_context
    assert "https://w3id.org/imkg/concept/secretary" in modifiers.related
    assert "https://w3id.org/imkg/concept/internal-customer" in modifiers.related  # broader
    assert not concepts["https://w3id.org/imkg/concept/internal-marketing"].needs_context


def test_job_titles_for_all_staff_stand_in_for_staff_words():
    found = tag_text("Nurse turnover fell; agent morale rose. The travel agent was late.")
    assert [(m.text, m.concept) for m in found] == [
        ("Nurse turnover", "staff-retention"),
        ("agent morale", "employee-motivation"),
    ]

"""Relation cues: direction from voice and position, negation, conjuncts, mediation."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from imkg.ingest import propose_text
from imkg.ingest.labels import labels_from_triples
from imkg.ingest.pipeline import build_pipeline

FIXTURE = Path(__file__).parent / "ingest_data" / "fixture-ontology.ttl"


@pytest.fixture(scope="module")
def nlp():
    data = FIXTURE.read_bytes()
    labels = labels_from_triples(q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE))
    return build_pipeline(labels)


def pairs(nlp, text: str) -> list[tuple[str, str, str]]:
    _, proposals = propose_text(text, nlp=nlp)
    short = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    return [(short(p.cause_iri), short(p.effect_iri), p.cue) for p in proposals]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Empowerment affects job satisfaction.", ("empowerment", "job-satisfaction", "affects")),
        ("Service quality leads to customer satisfaction.",
         ("service-quality", "customer-satisfaction", "leads to")),
        ("Empowerment has a direct effect on service quality.",
         ("empowerment", "service-quality", "has a direct effect on")),
        ("Job satisfaction is determined by empowerment.",
         ("empowerment", "job-satisfaction", "determined by")),
        ("Customer satisfaction results from service quality.",
         ("service-quality", "customer-satisfaction", "results from")),
        ("Customer satisfaction through service quality.",
         ("service-quality", "customer-satisfaction", "through")),
    ],
)  # fmt: skip
def test_cue_gives_direction(nlp, text, expected):
    assert pairs(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Job satisfaction was driven largely by empowerment.",
         ("empowerment", "job-satisfaction", "driven largely by")),
        ("Service quality is shaped in part by employee motivation.",
         ("employee-motivation", "service-quality", "shaped in part by")),
        ("Customer satisfaction depends heavily on service quality.",
         ("service-quality", "customer-satisfaction", "depends heavily on")),
        ("Service quality leads directly to customer satisfaction.",
         ("service-quality", "customer-satisfaction", "leads directly to")),
        ("Customer satisfaction increases with service quality.",
         ("service-quality", "customer-satisfaction", "increases with")),
    ],
)  # fmt: skip
def test_adverbs_and_change_verbs_keep_the_direction(nlp, text, expected):
    assert pairs(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Empowerment not only raises service quality but also boosts job satisfaction.",
         {("empowerment", "service-quality"), ("empowerment", "job-satisfaction")}),
        ("Empowerment improves job satisfaction and reduces staff motivation.",
         {("empowerment", "job-satisfaction"), ("empowerment", "employee-motivation")}),
        ("Job satisfaction is driven by empowerment and boosts service quality.",
         {("empowerment", "job-satisfaction"), ("job-satisfaction", "service-quality")}),
        ("Empowerment enhances staff motivation, which in turn improves service quality.",
         {("empowerment", "employee-motivation"), ("employee-motivation", "service-quality"),
          ("empowerment", "service-quality")}),
    ],
)  # fmt: skip
def test_a_second_verb_shares_the_clause_subject(nlp, text, expected):
    assert {(c, e) for c, e, _ in pairs(nlp, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Improved service quality was attributed to empowerment.",
         ("empowerment", "service-quality", "attributed to")),
        ("Staff motivation is a prerequisite for service quality.",
         ("employee-motivation", "service-quality", "is a prerequisite for")),
    ],
)  # fmt: skip
def test_attribution_and_prerequisite_cues(nlp, text, expected):
    assert pairs(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Service quality improves as employee motivation grows.",
        "Empowerment improved markedly when job satisfaction rose.",
    ],
)
def test_a_verb_without_object_proposes_nothing(nlp, text):
    assert pairs(nlp, text) == []


def test_negation_cancels_the_proposal(nlp):
    assert pairs(nlp, "Empowerment does not affect customer satisfaction.") == []


def test_no_cue_no_proposal(nlp):
    assert pairs(nlp, "Empowerment and job satisfaction are both components.") == []


def test_conjuncts_share_the_role(nlp):
    found = pairs(nlp, "Empowerment and staff motivation drive job satisfaction.")
    assert {(c, e) for c, e, _ in found} == {
        ("empowerment", "job-satisfaction"),
        ("employee-motivation", "job-satisfaction"),
    }


def test_passive_with_two_causes(nlp):
    found = pairs(nlp, "Customer satisfaction is driven by service quality and by empowerment.")
    assert {(c, e) for c, e, _ in found} == {
        ("service-quality", "customer-satisfaction"),
        ("empowerment", "customer-satisfaction"),
    }


def test_chain_gives_two_links_and_the_implied_one(nlp):
    # "directly or through a chain inside the sentence": A → C too, less sure, cue "chain".
    text = "Empowerment improves job satisfaction, which in turn affects service quality."
    assert [(c, e) for c, e, _ in pairs(nlp, text)] == [
        ("empowerment", "job-satisfaction"),
        ("job-satisfaction", "service-quality"),
        ("empowerment", "service-quality"),
    ]
    _, proposals = propose_text(text, nlp=nlp)
    assert [(p.cue, p.confidence) for p in proposals][-1] == ("chain", 0.7)


def test_proposals_stay_within_a_sentence_and_keep_evidence(nlp):
    text = "Empowerment matters. Job satisfaction leads to service quality."
    _, proposals = propose_text(text, nlp=nlp)
    assert len(proposals) == 1
    proposal = proposals[0]
    assert proposal.evidence == "Job satisfaction leads to service quality."
    assert text[proposal.sentence_start : proposal.sentence_end].strip() == proposal.evidence
    assert 0 < proposal.confidence <= 1


def test_explicit_verbs_outrank_through(nlp):
    _, strong = propose_text("Empowerment improves service quality.", nlp=nlp)
    _, weak = propose_text("Service quality through empowerment.", nlp=nlp)
    assert strong[0].confidence > weak[0].confidence


def test_lazy_lemmas_match_the_doc_lemmas(nlp):
    """The lemmas looked up between mentions equal those ``set_lemmas`` writes to the Doc."""
    from imkg.ingest.token_view import TokenView

    text = "Motivated employees drove better service quality; Staff improved it."
    doc = nlp(text)
    lemmatizer = nlp.get_pipe("imkg_lookup_lemmatizer")
    lazy = TokenView(doc, lemmatizer).lemmas(0, len(doc))
    lemmatizer.set_lemmas(doc)
    assert TokenView(doc).lemmas(0, len(doc)) == lazy
    assert [t.lemma_.lower() for t in doc] == lazy
    assert lazy[2] == "drive"


def test_a_new_clause_after_the_cue_breaks_the_link(nlp):
    text = "Service quality depends on training, and empowerment helps with job satisfaction."
    assert pairs(nlp, text) == []


def test_companies_and_roles_take_part_in_no_influence():
    from imkg.ingest import propose_text

    text = "Sprint PCS rotates people through special project assignments."
    mentions, proposals = propose_text(text)
    assert {m.concept for m in mentions} == {"sprint-pcs", "rotating-special-project-assignments"}
    assert proposals == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Job satisfaction is the end point. It is influenced by service quality.",
         [("service-quality", "job-satisfaction", "influenced by", 0.7)]),
        ("The empowerment of staff matters. It drives customer orientation.",
         [("empowerment", "customer-orientation", "drives", 0.75)]),
        ("Training was late. It affected service quality.", []),
        ("We met on Monday. Empowerment matters. Then it drives job satisfaction.", []),
    ],
)  # fmt: skip
def test_a_sentence_opening_with_it_continues_the_previous_subject(nlp, text, expected):
    _, proposals = propose_text(text, nlp=nlp)
    short = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    assert [(short(p.cause_iri), short(p.effect_iri), p.cue, p.confidence) for p in proposals] == (
        expected
    )

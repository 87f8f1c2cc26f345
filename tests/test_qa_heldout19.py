"""Round nineteen: questions typed as search-box and chat queries, each family over other
wordings than the held-out batch's.

``tests/questions/heldout19-batch1.json`` keeps its one run as it ran; these tests check the
general changes made afterwards: keyword queries written out as the questions they stand for
(:mod:`imkg.qa.keyword_queries`: "cases w/ X", "X in the cases where", "count of docs
mentioning X", "A v B", "the K - what are they", "y/n" after a link question), concepts not
discussed at all, and documents that mention every concept of a list
(:mod:`imkg.qa.concept_lists`). The expected documents and concepts come from SPARQL over the
annotations and the ontology, not from the answerer. Must-decline guards show that each
rewrite still declines a query whose words name no concept.
"""

import pytest
from imkg_test_qa import check, concepts, declines, ids

from imkg.namespaces import sparql_prefixes
from imkg.qa import answer
from imkg.qa.normalise import normalise

DOCUMENTS_OF = """SELECT DISTINCT ?doc WHERE {{
  ?a oa:hasBody ?c ; oa:hasTarget/oa:hasSource ?doc .
  GRAPH img:ontology {{ ?c skos:broader* <https://w3id.org/imkg/concept/{slug}> }}
  ?doc imkg:kind ?kind . FILTER(?kind IN ({kinds}))
}}"""

NEVER_MENTIONED = """SELECT ?c WHERE {{
  GRAPH img:ontology {{ ?c a skos:Concept }}
  FILTER NOT EXISTS {{
    GRAPH img:ontology {{ ?n skos:broader* ?c }}
    ?a oa:hasBody ?n ; oa:hasTarget/oa:hasSource ?doc . ?doc imkg:kind ?kind .
    FILTER(?kind IN ({kinds}))
  }}
}}"""

MEMBERS = """SELECT ?c WHERE {{ GRAPH img:ontology {{ ?c a imkg:{kind} }} }}"""


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


def _kinds(kind: str | None) -> str:
    return f'"{kind}"' if kind else '"course", "case"'


def _slugs(rows, name: str) -> set[str]:
    return {row[name].value.rsplit("/", 1)[-1] for row in rows}


def documents_of(store, slug: str, kind: str | None = None) -> set[str]:
    """The documents that mention ``slug`` or a narrower concept: the oracle."""
    query = DOCUMENTS_OF.format(slug=slug, kinds=_kinds(kind))
    return _slugs(store.select(sparql_prefixes() + query), "doc")


def never_mentioned(store, kind: str | None = None) -> set[str]:
    query = NEVER_MENTIONED.format(kinds=_kinds(kind))
    return _slugs(store.select(sparql_prefixes() + query), "c")


def members(store, kind: str) -> set[str]:
    return _slugs(store.select(sparql_prefixes() + MEMBERS.format(kind=kind)), "c")


@pytest.mark.parametrize(
    ("question", "slug", "kind"),
    [
        ("texts w/ job satisfaction", "job-satisfaction", None),
        ("the case studies mentioning empowerment", "empowerment", "case"),
        ("course texts about quality improvement teams", "quality-improvement-teams", "course"),
        ("service quality in the cases, where", "service-quality", "case"),
        ("internal customers in course texts - where", "internal-customer", "course"),
        ("number of cases with employee training", "employee-training", "case"),
        ("no. of docs on isolateds", "isolateds", None),
    ],
)
def test_document_keyword_queries(store, question, slug, kind):
    check(store, question, "mentions", documents_of(store, slug, kind))


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("influencers v isolateds", {"influencers", "isolateds"}),
        (
            "job satisfaction v. customer satisfaction",
            {"job-satisfaction", "customer-satisfaction"},
        ),
        ("empowerment versus tqm comparison", {"empowerment", "total-quality-management"}),
        ("contactors vs isolateds differences", {"contactors", "isolateds"}),
    ],
)
def test_a_bare_v_and_a_keyword_after_the_pair_compare(store, question, pair):
    found = answer(store, question)
    assert (found.intent, concepts(found)) == ("compare", pair), found.answer_text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("the barriers to internal marketing: what are they called", "Barrier"),
        ("objectives of IM - list them", "Objective"),
        ("criticisms of internal marketing, which are they", "Criticism"),
    ],
)
def test_a_kind_then_what_are_they_lists_the_kind(store, question, kind):
    check(store, question, "members", members(store, kind))


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("does empowerment affect job satisfaction (y/n)", True),
        ("does staff retention affect employee training yes/no", False),
    ],
)
def test_an_answer_form_after_a_link_question_is_dropped(store, question, yes):
    found = answer(store, question)
    assert found.intent == "path", found.answer_text
    assert found.answer_text.startswith("Yes" if yes else "No"), found.answer_text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which ideas are not mentioned anywhere in the cases", "case"),
        ("which concepts aren't covered in the course texts", "course"),
        ("unmentioned concepts", None),
        ("list the concepts that get zero mentions", None),
        ("concepts never discussed at all", None),
        ("which topics does no case study mention", "case"),
    ],
)
def test_concepts_not_discussed_at_all(store, question, kind):
    check(store, question, "mention_counts", never_mentioned(store, kind))


@pytest.mark.parametrize(
    ("question", "slugs", "kind"),
    [
        (
            "which course texts discuss empowerment, service quality and job satisfaction",
            ["empowerment", "service-quality", "job-satisfaction"],
            "course",
        ),
        (
            "which documents mention all of the following: TQM, empowerment, and quality "
            "improvement teams",
            ["total-quality-management", "empowerment", "quality-improvement-teams"],
            None,
        ),
        (
            "which cases discuss both staff retention, job satisfaction & employee motivation",
            ["staff-retention", "job-satisfaction", "employee-motivation"],
            "case",
        ),
    ],
)
def test_documents_that_mention_every_concept_of_a_list(store, question, slugs, kind):
    expected = set.intersection(*(documents_of(store, s, kind) for s in slugs))
    found = answer(store, question)
    assert (found.intent, ids(found)) == ("mentions", expected), found.answer_text
    assert concepts(found) == set(slugs)
    assert found.understood_as["combine"] == "all"


def test_a_label_with_and_stays_one_item_of_a_list(store):
    found = answer(
        store,
        "which documents mention empowerment, accountability and responsibility, and TQM",
    )
    assert concepts(found) == {
        "empowerment",
        "accountability-and-responsibility",
        "total-quality-management",
    }, found.answer_text


def test_a_pair_with_both_answers_as_before(store):
    found = answer(store, "which documents mention both empowerment and service quality")
    assert found.understood_as["combine"] == "both"


@pytest.mark.parametrize(
    "question",
    [
        # an item of the list names no concept: no answer for the others
        "which documents mention empowerment, blockchain and service quality",
        "which cases discuss staff retention, bitcoin, and job satisfaction",
        # the documents' keyword forms with no concept
        "cases with water damage",
        "documents with signatures",
        "number of cases with covid",
        "contracts in the course texts where",
        # a bare v between words that are no concepts
        "car v bike",
        "cycle v spin class",
        # "what are they" after a phrase that is no kind
        "salary bands - what are they",
        "the instagram influencers: who are they",
        # "not" that is no "not discussed"
        "which concepts are not about marketing",
        "concepts with no relevance to retail",
        # y/n after a question outside the graph
        "does inflation affect salaries y/n",
    ],
)
def test_keyword_rewrites_still_decline_what_names_no_concept(store, question):
    declines(store, question)


@pytest.mark.parametrize(
    ("typed", "written_out"),
    [
        ("cases w/ staff retention", "which cases mention staff retention"),
        ("tqm v im", "tqm vs im"),
        ("count of docs mentioning tqm", "how many documents mention tqm"),
    ],
)
def test_normalise_writes_keyword_queries_out(typed, written_out):
    assert normalise(typed) == written_out

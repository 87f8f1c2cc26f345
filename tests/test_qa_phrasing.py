"""Phrasing families as curriculum designers and students type them, each over several wordings.

Every family asserts the reading (intent) and the concepts answered, checked against the
bundled ontology: the model's edges, the kinds' members and the groups' traits. Wordings
that name nothing in the graph must still be declined.
"""

import pytest
from imkg_test_qa import (
    BARRIERS,
    GROUPS,
    IN_CUSTOMER_SATISFACTION,
    IN_JOB_SATISFACTION,
    IN_MOTIVATION,
    IN_SERVICE_QUALITY,
    OUT_EMPOWERMENT,
    OUT_JOB_SATISFACTION,
    check,
    ids,
)

from imkg.qa import answer
from imkg.qa.normalise import normalise
from imkg.qa.slots import resolve
from imkg.search import label_index


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what fosters employee engagement", {"internal-marketing"}),
        ("what enhances customer satisfaction", IN_CUSTOMER_SATISFACTION),
        ("whats behind customer satisfaction", IN_CUSTOMER_SATISFACTION),
        ("what is driving staff turnover", {"internal-marketing", "job-satisfaction"}),
        ("what affects customer satisfaction the most", IN_CUSTOMER_SATISFACTION),
        ("what makes employees motivated", IN_MOTIVATION),
        ("what makes customers satisfied", IN_CUSTOMER_SATISFACTION),
    ],
)
def test_more_causal_verbs_ask_what_influences(store, question, expected):
    check(store, question, "influenced_by", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how to increase customer satisfaction", IN_CUSTOMER_SATISFACTION),
        ("ways to improve service quality", IN_SERVICE_QUALITY),
        ("best ways to increase employee motivation", IN_MOTIVATION),
        ("what can managers do to improve service quality", IN_SERVICE_QUALITY),
        ("how should a hotel boost job satisfaction", IN_JOB_SATISFACTION),
    ],
)
def test_how_to_improve_asks_what_influences(store, question, expected):
    check(store, question, "influenced_by", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what happens when employees are empowered", OUT_EMPOWERMENT),
        ("what happens if staff are satisfied", OUT_JOB_SATISFACTION),
        ("what else does empowerment affect", OUT_EMPOWERMENT),
        ("how does job satisfaction affect things", OUT_JOB_SATISFACTION),
    ],
)
def test_what_happens_when_asks_for_effects(store, question, expected):
    check(store, question, "influences", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "how is employee training related to customer satisfaction",
            {"customer-orientation", "employee-motivation", "job-satisfaction", "service-quality"},
        ),
        ("are empowerment and service quality linked", {"service-quality"}),
        ("do happy employees make happy customers", {"customer-satisfaction"}),
        ("does internal marketing create satisfied employees", {"job-satisfaction"}),
    ],
)
def test_related_linked_and_make_read_as_paths(store, question, expected):
    check(store, question, "path", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does crm stand for", "customer-relationship-management"),
        ("what does tqm stand for", "total-quality-management"),
        ("what is the definition of empowerment", "empowerment"),
        ("whats the meaning of internal marketing", "internal-marketing"),
    ],
)
def test_stand_for_and_meaning_of_ask_for_a_definition(store, question, expected):
    check(store, question, "definition", {expected})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which internal customer groups exist", GROUPS),
        ("what types of internal customers are there", GROUPS),
        ("what kinds of internal customers exist", GROUPS),
        ("what are the problems with internal marketing", BARRIERS),
    ],
)
def test_longer_kind_names_list_the_members(store, question, expected):
    check(store, question, "members", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what stage follows energising", {"code-breaking"}),
        ("what step precedes diffusing", {"authorising"}),
        ("what comes after the energising phase", {"code-breaking"}),
        ("what phase comes after authorizing", {"diffusing"}),
    ],
)
def test_stage_neighbours_with_stage_words(store, question, expected):
    check(store, question, "stage_order", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "which group doesnt have contact with customers and isnt involved in marketing",
            {"isolateds"},
        ),
        (
            "which staff have regular contact with customers but arent involved in marketing",
            {"modifiers"},
        ),
        ("which employees dont meet customers and arent in marketing", {"isolateds"}),
        ("which employees talk to customers a lot", {"contactors", "modifiers"}),
        ("which employees serve customers in person", {"contactors"}),
    ],
)
def test_group_traits_without_apostrophes_and_with_plain_verbs(store, question, expected):
    check(store, question, "group_trait", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what roles do influencers have",
            {"hr-staff", "it-staff", "management-staff", "marketing-staff"},
        ),
        ("what companies use non monetary rewards", {"charles-schwab", "intel", "sprint-pcs"}),
    ],
)
def test_example_phrasings(store, question, expected):
    check(store, question, "example", expected)


@pytest.mark.parametrize(
    ("question", "document"),
    [
        (
            "where do the course texts discuss empowerment",
            "04-components-and-model-of-internal-marketing",
        ),
        (
            "where can i find info on the internal marketing cycle",
            "10-ballantyne-internal-marketing-cycle",
        ),
        ("in which unit is code breaking explained", "10-ballantyne-internal-marketing-cycle"),
        (
            "which chapter talks about the internal marketing cycle",
            "10-ballantyne-internal-marketing-cycle",
        ),
        ("where does the course cover the isolateds", "06-four-internal-customer-groups"),
    ],
)
def test_where_the_course_discusses(store, question, document):
    found = answer(store, question)
    assert found.intent == "mentions"
    assert document in ids(found)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "difference between internal and external marketing",
            {"internal-marketing", "traditional-marketing"},
        ),
        ("internal vs external customers", {"internal-customer", "external-customer"}),
        (
            "difference between job and customer satisfaction",
            {"job-satisfaction", "customer-satisfaction"},
        ),
        ("modifiers or isolateds whats the difference", {"modifiers", "isolateds"}),
    ],
)
def test_compare_shares_a_word_between_the_two_sides(store, question, expected):
    check(store, question, "compare", expected)


@pytest.mark.parametrize(
    ("phrase", "slug"),
    [
        ("service qualty", "service-quality"),  # one letter dropped
        ("custoemr orientation", "customer-orientation"),  # two letters swapped
        ("non monetary rewards", "non-monetary-reward"),  # a compound written apart
        ("front line staff", "frontline-personnel"),
        ("the energising phase", "energising"),
    ],
)
def test_slots_forgive_slips_split_compounds_and_stage_words(store, phrase, slug):
    assert resolve(label_index(store), phrase).slug == slug


def test_normalise_expands_contractions_typed_without_apostrophes():
    assert normalise("which group doesnt meet customers and isnt in marketing") == (
        "which group does not meet customers and is not in marketing"
    )


@pytest.mark.parametrize(
    "question",
    [
        "whats the weather in paris",
        "who won the world cup",
        "how to improve my english",
        "ways to boost metabolism",
        "what happens when it rains",
        "what is driving the economy",
        "what makes a good leader",
        "what does nasa stand for",
        "is coffee linked to productivity",
        "how are cats and dogs related",
        "where do the course texts discuss quantum physics",
        "which employees work with computers",
        "difference between internal and eternal life",
        "how can i get a job",
        "what kinds of cheese are there",
    ],
)
def test_new_phrasings_still_decline_what_the_graph_does_not_hold(store, question):
    found = answer(store, question)
    assert found.understood_as is None and found.answers == [], found.answer_text

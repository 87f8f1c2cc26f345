"""Questions written to tempt a misreading, and round five's declined phrasings.

A wrong answer is worse than a polite decline: a common noun ("a bank", "the bakery") must
not stand for one named case, a causal slot must not be filled loosely by a concept the
causal model does not link, and a phrase that rewords a kind's own name must not narrow
that kind. Each family is checked over several wordings against the ontology.
"""

import pytest
from imkg_test_qa import (
    BARRIERS,
    CRITICISMS,
    IN_CUSTOMER_SATISFACTION,
    IN_JOB_SATISFACTION,
    IN_MOTIVATION,
    IN_SERVICE_QUALITY,
    IN_STAFF_RETENTION,
    OUT_EMPOWERMENT,
    OUT_JOB_SATISFACTION,
    STAGES,
    check,
)

from imkg.qa import answer

FEATURES = {
    "employee-oriented-business",
    "enabling-culture",
    "equitable-recognition-and-reward",
    "fairness-during-hard-times",
    "learning-organisation-structure",
    "participative-hiring",
}
OUT_TRAINING = {"employee-motivation"}
OUT_COORDINATION = {"customer-orientation", "service-quality"}
IN_ORDER = ["energising", "code-breaking", "authorising", "diffusing"]
NAMED_CASES = {"australian-retail-bank-case", "small-bakery-example", "customer-based-team-pay"}


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


@pytest.mark.parametrize(
    "question",
    [
        "how does a bakery affect customer satisfaction",
        "what influences the bank",
        "what does the bakery influence",
        "how does a bank affect job satisfaction",
        "what is a bank",
        "what rewards does the bank use",
        "compare internal marketing and a bank",
        "what is the difference between a bank and a bakery",
        "what influences salary",
        "does a bakery improve staff retention",
    ],
)
def test_a_common_noun_never_stands_for_a_named_case(store, question):
    found = answer(store, question)
    named = {c["id"] for c in (found.understood_as or {}).get("concepts", [])} & NAMED_CASES
    assert not named, found.answer_text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how could a bank raise customer satisfaction", IN_CUSTOMER_SATISFACTION),
        ("how can a hospital improve staff retention", IN_STAFF_RETENTION),
        ("how would a hotel chain boost job satisfaction", IN_JOB_SATISFACTION),
    ],
)
def test_a_setting_before_the_verb_does_not_change_what_is_asked(store, question, expected):
    check(store, question, "influenced_by", expected)


@pytest.mark.parametrize(
    "question",
    [
        "what is the bank case",
        "what is the australian retail bank",
        "tell me about the small bakery example",
    ],
)
def test_a_named_case_is_still_found_by_more_than_one_of_its_words(store, question):
    found = answer(store, question)
    assert found.intent == "definition", found.answer_text
    assert {a["id"] for a in found.answers} <= {
        "australian-retail-bank-case",
        "small-bakery-example",
    }


@pytest.mark.parametrize(
    "question",
    [
        "examples of features of an employee-oriented business",
        "what are the features of an employee oriented business",
        "list the features of an internal-marketing-oriented business",
    ],
)
def test_a_phrase_rewording_the_kind_asks_for_the_whole_kind(store, question):
    check(store, question, "members", FEATURES)


@pytest.mark.parametrize(
    "question",
    [
        "what are the barriers to resistance to change",
        "what are the features of a good hotel",
        "what are the stages of grief",
        "what are the components of a car",
    ],
)
def test_a_kind_narrowed_by_its_own_member_or_an_unknown_thing_declines(store, question):
    found = answer(store, question)
    assert found.understood_as is None and found.answers == [], found.answer_text


@pytest.mark.parametrize(
    "question",
    [
        "what does not influence customer satisfaction",
        "which factors do not affect job satisfaction",
        "is job satisfaction more important than empowerment",
        "which matters more, training or empowerment",
        "is empowerment better than training",
        "does money motivate employees",
        "does pay affect job satisfaction",
        "who invented internal marketing",
        "how much does training cost",
        "what is the link between job satisfaction and climate change",
        "how does internal marketing affect the price of bread",
        "is resistance to change not a barrier",
        "what is not part of internal marketing",
        "which barriers are not about managers",
    ],
)
def test_questions_the_graph_does_not_answer_decline(store, question):
    found = answer(store, question)
    assert found.understood_as is None and found.answers == [], found.answer_text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("explain the importance of empowerment", OUT_EMPOWERMENT),
        ("discuss the significance of job satisfaction", OUT_JOB_SATISFACTION),
        ("describe the value of employee training", OUT_TRAINING),
        ("outline the importance of inter-functional coordination", OUT_COORDINATION),
        ("what is the relevance of empowerment", OUT_EMPOWERMENT),
    ],
)
def test_the_importance_of_x_asks_what_x_leads_to(store, question, expected):
    check(store, question, "influences", expected)


@pytest.mark.parametrize(
    "question",
    [
        "list the phases of the internal marketing cycle in order",
        "what are the stages in order",
        "give the steps of ballantyne's cycle in sequence",
        "name the phases in the right order",
        "show me the stages in their correct order",
    ],
)
def test_the_stages_in_order(store, question):
    found = answer(store, question)
    assert found.intent == "stage_order", found.answer_text
    assert [a["id"] for a in found.answers] == IN_ORDER
    assert set(IN_ORDER) == STAGES


@pytest.mark.parametrize(
    "question",
    [
        "what criticisms have been levelled at internal marketing",
        "criticisms levelled at internal marketing",
        "what objections are raised against internal marketing",
        "what criticisms are made of IM",
        "which criticisms have been leveled at internal marketing",
    ],
)
def test_criticisms_levelled_at_a_scope(store, question):
    check(store, question, "members", CRITICISMS)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("wot r the barriers", "members", BARRIERS),
        ("wat r the barriers to internal marketing", "members", BARRIERS),
        ("wut drives job satisfaction", "influenced_by", IN_JOB_SATISFACTION),
    ],
)
def test_text_speak(store, question, intent, expected):
    check(store, question, intent, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what happens to customers when staff are happy", OUT_JOB_SATISFACTION),
        ("what happens to service quality when employees are empowered", OUT_EMPOWERMENT),
        ("what happens to the customers if employees are empowered", OUT_EMPOWERMENT),
        ("what changes for customers once employees are empowered", OUT_EMPOWERMENT),
    ],
)
def test_what_happens_to_y_when_x(store, question, expected):
    check(store, question, "influences", expected)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        (
            "what does research tell us about what drives job satisfaction",
            "influenced_by",
            IN_JOB_SATISFACTION,
        ),
        (
            "what does the literature say about what influences service quality",
            "influenced_by",
            IN_SERVICE_QUALITY,
        ),
        (
            "what do studies tell us about what drives staff retention",
            "influenced_by",
            IN_STAFF_RETENTION,
        ),
        ("what do we know about what affects staff retention", "influenced_by", IN_STAFF_RETENTION),
    ],
)
def test_what_research_says_about_a_question(store, question, intent, expected):
    check(store, question, intent, expected)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("my lecture covers motivation, what influences it", "influenced_by", IN_MOTIVATION),
        ("my seminar deals with empowerment, what does it lead to", "influences", OUT_EMPOWERMENT),
        (
            "the unit looks at job satisfaction: what drives it",
            "influenced_by",
            IN_JOB_SATISFACTION,
        ),
        (
            "our module discusses staff retention, what affects it",
            "influenced_by",
            IN_STAFF_RETENTION,
        ),
    ],
)
def test_a_pronoun_after_a_course_that_covers_a_topic(store, question, intent, expected):
    check(store, question, intent, expected)

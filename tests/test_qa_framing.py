"""Questions wrapped in framing: who is asked, exam verbs, claims to check, course planning.

Each family strips or reads the framing by a general rule and is checked over several
wordings against the ontology's edges, kinds and traits; framing around a question the
graph cannot answer must still be declined.
"""

import pytest
from imkg_test_qa import (
    BARRIERS,
    BENEFITS,
    CRITICISMS,
    GROUPS,
    IN_CUSTOMER_RETENTION,
    IN_CUSTOMER_SATISFACTION,
    IN_JOB_SATISFACTION,
    IN_SERVICE_QUALITY,
    IN_STAFF_RETENTION,
    OUT_EMPOWERMENT,
    OUT_INTERNAL_MARKETING,
    OUT_JOB_SATISFACTION,
    STAGES,
    check,
)

from imkg.qa import answer

REWARDS = {
    "achievement-awards",
    "customer-based-team-pay",
    "paid-sabbaticals",
    "rotating-special-project-assignments",
}
# empowerment → customer orientation / job satisfaction / service quality → customer satisfaction
VIA_EMPOWERMENT = OUT_EMPOWERMENT
# employee training → employee motivation → the same three → customer satisfaction
VIA_TRAINING = {"employee-motivation", *OUT_EMPOWERMENT}


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does the literature say drives employee retention", IN_STAFF_RETENTION),
        ("what would you say drives service quality", IN_SERVICE_QUALITY),
        ("what does the research suggest influences job satisfaction", IN_JOB_SATISFACTION),
        ("in your own words, what affects customer satisfaction", IN_CUSTOMER_SATISFACTION),
        ("what drives customer retention according to the model", IN_CUSTOMER_RETENTION),
        ("what do experts think affects job satisfaction", IN_JOB_SATISFACTION),
    ],
)
def test_who_is_asked_does_not_change_what_influences(store, question, expected):
    check(store, question, "influenced_by", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do you think empowerment affects customer satisfaction", VIA_EMPOWERMENT),
        ("is there evidence that training affects customer satisfaction", VIA_TRAINING),
        ("is there any proof that empowerment improves customer satisfaction", VIA_EMPOWERMENT),
        ("is it true that job satisfaction affects service quality", {"service-quality"}),
        (
            "does the literature show that staff retention affects customer retention",
            {"customer-retention"},
        ),
        ("explain how employee training contributes to customer satisfaction", VIA_TRAINING),
        ("to what extent does job satisfaction influence service quality", {"service-quality"}),
        ("how far does empowerment affect customer satisfaction", VIA_EMPOWERMENT),
        (
            "critically assess the impact of internal marketing on customer retention",
            {"customer-retention"},
        ),
        ("evaluate the effect of empowerment on customer satisfaction", VIA_EMPOWERMENT),
        ("explain whether job satisfaction affects staff retention", {"staff-retention"}),
    ],
)
def test_claims_to_check_and_exam_verbs_read_as_paths(store, question, expected):
    check(store, question, "path", expected)


def test_a_checked_claim_is_answered_yes_or_no(store):
    assert answer(
        store, "is there evidence that training affects motivation"
    ).answer_text.startswith("Yes.")
    assert answer(
        store, "is there evidence that customer satisfaction affects empowerment"
    ).answer_text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("empowerment -> customer satisfaction", VIA_EMPOWERMENT),
        ("training → motivation", {"employee-motivation"}),
        ("job satisfaction => staff retention", {"staff-retention"}),
        ("from employee training --> customer satisfaction", VIA_TRAINING),
    ],
)
def test_an_arrow_between_two_concepts_asks_for_the_path(store, question, expected):
    check(store, question, "path", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Outline the stages of the internal marketing cycle", STAGES),
        ("Evaluate the criticisms of internal marketing", CRITICISMS),
        ("identify the barriers to internal marketing", BARRIERS),
        ("discuss the benefits of internal marketing", BENEFITS),
        ("list the barriers to implementing internal marketing", BARRIERS),
        ("what are the obstacles to introducing IM", BARRIERS),
        ("what obstacles do organisations face when implementing IM", BARRIERS),
        ("what problems might managers run into", BARRIERS),
        ("what benefits does internal marketing bring", BENEFITS),
        ("what advantages can IM offer", BENEFITS),
        ("which reward practices are documented", REWARDS),
        ("what rewards are recorded in the graph", REWARDS),
        ("Give two examples of reward practices", REWARDS),
        ("give 2 examples of barriers to internal marketing", BARRIERS),
        ("a few examples of criticisms", CRITICISMS),
        ("how many stages are in ballantyne's model", STAGES),
        ("what should a lesson on internal customer groups include", GROUPS),
        ("which topics should a module on the barriers cover", BARRIERS),
    ],
)
def test_exam_verbs_counts_and_doing_words_list_the_members(store, question, expected):
    check(store, question, "members", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can u explain what internal marketing is", "internal-marketing"),
        ("could you explain what empowerment means", "empowerment"),
        ("explain what the isolateds are", "isolateds"),
        ("wat is empowerment?? i dont get it", "empowerment"),
        ("what is code breaking? i am confused", "code-breaking"),
        ("in ur own words what is code breaking", "code-breaking"),
        ("briefly, what is a marketing-like approach", "marketing-like-approach"),
        ("which concepts should a module on empowerment cover", "empowerment"),
        ("what should a unit about internal marketing include", "internal-marketing"),
        ("what should students know about service encounters", "service-encounter"),
        ("and who are the influencers", "influencers"),
        ("also what is tqm", "total-quality-management"),
    ],
)
def test_framed_what_is_questions_ask_for_a_definition(store, question, expected):
    check(store, question, "definition", {expected})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what affects how happy employees are", IN_JOB_SATISFACTION),
        ("what influences how satisfied customers are", IN_CUSTOMER_SATISFACTION),
        ("what makes staff stay", IN_STAFF_RETENTION),
        ("what makes employees remain", IN_STAFF_RETENTION),
        ("what keeps customers coming back", IN_CUSTOMER_RETENTION),
        ("how can i make my employees more engaged", {"internal-marketing"}),
        (
            "how do we get our staff more motivated",
            {"employee-training", "internal-marketing", "marketing-like-approach"},
        ),
        ("what should i do to reduce employee turnover", IN_STAFF_RETENTION),
        ("if you were a manager how would you improve staff retention", IN_STAFF_RETENTION),
        ("as a hotel manager, how can i improve service quality", IN_SERVICE_QUALITY),
    ],
)
def test_paraphrases_and_personas_ask_what_influences(store, question, expected):
    check(store, question, "influenced_by", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what outcomes does internal marketing produce", OUT_INTERNAL_MARKETING),
        ("what effects does empowerment have", OUT_EMPOWERMENT),
        ("which consequences can job satisfaction bring about", OUT_JOB_SATISFACTION),
        ("and what does job satisfaction lead to", OUT_JOB_SATISFACTION),
    ],
)
def test_what_outcomes_does_x_produce_asks_for_effects(store, question, expected):
    check(store, question, "influences", expected)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("stages order", "stage_order", STAGES),
        ("order of the stages", "stage_order", STAGES),
        ("cycle sequence", "stage_order", STAGES),
        ("which company gives its staff paid sabbaticals", "example", {"intel"}),
        ("what firm offers employees achievement awards", "example", {"intel"}),
        (
            "what does sprint pcs reward staff with",
            "example",
            {"rotating-special-project-assignments"},
        ),
        (
            "how does intel recognise employees",
            "example",
            {"achievement-awards", "paid-sabbaticals"},
        ),
        ("how does charles schwab motivate its staff", "example", {"customer-based-team-pay"}),
        ("do isolateds ever talk to customers", "group_check", {"isolateds"}),
        ("are contactors usually in contact with customers", "group_check", {"contactors"}),
    ],
)
def test_keyword_order_rewards_and_adverbs(store, question, intent, expected):
    check(store, question, intent, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which text talks most about empowerment",
        "which document mentions the most empowerment",
        "which readings discuss resistance to change",
    ],
)
def test_documents_that_talk_most_about_a_concept(store, question):
    found = answer(store, question)
    assert found.intent == "mentions" and found.answers, found.answer_text


@pytest.mark.parametrize(
    "question",
    [
        "how can i get a job",
        "what does the literature say about the weather",
        "is there evidence that coffee affects sleep",
        "discuss the causes of the first world war",
        "in your own words, what is quantum physics",
        "if you were a chef how would you cook pasta",
        "what should a module on astrophysics cover",
        "bitcoin -> moon",
        "what makes the sun stay hot",
        "give two examples of volcanoes",
    ],
)
def test_framing_around_an_unknown_topic_still_declines(store, question):
    found = answer(store, question)
    assert found.understood_as is None and found.answers == [], found.answer_text

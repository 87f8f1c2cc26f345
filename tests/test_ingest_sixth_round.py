"""Rules added after the sixth held-out round (``tests/unseen/unseen-31`` to ``-36``).

Each rule is checked on phrasings other than the ones in those texts, with the places where it
must not fire: labels the ontology lacked (``contact staff``, ``communication with
employees``, ``induction training``, ``isolated employees``), the stand-in ``policyholder``,
labels run together in a hashtag (``#EmployeeEngagement``), acronym labels written in lower
case (``csat``), and no mention for a label that names a contract (``service level
agreement``); for relations, the verb ``kill``, no mediator in ``through which``, and no link
to a mention set beside the cause after ``than``.
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs
from imkg_test_annotated import tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contact personnel shape what guests remember.",
         ("Contact personnel", "frontline-personnel")),
        ("Our contact staff answer most letters within a day.",
         ("contact staff", "frontline-personnel")),
        ("Regular communication with employees builds trust.",
         ("communication with employees", "internal-communication")),
        ("New cooks get a week of induction training.",
         ("induction training", "employee-training")),
        ("Isolated employees in the data centre never meet a client.",
         ("Isolated employees", "isolateds")),
        ("Policyholder satisfaction rose after the claims reform.",
         ("Policyholder satisfaction", "customer-satisfaction")),
    ],
)  # fmt: skip
def test_new_labels_and_stand_ins(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Proud of the team! #EmployeeEngagement #Leadership",
         ("EmployeeEngagement", "employee-engagement")),
        ("so much for #jobsatisfaction this week",
         ("jobsatisfaction", "job-satisfaction")),
        ("our csat dropped again in march", ("csat", "customer-satisfaction")),
    ],
)  # fmt: skip
def test_hashtags_and_lowercase_acronyms(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Follow us at #Leadership and #Ferries for more.",  # no label run together
        "Im not sure the rota works.",  # a two-letter acronym lowered is a slip, not IM
        "the crm rollout is late",  # three letters stay case-sensitive
        "The vendor must meet the service level agreement every month.",
        "Two service level agreements were renegotiated.",
    ],
)
def test_no_mention(nlp, text):
    found = {concept for _, concept in tagged(nlp, text)}
    assert not found & {
        "internal-marketing",
        "service-quality",
        "customer-relationship-management",
    }, found


def test_service_level_elsewhere_is_still_a_mention(nlp):
    assert ("service level", "service-quality") in tagged(nlp, "The service level fell in May.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ignoring subordinate staff kills employee motivation within a year.",
         ("not-listening-to-staff", "employee-motivation")),
        ("Empowerment improves customer satisfaction through faster decisions.",
         ("empowerment", "customer-satisfaction")),
        ("Staff training raises job satisfaction more than people expect.",
         ("employee-training", "job-satisfaction")),
    ],
)  # fmt: skip
def test_cues(nlp, text, expected):
    assert expected in pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The cycle names four stages through which knowledge moves: energising and diffusing.",
         ("energising", "internal-marketing-cycle")),
        ("Teamwork improved service quality more than any training programme did.",
         ("service-quality", "employee-training")),
        ("Empowerment lifted complaints handling more than staff training did.",
         ("empowerment", "employee-training")),
    ],
)  # fmt: skip
def test_no_claim(nlp, text, unwanted):
    assert unwanted not in pairs(nlp, text)


def test_a_mediator_without_a_relative_pronoun_still_counts(nlp):
    text = "Internal marketing raises service quality through empowerment."
    assert ("internal-marketing", "service-quality") in pairs(nlp, text)

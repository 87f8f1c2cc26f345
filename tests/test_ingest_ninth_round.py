"""Rules added with the ninth held-out round (``tests/unseen/unseen-47`` to ``-49``).

A charity's volunteers stand in for its staff in longer labels (``volunteer retention``,
``communication with volunteers``); ``recognition`` has the verb ``recognise``, so the label
``employee recognition`` takes its gerund with the people (``recognising staff``), while the
everyday word ``recognition`` takes no verb forms of its own (``The Trust recognises that``);
``induction sessions`` are employee training; and a claim under ``whether`` is asked, not
stated (``test whether A increases B``).
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs
from imkg_test_annotated import tagged

RR = "equitable-recognition-and-reward"


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        ("Volunteer retention fell in the winter.", "Volunteer retention", "staff-retention"),
        ("We improved the retention of volunteers.", "retention of volunteers", "staff-retention"),
        ("Volunteer motivation is our first worry.", "Volunteer motivation", "employee-motivation"),
        ("Volunteer training starts on Monday.", "Volunteer training", "employee-training"),
        ("Recognising employees costs little.", "Recognising employees", RR),
        ("She kept recognizing staff in public.", "recognizing staff", RR),
        ("Two induction sessions were held.", "induction sessions", "employee-training"),
    ],
)
def test_other_wordings(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Trust recognises that budgets are tight.",
        "Nobody recognised the caller's voice.",
        "We volunteer our time at the weekend.",
    ],
)
def test_no_mention(nlp, text):
    assert not {c for _, c in tagged(nlp, text)} & {RR, "employee"}


def test_claim_under_whether_is_asked(nlp):
    text = "Pick one path, for example whether employee training increases job satisfaction."
    assert pairs(nlp, text) == set()
    assert ("employee-training", "job-satisfaction") in pairs(
        nlp, "Employee training increases job satisfaction."
    )
    assert ("employee-training", "job-satisfaction") in pairs(
        nlp, "We tested it, and employee training increases job satisfaction."
    )

"""Rules added after the fourth held-out round (``tests/unseen/unseen-19`` to ``-24``).

Each rule is checked on phrasings other than the ones in those texts, with the places where it
must not fire: the stand-ins ``colleague`` (for employees) and ``tenant`` (for customers), the
new labels (``Ballantyne's cycle``, which also gives the stage names their context, ``labour
turnover``, ``recognition programme``, ``customer service training``), the cues ``cut`` and
``a precursor of``, a cue inside an indirect question (``and how managers raise B``) and a
claim the sentence only asks about (``asked whether A raises B``).
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs
from imkg_test_annotated import tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colleague engagement rose after the pay review.",
         ("Colleague engagement", "employee-engagement")),
        ("We train our frontline colleagues twice a year.",
         ("frontline colleagues", "frontline-personnel")),
        ("Tenant satisfaction is reported to the regulator.",
         ("Tenant satisfaction", "customer-satisfaction")),
        ("Week 4 covers Ballantyne's cycle in depth.",
         ("Ballantyne's cycle", "internal-marketing-cycle")),
        ("Labour turnover in the warehouse doubled.", ("Labour turnover", "staff-retention")),
        ("The new recognition programmes were popular.",
         ("recognition programmes", "equitable-recognition-and-reward")),
        ("All agents get customer service training in week one.",
         ("customer service training", "employee-training")),
    ],
)  # fmt: skip
def test_new_labels_and_stand_ins(nlp, text, expected):
    assert expected in tagged(nlp, text)


def test_stage_names_count_beside_ballantynes_cycle(nlp):
    found = tagged(nlp, "Ballantyne's cycle: energising, code breaking, authorising, diffusing.")
    assert {c for _, c in found} >= {"energising", "code-breaking", "authorising", "diffusing"}
    assert not {c for _, c in tagged(nlp, "Energising drinks and code breaking puzzles.")}


def test_look_alikes_stay_untagged(nlp):
    found = tagged(nlp, "My colleague and I met the tenant. Speech recognition is improving.")
    assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new internal communication plan cut staff turnover by a third.",
         ("internal-communication", "staff-retention")),
        ("Employee empowerment is a precursor of job satisfaction.",
         ("empowerment", "job-satisfaction")),
        ("Teamwork is a precursor to service quality.", ("team-spirit", "service-quality")),
        # A comma closes the question: the relative clause's cue is read as before.
        ("We added a training course on how work reaches buyers, which improved customer "
         "orientation.", ("employee-training", "customer-orientation")),
    ],
)  # fmt: skip
def test_new_cues(nlp, text, expected):
    assert expected in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff training matters, and why managers improve service quality is unclear.",
        "We study employee motivation and whether supervisors raise customer satisfaction.",
        "The board asked whether internal marketing would improve service quality.",
        "She asked for evidence that empowerment raises job satisfaction.",
    ],
)
def test_questions_state_no_claim(nlp, text):
    found = pairs(nlp, text)
    assert ("employee-training", "service-quality") not in found
    assert ("employee-motivation", "customer-satisfaction") not in found
    assert ("internal-marketing", "service-quality") not in found
    assert ("empowerment", "job-satisfaction") not in found

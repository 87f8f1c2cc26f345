"""Rules added with the tenth held-out round (``tests/unseen/unseen-50`` to ``-53``).

Job titles stand in for staff in longer labels (``driver turnover``, ``purser morale``,
``Empower pursers``; not after ``of``), and residents and shoppers for customers; a label's
own forms are never cut by the limit on combinations. Bare ``engagement``, ``commitment`` and
``motivation`` count as someone's (``their commitment``; since the bare-word rule, on their
own too), not as a customer's or a thing's (``customer engagement``, ``engagement party``); the
concepts with everyday words share their context, so ``Recognition`` counts beside ``staff
turnover``. ``IT`` is the department where it stands on its own (``ask IT to``), not in
capitals (``WHY IT WORKS``) nor before a noun (``the IT budget``). Relations: ``B should come
down`` and ``B picks up`` after a condition, and ``A keeps B low``.
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs
from imkg_test_annotated import tagged

CS, EE, EC, EM = ("customer-satisfaction", "employee-engagement", "employee-commitment",
                  "employee-motivation")  # fmt: skip
IC, IT, RR, SR = ("internal-communication", "information-technology-function",
                  "equitable-recognition-and-reward", "staff-retention")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        ("Cashier turnover doubled after the late shifts began.", "Cashier turnover", SR),
        ("Steward morale has been low since the merger.", "Steward morale", EM),
        ("Communication with baristas happens on a group chat.", "Communication with baristas", IC),
        ("Motivated stewards handle delays calmly.", "Motivated stewards", EM),
        ("Resident satisfaction at the care home went up.", "Resident satisfaction", CS),
        ("Shopper satisfaction is measured each quarter.", "Shopper satisfaction", CS),
        (
            "Managers who fail to listen to staff lose them.",
            "fail to listen to staff",
            "not-listening-to-staff",
        ),
        (
            "She fails to listen to employees, and they notice.",
            "fails to listen to employees",
            "not-listening-to-staff",
        ),
        ("Staff turnover fell, and their engagement grew.", "engagement", EE),
        ("After the pay freeze, staff turnover rose and our commitment faded.", "commitment", EC),
        # with its owner since round twelve, as ``staff's morale`` is a label form
        ("Staff turnover is down and the crew's engagement is up.", "crew's engagement", EE),
        ("Recognition matters to us. Staff turnover halved last year.", "Recognition", RR),
        # Not only as someone's since the rule for bare everyday words.
        ("Engagement is uneven across the regions, and staff turnover is high.", "Engagement", EE),
        (
            "The most important thing is motivation, says the staff turnover report.",
            "motivation",
            EM,
        ),
        ("Please ask IT to reset the password.", "IT", IT),
        ("The new laptops came late and IT did not explain why.", "IT", IT),
    ],
)
def test_other_wordings(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("WHY IT WORKS: a short guide for new starters.", IT),
        ("The IT budget was cut again this year.", IT),
        ("Map the hand-offs between sales, finance and IT, and fix them.", IT),
        ("Customer engagement on our posts doubled, and staff turnover fell.", EE),
        ("Staff turnover dropped after the engagement party.", EE),
        ("It's a big commitment, and staff turnover is high.", EC),
        ('Staff turnover fell; "motivation" is a word the survey avoids.', EM),
    ],
)
def test_no_mention(nlp, text, concept):
    assert concept not in {c for _, c in tagged(nlp, text)}


def test_job_titles_are_no_cause_words(nlp):
    # ``driver`` stands in for staff, yet the drivers of an outcome are its causes.
    assert tagged(nlp, "The drivers of job satisfaction include pay.") == {
        ("job satisfaction", "job-satisfaction")
    }
    assert tagged(nlp, "The key driver of staff turnover is pay.") == {("staff turnover", SR)}


def test_job_title_after_of_is_no_stand_in(nlp):
    found = tagged(nlp, "Empowerment of cashiers: refunds up to 20 pounds on the spot.")
    assert found == {("Empowerment", "empowerment")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("If internal communication improves, staff turnover should come down.", (IC, SR)),
        (
            "When staff training is in place, customer satisfaction usually picks up.",
            ("employee-training", CS),
        ),
        ("Fair recognition and reward keeps staff turnover low.", (RR, SR)),
    ],
)
def test_new_relation_cues(nlp, text, pair):
    assert pair in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "When internal communication is poor, staff turnover comes as no surprise.",
        "We keep staff turnover records for five years.",
        "Staff training keeps customer satisfaction surveys short.",
    ],
)
def test_no_claim(nlp, text):
    assert pairs(nlp, text) == set()

"""Round fifteen's general rules (``tests/unseen/``, ``unseen-68`` to ``-71``).

Tagger: ``learning and development`` names employee training (a hidden label beside ``L&D``),
a three-word label ``A and B`` is also written as one hyphenated compound before a noun
(``a learning-and-development budget``), a helpline's callers are its customers (``caller
satisfaction``), and the plural ``customer services`` names a department. Relations: a definite
noun phrase of effort (``the scheme``, ``the programme``, ``the change``) refers back to the
practice named before, by its noun or as the one concept of the sentence before; a sentence
that opens ``Since we introduced this`` takes its cause from the sentence before, through a
heading; a claim the next sentence finds no evidence for is none. Each rule has guards it must
not cross. The sentences are not those of the round.
"""

import pytest
from imkg_test_annotated import proposed_pairs, tagged

ET, CS, SR, SQ = "employee-training", "customer-satisfaction", "staff-retention", "service-quality"
RR, EMP, EM, IC = (
    "equitable-recognition-and-reward",
    "empowerment",
    "employee-motivation",
    "internal-communication",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our learning and development offer was cut this year.", ("learning and development", ET)),
        (
            "Each nurse has a learning-and-development allowance.",
            ("learning-and-development", ET),
        ),
        ("Caller satisfaction at the helpline fell in winter.", ("Caller satisfaction", CS)),
        ("We lose callers' satisfaction when the queue is long.", ("callers' satisfaction", CS)),
        (
            "There was conflict between the two departments over rotas.",
            ("conflict between the two departments", "interdepartmental-conflict"),
        ),
    ],
)
def test_round_fifteen_forms_are_tagged(nlp, text, found):
    assert found in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # The plural names the department, however it is written.
        ("Please ring Customer Services before noon.", "Customer Services"),
        ("Supervisor, customer services, Leeds branch.", "customer services"),
        # Only ``learning and development`` is a label; ``training and development`` stays
        # out (round one marks ``Training`` alone in that heading).
        ("Training and development: a note.", "Training and development"),
        # A caller's ID or a caller line is no concept.
        ("The caller ID was hidden.", "caller ID"),
    ],
)
def test_round_fifteen_look_alikes_are_not_tagged(nlp, text, absent):
    assert absent not in {found for found, _ in tagged(nlp, text)}


def test_customer_service_in_the_singular_stays(nlp):
    assert ("customer service", "customer-service") in tagged(
        nlp, "Good customer service starts with the first hello."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # By the noun: the closest mention before that ends on it (or that it follows).
        (
            "Last spring the depot started an employee recognition programme, with vouchers "
            "and a yearly dinner. The programme has cut staff turnover by a third.",
            (RR, SR),
        ),
        (
            "We agreed an internal communication plan with the union. Managers say the plan "
            "has improved staff morale on the night shift.",
            (IC, EM),
        ),
        # As the one concept of the sentence before, when the phrase opens its sentence.
        (
            "From March every ward gave its nurses more empowerment over discharge times. The "
            "change has improved patient satisfaction.",
            (EMP, CS),
        ),
        (
            "The refresher training ran for six weeks in the autumn. This initiative seems to "
            "have lifted service quality.",
            (ET, SQ),
        ),
        # ``Since we introduced this``, through a heading before the sentence it refers to.
        (
            "Employee empowerment. Agents may waive a late fee on their own. Since we "
            "introduced this, complaints have dropped and customer satisfaction has climbed.",
            (EMP, CS),
        ),
        (
            "Our stores run a staff recognition scheme. Since we launched it, staff turnover "
            "has fallen by a fifth.",
            (RR, SR),
        ),
    ],
)
def test_round_fifteen_claims_are_proposed(nlp, text, pair):
    assert pair in proposed_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A phrase followed by what it heads names something of its own.
        (
            "We ran an employee recognition programme in May. The programme of visits has "
            "improved customer satisfaction.",
            (RR, CS),
        ),
        # Two concepts in the sentence before: the phrase that opens a sentence is unread.
        (
            "Empowerment and internal communication both changed in March. The change has "
            "improved customer satisfaction.",
            (EMP, CS),
        ),
        # Another paragraph's concept is no antecedent of an opening phrase.
        (
            "Managers were given more empowerment.\n\nThe change has improved customer "
            "satisfaction.",
            (EMP, CS),
        ),
        # Inside a sentence's opening condition the phrase is the condition's.
        (
            "We run a staff recognition scheme. If the scheme looks like a gimmick, it could "
            "lower staff morale.",
            (RR, EM),
        ),
        # The next sentence finds no evidence for the claim.
        (
            "Some directors think the employee recognition scheme has raised customer "
            "satisfaction too. We have found no evidence of this.",
            (RR, CS),
        ),
        (
            "Several managers say empowerment has lifted service quality. There is no proof "
            "of that.",
            (EMP, SQ),
        ),
        # A negation after ``Since we introduced this``.
        (
            "We run a staff recognition scheme. Since we introduced it, staff turnover has "
            "not changed.",
            (RR, SR),
        ),
    ],
)
def test_round_fifteen_non_claims_are_not_proposed(nlp, text, pair):
    assert pair not in proposed_pairs(nlp, text)


def test_evidence_for_something_else_does_not_withdraw_the_claim(nlp):
    text = (
        "Employee recognition raised staff morale at the depot. There is no evidence of this "
        "at the other sites yet."
    )
    assert (RR, EM) in proposed_pairs(nlp, text)

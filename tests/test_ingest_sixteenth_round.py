"""Round sixteen's general rules (``tests/unseen/``, ``unseen-72`` and ``-73``).

Relations: a chain through a middle word that names no concept (``A builds X, and X-ish
people raise B``: the first clause's object and the second clause's subject share a stem) is
proposed as ``chain``, less sure than a direct claim; a second clause whose subject is a
person's name links nothing to the first clause's concept; a clause-closing ``this`` is an
object pronoun like ``it`` (``A explains a large part of this.``). Each rule has guards: a
denial, a question or a disowning sentence cancels the chain, and a middle that is not the
same word links nothing. The sentences are not those of the round.
"""

import pytest
from imkg_test_annotated import proposed_pairs

from imkg.ingest import propose_text

CS, SR, SQ, EM = (
    "customer-satisfaction",
    "staff-retention",
    "service-quality",
    "employee-motivation",
)
EMP, IC, RR, ET = (
    "empowerment",
    "internal-communication",
    "equitable-recognition-and-reward",
    "employee-training",
)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Empowerment strengthens ownership, and that ownership drives service quality.",
            (EMP, SQ),
        ),
        (
            "Good internal communication builds certainty, and certain staff raise customer "
            "satisfaction.",
            (IC, CS),
        ),
        (
            "Employee recognition reduces resentment, so less resentful colleagues "
            "strengthen staff retention.",
            (RR, SR),
        ),
        ("Staff morale fell. Internal communication may explain a lot of this.", (IC, EM)),
        ("Staff turnover rose all year. Weak recognition explains a good deal of this.", (RR, SR)),
    ],
)
def test_round_sixteen_claims_are_proposed(nlp, text, pair):
    assert pair in proposed_pairs(nlp, text)


def test_a_chain_through_a_middle_is_less_sure_than_a_direct_claim(nlp):
    _, chained = propose_text(
        "Empowerment strengthens ownership, and that ownership drives service quality.", nlp=nlp
    )
    _, direct = propose_text("Empowerment drives service quality.", nlp=nlp)
    assert chained[0].cue == "chain"
    assert chained[0].confidence < direct[0].confidence


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A denial in the second clause.
        (
            "Empowerment strengthens ownership, but that ownership does not drive service quality.",
            (EMP, SQ),
        ),
        # Asked, not claimed.
        (
            "We wonder whether empowerment strengthens ownership, and whether that ownership "
            "drives service quality.",
            (EMP, SQ),
        ),
        (
            "Is it true that empowerment strengthens ownership, and that ownership drives "
            "service quality?",
            (EMP, SQ),
        ),
        # Disowned by the next sentence.
        (
            "Some managers claim that empowerment strengthens ownership, and that ownership "
            "drives service quality. We found no evidence for this.",
            (EMP, SQ),
        ),
        # The second clause's subject is another word: no middle ties the clauses.
        ("Empowerment strengthens ownership, and weekend staff drive service quality.", (EMP, SQ)),
        # The middle is a person.
        (
            "The recognition scheme pleased Priya, and Priya improved staff morale on her ward.",
            (RR, EM),
        ),
        (
            "Employee training impressed the auditors, and Jordan lifted customer satisfaction.",
            (ET, CS),
        ),
        # ``this`` before a noun is no pronoun.
        ("Staff turnover was high last year. This year internal communication improved.", (IC, SR)),
    ],
)
def test_round_sixteen_non_claims_are_not_proposed(nlp, text, pair):
    assert pair not in proposed_pairs(nlp, text)

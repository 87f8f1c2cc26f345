"""Relation rules added with the eleventh held-out round (``tests/unseen/unseen-54`` to ``-56``).

A pronoun subject is read as the one concept before it, past a negated clause it closes (``A
is not a perk: it is what keeps B high``) and after a sentence-opening ``If``/``Without``
(``If it gets better, B should rise``); nominal and dependence cues (``contribution to``, ``B
reflects A``, ``B comes down to A``, ``B suffers without A``, ``Without A, B slips``); a verb
of change with ``accordingly``/``as a result`` after the effect; a chain through words that
name no concept (``B depends on X, which in turn rests on A``); ``does more for``. Hedged
claims are kept, less sure. Guards: denied evidence, a claim the next sentence takes back,
``unclear whether``, a negation, ``reflect on``, chains whose links point different ways, and
people described by a compound participle. The sentences are not the round's own.
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs

from imkg.ingest import propose_text

CS, JS, SQ, TS = ("customer-satisfaction", "job-satisfaction", "service-quality",
                  "team-spirit")  # fmt: skip
EM, EMP, IC, TW = ("employee-motivation", "empowerment", "internal-communication",
                   "two-way-communication")  # fmt: skip
RR, SR, TR, CR = ("equitable-recognition-and-reward", "staff-retention", "employee-training",
                  "customer-retention")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun subject after a negated clause it closes.
        ("Staff training is not a perk: in my view it is what keeps service quality high.",
         {(TR, SQ)}),
        ("Employee recognition is not expensive, and we are confident it will raise job "
         "satisfaction.", {(RR, JS)}),
        # A pronoun right after a conditional word that opens the sentence.
        ("Internal communication is the board's first priority. If it gets better, we expect "
         "staff morale to rise.", {(IC, EM)}),
        ("Empowerment is rarely discussed. Without it, customer satisfaction tends to fall.",
         {(EMP, CS)}),
        # Dependence and need.
        ("Without regular staff training, service quality slips.", {(TR, SQ)}),
        ("Team spirit suffers badly without open communication.", {(TW, TS)}),
        ("In the end, staff retention comes down to recognition.", {(RR, SR)}),
        ("Recognition does more for staff retention than pay.", {(RR, SR)}),
        # Nominal cues and ``reflects``.
        ("The contribution of empowerment to job satisfaction is large.", {(EMP, JS)}),
        ("Job satisfaction's contribution to customer retention is rarely measured.", {(JS, CR)}),
        ("Guest satisfaction reflects staff morale more than decor.", {(EM, CS)}),
        ("Staff morale is reflected in customer satisfaction.", {(EM, CS)}),
        # A verb of change with a word of consequence after the effect.
        ("The branch invested in employee training last spring, and customer satisfaction rose "
         "accordingly.", {(TR, CS)}),
        ("Managers cut back on two-way communication, and team spirit declined as a result.",
         {(TW, TS)}),
        # A chain through words that name no concept.
        ("Job satisfaction depends on fair rosters, which in turn rest on good internal "
         "communication.", {(IC, JS)}),
        ("Empowerment builds confidence, which raises service quality.", {(EMP, SQ)}),
    ],
)  # fmt: skip
def test_other_wordings(nlp, text, expected):
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that employee training affects customer satisfaction.",
        "Nor is there any sign that empowerment has raised staff morale.",
        "Some managers read the memo as saying that recognition drives staff retention. It did "
        "not say that.",
        "Some say open communication lifts team spirit. That is not the case.",
        "Without staff training, customer satisfaction still improved.",
        "It is unclear whether empowerment affects job satisfaction.",
        "Team spirit does not reflect internal communication.",
        "Managers reflect on staff morale and customer satisfaction.",
        "Job satisfaction depends on fair rosters, which improve customer satisfaction.",
        "Service quality reflects well-trained front-line staff.",
    ],
)
def test_must_not_propose(nlp, text):
    assert pairs(nlp, text) == set()


def test_a_denial_of_a_further_step_keeps_the_claim(nlp):
    text = "Recognition drives staff retention. This does not mean that pay is irrelevant."
    assert pairs(nlp, text) == {(RR, SR)}


def test_the_compared_concept_is_no_effect(nlp):
    text = "Empowerment did more for staff morale than internal communication."
    assert pairs(nlp, text) == {(EMP, EM)}


def test_hedged_claims_are_kept_less_sure(nlp):
    _, plain = propose_text("Empowerment improves job satisfaction.", nlp=nlp)
    _, hedged = propose_text("Empowerment may improve job satisfaction.", nlp=nlp)
    _, tending = propose_text("Empowerment tends to improve job satisfaction.", nlp=nlp)
    assert [p.confidence for p in plain] == [0.8]
    assert [p.confidence for p in hedged] == [0.7]
    assert [p.confidence for p in tending] == [0.7]
    assert hedged[0].evidence == "Empowerment may improve job satisfaction."


def test_new_cues_keep_their_evidence_and_confidence(nlp):
    text = "Recognition matters here. Without it, staff commitment suffers."
    _, proposals = propose_text(text, nlp=nlp)
    assert [(p.cue, p.confidence, p.evidence) for p in proposals] == [
        ("without ... suffers", 0.55, "Without it, staff commitment suffers.")
    ]
    _, proposals = propose_text("Empowerment builds confidence, which raises service quality.")
    assert [(p.cue, p.confidence) for p in proposals] == [("chain", 0.7)]

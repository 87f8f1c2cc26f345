"""Round fourteen's general rules (``tests/unseen/``, ``unseen-64`` to ``-67``).

Tagger: ``L&D`` names employee training; a doubled letter written once in a longer label's
last word is a slip of that label (``internal comunication``); ``front-desk`` and
``front-office`` staff are front-line staff; the job (or the staff) taken as an *internal*
product or customer; bare ``satisfaction`` with the job; the till's ``training mode``, a
``Customer Service Centre`` and an organisation's ``commitment`` are no mentions; a label that
ends on a possessive's owner leaves the possessive to the next noun (``keeping guests'
satisfaction high``). Relations: a sentence that opens with a connective of result takes its
cause from the sentence before (``As a result, B rose``); a subject ``it`` after a fronted
phrase or in ``Much of it``; ``what makes it work``; no claim its own sentence disputes or
that ``should not be inferred``; the people who own a mention (``turnover among front-line
staff``) take part in no claim. Each rule has guards it must not cross. The sentences are not
those of the round.
"""

import pytest
from imkg_test_annotated import proposed_pairs, tagged

ET, IC, JS, CS = (
    "employee-training",
    "internal-communication",
    "job-satisfaction",
    "customer-satisfaction",
)
SR, SQ, EMP, EE = "staff-retention", "service-quality", "empowerment", "employee-engagement"
FP, JP, CO, EC = (
    "frontline-personnel",
    "job-as-product",
    "customer-orientation",
    "employee-commitment",
)
RR, TW, TWC = "equitable-recognition-and-reward", "team-spirit", "two-way-communication"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our L&D offer was rebuilt around the new tills.", ("L&D", ET)),
        ("Staff complained that employee comunication was patchy.", ("employee comunication", IC)),
        ("A satisfied employe stays longer.", ("satisfied employe", JS)),
        ("The hotel relies on its front-desk staff at weekends.", ("front-desk staff", FP)),
        ("Front office staff check guests in.", ("Front office staff", FP)),
        (
            "Managers were asked to treat jobs as internal products.",
            ("jobs as internal products", JP),
        ),
        ("A customer focussed team listens first.", ("customer focussed", CO)),
        ("We ask about your satisfaction with the role each spring.", ("satisfaction", JS)),
        ("Nurses are good at keeping patients' satisfaction high.", ("patients' satisfaction", CS)),
    ],
)
def test_round_fourteen_forms_are_tagged(nlp, text, found):
    assert found in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A slip that is a word itself is no slip: ``staf`` is too short to be read at all.
        ("The staf room is closed.", "staf"),
        # The till's training mode, a call centre's name, an organisation's promise.
        ("Staff training starts Monday; put the till in training mode first.", "training mode"),
        ("Please ring the Customer Service Centre before noon.", "Customer Service"),
        ("Staff morale is good, and the company's commitment to net zero stands.", "commitment"),
        # Satisfaction with something other than the work names no job satisfaction.
        ("Staff morale is fine, and satisfaction with the venue was high.", "satisfaction"),
        # ``front-desk`` alone is a place, not the staff.
        ("Leave the keys at the front-desk.", "front-desk"),
    ],
)
def test_round_fourteen_guards(nlp, text, absent):
    assert absent not in {found for found, _ in tagged(nlp, text)}


def test_staff_commitment_beside_an_organisation_is_still_tagged(nlp):
    found = tagged(
        nlp, "The firm's staff commitment survey shows that commitment among nurses grew."
    )
    assert ("staff commitment", EC) in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In May every adviser finished a refresher course. As a result, customer"
            " satisfaction with the helpline rose by nine points.",
            (ET, CS),
        ),
        (
            "The shop began a recognition scheme last spring. Since then staff turnover has"
            " nearly halved.",
            (RR, SR),
        ),
        (
            "Team-spirit was weak on the night shift. Consequently, service quality fell.",
            (TW, SQ),
        ),
        (
            "Job satisfaction rose after the pay review. Over the following year, though, it is"
            " what kept staff turnover down.",
            (JS, SR),
        ),
        (
            "Staff turnover is worst among new starters. Most of it comes down to thin induction"
            " training.",
            (ET, SR),
        ),
        (
            "Empowerment is risky without judgement, and it is staff training that is really"
            " what makes it work.",
            (ET, EMP),
        ),
        (
            "Two-way communication, which is what makes an employee engagement plan stick, comes"
            " first.",
            (TWC, EE),
        ),
        (
            "The drop in turnover among front-line staff is attributed mainly to the recognition"
            " scheme.",
            (RR, SR),
        ),
    ],
)
def test_round_fourteen_claims(nlp, text, pair):
    assert pair in proposed_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # The result opener needs a verb of change, no negation, one cause, one paragraph.
        "Every adviser finished a refresher course. As a result, customer satisfaction did not"
        " rise.",
        "Every adviser finished a refresher course. As a result, customer satisfaction is our"
        " first topic.",
        "Staff training and job satisfaction were both reviewed. As a result, customer"
        " satisfaction rose.",
        "Every adviser finished a refresher course.\n\nAs a result, customer satisfaction rose.",
        # Disputed or not to be inferred in the sentence itself.
        "Some managers claim that staff training lifts job satisfaction; our survey does not"
        " support that.",
        "It should not be inferred that empowerment improved service quality.",
        "Head office says recognition cuts staff turnover, but the figures do not bear this out.",
        # An empty ``it`` after a fronted phrase stands for nothing.
        "Staff turnover was high. In 2024, it was decided to improve customer satisfaction.",
    ],
)
def test_round_fourteen_claim_guards(nlp, text):
    assert not proposed_pairs(nlp, text)


def test_owner_of_a_mention_is_no_cause_or_effect(nlp):
    pairs = proposed_pairs(
        nlp, "The fall in turnover among front-line staff is attributed to the recognition scheme."
    )
    assert FP not in {concept for pair in pairs for concept in pair}


def test_a_claim_the_sentence_supports_is_kept(nlp):
    pairs = proposed_pairs(
        nlp, "Recognition keeps staff turnover down in our stores, and the exit data support that."
    )
    assert (RR, SR) in pairs

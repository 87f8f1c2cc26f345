"""Round thirteen's general rules (``tests/unseen/``, ``unseen-60`` to ``-63``).

Relations: an object ``it`` after a cue stands for the concept named before the cause, in
the sentence or, when the sentence names only the cause, in one of the two sentences before
it in the same paragraph (``Service quality is uneven; staff training explains much of it``);
``is a factor in`` and ``is behind`` are cues; a denial or a question between two mentions
withholds the claims after it. Tagger: a text that names two concepts of ``IM``'s vocabulary
(``internal customers``, ``internal communication``) may use ``IM`` without spelling it out,
and ``IM`` next to a word for a channel is instant messaging; the possessive of any word that
stands in for the people of a label (``guests' satisfaction``); an app's ``Training tab``. Each
rule has guards it must not cross. The sentences are not those of the round.
"""

import pytest
from imkg_test_annotated import proposed_pairs, tagged

IC, SR, JS, CS = (
    "internal-communication",
    "staff-retention",
    "job-satisfaction",
    "customer-satisfaction",
)
ET, SQ, EMP, EE = "employee-training", "service-quality", "empowerment", "employee-engagement"
IM, EM = "internal-marketing", "employee-motivation"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Service quality is uneven across the branches; staff training explains much of it.",
            (ET, SQ),
        ),
        (
            "Job satisfaction has slipped this year, and weak internal communication is largely"
            " behind it.",
            (IC, JS),
        ),
        (
            "Staff retention worries the board. Exit surveys mention workload. Poor internal"
            " communication is a major factor in it.",
            (IC, SR),
        ),
        ("Customer satisfaction matters most, and job satisfaction supports it.", (JS, CS)),
        ("Employee engagement is fragile, and empowerment fuels it.", (EMP, EE)),
        ("Service quality has fallen, and staff training is the key to it.", (ET, SQ)),
        ("Job satisfaction is high, and morale depends on it.", (JS, EM)),
    ],
)
def test_object_pronoun_stands_for_the_concept_before(nlp, text, pair):
    assert pair in proposed_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Asked or denied: no claim.
        ("Job satisfaction is high, and we asked whether empowerment raises it.", (EMP, JS)),
        ("Job satisfaction is high, and we did not claim empowerment raises it.", (EMP, JS)),
        # A mention in the pronoun's own clause is the cue's object.
        (
            "Strategy implementation depends on staff, and internal marketing helps with it by"
            " improving internal communication.",
            ("strategy-implementation", IC),
        ),
        # Across a paragraph the pronoun is not read back.
        (
            "Staff retention is a worry.\n\nCritics add that empowerment can kill it.",
            (EMP, SR),
        ),
        # Three sentences back is too far.
        (
            "Staff retention is a worry. The canteen closed. Rotas changed. Parking is full."
            " Empowerment drives it.",
            (EMP, SR),
        ),
        # The sentence before names two concepts: the pronoun is not resolved.
        (
            "Staff retention and job satisfaction both fell. Empowerment drives it.",
            (EMP, SR),
        ),
        # ``behind`` without ``be``: a place.
        (
            "Front-line staff stand behind the counter, and service quality is uneven.",
            ("frontline-personnel", SQ),
        ),
    ],
)
def test_object_pronoun_guards(nlp, text, pair):
    assert pair not in proposed_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Retention of staff is higher where engagement is higher, but we are not saying"
        " engagement raises staff retention.",
        "Staff retention rose where managers listened, and the board asked whether employee"
        " engagement drives staff retention.",
    ],
)
def test_denial_mid_sentence_withholds_the_claim(nlp, text):
    assert (EE, SR) not in proposed_pairs(nlp, text)


def test_claim_before_a_later_denial_still_counts(nlp):
    text = "Empowerment improves job satisfaction, though nobody here claims it is free."
    assert (EMP, JS) in proposed_pairs(nlp, text)


def test_factor_in_and_behind_are_cues(nlp):
    assert (IC, JS) in proposed_pairs(
        nlp, "Internal communication is a key factor in job satisfaction."
    )
    assert (ET, SQ) in proposed_pairs(nlp, "Staff training is often behind better service quality.")


DECK = (
    "Programme update\n"
    "- Treat the warehouse teams as internal customers\n"
    "- Internal communications: a fortnightly huddle\n"
    "- {line}\n"
)


@pytest.mark.parametrize(
    "line",
    ["IM budget approved for next year", "Who owns IM? HR and marketing together", "IM pilots"],
)
def test_im_counts_in_a_text_about_its_vocabulary(nlp, line):
    assert ("IM", IM) in tagged(nlp, DECK.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "Shift leads answer questions via IM",
        "Switch off IM alerts after 6 pm",
        "Urgent changes are sent by IM",
        "Send a quick note by e-mail or IM",
        "IM chat history is kept for a year",
    ],
)
def test_im_as_instant_messaging_is_not_internal_marketing(nlp, line):
    assert ("IM", IM) not in tagged(nlp, DECK.format(line=line))


def test_im_stays_unlicensed_with_one_concept_of_its_vocabulary(nlp):
    text = "Internal communications are weekly.\nIM roadmap for next year."
    assert ("IM", IM) not in tagged(nlp, text)


def test_im_defined_in_brackets_before_a_channel_word_still_counts(nlp):
    text = "A single internal marketing (IM) message rarely suits every team."
    assert ("IM", IM) in tagged(nlp, text)


def test_im_driven_by_stays_internal_marketing(nlp):
    text = "Internal marketing matters. Commitment is driven by IM more than by pay."
    assert ("IM", IM) in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        ("Guests' satisfaction dipped in the summer.", "Guests' satisfaction", CS),
        ("Tenants' satisfaction is surveyed every spring.", "Tenants' satisfaction", CS),
        ("The nurses' engagement was higher on day shifts.", "nurses' engagement", EE),
        ("Volunteers' motivation held up all winter.", "Volunteers' motivation", EM),
    ],
)
def test_possessive_of_a_stand_in(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


def test_possessive_of_a_word_that_is_no_stand_in_is_not_tagged(nlp):
    found = tagged(nlp, "The investors' satisfaction with the results was plain.")
    assert not any(concept == CS for _, concept in found)


@pytest.mark.parametrize(
    "text",
    [
        "Staff training matters. Open the Training tab to see your courses.",
        "Staff training matters. The training screen lists due dates.",
        "Staff training matters. Tap the training icon on the menu.",
    ],
)
def test_an_apps_place_named_after_training_is_not_training(nlp, text):
    found = tagged(nlp, text)
    assert ("Staff training", ET) in found
    assert not any(m.lower() == "training" for m, _ in found)


def test_training_before_other_nouns_still_counts(nlp):
    found = tagged(nlp, "Staff training matters. Training records are checked each quarter.")
    assert ("Training", ET) in found


def test_bare_silos_stay_untagged(nlp):
    # Rounds one, two, nine and thirteen leave ``silos`` unmarked: no label names it, and
    # ``working in silos`` is read through the concepts around it, not as one.
    found = tagged(nlp, "Internal communication is weak and the depots still work in silos.")
    assert not any("silo" in mention.lower() for mention, _ in found)

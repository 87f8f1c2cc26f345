"""Rules added with the eighth held-out round (``tests/unseen/unseen-43`` to ``-46``).

First the readings the syllabus coverage round asked for, each checked on several wordings and
where it must not fire: the verb forms of a one-word label in ``-ing`` (``energise``,
``authorized``, ``diffused``) under the context check their concepts already have; the
subject of a label's verb in either number (``programmes fizzle out``); a possessive
determiner before the people a label's gerund is done to (``treating our staff as tools``);
and ``teams`` only as the people a verb is done to (``motivating their teams``), never as a
stand-in for staff in a noun's label (``customer service teams``, ``the marketing team``).

Then the rules from the round's own texts: an everyday word in another sense by the word before
it (``inventory turnover``, ``legal recognition``) or quoted as a word (``"morale"``); a
``focus group`` is no customer focus; the slip ``staff moral``; and a negated aside set off by
commas (``A, not from a memo, lifted B``; ``A, not B, raised C``) denies only itself.
"""

import pytest
from imkg_test_annotated import proposed_pairs as pairs
from imkg_test_annotated import tagged

CYCLE = "Ballantyne's internal marketing cycle has four stages. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CYCLE + "First the managers energise the volunteers.", ("energise", "energising")),
        (CYCLE + "Once the group was energised, it met weekly.", ("energised", "energising")),
        (CYCLE + "A shared market goal energizes people.", ("energizes", "energising")),
        (CYCLE + "The area manager authorised the proposal.", ("authorised", "authorising")),
        (CYCLE + "Line managers authorize the best option.", ("authorize", "authorising")),
        (CYCLE + "The branches then diffuse what the group learnt.", ("diffuse", "diffusing")),
        (CYCLE + "The new routine was diffused across the region.", ("diffused", "diffusing")),
    ],
)  # fmt: skip
def test_verb_forms_of_a_one_word_ing_label(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A diffuse sense of unease hung over the meeting, and the light was diffused by fog.",
        "Only an authorised dealer may service the boiler.",
        "The coach energised the players before the final.",
        # Two stages alone are no context for each other.
        "Energise the room, then diffuse the tension.",
    ],
)
def test_verb_forms_need_the_cycle(nlp, text):
    assert not {c for _, c in tagged(nlp, text)} & {"energising", "authorising", "diffusing"}


def test_a_noun_in_ing_takes_no_verb_forms(nlp):
    # ``purchasing`` names a function (inbound logistics), not an act of buying.
    text = "Inbound logistics is the first primary activity. We purchase flour weekly."
    assert "inbound-logistics" not in {c for t, c in tagged(nlp, text) if t == "purchase"}


@pytest.mark.parametrize(
    "text",
    [
        "Most programmes fizzle out within a year.",
        "The programme fizzled out once the launch budget was spent.",
        "Programmes fizzling out is the commonest complaint.",
        "A program fizzles out when nobody owns it.",
    ],
)
def test_the_subject_of_a_label_verb_in_either_number(nlp, text):
    assert "programme-fizzle-out" in {c for _, c in tagged(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stop treating our staff as tools.",
         ("treating our staff as tools", "treating-employees-as-tools")),
        ("Treating their employees like tools backfired.",
         ("Treating their employees like tools", "treating-employees-as-tools")),
        ("Motivating their employees is the manager's job.",
         ("Motivating their employees", "employee-motivation")),
        ("The firm is not listening to its employees.",
         ("not listening to its employees", "not-listening-to-staff")),
        ("Supervisors kept ignoring their subordinate staff.",
         ("ignoring their subordinate staff", "not-listening-to-staff")),
        ("Withholding information from our employees breeds rumours.",
         ("Withholding information from our employees", "withholding-information")),
        ("Retaining your staff costs less than hiring.",
         ("Retaining your staff", "staff-retention")),
    ],
)  # fmt: skip
def test_a_possessive_before_the_people_of_a_label(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # The determiner goes only before the people a gerund is done to.
        ("Our data processing their staff records is slow.", "data-processor"),
        ("Communication with their employees was patchy.", "internal-communication"),
    ],
)  # fmt: skip
def test_no_possessive_where_no_verb_is_done_to_people(nlp, text, unwanted):
    found = tagged(nlp, text)
    assert not any(c == unwanted and " their " in t for t, c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Motivating teams through a merger is hard.", ("Motivating teams", "employee-motivation")),
        ("Leaders spend Mondays motivating their teams.",
         ("motivating their teams", "employee-motivation")),
        ("Good supervisors retain teams for years.", ("retain teams", "staff-retention")),
    ],
)  # fmt: skip
def test_teams_after_a_label_verb(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Our customer service teams answer 4,000 calls a day.", "frontline-personnel"),
        ("The marketing team met on Tuesday.", "marketing-staff"),
        ("The IT team fixed the tills.", "it-staff"),
        ("The support team closed the ticket.", "support-staff"),
    ],
)  # fmt: skip
def test_teams_stand_in_for_no_staff_in_a_noun_label(nlp, text, unwanted):
    assert unwanted not in {c for _, c in tagged(nlp, text)}


# --- rules from the eighth round's texts -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Staff turnover is our worry. The inventory turnover report is late.", "turnover"),
        ("Staff turnover fell. Sales turnover rose by a tenth.", "turnover"),
        ("Employee recognition matters. Speech recognition software transcribes calls.",
         "recognition"),
        ("Employee recognition matters. The legal recognition of the union came in 1998.",
         "recognition"),
        ('Job satisfaction is low. In Spanish "moral" and "morale" are almost one word.',
         "morale"),
    ],
)  # fmt: skip
def test_an_everyday_word_in_another_sense(nlp, text, word):
    assert word not in {t.lower() for t, _ in tagged(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with the staff it names since round twelve (``turnover of staff`` with its stand-in)
        ("Staff turnover is our worry; turnover among drivers is worst.",
         ("turnover among drivers", "staff-retention")),
        ("Job satisfaction is low and morale is worse.", ("morale", "employee-motivation")),
        ("Employee recognition matters, and recognition from peers matters most.",
         ("recognition", "equitable-recognition-and-reward")),
    ],
)  # fmt: skip
def test_the_everyday_word_still_counts(nlp, text, expected):
    assert expected in tagged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marketing is running a customer focus group on the new app.",
        "Two Customer Focus Groups met in May.",
    ],
)
def test_a_focus_group_is_no_customer_focus(nlp, text):
    assert "customer-orientation" not in {c for _, c in tagged(nlp, text)}


def test_customer_focus_still_counts(nlp):
    assert ("customer focus", "customer-orientation") in tagged(nlp, "Our customer focus grew.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before, the staff moral was very low.", ("staff moral", "employee-motivation")),
        ("Employee moral improved after the pay rise.", ("Employee moral", "employee-motivation")),
    ],
)  # fmt: skip
def test_a_slip_in_a_label(nlp, text, expected):
    assert expected in tagged(nlp, text)


def test_no_slip_on_its_own(nlp):
    text = "Job satisfaction is high; managers have a moral duty to keep it so."
    assert "employee-motivation" not in {c for _, c in tagged(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employee recognition from peers, not from a memo, is what lifted staff morale.",
         ("equitable-recognition-and-reward", "employee-motivation")),
        ("Empowerment, not a bigger budget, raised customer satisfaction.",
         ("empowerment", "customer-satisfaction")),
        ("Empowerment, not staff training, raised customer satisfaction.",
         ("empowerment", "customer-satisfaction")),
    ],
)  # fmt: skip
def test_a_negated_aside_denies_only_itself(nlp, text, expected):
    assert expected in pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Empowerment, not staff training, raised customer satisfaction.",
         ("employee-training", "customer-satisfaction")),
        ("Empowerment did not raise customer satisfaction.",
         ("empowerment", "customer-satisfaction")),
        ("Empowerment, we found, did not raise customer satisfaction.",
         ("empowerment", "customer-satisfaction")),
    ],
)  # fmt: skip
def test_what_is_set_aside_or_denied_is_no_claim(nlp, text, unwanted):
    assert unwanted not in pairs(nlp, text)

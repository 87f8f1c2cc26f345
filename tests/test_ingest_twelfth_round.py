"""Round twelve's general rules for the tagger (``tests/unseen/``, ``unseen-57`` to ``-59``).

An everyday word takes in the staff it names after ``of``/``among`` or before it with a
possessive (``retention of nursing staff``, ``nurses' commitment``), and bare ``retention`` or
``satisfaction`` count only so; the comparatives of a label that is an adjective before people
(``happier guests``); no mention inside another document's title (``see the Training
Policy``), and no ``training centre``. Each rule has guards it must not cross: describing
adjectives and other job titles leave the word alone, as the rule for bare everyday words marks
it (``turnover among new engineers``), customers' retention stays theirs, and a heading that
is a document's own title still names its subject. The sentences are not those of the round.
"""

import pytest
from imkg_test_annotated import tagged

EM, EC, EE = "employee-motivation", "employee-commitment", "employee-engagement"
ET, JS, SR = "employee-training", "job-satisfaction", "staff-retention"
CS, RR = "customer-satisfaction", "equitable-recognition-and-reward"


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        (
            "Staff engagement is up, but the retention of kitchen staff worries the owners.",
            "retention of kitchen staff",
            SR,
        ),
        (
            "Job satisfaction fell last winter; motivation among the night crew fell with it.",
            "motivation among the night crew",
            EM,
        ),
        (
            "After the merger, satisfaction among agents dropped by a third.",
            "satisfaction among agents",
            JS,
        ),
        (
            "Internal marketing starts with listening: the drivers' morale tells you most.",
            "drivers' morale",
            EM,
        ),
        (
            "Retention of cashiers improved once the rota was published a month ahead.",
            "Retention of cashiers",
            SR,
        ),
        (
            "Staff engagement improved, and commitment of the warehouse team followed.",
            "commitment of the warehouse team",
            EC,
        ),
        (
            "Empowered front-line staff resolve complaints, which means happier guests.",
            "happier guests",
            CS,
        ),
        ("Our happiest employees were the ones whose managers listened.", "happiest employees", JS),
    ],
)
def test_tagger_finds_round_twelve_forms(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        # a describing adjective or another job title: the word alone, as the rule marks it
        ("Staff engagement is steady, but turnover among temporary staff is high.", "turnover", SR),
        ("Job satisfaction is high, and turnover among new engineers has halved.", "turnover", SR),
        # a people word that modifies the next one is no owner
        ("Staff engagement rose. The training of team leaders starts in May.", "training", ET),
        # a policy's own title on a line of its own is its subject
        (
            "Staff Training and Recognition Policy\n\nThis policy sets out how we train staff.",
            "Recognition",
            RR,
        ),
    ],
)
def test_tagger_keeps_the_word_alone_where_the_rule_does(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # bare retention and satisfaction without the staff beside them
        ("Staff morale is good, but retention is our weakest figure.", "retention"),
        ("Employee engagement is up. Satisfaction among patients is flat.", "Satisfaction"),
        ("Staff turnover is low; satisfaction of diners matters more to the chef.", "satisfaction"),
        # another document's title, in a list or in running text
        (
            "Staff engagement matters. Read with: Training Policy (P-2), Recognition Policy.",
            "Training",
        ),
        (
            "Staff engagement matters. Read with: Training Policy (P-2), Recognition Policy.",
            "Recognition",
        ),
        (
            "Job satisfaction is covered in the Recognition and Reward Handbook, page 4.",
            "Recognition and Reward",
        ),
        # a place
        ("Staff turnover fell after the new training centre opened in Derby.", "training"),
        # a comparative of an adjective that names no concept before people
        ("Staff engagement rose among the older employees.", "older employees"),
    ],
)
def test_tagger_does_not_over_reach(nlp, text, word):
    assert word not in {mention for mention, _ in tagged(nlp, text)}

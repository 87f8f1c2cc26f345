"""The rule for bare everyday words, applied to every round after the tenth.

``engagement``, ``motivation``, ``morale``, ``commitment``, ``turnover``, ``attrition``,
``recognition`` and ``training`` on their own name the staff
concept when they are the staff's, in a text about staff and work (``tests/unseen/README.md``,
"The rule for bare everyday words"): as subject or object, in a heading, a question, a quoted
sentence, or before a noun that measures them (``motivation scores``). Not when they are
someone else's (``the retention of subscribers``, training for pupils), another sense (``a
commitment we made``, ``training data``, ``the training room``, ``engagement on the video``),
a word quoted as a term (``the word "commitment"``, the ``"engagement index"``), or part of a
hyphenated compound (``cross-training``). A bare ``satisfaction`` or ``retention`` is left
alone: the customers' satisfaction and retention are concepts as well, and the word does not
say whose. The sentences here are not those of the rounds.
"""

import pytest
from imkg_test_annotated import tagged

EE, EC, EM = "employee-engagement", "employee-commitment", "employee-motivation"
ET, JS, SR = "employee-training", "job-satisfaction", "staff-retention"


@pytest.mark.parametrize(
    ("text", "mention", "concept"),
    [
        ("Engagement dipped in the bakery teams this spring, and staff turnover climbed.",
         "Engagement", EE),
        ("Staff turnover is falling; what matters most now is motivation.", "motivation", EM),
        ("Job satisfaction rose once the rota settled, and so did commitment.", "commitment", EC),
        ("Staff training moved online. Training without follow-up coaching rarely sticks.",
         "Training", ET),
        ("Staff turnover in the laundry is high.\n\n4. TRAINING\n\nEvery porter learns to lift.",
         "TRAINING", ET),
        ("The motivation scores of the kitchen staff rose, and staff turnover fell.",
         "motivation", EM),
        ('"Engagement is a manager\'s job," the chief nurse said of staff turnover.',
         "Engagement", EE),
        ("Staff turnover halved once the new rota came in. What about training?",
         "training", ET),
    ],
)  # fmt: skip
def test_bare_word_of_staff_is_tagged(nlp, text, mention, concept):
    assert (mention, concept) in tagged(nlp, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ('Staff turnover fell; the word "commitment" appears nowhere in the plan.', EC),
        ('The "engagement index" averages four items; staff turnover is reported apart.', EE),
        ("Staff turnover is high, and the launch date is a commitment we made to the client.", EC),
        ("Staff turnover fell, but the scheduling model needs more training data.", ET),
        ("Staff turnover fell; the training room on level 2 is closed for repairs.", ET),
        ("Staff morale is good, and the retention of subscribers is up.", SR),
        ("The museum runs training for visiting pupils; staff turnover is another story.", ET),
        ("Staff morale is fine. The event is a product demo for shoppers, not a training.", ET),
        ("Staff turnover fell after cross-training between the bakery and the cafe.", ET),
        ("Engagement on the video passed 10,000 views, and staff turnover fell.", EE),
        ("Sales turnover rose four per cent while job satisfaction fell.", SR),
        # whose satisfaction or retention a bare word means, the text does not say
        ("Employee motivation matters. Satisfaction scores from diners rose sharply.", JS),
        ("Staff morale is good. We track satisfaction in the guest survey each month.", JS),
        ("Employee motivation was discussed. Retention of members is the board's worry.", SR),
        ("Employee engagement scores are up, but retention is still our weakest figure.", SR),
    ],
)
def test_bare_word_in_another_sense_is_not_tagged(nlp, text, concept):
    assert concept not in {c for _, c in tagged(nlp, text)}


def test_bare_word_needs_a_text_about_staff(nlp):
    # No concept of the staff is named anywhere: the everyday words stay words.
    text = "Training for the marathon starts in May; motivation is the hard part."
    assert not {c for _, c in tagged(nlp, text)} & {ET, EM}

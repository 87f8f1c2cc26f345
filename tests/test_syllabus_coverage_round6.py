"""Syllabus coverage, round six: what managers, staff and departments do, described instead of
named (competency frameworks, apprenticeship standards, agendas), staff words of a second
language ("the collaborators", "the personal"), a department named as whom to ask, and a word
before a number that is no verb.

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- what managers, staff and departments do ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Outcome 3: update your crew on the week's menu changes.", "internal-communication"),
        ("Supervisors brief all colleagues before the doors open.", "internal-communication"),
        (
            "Unit 2: take staff suggestions from the night shift up to the duty manager.",
            "two-way-communication",
        ),
        (
            "Collect ideas from the floor and feed them back to head office each month.",
            "two-way-communication",
        ),
        ("How good supervisors listen to their crew", "two-way-communication"),
        ("A weekly stand-up where information flows both ways", "two-way-communication"),
        (
            "Sales and the depots rely on each other, so both teams sit on the planning panel.",
            "internal-service-delivery",
        ),
        (
            "The laundry depends on the wards for bed counts, and the wards on it for clean linen.",
            "internal-service-delivery",
        ),
        (
            "Unit 5: working closely with other departments on the winter plan",
            "inter-functional-coordination",
        ),
        (
            "How the finance and sales departments should solve problems together",
            "inter-functional-coordination",
        ),
        (
            "Mediating quarrels between the store and the warehouse teams",
            "interdepartmental-conflict",
        ),
        (
            "Letting cabin crew make decisions on their own when a flight is delayed",
            "empowerment",
        ),
        (
            "Staff may refund a meal without asking the duty manager first.",
            "empowerment",
        ),
        ("Agents who handle billing complaints on the spot", "empowerment"),
        ("Agreeing with each team what they must answer for", "accountability-and-responsibility"),
        ("Spotting gaps in the digital skills of a sales team", "assess-skills-and-knowledge-gaps"),
        ("Agreeing joint goals with the logistics partner", "shared-objectives"),
        ("Why older staff push back on a new till system", "resistance-to-change"),
        (
            "Praising the crew in ways that cost nothing",
            "non-monetary-reward",
        ),
        (
            "A ward where porters can correct a doctor without fear of reprisal",
            "psychological-safety",
        ),
        (
            "How the way the crew feel shows up in what passengers say about the flight",
            "attitude-and-motivation-impact-on-service",
        ),
        ("Ideas that no one reads: the staff forum", "not-listening-to-staff"),
    ],
)
def test_conduct_described(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Telling or updating things that are not the staff.
        ("Please update the staff records before the census date.", "internal-communication"),
        ("Tell your customers about the new opening hours.", "internal-communication"),
        # Listening that is not a manager's, or that fails.
        ("Students listen to the team presentations in week 9.", "two-way-communication"),
        ("Managers who never listen to their staff", "two-way-communication"),
        # Dependence, disputes and working together that are not between departments.
        ("Chapters of the report depend on each other.", "internal-service-delivery"),
        ("Disputes between landlords and tenants are a case in law.", "interdepartmental-conflict"),
        ("Students will work together on the poster.", "inter-functional-coordination"),
        # Fear, gaps and goals outside a workplace's staff.
        ("Shop online without fear of hidden fees.", "psychological-safety"),
        ("The gaps in the fence are repaired in spring.", "assess-skills-and-knowledge-gaps"),
        # Pushing back a date; thanks on a slide.
        ("We push back the deadline to Friday.", "resistance-to-change"),
        ("Questions and thank you", "non-monetary-reward"),
    ],
)
def test_conduct_not_over_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


# --- older families that took more wordings ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Why carers leave the profession in their first year", "staff-retention"),
        ("What would make the chefs stay for a second season?", "staff-retention"),
        ("Why apprentices walk out before the end of their contract", "staff-retention"),
        ("How housekeepers feel about working on the late shift", "job-satisfaction"),
        ("Employees as the bank's internal customers", "internal-customer"),
        ("Our co-workers are the first clients of the restaurant.", "internal-customer"),
        ("A staff wellbeing plan that lost steam by March", "programme-fizzle-out"),
        ("Bonuses are fine, but money isn't everything to a night porter.", "non-monetary-reward"),
        ("Apprentices keep their own skills up to date.", "continual-upskilling"),
    ],
)
def test_older_families_take_more_wordings(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Why students leave the reading until the night before", "staff-retention"),
        ("How readers feel about the ending of the novel", "job-satisfaction"),
        ("The hotel's guests are its first clients of the day.", "internal-customer"),
        ("Our travel plans ran out of steam in the rain.", "programme-fizzle-out"),
    ],
)
def test_older_families_not_over_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


# --- staff words of a second language -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Block 2: we motivate the collaborators of the shop.", "employee-motivation"),
        ("How the management informs the personal about the new rota", "internal-communication"),
    ],
)
def test_staff_words_of_a_second_language(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


def test_personal_as_an_adjective_is_no_staff(nlp, store):
    text = "Managers inform the personal tutor about absences."
    assert "internal-communication" not in covered(text, nlp, store)


# --- a department the reader is sent to; a word before a number ---------------------------------


def test_a_department_to_ask_is_no_topic(nlp, store):
    text = "For contract questions, contact your HR department."
    assert "human-resource-management" not in covered(text, nlp, store)


def test_a_department_taught_is_still_read(nlp, store):
    text = "Week 4 asks how the HR department and marketing share the job."
    assert "human-resource-management" in covered(text, nlp, store)


def test_a_word_before_a_number_is_no_verb(nlp, store):
    text = "Internal marketing cycle: energising and diffusing.\nTravel: train 2nd class."
    assert "employee-training" not in covered(text, nlp, store)

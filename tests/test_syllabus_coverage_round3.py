"""Syllabus coverage, round three: bare nouns whose party is the staff, coordinated everyday
verbs, coaching as training, and exclusions by "not in this module".

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered, excluded

from imkg.syllabus_scope import clause_excludes, mention_roles
from imkg.syllabus_verbs import nouns_of


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- bare nouns read with the staff as their party ------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Session 4: empowerment with clear limits, and commitment.", "employee-commitment"),
        ("Unit 2 - Internal communication; morale in the branch network.", "employee-motivation"),
        ("Week 8: the sources of commitment in branch teams", "employee-commitment"),
        ("Week 6: service quality and turnover in hotel chains", "staff-retention"),
        (
            "Topic: team spirit and accountability on the shop floor",
            "accountability-and-responsibility",
        ),
    ],
)
def test_bare_noun_read_as_staff_topic(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # No staff and no other concept in the sentence: a note on study habits.
        ("Engagement with the weekly readings is expected.", "employee-engagement"),
        ("Commitment to the group project is part of the mark.", "employee-commitment"),
        # A compound with another party, a hyphenated modifier, a verb's preposition.
        ("Week 2: customer engagement and service quality.", "employee-engagement"),
        ("Week 3: service quality and satisfaction-driven pricing.", "job-satisfaction"),
        ("Week 4: hiring staff for attitude and service quality.", "employee-attitude"),
        # A skill, not the topic.
        ("Staff build communication skills for service recovery.", "internal-communication"),
        # A verb after a line wrap is no bare noun.
        ("The firm sells its values to its own staff before it\nmarkets them to customers.",
         "internal-market"),
    ],
)  # fmt: skip
def test_bare_noun_not_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


def test_bare_noun_in_excluded_clause_is_excluded(nlp, store):
    text = "Week 5 covers empowerment; morale surveys are not part of this module."
    assert "employee-motivation" not in covered(text, nlp, store)


# --- verbs: coaching as training, keeping beside recruiting ----------------------------------


def test_coaching_reads_as_training(nlp, store):
    assert "employee-training" in covered("Supervisors learn to coach new hires.", nlp, store)
    assert "training" in nouns_of("coaching")


def test_hiring_and_keeping_staff_is_recruitment_and_retention(nlp, store):
    text = "Week 3: hiring and keeping able staff in seasonal tourism"
    assert "recruiting-and-retaining-staff" in covered(text, nlp, store)


def test_keep_alone_is_light(nlp, store):
    # "keep staff informed" is no lesson on retention.
    text = "Managers keep staff informed through a weekly bulletin."
    assert "staff-retention" not in covered(text, nlp, store)
    assert "retention" not in nouns_of("keep")


def test_agents_are_staff(nlp, store):
    assert "employee-motivation" in covered("Outcome 2: motivate call agents.", nlp, store)


# --- exclusions: "not in this module", "not here", tracks -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Total quality management belongs to the operations stream, not in this course.",
        "Total quality management is studied in the operations track.",
        "TQM is taught in the second year, not here.",
        "Not on this course: total quality management.",
        "Not part of this module: TQM and quality circles.",
    ],
)
def test_not_in_this_module_excludes(text, nlp, store):
    assert "total-quality-management" in excluded(text, nlp, store)
    assert "total-quality-management" not in covered(text, nlp, store)


@pytest.mark.parametrize(
    "text",
    [
        # A part of the course, not the course: the topic is still taught.
        "Total quality management is discussed in the lecture, not in this seminar.",
        "TQM comes in week 9, not in this session.",
        # "not only ... but" is no exclusion.
        "Not only total quality management but also empowerment.",
    ],
)
def test_not_in_a_part_still_covers(text, nlp, store):
    assert "total-quality-management" in covered(text, nlp, store)


def test_not_here_stays_in_its_clause():
    text = "We teach empowerment; TQM is taught elsewhere, not here."
    at = text.index("empowerment")
    tqm = text.index("TQM")
    roles = mention_roles(text, [(at, at + 11, 0, len(text)), (tqm, tqm + 3, 0, len(text))])
    assert roles == ["covers", "excluded"]
    assert not clause_excludes(text, at, at + 11, 0, len(text))


# Round three's held-out syllabi are measured, with their floors, in test_syllabus_coverage.py.

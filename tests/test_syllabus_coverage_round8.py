"""Syllabus coverage, round eight: what happens at work in a team leader's words (closing the
loop, letting everyone know, departments blaming each other, thanks without a budget, people
thinking of leaving), programmes translated word for word ("the resistances to the change",
"the capacitation of the personnel"), and what names no topic: a teacher's biography, a
product ("survey software"), "customer services" as a department, a learner's wish for more, a
heading such as "Not in the Academy" and topics that "do not appear in any unit".

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered, excluded


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- what happens at work, described ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Session 3: collect suggestions from the crew and tell them what we changed about "
            "them.",
            "two-way-communication",
        ),
        (
            "A simple form lets cleaners tell their supervisors about broken equipment.",
            "two-way-communication",
        ),
        (
            "Unit 2: how staff complaints are heard and acted upon by the store manager.",
            "two-way-communication",
        ),
        (
            "Before every shift, let the whole crew know about price changes.",
            "internal-communication",
        ),
        (
            "How the owner communicates the new decisions clearly to all employees.",
            "internal-communication",
        ),
        (
            "The kitchen and the bar blame each other whenever an order goes missing.",
            "interdepartmental-conflict",
        ),
        (
            "Why the departments point fingers at one another after a failed launch.",
            "interdepartmental-conflict",
        ),
        (
            "Practical: how the sections should coordinate their rotas over the holidays.",
            "inter-functional-coordination",
        ),
        (
            "Cashiers may approve refunds, and are then held accountable for those decisions.",
            "accountability-and-responsibility",
        ),
        (
            "When some nurses won't use the new electronic charts, what does the manager do?",
            "resistance-to-change",
        ),
        (
            "Week 5: audit the crew's skills against the job profile and plan top-up courses.",
            "assess-skills-and-knowledge-gaps",
        ),
        (
            "Praising good work without any extra budget: ten ideas for supervisors.",
            "non-monetary-reward",
        ),
        (
            "Spotting the waiters who are thinking about moving on, and what you can still offer.",
            "staff-retention",
        ),
        (
            "Supervisors who hoard knowledge and the damage it does to the crew.",
            "withholding-information",
        ),
        (
            "Seeing the job as a product that the company must keep selling to its staff.",
            "job-as-product",
        ),
        (
            "Internal marketing versus HR: rivals or partners in winning staff over?",
            "marketing-versus-hrm",
        ),
        (
            "Why staff engagement schemes are quietly dropped shortly after their launch.",
            "programme-fizzle-out",
        ),
        (
            "Case: the IT department is the customer of the data team, not the other way round.",
            "internal-customer",
        ),
        (
            "Staff may refund a guest without phoning a supervisor.",
            "empowerment",
        ),
        (
            "How the morale of the night reception staff shows in what guests remember.",
            "attitude-and-motivation-impact-on-service",
        ),
        (
            "Week 7: closing the gaps in competencies of new supervisors.",
            "assess-skills-and-knowledge-gaps",
        ),
        (
            "Pitching the new shift plan to a wary crew before it starts.",
            "internal-marketing",
        ),
    ],
)
def test_workplace_described_covers_concept(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Closing the loop with students, or nobody closes it.
        (
            "Tutors read the essays and show them what happened next in the case.",
            "two-way-communication",
        ),
        (
            "Managers never tell them what happened to their suggestions.",
            "two-way-communication",
        ),
        # Letting the tutor know is no internal communication.
        ("Let your tutor know if you cannot attend.", "internal-communication"),
        # Blame between people who are no departments.
        (
            "The two siblings in the novel blame each other for the fire.",
            "interdepartmental-conflict",
        ),
        # A student is held accountable for plagiarism: no staff decisions.
        ("Students are held accountable for plagiarism.", "accountability-and-responsibility"),
        # Refusing something that is not new.
        ("Some diners refuse to eat the fish.", "resistance-to-change"),
        # A budget for the party, not a way of thanking staff.
        ("The party was planned without a budget for music.", "non-monetary-reward"),
        # Hoarding stock is no information withheld.
        ("Shops that hoard stock before the sales.", "withholding-information"),
        # Selling the plan to a rival team is no marketing to one's own staff.
        ("Selling the plan to a rival team in the league.", "internal-marketing"),
        # The customers of the sales team are the firm's own.
        ("Who are the customers of the sales team?", "internal-customer"),
    ],
)
def test_workplace_reading_does_not_over_reach(nlp, store, text, concept):
    assert concept not in covered(text, nlp, store)


# --- programmes translated word for word -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("2.4 The resistances to the change in the hospitals.", "resistance-to-change"),
        ("3.1 The moments of the truth in the agency of travels.", "service-encounter"),
        ("4.2 The incentives not monetary for the workers.", "non-monetary-reward"),
        ("4.3 The motivation of the personnel of first front line.", "frontline-personnel"),
        (
            "3.2 The communication descending: circulars and meetings of the direction.",
            "two-way-communication",
        ),
        (
            "5.1 The plan of capacitation for the collaborators of the hotel.",
            "employee-training",
        ),
        (
            "3.3 The retention of the information by the directors as barrier.",
            "withholding-information",
        ),
        ("2.3 The management of the human talent in the services.", "human-resource-management"),
        (
            "1.4 The satisfaction of the workers for the quality of the service.",
            "attitude-and-motivation-impact-on-service",
        ),
        ("5.2 The gaps of skills of the team of reception.", "assess-skills-and-knowledge-gaps"),
        # Internal marketing by its Portuguese and Spanish name (a hidden label).
        ("1.1 The endomarketing: concept and origins.", "internal-marketing"),
    ],
)
def test_translated_wording_covers_concept(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Retention of information by students revising is no information withheld.
        ("The retention of information by students who revise early.", "withholding-information"),
        # Ascending a mountain is no communication.
        ("Day 3: ascending the north ridge before noon.", "two-way-communication"),
        # Capacitation in biology.
        ("Sperm capacitation in mammals.", "employee-training"),
        # "The history of the company" is read without its articles and names nothing.
        ("The history of the company and the names of the founders.", "organisational-culture"),
    ],
)
def test_translated_reading_does_not_over_reach(nlp, store, text, concept):
    assert concept not in covered(text, nlp, store)


# --- what names no topic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A teacher's biography under its heading.
        (
            "Week 1: empowerment of front-line staff.\n\nAbout the tutor\n\nDr Chen has published "
            "widely on customer satisfaction in airlines.\n\nAssessment\n\nAn essay.",
            "customer-satisfaction",
        ),
        # A wish for more in a learner's review.
        (
            "Week 1: empowerment. Review: 'Great course, but we wanted more about total quality "
            "management.'",
            "total-quality-management",
        ),
        # A heading that names the course.
        (
            "Week 1: empowerment of staff\n\nNot part of the programme\n\nRelationship marketing "
            "and loyalty schemes.",
            "relationship-marketing",
        ),
        # A topic that does not feature anywhere.
        (
            "Week 1: empowerment. Total quality management does not feature in this course.",
            "total-quality-management",
        ),
        # A FAQ's question answered "not as such" / "not really" (its own paragraph).
        (
            "Week 1: empowerment.\n\nWill we study staff retention?\n\nNot really. It comes up "
            "in one example only.",
            "staff-retention",
        ),
        (
            "Week 1: empowerment.\n\nIs relationship marketing part of the course?\n\nNot as such.",
            "relationship-marketing",
        ),
    ],
)
def test_topic_ruled_out(nlp, store, text, concept):
    assert concept in excluded(text, nlp, store)
    assert concept not in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A product named after a topic.
        (
            "Week 2: choosing employee engagement software for a chain of gyms.",
            "employee-engagement",
        ),
        # "Customer services" as a department beside another one.
        (
            "Week 3: why the finance office and Customer Services keep missing each other's "
            "deadlines.",
            "customer-service",
        ),
    ],
)
def test_name_of_a_thing_is_no_topic(nlp, store, text, concept):
    assert concept not in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Surveys of satisfaction are a method the course teaches.
        (
            "Week 4: designing customer satisfaction surveys for a small hotel.",
            "customer-satisfaction",
        ),
        # Customer service in the singular is the topic, beside a team too.
        ("Week 5: customer service recovery in the front office team.", "customer-service"),
        # An instructor's teaching in the course, not a biography heading.
        ("Instructor-led session: empowerment in practice.", "empowerment"),
        # Appearing in the exam is no exclusion.
        ("Week 6: empowerment, which does not appear in the exam but matters.", "empowerment"),
        # A wish in the course's own voice is a plan, not a review.
        ("We want more on empowerment than last year: three weeks.", "empowerment"),
        # "Not as such, but ..." answers yes.
        (
            "Week 1: teamwork.\n\nIs empowerment covered?\n\nNot as such, but we return to it "
            "in week 5.",
            "empowerment",
        ),
    ],
)
def test_topic_still_covered(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


def test_checkbox_item_opens_with_a_verb(nlp, store):
    text = "Your first month\n\n[ ] Motivate the night crew.\n\n[x] Empower your agents."
    assert {"employee-motivation", "empowerment"} <= covered(text, nlp, store)
